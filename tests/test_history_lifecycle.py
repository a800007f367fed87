"""Finding lifecycle across runs, follow-ups and the annotations reports use."""

from __future__ import annotations

import pytest

from tests.conftest_history import make_results, pg_server, pg_url, store, store_location  # noqa: F401

from audit.errors import InputError
from audit.history import annotate_results, apply_annotations, parse_status

DELAY = "kvp.start_delay"


def test_store_runs_on_the_backend_it_was_given(store, request):
    assert store.dialect == request.node.callspec.params["store_location"]


def test_lifecycle_across_three_runs(store):
    # run 1: A and B found; run 2: A and C; run 3: C only
    store.record_run(make_results("r1", "2025-03-31", {DELAY: ["A", "B"]}))
    store.record_run(make_results("r2", "2025-06-30", {DELAY: ["A", "C"]}))
    store.record_run(make_results("r3", "2025-09-30", {DELAY: ["C"]}))

    first = store.lifecycle("r1")["checks"][DELAY]
    assert first["compared_with"] is None
    assert {k: c["state"] for k, c in first["cases"].items()} == {"A": "new", "B": "new"}
    assert first["cases"]["A"]["since"] == {"id": "r1", "as_of": "2025-03-31"}

    second = store.lifecycle("r2")
    check = second["checks"][DELAY]
    assert second["previous_run"] == {"id": "r1", "as_of": "2025-03-31"}
    assert check["cases"]["A"] == {"state": "persisting", "since": {"id": "r1", "as_of": "2025-03-31"},
                                   "previous_level": "deviation"}
    assert check["cases"]["C"]["state"] == "new"
    assert [f["key"] for f in check["resolved"]] == ["B"]
    assert check["counts"] == {"new": 1, "persisting": 1, "resolved": 1, "not_assessed": 0}

    third = store.lifecycle("r3")["checks"][DELAY]
    assert third["cases"]["C"]["state"] == "persisting"
    assert third["cases"]["C"]["since"] == {"id": "r2", "as_of": "2025-06-30"}
    assert [(f["key"], f["since"]["id"], f["last_seen"]["id"]) for f in third["resolved"]] == [("A", "r1", "r2")]
    assert third["counts"] == {"new": 0, "persisting": 1, "resolved": 1, "not_assessed": 0}


def test_a_broken_streak_starts_again(store):
    store.record_run(make_results("r1", "2025-03-31", {DELAY: ["A"]}))
    store.record_run(make_results("r2", "2025-06-30", {DELAY: []}))
    store.record_run(make_results("r3", "2025-09-30", {DELAY: ["A"]}))
    store.record_run(make_results("r4", "2025-12-31", {DELAY: ["A"]}))
    assert store.lifecycle("r3")["checks"][DELAY]["cases"]["A"]["state"] == "new"
    assert store.lifecycle("r4")["checks"][DELAY]["cases"]["A"]["since"]["id"] == "r3"


def test_not_evaluated_check_resolves_nothing_and_does_not_break_the_streak(store):
    store.record_run(make_results("r1", "2025-03-31", {DELAY: ["A", "B"]}))
    store.record_run(make_results("r2", "2025-06-30", {}, not_evaluated=(DELAY,)))
    store.record_run(make_results("r3", "2025-09-30", {DELAY: ["A"]}))

    gap = store.lifecycle("r2")["checks"][DELAY]
    assert gap["assessed"] is False
    assert gap["resolved"] == [] and [f["key"] for f in gap["not_assessed"]] == ["A", "B"]
    assert gap["counts"]["not_assessed"] == 2

    after = store.lifecycle("r3")["checks"][DELAY]
    assert after["compared_with"]["id"] == "r1"  # the run where the check was evaluated
    assert after["cases"]["A"] == {"state": "persisting", "since": {"id": "r1", "as_of": "2025-03-31"},
                                   "previous_level": "deviation"}
    assert [f["key"] for f in after["resolved"]] == ["B"]


def test_check_missing_from_a_later_run_is_not_assessed(store):
    store.record_run(make_results("r1", "2025-03-31", {DELAY: ["A"], "kvp.age": ["X"]}))
    store.record_run(make_results("r2", "2025-06-30", {DELAY: ["A"]}))
    life = store.lifecycle("r2")["checks"]
    assert life["kvp.age"]["assessed"] is False
    assert [f["key"] for f in life["kvp.age"]["not_assessed"]] == ["X"]
    assert life["kvp.age"]["resolved"] == []


