"""Building blocks of the ``kostra`` suite: Statistics Norway's controls as checks.

Every SSB control becomes one :class:`KostraCheck` (an ordinary
:class:`checks.base.Check` that also knows its form, SSB number, severity and the
reporting years it runs in). Its ``applies_to`` says which records SSB looks at,
its ``measure`` is 1 where the record passes and 0 where SSB would report it; the
engine's Great Expectations suite then fails the rows below 1 at the control's level
(SSB ``fatal`` and ``error`` → ``deviation``, ``warning`` → ``warning``).

The expressions read the records as SSB reads them (:mod:`audit.kostra.ssb_reading`):
fields are untrimmed text; the helpers here turn them into numbers and dates with
SSB's rules. Every control except 001 applies only when 001 has not stopped the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import polars as pl

from audit.kostra.files import LAYOUTS
from audit.kostra.ssb_reading import SSB_TAGS
from audit.text import t
from checks.base import DATA, Bound, Check, Ctx, Measure, Rows

FATAL, ERROR, WARNING = "fatal", "error", "warning"
LEVEL_OF = {FATAL: "deviation", ERROR: "deviation", WARNING: "warning"}
OSLO = "0301"
YEARS = tuple(sorted(SSB_TAGS))

Expr = Callable[[Ctx], pl.Expr]


@dataclass(frozen=True, eq=False)  # as Check: compared and hashed by identity
class KostraCheck(Check):
    form: str = ""
    number: str = ""  # SSB's number as SSB writes it: "001", "05A", "20B"
    severity: str = ERROR  # SSB's severity: fatal | error | warning
    years: tuple[int, ...] = YEARS
    limit: float | None = None  # SSB's limit where the control has one (an age, an amount, a count)

    @property
    def ssb_versions(self) -> dict[int, str]:
        return {y: SSB_TAGS[y] for y in self.years}


# ------------------------------------------------------------------ reading like SSB


def f(name: str) -> pl.Expr:
    """A field as it stands in the record (untrimmed)."""
    return pl.col(name)


def blank(name: str) -> pl.Expr:
    return f(name).str.strip_chars().fill_null("") == ""


def codes(form: str, name: str) -> tuple[str, ...]:
    """The field's code list (the same in every year the field exists)."""
    for (fm, _y), lay in sorted(LAYOUTS.items(), reverse=True):
        if fm == form and lay.has(name):
            return lay.field(name).codes
    raise KeyError((form, name))


def code_ok(form: str, name: str, only: tuple[str, ...] | None = None) -> pl.Expr:
    """The untrimmed field is one of the codes (SSB: ``codeExists``)."""
    return f(name).is_in(list(only if only is not None else codes(form, name))).fill_null(False)


def integer(name: str) -> pl.Expr:
    """Kotlin's ``trim().toInt()``: optional sign, digits, within Int range; else null."""
    s = f(name).str.strip_chars()
    ok = s.str.contains(r"^[+-]?[0-9]{1,10}$").fill_null(False)
    v = pl.when(ok).then(s.str.replace(r"^\+", "").cast(pl.Int64, strict=False))
    return pl.when(v.is_between(-(2**31), 2**31 - 1)).then(v)


def int_or0(name: str) -> pl.Expr:
    """SSB's ``fieldAsIntOrDefault``: 0 where the field is not an integer."""
    return integer(name).fill_null(0)


def _parts(name: str, mask: str) -> tuple[pl.Expr, pl.Expr, pl.Expr, pl.Expr]:
    s = f(name)
    digits = s.str.contains(r"^[0-9]+$").fill_null(False) & (s.str.len_chars() == len(mask))
    day = s.str.slice(0, 2).cast(pl.Int32, strict=False)
    month = s.str.slice(2, 2).cast(pl.Int32, strict=False)
    year = s.str.slice(4).cast(pl.Int32, strict=False)
    if mask == "ddMMyy":
        year = year + 2000  # java.time's 'yy': 2000–2099
    return digits, day, month, year


