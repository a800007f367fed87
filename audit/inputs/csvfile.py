"""CSV reader: encoding, delimiter and quoting detection; streamed, never one big string."""

from __future__ import annotations

import codecs
import re
import csv
import io
from pathlib import Path

import polars as pl

from audit.errors import InputError
from audit.inputs.files import CHUNK, SNIFF_BYTES, head_bytes as _head
from audit.inputs.mapping import Mapping
from audit.inputs.raw import (HEADER_SEARCH_ROWS, RawTable, dedupe_headers, header_row_by_key, key_headers,
                              name_headers as _name_headers, norm_header)
from audit.privacy import contains_identity_number, safe_value
from audit.limits import MAX_LINE_BYTES
from audit.table import ROW
from audit.text import Msg, msg

DELIMITERS = (";", ",", "\t", "|")
DELIMITER_NAMES = {";": msg("error.csv.delimiter.semicolon"), ",": msg("error.csv.delimiter.comma"),
                   "\t": msg("error.csv.delimiter.tab"), "|": msg("error.csv.delimiter.bar")}
_MAGIC = {  # file types people export by mistake, by their first bytes
    b"%PDF": msg("error.csv.magic.pdf"),
    b"\x1f\x8b": msg("error.csv.magic.gzip"),
    b"{\\rtf": msg("error.csv.magic.rtf"),
    b"SQLite format 3": msg("error.csv.magic.sqlite"),
    b"\x89PNG": msg("error.csv.magic.png"),
    b"\xff\xd8\xff": msg("error.csv.magic.jpeg"),
    b"<?xml": msg("error.csv.magic.xml"),
    b"<html": msg("error.csv.magic.html"),
    b"<!DOCTYPE html": msg("error.csv.magic.html"),
}


_SEP_LINE = re.compile(r"sep=(.)[ \t]*\r?(?:\n|$)", re.IGNORECASE)


def _delimiter_name(delimiter: str) -> Msg | str:
    """«semikolon «;»» in the reader's language; an unusual delimiter as itself."""
    return DELIMITER_NAMES.get(delimiter, repr(delimiter))



