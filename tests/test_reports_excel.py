"""The Excel workbook: sheets, frozen headers, autofilter, real dates, chart, no formulas from data."""

from __future__ import annotations

import json
import re
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from reports import XLSX_NAME, render_reports
from tests.report_browsers import pdf_pages, soffice_to_pdf

FIXTURE = Path(__file__).parent / "fixtures" / "results_kvp.json"
INJECTIONS = ("=SUM(A1)", "+47 99 99 99 99", "-2+3", "@SUM(A1)")


@pytest.fixture(scope="module")
def results() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def xlsx(results, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("xlsx-nb")
    paths = render_reports(results, out, formats=("xlsx",))
    assert paths == [out / XLSX_NAME]
    return paths[0]


@pytest.fixture(scope="module")
def wb(xlsx):
    return openpyxl.load_workbook(xlsx)


def header_map(ws, row: int) -> dict[str, int]:
    return {c.value: c.column for c in ws[row] if c.value is not None}


def test_one_sheet_per_section_in_the_language(wb, results, tmp_path):
    assert wb.sheetnames == ["Sammendrag", "Hvor", "Saker", "Utkast til funn", "Metode"]
    render_reports(results, tmp_path, lang="en", formats=("xlsx",))
    en = openpyxl.load_workbook(tmp_path / XLSX_NAME)
    assert en.sheetnames == ["Summary", "Where", "Cases", "Draft findings", "Method"]
    assert en["Summary"]["A4"].value == "Check id" and en["Cases"]["D4"].value == "Key"


def test_frozen_headers_and_autofilter(wb):
    expected = {"Sammendrag": ("C5", 4), "Hvor": ("C6", 5), "Saker": ("E5", 4)}
    for name, (freeze, header_row) in expected.items():
        ws = wb[name]
        assert ws.freeze_panes == freeze, name
        ref = ws.auto_filter.ref
        assert ref and ref.startswith(f"A{header_row}:"), name
        assert int("".join(ch for ch in ref.split(":")[1] if ch.isdigit())) > header_row, name
    assert wb["Metode"].freeze_panes == "A3"


def test_summary_status_is_a_word_and_a_colour(wb, results):
    ws = wb["Sammendrag"]
    cols = header_map(ws, 4)
    rows = {ws.cell(row=r, column=1).value: r for r in range(5, 5 + len(results["checks"]))}
    status = ws.cell(row=rows["kvp.start_delay"], column=cols["Status"])
    assert status.value == "Avvik" and status.fill.fgColor.rgb.endswith("FDE2E1")
    ok = ws.cell(row=rows["kvp.processing_time"], column=cols["Status"])
    assert ok.value == "I orden" and ok.fill.fgColor.rgb.endswith("DFF3E4")
    ne = ws.cell(row=rows["kvp.evaluation_planned"], column=cols["Status"])
    assert ne.value == "Ikke vurdert"
    assert "«Planlagte evalueringer»" in ws.cell(row=rows["kvp.evaluation_planned"], column=cols["Merknad"]).value
    raw = next(c for c in results["checks"] if c["id"] == "kvp.start_delay")
    r = rows["kvp.start_delay"]
    assert ws.cell(row=r, column=cols["Avvik"]).value == raw["failed"]
    rate = ws.cell(row=r, column=cols["Avviksandel"])
    assert rate.value == pytest.approx(raw["failed"] / raw["evaluated"]) and rate.number_format == "0.0 %"
    assert ws.cell(row=r, column=cols["Lovgrunnlag"]).value == "sosialtjenesteloven §§ 29, 4"
    target = ws.cell(row=rows["kvp.outcome_work_education"], column=cols["Mål"]).value
    assert target == "≥ 50,0\u00a0%"


def test_cases_sheet_lists_every_case_with_real_dates(wb, results):
    ws = wb["Saker"]
    cols = header_map(ws, 4)
    total = sum(len(c["cases"]) + len(c.get("unknown_keys", [])) for c in results["checks"])
    assert ws.max_row - 4 == total
    unknown = [ws.cell(row=r, column=cols["Nøkkel"]).value for r in range(5, ws.max_row + 1)
               if ws.cell(row=r, column=1).value == "kvp.age" and ws.cell(row=r, column=cols["Nivå"]).value == "Ukjent"]
    assert unknown == next(c for c in results["checks"] if c["id"] == "kvp.age")["unknown_keys"]
    sd_rows = [r for r in range(5, ws.max_row + 1) if ws.cell(row=r, column=1).value == "kvp.start_delay"]
    assert len(sd_rows) == len(next(c for c in results["checks"] if c["id"] == "kvp.start_delay")["cases"])
    dates = [ws.cell(row=r, column=cols["Vedtaksdato"]) for r in sd_rows]
    assert all(isinstance(c.value, datetime) for c in dates)
    assert {c.number_format for c in dates} == {"dd.mm.yyyy"}
    values = [ws.cell(row=r, column=cols["Målt verdi"]).value for r in sd_rows]
    assert all(isinstance(v, int) for v in values)
    levels = [ws.cell(row=r, column=cols["Nivå"]).value for r in sd_rows]
    assert levels.index("Til vurdering") == levels.count("Avvik"), "worst first: deviations before warnings"
    first_dev = [v for v, lvl in zip(values, levels) if lvl == "Avvik"]
    assert first_dev == sorted(first_dev, reverse=True)
    # a waiting-list case has no start date: the cell is empty, not "–"
    starts = [ws.cell(row=r, column=cols["Programstart"]).value for r in sd_rows]
    assert None in starts and "–" not in starts


def test_text_from_data_is_never_a_formula(wb, xlsx):
    ws = wb["Saker"]
    found = {}
    for row in ws.iter_rows(min_row=5):
        for cell in row:
            if cell.value in INJECTIONS:
                found[cell.value] = cell
    assert set(found) == set(INJECTIONS)
    for value, cell in found.items():
        assert cell.data_type == "s", value
        assert cell.quotePrefix, value
    with zipfile.ZipFile(xlsx) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name), name


