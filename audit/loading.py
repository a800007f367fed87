"""Load case exports (CSV, XLSX, Parquet) and map them to a dataset's canonical columns.

Two steps, both usable on their own:

* :func:`read_raw` reads a file as text: every column ``pl.Utf8`` with its header as
  the export names it, plus ``__row`` (the row as a user counts it, header = 1).
* :func:`to_canonical` applies a :class:`~audit.mapping.Mapping` (headers and values),
  parses every canonical column to its type and lists unreadable values as issues.

:func:`load_inputs` does both for one or more files and joins them on the key.
Files are opened read-only and never modified.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import polars as pl

from audit.datasets import DATE, TEXT, Dataset, get_dataset
from audit.errors import InputError
from audit.io import sha256_file
from audit.mapping import Mapping, closest
from audit.privacy import safe_value
from audit.table import BAD_PREFIX, FILE, KNOWN_PREFIX, ROW, InputIssue, LoadedTable, SourceInfo, bad_column
from audit.values import clean_text, issue_message, parse_column, parse_date_series

CSV_SUFFIXES = {".csv", ".txt", ".tsv"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
PARQUET_SUFFIXES = {".parquet", ".pq"}
KOSTRA_SUFFIXES = {".dat"}


@dataclass
class RawTable:
    path: str
    format: str
    frame: pl.DataFrame  # all Utf8, export headers, plus __row
    headers: list[str]
    details: dict
    notes: list[str] = field(default_factory=list)  # said on stderr: how the file was read
    delimiter_hint: str | None = None  # CSV read as one column: what the delimiter detection found


# --------------------------------------------------------------------------- reading

CHUNK = 1 << 20
SNIFF_BYTES = 1 << 16
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


def _check_file(path: Path) -> None:
    try:
        if not path.exists():
            raise InputError("filen finnes ikke", file=str(path), hint="Sjekk stien og filnavnet.")
        if path.is_dir():
            raise InputError("dette er en mappe, ikke en fil", file=str(path), hint="Oppgi selve uttrekksfilen.")
        if not path.is_file():
            raise InputError("dette er ikke en vanlig fil", file=str(path), hint="Oppgi selve uttrekksfilen.")
        if not os.access(path, os.R_OK):
            raise InputError("filen kan ikke leses (mangler tilgang)", file=str(path),
                             hint="Sjekk filrettighetene; nav-audit trenger bare lesetilgang.")
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"filen kan ikke åpnes ({exc.strerror or type(exc).__name__})", file=str(path)) from None
    if size == 0:
        raise InputError("filen er tom (0 byte)", file=str(path),
                         hint="Uttrekket må ha en overskriftsrad og minst én rad med saker.")


def _head(path: Path, n: int = SNIFF_BYTES) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(n)
    except OSError as exc:
        raise InputError(f"filen kan ikke leses ({exc.strerror or type(exc).__name__})", file=str(path)) from None


def detect_format(path: Path) -> str:
    suffix = path.suffix.lower()
    head = _head(path, 8)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "ole"  # encrypted (password-protected) OOXML or legacy .xls
    if head.startswith(b"PAR1"):
        return "parquet"
    if suffix in XLSX_SUFFIXES:
        return "xlsx"
    if suffix in PARQUET_SUFFIXES:
        return "parquet"
    if suffix in KOSTRA_SUFFIXES:
        return "kostra"
    from audit.kostra import sniff_kostra  # fixed-width KOSTRA records under another name (.txt)

    return "kostra" if sniff_kostra(path) else "csv"


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


def _dedupe_check(headers: list[str], path: str) -> None:
    """Headers must differ (ignoring letter case and spacing) and not look like nav-audit's own columns."""
    seen: dict[str, int] = {}
    for i, h in enumerate(headers, start=1):
        if h.startswith("__"):
            raise InputError(f"overskriften i kolonne {i} begynner med «__», som nav-audit bruker for egne kolonner",
                             file=path, row=1, column=h, hint="Gi kolonnen et navn som ikke begynner med to understreker.")
        if h == "*" or (h.startswith("^") and h.endswith("$")):  # polars reads these as "all" / a pattern
            raise InputError(f"overskriften i kolonne {i} kan ikke brukes som kolonnenavn", file=path, row=1, column=h,
                             hint="Gi kolonnen et annet navn (ikke «*», og ikke ^ først og $ sist).")
        key = " ".join(h.split()).lower()
        if key == "":
            continue
        if key in seen:
            raise InputError(
                f"overskriften finnes i både kolonne {seen[key]} og kolonne {i}",
                file=path,
                row=1,
                column=h,
                hint="Gi kolonnene ulike navn i uttrekket.",
            )
        seen[key] = i


