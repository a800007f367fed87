"""Issue 18: the case sheet(s) of the run workbook are streamed (reports/case_sheet.py), not
written cell by cell by openpyxl. What a reader gets must not change: every case with its
measured value, unit, limit, rule and reason, real numbers and dates with their formats, text
from data never a formula, frozen header, autofilter, print set-up, links to and from the
summary — whether the cases come from a run (columnar) or from a results.json file (dicts),
and over several sheets when Excel's row limit is reached."""

from __future__ import annotations

import copy
import datetime as dt
import json
import subprocess
from datetime import datetime
from pathlib import Path

import openpyxl
import polars as pl
import pytest

from audit.case_frame import CaseFrame
from audit.pipeline import run_audit
from benchmarks import synthetic
from reports import XLSX_NAME, render_reports
from reports import case_sheet
from tests.report_browsers import require

AS_OF = dt.date(2025, 12, 31)
INJECTED = {"key": "=1+1", "office": "@SUM(A1)", "caseworker": "-2+3"}


@pytest.fixture(scope="module")
def run_results(tmp_path_factory):
    """A run's results as run_audit holds them (cases columnar), with formula-like text in one case."""
    folder = tmp_path_factory.mktemp("case-sheet")
    export = folder / "kvp.csv"
    synthetic.write(str(export), 400, 7, AS_OF)
    run = run_audit([str(export)], suite="kvp", as_of=AS_OF, out_dir=folder / "out", formats=(), record_history=False)
    results = run._results  # noqa: SLF001 - the columnar results, as run_audit renders them
    check = next(c for c in results["checks"] if c["id"] == "kvp.start_delay")
    frame = check["cases"].frame
    check["cases"] = CaseFrame(frame.with_columns(
        *[pl.when(pl.int_range(pl.len()) == 0).then(pl.lit(v)).otherwise(pl.col(k)).alias(k)
          for k, v in INJECTED.items()]))
    return results, folder / "out" / "results.json"


def _as_json(results: dict) -> dict:
    """The same results as a results.json file gives them (cases as dicts)."""
    from audit.results_model import materialise

    return json.loads(json.dumps(materialise(copy.deepcopy(results)), default=str))


def _sheet(path: Path, name: str = "Saker"):
    return openpyxl.load_workbook(path)[name]


def _cells(ws) -> list[list[tuple]]:
    return [[(c.value, c.number_format, c.data_type, bool(c.quotePrefix), c.fill.fgColor.rgb if c.fill.fill_type else None)
             for c in row] for row in ws.iter_rows(min_row=4)]


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_run_and_results_file_give_the_same_case_sheet(run_results, tmp_path, lang):
    results, _ = run_results
    render_reports(results, tmp_path / "run", formats=("xlsx",), lang=lang)
    render_reports(_as_json(results), tmp_path / "file", formats=("xlsx",), lang=lang)
    name = "Saker" if lang == "nb" else "Cases"
    a, b = _sheet(tmp_path / "run" / XLSX_NAME, name), _sheet(tmp_path / "file" / XLSX_NAME, name)
    assert a.max_row > 100 and a.max_row == b.max_row
    ca, cb = _cells(a), _cells(b)
    # a row a check could not judge: the run says what it lacks (tests/test_unknown_reasons.py),
    # results.json holds its key only, so the file's workbook gives the general reason; all else is the same
    head = [c[0] for c in ca[0]]
    level, reason = head.index("Nivå" if lang == "nb" else "Level"), head.index("Årsak" if lang == "nb" else "Reason")
    unknown = [i for i, row in enumerate(ca) if row[level][0] in ("Ukjent", "Unknown")]
    general = "Kan ikke vurderes: en verdi" if lang == "nb" else "Cannot be judged: a value"
    assert unknown and all(cb[i][reason][0].startswith(general) for i in unknown)
    assert not any(ca[i][reason][0].startswith(general) for i in unknown)
    for i in unknown:
        ca[i][reason] = cb[i][reason] = None
    assert ca == cb
    judged = [r for r in range(5, a.max_row + 1) if r - 4 not in unknown]
    heights = [a.row_dimensions[r].height for r in judged]
    assert heights == [b.row_dimensions[r].height for r in judged]
    assert {15 * k for k in (2, 3)} <= set(heights)  # wrapped titles and reasons make rows taller
    widths = ({k: d.width for k, d in x.column_dimensions.items() if k != "I"} for x in (a, b))  # I: the reason
    assert next(widths) == next(widths)


