"""Hand-made results.json dicts for the annual report tests (tests/test_annual_*.py).

:func:`results` builds one run: each check is given as the cases it found (key,
level, office) and how many cases it evaluated per office; ``by_office`` and the
totals are derived from that, so the test's independent computation and the store
see the same numbers. :func:`mixed_history` is a two-year history with the awkward
cases the annual rules must handle.
"""

from __future__ import annotations

from typing import Any

OFFICES = {"NAV Lerkendal": "5001", "NAV Heimdal": "5001", "NAV Steinkjer": "5006"}
TITLES = {
    "kvp.start_delay": ("Oppstart i program etter vedtak (venteliste)", "Programme start after the decision (waiting list)"),
    "kvp.processing_time": ("Saksbehandlingstid: vedtak eller foreløpig svar innen én måned",
                            "Processing time: decision or preliminary reply within one month"),
    "kvp.full_time": ("Programmet er på heltid", "The programme is full-time"),
    "kvp.outcome_work_education": ("Andel avsluttede program som går til arbeid eller utdanning",
                                   "Share of ended programmes going to work or education"),
    "kvp.median_start_delay": ("Median ventetid fra vedtak til oppstart", "Median days from decision to programme start"),
}
UNITS = {"kvp.start_delay": "days", "kvp.processing_time": "days", "kvp.full_time": "hours",
         "kvp.outcome_work_education": "share", "kvp.median_start_delay": "days"}
TARGETS = {"kvp.outcome_work_education": {"op": ">=", "value": 0.5}, "kvp.median_start_delay": {"op": "<=", "value": 14}}


def check(cid: str, evaluated: dict[str, int], cases: list[tuple] = (), *, status: str | None = None) -> dict[str, Any]:
    """A deviation check: ``evaluated`` per office, ``cases`` as (key, level, office)."""
    cases = [{"key": k, "level": lvl, "value": 40, "office": o, "caseworker": "S1", "municipality": OFFICES[o],
              "details": {}} for k, lvl, o in cases]
    if status == "not_evaluated":
        return {"id": cid, "kind": "deviation", "status": "not_evaluated", "title": _title(cid), "unit": UNITS.get(cid),
                "evaluated": 0, "failed": 0, "warned": 0, "unknown": 0, "missing_columns": ["program_start_date"],
                "value": None, "target": None, "error": None, "by_office": [], "cases": []}
    by_office = []
    for office, n in evaluated.items():
        by_office.append({"office": office, "municipality": OFFICES[office], "evaluated": n,
                          "failed": sum(1 for c in cases if c["office"] == office and c["level"] == "deviation"),
                          "warned": sum(1 for c in cases if c["office"] == office and c["level"] == "warning"),
                          "unknown": 0})
    failed = sum(1 for c in cases if c["level"] == "deviation")
    warned = sum(1 for c in cases if c["level"] == "warning")
    return {"id": cid, "kind": "deviation", "status": "deviation" if failed else "warning" if warned else "ok",
            "title": _title(cid), "unit": UNITS.get(cid), "evaluated": sum(evaluated.values()), "failed": failed,
            "warned": warned, "unknown": 0, "missing_columns": [], "value": None, "target": None, "error": None,
            "by_office": by_office, "cases": cases}


def indicator(cid: str, value: float | None, evaluated: int, per_office: dict[str, float] | None = None,
              target: dict | None = None) -> dict[str, Any]:
    target = target if target is not None else TARGETS.get(cid)
    met = value is not None and target is not None and (value >= target["value"] if target["op"] == ">=" else
                                                        value <= target["value"])
    return {"id": cid, "kind": "indicator", "status": "ok" if met else "below_target", "title": _title(cid),
            "unit": UNITS.get(cid), "evaluated": evaluated, "failed": None, "warned": None, "unknown": 0,
            "missing_columns": [], "value": value, "target": target, "error": None,
            "by_office": [{"office": o, "municipality": OFFICES[o], "evaluated": 1, "unknown": 0, "value": v}
                          for o, v in (per_office or {}).items()],
            "cases": []}


def _title(cid: str) -> dict[str, str]:
    nb, en = TITLES.get(cid, (f"Tittel {cid}", f"Title {cid}"))
    return {"nb": nb, "en": en}


def results(run_id: str, as_of: str, checks: list[dict], *, scope: str | None = "5001",
            period: tuple[str, str] | None = None, started_at: str | None = None, rows: int = 100) -> dict[str, Any]:
    return {
        "tool": {"name": "nav-audit", "version": "0.1.0"},
        "run": {
            "id": run_id, "as_of": as_of, "suite": "kvp",
            "started_at": started_at or f"{as_of}T10:00:00+00:00", "finished_at": started_at or f"{as_of}T10:00:05+00:00",
            "lang": "nb", "parameters": {}, "inputs": [{"path": "saker.csv", "sha256": "ab" * 32, "rows": rows}],
            "mappings": {}, "scope": scope,
            "period": {"from": period[0], "to": period[1]} if period else None, "strict": False,
        },
        "dataset": {"name": "kvp", "key": "case_id", "rows": rows, "columns": [], "offices": list(OFFICES),
                    "municipalities": sorted(set(OFFICES.values()))},
        "input_issues": [],
        "checks": checks,
    }


