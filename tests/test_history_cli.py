"""`nav-audit history` and `nav-audit follow-up` through click's CliRunner."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tests.conftest_history import make_results, pg_server, pg_url, store_location  # noqa: F401

from audit.cli import main
from audit.history import open_store

DELAY = "kvp.start_delay"


@pytest.fixture
def location(store_location):
    with open_store(store_location) as s:
        s.record_run(make_results("20250331T100000-aaa", "2025-03-31", {DELAY: ["K-1", "K-2"], "kvp.age": ["K-3"]}))
        s.record_run(make_results("20250630T100000-bbb", "2025-06-30", {DELAY: ["K-1", "K-4"], "kvp.age": []}))
        s.record_run(make_results("20250630T100000-ccc", "2025-06-30", {DELAY: ["S-1"]}, suite="stonad"))
        s.record_run(make_results("20260131T100000-ddd", "2026-01-31", {DELAY: []},
                                  period=("2026-01-01", "2026-12-31")))
    return store_location


def invoke(args, location=None, env=None, input=None):
    runner = CliRunner()
    full = list(args) + (["--history", location] if location else [])
    return runner.invoke(main, full, env=env, input=input, catch_exceptions=False)


def test_list_shows_runs_in_bokmal(location):
    res = invoke(["history", "list"], location)
    assert res.exit_code == 0, res.output
    assert "Kjøring" in res.output and "Per dato" in res.output and "Avvik" in res.output
    for rid in ("aaa", "bbb", "ccc", "ddd"):
        assert f"T100000-{rid}" in res.output
    assert "Kjøringer: 4." in res.output


def test_list_filters_by_suite_and_dates(location):
    res = invoke(["history", "list", "--suite", "kvp", "--since", "2025-04-01", "--until", "2025-12-31",
                  "--format", "json"], location)
    assert res.exit_code == 0, res.output
    runs = json.loads(res.output)
    assert [r["id"] for r in runs] == ["20250630T100000-bbb"]
    assert runs[0]["period"] == {"from": "2025-01-01", "to": "2025-12-31"}
    assert runs[0]["deviations"] == 2

    res = invoke(["history", "list", "--suite", "stonad", "--format", "json"], location)
    assert [r["id"] for r in json.loads(res.output)] == ["20250630T100000-ccc"]

    res = invoke(["history", "list", "--period", "2026", "--format", "json"], location)
    assert [r["id"] for r in json.loads(res.output)] == ["20260131T100000-ddd"]
    res = invoke(["history", "list", "--suite", "kvp", "--period", "2025-06-01..2026-01-01", "--format", "json"],
                 location)
    assert [r["id"] for r in json.loads(res.output)] == ["20250331T100000-aaa", "20250630T100000-bbb",
                                                          "20260131T100000-ddd"]
    res = invoke(["history", "list", "--period", "neste år"], location)
    assert res.exit_code == 2 and "--period" in res.output

    res = invoke(["history", "list", "--since", "31.12.2025"], location)  # Norwegian date form
    assert res.exit_code == 0 and "ddd" in res.output and "aaa" not in res.output


def test_list_bad_date_exits_2(location):
    res = invoke(["history", "list", "--since", "i fjor"], location)
    assert res.exit_code == 2
    assert "ugyldig" in res.output and "i fjor" in res.output


def test_history_location_from_environment(location):
    res = invoke(["history", "list", "--format", "json"], env={"NAV_AUDIT_HISTORY": location})
    assert res.exit_code == 0
    assert len(json.loads(res.output)) == 4


def test_show_run_with_lifecycle(location):
    res = invoke(["history", "show", "20250630T100000-b", "--cases"], location)
    assert res.exit_code == 0, res.output
    out = res.output
    assert "Kjøring: 20250630T100000-bbb" in out
    assert "Forrige kjøring: 20250331T100000-aaa (31.03.2025)" in out  # dates as a reader writes them
    assert "Per dato: 30.06.2025" in out and "2025-06-30" not in out.split("Periode")[0]
    assert "saker.csv" in out and "50 rader" in out
    line = next(l for l in out.splitlines() if l.startswith("  K-1"))
    assert "vedvarende" in line and "31.03.2025" in line
    assert "ny" in next(l for l in out.splitlines() if l.startswith("  K-4")).split()
    assert "K-2" in out and "K-3" in out  # resolved

    res = invoke(["history", "show", "20250630T100000-bbb", "--format", "json"], location)
    data = json.loads(res.output)
    assert data["lifecycle"]["checks"][DELAY]["counts"] == {"new": 1, "persisting": 1, "resolved": 1,
                                                            "not_assessed": 0}


def test_show_unknown_or_ambiguous_run_exits_2(location):
    res = invoke(["history", "show", "1999"], location)
    assert res.exit_code == 2 and "fant ingen kjøring" in res.output
    res = invoke(["history", "show", "2025"], location)
    assert res.exit_code == 2 and "passer med 3" in res.output


def test_remove_needs_confirmation(location):
    res = invoke(["history", "remove", "20250630T100000-bbb"], location, input="n\n")
    assert res.exit_code == 1
    assert "Fjerne kjøring 20250630T100000-bbb" in res.output and "Ingenting ble fjernet" in res.output
    with open_store(location) as s:
        assert s.get_run("20250630T100000-bbb") is not None

    res = invoke(["history", "remove", "20250630T100000-bbb"], location)  # no answer at all
    assert res.exit_code == 1
    with open_store(location) as s:
        assert s.get_run("20250630T100000-bbb") is not None

    res = invoke(["history", "remove", "20250630T100000-bbb"], location, input="j\n")
    assert res.exit_code == 0 and "Fjernet kjøring 20250630T100000-bbb" in res.output
    with open_store(location) as s:
        assert s.get_run("20250630T100000-bbb") is None
        assert len(s.list_runs()) == 3


def test_remove_with_yes_does_not_ask(location):
    res = invoke(["history", "remove", "20260131T100000-ddd", "--yes"], location)
    assert res.exit_code == 0 and "[j/N]" not in res.output
    with open_store(location) as s:
        assert [r["id"] for r in s.list_runs(suite="kvp")] == ["20250331T100000-aaa", "20250630T100000-bbb"]


def test_follow_up_add_list_update(location):
    res = invoke(["follow-up", "add", "--check", DELAY, "--key", "K-1", "--status", "åpen",
                  "--responsible", "Leder NAV Lerkendal", "--action", "Start programmet", "--due", "2025-07-31",
                  "--note", "Står på venteliste"], location)
    assert res.exit_code == 0, res.output
    assert "Registrert oppfølging nr. 1." in res.output
    res = invoke(["follow-up", "add", "--check", DELAY, "--status", "under arbeid",
                  "--action", "Ny rutine for oppstart", "--due", "31.12.2025"], location)
    assert res.exit_code == 0, res.output

    res = invoke(["follow-up", "list", "--on", "2025-09-01"], location)
    assert res.exit_code == 0
    rows = [l for l in res.output.splitlines() if l[:1].isdigit()]
    assert len(rows) == 2
    assert "FORFALT" in rows[0] and "åpen" in rows[0] and "31.07.2025" in rows[0]
    assert "FORFALT" not in rows[1] and "(hele kontrollen)" in rows[1] and "under arbeid" in rows[1]
    assert "Oppfølginger: 2, forfalt: 1." in res.output

    res = invoke(["follow-up", "list", "--overdue", "--on", "2026-01-15", "--format", "json"], location)
    assert [f["id"] for f in json.loads(res.output)] == [1, 2]

    res = invoke(["follow-up", "update", "1", "--status", "lukket", "--note", "Startet 2025-08-15"], location)
    assert res.exit_code == 0 and "Status: lukket" in res.output
    res = invoke(["follow-up", "list", "--overdue", "--on", "2026-01-15", "--format", "json"], location)
    assert [f["id"] for f in json.loads(res.output)] == [2]

    res = invoke(["follow-up", "show", "1"], location)
    assert res.exit_code == 0
    assert "Endringer:" in res.output and "Står på venteliste" in res.output and "Startet 2025-08-15" in res.output

    res = invoke(["follow-up", "list", "--check", DELAY, "--status", "lukket", "--format", "json"], location)
    assert [f["id"] for f in json.loads(res.output)] == [1]


def test_follow_up_errors_exit_2(location):
    res = invoke(["follow-up", "add", "--check", "kvp.start_dela"], location)
    assert res.exit_code == 2 and "ukjent kontroll" in res.output and "kvp.start_delay" in res.output
    res = invoke(["follow-up", "add", "--check", DELAY, "--status", "ferdig"], location)
    assert res.exit_code == 2 and "ukjent status" in res.output
    res = invoke(["follow-up", "add", "--check", DELAY, "--key", "01010012356"], location)
    assert res.exit_code == 2 and "01010012356" not in res.output
    res = invoke(["follow-up", "update", "7", "--status", "lukket"], location)
    assert res.exit_code == 2 and "fant ingen oppfølging" in res.output
    res = invoke(["follow-up", "update", "1"], location)
    assert res.exit_code == 2 and "ingenting å endre" in res.output
    with open_store(location) as s:
        assert s.list_follow_ups() == []


def test_english_tables(location):
    res = invoke(["history", "list", "--lang", "en"], location)
    assert "As of" in res.output and "Runs: 4." in res.output


def test_runs_recorded_by_nav_audit_run_get_a_lifecycle(tmp_path):
    """End to end: two `nav-audit run`s into one history, then `history show`."""
    from pathlib import Path

    from tests.helpers import write_csv

    rows = [
        {"case_id": "K1", "decision": "granted", "decision_date": "2025-01-10", "program_start_date": "2025-03-20"},
        {"case_id": "K2", "decision": "granted", "decision_date": "2025-01-10", "program_start_date": "2025-03-30"},
        {"case_id": "K3", "decision": "granted", "decision_date": "2025-01-10", "program_start_date": "2025-01-15"},
    ]
    first = write_csv(Path(tmp_path / "mars.csv"), rows)
    rows[1] = {**rows[1], "program_start_date": "2025-01-20"}  # K2 fixed in the export
    second = write_csv(Path(tmp_path / "juni.csv"), rows)
    hist = str(tmp_path / "history.sqlite")
    outputs = []
    for src, as_of in ((first, "2025-06-30"), (second, "2025-07-31")):
        res = invoke(["run", str(src), "--as-of", as_of, "--out", str(tmp_path / as_of), "--format", "none",
                      "--scope", "5001"], hist)
        assert res.exit_code == 0, res.output
        outputs.append(res.output)
    # the terminal summary says new / persisting / resolved when the history is on (issue 15)
    assert "2 nye funn" in outputs[0], outputs[0]
    assert "Sammenlignet med kjøringen per 30.06.2025: 0 nye funn, 1 vedvarende, 1 løst" in outputs[1], outputs[1]

    runs = json.loads(invoke(["history", "list", "--format", "json"], hist).output)
    assert [(r["as_of"], r["scope"], r["deviations"]) for r in runs] == [("2025-06-30", "5001", 2),
                                                                          ("2025-07-31", "5001", 1)]
    shown = json.loads(invoke(["history", "show", runs[1]["id"], "--format", "json"], hist).output)
    delay = shown["lifecycle"]["checks"]["kvp.start_delay"]
    assert delay["cases"]["K1"]["state"] == "persisting"
    assert delay["cases"]["K1"]["since"] == {"id": runs[0]["id"], "as_of": "2025-06-30"}
    assert [f["key"] for f in delay["resolved"]] == ["K2"]
    assert shown["run"]["inputs"][0]["rows"] == 3
    en = invoke(["run", str(second), "--as-of", "2025-08-31", "--out", str(tmp_path / "en"), "--format", "none",
                 "--scope", "5001", "--lang", "en"], hist)
    assert "Compared with the run as of 31 Jul 2025: 0 new findings, 1 persisting, 0 resolved" in en.output, en.output
    assert "kontrollert" not in en.output and "saker" not in en.output
