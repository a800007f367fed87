"""KOSTRA 11CF / 11F reader for the loader: bounded lines, then :mod:`audit.kostra.reader`, then the guard.

The layouts and the record parser stay in :mod:`audit.kostra` (which knows nothing of
this package). Here the file is first streamed once to refuse lines longer than
:data:`audit.limits.MAX_KOSTRA_LINE_CHARS` (a record is 136–338 characters; a 20 MB
"line" would otherwise be parsed for minutes), and after reading, every field other
than the fnr/DUF field (already pseudonymised by the reader) goes through the identity
guard: a caseworker number that is an identity number without its leading zero stops
the run like any other column.
"""

from __future__ import annotations

import os
from pathlib import Path

from audit.errors import InputError
from audit.inputs.identity import guard_columns
from audit.kostra.reader import PSEUDONYM_COLUMN, SOURCE_OF, read_kostra as _read_kostra, sniff_kostra
from audit.limits import MAX_KOSTRA_LINE_CHARS
from audit.table import FILE, ROW, LoadedTable
from audit.text import msg

__all__ = ["read_kostra", "sniff_kostra", "check_line_lengths", "guard_kostra_table"]


def check_line_lengths(path: str | os.PathLike, display: str | None = None, limit: int = MAX_KOSTRA_LINE_CHARS) -> None:
    """Stop on a line longer than ``limit`` characters (bytes/4 at worst), streaming with bounded memory."""
    max_bytes = 4 * limit
    line, length = 1, 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            start = 0
            while True:
                nl = chunk.find(b"\n", start)
                end = len(chunk) if nl < 0 else nl
                length += end - start
                if length > max_bytes:
                    raise InputError(msg("inputs.kostra.long_line", limit=limit), file=display or str(path), row=line,
                                     hint=msg("inputs.kostra.long_line_hint"))
                if nl < 0:
                    break
                line, length, start = line + 1, 0, nl + 1


def guard_kostra_table(table: LoadedTable, file: str) -> None:
    """The identity guard over every text field of a KOSTRA table but the pseudonym (the fnr/DUF
    fields never reach a table)."""
    skip = {PSEUDONYM_COLUMN, FILE, ROW}
    cols = [c for c in table.frame.columns if c not in skip and not c.startswith("__")]
    try:
        guard_columns(table.frame, cols, file=file, pseudonymise_hint=False)
    except InputError as e:  # name the file's own field (SAKSBEHANDLER), not the canonical column
        if e.column in SOURCE_OF:
            e.column = SOURCE_OF[e.column]
        raise


def read_kostra(path: str | os.PathLike, *, year: int | None = None, name: str | None = None) -> LoadedTable:
    """Read a KOSTRA file as a LoadedTable (``kvp`` from 11CF, ``stonad`` from 11F), guarded."""
    p = Path(path)
    check_line_lengths(p, name)
    table = _read_kostra(p, year=year, name=name)
    guard_kostra_table(table, name or str(p))
    return table