def _name_headers(headers: list[str]) -> list[str]:
    """Trimmed headers; a blank header becomes «kolonne_N» (N counts from 1)."""
    return [h.strip() if h and h.strip() else f"kolonne_{i}" for i, h in enumerate(headers, start=1)]


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


def read_csv(path: Path, mapping: Mapping | None = None) -> RawTable:
    head = _head(path)
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
    if len(head) == SNIFF_BYTES and "\n" in head_text:
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


def _ole_kind(path: Path) -> str:
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
                raise InputError("filen er et OpenDocument-regneark (.ods), ikke en Excel-arbeidsbok (.xlsx)",
                                 file=str(path), hint="Åpne den og lagre som .xlsx, eller eksporter til CSV.")
            if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
                what = "et Word-dokument" if any(n.startswith("word/") for n in names) else "en zip-fil"
                raise InputError(f"filen er {what}, ikke en Excel-arbeidsbok", file=str(path),
                                 hint="Oppgi uttrekket som .xlsx, CSV eller Parquet.")
            for info in z.infolist():
                if not info.filename.lower().endswith((".xml", ".rels", ".vml")):
                    continue
                with z.open(info) as fh:
                    if _xml_prolog_has_doctype(fh):
                        raise InputError(
                            f"arbeidsboka inneholder en XML-DTD eller -entiteter («{info.filename}»), som ikke "
                            "tillates (mulig «XML-bombe»)",
                            file=str(path),
                            hint="Excel lager aldri slike filer. Åpne arbeidsboka i Excel og lagre den på nytt, "
                            "eller eksporter til CSV.",
                        )
    except InputError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, RuntimeError, ValueError, NotImplementedError) as exc:
        hint = "Åpne den i Excel og lagre som .xlsx på nytt."
        head = _head(path, 512)
        if not head.startswith(b"PK"):
            try:
                head.decode("utf-8")
                hint = "Filen ser ut til å være tekst: er det en CSV-fil med feil filendelse? Gi den endelsen .csv."
            except UnicodeDecodeError:
                pass
        raise InputError(f"filen er ikke en gyldig XLSX-arbeidsbok ({safe_value(exc, 120)})", file=str(path),
                         hint=hint) from None
    return None


_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"([A-Z]{1,3})([0-9]+):([A-Z]{1,3})([0-9]+)\"")


def _merged_ranges(path: Path, part: str | None) -> list[tuple[int, int, int, int]]:
    """(min_col, min_row, max_col, max_row) of every merged range in a sheet part (streamed)."""
    import zipfile

    from openpyxl.utils import column_index_from_string

    if not part:
        return []
    part = part.lstrip("/")
    out = []
    with zipfile.ZipFile(path) as z:
        if part not in z.namelist():
            return []
        with z.open(part) as fh:
            tail = b""
            while chunk := fh.read(CHUNK):
                window = tail + chunk
                for m in _MERGE.finditer(window):
                    c1, r1, c2, r2 = m.groups()
                    out.append((column_index_from_string(c1.decode()), int(r1),
                                column_index_from_string(c2.decode()), int(r2)))
                cut = window.rfind(b"<")
                tail = window[cut:] if cut >= 0 and len(window) - cut < 200 else b""
    return sorted(set(out))


def _defused(exc: BaseException) -> bool:
    seen = 0
    e: BaseException | None = exc
    while e is not None and seen < 10:
        if "defusedxml" in type(e).__module__ or "Entities" in type(e).__name__ or "DTD" in type(e).__name__:
            return True
        e = e.__cause__ or e.__context__
        seen += 1
    return False


