"""The finding lifecycle's rules (docs/history.md, «Finding lifecycle»), pinned on hand-made
histories with the whole answer written out: one implementation
(audit.history.lifecycle.lifecycle_of_frames) read three ways — the store's ``lifecycle`` of a
recorded run (plain dicts, as ``history show`` and the annual report read it), a results file
annotated after the fact (plain dicts) and a run's own cases annotated columnar (CaseStates) —
each must give the answer written here. SQLite and PostgreSQL.
"""

from __future__ import annotations

from typing import Any

from tests.conftest_history import make_results, pg_server, pg_url, store, store_location  # noqa: F401

from audit.history import annotate_results
from audit.history.lifecycle import CaseStates, lifecycle_of_frames
from audit.history.records import check_keys, run_fields

DELAY, AGE, THIRD = "kvp.start_delay", "kvp.age", "kvp.third"


def ref(run_id: str, as_of: str) -> dict[str, str]:
    return {"id": run_id, "as_of": as_of}


def case(state: str, since: dict, previous_level: str | None = None) -> dict[str, Any]:
    return {"state": state, "since": since, "previous_level": previous_level}


def gone(key: str, last_seen: dict, since: dict, level: str = "deviation", value: Any = 40) -> dict[str, Any]:
    return {"key": key, "level": level, "office": "NAV Lerkendal", "municipality": "5001", "value": value,
            "last_seen": last_seen, "since": since}


def check(compared_with, cases=None, resolved=(), not_assessed=(), *, assessed=True) -> dict[str, Any]:
    cases = cases or {}
    return {"assessed": assessed, "compared_with": compared_with, "cases": cases,
            "resolved": list(resolved), "not_assessed": list(not_assessed),
            "counts": {"new": sum(c["state"] == "new" for c in cases.values()),
                       "persisting": sum(c["state"] == "persisting" for c in cases.values()),
                       "resolved": len(resolved), "not_assessed": len(not_assessed)}}


def _core(notes: dict[str, Any]) -> dict[str, Any]:
    """An annotation reduced to the lifecycle (no labels, follow-ups or overdue counts)."""
    out = {}
    for cid, entry in notes["checks"].items():
        cases = entry["cases"]
        assert cases == {} or isinstance(cases, (dict, CaseStates))
        out[cid] = {"assessed": entry["assessed"], "compared_with": entry["compared_with"],
                    "cases": {k: {n: c[n] for n in ("state", "since", "previous_level")} for k, c in cases.items()},
                    "resolved": [{k: v for k, v in f.items() if k != "follow_ups"} for f in entry["resolved"]],
                    "not_assessed": [{k: v for k, v in f.items() if k != "follow_ups"} for f in entry["not_assessed"]],
                    "counts": {k: v for k, v in entry["counts"].items() if k != "overdue"}}
    return out


def answers(store, results: dict[str, Any]) -> list[dict[str, Any]]:
    """The lifecycle of one run every way the product reads it; each the same shape as ``expected``."""
    run = run_fields(results, None)
    frames = lifecycle_of_frames(store, run, check_keys(results, None))
    out = [{"previous_run": frames["previous_run"], "checks": _core({"checks": frames["checks"]})}]
    for columnar in (False, True):
        notes = annotate_results(store, results, columnar=columnar)
        for entry in notes["checks"].values():
            assert isinstance(entry["cases"], CaseStates) if columnar and entry["cases"] else type(entry["cases"]) is dict
        out.append({"previous_run": notes["previous_run"], "checks": _core(notes)})
    if store.get_run(results["run"]["id"]) is not None:
        life = store.lifecycle(results["run"]["id"])
        assert all(type(e["cases"]) is dict for e in life["checks"].values())  # plain dicts: json.dumps, history show
        assert life["run"] == ref(results["run"]["id"], results["run"]["as_of"])
        out.append({"previous_run": life["previous_run"], "checks": life["checks"]})
    return out


def assert_lifecycle(store, results, previous_run, checks):
    expected = {"previous_run": previous_run, "checks": checks}
    for got in answers(store, results):
        assert got == expected
        assert list(got["checks"]) == list(checks)  # the run's checks first, in its order, then those gone
        for cid, entry in checks.items():
            assert list(got["checks"][cid]["cases"]) == list(entry["cases"])  # the cases' order


