"""A check's cases held columnar (one polars frame) until something needs them as dicts.

The run builds each check's cases as a polars frame (audit/results.py); results.json is
written straight from it (:func:`write_frame`), and the cases become dicts only when
reports or the history read them (:func:`materialise`).
"""

from __future__ import annotations

import io
import os
from collections.abc import Mapping, Sequence
from typing import Any


def _shared_list(series: Any) -> list:
    """The values as a list with one object per distinct value (offices, levels, dates and
    codes repeat; separate copies cost hundreds of MB at a million cases)."""
    if series.dtype.is_nested():  # lists and structs (the history's lifecycle, follow-ups): not hashable
        return series.to_list()
    seen: dict = {}
    return [seen.setdefault(v, v) for v in series.to_list()]


def _dicts(frame: Any) -> list[dict]:
    """The rows as dicts, built column by column with shared values; ``limit`` and ``reason``
    repeat, so each distinct one is one dict shared by its cases (replace a case's key rather
    than changing such a dict in place)."""
    import polars as pl

    n = frame.height
    columns: list[tuple[str, list]] = []
    for name in frame.columns:
        s = frame[name]
        if isinstance(s.dtype, pl.Struct):
            fields = s.struct.unnest()
            parts = [(f, _shared_list(fields[f])) for f in fields.columns]
            nulls = s.is_null().to_list()
            values: list = []
            cache: dict = {}
            few = name in ("limit", "reason")  # the same few values over and over
            for i in range(n):
                if nulls[i]:
                    values.append(None)
                    continue
                row = tuple(p[i] for _, p in parts)
                if few:
                    d = cache.get(row)
                    if d is None:
                        d = cache[row] = dict(zip((f for f, _ in parts), row))
                    values.append(d)
                else:
                    values.append(dict(zip((f for f, _ in parts), row)))
            columns.append((name, values))
        else:
            columns.append((name, _shared_list(s)))
    names = [c for c, _ in columns]
    return [dict(zip(names, row)) for row in zip(*(v for _, v in columns))] if n else []


class CaseFrame(Sequence):
    """A check's cases as one polars DataFrame (one row per case, the columns of
    :data:`CASE_KEYS`), as the run builds them: no Python object per case exists until
    something iterates them (reports, the history). :func:`dump` writes the frame as JSON
    directly. Iterating gives the cases as dicts (made once); a deep copy is a plain list.
    ``pending`` (a future) is a frame still being built in a thread (audit.results:
    ``build_results(background=True)``), so results.json is written while the next
    checks' cases are built; ``frame`` waits for it."""

    def __init__(self, frame: Any = None, *, pending: Any = None) -> None:
        self._frame = frame
        self._pending = pending  # a concurrent.futures.Future of the frame while a thread builds it
        self._rows: list[dict] | None = None

    @property
    def frame(self) -> Any:
        """The cases as a polars frame; waits for the thread building it (its error is raised here)."""
        if self._frame is None and self._pending is not None:
            self._frame = self._pending.result()
            self._pending = None
        return self._frame

    @property
    def materialised(self) -> bool:
        return self._rows is not None

    def rows(self) -> list[dict]:
        if self._rows is None:
            self._rows = _dicts(self.frame)
        return self._rows

    def __len__(self) -> int:
        return len(self._rows) if self._rows is not None else self.frame.height

    def __getitem__(self, i):  # type: ignore[override]
        return self.rows()[i]

    def __iter__(self):
        return iter(self.rows())

    def __bool__(self) -> bool:
        return len(self) > 0

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, (list, tuple, CaseFrame)) else NotImplemented

    def __deepcopy__(self, memo: dict) -> list:
        import copy

        return copy.deepcopy(self.rows(), memo)

    def __repr__(self) -> str:
        return f"CaseFrame({len(self)} cases)"


def materialise(results: Mapping[str, Any]) -> Mapping[str, Any]:
    """Turn every check's :class:`CaseFrame` into a plain list of case dicts (in place), for
    code that works on the JSON-shaped mapping (reports, the history); returns ``results``."""
    for c in results.get("checks") or []:
        if isinstance(c, dict) and isinstance(c.get("cases"), CaseFrame):
            c["cases"] = c["cases"].rows()
    return results


SYNC_BYTES = 16 << 20  # written text handed to the disk and dropped from the page cache in steps of this size