def test_lifecycle_compares_only_same_suite_and_scope(store):
    store.record_run(make_results("other-scope", "2025-03-31", {DELAY: ["A"]}, scope="5002"))
    store.record_run(make_results("other-suite", "2025-03-31", {DELAY: ["A"]}, suite="stonad"))
    store.record_run(make_results("r1", "2025-06-30", {DELAY: ["A"]}))
    life = store.lifecycle("r1")
    assert life["previous_run"] is None
    assert life["checks"][DELAY]["cases"]["A"]["state"] == "new"


def test_level_change_keeps_the_streak(store):
    store.record_run(make_results("r1", "2025-03-31", {DELAY: [("A", "warning", 20)]}))
    store.record_run(make_results("r2", "2025-06-30", {DELAY: [("A", "deviation", 50)]}))
    case = store.lifecycle("r2")["checks"][DELAY]["cases"]["A"]
    assert case["state"] == "persisting" and case["previous_level"] == "warning"


def test_same_day_runs_are_ordered_by_time(store):
    store.record_run(make_results("late", "2025-06-30", {DELAY: []}, started_at="2025-06-30T15:00:00"))
    store.record_run(make_results("early", "2025-06-30", {DELAY: ["A"]}, started_at="2025-06-30T08:00:00"))
    late = store.lifecycle("late")
    assert late["previous_run"]["id"] == "early"
    assert [f["key"] for f in late["checks"][DELAY]["resolved"]] == ["A"]


def test_follow_ups_with_overdue_detection(store):
    a = store.add_follow_up(DELAY, "A", status="åpen", responsible="Leder NAV Lerkendal",
                            action="Start programmet", due_date="2025-06-30", note="Ventelist")
    b = store.add_follow_up(DELAY, None, status="under arbeid", responsible="Fagleder",
                            action="Rutine for oppstart", due_date="31.08.2025")
    c = store.add_follow_up(DELAY, "B", status="lukket", due_date="2025-01-31")
    d = store.add_follow_up("kvp.age", "X", status="not_relevant")

    assert a["status"] == "open" and b["status"] == "in_progress" and c["status"] == "done"
    assert b["key"] is None and b["due_date"] == "2025-08-31"
    assert a["status_label"] == {"nb": "åpen", "en": "open"}

    # due on the day itself is not overdue; closed ones never are
    assert [f["id"] for f in store.list_follow_ups(overdue_on="2025-06-30")] == []
    assert [f["id"] for f in store.list_follow_ups(overdue_on="2025-07-01")] == [a["id"]]
    assert [f["id"] for f in store.list_follow_ups(overdue_on="2025-09-01")] == [a["id"], b["id"]]
    all_on = {f["id"]: f["overdue"] for f in store.list_follow_ups(on="2025-09-01")}
    assert all_on == {a["id"]: True, b["id"]: True, c["id"]: False, d["id"]: False}
    assert [f["id"] for f in store.list_follow_ups(check_id="kvp.age")] == [d["id"]]
    assert [f["id"] for f in store.list_follow_ups(status="open")] == [a["id"]]

    done = store.update_follow_up(a["id"], status="done", note="Startet 2025-07-15")
    assert done["status"] == "done" and done["action"] == "Start programmet"
    assert store.list_follow_ups(overdue_on="2025-07-01") == []
    history = store.get_follow_up(a["id"])["changes"]
    assert [(h["status"], h["note"]) for h in history] == [("open", "Ventelist"), ("done", "Startet 2025-07-15")]


def test_follow_up_validation(store):
    with pytest.raises(InputError, match="ukjent status"):
        store.add_follow_up(DELAY, "A", status="ferdig")
    with pytest.raises(InputError, match="ugyldig frist"):
        store.add_follow_up(DELAY, "A", due_date="neste uke")
    with pytest.raises(InputError, match="fødselsnummer") as info:
        store.add_follow_up(DELAY, "01010012356")
    assert "01010012356" not in str(info.value)  # never echoed
    with pytest.raises(InputError, match="fødselsnummer"):
        store.add_follow_up(DELAY, "A", note="gjelder 01010012356")
    with pytest.raises(InputError, match="fant ingen oppfølging"):
        store.update_follow_up(999, status="done")
    assert store.list_follow_ups() == []


