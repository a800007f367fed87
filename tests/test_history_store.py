"""The history store on SQLite and PostgreSQL: record, list, show, remove, migrations."""

from __future__ import annotations

import json

import pytest

from tests.conftest_history import make_results, pg_server, pg_url, store, store_location  # noqa: F401

from audit.errors import InputError
from audit.history import load_migrations, open_store, resolve_location, default_location


def test_record_and_get_run_keeps_what_results_hold(store):
    results = make_results("run-1", "2025-03-31", {
        "kvp.start_delay": [("K-1", "deviation", 45), ("K-2", "warning", 20.5)],
        "kvp.age": ["K-3"],
    })
    assert store.record_run(results) == "run-1"

    run = store.get_run("run-1")
    assert run["suite"] == "kvp" and run["as_of"] == "2025-03-31" and run["scope"] == "5001"
    assert run["period"] == {"from": "2025-01-01", "to": "2025-12-31"}
    assert run["tool_version"] == "0.1.0"
    assert run["created_at"] == "2025-03-31T10:00:00+01:00"
    assert run["inputs"] == [{"path": "saker.csv", "sha256": "ab" * 32, "rows": 50, "format": "csv"}]
    assert run["parameters"] == {"kvp.start_delay": {"warning_days": 14, "deviation_days": 30}}
    assert run["input_issues"] == 1 and run["dataset_rows"] == 50
    assert [c["id"] for c in run["checks"]] == ["kvp.start_delay", "kvp.age"]  # order of results.json
    delay = run["checks"][0]
    assert (delay["status"], delay["evaluated"], delay["failed"], delay["warned"], delay["unknown"]) == (
        "deviation", 50, 1, 1, 1)
    assert delay["title"] == {"nb": "Tittel kvp.start_delay", "en": "Title kvp.start_delay"}
    assert delay["cases"] == [
        {"key": "K-1", "level": "deviation", "office": "NAV Lerkendal", "municipality": "5001", "value": 45},
        {"key": "K-2", "level": "warning", "office": "NAV Lerkendal", "municipality": "5001", "value": 20.5},
    ]
    assert (run["deviations"], run["warnings"], run["checks"] and len(run["checks"])) == (2, 1, 2)


def test_nothing_beyond_the_results_summary_is_stored(store):
    store.record_run(make_results("run-1", "2025-03-31", {"kvp.start_delay": ["K-1"]}))
    stored = json.dumps(store.get_run("run-1"), default=str)
    # details (dates), caseworker and mappings stay in results.json only
    assert "2025-01-03" not in stored and "S12" not in stored and "mapping.yaml" not in stored


def test_record_is_idempotent_on_run_id(store):
    results = make_results("run-1", "2025-03-31", {"kvp.start_delay": ["K-1", "K-2"]})
    store.record_run(results)
    store.record_run(results)
    assert [r["id"] for r in store.list_runs()] == ["run-1"]
    assert len(store.get_run("run-1")["checks"][0]["cases"]) == 2


def test_same_run_id_with_other_results_is_refused(store):
    store.record_run(make_results("run-1", "2025-03-31", {"kvp.start_delay": ["K-1"]}))
    with pytest.raises(InputError, match="allerede lagret"):
        store.record_run(make_results("run-1", "2025-03-31", {"kvp.start_delay": ["K-9"]}))
    assert [c["key"] for c in store.get_run("run-1")["checks"][0]["cases"]] == ["K-1"]


def test_results_without_run_id_are_refused(store):
    results = make_results("run-1", "2025-03-31")
    del results["run"]["id"]
    with pytest.raises(InputError, match="run.id"):
        store.record_run(results, source="out/results.json")
    assert store.list_runs() == []


def test_identity_number_as_key_is_never_stored(store):
    with pytest.raises(InputError, match="fødselsnummer") as info:
        store.record_run(make_results("run-1", "2025-03-31", {"kvp.start_delay": ["01010012356"]}))
    assert "01010012356" not in str(info.value)
    assert store.list_runs() == []


