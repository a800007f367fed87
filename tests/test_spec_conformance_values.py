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
from tests.test_spec_conformance import _run


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


def test_a_parameter_in_months_or_a_share_is_refused_when_it_cannot_be_applied_as_stated(tmp_path):
    """checks.md: parameters can be overridden per run or in a configuration file, and every report
    states the values used. A month count of 1.5 was reported as 1.5 but applied as 1 month; a
    target share of 80 (meant as 80 %) can never be met. Both stop the run (exit 2) naming the
    parameter and the value; whole months and shares from 0 to 1 run as given."""
    export = tmp_path / "saker.csv"
    export.write_text("case_id;application_date;decision_date\nK1;2025-01-31;2025-03-10\n", "utf-8")
    config = tmp_path / "param.yaml"
    config.write_text("parameters:\n  kvp.processing_time:\n    months: 1.5\n", "utf-8")
    for options in (("--set", "kvp.processing_time.months=1,5"), ("-c", str(config)),
                    ("--set", "kvp.max_duration.months=-2"), ("--set", "kvp.outcome_work_education.target_share=80")):
        result, _ = _run(tmp_path, [export], *options)
        assert result.exit_code == 2, (options, result.output)
        assert "kvp." in result.output and "Traceback" not in result.output
    config.write_text("parameters:\n  kvp.max_duration:\n    months:\n      - {from: null, value: 12.5}\n", "utf-8")
    result, _ = _run(tmp_path, [export], "-c", str(config))
    assert result.exit_code == 2 and "kvp.max_duration.months" in result.output, result.output
    result, r = _run(tmp_path, [export], "--set", "kvp.processing_time.months=2",
                     "--set", "kvp.outcome_work_education.target_share=0,8")
    assert result.exit_code == 0, result.output
    assert r["run"]["parameters"]["kvp.processing_time"] == {"months": 2}
    assert next(c for c in r["checks"] if c["id"] == "kvp.processing_time")["failed"] == 0  # 10.03 ≤ 31.03


def test_parquet_rows_are_counted_as_in_the_same_table_saved_as_csv(tmp_path):
    """results.md: ``row`` is the line number as a user counts it (header = row 1 in CSV/XLSX).
    A Parquet file has no header line; docs/input.md: its first record is row 2, as in the same
    table saved as CSV. Parquet's own types are read as the canonical ones: a Date column, a
    boolean column, an unsigned integer; a year outside 1900–2199 cannot be read."""
    import datetime as dt

    import polars as pl

    export = tmp_path / "soknader.parquet"
    pl.DataFrame({
        "application_id": ["A1", "A2", "A3"],
        "received_date": [dt.date(2025, 1, 1), dt.date(1, 1, 1), dt.date(2025, 1, 1)],
        "decision_date": [dt.date(2025, 1, 3), dt.date(2025, 1, 2), dt.date(2025, 1, 2)],
        "emergency": [True, True, False],
        "months_on_assistance": pl.Series([6, 7, 8], dtype=pl.UInt8),
    }).write_parquet(export)
    result, r = _run(tmp_path, [export], "--suite", "stonad")
    assert result.exit_code == 0, result.output
    assert [(i["row"], i["column"]) for i in r["input_issues"]] == [(3, "received_date")]
    check = next(c for c in r["checks"] if c["id"] == "stonad.emergency_same_day")
    assert [(c["key"], c["level"], c["value"]) for c in check["cases"]] == [("A1", "deviation", 2)]
    assert (check["evaluated"], check["unknown"], check["unknown_keys"]) == (1, 1, ["A2"])


def test_journal_numbers_a_workbook_stored_as_numbers_join_the_kostra_file_they_came_from(tmp_path):
    """case-data.md: a KOSTRA 11CF file plus a review workbook with the grounds columns for the same
    journal numbers is one ``kvp`` dataset, joined on the key. PERSON_JOURNALNR is written with
    leading zeros (00001234); a workbook holds the number 1234. Those rows are the same case: the
    review's grounds judge the KOSTRA row, the run says which keys it matched this way, and a key
    that matches no other file stays its own row."""
    from tests.kostra_records import base_11cf, fnr, record

    base = base_11cf(2025)
    export = tmp_path / "kvp_11cf.dat"
    export.write_text("\n".join([
        record("11CF", 2025, {**base, "PERSON_JOURNALNR": "00001234"}, person=fnr(1, 1, 1990)),
        record("11CF", 2025, {**base, "PERSON_JOURNALNR": "00005678"}, person=fnr(1, 1, 1990, 300)),
    ]) + "\n", "ascii")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["case_id", "ground_age"])
    ws.append([1234, "nei"])
    ws.append([5678, "ja"])
    ws.append([999, "nei"])
    review = tmp_path / "gjennomgang.xlsx"
    wb.save(review)
    result, r = _run(tmp_path, [export, review])
    assert result.exit_code == 0, result.output
    assert r["dataset"]["rows"] == 3
    check = next(c for c in r["checks"] if c["id"] == "kvp.grounds.age")
    assert [c["key"] for c in check["cases"]] == ["00001234"]
    assert (check["evaluated"], check["failed"], check["unknown"]) == (2, 1, 0)
    assert "00001234" in result.output and "1234" in result.output  # the run says what it matched


