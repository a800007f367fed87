"""audit.annual.annual_figures against an independent computation from the results dicts.

The expected figures are computed here in plain Python from the results.json dicts
that were recorded (never through the store), following docs/annual.md: a run
belongs to the month of min(as_of, period end); per line (scope) the latest run
of a period that assessed the check counts; lines are added up; findings opened
and resolved compare each run with the line's previous run that assessed the
check; open at year end are the cases of the line's last assessed run.
Every test runs on SQLite and on PostgreSQL (the ``store`` fixture).
"""

from __future__ import annotations

import datetime as dt

import pytest

from audit.annual import annual_figures
from audit.errors import InputError
from tests.annual_fixtures import check, indicator, mixed_history, quarter, results
from tests.conftest_history import pg_server, pg_url, store, store_location  # noqa: F401 (fixtures)

YEAR = 2025


# --------------------------------------------------------------------------- the independent computation


def ref_date(r: dict) -> dt.date:
    as_of = dt.date.fromisoformat(r["run"]["as_of"])
    period = r["run"].get("period")
    return min(as_of, dt.date.fromisoformat(period["to"])) if period and period.get("to") else as_of


def order(r: dict) -> tuple:
    return (r["run"]["as_of"], r["run"]["started_at"], r["run"]["id"])


def check_of(r: dict, cid: str) -> dict | None:
    return next((c for c in r["checks"] if c["id"] == cid), None)


def assessed(c: dict | None) -> bool:
    return c is not None and c["status"] != "not_evaluated" and not c.get("error")


def expected_period(history: list[dict], year: int, cid: str, *, months: bool) -> list[dict | None]:
    """Per period: summed evaluated/failed over the scopes' latest assessed run in it."""
    count = 12 if months else 4
    out: list[dict | None] = [None] * count
    scopes = sorted({r["run"]["scope"] for r in history})
    for scope in scopes:
        for p in range(count):
            def in_period(r):
                d = ref_date(r)
                idx = d.month - 1 if months else (d.month - 1) // 3
                return d.year == year and idx == p and r["run"]["scope"] == scope and assessed(check_of(r, cid))
            chosen = sorted(filter(in_period, history), key=order)
            if not chosen:
                continue
            c = check_of(chosen[-1], cid)
            cur = out[p] or {"evaluated": 0, "failed": 0, "runs": [], "values": []}
            cur["evaluated"] += c["evaluated"]
            cur["failed"] += c["failed"] or 0
            cur["runs"].append(chosen[-1]["run"]["id"])
            cur["values"].append((c.get("value"), c["evaluated"]))
            out[p] = cur
    return out


def expected_lifecycle(history: list[dict], year: int, cid: str) -> dict[str, int]:
    opened = resolved = still_open = open_dev = before_year = 0
    starts: list[str] = []
    for scope in {r["run"]["scope"] for r in history}:
        line = sorted((r for r in history if r["run"]["scope"] == scope), key=order)
        previous_keys = None
        last_cases = None
        since: dict[str, str] = {}  # key -> as_of of the run its unbroken streak began in
        last_since: dict[str, str] = {}
        for r in line:
            c = check_of(r, cid)
            if not assessed(c):
                continue
            keys = {case["key"] for case in c["cases"]}
            if ref_date(r).year == year:
                opened += len(keys - (previous_keys or set()))
                resolved += len((previous_keys or set()) - keys)
            since = {k: since.get(k, r["run"]["as_of"]) if k in (previous_keys or set()) else r["run"]["as_of"]
                     for k in keys}
            previous_keys = keys
            if ref_date(r) <= dt.date(year, 12, 31):
                last_cases, last_since = c["cases"], dict(since)
        if last_cases is not None and any(ref_date(r).year == year for r in line):
            still_open += len(last_cases)
            open_dev += sum(1 for case in last_cases if case["level"] == "deviation")
            early = [last_since[case["key"]] for case in last_cases if last_since[case["key"]] < f"{year}-01-01"]
            before_year += len(early)
            starts += early
    return {"opened": opened, "resolved": resolved, "open": still_open, "open_deviations": open_dev,
            "open_before_year": before_year, "oldest_since": min(starts, default=None)}