def decode_bytes(data: bytes, path: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode with the given encoding, else UTF-8 (with or without BOM), else cp1252."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            raise _encoding_error(path, encoding, data[: exc.start].count(b"\n") + 1) from None
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _encoding_error(path: str, encoding: str, line: int) -> InputError:
    return InputError(msg("error.csv.encoding", encoding=encoding), file=path, row=line,
                      hint=msg("error.csv.encoding_hint"))


def _is_utf8(codec: str) -> bool:
    return codecs.lookup(codec).name in ("utf-8", "utf-8-sig")


def _first_bad_utf8_line(path: Path) -> int | None:
    """Stream the file through a strict UTF-8 decoder; the line of the first bad byte, or None.
    Lines are counted only when there is a bad byte (counting them on the way cost as much as
    the decoding)."""
    dec = codecs.getincrementaldecoder("utf-8")("strict")
    offset = 0
    with open(path, "rb") as fh:
        while True:
            chunk = fh.read(CHUNK)
            pending = len(dec.getstate()[0])  # bytes of a character cut by the last chunk, decoded with this one
            try:
                dec.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                return _lines_before(path, offset - pending + exc.start)
            if not chunk:
                return None
            offset += len(chunk)


def _lines_before(path: Path, position: int) -> int:
    """The line (from 1) that the byte at ``position`` stands on."""
    lines = 1
    with open(path, "rb") as fh:
        while position > 0:
            chunk = fh.read(min(CHUNK, position))
            if not chunk:
                break
            lines += chunk.count(b"\n")
            position -= len(chunk)
    return lines


def _transcode(path: Path, encoding: str, errors: str, cr_only: bool) -> io.BytesIO:
    """The file as UTF-8 bytes in memory, decoded chunk by chunk (no second copy as str)."""
    dec = codecs.getincrementaldecoder(encoding)(errors)
    out = io.BytesIO()
    lines = 1
    with open(path, "rb") as fh:
        while True:
            chunk = fh.read(CHUNK)
            try:
                text = dec.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                raise _encoding_error(str(path), encoding, lines + chunk[: max(0, exc.start)].count(b"\n")) from None
            if cr_only:
                text = text.replace("\r", "\n")
            out.write(text.encode("utf-8"))
            if not chunk:
                break
            lines += chunk.count(b"\n")
    out.seek(0)
    return out


def _not_text(path: Path, head: bytes) -> None:
    for magic, what in _MAGIC.items():
        if head[: len(magic)].lower() == magic.lower():
            raise InputError(msg("error.csv.not_a_table", what=what), file=str(path),
                             hint=msg("error.csv.not_a_table_hint"))
    if b"\x00" in head:
        raise InputError(msg("error.csv.binary"), file=str(path), hint=msg("error.csv.binary_hint"))


def _records(text: str, delimiter: str, limit: int = 50) -> list[list[str]]:
    out: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    while len(out) < limit:
        try:
            out.append(next(reader))
        except StopIteration:
            break
    return out


def detect_delimiter(sample: str) -> str:
    """The delimiter among ; , tab | that splits the header into most columns, consistently over the
    first rows; "," when none splits it (a one-column file)."""
    best, best_score = ",", (0.0, 1)
    for d in DELIMITERS:
        try:
            recs = [r for r in _records(sample, d) if any(c.strip() for c in r)]
        except csv.Error:
            continue
        if not recs or len(recs[0]) < 2:
            continue
        n = len(recs[0])
        data = recs[1:-1] if len(recs) > 2 else recs[1:]  # the last line of a sample may be cut
        consistent = sum(len(r) <= n for r in data) / len(data) if data else 1.0
        score = (round(consistent, 1), n)
        if score > best_score:
            best, best_score = d, score
    return best


def _one_column_hint(headers: list[str], delimiter: str, sample: str, given: bool) -> Msg | None:
    if len(headers) != 1:
        return None
    others = []
    for d in DELIMITERS:
        if d == delimiter:
            continue
        try:
            recs = _records(sample, d, 1)
        except csv.Error:
            continue
        if recs and len(recs[0]) > 1:
            others.append(msg("error.csv.one_column.other", delimiter=DELIMITER_NAMES[d], count=len(recs[0])))
    tried = msg(f"error.csv.one_column.others.{len(others)}", **dict(zip("abc", others))) if others else ""
    if given:
        return msg("error.csv.one_column.given", delimiter=_delimiter_name(delimiter), others=tried)
    return msg("error.csv.one_column.detected", others=tried)



def _title_lines(text: str, delimiter: str, given: str | None) -> tuple[int, str]:
    """Title lines above the header, read as in XLSX: the first line has one filled field and a line
    at most 5 down has several (split by the delimiter detected below the titles). (count, delimiter)."""
    def filled(line: str, d: str) -> int:
        try:
            recs = _records(line, d, 1)
        except csv.Error:
            return 0
        return sum(1 for c in recs[0] if c.strip()) if recs else 0

    lines = text.split("\n")
    if _uniform_header(text, given):
        return 0, delimiter
    for k in range(1, min(6, len(lines) - 1)):
        d = given or detect_delimiter("\n".join(lines[k:]))
        if filled(lines[k], d) >= 2:
            titles = [filled(line, d) for line in lines[:k]]
            return (k, d) if titles[0] == 1 and max(titles) <= 1 else (0, delimiter)
    return 0, delimiter


def _header_below(text: str, skip: int, given: str | None, keys: set[str]) -> tuple[int, str] | None:
    """(lines above the header, delimiter) when the first line lacks the key column's header and a line
    further down has it (:func:`audit.inputs.raw.header_row_by_key`); None otherwise. Only plain lines
    are looked at (a quoted line break above the header is no heading)."""
    lines = text.split("\n")[:HEADER_SEARCH_ROWS - skip]
    first = _records(lines[0], given or detect_delimiter(text), 1) if lines else []
    if not first or any(norm_header(c) in keys for c in first[0]):
        return None  # the usual case: the key's header is in the first line
    if '"' in "\n".join(lines[:-1]):
        return None
    for k in range(1, len(lines)):
        d = given or detect_delimiter("\n".join(text.split("\n")[k:]))
        rows = [line.rstrip("\r").split(d) for line in lines]
        if header_row_by_key(rows, 0, keys) == k:
            return k, d
    return None


def _uniform_header(text: str, given: str | None = None) -> bool:
    """The first line is a header, not a title, when some delimiter (the mapping's, when it gives one) splits
    it into several filled fields and every row below into as many (a grounds table whose evidence holds more
    commas than its header has semicolons is no title above a comma-separated table)."""
    for d in (given,) if given else DELIMITERS:
        try:
            recs = [r for r in _records(text, d) if any(c.strip() for c in r)]
        except csv.Error:
            continue
        rows = recs[1:-1] if len(recs) > 2 else recs[1:]  # the last line of a sample may be cut
        if recs and sum(1 for c in recs[0] if c.strip()) >= 2 and rows and all(len(r) == len(recs[0]) for r in rows):
            return True
    return False


def _read_csv_python(source, delimiter: str, headers: list[str], path: Path, skip: int = 0) -> pl.DataFrame:
    """The slow, forgiving way: Python's csv module, for files polars will not take (odd quoting,
    mixed line ends). Its first problem becomes an InputError naming the row."""
    if isinstance(source, io.BytesIO):
        source.seek(0)
        fh = io.TextIOWrapper(source, encoding="utf-8", errors="replace", newline="")
    else:
        fh = open(source, encoding="utf-8-sig", errors="replace", newline="")
    n = len(headers)
    columns: list[list[str | None]] = [[] for _ in headers]
    row, what = 0, None
    old_limit = csv.field_size_limit()
    try:
        csv.field_size_limit(1 << 24)
        reader = csv.reader(fh, delimiter=delimiter, strict=True)
        for row, rec in enumerate(reader, start=1):
            if row <= 1 + skip:
                continue  # the title lines and the header, read before
            if len(rec) > n:
                if any(c.strip() for c in rec[n:]):
                    what = msg("error.csv.row_too_wide", fields=len(rec), header=n)
                    break
                rec = rec[:n]  # a delimiter after the last value (some systems end every row so): nothing more
            for i in range(n):
                columns[i].append(rec[i] if i < len(rec) else None)
    except csv.Error:
        row, what = row + 1, msg("error.csv.unclosed_quote")
    finally:
        csv.field_size_limit(old_limit)
        if isinstance(source, io.BytesIO):
            fh.detach()
        else:
            fh.close()
    if what:
        raise InputError(msg("error.csv.unreadable", delimiter=_delimiter_name(delimiter), what=what), file=str(path),
                         row=row, hint=msg("error.csv.unreadable_hint"))
    return pl.DataFrame(dict(zip(headers, columns)), schema={h: pl.Utf8 for h in headers})


def _head_lines(path: Path) -> bytes:
    """The first SNIFF_BYTES, extended to the end of the first line when the header is longer
    (a CSV of 100 000 columns has a header of a megabyte); a header over MAX_LINE_BYTES is refused."""
    head = _head(path)
    if len(head) < SNIFF_BYTES or b"\n" in head or b"\r" in head:
        return head
    with open(path, "rb") as fh:
        fh.seek(len(head))
        parts = [head]
        size = len(head)
        while size <= MAX_LINE_BYTES:
            chunk = fh.read(CHUNK)
            if not chunk:
                break
            parts.append(chunk)
            size += len(chunk)
            if b"\n" in chunk or b"\r" in chunk:
                tail = fh.read(SNIFF_BYTES)  # a few data rows for the delimiter detection
                parts.append(tail)
                return b"".join(parts)
    if size > MAX_LINE_BYTES:
        raise InputError(msg("inputs.csv.long_line", limit=MAX_LINE_BYTES >> 20), file=str(path), row=1)
    return b"".join(parts)


_EXCEL_TEXT = r'^="([^"]*)"\s*$'


def _excel_text_formulas(frame: pl.DataFrame, headers: list[str], path: Path, notes: list) -> pl.DataFrame:
    """``="00001234"``, the form exports made for Excel give a value whose leading zeros (or date) Excel must
    keep as text, is the text between the quotes. Only columns holding such a value are rewritten."""
    if frame.height == 0:
        return frame
    found = frame.select([pl.col(h).str.starts_with('="').any().alias(h) for h in headers]).row(0, named=True)
    columns = [h for h in headers if found[h]]
    if not columns:
        return frame
    notes.append(msg("inputs.csv.note.excel_text", file=str(path), columns=", ".join(
        "«" + safe_value(h) + "»" for h in columns[:5]) + (" …" if len(columns) > 5 else "")))
    return frame.with_columns([pl.col(h).str.replace(_EXCEL_TEXT, "${1}") for h in columns])


def read_csv(path: Path, mapping: Mapping | None = None) -> RawTable:
    head = _head_lines(path)
    given_enc = mapping.encoding if mapping and mapping.encoding else None
    bom16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))
    wide = given_enc is not None and codecs.lookup(given_enc).name.startswith(("utf-16", "utf-32"))
    if not (bom16 or wide):
        _not_text(path, head)
    notes: list[Msg] = []
    lossy = False  # UTF-8 with a BOM but damaged bytes: read with replacement characters
    # Encoding: decided by streaming over the file once; the file is never held as one str.
    if given_enc:
        encoding = given_enc
        if _is_utf8(given_enc):
            bad = _first_bad_utf8_line(path)
            if bad is not None:
                raise _encoding_error(str(path), given_enc, bad)
            encoding = "utf-8-sig" if head.startswith(b"\xef\xbb\xbf") else "utf-8"
        elif head.startswith(b"\xef\xbb\xbf") and not wide:  # a UTF-8 BOM: every æøå would be misread
            raise InputError(msg("inputs.csv.utf8_bom", encoding=given_enc), file=str(path), row=1,
                             hint=msg("error.csv.encoding_hint"))
    elif head.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
        bad = _first_bad_utf8_line(path)
        if bad is not None:  # a BOM says UTF-8: keep it, and say where the damage is
            lossy = True
            notes.append(msg("error.csv.note.replaced", file=str(path), line=bad))
    elif bom16:
        encoding = "utf-16"
    else:
        bad = _first_bad_utf8_line(path)
        encoding = "utf-8" if bad is None else "cp1252"
        if bad is not None:
            notes.append(msg("error.csv.note.cp1252", file=str(path), line=bad))
    head_text = head.decode(encoding, errors="replace")
    if len(head) >= SNIFF_BYTES and "\n" in head_text:
        head_text = head_text[: head_text.rindex("\n") + 1]  # whole lines only
    if head_text.startswith("\ufeff"):
        head_text = head_text[1:]
    if head_text.strip() == "":
        raise InputError(msg("error.csv.blank"), file=str(path), hint=msg("error.file.need_rows_hint"))
    cr_only = "\r" in head_text and "\n" not in head_text
    if cr_only:
        head_text = head_text.replace("\r", "\n")
    given_delim = mapping.delimiter if mapping and mapping.delimiter else None
    mapping_delim = given_delim is not None
    excel_sep = _SEP_LINE.match(head_text)  # «sep=;»: Excel's own line naming the delimiter, not a title
    if excel_sep and not given_delim and excel_sep.group(1) in DELIMITER_NAMES:
        given_delim = excel_sep.group(1)
    delimiter = given_delim or detect_delimiter(head_text)
    skip, delimiter = _title_lines(head_text, delimiter, given_delim)
    titles = head_text
    if excel_sep and skip >= 1:
        notes.append(msg("inputs.csv.note.sep_line", file=str(path), line=safe_value(excel_sep.group(0).strip()),
                         delimiter=_delimiter_name(delimiter)))
    if skip > (1 if excel_sep else 0):  # title lines above the header, as XLSX title rows: skipped, with a note
        first = 2 if excel_sep else 1
        notes.append(msg("error.input.note.title_rows", file=str(path),
                         rows=", ".join(map(str, range(first, skip + 1)))))
    if skip:
        head_text = head_text.split("\n", skip)[skip]
    below = _header_below(head_text, skip, given_delim, key_headers(mapping))
    if below:  # a report's heading lines above the table: the header is the line with the key's header
        k, delimiter = below
        notes.append(msg("inputs.note.header_below", file=str(path), header=skip + k + 1,
                         rows=", ".join(map(str, range(1, skip + k + 1)))))
        head_text = head_text.split("\n", k)[k]
        skip += k
    for i, line in enumerate(titles.split("\n", skip)[:skip], start=1):  # not data, but still in the file
        if contains_identity_number(line, zero_dropped=False):
            raise InputError(msg("inputs.identity.title_row"), file=str(path), row=i,
                             hint=msg("inputs.identity.column_hint"))
    try:
        first = _records(head_text.lstrip("\r\n"), delimiter, 1)
    except csv.Error as exc:
        raise InputError(msg("error.csv.header_unreadable", reason=safe_value(exc, 80)), file=str(path), row=1,
                         hint=msg("error.csv.header_unreadable_hint")) from None
    headers, duplicates = dedupe_headers(_name_headers(first[0] if first else [""]), str(path))
    if head_text.lstrip("\r\n") != head_text:
        raise InputError(msg("error.csv.leading_blank_lines"), file=str(path), row=1,
                         hint=msg("error.csv.leading_blank_lines_hint"))
    source = path if (_is_utf8(encoding) and not lossy and not cr_only) else _transcode(
        path, encoding, "strict" if given_enc else "replace", cr_only)
    try:
        frame = pl.read_csv(
            source,
            separator=delimiter,
            has_header=True,
            infer_schema=False,
            new_columns=headers,
            raise_if_empty=False,
            encoding="utf8",
            skip_rows=skip,
        )
    except pl.exceptions.PolarsError:
        frame = _read_csv_python(source, delimiter, headers, path, skip)
    finally:
        if isinstance(source, io.BytesIO):
            source.close()
    frame = _excel_text_formulas(frame, headers, path, notes)
    frame = frame.with_row_index(ROW, offset=2 + skip).with_columns(pl.col(ROW).cast(pl.Int64))
    hint = _one_column_hint(headers, delimiter, head_text, mapping_delim)
    return RawTable(str(path), "csv", frame, headers, {"encoding": encoding, "delimiter": delimiter,
                                                       **({"header_row": skip + 1} if skip else {})},
                    notes=notes, delimiter_hint=hint, duplicates=duplicates)

