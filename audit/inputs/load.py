"""Load input files of a dataset: any format, mapped, guarded, joined.

:func:`load_file` reads one file (CSV, XLSX, Parquet with a mapping; KOSTRA and review
workbooks describe themselves); :func:`load_inputs` loads several and joins them on the key.
Files are opened read-only and never modified.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
from typing import Callable

from audit.datasets import get_dataset
from audit.errors import InputError
from audit.inputs.canonical import resolve_headers, to_canonical
from audit.inputs.files import check_file as _check_file, size_text as _size_text
from audit.inputs.join import join_tables
from audit.inputs.kostra import read_kostra
from audit.kostra.files import DATASET_OF_FORM as KOSTRA_DATASET_OF_FORM
from audit.inputs.mapping import Mapping
from audit.inputs.registry import detect_format, read_raw
from audit.inputs.review import is_review_workbook, read_review
from audit.io import sha256_file
from audit.table import LoadedTable, SourceInfo
from audit.text import Msg, msg, plural


def load_file(path: str | Path, dataset: str, mapping: Mapping | None = None, *, kostra_year: int | None = None,
              progress: Callable[[Msg], None] | None = None) -> LoadedTable:
    """Load one input file of ``dataset`` (any supported format) as a LoadedTable.

    ``progress`` gets a line before and after reading (file name, size, rows), as a
    :class:`audit.text.Msg` to be rendered in the reader's language.
    """
    say = progress or (lambda _text: None)
    p = Path(path)
    _check_file(p)
    fmt = detect_format(p)
    say(msg("inputs.progress.reading", name=p.name, size=_size_text(p.stat().st_size)))
    if fmt == "kostra":
        table = read_kostra(p, year=kostra_year)
        if table.dataset != dataset:
            form = next((f for f, d in KOSTRA_DATASET_OF_FORM.items() if d == table.dataset), "?")
            raise InputError(msg("error.load.kostra_dataset", form=form, found=table.dataset, dataset=dataset),
                             file=str(p), hint=msg("error.load.kostra_dataset_hint", found=table.dataset))
        say(msg(plural("inputs.progress.records", table.frame.height), count=table.frame.height, name=p.name))
        return table
    if fmt == "xlsx":
        if is_review_workbook(p):  # describes itself: any mapping is for the other inputs
            try:
                return read_review(p, dataset)
            except InputError:
                raise
            except (KeyError, IndexError, StopIteration, TypeError, ValueError, AttributeError,
                    pl.exceptions.PolarsError):  # a hidden sheet edited by hand: the file's fault, not a bug
                raise InputError(msg("inputs.review.damaged"), file=str(p), hint=msg("inputs.review.damaged_hint")) from None
    # The file's sha256 is computed in a thread while it is read and checked (hashlib and file
    # reads release the interpreter lock; at 170 MB it took 0.1-0.2 s)
    digest = _in_thread(sha256_file, p)
    raw = read_raw(p, mapping)
    say(msg("inputs.progress.rows", rows=raw.frame.height, columns=len(raw.headers), name=p.name))
    table = to_canonical(raw, dataset, mapping)
    table.sources = [
        SourceInfo(path=str(p), sha256=digest.result(), rows=raw.frame.height, format=raw.format,
                   mapping=mapping.path if mapping else None, details=raw.details,
                   headers=resolve_headers(raw, get_dataset(dataset), mapping))
    ]
    return table


def _in_thread(fn, *args):
    """``fn(*args)`` in a thread of its own; ``.result()`` waits and raises what it raised."""
    from concurrent.futures import ThreadPoolExecutor

    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nav-audit-sha256")
    try:
        return pool.submit(fn, *args)
    finally:
        pool.shutdown(wait=False)


def load_inputs(paths: list[str | Path], dataset: str, mappings: list[Mapping | None] | None = None, *,
                kostra_year: int | None = None, progress: Callable[[Msg], None] | None = None) -> LoadedTable:
    """Load every input of ``dataset`` (one mapping or None per path) and join them on the key."""
    ds = get_dataset(dataset)
    mappings = mappings or [None] * len(paths)
    tables = [load_file(p, ds.name, m, kostra_year=kostra_year, progress=progress) for p, m in zip(paths, mappings)]
    return join_tables(tables, ds)


