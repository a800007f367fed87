"""Assemble results.json (spec: results.md; added keys: docs/architecture.md)."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import math

import numpy as np
import polars as pl

from audit import TOOL_NAME, __version__
from audit.datasets import DATASETS, TEXT, get_dataset
from audit.derive import Derived, PlannedCheck
from audit.engine import CheckOutcome
from audit.table import LoadedTable
from checks.base import INDICATOR, Suite, Versioned

LEVEL_ORDER = {"deviation": 0, "warning": 1}
HIDDEN_DETAILS = {"birth_date", "birth_year"}  # never echoed beside a case
# Free text (grounds for an extension or an exception) may name people: never a case detail.
HIDDEN_DETAILS |= {c.name for d in DATASETS.values() for c in d.columns if c.type == TEXT and c.name != d.key
                   and c.name not in ("office", "caseworker", "municipality", "case_id", "application_id")}


@contextlib.contextmanager
def _no_cyclic_gc():
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _json_value(v):
    if v is None:
        return None
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, float):
        if math.isnan(v):
            return None
        return int(v) if v.is_integer() else round(v, 4)
    return v


def level_column(derived: Derived, outcome: CheckOutcome | None, plan: PlannedCheck) -> pl.Series:
    """Per row: ok / warning / deviation / unknown, or null where the check does not apply."""
    n = derived.frame.height
    levels = np.zeros(n, dtype=np.int8)  # 0 n/a, 1 ok, 2 warning, 3 deviation, 4 unknown
    evaluated = derived.frame[plan.col("m")].is_not_null().to_numpy()
    levels[evaluated] = 1
    if outcome is not None:
        for b in outcome.bounds:
            if b.level == "warning":
                sel = b.unexpected[levels[b.unexpected] == 1]
                levels[sel] = 2
        for b in outcome.bounds:
            if b.level == "deviation":
                levels[b.unexpected] = 3
    levels[derived.frame[plan.col("u")].to_numpy()] = 4
    names = {1: "ok", 2: "warning", 3: "deviation", 4: "unknown"}
    return pl.Series("level", levels).replace_strict(names, default=None, return_dtype=pl.Utf8)


def _rule_versions(derived: Derived, plan: PlannedCheck) -> list[dict]:
    out = []
    for name, value in plan.ctx.params.items():
        if not isinstance(value, Versioned):
            continue
        counts = derived.frame[plan.col(f"v{name}")].value_counts()
        by_version = {int(r[0]): int(r[1]) for r in counts.iter_rows() if r[0] is not None}
        for i, period in enumerate(value.periods()):
            out.append({"parameter": name, **period, "rows": by_version.get(i, 0)})
    return out


def _by_office(frame: pl.DataFrame, indicator: bool, aggregate: str | None, measure: str | None) -> list[dict]:
    keys = [c for c in ("municipality", "office") if c in frame.columns]
    if not keys:
        return []
    f = frame.filter(pl.col("level").is_not_null())
    if f.height == 0:
        return []
    aggs = [
        pl.col("level").is_in(["ok", "warning", "deviation"]).sum().alias("evaluated"),
        (pl.col("level") == "deviation").sum().alias("failed"),
        (pl.col("level") == "warning").sum().alias("warned"),
        (pl.col("level") == "unknown").sum().alias("unknown"),
    ]
    if indicator and measure:
        aggs.append((pl.col(measure).mean() if aggregate == "share" else pl.col(measure).median()).alias("value"))
    g = f.group_by(keys).agg(aggs).sort(keys, nulls_last=True)
    rows = []
    for r in g.iter_rows(named=True):
        row = {"office": r.get("office"), "municipality": r.get("municipality")}
        row.update({k: int(r[k]) for k in ("evaluated", "failed", "warned", "unknown")})
        if indicator:
            row["value"] = _json_value(r.get("value"))
            row.pop("failed"), row.pop("warned")
        rows.append(row)
    return rows


def _shared(series: pl.Series) -> list:
    """The values as a list with one object per distinct value (offices, levels and dates
    repeat; separate copies cost hundreds of MB at a million cases)."""
    seen: dict = {}
    return [seen.setdefault(v, v) for v in series.to_list()]


def _cases(f: pl.DataFrame, key: str, value_col: str, who: list[str], detail_cols: list[str]) -> list[dict]:
    """Rows at warning or deviation level, worst first; built in polars, then plain dicts."""
    found = f.filter(pl.col("level").is_in(["warning", "deviation"]))
    if found.height == 0:
        return []
    found = found.with_columns(
        pl.col("level").replace_strict(LEVEL_ORDER, return_dtype=pl.Int8).alias("_order")
    ).sort(["_order", value_col, key], descending=[False, True, False], nulls_last=True)
    cols = {"key": found[key].to_list(), "level": _shared(found["level"]), "value": found[value_col].to_list()}
    for w in ("office", "caseworker", "municipality"):
        cols[w] = _shared(found[w]) if w in who else [None] * found.height
    detail_lists = [
        (d, _shared(found[d].dt.strftime("%Y-%m-%d") if found.schema[d] == pl.Date else found[d])) for d in detail_cols
    ]
    values = [None if v is None else int(v) if v.is_integer() else round(v, 4) for v in cols["value"]]
    rows = [
        {"key": k, "level": lv, "value": v, "office": o, "caseworker": cw, "municipality": mu, "details": {}}
        for k, lv, v, o, cw, mu in zip(cols["key"], cols["level"], values, cols["office"], cols["caseworker"],
                                        cols["municipality"])
    ]
    for name, vals in detail_lists:
        for r, v in zip(rows, vals):
            r["details"][name] = v
    return rows


def check_result(derived: Derived, plan: PlannedCheck, outcome: CheckOutcome | None, key: str) -> dict:
    c = plan.check
    entry: dict = {
        "id": c.id,
        "kind": c.kind,
        "status": "not_evaluated",
        "title": {"nb": c.title[0], "en": c.title[1]},
        "legal_basis": c.legal_basis if c.legal_basis != "—" else (c.source or "—"),
        "applies_to": {"nb": c.applies_to.nb, "en": c.applies_to.en},
        "measure": {"nb": c.measure.nb, "en": c.measure.en},
        "unit": c.measure.unit,
        "parameters": {p.name: p.to_json(plan.ctx.params.get(p.name)) for p in c.params},
        "rule_versions": [],
        "evaluated": 0, "failed": 0, "warned": 0, "unknown": 0,
        "missing_columns": list(plan.missing),
        "value": None,
        "target": {"op": c.target.op, "value": plan.ctx.scalar(c.target.param)} if c.target else None,
        "error": None,
        "by_office": [],
        "cases": [],
        "unknown_keys": [],
    }
    if not plan.evaluable:
        return entry
    if outcome is not None and outcome.error:
        entry["error"] = outcome.error
        return entry
    level = level_column(derived, outcome, plan)
    detail_cols = [d for d in c.details if d not in HIDDEN_DETAILS]
    who = [x for x in ("office", "caseworker", "municipality") if x in derived.frame.columns]
    f = derived.frame.select([key, *who, *dict.fromkeys(detail_cols), *dict.fromkeys([plan.col("m"), plan.value_column])]).with_columns(level)
    counts = f.select(
        pl.col("level").is_in(["ok", "warning", "deviation"]).sum().alias("evaluated"),
        (pl.col("level") == "deviation").sum().alias("failed"),
        (pl.col("level") == "warning").sum().alias("warned"),
        (pl.col("level") == "unknown").sum().alias("unknown"),
    ).row(0, named=True)
    entry.update({k: int(v) for k, v in counts.items()})
    entry["rule_versions"] = _rule_versions(derived, plan)
    entry["unknown_keys"] = f.filter(pl.col("level") == "unknown")[key].sort().to_list()
    indicator = c.kind == INDICATOR
    entry["by_office"] = _by_office(f, indicator, c.aggregate, plan.col("m"))
    if indicator:
        entry["failed"] = entry["warned"] = 0
        if outcome is not None and outcome.observed is not None:
            entry["value"] = _json_value(outcome.observed)
            entry["status"] = "ok" if outcome.success else "below_target"
        else:
            entry["status"] = "ok"  # nothing to measure: no rows evaluated
        return entry
    entry["status"] = "deviation" if entry["failed"] else "warning" if entry["warned"] else "ok"
    entry["cases"] = _cases(f, key, plan.value_column, who, detail_cols)
    return entry


def build_results(
    *,
    run_id: str,
    suite: Suite,
    table: LoadedTable,
    derived: Derived,
    outcomes: dict[int, CheckOutcome],
    as_of: dt.date,
    parameters: dict[str, dict],
    mappings: dict[str, dict],
    started_at: str,
    scope: str | None = None,
    period: tuple[dt.date, dt.date] | None = None,
    strict: bool = False,
    lang: str = "nb",
) -> dict:
    ds = get_dataset(suite.dataset)
    frame = table.frame
    municipalities = sorted(frame["municipality"].drop_nulls().unique().to_list()) if "municipality" in frame.columns else []
    offices = sorted(frame["office"].drop_nulls().unique().to_list()) if "office" in frame.columns else []
    params_json = {c.id: {p.name: p.to_json(parameters.get(c.id, {}).get(p.name)) for p in c.params} for c in suite.checks if c.params}
    with _no_cyclic_gc():  # millions of small case dicts: the cyclic collector would rescan them over and over
        checks = [check_result(derived, p, outcomes.get(p.index), ds.key) for p in derived.plans]
    return {
        "tool": {"name": TOOL_NAME, "version": __version__},
        "run": {
            "id": run_id,
            "as_of": as_of.isoformat(),
            "suite": suite.name,
            "started_at": started_at,
            "finished_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "lang": lang,
            "parameters": params_json,
            "inputs": [s.to_json() for s in table.sources],
            "mappings": mappings,
            "scope": scope or ("+".join(municipalities) if municipalities else None),
            "period": {"from": period[0].isoformat(), "to": period[1].isoformat()} if period else None,
            "strict": strict,
        },
        "dataset": {
            "name": ds.name,
            "key": ds.key,
            "rows": frame.height,
            "columns": [c for c in ds.names if c in frame.columns],
            "offices": offices,
            "municipalities": municipalities,
        },
        "input_issues": [i.to_json() for i in table.issues],
        "checks": checks,
    }
