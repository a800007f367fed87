"""Assemble results.json (docs/results.md)."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import math
import re
from dataclasses import dataclass

import numpy as np
import polars as pl

from audit import TOOL_NAME, __version__
from audit.datasets import DATASETS, TEXT, get_dataset
from audit.derive import Derived, PlannedCheck
from audit.engine import CheckOutcome
from audit.results_model import CaseFrame
from audit.text import t
from audit.table import LoadedTable
from audit.unknown_rows import RowSources, unknown_keys
from checks.base import CASE_UNITS, INDICATOR, Suite, Versioned

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


LEVEL_NAMES = {1: "ok", 2: "warning", 3: "deviation", 4: "unknown"}  # 0: the check does not apply


def level_codes(derived: Derived, outcome: CheckOutcome | None, plan: PlannedCheck) -> tuple[np.ndarray, np.ndarray]:
    """Per row the level as a code (0 n/a, 1 ok, 2 warning, 3 deviation, 4 unknown) and the
    index of the bound that decided a warning or deviation (-1 otherwise)."""
    n = derived.frame.height
    levels = np.zeros(n, dtype=np.int8)
    decided_by = np.full(n, -1, dtype=np.int8)
    evaluated = derived.frame[plan.col("m")].is_not_null().to_numpy()
    levels[evaluated] = 1
    if outcome is not None:
        for b in outcome.bounds:
            if b.level == "warning":
                sel = b.unexpected[levels[b.unexpected] == 1]
                levels[sel] = 2
                decided_by[sel] = b.index
        for b in outcome.bounds:
            if b.level == "deviation":
                sel = b.unexpected[levels[b.unexpected] != 3]  # the first failing deviation bound decides
                levels[sel] = 3
                decided_by[sel] = b.index
    levels[derived.frame[plan.col("u")].to_numpy()] = 4
    return levels, decided_by


def level_column(derived: Derived, outcome: CheckOutcome | None, plan: PlannedCheck) -> tuple[pl.Series, pl.Series]:
    """Per row: ok / warning / deviation / unknown, or null where the check does not apply;
    and the index of the bound that decided a warning or deviation (-1 otherwise)."""
    levels, decided_by = level_codes(derived, outcome, plan)
    return (pl.Series("level", levels).replace_strict(LEVEL_NAMES, default=None, return_dtype=pl.Utf8),
            pl.Series("_bound", decided_by))


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


@dataclass
class Groups:
    """The offices (municipality, office) of the rows as codes, computed once per run."""

    names: list[dict]  # per code: {"office", "municipality"}, sorted, nulls last
    codes: np.ndarray | None  # per row; None when the input has neither column


def office_groups(frame: pl.DataFrame) -> Groups:
    keys = [c for c in ("municipality", "office") if c in frame.columns]
    if not keys:
        return Groups([], None)
    uniq = frame.select(keys).unique().sort(keys, nulls_last=True).with_row_index("_g")
    codes = frame.select(keys).join(uniq, on=keys, how="left", nulls_equal=True, maintain_order="left")["_g"]
    names = [{"office": r.get("office"), "municipality": r.get("municipality")} for r in uniq.iter_rows(named=True)]
    return Groups(names, codes.to_numpy())


def _by_office(groups: Groups, levels: np.ndarray, indicator: bool, aggregate: str | None,
               measure: pl.Series | None) -> list[dict]:
    if groups.codes is None:
        return []
    g, n = groups.codes, len(groups.names)
    # one pass: rows per (office, level code)
    per = np.bincount(g.astype(np.int64) * 5 + levels, minlength=n * 5).reshape(n, 5)
    applied = per[:, 1:].sum(axis=1)
    evaluated = per[:, 1:4].sum(axis=1)
    failed, warned, unknown = per[:, 3], per[:, 2], per[:, 4]
    values: dict[int, float] = {}
    if indicator and measure is not None:
        m = pl.DataFrame({"g": g, "m": measure}).filter(pl.col("m").is_not_null())
        agg = pl.col("m").mean() if aggregate == "share" else pl.col("m").median()
        values = dict(m.group_by("g").agg(agg).iter_rows())
    rows = []
    for i in np.flatnonzero(applied):
        row = {**groups.names[i], "evaluated": int(evaluated[i])}
        if indicator:
            row.update(unknown=int(unknown[i]), value=_json_value(values.get(int(i))))
        else:
            row.update(failed=int(failed[i]), warned=int(warned[i]), unknown=int(unknown[i]))
        rows.append(row)
    return rows


_DERIVED = re.compile(r"^c\d+_")


def _iso(e: pl.Expr, dtype: pl.DataType | None) -> pl.Expr:
    return e.dt.strftime("%Y-%m-%d") if dtype == pl.Date else e


def _number(e: pl.Expr, frame: pl.DataFrame) -> pl.Expr:
    """Rounded to 4 decimals; whole numbers as integers (45, not 45.0) when every value is one."""
    s = frame.select(e.cast(pl.Float64).round(4).alias("_n")).to_series().drop_nulls()
    if s.len() and bool((s == s.round(0)).all()):
        return e.cast(pl.Float64).round(0).cast(pl.Int64)
    return e.cast(pl.Float64).round(4)


def _reason_texts(code: str) -> tuple[str, str]:
    return t(f"checks.reason.{code}", "nb"), t(f"checks.reason.{code}", "en")


GENERIC_REASONS = ("requirement_not_met", "above_limit", "below_limit", "above_warning_limit", "below_warning_limit")


def _case_frame(derived: Derived, plan: PlannedCheck, levels: np.ndarray, bound: np.ndarray, key: str,
                who: list[str], detail_cols: list[str]) -> pl.DataFrame:
    """Rows at warning or deviation level, worst first, as one polars frame with every
    case key of results.md (unit, limit, rule, reason, facts): no Python object per case."""
    c, ctx = plan.check, plan.ctx
    found = (levels == 2) | (levels == 3)
    mask = pl.Series(found)
    # only the columns the case reads: key, where, details, and those its reasons, facts and limit dates use
    used = [pl.col(x) for x in (key, *who, *detail_cols)]
    used += [r.when(ctx) for r in c.reasons if r.when is not None] + [fn(ctx) for _, fn in c.facts]
    used += [b.date(ctx) for b in c.bounds if b.date is not None]
    names = {n for e in used for n in e.meta.root_names()}
    canon = [x for x in derived.frame.columns if not _DERIVED.match(x) and x in names]
    own = [x for x in derived.frame.columns if x.startswith(f"c{plan.index}_")]
    f = derived.frame.select(canon + own).filter(mask).with_columns(
        pl.Series("level", levels[found]).replace_strict(LEVEL_NAMES, return_dtype=pl.Utf8),
        pl.Series("_bound", bound[found]))
    schema = f.schema
    lv, bd = pl.col("level"), pl.col("_bound")
    has_unit = c.measure.unit is not None
    shows_value = has_unit or c.measure.reported is not None
    unit = CASE_UNITS.get(c.measure.unit or c.measure.reported_unit) if shows_value else None

    # the limit the deciding bound applied, as in force on the row's event date
    value_of: dict[int, pl.Expr] = {}
    date_of: dict[int, pl.Expr] = {}
    for j, b in enumerate(c.bounds):
        if b.date is not None:
            date_of[j] = b.date(ctx).dt.strftime("%Y-%m-%d")
        elif plan.limits[j] is not None:
            value_of[j] = pl.lit(plan.limits[j], dtype=pl.Float64)
        else:
            value_of[j] = pl.col(plan.col(f"l{j}"))

    def by_bound(exprs: dict[int, pl.Expr], dtype) -> pl.Expr:
        e = pl.lit(None, dtype=dtype)
        for j, x in exprs.items():
            e = pl.when(bd == j).then(x).otherwise(e)
        return e

    limit_fields: list[pl.Expr] = []
    fact_limit: pl.Expr = pl.lit(None, dtype=pl.Utf8)
    if has_unit and value_of:
        lim_value = _number(by_bound(value_of, pl.Float64), f)
        limit_fields += [lim_value.alias("value"), pl.lit(unit, dtype=pl.Utf8).alias("unit")]
        fact_limit = lim_value
    if has_unit and date_of:
        lim_date = by_bound(date_of, pl.Utf8)
        limit_fields.append(lim_date.alias("date"))
        fact_limit = lim_date if not value_of else pl.coalesce(lim_date, fact_limit.cast(pl.Utf8))
    limit = pl.struct(limit_fields) if limit_fields else pl.lit(None)

    # the rule version: a parameter that changed with the law, or a rule in force from a date
    versioned = [name for name, v in ctx.params.items() if isinstance(v, Versioned)]
    if versioned:
        labels = dict(enumerate(ctx.params[versioned[0]].labels()))
        rule = pl.col(plan.col(f"v{versioned[0]}")).replace_strict(labels, default=None, return_dtype=pl.Utf8)
    else:
        rule = pl.lit(c.rule_label(), dtype=pl.Utf8)

    # why: the first declared reason that holds, else a generic one for the deciding bound
    code: pl.Expr = pl.lit("requirement_not_met")
    if has_unit:
        for j, b in enumerate(c.bounds):
            generic = f"{b.fails}_{'warning_limit' if b.level == 'warning' else 'limit'}"
            code = pl.when(bd == j).then(pl.lit(generic)).otherwise(code)
    texts = {x: _reason_texts(x) for x in GENERIC_REASONS}
    for r in reversed(c.reasons):
        cond = pl.lit(True)
        if r.level:
            cond = cond & (lv == r.level)
        if r.when is not None:
            cond = cond & r.when(ctx).fill_null(False)
        code = pl.when(cond).then(pl.lit(r.code)).otherwise(code)
        texts[r.code] = (r.nb, r.en)
    reason = pl.struct(code.alias("code"),
                       code.replace_strict({k: v[0] for k, v in texts.items()}, return_dtype=pl.Utf8).alias("nb"),
                       code.replace_strict({k: v[1] for k, v in texts.items()}, return_dtype=pl.Utf8).alias("en"))

    # the facts the level rests on: the row's dates and values, the measure, the limit, the comparison
    value = _number(pl.col(plan.value_column), f) if shows_value else pl.lit(None, dtype=pl.Int64)
    # the unit of the value: null where nothing was measured (no assessment date: no days to count)
    case_unit = pl.when(value.is_not_null()).then(pl.lit(unit, dtype=pl.Utf8)) if unit else pl.lit(None, dtype=pl.Utf8)
    fact_fields = [_iso(pl.col(d), schema.get(d)).alias(d) for d in detail_cols]
    for name, fn in c.facts:
        assert name not in HIDDEN_DETAILS, (c.id, name)
        e = fn(ctx)
        dtype = f.head(0).select(e.alias("_x")).schema["_x"]
        fact_fields.append(_iso(e, dtype).alias(name))
    if has_unit:
        comparison = pl.lit(None, dtype=pl.Utf8)
        for j, b in enumerate(c.bounds):
            comparison = pl.when(bd == j).then(pl.lit(">" if b.fails == "above" else "<")).otherwise(comparison)
        fact_fields += [value.alias("measured"), case_unit.alias("unit"),
                        comparison.alias("comparison"), fact_limit.alias("limit")]
    facts = pl.struct(fact_fields) if fact_fields else pl.lit(None)
    details = pl.struct([_iso(pl.col(d), schema.get(d)).alias(d) for d in detail_cols]) if detail_cols else pl.lit(None)

    out = f.select(
        pl.col(key).cast(pl.Utf8).alias("key"), lv.alias("level"), value.alias("value"), case_unit.alias("unit"),
        limit.alias("limit"), rule.alias("rule"), reason.alias("reason"), facts.alias("facts"),
        *[(pl.col(w) if w in who else pl.lit(None, dtype=pl.Utf8)).alias(w) for w in ("office", "caseworker", "municipality")],
        details.alias("details"),
        lv.replace_strict(LEVEL_ORDER, return_dtype=pl.Int8).alias("_order"),
        pl.col(plan.value_column).alias("_v"),
    ).sort(["_order", "_v", "key"], descending=[False, True, False], nulls_last=True).drop("_order", "_v")
    return out


def check_result(derived: Derived, plan: PlannedCheck, outcome: CheckOutcome | None, key: str,
                 groups: Groups | None = None, submit=None, sources: RowSources | None = None) -> dict:
    """The check's entry of results.json; its cases as a :class:`CaseFrame`, built by ``submit``
    (an executor's submit: in a thread, while the caller goes on) when given. Its ``unknown_keys``
    say, in memory, what each row lacks (:class:`audit.unknown_rows.UnknownKeys`, from ``sources``)."""
    c = plan.check
    entry: dict = {
        "id": c.id,
        "kind": c.kind,
        "status": "not_evaluated",
        "title": {"nb": c.title[0], "en": c.title[1]},
        "legal_basis": c.legal_basis if c.legal_basis != "—" else (c.source or "—"),
        "basis": c.basis,
        "in_force_from": c.in_force_from,
        "in_force_to": c.in_force_to,
        "legal_sources": c.legal_sources,
        "requirement": {"nb": c.requirement[0], "en": c.requirement[1]} if c.requirement else None,
        "thresholds": [{"parameter": p.name, "value": p.to_json(plan.ctx.params.get(p.name)), "unit": p.unit,
                        "basis": p.basis} for p in c.params],
        "applies_to": {"nb": c.applies_to.nb, "en": c.applies_to.en},
        "measure": {"nb": c.measure.nb, "en": c.measure.en},
        "values": {column: {code: {"nb": nb, "en": en} for code, (nb, en) in codes.items()}
                   for column, codes in c.values.items()},  # words for the coded columns' codes
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
    groups = groups if groups is not None else office_groups(derived.frame)
    if outcome is not None and outcome.error:
        entry["error"] = outcome.error
        return entry
    levels, bound = level_codes(derived, outcome, plan)
    detail_cols = [d for d in c.details if d not in HIDDEN_DETAILS]
    who = [x for x in ("office", "caseworker", "municipality") if x in derived.frame.columns]
    n = np.bincount(levels, minlength=5)
    entry.update(evaluated=int(n[1] + n[2] + n[3]), failed=int(n[3]), warned=int(n[2]), unknown=int(n[4]))
    entry["rule_versions"] = _rule_versions(derived, plan)
    if sources is not None:
        entry["unknown_keys"] = unknown_keys(derived.frame, plan, levels == 4, key, sources)
    else:
        entry["unknown_keys"] = derived.frame[key].filter(pl.Series(levels == 4)).sort().to_list()
    indicator = c.kind == INDICATOR
    entry["by_office"] = _by_office(groups, levels, indicator, c.aggregate,
                                    derived.frame[plan.col("m")] if indicator else None)
    if indicator:
        entry["failed"] = entry["warned"] = 0
        if outcome is not None and outcome.observed is not None:
            entry["value"] = _json_value(outcome.observed)
            entry["status"] = "ok" if outcome.success else "below_target"
        else:
            entry["status"] = "ok"  # nothing to measure: no rows evaluated
        return entry
    entry["status"] = "deviation" if entry["failed"] else "warning" if entry["warned"] else "ok"
    if submit is not None:
        entry["cases"] = CaseFrame(pending=submit(_case_frame, derived, plan, levels, bound, key, who, detail_cols))
    else:
        entry["cases"] = CaseFrame(_case_frame(derived, plan, levels, bound, key, who, detail_cols))
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
    background: bool = False,
) -> dict:
    """The results mapping. With ``background`` each check's cases are built in one thread, in
    check order, while the caller goes on (it writes results.json from the first checks' cases
    while the later ones are built; polars releases the interpreter lock): every
    :class:`CaseFrame` waits for its own (see :func:`wait_for_cases`)."""
    ds = get_dataset(suite.dataset)
    frame = table.frame
    municipalities = sorted(frame["municipality"].drop_nulls().unique().to_list()) if "municipality" in frame.columns else []
    offices = sorted(frame["office"].drop_nulls().unique().to_list()) if "office" in frame.columns else []
    params_json = {c.id: {p.name: p.to_json(parameters.get(c.id, {}).get(p.name)) for p in c.params} for c in suite.checks if c.params}
    with _no_cyclic_gc():  # millions of small case dicts: the cyclic collector would rescan them over and over
        groups = office_groups(derived.frame)
        pool = None
        if background:
            from concurrent.futures import ThreadPoolExecutor

            pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nav-audit-cases")
        try:
            sources = RowSources.of(table)
            checks = [check_result(derived, p, outcomes.get(p.index), ds.key, groups, pool.submit if pool else None,
                                   sources) for p in derived.plans]
        except BaseException:
            if pool is not None:
                pool.shutdown(wait=False, cancel_futures=True)
            raise
        if pool is not None:
            pool.shutdown(wait=False)  # the thread ends after the last check's cases
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
        "input_issues": issues_json(table.issues, lang),
        "checks": checks,
    }


def issues_json(issues: list, lang: str) -> list[dict]:
    """results.json's ``input_issues`` (:meth:`audit.table.InputIssue.to_json` of each): a message
    that loading shares among the rows of one unreadable text is put into words once."""
    words: dict[int, str] = {}
    out = []
    for i in issues:
        if i.text is None:
            out.append(i.to_json(lang))
            continue
        said = words.get(id(i.text))
        if said is None:
            said = words[id(i.text)] = i.render(lang)
        out.append({"file": i.file, "row": i.row, "column": i.column, "message": said})
    return out


def wait_for_cases(results: dict) -> None:
    """Wait until every check's cases are built (``build_results(background=True)``); an error
    building them is raised here."""
    for c in results.get("checks") or []:
        cases = c.get("cases") if isinstance(c, dict) else None
        if isinstance(cases, CaseFrame):
            cases.frame
