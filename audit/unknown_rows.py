"""Why a check could not judge a row (results.md ``unknown``): the values the row lacks.

A row is ``unknown`` for a check when the check applies to it but a value the check needs is
empty or could not be read (audit.derive). The run still knows which: the derived frame has
every canonical column (null where empty or unreadable) and the ``__bad__<column>`` flags of
unreadable values, the check declares the columns it needs, the loaded table knows each
column's header per file and the input issue of each unreadable value (file, row, header).

results.json holds only the keys (``unknown_keys``, docs/results.md). :class:`UnknownKeys` is
that list — it is written as the plain list of keys — and carries, in memory only, the reason
of each key for the reports of the same run (reports.check_view, reports.explain). A report
made again from results.json (``nav-audit report``) has the keys only and says the general reason.

Which values are named for a row: every value the check reads that could not be read (such a
value always leaves the row unknown), and every empty value without which the check still could
not judge the row when all the others are filled in (a what-if on the check's own measure:
an empty decision date is not named where the check judges a pending case without one). Where
no single value is needed so (birth date or birth year would do), the empty ones that alone would
do; where nothing tells, the empty values the check declares it needs, then its optional ones.
Columns the export does not have are never named (a check lacking a whole column is
``not_evaluated``, not unknown).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import polars as pl

from audit.derive import PlannedCheck
from audit.table import FILE, ROW, LoadedTable, bad_column
from checks.base import need_columns


@dataclass(frozen=True)
class Lack:
    """One value a row lacks for a check."""

    column: str  # its canonical name
    header: str | None  # the header the mapping read it from (None: not known, e.g. a KOSTRA field)
    unreadable: bool = False  # the export has a value that could not be read (else: the value is empty)
    issue: object = None  # the input issue of an unreadable value (a catalogue Msg, or text), where known


Reason = tuple[Lack, ...]


class UnknownKeys(list):
    """The sorted keys of the rows a check could not judge — exactly the list results.json
    holds — with, in memory only, why: ``reasons[codes[i]]`` is what key ``i`` lacks (an empty
    reason: nothing the check reads is empty or unreadable in that row)."""

    def __init__(self, keys=(), reasons: list[Reason] | None = None, codes: list[int] | None = None) -> None:
        super().__init__(keys)
        self.reasons: list[Reason] = reasons if reasons is not None else []
        self.codes: list[int] = codes if codes is not None else []


@dataclass
class RowSources:
    """What the loaded table says about its values: headers per file and the input issues."""

    present: set[str]  # canonical columns the input has
    headers: dict[tuple[str, str], str]  # (file, canonical) -> header
    first_header: dict[str, str]  # canonical -> the header of the first file that has it
    issues: dict[tuple[str, int, str], object]  # (file, row, header) -> Msg or text

    @classmethod
    def of(cls, table: LoadedTable) -> "RowSources":
        headers: dict[tuple[str, str], str] = {}
        first: dict[str, str] = {}
        for s in table.sources:
            for canon, header in s.headers.items():
                headers[(s.path, canon)] = header
                first.setdefault(canon, header)
        issues = {(i.file, i.row, i.column): (i.text if i.text is not None else i.message) for i in table.issues}
        present = {c for c in table.frame.columns if not c.startswith("__")}
        return cls(present, headers, first, issues)


_DERIVED = re.compile(r"^c\d+_")  # audit.derive's columns of each check


def _filler(frame: pl.DataFrame, column: str, as_of) -> pl.Expr:
    """A value of the column's type standing in for an empty one (the what-if of :func:`_lacking`)."""
    dtype = frame.schema[column]
    if dtype == pl.Date:
        return pl.lit(as_of, dtype=pl.Date)
    if dtype == pl.Boolean:
        return pl.lit(True)
    if dtype.is_numeric():
        return pl.lit(1, dtype=dtype)
    values = frame[column].drop_nulls()
    return pl.lit(values[0] if values.len() else "x", dtype=dtype)


def _lacking(rows: pl.DataFrame, plan: PlannedCheck, columns: list[str]) -> pl.DataFrame:
    """Per unknown row and column of ``columns``: ``e:<c>`` the row lacks the value (it is empty and
    the check cannot judge the row without it), ``b:<c>`` the value could not be read.

    An unreadable value always makes the row unknown (audit.derive). An empty one is named when
    the row, with every other empty or unreadable value filled in, still could not be judged; where
    no single value is needed so (one of several would do: birth date or birth year), those that
    alone would let the check judge the row; where neither tells, every empty value the check
    declares it needs (and then its empty optional ones)."""
    check, ctx = plan.check, plan.ctx
    ok = check.measure.expr(ctx).is_not_null()
    if check.in_force_by:
        ok = ok & pl.col(check.in_force_by).is_not_null()
    fill = {c: _filler(rows, c, ctx.as_of) for c in columns}
    bad = {c: (pl.col(bad_column(c)).fill_null(False) if bad_column(c) in rows.columns else pl.lit(False))
           for c in columns}
    empty = {c: pl.col(c).is_null() & ~bad[c] for c in columns}
    flags = rows.select([*(e.alias(f"e:{c}") for c, e in empty.items()), *(b.alias(f"b:{c}") for c, b in bad.items())])

    def judged(filled: list[str]) -> pl.Series:
        filled = list(dict.fromkeys(filled))
        return rows.with_columns([pl.col(c).fill_null(fill[c]) for c in filled]).select(ok.fill_null(False)).to_series()

    anybad = [c for c in columns if flags[f"b:{c}"].any()]
    needed = {c: flags[f"e:{c}"] & ~judged([x for x in columns if x != c]) for c in columns if flags[f"e:{c}"].any()}
    none_needed = pl.Series([True] * rows.height)  # and nothing unreadable: nothing named yet
    for s in [*needed.values(), *(flags[f"b:{c}"] for c in anybad)]:
        none_needed = none_needed & ~s
    alone = {c: flags[f"e:{c}"] & judged([c]) & none_needed for c in needed}
    declared = set(need_columns(check.needs)) | ({check.in_force_by} if check.in_force_by else set())
    out = {}
    for c in columns:
        named = flags[f"e:{c}"] & False
        if c in needed:
            named = needed[c] | alone[c]
        out[f"e:{c}"] = named
    nothing = pl.Series([True] * rows.height)
    for c in columns:
        nothing = nothing & ~out[f"e:{c}"] & ~flags[f"b:{c}"]
    for c in columns:  # neither tells: the empty values the check declares it needs, else its optional ones
        if c in declared:
            out[f"e:{c}"] = out[f"e:{c}"] | (nothing & flags[f"e:{c}"])
    still = nothing.clone()
    for c in columns:
        still = still & ~out[f"e:{c}"]
    for c in columns:
        if c in check.optional and c not in declared:
            out[f"e:{c}"] = out[f"e:{c}"] | (still & flags[f"e:{c}"])
    return pl.DataFrame({**out, **{f"b:{c}": flags[f"b:{c}"] for c in columns}})


