"""Comparison across municipalities/offices/runs: rates, ranks and Wilson intervals against hand computation."""

from __future__ import annotations

import json

import openpyxl
import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.errors import InputError
from audit.supervision.compare import compare_results, load_results, rank, wilson, Figure
from reports.compare import write_comparison

Z2 = 1.959963984540054 ** 2


def check(cid, evaluated, failed, *, kind="deviation", warned=0, unknown=0, status=None, params=None, by_office=()):
    return {"id": cid, "kind": kind, "title": {"nb": f"Tittel {cid}", "en": f"Title {cid}"},
            "legal_basis": "sosialtjenesteloven § 29", "status": status or ("deviation" if failed else "ok"),
            "evaluated": evaluated, "failed": failed, "warned": warned, "unknown": unknown,
            "parameters": params or {}, "by_office": list(by_office), "cases": []}


def results(scope, as_of, checks, suite="kvp", offices=()):
    return {"run": {"id": f"run-{scope}", "as_of": as_of, "suite": suite, "scope": scope},
            "dataset": {"rows": 100, "offices": list(offices), "municipalities": [scope]}, "checks": checks}


def _write(tmp_path, docs) -> list[str]:
    """Each (relative path, results dict) written as JSON under tmp_path; the paths, as the CLI takes them."""
    paths = []
    for p, d in docs:
        f = tmp_path / p
        f.parent.mkdir(parents=True)
        f.write_text(json.dumps(d), encoding="utf-8")
        paths.append(str(f))
    return paths


@pytest.fixture
def docs():
    return [
        ("a/results.json", results("5001", "2025-12-31", [
            check("kvp.start_delay", 40, 10, warned=2, unknown=1),
            check("kvp.grounds.age", 12, 3),
            check("kvp.data.dates_in_order", 50, 0, kind="data"),
            check("kvp.median_start_delay", 30, 0, kind="indicator"),
        ])),
        ("b/results.json", results("5006", "2025-12-31", [
            check("kvp.start_delay", 10, 1),
            check("kvp.grounds.age", 0, 0, status="not_evaluated"),
            check("kvp.data.dates_in_order", 20, 2, kind="data"),
        ])),
        ("c/results.json", results("3201", "2025-12-31", [
            check("kvp.start_delay", 100, 25),
            check("kvp.grounds.age", 3, 3),
            check("kvp.data.dates_in_order", 0, 0, kind="data"),
        ])),
    ]


def test_wilson_against_hand_computation():
    # Published values (Newcombe 1998, table I): 1/10 -> 0.0179–0.4042; 0/20 upper = z²/(n + z²)
    low, high = wilson(1, 10)
    assert round(low, 4) == 0.0179 and round(high, 4) == 0.4042
    low, high = wilson(0, 20)
    assert low == 0.0 and high == pytest.approx(Z2 / (20 + Z2))
    low, high = wilson(3, 3)
    assert high == 1.0 and low == pytest.approx(3 / (3 + Z2))
    assert [round(x, 4) for x in wilson(10, 40)] == [0.1419, 0.4019]
    assert [round(x, 4) for x in wilson(25, 100)] == [0.1755, 0.3430]
    assert wilson(0, 0) is None


def test_rates_ranks_and_small_numbers(docs):
    comp = compare_results(docs, min_n=20)
    assert [u.label for u in comp.units] == ["5001", "5006", "3201"]
    assert [c.id for c in comp.checks] == ["kvp.start_delay", "kvp.grounds.age", "kvp.data.dates_in_order"]  # no indicator
    start = comp.checks[0]
    rows = [(f.unit, f.rank, f.failed, f.evaluated, f.rate, f.small_n) for f in start.figures]
    # 3201 and 5001 tie at 25 %: same rank; 3201 first (its lower limit is higher: 100 cases)
    assert rows == [("3201", 1, 25, 100, 0.25, False), ("5001", 1, 10, 40, 0.25, False), ("5006", 3, 1, 10, 0.1, True)]
    assert [round(start.figures[0].low, 4), round(start.figures[1].low, 4)] == [0.1755, 0.1419]
    assert start.figures[1].warned == 2 and start.figures[1].unknown == 1
    assert (start.total.failed, start.total.evaluated) == (36, 150) and start.total.rate == pytest.approx(0.24)
    grounds = comp.checks[1]
    assert [(f.unit, f.rank, f.rate, f.small_n, f.status) for f in grounds.figures] == [
        ("3201", 1, 1.0, True, "deviation"), ("5001", 2, 0.25, True, "deviation"), ("5006", None, None, True, "not_evaluated")]
    assert (grounds.total.failed, grounds.total.evaluated) == (6, 15)
    data = comp.checks[2]
    assert [(f.unit, f.rank, f.rate) for f in data.figures] == [("5006", 1, 0.1), ("5001", 2, 0.0), ("3201", None, None)]


