"""Map a raw table to a dataset's canonical columns: headers, values, types, keys.

:func:`to_canonical` applies a :class:`~audit.inputs.mapping.Mapping` (headers and values),
runs the identity guard (before and after the mapping), pseudonymises the columns the
mapping lists, parses every canonical column to its type and lists unreadable values.
"""

from __future__ import annotations

import unicodedata
from functools import partial

import polars as pl

from audit.datasets import DATE, Dataset, get_dataset
from audit.errors import InputError
from audit.inputs.distinct import encode, read_column
from audit.inputs.identity import guard_columns, identity_guard as _identity_guard
from audit.inputs.mapping import Mapping, closest
from audit.inputs.raw import RawTable, sentences
from audit.privacy import safe_value
from audit.pseudonym import default_pseudonymiser
from audit.limits import MAX_LABEL_CHARS
from audit.table import FILE, ROW, InputIssue, LoadedTable, bad_column
from audit.text import Msg, msg, plural
from audit.values import clean_text, issue_msg, parse_column, parse_date_series


def _parse_expr(cleaned: pl.DataFrame, expr: pl.Expr) -> pl.Series:
    return cleaned.select(expr).to_series()


def _parse_dates(cleaned: pl.DataFrame, header: str, date_format: str | None, epoch=None) -> pl.Series:
    return parse_date_series(cleaned.get_column(header), date_format, epoch)


def _norm(h: str) -> str:
    """A header as it is compared: NFC (an «å» written as a + ring is the same letter), without invisible
    format characters (zero-width space, soft hyphen, a stray BOM), spaces, letter case."""
    h = "".join(c for c in unicodedata.normalize("NFC", h) if unicodedata.category(c) != "Cf")
    return " ".join(h.replace("\u00a0", " ").split()).lower()


def _headers_hint(raw: RawTable, name: str) -> Msg:
    """The closest headers that exist, else the file's headers (the first 15)."""
    sug = closest(name, raw.headers)
    if sug:
        return msg("error.canonical.closest_headers", headers=", ".join("«" + safe_value(x) + "»" for x in sug))
    shown = ", ".join("«" + safe_value(h) + "»" for h in raw.headers[:15])
    return msg("error.canonical.file_headers", headers=shown + (" …" if len(raw.headers) > 15 else ""))


def resolve_headers(raw: RawTable, ds: Dataset, mapping: Mapping | None) -> dict[str, str]:
    """canonical name -> export header, for the canonical columns the export has."""
    by_norm: dict[str, str] = {}
    for h in raw.headers:
        by_norm.setdefault(_norm(h), h)
    found: dict[str, str] = {}
    mapped = mapping.columns if mapping else {}
    for canon, header in mapped.items():
        if header in raw.headers:
            found[canon] = header
        elif _norm(header) in by_norm:
            found[canon] = by_norm[_norm(header)]
        else:
            raise InputError(msg("error.canonical.mapped_header_missing", canon=canon, header=header), file=raw.path,
                             row=raw.details.get("header_row", 1), column=header,
                             hint=sentences(_headers_hint(raw, header), raw.delimiter_hint))
    used = set(found.values())
    for col in ds.columns:
        if col.name in found:
            continue
        h = by_norm.get(col.name.lower())
        if h is not None and h not in used:
            found[col.name] = h
            used.add(h)
    for header, first, second in raw.duplicates.values():  # a repeated header is refused only where it is used
        if any(_norm(h) == _norm(header) for h in used):
            raise InputError(msg("error.header.duplicate", first=first, second=second), file=raw.path,
                             row=raw.details.get("header_row", 1),
                             column=header, hint=msg("error.header.duplicate_hint"))
    return found



