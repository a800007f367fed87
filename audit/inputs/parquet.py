"""Parquet reader: every column as text, as the other readers give it."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from audit.errors import InputError
from audit.inputs.mapping import Mapping
from audit.inputs.raw import RawTable, dedupe_check as _dedupe_check
from audit.privacy import safe_value
from audit.limits import MAX_FIELD_CHARS
from audit.table import ROW
from audit.text import msg, plural


# Days since 1970-01-01 of 0001-01-01 and 9999-12-31: outside, polars' date formatting panics (a Rust panic
# that is not even an Exception); such a date is no date of a case anyway.
_MIN_DAY, _MAX_DAY = -719_162, 2_932_896
_PER_DAY = {"ms": 86_400_000, "us": 86_400_000_000, "ns": 86_400_000_000_000}


def _check_dates(frame: pl.DataFrame, path: Path) -> None:
    """Refuse (exit 2) a date or timestamp outside the years 1–9999, naming the column and the row."""
    schema = frame.schema
    for c, dtype in schema.items():
        if dtype == pl.Date:
            n = pl.col(c).cast(pl.Int32)
            lo, hi = _MIN_DAY, _MAX_DAY
        elif isinstance(dtype, pl.Datetime):
            n = pl.col(c).cast(pl.Int64)
            k = _PER_DAY.get(dtype.time_unit or "us", 86_400_000_000)
            lo, hi = _MIN_DAY * k, (_MAX_DAY + 1) * k - 1
        else:
            continue
        bad = frame.with_row_index("__i").filter((n < lo) | (n > hi))
        if bad.height:
            raise InputError(msg(plural("inputs.parquet.date_range", bad.height), count=bad.height), file=str(path),
                             row=int(bad["__i"][0]) + 2, column=c, hint=msg("inputs.parquet.date_range_hint"))


def _as_text(frame: pl.DataFrame, c: str, dtype: pl.DataType) -> pl.Expr:
    col = pl.col(c)
    if dtype == pl.Date:
        return col.dt.strftime("%Y-%m-%d")
    if isinstance(dtype, pl.Datetime):
        if dtype.time_zone:
            col = col.dt.convert_time_zone("Europe/Oslo").dt.replace_time_zone(None)
        return col.dt.strftime("%Y-%m-%d %H:%M:%S").str.replace(" 00:00:00$", "")
    if dtype.is_nested() or dtype in (pl.Binary, pl.Object) or isinstance(dtype, (pl.Binary, pl.Object)):
        return col.map_elements(_nested_text, return_dtype=pl.Utf8, skip_nulls=True)
    if dtype.is_float():  # pandas writes an integer, 0/1 or count column with a gap as float64, the gap NaN
        whole = col.is_finite() & (col == col.floor()) & (col.abs() < 2.0 ** 53)
        return (pl.when(col.is_nan()).then(None)  # pandas' empty cell
                .when(whole).then(col.cast(pl.Int64, strict=False).cast(pl.Utf8))  # 1.0 is «1», as an XLSX cell gives it
                .otherwise(col.cast(pl.Utf8)))
    return col.cast(pl.Utf8)


def _nested_text(v: object) -> str:
    """A list, struct or bytes value as text, unmasked: the identity guard reads it next (a value masked here
    would hide a number from the guard, and the column would be carried on as «<dict>»)."""
    import json

    if isinstance(v, pl.Series):
        v = v.to_list()
    if isinstance(v, (bytes, bytearray, memoryview)):
        return bytes(v).decode("utf-8", "replace")[:MAX_FIELD_CHARS]
    try:
        return json.dumps(v, ensure_ascii=False, default=str)[:MAX_FIELD_CHARS]
    except (TypeError, ValueError, RecursionError):
        return safe_value(v, 200)


def _check_metadata(path: Path) -> None:
    """The file's key-value metadata (a writer's own fields: «klient», «title») is never read as data, but a
    file that carries an identity number there is stopped as a workbook's document properties are."""
    from audit.privacy import contains_identity_number

    try:
        meta = pl.read_parquet_metadata(path)
    except Exception:  # noqa: BLE001 - read_parquet names what is wrong with the file
        return
    for key, value in meta.items():
        if key == "ARROW:schema":  # the schema, base64: its metadata is the same key-value pairs
            continue
        if contains_identity_number(key, zero_dropped=False) or contains_identity_number(value, zero_dropped=False):
            raise InputError(msg("inputs.parquet.identity_metadata", key=safe_value(key, 60)), file=str(path),
                             hint=msg("inputs.identity.column_hint"))


def read_parquet(path: Path, mapping: Mapping | None = None) -> RawTable:
    try:
        frame = pl.read_parquet(path)
    except (KeyboardInterrupt, SystemExit, MemoryError):
        raise
    except BaseException as exc:  # noqa: BLE001 - also polars' PanicException (a BaseException)
        raise InputError(msg("error.parquet.invalid", reason=safe_value(str(exc).splitlines()[0] if str(exc) else exc, 120)),
                         file=str(path), hint=msg("error.parquet.invalid_hint")) from None
    _check_metadata(path)
    headers = list(frame.columns)
    _dedupe_check(headers, str(path))
    _check_dates(frame, path)
    schema = frame.schema
    try:
        frame = frame.select([_as_text(frame, c, schema[c]).alias(c) for c in headers])
    except (KeyboardInterrupt, SystemExit, MemoryError):
        raise
    except BaseException as exc:  # noqa: BLE001 - PolarsError, and a panic is the file's fault too
        raise InputError(msg("error.parquet.as_text", reason=safe_value(str(exc).splitlines()[0], 120)),
                         file=str(path)) from None
    frame = frame.with_row_index(ROW, offset=2).with_columns(pl.col(ROW).cast(pl.Int64))
    return RawTable(str(path), "parquet", frame, headers, {})

