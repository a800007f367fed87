"""Recording a run's findings by check (perf lane): the run and check are bound once per check
(on SQLite written into the statement when they are plain text), the chunks' tuples are made by
polars, the fingerprint is computed in a thread and the run's row gets it before the commit, and
``nav-audit run`` inserts the findings while results.json is written (``before_commit``). The
history's rows and fingerprint must be exactly those of the path they replace (one tuple of
seven values per finding, the fingerprint before the transaction), on SQLite and PostgreSQL.
"""

from __future__ import annotations

import pytest

from audit.case_frame import CaseFrame
from audit.history import claim_key, open_store
from audit.history.backends import Backend
from audit.history.bulk import fingerprint
from audit.history.records import current_checks
from tests.conftest_history import make_results, pg_server, pg_url, store_location  # noqa: F401

KEYS = ["K-0002", "K-0001", "Tromsø-7", "K'quote", "10", "9", "K-0010"]


def _results(run_id: str, *, columnar: bool) -> dict:
    results = make_results(run_id, "2025-12-31", {
        "kvp.start_delay": [(k, "deviation" if i % 3 else "warning", 40 + i) for i, k in enumerate(KEYS)],
        "kvp.age": KEYS[:3],
        "kvp.empty": [],
    })
    if columnar:
        import polars as pl

        for check in results["checks"]:
            if check["cases"]:
                check["cases"] = CaseFrame(pl.DataFrame([{k: v for k, v in c.items() if k != "details"}
                                                         for c in check["cases"]]))
    return results


def _dump(location: str) -> dict:
    """Every table's rows in the order the database holds them (SQLite: by rowid), but recorded_at."""
    with open_store(location) as store:
        out = {}
        for table, order in (("runs", "id"), ("run_checks", "run_id, position"),
                             ("findings", "rowid" if store.dialect == "sqlite" else "run_id, check_id, case_key")):
            rows = store.backend.execute(f"SELECT * FROM {table} ORDER BY {order}")
            out[table] = [{k: v for k, v in r.items() if k != "recorded_at"} for r in rows]
        return out


def _old_path(monkeypatch) -> None:
    """The path this replaces: a tuple of seven values per finding through insert_rows."""
    from audit.history import backends

    monkeypatch.setattr(backends.SQLiteBackend, "insert_grouped", Backend.insert_grouped)


@pytest.mark.parametrize("columnar", [False, True])
@pytest.mark.parametrize("run_id", ["20251231T100000-3f9a2c", "run 'odd' id"])
def test_findings_recorded_by_check_are_the_rows_of_one_tuple_per_finding(store_location, tmp_path, monkeypatch,
                                                                          run_id, columnar):
    first = open_store(store_location)
    first.record_run(_results(run_id, columnar=columnar))
    first.close()
    new = _dump(store_location)
    other = str(tmp_path / "old.sqlite") if not store_location.startswith("postgres") else None
    with monkeypatch.context() as m:
        _old_path(m)
        if other is None:  # PostgreSQL: the same database emptied, then the old path
            with open_store(store_location) as store:
                store.delete_run(run_id)
            other = store_location
        with open_store(other) as store:
            store.record_run(_results(run_id, columnar=columnar))
    old = _dump(other)
    assert new == old
    assert [r["case_key"] for r in new["findings"] if r["check_id"] == "kvp.start_delay"] == sorted(
        KEYS, key=lambda k: k.encode("utf-8"))
    results = _results(run_id, columnar=columnar)
    with open_store(store_location) as store:
        row = store.backend.execute("SELECT * FROM runs WHERE id = ?", (run_id,))[0]
    fields = {k: row[k] for k in ("id", "created_at", "tool_name", "tool_version", "suite", "as_of", "period_from",
                                  "period_to", "scope", "lang", "dataset_rows", "input_issues", "parameters", "inputs")}
    assert row["fingerprint"] == fingerprint(fields, current_checks(results, None, frames=True))
    assert len(row["fingerprint"]) == 64


def test_before_commit_runs_once_inside_the_transaction_and_its_error_records_nothing(store_location):
    results = _results("r-1", columnar=True)
    calls = []
    with open_store(store_location) as store:
        claim = store.claim_run(claim_key("kvp", "5001", None, "2025-12-31"), "r-1")

        def fail() -> None:
            calls.append(len(store.findings_of("r-1").get("kvp.start_delay", {})))  # inserted, not yet committed
            raise OSError(28, "No space left on device")

        with pytest.raises(OSError):
            store.record_run(results, claim=claim, before_commit=fail)
        assert calls == [len(KEYS)]
        assert store.list_runs() == [] and store.findings_of("r-1") == {}
        assert [c["run_id"] for c in store.claims()] == ["r-1"]  # released by the caller (HistoryRecorder.close)
        store.record_run(results, claim=claim, before_commit=lambda: calls.append("fresh"))
        store.record_run(results, before_commit=lambda: calls.append("again"))  # already stored: accepted
        assert calls == [len(KEYS), "fresh", "again"]
        assert [r["id"] for r in store.list_runs()] == ["r-1"] and store.claims() == []
        assert len(store.findings_of("r-1")["kvp.start_delay"]) == len(KEYS)
