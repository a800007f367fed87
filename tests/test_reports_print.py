"""Issue 15 item 4: every workbook a person may print — run, annual (test_annual_report),
comparison (test_reports_compare), review and sample — has an A4 page set-up: orientation,
fitted to the page width, repeated header rows; the run workbook's case sheet prints the
columns a reader acts on at a readable size (LibreOffice renders it)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl

from audit.inputs import load_inputs
from audit.supervision.review import REVIEW_SHEET
from reports.review_workbook import write_review_workbook
from audit.supervision.sampling import draw_sample
from reports.sample_file import write_sample
from reports import render_reports
from tests.helpers import write_csv
from tests.report_browsers import pdf_pages, soffice_to_pdf
from tests.test_supervision_review import export_rows

FIXTURE = Path(__file__).parent / "fixtures" / "results_kvp_rules.json"
A4 = 9  # openpyxl's PAPERSIZE_A4


def assert_page_setup(ws, *, title_rows: str | None = None) -> None:
    assert ws.page_setup.orientation in ("landscape", "portrait"), ws.title
    assert int(ws.page_setup.paperSize) == A4, ws.title
    assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0, ws.title
    if title_rows:
        assert ws.print_title_rows == title_rows, (ws.title, ws.print_title_rows)


def test_run_workbook_every_sheet_and_a_readable_case_sheet(tmp_path):
    render_reports(json.loads(FIXTURE.read_text(encoding="utf-8")), tmp_path, formats=("xlsx",))
    wb = openpyxl.load_workbook(tmp_path / "rapport.xlsx")
    for ws in wb.worksheets:
        assert_page_setup(ws)
    cases = wb["Saker"]
    assert_page_setup(cases, title_rows="$4:$4")
    # only the columns a reader acts on are printed, and together they fit a landscape A4
    # page at a readable scale: ~150 characters of width at 100 %, so at least ~70 %
    area = cases.print_area
    assert area and area.startswith("'Saker'!$A$1:$L$") or area.startswith("Saker!$A$1:$L$") or "$A$1:$L$" in area
    widths = [cases.column_dimensions[chr(ord("A") + i)].width or 8.43 for i in range(12)]
    assert sum(widths) <= 215, widths  # 150 / 215 ≈ 0.70
    pdf = soffice_to_pdf(tmp_path / "rapport.xlsx", tmp_path, tmp_path / "lo-profile")
    assert pdf_pages(pdf.read_bytes()) >= 5


def test_case_sheet_with_history_prints_readably(tmp_path):
    """With history the case sheet has two more printed columns (lifecycle, follow-ups): they
    wrap, so the page still prints at about two thirds of full size or more."""
    annotated = FIXTURE.parent / "results_kvp_annotated.json"
    text = annotated.read_text(encoding="utf-8").replace("<script>alert(1)</script>", "K-9999")  # real keys are short
    render_reports(json.loads(text), tmp_path, formats=("xlsx",))
    cases = openpyxl.load_workbook(tmp_path / "rapport.xlsx")["Saker"]
    assert_page_setup(cases, title_rows="$4:$4")
    head = {c.value: c.column_letter for c in cases[4] if c.value}
    assert "$A$1:$N$" in cases.print_area  # up to the follow-ups, not the detail columns
    assert cases.column_dimensions[head["Oppfølgingsstatus"]].width <= 20
    widths = [cases.column_dimensions[chr(ord("A") + i)].width or 8.43 for i in range(14)]
    assert sum(widths) <= 235, widths  # 150 / 235 ≈ 0.64


def test_review_and_sample_workbooks_have_page_setup(tmp_path):
    export = write_csv(tmp_path / "uttrekk.csv", export_rows())
    table = load_inputs([export], "kvp")
    write_review_workbook(table, tmp_path / "gjennomgang.xlsx", cases=[("K-01", None), ("K-02", None)])
    wb = openpyxl.load_workbook(tmp_path / "gjennomgang.xlsx")
    for ws in wb.worksheets:
        if ws.sheet_state == "visible":
            assert_page_setup(ws)
    assert wb[REVIEW_SHEET].print_title_rows == "$1:$1"  # the header row on every page

    sample = draw_sample(table, strata=["office"], total=4, seed=1, as_of=dt.date(2025, 12, 31))
    write_sample(sample, tmp_path / "utvalg.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "utvalg.xlsx").active
    assert_page_setup(ws, title_rows="$1:$1")