def _declared(rows: pl.DataFrame, check, columns: list[str]) -> pl.DataFrame:
    """The unreadable values and the empty values the check declares it needs (no what-if)."""
    declared = set(need_columns(check.needs)) | ({check.in_force_by} if check.in_force_by else set())
    bad = {c: (pl.col(bad_column(c)).fill_null(False) if bad_column(c) in rows.columns else pl.lit(False))
           for c in columns}
    return rows.select([*((pl.col(c).is_null() & ~bad[c] & pl.lit(c in declared)).alias(f"e:{c}") for c in columns),
                        *(b.alias(f"b:{c}") for c, b in bad.items())])


def unknown_keys(frame: pl.DataFrame, plan: PlannedCheck, unknown: np.ndarray, key: str,
                 src: RowSources) -> UnknownKeys:
    """The keys of the rows marked in ``unknown`` (sorted, as results.json lists them) and why."""
    check = plan.check
    # the canonical and bookkeeping columns only (not the other checks' derived columns)
    rows = frame.select([c for c in frame.columns if not _DERIVED.match(c)]).filter(pl.Series(unknown))
    rows = rows.sort(key, maintain_order=True)
    keys = rows[key].to_list()
    reads = [*need_columns(check.needs), *check.optional, *check.applies_to.uses,
             *([check.in_force_by] if check.in_force_by else [])]
    columns = [c for c in dict.fromkeys(reads) if c in src.present and c in rows.columns]
    if not keys or not columns:
        return UnknownKeys(keys, [()], [0] * len(keys))
    try:
        lacking = _lacking(rows, plan, columns)
    except pl.exceptions.PolarsError:  # a what-if the check's expressions cannot take: name by declaration
        lacking = _declared(rows, check, columns)
    # per row what it lacks as the bits of one number: the few combinations are named once
    # (a million unknown rows: no Python object per row but its code)
    assert len(columns) <= 31, check.id
    mask = pl.lit(0, dtype=pl.UInt64)
    for i, c in enumerate(columns):
        mask = mask | (pl.col(f"e:{c}").cast(pl.UInt64) * (1 << 2 * i)) | (pl.col(f"b:{c}").cast(pl.UInt64) * (1 << 2 * i + 1))
    masks = lacking.select(mask.alias("m"))["m"]
    distinct = masks.unique(maintain_order=True).to_list()
    code_list = masks.replace_strict(distinct, list(range(len(distinct))), return_dtype=pl.Int64).to_list()
    reasons: list[Reason] = []
    with_bad: list[int] = []  # combinations holding an unreadable value: their rows get their own reasons
    for i, m in enumerate(distinct):
        reasons.append(tuple(Lack(c, src.first_header.get(c), bool(m >> 2 * j + 1 & 1))
                             for j, c in enumerate(columns) if m >> 2 * j & 3))
        if any(x.unreadable for x in reasons[-1]):
            with_bad.append(i)
    if with_bad and FILE in rows.columns and ROW in rows.columns:
        seen: dict[tuple, int] = {}  # by the lacks' columns, headers and issues (a Msg is not hashable)
        files, line = rows[FILE].to_list(), rows[ROW].to_list()
        for r in np.flatnonzero(np.isin(np.asarray(code_list), with_bad)).tolist():
            reason = tuple(_for_row(lack, files[r], line[r], src) for lack in reasons[code_list[r]])
            same = tuple((x.column, x.header, x.unreadable, id(x.issue)) for x in reason)
            code = seen.get(same)
            if code is None:
                code = seen[same] = len(reasons)
                reasons.append(reason)
            code_list[r] = code
    return UnknownKeys(keys, reasons, code_list)


def _for_row(lack: Lack, file: str | None, row: int | None, src: RowSources) -> Lack:
    """``lack`` with the header of the row's file and, for an unreadable value, its input issue."""
    if not lack.unreadable:
        return lack
    header = src.headers.get((file, lack.column), lack.header) if file is not None else lack.header
    issue = src.issues.get((file, row, header)) if header is not None and row is not None else None
    return Lack(lack.column, header, True, issue)
