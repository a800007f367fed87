"""Small, named polars building blocks that check declarations are written with.

All follow the spec's common rules (checks.md): calendar days, months with end-of-month
clamping, full-year ages, empty in -> empty (null) out.
"""

from __future__ import annotations

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
    """Full years between birth_date and ``date``; with only birth_year: year − birth_year."""
    b = pl.col("birth_date")
    before_birthday = (date.dt.month() < b.dt.month()) | (
        (date.dt.month() == b.dt.month()) & (date.dt.day() < b.dt.day())
    )
    from_date = (date.dt.year() - b.dt.year() - before_birthday.cast(pl.Int32)).cast(pl.Float64)
    from_year = (date.dt.year().cast(pl.Int64) - pl.col("birth_year")).cast(pl.Float64)
    return pl.coalesce(from_date, from_year)


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
