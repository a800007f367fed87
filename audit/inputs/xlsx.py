"""XLSX reader: the zip is checked (DTD/entities, dimension, cells, compression) before openpyxl opens it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import polars as pl

from audit.errors import InputError
from audit.inputs.identity import check_name
from audit.inputs.xlsx_parts import scan_parts
from audit.inputs.files import CHUNK, head_bytes as _head
from audit.inputs.mapping import Mapping, closest
from audit.inputs.raw import (RawTable, dedupe_headers, header_row_by_key, key_headers, mapped_key_missing,
                              name_headers as _name_headers, sentences)
from audit.privacy import contains_identity_number, safe_value
from audit.limits import MAX_XLSX_CELLS, MAX_XLSX_COLUMNS, MAX_XLSX_RATIO, MAX_XLSX_SPARSE, MAX_XLSX_UNCOMPRESSED
from audit.table import ROW
from audit.text import Msg, msg


def _cell_text(v: object) -> str | None:
    import datetime as dt

    if v is None:
        return None
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time(0) else v.isoformat(sep=" ")
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, float):
        if v != v or v in (float("inf"), float("-inf")):
            return str(v)
        return str(int(v)) if v.is_integer() else repr(v)
    return str(v)


_DOCTYPE = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_ROOT = re.compile(rb"<[A-Za-z_]")


def _xml_prolog_has_doctype(fh) -> bool:
    """True when an XML part declares a DTD or entities (read only up to its first element)."""
    first = fh.read(4)
    enc = "utf-16" if first.startswith((b"\xff\xfe", b"\xfe\xff")) else None
    tail = b""
    data = first
    for _ in range(64):  # the prolog of a real part is tiny; 64 chunks is plenty
        if enc:
            text = data.decode(enc, errors="ignore").encode("utf-8")
        else:
            text = data
        window = tail + text
        if _DOCTYPE.search(window):
            return True
        if _ROOT.search(window):
            return False
        tail = window[-16:]
        data = fh.read(1 << 16)
        if not data:
            return False
    return True  # an endless prolog is not a spreadsheet


def ole_kind(path: Path) -> str:
    """Encrypted OOXML and legacy .xls are both OLE compound files; their stream names tell them apart."""
    head = _head(path, 1 << 20)
    if "EncryptionInfo".encode("utf-16-le") in head or "EncryptedPackage".encode("utf-16-le") in head:
        return "encrypted"
    if "Workbook".encode("utf-16-le") in head or "Book".encode("utf-16-le") in head:
        return "xls"
    return "unknown"


def _xlsx_precheck(path: Path) -> str | None:
    """Look inside the zip before openpyxl does: refuse what is not a workbook or declares XML entities.

    Returns nothing; raises InputError. openpyxl parses with defusedxml as well (which refuses entity
    declarations); this check names the problem and does not depend on openpyxl's settings.
    """
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if "mimetype" in names and b"opendocument" in z.read("mimetype")[:200]:
                raise InputError(msg("error.xlsx.ods"), file=str(path), hint=msg("error.xlsx.ods_hint"))
            if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
                what = msg("error.xlsx.word" if any(n.startswith("word/") for n in names) else "error.xlsx.zip")
                raise InputError(msg("error.xlsx.not_a_workbook", what=what), file=str(path),
                                 hint=msg("error.xlsx.not_a_workbook_hint"))
            _check_sizes(path, z.infolist())
            for info in z.infolist():
                if not info.filename.lower().endswith((".xml", ".rels", ".vml")):
                    continue
                with z.open(info) as fh:
                    if _xml_prolog_has_doctype(fh):
                        raise InputError(msg("error.xlsx.dtd", part=safe_value(info.filename, 80)), file=str(path),
                                         hint=msg("error.xlsx.dtd_hint"))
    except InputError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, RuntimeError, ValueError, NotImplementedError) as exc:
        hint = msg("error.xlsx.save_again_hint")
        head = _head(path, 512)
        if not head.startswith(b"PK"):
            try:
                head.decode("utf-8")
                hint = msg("error.xlsx.text_hint")
            except UnicodeDecodeError:
                pass
        raise InputError(msg("error.xlsx.invalid", reason=safe_value(exc, 120)), file=str(path), hint=hint) from None
    return None


def _check_sizes(path: Path, infos: list) -> None:
    """Compression bombs: refused from the zip directory, before anything is decompressed."""
    total = sum(i.file_size for i in infos)
    if total > MAX_XLSX_UNCOMPRESSED:
        raise InputError(msg("inputs.xlsx.too_large", size=total >> 20, limit=MAX_XLSX_UNCOMPRESSED >> 20),
                         file=str(path), hint=msg("inputs.xlsx.bomb_hint"))
    for i in infos:
        if i.file_size > (1 << 20) and i.file_size > MAX_XLSX_RATIO * max(i.compress_size, 1):
            raise InputError(msg("inputs.xlsx.ratio", part=safe_value(i.filename, 80), ratio=i.file_size // max(i.compress_size, 1),
                                 limit=MAX_XLSX_RATIO), file=str(path), hint=msg("inputs.xlsx.bomb_hint"))


_CELL_REF = re.compile(rb"<(?:\w+:)?c\s[^>]*?\br=\"([A-Z]{1,3})([0-9]{1,7})\"")


def _sheet_bodies(path: Path, part: str | None, marker: bytes = b"<", keep: int = 4096):
    """A sheet part's XML streamed in pieces that never split a tag: each piece ends before the last ``marker``
    of its chunk (what follows is carried into the next piece when shorter than ``keep``); nothing when the part
    is missing. The one reader behind the checks that scan the raw sheet (grid, merged ranges, hidden rows,
    formulas without a value)."""
    import zipfile

    if not part:
        return
    part = part.lstrip("/")
    with zipfile.ZipFile(path) as z:
        if part not in z.namelist():
            return
        with z.open(part) as fh:
            tail = b""
            while chunk := fh.read(CHUNK):
                window = tail + chunk
                cut = window.rfind(marker)
                cut = cut if cut > 0 and len(window) - cut < keep else len(window)
                yield window[:cut]
                tail = window[cut:]
            if tail:
                yield tail


def _check_grid(path: Path, part: str | None) -> None:
    """Stream the sheet's XML once: the cells a reader would produce (last row x last column) are bounded
    (a few cells in column XFD would otherwise make openpyxl build rows of 16 384 values)."""
    from openpyxl.utils import column_index_from_string

    max_row = max_col = cells = 0
    best = b""
    for body in _sheet_bodies(path, part):
        for col, row in _CELL_REF.findall(body):
            cells += 1
            if (len(col), col) > (len(best), best):
                best = col
            r = int(row)
            if r > max_row:
                max_row = r
    if best:
        max_col = column_index_from_string(best.decode())
    grid = max_row * max_col
    sparse = grid > 1_000_000 and grid > MAX_XLSX_SPARSE * max(cells, 1)
    if max_col > MAX_XLSX_COLUMNS or cells > MAX_XLSX_CELLS or grid > MAX_XLSX_CELLS or sparse:
        raise InputError(msg("inputs.xlsx.grid", rows=max_row, columns=max_col, grid=grid, cells=cells, limit=MAX_XLSX_CELLS,
                             sparse=MAX_XLSX_SPARSE), file=str(path),
                         hint=msg("inputs.xlsx.grid_hint"))


_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"([A-Z]{1,3})([0-9]+):([A-Z]{1,3})([0-9]+)\"")


def _merged_ranges(path: Path, part: str | None) -> list[tuple[int, int, int, int]]:
    """(min_col, min_row, max_col, max_row) of every merged range in a sheet part (streamed)."""
    from openpyxl.utils import column_index_from_string

    out = []
    for body in _sheet_bodies(path, part):
        for m in _MERGE.finditer(body):
            c1, r1, c2, r2 = m.groups()
            out.append((column_index_from_string(c1.decode()), int(r1), column_index_from_string(c2.decode()), int(r2)))
    return sorted(set(out))


_ROW = re.compile(rb"<(?:\w+:)?row\s([^>]*)>")
_ROW_HIDDEN = re.compile(rb"\bhidden=\"(?:1|true)\"")
_ROW_NUMBER = re.compile(rb"\br=\"([0-9]{1,7})\"")


def _hidden_rows(path: Path, part: str | None) -> set[int]:
    """Numbers of the rows a sheet part hides (by an autofilter or by hand): hidden="1" on <row> (streamed)."""
    out: set[int] = set()
    for body in _sheet_bodies(path, part):
        for attrs in _ROW.findall(body) if b"hidden=" in body else ():  # most sheets hide nothing
            if _ROW_HIDDEN.search(attrs) and (r := _ROW_NUMBER.search(attrs)):
                out.add(int(r.group(1)))
    return out


_CELL = re.compile(rb"<(?:\w+:)?c\s([^>]*?)(?<!/)>(.*?)</(?:\w+:)?c>", re.S)
_CELL_AT = re.compile(rb"\br=\"([A-Z]{1,3})([0-9]{1,7})\"")
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_STORED = re.compile(rb"<(?:\w+:)?v>[^<]")


def _formulas_without_value(path: Path, part: str | None) -> list[tuple[int, int]]:
    """(row, column) of formula cells without a stored result (a workbook written by a script and never
    opened in Excel): openpyxl reads them as empty. Streamed; only chunks holding a formula are searched."""
    from openpyxl.utils import column_index_from_string

    out = []

    def search(body: bytes) -> None:
        if b"<f" not in body and b":f" not in body:
            return
        for attrs, inner in _CELL.findall(body):
            at = _CELL_AT.search(attrs)
            # t="str" with an empty <v>: a formula whose result is the empty text (stored by Excel)
            if at and _FORMULA.search(inner) and not _STORED.search(inner) and b't="str"' not in attrs:
                out.append((int(at.group(2)), column_index_from_string(at.group(1).decode())))

    for body in _sheet_bodies(path, part, marker=b"<c ", keep=1 << 20):  # a cell cut by the chunk waits
        search(body)
    return out


_ERROR_TYPE = re.compile(rb"\bt=\"e\"")
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]{1,40})</(?:\w+:)?v>")


def _error_cells(path: Path, part: str | None) -> list[tuple[int, int, str]]:
    """(row, column, text) of error cells (t="e": #N/A, #DIV/0!, #REF! …, a formula Excel could not compute):
    openpyxl gives their text as if it were a value. Streamed; only chunks holding an error cell are searched."""
    from openpyxl.utils import column_index_from_string

    out = []
    for body in _sheet_bodies(path, part, marker=b"<c ", keep=1 << 20):
        if b't="e"' not in body:
            continue
        for attrs, inner in _CELL.findall(body):
            at = _CELL_AT.search(attrs)
            if at and _ERROR_TYPE.search(attrs) and (v := _VALUE.search(inner)):
                out.append((int(at.group(2)), column_index_from_string(at.group(1).decode()),
                            v.group(1).decode("utf-8", "replace")))
    return out


def _defused(exc: BaseException) -> bool:
    seen = 0
    e: BaseException | None = exc
    while e is not None and seen < 10:
        if "defusedxml" in type(e).__module__ or "Entities" in type(e).__name__ or "DTD" in type(e).__name__:
            return True
        e = e.__cause__ or e.__context__
        seen += 1
    return False


def read_xlsx(path: Path, mapping: Mapping | None = None, *, scan_unread: bool = True) -> RawTable:
    """The sheet (``mapping.sheet``, default the first) as text columns; the zip is checked first.

    openpyxl gets a file object, not the name: the registry went by the bytes, and openpyxl would
    refuse a workbook by its suffix (.txt, none)."""
    _xlsx_precheck(path)
    with open(path, "rb") as fh:
        return _read_xlsx(path, fh, mapping, scan_unread)


def _header_depth(rows: list[list[str | None]], rownums: list[int], start: int,
                  merged: list[tuple[int, int, int, int]], keys: set[str]) -> int:
    """How many rows below the header row also hold headers: those the key's header cell is merged down over
    (a two-level header: «Saksnr» over rows 1–2, «Søknad» over «Mottatt» and «Vedtaksdato»). 0 otherwise."""
    from audit.inputs.raw import norm_header

    row = rows[start] if start < len(rows) else []
    col = next((i + 1 for i, c in enumerate(row) if c is not None and norm_header(c) in keys), None)
    if col is None:
        return 0
    last = next((r2 for c1, r1, c2, r2 in merged if r1 == rownums[start] and c1 <= col <= c2 and r2 > r1), None)
    if last is None:
        return 0
    return sum(1 for r in rownums[start + 1:] if r <= last)


def _no_number(cells: list, rownum: int, path: Path, title: str) -> None:
    """Stop when a cell of a row outside the data, or two cells side by side, hold an identity number."""
    texts = [c or "" for c in cells]
    pairs = [c + " " + d if c and d else "" for c, d in zip(texts, texts[1:])]
    hit = next((j for j, c in enumerate(texts) if c and contains_identity_number(c, zero_dropped=False)), None)
    if hit is None:  # a cell's own number is named by that cell
        hit = next((j for j, c in enumerate(pairs) if c and contains_identity_number(c, zero_dropped=False)), None)
    if hit is not None:
        from openpyxl.utils import get_column_letter

        raise InputError(msg("inputs.xlsx.identity_part", part=msg("inputs.xlsx.part.cell", sheet=safe_value(title),
                                                                  cell=f"{get_column_letter(hit + 1)}{rownum}")),
                         file=str(path), hint=msg("inputs.xlsx.identity_part_hint"))


def _sheet_from(mapping: Mapping | None) -> Msg | None:
    """Where a sheet that is not there was named: the mapping file's «sheet» (a wrong mapping names file, key
    and value, case-data.md)."""
    from audit.privacy import redact

    return msg("inputs.mapping.sheet_from", path=redact(mapping.path)) if mapping is not None and mapping.path else None


def _read_xlsx(path: Path, fh, mapping: Mapping | None, scan_unread: bool = True) -> RawTable:
    import zipfile

    import openpyxl  # parses with defusedxml (a dependency), which refuses XML entity declarations
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = openpyxl.load_workbook(fh, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError) as exc:
        raise InputError(msg("error.xlsx.invalid", reason=safe_value(exc, 120)), file=str(path),
                         hint=msg("error.xlsx.save_again_hint")) from None
    except Exception as exc:  # noqa: BLE001 - defusedxml and friends raise their own types
        if _defused(exc):
            raise InputError(msg("error.xlsx.entities"), file=str(path)) from None
        raise InputError(msg("error.xlsx.workbook_unreadable", reason=f"{type(exc).__name__}: {safe_value(exc, 120)}"),
                         file=str(path), hint=msg("error.xlsx.save_again_hint")) from None
    notes: list[Msg] = []
    try:
        if not wb.worksheets:
            raise InputError(msg("error.xlsx.no_sheets"), file=str(path))
        sheet = mapping.sheet if mapping and mapping.sheet is not None else None
        if isinstance(sheet, int) and str(sheet) in wb.sheetnames:
            sheet = str(sheet)  # «sheet: 2025» unquoted is YAML's number, but the sheet is named «2025»
        if sheet is None:  # the first sheet a user sees: hidden sheets (settings, lookup lists) are passed over
            visible = [w for w in wb.worksheets if getattr(w, "sheet_state", "visible") == "visible"]
            ws = visible[0] if visible else wb.worksheets[0]
            if wb.worksheets.index(ws):
                notes.append(msg("inputs.xlsx.note.hidden_sheets", file=str(path), sheet=safe_value(ws.title)))
        elif isinstance(sheet, int):
            if not 1 <= sheet <= len(wb.worksheets):
                raise InputError(msg("error.xlsx.no_sheet_number", number=sheet), file=str(path),
                                 hint=sentences(msg("error.xlsx.sheets_are", sheets=", ".join(wb.sheetnames)),
                                                _sheet_from(mapping)))
            ws = wb.worksheets[sheet - 1]
        else:
            import unicodedata

            nfc = {unicodedata.normalize("NFC", n): n for n in wb.sheetnames}  # «Søknader» however it is written
            sheet = nfc.get(unicodedata.normalize("NFC", sheet), sheet)
            if sheet not in wb.sheetnames:
                sug = closest(sheet, wb.sheetnames)
                raise InputError(
                    msg("error.xlsx.no_sheet", sheet=sheet),
                    file=str(path),
                    hint=sentences(msg("error.did_you_mean", name=sug[0]) if sug else None,
                                   msg("error.xlsx.sheets_are", sheets=", ".join(wb.sheetnames)), _sheet_from(mapping)),
                )
            ws = wb[sheet]
        if not hasattr(ws, "iter_rows"):
            raise InputError(msg("error.xlsx.chart_sheet", sheet=ws.title), file=str(path),
                             hint=msg("error.xlsx.chart_sheet_hint"))
        _check_grid(path, getattr(ws, "_worksheet_path", None))
        if hasattr(ws, "reset_dimensions"):
            ws.reset_dimensions()  # never trust the stored size: a bogus A1:XFD1048576 would mean 10^10 cells
        rows: list[list[str | None]] = []
        rownums: list[int] = []
        for r, values in enumerate(ws.iter_rows(values_only=True), start=1):
            cells = [_cell_text(v) for v in values]
            if all(c is None or c.strip() == "" for c in cells):
                continue  # blank rows are not data
            rows.append(cells)
            rownums.append(r)
        part = getattr(ws, "_worksheet_path", None)
        epoch = getattr(wb, "epoch", None)  # openpyxl: 1899-12-30, or 1904-01-01 with workbookPr date1904
        title = ws.title
        sheets = [(w.title, getattr(w, "sheet_state", "visible"), getattr(w, "_worksheet_path", "") or "")
                  for w in wb.worksheets]
        others = [n for n in wb.sheetnames if n != title] if sheet is None else []  # a cover sheet read by default
        check_name(title, msg("inputs.what.sheet_name"), file=str(path))
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - broken sheet XML surfaces while iterating
        if _defused(exc):
            raise InputError(msg("error.xlsx.entities"), file=str(path)) from None
        raise InputError(msg("error.xlsx.sheet_unreadable", reason=f"{type(exc).__name__}: {safe_value(exc, 120)}"),
                         file=str(path), hint=msg("error.xlsx.save_or_export_hint")) from None
    finally:
        wb.close()
    if scan_unread:  # the parts not read: other sheets, comments, properties, names …
        scan_parts(path, part, sheets)
    if not rows:
        raise InputError(msg("error.xlsx.empty_sheet"), file=str(path), hint=msg("error.file.need_rows_hint"))
    # Title rows above the header (often one merged cell): skipped when a later row has several cells.
    filled = [sum(1 for c in row if c is not None and c.strip()) for row in rows[:10]]
    start = 0
    if filled[0] == 1 and any(n >= 2 for n in filled[1:]):
        start = next(i for i, n in enumerate(filled) if n >= 2)
        skipped = ", ".join(str(n) for n in rownums[:start])
        notes.append(msg("error.input.note.title_rows", file=str(path), rows=skipped))
    found = header_row_by_key(rows, start, key_headers(mapping))
    mapped_key_missing(rows, found, mapping, str(path))
    if found != start:
        start = found
        notes.append(msg("inputs.note.header_below", file=str(path), header=rownums[start],
                         rows=", ".join(str(n) for n in rownums[:start])))
    header_row = rownums[start]
    merged_all = _merged_ranges(path, part)
    depth = _header_depth(rows, rownums, start, merged_all, key_headers(mapping))
    # title rows above the header, and a two-level header's upper rows (whose names are not used), are not data,
    # but a number there is still in the file: in a cell, or typed over two cells side by side
    for i in range(start + depth):
        _no_number(rows[i], rownums[i], path, title)
    if depth:  # a header of two rows (the key's cell merged down, group names above the columns' own names)
        notes.append(msg("inputs.xlsx.note.two_level_header", file=str(path), first=header_row,
                         last=rownums[start + depth]))
        width = max(len(r) for r in rows[start:start + depth + 1])
        parts = [r + [None] * (width - len(r)) for r in rows[start:start + depth + 1]]
        rows[start + depth] = [next((p[i] for p in reversed(parts) if p[i] is not None and p[i].strip()), None)
                               for i in range(width)]  # each column's lowest name: «Mottatt», not «Søknad»
        start += depth
    headers = _name_headers([c or "" for c in rows[start]])
    while len(headers) > 1 and rows[start][len(headers) - 1] in (None, "") and headers[-1] == f"kolonne_{len(headers)}":
        headers.pop()  # trailing blank header cells are not columns
    headers, duplicates = dedupe_headers(headers, str(path))
    data, datarows = rows[start + 1:], rownums[start + 1:]
    merged = [m for m in merged_all if m[3] > m[1] or m[2] > m[0]]
    if merged:
        index = {r: i for i, r in enumerate(datarows)}
        n_filled = n_used = 0
        for c1, r1, c2, r2 in merged:
            if r1 not in index or c1 > len(headers):
                continue  # the range starts in the header or a title row: not a value
            n_used += 1
            source = data[index[r1]]
            value = source[c1 - 1] if c1 - 1 < len(source) else None
            for r in range(r1, r2 + 1):
                i = index.get(r)
                if i is None:
                    continue
                row = data[i]
                for c in range(c1, min(c2, len(headers)) + 1):
                    if (r, c) == (r1, c1):
                        continue
                    if c - 1 >= len(row):
                        row.extend([None] * (c - len(row)))
                    row[c - 1] = value
                    n_filled += 1
        if n_filled:
            notes.append(msg("error.xlsx.note.merged", file=str(path), count=n_used))
    hidden = len(_hidden_rows(path, part) & set(datarows))
    if hidden:  # nothing is lost: hidden rows are read, but the user who filtered them away must know
        notes.append(msg("inputs.xlsx.note.hidden_rows" + (".one" if hidden == 1 else ""), file=str(path),
                         sheet=safe_value(title), count=hidden))
    n = len(headers)
    extra = [(datarows[i], row) for i, row in enumerate(data) if any(c is not None and c.strip() for c in row[n:])]
    if extra:
        r, row = extra[0]
        col = next(j for j in range(n, len(row)) if row[j] is not None and row[j].strip())
        raise InputError(msg("error.xlsx.value_without_header", position=col + 1), file=str(path), row=r,
                         value=row[col], hint=msg("error.xlsx.value_without_header_hint"))
    frame = pl.DataFrame(
        {h: [row[i] if i < len(row) else None for row in data] for i, h in enumerate(headers)},
        schema={h: pl.Utf8 for h in headers},
    ).with_columns(pl.Series(ROW, datarows, dtype=pl.Int64))
    hint = msg("inputs.xlsx.other_sheets", sheet=safe_value(title),
               sheets=", ".join("«" + safe_value(n) + "»" for n in others[:10])) if others else None
    rows_read = set(datarows)  # formula cells without a stored result: unreadable (audit.inputs.canonical)
    formulas = [(r, headers[c - 1]) for r, c in _formulas_without_value(path, part) if r in rows_read and c <= n]
    errors = [(r, headers[c - 1], text) for r, c, text in _error_cells(path, part) if r in rows_read and c <= n]
    return RawTable(str(path), "xlsx", frame, headers, {"sheet": title, "header_row": header_row,
                                                        **({"formula_cells": formulas} if formulas else {}),
                                                        **({"error_cells": errors} if errors else {})},
                    notes=notes, delimiter_hint=hint, duplicates=duplicates,
                    excel_epoch=epoch.date() if isinstance(epoch, dt.datetime) else epoch)

