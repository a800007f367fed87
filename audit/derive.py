"""Derive per-check measure columns from a loaded table (polars only).

For every check whose columns are present this adds, in one polars pass:

* ``c{i}_u``  the row applies but a needed value is empty or unreadable (bool),
* ``c{i}_m``  the measure (Float64), null unless the row is evaluated,
* ``c{i}_r``  the value reported for the row (Float64), where it is not the measure,
* ``c{i}_l{j}`` the limit of bound j where it differs per row (Float64),
* ``c{i}_v{name}`` which version of a date-dependent parameter the row used.

Only the ``_m`` and ``_l`` columns go to Great Expectations.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import polars as pl

from audit.datasets import get_dataset
from audit.table import LoadedTable, bad_column
from checks.base import Check, Ctx, Suite, Versioned, missing_columns


@dataclass
class PlannedCheck:
    index: int
    check: Check
    ctx: Ctx
    missing: list[str]
    limits: dict[int, float | None] = field(default_factory=dict)  # bound index -> constant limit or None

    @property
    def evaluable(self) -> bool:
        return not self.missing

    @property
    def reports_measure(self) -> bool:
        """True when the value shown beside a case is the measure itself (no extra column)."""
        return self.check.measure.reported is None and self.check.measure.unit is not None

    @property
    def value_column(self) -> str:
        return self.col("m") if self.reports_measure else self.col("r")

    def col(self, suffix: str) -> str:
        return f"c{self.index}_{suffix}"


@dataclass
class Derived:
    frame: pl.DataFrame  # canonical columns + derived columns, same row order as the loaded table
    plans: list[PlannedCheck]
    as_of: dt.date

    def gx_columns(self) -> list[str]:
        cols: list[str] = []
        for p in self.plans:
            if p.evaluable:
                cols.append(p.col("m"))
                cols.extend(p.col(f"l{j}") for j, v in p.limits.items() if v is None)
        return cols


def plan_checks(suite: Suite, present: set[str], as_of: dt.date, params: dict[str, dict]) -> list[PlannedCheck]:
    plans = []
    for i, check in enumerate(suite.checks):
        values = {**check.defaults(), **params.get(check.id, {})}
        ctx = Ctx(as_of=as_of, params=values)
        p = PlannedCheck(index=i, check=check, ctx=ctx, missing=missing_columns(check.needs, present))
        for j, b in enumerate(check.bounds):
            p.limits[j] = b.constant(ctx)
        plans.append(p)
    return plans


def _any_bad(frame: pl.DataFrame, columns: list[str]) -> pl.Expr:
    bads = [pl.col(bad_column(c)) for c in dict.fromkeys(columns) if bad_column(c) in frame.columns]
    return pl.any_horizontal(bads) if bads else pl.lit(False)


def _reported(check: Check, ctx: Ctx) -> pl.Expr:
    """The value shown beside a case: the declared one, else the measure when it has a
    unit; a pass/fail measure (no unit) has no number to show."""
    if check.measure.reported is not None:
        return check.measure.reported(ctx).cast(pl.Float64)
    if check.measure.unit is None:
        return pl.lit(None, dtype=pl.Float64)
    return check.measure.expr(ctx).cast(pl.Float64)


def _in_force(check: Check) -> pl.Expr:
    """True where the row's event falls in the period the check's rule is in force (or is empty)."""
    if not check.in_force_by:
        return pl.lit(True)
    event = pl.col(check.in_force_by)
    window = pl.lit(True)
    if check.in_force_from:
        window = window & (event >= pl.lit(dt.date.fromisoformat(check.in_force_from)))
    if check.in_force_to:
        window = window & (event <= pl.lit(dt.date.fromisoformat(check.in_force_to)))
    return window.fill_null(True)


def derive(table: LoadedTable, suite: Suite, as_of: dt.date, params: dict[str, dict] | None = None) -> Derived:
    ds = get_dataset(suite.dataset)
    frame = table.frame
    present = {c for c in ds.names if c in frame.columns}
    # Columns the input lacks count as empty, so optional columns need no special case.
    frame = frame.with_columns([pl.lit(None, dtype=c.dtype).alias(c.name) for c in ds.columns if c.name not in present])
    plans = plan_checks(suite, present, as_of, params or {})
    exprs: list[pl.Expr] = []
    for p in plans:
        if not p.evaluable:
            continue
        check, ctx = p.check, p.ctx
        uses = set(check.applies_to.uses)
        bad_rows = _any_bad(frame, [c for c in check.columns if c in uses] + list(uses))
        bad_measure = _any_bad(frame, [c for c in check.columns if c not in uses])
        measure = check.measure.expr(ctx).cast(pl.Float64)
        # A row is unknown when its applicability rests on an unreadable value, or when it
        # applies and a value the measure needs is empty or unreadable.
        applies = check.applies_to.expr(ctx).fill_null(False) | bad_rows
        # Law in force (checks.md): events before the rule came into force (or after it ended)
        # are not judged; an empty event date leaves the row unknown.
        applies = applies & _in_force(check)
        known = pl.col(check.in_force_by).is_not_null() if check.in_force_by else pl.lit(True)
        bad = bad_rows | bad_measure
        evaluated = applies & ~bad & measure.is_not_null() & known
        exprs += [
            (applies & ~evaluated).alias(p.col("u")),
            pl.when(evaluated).then(measure).alias(p.col("m")),
        ]
        if not p.reports_measure:
            exprs.append(pl.when(evaluated).then(_reported(check, ctx)).alias(p.col("r")))
        for j, b in enumerate(check.bounds):
            if p.limits[j] is None:
                exprs.append(pl.when(evaluated).then(b.limit_expr(ctx).cast(pl.Float64)).alias(p.col(f"l{j}")))
        for name, value in ctx.params.items():
            if isinstance(value, Versioned):
                exprs.append(pl.when(evaluated).then(value.version_expr()).alias(p.col(f"v{name}")))
    frame = frame.with_columns(exprs) if exprs else frame
    return Derived(frame=frame, plans=plans, as_of=as_of)
