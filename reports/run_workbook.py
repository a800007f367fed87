"""The Excel workbook of an audit (openpyxl), rendered from the view model.

One sheet per section of the report: Sammendrag/Summary, Hvor/Where, Saker/Cases,
Metode/Method. Every table has a frozen header, an autofilter, fitted column widths,
real dates (``dd.mm.yyyy``) and numbers; the summary has a native bar chart of
deviations per check.

All cases of all checks are in ONE Saker/Cases sheet (a column names the check),
not one sheet per check: a controller filters one table by caseworker or office and
gets that person's whole to-do list across checks, the issue asks for one sheet per
section, and 18 check sheets with 31-character names would be hard to navigate. The
detail columns are the union of the checks' detail columns; a check leaves the
columns it does not use empty.

Every cell is written through :func:`reports.excel.put` (the formula guard), except the rows of
the case sheets: a million cases are too many for openpyxl, so :mod:`reports.case_sheet` and
:mod:`reports.case_xml` stream them into the saved workbook, making each cell as ``put`` does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from audit.text import t as w
from reports import case_sheet, case_xml
from reports.excel import (
    NUMBER_FORMATS,
    TOP,
    TOP_WRAP,
    Sheet,
    add_sheet,
    atomic_path,
    ensure_page_setup,
    finish_table,
    freeze_header,
    link,
    new_workbook,
    page_setup,
    put,
    put_row,
    style_status,
    write_header,
    write_heading,
    write_paragraph,
    write_title,
)
from reports.views import Matrix, MatrixRow, ReportModel

# --------------------------------------------------------------------------- sheets


def _summary(wb: Workbook, m: ReportModel, plan: case_sheet.CasePlan) -> None:
    t = m.t
    ws = wb.active
    ws.title = t("section.summary")
    history = m.has_history
    # the figures a reader acts on first (printed), then the lifecycle counts (printed too),
    # then what documents the check (legal basis, thresholds…: on screen, not on the A4 page)
    headers = [
        t("col.check_id"), t("col.check"), t("col.kind"), t("col.status"), t("col.evaluated"),
        t("col.failed"), t("col.warned"), t("col.unknown"), t("col.rate"), t("col.value"), t("col.target"),
    ]
    if history:  # results annotated by the history
        headers += [t("col.new"), t("col.persisting"), t("col.resolved"), t("col.not_assessed"), t("col.overdue"),
                    t("col.compared_with")]
    printed = len(headers)
    docs = printed + 1  # first documentation column
    headers += [t("col.legal_basis"), t("col.applies_to"), t("col.note"), w("reports.col.thresholds", m.lang),
                w("reports.col.basis", m.lang), w("reports.col.legal_sources", m.lang)]
    # the documentation columns wrap wide: they are not printed, and narrow they made every row tall
    sheet = Sheet(ws, wrap={2: 40, docs: 60, docs + 1: 50, docs + 2: 60, docs + 3: 70, docs + 5: 70})
    write_title(sheet, m.title, f"{m.subtitle} — {m.headline}")
    if history:
        put(sheet, 3, 1, m.history_line, fit=False).font = Font(bold=True)
    hdr = 4
    write_header(sheet, hdr, headers)
    row = hdr
    for c in m.checks:
        row += 1
        put_row(sheet, row, [c.id, c.title, c.kind_label, c.status.label, c.evaluated, c.failed, c.warned,
                             c.unknown, c.rate, c.value, c.target])
        put_row(sheet, row, [c.legal_basis, c.applies_to, c.note, "; ".join(c.thresholds) or None,
                             c.basis_label or None, "; ".join(x for x in (c.legal_sources, c.in_force) if x) or None],
                start=docs)
        style_status(ws.cell(row=row, column=4), c.status.code)
        first = plan.first_rows.get(c.id)
        if first:  # the check's title links to its first case in Saker (the check id there links back)
            link(ws.cell(row=row, column=2), *first)
        if history and c.lifecycle:
            lc = c.lifecycle
            put_row(sheet, row, [lc.new, lc.persisting, lc.resolved, lc.not_assessed, lc.overdue, lc.compared_with],
                    start=12)
    finish_table(sheet, hdr, len(headers), row, freeze="C")

    # Chart data: deviations per evaluated deviation/data check, and its native bar chart.
    # The deviation RATE per check (failed / evaluated): counts would give a large check a long bar.
    charted = [c for c in m.checks if c.counts_deviations and c.rate_value is not None]
    top = row + 3
    write_heading(sheet, top - 1, w("reports.chart.rate_title", m.lang))
    # the chart's table from column B (check titles under the summary's titles, which wrap),
    # so column A keeps the width of the check ids
    write_header(sheet, top, [t("col.check"), t("col.rate"), t("col.failed"), t("col.evaluated")], start=2)
    r = top
    for c in charted:
        r += 1
        put_row(sheet, r, [c.title, c.rate, c.failed, c.evaluated], start=2)
    if charted:
        chart = BarChart()
        chart.type = "bar"
        chart.style = 10
        chart.title = w("reports.chart.rate_title", m.lang)
        chart.y_axis.title = w("reports.chart.axis", m.lang)
        chart.y_axis.number_format = "0 %"
        chart.y_axis.scaling.min = 0
        chart.x_axis.scaling.orientation = "maxMin"  # first check at the top
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        chart.y_axis.majorGridlines = None
        chart.legend = None
        chart.add_data(Reference(ws, min_col=3, min_row=top, max_row=r), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=2, min_row=top + 1, max_row=r))
        chart.series[0].graphicalProperties.solidFill = "B42318"
        chart.series[0].graphicalProperties.line.solidFill = "B42318"
        chart.height = max(7.0, 1.0 * len(charted) + 3)
        chart.width = 20
        ws.add_chart(chart, f"F{top}")
    else:
        put(sheet, top + 1, 1, t("summary.chart_empty"))
    sheet.fit()
    page_setup(ws, hdr, print_columns=printed)  # the figures and the chart on the A4 page, readable
    if charted:  # the print area reaches the chart's bottom (rows of 15 pt ≈ 0.53 cm)
        last = max(ws.max_row, top + int(chart.height / 0.53) + 2)
        ws.print_area = f"A1:{get_column_letter(printed)}{last}"


def _matrix(sheet: Sheet, m: ReportModel, matrix: Matrix, top: int, first_header: str, *, with_municipality: bool,
            autofilter: bool, total: bool = True, heat: bool = True) -> int:
    """Write one office/municipality × check matrix with its header at ``top``; return its last row."""
    t = m.t
    ws = sheet.ws
    lead = [first_header] + ([t("col.municipality")] if with_municipality else [])
    titles = [
        f"{c.title} ({c.unit_label})" if not total and c.unit_label and c.unit not in ("share", "count") else c.title
        for c in matrix.columns
    ]
    headers = lead + titles + ([t("col.total")] if total else [])
    # check ids above the titles, so a reader can match them with the summary
    for i, c in enumerate(matrix.columns, start=len(lead) + 1):
        cell = put(sheet, top - 1, i, c.id, fit=False)
        cell.font = Font(size=8, color="555555")
    write_header(sheet, top, headers, wrap_from=len(lead) + 1)
    ws.row_dimensions[top].height = 80
    row = top
    for mr in matrix.rows:
        row += 1
        put(sheet, row, 1, mr.label)
        if with_municipality:
            put(sheet, row, 2, mr.municipality)
        put_row(sheet, row, mr.cells, start=len(lead) + 1)
        if total:
            put(sheet, row, len(headers), mr.total).font = Font(bold=True)
    last_data = row
    if autofilter:
        finish_table(sheet, top, len(headers), last_data)
    if heat and matrix.rows and matrix.columns:
        first = get_column_letter(len(lead) + 1)
        last = get_column_letter(len(lead) + len(matrix.columns))
        ws.conditional_formatting.add(
            f"{first}{top + 1}:{last}{last_data}",
            ColorScaleRule(start_type="num", start_value=0, start_color="FFFFFF", end_type="max", end_color="F08C8C"),
        )
    if total:
        row += 1
        put(sheet, row, 1, t("col.total")).font = Font(bold=True)
        for cell in put_row(sheet, row, matrix.totals, start=len(lead) + 1):
            cell.font = Font(bold=True)
        put(sheet, row, len(headers), matrix.grand_total).font = Font(bold=True)
    return row


def _where(wb: Workbook, m: ReportModel) -> None:
    t = m.t
    sheet = add_sheet(wb, t("section.where"), t("section.where.lead"), title=w("reports.where.counts_heading", m.lang))
    ws = sheet.ws
    hdr = 5
    if not m.office_matrix.rows:
        put(sheet, hdr, 1, t("where.none"))
        ws.freeze_panes = "A3"
        sheet.fit()
        return
    row = _matrix(sheet, m, m.office_matrix, hdr, t("col.office"), with_municipality=True, autofilter=True)
    freeze_header(sheet, hdr, "C")
    rates = Matrix(m.office_matrix.columns,
                   [MatrixRow(r.label, r.municipality, r.rates, r.total) for r in m.office_matrix.rows],
                   [c.rate for c in m.office_matrix.columns], m.office_matrix.grand_total)
    row += 4
    write_heading(sheet, row - 2, w("reports.matrix.rate_caption", m.lang))
    row = _matrix(sheet, m, rates, row, t("col.office"), with_municipality=True, autofilter=False, total=False)
    if m.municipality_matrix:
        row += 4
        write_heading(sheet, row - 2, w("reports.where.counts_municipality", m.lang))
        row = _matrix(sheet, m, m.municipality_matrix, row, t("col.municipality"), with_municipality=False,
                      autofilter=False)
    if m.indicator_matrix:
        row += 4
        write_heading(sheet, row - 2, t("where.indicators"))
        _matrix(sheet, m, m.indicator_matrix, row, t("col.office"), with_municipality=True, autofilter=False,
                total=False, heat=False)
    sheet.fit()


def _cases(wb: Workbook, m: ReportModel, plan: case_sheet.CasePlan) -> list[Worksheet]:
    """The case sheet(s) as openpyxl writes them: title, header, widths, frozen header, autofilter
    and print set-up; their rows are streamed in when the workbook is saved (reports.case_sheet)."""
    t = m.t
    hdr = case_sheet.HEADER_ROW
    sheets = []
    for i, name in enumerate(plan.sheets):
        lead = t("section.cases.lead") if i == 0 else case_sheet.continued_text(m, plan, i)
        sheet = add_sheet(wb, name, lead)
        sheet.wrap.update(plan.wrap)  # titles and reasons wrap, so the printed columns fit a landscape A4 page
        write_header(sheet, hdr, plan.headers)
        for col, width in plan.widths.items():
            sheet.widths[col] = max(sheet.widths.get(col, 0), width)
        last = hdr + plan.sheet_rows[i]
        finish_table(sheet, hdr, len(plan.headers), last, freeze="E")
        sheet.fit()
        # print the columns a reader acts on (not the detail columns), at a readable size
        page_setup(sheet.ws, hdr, print_columns=plan.print_columns)
        sheet.ws.print_area = f"A1:{get_column_letter(plan.print_columns)}{max(last, hdr)}"
        sheets.append(sheet.ws)
    _register_styles(wb, sheets[0], plan)
    return sheets


def _register_styles(wb: Workbook, ws: Worksheet, plan: case_sheet.CasePlan) -> None:
    """The cell styles of the streamed rows, registered in the workbook (cellXfs index per style key):
    each is given to a scratch cell, whose style index is read, and the cell removed again."""
    for key in case_sheet.STYLE_KEYS:
        cell = ws.cell(row=1, column=16384)
        cell.alignment = TOP
        if isinstance(key, tuple) and key[0] == "text":
            cell.alignment = TOP_WRAP if key[2] else TOP
            cell.quotePrefix = key[1]
        elif isinstance(key, tuple) and key[0] == "level":
            style_status(cell, key[1])
        elif key == ("link",):
            cell.font = Font(color="0B4F8A", underline="single")
        else:
            cell.number_format = NUMBER_FORMATS[key]
        plan.styles[key] = cell.style_id
        del ws._cells[(1, 16384)]  # noqa: SLF001 - the style stays registered in the workbook


def _resolved(wb: Workbook, m: ReportModel) -> None:
    """Findings of the previous run not among this run's cases: resolved, or their check not assessed now.

    A sheet of their own rather than rows in Saker: Saker stays the list of findings
    to act on now, and its rows and counts match the summary's."""
    t = m.t
    sheet = add_sheet(wb, t("section.resolved"), t("section.resolved.lead"), wrap={12: 60})
    headers = [t("col.check_id"), t("col.check"), t("col.lifecycle"), t("col.level"), t("col.key"), t("col.measured"),
               t("col.unit"), t("col.office"), t("col.municipality"), t("col.since"), t("col.last_seen"),
               t("col.follow_ups")]
    hdr = 4
    rows = m.earlier_findings
    if not rows:
        put(sheet, hdr, 1, t("resolved.none"))
        sheet.fit()
        return
    write_header(sheet, hdr, headers)
    row = hdr
    for c, f in rows:
        row += 1
        put_row(sheet, row, [c.id, c.title, f.state_label, f.level_label, f.key, f.value, c.unit_label or None,
                             f.office, f.municipality, f.since, f.last_seen, f.follow_ups_text])
        style_status(sheet.ws.cell(row=row, column=4), f.level)
    finish_table(sheet, hdr, len(headers), row, freeze="F")
    sheet.widths[2] = min(sheet.widths.get(2, 30), 45)
    sheet.fit()