def test_rank_rule_directly():
    figs = [Figure(unit=u, evaluated=n, failed=x, status="ok").finish(20)
            for u, x, n in [("a", 1, 2), ("b", 5, 10), ("c", 0, 10), ("d", 2, 10), ("e", 0, 0)]]
    out = rank(figs)
    assert [(f.unit, f.rank) for f in out] == [("b", 1), ("a", 1), ("d", 3), ("c", 4), ("e", None)]


def test_by_office_and_municipality(docs):
    doc = results("5001", "2025-12-31", [check("kvp.start_delay", 30, 4, by_office=[
        {"office": "NAV Lerkendal", "municipality": "5001", "evaluated": 20, "failed": 4, "warned": 1, "unknown": 0},
        {"office": "NAV Heimdal", "municipality": "5001", "evaluated": 10, "failed": 0, "warned": 0, "unknown": 2},
    ])])
    doc2 = results("5006", "2025-12-31", [check("kvp.start_delay", 5, 1, by_office=[
        {"office": "NAV Steinkjer", "municipality": "5006", "evaluated": 5, "failed": 1, "warned": 0, "unknown": 0}])])
    comp = compare_results([("x.json", doc), ("y.json", doc2)], by="office")
    assert [(f.unit, f.rank, f.failed, f.evaluated) for f in comp.checks[0].figures] == [
        ("NAV Lerkendal (5001)", 1, 4, 20), ("NAV Steinkjer (5006)", 1, 1, 5), ("NAV Heimdal (5001)", 3, 0, 10)]
    comp = compare_results([("x.json", doc), ("y.json", doc2)], by="municipality")
    # a municipality by its name in the year of the results (audit/data/municipalities.csv)
    assert [(f.unit, f.failed, f.evaluated, f.unknown) for f in comp.checks[0].figures] == [
        ("Steinkjer (5006)", 1, 5, 0), ("Trondheim - Tråante (5001)", 4, 30, 2)]
    rerun = {**doc, "run": {**doc["run"], "id": "run-5001-again"}}
    with pytest.raises(InputError, match="finnes i både"):
        compare_results([("x.json", doc), ("z.json", rerun)], by="municipality")


def test_notes_and_errors(docs):
    other = results("1103", "2025-06-30", [check("kvp.start_delay", 10, 0, params={"deviation_days": 21})])
    comp = compare_results([*docs, ("d/results.json", other)])
    assert any("Kontrolldatoene er ulike" in n for n in comp.notes)
    assert comp.checks[0].notes and "Parametrene er ulike" in comp.checks[0].notes[0]
    with pytest.raises(InputError, match="ulike suiter"):
        compare_results([docs[0], ("s.json", results("1", "2025-12-31", [], suite="stonad"))])
    with pytest.raises(InputError, match="--label"):
        compare_results(docs, labels=["a"])
    # the same results given twice (another path, or the same run copied) would count twice: refused
    with pytest.raises(InputError, match="gitt to ganger"):
        compare_results([docs[0], ("again/results.json", docs[0][1])])
    with pytest.raises(InputError, match="gitt to ganger"):
        compare_results([docs[0], docs[0]])
    rerun = {**docs[0][1], "run": {**docs[0][1]["run"], "id": "run-5001-b", "as_of": "2025-06-30"}}
    same = compare_results([docs[0], ("again/results.json", rerun)])
    assert [u.label for u in same.units] == ["5001", "5001 (30.06.2025)"]