R1, R2, R3, R4 = (ref("r1", "2025-03-31"), ref("r2", "2025-06-30"), ref("r3", "2025-09-30"),
                  ref("r4", "2025-12-31"))


def _four_runs(store) -> dict[str, Any]:
    store.record_run(make_results("r1", "2025-03-31", {DELAY: ["A", "B", "C"], AGE: ["X"], THIRD: ["P"]}))
    store.record_run(make_results("r2", "2025-06-30", {DELAY: ["A", "B"], AGE: ["X", "Z"]}, not_evaluated=(THIRD,)))
    store.record_run(make_results("r3", "2025-09-30", {DELAY: ["A", "D", "F"], THIRD: ["P"]}, not_evaluated=(AGE,)))
    return make_results("r4", "2025-12-31", {DELAY: ["A", "B", "D", ("E", "warning", 12.5)], AGE: ["X", "Y"]},
                        not_evaluated=(THIRD,))


def test_streaks_gaps_and_not_assessed_checks_over_four_runs(store):
    now = _four_runs(store)
    expected = {
        # A found in every run: persisting since r1. B left out in r3: its streak broke, new again.
        # D since r3. E a warning, new. F found in r3 only, resolved: seen last and first in r3.
        DELAY: check(R3, {"A": case("persisting", R1, "deviation"), "B": case("new", R4),
                          "D": case("persisting", R3, "deviation"), "E": case("new", R4)},
                     resolved=[gone("F", R3, R3)]),
        # not evaluated in r3: compared with r2, and r3 neither breaks nor extends the streak of X.
        AGE: check(R2, {"X": case("persisting", R1, "deviation"), "Y": case("new", R4)},
                   resolved=[gone("Z", R2, R2)]),
        # not evaluated now: nothing resolved, P (found in r3 and r1, r2 skipped) is not assessed.
        THIRD: check(R3, not_assessed=[gone("P", R3, R1)], assessed=False),
    }
    assert_lifecycle(store, now, R3, expected)
    store.record_run(now)  # recorded, it is still compared with the runs before it alone
    assert_lifecycle(store, now, R3, expected)


def test_an_earlier_run_is_compared_with_the_runs_before_it(store):
    _four_runs(store)
    store.record_run(make_results("r5", "2026-03-31", {DELAY: ["Q"]}))
    r3 = store.get_run("r3")
    again = make_results("r3", "2025-09-30", {DELAY: ["A", "D", "F"], THIRD: ["P"]}, not_evaluated=(AGE,),
                         started_at=r3["created_at"])
    assert_lifecycle(store, again, R2, {
        DELAY: check(R2, {"A": case("persisting", R1, "deviation"), "D": case("new", R3), "F": case("new", R3)},
                     resolved=[gone("B", R2, R1)]),
        THIRD: check(R1, {"P": case("persisting", R1, "deviation")}),  # r2 did not evaluate it: compared with r1
        AGE: check(R2, not_assessed=[gone("X", R2, R1), gone("Z", R2, R2)], assessed=False),
    })


def test_the_first_run_has_only_new_findings(store):
    first = make_results("r1", "2025-03-31", {DELAY: ["B", ("A", "warning", 3)], AGE: []})
    store.record_run(make_results("later", "2025-06-30", {DELAY: ["A", "B"]}))
    assert_lifecycle(store, first, None, {
        DELAY: check(None, {"B": case("new", R1), "A": case("new", R1)}),
        AGE: check(None),
    })


def test_a_check_with_an_error_is_not_assessed(store):
    store.record_run(make_results("r1", "2025-03-31", {DELAY: ["A", "B"]}))
    broken = make_results("r2", "2025-06-30", {DELAY: ["A", "C"]})
    broken["checks"][0]["error"] = "the validation raised"
    # an error resolves nothing: the findings of r1 are not assessed, the error's cases are not judged
    assert_lifecycle(store, broken, R1, {DELAY: check(R1, not_assessed=[gone("A", R1, R1), gone("B", R1, R1)],
                                                      assessed=False)})
    store.record_run(broken)
    # and the run after it is compared with r1: its findings are not a streak's
    after = make_results("r3", "2025-09-30", {DELAY: ["A", "C"]})
    assert_lifecycle(store, after, R2, {DELAY: check(R1, {"A": case("persisting", R1, "deviation"),
                                                          "C": case("new", R3)},
                                                     resolved=[gone("B", R1, R1)])})


