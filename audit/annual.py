"""The annual internal-control report (årsrapport): figures for one year from the history.

Internal control (sosialtjenesteloven § 5, jf. kommuneloven § 25-1; the yearly report
to the council: kommuneloven § 25-2) is a yearly cycle, the årshjul: deviations
are found in the runs through the year, followed up, and reported to the leaders
and the municipal council once a year. This module computes that year's figures
from the history store; :mod:`reports.annual` renders them (Excel and HTML, with a
generated summary in plain bokmål).

Library use::

    from audit.annual import annual_figures, write_annual_report
    paths = write_annual_report(2025, Path("out/annual"), history="history.sqlite")

    from audit.history import open_store
    with open_store("history.sqlite") as store:
        figures = annual_figures(store, 2025, suite="kvp")

How runs become figures (docs/annual.md says the same for users):

* A run belongs to the month of its **reference date**: the end of its recorded
  period (``run.period.to``) when that is before its ``as_of``, else its ``as_of``.
  A run made on 10 January for the fourth quarter belongs to December.
* A run is a snapshot of the cases as of its date, so runs are never added up
  over time (a case found in two runs would count twice). For each month and
  quarter, each check's figures are those of the **latest run in that period in
  which the check was assessed** (ordered by as_of, then when it ran): with
  quarterly runs, each quarter is its run and only the quarter's last month has a
  value. A later run in the same period that could not assess the check (missing
  columns, an error) does not replace an earlier one that could.
* Runs of different *lines* (suite and scope, as in the finding lifecycle) audit
  different cases: their figures for the same period are added up — unless two
  lines of a suite audit the same municipalities (a quarterly activity with its own
  scope beside a yearly one): then only one of them is counted
  (:func:`counted_lines`) and the report says which. Pick one with ``scope``. An indicator's value is
  then the evaluated-weighted mean for shares; medians cannot be combined (left empty).
* Findings (cases at warning or deviation level) **opened** and **resolved** are
  the lifecycle's *new* and *resolved* events in the year's runs
  (:func:`audit.history.compute_lifecycle`); **open at year end** are the findings
  of each check's last assessed run of the year in each line.
* A follow-up is **overdue at year end** when it was open or in progress when the
  year ended and its due date is before 1 January of the next year (or, while the
  year is not over, when it is open now with a due date before today). For a past
  year every action is taken as it stood then (its last change before 1 January, from
  the history of changes); one first recorded after the year ended counts as first
  recorded. While the year runs, the current status, as ``nav-audit follow-up list``
  shows it.
* An indicator's value is judged against the target stored with the run(s) of the period (the
  target in force then); runs recorded before history schema 3 have none: the latest known is used.
* The same figures are computed for the year before, where the history has it.

Everything returned is plain JSON-ready data (str, int, float, None, lists, dicts).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from audit.annual_coverage import in_force_from, new_offices, parameter_changes, uncovered_quarters
from audit.annual_findings import empty_counts, lifecycle_counts, reference_date
from audit.annual_joins import join_offices
from audit.annual_scope import assessed, counted_lines, finding_cases, office_follow_up, run_line, run_order
from audit.errors import InputError
from audit.text import msg

if TYPE_CHECKING:
    from audit.history.store import HistoryStore
    from audit.supervision.joins import Join

MONTHS = 12
QUARTERS = 4
OPEN_STATUSES = ("open", "in_progress")
# A change in a rate is headlined in the council text only when both periods rest on at
# least this many cases evaluated (9 of 29 -> 4 of 19 is not a trend). Declared in the
# figures ("headline_min_cases") and in the report's method section.
HEADLINE_MIN_CASES = 50

__all__ = ["annual_figures", "quarter_of", "reference_date", "write_annual_report"]


# --------------------------------------------------------------------------- small rules


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def _rate(failed: Any, evaluated: Any) -> float | None:
    if isinstance(failed, int) and isinstance(evaluated, int) and evaluated > 0:
        return failed / evaluated
    return None


def _met(value: Any, target: dict[str, Any] | None) -> bool | None:
    """Whether an indicator value meets its target ({"op", "value"}); None when either is missing."""
    if not target or value is None or target.get("value") is None:
        return None
    goal = target["value"]
    return {
        ">=": value >= goal, "<=": value <= goal, ">": value > goal, "<": value < goal,
        "==": value == goal, "=": value == goal,
    }.get(str(target.get("op")))


def _add(total: dict[str, Any] | None, point: dict[str, Any]) -> dict[str, Any]:
    """Add one line's point to the sum of a period (counts add up, runs are listed)."""
    if total is None:
        total = {"evaluated": None, "failed": None, "warned": None, "unknown": None, "runs": [], "as_of": None,
                 "_values": []}
    for name in ("evaluated", "failed", "warned", "unknown"):
        if isinstance(point.get(name), int):
            total[name] = (total[name] or 0) + point[name]
    total["runs"].append(point["run"])
    total["as_of"] = max(filter(None, (total["as_of"], point["as_of"])))
    total["_values"].append((point.get("value"), point.get("evaluated")))
    if point.get("target_op") is not None:
        total.setdefault("_targets", []).append({"op": point["target_op"], "value": point.get("target_value")})
    return total