def test_key_with_markup_is_plain_text(wb):
    keys = [c.value for c in wb["Saker"]["D"]]
    assert "<script>alert(1)</script>" in keys


def test_native_bar_chart_of_deviations(wb, xlsx):
    ws = wb["Sammendrag"]
    with zipfile.ZipFile(xlsx) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 1
        xml = z.read(charts[0]).decode()
    assert re.search(r"<(c:)?barChart>", xml) and re.search(r'<(c:)?barDir val="bar"\s*/>', xml)
    assert "Sammendrag" in xml  # the series refers to the summary sheet's data
    titles = [ws.cell(row=r, column=1).value for r in range(1, ws.max_row + 1)]
    chart_top = titles.index("Andel avvik per kontroll (avvik av vurderte saker)", 4) + 2
    # the chart's table stands from column B (column A keeps the width of the check ids)
    assert ws.cell(row=chart_top, column=3).value == "Avviksandel"  # the chart plots rates, not counts
    rate = ws.cell(row=chart_top + 1, column=3)
    assert rate.number_format == "0.0 %" and 0 <= rate.value <= 1
    assert rate.value == pytest.approx(ws.cell(row=chart_top + 1, column=4).value / ws.cell(row=chart_top + 1, column=5).value)
    # printed: the figures and the chart, not the documentation columns; the chart is not cut off
    area = ws.print_area.split("!")[-1].replace("$", "")
    last_col, last_row = re.match(r"A1:([A-Z]+)(\d+)", area).groups()
    assert last_col == "K" and int(last_row) >= chart_top + 14


def test_where_sheet_is_an_office_by_check_matrix(wb, results):
    ws = wb["Hvor"]
    cols = header_map(ws, 5)
    ids = {ws.cell(row=4, column=c).value: c for c in range(1, ws.max_column + 1) if ws.cell(row=4, column=c).value}
    assert "kvp.evaluation_planned" not in ids and "kvp.outcome_work_education" not in ids
    raw = next(c for c in results["checks"] if c["id"] == "kvp.start_delay")
    for r in range(6, 9):
        office = ws.cell(row=r, column=cols["Kontor"]).value
        expected = next(o["failed"] for o in raw["by_office"] if o["office"] == office)
        assert ws.cell(row=r, column=ids["kvp.start_delay"]).value == expected
    assert ws.cell(row=9, column=1).value == "Sum"
    labels = [ws.cell(row=r, column=1).value for r in range(1, ws.max_row + 1)]
    assert "Antall avvik per kommune" in labels and "Indikatorer per kontor" in labels