def to_canonical(raw: RawTable, dataset: str | Dataset, mapping: Mapping | None = None) -> LoadedTable:
    ds = dataset if isinstance(dataset, Dataset) else get_dataset(dataset)
    file_label = raw.path
    pseudo = set(mapping.pseudonymise) if mapping else set()
    missing_pseudo = [h for h in pseudo if h not in raw.headers]
    if missing_pseudo:
        sug = closest(sorted(missing_pseudo)[0], raw.headers)
        raise InputError(
            msg("error.canonical.pseudonymise_missing"), file=raw.path, row=1, column=sorted(missing_pseudo)[0],
            hint=msg("error.canonical.closest_headers", headers=", ".join("«" + safe_value(x) + "»" for x in sug))
            if sug else None,
        )
    # The columns read whose texts repeat are coded by their distinct texts once (audit.inputs.distinct):
    # the guard looks at those texts, and each is trimmed and parsed once. A mapping naming a header
    # the file lacks is reported after the guard, as always.
    try:
        headers = set(resolve_headers(raw, ds, mapping).values()) - pseudo
    except InputError:
        headers = set()
    encoded = encode(raw.frame, [h for h in raw.headers if h in headers])
    for h in _identity_guard(raw, pseudo, distinct={h: e.texts for h, e in encoded.items()}):
        encoded.pop(h, None)  # values masked (audit.inputs.identity.mask_chance): read row by row
    found = resolve_headers(raw, ds, mapping)
    for new, (header, first, second) in raw.duplicates.items():  # unused: carried along under a new name
        raw.notes.append(msg("inputs.note.duplicate_header", file=raw.path, header=safe_value(header), first=first,
                             second=second, new=safe_value(new)))
    other = _other_dataset(raw, ds, {found[c] for c in (mapping.columns if mapping else {}) if c in found})
    if other is not None and ds.key in found and ds.column(other.key) is None:
        raise InputError(msg("error.canonical.wrong_suite", key=other.key, dataset=other.name, suite=ds.name),
                         file=raw.path, row=1, column=next(h for h in raw.headers if _norm(h) == other.key),
                         hint=msg("error.canonical.wrong_suite_hint", dataset=other.name))
    if ds.key not in found:
        sug = closest(ds.key, raw.headers)
        raise InputError(
            msg("error.canonical.key_missing", key=ds.key), file=raw.path, row=1, column=ds.key,
            hint=(msg("error.canonical.other_suite", key=other.key, dataset=other.name) if other else None) or sentences(
                _headers_hint(raw, ds.key),
                msg("error.canonical.key_missing_hint", key=ds.key, header=safe_value(sug[0]) if sug else "Saksnummer"),
                raw.delimiter_hint),
        )
    f = raw.frame
    errors: dict[str, dict[int, str]] = {}  # XLSX error cells (#N/A, #DIV/0!): text openpyxl gives, no value
    for r, h, text in raw.details.get("error_cells", ()):
        errors.setdefault(h, {})[r] = text
    if found[ds.key] in errors:  # a case without a readable key cannot be audited or joined
        r, text = min(errors[found[ds.key]].items())
        raise InputError(msg("inputs.xlsx.error_cell", value=safe_value(text)), file=raw.path, row=r,
                         column=found[ds.key], value=text, hint=msg("inputs.xlsx.error_cell_key_hint"))
    if pseudo:
        p = default_pseudonymiser()
        if p.note:  # a key file was created on the way: the user must know where it is
            raw.notes.append(p.note)
        f = f.with_columns([pl.col(h).map_elements(p.pseudonym, return_dtype=pl.Utf8, skip_nulls=True) for h in pseudo])
    # Each used column is trimmed and parsed once per distinct text where its texts repeat (audit.inputs.distinct).
    date_format = mapping.date_format if mapping else None
    values = mapping.values if mapping else {}
    columns: list[pl.Series] = []
    present: dict[str, pl.Series] = {}  # per canonical column: the export has a value (not blank) in the row
    for canon, header in found.items():
        col = ds.column(canon)
        table = values.get(canon)
        if not table and col.type == DATE:
            parse = partial(_parse_dates, header=header, date_format=date_format, epoch=raw.excel_epoch)
        else:
            value = (_mapped_value(pl.col(header), col, table, date_format, raw.excel_epoch) if table else
                     parse_column(pl.col(header), col.type, categories=col.categories, date_format=date_format,
                                  digits=col.digits, bounds=col.bounds, epoch=raw.excel_epoch).value)
            parse = partial(_parse_expr, expr=value.cast(col.dtype))
        parsed_column, present[canon] = read_column(f, header, parse, encoded.get(header))
        if header in errors:  # «#N/A» is no office and «#DIV/0!» no date: not known, and an input issue below
            parsed_column = pl.select(pl.when(f[ROW].is_in(list(errors[header]))).then(None)
                                      .otherwise(parsed_column).alias(parsed_column.name)).to_series()
        empty_words = [_nfc(k).lower() for k, v in (table or {}).items() if k != "" and v is None]
        if empty_words:  # a value the mapping reads as empty is empty, not unreadable
            named_empty = f.select(clean_text(pl.col(header)).str.normalize("NFC").str.to_lowercase()
                                   .is_in(empty_words)).to_series()
            present[canon] = present[canon] & ~named_empty.fill_null(False)
        columns.append(parsed_column.alias(canon))
    parsed = pl.DataFrame(columns) if columns else pl.DataFrame()
    extra = [h for h in raw.headers if h not in set(found.values())]
    extra_exprs = [pl.col(h).alias(h if ds.column(h) is None else f"{h} (ikke brukt)") for h in extra]
    out = pl.concat([parsed, f.select([*extra_exprs, pl.lit(file_label).alias(FILE), pl.col(ROW)])], how="horizontal")

    # Unreadable = the export has a value but it could not be read.
    formulas: dict[str, list[int]] = {}  # XLSX formula cells without a stored result (read as empty)
    for r, h in raw.details.get("formula_cells", ()):
        formulas.setdefault(h, []).append(r)
    bad = pl.DataFrame([
        (present[canon] & parsed[canon].is_null() | (f[ROW].is_in(formulas[header]) if header in formulas else False)
         | (f[ROW].is_in(list(errors[header])) if header in errors else False))
        .alias(bad_column(canon)) for canon, header in found.items()
    ])
    any_bad = bad.select([pl.col(c).any() for c in bad.columns]).row(0, named=True) if bad.width else {}
    issues: list[InputIssue] = []
    kept = []
    for canon, header in found.items():
        b = bad_column(canon)
        if not any_bad.get(b):
            continue
        kept.append(bad[b])
        col = ds.column(canon)
        rows = pl.DataFrame([f[ROW], f[header].alias("v")]).filter(bad[b]).select(ROW, clean_text(pl.col("v")))
        # A message depends on the column and the text alone: made and put into words once per
        # distinct text, and shared by the rows that hold it (300 000 unreadable values are a
        # few distinct texts as a rule; the identity guard of safe_value ran once per row before).
        said: dict[str | None, tuple[Msg, str]] = {}
        in_formulas = set(formulas.get(header, ()))
        in_errors = errors.get(header, {})
        for r, v in rows.iter_rows():
            if r in in_errors:  # an error cell: its own message (the error's text, never a value)
                text = msg("inputs.xlsx.error_cell", value=safe_value(in_errors[r]))
                words = text.render("nb")
            elif v is None and r in in_formulas:
                text = msg("inputs.xlsx.formula_without_value")
                words = text.render("nb")
            else:
                known = said.get(v)
                if known is None:
                    text = issue_msg(col.type, v, col.categories, col.digits, col.bounds)
                    known = said[v] = (text, text.render("nb"))
                text, words = known
            issues.append(InputIssue(file=file_label, row=int(r), column=header, message=words, text=text))
    position = {h: i for i, h in enumerate(raw.headers)}
    issues.sort(key=lambda i: (i.row, position.get(i.column, 0)))  # as a user reads the file
    if kept:
        out = out.hstack(kept)
    # Again after the mapping: its ``values`` can write text into a canonical column. A column
    # without ``values`` holds its raw text trimmed (or a declared code), guarded above already.
    from_pseudo = {c for c, h in found.items() if h in pseudo}
    out_schema = out.schema
    _check_labels(out, ds, found, raw.path)
    guard_columns(out, [c for c in found if c not in from_pseudo and c in values and out_schema[c] == pl.Utf8],
                  file=raw.path)
    _check_keys(out, ds, raw.path, found[ds.key])
    return LoadedTable(dataset=ds.name, frame=out, issues=issues, sources=[], notes=list(raw.notes))


