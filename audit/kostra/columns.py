"""The ``kvp`` / ``stonad`` frame of a KOSTRA file, built column by column (:func:`audit.kostra.reader.read_kostra`).

A million records held as one Python dict each (some 75 fields) took 3–4 GB. Here the canonical
columns, which the per-record reading computes (dates, codes, outcome, pseudonym), go into polars
chunks of :data:`CHUNK` records as they are read, and the record fields carried as text (raw,
trimmed) are cut from the lines in polars (``str.slice``); the per-record reading only says where
such a field differs from its cut (a line read with another year's layout, a value left out or
replaced by a pseudonym). The frame is the same, column for column, as the one built from dicts.
"""

from __future__ import annotations

import polars as pl

from audit.datasets import Dataset
from audit.kostra.layout import Layout
from audit.table import FILE, ROW, bad_column

CHUNK = 50_000
# What Python's str.strip() strips (str.isspace: 29 characters), for polars' strip_chars to trim exactly
# as it does; written out (finding them takes half a second at every start). tests/test_kostra_hostile_lines.py
# checks the list against Python's.
WHITESPACE = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
              "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


class FrameBuilder:
    """Collects the records' canonical values in chunks; :meth:`frame` adds the carried fields."""

    def __init__(self, dataset: Dataset, pseudonym_column: str) -> None:
        self.dataset = dataset
        self.pseudonym_column = pseudonym_column
        self.names: list[str] | None = None
        self.lists: dict[str, list] = {}
        self.chunks: list[pl.DataFrame] = []
        self.bad: dict[str, list[int]] = {}
        self.over: dict[str, tuple[list[int], list[str | None]]] = {}
        self.rows: list[int] = []

    def add(self, row_no: int, row: dict, bad_cols: set, extra_over: dict[str, str | None]) -> None:
        if self.names is None:
            self.names = [c for c in self.dataset.names if c in row]
            self.lists = {c: [] for c in [*self.names, self.pseudonym_column]}
        index = len(self.rows)
        self.rows.append(row_no)
        for c, values in self.lists.items():
            values.append(row[c])
        for c in bad_cols:
            self.bad.setdefault(c, []).append(index)
        for c, value in extra_over.items():
            where, values = self.over.setdefault(c, ([], []))
            where.append(index)
            values.append(value)
        if len(self.lists[self.pseudonym_column]) >= CHUNK:
            self._flush()

    def _flush(self) -> None:
        if not self.lists or not self.lists[self.pseudonym_column]:
            return
        dtype = {c: self.dataset.column(c).dtype for c in self.names or ()}
        self.chunks.append(pl.DataFrame([pl.Series(c, v, dtype=dtype.get(c, pl.Utf8)) for c, v in self.lists.items()]))
        self.lists = {c: [] for c in self.lists}

    def canonical(self) -> pl.DataFrame:
        """The canonical columns and the pseudonym so far (for the key check)."""
        self._flush()
        return pl.concat(self.chunks, rechunk=True) if len(self.chunks) > 1 else self.chunks[0]

    def frame(self, canonical: pl.DataFrame, lay: Layout, lines: pl.Series, extras: list[str],
              display: str) -> pl.DataFrame:
        """canonical columns, pseudonym, the carried fields, file, line, then the bad-value flags."""
        n = len(self.rows)
        length = lay.record_length
        fitted = lines.str.slice(0, length).str.pad_end(length)
        carried = []
        for name in extras:
            fd = lay.field(name)
            s = fitted.str.slice(fd.start - 1, fd.length).str.strip_chars(WHITESPACE)
            s = pl.select(pl.when(s != "").then(s)).to_series().alias(name)
            if name in self.over:
                where, values = self.over[name]
                s = s.scatter(where, pl.Series(values, dtype=pl.Utf8))
            carried.append(s)
        flags = []
        for c in self.names or ():
            if c in self.bad:
                flags.append(pl.Series(bad_column(c), [False] * n, dtype=pl.Boolean).scatter(self.bad[c], True))
        return canonical.with_columns(
            *carried,
            pl.repeat(display, n, eager=True, dtype=pl.Utf8).alias(FILE),
            pl.Series(ROW, self.rows, dtype=pl.Int64),
            *flags,
        )
