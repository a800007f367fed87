"""Migration 0003: per-office counts, unit and target of each check, on SQLite and PostgreSQL."""

from __future__ import annotations

from audit.annual import annual_figures
from audit.history import load_migrations, open_store
from tests.annual_fixtures import check, indicator, quarter, results
from tests.conftest_history import pg_server, pg_url, store, store_location  # noqa: F401 (fixtures)

L, H = "NAV Lerkendal", "NAV Heimdal"


def sample(run_id: str = "r1") -> dict:
    return results(run_id, "2025-03-31", [
        check("kvp.start_delay", {L: 30, H: 20}, [("K-1", "deviation", L), ("K-2", "warning", H)]),
        indicator("kvp.median_start_delay", 12.5, 40, {L: 10, H: 15}),
    ], period=quarter(2025, 1))


def test_migration_3_is_shipped_and_applied(store):
    names = [m.name for m in load_migrations()]
    assert names[2] == "check_offices"
    assert store.schema_version() >= 3 and store.backend.table_exists("run_check_offices")


def test_record_run_stores_offices_unit_and_target(store):
    store.record_run(sample())
    rows = {r["check_id"]: r for r in store.check_rows(["r1"])}
    assert rows["kvp.start_delay"]["unit"] == "days" and rows["kvp.start_delay"]["target_op"] is None
    assert (rows["kvp.median_start_delay"]["target_op"], rows["kvp.median_start_delay"]["target_value"]) == ("<=", 14)
    assert rows["kvp.median_start_delay"]["value"] == 12.5
    offices = [(r["check_id"], r["office"], r["municipality"], r["evaluated"], r["failed"], r["warned"], r["value"])
               for r in store.office_rows(["r1"])]
    assert offices == [
        ("kvp.median_start_delay", L, "5001", 1, None, None, 10),
        ("kvp.median_start_delay", H, "5001", 1, None, None, 15),
        ("kvp.start_delay", L, "5001", 30, 1, 0, None),
        ("kvp.start_delay", H, "5001", 20, 0, 1, None),
    ]
    assert store.delete_run("r1") and store.office_rows(["r1"]) == [] and store.check_rows(["r1"]) == []


def test_runs_recorded_before_the_upgrade_keep_working(store_location):
    old = open_store(store_location, migrate_to=2)
    try:
        assert not old.backend.table_exists("run_check_offices")
        old.record_run(sample("old"))
        assert old.check_rows(["old"])[0]["unit"] is None and old.office_rows(["old"]) == []
    finally:
        old.close()

    new = open_store(store_location)
    try:
        assert new.schema_version() == len(load_migrations())
        # the same results recorded again after the upgrade are still the same run (fingerprint unchanged)
        assert new.record_run(sample("old")) == "old"
        assert new.office_rows(["old"]) == [] and new.check_rows(["old"])[0]["unit"] is None
        new.record_run(results("new", "2025-06-30", [check("kvp.start_delay", {L: 10}, [("K-1", "deviation", L)])],
                               period=quarter(2025, 2)))
        f = annual_figures(new, 2025, on="2026-01-01")
        delay = next(c for c in f["checks"] if c["id"] == "kvp.start_delay")
        assert delay["unit"] == "days"  # from the newer run
        assert [o["office"] for o in f["offices"]] == [L]  # only the run recorded with office rows has them
        assert f["offices"][0]["quarters"][0] is None and f["offices"][0]["quarters"][1]["failed"] == 1
        median = next(c for c in f["checks"] if c["id"] == "kvp.median_start_delay")
        assert median["target"] is None and median["quarters"][0]["met"] is None  # old run: no target stored
    finally:
        new.close()
