"""Recording a run of many findings without a dict per finding (issue 18).

:func:`audit.history.records.current_checks` with ``frames=True`` keeps a check's findings
that the run holds columnar as a polars frame (key, level, office, municipality, value).
Here the run's fingerprint is computed over them — the same bytes as ``json.dumps`` of the
dicts (:func:`fingerprint`) — and the findings become the store's rows as tuples made by
polars (:func:`finding_rows`).
"""

from __future__ import annotations

import hashlib
import json
import secrets
from typing import Any, Iterator

import polars as pl

CASE_FIELDS = ("key", "level", "municipality", "office", "value")  # json.dumps(sort_keys=True)'s order
# Text json.dumps writes as it is between quotes: printable ASCII without the quote and backslash.
_PLAIN = r'^[ !#-\[\]-~]*$'
_FEW = 10_000  # at most this many distinct texts in a column of ``few``: each through json.dumps


def _json_column(s: pl.Series, *, few: bool = False) -> pl.Series:
    """Each value as ``json.dumps`` writes it (ensure_ascii, Python's float repr): plain texts
    quoted in polars, every other distinct value once through json.dumps. With ``few`` (a column of
    few distinct values: level, office, municipality) every distinct text goes once through
    json.dumps and polars looks the rows' texts up, instead of testing and quoting each row (the
    same texts; a million findings: about a third of the fingerprint's time); a column that turns
    out to hold many distinct texts is quoted row by row as without ``few``."""
    if s.dtype == pl.Null:
        return pl.Series(["null"] * s.len(), dtype=pl.Utf8)
    odd = s.drop_nulls().unique() if s.dtype != pl.Utf8 or few else None
    if s.dtype == pl.Utf8 and (odd is None or odd.len() > _FEW):
        plain = s.str.contains(_PLAIN).fill_null(False)
        quoted = pl.select(pl.concat_str([pl.lit('"'), s, pl.lit('"')])).to_series()
        other = s.filter(~plain)
        if other.len() == 0:
            return quoted.fill_null("null")
        odd = other.drop_nulls().unique()
        encoded = pl.Series([json.dumps(v) for v in odd.to_list()], dtype=pl.Utf8)
        return pl.select(pl.when(plain).then(quoted).otherwise(
            s.replace_strict(odd, encoded, default=None, return_dtype=pl.Utf8))).to_series().fill_null("null")
    encoded = pl.Series([json.dumps(v) for v in odd.to_list()], dtype=pl.Utf8)
    return s.replace_strict(odd, encoded, default=None, return_dtype=pl.Utf8).fill_null("null")


def _cases_json(frame: pl.DataFrame) -> str:
    """``json.dumps(cases, sort_keys=True)`` of a frame of findings (the dicts records keeps)."""
    if frame.height == 0:
        return "[]"
    return "[" + pl.select(_case_texts(frame, "").str.join(", ")).item() + "]"


def _case_texts(frame: pl.DataFrame, end: str) -> pl.Expr:
    """Each finding's ``json.dumps(case, sort_keys=True)`` followed by ``end``."""
    parts: list[Any] = []
    for i, name in enumerate(CASE_FIELDS):
        parts += [pl.lit(("{" if i == 0 else ", ") + json.dumps(name) + ": "),
                  _json_column(frame[name], few=name in ("level", "office", "municipality"))]
    parts.append(pl.lit("}" + end))
    return pl.concat_str(parts)


def _hash_cases(digest: Any, frame: pl.DataFrame) -> None:
    """``digest.update(_cases_json(frame).encode("utf-8"))`` without the text as a Python string: each
    case's JSON and its ``", "`` written by polars one after another into one Arrow buffer, hashed
    where it lies but for the last separator (a million findings: about half the time)."""
    if frame.height == 0:
        digest.update(b"[]")
        return
    import pyarrow as pa

    texts = pl.select(_case_texts(frame, ", ")).to_series().to_arrow()
    if texts.type != pa.large_string():
        texts = texts.cast(pa.large_string())
    _, offsets, data = texts.buffers()
    offsets = memoryview(offsets).cast("q")  # int64 offsets of each text in data (native order, as Arrow's)
    start, end = offsets[texts.offset], offsets[texts.offset + len(texts)]
    digest.update(b"[")
    digest.update(memoryview(data)[start:end - 2])
    digest.update(b"]")


def fingerprint(run: dict[str, Any], checks: list[dict[str, Any]]) -> str:
    """sha256 of ``json.dumps({"run": run, "checks": checks}, sort_keys=True, default=str)``,
    where a check's ``cases`` may be a frame (:func:`audit.history.records.current_checks`)."""
    nonce = secrets.token_hex(8)
    frames: dict[str, pl.DataFrame] = {}
    shell = []
    for i, c in enumerate(checks):
        if isinstance(c.get("cases"), pl.DataFrame):
            token = f"nav-audit-cases-{nonce}-{i}"
            frames[json.dumps(token)] = c["cases"]
            c = {**c, "cases": token}
        shell.append(c)
    text = json.dumps({"run": run, "checks": shell}, sort_keys=True, default=str)
    digest = hashlib.sha256()
    for token, frame in frames.items():
        before, _, text = text.partition(token)
        digest.update(before.encode("utf-8"))
        _hash_cases(digest, frame)
    digest.update(text.encode("utf-8"))
    return digest.hexdigest()


def finding_rows(run_id: str, checks: list[dict[str, Any]]) -> Iterator[tuple]:
    """The findings table's rows (run_id, check_id, case_key, level, office, municipality, value),
    in the order of the table's primary key (check, then key; bytewise, as SQLite compares text):
    inserted in that order the indexes grow at one place instead of all over (measured on SQLite,
    300 000 findings into a history that holds a run: 9.9 s unsorted, 3.2 s sorted)."""
    for fixed, chunks in finding_groups(run_id, checks):
        for chunk in chunks:
            yield from (fixed + row for row in zip(*chunk))


FINDING_FIXED, FINDING_COLUMNS = ("run_id", "check_id"), ("case_key", "level", "office", "municipality", "value")
_CHUNK = 50_000


def finding_groups(run_id: str, checks: list[dict[str, Any]]) -> Iterator[tuple[tuple, Iterator[tuple[list, ...]]]]:
    """:func:`finding_rows` per check: ``((run_id, check_id), chunks)``, each chunk the rows' other
    columns (:data:`FINDING_COLUMNS`) as one list per column, the rows in the same order. The store
    binds the run and check once per check, not once per finding, and polars makes each column's
    values in one call, without a tuple per finding
    (:meth:`audit.history.backends.Backend.insert_grouped`)."""
    for c in sorted(checks, key=lambda c: c["id"].encode("utf-8")):
        cases = c["cases"]
        if isinstance(cases, pl.DataFrame):
            # the run's cases come in key order as a rule: then the sort (a copy of every column) is skipped
            frame = (cases if cases["key"].is_sorted() else cases.sort("key")).select(
                "key", "level", "office", "municipality", "value")
            chunks: Iterator[tuple[list, ...]] = (tuple(part.get_column(name).to_list() for name in part.columns)
                                                  for part in frame.iter_slices(_CHUNK))
        else:
            rows = sorted(((f["key"], f["level"], f["office"], f["municipality"], f["value"]) for f in cases),
                          key=lambda r: r[0].encode("utf-8"))
            chunks = iter([tuple(list(column) for column in zip(*rows))] if rows else [])
        yield (run_id, c["id"]), chunks