def record(store, history):
    for r in history:
        store.record_run(r)


def as_counts(points):
    return [None if p is None else (p["evaluated"], p["failed"], sorted(p["runs"])) for p in points]


# --------------------------------------------------------------------------- tests


@pytest.mark.parametrize("cid", ["kvp.start_delay", "kvp.processing_time"])
def test_monthly_and_quarterly_rates_match_an_independent_computation(store, cid):
    history = mixed_history()
    record(store, history)
    figures = annual_figures(store, YEAR, on="2026-01-01")
    got = next(c for c in figures["checks"] if c["id"] == cid)
    for months, key in ((True, "months"), (False, "quarters")):
        want = expected_period(history, YEAR, cid, months=months)
        assert as_counts(got[key]) == as_counts(want)
        for g, w in zip(got[key], want):
            if w is not None:
                assert g["rate"] == pytest.approx(w["failed"] / w["evaluated"])
        before = expected_period(history, YEAR - 1, cid, months=months)
        assert as_counts(got["previous"][key]) == as_counts(before)


def test_the_known_edge_cases_of_the_mixed_history(store):
    """Spelled out, so a wrong reading of the rules shows which rule broke."""
    record(store, mixed_history())
    f = annual_figures(store, YEAR, on="2026-01-01")
    delay = next(c for c in f["checks"] if c["id"] == "kvp.start_delay")
    # March: the later of the two runs (a-2025q1), not a-2025q1-early
    assert delay["months"][2]["runs"] == ["a-2025q1"] and delay["months"][2]["failed"] == 2
    # June: a-2025q2-late could not evaluate start_delay, so a-2025q2 counts; 5006 is added
    assert sorted(delay["quarters"][1]["runs"]) == ["a-2025q2", "b-2025q2"]
    assert (delay["quarters"][1]["evaluated"], delay["quarters"][1]["failed"]) == (60, 3)
    processing = next(c for c in f["checks"] if c["id"] == "kvp.processing_time")
    assert sorted(processing["quarters"][1]["runs"]) == ["a-2025q2-late", "b-2025q2"]
    # audited on 2026-01-12 for the fourth quarter: December 2025
    assert sorted(delay["months"][11]["runs"]) == ["a-2025q4", "b-2025q4"]
    assert [r["id"] for r in f["runs"] if r["month"] == 12] == ["b-2025q4", "a-2025q4"]
    assert delay["runs"] == 7 and delay["assessed_runs"] == 6
    assert f["cadence"] is None and f["cases_checked"] == 700 and f["previous_cases_checked"] == 200
    assert [line["scope"] for line in f["lines"]] == ["5001", "5006"]


@pytest.mark.parametrize("cid", ["kvp.start_delay", "kvp.processing_time"])
def test_findings_opened_resolved_and_open_match_an_independent_computation(store, cid):
    history = mixed_history()
    record(store, history)
    got = next(c for c in annual_figures(store, YEAR, on="2026-01-01")["checks"] if c["id"] == cid)
    assert got["findings"] == expected_lifecycle(history, YEAR, cid)
    prev = next(c for c in annual_figures(store, YEAR - 1, on="2025-01-01")["checks"] if c["id"] == cid)
    assert prev["findings"] == expected_lifecycle(history, YEAR - 1, cid)