def test_a_number_no_case_can_have_is_unreadable_not_a_breach(tmp_path):
    """checks.md: a value that cannot be read is listed in input_issues and the row is unknown for the
    checks that need it; it never becomes a breach. A birth year of 90 (a year typed with two digits)
    read as the year 90 made a 1935-year-old applicant a breach of the age limit; -5 hours a week
    and -1 planned evaluations were breaches of full time and evaluation. Like a date outside
    1900–2199 (docs/input.md), a birth year outside those years, a negative count, more hours than
    a week has (168) and more than 12 of the last 12 months cannot be read."""
    export = tmp_path / "saker.csv"
    export.write_text(
        "case_id;decision;decision_date;birth_year;program_start_date;hours_per_week;evaluations_planned\n"
        "K1;granted;2025-03-03;90;2025-03-10;-5;-1\n"
        "K2;granted;2025-03-03;1990;2025-03-10;169;1\n"
        "K3;granted;2025-03-03;1958;2025-03-10;168;0\n", "utf-8")
    result, r = _run(tmp_path, [export])
    assert result.exit_code == 0, result.output
    assert [(i["row"], i["column"]) for i in r["input_issues"]] == [
        (2, "birth_year"), (2, "hours_per_week"), (2, "evaluations_planned"), (3, "hours_per_week")]
    assert "90" in r["input_issues"][0]["message"] and "1900" in r["input_issues"][0]["message"]
    age = next(c for c in r["checks"] if c["id"] == "kvp.age")
    assert (age["evaluated"], age["failed"], age["unknown_keys"]) == (2, 0, ["K1"])  # K3 is 67: within
    full = next(c for c in r["checks"] if c["id"] == "kvp.full_time")
    assert (full["evaluated"], full["failed"], full["unknown_keys"]) == (1, 0, ["K1", "K2"])
    ev = next(c for c in r["checks"] if c["id"] == "kvp.evaluation_planned")
    assert [c["key"] for c in ev["cases"]] == ["K3"] and ev["unknown_keys"] == ["K1"]

    export = tmp_path / "soknader.csv"
    export.write_text("application_id;received_date;birth_year;months_on_assistance;children_in_household\n"
                      "S1;2025-03-03;1990;13;-1\nS2;2025-03-03;1990;12;0\n", "utf-8")
    result, r = _run(tmp_path, [export], "--suite", "stonad", "--overwrite")
    assert result.exit_code == 0, result.output
    assert [(i["row"], i["column"]) for i in r["input_issues"]] == [
        (2, "months_on_assistance"), (2, "children_in_household")]
    long_term = next(c for c in r["checks"] if c["id"] == "stonad.kvp_information_long_term")
    assert long_term["status"] == "not_evaluated"  # no kvp_informed_date column


def test_a_birth_date_after_the_date_the_age_is_taken_on_gives_no_age(tmp_path):
    """checks.md: age is full years between birth_date and the date the check names. A birth date
    after that date gives no age (there are no negative years): the row is unknown for kvp.age, not
    a breach of the minimum age; a 15-year-old is a breach."""
    export = tmp_path / "saker.csv"
    export.write_text("case_id;decision;decision_date;birth_date;birth_year\n"
                      "K1;granted;2025-03-03;2026-01-01;\n"
                      "K2;granted;2025-03-03;;2030\n"
                      "K3;granted;2025-03-03;2010-01-01;\n", "utf-8")
    result, r = _run(tmp_path, [export])
    assert result.exit_code == 0, result.output
    age = next(c for c in r["checks"] if c["id"] == "kvp.age")
    assert [(c["key"], c["value"]) for c in age["cases"]] == [("K3", 15)]
    assert (age["evaluated"], age["unknown_keys"]) == (1, ["K1", "K2"])


