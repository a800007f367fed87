"""The case sheets' rows as SpreadsheetML, spliced into the workbook openpyxl saved (issue 18).

:mod:`reports.case_sheet` plans the sheets (distinct cells per column, row codes, widths);
this module turns a plan into ``<row>`` elements chunk by chunk — each column's cells taken
by index from its distinct cells (``gather``), the row's cells joined by ``concat_str`` — and
streams them into the zip: deflated by ISA-L where the ``isal`` package is installed, in a
thread of its own while polars assembles the next chunk. The shared strings the rows use are
appended to the workbook's table (made when openpyxl wrote none), the hyperlinks from each
check's first case back to its summary row are added, every other part is copied.
"""

from __future__ import annotations

import re
import zipfile
from typing import Callable, Iterator

import polars as pl

from reports import case_sheet
from reports.case_sheet import HEADER_ROW, REASON_COLUMN, CasePlan, CheckRows, Spec, cell_spec


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _xml(spec: Spec, p: CasePlan, inline: bool = False) -> str:
    if spec is None:
        return "<c/>"
    kind, value, style = spec
    sid = p.styles[style]
    if kind == "n":
        return f'<c s="{sid}"><v>{value}</v></c>'
    if inline:
        space = ' xml:space="preserve"' if value != value.strip() else ""
        return f'<c s="{sid}" t="inlineStr"><is><t{space}>{_esc(value)}</t></is></c>'
    index = p.strings.setdefault(value, len(p.strings))
    return f'<c s="{sid}" t="s"><v>{p.offset + index}</v></c>'


def _const(value: str, n: int) -> pl.Series:
    return pl.repeat(value, n, dtype=pl.Utf8, eager=True)


def _runs(cols: list[int]) -> list[list[int]]:
    """The columns of a group in runs of neighbours ([5, 6], [7, 8, 9]): each run is one string per row."""
    runs: list[list[int]] = []
    for col in cols:
        if runs and runs[-1][-1] + 1 == col:
            runs[-1].append(col)
        else:
            runs.append([col])
    return runs


def _key_cells(keys: pl.Series, style: int) -> pl.Series:
    """Each key as an inline string cell, XML-escaped (an empty key: an empty cell)."""
    k = pl.col("k")
    if keys.str.contains("[&<>]").any():
        k = k.str.replace_all("&", "&amp;", literal=True).str.replace_all("<", "&lt;", literal=True) \
            .str.replace_all(">", "&gt;", literal=True)
    return pl.DataFrame({"k": keys}).select(
        pl.when(pl.col("k").is_null() | (pl.col("k") == "")).then(pl.lit("<c/>")).otherwise(
            pl.concat_str([pl.lit(f'<c s="{style}" t="inlineStr"><is><t>'), k, pl.lit("</t></is></c>")]))).to_series()


def _ht(lines: int) -> str:
    return f' ht="{15 * lines}" customHeight="1"' if lines > 1 else ""