def _follow_up_sheet(wb: Workbook, m: ReportModel) -> None:
    """Every follow-up attached to this run, on a case, an earlier finding or a whole check."""
    t = m.t
    on = m.history_on.text if m.history_on else t("none")
    sheet = add_sheet(wb, t("section.follow_ups"), t("section.follow_ups.lead", on=on), wrap={6: 50, 9: 40})
    headers = [t("col.check_id"), t("col.check"), t("col.finding"), t("col.fu_status"), t("col.responsible"),
               t("col.action"), t("col.due"), t("col.overdue"), t("col.note")]
    hdr = 4
    items = m.all_follow_ups
    if not items:
        put(sheet, hdr, 1, t("followup.none"))
        sheet.fit()
        return
    write_header(sheet, hdr, headers)
    row = hdr
    for c, concerns, fu in items:
        row += 1
        put_row(sheet, row, [c.id, c.title, concerns, fu.status_label, fu.responsible, fu.action, fu.due,
                             fu.overdue_label or None, fu.note])
        if fu.overdue:  # the word is the signal; the colour only repeats it
            style_status(sheet.ws.cell(row=row, column=8), "deviation")
    finish_table(sheet, hdr, len(headers), row, freeze="D")
    sheet.widths[2] = min(sheet.widths.get(2, 30), 45)
    sheet.fit()