def test_list_runs_filters_by_suite_and_as_of(store):
    store.record_run(make_results("k1", "2025-03-31"))
    store.record_run(make_results("k2", "2025-06-30"))
    store.record_run(make_results("s1", "2025-06-30", suite="stonad"))
    store.record_run(make_results("k3", "2026-01-31", period=("2026-01-01", "2026-12-31")))
    assert [r["id"] for r in store.list_runs()] == ["k1", "k2", "s1", "k3"]
    assert [r["id"] for r in store.list_runs(suite="kvp")] == ["k1", "k2", "k3"]
    assert [r["id"] for r in store.list_runs(since="2025-06-30", until="2025-12-31")] == ["k2", "s1"]
    assert [r["id"] for r in store.list_runs(suite="kvp", since="2026-01-01")] == ["k3"]
    assert [r["id"] for r in store.list_runs(period=("2026-01-01", "2026-12-31"))] == ["k3"]
    assert [r["id"] for r in store.list_runs(period=("2025-12-31", "2026-01-01"))] == ["k1", "k2", "s1", "k3"]
    store.record_run(make_results("np", "2025-07-01", period=None))
    assert "np" not in [r["id"] for r in store.list_runs(period=("2025-01-01", "2025-12-31"))]
    assert "np" in [r["id"] for r in store.list_runs(since="2025-07-01", until="2025-07-01")]
    with pytest.raises(InputError, match="ugyldig"):
        store.list_runs(since="31/12")


def test_delete_run_removes_run_and_findings_only(store):
    store.record_run(make_results("run-1", "2025-03-31", {"kvp.start_delay": ["K-1"]}))
    store.record_run(make_results("run-2", "2025-06-30", {"kvp.start_delay": ["K-1"]}))
    fu = store.add_follow_up("kvp.start_delay", "K-1", status="open")
    assert store.delete_run("run-1") is True
    assert store.get_run("run-1") is None
    assert store.delete_run("run-1") is False
    assert [r["id"] for r in store.list_runs()] == ["run-2"]
    assert store.backend.execute("SELECT COUNT(*) AS n FROM findings WHERE run_id = ?", ("run-1",))[0]["n"] == 0
    assert store.get_follow_up(fu["id"]) is not None
    # the remaining run no longer has an earlier one: its finding is new again
    assert store.lifecycle("run-2")["checks"]["kvp.start_delay"]["cases"]["K-1"]["state"] == "new"


def test_resolve_run_id_by_unique_prefix(store):
    store.record_run(make_results("20250331T100000-aaa", "2025-03-31"))
    store.record_run(make_results("20250630T100000-bbb", "2025-06-30"))
    assert store.resolve_run_id("20250331") == "20250331T100000-aaa"
    with pytest.raises(InputError, match="passer med 2"):
        store.resolve_run_id("2025")
    with pytest.raises(InputError, match="fant ingen"):
        store.resolve_run_id("1999")


def test_resolve_run_id_siste_is_the_newest_run(store):
    """The help's examples say «history show siste»: a made-up id in them could never be pasted."""
    with pytest.raises(InputError, match="fant ingen kjøring «siste»"):
        store.resolve_run_id("siste")
    store.record_run(make_results("zz-later", "2025-06-30", started_at="2025-06-30T08:00:00"))
    store.record_run(make_results("aa-earlier", "2025-03-31", started_at="2025-03-31T08:00:00"))
    assert store.resolve_run_id("siste") == "zz-later"
    assert store.resolve_run_id(" Last ") == "zz-later"


def test_previous_run_is_same_suite_and_scope(store):
    store.record_run(make_results("a", "2025-03-31"))
    store.record_run(make_results("b", "2025-03-31", scope="5002"))
    store.record_run(make_results("c", "2025-04-30", suite="stonad"))
    store.record_run(make_results("d", "2025-06-30", started_at="2025-06-30T08:00:00"))
    store.record_run(make_results("e", "2025-06-30", started_at="2025-06-30T15:00:00"))
    assert store.previous_run("kvp", "5001", before_as_of="2025-06-30")["id"] == "a"
    assert store.previous_run("kvp", "5001", before_as_of="2025-06-30",
                              before_created_at="2025-06-30T15:00:00", before_id="e")["id"] == "d"
    assert store.previous_run("kvp", "5002", before_as_of="2025-12-31")["id"] == "b"
    assert store.previous_run("kvp", "5001", before_as_of="2025-03-31") is None
    assert store.previous_run("kvp", None, before_as_of="2025-12-31") is None


def test_migrations_are_numbered_and_recorded(store):
    migrations = load_migrations()
    assert [m.version for m in migrations] == list(range(1, len(migrations) + 1))
    assert [m["version"] for m in store.applied_migrations()] == [m.version for m in migrations]
    assert store.schema_version() == len(migrations)


