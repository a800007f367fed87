"""Conformance with case-data.md on single values an outside tester would try (hand-built exports).

Driven through click's CliRunner like tests/test_spec_conformance.py; each test states the line
of the contract it pins.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from audit.cli import main


def _run(tmp_path: Path, files: list[Path], *options: str, as_of: str = "2025-12-31"):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", *map(str, files), "--as-of", as_of, "--out", str(out),
                                       "--no-history", "--format", "none", *options])
    results = json.loads((out / "results.json").read_text("utf-8")) if result.exit_code == 0 else None
    return result, results


def test_a_municipality_number_is_four_digits_and_excel_s_lost_leading_zero_is_restored(tmp_path):
    """case-data.md: ``municipality`` is the kommunenummer, 4 digits (5001). A workbook stores Oslo's
    0301 as the number 301: it is 0301, the same municipality as in a CSV export (the scope, the
    per-office figures and the annual report join on it). A value that is not a municipality number
    (five digits, a name) cannot be read: an input issue naming file, row, column and value, and the
    rest of the row is audited."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["case_id", "municipality", "decision", "decision_date", "program_start_date"])
    ws.append(["K1", 301, "granted", "2025-01-01", "2025-03-01"])
    ws.append(["K2", 5001.0, "granted", "2025-01-01", "2025-03-01"])
    ws.append(["K3", "0301", "granted", "2025-01-01", "2025-03-01"])
    ws.append(["K4", "50011", "granted", "2025-01-01", "2025-03-01"])
    ws.append(["K5", "Oslo", "granted", "2025-01-01", "2025-03-01"])
    export = tmp_path / "saker.xlsx"
    wb.save(export)
    result, r = _run(tmp_path, [export])
    assert result.exit_code == 0, result.output
    assert [(Path(i["file"]).name, i["row"], i["column"]) for i in r["input_issues"]] == [
        ("saker.xlsx", 5, "municipality"), ("saker.xlsx", 6, "municipality")]
    assert "50011" in r["input_issues"][0]["message"] and "Oslo" in r["input_issues"][1]["message"]
    assert r["dataset"]["municipalities"] == ["0301", "5001"]
    assert r["run"]["scope"] == "0301+5001"
    check = next(c for c in r["checks"] if c["id"] == "kvp.start_delay")
    assert {c["key"]: c["municipality"] for c in check["cases"]} == {
        "K1": "0301", "K2": "5001", "K3": "0301", "K4": None, "K5": None}
    assert (check["evaluated"], check["failed"]) == (5, 5)  # the unreadable municipality decides nothing


def test_someone_born_on_29_february_turns_a_year_older_on_1_march_in_a_common_year(tmp_path):
    """checks.md: age is full years between birth_date and the date the check names. Born 29.02.1988,
    the applicant has not had a 30th birthday on 28.02.2018 (no 29 February that year): still 29, so
    § 20 a applies; on 01.03.2018 the applicant is 30 and it does not (docs/checks.md, common rules)."""
    export = tmp_path / "soknader.csv"
    export.write_text(
        "application_id;received_date;decision;decision_date;birth_date;conditions_set\n"
        "S1;2018-02-01;granted;2018-02-28;29.02.1988;nei\n"
        "S2;2018-02-01;granted;2018-03-01;29.02.1988;nei\n"
        "S3;2016-02-01;granted;2018-02-27;29.02.1988;nei\n", "utf-8")
    result, r = _run(tmp_path, [export], "--suite", "stonad")
    assert result.exit_code == 0, result.output
    check = next(c for c in r["checks"] if c["id"] == "stonad.activity_conditions_under_30")
    assert {c["key"] for c in check["cases"]} == {"S1", "S3"}
    assert r["input_issues"] == []
    assert (check["evaluated"], check["failed"], check["unknown"]) == (2, 2, 0)
