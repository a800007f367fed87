"""What the annual figures do not cover, so that a change in them is not read as a change in practice
(split from audit/annual.py):

* :func:`uncovered_quarters`: quarters of the year that ended before the report's date and that no
  recorded period of a line's runs touches (a run the årshjul missed and nobody made up);
* :func:`new_offices`: offices with cases evaluated this year but in none of the year before's runs;
* :func:`parameter_changes`: a check's parameters (thresholds) that differ from the line's run before;
* :func:`in_force_from`: the date a check's rule came into force, from this version's catalogue, so
  that a check that is new in the year (the law changed) is not read as a worsening.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from audit.history.store import HistoryStore

QUARTERS = 4


def _quarter_bounds(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, 3 * quarter - 2, 1)
    last = dt.date(year + (quarter == QUARTERS), (3 * quarter) % 12 + 1, 1) - dt.timedelta(days=1)
    return first, last


def uncovered_quarters(runs: list[dict[str, Any]], year: int, on: dt.date | str) -> list[dict[str, Any]]:
    """``[{"quarter": n, "scopes": [scope, ...]}]``: per quarter that ended before ``on``, the lines
    (scopes) none of whose runs has a recorded period overlapping it. A line with a run without a
    recorded period is left out (what it covers is not known)."""
    on = dt.date.fromisoformat(on) if isinstance(on, str) else on
    by_line: dict[tuple[str, str | None], list[tuple[dt.date, dt.date]] | None] = {}
    for run in runs:
        line = (run["suite"], run.get("scope"))
        period = run.get("period") or {}
        if not period.get("from") or not period.get("to"):
            by_line[line] = None
        elif by_line.get(line, []) is not None:
            by_line.setdefault(line, []).append((dt.date.fromisoformat(period["from"]),
                                                 dt.date.fromisoformat(period["to"])))
    out = []
    for quarter in range(1, QUARTERS + 1):
        first, last = _quarter_bounds(year, quarter)
        if last >= on:
            continue
        scopes = [scope for (_suite, scope), spans in sorted(by_line.items(), key=lambda item: str(item[0]))
                  if spans is not None and not any(a <= last and b >= first for a, b in spans)]
        if scopes:
            out.append({"quarter": quarter, "scopes": list(dict.fromkeys(scopes))})
    return out


def in_force_from(check_id: str) -> str | None:
    """ISO date from which the check's rule applies, as this version's catalogue declares it."""
    from checks import check_by_id

    check = check_by_id(check_id)
    return check.in_force_from if check is not None else None


def new_offices(store: "HistoryStore", runs: list[dict[str, Any]], previous_runs: list[dict[str, Any]]) -> list[str]:
    """Offices with cases evaluated in the year's runs and none in the year before's (empty when the year
    before has no per-office counts: then nothing is known)."""
    def offices(rs: list[dict[str, Any]]) -> set[str]:
        return {str(row["office"]) for row in store.office_rows([r["id"] for r in rs])
                if row.get("office") and (row.get("evaluated") or 0) > 0}

    before = offices(previous_runs) if previous_runs else set()
    return sorted(offices(runs) - before) if before else []


def parameter_changes(store: "HistoryStore", runs: list[dict[str, Any]],
                      previous_runs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``[{"check_id", "quarter", "before": {name: value}, "after": {name: value}}]``: per line, each of the year's
    runs whose recorded parameters of a check differ from the line's run before it (the year before's last run
    for the first), only the parameters that differ. A threshold changed is a change in the measure."""
    out = []
    for line in dict.fromkeys((r["suite"], r.get("scope")) for r in runs):
        mine = [r for r in previous_runs if (r["suite"], r.get("scope")) == line][-1:]
        mine += [r for r in runs if (r["suite"], r.get("scope")) == line]
        before: dict[str, Any] | None = None
        for run in mine:
            stored = store.get_run(run["id"]) or {}
            params = stored.get("parameters") if isinstance(stored.get("parameters"), dict) else {}
            if before is not None and run in runs:
                for cid in sorted(set(before) & set(params)):
                    old, new = before[cid] or {}, params[cid] or {}
                    names = sorted(n for n in set(old) | set(new) if old.get(n) != new.get(n))
                    if names:
                        out.append({"check_id": cid, "quarter": run["quarter"],
                                    "before": {n: old.get(n) for n in names}, "after": {n: new.get(n) for n in names}})
            before = params
    return out