def test_store_at_older_migration_is_upgraded_not_dropped(store_location):
    old = open_store(store_location, migrate_to=1)
    try:
        assert old.schema_version() == 1
        assert not old.backend.table_exists("follow_ups")
        old.record_run(make_results("run-1", "2025-03-31", {"kvp.start_delay": ["K-1"]}))
    finally:
        old.close()

    new = open_store(store_location)
    try:
        assert new.schema_version() == len(load_migrations())
        assert [m["version"] for m in new.applied_migrations()] == list(range(1, len(load_migrations()) + 1))
        # the run recorded before the upgrade is still there, and the new tables work
        assert [c["key"] for c in new.get_run("run-1")["checks"][0]["cases"]] == ["K-1"]
        assert new.add_follow_up("kvp.start_delay", "K-1")["id"] == 1
    finally:
        new.close()

    again = open_store(store_location)  # opening an up-to-date store applies nothing
    try:
        assert again.migrate() == []
        assert again.get_run("run-1") is not None
    finally:
        again.close()


def _finding_indexes(store) -> set[str]:
    if store.dialect == "sqlite":
        sql = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'findings'"
    else:
        sql = "SELECT indexname AS name FROM pg_indexes WHERE tablename = 'findings'"
    return {r["name"] for r in store.backend.execute(sql)}


def test_a_history_at_schema_4_loses_the_unused_index_on_findings_and_keeps_its_runs(store_location):
    old = open_store(store_location, migrate_to=4)
    try:
        assert "findings_check_key" in _finding_indexes(old)
        old.record_run(make_results("run-1", "2025-03-31", {"kvp.start_delay": ["K-1", "K-2"]}))
    finally:
        old.close()
    new = open_store(store_location)
    try:
        assert new.schema_version() == 5
        assert [m["name"] for m in new.applied_migrations()][-1] == "findings_without_check_key_index"
        assert "findings_check_key" not in _finding_indexes(new)
        assert len(_finding_indexes(new)) == 1  # the primary key's (run_id, check_id, case_key)
        new.record_run(make_results("run-2", "2025-06-30", {"kvp.start_delay": ["K-2", "K-3"]}))
        life = new.lifecycle("run-2")["checks"]["kvp.start_delay"]
        assert {k: c["state"] for k, c in life["cases"].items()} == {"K-2": "persisting", "K-3": "new"}
        assert [f["key"] for f in life["resolved"]] == ["K-1"]
    finally:
        new.close()


def test_store_newer_than_the_tool_is_refused(store_location):
    s = open_store(store_location)
    try:
        s.backend.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                          (99, "future", "2030-01-01T00:00:00+00:00"))
    finally:
        s.close()
    with pytest.raises(InputError, match="skjemaversjon 99"):
        open_store(store_location)


def test_sqlite_file_that_is_not_a_database_gives_clear_error(tmp_path):
    bad = tmp_path / "history.sqlite"
    bad.write_text("dette er ikke en database\n" * 100)
    with pytest.raises(InputError, match="kan ikke åpnes som historikk") as info:
        open_store(bad)
    assert str(bad) in str(info.value)
    assert bad.read_text().startswith("dette er ikke")  # not overwritten


def test_unreachable_postgresql_names_url_without_password(pg_server):
    with pytest.raises(InputError) as info:
        open_store(f"postgresql://someone:hemmelig@127.0.0.1:{pg_server.port}/finnes_ikke")
    assert "hemmelig" not in str(info.value)
    assert "someone:***@127.0.0.1" in str(info.value)


def test_location_option_then_environment_then_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("NAV_AUDIT_HISTORY", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_location() == str(tmp_path / "xdg" / "nav-audit" / "history.sqlite")
    assert resolve_location() == default_location()
    monkeypatch.setenv("NAV_AUDIT_HISTORY", "postgresql://u@localhost/h")
    assert resolve_location() == "postgresql://u@localhost/h"
    assert resolve_location(str(tmp_path / "x.sqlite")) == str(tmp_path / "x.sqlite")
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_location() == str(tmp_path / "home" / ".local" / "share" / "nav-audit" / "history.sqlite")


def test_default_location_is_created_on_first_use(monkeypatch, tmp_path):
    monkeypatch.delenv("NAV_AUDIT_HISTORY", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    with open_store() as s:
        s.record_run(make_results("run-1", "2025-03-31"))
    assert (tmp_path / "xdg" / "nav-audit" / "history.sqlite").is_file()


def test_sqlite_url_form(tmp_path):
    path = tmp_path / "h.sqlite"
    with open_store(f"sqlite:///{path}") as s:
        s.record_run(make_results("run-1", "2025-03-31"))
    assert path.is_file()