def test_totals_are_the_sum_over_the_deviation_checks(store):
    history = mixed_history()
    record(store, history)
    f = annual_figures(store, YEAR, on="2026-01-01")
    for q in range(4):
        parts = [expected_period(history, YEAR, cid, months=False)[q] for cid in ("kvp.start_delay", "kvp.processing_time")]
        parts = [p for p in parts if p]
        if not parts:
            assert f["totals"]["quarters"][q] is None and q == 2  # no run in the third quarter
            continue
        ev, fa = sum(p["evaluated"] for p in parts), sum(p["failed"] for p in parts)
        assert (f["totals"]["quarters"][q]["evaluated"], f["totals"]["quarters"][q]["failed"]) == (ev, fa)
        assert f["totals"]["quarters"][q]["rate"] == pytest.approx(fa / ev)
    for key in ("opened", "resolved", "open", "open_deviations", "open_before_year"):
        assert f["totals"]["findings"][key] == sum(
            expected_lifecycle(history, YEAR, cid)[key] for cid in ("kvp.start_delay", "kvp.processing_time"))


def test_indicator_values_are_combined_by_weight_and_judged_against_the_target(store):
    history = mixed_history()
    record(store, history)
    ind = next(c for c in annual_figures(store, YEAR, on="2026-01-01")["checks"]
               if c["id"] == "kvp.outcome_work_education")
    assert ind["kind"] == "indicator" and ind["unit"] == "share" and ind["target"] == {"op": ">=", "value": 0.5}
    for q in range(4):
        want = expected_period(history, YEAR, "kvp.outcome_work_education", months=False)[q]
        if want is None:
            assert ind["quarters"][q] is None
            continue
        value = sum(v * n for v, n in want["values"]) / sum(n for _, n in want["values"])
        assert ind["quarters"][q]["value"] == pytest.approx(value)
        assert ind["quarters"][q]["met"] is (value >= 0.5)
        assert ind["quarters"][q]["rate"] is None


def test_a_median_of_several_lines_is_not_combined(store):
    for scope, value in (("5001", 10), ("5006", 20)):
        store.record_run(results(f"m-{scope}", "2025-06-30", [indicator("kvp.median_start_delay", value, 5)],
                                 scope=scope, period=quarter(2025, 2)))
    f = annual_figures(store, YEAR, on="2026-01-01")
    assert f["checks"][0]["quarters"][1]["value"] is None and f["checks"][0]["quarters"][1]["evaluated"] == 10
    only = annual_figures(store, YEAR, scope="5006", on="2026-01-01")
    assert only["checks"][0]["quarters"][1]["value"] == 20 and only["checks"][0]["quarters"][1]["met"] is False


def test_offices_come_from_the_same_runs_as_the_quarters(store):
    history = mixed_history()
    record(store, history)
    f = annual_figures(store, YEAR, on="2026-01-01")
    offices = {o["office"]: o for o in f["offices"]}
    assert set(offices) == {"NAV Lerkendal", "NAV Heimdal", "NAV Steinkjer"}
    runs = {r["run"]["id"]: r for r in history}
    for cid in ("kvp.start_delay", "kvp.processing_time"):
        quarters = next(c for c in f["checks"] if c["id"] == cid)["quarters"]
        for q, point in enumerate(quarters):
            for office, info in offices.items():
                got = info["checks"].get(cid, [None] * 4)[q]
                rows = [o for run_id in (point or {}).get("runs", [])
                        for o in check_of(runs[run_id], cid)["by_office"] if o["office"] == office]
                if not rows:
                    assert got is None
                else:
                    assert (got["evaluated"], got["failed"]) == (sum(o["evaluated"] for o in rows),
                                                                 sum(o["failed"] for o in rows))
    lerkendal_q1 = offices["NAV Lerkendal"]["quarters"][0]
    assert (lerkendal_q1["evaluated"], lerkendal_q1["failed"]) == (32 + 30, 2 + 1)


