"""What a loader hands on: a canonical polars frame, its unreadable values, its sources.

Contract shared by every reader (CSV/XLSX/Parquet, KOSTRA, review workbooks):

* ``frame`` has the dataset's canonical columns that the input had, typed as
  :mod:`audit.datasets` says (``pl.Date``, ``pl.Boolean``, ``pl.Int64``,
  ``pl.Float64``, ``pl.Utf8``), plus any unmapped export columns (``pl.Utf8``,
  carried along untouched, never used by a check), plus bookkeeping columns whose
  names start with ``__``:

  - ``__file`` (Utf8): the input file's name as the user gave it;
  - ``__row`` (Int64): the row as a user counts it (CSV/XLSX: header = row 1,
    so the first data row is 2; KOSTRA: first record = line 1);
  - ``__bad__<column>`` (Boolean): present only for canonical columns with
    unreadable values; true where the value in that row could not be read. The
    parsed value is null there, and checks that need the column judge the row
    ``unknown`` instead of treating it as empty. (A review workbook also sets it
    where the reviewer has not judged yet: see ``__known__``.)
  - ``__known__<column>`` (Boolean): present only for columns a source knows for
    some rows only (the judgements of a review workbook): true where the source
    made a statement. :func:`audit.inputs.join.join_tables` turns it into the
    ``__bad__<column>`` mask wherever no source made a statement and the value is
    empty (such a row is unknown for the column, not "did not happen"), and drops it.

* ``issues`` lists every unreadable value (file, row, column as named in the
  input, message in bokmål, and ``text``: the message as a catalogue message, written
  to results.json in the run's language). Messages never contain an identity number.
* ``sources`` describes each input file (path, sha256, rows).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import polars as pl

from audit.text.message import Msg

BAD_PREFIX = "__bad__"
ROW = "__row"
FILE = "__file"


KNOWN_PREFIX = "__known__"


def bad_column(column: str) -> str:
    return f"{BAD_PREFIX}{column}"


def known_column(column: str) -> str:
    return f"{KNOWN_PREFIX}{column}"


@dataclass(frozen=True)
class InputIssue:
    file: str
    row: int
    column: str
    message: str  # bokmål
    text: Msg | None = field(default=None, compare=False, hash=False, repr=False)  # the message in any language

    def render(self, lang: str = "nb") -> str:
        return self.message if self.text is None else self.text.render(lang)

    def to_json(self, lang: str = "nb") -> dict:
        return {"file": self.file, "row": self.row, "column": self.column, "message": self.render(lang)}


@dataclass
class SourceInfo:
    path: str
    sha256: str
    rows: int
    format: str = ""
    mapping: str | None = None
    details: dict = field(default_factory=dict)
    # canonical column -> the file's header, for messages (not written to results.json)
    headers: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def to_json(self) -> dict:
        out = {"path": self.path, "sha256": self.sha256, "rows": self.rows, "format": self.format}
        if self.mapping:
            out["mapping"] = self.mapping
        if self.details:
            out.update(self.details)
        return out


@dataclass
class LoadedTable:
    dataset: str
    frame: pl.DataFrame
    issues: list[InputIssue] = field(default_factory=list)
    sources: list[SourceInfo] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def data_columns(self) -> list[str]:
        return [c for c in self.frame.columns if not c.startswith("__")]
