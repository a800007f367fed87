"""Looking at an export's headers and values: normalised header text, and what kind of values a
column holds (dates and their format, booleans, whole numbers, numbers, a few categories).

Nothing here keeps or returns a value that could be an identity number: a column where
identity numbers are found is marked ``identity`` and its values are not kept at all.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from audit.onboarding.names import (
    ABBREVIATIONS, EXTRA_FALSE, EXTRA_TRUE, KOSTRA_YES_NO, NATIVE_FALSE, NATIVE_TRUE,
)

_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "ü": "u", "é": "e", "è": "e", "ß": "ss"})
_CAMEL = re.compile(r"(?<=[a-zæøå])(?=[A-ZÆØÅ])")


def fold(text: str) -> str:
    """Lower case, æ/ø/å folded to ae/o/a and other accents dropped."""
    low = text.lower().translate(_FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


def words(text: str, expand: bool = True) -> list[str]:
    """A header as words: camelCase split, folded, punctuation as spaces, abbreviations written out
    (``expand``; values are compared without: «AVSL» is «avslag» there, not «avsluttet»)."""
    s = fold(_CAMEL.sub(" ", str(text)))
    s = s.replace("§", " ").replace("&", " og ")
    s = re.sub(r"(\d)\s+(?=[a-z]\b)", r"\1", s)  # "20 a" -> "20a"
    raw = re.findall(r"[a-z0-9]+", s)
    out: list[str] = []
    for w in raw:
        out.extend((ABBREVIATIONS.get(w, w) if expand else w).split())
    return out


def normalise(text: str, expand: bool = True) -> str:
    return " ".join(words(text, expand))


# ---------------------------------------------------------------- kinds of values

DATE_FORMATS = (
    "%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%m/%d/%Y", "%d-%m-%Y", "%Y%m%d", "%d%m%Y", "%d.%m.%y", "%d/%m/%y",
    "%Y.%m.%d", "%Y/%m/%d", "%d%m%y", "%d. %m. %Y", "%m/%d/%y",
)
DATE_TWINS = {"%d/%m/%Y": "%m/%d/%Y", "%m/%d/%Y": "%d/%m/%Y", "%d/%m/%y": "%m/%d/%y", "%m/%d/%y": "%d/%m/%y"}
NATIVE_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y")  # read without a date_format (with or without a time)
_TIME = re.compile(r"^(.*?\d)(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?[AaPp]\.?[Mm]\.?)?)$")  # as audit.values
_INT = re.compile(r"^[+-]?\d+(?:[.,]0+)?$")
_NUM = re.compile(r"^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$")
SAMPLE = 5000  # values looked at per column
DISTINCT = 60  # more distinct values than this: not a category column


@dataclass
class ColumnFacts:
    header: str
    total: int = 0  # rows looked at
    filled: int = 0  # non-empty values among them
    kind: str = "empty"  # empty | identity | date | boolean | integer | number | text
    date_format: str | None = None  # the strftime format of the dates (None: not dates)
    date_share: float = 0.0
    ambiguous_date: bool = False  # day/month order could not be told apart
    bool_share: float = 0.0
    int_share: float = 0.0
    num_share: float = 0.0
    distinct: Counter = field(default_factory=Counter)  # only for columns with few distinct values, never identity

    @property
    def is_dates(self) -> bool:
        return self.kind == "date"

    @property
    def needs_date_format(self) -> bool:
        return self.kind == "date" and self.date_format not in NATIVE_DATE_FORMATS


def _strip_time(v: str) -> str:
    m = _TIME.match(v)
    return m.group(1) if m else v


def _compact_length(fmt: str) -> int | None:
    """The length of a date written in ``fmt`` when it is digits only (``%Y%m%d``: 8), else None."""
    if not re.fullmatch(r"(?:%[dmyY])+", fmt):
        return None
    return sum(4 if d == "Y" else 2 for d in fmt[1::2])


def _date_share(values: list[str], fmt: str) -> float:
    ok = 0
    compact = _compact_length(fmt)
    for v in values:
        if compact is not None and len(_strip_time(v)) != compact:
            # strptime reads «3201» as %d%m%y (3.2.2001): a municipality number is not a date
            continue
        try:
            d = dt.datetime.strptime(_strip_time(v), fmt).date()
        except ValueError:
            continue
        if 1900 <= d.year <= 2199:
            ok += 1
    return ok / len(values) if values else 0.0


def _native_share(values: list[str]) -> float:
    """The share of values the loader reads as dates without a date_format (any native form, also
    a month written as a word: «1. mars 2025», «Mar 1, 2025», audit.values.month_name_date)."""
    from audit.values import month_name_date

    ok = 0
    for v in values:
        for fmt in NATIVE_DATE_FORMATS:
            try:
                d = dt.datetime.strptime(_strip_time(v), fmt).date()
            except ValueError:
                continue
            ok += 1900 <= d.year <= 2199
            break
        else:
            ok += month_name_date(v) is not None
    return ok / len(values) if values else 0.0


def _best_date_format(values: list[str]) -> tuple[str | None, float, bool]:
    sample = list(dict.fromkeys(values))[:400]
    if not sample or not any(ch.isdigit() for ch in sample[0]):
        return None, 0.0, False
    scores = [(fmt, _date_share(sample, fmt)) for fmt in DATE_FORMATS]
    scores.sort(key=lambda x: -x[1])  # stable: the order of DATE_FORMATS breaks ties (day first)
    best, share = scores[0]
    native = _native_share(sample)
    if native > share:  # ISO and dd.mm.yyyy mixed in one column: the loader reads both without a date_format
        best, share = max(NATIVE_DATE_FORMATS, key=lambda f: dict(scores)[f]), native
    twin = DATE_TWINS.get(best)
    ambiguous = twin is not None and dict(scores)[twin] == share
    return (best if share > 0 else None), share, ambiguous


def _identity_share(values: list[str]) -> float:
    import polars as pl

    from audit.privacy import identity_number_expr

    if not values:
        return 0.0
    s = pl.DataFrame({"v": values}).select(identity_number_expr(pl.col("v")).mean()).item()
    return float(s or 0.0)


def bool_word(value: str) -> bool | None:
    """True/False for a word that means yes/no (native or extra), else None."""
    low = fold(value.strip())
    if low in NATIVE_TRUE or low in EXTRA_TRUE:
        return True
    if low in NATIVE_FALSE or low in EXTRA_FALSE:
        return False
    return None


def inspect_column(header: str, values: list[str | None]) -> ColumnFacts:
    """What ``values`` (the column's raw text, in file order) look like."""
    filled = [v.strip() for v in values[:SAMPLE] if v is not None and v.strip()]
    facts = ColumnFacts(header=header, total=min(len(values), SAMPLE), filled=len(filled))
    if not filled:
        return facts
    share_id = _identity_share(filled)
    if share_id >= 0.5:  # as the loader's identity guard: the column is identity numbers
        facts.kind = "identity"  # not one value is kept
        return facts
    counts = Counter(filled)
    fmt, share, ambiguous = _best_date_format(filled)
    facts.date_format, facts.date_share, facts.ambiguous_date = fmt, share, ambiguous
    lows = [fold(v) for v in filled]
    facts.bool_share = sum(bool_word(v) is not None for v in lows) / len(lows)
    if set(counts) <= set(KOSTRA_YES_NO):
        facts.bool_share = 1.0
    facts.int_share = sum(bool(_INT.match(v)) for v in filled) / len(filled)
    facts.num_share = sum(bool(_NUM.match(v.replace(" ", ""))) for v in filled) / len(filled)
    if share >= 0.8 and not (facts.int_share == 1.0 and fmt in ("%Y%m%d", "%d%m%Y", "%d%m%y") and share < 0.95):
        facts.kind = "date"
    elif facts.bool_share >= 0.95 and len(counts) <= 4:
        facts.kind = "boolean"
    elif facts.int_share >= 0.95:
        facts.kind = "integer"
    elif facts.num_share >= 0.95:
        facts.kind = "number"
    else:
        facts.kind = "text"
    if len(counts) <= DISTINCT and facts.kind in ("text", "boolean", "integer") and share_id == 0:
        facts.distinct = counts
    return facts
