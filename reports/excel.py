"""The Excel helpers every nav-audit workbook shares (openpyxl): writing cells, titles,
headings, headers and tables, column widths, status colours, the print set-up, new and
atomically saved workbooks. The run's workbook is :mod:`reports.run_workbook`, the annual
one :mod:`reports.annual_excel`; the review, sample and comparison workbooks use these too.

Text from the data never becomes a formula: a text starting with ``=``, ``+``,
``-``, ``@``, tab or carriage return is stored as a string with Excel's quote
prefix. That guarantee lives in :func:`put` alone: every cell of the run's workbook and
of the annual one (:mod:`reports.annual_excel`) is written by it, directly or
through :func:`put_row`, :func:`write_title`, :func:`write_heading`,
:func:`write_header` and :func:`write_paragraph`.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.worksheet import Worksheet

from audit.io import atomic_path, protect_cell
from audit.text import t as w
from reports.values import BOOL, DATE, DATETIME, EMPTY, INT, NUMBER, PERCENT, TEXT, Val

DATE_FORMAT = "dd.mm.yyyy"
DATETIME_FORMAT = "dd.mm.yyyy hh:mm"
NUMBER_FORMATS = {INT: "#,##0", NUMBER: "#,##0.0#", PERCENT: "0.0 %", DATE: DATE_FORMAT, DATETIME: DATETIME_FORMAT}

# Status and level colours: (fill, font). Dark text on light fill, contrast ≥ 4.5:1.
STATUS_COLOURS = {
    "ok": ("DFF3E4", "14532D"),
    "warning": ("FFF1C2", "6B4500"),
    "deviation": ("FDE2E1", "8A1C1C"),
    "below_target": ("FFE4CC", "7A3300"),
    "not_evaluated": ("E8E8E8", "333333"),
    "error": ("E8E8E8", "333333"),
}
HEADER_FILL = PatternFill("solid", fgColor="1F3B57")
HEADER_FONT = Font(bold=True, color="FFFFFF")
TITLE_FONT = Font(bold=True, size=14)
SUBTITLE_FONT = Font(italic=True, color="444444")
HEADING_FONT = Font(bold=True, size=12)
THIN = Side(style="thin", color="B0B7C0")
MIN_WIDTH, MAX_WIDTH = 6, 70
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
TOP_WRAP, TOP = Alignment(wrap_text=True, vertical="top"), Alignment(vertical="top")  # shared: cheaper than one per cell


class Sheet:
    """A worksheet plus the widest text seen per column, for fitted widths."""

    def __init__(self, ws: Worksheet, wrap: dict[int, int] | None = None) -> None:
        self.ws = ws
        self.widths: dict[int, float] = {}
        self.wrap = wrap or {}  # column -> width at which its text wraps
        self.lines: dict[int, int] = {}  # row -> lines its wrapped text needs

    def note_width(self, col: int, text: str, cap: int = MAX_WIDTH) -> None:
        longest = max((len(line) for line in str(text).splitlines()), default=0)
        self.widths[col] = max(self.widths.get(col, MIN_WIDTH), min(longest + 2, cap))

    def fit(self) -> None:
        for col, width in self.widths.items():
            if col in self.wrap:
                width = min(width, self.wrap[col] + 2)
            self.ws.column_dimensions[get_column_letter(col)].width = max(MIN_WIDTH, width)
        ncol = self.ws.max_column  # once: ws[row] would scan every cell again for each row (quadratic)
        top = _alignment_setter(self.ws, TOP)
        for row, lines in self.lines.items():
            if lines > 1:  # Excel does not grow rows for wrapped text on its own
                self.ws.row_dimensions[row].height = 15 * lines
                for col in range(1, ncol + 1):
                    cell = self.ws._cells.get((row, col))  # only cells that exist: no empty ones created
                    if cell is not None and not cell.alignment.wrap_text:
                        top(cell)


def _alignment_setter(ws: Worksheet, alignment: Alignment):
    """A fast ``cell.alignment = alignment`` for many cells: openpyxl hashes the style object
    on every assignment (~0.1 ms), so the workbook's index of it is looked up once."""
    try:
        index = ws.parent._alignments.add(alignment)
    except AttributeError:  # another openpyxl: the public way
        def plain(cell) -> None:
            cell.alignment = alignment
        return plain

    def fast(cell) -> None:
        cell._style.alignmentId = index
    return fast


