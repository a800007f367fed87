"""Which runs the annual report counts and what it adds per office (split from audit/annual.py).

* :func:`counted_lines`: lines (suite, scope) that audit the same municipalities are
  counted once — e.g. a quarterly activity with its own scope beside a yearly one;
* :func:`finding_cases`: different cases with a finding in the year;
* :func:`office_follow_up`: open findings at year end and overdue actions per office.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from audit.history.store import HistoryStore

QUARTERS = 4


def run_line(run: dict[str, Any]) -> tuple[str, str | None]:
    """A run's line: its suite and scope (the runs the annual report compares with each other)."""
    return (run["suite"], run.get("scope"))


def run_order(run: dict[str, Any]) -> tuple[str, str, str]:
    """The order of runs: by as_of, then when made, then id."""
    return (run["as_of"], run.get("created_at") or "", run["id"])


def assessed(row: dict[str, Any]) -> bool:
    """A check's row that judged something (not «not evaluated», no error)."""
    return row.get("status") not in (None, "not_evaluated") and not row.get("error")


def _case_sets(store: "HistoryStore", runs: list[dict[str, Any]]) -> dict[tuple[str, str | None], set[str]]:
    """Per line, the municipalities its runs audit (from the per-office counts, else the findings)."""
    by_run: dict[str, set[str]] = {}
    for row in store.office_rows([r["id"] for r in runs]):
        if row.get("municipality"):
            by_run.setdefault(row["run_id"], set()).add(str(row["municipality"]))
    out: dict[tuple[str, str | None], set[str]] = {}
    for run in runs:
        found = by_run.get(run["id"])
        if found is None:
            found = {str(f["municipality"]) for c in store.findings_of(run["id"]).values() for f in c.values()
                     if f.get("municipality")}
        out.setdefault(run_line(run), set()).update(found)
    return out


def counted_lines(store: "HistoryStore", runs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The year's lines, each with ``counted`` and ``same_cases_as``.

    Lines of one suite whose runs audit the same municipalities audit the same cases
    (e.g. a quarterly activity given its own scope beside a yearly one): adding them up
    would count every case and finding twice. Of such a group only the line with the
    most runs in the year is counted (ties: the one with the latest run); the others
    are listed with the line they repeat. Lines whose municipalities are unknown are
    counted on their own.
    """
    sets = _case_sets(store, runs)
    lines = list(dict.fromkeys(run_line(r) for r in runs))
    n_runs = {line: sum(1 for r in runs if run_line(r) == line) for line in lines}
    latest = {line: max(run_order(r) for r in runs if run_line(r) == line) for line in lines}
    rank = sorted(lines, key=lambda ln: latest[ln], reverse=True)  # the latest run first ...
    rank.sort(key=lambda ln: -n_runs[ln])  # ... within the most runs (a stable sort)
    counted: list[tuple[str, str | None]] = []
    out = {}
    for line in rank:
        twin = next((c for c in counted if c[0] == line[0] and sets.get(c) and sets.get(line)
                     and sets[c] & sets[line]), None)
        if twin is None:
            counted.append(line)
        out[line] = {"suite": line[0], "scope": line[1], "runs": n_runs[line],
                     "municipalities": sorted(sets.get(line, set())), "counted": twin is None,
                     "same_cases_as": None if twin is None else twin[1]}
    return [out[line] for line in lines]


def finding_cases(store: "HistoryStore", runs: list[dict[str, Any]]) -> int:
    """Different cases (keys) with a finding in the year's counted runs: one case can be
    found by several checks and in several runs."""
    keys = set()
    for run in runs:
        for findings in store.findings_of(run["id"]).values():
            keys.update((run.get("scope"), k) for k in findings)
    return len(keys)


def office_follow_up(store: "HistoryStore", runs: list[dict[str, Any]], rows: dict, year_end: str,
                      follow_ups: list[dict[str, Any]], offices: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each office with its open findings at year end and its overdue follow-up actions.

    Open findings are those of each check's last assessed run of the year per line (as
    for the checks); an action belongs to the office of the finding it follows up."""
    open_by: dict[tuple[Any, Any], int] = {}
    office_of: dict[tuple[str, str], tuple[Any, Any]] = {}
    last: dict[tuple[Any, str], str] = {}
    for run in sorted(runs, key=run_order):
        for cid, row in rows.get(run["id"], {}).items():
            if assessed(row):
                last[(run_line(run), cid)] = run["id"]
    for (line, cid), run_id in last.items():
        for key, f in store.findings_of(run_id).get(cid, {}).items():
            where = (f.get("office"), f.get("municipality"))
            open_by[where] = open_by.get(where, 0) + 1
            office_of[(cid, key)] = where
    for run in runs:  # earlier findings still tell the office of a key followed up
        for cid, findings in store.findings_of(run["id"]).items():
            for key, f in findings.items():
                office_of.setdefault((cid, key), (f.get("office"), f.get("municipality")))
    overdue_by: dict[tuple[Any, Any], int] = {}
    for fu in follow_ups:
        if fu.get("overdue") and fu.get("key"):
            where = office_of.get((fu["check_id"], fu["key"]))
            if where is not None:
                overdue_by[where] = overdue_by.get(where, 0) + 1
    known = {(o["office"], o["municipality"]) for o in offices}
    for where in sorted(set(open_by) | set(overdue_by), key=lambda w: (str(w[1] or ""), str(w[0] or ""))):
        if where not in known:  # an office with findings but no per-office counts (older runs)
            offices.append({"office": where[0], "municipality": where[1], "checks": {}, "quarters": [None] * QUARTERS})
    for o in offices:
        o["open_findings"] = open_by.get((o["office"], o["municipality"]), 0)
        o["overdue_follow_ups"] = overdue_by.get((o["office"], o["municipality"]), 0)
    return offices
