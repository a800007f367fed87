"""Property-based tests (hypothesis): any text gives a typed value or null, any small file a table or a
clean InputError, never another exception."""

from __future__ import annotations

import datetime as dt
import os
import string

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.datasets import BOOL, CATEGORY, DATE, INT, NUM, TEXT, get_dataset
from audit.errors import InputError
from audit.inputs import read_raw, to_canonical
from audit.inputs.mapping import Mapping
from audit.table import LoadedTable
from audit.values import (
    MAX_YEAR,
    MIN_YEAR,
    clean_text,
    issue_message,
    parse_bool,
    parse_category,
    parse_column,
    parse_date,
    parse_date_series,
    parse_int,
    parse_number,
)

# NAV_AUDIT_EXAMPLES=5000 for a deeper search than the suite's default.
EXAMPLES = int(os.environ.get("NAV_AUDIT_EXAMPLES", "150"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Text that looks like what exports hold, plus anything at all.
DATEISH = st.one_of(
    st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)).map(lambda d: d.isoformat()),
    st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)).map(lambda d: f"{d.day}.{d.month}.{d.year}"),
    st.builds(lambda a, b, c, sep: f"{a}{sep}{b}{sep}{c}", st.integers(-99, 99999), st.integers(-99, 99),
              st.integers(-99, 99999), st.sampled_from([".", "-", "/", " ", ""])),
    st.integers(-10**12, 10**12).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    # a month as a word, right or wrong («1. mars 2025», «Mar 31, 2025», «31. feb 2025», «1. marz 2025»)
    st.builds(lambda a, word, c, dot, first: f"{word}{dot} {a}, {c}" if first else f"{a}.{dot} {word}{dot} {c}",
              st.integers(-9, 40), st.sampled_from(["mars", "MAI", "des", "Sept", "okt", "may", "marz", "feb"]),
              st.integers(1800, 2300), st.sampled_from(["", "."]), st.booleans()),
)
NUMBERISH = st.one_of(
    st.integers(-(10**30), 10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.floats(allow_nan=False, allow_infinity=False).map(lambda f: f"{f:,.3f}".replace(",", " ").replace(".", ",")),
    st.text(alphabet="0123456789+-.,e E\u00a0\u202f", max_size=25),
)
ANYTEXT = st.one_of(st.text(max_size=40), DATEISH, NUMBERISH,
                    st.sampled_from(["ja", "NEI", "x", "X", "Yes", "0", "1", "true", "", " ", "\u00a0"]))
VALUES = st.lists(st.one_of(st.none(), ANYTEXT), min_size=1, max_size=30)


def _column(values: list[str | None]) -> pl.DataFrame:
    return pl.DataFrame({"v": values}, schema={"v": pl.Utf8}).with_columns(clean_text(pl.col("v")).alias("c"))


@SETTINGS
@given(st.lists(st.one_of(st.none(), DATEISH, ANYTEXT), min_size=1, max_size=30),
       st.one_of(st.none(), st.sampled_from(["%d.%m.%y", "%Y%m%d", "%d/%m/%Y", "%m/%d/%Y %H:%M", "%Y-%m-%d"])))
def test_column_wise_date_parsing_equals_the_expression(values, date_format):
    f = _column(values)
    expected = f.select(parse_date(pl.col("c"), date_format)).to_series().to_list()
    assert parse_date_series(f["c"], date_format).to_list() == expected


@SETTINGS
@given(VALUES, st.one_of(st.none(), st.sampled_from(["%d.%m.%y", "%Y%m%d", "%d/%m/%Y", "%m/%d/%Y %H:%M"])))
def test_parse_date_gives_a_date_in_range_or_null(values, date_format):
    f = _column(values).select(parse_date(pl.col("c"), date_format).alias("d"), pl.col("c"))
    assert f.schema["d"] == pl.Date
    for d, c in f.iter_rows():
        if c is None:
            assert d is None
        if d is not None:
            assert MIN_YEAR <= d.year <= MAX_YEAR


@given(st.dates(dt.date(MIN_YEAR, 1, 1), dt.date(MAX_YEAR, 12, 31)))
@SETTINGS
def test_every_supported_date_form_reads_back(d):
    forms = [d.isoformat(), f"{d.day}.{d.month}.{d.year}", f"{d:%d.%m.%Y}", f"{d.isoformat()} 13:45",
             f"{d:%d.%m.%Y} 00:00", f"{d.isoformat()}T08:30:00.250"]
    nb = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
          "desember")[d.month - 1]
    en = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")[d.month - 1]  # not %B: the test's locale must not matter
    forms += [f"{d.day}. {nb} {d.year}", f"{d.day}. {nb[:3].upper()}. {d.year}", f"{d:%d}.{nb[:3]}.{d.year}",
              f"{d.day} {en} {d.year}", f"{en[:3]} {d.day}, {d.year}", f"{d.day}. {nb} {d.year} 10:15"]
    serial = (d - dt.date(1899, 12, 30)).days
    if 10000 <= serial <= 99999:
        forms += [str(serial), f"{serial}.0"]
    f = _column(forms).select(parse_date(pl.col("c")).alias("d"))
    assert f["d"].to_list() == [d] * len(forms)


