"""`nav-audit annual --join`: an office split mid-year is one row of the per-office table again.

«NAV Trondheim sør» (5001) is audited in the first two quarters of 2025 and was split into «NAV
Lerkendal» and «NAV Heimdal» from July. Joined, its quarters are the sums of the parts, every case
once; the successors are not «new offices»; the report says which offices were joined.
"""

from __future__ import annotations

from click.testing import CliRunner

from audit.annual import annual_figures
from audit.cli import main
from audit.history import open_store
from tests.annual_fixtures import quarter, results

SOR, LER, HEI = "NAV Trondheim sør", "NAV Lerkendal", "NAV Heimdal"


def _check(counts: dict[str, tuple[int, int]]) -> dict:
    """kvp.start_delay with (evaluated, failed) per office of municipality 5001."""
    cases = [{"key": f"{office[4:7]}-{i}", "level": "deviation", "value": 40, "office": office, "caseworker": "S1",
              "municipality": "5001", "details": {}} for office, (_, failed) in counts.items() for i in range(failed)]
    return {"id": "kvp.start_delay", "kind": "deviation", "status": "deviation", "title": {"nb": "Oppstart", "en": "Start"},
            "unit": "days", "evaluated": sum(e for e, _ in counts.values()), "failed": len(cases), "warned": 0,
            "unknown": 0, "missing_columns": [], "value": None, "target": None, "error": None, "cases": cases,
            "by_office": [{"office": o, "municipality": "5001", "evaluated": e, "failed": f, "warned": 0, "unknown": 0}
                          for o, (e, f) in counts.items()]}


def _history(path) -> str:
    runs = [results("y24", "2024-12-31", [_check({SOR: (50, 9)})], period=quarter(2024, 4)),
            results("q1", "2025-03-31", [_check({SOR: (50, 10)})], period=quarter(2025, 1)),
            results("q2", "2025-06-30", [_check({SOR: (50, 8)})], period=quarter(2025, 2)),
            results("q3", "2025-09-30", [_check({LER: (30, 3), HEI: (20, 2)})], period=quarter(2025, 3)),
            results("q4", "2025-12-31", [_check({LER: (30, 4), HEI: (20, 1)})], period=quarter(2025, 4))]
    with open_store(path) as store:
        for r in runs:
            store.record_run(r)
    return str(path)


def _quarters(office: dict) -> list:
    return [(p["failed"], p["evaluated"]) if p else None for p in office["quarters"]]


def test_a_split_office_is_one_row_of_the_annual_report(tmp_path):
    history = _history(tmp_path / "h.sqlite")
    out = tmp_path / "out"
    split = ["--join", f"{LER}={SOR}", "--join", f"{HEI}={SOR}"]
    r = CliRunner().invoke(main, ["annual", "--year", "2025", "--history", history, "--out", str(out), *split])
    assert r.exit_code == 0, r.output
    html = (out / "arsrapport_2025.html").read_text(encoding="utf-8")
    assert ("Enheter slått sammen (--join): NAV Heimdal (5001) og NAV Lerkendal (5001) telles som "
            "NAV Trondheim sør (5001).") in html
    with open_store(history) as store:
        plain = annual_figures(store, 2025)
        from audit.supervision.joins import parse_joins

        joined = annual_figures(store, 2025, joins=parse_joins([f"{LER}={SOR}", f"{HEI}={SOR}"]))
    assert sorted(o["office"] for o in plain["offices"]) == [HEI, LER, SOR]
    assert sorted(plain["new_offices"]) == [HEI, LER]
    assert [o["office"] for o in joined["offices"]] == [SOR]
    assert _quarters(joined["offices"][0]) == [(10, 50), (8, 50), (5, 50), (5, 50)]
    assert joined["new_offices"] == []
    # every case once: the office table adds up to the year's totals, with and without the joins
    for q in range(4):
        total = joined["totals"]["quarters"][q]
        assert sum(o["quarters"][q]["failed"] for o in joined["offices"] if o["quarters"][q]) == total["failed"]
        assert total == plain["totals"]["quarters"][q]
    # the open findings at year end belong to the joined office (the Q4 run's five deviations)
    assert joined["offices"][0]["open_findings"] == 5
    assert joined["joins"] == [{"unit": "NAV Lerkendal (5001)", "into": "NAV Trondheim sør (5001)"},
                               {"unit": "NAV Heimdal (5001)", "into": "NAV Trondheim sør (5001)"}]


def test_an_annual_join_naming_no_office_is_an_error(tmp_path):
    history = _history(tmp_path / "h.sqlite")
    r = CliRunner().invoke(main, ["annual", "--year", "2025", "--history", history, "--out", str(tmp_path / "out"),
                                  "--join", f"NAV Lerkendahl={SOR}", "--lang", "en"])
    assert r.exit_code == 2, r.output
    assert "«NAV Lerkendahl» is not among the units in the data" in r.output and "«NAV Lerkendal (5001)»" in r.output
    assert not (tmp_path / "out").exists()