MAX_ROW_HEIGHT = 409  # points: the tallest row Excel shows


def _findings(wb: Workbook, m: ReportModel) -> None:
    t = m.t
    sheet = add_sheet(wb, t("section.findings"), t("section.findings.lead"))
    ws = sheet.ws
    ws.column_dimensions["A"].width = 110
    r = 4
    for i, f in enumerate(m.findings, start=1):
        write_heading(sheet, r, f"{i}. {f['title']} ({f['id']})")
        # one row per part (krav, funn, vurdering, konklusjon): a whole theme in one cell outgrew the
        # 409 points Excel shows of a row
        for heading, text in f.get("parts") or [("", f["text"])]:
            r += 1
            text = f"{heading}: {text}" if heading else text
            write_paragraph(sheet, r, text, height=min(MAX_ROW_HEIGHT, 15 * (len(text) // 100 + 1)))
        r += 2
    page_setup(ws, None)


def _block(sheet: Sheet, top: int, heading: str, headers: list[str], rows: list[list], empty_text: str) -> int:
    """A headed table on the method sheet; returns the next free row."""
    write_heading(sheet, top, heading)
    if not rows:
        put(sheet, top + 1, 1, empty_text, fit=False)
        return top + 3
    write_header(sheet, top + 1, headers)
    r = top + 1
    for values in rows:
        r += 1
        put_row(sheet, r, values)
    return r + 2


def _method(wb: Workbook, m: ReportModel) -> None:
    t = m.t
    sheet = add_sheet(wb, t("section.method"), t("section.method.lead"))
    ws = sheet.ws
    r = 4
    r = _block(sheet, r, t("method.run"), [t("col.item"), t("col.value")],
               [[kv.label, kv.value] for kv in m.run_facts], "")
    r = _block(sheet, r, t("report.dataset"), [t("col.item"), t("col.value")],
               [[kv.label, kv.value] for kv in m.dataset_facts], "")
    r = _block(sheet, r, t("method.inputs"),
               [t("method.path"), t("method.format"), t("method.rows"), t("method.sha256"), t("method.mapping")],
               [[i["path"], i["format"], i["rows"], i["sha256"], i["mapping"]] for i in m.inputs], t("none"))
    mapping_rows = [[x["mapping"], x["canonical"], x["header"]] for x in m.mapping_columns]
    r = _block(sheet, r, t("method.mapping"), [t("method.mapping"), t("method.canonical"), t("method.export_header")],
               mapping_rows, t("method.mapping_none"))
    if m.mapping_values:
        r = _block(sheet, r, f"{t('method.mapping')}: {t('col.value').lower()}",
                   [t("method.mapping"), t("method.canonical"), t("method.export_value"), t("method.canonical_value")],
                   [[x["mapping"], x["column"], x["export"], x["canonical"]] for x in m.mapping_values], "")
    if m.mapping_options:
        r = _block(sheet, r, f"{t('method.mapping')}: {t('method.parameter').lower()}",
                   [t("method.mapping"), t("method.parameter"), t("col.value")],
                   [[x["mapping"], x["option"], x["value"]] for x in m.mapping_options], "")
    # the parameter in words, its value a number (a share as a percentage) with its unit beside it, and
    # the name `--set` takes last
    r = _block(sheet, r, t("method.parameters"),
               [t("col.check_id"), t("method.parameter"), t("col.value"), t("col.unit"), t("method.parameter_name")],
               [[p["check"], p["label"], p["value"], p["unit"], p["parameter"]] for p in m.parameters],
               t("method.parameters_none"))
    r = _block(sheet, r, t("method.rule_versions"),
               [t("col.check_id"), t("method.parameter"), t("method.valid_from"), t("method.valid_until"),
                t("col.value"), t("method.rows_judged"), t("method.parameter_name")],
               [[v["check"], v["label"], v["from"], v["until"], v["value"], v["rows"],
                 v["parameter"] if v["parameter"].text != v["label"].text else None] for v in m.rule_versions],
               t("method.rule_versions_none"))
    if m.input_issue_groups:  # too many to list one by one (reports.model.ISSUE_ROWS): grouped, results.json lists them
        write_heading(sheet, r, t("method.input_issues"))
        put(sheet, r + 1, 1, t("method.input_issues_grouped", count=m.fmt.number_text(m.input_issue_total)), fit=False)
        r += 2
        write_header(sheet, r, [t("method.path"), t("method.issue_column"), t("method.issue_message"),
                                t("method.issue_count"), t("method.issue_first_rows")])
        for g in m.input_issue_groups:
            r += 1
            put_row(sheet, r, [g["file"], g["column"], g["message"], g["count"], g["rows"]])
        if m.input_issue_groups_more:
            put(sheet, r + 1, 1, t("method.input_issue_groups_more", count=m.fmt.number_text(m.input_issue_groups_more)),
                fit=False)
    else:
        _block(sheet, r, t("method.input_issues"),
               [t("method.path"), t("method.issue_row"), t("method.issue_column"), t("method.issue_message")],
               [[i["file"], i["row"], i["column"], i["message"]] for i in m.input_issues], t("method.input_issues_none"))
    ws.freeze_panes = "A3"
    page_setup(ws, None)
    sheet.fit()


def build_workbook(m: ReportModel, plan: case_sheet.CasePlan | None = None) -> Workbook:
    """The workbook as openpyxl holds it; the case sheets have their frame but no rows yet
    (:func:`write_workbook` streams them in)."""
    plan = plan or case_sheet.plan(m)
    wb = new_workbook(m.title, m.lang)
    _summary(wb, m, plan)
    _where(wb, m)
    case_sheets = _cases(wb, m, plan)
    if m.has_history:
        _resolved(wb, m)
        _follow_up_sheet(wb, m)
    if m.findings:
        _findings(wb, m)
    _method(wb, m)
    wb._nav_case_sheets = case_sheets  # noqa: SLF001 - read by write_workbook
    return wb


def write_workbook(m: ReportModel, target: Path, before_rows: Callable[[], object] | None = None) -> Path:
    """Build the workbook and write it atomically to ``target``: openpyxl saves the workbook
    with empty case sheets, then the cases are streamed into its zip (reports.case_sheet).

    ``before_rows`` is called once the rest is done and the case rows are about to be
    streamed: polars assembles them and ISA-L deflates them without holding the interpreter
    lock, so that is when other work (the HTML page) can run in a thread beside them."""
    plan = case_sheet.plan(m)
    wb = build_workbook(m, plan)
    ensure_page_setup(wb)
    summary = wb.worksheets[0].title
    with atomic_path(target) as tmp:
        wb.save(tmp)
        if before_rows is not None:
            before_rows()
        case_xml.splice(tmp, plan, [ws.path[1:] for ws in wb._nav_case_sheets], summary)  # noqa: SLF001
    return Path(target)


__all__ = ["build_workbook", "write_workbook"]