def quarter(year: int, q: int) -> tuple[str, str]:
    ends = {1: "03-31", 2: "06-30", 3: "09-30", 4: "12-31"}
    starts = {1: "01-01", 2: "04-01", 3: "07-01", 4: "10-01"}
    return f"{year}-{starts[q]}", f"{year}-{ends[q]}"


def mixed_history() -> list[dict[str, Any]]:
    """Two lines (scopes 5001 and 5006) over 2024-2025 with the cases the rules must handle:

    * 5001: quarterly runs in 2024 and 2025; in March 2025 two runs (the later one wins);
      in June 2025 a later run that could not evaluate kvp.start_delay (the earlier one counts
      for that check); the fourth quarter of 2025 is audited on 2026-01-12 (it belongs to December).
    * 5006: two runs in 2025 only (Q2 and Q4): its figures are added to 5001's.
    """
    L, H, S = "NAV Lerkendal", "NAV Heimdal", "NAV Steinkjer"
    ev = {L: 30, H: 20}
    runs = [
        results("a-2024q2", "2024-06-30", [
            check("kvp.start_delay", ev, [("K-1", "deviation", L), ("K-2", "deviation", H), ("K-3", "warning", L)]),
            check("kvp.processing_time", ev, [("K-10", "deviation", L)]),
            indicator("kvp.outcome_work_education", 0.40, 10, {L: 0.5, H: 0.25}),
        ], period=quarter(2024, 2)),
        results("a-2024q4", "2024-12-31", [
            check("kvp.start_delay", ev, [("K-1", "deviation", L), ("K-4", "deviation", H)]),
            check("kvp.processing_time", ev, []),
            indicator("kvp.outcome_work_education", 0.45, 11, {L: 0.5, H: 0.4}),
        ], period=quarter(2024, 4)),
        results("a-2025q1-early", "2025-03-15", [
            check("kvp.start_delay", ev, [("K-1", "deviation", L)]),
            check("kvp.processing_time", ev, [("K-11", "deviation", H)]),
        ], period=("2025-01-01", "2025-03-15")),
        results("a-2025q1", "2025-03-31", [
            check("kvp.start_delay", {L: 32, H: 18}, [("K-1", "deviation", L), ("K-5", "deviation", L),
                                                      ("K-6", "warning", H)]),
            check("kvp.processing_time", ev, [("K-11", "deviation", H), ("K-12", "deviation", L)]),
            indicator("kvp.outcome_work_education", 0.5, 12, {L: 0.6, H: 0.4}),
        ], period=quarter(2025, 1)),
        results("a-2025q2", "2025-06-30", [
            check("kvp.start_delay", ev, [("K-5", "deviation", L)]),
            check("kvp.processing_time", ev, [("K-12", "deviation", L)]),
            indicator("kvp.outcome_work_education", 0.55, 12, {L: 0.6, H: 0.5}),
        ], period=quarter(2025, 2), started_at="2025-06-30T08:00:00+00:00"),
        results("a-2025q2-late", "2025-06-30", [
            check("kvp.start_delay", {}, status="not_evaluated"),
            check("kvp.processing_time", {L: 40, H: 20}, [("K-12", "deviation", L), ("K-13", "warning", H)]),
        ], period=quarter(2025, 2), started_at="2025-06-30T15:00:00+00:00"),
        results("a-2025q4", "2026-01-12", [
            check("kvp.start_delay", ev, [("K-7", "deviation", L)]),
            check("kvp.processing_time", ev, []),
            indicator("kvp.outcome_work_education", 0.48, 12, {L: 0.5, H: 0.45}),
        ], period=quarter(2025, 4)),
        results("b-2025q2", "2025-06-30", [
            check("kvp.start_delay", {S: 10}, [("K-50", "deviation", S), ("K-51", "deviation", S)]),
            check("kvp.processing_time", {S: 10}, []),
            indicator("kvp.outcome_work_education", 0.3, 4, {S: 0.3}),
        ], scope="5006", period=quarter(2025, 2)),
        results("b-2025q4", "2025-12-31", [
            check("kvp.start_delay", {S: 12}, [("K-51", "deviation", S)]),
            check("kvp.processing_time", {S: 12}, [("K-52", "warning", S)]),
            indicator("kvp.outcome_work_education", 0.6, 6, {S: 0.6}),
        ], scope="5006", period=quarter(2025, 4)),
    ]
    return runs
