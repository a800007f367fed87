"""Dates with the month as a word («1. mars 2025», «01.mar.2025», «Mar 1, 2025»): `map` finds such a
column and `run` reads it, from CSV and from XLSX text cells; anything else stays an input issue."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from audit.cli import main

NB = ["jan", "feb.", "mars", "april", "MAI", "juni", "Juli", "aug.", "sep.", "okt", "nov.", "des."]
EN = ["January", "Feb", "Mar.", "april", "May", "JUNE", "Jul", "August", "Sept.", "October", "Nov", "Dec."]
ROWS = 24


def _nb_rows() -> list[list[str]]:
    rows = [["Saksnummer", "Kommunenr", "NAV-kontor", "Søknadsdato", "Vedtaksdato", "Vedtak"]]
    for i in range(ROWS):  # the decision 14 days after the application, a month as a word in both
        rows.append([f"K-{i:03d}", "5001", "NAV Test", f"{1 + i % 10}. {NB[i % 12]} 2025",
                     f"{15 + i % 10:02d}.{NB[i % 12].rstrip('.')}.2025" if i % 2 else f"{15 + i % 10}. {NB[i % 12]} 2025",
                     "Innvilget"])
    return rows


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    path.write_text("\n".join(";".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def _write_xlsx(path: Path, rows: list[list[str]]) -> Path:
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(r)  # every cell a text cell, as an export writes «1 March 2025»
    wb.save(path)
    return path


def _map(export: Path, out: Path, *lang: str) -> str:
    r = CliRunner().invoke(main, ["map", str(export), "--out", str(out), *lang])
    assert r.exit_code == 0, r.output
    return out.read_text(encoding="utf-8")


def _run(export: Path, mapping: Path, out: Path) -> dict:
    r = CliRunner().invoke(main, ["run", str(export), "--mapping", str(mapping), "--as-of", "2025-12-31",
                                  "--out", str(out), "--no-history", "--format", "none"])
    assert r.exit_code == 0, r.output
    return json.loads((out / "results.json").read_text(encoding="utf-8"))


def _check(results: dict, check_id: str) -> dict:
    return next(c for c in results["checks"] if c["id"] == check_id)


def test_map_finds_and_run_reads_norwegian_month_names_in_a_csv(tmp_path):
    export = _write_csv(tmp_path / "uttrekk.csv", _nb_rows())
    draft = _map(export, tmp_path / "mapping.yaml")
    assert "application_date: Søknadsdato" in draft and "decision_date: Vedtaksdato" in draft
    assert draft.count("· datoer") == 2 and "date_format" not in draft  # read without one
    results = _run(export, tmp_path / "mapping.yaml", tmp_path / "run")
    assert results["input_issues"] == []
    c = _check(results, "kvp.processing_time")
    assert c["status"] != "not_evaluated" and c["evaluated"] == ROWS and c["unknown"] == 0
    assert _check(results, "kvp.data.dates_in_order")["failed"] == 0  # every decision after its application


def test_map_finds_and_run_reads_english_month_names_in_xlsx_text_cells(tmp_path):
    rows = [["Case number", "Office", "Application received", "Decision made on", "Decision"]]
    for i in range(ROWS):
        decided = f"{EN[i % 12]} {15 + i % 10}, 2025" if i % 2 else f"{15 + i % 10} {EN[i % 12]} 2025"
        rows.append([f"K-{i:03d}", "NAV Test", f"{1 + i % 10} {EN[i % 12]} 2025", decided, "Granted"])
    export = _write_xlsx(tmp_path / "export.xlsx", rows)
    draft = _map(export, tmp_path / "mapping.yaml", "--lang", "en")
    assert "application_date: Application received" in draft and "decision_date: Decision made on" in draft
    assert draft.count("· dates") == 2 and "date_format" not in draft
    results = _run(export, tmp_path / "mapping.yaml", tmp_path / "run")
    assert results["input_issues"] == []
    c = _check(results, "kvp.processing_time")
    assert c["evaluated"] == ROWS and c["unknown"] == 0
    assert _check(results, "kvp.data.dates_in_order")["failed"] == 0


def test_a_word_that_is_no_month_stays_an_input_issue_naming_file_row_column_and_value(tmp_path):
    rows = _nb_rows()
    rows[3][4] = "15. marz 2025"  # a typing error: no month is called «marz»
    rows[5][4] = "15. mars"  # no year
    for path in (_write_csv(tmp_path / "uttrekk.csv", rows), _write_xlsx(tmp_path / "uttrekk.xlsx", rows)):
        mapping = tmp_path / f"{path.suffix[1:]}.yaml"
        _map(path, mapping)
        results = _run(path, mapping, tmp_path / f"run-{path.suffix[1:]}")
        issues = [(Path(i["file"]).name, i["row"], i["column"]) for i in results["input_issues"]]
        assert issues == [(path.name, 4, "Vedtaksdato"), (path.name, 6, "Vedtaksdato")], results["input_issues"]
        assert "15. marz 2025" in results["input_issues"][0]["message"]
        assert "15. mars" in results["input_issues"][1]["message"]
        assert _check(results, "kvp.processing_time")["unknown"] == 2


def test_a_date_format_with_month_names_reads_norwegian_and_english_names(tmp_path):
    # strptime's %b/%B know English names only; the Norwegian ones are read as without a date_format
    rows = _nb_rows()
    rows[1][3], rows[2][3] = "1. Mar 2025", "2. March 2025"
    export = _write_csv(tmp_path / "uttrekk.csv", rows)
    _map(export, tmp_path / "draft.yaml")
    for fmt in ("%d. %b %Y", "%d. %B %Y"):
        text = (tmp_path / "draft.yaml").read_text(encoding="utf-8").replace("dataset: kvp", f'dataset: kvp\ndate_format: "{fmt}"')
        mapping = tmp_path / "mapping.yaml"
        mapping.write_text(text, encoding="utf-8")
        results = _run(export, mapping, tmp_path / f"run{fmt.count('B')}")
        assert results["input_issues"] == [], fmt
        assert _check(results, "kvp.processing_time")["evaluated"] == ROWS