def safe_text(text: str) -> str:
    """Text as a cell may hold it: no characters XML forbids."""
    return ILLEGAL_CHARACTERS_RE.sub("", _CONTROL.sub("", text))


def put(sheet: Sheet, row: int, col: int, value: Val | str | int | float | date | None, *, fit: bool = True):
    """Write one value: real numbers and dates with a number format, text never as a formula."""
    cell = sheet.ws.cell(row=row, column=col)
    if isinstance(value, Val):
        kind, raw, shown = value.kind, value.raw, value.text
    elif value is None:
        kind, raw, shown = EMPTY, None, ""
    elif isinstance(value, bool):
        kind, raw, shown = TEXT, str(value), str(value)
    elif isinstance(value, (int, float)):
        kind, raw, shown = (INT if isinstance(value, int) else NUMBER), value, str(value)
    elif isinstance(value, (date, datetime)):
        kind, raw, shown = (DATETIME if isinstance(value, datetime) else DATE), value, "00.00.0000"
    else:
        kind, raw, shown = TEXT, str(value), str(value)

    if kind == EMPTY or raw is None:
        cell.value = None
        return cell
    if kind in (INT, NUMBER, PERCENT, DATE, DATETIME):
        cell.value = raw
        cell.number_format = NUMBER_FORMATS[kind]
        if kind == DATE:
            shown = "00.00.0000"
        elif kind == DATETIME:
            shown = "00.00.0000 00:00"
    else:  # TEXT, BOOL and anything else: a string, never a formula
        text = safe_text(str(raw if kind in (TEXT, BOOL) else shown))
        cell.value = text
        protect_cell(cell)  # the one formula guard (audit.io)
        shown = text
        cap = sheet.wrap.get(col)
        if cap and len(text) > cap and fit:
            cell.alignment = TOP_WRAP
            sheet.lines[row] = max(sheet.lines.get(row, 1), -(-len(text) // cap))
    if fit:
        sheet.note_width(col, shown)
    return cell


def put_row(sheet: Sheet, row: int, values: list, *, start: int = 1, fit: bool = True) -> list:
    """Write ``values`` into ``row`` from column ``start`` on (each with :func:`put`); return the cells."""
    return [put(sheet, row, col, v, fit=fit) for col, v in enumerate(values, start=start)]


def set_text(cell, value, lang: str = "nb") -> None:
    """Write a value straight into ``cell`` (for workbooks without a view model: review,
    sample, comparison): text is always text (a leading «=» never becomes a formula),
    a boolean is the word for yes or no in ``lang``, a date gets ``dd.mm.yyyy``."""
    if value is None:
        cell.value = None
        return
    if isinstance(value, bool):
        cell.value = w("yes" if value else "no", lang)
        cell.data_type = "s"
        return
    if isinstance(value, (int, float, date, datetime)):
        cell.value = value
        if isinstance(value, date):
            cell.number_format = DATE_FORMAT
        return
    cell.value = safe_text(str(value))
    protect_cell(cell)  # the one formula guard (audit.io)


def autosize(ws: Worksheet, widths: dict[int, int] | None = None, minimum: int = 8, maximum: int = 60) -> None:
    """Fit the column widths of ``ws`` to the longest line per column (``widths`` fixes some)."""
    best: dict[int, int] = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            text = "00.00.0000" if isinstance(cell.value, (date, datetime)) else str(cell.value)
            longest = max((len(line) for line in text.split("\n")), default=0)
            best[cell.column] = max(best.get(cell.column, 0), longest)
    for col, width in best.items():
        ws.column_dimensions[get_column_letter(col)].width = (widths or {}).get(col, min(max(width + 2, minimum), maximum))


def style_status(cell, code: str) -> None:
    fill, font = STATUS_COLOURS.get(code, STATUS_COLOURS["not_evaluated"])
    cell.fill = PatternFill("solid", fgColor=fill)
    cell.font = Font(bold=True, color=font)


def write_title(sheet: Sheet, title: str, subtitle: str) -> None:
    put(sheet, 1, 1, title, fit=False).font = TITLE_FONT
    put(sheet, 2, 1, subtitle, fit=False).font = SUBTITLE_FONT


def add_sheet(wb: Workbook, name: str, subtitle: str, *, title: str | None = None,
              wrap: dict[int, int] | None = None) -> Sheet:
    """A new worksheet ``name`` with its title (``title``, else the name) and ``subtitle`` in rows 1 and 2."""
    sheet = Sheet(wb.create_sheet(name), wrap)
    write_title(sheet, title or name, subtitle)
    return sheet


def write_heading(sheet: Sheet, row: int, text: str):
    """A heading above a table or chart, in column A (its width is not fitted to it)."""
    cell = put(sheet, row, 1, text, fit=False)
    cell.font = HEADING_FONT
    return cell


def write_paragraph(sheet: Sheet, row: int, text: str, *, height: float, merge_to: int | None = None):
    """Running text in column A, wrapped in a row of ``height`` points, merged across to column ``merge_to``."""
    cell = put(sheet, row, 1, text, fit=False)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    if merge_to:
        sheet.ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=merge_to)
    sheet.ws.row_dimensions[row].height = height
    return cell


def write_header(sheet: Sheet, row: int, headers: list[str], *, wrap_from: int | None = None,
                 start: int = 1) -> None:
    for i, text in enumerate(headers, start=start):
        cell = put(sheet, row, i, text, fit=False)
        cell.fill = HEADER_FILL
        cell.font = HEADER_FONT
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = Border(bottom=THIN)
        sheet.note_width(i, text, cap=16 if wrap_from and i >= wrap_from else 30)


def finish_table(sheet: Sheet, header_row: int, ncols: int, last_row: int, *, autofilter: bool = True,
                 freeze: str | None = None) -> str:
    """The table's range; with an autofilter over it, and with ``freeze`` (the first column
    that scrolls, e.g. ``"C"``) its header frozen and printed on every page."""
    ref = f"A{header_row}:{get_column_letter(ncols)}{max(last_row, header_row)}"
    if autofilter:
        sheet.ws.auto_filter.ref = ref
    if freeze:
        freeze_header(sheet, header_row, freeze)
    return ref


def freeze_header(sheet: Sheet, header_row: int, first_scrolling_column: str) -> None:
    """Keep the rows up to ``header_row`` and the columns before ``first_scrolling_column``
    on screen, and repeat the header row on every printed page."""
    sheet.ws.freeze_panes = f"{first_scrolling_column}{header_row + 1}"
    page_setup(sheet.ws, header_row)


def page_setup(ws: Worksheet, header_row: int | tuple[int, int] | None = None, *, orientation: str = "landscape",
               title_columns: str | None = None, print_columns: int | None = None) -> None:
    """A4 print set-up every nav-audit workbook sheet gets: ``orientation``, fitted to the
    page width (as many pages down as needed), the header row(s) ``header_row`` (a row or
    ``(first, last)``) repeated on every page, optionally the columns ``title_columns``
    (``"A:B"``) repeated too and only the first ``print_columns`` columns printed, page
    numbers in the footer. Writers elsewhere (review, sample, comparison) call it too::

        from reports.excel import page_setup
        page_setup(ws, 1)
    """
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.print_options.horizontalCentered = False
    if header_row:
        first, last = header_row if isinstance(header_row, tuple) else (header_row, header_row)
        ws.print_title_rows = f"{first}:{last}"
    if title_columns:
        ws.print_title_cols = title_columns
    if print_columns:
        ws.print_area = f"A1:{get_column_letter(print_columns)}{max(ws.max_row, 1)}"
    ws.oddFooter.center.text = "&P / &N"
    ws.oddFooter.left.text = "&A"


def ensure_page_setup(wb: Workbook) -> None:
    """Give every sheet that has none yet the default set-up (no sheet prints unscaled)."""
    for ws in wb.worksheets:
        if not ws.sheet_properties.pageSetUpPr or not ws.sheet_properties.pageSetUpPr.fitToPage:
            page_setup(ws)


def link(cell, sheet_name: str, row: int) -> None:
    """An in-workbook hyperlink from ``cell`` to column A of ``row`` in ``sheet_name``."""
    cell.hyperlink = Hyperlink(ref=cell.coordinate, location=f"'{sheet_name}'!A{row}")
    cell.font = Font(color="0B4F8A", underline="single", bold=cell.font.bold if cell.font else False)


def new_workbook(title: str, lang: str) -> Workbook:
    """An empty workbook with the document properties every nav-audit workbook has."""
    wb = Workbook()
    wb.properties.title = title
    wb.properties.creator = "nav-audit"
    wb.properties.language = lang
    return wb


def save_workbook(wb: Workbook, target: Path) -> Path:
    """Write ``wb`` atomically to ``target``."""
    ensure_page_setup(wb)
    with atomic_path(target) as tmp:
        wb.save(tmp)
    return Path(target)