def test_files(tmp_path, docs):
    docs[0][1]["run"]["scope"] = "<b>Trondheim</b>"
    comp = compare_results(docs)
    files = write_comparison(comp, tmp_path)
    assert [f.name for f in files] == ["sammenligning.xlsx", "sammenligning.html", "sammenligning.json"]
    html = (tmp_path / "sammenligning.html").read_text(encoding="utf-8")
    assert "&lt;b&gt;Trondheim&lt;/b&gt;" in html and "<b>Trondheim" not in html
    assert "25,0\u00a0%" in html and "14,2\u00a0%–40,2\u00a0%" in html and "Få saker" in html
    wb = openpyxl.load_workbook(tmp_path / "sammenligning.xlsx")
    assert wb.sheetnames == ["Oversikt", "Rangering", "Om"]
    ws = wb["Rangering"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2, max_row=5)]
    # 25/100, 10/40 and 1/10 have overlapping intervals: no rank, "ikke påvisbar forskjell"
    assert rows[0][:8] == ["kvp.start_delay", "Tittel kvp.start_delay", "sosialtjenesteloven § 29",
                           "ikke påvisbar forskjell", "3201", 25, 100, 0.25]
    assert rows[1][3:8] == ["ikke påvisbar forskjell", "<b>Trondheim</b>", 10, 40, 0.25] and round(rows[1][8], 4) == 0.1419
    assert rows[2][4] == "5006" and rows[2][10] == "ja"
    assert rows[3][4] == "Alle" and rows[3][5:7] == [36, 150]
    over = wb["Oversikt"]
    assert [c.value for c in over[1]] == ["Id", "Kontroll", "<b>Trondheim</b>", "5006", "3201", "Alle"]
    assert over.cell(3, 4).value == "ikke vurdert"
    data = json.loads((tmp_path / "sammenligning.json").read_text(encoding="utf-8"))
    assert data["checks"][0]["figures"][0]["unit"] == "3201" and data["confidence"]["method"] == "wilson"


def test_load_results_errors(tmp_path):
    with pytest.raises(InputError, match="finnes ikke"):
        load_results(tmp_path / "nope.json")
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="ikke gyldig JSON"):
        load_results(tmp_path / "bad.json")
    (tmp_path / "other.json").write_text('{"a": 1}', encoding="utf-8")
    with pytest.raises(InputError, match="results.json fra nav-audit"):
        load_results(tmp_path / "other.json")


def test_cli_compare(tmp_path, docs):
    paths = []
    for p, d in docs:
        f = tmp_path / p
        f.parent.mkdir(parents=True)
        f.write_text(json.dumps(d), encoding="utf-8")
        paths.append(str(f.parent))  # a folder holding results.json is accepted
    out = tmp_path / "cmp"
    r = CliRunner().invoke(main, ["compare", *paths, "--out", str(out), "--label", "Trondheim", "--label", "Steinkjer",
                                  "--label", "Hamar"])
    assert r.exit_code == 0, r.output
    assert "Sammenlignet 3 enheter på 3 kontroller" in r.output
    assert "≈ Hamar 25,0\u00a0% (25/100), ≈ Trondheim 25,0\u00a0% (10/40), Steinkjer 10,0\u00a0% (1/10*)" in r.output
    assert "≈ ikke påvisbar forskjell" in r.output
    # a unit at 0 % is in the terminal lines too (kvp.data.dates_in_order: Trondheim 0/50)
    assert "Trondheim 0,0\u00a0% (0/50)" in r.output
    # the same results file twice is refused
    r = CliRunner().invoke(main, ["compare", paths[0], paths[0] + "/results.json"])
    assert r.exit_code == 2 and "gitt to ganger" in r.output
    assert (out / "sammenligning.html").exists() and (out / "sammenligning.xlsx").exists()
    r = CliRunner().invoke(main, ["compare", str(tmp_path / "nope.json")])
    assert r.exit_code == 2
    r = CliRunner().invoke(main, ["compare", *paths, "--format", "pdf", "--out", str(out)])
    assert r.exit_code == 2 and "pdf" in r.output


