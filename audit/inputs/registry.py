"""Which reader reads a file: decided by its content (magic bytes), the suffix only where bytes cannot tell.

:func:`detect_format` names the format; :func:`read_raw` reads CSV, XLSX or Parquet as a
:class:`~audit.inputs.raw.RawTable` (text columns). KOSTRA files and review workbooks are
canonical already and are read by :mod:`audit.inputs.load`.
"""

from __future__ import annotations

from pathlib import Path

from audit.errors import InputError
from audit.inputs.csvfile import read_csv
from audit.inputs.files import check_file as _check_file, head_bytes as _head
from audit.inputs.kostra import sniff_kostra
from audit.inputs.mapping import Mapping
from audit.inputs.parquet import read_parquet
from audit.inputs.raw import (RawTable, check_field_lengths, drop_blank_rows as _drop_blank_rows, drop_repeated_headers,
                              drop_totals_rows, sql_nulls_as_empty)
from audit.inputs.xlsx import ole_kind as _ole_kind, read_xlsx
from audit.text import msg

CSV_SUFFIXES = {".csv", ".txt", ".tsv"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
PARQUET_SUFFIXES = {".parquet", ".pq"}
KOSTRA_SUFFIXES = {".dat"}


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
    return "kostra" if sniff_kostra(path) else "csv"


def read_raw(path: str | Path, mapping: Mapping | None = None, *, scan_unread: bool = True) -> RawTable:
    """Read a CSV, XLSX or Parquet file as text columns (see the module docstring).

    ``scan_unread=False`` leaves out the search of a workbook's parts that are not read (other
    sheets, comments, properties …) for identity numbers: for ``pseudonymise``, whose input holds them
    by design and whose copy holds the read sheet's cells alone.

    Every problem with the file is an :class:`InputError` naming file, row, column
    and value where they are known; the file is only read.
    """
    path = Path(path)
    _check_file(path)
    fmt = detect_format(path)
    if fmt == "ole":
        kind = _ole_kind(path)
        what = msg(f"error.ole.{kind if kind in ('encrypted', 'xls') else 'unknown'}")
        raise InputError(msg("error.ole.unreadable", what=what), file=str(path),
                         hint=msg("error.ole.xls_hint" if kind == "xls" else "error.ole.password_hint"))
    if fmt == "kostra":
        raise InputError(msg("error.registry.kostra"), file=str(path), hint=msg("error.registry.kostra_hint"))
    try:
        if fmt == "xlsx":
            raw = read_xlsx(path, mapping, scan_unread=scan_unread)
        elif fmt == "parquet":
            raw = read_parquet(path, mapping)
        else:
            raw = read_csv(path, mapping)
    except MemoryError:
        raise InputError(msg("error.file.too_big_for_memory"), file=str(path),
                         hint=msg("error.file.too_big_for_memory_hint")) from None
    except OSError as exc:
        raise InputError(msg("error.file.cannot_read", reason=exc.strerror or type(exc).__name__), file=str(path)) from None
    check_field_lengths(raw.frame, raw.headers, raw.path)  # every format: no field over MAX_FIELD_CHARS
    return drop_totals_rows(drop_repeated_headers(_drop_blank_rows(sql_nulls_as_empty(raw))))

