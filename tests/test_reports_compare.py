"""The comparison for the supervisor (issue 15 item 5): overview matrix with a legend,
intervals on an axis, no rank where intervals overlap, notes on differing sources,
samples, parameters and columns, KOSTRA offices not shown as "00"; page set-up."""

from __future__ import annotations

import openpyxl

from audit.supervision.compare import compare_results
from reports.compare import write_comparison
from tests.report_browsers import load_page, pdf_pages, soffice_to_pdf


def check(cid, evaluated, failed, *, params=None, by_office=(), missing=(), cases=()):
    return {"id": cid, "kind": "deviation", "title": {"nb": f"Tittel {cid}", "en": f"Title {cid}"},
            "legal_basis": "forvaltningsloven § 11 a", "status": "deviation" if failed else "ok",
            "evaluated": evaluated, "failed": failed, "warned": 0, "unknown": 0, "parameters": params or {},
            "by_office": list(by_office), "missing_columns": list(missing), "cases": list(cases)}


def results(scope, checks, *, fmt="csv", columns=("case_id", "application_date", "decision_date",
                                                  "preliminary_reply_date"), review=False):
    inputs = [{"path": f"{scope}.{fmt}", "format": "review" if review else fmt, "rows": 100}]
    return {"run": {"id": f"run-{scope}", "as_of": "2025-12-31", "suite": "kvp", "scope": scope, "inputs": inputs},
            "dataset": {"rows": 100, "municipalities": [scope], "columns": list(columns)}, "checks": checks}


def pt_case(key):
    return {"key": key, "level": "deviation", "value": 2,
            "details": {"application_date": "2025-01-01", "decision_date": "2025-03-01", "preliminary_reply_date": None}}


def docs():
    return [
        ("a/results.json", results("5001", [check("kvp.processing_time", 400, 120, cases=[pt_case("K-1")],
                                                  params={"months": 1})])),
        ("b/results.json", results("5006", [check("kvp.processing_time", 300, 3, params={"months": 1})])),
        # a KOSTRA file: no preliminary-reply column, its office is BYDELSNR "00"
        ("c/results.json", results("3201", [check("kvp.processing_time", 350, 10, params={"months": 2}, by_office=[
            {"office": "00", "municipality": "3201", "evaluated": 350, "failed": 10, "warned": 0, "unknown": 0}])],
            fmt="kostra-11cf", columns=("case_id", "application_date", "decision_date"))),
        ("d/results.json", results("1103", [check("kvp.processing_time", 15, 5, params={"months": 1})], review=True)),
    ]


def test_ranks_only_where_intervals_do_not_overlap_and_notes_say_why():
    comp = compare_results(docs())
    figs = {f.unit: f for f in comp.checks[0].figures}
    # 120/400 = 30 % [25.7, 34.7] and 5/15 = 33 % [15.2, 58.3] overlap; 10/350 and 3/300 overlap each other.
    # 1103 has few cases (15 < 20): it is not detectably different from 5001, but it does not hide
    # 5001's difference from the units with enough cases
    assert figs["1103"].overlaps == ["5001"] and not figs["1103"].distinct
    assert figs["5001"].overlaps == [] and figs["5001"].distinct
    assert set(figs["3201"].overlaps) == {"5006"} and not figs["5006"].distinct
    notes = " ".join(comp.notes)
    assert "KOSTRA-fil (3201)" in notes and "saksuttrekk (5001 og 5006)" in notes
    assert "1103 bygger på et utvalg av saker som er gjennomgått; 3201, 5001 og 5006 bygger på alle sakene" in notes
    cnotes = " ".join(comp.checks[0].notes)
    assert "Ulik verdi for «Frist»" in cnotes and "3201: 2\u00a0måneder" in cnotes and "months" not in cnotes
    assert "3201 mangler kolonnen" in cnotes  # the preliminary-reply column
    office = compare_results(docs()[2:3], by="office")
    assert office.units[0].label == "Hele kommunen (3201)"


def test_distinct_intervals_get_ranks():
    two = [("a/results.json", results("5001", [check("kvp.processing_time", 400, 200)])),
           ("b/results.json", results("5006", [check("kvp.processing_time", 400, 4)]))]
    comp = compare_results(two)
    assert [(f.unit, f.rank, f.distinct) for f in comp.checks[0].figures] == [("5001", 1, True), ("5006", 2, True)]


def test_page_has_overview_legend_axis_and_fits(tmp_path):
    comp = compare_results(docs())
    files = write_comparison(comp, tmp_path)
    html = (tmp_path / "sammenligning.html").read_text(encoding="utf-8")
    overview = html.split('<table class="overview">')[1].split("</table>")[0]
    for unit in ("5001", "5006", "3201", "1103"):
        assert f'<th scope="col" class="num">{unit}</th>' in overview
    assert "Tegnforklaring" in html and "band-high" in overview and '<span class="mark">*</span>' in overview
    assert html.count('class="tick"') >= 3 and "ikke påvisbar forskjell" in html
    assert "Kontrolldato 31.12.2025" in html and "2025-12-31" not in html
    # the lead names the suite and counts the units in words, not "kvp · 4 × kjøring"
    assert "Kontrollsett: Kvalifiseringsprogram (KVP) · 4 enheter (kjøring)" in html and "×" not in html
    report = load_page(tmp_path / "sammenligning.html", tmp_path / "profile", width=1280)
    lay = report.layout
    assert report.console_errors == [] and report.requests == []
    assert lay["page_overflow"] is False and lay["wide_tables"] == [] and lay["broken_links"] == []
    assert lay["low_contrast"] == [] and lay["nav_visible_at_end"] is True
    printed = load_page(tmp_path / "sammenligning.html", tmp_path / "profile-print", width=704, media="print").layout
    assert printed["page_overflow"] is False and printed["page_width"] <= 704, printed["wide_tables"]
    assert printed["heading_break_after"] == ["avoid"] and printed["thead_display"] == ["table-header-group"]

    wb = openpyxl.load_workbook(files[0])
    for ws in wb.worksheets:
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1, ws.title
        assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    assert wb["Oversikt"].print_title_rows == "$1:$1" and wb["Rangering"].print_title_rows == "$1:$1"
    texts = [c.value for row in wb["Oversikt"].iter_rows() for c in row if isinstance(c.value, str)]
    assert any(x.startswith("Tegnforklaring") for x in texts)
    # LibreOffice prints it: one page or more per sheet, no sheet spilling over in width
    pdf = soffice_to_pdf(files[0], tmp_path, tmp_path / "lo-profile")
    assert 3 <= pdf_pages(pdf.read_bytes()) <= 6