def _rows(p: CasePlan, cr: CheckRows, start: int, stop: int, first_row: int) -> pl.Series:
    """The ``<row>`` elements of rows ``start:stop`` of one check (its cases, then its unknown
    keys), numbered from ``first_row``."""
    n = stop - start
    c = cr.check
    id_spec, _, _ = cell_spec(c.id, 1, p.wrap)
    title_spec, _, title_lines = cell_spec(c.title, 2, p.wrap)
    cases = max(0, min(stop, cr.n_cases) - start)
    unknown = n - cases
    # runs of columns by their first column: (width, cells of the case rows: Series or one string,
    # cells of the unknown rows: those leave everything after the key empty)
    runs: dict[int, tuple[int, pl.Series | str, str]] = {1: (1, _xml(id_spec, p), _xml(id_spec, p)),
                                                         2: (1, _xml(title_spec, p), _xml(title_spec, p))}
    lines: list[pl.Series] = []  # per row, the lines of each group whose text wraps somewhere
    most = title_lines  # the lines every row needs (the title, groups with one value that wraps)
    for g in cr.groups:
        codes = g.codes.slice(start, cases) if g.codes is not None and cases else None
        for run in _runs(g.cols):
            idx = [g.cols.index(col) for col in run]
            xml = ["".join(_xml(cells[j], p) for j in idx) for cells in g.cells]
            runs[run[0]] = (len(run), xml[0] if codes is None else pl.Series(xml, dtype=pl.Utf8).gather(codes), "")
        if max(g.lines) > title_lines and cases:
            if codes is None:
                most = max(most, g.lines[0])
            else:
                lines.append(pl.Series(f"l{len(lines)}", g.lines, dtype=pl.UInt16).gather(codes))
    unknown_level = _xml(("s", p.unknown_label, ("level", "not_evaluated")), p)
    # an unknown key's row: empty cells up to the reason, which says what the row lacks (per row
    # where the run knows it: cr.unknown_reasons, else the general reason of p.unknown_reason)
    first_unknown = max(0, start - cr.n_cases)
    reason_codes = (cr.unknown_codes.slice(first_unknown, unknown) if cr.unknown_codes is not None and unknown
                    else None)
    if cr.unknown_reasons and reason_codes is not None:
        reason_xml = [_xml(spec, p) for spec, _ in cr.unknown_reasons]
        reason_row_lines = [lines for _, lines in cr.unknown_reasons]
    else:
        spec, _, k = cell_spec(p.unknown_reason, REASON_COLUMN, p.wrap) if p.unknown_reason else (None, "", 1)
        reason_xml, reason_row_lines, reason_codes = [_xml(spec, p)], [k], None
    reason_lines = max(reason_row_lines)

    def unknown_cells(first: int, width: int) -> str | pl.Series:
        if not first <= REASON_COLUMN < first + width:
            return "<c/>" * max(0, min(first + width, REASON_COLUMN) - first)
        before = "<c/>" * (REASON_COLUMN - first)
        if reason_codes is None or len(reason_xml) == 1:
            return before + reason_xml[0 if reason_codes is None else int(reason_codes[0])]
        cells = pl.Series(reason_xml, dtype=pl.Utf8).gather(reason_codes)
        return pl.DataFrame({"x": cells}).select(pl.concat_str([pl.lit(before), pl.col("x")])).to_series()
    runs[3] = (1, runs[3][1] if 3 in runs else "<c/>", unknown_level)
    key_col = _key_cells(cr.keys.slice(start, n), p.styles[("text", False, False)])
    special = [i for i in cr.key_cells if start <= i < stop]
    if special:
        key_col = key_col.scatter([i - start for i in special], [_xml(cr.key_cells[i], p, inline=True) for i in special])
    runs[4] = (1, key_col, "")
    if start == 0 and cr.n_cases > 0:  # the check's first case links back to its summary row
        head = _xml(("s", c.id, ("link",)), p)
        runs[1] = (1, pl.concat([_const(head, 1), _const(runs[1][1], cases - 1)]), runs[1][2])
    parts: list[pl.Series | str] = []
    col = 1
    while col <= cr.ncols:
        width, case_part, unknown_part = runs.get(col, (1, "<c/>", ""))
        if col >= 5 and unknown:
            unknown_part = unknown_cells(col, width)
        if col == 4:
            parts.append(case_part)
        elif isinstance(case_part, str) and isinstance(unknown_part, str) and (case_part == unknown_part or not unknown):
            parts.append(case_part)
        else:
            part = case_part if isinstance(case_part, pl.Series) else _const(case_part, cases)
            tail = unknown_part if isinstance(unknown_part, pl.Series) else _const(unknown_part, unknown)
            parts.append(pl.concat([part, tail]) if unknown else part)
        col += width
    height: pl.Series | str = _ht(most)
    if lines:  # the row's height: the most lines any of its cells needs, as a height attribute
        row_lines = pl.DataFrame(lines).select(pl.max_horizontal(pl.all(), pl.lit(most, pl.UInt16))).to_series()
        top = int(row_lines.max())
        height = row_lines.replace_strict(pl.int_range(top + 1, dtype=pl.UInt16, eager=True),
                                          pl.Series([_ht(k) for k in range(top + 1)], dtype=pl.Utf8),
                                          return_dtype=pl.Utf8)
    unknown_ht: str | pl.Series = _ht(max(title_lines, reason_lines))
    if reason_codes is not None and len(set(reason_row_lines)) > 1:  # each unknown row as high as its reason
        unknown_ht = pl.Series([_ht(max(title_lines, k)) for k in reason_row_lines], dtype=pl.Utf8).gather(reason_codes)
    if unknown and (isinstance(height, pl.Series) or isinstance(unknown_ht, pl.Series) or unknown_ht != height):
        height = pl.concat([height if isinstance(height, pl.Series) else _const(height, cases),
                            unknown_ht if isinstance(unknown_ht, pl.Series) else _const(unknown_ht, unknown)])
    exprs: list[pl.Expr] = []
    for part in ['">', *parts, "</row>"] if not isinstance(height, pl.Series) else [height, ">", *parts, "</row>"]:
        if isinstance(part, str) and exprs and isinstance(exprs[-1], str):
            exprs[-1] += part  # neighbouring constants: one literal
        else:
            exprs.append(part)
    if not isinstance(height, pl.Series):
        exprs[0] = '"' + height + exprs[0][1:]
    else:
        exprs.insert(0, '"')
    frame = pl.DataFrame({"_r": pl.int_range(first_row, first_row + n, eager=True)})
    return frame.select(pl.concat_str([pl.lit('<row r="'), pl.col("_r").cast(pl.Utf8),
                                       *[pl.lit(e) if isinstance(e, str) else pl.lit(e.rename("x")) for e in exprs]])
                        ).to_series()