def read_xlsx(path: Path, mapping: Mapping | None = None) -> RawTable:
    import zipfile

    import openpyxl  # parses with defusedxml (a dependency), which refuses XML entity declarations
    from openpyxl.utils.exceptions import InvalidFileException

    _xlsx_precheck(path)
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError) as exc:
        raise InputError(
            f"filen er ikke en gyldig XLSX-arbeidsbok ({safe_value(exc, 120)})",
            file=str(path),
            hint="Åpne den i Excel og lagre som .xlsx på nytt.",
        ) from None
    except Exception as exc:  # noqa: BLE001 - defusedxml and friends raise their own types
        if _defused(exc):
            raise InputError("arbeidsboka inneholder XML-entiteter som ikke tillates (mulig «XML-bombe»)", file=str(path)) from None
        raise InputError(f"arbeidsboka kan ikke leses ({type(exc).__name__}: {safe_value(exc, 120)})", file=str(path),
                         hint="Åpne den i Excel og lagre som .xlsx på nytt.") from None
    notes: list[str] = []
    try:
        if not wb.worksheets:
            raise InputError("arbeidsboka har ingen regneark", file=str(path))
        sheet = mapping.sheet if mapping and mapping.sheet is not None else None
        if sheet is None:
            ws = wb.worksheets[0]
        elif isinstance(sheet, int):
            if not 1 <= sheet <= len(wb.worksheets):
                raise InputError(f"arbeidsboka har ikke ark nummer {sheet}", file=str(path), hint=f"Arkene er: {', '.join(wb.sheetnames)}.")
            ws = wb.worksheets[sheet - 1]
        else:
            if sheet not in wb.sheetnames:
                sug = closest(sheet, wb.sheetnames)
                raise InputError(
                    f"arbeidsboka har ikke arket «{sheet}»",
                    file=str(path),
                    hint=(f"Mente du «{sug[0]}»? " if sug else "") + f"Arkene er: {', '.join(wb.sheetnames)}.",
                )
            ws = wb[sheet]
        if not hasattr(ws, "iter_rows"):
            raise InputError(f"arket «{ws.title}» er et diagramark, ikke en tabell", file=str(path),
                             hint="Oppgi arket med sakene under «sheet» i mappingfilen.")
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
        title = ws.title
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - broken sheet XML surfaces while iterating
        if _defused(exc):
            raise InputError("arbeidsboka inneholder XML-entiteter som ikke tillates (mulig «XML-bombe»)", file=str(path)) from None
        raise InputError(f"arket kan ikke leses ({type(exc).__name__}: {safe_value(exc, 120)})", file=str(path),
                         hint="Åpne arbeidsboka i Excel og lagre den på nytt, eller eksporter til CSV.") from None
    finally:
        wb.close()
    if not rows:
        raise InputError("arket er tomt", file=str(path), hint="Uttrekket må ha en overskriftsrad og minst én rad med saker.")
    # Title rows above the header (often one merged cell): skipped when a later row has several cells.
    filled = [sum(1 for c in row if c is not None and c.strip()) for row in rows[:10]]
    start = 0
    if filled[0] == 1 and any(n >= 2 for n in filled[1:]):
        start = next(i for i, n in enumerate(filled) if n >= 2)
        skipped = ", ".join(str(n) for n in rownums[:start])
        notes.append(f"{path}: rad {skipped} er lest som tittel, ikke som overskrift (bare én celle er fylt ut).")
    header_row = rownums[start]
    headers = _name_headers([c or "" for c in rows[start]])
    while len(headers) > 1 and rows[start][len(headers) - 1] in (None, "") and headers[-1] == f"kolonne_{len(headers)}":
        headers.pop()  # trailing blank header cells are not columns
    _dedupe_check(headers, str(path))
    data, datarows = rows[start + 1:], rownums[start + 1:]
    merged = [m for m in _merged_ranges(path, part) if m[3] > m[1] or m[2] > m[0]]
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
            notes.append(f"{path}: {n_used} sammenslåtte celleområder; verdien øverst til venstre er brukt "
                         "i alle cellene i området.")
    n = len(headers)
    extra = [(datarows[i], row) for i, row in enumerate(data) if any(c is not None and c.strip() for c in row[n:])]
    if extra:
        r, row = extra[0]
        col = next(j for j in range(n, len(row)) if row[j] is not None and row[j].strip())
        raise InputError(
            f"cellen i kolonne {col + 1} har en verdi, men kolonnen har ingen overskrift",
            file=str(path), row=r, value=row[col],
            hint="Gi kolonnen en overskrift i overskriftsraden, eller slett verdien.",
        )
    frame = pl.DataFrame(
        {h: [row[i] if i < len(row) else None for row in data] for i, h in enumerate(headers)},
        schema={h: pl.Utf8 for h in headers},
    ).with_columns(pl.Series(ROW, datarows, dtype=pl.Int64))
    return RawTable(str(path), "xlsx", frame, headers, {"sheet": title, "header_row": header_row}, notes=notes)


