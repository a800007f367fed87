"""Trimming and parsing a column once per distinct text rather than once per row.

Reading a cell (trim, then parse a date, a yes/no, a number or a code) depends on the
cell's text alone. An export repeats its texts: a million rows hold a few thousand dates,
a handful of yes/no words, codes, offices and caseworkers. So a column whose distinct
texts are few is trimmed and parsed once per distinct text (polars), and the results are
joined back to the rows on the raw text: the same values as parsing every row, for a
fraction of the work. Columns of mostly distinct texts (the key, free text) are read row
by row as before. ``tests/test_distinct_reading.py`` compares both ways on every kind.
"""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

from audit.values import clean_text

SAMPLE = 10_000  # rows looked at to guess whether a column repeats its texts
FEW = 4  # parse the distinct texts when there are at most 1/FEW as many as rows

ParseFn = Callable[[pl.DataFrame], pl.Series]  # the cleaned column (named as its header) -> the typed values


def _repeats(column: pl.Series) -> pl.Series | None:
    """The distinct texts of ``column`` when they are few enough to pay off, else None."""
    n = column.len()
    if n < 2 * SAMPLE or column.dtype != pl.Utf8:
        return None
    if column.head(SAMPLE).n_unique() * 2 > SAMPLE:  # the first rows are mostly distinct: the key, free text
        return None
    distinct = column.unique()
    return distinct if distinct.len() * FEW <= n else None


def read_column(frame: pl.DataFrame, header: str, parse: ParseFn) -> tuple[pl.Series, pl.Series]:
    """``parse`` applied to the trimmed text of ``frame[header]``, and where a value is present
    (not blank after trimming); per row, in the frame's order."""
    column = frame.get_column(header)
    distinct = _repeats(column)
    source = pl.DataFrame({header: distinct}) if distinct is not None else frame.select(header)
    cleaned = source.select(clean_text(pl.col(header)).alias(header))
    value, present = parse(cleaned), cleaned.get_column(header).is_not_null()
    if distinct is None:
        return value, present.alias(header)
    table = pl.DataFrame({"_raw": distinct, "_value": value, "_present": present})
    rows = frame.select(pl.col(header).alias("_raw")).join(table, on="_raw", how="left", nulls_equal=True,
                                                           maintain_order="left")
    return rows.get_column("_value").alias(value.name), rows.get_column("_present").alias(header)
