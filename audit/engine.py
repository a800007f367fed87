"""Validate derived measures with Great Expectations: one suite, one validation.

Every bound of every check becomes one expectation on the narrow frame of measure
columns; indicators become a mean/median expectation. Failing rows come back as
positions (``unexpected_index_list``, complete) and are mapped to keys in polars.

Great Expectations is imported here and only inside functions: it takes seconds.
"""

from __future__ import annotations

import gc
import logging
import os
from dataclasses import dataclass, field

import numpy as np

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


def build_expectations(derived: Derived, evaluated_counts: dict[int, int]):
    """The expectation list, with meta that maps each back to (check index, bound index)."""
    import great_expectations.expectations as gxe

    out = []
    for p in derived.plans:
        if not p.evaluable or evaluated_counts.get(p.index, 0) == 0:
            continue
        m = p.col("m")
        meta = {"check_id": p.check.id, "check_index": p.index}
        if p.check.aggregate:
            target = p.ctx.scalar(p.check.target.param)
            bounds = {"min_value": target} if p.check.target.op == ">=" else {"max_value": target}
            cls = gxe.ExpectColumnMeanToBeBetween if p.check.aggregate == "share" else gxe.ExpectColumnMedianToBeBetween
            out.append(cls(column=m, meta={**meta, "bound": -1}, **bounds))
            continue
        for j, b in enumerate(p.check.bounds):
            bmeta = {**meta, "bound": j, "level": b.level}
            const = p.limits[j]
            if const is not None:
                kw = {"max_value": const} if b.fails == "above" else {"min_value": const}
                out.append(gxe.ExpectColumnValuesToBeBetween(column=m, meta=bmeta, **kw))
            else:
                lim = p.col(f"l{j}")
                a, b_ = (lim, m) if b.fails == "above" else (m, lim)
                out.append(gxe.ExpectColumnPairValuesAToBeGreaterThanB(
                    column_A=a, column_B=b_, or_equal=True, ignore_row_if="either_value_is_missing", meta=bmeta))
    return out


def validate(derived: Derived, evaluated_counts: dict[int, int]) -> dict[int, CheckOutcome]:
    """Run the whole suite in one Great Expectations validation."""
    _quiet_gx()
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    outcomes = {p.index: CheckOutcome(plan=p) for p in derived.plans if p.evaluable}
    expectations = build_expectations(derived, evaluated_counts)
    if not expectations:
        return outcomes
    columns = derived.gx_columns()
    pdf = derived.frame.select(columns).to_pandas()
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    suite = gx.ExpectationSuite(name=f"nav-audit-{derived.plans[0].check.id.split('.')[0]}")
    for e in expectations:
        suite.add_expectation(e)
    if len(suite.expectations) != len(expectations):  # pragma: no cover - guard against silent drops
        raise RuntimeError(f"Great Expectations dropped expectations: {len(suite.expectations)} of {len(expectations)}")
    source = context.data_sources.add_pandas("nav_audit")
    batch = source.add_dataframe_asset("derived").add_batch_definition_whole_dataframe("all").get_batch(
        batch_parameters={"dataframe": pdf}
    )
    result = batch.validate(suite, result_format={"result_format": "COMPLETE", "partial_unexpected_count": 0})
    del batch, source, pdf
    if len(result.results) != len(expectations):  # pragma: no cover
        raise RuntimeError("Great Expectations returned fewer results than expectations")
    for r in result.results:
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
            idx = np.asarray(r.result.get("unexpected_index_list") or [], dtype=np.int64)
            out.bounds.append(BoundOutcome(level=meta["level"], unexpected=idx, index=int(meta["bound"])))
    del result, context
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
