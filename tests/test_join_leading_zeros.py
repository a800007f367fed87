"""Joining several files on the key: a number written with and without leading zeros (a KOSTRA
journal number 00001234, a workbook's 1234) names one case when it names exactly one unmatched key
on each side. audit.inputs.join._same_number_keys does this in polars (perf lane); here it is
compared with the Python-set version it replaced (kept below as the reference), on hand-picked
ambiguous keys and on random key sets, for the keys it rewrites and the note the run prints.
"""

from __future__ import annotations

import random

import polars as pl
import pytest

from audit.inputs.join import _same_number_keys, join_tables
from audit.privacy import safe_value
from audit.table import FILE
from audit.text import msg


def _reference(left: pl.DataFrame, right: pl.DataFrame, key: str, notes: list):
    """The implementation before the perf lane (Python sets of the keys), verbatim but for its name."""
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
    files = [str(left[FILE][0]) if FILE in left.columns and left.height else "",
             str(right[FILE][0]) if FILE in right.columns and right.height else ""]
    notes.append(msg("inputs.join.leading_zeros", count=len(pairs), left=safe_value(a), right=safe_value(b),
                     left_file=files[0], right_file=files[1]))
    return left, right


def _both(left_keys: list, right_keys: list, dtype=pl.String):
    left = pl.DataFrame({"case_id": pl.Series(left_keys, dtype=dtype), FILE: "11cf.txt",
                         "row": list(range(len(left_keys)))})
    right = pl.DataFrame({"case_id": pl.Series(right_keys, dtype=dtype), FILE: "gjennomgang.xlsx",
                          "row": list(range(len(right_keys)))})
    got_notes, want_notes = [], []
    got = _same_number_keys(left, right, "case_id", got_notes)
    want = _reference(left, right, "case_id", want_notes)
    return got, want, got_notes, want_notes


def _assert_same(left_keys, right_keys, dtype=pl.String):
    got, want, got_notes, want_notes = _both(left_keys, right_keys, dtype)
    for g, w in zip(got, want):
        assert g.equals(w), (g, w)
        assert g.schema == w.schema
    assert got_notes == want_notes
    return got, got_notes


def test_one_unmatched_key_per_number_on_each_side_is_matched_and_said():
    (left, right), notes = _assert_same(["00001234", "0005", "K-7", "42"], ["1234", "5", "K-7", "42", "9"])
    assert left["case_id"].to_list() == ["00001234", "0005", "K-7", "42"]
    assert right["case_id"].to_list() == ["00001234", "0005", "K-7", "42", "9"]
    assert len(notes) == 1 and notes[0].values["count"] == 2
    assert (notes[0].values["left"], notes[0].values["right"]) == ("00001234", "1234")  # the smallest pair


@pytest.mark.parametrize("left_keys, right_keys", [
    (["0001", "01"], ["1"]),                   # ambiguous on the left
    (["1"], ["0001", "01"]),                   # ambiguous on the right
    (["0001", "01"], ["1", "001"]),            # ambiguous on both sides
    (["0001", "1"], ["1", "01"]),              # 1 is written the same on both sides: 0001 and 01 remain
    (["000", "0"], ["00"]),                    # zeros alone are the number 0
    (["", "0"], ["00", ""]),                   # an empty key is no number
    (["١٢٣", "0123"], ["123", "123 "]),        # other digits and blanks are not ASCII digits
    (["12", None, "0034"], [None, "012", "34"]),
    (["+12", "-0012", "1e3", "0x1"], ["12", "0012", "1000", "1"]),
])
def test_ambiguous_and_odd_keys_are_matched_as_before(left_keys, right_keys):
    _assert_same(left_keys, right_keys)


def test_nothing_to_match_and_number_columns_are_left_as_they_are():
    (left, right), notes = _assert_same(["A", "B"], ["A", "C"])
    assert notes == [] and left["case_id"].to_list() == ["A", "B"]
    _assert_same([], [])
    _assert_same([1, 2], [1, 3], dtype=pl.Int64)
    _assert_same([None, None], [None], dtype=pl.String)


@pytest.mark.parametrize("seed", range(12))
def test_random_key_sets_match_as_the_python_sets_did(seed):
    rnd = random.Random(seed)

    def key() -> str | None:
        n = rnd.randrange(0, 40)
        kind = rnd.random()
        if kind < 0.04:
            return None
        if kind < 0.1:
            return f"K-{n}"
        return "0" * rnd.randrange(0, 4) + str(n) if n or rnd.random() < 0.5 else "0" * rnd.randrange(1, 3)

    left = [key() for _ in range(rnd.randrange(0, 60))]
    right = [key() for _ in range(rnd.randrange(0, 60))]
    _assert_same(left, right)


def test_a_join_of_two_files_uses_the_matched_keys():
    from audit.datasets import get_dataset
    from audit.table import LoadedTable, ROW

    ds = get_dataset("kvp")
    a = LoadedTable(dataset="kvp", frame=pl.DataFrame({"case_id": ["00001234", "0005"], "office": ["NAV A", "NAV B"],
                                                        FILE: "a.csv", ROW: [2, 3]}), issues=[], sources=[], notes=[])
    b = LoadedTable(dataset="kvp", frame=pl.DataFrame({"case_id": ["1234", "7"], "caseworker": ["S1", "S2"],
                                                        FILE: "b.xlsx", ROW: [2, 3]}), issues=[], sources=[], notes=[])
    joined = join_tables([a, b], ds)
    rows = joined.frame.sort("case_id").select("case_id", "office", "caseworker").rows()
    assert rows == [("00001234", "NAV A", "S1"), ("0005", "NAV B", None), ("7", None, "S2")]
    assert [n.values["count"] for n in joined.notes] == [1]
