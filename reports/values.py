"""Values as the renderers show them: :class:`Val` (``raw`` for Excel, ``text`` for HTML,
``kind`` for both), the value kinds, and :class:`Formatter`, which formats numbers,
percentages and dates in the style of one language (part of the view model, see
:mod:`reports.model`).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from audit.privacy import shown_value
from audit.text import DEFAULT_LANG, LANGS, Translator
from audit.text import Formatter as TextFormatter
from audit.text import t as text_t
import reports.explain as explain

# Value kinds: how a renderer shows a value (Excel number format, HTML alignment).
INT, NUMBER, PERCENT, DATE, DATETIME, TEXT, BOOL, EMPTY = (
    "int", "number", "percent", "date", "datetime", "text", "bool", "empty",
)
NUMERIC_KINDS = (INT, NUMBER, PERCENT)

STATUS_ORDER = {"deviation": 0, "below_target": 1, "warning": 2, "not_evaluated": 3, "error": 3, "ok": 4}
LEVEL_ORDER = {"deviation": 0, "warning": 1}
# Detail keys never shown even if a results file carries them: birth dates identify,
# free text may hold anything (architecture.md: "never birth dates or free text").
HIDDEN_DETAILS = frozenset({"birth_date", "birth_year", "extension_reason", "exception_20a_reason"})
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # never shown: invalid in XLSX, noise in HTML
OPS = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "==": "=", "=": "="}
TEXT_LIMIT = 2000  # longest text from data shown in a cell
# text that Formatter.text could change (control characters, a digit run as long as an identity number)
UNUSUAL_TEXT = r"[\x00-\x1f\x7f\ufffe\uffff]|[0-9](?:[^0-9]*[0-9]){9}"


@dataclass(frozen=True)
class Val:
    """One value to show: ``raw`` for Excel, ``text`` for HTML, ``kind`` for both."""

    raw: Any
    text: str
    kind: str

    @property
    def numeric(self) -> bool:
        return self.kind in NUMERIC_KINDS


# --------------------------------------------------------------------------- formatting


class Formatter:
    """Numbers, percentages and dates in the style of one language.

    Bokmål: ``1 234,5``, ``12,3 %``, ``22.11.2026``. English: ``1,234.5``, ``12.3%``,
    ``22 Nov 2026``. The formatting itself is :class:`audit.text.Formatter` (Babel);
    this class wraps it into :class:`Val` (raw value, text, kind) for the renderers.
    """

    def __init__(self, t: Translator) -> None:
        self.t = t
        self.lang = t.lang
        self.dash = t("none")
        self.babel = TextFormatter(t.lang)
        self._numbers: dict[tuple, str] = {}
        self._dates: dict[date, str] = {}
        self._texts: dict[str, Val] = {}

    # -- primitives (Babel, through audit.text.Formatter)
    def number_text(self, x: float | int, decimals: int = 2) -> str:
        if isinstance(x, bool):
            return self.t("yes") if x else self.t("no")
        key = (x, decimals)
        text = self._numbers.get(key)
        if text is None:  # Babel formats slowly (~0.2 ms); case values repeat a lot
            text = self._numbers[key] = self.babel.number(x, decimals)
        return text

    def percent_text(self, share: float) -> str:
        """Always one decimal (``0,7 %``, ``1,0 %``) so a column of rates reads evenly."""
        return self.babel.percent(share, 1, fixed=True)

    def date_text(self, d: date) -> str:
        text = self._dates.get(d)
        if text is None:  # Babel formats slowly; a report's dates repeat across cases and checks
            text = self._dates[d] = self.babel.date(d)
        return text

    # -- values
    def empty(self) -> Val:
        return Val(None, self.dash, EMPTY)

    def number(self, x: Any) -> Val:
        """A number: whole numbers as ``int`` (kind INT), others as ``float`` (kind NUMBER)."""
        if x is None:
            return self.empty()
        if isinstance(x, bool):
            return self.bool(x)
        if isinstance(x, (int, float)) and math.isfinite(x):
            if float(x).is_integer():
                return Val(int(x), self.number_text(x), INT)
            return Val(float(x), self.number_text(x), NUMBER)
        return self.text(x)


    def percent(self, share: Any) -> Val:
        if isinstance(share, (int, float)) and not isinstance(share, bool) and math.isfinite(share):
            return Val(float(share), self.percent_text(float(share)), PERCENT)
        return self.empty() if share is None else self.text(share)

    def date(self, x: Any) -> Val:
        d = parse_date(x)
        if d is None:
            return self.empty() if x in (None, "") else self.text(x)
        return Val(d, self.date_text(d), DATE)

    def datetime(self, x: Any) -> Val:
        if isinstance(x, str):
            try:
                dt = datetime.fromisoformat(x.replace("Z", "+00:00"))
            except ValueError:
                return self.text(x)
        elif isinstance(x, datetime):
            dt = x
        else:
            return self.empty() if x is None else self.text(x)
        naive = dt.replace(tzinfo=None, microsecond=0)
        return Val(naive, f"{self.date_text(naive.date())} {naive:%H:%M}", DATETIME)

    def bool(self, x: Any) -> Val:
        if x is None:
            return self.empty()
        return Val(self.t("yes") if x else self.t("no"), self.t("yes") if x else self.t("no"), BOOL)

    def text(self, x: Any) -> Val:
        if x is None or x == "":
            return self.empty()
        if isinstance(x, str):  # remembered: masking identity numbers is slow, and offices, reasons, limits repeat
            v = self._texts.get(x)
            if v is None:
                if len(self._texts) > 200_000:
                    self._texts.clear()
                text = _CONTROL.sub("", shown_value(x, TEXT_LIMIT))
                v = self._texts[x] = Val(text, text, TEXT)
            return v
        text = _CONTROL.sub("", shown_value(x, TEXT_LIMIT))
        return Val(text, text, TEXT)

    def measured(self, x: Any, unit: str | None) -> Val:
        """A measured value in the check's unit: shares as percent, the rest as numbers."""
        if unit == "share":
            return self.percent(x)
        return self.number(x)

    def with_unit(self, x: Any, unit: str | None) -> str:
        v = self.measured(x, unit)
        if v.kind == EMPTY or unit in (None, "share", "count") or not v.numeric:
            return v.text
        return explain.value_with_unit(self.babel, x, unit) or v.text

    def measured_unit(self, x: Any, unit: str | None) -> Val:
        """A measured value whose text carries its unit (``45 dager``); ``raw`` stays the number."""
        v = self.measured(x, unit)
        return Val(v.raw, self.with_unit(x, unit), v.kind) if v.numeric else v

    def detail(self, column: str, x: Any, words: Any = None) -> Val:
        """A value from a case's ``details``: dates become dates, codes their words (``words``: the
        check's ``values`` for the column in results.json; an older file: the installed declarations')."""
        if x == "":
            return self.empty()
        if isinstance(x, str):
            if _ISO_DATE.match(x) or (len(x) > 10 and _ISO_DATE.match(x[:10]) and x[10] in "T "):
                d = parse_date(x)
                if d is not None:
                    return Val(d, self.date_text(d), DATE)
            word = code_word(words, x, self.lang) or declared_word(column, x, self.lang)
            if word:
                return Val(word, word, TEXT)
            return self.text(x)
        return self.any(x)  # None, yes/no, numbers, anything else as JSON text

    def any(self, x: Any) -> Val:
        """A parameter or other value of unknown type."""
        if x is None:
            return self.empty()
        if isinstance(x, bool):
            return self.bool(x)
        if isinstance(x, (int, float)):
            return self.number(x)
        if isinstance(x, str):
            return self.date(x) if _ISO_DATE.match(x) else self.text(x)
        return self.text(json.dumps(x, ensure_ascii=False, default=str))