def _const_int(value: int, n: int) -> pl.Series:
    return pl.repeat(value, n, dtype=pl.Int32, eager=True)


def _bytes(rows: pl.Series) -> list[bytes | memoryview]:
    """The row elements one after another, as UTF-8 byte pieces written in this order.

    polars holds strings as Arrow views: each long row's bytes lie in a data buffer, and
    :func:`polars.concat_str` writes the rows one after another into buffers it fills in turn.
    Where the views say exactly that (every row in its buffer right after the previous one, no
    row short enough to be kept inside its view), the pieces are the used parts of the buffers,
    shared without a copy; otherwise the Arrow data buffer of a copy as one large string."""
    import numpy as np
    import pyarrow as pa

    arr = rows.to_arrow(compat_level=pl.CompatLevel.newest())
    if arr.type == pa.string_view() and arr.null_count == 0 and len(arr):
        bufs = arr.buffers()
        views = np.frombuffer(bufs[1], dtype=np.uint32)[arr.offset * 4:(arr.offset + len(arr)) * 4].reshape(-1, 4)
        size, buffer, offset = views[:, 0].astype(np.int64), views[:, 2], views[:, 3].astype(np.int64)
        new = np.ones(len(views), dtype=bool)
        new[1:] = buffer[1:] != buffer[:-1]
        follows = new | (offset == np.concatenate(([0], offset[:-1] + size[:-1])))
        if (size > 12).all() and follows.all() and (np.diff(buffer.astype(np.int64)) >= 0).all():
            starts = np.flatnonzero(new)
            ends = np.append(starts[1:], len(views)) - 1
            return [memoryview(bufs[2 + int(buffer[a])])[int(offset[a]):int(offset[b] + size[b])]
                    for a, b in zip(starts, ends)]
    arr = rows.to_arrow(compat_level=pl.CompatLevel.oldest())  # large_string: offsets and one data buffer
    if arr.type != pa.large_string():
        arr = arr.cast(pa.large_string())
    if arr.null_count == 0:
        offsets = np.frombuffer(arr.buffers()[1], dtype=np.int64)[arr.offset:arr.offset + len(arr) + 1]
        return [memoryview(arr.buffers()[2])[int(offsets[0]):int(offsets[-1])]]
    return [rows.str.join("").item().encode("utf-8")]  # pragma: no cover - rows are never null


