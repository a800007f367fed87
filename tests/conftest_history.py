"""Fixtures for the history tests: a history store on SQLite and on a real PostgreSQL.

Imported by tests/test_history*.py (``from tests.conftest_history import …``). The
PostgreSQL server is started once per test process (tests/pg_server.py) and stopped
when it exits; each test gets a fresh database on it. When PostgreSQL cannot be started the tests FAIL: the
PostgreSQL backend is part of the product, and .ci/run installs the server.
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from tests.pg_server import PgUnavailable, shared_server

__all__ = ["pg_server", "pg_url", "store_location", "store", "make_results"]

_db_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server():
    try:
        return shared_server()
    except PgUnavailable as exc:
        pytest.fail(f"PostgreSQL for the history tests could not be started: {exc}", pytrace=False)


@pytest.fixture
def pg_url(pg_server) -> str:
    return pg_server.create_database(f"history_{next(_db_numbers)}")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_location(request, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "history.sqlite")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(store_location):
    from audit.history import open_store

    s = open_store(store_location)
    try:
        yield s
    finally:
        s.close()


def make_results(
    run_id: str,
    as_of: str,
    findings: dict[str, list[Any]] | None = None,
    *,
    suite: str = "kvp",
    scope: str | None = "5001",
    not_evaluated: tuple[str, ...] = (),
    started_at: str | None = None,
    period: tuple[str, str] | None = ("2025-01-01", "2025-12-31"),
) -> dict[str, Any]:
    """A small hand-made results.json dict.

    ``findings`` maps check id to its cases: a key (deviation, value 40) or a
    (key, level, value) tuple. Checks in ``not_evaluated`` get that status and no cases.
    """
    findings = findings or {}
    checks = []
    for cid in list(findings) + [c for c in not_evaluated if c not in findings]:
        cases = []
        for item in findings.get(cid, []):
            key, level, value = (item, "deviation", 40) if isinstance(item, str) else item
            cases.append({"key": key, "level": level, "value": value, "office": "NAV Lerkendal",
                          "caseworker": "S12", "municipality": scope,
                          "details": {"decision_date": "2025-01-03"}})
        if cid in not_evaluated:
            status, cases, missing = "not_evaluated", [], ["program_start_date"]
        else:
            levels = {c["level"] for c in cases}
            status = "deviation" if "deviation" in levels else "warning" if levels else "ok"
            missing = []
        checks.append({
            "id": cid, "kind": "deviation", "status": status,
            "title": {"nb": f"Tittel {cid}", "en": f"Title {cid}"},
            "legal_basis": "sosialtjenesteloven § 29",
            "evaluated": 0 if cid in not_evaluated else 50,
            "failed": sum(c["level"] == "deviation" for c in cases),
            "warned": sum(c["level"] == "warning" for c in cases),
            "unknown": 1, "missing_columns": missing, "value": None, "target": None, "error": None,
            "by_office": [], "cases": cases,
        })
    return {
        "tool": {"name": "nav-audit", "version": "0.1.0"},
        "run": {
            "id": run_id, "as_of": as_of, "suite": suite,
            "started_at": started_at or f"{as_of}T10:00:00+01:00",
            "finished_at": started_at or f"{as_of}T10:00:05+01:00",
            "lang": "nb",
            "parameters": {"kvp.start_delay": {"warning_days": 14, "deviation_days": 30}},
            "inputs": [{"path": "saker.csv", "sha256": "ab" * 32, "rows": 50, "format": "csv",
                        "mapping": "mapping.yaml"}],
            "mappings": {"mapping.yaml": {"dataset": suite, "columns": {}}},
            "scope": scope,
            "period": {"from": period[0], "to": period[1]} if period else None,
            "strict": False,
        },
        "dataset": {"name": suite, "key": "case_id", "rows": 50, "columns": ["case_id"],
                    "offices": ["NAV Lerkendal"], "municipalities": [scope]},
        "input_issues": [{"file": "saker.csv", "row": 7, "column": "VEDTAK_DATO", "message": "ugyldig dato"}],
        "checks": checks,
    }