def test_cells_read_back_with_formats_words_and_no_formula(run_results, tmp_path):
    results, _ = run_results
    render_reports(results, tmp_path, formats=("xlsx",))
    wb = openpyxl.load_workbook(tmp_path / XLSX_NAME)
    ws = wb["Saker"]
    head = {c.value: c.column for c in ws[4] if c.value}
    rows = [r for r in range(5, ws.max_row + 1) if ws.cell(r, 1).value == "kvp.start_delay"]
    check = next(c for c in results["checks"] if c["id"] == "kvp.start_delay")
    assert len(rows) == check["cases"].frame.height + len(check["unknown_keys"])
    unknown, rows = rows[len(rows) - len(check["unknown_keys"]):], rows[:len(rows) - len(check["unknown_keys"])]
    assert [ws.cell(r, 4).value for r in unknown] == check["unknown_keys"]
    assert {ws.cell(r, 3).value for r in unknown} == {"Ukjent"} and ws.cell(unknown[0], 5).value is None
    levels = [ws.cell(r, head["Nivå"]).value for r in rows]
    assert set(levels) <= {"Avvik", "Til vurdering"} and levels.index("Til vurdering") == levels.count("Avvik")
    dev = rows[0]
    value = ws.cell(dev, head["Målt verdi"])
    assert isinstance(value.value, int) and value.value > 30 and value.number_format == "#,##0"
    assert ws.cell(dev, head["Enhet"]).value == "dager"
    assert ws.cell(dev, head["Grense"]).value == "høyst 30\u00a0dager"  # which way it binds, as on the page
    assert ws.cell(dev, head["Årsak"]).value and ws.cell(dev, head["Årsak"]).alignment.wrap_text
    assert ws.cell(dev, head["Nivå"]).fill.fgColor.rgb.endswith("FDE2E1")
    decided = ws.cell(dev, head["Vedtaksdato"])
    assert isinstance(decided.value, datetime) and decided.number_format == "dd.mm.yyyy"
    # formula-like text from the data: a string with Excel's quote prefix, never a formula
    found = {ws.cell(r, head[h]).value: ws.cell(r, head[h]) for r in rows
             for h in ("Nøkkel", "Kontor", "Saksbehandler")}
    for text in INJECTED.values():
        assert found[text].data_type == "s" and found[text].quotePrefix, text
    # the frame: header frozen, autofilter over every row, print set-up with the header repeated
    assert ws.freeze_panes == "E5" and ws.auto_filter.ref == f"A4:{ws.cell(4, ws.max_column).column_letter}{ws.max_row}"
    assert ws.page_setup.orientation == "landscape" and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0 and ws.print_title_rows == "$4:$4"
    assert ws.print_area.endswith(f"$A$1:$L${ws.max_row}")
    # the summary's title links to the check's first case, and back
    summary = wb["Sammendrag"]
    srow = next(r for r in range(5, summary.max_row + 1) if summary.cell(r, 1).value == "kvp.start_delay")
    assert summary.cell(srow, 2).hyperlink.location == f"'Saker'!A{rows[0]}"
    assert ws.cell(rows[0], 1).hyperlink.location == f"'Sammendrag'!A{srow}"


