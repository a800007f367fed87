"""The annual report workbook (openpyxl), from :class:`reports.annual_model.AnnualModel`.

Sheets: Sammendrag (the generated summary, key figures and a native column chart
of the deviation rate per quarter, this year against the year before), Kontroller
(per check: quarterly rates, change, findings and actions), Trend (monthly rates
with one native line chart per check), Perioder (every figure per check, month and
quarter as one long table), Indikatorer (values against targets, with line charts),
Oppfølging (open actions, overdue marked), Kontorer (per office and quarter) and
Kjøringer (the runs used). The cell writing, styles and page set-up are those of
:mod:`reports.excel`: frozen headers, autofilter, real numbers and dates.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference, Series
from openpyxl.styles import Font
from openpyxl.worksheet.pagebreak import Break
from openpyxl.utils import get_column_letter

from reports.annual_model import AnnualModel, CheckRow
from audit.text import t as w
from reports.excel import (
    Sheet,
    add_sheet,
    finish_table,
    new_workbook,
    page_setup,
    put,
    put_row,
    save_workbook,
    style_status,
    write_header,
    write_heading,
    write_paragraph,
    write_title,
)

CURRENT_COLOUR = "1F3B57"
PREVIOUS_COLOUR = "8A8F98"
TARGET_COLOUR = "B42318"
CHART_WIDTH, CHART_HEIGHT = 15.0, 7.0  # cm
CHART_ROWS = 15  # worksheet rows a chart covers (at the default row height)
CHART_ROWS_PER_PAGE = 2  # rows of two charts on one printed page


def chart_page_breaks(ws, top: int, charts: int) -> None:
    """Page breaks above the charts (two per row from ``top``) so that no printed chart is
    cut between two pages: a new page before the first row and every CHART_ROWS_PER_PAGE rows."""
    for k in range(0, -(-charts // 2), CHART_ROWS_PER_PAGE):
        ws.row_breaks.append(Break(id=top - 1 + k * CHART_ROWS))


def _style_line(series: Series, colour: str, *, dashed: bool = False, marker: bool = True) -> None:
    series.graphicalProperties.line.solidFill = colour
    series.graphicalProperties.line.width = 22000 if not dashed else 16000
    if dashed:
        series.graphicalProperties.line.dashStyle = "dash"
    series.smooth = False
    if marker:
        series.marker.symbol = "circle"
        series.marker.size = 6
        series.marker.graphicalProperties.solidFill = colour
        series.marker.graphicalProperties.line.solidFill = colour
    else:
        series.marker.symbol = "none"


def _line_chart(title: str, y_title: str, percent: bool) -> LineChart:
    chart = LineChart()
    chart.title = title
    chart.style = 2
    chart.height, chart.width = CHART_HEIGHT, CHART_WIDTH
    chart.y_axis.title = y_title
    chart.y_axis.number_format = "0%" if percent else "#,##0"
    chart.y_axis.scaling.min = 0
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    chart.display_blanks = "span"  # months without a run: the line joins the months that have one
    chart.legend.position = "b"
    return chart


# --------------------------------------------------------------------------- sheets


def _summary(wb: Workbook, m: AnnualModel) -> None:
    t = m.t
    ws = wb.active
    ws.title = t("annual.section.summary")
    sheet = Sheet(ws)
    write_title(sheet, m.title, " · ".join(f"{kv.label}: {kv.value.text}" for kv in m.facts))
    ws.column_dimensions["A"].width = 34
    for col in "BCDEFGH":
        ws.column_dimensions[col].width = 14
    row = 4
    write_heading(sheet, row, t("annual.summary.lead"))
    for paragraph in m.summary:
        row += 1
        write_paragraph(sheet, row, paragraph, height=15 * max(2, -(-len(paragraph) // 120) + 1), merge_to=8)

    row += 2
    write_heading(sheet, row, t("annual.summary.key_figures"))
    header = row + 1
    write_header(sheet, header, [t("col.item"), t("col.value")])
    r = header
    for kv in m.key_figures:
        r += 1
        put_row(sheet, r, [kv.label, kv.value], fit=False)

    # The deviation rate per quarter, this year and the year before, and its native column chart.
    top = r + 3
    write_heading(sheet, top - 1, t("annual.chart.total_title"))
    write_header(sheet, top, [t("annual.col.quarter"), str(m.previous_year), str(m.year)])
    totals = m.figures["totals"]
    for i, label in enumerate(m.quarter_labels):
        prev = totals["previous"]["quarters"][i]
        cur = totals["quarters"][i]
        put_row(sheet, top + 1 + i, [label, m.fmt.percent(prev["rate"]) if prev else None,
                                     m.fmt.percent(cur["rate"]) if cur else None], fit=False)
    chart = BarChart()
    chart.type = "col"
    chart.grouping = "clustered"
    chart.title = t("annual.chart.total_title")
    chart.y_axis.title = t("col.rate")
    chart.y_axis.number_format = "0%"
    chart.y_axis.scaling.min = 0
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    chart.add_data(Reference(ws, min_col=2, max_col=3, min_row=top, max_row=top + 4), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=top + 1, max_row=top + 4))
    for series, colour in zip(chart.series, (PREVIOUS_COLOUR, CURRENT_COLOUR)):
        series.graphicalProperties.solidFill = colour
        series.graphicalProperties.line.solidFill = colour
    chart.legend.position = "b"
    chart.height, chart.width = 8.0, 16.0
    ws.add_chart(chart, f"E{top - 1}")
    ws.freeze_panes = "A4"
    page_setup(ws, None)


def _check_values(row: CheckRow) -> list:
    return [*row.quarters, row.previous_same, row.change, row.opened, row.resolved, row.open,
            row.open_deviations, row.follow_ups_open, row.overdue]


def _checks(wb: Workbook, m: AnnualModel) -> None:
    t = m.t
    sheet = add_sheet(wb, t("annual.section.checks"), t("annual.checks.lead"),
                      title=f"{t('annual.section.checks')} {m.year}", wrap={2: 45})
    ws = sheet.ws
    same = (t("annual.col.same_quarter", quarter=m.quarter_labels[m.last_quarter], year=m.previous_year)
            if m.last_quarter is not None else str(m.previous_year))
    headers = [t("col.check_id"), t("col.check"), t("col.kind"), *m.quarter_labels, same, t("annual.col.change"),
               t("annual.col.opened"), t("annual.col.resolved"), t("annual.col.open"), t("annual.col.open_deviations"),
               t("annual.col.follow_ups_open"), t("annual.col.overdue")]
    hdr = 4
    write_header(sheet, hdr, headers, wrap_from=4)
    ws.row_dimensions[hdr].height = 45
    row = hdr
    for c in m.checks:
        row += 1
        put_row(sheet, row, [c.id, c.title, c.kind_label, *_check_values(c)])
        if isinstance(c.overdue.raw, int) and c.overdue.raw:
            style_status(ws.cell(row=row, column=len(headers)), "deviation")
    finish_table(sheet, hdr, len(headers), row, freeze="C")
    if m.totals:
        row += 1
        put(sheet, row, 2, m.totals.title).font = Font(bold=True)
        for cell in put_row(sheet, row, _check_values(m.totals), start=4):
            cell.font = Font(bold=True)
    sheet.fit()


def _trend(wb: Workbook, m: AnnualModel) -> None:
    """Monthly rates per check (this year and the year before) and one line chart per check."""
    t = m.t
    sheet = add_sheet(wb, t("annual.section.trend"), t("annual.trend.lead", year=m.year, previous=m.previous_year),
                      wrap={2: 40})
    ws = sheet.ws
    headers = [t("col.check_id"), t("col.check"), t("annual.col.year"), *m.month_labels]
    hdr = 4
    write_header(sheet, hdr, headers)
    figures = {c["id"]: c for c in m.figures["checks"]}
    rows: list[tuple[CheckRow, int, int]] = []
    row = hdr
    for c in m.checks:
        raw = figures[c.id]
        pair = []
        for year, months in ((m.previous_year, raw["previous"]["months"]), (m.year, raw["months"])):
            row += 1
            rates = [m.fmt.percent(p["rate"]) if p else None for p in months]
            cells = put_row(sheet, row, [c.id, c.title, year, *rates])
            cells[2].number_format = "0"  # the year, not 2 025
            pair.append(row)
        rows.append((c, pair[0], pair[1]))
    last_data = row
    finish_table(sheet, hdr, len(headers), last_data, freeze="D")
    sheet.fit()

    top = last_data + 3
    for n, (c, prev_row, cur_row) in enumerate(rows):
        chart = _line_chart(c.title if len(c.title) <= 60 else c.title[:59] + "…", t("col.rate"), percent=True)
        for data_row, colour, dashed in ((prev_row, PREVIOUS_COLOUR, True), (cur_row, CURRENT_COLOUR, False)):
            series = Series(Reference(ws, min_col=4, max_col=15, min_row=data_row, max_row=data_row),
                            title=str(m.previous_year if data_row == prev_row else m.year))
            _style_line(series, colour, dashed=dashed)
            chart.series.append(series)
        chart.set_categories(Reference(ws, min_col=4, max_col=15, min_row=hdr, max_row=hdr))
        anchor_col = 1 if n % 2 == 0 else 9
        anchor_row = top + (n // 2) * CHART_ROWS
        ws.add_chart(chart, f"{get_column_letter(anchor_col)}{anchor_row}")
    chart_page_breaks(ws, top, len(rows))


def _periods(wb: Workbook, m: AnnualModel) -> None:
    t = m.t
    sheet = add_sheet(wb, t("annual.section.periods"),
                      t("annual.periods.lead", year=m.year, previous=m.previous_year), wrap={2: 40})
    cols = [("check_id", t("col.check_id")), ("check", t("col.check")), ("year", t("annual.col.year")),
            ("kind", t("annual.col.period_kind")), ("period", t("annual.col.period")),
            ("as_of", t("annual.col.as_of")), ("evaluated", t("col.evaluated")), ("failed", t("col.failed")),
            ("warned", t("col.warned")), ("unknown", t("col.unknown")), ("rate", t("col.rate")),
            ("value", t("col.value")), ("runs", t("annual.col.runs"))]
    hdr = 4
    write_header(sheet, hdr, [label for _, label in cols])
    row = hdr
    year_col = [name for name, _ in cols].index("year")
    for r in m.period_rows:
        row += 1
        cells = put_row(sheet, row, [r[name] for name, _ in cols])
        cells[year_col].number_format = "0"
    finish_table(sheet, hdr, len(cols), row, freeze="C")
    sheet.fit()


def _indicators(wb: Workbook, m: AnnualModel) -> None:
    t = m.t
    sheet = add_sheet(wb, t("annual.section.indicators"), t("annual.indicators.lead"), wrap={2: 45})
    ws = sheet.ws
    if not m.indicators:
        put(sheet, 4, 1, t("annual.indicators.none"))
        sheet.fit()
        return
    headers = [t("col.check_id"), t("kind.indicator"), t("col.unit"), t("col.target"),
               *[f"{q} {m.year}" for q in m.quarter_short], *[f"{q} {m.previous_year}" for q in m.quarter_short],
               t("annual.col.last_value"), t("annual.col.met")]
    hdr = 4
    write_header(sheet, hdr, headers, wrap_from=5)
    row = hdr
    for i in m.indicators:
        row += 1
        put_row(sheet, row, [i.id, i.title, i.unit_label or None, i.target, *i.quarters, *i.previous_quarters,
                             i.last, i.last_met.label if i.last_met else None])
        if i.last_met:
            style_status(ws.cell(row=row, column=len(headers)), i.last_met.code)
    finish_table(sheet, hdr, len(headers), row, freeze="C")
    sheet.fit()

    # Chart data: per indicator three rows (year before, this year, target) over the quarters.
    top = row + 3
    write_heading(sheet, top - 1, t("annual.section.trend"))
    write_header(sheet, top, [t("col.check_id"), t("annual.col.year"), "", *m.quarter_labels])
    r = top
    figures = {c["id"]: c for c in m.figures["checks"]}
    charts_at = r + 3 * len(m.indicators) + 3
    for n, ind in enumerate(m.indicators):
        raw = figures[ind.id]
        unit = raw.get("unit")
        target = (raw.get("target") or {}).get("value")
        block = []
        for label, points in ((str(m.previous_year), raw["previous"]["quarters"]), (str(m.year), raw["quarters"])):
            r += 1
            values = [p.get("value") if p else None for p in points]
            put_row(sheet, r, [ind.id, label], fit=False)
            put_row(sheet, r, [m.fmt.measured(v, unit) if v is not None else None for v in values], start=4, fit=False)
            block.append(r)
        r += 1
        put_row(sheet, r, [ind.id, t("annual.chart.target")], fit=False)
        put_row(sheet, r, [m.fmt.measured(target, unit) if target is not None else None] * 4, start=4, fit=False)
        block.append(r)
        chart = _line_chart(ind.title if len(ind.title) <= 60 else ind.title[:59] + "…",
                            ind.unit_label or t("col.value"), percent=unit == "share")
        for data_row, colour, dashed, marker in ((block[0], PREVIOUS_COLOUR, True, True),
                                                 (block[1], CURRENT_COLOUR, False, True),
                                                 (block[2], TARGET_COLOUR, True, False)):
            if data_row == block[2] and target is None:
                continue
            series = Series(Reference(ws, min_col=4, max_col=7, min_row=data_row, max_row=data_row),
                            title_from_data=False, title=ws.cell(row=data_row, column=2).value)
            _style_line(series, colour, dashed=dashed, marker=marker)
            chart.series.append(series)
        chart.set_categories(Reference(ws, min_col=4, max_col=7, min_row=top, max_row=top))
        ws.add_chart(chart, f"{get_column_letter(1 if n % 2 == 0 else 9)}{charts_at + (n // 2) * CHART_ROWS}")
    if m.indicators:
        chart_page_breaks(ws, charts_at, len(m.indicators))


def _follow_ups(wb: Workbook, m: AnnualModel) -> None:
    t = m.t
    sheet = add_sheet(wb, t("annual.section.follow_ups"), t("annual.follow_ups.lead", date=m.on.text),
                      wrap={3: 40, 7: 50})
    ws = sheet.ws
    headers = [t("annual.col.follow_up"), t("col.check_id"), t("col.check"), t("annual.col.concerns"), t("col.status"),
               t("annual.col.responsible"), t("annual.col.action"), t("annual.col.due"), t("annual.overdue")]
    hdr = 4
    write_header(sheet, hdr, headers)
    row = hdr
    for f in m.follow_ups:
        row += 1
        put_row(sheet, row, [f["id"], f["check_id"], f["check"], f["key"], f["status"], f["responsible"],
                             f["action"], f["due"], f["overdue"]])
        if f["overdue"].raw:
            style_status(ws.cell(row=row, column=len(headers)), "deviation")
    if not m.follow_ups:
        put(sheet, hdr + 1, 1, t("annual.follow_ups.none"), fit=False)
    finish_table(sheet, hdr, len(headers), row, freeze="A")
    sheet.fit()


def _offices(wb: Workbook, m: AnnualModel) -> None:
    t = m.t
    sheet = add_sheet(wb, t("annual.section.offices"), t("annual.offices.lead"))
    ws = sheet.ws
    if not m.offices:
        put(sheet, 4, 1, t("annual.offices.none"), fit=False)
        sheet.fit()
        return
    headers = [t("col.office"), t("col.municipality"),
               *[f"{t('col.failed')} {q}" for q in m.quarter_short], *[f"{t('col.rate')} {q}" for q in m.quarter_short],
               w("reports.annual.col.open_findings", m.lang), w("reports.annual.col.overdue", m.lang)]
    hdr = 4
    write_header(sheet, hdr, headers, wrap_from=3)
    ws.row_dimensions[hdr].height = 32
    row = hdr
    for o in m.offices:
        row += 1
        put_row(sheet, row, [o.office, o.municipality or None, *o.failed, *o.rates, o.open_findings, o.overdue])
        if o.overdue is not None and o.overdue.raw:  # the header says it; the colour repeats it
            style_status(ws.cell(row=row, column=len(headers)), "deviation")
    finish_table(sheet, hdr, len(headers), row, freeze="C")

    if m.office_checks and m.last_quarter is not None:
        top = row + 4
        write_heading(sheet, top - 2, t("annual.offices.by_check", period=m.quarter_labels[m.last_quarter]))
        write_header(sheet, top, [t("col.check_id"), t("col.check"), *[o.office for o in m.offices]], wrap_from=3)
        r = top
        for cid, title in m.office_checks:
            r += 1
            put_row(sheet, r, [cid, title, *(o.by_check.get(cid) for o in m.offices)])
    sheet.fit()


def _runs(wb: Workbook, m: AnnualModel) -> None:
    t = m.t
    sheet = add_sheet(wb, t("annual.section.runs"), t("annual.runs.lead"))
    headers = [t("annual.col.year"), t("annual.col.run_id"), t("report.suite"), t("report.scope"),
               t("annual.col.as_of"), t("report.period"), t("annual.col.reference_date"), t("annual.col.month"),
               t("annual.col.quarter"), t("annual.col.rows")]
    hdr = 4
    write_header(sheet, hdr, headers)
    row = hdr
    for year, runs in ((m.year, m.runs), (m.previous_year, m.previous_runs)):
        for r in runs:
            row += 1
            cells = put_row(sheet, row, [year, r["id"], r["suite"], r["scope"], r["as_of"], r["period"],
                                         r["reference_date"], r["month"], r["quarter"], r["rows"]])
            cells[0].number_format = "0"
    finish_table(sheet, hdr, len(headers), row, freeze="C")
    write_paragraph(sheet, row + 2, t("annual.method.rules"), height=90, merge_to=len(headers))
    for i, note in enumerate(m.method_notes, start=1):
        write_paragraph(sheet, row + 2 + i, note, height=30, merge_to=len(headers))
    sheet.fit()


def build_annual_workbook(m: AnnualModel) -> Workbook:
    wb = new_workbook(m.title, m.lang)
    _summary(wb, m)
    _checks(wb, m)
    _trend(wb, m)
    _periods(wb, m)
    _indicators(wb, m)
    _follow_ups(wb, m)
    _offices(wb, m)
    _runs(wb, m)
    return wb


def write_annual_workbook(m: AnnualModel, target: Path) -> Path:
    """Build the workbook and write it atomically to ``target``."""
    return save_workbook(build_annual_workbook(m), target)


__all__ = ["build_annual_workbook", "write_annual_workbook"]