def _as_text(frame: pl.DataFrame, c: str) -> pl.Expr:
    dtype = frame.schema[c]
    col = pl.col(c)
    if dtype == pl.Date:
        return col.dt.strftime("%Y-%m-%d")
    if isinstance(dtype, pl.Datetime):
        if dtype.time_zone:
            col = col.dt.convert_time_zone("Europe/Oslo").dt.replace_time_zone(None)
        return col.dt.strftime("%Y-%m-%d %H:%M:%S").str.replace(" 00:00:00$", "")
    if dtype.is_nested() or dtype in (pl.Binary, pl.Object) or isinstance(dtype, (pl.Binary, pl.Object)):
        return col.map_elements(lambda v: safe_value(v, 200), return_dtype=pl.Utf8, skip_nulls=True)
    return col.cast(pl.Utf8)


def read_parquet(path: Path, mapping: Mapping | None = None) -> RawTable:
    try:
        frame = pl.read_parquet(path)
    except Exception as exc:  # noqa: BLE001
        raise InputError(f"filen er ikke en gyldig Parquet-fil ({safe_value(str(exc).splitlines()[0] if str(exc) else exc, 120)})",
                         file=str(path), hint="Skriv filen på nytt, eller eksporter til CSV.") from None
    headers = list(frame.columns)
    _dedupe_check(headers, str(path))
    try:
        frame = frame.select([_as_text(frame, c).alias(c) for c in headers])
    except pl.exceptions.PolarsError as exc:
        raise InputError(f"kolonnene kan ikke leses som tekst ({safe_value(str(exc).splitlines()[0], 120)})",
                         file=str(path)) from None
    frame = frame.with_row_index(ROW, offset=2).with_columns(pl.col(ROW).cast(pl.Int64))
    return RawTable(str(path), "parquet", frame, headers, {})


def _drop_blank_rows(raw: RawTable) -> RawTable:
    """Rows where every cell is blank are not data (row numbers of the others are kept)."""
    if not raw.headers or raw.frame.height == 0:
        return raw
    blank = pl.all_horizontal([~pl.col(h).str.contains(r"\S").fill_null(False) for h in raw.headers])
    n = raw.frame.lazy().select(blank.sum()).collect().item()
    if n:
        raw.frame = raw.frame.filter(~blank)
        raw.details["blank_rows"] = int(n)
    return raw


def read_raw(path: str | Path, mapping: Mapping | None = None) -> RawTable:
    """Read a CSV, XLSX or Parquet file as text columns (see the module docstring).

    Every problem with the file is an :class:`InputError` naming file, row, column
    and value where they are known; the file is only read.
    """
    path = Path(path)
    _check_file(path)
    fmt = detect_format(path)
    if fmt == "ole":
        kind = _ole_kind(path)
        what = {"encrypted": "en passordbeskyttet (kryptert) Excel-arbeidsbok",
                "xls": "en gammel Excel-fil (.xls, Excel 97–2003)"}.get(
            kind, "en passordbeskyttet (kryptert) arbeidsbok eller en gammel .xls-fil")
        raise InputError(
            f"filen er {what}, som nav-audit ikke kan lese",
            file=str(path),
            hint="Fjern passordet (Fil > Info > Beskytt arbeidsbok) og lagre som .xlsx, eller eksporter til CSV."
            if kind != "xls" else "Åpne den i Excel og lagre som .xlsx, eller eksporter til CSV.",
        )
    if fmt == "kostra":
        raise InputError(
            "dette er en KOSTRA-fil (11CF/11F), som ikke kan brukes her",
            file=str(path),
            hint="«nav-audit run» leser KOSTRA-filer direkte (11CF som kvp, 11F som stonad) og pseudonymiserer "
            "fødselsnummeret selv; oppgi rapporteringsåret med --kostra-year hvis VERSION-feltet mangler.",
        )
    try:
        if fmt == "xlsx":
            raw = read_xlsx(path, mapping)
        elif fmt == "parquet":
            raw = read_parquet(path, mapping)
        else:
            raw = read_csv(path, mapping)
    except MemoryError:
        raise InputError("filen er for stor til å leses i minnet på denne maskinen", file=str(path),
                         hint="Del uttrekket i flere filer (for eksempel per år), eller bruk en maskin med mer minne.") from None
    except OSError as exc:
        raise InputError(f"filen kan ikke leses ({exc.strerror or type(exc).__name__})", file=str(path)) from None
    return _drop_blank_rows(raw)