def test_a_results_file_in_the_contract_s_own_form_is_read_with_its_run_parameters(tmp_path):
    """results.md: keys may be added, the ones it shows keep their meaning, and readers tolerate files
    without the added ones. Its example gives the parameters only in ``run.parameters``; the draft
    findings and the report read them there (the draft said «mer enn – etter vedtaket», the report
    «ingen tallgrense»), so a check without its own ``parameters`` still states the values used."""
    example = {
        "tool": {"name": "nav-audit", "version": "0.0.9"},
        "run": {"id": "20261122T120000-abcdef", "as_of": "2026-11-22", "suite": "kvp",
                "parameters": {"kvp.start_delay": {"warning_days": 14, "deviation_days": 30}},
                "inputs": [{"path": "saker.xlsx", "sha256": "00", "rows": 412}]},
        "input_issues": [{"file": "kvp_2025.dat", "row": 17, "column": "VEDTAK_DATO",
                          "message": "ugyldig dato '310225x'"}],
        "checks": [{"id": "kvp.start_delay", "kind": "deviation", "status": "deviation", "evaluated": 118,
                    "failed": 7, "warned": 3, "unknown": 2, "legal_basis": "sosialtjenesteloven §§ 29, 4",
                    "missing_columns": [],
                    "cases": [{"key": "K-0042", "level": "deviation", "value": 45, "office": "NAV Lerkendal",
                               "caseworker": "S12"}]}],
    }
    source = tmp_path / "results.json"
    source.write_text(json.dumps(example), "utf-8")
    draft = tmp_path / "funn.md"
    result = CliRunner().invoke(main, ["findings", str(source), "--out", str(draft)])
    assert result.exit_code == 0, result.output
    text = draft.read_text("utf-8").replace("\u00a0", " ")
    assert "mer enn 30 dager etter vedtaket" in text and "mer enn –" not in text
    result = CliRunner().invoke(main, ["report", str(source), "--out", str(tmp_path / "rapport"), "--format", "html"])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "rapport" / "rapport.html").read_text("utf-8")
    assert "ingen tallgrense" not in html


def test_a_mapped_header_wins_over_an_unmapped_header_with_the_canonical_name(tmp_path):
    """case-data.md: headers that already are canonical need no entry; columns neither mapped nor
    canonical never change an outcome. When the mapping names «Vedtaksdato» for decision_date and the
    export also has a header «decision_date», the mapping decides (docs/input.md); mapping options
    for the other format (``sheet`` for a CSV) are ignored; ``date_format`` is tried before ISO."""
    export = tmp_path / "saker.csv"
    export.write_text("Saksnr;decision_date;Vedtaksdato;application_date\n"
                      "K1;2025-01-01;02/03/2025;2025-01-10\nK2;2025-01-01;2025-01-20;2025-01-10\n", "utf-8")
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("dataset: kvp\nsheet: Saker\ndate_format: \"%d/%m/%Y\"\n"
                       "columns: {case_id: Saksnr, decision_date: Vedtaksdato}\n", "utf-8")
    result, r = _run(tmp_path, [export], "-m", str(mapping))
    assert result.exit_code == 0, result.output
    assert r["input_issues"] == []
    check = next(c for c in r["checks"] if c["id"] == "kvp.processing_time")
    assert [(c["key"], c["value"]) for c in check["cases"]] == [("K1", 51)]  # 10.01 -> 02.03 (not 01.01)
    assert check["evaluated"] == 2


def test_an_iso_timestamp_with_a_time_zone_is_the_date_in_norway(tmp_path):
    """case-data.md: ISO dates are recognised. An export writing ISO 8601 timestamps with an offset
    (2025-03-03T10:00:00Z, 2025-04-03T10:00:00+02:00) could not be read; each is the calendar date in
    Norway (Europe/Oslo), as for a Parquet timestamp with a time zone: 23:30 UTC on 3 April is
    4 April in Oslo."""
    export = tmp_path / "saker.csv"
    export.write_text("case_id;decision;decision_date;program_start_date\n"
                      "K1;granted;2025-03-03T10:00:00Z;2025-04-03T10:00:00+02:00\n"
                      "K2;granted;2025-03-03T10:00:00.123Z;2025-04-02T23:30:00Z\n", "utf-8")
    result, r = _run(tmp_path, [export])
    assert result.exit_code == 0, result.output
    assert r["input_issues"] == []
    check = next(c for c in r["checks"] if c["id"] == "kvp.start_delay")
    assert [(c["key"], c["level"], c["value"]) for c in check["cases"]] == [
        ("K1", "deviation", 31), ("K2", "deviation", 31)]