def _other_dataset(raw: RawTable, ds: Dataset, used: set[str]) -> Dataset | None:
    """The other dataset an export of it run with this suite belongs to (a stønad export without
    ``--suite stonad``): a header the mapping does not name is that dataset's key, and either this
    dataset has no such column or a header is a column of that dataset this one lacks."""
    from audit.datasets import DATASETS

    headers = {_norm(h) for h in raw.headers if h not in used}
    for other in DATASETS.values():
        if other.name == ds.name or other.key not in headers:
            continue
        if ds.column(other.key) is None or any(c.name in headers and ds.column(c.name) is None for c in other.columns):
            return other
    return None


LABELS = ("office", "caseworker", "municipality")  # with the key: repeated per case and check in every output


def _check_labels(frame: pl.DataFrame, ds: Dataset, found: dict[str, str], path: str) -> None:
    """Key, office, caseworker and municipality are shown for every case in every output: at most
    MAX_LABEL_CHARS characters each (an unbounded value would be repeated once per check)."""
    for canon in (ds.key, *LABELS):
        if canon not in found or frame.schema.get(canon) != pl.Utf8:
            continue
        long = frame.filter(pl.col(canon).str.len_chars() > MAX_LABEL_CHARS)
        if long.height:
            raise InputError(msg("inputs.label.too_long", length=long[canon].str.len_chars()[0], limit=MAX_LABEL_CHARS),
                             file=path, row=int(long[ROW][0]), column=found[canon])


