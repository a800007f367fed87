"""The annual report's findings per check (split from audit/annual.py): opened and resolved in the
year's runs, open at year end, and for how long those have been open.

* :func:`reference_date`: the date a run's figures describe;
* :func:`lifecycle_counts`: per check ``{opened, resolved, open, open_deviations, open_before_year,
  oldest_since}`` — *open before the year*: findings open at year end whose unbroken streak began in a
  run before 1 January (the lifecycle's ``since``); *oldest since*: the as_of of the earliest such start.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from audit.annual_scope import assessed, run_line, run_order

if TYPE_CHECKING:
    from audit.history.store import HistoryStore


def reference_date(run: dict[str, Any]) -> dt.date:
    """The date a run's figures describe: the end of its period when that is before as_of, else as_of."""
    as_of = dt.date.fromisoformat(run["as_of"])
    period = run.get("period") or {}
    end = period.get("to") if isinstance(period, dict) else None
    if end:
        try:
            return min(as_of, dt.date.fromisoformat(str(end)[:10]))
        except ValueError:
            return as_of
    return as_of


def empty_counts() -> dict[str, Any]:
    return {"opened": 0, "resolved": 0, "open": 0, "open_deviations": 0, "open_before_year": 0, "oldest_since": None}


def lifecycle_counts(store: "HistoryStore", runs: list[dict[str, Any]],
                     rows: dict[str, dict[str, dict[str, Any]]], year_end: str) -> dict[str, dict[str, Any]]:
    """Per check id, :func:`empty_counts`'s fields over the year's runs of every line."""
    out: dict[str, dict[str, Any]] = {}
    lives: dict[str, dict[str, Any]] = {}
    year_start = f"{year_end[:4]}-01-01"

    def entry(cid: str) -> dict[str, Any]:
        return out.setdefault(cid, empty_counts())

    def life(run_id: str) -> dict[str, Any]:
        if run_id not in lives:
            lives[run_id] = store.lifecycle(run_id)
        return lives[run_id]

    for run in runs:
        for cid, info in life(run["id"])["checks"].items():
            e = entry(cid)
            e["opened"] += info["counts"]["new"]
            e["resolved"] += info["counts"]["resolved"]

    # Open at year end: the findings of each check's last assessed run up to the year's end, per line.
    for line in dict.fromkeys(run_line(r) for r in runs):
        history = [r for r in store.list_runs(suite=line[0]) if r.get("scope") == line[1]]
        history = [r for r in history if reference_date(r).isoformat() <= year_end]
        history.sort(key=run_order)
        missing = [r["id"] for r in history if r["id"] not in rows]
        if missing:
            for row in store.check_rows(missing):
                rows.setdefault(row["run_id"], {})[row["check_id"]] = row
        last: dict[str, str] = {}
        for r in history:
            for cid, row in rows.get(r["id"], {}).items():
                if assessed(row):
                    last[cid] = r["id"]
        year_checks = {cid for r in runs if run_line(r) == line for cid in rows.get(r["id"], {})}
        for cid, run_id in last.items():
            if cid not in year_checks:
                continue  # a check this line no longer runs: not part of this year's report
            findings = store.findings_of(run_id).get(cid, {})
            e = entry(cid)
            e["open"] += len(findings)
            e["open_deviations"] += sum(1 for f in findings.values() if f["level"] == "deviation")
            cases = (life(run_id)["checks"].get(cid) or {}).get("cases") or {}
            starts = [str((cases.get(key) or {}).get("since", {}).get("as_of") or "") for key in findings]
            before = sorted(s for s in starts if s and s < year_start)
            e["open_before_year"] += len(before)
            if before and (e["oldest_since"] is None or before[0] < e["oldest_since"]):
                e["oldest_since"] = before[0]
    return out