def test_parse_status_accepts_codes_and_labels():
    assert [parse_status(s) for s in ("open", "Åpen", "under arbeid", "in_progress", "in progress",
                                      "lukket", "done", "ikke relevant", "not_relevant")] == [
        "open", "open", "in_progress", "in_progress", "in_progress", "done", "done",
        "not_relevant", "not_relevant"]


def test_annotate_results_for_reports(store):
    store.record_run(make_results("r1", "2025-03-31", {DELAY: ["A", "B"], "kvp.age": ["X"]}))
    store.record_run(make_results("r2", "2025-06-30", {DELAY: ["A", "C"], "kvp.age": []}))
    fu_a = store.add_follow_up(DELAY, "A", status="open", due_date="2025-05-31", action="Start programmet")
    fu_b = store.add_follow_up(DELAY, "B", status="done")
    fu_check = store.add_follow_up(DELAY, status="in_progress", due_date="2025-12-31", action="Ny rutine")
    store.add_follow_up(DELAY, "Z", status="done")  # closed, on a case not shown: left out
    store.add_follow_up(DELAY, "A", status="open", scope="9999")  # other scope: left out

    results = make_results("r3", "2025-09-30", {DELAY: ["A", "C", "D"], "kvp.age": []})
    notes = annotate_results(store, results)  # r3 not recorded yet
    assert notes["previous_run"] == {"id": "r2", "as_of": "2025-06-30"}
    assert notes["on"] == "2025-09-30"
    check = notes["checks"][DELAY]
    assert {k: (c["state"], c["since"]["id"]) for k, c in check["cases"].items()} == {
        "A": ("persisting", "r1"), "C": ("persisting", "r2"), "D": ("new", "r3")}
    assert check["cases"]["A"]["state_label"] == {"nb": "vedvarende", "en": "persisting"}
    assert [f["id"] for f in check["cases"]["A"]["follow_ups"]] == [fu_a["id"]]
    assert check["cases"]["A"]["follow_ups"][0]["overdue"] is True
    assert [f["id"] for f in check["follow_ups"]] == [fu_check["id"]]
    assert check["follow_ups"][0]["overdue"] is False
    assert check["counts"] == {"new": 1, "persisting": 2, "resolved": 0, "not_assessed": 0, "overdue": 1}
    assert notes["summary"] == {"new": 1, "persisting": 2, "resolved": 0, "not_assessed": 0,
                                "follow_ups": 2, "follow_ups_open": 2, "follow_ups_overdue": 1}
    # judged on a later date, the whole-check action is overdue too
    later = annotate_results(store, results, on="2026-01-15")
    assert later["summary"]["follow_ups_overdue"] == 2

    # B was resolved in r2 and its closed follow-up shows there
    r2 = annotate_results(store, make_results("r2", "2025-06-30", {DELAY: ["A", "C"], "kvp.age": []}))
    resolved = r2["checks"][DELAY]["resolved"]
    assert [f["key"] for f in resolved] == ["B"]
    assert [f["id"] for f in resolved[0]["follow_ups"]] == [fu_b["id"]]
    assert r2["checks"]["kvp.age"]["counts"]["resolved"] == 1

    annotated = apply_annotations(results, notes)
    assert "history" not in results and "lifecycle" not in results["checks"][0]  # input unchanged
    delay = next(c for c in annotated["checks"] if c["id"] == DELAY)
    assert delay["lifecycle"]["counts"]["persisting"] == 2
    assert [(c["key"], c["lifecycle"]["state"]) for c in delay["cases"]] == [
        ("A", "persisting"), ("C", "persisting"), ("D", "new")]
    assert delay["cases"][0]["follow_ups"][0]["action"] == "Start programmet"
    assert annotated["history"]["previous_run"]["id"] == "r2"


def test_annotate_a_recorded_run_does_not_compare_with_itself(store):
    store.record_run(make_results("r1", "2025-03-31", {DELAY: ["A"]}))
    results = make_results("r2", "2025-06-30", {DELAY: ["A"]})
    store.record_run(results)
    notes = annotate_results(store, results)
    assert notes["previous_run"]["id"] == "r1"
    assert notes["checks"][DELAY]["cases"]["A"]["since"]["id"] == "r1"
