"""One formatter for numbers, percents, dates and units, on Babel's locale data."""

from __future__ import annotations

import datetime as dt

from babel import Locale
from babel.dates import format_date, get_month_names
from babel.numbers import format_decimal, format_percent

from audit.text.catalogue import DEFAULT_LANG, check_lang, t

_LOCALES = {"nb": "nb_NO", "en": "en_GB"}
_DATE_PATTERN = {"nb": "dd.MM.yyyy", "en": "d MMM yyyy"}
_DAY_MONTH_PATTERN = {"nb": "dd.MM", "en": "d MMM"}


def _decimals(decimals: int, fixed: bool) -> str:
    if decimals <= 0:
        return ""
    return "." + ("0" if fixed else "#") * decimals


class Formatter:
    """Formats values for one language: ``Formatter("nb").date(d)`` -> ``"06.12.2026"``."""

    def __init__(self, lang: str = DEFAULT_LANG) -> None:
        self.lang = check_lang(lang)
        self.locale = Locale.parse(_LOCALES[lang])

    def t(self, key: str, **values: object) -> str:
        return t(key, self.lang, **values)

    def number(self, x: float | int | None, decimals: int = 1, *, fixed: bool = False) -> str:
        """A number with at most ``decimals`` decimals (exactly that many with ``fixed``;
        grouping with a space in bokmål)."""
        if x is None:
            return "–"
        if isinstance(x, float) and x.is_integer() and not fixed:
            x = int(x)
        if type(x) is int and x >= 0 and not (fixed and decimals) and self._group():
            # Babel's digits grouped by the locale's symbol, without Babel (~10 µs a number: a
            # report of 300 000 unreadable values numbers each row); tests/test_shared_issue_messages.py
            return f"{x:,}".replace(",", self._group())
        return format_decimal(x, format="#,##0" + _decimals(decimals, fixed), locale=self.locale)

    def _group(self) -> str:
        """The locale's grouping symbol as Babel writes it between every three digits (nb: a no-break
        space); empty where Babel groups otherwise (then Babel formats every number)."""
        group = self.__dict__.get("_group_symbol")
        if group is None:
            def babel(n: int) -> str:
                return format_decimal(n, format="#,##0", locale=self.locale)

            group = babel(10000)[2:-3]
            if not group or babel(1000) != f"1{group}000" or babel(1234567) != f"1{group}234{group}567":
                group = ""
            self._group_symbol = group
        return group

    def integer(self, x: int | None) -> str:
        return self.number(x, 0)

    def percent(self, share: float | None, decimals: int = 1, *, fixed: bool = False) -> str:
        """A share 0..1 as a percent: 0.205 -> ``"20,5 %"`` (nb) / ``"20.5%"`` (en); with
        ``fixed`` always ``decimals`` decimals (0.25 -> ``"25,0 %"``)."""
        if share is None:
            return "–"
        pattern = "#,##0" + _decimals(decimals, fixed) + "\u00a0%"
        if self.lang == "en":
            pattern = pattern.replace("\u00a0%", "%")
        return format_percent(share, format=pattern, locale=self.locale)

    def date(self, d: dt.date | str | None) -> str:
        """dd.mm.yyyy in bokmål, ``6 Dec 2026`` in English; ISO strings are accepted."""
        if d is None or d == "":
            return "–"
        if isinstance(d, str):
            try:
                d = dt.date.fromisoformat(d[:10])
            except ValueError:
                return d
        if isinstance(d, dt.datetime):
            d = d.date()
        return format_date(d, format=_DATE_PATTERN[self.lang], locale=self.locale)

    def count(self, n: int, what: str) -> str:
        """A count with the word for what it counts: ``count(1, "cases")`` -> ``"1 sak"``
        (catalogue ``reports.count.<what>.one|other``)."""
        return t(f"reports.count.{what}.{'one' if n == 1 else 'other'}", self.lang, n=self.number(n, 0))

    def items(self, names: list[str] | tuple[str, ...]) -> str:
        """Names as a list in running text: ``"A, B og C"`` (nb), ``"A, B and C"`` (en)."""
        from babel.lists import format_list

        return format_list(list(names), locale=self.locale) if names else ""

    def month_names(self) -> tuple[str, ...]:
        """The twelve month names, January first: ``januar`` … (nb), ``January`` … (en)."""
        names = get_month_names("wide", "stand-alone", locale=self.locale)
        return tuple(names[m] for m in range(1, 13))

    def day_month(self, d: dt.date) -> str:
        """A day without the year: ``06.12`` (nb), ``6 Dec`` (en)."""
        return format_date(d, format=_DAY_MONTH_PATTERN[self.lang], locale=self.locale)

    def unit(self, x: float | int | None, unit: str | None, decimals: int = 1) -> str:
        """A measured value with its unit in words: ``unit(45, "days")`` -> ``"45 dager"``.

        Units are catalogue keys ``unit.<name>.one`` / ``unit.<name>.other``; an unknown
        unit prints the number alone.
        """
        if x is None:
            return "–"
        if not unit:
            return self.number(x, decimals)
        form = "one" if x == 1 else "other"
        key = f"unit.{unit}.{form}"
        word = t(key, self.lang)
        number = self.number(x, decimals)
        return number if word == key else f"{number}\u00a0{word}"