# --------------------------------------------------------------------------- mapping


def _norm(h: str) -> str:
    return " ".join(h.replace("\u00a0", " ").split()).lower()


def _headers_hint(raw: RawTable, name: str) -> str:
    """The closest headers that exist, else the file's headers (the first 15)."""
    sug = closest(name, raw.headers)
    if sug:
        return f"Nærmeste overskrifter som finnes: {', '.join('«' + safe_value(x) + '»' for x in sug)}."
    shown = ", ".join("«" + safe_value(h) + "»" for h in raw.headers[:15])
    return f"Overskriftene i filen er: {shown}{' …' if len(raw.headers) > 15 else ''}."


def resolve_headers(raw: RawTable, ds: Dataset, mapping: Mapping | None) -> dict[str, str]:
    """canonical name -> export header, for the canonical columns the export has."""
    by_norm: dict[str, str] = {}
    for h in raw.headers:
        by_norm.setdefault(_norm(h), h)
    found: dict[str, str] = {}
    mapped = mapping.columns if mapping else {}
    for canon, header in mapped.items():
        if header in raw.headers:
            found[canon] = header
        elif _norm(header) in by_norm:
            found[canon] = by_norm[_norm(header)]
        else:
            raise InputError(
                f"mappingen knytter «{canon}» til overskriften «{header}», men den finnes ikke i filen",
                file=raw.path,
                row=1,
                column=header,
                hint=_headers_hint(raw, header)
                + (f" {raw.delimiter_hint}" if raw.delimiter_hint else ""),
            )
    used = set(found.values())
    for col in ds.columns:
        if col.name in found:
            continue
        h = by_norm.get(col.name.lower())
        if h is not None and h not in used:
            found[col.name] = h
            used.add(h)
    return found


def _identity_guard(raw: RawTable, skip: set[str]) -> None:
    """Stop when a column holds Norwegian identity numbers (fødselsnummer, D-nummer).

    A value counts when it has 11 digits with both check digits valid (also written
    "ddmmåå nnnnn" or with ".0" from a spreadsheet). 10-digit values that are valid with
    the leading zero a spreadsheet dropped count too, but alone they stop the run only
    when they are at least half of the column's values (a column of other 10-digit ids
    would otherwise match by chance now and then). The message names the column and
    how many values matched, never a value.
    """
    from audit.privacy import identity_number_expr, identity_text_expr, is_identity_number

    for i, h in enumerate(raw.headers, start=1):
        digits = "".join(ch for ch in h if ch.isdigit())
        if len(digits) in (10, 11) and (is_identity_number(digits) or is_identity_number("0" + digits)):
            raise InputError(
                f"overskriften i kolonne {i} ser ut til å være et fødselsnummer eller D-nummer (vises ikke)",
                file=raw.path,
                row=1,
                hint="Mangler filen overskriftsrad? Første rad må ha kolonnenavnene.",
            )
    cols = [h for h in raw.headers if h not in skip]
    if not cols or raw.frame.height == 0:
        return
    # Cheap pass first: only columns with six digits in a row somewhere get a closer look.
    digits = raw.frame.lazy().select([pl.col(h).str.contains(r"[0-9]{6}").any().alias(h) for h in cols]).collect()
    for h in [h for h in cols if digits[h][0]]:
        shaped = raw.frame.select(identity_text_expr(pl.col(h)).alias("t")).filter(pl.col("t").is_not_null())
        if shaped.height == 0:
            continue
        n11, n_all = shaped.select(identity_number_expr(pl.col("t"), padded=False).sum(),
                                   identity_number_expr(pl.col("t")).sum().alias("all")).row(0)
        n = raw.frame.select(clean_text(pl.col(h)).is_not_null().sum()).item() if n_all else 0
        if n11 or (n_all and 2 * n_all >= n):
            raise InputError(
                f"kolonnen ser ut til å inneholde fødselsnumre eller D-numre ({n_all} av {n} verdier har gyldige "
                "kontrollsifre); verdiene vises ikke",
                file=raw.path,
                column=h,
                hint="Fjern kolonnen fra uttrekket, eller oppgi den under «pseudonymise» i mappingfilen slik at den "
                f"erstattes med pseudonymer, eller lag en pseudonymisert kopi: nav-audit pseudonymise INN UT --column \"{h}\".",
            )


