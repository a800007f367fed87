"""Validate derived measures with Great Expectations.

Every bound of every check becomes one expectation, validated on the distinct values
(or value-limit pairs) of its measure; indicators become a mean/median expectation on
their measure column (its non-null values: every value it evaluates). Failing values come back as positions (``unexpected_index_list``,
complete) and are mapped back to every row that holds them, in polars.

Great Expectations is imported here and only inside functions: it takes seconds.
"""

from __future__ import annotations

import gc
import logging
import os
from dataclasses import dataclass, field

import numpy as np
import polars as pl

from audit.derive import Derived, PlannedCheck


@dataclass
class BoundOutcome:
    level: str
    unexpected: np.ndarray  # row positions
    index: int = -1  # which of the check's bounds (its position in Check.bounds)


@dataclass
class CheckOutcome:
    plan: PlannedCheck
    bounds: list[BoundOutcome] = field(default_factory=list)
    observed: float | None = None  # indicators
    success: bool | None = None
    error: str | None = None


def _quiet_gx() -> None:
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("GE_USAGE_STATS", "False")
    logging.getLogger("great_expectations").setLevel(logging.ERROR)


def import_in_background() -> None:
    """Start importing Great Expectations in a thread (audit.gx_import), quietly; ``validate`` waits for it."""
    _quiet_gx()
    from audit.gx_import import import_in_background as start

    start()


ONE_FRAME_ROWS = 200_000  # up to this many rows, indicators are validated in the same frame as the bounds


@dataclass
class _Bound:
    """One bound of one check, validated on the distinct values (or value-limit pairs) it can see."""

    plan: PlannedCheck
    index: int  # bound index
    level: str
    columns: tuple[str, ...]  # derived columns the bound reads: (measure,) or (measure, limit)
    gx_columns: tuple[str, ...]  # the columns of the compact frame GX validates


def _bounds(derived: Derived, evaluated_counts: dict[int, int]) -> tuple[list[_Bound], list[PlannedCheck]]:
    bounds: list[_Bound] = []
    indicators: list[PlannedCheck] = []
    for p in derived.plans:
        if not p.evaluable or evaluated_counts.get(p.index, 0) == 0:
            continue
        if p.check.aggregate:
            indicators.append(p)
            continue
        for j, b in enumerate(p.check.bounds):
            name = f"b{p.index}_{j}"
            if p.limits[j] is not None:
                bounds.append(_Bound(p, j, b.level, (p.col("m"),), (f"{name}_m",)))
            else:
                bounds.append(_Bound(p, j, b.level, (p.col("m"), p.col(f"l{j}")), (f"{name}_m", f"{name}_l")))
    return bounds, indicators


def _distinct_all(derived: Derived, bounds: list[_Bound]) -> list[pl.DataFrame]:
    """Per bound, the distinct non-null values (pairs) of the columns it reads, renamed for GX and
    sorted (a deterministic order: positions are mapped back by value). One polars job for all
    bounds: they run in parallel, and bounds reading the same measure share its work."""
    frame = derived.frame.lazy()
    return pl.collect_all([
        frame.select(bd.columns).drop_nulls().unique(maintain_order=False).sort(list(bd.columns))
        .rename(dict(zip(bd.columns, bd.gx_columns)))
        for bd in bounds
    ])


def _compact_frame(parts: list[pl.DataFrame]):
    """One pandas frame of the distinct parts side by side, padded with nulls to the longest."""
    parts = [p for p in parts if p.width]
    height = max((p.height for p in parts), default=0)
    cols = []
    for p in parts:
        for name in p.columns:
            s = p[name].cast(pl.Float64)
            if s.len() < height:
                s = s.extend(pl.Series(name, [None] * (height - s.len()), dtype=pl.Float64))
            cols.append(s)
    return pl.DataFrame(cols).to_pandas() if cols else None


def build_expectations(derived: Derived, bounds: list[_Bound], indicators: list[PlannedCheck]):
    """Expectations on the compact frame (bounds) and on the indicator frame (aggregates)."""
    from audit.gx_import import import_great_expectations

    import_great_expectations()
    import great_expectations.expectations as gxe

    compact, aggregate = [], []
    for bd in bounds:
        p = bd.plan
        meta = {"check_id": p.check.id, "check_index": p.index, "bound": bd.index, "level": bd.level}
        b = p.check.bounds[bd.index]
        const = p.limits[bd.index]
        if const is not None:
            kw = {"max_value": const} if b.fails == "above" else {"min_value": const}
            compact.append(gxe.ExpectColumnValuesToBeBetween(column=bd.gx_columns[0], meta=meta, **kw))
        else:
            m, lim = bd.gx_columns
            a, b_ = (lim, m) if b.fails == "above" else (m, lim)
            compact.append(gxe.ExpectColumnPairValuesAToBeGreaterThanB(
                column_A=a, column_B=b_, or_equal=True, ignore_row_if="either_value_is_missing", meta=meta))
    for p in indicators:
        meta = {"check_id": p.check.id, "check_index": p.index, "bound": -1}
        target = p.ctx.scalar(p.check.target.param)
        kw = {"min_value": target} if p.check.target.op == ">=" else {"max_value": target}
        cls = gxe.ExpectColumnMeanToBeBetween if p.check.aggregate == "share" else gxe.ExpectColumnMedianToBeBetween
        aggregate.append(cls(column=p.col("m"), meta=meta, **kw))
    return compact, aggregate