@SETTINGS
@given(VALUES)
def test_parse_bool_gives_true_false_or_null(values):
    f = _column(values).select(parse_bool(pl.col("c")).alias("b"), pl.col("c"))
    assert f.schema["b"] == pl.Boolean
    for b, c in f.iter_rows():
        if c is not None and c.lower() in ("true", "ja", "yes", "1", "x"):
            assert b is True
        elif c is not None and c.lower() in ("false", "nei", "no", "0"):
            assert b is False
        else:
            assert b is None


@SETTINGS
@given(VALUES)
def test_parse_number_and_int_give_finite_numbers_or_null(values):
    f = _column(values).select(parse_number(pl.col("c")).alias("n"), parse_int(pl.col("c")).alias("i"), pl.col("c"))
    assert f.schema["n"] == pl.Float64 and f.schema["i"] == pl.Int64
    for n, i, c in f.iter_rows():
        if n is not None:
            assert n == n and abs(n) != float("inf")
        if i is not None:
            assert n is not None and float(i) == pytest.approx(n)  # a whole number is also a number
        if c is None:
            assert n is None and i is None


@given(st.integers(-(2**63) + 1, 2**63 - 1))
@SETTINGS
def test_int_is_exact(n):
    f = _column([str(n), f"+{n}" if n >= 0 else str(n), f"{n}.0", f"{n},00"]).select(parse_int(pl.col("c")).alias("i"))
    assert f["i"].to_list() == [n] * 4


@SETTINGS
@given(VALUES, st.lists(st.text(string.ascii_letters + "_0123456789", min_size=1, max_size=8), min_size=1, max_size=6))
def test_parse_category_gives_a_known_code_or_null(values, categories):
    categories = tuple(dict.fromkeys(categories))
    f = _column(values).select(parse_category(pl.col("c"), categories).alias("k"))
    assert f.schema["k"] == pl.Utf8
    assert set(f["k"].drop_nulls().to_list()) <= set(categories)


@SETTINGS
@given(VALUES, st.sampled_from([DATE, BOOL, INT, NUM, CATEGORY, TEXT]))
def test_parse_column_marks_exactly_the_unreadable_values(values, kind):
    cats = ("granted", "refused") if kind == CATEGORY else ()
    p = parse_column(pl.col("c"), kind, categories=cats)
    f = _column(values).select(pl.col("c"), p.value.alias("v"), p.bad.alias("bad"))
    for c, v, bad in f.iter_rows():
        assert bad == (c is not None and v is None)
        if bad:
            message = issue_message(kind, c, cats)
            assert message and "\n" not in message


# ------------------------------------------------------------------ whole files

