"""CSV reader: encoding, delimiter and quoting detection; streamed, never one big string."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import polars as pl

from audit.errors import InputError
from audit.inputs.files import CHUNK, SNIFF_BYTES, head_bytes as _head
from audit.inputs.mapping import Mapping
from audit.inputs.raw import RawTable, dedupe_check as _dedupe_check, name_headers as _name_headers
from audit.privacy import safe_value
from audit.limits import MAX_LINE_BYTES
from audit.table import ROW
from audit.text import t

DELIMITERS = (";", ",", "\t", "|")
DELIMITER_NAMES = {";": "semikolon «;»", ",": "komma «,»", "\t": "tabulator", "|": "loddrett strek «|»"}
_MAGIC = {  # file types people export by mistake, by their first bytes
    b"%PDF": "en PDF-fil",
    b"\x1f\x8b": "en gzip-komprimert fil",
    b"{\\rtf": "et RTF-dokument",
    b"SQLite format 3": "en SQLite-database",
    b"\x89PNG": "et PNG-bilde",
    b"\xff\xd8\xff": "et JPEG-bilde",
    b"<?xml": "en XML-fil",
    b"<html": "en HTML-side",
    b"<!DOCTYPE html": "en HTML-side",
}



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
    return InputError(
        f"filen kan ikke leses som {encoding}: byte som ikke hører til tegnkodingen",
        file=path,
        row=line,
        hint="Rett «encoding» i mappingfilen (for eksempel utf-8 eller cp1252), eller fjern den for automatisk gjenkjenning.",
    )


def _is_utf8(codec: str) -> bool:
    return codecs.lookup(codec).name in ("utf-8", "utf-8-sig")


def _first_bad_utf8_line(path: Path) -> int | None:
    """Stream the file through a strict UTF-8 decoder; the line of the first bad byte, or None."""
    dec = codecs.getincrementaldecoder("utf-8")("strict")
    lines = 1
    with open(path, "rb") as fh:
        while True:
            chunk = fh.read(CHUNK)
            try:
                dec.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                return lines + chunk[: max(0, exc.start - 3)].count(b"\n")
            if not chunk:
                return None
            lines += chunk.count(b"\n")


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
            raise InputError(f"filen ser ut til å være {what}, ikke en tabell (CSV, XLSX eller Parquet)",
                             file=str(path), hint="Eksporter sakene som CSV eller XLSX fra fagsystemet.")
    if b"\x00" in head:
        raise InputError(
            "filen ser ut til å være en binærfil, ikke tekst (CSV)",
            file=str(path),
            hint="Oppgi et uttrekk som CSV, XLSX eller Parquet. Er filen skadet eller lagret i et annet format?",
        )


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


def _one_column_hint(headers: list[str], delimiter: str, sample: str, given: bool) -> str | None:
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
            others.append(f"med {DELIMITER_NAMES[d]} blir det {len(recs[0])}")
    if given:
        text = f"Filen ble lest med skilletegnet {DELIMITER_NAMES.get(delimiter, repr(delimiter))} fra mappingfilen og ga bare én kolonne"
    else:
        text = ("Fant bare én kolonne: ingen av skilletegnene semikolon, komma, tabulator eller loddrett strek "
                "deler overskriftsraden")
    if others:
        text += f" ({'; '.join(others)})"
    return text + ". Er skilletegnet riktig? Oppgi «delimiter» i mappingfilen."



def _read_csv_python(source, delimiter: str, headers: list[str], path: Path) -> pl.DataFrame:
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
            if row == 1:
                continue  # the header, read before
            if len(rec) > n:
                what = f"raden har {len(rec)} felt, men overskriften har {n}"
                break
            for i in range(n):
                columns[i].append(rec[i] if i < len(rec) else None)
    except csv.Error:
        row, what = row + 1, "et felt i anførselstegn er ikke lukket (eller anførselstegn står midt i et felt)"
    finally:
        csv.field_size_limit(old_limit)
        if isinstance(source, io.BytesIO):
            fh.detach()
        else:
            fh.close()
    if what:
        raise InputError(
            f"filen kan ikke leses som CSV med skilletegn {DELIMITER_NAMES.get(delimiter, repr(delimiter))}: {what}",
            file=str(path),
            row=row,
            hint="Sjekk at alle rader har like mange felt som overskriften, at anførselstegn er lukket, og at "
            "skilletegnet ikke også står i verdiene (bruk anførselstegn rundt slike verdier).",
        )
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
        raise InputError(t("inputs.csv.long_line", limit=MAX_LINE_BYTES >> 20), file=str(path), row=1)
    return b"".join(parts)


def read_csv(path: Path, mapping: Mapping | None = None) -> RawTable:
    head = _head_lines(path)
    given_enc = mapping.encoding if mapping and mapping.encoding else None
    bom16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))
    wide = given_enc is not None and codecs.lookup(given_enc).name.startswith(("utf-16", "utf-32"))
    if not (bom16 or wide):
        _not_text(path, head)
    notes: list[str] = []
    lossy = False  # UTF-8 with a BOM but damaged bytes: read with replacement characters
    # Encoding: decided by streaming over the file once; the file is never held as one str.
    if given_enc:
        encoding = given_enc
        if _is_utf8(given_enc):
            bad = _first_bad_utf8_line(path)
            if bad is not None:
                raise _encoding_error(str(path), given_enc, bad)
            encoding = "utf-8-sig" if head.startswith(b"\xef\xbb\xbf") else "utf-8"
    elif head.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
        bad = _first_bad_utf8_line(path)
        if bad is not None:  # a BOM says UTF-8: keep it, and say where the damage is
            lossy = True
            notes.append(f"{path}: ugyldige UTF-8-tegn (første gang i linje {bad}) er erstattet med «\ufffd».")
    elif bom16:
        encoding = "utf-16"
    else:
        bad = _first_bad_utf8_line(path)
        encoding = "utf-8" if bad is None else "cp1252"
        if bad is not None:
            notes.append(f"{path}: ikke gyldig UTF-8 (første gang i linje {bad}); lest som cp1252 (Windows). "
                         "Oppgi «encoding» i mappingfilen hvis tegn som æøå ser feil ut.")
    head_text = head.decode(encoding, errors="replace")
    if len(head) >= SNIFF_BYTES and "\n" in head_text:
        head_text = head_text[: head_text.rindex("\n") + 1]  # whole lines only
    if head_text.startswith("\ufeff"):
        head_text = head_text[1:]
    if head_text.strip() == "":
        raise InputError("filen inneholder bare blanke tegn", file=str(path),
                         hint="Uttrekket må ha en overskriftsrad og minst én rad med saker.")
    cr_only = "\r" in head_text and "\n" not in head_text
    if cr_only:
        head_text = head_text.replace("\r", "\n")
    given_delim = mapping.delimiter if mapping and mapping.delimiter else None
    delimiter = given_delim or detect_delimiter(head_text)
    try:
        first = _records(head_text.lstrip("\r\n"), delimiter, 1)
    except csv.Error as exc:
        raise InputError(f"overskriftsraden kan ikke leses ({safe_value(exc, 80)})", file=str(path), row=1,
                         hint="Sjekk at anførselstegn i overskriftene er lukket.") from None
    headers = _name_headers(first[0] if first else [""])
    _dedupe_check(headers, str(path))
    if head_text.lstrip("\r\n") != head_text:
        raise InputError("filen begynner med blanke linjer; overskriftsraden må være første linje", file=str(path), row=1,
                         hint="Slett de tomme linjene øverst i filen.")
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
        )
    except pl.exceptions.PolarsError:
        frame = _read_csv_python(source, delimiter, headers, path)
    finally:
        if isinstance(source, io.BytesIO):
            source.close()
    frame = frame.with_row_index(ROW, offset=2).with_columns(pl.col(ROW).cast(pl.Int64))
    hint = _one_column_hint(headers, delimiter, head_text, given_delim is not None)
    return RawTable(str(path), "csv", frame, headers, {"encoding": encoding, "delimiter": delimiter},
                    notes=notes, delimiter_hint=hint)