def _nfc(value: object) -> str:
    return unicodedata.normalize("NFC", str(value))


def _mapped_value(raw_expr: pl.Expr, col, table: dict, date_format: str | None, epoch=None) -> pl.Expr:
    """Apply a mapping's ``values`` (case-insensitive) before parsing; "" names the blank cell."""
    lookup = {_nfc(k).strip().lower(): v for k, v in table.items() if str(k).strip() != ""}
    low = raw_expr.str.normalize("NFC").str.to_lowercase()  # «Avslått» matches however its «å» is written
    # a code written as the float a pandas export gives it («3.0») is the code the mapping names («3»)
    low = pl.when(low.is_in(list(lookup))).then(low).otherwise(low.str.replace(r"^([+-]?[0-9]+)[.,]0+$", "$1"))
    if col.type == "boolean":
        mapped = low.replace_strict(lookup, default=None, return_dtype=pl.Boolean)
        value = pl.when(low.is_in(list(lookup))).then(mapped).otherwise(parse_column(raw_expr, col.type).value)
    else:
        target = {k: None if v is None else str(v) for k, v in lookup.items()}
        mapped = low.replace_strict(target, default=None, return_dtype=pl.Utf8)
        mapped_or_raw = pl.when(low.is_in(list(target))).then(mapped).otherwise(raw_expr)
        value = parse_column(mapped_or_raw, col.type, categories=col.categories, date_format=date_format,
                             digits=col.digits, bounds=col.bounds, epoch=epoch).value
    if "" in table:
        blank = table[""]
        if blank is None:
            filler = pl.lit(None, dtype=col.dtype)
        elif col.type == "boolean":
            filler = pl.lit(bool(blank), dtype=pl.Boolean)
        else:  # read like any other value of the column: "" -> "2025-01-01" gives a date
            filler = parse_column(pl.lit(str(blank), dtype=pl.Utf8), col.type, categories=col.categories,
                                  date_format=date_format, digits=col.digits, bounds=col.bounds,
                                  epoch=epoch).value.cast(col.dtype)
        value = pl.when(raw_expr.is_null()).then(filler).otherwise(value)
    return value


def _check_keys(frame: pl.DataFrame, ds: Dataset, path: str, header: str) -> None:
    if frame.height == 0:
        raise InputError(msg("error.canonical.no_rows"), file=path, row=2, hint=msg("error.canonical.no_rows_hint"))
    empty = frame.filter(pl.col(ds.key).is_null())
    if empty.height:
        raise InputError(msg(plural("error.canonical.key_empty", empty.height), count=empty.height), file=path, row=int(empty[ROW][0]),
                         column=header, hint=msg("error.canonical.key_empty_hint"))
    if frame[ds.key].n_unique() == frame.height:  # no key twice (no key is empty here); twice as fast as is_duplicated
        return
    dup = frame.group_by(ds.key).agg(pl.col(ROW).sort().alias("rows"), pl.len().alias("n")).filter(pl.col("n") > 1)
    if dup.height:
        first = dup.sort(pl.col("rows").list.first()).row(0, named=True)
        raise InputError(
            msg("error.canonical.key_duplicate", rows=", ".join(map(str, first["rows"][:10])),
                more=msg("error.canonical.keys_duplicated", count=dup.height) if dup.height > 1 else ""),
            file=path,
            row=int(first["rows"][1]),
            column=header,
            value=str(first[ds.key]),
            hint=msg("error.canonical.key_duplicate_hint"),
        )