def test_method_sheet_has_run_inputs_parameters_and_rule_versions(wb):
    ws = wb["Metode"]
    values = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
    assert "9b1f0c5e2d4a7b3c8e6f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d" in values
    assert "19\u00a0år (til og med 31.12.2018); 18\u00a0år (fra 01.01.2019)" in values
    assert "Regelversjoner brukt" in values and "Verdier som ikke kunne leses" in values
    as_of = [c for row in ws.iter_rows() for c in row if isinstance(c.value, datetime) and c.value.year == 2025
             and c.value.month == 12 and c.value.day == 31]
    assert as_of and as_of[0].number_format == "dd.mm.yyyy"


def test_column_widths_are_fitted(wb):
    ws = wb["Saker"]
    key_width = ws.column_dimensions["D"].width
    assert key_width >= len("<script>alert(1)</script>")
    assert ws.column_dimensions["A"].width >= len("kvp.work_ability_assessment")
    assert ws.column_dimensions["A"].width < 70


def test_atomic_write_keeps_the_old_file_on_failure(results, tmp_path, monkeypatch):
    target = tmp_path / XLSX_NAME
    target.write_bytes(b"old")

    def boom(self, filename):
        Path(filename).write_bytes(b"half")
        raise RuntimeError("disk full")

    monkeypatch.setattr(openpyxl.Workbook, "save", boom)
    with pytest.raises(RuntimeError):
        render_reports(results, tmp_path, formats=("xlsx",))
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == [XLSX_NAME]


