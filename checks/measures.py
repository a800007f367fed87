"""Small, named polars building blocks that check declarations are written with.

All follow the spec's common rules (checks.md): calendar days, working days
(Monday–Friday except Norwegian public holidays), months with end-of-month clamping,
full-year ages, empty in -> empty (null) out.
"""

from __future__ import annotations

import datetime as dt
import functools

import polars as pl

from checks.base import Ctx

col = pl.col


def days(start: pl.Expr, end: pl.Expr) -> pl.Expr:
    """Calendar days from ``start`` to ``end`` (end − start); null if either is empty."""
    return (end - start).dt.total_days().cast(pl.Float64)


def or_as_of(column: str, c: Ctx) -> pl.Expr:
    """A step that should have happened by the audit date and has no date counts as as_of."""
    return pl.col(column).fill_null(pl.lit(c.as_of))


def add_months(date: pl.Expr, months: pl.Expr | int) -> pl.Expr:
    """D + n months: same day n months later, or that month's last day (31 Jan + 1 = 28/29 Feb)."""
    n = months if isinstance(months, pl.Expr) else pl.lit(months)
    return date.dt.offset_by(pl.format("{}mo", n.cast(pl.Int64)))


def full_months(start: pl.Expr, end: pl.Expr) -> pl.Expr:
    """Whole months from start to end (for reporting durations)."""
    m = (end.dt.year() - start.dt.year()) * 12 + (end.dt.month().cast(pl.Int32) - start.dt.month().cast(pl.Int32))
    return (m - (end.dt.day() < start.dt.day()).cast(pl.Int32)).cast(pl.Float64)


def age_at(date: pl.Expr) -> pl.Expr:
    """Full years between birth_date and ``date``; with only birth_year: year − birth_year.

    Null (not known) when ``date`` is before the birth: there are no negative ages."""
    b = pl.col("birth_date")
    before_birthday = (date.dt.month() < b.dt.month()) | (
        (date.dt.month() == b.dt.month()) & (date.dt.day() < b.dt.day())
    )
    from_date = (date.dt.year() - b.dt.year() - before_birthday.cast(pl.Int32)).cast(pl.Float64)
    from_year = (date.dt.year().cast(pl.Int64) - pl.col("birth_year")).cast(pl.Float64)
    # the conditions test the inputs, not the age: a «when» on the age itself evaluates its expression twice
    # (derive at a million rows: +0.35 s)
    return pl.coalesce(pl.when(date >= b).then(from_date),
                       pl.when(b.is_null() & (date.dt.year() >= pl.col("birth_year"))).then(from_year))


def flag(condition: pl.Expr) -> pl.Expr:
    """1.0 where the requirement holds, 0.0 where it does not, null where unknown."""
    return condition.cast(pl.Float64)


def present(column: str) -> pl.Expr:
    return pl.col(column).is_not_null()


def is_in(column: str, values: tuple[str, ...] | list[str]) -> pl.Expr:
    """Null-safe membership: null stays null (unknown), so the row is not silently excluded."""
    return pl.col(column).is_in(list(values))


def earliest(*columns: str) -> pl.Expr:
    return pl.min_horizontal([pl.col(c) for c in columns])


def possibly(condition: pl.Expr) -> pl.Expr:
    """A condition on who a check applies to that is true, or cannot be judged because a
    value it reads is empty (checks.md: an empty number or boolean means *not known*).

    The row then applies, and the check's measure must be null there (see
    :func:`when_known`) so that it is counted as ``unknown`` rather than passed over.
    """
    return condition.fill_null(True)


def when_known(measure: pl.Expr, *needed: pl.Expr) -> pl.Expr:
    """``measure`` where every expression in ``needed`` has a value, else null (unknown)."""
    known = pl.all_horizontal([e.is_not_null() for e in needed])
    return pl.when(known).then(measure)


# --------------------------------------------------------------------------- working days


@functools.lru_cache(maxsize=32)
def norwegian_holidays(first_year: int, last_year: int) -> tuple[dt.date, ...]:
    """Norwegian public holidays (helligdager and lovfestede høytidsdager) in these years.

    From the maintained ``holidays`` library: nyttårsdag, skjærtorsdag, langfredag,
    1. and 2. påskedag, 1. mai, 17. mai, Kristi himmelfartsdag, 1. and 2. pinsedag,
    1. and 2. juledag. ``include_sundays=False``: the library can also list every
    Sunday as a "holiday" (Norway's helligdagsloven counts Sundays); only the named
    public holidays are wanted here, weekends are excluded by the week mask anyway.
    """
    import holidays  # ~0.1 s; only when a check counts working days

    days = holidays.Norway(years=range(first_year, last_year + 1), include_sundays=False)
    return tuple(sorted(days))


def _working_days_after(pair: pl.Series) -> pl.Series:
    frame = pair.struct.unnest()
    known = frame.drop_nulls()
    if known.height == 0:
        return pl.Series(pair.name, [None] * pair.len(), dtype=pl.Float64)
    lo = min(known["start"].min(), known["end"].min())
    hi = max(known["start"].max(), known["end"].max())
    holidays = norwegian_holidays(lo.year, hi.year + 1)  # + 1: the day after a 31 December

    def count(a: pl.Expr, b: pl.Expr) -> pl.Expr:
        # business_day_count counts [a, b); the working days after a, up to and including b, are [a + 1, b + 1).
        return pl.business_day_count(a.dt.offset_by("1d"), b.dt.offset_by("1d"), holidays=holidays)

    start, end = pl.col("start"), pl.col("end")
    out = frame.select(
        pl.when(end >= start).then(count(start, end)).otherwise(-count(end, start)).cast(pl.Float64)
    ).to_series()
    return out.alias(pair.name)


def working_days_after(start: pl.Expr, end: pl.Expr) -> pl.Expr:
    """Working days (virkedager) from ``start`` to ``end`` as checks.md counts them.

    Working days are Monday–Friday except Norwegian public holidays; "decided within N
    working days" counts the working days *after* the day of ``start`` up to and
    including the day of ``end``: received Friday and decided the same Friday is 0,
    decided the next Monday 1. When ``end`` is before ``start`` the count is negative
    (minus the working days after ``end`` up to and including ``start``). Null when
    either is empty.

    Vectorised: polars ``business_day_count`` with the holidays of the years present
    in the column (one holiday list per batch, no Python per row).
    """
    return pl.struct(start.alias("start"), end.alias("end")).map_batches(
        _working_days_after, return_dtype=pl.Float64
    )