def test_a_check_no_longer_in_the_results(store):
    store.record_run(make_results("r1", "2025-03-31", {DELAY: ["A"], AGE: ["X"]}))
    store.record_run(make_results("r2", "2025-06-30", {DELAY: ["A"], AGE: ["X"]}))
    r3 = make_results("r3", "2025-09-30", {DELAY: ["A"]})
    assert_lifecycle(store, r3, R2, {DELAY: check(R2, {"A": case("persisting", R1, "deviation")}),
                                     AGE: check(R2, not_assessed=[gone("X", R2, R1)], assessed=False)})
    store.record_run(r3)
    # a check listed as gone by the run before is not listed again
    assert_lifecycle(store, make_results("r4", "2025-12-31", {DELAY: []}), R3,
                     {DELAY: check(R3, resolved=[gone("A", R3, R1)])})


def test_a_resolved_finding_keeps_its_level_value_and_the_start_of_its_last_streak(store):
    store.record_run(make_results("r1", "2025-03-31", {DELAY: [("A", "warning", 12.5), "B"]}))
    store.record_run(make_results("r2", "2025-06-30", {DELAY: ["B"]}))
    store.record_run(make_results("r3", "2025-09-30", {DELAY: [("A", "warning", 12.5), ("B", "warning", 7)]}))
    r4 = make_results("r4", "2025-12-31", {DELAY: []})
    assert_lifecycle(store, r4, R3, {DELAY: check(R3, resolved=[gone("A", R3, R3, "warning", 12.5),
                                                                gone("B", R3, R1, "warning", 7)])})


def test_runs_are_ordered_by_as_of_then_start_then_id(store):
    same = "2025-06-30T08:00:00+00:00"
    store.record_run(make_results("b", "2025-06-30", {DELAY: ["A", "B"]}, started_at=same))
    store.record_run(make_results("a", "2025-06-30", {DELAY: ["A"]}, started_at=same))
    store.record_run(make_results("z", "2025-06-30", {DELAY: ["C"]}, started_at="2025-06-30T07:00:00+00:00"))
    store.record_run(make_results("y", "2025-03-31", {DELAY: ["A"]}, started_at="2025-06-30T09:00:00+00:00"))
    a, b, z, y = ref("a", "2025-06-30"), ref("b", "2025-06-30"), ref("z", "2025-06-30"), ref("y", "2025-03-31")
    # y (earliest as_of, started last) < z (same day, started first) < a < b (same start: by id);
    # z between y and a breaks A's streak
    assert_lifecycle(store, make_results("b", "2025-06-30", {DELAY: ["A", "B"]}, started_at=same), a, {
        DELAY: check(a, {"A": case("persisting", a, "deviation"), "B": case("new", b)})})
    assert_lifecycle(store, make_results("a", "2025-06-30", {DELAY: ["A"]}, started_at=same), z, {
        DELAY: check(z, {"A": case("new", a)}, resolved=[gone("C", z, z)])})
    assert_lifecycle(store, make_results("z", "2025-06-30", {DELAY: ["C"]}, started_at="2025-06-30T07:00:00+00:00"),
                     y, {DELAY: check(y, {"C": case("new", z)}, resolved=[gone("A", y, y)])})


def test_only_the_same_suite_and_scope_count(store):
    store.record_run(make_results("other-scope", "2025-03-31", {DELAY: ["A"]}, scope="5002"))
    store.record_run(make_results("no-scope", "2025-03-31", {DELAY: ["A"]}, scope=None))
    store.record_run(make_results("other-suite", "2025-03-31", {DELAY: ["A"]}, suite="stonad"))
    store.record_run(make_results("r1", "2025-03-31", {DELAY: ["B"]}))
    assert_lifecycle(store, make_results("r2", "2025-06-30", {DELAY: ["A", "B"]}), R1, {
        DELAY: check(R1, {"A": case("new", ref("r2", "2025-06-30")), "B": case("persisting", R1, "deviation")})})
    # runs without a scope form their own line
    no_scope = ref("no-scope", "2025-03-31")
    assert_lifecycle(store, make_results("n2", "2025-06-30", {DELAY: ["A"]}, scope=None), no_scope, {
        DELAY: check(no_scope, {"A": case("persisting", no_scope, "deviation")})})


