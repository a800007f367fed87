"""Reading case exports: one reader per format behind a registry that looks at the bytes.

Public functions (stable; used by the pipeline, the CLI, ``map`` and ``grounds``):

* :func:`read_table` ``(path, mapping=None) -> RawTable`` — a CSV, XLSX or Parquet file as
  text columns with the export's own headers (plus ``__row``: the row as a user counts
  it, header = 1), identity guard applied to headers and values. Format by content
  (:func:`audit.inputs.registry.detect_format`), not by suffix.
* :func:`load_file` / :func:`load_inputs` — one or several files of a dataset, mapped to
  its canonical columns, typed, guarded, joined on the key (:class:`audit.table.LoadedTable`).
* :func:`audit.inputs.mapping.load_mapping` ``(path, dataset=None) -> Mapping`` — a mapping file.

Modules (no module imports one that imports it):

==================  =====================================================================
``files``           file checks shared by all readers (exists, regular, readable, size)
``raw``             :class:`RawTable` and the header rules
``csvfile``         CSV: encoding, delimiter, quoting; streamed
``xlsx``            XLSX: zip checked (DTD, dimension, cells, compression) before openpyxl
``parquet``         Parquet as text columns
``kostra``          KOSTRA 11CF/11F (layouts in :mod:`audit.kostra`), line limit, guard
``review``          review workbooks written by ``review-sheet`` (format + reader)
``registry``        format detection by magic bytes; dispatch to the readers
``identity``        the identity guard (detector: :mod:`audit.privacy`)
``mapping``         mapping files (:class:`Mapping`, :func:`load_mapping`)
``canonical``       raw table + mapping -> canonical typed columns
``join``            several files of one dataset joined on the key
``load``            the whole way for one or several files
``pseudonymise``    pseudonymised copies (``nav-audit pseudonymise``)
==================  =====================================================================

Limits on every input are declared in :mod:`audit.limits`. Files are only ever read.
"""

from __future__ import annotations

from pathlib import Path

from audit.inputs.canonical import to_canonical
from audit.inputs.identity import identity_guard
from audit.inputs.join import join_tables, resolve_known
from audit.inputs.load import load_file, load_inputs
from audit.inputs.mapping import Mapping, load_mapping
from audit.inputs.raw import RawTable
from audit.inputs.registry import detect_format, read_raw


def read_table(path: str | Path, mapping: Mapping | None = None) -> RawTable:
    """A CSV, XLSX or Parquet export as text columns with its own headers, identity-guarded.

    ``mapping`` supplies ``sheet``, ``delimiter``, ``encoding`` and the columns listed under
    ``pseudonymise`` (skipped by the guard; not replaced here). Every problem is an
    :class:`audit.errors.InputError` (exit 2) naming file, row and column.
    """
    raw = read_raw(path, mapping)
    identity_guard(raw, set(mapping.pseudonymise) if mapping else set())
    return raw


__all__ = [
    "Mapping", "RawTable", "detect_format", "identity_guard", "join_tables", "load_file", "load_inputs",
    "load_mapping", "read_raw", "read_table", "resolve_known", "to_canonical",
]
