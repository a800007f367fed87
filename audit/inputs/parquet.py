"""Parquet reader: every column as text, as the other readers give it."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from audit.errors import InputError
from audit.inputs.mapping import Mapping
from audit.inputs.raw import RawTable, dedupe_check as _dedupe_check
from audit.privacy import safe_value
from audit.table import ROW


def _as_text(frame: pl.DataFrame, c: str) -> pl.Expr:
    dtype = frame.schema[c]
    col = pl.col(c)
    if dtype == pl.Date:
        return col.dt.strftime("%Y-%m-%d")
    if isinstance(dtype, pl.Datetime):
        if dtype.time_zone:
            col = col.dt.convert_time_zone("Europe/Oslo").dt.replace_time_zone(None)
        return col.dt.strftime("%Y-%m-%d %H:%M:%S").str.replace(" 00:00:00$", "")
    if dtype.is_nested() or dtype in (pl.Binary, pl.Object) or isinstance(dtype, (pl.Binary, pl.Object)):
        return col.map_elements(lambda v: safe_value(v, 200), return_dtype=pl.Utf8, skip_nulls=True)
    return col.cast(pl.Utf8)


def read_parquet(path: Path, mapping: Mapping | None = None) -> RawTable:
    try:
        frame = pl.read_parquet(path)
    except Exception as exc:  # noqa: BLE001
        raise InputError(f"filen er ikke en gyldig Parquet-fil ({safe_value(str(exc).splitlines()[0] if str(exc) else exc, 120)})",
                         file=str(path), hint="Skriv filen på nytt, eller eksporter til CSV.") from None
    headers = list(frame.columns)
    _dedupe_check(headers, str(path))
    try:
        frame = frame.select([_as_text(frame, c).alias(c) for c in headers])
    except pl.exceptions.PolarsError as exc:
        raise InputError(f"kolonnene kan ikke leses som tekst ({safe_value(str(exc).splitlines()[0], 120)})",
                         file=str(path)) from None
    frame = frame.with_row_index(ROW, offset=2).with_columns(pl.col(ROW).cast(pl.Int64))
    return RawTable(str(path), "parquet", frame, headers, {})