def to_canonical(raw: RawTable, dataset: str | Dataset, mapping: Mapping | None = None) -> LoadedTable:
    ds = dataset if isinstance(dataset, Dataset) else get_dataset(dataset)
    file_label = raw.path
    pseudo = set(mapping.pseudonymise) if mapping else set()
    missing_pseudo = [h for h in pseudo if h not in raw.headers]
    if missing_pseudo:
        sug = closest(sorted(missing_pseudo)[0], raw.headers)
        raise InputError(
            "kolonnen som skal pseudonymiseres (under «pseudonymise» i mappingfilen) finnes ikke i filen",
            file=raw.path, row=1, column=sorted(missing_pseudo)[0],
            hint=f"Nærmeste overskrifter som finnes: {', '.join('«' + x + '»' for x in sug)}." if sug else None,
        )
    _identity_guard(raw, pseudo)
    found = resolve_headers(raw, ds, mapping)
    if ds.key not in found:
        sug = closest(ds.key, raw.headers)
        raise InputError(
            f"nøkkelkolonnen «{ds.key}» finnes ikke",
            file=raw.path,
            row=1,
            column=ds.key,
            hint=_headers_hint(raw, ds.key) + " "
            + "Oppgi overskriften i mappingfilen under «columns», for eksempel «"
            + f"{ds.key}: {sug[0] if sug else 'Saksnummer'}»."
            + (f" {raw.delimiter_hint}" if raw.delimiter_hint else ""),
        )
    f = raw.frame
    if pseudo:
        from audit.pseudonym import default_pseudonymiser

        p = default_pseudonymiser()
        if p.note:  # a key file was created on the way: the user must know where it is
            raw.notes.append(p.note)
        f = f.with_columns([pl.col(h).map_elements(p.pseudonym, return_dtype=pl.Utf8, skip_nulls=True) for h in pseudo])
    # Each used column is trimmed once; the parsers then read the trimmed text (no repeated work).
    cleaned = f.select([clean_text(pl.col(h)).alias(h) for h in dict.fromkeys(found.values())])
    exprs: list[pl.Expr] = []
    date_format = mapping.date_format if mapping else None
    values = mapping.values if mapping else {}
    plain_dates: dict[str, str] = {}  # canonical -> header: date columns parsed column-wise below
    for canon, header in found.items():
        col = ds.column(canon)
        table = values.get(canon)
        if table:
            value = _mapped_value(pl.col(header), col, table, date_format)
        elif col.type == DATE:
            plain_dates[canon] = header
            continue
        else:
            value = parse_column(pl.col(header), col.type, categories=col.categories, date_format=date_format).value
        exprs.append(value.cast(col.dtype).alias(canon))
    parsed = cleaned.lazy().select(exprs).collect()
    parsed = parsed.with_columns(
        [parse_date_series(cleaned[h], date_format).alias(c) for c, h in plain_dates.items()]
    ).select(list(found))
    extra = [h for h in raw.headers if h not in set(found.values())]
    extra_exprs = [pl.col(h).alias(h if ds.column(h) is None else f"{h} (ikke brukt)") for h in extra]
    out = pl.concat([parsed, f.select([*extra_exprs, pl.lit(file_label).alias(FILE), pl.col(ROW)])], how="horizontal")

    # Unreadable = the export has a value but it could not be read.
    bad = pl.DataFrame([
        (cleaned[header].is_not_null() & parsed[canon].is_null()).alias(bad_column(canon))
        for canon, header in found.items()
    ])
    any_bad = bad.select([pl.col(c).any() for c in bad.columns]).row(0, named=True) if bad.width else {}
    issues: list[InputIssue] = []
    kept = []
    for canon, header in found.items():
        b = bad_column(canon)
        if not any_bad.get(b):
            continue
        kept.append(bad[b])
        col = ds.column(canon)
        rows = pl.DataFrame([f[ROW], cleaned[header].alias("v")]).filter(bad[b])
        for r, v in rows.iter_rows():
            issues.append(InputIssue(file=file_label, row=int(r), column=header, message=issue_message(col.type, v, col.categories)))
    position = {h: i for i, h in enumerate(raw.headers)}
    issues.sort(key=lambda i: (i.row, position.get(i.column, 0)))  # as a user reads the file
    if kept:
        out = out.hstack(kept)
    _check_keys(out, ds, raw.path, found[ds.key])
    return LoadedTable(dataset=ds.name, frame=out, issues=issues, sources=[], notes=list(raw.notes))


