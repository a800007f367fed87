"""Join the loaded tables of several input files of one dataset on its key."""

from __future__ import annotations

import polars as pl

from audit.datasets import Dataset
from audit.errors import InputError
from audit.privacy import safe_value
from audit.text import msg
from audit.table import BAD_PREFIX, FILE, KNOWN_PREFIX, ROW, LoadedTable, bad_column


def _shown(value: object) -> object:
    """A value as a conflict message shows it: a yes/no column's value in the reader's words."""
    if isinstance(value, bool):
        return msg("error.join.true" if value else "error.join.false")
    return safe_value(value)


def join_tables(tables: list[LoadedTable], ds: Dataset) -> LoadedTable:
    """Join loaded tables of one dataset on its key; conflicting non-empty values stop the run."""
    if len(tables) == 1:
        return resolve_known(tables[0])
    key = ds.key
    result = tables[0]
    frame = result.frame
    notes: list = []
    for t in tables[1:]:
        frame, right = _same_number_keys(frame, t.frame, key, notes)
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
                    msg("error.join.conflict", column=c, key=safe_value(r[key]), left=_shown(r[c]),
                        left_file=r[FILE], right=_shown(r[c + "__right"]), right_file=r[FILE + "__right"],
                        more=msg("error.join.conflicts", count=conflict.height) if conflict.height > 1 else ""),
                    file=t.sources[0].path if t.sources else None,
                    row=int(r[ROW + "__right"]) if r.get(ROW + "__right") is not None else None,
                    column=c,
                    value=_shown(r[c + "__right"]),
                    hint=msg("error.join.conflict_hint"),
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
        notes=[n for t in tables for n in t.notes] + notes,
    ))


def _same_number_keys(left: pl.DataFrame, right: pl.DataFrame, key: str, notes: list) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Keys that are the same number written with and without leading zeros (a KOSTRA journal number
    00001234; a workbook's number cell 1234) name one case: the shorter form becomes the longer one.
    Only keys of digits that match nothing as written, and only where the number names exactly one
    such key on each side; the run says which keys it matched (``notes``)."""
    lk, rk = set(left[key].to_list()), set(right[key].to_list())

    def by_number(keys: set) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for k in keys:
            if isinstance(k, str) and k.isascii() and k.isdigit():
                out.setdefault(k.lstrip("0") or "0", []).append(k)
        return out

    ln, rn = by_number(lk - rk), by_number(rk - lk)
    pairs = [(ln[n][0], rn[n][0]) for n in ln.keys() & rn.keys() if len(ln[n]) == 1 and len(rn[n]) == 1]
    if not pairs:
        return left, right
    to_long = {short: long for a, b in pairs for short, long in [sorted((a, b), key=len)] if short != long}
    left = left.with_columns(pl.col(key).replace(to_long))
    right = right.with_columns(pl.col(key).replace(to_long))
    a, b = sorted(pairs)[0]
    files = [str(left[FILE][0]) if FILE in left.columns and left.height else "", str(right[FILE][0]) if FILE in right.columns and right.height else ""]
    notes.append(msg("inputs.join.leading_zeros", count=len(pairs), left=safe_value(a), right=safe_value(b),
                     left_file=files[0], right_file=files[1]))
    return left, right


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