HEADER_WORDS = st.one_of(
    st.sampled_from(["case_id", "decision", "decision_date", "appeal_info", "hours_per_week", "office", "status",
                     "Saksnr", "Vedtak", "Dato", "", " ", "case_id ", "CASE_ID"]),
    st.text(max_size=12),
)
CELL = st.one_of(st.just(""), ANYTEXT, st.sampled_from(['"', '""', '"a;b"', "\r", "\n", ";", ",", "\t", "|", "\x00"]))
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"])
DELIMS = st.sampled_from([";", ",", "\t", "|", ":"])


@st.composite
def csv_bytes(draw) -> bytes:
    """Mostly plausible exports (a key column with unique ids, rows no wider than the header) with
    random headers, cells, delimiters, line ends and encodings; sometimes damaged by junk bytes."""
    delim = draw(DELIMS)
    headers = draw(st.lists(HEADER_WORDS, min_size=0, max_size=6))
    if draw(st.integers(0, 9)) < 8:
        headers.insert(draw(st.integers(0, len(headers))), draw(st.sampled_from(["case_id", "application_id"])))
    if not headers:
        headers = [""]
    n = len(headers)
    rows = []
    for i in range(draw(st.integers(0, 8))):
        cells = draw(st.lists(CELL, min_size=n, max_size=n + draw(st.sampled_from([0, 0, 0, 0, 1, 2]))))
        for j, h in enumerate(headers):
            if h in ("case_id", "application_id") and draw(st.integers(0, 9)) < 9:
                cells[j] = f"K{i}"
        rows.append(cells)
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    text = newline.join(delim.join(r) for r in [headers, *rows]) + draw(st.sampled_from(["", newline]))
    encoding = draw(ENCODINGS)
    data = text.encode(encoding, errors="replace")
    if draw(st.integers(0, 3)) == 0:  # junk: cut, flip or insert bytes
        junk = draw(st.binary(max_size=20))
        at = draw(st.integers(0, len(data)))
        data = data[:at] + junk + data[at + draw(st.integers(0, 4)):]
    return data


@SETTINGS
@given(csv_bytes(), st.sampled_from(["kvp", "stonad"]), st.booleans())
def test_any_small_csv_is_a_table_or_an_input_error(tmp_path, data, dataset, strict_mapping):
    path = tmp_path / "fil.csv"
    path.write_bytes(data)
    mapping = Mapping(dataset=dataset, delimiter=";", encoding="utf-8") if strict_mapping else None
    try:
        table = to_canonical(read_raw(path, mapping), dataset, mapping)
    except InputError as exc:
        text = str(exc)
        assert str(path) in text and "\n" not in text.strip()
        return
    assert isinstance(table, LoadedTable)
    ds = get_dataset(dataset)
    assert table.frame[ds.key].null_count() == 0 and not table.frame[ds.key].is_duplicated().any()
    for name in table.data_columns:
        col = ds.column(name)
        if col is not None:
            assert table.frame.schema[name] == col.dtype
    for issue in table.issues:
        assert issue.row >= 2 and issue.file == str(path)


@st.composite
def xlsx_rows(draw) -> list[list]:
    value = st.one_of(st.none(), ANYTEXT, st.integers(-10**15, 10**15), st.floats(allow_nan=False),
                      st.booleans(), st.datetimes(dt.datetime(1900, 3, 1), dt.datetime(2199, 12, 31)))
    headers = draw(st.lists(st.one_of(st.none(), HEADER_WORDS), min_size=1, max_size=5))
    return [headers] + draw(st.lists(st.lists(value, max_size=6), max_size=6))


@settings(max_examples=max(20, EXAMPLES // 4), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(xlsx_rows())
def test_any_small_workbook_is_a_table_or_an_input_error(tmp_path, rows):
    import openpyxl
    from openpyxl.utils.exceptions import IllegalCharacterError

    wb = openpyxl.Workbook()
    try:
        for r in rows:
            wb.active.append(r)
    except IllegalCharacterError:
        return  # openpyxl cannot write control characters; such a workbook cannot exist
    path = tmp_path / "fil.xlsx"
    wb.save(path)
    try:
        table = to_canonical(read_raw(path), "kvp")
    except InputError as exc:
        assert str(path) in str(exc)
        return
    assert table.frame["case_id"].null_count() == 0