def test_libreoffice_opens_and_converts_the_workbook(xlsx, tmp_path):
    pdf = soffice_to_pdf(xlsx, tmp_path, tmp_path / "lo-profile")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert pdf_pages(data) >= 4  # at least one page per sheet


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@A1", "\t=1", "\r=1", "=HYPERLINK(\"http://x\")"])
def test_put_stores_formula_like_text_as_text(text, tmp_path):
    from reports.excel import Sheet, put

    wb = openpyxl.Workbook()
    put(Sheet(wb.active), 1, 1, text)
    put(Sheet(wb.active), 2, 1, "plain")
    wb.save(tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    # XML reads a carriage return back as a line feed, unless openpyxl writes with lxml (installed with
    # python-docx), which keeps it as &#13;; what matters is: text, quote-prefixed
    assert ws["A1"].value in (text, text.replace("\r", "\n")) and ws["A1"].data_type == "s" and ws["A1"].quotePrefix
    assert not ws["A2"].quotePrefix


# --------------------------------------------------------------------------- history annotations

ANNOTATED = Path(__file__).parent / "fixtures" / "results_kvp_annotated.json"


@pytest.fixture(scope="module")
def annotated_wb(tmp_path_factory):
    out = tmp_path_factory.mktemp("xlsx-history")
    render_reports(json.loads(ANNOTATED.read_text(encoding="utf-8")), out, formats=("xlsx",))
    return openpyxl.load_workbook(out / XLSX_NAME)


def test_without_history_no_lifecycle_columns_or_sheets(wb):
    assert "Oppfølgingsstatus" not in header_map(wb["Saker"], 4)
    assert "Nye" not in header_map(wb["Sammendrag"], 4) and wb["Sammendrag"]["A3"].value is None


def test_summary_shows_history_line_and_lifecycle_counts(annotated_wb):
    assert annotated_wb.sheetnames == ["Sammendrag", "Hvor", "Saker", "Løste funn", "Oppfølging",
                                       "Utkast til funn", "Metode"]
    ws = annotated_wb["Sammendrag"]
    assert ws["A3"].value.startswith("Sammenlignet med kjøringen per 30.06.2025: 2 nye funn, 10 vedvarende, 2 løst")
    cols = header_map(ws, 4)
    r = next(r for r in range(5, ws.max_row + 1) if ws.cell(row=r, column=1).value == "kvp.start_delay")
    got = [ws.cell(row=r, column=cols[h]).value for h in ("Nye", "Vedvarende", "Løst", "Forfalt")]
    assert got == [2, 3, 1, 2]
    assert ws.cell(row=r, column=cols["Sammenlignet med"]).value == datetime(2025, 6, 30)


def test_cases_sheet_has_state_since_and_overdue_follow_up(annotated_wb):
    ws = annotated_wb["Saker"]
    cols = header_map(ws, 4)
    rows = {ws.cell(row=r, column=cols["Nøkkel"]).value: r for r in range(5, ws.max_row + 1)
            if ws.cell(row=r, column=1).value == "kvp.start_delay"}
    assert ws.cell(row=rows["K-1307"], column=cols["Oppfølgingsstatus"]).value == "ny"
    assert ws.cell(row=rows["K-1253"], column=cols["Oppfølgingsstatus"]).value == "vedvarende siden 30.06.2025"
    fu = ws.cell(row=rows["K-1253"], column=cols["Oppfølging"]).value
    assert fu.startswith("under arbeid – Leder NAV Lerkendal") and "frist 30.09.2025" in fu and fu.endswith("FORFALT")
    assert isinstance(ws.cell(row=rows["K-1253"], column=cols["Vedtaksdato"]).value, datetime)  # details kept


def test_resolved_and_follow_up_sheets(annotated_wb):
    ws = annotated_wb["Løste funn"]
    cols = header_map(ws, 4)
    found = {ws.cell(row=r, column=cols["Nøkkel"]).value: r for r in range(5, ws.max_row + 1)}
    assert set(found) == {"K-0950", "K-0900"}
    r = found["K-0900"]
    assert ws.cell(row=r, column=cols["Oppfølgingsstatus"]).value == "løst"
    assert ws.cell(row=r, column=cols["Sist sett"]).value == datetime(2025, 6, 30)
    assert ws.cell(row=r, column=cols["Oppfølging"]).value.startswith("lukket – S12")
    fus = annotated_wb["Oppfølging"]
    cols = header_map(fus, 4)
    rows = [[fus.cell(row=r, column=cols[h]).value for h in ("Gjelder", "Tiltaksstatus", "Forfalt")]
            for r in range(5, fus.max_row + 1)]
    assert ["hele kontrollen", "åpen", "FORFALT"] in rows and ["K-1253", "under arbeid", "FORFALT"] in rows
    assert ["K-0900", "lukket", None] in rows
    responsible = next(c for c in fus["E"] if str(c.value).startswith("=HYPERLINK"))
    assert responsible.data_type == "s" and responsible.quotePrefix


def test_lifecycle_workbook_in_english(tmp_path):
    render_reports(json.loads(ANNOTATED.read_text(encoding="utf-8")), tmp_path, lang="en", formats=("xlsx",))
    en = openpyxl.load_workbook(tmp_path / XLSX_NAME)
    assert en.sheetnames[3:5] == ["Resolved findings", "Follow-up"]
    cols = header_map(en["Cases"], 4)
    states = {en["Cases"].cell(row=r, column=cols["Lifecycle"]).value for r in range(5, en["Cases"].max_row + 1)}
    assert "persisting since 30 Jun 2025" in states and "new" in states


def test_libreoffice_opens_the_annotated_workbook(tmp_path):
    annotated = json.loads(ANNOTATED.read_text(encoding="utf-8"))
    (path,) = render_reports(annotated, tmp_path / "out", formats=("xlsx",))
    assert "Løste funn" in openpyxl.load_workbook(path).sheetnames
    pdf = soffice_to_pdf(path, tmp_path, tmp_path / "lo-profile")
    assert pdf.read_bytes().startswith(b"%PDF")


def test_summary_rows_link_to_their_cases_and_back(wb, results):
    """Issue 15: from every summary row to the check's first case in Saker, and back."""
    summary, cases = wb["Sammendrag"], wb["Saker"]
    rows = {summary.cell(r, 1).value: r for r in range(5, 5 + len(results["checks"]))}
    linked = 0
    for raw in results["checks"]:
        title = summary.cell(rows[raw["id"]], 2)
        if not raw["cases"]:
            assert title.hyperlink is None
            continue
        sheet, target = title.hyperlink.location.split("!")
        assert sheet == "'Saker'"
        first = int(target[1:])
        assert cases.cell(first, 1).value == raw["id"] and cases.cell(first - 1, 1).value != raw["id"]
        back = cases.cell(first, 1).hyperlink.location
        assert back == f"'Sammendrag'!A{rows[raw['id']]}"
        linked += 1
    assert linked >= 5