class _PageCacheRelease:
    """Hands a large file's written part to the disk and tells the kernel it will not be read
    back, every ``SYNC_BYTES``. Growing the page cache by half a gigabyte cost seconds of system
    time on this machine class (measured: 0.4 s instead of 1.1–4.7 s for 577 MB); the pages
    are reused instead. In the run (a process holding a gigabyte) steps of 16 MB, with slices
    of 20 000 cases, cost 0.3–0.5 s of system time where steps of 64 MB with slices of 50 000
    cost 1.6–2.2 s (results.json at a million rows written in 1.6–2.5 s instead of 3.7–3.8 s). The disk write runs in a thread (``fdatasync`` releases the
    interpreter lock) while the next slices are encoded; :meth:`wait` before the caller's
    final fsync, which is unchanged. Only for a real file on Linux."""

    def __init__(self, fh) -> None:
        self.fh, self.fd, self.synced, self.thread = fh, None, 0, None
        if hasattr(os, "posix_fadvise"):
            try:
                self.fd = fh.fileno()
                self.synced = fh.tell()
            except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
                self.fd = None

    def _release(self, upto: int) -> None:
        try:
            os.fdatasync(self.fd)  # everything written up to ``upto`` is on disk: its pages can go
            os.posix_fadvise(self.fd, 0, upto, os.POSIX_FADV_DONTNEED)
        except OSError:  # not a regular file after all (a pipe): nothing to release
            pass

    def step(self) -> None:
        if self.fd is None:
            return
        self.fh.flush()
        pos = self.fh.tell()
        if pos - self.synced >= SYNC_BYTES and (self.thread is None or not self.thread.is_alive()):
            import threading

            self.thread = threading.Thread(target=self._release, args=(pos,), name="results-json-sync", daemon=True)
            self.thread.start()
            self.synced = pos

    def wait(self) -> None:
        if self.thread is not None:
            self.thread.join()
            self.thread = None


class Cancelled(Exception):
    """The writer was told to stop (the run failed meanwhile): its file is not completed."""


def write_frame(fh, frame, chunk: int = 20_000, cancelled=None) -> None:
    """A frame as a JSON array of objects, one per line (``[``, a newline, the objects joined by
    ``,`` and a newline, ``]``), written in one pass by polars without a Python object per case.

    polars encodes each row as JSON text (``struct.json_encode``; a slice on one core, so the
    next slice is encoded in a thread while this one is written) and its CSV writer puts the
    texts, unquoted, one per line into the file: JSON text never holds a raw
    newline, so the line terminator ``,\n`` joins them into the array. About twice as fast
    as writing NDJSON into a buffer and joining its lines in Python, with the same bytes.
    Written in slices of ``chunk`` rows to keep memory bounded; ``cancelled`` (a
    threading.Event) set stops it before the next slice with :class:`Cancelled`."""
    n = frame.height
    release = _PageCacheRelease(fh)
    fh.write(b"[\n" if n else b"[")
    if not n:
        fh.write(b"]")
        return
    # polars encodes a slice on one core: the next slice is encoded in a thread while this one
    # is written (both release the interpreter lock)
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="nav-audit-json") as pool:
        ahead = pool.submit(_encoded_slice, frame, 0, chunk)
        for start in range(0, n, chunk):
            if cancelled is not None and cancelled.is_set():
                release.wait()
                raise Cancelled()
            part = ahead.result()
            if start + chunk < n:
                ahead = pool.submit(_encoded_slice, frame, start + chunk, chunk)
            if start + chunk >= n:  # the last object ends the array: no comma after it
                part.head(part.height - 1).write_csv(fh, include_header=False, quote_style="never",
                                                     line_terminator=",\n")
                part.tail(1).write_csv(fh, include_header=False, quote_style="never", line_terminator="")
            else:
                part.write_csv(fh, include_header=False, quote_style="never", line_terminator=",\n")
            release.step()
    release.wait()
    fh.write(b"]")


def _encoded_slice(frame, start: int, chunk: int):
    """Rows ``start`` … ``start + chunk`` of ``frame``, each as its JSON text (one column ``_json``)."""
    import polars as pl

    return frame.slice(start, chunk).select(pl.struct(pl.all()).struct.json_encode().alias("_json"))