def test_cli_compare_few_cases_do_not_hide_a_difference(tmp_path):
    # 23/60 = 38 % [27, 51] and 4/71 = 6 % [2, 14] differ detectably; a municipality with 2 cases
    # (0/2: [0, 66 %]) overlaps both, but with so few cases it says little and must not erase the difference
    docs = [("t/results.json", results("5001", "2025-12-31", [check("kvp.start_delay", 60, 23)])),
            ("a/results.json", results("3203", "2025-12-31", [check("kvp.start_delay", 71, 4)])),
            ("u/results.json", results("1151", "2025-12-31", [check("kvp.start_delay", 2, 0)]))]
    paths = _write(tmp_path, docs)
    out = tmp_path / "cmp"
    r = CliRunner().invoke(main, ["compare", *paths, "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert "1. 5001 38,3\u00a0% (23/60), 2. 3203 5,6\u00a0% (4/71), 1151 0,0\u00a0% (0/2*)" in r.output
    comp = json.loads((out / "sammenligning.json").read_text(encoding="utf-8"))
    figs = {f["unit"]: f for f in comp["checks"][0]["figures"]}
    assert figs["5001"]["distinct"] and figs["5001"]["overlaps"] == []
    assert not figs["1151"]["distinct"] and set(figs["1151"]["overlaps"]) == {"5001", "3203"}
    # the overview marks 5001 as the highest rate that differs detectably
    wb = openpyxl.load_workbook(out / "sammenligning.xlsx")
    assert any("▲" in str(c.value) for row in wb.worksheets[0].iter_rows() for c in row if c.value)


def test_cli_compare_says_when_the_units_cover_different_periods(tmp_path):
    # a KOSTRA file covers its reporting year; one export was run for 2025 (--period), another
    # for no stated period (the whole export, perhaps 2017–2025): the rates rest on different periods
    kostra = results("5001", "2025-12-31", [check("kvp.start_delay", 60, 23)])
    kostra["run"]["inputs"] = [{"path": "k.dat", "format": "kostra", "kostra_form": "11CF", "kostra_year": 2025}]
    y2025 = results("3203", "2025-12-31", [check("kvp.start_delay", 71, 4)])
    y2025["run"]["period"] = {"from": "2025-01-01", "to": "2025-12-31"}
    whole = results("3201", "2025-12-31", [check("kvp.start_delay", 90, 9)])
    paths = _write(tmp_path, [("k/results.json", kostra), ("a/results.json", y2025), ("b/results.json", whole)])
    out = tmp_path / "cmp"
    r = CliRunner().invoke(main, ["compare", *paths, "--out", str(out)])
    assert r.exit_code == 0, r.output
    text = r.output.replace("\u00a0", " ")
    assert ("Enhetene dekker ulike perioder: 5001: 01.01.2025–31.12.2025 (KOSTRA-året 2025); "
            "3203: 01.01.2025–31.12.2025; 3201: ikke oppgitt (hele uttrekket).") in text
    # units with the same period are named together
    other = tmp_path / "c" / "results.json"
    other.parent.mkdir()
    other.write_text(json.dumps(results("3301", "2025-12-31", [check("kvp.start_delay", 50, 5)])), encoding="utf-8")
    r = CliRunner().invoke(main, ["compare", paths[2], paths[1], str(other), "--out", str(tmp_path / "again")])
    assert r.exit_code == 0, r.output
    assert ("Enhetene dekker ulike perioder: 3201 og 3301: ikke oppgitt (hele uttrekket); "
            "3203: 01.01.2025–31.12.2025.") in r.output.replace("\u00a0", " ")
    assert "Andelene er ikke direkte sammenlignbare" in text
    comp = json.loads((out / "sammenligning.json").read_text(encoding="utf-8"))
    assert [u["period"] for u in comp["units"]] == [
        {"from": "2025-01-01", "to": "2025-12-31"}, {"from": "2025-01-01", "to": "2025-12-31"}, None]
    # the same period everywhere: no note
    same = tmp_path / "same"
    r = CliRunner().invoke(main, ["compare", paths[0], paths[1], "--out", str(same)])
    assert r.exit_code == 0 and "ulike perioder" not in r.output


def test_cli_compare_never_ranks_a_unit_with_few_cases(tmp_path):
    # 1 of 2 cases (Wilson 9–91 %) lies clear of 2/95 and 1/109, but a municipality with two
    # cases is not «1.» among municipalities: its rate is shown, marked as few cases, unranked
    docs = [("u/results.json", results("1151", "2025-12-31", [check("kvp.grounds.benefits", 2, 1)])),
            ("b/results.json", results("3201", "2025-12-31", [check("kvp.grounds.benefits", 95, 2)])),
            ("s/results.json", results("1103", "2025-12-31", [check("kvp.grounds.benefits", 109, 1)]))]
    paths = _write(tmp_path, docs)
    out = tmp_path / "cmp"
    r = CliRunner().invoke(main, ["compare", *paths, "--out", str(out)])
    assert r.exit_code == 0, r.output
    line = next(x for x in r.output.splitlines() if "kvp.grounds.benefits" in x).replace("\u00a0", " ")
    assert line.split("kvp.grounds.benefits")[1].strip() == "1151 50,0 % (1/2*), ≈ 3201 2,1 % (2/95), ≈ 1103 0,9 % (1/109)"
    comp = json.loads((out / "sammenligning.json").read_text(encoding="utf-8"))
    small = next(f for f in comp["checks"][0]["figures"] if f["unit"] == "1151")
    assert small["small_n"] and not small["distinct"]
    html = (out / "sammenligning.html").read_text(encoding="utf-8")
    assert "få saker" in html


def test_cli_compare_by_municipality_also_notes_a_kostra_file_against_exports(tmp_path):
    kostra = results("5001", "2025-12-31", [check("kvp.processing_time", 60, 21, by_office=[
        {"office": "00", "municipality": "5001", "evaluated": 60, "failed": 21, "warned": 0, "unknown": 0}])])
    kostra["run"]["inputs"] = [{"path": "k.dat", "format": "kostra", "kostra_form": "11CF", "kostra_year": 2025}]
    export = results("3201", "2025-12-31", [check("kvp.processing_time", 120, 7, by_office=[
        {"office": "NAV Bærum", "municipality": "3201", "evaluated": 120, "failed": 7, "warned": 0, "unknown": 0}])])
    export["run"]["inputs"] = [{"path": "b.csv", "format": "csv"}]
    paths = _write(tmp_path, [("k/results.json", kostra), ("b/results.json", export)])
    r = CliRunner().invoke(main, ["compare", *paths, "--by", "municipality", "--out", str(tmp_path / "cmp")])
    assert r.exit_code == 0, r.output
    assert ("Enhetene bygger på ulike kilder: KOSTRA-fil (Trondheim - Tråante (5001)) og saksuttrekk (Bærum (3201))"
            in r.output)


def test_cli_compare_no_rank_when_only_units_with_few_cases_are_left_to_differ_from(tmp_path):
    # Bærum (10/95) beside Utsira (0/2) alone: «1. 3201» would claim a difference from nobody
    docs = [("b/results.json", results("3201", "2025-12-31", [check("kvp.work_ability_assessment", 95, 10)])),
            ("u/results.json", results("1151", "2025-12-31", [check("kvp.work_ability_assessment", 2, 0)]))]
    paths = _write(tmp_path, docs)
    r = CliRunner().invoke(main, ["compare", *paths, "--out", str(tmp_path / "cmp")])
    assert r.exit_code == 0, r.output
    assert "≈ 3201 10,5\u00a0% (10/95), 1151 0,0\u00a0% (0/2*)" in r.output