def test_follow_ups_open_and_overdue_at_year_end(store):
    record(store, mixed_history())
    store.add_follow_up("kvp.start_delay", "K-7", status="open", due_date="2025-12-31")     # overdue at year end
    store.add_follow_up("kvp.start_delay", "K-5", status="in_progress", due_date="2025-11-30")  # overdue
    store.add_follow_up("kvp.start_delay", "K-1", status="done", due_date="2025-05-31")     # closed
    store.add_follow_up("kvp.processing_time", None, status="open", due_date="2026-01-01")  # due on the day: not
    store.add_follow_up("stonad.other", None, status="open", due_date="2025-01-01")         # another suite
    f = annual_figures(store, YEAR, on="2026-01-01")
    delay = next(c for c in f["checks"] if c["id"] == "kvp.start_delay")
    assert delay["follow_ups"] == {"total": 3, "open": 2, "overdue": 2}
    assert f["totals"]["follow_ups"] == {"total": 4, "open": 3, "overdue": 2}
    assert [(fu["key"], fu["overdue"]) for fu in f["follow_ups"]] == [("K-7", True), ("K-5", True), (None, False)]
    # judged earlier in the year, only the one due in November has passed
    assert annual_figures(store, YEAR, on="2025-12-15")["totals"]["follow_ups"]["overdue"] == 1


def _dated(store, follow_up_id: int, *stamps: str) -> None:
    """Move a follow-up's recorded changes (oldest first) to the given UTC times."""
    changes = store.backend.execute("SELECT id FROM follow_up_changes WHERE follow_up_id = ? ORDER BY id",
                                    (follow_up_id,))
    assert len(changes) == len(stamps)
    for change, stamp in zip(changes, stamps):
        store.backend.execute("UPDATE follow_up_changes SET changed_at = ? WHERE id = ?", (stamp, change["id"]))


def test_a_past_years_follow_ups_are_counted_as_they_stood_at_year_end(store):
    record(store, mixed_history())
    closed = store.add_follow_up("kvp.start_delay", "K-7", status="open", due_date="2025-11-30")
    store.update_follow_up(closed["id"], status="done", note="Startet")
    _dated(store, closed["id"], "2025-10-01T09:00:00+00:00", "2026-01-15T09:00:00+00:00")  # closed in January
    reopened = store.add_follow_up("kvp.start_delay", "K-5", status="done", due_date="2025-10-31")
    store.update_follow_up(reopened["id"], status="in_progress")
    _dated(store, reopened["id"], "2025-09-01T09:00:00+00:00", "2026-02-01T09:00:00+00:00")  # reopened later
    late = store.add_follow_up("kvp.start_delay", "K-1", status="open", due_date="2025-12-01")  # recorded afterwards
    _dated(store, late["id"], "2026-03-01T09:00:00+00:00")

    f = annual_figures(store, YEAR, on="2026-01-01")
    delay = next(c for c in f["checks"] if c["id"] == "kvp.start_delay")
    # at year end: K-7 open and overdue, K-5 done, K-1 as first recorded (open, overdue)
    assert delay["follow_ups"] == {"total": 3, "open": 2, "overdue": 2}
    assert [(fu["key"], fu["status"], fu["overdue"]) for fu in f["follow_ups"]] == [
        ("K-7", "open", True), ("K-1", "open", True)]
    # the store itself still says what holds now
    now = {fu["key"]: fu["status"] for fu in store.list_follow_ups(check_id="kvp.start_delay")}
    assert now == {"K-7": "done", "K-5": "in_progress", "K-1": "open"}


def test_suite_and_scope_filters_and_a_year_without_runs(store):
    record(store, mixed_history())
    only = annual_figures(store, YEAR, scope="5006", on="2026-01-01")
    assert [r["id"] for r in only["runs"]] == ["b-2025q2", "b-2025q4"] and only["cadence"] is None
    delay = next(c for c in only["checks"] if c["id"] == "kvp.start_delay")
    assert delay["findings"] == {"opened": 2, "resolved": 1, "open": 1, "open_deviations": 1, "open_before_year": 0,
                                 "oldest_since": None}
    assert only["previous_runs"] == [] and all(p is None for p in delay["previous"]["quarters"])
    with pytest.raises(InputError, match="ingen kjøringer i 2023"):
        annual_figures(store, 2023)
    with pytest.raises(InputError, match="suite stonad"):
        annual_figures(store, YEAR, suite="stonad")