def sheet_chunks(p: CasePlan, sheet: int) -> Iterator[list[bytes | memoryview]]:
    """The ``<row>`` elements of case sheet number ``sheet``, in chunks of at most :data:`CHUNK` rows
    (each chunk as its byte pieces, :func:`_bytes`)."""
    per = max(1, case_sheet.ROWS_PER_SHEET)
    lo, hi = sheet * per, sheet * per + p.sheet_rows[sheet]
    row = 0
    for cr in p.checks:
        a, b = max(lo, row), min(hi, row + cr.rows)
        for s in range(a, b, case_sheet.CHUNK):
            e = min(b, s + case_sheet.CHUNK)
            yield _bytes(_rows(p, cr, s - row, e - row, HEADER_ROW + 1 + s - lo))
        row += cr.rows


# --------------------------------------------------------------------------- the workbook's zip


def _hyperlinks(p: CasePlan, sheet: int, summary: str) -> str:
    links = []
    for cr in p.checks:
        where = p.first_rows.get(cr.check.id)
        if where and where[0] == p.sheets[sheet]:
            links.append(f'<hyperlink ref="A{where[1]}" location="{_attr(_quoted(summary))}!A{cr.summary_row}"/>')
    return f"<hyperlinks>{''.join(links)}</hyperlinks>" if links else ""


def _quoted(sheet: str) -> str:
    return "'" + sheet.replace("'", "''") + "'"


def _attr(text: str) -> str:
    return _esc(text).replace('"', "&quot;")


_AFTER_HYPERLINKS = ("<printOptions", "<pageMargins", "<pageSetup", "<headerFooter", "<rowBreaks", "<colBreaks",
                     "<drawing", "<legacyDrawing", "<tableParts", "<extLst", "</worksheet>")


def _open_big(out: zipfile.ZipFile, name: str):
    """A zip entry for a large part, deflated at speed: ISA-L (the ``isal`` package) deflates
    the sheet XML 4–5 times faster than zlib's fastest level, to the same size; zipfile
    still computes the CRC and sizes. Without ``isal``, zlib level 1."""
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    if hasattr(info, "compress_level"):  # Python 3.13+
        info.compress_level = 1
    else:
        info._compresslevel = 1  # noqa: SLF001 - zipfile reads it when it makes its compressor
    fh = out.open(info, "w", force_zip64=True)
    try:
        from isal import isal_zlib

        if getattr(fh, "_compressor", None) is not None:
            fh._compressor = isal_zlib.compressobj(1, isal_zlib.DEFLATED, -15)  # noqa: SLF001
    except ImportError:  # zlib it is
        pass
    return fh


def _writer(fh) -> Callable[[bytes | memoryview], object]:
    """How to write a chunk into the zip entry ``fh``: as its own ``write`` does (count, CRC-32,
    deflate, write), with ISA-L's CRC-32 (five times zlib's speed: 0.25 s of the 0.7 s spent on
    half a gigabyte of sheet XML) where ``isal`` is installed and the entry is zipfile's writer."""
    try:
        from isal import isal_zlib
    except ImportError:  # zlib it is
        return fh.write
    if not all(hasattr(fh, a) for a in ("_file_size", "_crc", "_compressor", "_compress_size", "_fileobj")):
        return fh.write  # pragma: no cover - another zipfile than CPython's

    def write(data: bytes | memoryview) -> int:
        if fh.closed:
            raise ValueError("I/O operation on closed file.")
        data = memoryview(data)
        fh._file_size += data.nbytes  # noqa: SLF001 - zipfile's own bookkeeping, as its write keeps it
        fh._crc = isal_zlib.crc32(data, fh._crc)  # noqa: SLF001
        packed = fh._compressor.compress(data) if fh._compressor else data  # noqa: SLF001
        fh._compress_size += len(packed) if fh._compressor else 0  # noqa: SLF001
        fh._fileobj.write(packed)  # noqa: SLF001
        return data.nbytes
    return write


