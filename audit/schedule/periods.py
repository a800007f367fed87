"""Period arithmetic for the annual control cycle: months, quarters, tertials and years.

A scheduled control covers the last *complete* period of its kind before the day it
is scheduled: run on 10 January 2026, a monthly control covers December 2025, a
quarterly one the 4th quarter of 2025, a tertial one September–December 2025 and a
yearly one 2025. Tertials are January–April, May–August and September–December (the
municipal reporting tertials).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from audit.text import LANGS, Formatter, check_lang, t

MONTH = "month"
QUARTER = "quarter"
TERTIAL = "tertial"
YEAR = "year"
KINDS = (MONTH, QUARTER, TERTIAL, YEAR)

# Months per period of each kind.
_LENGTH = {MONTH: 1, QUARTER: 3, TERTIAL: 4, YEAR: 12}

# Words a schedule file may use for a kind (English and bokmål, with "previous_"/"forrige").
KIND_ALIASES: dict[str, str] = {}
for _kind, _words in {
    MONTH: ("month", "monthly", "måned", "maaned", "mnd"),
    QUARTER: ("quarter", "quarterly", "kvartal"),
    TERTIAL: ("tertial",),
    YEAR: ("year", "yearly", "annual", "år", "aar", "året"),
}.items():
    for _w in _words:
        KIND_ALIASES[_w] = _kind
        KIND_ALIASES[f"previous_{_w}"] = _kind
        KIND_ALIASES[f"forrige_{_w}"] = _kind
        KIND_ALIASES[f"forrige {_w}"] = _kind

# Month names per language (Babel's locale data), also the words a schedule file may use for a month.
MONTH_NAMES = {lang: Formatter(lang).month_names() for lang in LANGS}


def kind_label(kind: str, lang: str = "nb") -> str:
    """«forrige kvartal» / «previous quarter»."""
    return t(f"schedule.kind.{kind}", lang)


def parse_kind(value: object) -> str | None:
    """The period kind a schedule file names (``month``, ``kvartal``, ``previous_year`` …), else None."""
    if not isinstance(value, str):
        return None
    return KIND_ALIASES.get(value.strip().lower().replace("-", "_"))


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def clamp_day(year: int, month: int, day: int) -> dt.date:
    """``day`` of the month, or the month's last day when it has fewer days (31 → 28/29 February)."""
    return dt.date(year, month, min(day, last_day(year, month)))


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the month's last day (31 January + 1 = 28/29 February)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    return clamp_day(year, month0 + 1, day.day)


@dataclass(frozen=True, order=True)
class Period:
    """One calendar period: ``kind`` and its first and last day (both inclusive)."""

    start: dt.date
    end: dt.date
    kind: str

    @property
    def year(self) -> int:
        return self.start.year

    @property
    def number(self) -> int:
        """1-based position in its year: month 1–12, quarter 1–4, tertial 1–3, year 1."""
        return (self.start.month - 1) // _LENGTH[self.kind] + 1

    @property
    def label(self) -> str:
        """A short sortable label, also used as folder name: 2025-03, 2025-K1, 2025-T2, 2025."""
        if self.kind == MONTH:
            return f"{self.year}-{self.start.month:02d}"
        if self.kind == QUARTER:
            return f"{self.year}-K{self.number}"
        if self.kind == TERTIAL:
            return f"{self.year}-T{self.number}"
        return str(self.year)

    def title(self, lang: str = "nb") -> str:
        """Readable name: «mars 2025», «1. kvartal 2025», «2. tertial 2025», «året 2025»."""
        return t(f"schedule.period.{self.kind}", lang, name=month_names(lang)[self.start.month - 1],
                 number=self.number, year=self.year)

    def template_fields(self) -> dict[str, str]:
        """Values for input path templates. ``month`` only for monthly periods, ``quarter``
        only for months and quarters, ``tertial`` only for months and tertials: a template
        may not use a field its period does not define (checked when the schedule is loaded)."""
        fields = {"year": str(self.year), "period": self.label,
                  "from": self.start.isoformat(), "to": self.end.isoformat()}
        if self.kind == MONTH:
            fields["month"] = f"{self.start.month:02d}"
        if self.kind in (MONTH, QUARTER):
            fields["quarter"] = str((self.start.month - 1) // 3 + 1)
        if self.kind in (MONTH, TERTIAL):
            fields["tertial"] = str((self.start.month - 1) // 4 + 1)
        return fields

    def shifted(self, n: int) -> "Period":
        """The period ``n`` periods later (earlier when negative)."""
        return period_containing(self.kind, add_months(self.start, n * _LENGTH[self.kind]))

    def __str__(self) -> str:
        return self.label


def period_containing(kind: str, day: dt.date) -> Period:
    """The period of ``kind`` that ``day`` falls in."""
    if kind not in _LENGTH:
        raise ValueError(f"unknown period kind {kind!r}")
    length = _LENGTH[kind]
    first_month = (day.month - 1) // length * length + 1
    last_month = first_month + length - 1
    return Period(dt.date(day.year, first_month, 1), dt.date(day.year, last_month, last_day(day.year, last_month)), kind)


def previous_period(kind: str, day: dt.date) -> Period:
    """The last complete period of ``kind`` that ends before ``day``.

    The period containing ``day`` is never complete on ``day`` (a period ends at its
    last day's end), so this is always the one before it: 1 January 2026 → December 2025
    for months, the 4th quarter of 2025 for quarters, and 2025 for years.
    """
    return period_containing(kind, day).shifted(-1)


def month_names(lang: str = "nb") -> tuple[str, ...]:
    return MONTH_NAMES[check_lang(lang)]