def parse_date(x: Any) -> date | None:
    if isinstance(x, datetime):
        return x.date()
    if isinstance(x, date):
        return x
    if isinstance(x, str) and len(x) >= 10 and _ISO_DATE.match(x[:10]):
        try:
            return date.fromisoformat(x[:10])
        except ValueError:
            return None
    return None



# --------------------------------------------------------------------------- small readers


def as_dict(x: Any) -> dict:
    return x if isinstance(x, dict) else {}


def as_list(x: Any) -> list:
    return x if isinstance(x, list) else []


def text_of(x: Any) -> str:
    return "" if x is None else _CONTROL.sub("", shown_value(x, TEXT_LIMIT))


def localized(x: Any, lang: str) -> str:
    if isinstance(x, dict):
        return text_of(x.get(lang) or x.get(DEFAULT_LANG) or next((v for v in x.values() if v), ""))
    return text_of(x)


def code_word(words: Any, code: str, lang: str) -> str:
    """The word for ``code`` in a check's ``values`` entry of results.json (``{code: {"nb", "en"}}``); "" if none."""
    entry = words.get(code) if isinstance(words, dict) else None
    return localized(entry, lang) if isinstance(entry, dict) else ""


@lru_cache(maxsize=1024)
def declared_word(column: str, code: str, lang: str) -> str:
    """The word the installed check declarations give a code (``Check.values``); "" if none."""
    from checks import value_words  # the check catalogue, only for results files without ``values``

    pair = value_words(column).get(code)
    return pair[LANGS.index(lang)] if pair else ""


def count_words(lang: str, what: str, n: int, fmt: "Formatter") -> str:
    """``3 saker`` / ``1 sak``: a count with the word for what it counts, singular or plural."""
    text = fmt.number_text(n) if hasattr(fmt, "number_text") else fmt.integer(n)
    return text_t(f"reports.count.{what}.{'one' if n == 1 else 'other'}", lang, n=text)