def splice(path, p: CasePlan, sheet_paths: list[str], summary: str) -> None:
    """Rewrite the workbook openpyxl saved at ``path``: each case sheet's rows (``sheet_paths``,
    the parts openpyxl wrote with title and header only) streamed in, the shared strings they use
    appended to openpyxl's, every other part copied."""
    with zipfile.ZipFile(path) as src:
        parts = [(info, src.read(info.filename)) for info in src.infolist()]
    names = {i.filename: data for i, data in parts}
    sst = names.get(SST)  # openpyxl 3.1 writes inline strings and no table; an older one may write one
    found = re.search(rb'uniqueCount="(\d+)"', sst) if sst else None
    p.offset = (int(found.group(1)) if found else sst.count(b"<si>")) if sst else 0
    p.strings = {}
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as out:
        for info, data in parts:
            name = info.filename
            if name in sheet_paths:
                _write_sheet(out, name, data.decode("utf-8"), p, sheet_paths.index(name), summary)
            elif name == SST:
                continue
            elif name == "[Content_Types].xml" and sst is None:
                out.writestr(name, _insert(data, b"</Types>", SST_TYPE))
            elif name == "xl/_rels/workbook.xml.rels" and sst is None:
                out.writestr(name, _insert(data, b"</Relationships>", SST_REL))
            else:
                out.writestr(name, data)
        out.writestr(SST, _shared_strings(sst.decode("utf-8") if sst else EMPTY_SST, p))


SST = "xl/sharedStrings.xml"
EMPTY_SST = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="0"></sst>'
SST_TYPE = (b'<Override PartName="/xl/sharedStrings.xml" '
            b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
SST_REL = (b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
           b'Target="sharedStrings.xml" Id="rIdNavAuditStrings"/>')


def _insert(xml: bytes, before: bytes, item: bytes) -> bytes:
    at = xml.rfind(before)
    return xml[:at] + item + xml[at:]


def _write_sheet(out: zipfile.ZipFile, name: str, xml: str, p: CasePlan, sheet: int, summary: str) -> None:
    head, _, tail = xml.partition("</sheetData>")
    if not _:
        head, _, tail = xml.partition("<sheetData/>")
        head += "<sheetData>"
    last_col = len(p.headers)
    last_row = HEADER_ROW + p.sheet_rows[sheet]
    head = re.sub(r'<dimension ref="[^"]*"/>', f'<dimension ref="A1:{_column(last_col)}{last_row}"/>', head, count=1)
    links = _hyperlinks(p, sheet, summary)
    if links:
        at = min((i for i in (tail.find(x) for x in _AFTER_HYPERLINKS) if i >= 0), default=len(tail))
        tail = tail[:at] + links + tail[at:]
    from concurrent.futures import ThreadPoolExecutor

    # one thread deflates (and checksums) a chunk while polars assembles the next: both release the GIL
    with _open_big(out, name) as fh, ThreadPoolExecutor(1) as pool:
        write = _writer(fh)
        write(head.encode("utf-8"))
        pending = None
        for chunk in sheet_chunks(p, sheet):
            if pending is not None:
                pending.result()
            pending = pool.submit(_write_all, write, chunk)
        if pending is not None:
            pending.result()
        fh.write(("</sheetData>" + tail).encode("utf-8"))


def _write_all(write: Callable[[bytes | memoryview], object], pieces: list[bytes | memoryview]) -> None:
    for piece in pieces:
        write(piece)


def _column(n: int) -> str:
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def _shared_strings(xml: str, p: CasePlan) -> bytes:
    """openpyxl's shared strings, then those of the case sheets (indices from ``p.offset`` on)."""
    items = []
    for text in p.strings:
        space = ' xml:space="preserve"' if text != text.strip() else ""
        items.append(f"<si><t{space}>{_esc(text)}</t></si>")
    total = p.offset + len(p.strings)
    xml = re.sub(r'uniqueCount="\d+"', f'uniqueCount="{total}"', xml, count=1)
    xml = re.sub(r'\scount="\d+"', "", xml, count=1)
    if xml.rstrip().endswith("/>"):  # an empty table: <sst …/>
        xml = xml.rstrip()[:-2] + ">" + "</sst>"
    at = xml.rfind("</sst>")
    return (xml[:at] + "".join(items) + xml[at:]).encode("utf-8")
