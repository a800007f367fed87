"""Coding a check's cases for the case sheets (issue 18): each group of columns as dense codes
per row and its distinct values, so that each distinct value becomes its cells once.

:func:`case_source_frame` takes a check's cases as the run holds them (a columnar
:class:`audit.case_frame.CaseFrame`) or as a results file gives them (case dicts, coded in one
Python pass with :class:`_Coder`); :func:`components` codes columns of a frame with polars: a
column by its distinct values in order of appearance, several columns by their codes mixed
arithmetically. :mod:`reports.case_sheet` makes the cells.
"""

from __future__ import annotations

from typing import Any, Callable

import orjson
import polars as pl

import reports.explain as explain
from reports.check_view import is_case_frame
from reports.values import as_list


class _Coder:
    """Codes of a group's per-case components, numbered by first appearance: one pass over dicts."""

    def __init__(self) -> None:
        self.index: dict = {}
        self.distinct: list[tuple] = []
        self.codes: list[int] = []

    def add(self, key: Any, comps: tuple) -> None:
        code = self.index.get(key)
        if code is None:
            code = self.index[key] = len(self.distinct)
            self.distinct.append(comps)
        self.codes.append(code)


def _tagger() -> Callable[[Any], Any]:
    """A hashable key of a value that keeps types apart (1, 1.0 and True) and compares dicts and
    lists by content (serialised once per object: the dicts of a materialised run share them)."""
    dumped: dict[int, bytes] = {}

    def tag(x: Any) -> Any:
        if x is None or isinstance(x, str):
            return x
        if isinstance(x, (dict, list)):
            key = dumped.get(id(x))
            if key is None:
                key = dumped[id(x)] = orjson.dumps(x, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS,
                                                   default=str)
            return (dict, key)
        return (x.__class__, x)
    return tag


def case_source_frame(source: Any, unit: str | None, details: list[str]) -> tuple[pl.DataFrame, dict[str, _Coder]]:
    """A check's cases (sorted worst first by the view model) as one frame, and for case dicts
    the codes of each group of cells.

    The run's :class:`audit.case_frame.CaseFrame` stays columnar: its facts and details become
    one column per detail (``d:<name>``; details win, as in the view model); no codes. A list of
    case dicts (a results file, or results annotated by the history) is coded in one Python pass:
    its frame holds only the keys."""
    if is_case_frame(source):
        f = source.frame
        extra = []
        for name in details:
            for col in ("details", "facts"):
                dtype = f.schema.get(col)
                if isinstance(dtype, pl.Struct) and name in [x.name for x in dtype.fields]:
                    extra.append(pl.col(col).struct.field(name).alias(f"d:{name}"))
                    break
        return (f.with_columns(extra) if extra else f), {}
    cases = [c for c in as_list(source) if isinstance(c, dict)]
    names = ["level", "value_unit", "rule", "reason", "office", "municipality", "caseworker", "life",
             *[f"d:{d}" for d in details]]
    coders = {name: _Coder() for name in names}
    level_c, vu_c, rule_c, reason_c = (coders[x] for x in names[:4])
    where = [(coders[x], x) for x in ("office", "municipality", "caseworker")]
    life_c = coders["life"]
    detail_c = [(coders[f"d:{d}"], d) for d in details]
    tag = _tagger()
    keys = []
    for c in cases:
        level = str(c.get("level") or "")
        get = c.get
        value, case_unit = get("value"), get("unit") if isinstance(get("unit"), str) else unit
        key = get("key")
        keys.append(None if key is None else str(key))
        level_c.add(level, (level,))
        vt = tag(value)
        facts = get("facts")
        comparison = facts.get("comparison") if isinstance(facts, dict) else None
        reasoned = isinstance(get("reason"), dict)
        vu_c.add((vt, case_unit, tag(get("limit")), comparison, reasoned),
                 (value, case_unit, get("limit"), comparison, reasoned))
        rule_c.add(tag(get("rule")), (get("rule"),))
        reason_c.add((tag(get("reason")), value is None, level), (get("reason"), value is None, level))
        for coder, name in where:
            coder.add(tag(get(name)), (get(name),))
        life = ("lifecycle" in c, get("lifecycle"), "follow_ups" in c, get("follow_ups"))
        life_c.add((life[0], tag(life[1]), life[2], tag(life[3])), life)
        if details:
            facts, own = get("facts"), get("details")
            merged = {**explain.facts_items(facts), **own} if isinstance(own, dict) else explain.facts_items(facts)
            for coder, name in detail_c:
                x = merged.get(name)
                coder.add(tag(x), (x,))
    return pl.DataFrame({"key": pl.Series("key", keys, dtype=pl.Utf8)}), coders


def _codes(s: pl.Series) -> tuple[pl.Series | None, int]:
    """Dense codes (UInt64) of a column's values, null last, and how many there are; None when constant."""
    u = s.drop_nulls().unique()
    k = len(u) + (1 if s.null_count() else 0)
    if k <= 1:
        return None, k
    codes = s.replace_strict(u, pl.int_range(len(u), dtype=pl.UInt64, eager=True), default=None,
                             return_dtype=pl.UInt64)
    return codes.fill_null(len(u)), k


def components(frame: pl.DataFrame, exprs: list[pl.Expr]) -> tuple[pl.Series | None, list[tuple]]:
    """Row codes (UInt32; None when every row has the same) and the distinct component tuples of
    ``exprs`` over ``frame`` (scalar expressions). Each column is coded on its own and the codes
    mixed arithmetically: no string key is built, long texts (reasons) are hashed once."""
    comp = frame.select([e.alias(f"c{i}") for i, e in enumerate(exprs)])
    if comp.width == 1:  # one column (offices, caseworkers, details): its distinct values, in order
        s = comp.to_series()
        u = s.unique(maintain_order=True)
        if len(u) <= 1:
            return None, comp.head(1).rows()
        given = u.is_not_null()
        at = pl.int_range(len(u), dtype=pl.UInt32, eager=True)
        null_at = at.filter(~given)
        if s.dtype == pl.Utf8:  # texts: an Enum of the distinct texts numbers them (one hash pass)
            nulls = int(null_at[0]) if len(null_at) else None
            codes = s.cast(pl.Enum(u.filter(given))).to_physical().cast(pl.UInt32)
            if nulls is not None:  # the null's place in u: the codes of the texts after it move up one
                codes = pl.select(pl.when(codes.is_null()).then(nulls).when(codes >= nulls).then(codes + 1)
                                  .otherwise(codes).cast(pl.UInt32)).to_series()
        else:
            codes = s.replace_strict(u.filter(given), at.filter(given), default=null_at[0] if len(null_at) else None,
                                     return_dtype=pl.UInt32)
        return codes, [(x,) for x in u.to_list()]
    key, size = None, 1
    for name in comp.columns:
        codes, k = _codes(comp[name])
        if codes is None:
            continue
        if key is not None and size * k >= 2**63:  # re-number the mix so far densely first
            key, size = _codes(key)
        key, size = (codes, k) if key is None else (key * k + codes, size * k)
    if key is None:
        return None, comp.head(1).rows()
    first = key.is_first_distinct().arg_true()
    distinct = key.gather(first)
    codes = key.replace_strict(distinct, pl.int_range(len(first), dtype=pl.UInt32, eager=True),
                               return_dtype=pl.UInt32)
    return codes, comp[first].rows()