def _finish(total: dict[str, Any] | None, *, indicator: bool, unit: str | None,
            target: dict[str, Any] | None) -> dict[str, Any] | None:
    """A period's point: counts, rate (non-indicators) or value (indicators) and whether it met the target."""
    if total is None:
        return None
    values = total.pop("_values")
    own = total.pop("_targets", [])
    if own and all(x == own[0] for x in own):
        target = own[0]  # the target in force in the run(s) of this period
    out = {**total, "rate": None, "value": None, "met": None}
    if indicator:
        if len(values) == 1:
            out["value"] = values[0][0]
        elif unit == "share" and all(v is not None and isinstance(n, int) for v, n in values):
            weight = sum(n for _, n in values)
            out["value"] = sum(v * n for v, n in values) / weight if weight else None
        out["met"] = _met(out["value"], target)
    else:
        out["rate"] = _rate(out["failed"], out["evaluated"])
    return out


# --------------------------------------------------------------------------- the figures


def _runs_in(runs: list[dict[str, Any]], year: int) -> list[dict[str, Any]]:
    out = []
    for run in runs:
        ref = reference_date(run)
        if ref.year == year:
            out.append({**run, "reference_date": ref.isoformat(), "month": ref.month, "quarter": quarter_of(ref.month)})
    out.sort(key=run_order)
    return out


def _periods(runs: list[dict[str, Any]], rows: dict[str, dict[str, dict[str, Any]]], check_id: str,
             period: str, count: int) -> list[dict[str, Any] | None]:
    """Per period (1..count) the summed points of each line's latest run that assessed the check in it."""
    latest: dict[tuple[Any, int], dict[str, Any]] = {}
    for run in runs:  # oldest first: a later run replaces an earlier one of the same line and period
        row = rows.get(run["id"], {}).get(check_id)
        if row is not None and assessed(row):
            latest[(run_line(run), run[period])] = {**row, "run": run["id"], "as_of": run["as_of"]}
    totals: list[dict[str, Any] | None] = [None] * count
    for (_, p), point in sorted(latest.items(), key=lambda item: (str(item[0][0]), item[0][1])):
        totals[p - 1] = _add(totals[p - 1], point)
    return totals


def _series(runs, rows, check_id, *, indicator, unit, target) -> dict[str, list[dict[str, Any] | None]]:
    return {
        "months": [_finish(t, indicator=indicator, unit=unit, target=target)
                   for t in _periods(runs, rows, check_id, "month", MONTHS)],
        "quarters": [_finish(t, indicator=indicator, unit=unit, target=target)
                     for t in _periods(runs, rows, check_id, "quarter", QUARTERS)],
    }


def _sum_points(points: Iterable[dict[str, Any] | None]) -> dict[str, Any] | None:
    """Several checks' points of one period added up (for the totals over all checks)."""
    found = [p for p in points if p is not None]
    if not found:
        return None
    out: dict[str, Any] = {"evaluated": 0, "failed": 0, "warned": 0, "unknown": 0, "runs": [], "as_of": None}
    for p in found:
        for name in ("evaluated", "failed", "warned", "unknown"):
            out[name] += p.get(name) or 0
        out["runs"] += [r for r in p["runs"] if r not in out["runs"]]
        out["as_of"] = max(filter(None, (out["as_of"], p["as_of"])))
    out["rate"] = _rate(out["failed"], out["evaluated"])
    out["value"] = out["met"] = None
    return out