def test_cases_beyond_a_sheet_continue_on_the_next(run_results, tmp_path, monkeypatch):
    results, _ = run_results
    render_reports(results, tmp_path / "one", formats=("xlsx",))
    whole = _sheet(tmp_path / "one" / XLSX_NAME)
    everything = [[c.value for c in row] for row in whole.iter_rows(min_row=5)]
    monkeypatch.setattr(case_sheet, "ROWS_PER_SHEET", 150)
    render_reports(results, tmp_path / "split", formats=("xlsx",))
    wb = openpyxl.load_workbook(tmp_path / "split" / XLSX_NAME)
    names = [n for n in wb.sheetnames if n.startswith("Saker")]
    assert names == ["Saker"] + [f"Saker ({i})" for i in range(2, len(names) + 1)] and len(names) >= 3
    assert wb.sheetnames.index("Saker (2)") == wb.sheetnames.index("Saker") + 1
    rows = []
    for name in names:
        ws = wb[name]
        assert [c.value for c in ws[4]] == [c.value for c in whole[4]]
        assert ws.freeze_panes == "E5" and ws.print_title_rows == "$4:$4" and ws.auto_filter.ref.startswith("A4:")
        assert ws.max_row - 4 <= 150
        rows += [[c.value for c in row] for row in ws.iter_rows(min_row=5)]
    assert rows == everything
    assert "Fortsettelse av arket «Saker»" in wb["Saker (2)"]["A2"].value
    # a check whose cases start on a later sheet is linked there
    summary = wb["Sammendrag"]
    targets = {summary.cell(r, 2).hyperlink.location.split("!")[0] for r in range(5, summary.max_row + 1)
               if summary.cell(r, 2).hyperlink}
    assert "'Saker (2)'" in targets or "'Saker (3)'" in targets


def test_libreoffice_reads_the_streamed_rows(run_results, tmp_path, monkeypatch):
    """LibreOffice opens the workbook (two case sheets) and finds the cases: converted back to xlsx
    by LibreOffice, the case sheets hold the same keys."""
    results, _ = run_results
    monkeypatch.setattr(case_sheet, "ROWS_PER_SHEET", 200)
    (path,) = render_reports(results, tmp_path / "out", formats=("xlsx",))
    soffice = require("soffice", "libreoffice")
    out = tmp_path / "lo"
    proc = subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'profile').resolve().as_uri()}", "--headless",
                           "--norestore", "--nologo", "--convert-to", "xlsx", "--outdir", str(out), str(path)],
                          capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr
    ours, theirs = openpyxl.load_workbook(path), openpyxl.load_workbook(out / XLSX_NAME)
    for name in ("Saker", "Saker (2)"):
        mine = [[c.value for c in row] for row in ours[name].iter_rows(min_row=5, max_col=ours[name].max_column)]
        read = [[c.value for c in row] for row in theirs[name].iter_rows(min_row=5, max_row=len(mine) + 4,
                                                                           max_col=ours[name].max_column)]
        assert read == mine and any(isinstance(row[4], int) for row in read)


def test_page_lists_a_bounded_number_of_cases_and_points_to_the_workbook(run_results, tmp_path):
    results, _ = run_results
    render_reports(results, tmp_path, formats=("xlsx", "html"), html_case_limit=3)
    html = (tmp_path / "rapport.html").read_text(encoding="utf-8")
    section = html.split('id="check-kvp-start_delay"')[1].split("<h3")[0]
    assert section.count('<th scope="row" class="key">') == 3
    total = next(c for c in results["checks"] if c["id"] == "kvp.start_delay")["cases"].frame.height
    assert f"{total - 3} flere i arbeidsboka ({XLSX_NAME})" in section