def _mapped_value(raw_expr: pl.Expr, col, table: dict, date_format: str | None) -> pl.Expr:
    """Apply a mapping's ``values`` (case-insensitive) before parsing; "" names the blank cell."""
    lookup = {str(k).strip().lower(): v for k, v in table.items() if str(k).strip() != ""}
    low = raw_expr.str.to_lowercase()
    if col.type == "boolean":
        mapped = low.replace_strict(lookup, default=None, return_dtype=pl.Boolean)
        value = pl.when(low.is_in(list(lookup))).then(mapped).otherwise(parse_column(raw_expr, col.type).value)
    else:
        target = {k: str(v) for k, v in lookup.items()}
        mapped = low.replace_strict(target, default=None, return_dtype=pl.Utf8)
        mapped_or_raw = pl.when(low.is_in(list(target))).then(mapped).otherwise(raw_expr)
        value = parse_column(mapped_or_raw, col.type, categories=col.categories, date_format=date_format).value
    if "" in table:
        blank = table[""]
        if blank is None:
            filler = pl.lit(None, dtype=col.dtype)
        elif col.type == "boolean":
            filler = pl.lit(bool(blank), dtype=pl.Boolean)
        else:  # read like any other value of the column: "" -> "2025-01-01" gives a date
            filler = parse_column(pl.lit(str(blank), dtype=pl.Utf8), col.type, categories=col.categories,
                                  date_format=date_format).value.cast(col.dtype)
        value = pl.when(raw_expr.is_null()).then(filler).otherwise(value)
    return value


def _check_keys(frame: pl.DataFrame, ds: Dataset, path: str, header: str) -> None:
    if frame.height == 0:
        raise InputError("filen har overskrifter, men ingen rader med saker", file=path, row=2,
                         hint="Er det riktig fil, eller ble uttrekket avgrenset til en periode uten saker?")
    empty = frame.filter(pl.col(ds.key).is_null())
    if empty.height:
        raise InputError(
            f"nøkkelen mangler ({empty.height} rader uten verdi)",
            file=path,
            row=int(empty[ROW][0]),
            column=header,
            hint="Hver rad må ha en saks-id; fjern tomme rader eller fyll inn nøkkelen.",
        )
    if not frame[ds.key].is_duplicated().any():
        return
    dup = frame.group_by(ds.key).agg(pl.col(ROW).sort().alias("rows"), pl.len().alias("n")).filter(pl.col("n") > 1)
    if dup.height:
        first = dup.sort(pl.col("rows").list.first()).row(0, named=True)
        raise InputError(
            f"nøkkelen er ikke unik: den står i radene {', '.join(map(str, first['rows'][:10]))}"
            + (f" ({dup.height} nøkler i alt er duplisert)" if dup.height > 1 else ""),
            file=path,
            row=int(first["rows"][1]),
            column=header,
            value=str(first[ds.key]),
            hint="Hver sak skal stå på én rad.",
        )


# --------------------------------------------------------------------------- several files