def _cadence(runs: list[dict[str, Any]]) -> str | None:
    """'quarterly' when every line has exactly one run in each quarter, 'monthly' likewise per month."""
    by_line: dict[Any, list[dict[str, Any]]] = {}
    for run in runs:
        by_line.setdefault(run_line(run), []).append(run)
    if not by_line:
        return None
    if all(sorted(r["month"] for r in rs) == list(range(1, 13)) for rs in by_line.values()):
        return "monthly"
    if all(sorted(r["quarter"] for r in rs) == [1, 2, 3, 4] for rs in by_line.values()):
        return "quarterly"
    return None


def _offices(runs: list[dict[str, Any]], office_rows: list[dict[str, Any]],
             checks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per office: each non-indicator check's quarterly points and their sum over the checks."""
    by_run: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for row in office_rows:
        by_run.setdefault(row["run_id"], {}).setdefault(row["check_id"], []).append(row)
    counted = [c for c in checks if c["kind"] != "indicator"]
    offices: dict[tuple[str | None, str | None], dict[str, Any]] = {}
    for check in counted:
        cid = check["id"]
        used = {}  # (line, quarter) -> the run the check's quarterly point came from
        for q, point in enumerate(check["quarters"], start=1):
            for run_id in (point or {}).get("runs", []):
                used[run_id] = q
        for run in runs:
            q = used.get(run["id"])
            if q is None:
                continue
            for row in by_run.get(run["id"], {}).get(cid, []):
                key = (row["office"], row["municipality"])
                office = offices.setdefault(key, {"office": row["office"], "municipality": row["municipality"],
                                                  "checks": {}})
                series = office["checks"].setdefault(cid, [None] * QUARTERS)
                point = {**row, "run": run["id"], "as_of": run["as_of"]}
                series[q - 1] = _add(series[q - 1], point)
    out = []
    for office in offices.values():
        office["checks"] = {
            cid: [_finish(t, indicator=False, unit=None, target=None) for t in series]
            for cid, series in office["checks"].items()
        }
        office["quarters"] = [_sum_points(series[q] for series in office["checks"].values()) for q in range(QUARTERS)]
        out.append(office)
    out.sort(key=lambda o: (o["municipality"] or "", o["office"] or ""))
    return out


def annual_figures(
    store: "HistoryStore",
    year: int,
    *,
    suite: str | None = None,
    scope: str | None = None,
    on: str | dt.date | None = None,
    joins: Sequence[Join] = (),
) -> dict[str, Any]:
    """The year's figures from the history (see the module docstring for the rules).

    ``suite`` and ``scope`` keep only those runs (None: all). ``on`` is the date
    overdue follow-ups are judged on: default 1 January of the next year, or today
    while the year is not over. Raises :class:`InputError` when the history has no
    run in the year.

    Answer (every point is None where no run covers the period)::

        {"year", "previous_year", "on", "suites": [...], "scope", "lines": [{suite, scope}],
         "cadence": "quarterly" | "monthly" | None,
         "uncovered_quarters": [{"quarter", "scopes"}], "new_offices": [office],
         "parameter_changes": [{"check_id", "quarter", "before", "after"}],
         "runs": [{id, suite, scope, as_of, period, reference_date, month, quarter, dataset_rows, ...}],
         "previous_runs": [...], "cases_checked": int, "previous_cases_checked": int | None,
         "checks": [{"id", "suite", "kind", "title": {nb, en}, "unit", "target": {op, value} | None,
                     "runs": how many of the year's runs have the check, "assessed_runs": how many assessed it,
                     "in_force_from": ISO date the catalogue gives the rule (None: always),
                     "months": [point] * 12, "quarters": [point] * 4,
                     "previous": {"months": [...], "quarters": [...]}, "earlier": {"quarters": [...]} (two years back),
                     "findings": {opened, resolved, open, open_deviations},
                     "follow_ups": {total, open, overdue}}],
         "totals": {"months", "quarters", "previous": {months, quarters}, "earlier": {quarters}, "findings",
                    "follow_ups"},
         "offices": [{"office", "municipality", "quarters": [point] * 4, "checks": {id: [point] * 4}}],
         "follow_ups": [open and in-progress follow-ups, each with "overdue"]}

    A point: {evaluated, failed, warned, unknown, rate, value, met, runs: [ids], as_of}.
    Totals and offices are over the checks that are not indicators.
    """
    from audit.history.follow_ups import parse_date

    year = int(year)
    year_end = f"{year}-12-31"
    if on is None:
        on = min(dt.date(year + 1, 1, 1), dt.date.today())
    on = parse_date(on, msg("error.annual.what.date"))
    candidates = store.list_runs(suite=suite, scope=scope)
    runs = _runs_in(candidates, year)
    if not runs:
        which = "both" if suite and scope else "suite" if suite else "scope" if scope else None
        where = msg(f"error.annual.where.{which}", suite=suite, scope=scope) if which else None
        raise InputError(
            msg("error.annual.no_runs_where", store=store.describe(), year=year, where=where) if where
            else msg("error.annual.no_runs", store=store.describe(), year=year),
            hint=msg("error.annual.no_runs_hint"),
        )
    lines = counted_lines(store, runs)
    skipped = {(ln["suite"], ln["scope"]) for ln in lines if not ln["counted"]}
    skipped_runs = [r for r in runs if run_line(r) in skipped]
    runs = [r for r in runs if run_line(r) not in skipped]
    previous_runs = [r for r in _runs_in(candidates, year - 1) if run_line(r) not in skipped]
    earlier_runs = [r for r in _runs_in(candidates, year - 2) if run_line(r) not in skipped]  # for a longer trend
    joined: dict[str, str] = {}
    if joins:  # offices split, merged or renamed: read the history as if recorded under the joined office
        store, joined = join_offices(store, joins, [r["id"] for r in runs + previous_runs])
    rows: dict[str, dict[str, dict[str, Any]]] = {}
    for row in store.check_rows([r["id"] for r in runs + previous_runs + earlier_runs]):
        rows.setdefault(row["run_id"], {})[row["check_id"]] = row

    # The checks of the year, in the order of the latest run that has them.
    meta: dict[str, dict[str, Any]] = {}
    for run in sorted(runs, key=run_order, reverse=True):
        for cid, row in sorted(rows.get(run["id"], {}).items(), key=lambda item: item[1]["position"]):
            if cid in meta:
                if meta[cid]["target"] is None and row.get("target_op") is not None:
                    meta[cid]["target"] = {"op": row["target_op"], "value": row["target_value"]}
                continue
            meta[cid] = {
                "id": cid,
                "suite": run["suite"],
                "kind": row.get("kind") or "deviation",
                "title": {"nb": row.get("title_nb") or cid, "en": row.get("title_en") or row.get("title_nb") or cid},
                "unit": row.get("unit"),
                "target": {"op": row["target_op"], "value": row["target_value"]}
                if row.get("target_op") is not None else None,
            }
    order = []
    for run in sorted(runs, key=run_order, reverse=True):
        for cid, _row in sorted(rows.get(run["id"], {}).items(), key=lambda item: item[1]["position"]):
            if cid not in order:
                order.append(cid)

    lifecycle = lifecycle_counts(store, runs, rows, year_end)
    follow_ups: list[dict[str, Any]] = []
    stood_on = on if on < dt.date.today().isoformat() else None  # a past day: the actions as they stood then
    for s in dict.fromkeys(r["suite"] for r in runs):
        follow_ups += store.list_follow_ups(check_prefix=f"{s}.", scope=scope, on=on, stood_on=stood_on)
    follow_ups = [fu for fu in follow_ups if fu["check_id"] in meta]

    checks = []
    for cid in order:
        m = meta[cid]
        indicator = m["kind"] == "indicator"
        this = _series(runs, rows, cid, indicator=indicator, unit=m["unit"], target=m["target"])
        before = _series(previous_runs, rows, cid, indicator=indicator, unit=m["unit"], target=m["target"])
        mine = [fu for fu in follow_ups if fu["check_id"] == cid]
        present = [rows[r["id"]][cid] for r in runs if cid in rows.get(r["id"], {})]
        checks.append({
            **m,
            "runs": len(present),
            "assessed_runs": sum(1 for row in present if assessed(row)),
            "in_force_from": in_force_from(cid),
            "months": this["months"],
            "quarters": this["quarters"],
            "previous": before,
            "earlier": {"quarters": _series(earlier_runs, rows, cid, indicator=indicator, unit=m["unit"],
                                            target=m["target"])["quarters"]},
            "findings": lifecycle.get(cid, empty_counts()),
            "follow_ups": {
                "total": len(mine),
                "open": sum(1 for fu in mine if fu["status"] in OPEN_STATUSES),
                "overdue": sum(1 for fu in mine if fu["overdue"]),
            },
        })

    counted = [c for c in checks if c["kind"] != "indicator"]
    totals = {
        "months": [_sum_points(c["months"][i] for c in counted) for i in range(MONTHS)],
        "quarters": [_sum_points(c["quarters"][i] for c in counted) for i in range(QUARTERS)],
        "previous": {
            "months": [_sum_points(c["previous"]["months"][i] for c in counted) for i in range(MONTHS)],
            "quarters": [_sum_points(c["previous"]["quarters"][i] for c in counted) for i in range(QUARTERS)],
        },
        "earlier": {"quarters": [_sum_points(c["earlier"]["quarters"][i] for c in counted) for i in range(QUARTERS)]},
        "findings": {**{k: sum(c["findings"][k] for c in checks)
                        for k in ("opened", "resolved", "open", "open_deviations", "open_before_year")},
                     "oldest_since": min((c["findings"]["oldest_since"] for c in checks
                                          if c["findings"]["oldest_since"]), default=None)},
        "follow_ups": {k: sum(c["follow_ups"][k] for c in checks) for k in ("total", "open", "overdue")},
    }

    def run_summary(run: dict[str, Any]) -> dict[str, Any]:
        keep = ("id", "suite", "scope", "as_of", "period", "created_at", "reference_date", "month", "quarter",
                "dataset_rows", "input_issues", "tool_version")
        return {k: run.get(k) for k in keep}

    def rows_total(rs: list[dict[str, Any]]) -> int | None:
        counts = [r.get("dataset_rows") for r in rs if isinstance(r.get("dataset_rows"), int)]
        return sum(counts) if counts else None

    return {
        "year": year,
        "previous_year": year - 1,
        "on": on,
        "suites": list(dict.fromkeys(r["suite"] for r in runs)),
        "scope": scope,
        "joins": [{"unit": unit, "into": into} for unit, into in joined.items()],
        "lines": lines,
        "skipped_runs": [run_summary(r) for r in skipped_runs],
        "headline_min_cases": HEADLINE_MIN_CASES,
        "finding_cases": finding_cases(store, runs),
        "cadence": _cadence(runs),
        "uncovered_quarters": uncovered_quarters(runs, year, on), "new_offices": new_offices(store, runs, previous_runs),
        "parameter_changes": parameter_changes(store, runs, previous_runs),
        "runs": [run_summary(r) for r in runs],
        "previous_runs": [run_summary(r) for r in previous_runs],
        "cases_checked": rows_total(runs),
        "previous_cases_checked": rows_total(previous_runs),
        "checks": checks,
        "totals": totals,
        "offices": office_follow_up(store, runs, rows, year_end, follow_ups,
                                     _offices(runs, store.office_rows([r["id"] for r in runs]), checks)),
        "follow_ups": [
            {k: fu.get(k) for k in ("id", "check_id", "key", "scope", "status", "responsible", "action",
                                    "due_date", "note", "overdue")}
            for fu in follow_ups if fu["status"] in OPEN_STATUSES
        ],
    }


# --------------------------------------------------------------------------- writing


def write_annual_report(
    year: int,
    out_dir: str | os.PathLike,
    *,
    history: Any = None,
    lang: str = "nb",
    suite: str | None = None,
    scope: str | None = None,
    joins: Sequence[Join] = (),
) -> list[Path]:
    """Write ``arsrapport_<year>.xlsx`` and ``arsrapport_<year>.html`` into ``out_dir``; return the paths.

    ``history`` is a path or URL of the history (None: ``--history`` rules of
    :func:`audit.history.resolve_location`) or an open :class:`HistoryStore`.
    Both files are written atomically. Raises InputError when the history has no
    run in the year.
    """
    from audit.history import open_store, resolve_location
    from audit.history.store import HistoryStore
    from reports.annual import render_annual

    if isinstance(history, HistoryStore):
        figures = annual_figures(history, year, suite=suite, scope=scope, joins=joins)
    else:
        with open_store(resolve_location(None if history is None else str(history))) as store:
            figures = annual_figures(store, year, suite=suite, scope=scope, joins=joins)
    return render_annual(figures, Path(out_dir), lang=lang)