def test_follow_ups_attach_to_cases_resolved_findings_and_checks(store):
    now = _four_runs(store)
    on_case = store.add_follow_up(DELAY, "A", action="Gå gjennom", due_date="2025-10-01", scope="5001")
    on_resolved = store.add_follow_up(DELAY, "F", status="done", note="Rettet", scope="5001")
    on_check = store.add_follow_up(THIRD, None, action="Rutine", scope="5001")
    store.add_follow_up(DELAY, "C", status="done", scope="5001")  # closed, on a case not listed: left out
    for columnar in (False, True):
        notes = annotate_results(store, now, columnar=columnar)
        delay = notes["checks"][DELAY]
        assert [f["id"] for f in delay["cases"]["A"]["follow_ups"]] == [on_case["id"]]
        assert delay["cases"]["A"]["follow_ups"][0]["overdue"] is True  # due before the run's as_of
        assert delay["cases"]["A"]["state_label"] == {"nb": "vedvarende", "en": "persisting"}
        assert delay["cases"]["B"]["follow_ups"] == [] and delay["cases"]["B"]["state_label"]["en"] == "new"
        assert [f["id"] for f in delay["resolved"][0]["follow_ups"]] == [on_resolved["id"]]
        assert [f["id"] for f in notes["checks"][THIRD]["follow_ups"]] == [on_check["id"]]
        assert delay["counts"]["overdue"] == 1
        assert notes["summary"] == {"new": 3, "persisting": 3, "resolved": 2, "not_assessed": 1,
                                    "follow_ups": 3, "follow_ups_open": 2, "follow_ups_overdue": 1}


def test_keys_holding_the_separators_of_the_joined_read_are_read_exactly(store):
    """The compared-with run is read as one text per check (keys and levels joined by \\x1e and
    \\x1f); a key holding one of them makes the store read that run finding by finding."""
    odd1, odd2 = "K\x1f1", "K\x1e2"
    store.record_run(make_results("r1", "2025-03-31", {DELAY: [odd1, (odd2, "warning", 3), "K3"]}))
    assert_lifecycle(store, make_results("r2", "2025-06-30", {DELAY: [odd2, "K4"]}), R1, {
        DELAY: check(R1, {odd2: case("persisting", R1, "warning"), "K4": case("new", ref("r2", "2025-06-30"))},
                     resolved=[gone(odd1, R1, R1), gone("K3", R1, R1)])})  # in key order: \x1f < "3"


def test_many_findings_gone_are_read_by_key_or_with_their_check(store, monkeypatch):
    """Gone findings' office and value are read for their keys, some at a time, or with their whole
    check when there are many; the answer is the same, in key order."""
    from audit.history import frame_store

    keys = [f"K-{i:04d}" for i in range(60)]
    store.record_run(make_results("r1", "2025-03-31", {DELAY: [(k, "warning", i + 0.5) for i, k in enumerate(keys)],
                                                       AGE: ["X"]}))
    now = make_results("r2", "2025-06-30", {DELAY: keys[::7], AGE: ["X"]})
    expected = {DELAY: check(R1, {k: case("persisting", R1, "warning") for k in keys[::7]},
                             resolved=[gone(k, R1, R1, "warning", i + 0.5) for i, k in enumerate(keys) if i % 7]),
                AGE: check(R1, {"X": case("persisting", R1, "deviation")})}
    monkeypatch.setattr(frame_store, "_KEYS_AT_ONCE", 8)  # by key, eight at a time
    assert_lifecycle(store, now, R1, expected)
    monkeypatch.setattr(frame_store, "_KEYS_BY_NAME", 20)  # more than 20: the check read whole
    assert_lifecycle(store, now, R1, expected)
