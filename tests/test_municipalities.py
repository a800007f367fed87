"""Municipality names by number and year (audit/data/municipalities.csv, read offline).

Numbers changed on 1 January 2020 and 2024: Halden was 3001 from 2020 to 2023 and is 3101 since
2024. A year without a list falls back to the nearest list in the same numbering period, never
across a change; an unknown number stays a number.
"""

from __future__ import annotations

import json

from click.testing import CliRunner

from audit.cli import main
from audit.municipalities import TABLE, list_year, municipality_label, municipality_name
from tests.test_supervision_compare import _write


def test_a_number_is_named_by_the_list_of_its_year():
    assert municipality_name("3001", 2023) == "Halden" and municipality_name("3101", 2025) == "Halden"
    # 3101 did not exist before 2024, and 3001 not after: no name rather than a wrong one
    assert municipality_name("3101", 2023) is None and municipality_name("3001", 2024) is None
    assert municipality_name("4618", 2025) == "Ullensvang" and municipality_name("4622", 2025) == "Kvam"
    # names change too: the list gives Trondheim its South Sami name from 2023
    assert municipality_name("5001", 2022) == "Trondheim" and municipality_name("5001", 2025) == "Trondheim - Tråante"
    assert municipality_name(301, 2025) == "Oslo"  # a number read as an integer lost its leading zero


def test_years_without_a_list_fall_back_within_the_numbering_period_only():
    assert list_year(2020) == list_year(2021) == 2022  # the numbers were the same from 2020 to 2023
    assert municipality_name("3001", 2020) == "Halden"
    assert list_year(2031) == 2026 and municipality_name("3101", 2031) == "Halden"
    # before 2020 the numbers were different and there is no list: no name at all
    assert list_year(2019) is None and municipality_name("5001", 2019) is None
    assert municipality_name("5001", None) is None


def test_an_unknown_number_stays_a_number():
    assert municipality_label("9999", 2025) == "9999"
    assert municipality_label("3001", 2025) == "3001"
    assert municipality_label("3101", 2025) == "Halden (3101)"


def test_the_table_names_its_source_commit_and_licence():
    head = "".join(line for line in TABLE.read_text(encoding="utf-8").splitlines(keepends=True) if line.startswith("#"))
    assert "statisticsnorway/kostra-kontrollprogram" in head and "file_description_11CF_<year>.yaml" in head
    assert "commit " in head and "MIT License" in head and "Statistics Norway" in head
    assert "KOMMNR_KVP_KOMM" in head


def _findings_results(municipality, as_of, period=None):
    run = {"id": "r1", "as_of": as_of, "suite": "kvp", "inputs": [{"path": "saker.csv", "rows": 40, "format": "csv"}]}
    if period:
        run["period"] = period
    return {"run": run, "dataset": {"name": "kvp", "rows": 40, "offices": ["NAV Halden"],
                                    "municipalities": [municipality]},
            "checks": [{"id": "kvp.start_delay", "kind": "deviation", "status": "deviation", "evaluated": 40,
                        "failed": 10, "warned": 0, "unknown": 0, "parameters": {}, "legal_basis": "—",
                        "title": {"nb": "Oppstart", "en": "Start"}, "cases": [], "missing_columns": []}]}


def _findings(tmp_path, name, doc, *args):
    f = tmp_path / name
    f.write_text(json.dumps(doc), encoding="utf-8")
    r = CliRunner().invoke(main, ["findings", str(f), *args])
    assert r.exit_code == 0, r.output
    return r.output


def test_draft_findings_name_the_municipality_of_the_results_year(tmp_path):
    out = _findings(tmp_path, "2025.json", _findings_results("3101", "2025-12-31"))
    assert "Halden kommune (3101)" in out and "kommune 3101" not in out
    # the period decides the year: cases of 2023, audited in 2024, carry 2023's numbers
    out = _findings(tmp_path, "2023.json", _findings_results("3001", "2024-03-01",
                                                           {"from": "2023-01-01", "to": "2023-12-31"}))
    assert "Halden kommune (3001)" in out
    out = _findings(tmp_path, "2023en.json", _findings_results("3001", "2023-12-31"), "--lang", "en")
    assert "Halden municipality (3001)" in out
    # a number the year's list does not have stays a number
    assert "kommune 3001" in _findings(tmp_path, "old.json", _findings_results("3001", "2025-12-31"))
    assert "kommune 9999" in _findings(tmp_path, "x.json", _findings_results("9999", "2025-12-31"))
    # --subject still wins
    out = _findings(tmp_path, "s.json", _findings_results("3101", "2025-12-31"), "--subject", "Byen")
    assert "Halden kommune" not in out and "Byen" in out


def test_compare_by_municipality_names_each_unit_by_its_year(tmp_path):
    def doc(number, as_of, run_id):
        return {"run": {"id": run_id, "as_of": as_of, "suite": "kvp"}, "dataset": {"rows": 10},
                "checks": [{"id": "kvp.start_delay", "kind": "deviation", "status": "deviation", "evaluated": 10,
                            "failed": 2, "warned": 0, "unknown": 0, "parameters": {}, "cases": [],
                            "by_office": [{"office": "NAV X", "municipality": number, "evaluated": 10, "failed": 2,
                                           "warned": 0, "unknown": 0}]}]}
    paths = _write(tmp_path, [(f"{name}/results.json", doc(number, end, name))
                              for name, number, end in (("a", "3001", "2023-12-31"), ("b", "3101", "2025-12-31"),
                                                        ("c", "9999", "2025-12-31"))])
    r = CliRunner().invoke(main, ["compare", *paths, "--by", "municipality", "--out", str(tmp_path / "cmp")])
    assert r.exit_code == 0, r.output
    data = json.loads((tmp_path / "cmp" / "sammenligning.json").read_text(encoding="utf-8"))
    assert sorted(u["label"] for u in data["units"]) == ["9999", "Halden (3001)", "Halden (3101)"]
    assert [u["municipality"] for u in sorted(data["units"], key=lambda u: u["label"])] == ["9999", "3001", "3101"]
    # a municipality merged or renumbered is joined by its number or its label
    r = CliRunner().invoke(main, ["compare", *paths, "--by", "municipality", "--join", "3001=3101",
                                  "--out", str(tmp_path / "joined")])
    assert r.exit_code == 0, r.output
    assert "Halden (3001) telles som Halden (3101)" in r.output