def date(name: str, mask: str) -> pl.Expr:
    """The date as SSB reads it (java.time SMART): null unless 1 ≤ month ≤ 12 and
    1 ≤ day ≤ 31; a day past the month's end is the month's last day."""
    digits, day, month, year = _parts(name, mask)
    ok = digits & month.is_between(1, 12) & day.is_between(1, 31)
    first = pl.date(year, month, 1)
    last = first.dt.month_end().dt.day()
    return pl.when(ok).then(pl.date(year, month, pl.min_horizontal(day, last.cast(pl.Int32))))


def real_date(name: str, mask: str) -> pl.Expr:
    """The date exists as written (SSB's ``isValidDate``, only control 37 asks)."""
    digits, day, month, year = _parts(name, mask)
    if mask == "ddMMyy":  # SimpleDateFormat's 80/20 window; fixed to the run-time window of 2025
        year = pl.when(year - 2000 > 45).then(year - 100).otherwise(year)
    ok = digits & month.is_between(1, 12) & day.is_between(1, 31)
    last = pl.date(year, month, 1).dt.month_end().dt.day()
    return (ok & (day <= pl.when(ok).then(last))).fill_null(False)


def version_year() -> pl.Expr:
    """VERSION as SSB reads it for control 04 and 14/15: ``fieldAsIntOrDefault`` then 2000 + yy for 1–99."""
    v = int_or0("VERSION")
    return pl.when(v.is_between(1, 99)).then(v + 2000).otherwise(v)


def year() -> pl.Expr:
    return pl.col("kostra_year")


def any_code(form: str, names: list[str]) -> pl.Expr:
    return pl.any_horizontal([code_ok(form, n) for n in names])


MONTHS = [f"STMND_{m}" for m in range(1, 13)]


def has_months(form: str) -> pl.Expr:
    return any_code(form, MONTHS)


# ------------------------------------------------------------------ declaring a control


def control(
    form: str,
    number: str,
    severity: str,
    *,
    ok: Expr,
    applies: Expr | None = None,
    years: tuple[int, ...] = YEARS,
    fields: tuple[str, ...] = (),
    reported: Expr | None = None,
    unit: str | None = None,
    suffix: str | None = None,
    words: str | None = None,
    limit: float | None = None,
    facts: tuple[tuple[str, Expr], ...] = (),
) -> KostraCheck:
    """One SSB control. ``ok`` is true where the record passes; ``applies`` where SSB
    looks at it (default: every record); ``fields`` are shown beside each case.
    ``facts`` are computed facts shown beside each case (name, expression).
    Titles and the description of what is checked come from the catalogue
    (``audit/text/words/kostra.py``, keys ``kostra.<form>.<number>.title|checks``)."""
    ident = (suffix or number).lower()
    cid = f"kostra.{form.lower()}.{ident}"
    key = words or cid
    stopped = pl.col("stopped").fill_null(False)
    if number == "001":
        rows = Rows(t("kostra.rows.all", "nb"), t("kostra.rows.all", "en"), lambda c: pl.lit(True))
    else:
        base = applies or (lambda c: pl.lit(True))
        rows = Rows(t(f"{key}.rows", "nb") if _has(f"{key}.rows") else t("kostra.rows.records", "nb"),
                    t(f"{key}.rows", "en") if _has(f"{key}.rows") else t("kostra.rows.records", "en"),
                    lambda c, base=base: ~stopped & base(c).fill_null(False))
    measure = Measure(
        t(f"{key}.checks", "nb"), t(f"{key}.checks", "en"), unit,
        lambda c, ok=ok: ok(c).fill_null(False).cast(pl.Float64),
        reported=(lambda c, r=reported: r(c).cast(pl.Float64)) if reported else None,
    )
    return KostraCheck(
        id=cid, kind=DATA,
        title=(t(f"{key}.title", "nb"), t(f"{key}.title", "en")),
        legal_basis="—",
        needs=(),
        applies_to=rows,
        measure=measure,
        bounds=(Bound(LEVEL_OF[severity], "below", 1),),
        details=("line", "record", *fields),
        facts=facts,
        source=t("kostra.source", "nb", form=form, number=number, severity=t(f"kostra.severity.{severity}", "nb"),
                 years=_span(years)),
        form=form, number=number, severity=severity, years=tuple(years), limit=limit,
    )


def _span(years: tuple[int, ...]) -> str:
    return str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"


def _has(key: str) -> bool:
    from audit.text import has

    return has(key)