def _validate_frame(context, name: str, pdf, expectations: list) -> list:
    import great_expectations as gx

    suite = gx.ExpectationSuite(name=f"nav-audit-{name}")
    for e in expectations:
        suite.add_expectation(e)
    if len(suite.expectations) != len(expectations):  # pragma: no cover - guard against silent drops
        raise RuntimeError(f"Great Expectations dropped expectations: {len(suite.expectations)} of {len(expectations)}")
    source = context.data_sources.add_pandas(f"nav_audit_{name}")
    batch = source.add_dataframe_asset(name).add_batch_definition_whole_dataframe("all").get_batch(
        batch_parameters={"dataframe": pdf}
    )
    result = batch.validate(suite, result_format={"result_format": "COMPLETE", "partial_unexpected_count": 0})
    if len(result.results) != len(expectations):  # pragma: no cover
        raise RuntimeError("Great Expectations returned fewer results than expectations")
    return list(result.results)


def _rows_of_all(derived: Derived, items: list[tuple[_Bound, pl.DataFrame, np.ndarray]]) -> list[np.ndarray]:
    """Per (bound, its distinct values, the positions GX found failing among them): the row
    positions in the derived frame whose value (pair) is one of the failing ones, ascending.
    One polars job for all bounds (they run in parallel): a measure alone by membership, a
    measure-limit pair by a semi-join."""
    frame = derived.frame.lazy()
    out = [np.empty(0, dtype=np.int64) for _ in items]
    queries, slots = [], []
    for i, (bound, distinct, positions) in enumerate(items):
        if positions.size == 0:
            continue
        failing = distinct[positions.tolist()].rename(dict(zip(bound.gx_columns, bound.columns)))
        if len(bound.columns) == 1:
            column = bound.columns[0]
            values = failing.get_column(column).implode()
            queries.append(frame.select(pl.col(column).is_in(values).arg_true().alias("__pos")))
        else:
            queries.append(frame.select(bound.columns).with_row_index("__pos")
                           .join(failing.lazy(), on=list(bound.columns), how="semi").select(pl.col("__pos").sort()))
        slots.append(i)
    for i, rows in zip(slots, pl.collect_all(queries) if queries else []):
        out[i] = rows.get_column("__pos").to_numpy().astype(np.int64, copy=False)
    return out


def validate(derived: Derived, evaluated_counts: dict[int, int]) -> dict[int, CheckOutcome]:
    """Validate every check with Great Expectations, on compact frames.

    A bound's outcome for a row depends only on the row's measure (and, where the
    limit differs per row, the limit): GX validates each bound on the distinct
    values (value-limit pairs) present, and the failing ones are mapped back to every
    row that holds them. That is exact, and GX sees thousands of rows instead of
    millions. Indicators (mean, median) are validated on every value of their measure column
    (its null rows, which a mean or median leaves out, are left out).
    """
    _quiet_gx()
    from audit.gx_import import import_great_expectations

    gx = import_great_expectations()  # without the chart and statistics modules it never runs
    from great_expectations.data_context.types.base import ProgressBarsConfig

    outcomes = {p.index: CheckOutcome(plan=p) for p in derived.plans if p.evaluable}
    bounds, indicators = _bounds(derived, evaluated_counts)
    if not bounds and not indicators:
        return outcomes
    compact_exp, aggregate_exp = build_expectations(derived, bounds, indicators)
    distinct = _distinct_all(derived, bounds)
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    results = []
    # an indicator's measure column whole, but for its null rows (rows it does not evaluate),
    # which GX's mean and median leave out anyway: side by side, padded with nulls
    full = [derived.frame.get_column(p.col("m")).drop_nulls().to_frame() for p in indicators]
    if derived.frame.height <= ONE_FRAME_ROWS:
        # small inputs: one validation (its fixed cost dominates), indicators beside the distinct values
        results += _validate_frame(context, "all", _compact_frame([*distinct, *full]), compact_exp + aggregate_exp)
    else:
        if compact_exp:
            results += _validate_frame(context, "distinct", _compact_frame(distinct), compact_exp)
        if aggregate_exp:
            results += _validate_frame(context, "indicators", _compact_frame(full), aggregate_exp)
    del full
    by_key = {(bd.plan.index, bd.index): (bd, d) for bd, d in zip(bounds, distinct)}
    failed: list[tuple[CheckOutcome, str, int, tuple]] = []  # per bound: its outcome, level, index, what failed
    for r in results:
        meta = r.expectation_config.meta or {}
        out = outcomes[int(meta["check_index"])]
        error = _exception_message(r.exception_info)
        if error:
            out.error = error
            continue
        if int(meta["bound"]) == -1:
            obs = r.result.get("observed_value")
            out.observed = None if obs is None else float(obs)
            out.success = bool(r.success)
        else:
            bd, d = by_key[(int(meta["check_index"]), int(meta["bound"]))]
            idx = np.asarray(r.result.get("unexpected_index_list") or [], dtype=np.int64)
            failed.append((out, meta["level"], int(meta["bound"]), (bd, d, idx)))
    rows = _rows_of_all(derived, [item for *_, item in failed])
    for (out, level, index, _), unexpected in zip(failed, rows):
        out.bounds.append(BoundOutcome(level=level, unexpected=unexpected, index=index))
    del results, context
    gc.collect()  # the GX context and its copies of the frame sit in reference cycles: free them now
    return outcomes


def _exception_message(info) -> str | None:
    """GX reports a crashed expectation only as success=False; find the exception (flat or per metric)."""
    if not info:
        return None
    if isinstance(info, dict) and info.get("raised_exception"):
        return str(info.get("exception_message") or "ukjent feil i valideringen")
    if isinstance(info, dict):
        for v in info.values():
            msg = _exception_message(v) if isinstance(v, dict) else None
            if msg:
                return msg
    return None