def test_quarterly_cadence_is_recognised(store):
    for q in range(1, 5):
        start, end = quarter(2025, q)
        store.record_run(results(f"q{q}", end, [check("kvp.full_time", {"NAV Lerkendal": 10})], period=(start, end)))
    f = annual_figures(store, YEAR, on="2026-01-01")
    assert f["cadence"] == "quarterly" and [r["quarter"] for r in f["runs"]] == [1, 2, 3, 4]
    assert [m is not None for m in f["checks"][0]["months"]] == [m in (3, 6, 9, 12) for m in range(1, 13)]


def test_an_indicator_is_judged_against_the_target_of_its_own_run(store):
    store.record_run(results("t1", "2025-03-31", [indicator("kvp.median_start_delay", 12, 5,
                                                           target={"op": "<=", "value": 10})], period=quarter(2025, 1)))
    store.record_run(results("t2", "2025-06-30", [indicator("kvp.median_start_delay", 12, 5)], period=quarter(2025, 2)))
    ind = annual_figures(store, YEAR, on="2026-01-01")["checks"][0]
    assert ind["target"] == {"op": "<=", "value": 14}  # the latest run's, shown in the report
    assert [q and q["met"] for q in ind["quarters"]] == [False, True, None, None]


def test_lines_auditing_the_same_cases_are_counted_once(store):
    """A quarterly activity with its own scope beside a yearly one audits the same cases
    (municipality 5001): the report counts one line and says which (issue 15)."""
    L, H = "NAV Lerkendal", "NAV Heimdal"
    ev = {L: 30, H: 20}
    for q in (1, 2, 3, 4):
        start, end = quarter(2025, q)
        store.record_run(results(f"q{q}", end, [check("kvp.start_delay", ev, [(f"K-{q}", "deviation", L),
                                                                            ("K-9", "deviation", H)])],
                                 scope="5001-kvartal", period=(start, end)))
    store.record_run(results("year", "2025-12-31", [check("kvp.start_delay", ev, [("K-4", "deviation", L),
                                                                               ("K-9", "deviation", H)])],
                             scope="5001", period=("2025-01-01", "2025-12-31")))
    f = annual_figures(store, YEAR, on="2026-01-01")
    lines = {ln["scope"]: ln for ln in f["lines"]}
    assert lines["5001-kvartal"]["counted"] is True and lines["5001"]["counted"] is False
    assert lines["5001"]["same_cases_as"] == "5001-kvartal" and lines["5001"]["municipalities"] == ["5001"]
    assert [r["id"] for r in f["skipped_runs"]] == ["year"]
    delay = f["checks"][0]
    # Q4 has the quarterly run only: 2 of 50, not 4 of 100
    assert (delay["quarters"][3]["failed"], delay["quarters"][3]["evaluated"]) == (2, 50)
    # findings opened: K-1, K-9 in Q1, then K-2, K-3, K-4 — each case once, not again for the yearly line
    assert delay["findings"]["opened"] == 5 and delay["findings"]["open"] == 2
    assert f["cases_checked"] == 4 * 100 and f["finding_cases"] == 5
    # per office: open findings at year end and overdue actions
    store.add_follow_up("kvp.start_delay", "K-9", status="open", due_date="2025-10-01")
    f = annual_figures(store, YEAR, on="2026-01-01")
    offices = {o["office"]: o for o in f["offices"]}
    assert (offices[L]["open_findings"], offices[L]["overdue_follow_ups"]) == (1, 0)
    assert (offices[H]["open_findings"], offices[H]["overdue_follow_ups"]) == (1, 1)
    # asked for the yearly line alone, it is reported
    assert [r["id"] for r in annual_figures(store, YEAR, scope="5001")["runs"]] == ["year"]
