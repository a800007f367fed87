"""Join the loaded tables of several input files of one dataset on its key."""

from __future__ import annotations

import polars as pl

from audit.datasets import Dataset
from audit.errors import InputError
from audit.privacy import safe_value, shown_value
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
    for i, t in enumerate(tables[1:], start=1):
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
                # the headers as the user sees them in each file (the canonical name only without a mapping)
                left_file = r[FILE]
                left_header = next((s.headers[c] for tt in tables[:i] for s in tt.sources
                                    if c in s.headers and s.path == left_file), c)
                right_header = next((s.headers[c] for s in t.sources if c in s.headers), c)
                shown = left_header if left_header == right_header else f"{left_header}» / «{right_header}"
                raise InputError(
                    msg("error.join.conflict", column=shown, key=shown_value(r[key]), left=_shown(r[c]),
                        left_file=r[FILE], right=_shown(r[c + "__right"]), right_file=r[FILE + "__right"],
                        more=msg("error.join.conflicts", count=conflict.height) if conflict.height > 1 else ""),
                    file=t.sources[0].path if t.sources else None,
                    row=int(r[ROW + "__right"]) if r.get(ROW + "__right") is not None else None,
                    column=right_header,
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
    such key on each side; the run says which keys it matched (``notes``).

    In polars (a million keys: no Python set or dict of them): each side's distinct keys that the
    other side lacks (anti-joins), those of ASCII digits only, by their number (the digits without
    leading zeros; ``0`` for zeros alone), numbers held by one such key per side, joined."""
    if left[key].dtype != pl.String or right[key].dtype != pl.String:
        return left, right  # only text keys are compared (a number column has no leading zeros)
    lk, rk = left.lazy().select(pl.col(key).unique()), right.lazy().select(pl.col(key).unique())

    def by_number(keys: pl.LazyFrame) -> pl.LazyFrame:
        """The keys of ASCII digits, by number, where the number names exactly one of them."""
        number = pl.col(key).str.strip_chars_start("0")
        return (keys.filter(pl.col(key).str.contains(r"^[0-9]+$"))
                .with_columns(number=pl.when(number == "").then(pl.lit("0")).otherwise(number))
                .filter(pl.len().over("number") == 1))

    pairs = (by_number(lk.join(rk, on=key, how="anti", nulls_equal=False))
             .join(by_number(rk.join(lk, on=key, how="anti", nulls_equal=False)), on="number", suffix="__right")
             .select(a=pl.col(key), b=pl.col(key + "__right"))
             .sort("a", "b")
             .collect())
    if not pairs.height:
        return left, right
    longer = pl.col("a").str.len_bytes() > pl.col("b").str.len_bytes()  # digits: bytes are characters
    swap = pairs.select(short=pl.when(longer).then("b").otherwise("a"), long=pl.when(longer).then("a").otherwise("b"))
    to_long = pl.col(key).replace(swap["short"], swap["long"])
    left = left.with_columns(to_long)
    right = right.with_columns(to_long)
    a, b = pairs.row(0)
    files = [str(left[FILE][0]) if FILE in left.columns and left.height else "", str(right[FILE][0]) if FILE in right.columns and right.height else ""]
    notes.append(msg("inputs.join.leading_zeros", count=pairs.height, left=safe_value(a), right=safe_value(b),
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


