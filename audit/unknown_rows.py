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
from audit.text.message import Msg
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
    table: LoadedTable
    _issues: tuple[pl.DataFrame, list] | None = None

    @classmethod
    def of(cls, table: LoadedTable) -> "RowSources":
        headers: dict[tuple[str, str], str] = {}
        first: dict[str, str] = {}
        for s in table.sources:
            for canon, header in s.headers.items():
                headers[(s.path, canon)] = header
                first.setdefault(canon, header)
        present = {c for c in table.frame.columns if not c.startswith("__")}
        return cls(present, headers, first, table)

    def issues(self) -> tuple[pl.DataFrame, list]:
        """The input issues as a frame (file, row, column: the header, issue: a number) and the issue of
        each number (a Msg, or text): issues that say the same (equal messages, e.g. the same unreadable
        text in many rows) share one number. Made on first use (only rows with unreadable values need it)."""
        if self._issues is None:
            numbers: dict = {}
            said: list = []
            ids: list[int] = []
            by_object: dict[int, int] = {}  # loading shares one message among the rows of one text
            for i in self.table.issues:
                x = i.text if i.text is not None else i.message
                n = by_object.get(id(x))
                if n is None:
                    n = by_object[id(x)] = numbers.setdefault(_content(x), len(said))
                    if n == len(said):
                        said.append(x)
                ids.append(n)
            issues = self.table.issues
            frame = pl.DataFrame({"file": [i.file for i in issues], "row": [i.row for i in issues],
                                  "column": [i.column for i in issues], "issue": ids},
                                 schema={"file": pl.Utf8, "row": pl.Int64, "column": pl.Utf8, "issue": pl.Int64})
            # one issue per value (as a dict by file, row and header would keep: the last)
            self._issues = frame.unique(["file", "row", "column"], keep="last", maintain_order=True), said
        return self._issues


def _content(x: object) -> object:
    """What a message says, hashable: equal for messages that render alike in every language."""
    if isinstance(x, Msg):
        return ("msg", x.key, tuple((k, _content(v)) for k, v in x.values.items()))
    if x is None or isinstance(x, (str, int, float, bool)):
        return (type(x).__name__, x)
    return ("repr", type(x).__name__, repr(x))


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


def _used_columns(frame: pl.DataFrame, plan: PlannedCheck, columns: list[str], key: str) -> list[str]:
    """The columns of ``frame`` that :func:`_lacking`, :func:`_declared` and :func:`_with_issues` read for
    ``columns``: the key, file and row, the columns and their unreadable flags, and every column the
    check's measure (and its in-force column) names. All canonical and bookkeeping columns where the
    measure's columns cannot be told."""
    every = [c for c in frame.columns if not _DERIVED.match(c)]
    try:
        named = set(plan.check.measure.expr(plan.ctx).meta.root_names())
    except Exception:  # noqa: BLE001 - an expression polars cannot list: keep every column, as before
        return every
    wanted = {key, FILE, ROW, *columns, *(bad_column(c) for c in columns), *named}
    if plan.check.in_force_by:
        wanted.add(plan.check.in_force_by)
    return [c for c in every if c in wanted]


def unknown_keys(frame: pl.DataFrame, plan: PlannedCheck, unknown: np.ndarray, key: str,
                 src: RowSources) -> UnknownKeys:
    """The keys of the rows marked in ``unknown`` (sorted, as results.json lists them) and why."""
    check = plan.check
    reads = [*need_columns(check.needs), *check.optional, *check.applies_to.uses,
             *([check.in_force_by] if check.in_force_by else [])]
    columns = [c for c in dict.fromkeys(reads) if c in src.present and c in frame.columns]
    # the canonical and bookkeeping columns only (not the other checks' derived columns), and of
    # them those the reasons read: a copy of every column of 300 000 unknown rows per check was
    # the run's peak of memory
    rows = frame.select(_used_columns(frame, plan, columns, key)).filter(pl.Series(unknown))
    if not rows[key].is_sorted():  # an export in key order as a rule: then no copy of the rows
        rows = rows.sort(key, maintain_order=True)
    keys = rows[key].to_list()
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
    codes = masks.replace_strict(distinct, list(range(len(distinct))), return_dtype=pl.Int64)
    reasons: list[Reason] = []
    with_bad: list[int] = []  # combinations holding an unreadable value: their rows get their own reasons
    for i, m in enumerate(distinct):
        reasons.append(tuple(Lack(c, src.first_header.get(c), bool(m >> 2 * j + 1 & 1))
                             for j, c in enumerate(columns) if m >> 2 * j & 3))
        if any(x.unreadable for x in reasons[-1]):
            with_bad.append(i)
    if with_bad and FILE in rows.columns and ROW in rows.columns:
        codes = _with_issues(rows, codes, reasons, with_bad, columns, src)
    return UnknownKeys(keys, reasons, codes.to_list())


def _with_issues(rows: pl.DataFrame, codes: pl.Series, reasons: list[Reason], with_bad: list[int],
                 columns: list[str], src: RowSources) -> pl.Series:
    """The codes of the rows whose reason holds an unreadable value turned into reasons of their own:
    each such value named by the header of the row's file and with its input issue. Rows that say the
    same share a reason, appended to ``reasons`` in the order of their first row."""
    issue_frame, said = src.issues()
    bad_in = {j: [code for code in with_bad if any(x.column == c and x.unreadable for x in reasons[code])]
              for j, c in enumerate(columns)}
    bad_in = {j: codes_ for j, codes_ in bad_in.items() if codes_}
    sub = pl.DataFrame({"code": codes, "file": rows[FILE].cast(pl.Utf8), "row": rows[ROW].cast(pl.Int64)}) \
        .with_row_index("pos").filter(pl.col("code").is_in(with_bad))
    keys = ["code"]
    for j, codes_ in bad_in.items():
        c = columns[j]
        default = src.first_header.get(c)
        by_file = {f: h for (f, canon), h in src.headers.items() if canon == c}
        header = pl.lit(default, dtype=pl.Utf8)
        if by_file:
            header = pl.when(pl.col("file").is_null()).then(header).otherwise(
                pl.col("file").replace_strict(by_file, default=header, return_dtype=pl.Utf8))
        here = pl.col("code").is_in(codes_)
        sub = sub.with_columns(pl.when(here).then(header).otherwise(None).alias(f"h{j}"))
        found = issue_frame.rename({"column": f"h{j}", "issue": f"i{j}"})
        sub = sub.join(found, on=["file", "row", f"h{j}"], how="left", maintain_order="left")
        keys += [f"h{j}", f"i{j}"]
    combos = sub.select(keys).unique(maintain_order=True)
    new = []
    for combo in combos.iter_rows(named=True):
        reason = reasons[combo["code"]]
        made = []
        for lack in reason:
            if lack.unreadable:
                j = columns.index(lack.column)
                issue = combo[f"i{j}"]
                lack = Lack(lack.column, combo[f"h{j}"], True, None if issue is None else said[issue])
            made.append(lack)
        new.append(len(reasons))
        reasons.append(tuple(made))
    combos = combos.with_columns(pl.Series("new", new, dtype=pl.Int64))
    sub = sub.join(combos, on=keys, how="left", nulls_equal=True, maintain_order="left")
    return codes.scatter(sub["pos"], sub["new"])