def join_tables(tables: list[LoadedTable], ds: Dataset) -> LoadedTable:
    """Join loaded tables of one dataset on its key; conflicting non-empty values stop the run."""
    if len(tables) == 1:
        return resolve_known(tables[0])
    key = ds.key
    result = tables[0]
    frame = result.frame
    for t in tables[1:]:
        right = t.frame
        common = [c for c in right.columns if c in frame.columns and c != key]
        data_common = [c for c in common if not c.startswith("__") and ds.column(c) is not None]
        joined = frame.join(right, on=key, how="full", coalesce=True, suffix="__right")
        for c in data_common:
            conflict = joined.filter(
                pl.col(c).is_not_null() & pl.col(f"{c}__right").is_not_null() & (pl.col(c) != pl.col(f"{c}__right"))
            )
            if conflict.height:
                r = conflict.row(0, named=True)
                raise InputError(
                    f"filene er uenige om «{c}» for nøkkel «{safe_value(r[key])}»: "
                    f"«{safe_value(r[c])}» i {r[FILE]} og «{safe_value(r[c + '__right'])}» i {r[FILE + '__right']}"
                    + (f" ({conflict.height} konflikter i alt)" if conflict.height > 1 else ""),
                    file=t.sources[0].path if t.sources else None,
                    row=int(r[ROW + "__right"]) if r.get(ROW + "__right") is not None else None,
                    column=c,
                    value=str(r[c + "__right"]),
                    hint="Rett verdien i den ene filen, eller la feltet stå tomt der.",
                )
        fixes = []
        for c in common:
            rc = f"{c}__right"
            if c.startswith((BAD_PREFIX, KNOWN_PREFIX)):
                fixes.append((pl.col(c).fill_null(False) | pl.col(rc).fill_null(False)).alias(c))
            else:
                fixes.append(pl.coalesce(pl.col(c), pl.col(rc)).alias(c))
        joined = joined.with_columns(fixes).drop([f"{c}__right" for c in common])
        bads = [c for c in joined.columns if c.startswith(BAD_PREFIX)]
        frame = joined.with_columns([pl.col(b).fill_null(False) for b in bads])
    return resolve_known(LoadedTable(
        dataset=ds.name,
        frame=frame,
        issues=[i for t in tables for i in t.issues],
        sources=[s for t in tables for s in t.sources],
        notes=[n for t in tables for n in t.notes],
    ))


def resolve_known(table: LoadedTable) -> LoadedTable:
    """``__known__<col>`` -> ``__bad__<col>`` where no source made a statement and the value is empty."""
    known = [c for c in table.frame.columns if c.startswith(KNOWN_PREFIX)]
    if not known:
        return table
    exprs = []
    for k in known:
        col = k[len(KNOWN_PREFIX):]
        b = bad_column(col)
        unknown = ~pl.col(k).fill_null(False) & pl.col(col).is_null()
        exprs.append((pl.col(b).fill_null(False) | unknown).alias(b) if b in table.frame.columns else unknown.alias(b))
    table.frame = table.frame.with_columns(exprs).drop(known)
    return table



def _size_text(n: int) -> str:
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("kB", 1 << 10)):
        if n >= size:
            return f"{n / size:.1f} {unit}".replace(".", ",")
    return f"{n} byte"


def load_file(path: str | Path, dataset: str, mapping: Mapping | None = None, *, kostra_year: int | None = None,
              progress: Callable[[str], None] | None = None) -> LoadedTable:
    """Load one input file of ``dataset`` (any supported format) as a LoadedTable.

    ``progress`` gets a line before and after reading (file name, size, rows).
    """
    say = progress or (lambda _text: None)
    p = Path(path)
    _check_file(p)
    fmt = detect_format(p)
    say(f"leser {p.name} ({_size_text(p.stat().st_size)})")
    if fmt == "kostra":
        from audit.kostra import read_kostra  # provided by the KOSTRA reader

        table = read_kostra(p, year=kostra_year)
        if table.dataset != dataset:
            raise InputError(f"KOSTRA-filen gir datasett «{table.dataset}», men kjøringen gjelder «{dataset}»", file=str(p))
        say(f"leste {table.frame.height} poster fra {p.name}")
        return table
    if fmt == "xlsx":
        from audit.supervision.review import is_review_workbook, read_review

        if is_review_workbook(p):  # describes itself: any mapping is for the other inputs
            return read_review(p, dataset)
    raw = read_raw(p, mapping)
    say(f"leste {raw.frame.height} rader og {len(raw.headers)} kolonner fra {p.name}; kontrollerer verdiene")
    table = to_canonical(raw, dataset, mapping)
    table.sources = [
        SourceInfo(path=str(p), sha256=sha256_file(p), rows=raw.frame.height, format=raw.format,
                   mapping=mapping.path if mapping else None, details=raw.details)
    ]
    return table


def load_inputs(paths: list[str | Path], dataset: str, mappings: list[Mapping | None] | None = None, *,
                kostra_year: int | None = None, progress: Callable[[str], None] | None = None) -> LoadedTable:
    ds = get_dataset(dataset)
    mappings = mappings or [None] * len(paths)
    tables = [load_file(p, ds.name, m, kostra_year=kostra_year, progress=progress) for p, m in zip(paths, mappings)]
    return join_tables(tables, ds)


__all__ = ["RawTable", "read_raw", "to_canonical", "load_file", "load_inputs", "join_tables", "resolve_known", "TEXT"]
