"""Trimming and parsing a column once per distinct text rather than once per row.

Reading a cell (trim, then parse a date, a yes/no, a number or a code) depends on the
cell's text alone. An export repeats its texts: a million rows hold a few thousand dates,
a handful of yes/no words, codes, offices and caseworkers. So a column whose distinct
texts are few is coded by its distinct texts (:func:`encode`: per row the number of its
text), the distinct texts are trimmed and parsed once each (polars), and each row takes
its value by its number (a gather): the same values as parsing every row, for a fraction
of the work. Columns of mostly distinct texts (the key, free text) are read row by row
as before. The identity guard looks at the distinct texts of a coded column too
(audit.inputs.identity). ``tests/test_distinct_reading.py`` compares both ways on every kind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import polars as pl

from audit.values import clean_text

SAMPLE = 10_000  # rows looked at to guess whether a column repeats its texts
FEW = 4  # parse the distinct texts when there are at most 1/FEW as many as rows

ParseFn = Callable[[pl.DataFrame], pl.Series]  # the cleaned column (named as its header) -> the typed values


@dataclass
class Encoded:
    """A column as the number of each row's text among its distinct texts."""

    codes: pl.Series  # UInt32 per row: the position of the row's text in ``texts``
    texts: pl.Series  # the distinct texts, and last a null (the rows without a text)


def _candidates(frame: pl.DataFrame, headers: list[str]) -> list[str]:
    """The text columns whose first rows repeat their texts (not the key, not free text)."""
    if frame.height < 2 * SAMPLE:
        return []
    schema = frame.schema
    head = frame.head(SAMPLE)
    return [h for h in headers if schema.get(h) == pl.Utf8 and head.get_column(h).n_unique() * 2 <= SAMPLE]


def encode(frame: pl.DataFrame, headers: list[str]) -> dict[str, Encoded]:
    """The columns among ``headers`` that repeat their texts enough to pay off, each coded by its
    distinct texts, in one polars pass over the columns (in parallel)."""
    names = _candidates(frame, headers)
    if not names:
        return {}
    n = frame.height
    out: dict[str, Encoded] = {}
    if hasattr(pl, "Categories"):  # polars >= 1.32: a categorical of its own per column, numbered from 0
        coded = frame.select([pl.col(h).cast(pl.Categorical(pl.Categories.random())) for h in names])
        for h in names:
            column = coded.get_column(h)
            texts = column.dtype.categories.to_series()  # its texts in the order of their numbers
            if texts.len() * FEW <= n:
                out[h] = _encoded(column.to_physical(), texts, h)
        return out
    for h in names:  # older polars: the distinct texts as an enum
        texts = frame.get_column(h).drop_nulls().unique()
        if texts.len() * FEW <= n:
            out[h] = _encoded(frame.get_column(h).cast(pl.Enum(texts)).to_physical(), texts, h)
    return out


def _encoded(codes: pl.Series, texts: pl.Series, header: str) -> Encoded:
    k = texts.len()
    texts = texts.cast(pl.Utf8).extend(pl.Series([None], dtype=pl.Utf8)).alias(header)
    return Encoded(codes=codes.cast(pl.UInt32).fill_null(k), texts=texts)


def read_column(frame: pl.DataFrame, header: str, parse: ParseFn,
                encoded: Encoded | None = None) -> tuple[pl.Series, pl.Series]:
    """``parse`` applied to the trimmed text of ``frame[header]``, and where a value is present
    (not blank after trimming); per row, in the frame's order. ``encoded`` (from :func:`encode`):
    parsed once per distinct text."""
    source = pl.DataFrame({header: encoded.texts}) if encoded is not None else frame.select(header)
    cleaned = source.select(clean_text(pl.col(header)).alias(header))
    value, present = parse(cleaned), cleaned.get_column(header).is_not_null()
    if encoded is None:
        return value, present.alias(header)
    return value.gather(encoded.codes), present.gather(encoded.codes).alias(header)
