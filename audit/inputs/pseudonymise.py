"""Pseudonymised copies of CSV / XLSX / Parquet files (``nav-audit pseudonymise``).

Decision (issue 14): a copy never holds an identity number. After the named columns are
replaced by pseudonyms, every other column and every header goes through the identity
guard (:mod:`audit.inputs.identity`); if one still holds identity numbers, nothing is
written and the error names the column, the first row and the count (exit 2): the user
adds ``--column`` for it. Nothing is pseudonymised that the user did not name, because
replacing a whole free-text cell silently would destroy data the user may need.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from audit.errors import ConfigError, InputError
from audit.inputs.identity import identity_guard
from audit.inputs.mapping import Mapping
from audit.inputs.registry import read_raw
from audit.io import (
    atomic_path, atomic_write_bytes, neutralise_frame, protect_cell, refuse_existing, refuse_overwriting_inputs,
)
from audit.pseudonym import Pseudonymiser
from audit.table import ROW
from audit.text import msg


@dataclass
class PseudonymiseReport:
    source: str
    target: str
    format: str
    rows: int
    columns: list[str]
    values: int = 0  # cells replaced
    suspicious_columns: list[str] = field(default_factory=list)  # kept for compatibility: always empty now
    notes: list = field(default_factory=list)  # how the file was read (audit.inputs.raw.RawTable.notes)


def pseudonymise_file(source: str | os.PathLike, target: str | os.PathLike, columns: list[str],
                      pseudonymiser: Pseudonymiser, *, sheet: str | int | None = None,
                      overwrite: bool = False) -> PseudonymiseReport:
    """Write a copy of ``source`` to ``target`` with ``columns`` replaced by pseudonyms.

    The file is read as text exactly as the audit reads it (:func:`audit.inputs.registry.read_raw`:
    same encoding and delimiter detection, same header rules, numbers and dates as
    text), and written in the same format with the same columns: a CSV with the same
    delimiter, encoding and line ends; a workbook with one sheet (``sheet``, default
    the first) of text cells; a Parquet file of text columns. Empty cells stay empty.
    The input is only read; the output is written atomically.
    """
    src, dst = Path(source), Path(target)
    columns = list(dict.fromkeys(columns))
    if not columns:
        raise ConfigError(msg("error.pseudonymise.no_columns"), hint=msg("error.pseudonymise.no_columns_hint"))
    refuse_overwriting_inputs([dst], [src])
    refuse_existing(dst, overwrite)
    # another sheet of the workbook may hold identity numbers too (pseudonymised one sheet at a time);
    # the copy is made of the read sheet's cells alone, so nothing else of the workbook is written
    raw = read_raw(src, Mapping(dataset="", sheet=sheet) if sheet is not None else None, scan_unread=False)
    if Path(dst).suffix.lower() != src.suffix.lower():
        raise InputError(msg("error.pseudonymise.suffix", suffix=src.suffix or msg("error.pseudonymise.no_suffix")),
                         file=str(dst))
    missing = [c for c in columns if c not in raw.headers]
    if missing:
        shown = ", ".join(f"«{h}»" for h in raw.headers[:30])
        raise InputError(msg("error.pseudonymise.column_missing"), file=str(src), row=1, column=missing[0],
                         hint=msg("error.pseudonymise.columns_are", columns=shown))
    # Nothing is written while another column (or a header) still holds an identity number; a value the
    # guard weighs as chance is masked in the copy (audit.inputs.identity.mask_chance).
    identity_guard(raw, set(columns), hint="inputs.pseudonymise.other_column")
    frame = raw.frame.drop(ROW)
    frame = frame.with_columns(
        [pl.col(c).map_elements(pseudonymiser.pseudonym, return_dtype=pl.Utf8, skip_nulls=True) for c in columns]
    )
    count = sum(frame.get_column(c).drop_nulls().len() for c in columns)
    if raw.format == "csv":
        data = src.read_bytes()[:65536]
        newline = "\r\n" if b"\r\n" in data else "\n"
        text = neutralise_frame(frame).write_csv(separator=raw.details.get("delimiter", ","), line_terminator=newline)
        encoding = raw.details.get("encoding", "utf-8")
        payload = (b"\xef\xbb\xbf" + text.encode("utf-8")) if encoding == "utf-8-sig" else text.encode(encoding, errors="replace")
        atomic_write_bytes(dst, payload, overwrite=overwrite)
    elif raw.format == "xlsx":
        import openpyxl
        from openpyxl.cell import WriteOnlyCell

        wb = openpyxl.Workbook(write_only=True)
        ws = wb.create_sheet(str(raw.details.get("sheet") or "Ark1"))

        def text_cell(value: str | None):  # text stays text: "=…" must not become a formula
            return protect_cell(WriteOnlyCell(ws, value=value))

        ws.append([text_cell(h) for h in frame.columns])
        for row in frame.iter_rows():
            ws.append([text_cell(v) for v in row])
        with atomic_path(dst, overwrite=overwrite) as tmp:
            wb.save(tmp)
    else:
        with atomic_path(dst, overwrite=overwrite) as tmp:
            frame.write_parquet(tmp)
    return PseudonymiseReport(str(src), str(dst), raw.format, frame.height, columns, count, [], notes=list(raw.notes))