def test_draft_findings_and_counts_from_columnar_cases_match_the_dicts(run_results):
    """The view model reads a run's cases columnar (grouped for the draft findings, counted without
    a dict per case): the same findings, counts and page cases as from the cases as dicts."""
    from reports.model import build_model

    results, _ = run_results
    columnar, dicts = build_model(results, "nb", case_limit=5), build_model(_as_json(results), "nb", case_limit=5)
    assert columnar.findings and columnar.findings == dicts.findings
    assert (columnar.case_total, columnar.distinct_cases, columnar.case_municipalities) == (
        dicts.case_total, dicts.distinct_cases, dicts.case_municipalities)
    for a, b in zip(columnar.checks, dicts.checks):
        assert a.case_count == b.case_count and a.unknown_count == b.unknown_count
        assert [c.key.text for c in a.cases] == [c.key.text for c in b.cases] and len(a.cases) <= 5
        assert a.detail_columns == b.detail_columns


def test_without_isal_the_sheet_is_deflated_by_zlib(run_results, tmp_path, monkeypatch):
    import sys

    results, _ = run_results
    render_reports(results, tmp_path / "isal", formats=("xlsx",))
    monkeypatch.setitem(sys.modules, "isal", None)  # import isal fails: zlib's fastest level
    render_reports(results, tmp_path / "zlib", formats=("xlsx",))
    assert _cells(_sheet(tmp_path / "zlib" / XLSX_NAME)) == _cells(_sheet(tmp_path / "isal" / XLSX_NAME))


@pytest.mark.parametrize("rows", [
    [f'<row r="{i}"><c s="1" t="s"><v>{i % 7}</v></c>{"<c/>" * (i % 5)}</row>' for i in range(5, 20_005)],
    ["<row/>", '<row r="6"><c s="1" t="s"><v>3</v></c></row>', "<r>ø</r>" * 3],  # short rows: held in their views
    ['<row r="7"><c t="inlineStr"><is><t>Ærlig «sak» – ok</t></is></c></row>'] * 3,
])
def test_the_rows_are_written_as_their_bytes_in_order(rows):
    """The streamed chunk is exactly the rows one after another, whether the pieces are taken from
    polars' buffers as they are or copied."""
    from reports.case_xml import _bytes

    series = pl.select(pl.concat_str([pl.lit(pl.Series(rows)), pl.lit("")])).to_series()
    pieces = _bytes(series)
    assert b"".join(bytes(p) for p in pieces) == "".join(rows).encode("utf-8")


@pytest.mark.parametrize("values", [
    ["NAV A", None, "NAV B", "NAV A", None, "NAV C"],
    [None, "x", "y", "x"],
    ["x", "y", "z", None],
    ["=1+1", "=1+1"],
    [3, None, 7, 3, 7, None],
    ["2025-01-02", "2025-01-01", "2025-01-02"],
])
def test_each_row_gets_the_cells_of_its_own_value(values):
    """A column's rows are coded by its distinct values (in order of appearance, null included):
    every row's code points at its own value."""
    from reports.case_codes import components

    frame = pl.DataFrame({"x": values})
    codes, distinct = components(frame, [pl.col("x")])
    got = [distinct[0][0]] * len(values) if codes is None else [distinct[i][0] for i in codes.to_list()]
    assert got == values
    assert [d[0] for d in distinct] == list(dict.fromkeys(values))


def test_the_render_benchmark_times_every_part(tmp_path):
    """benchmarks/render.py (the reports alone, rendered again from one run's columnar cases) still
    finds every part it times, and leaves nothing behind."""
    import sys

    out = subprocess.run([sys.executable, "-m", "benchmarks.render", "--rows", "300", "--repeat", "2",
                          "--keep", str(tmp_path / "kept")], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parent.parent, timeout=300)
    assert out.returncode == 0, out.stderr
    from benchmarks.render import PARTS

    assert out.stdout.count("render ") == 2
    for label, _, _ in PARTS:
        assert out.stdout.count(label.strip()) == 2, label
    assert sorted(p.name for p in (tmp_path / "kept").iterdir()) == sorted([XLSX_NAME, "rapport.html"])
