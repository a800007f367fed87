"""Load case exports (CSV, XLSX, Parquet) and map them to a dataset's canonical columns.

Two steps, both usable on their own:

* :func:`read_raw` reads a file as text: every column ``pl.Utf8`` with its header as
  the export names it, plus ``__row`` (the row as a user counts it, header = 1).
* :func:`to_canonical` applies a :class:`~audit.mapping.Mapping` (headers and values),
  parses every canonical column to its type and lists unreadable values as issues.

:func:`load_inputs` does both for one or more files and joins them on the key.
Files are opened read-only and never modified.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from audit.datasets import TEXT, Dataset, get_dataset
from audit.errors import InputError
from audit.io import sha256_file
from audit.mapping import Mapping, closest
from audit.privacy import safe_value
from audit.table import BAD_PREFIX, FILE, KNOWN_PREFIX, ROW, InputIssue, LoadedTable, SourceInfo, bad_column
from audit.values import clean_text, issue_message, parse_column

CSV_SUFFIXES = {".csv", ".txt", ".tsv"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
PARQUET_SUFFIXES = {".parquet", ".pq"}
KOSTRA_SUFFIXES = {".dat"}


@dataclass
class RawTable:
    path: str
    format: str
    frame: pl.DataFrame  # all Utf8, export headers, plus __row
    headers: list[str]
    details: dict


# --------------------------------------------------------------------------- reading


def _check_file(path: Path) -> None:
    if not path.exists():
        raise InputError("filen finnes ikke", file=str(path), hint="Sjekk stien og filnavnet.")
    if path.is_dir():
        raise InputError("dette er en mappe, ikke en fil", file=str(path), hint="Oppgi selve uttrekksfilen.")
    if not os.access(path, os.R_OK):
        raise InputError("filen kan ikke leses (mangler tilgang)", file=str(path))
    if path.stat().st_size == 0:
        raise InputError("filen er tom", file=str(path), hint="Uttrekket må ha en overskriftsrad og minst én rad med saker.")


def detect_format(path: Path) -> str:
    suffix = path.suffix.lower()
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "ole"  # encrypted (password-protected) OOXML or legacy .xls
    if head.startswith(b"PAR1"):
        return "parquet"
    if suffix in XLSX_SUFFIXES:
        return "xlsx"
    if suffix in PARQUET_SUFFIXES:
        return "parquet"
    if suffix in KOSTRA_SUFFIXES:
        return "kostra"
    from audit.kostra import sniff_kostra  # fixed-width KOSTRA records under another name (.txt)

    return "kostra" if sniff_kostra(path) else "csv"


def decode_bytes(data: bytes, path: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode with the given encoding, else UTF-8 (with or without BOM), else cp1252."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise InputError(
                f"filen kan ikke leses som {encoding}",
                file=path,
                row=line,
                hint="Rett «encoding» i mappingfilen (for eksempel utf-8 eller cp1252), eller fjern den for automatisk gjenkjenning.",
            ) from None
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def detect_delimiter(sample: str) -> str:
    first = sample.split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(sample[:65536], delimiters=";,\t|").delimiter
    except csv.Error:
        counts = {d: first.count(d) for d in ";,\t|"}
        best = max(counts, key=counts.get)
        return best if counts[best] else ","


def _dedupe_check(headers: list[str], path: str) -> None:
    seen: dict[str, int] = {}
    for i, h in enumerate(headers, start=1):
        key = h.strip().lower()
        if key == "":
            continue
        if key in seen:
            raise InputError(
                f"overskriften finnes i både kolonne {seen[key]} og kolonne {i}",
                file=path,
                row=1,
                column=h,
                hint="Gi kolonnene ulike navn i uttrekket.",
            )
        seen[key] = i


def read_csv(path: Path, mapping: Mapping | None = None) -> RawTable:
    data = path.read_bytes()
    text, encoding = decode_bytes(data, str(path), mapping.encoding if mapping else None)
    del data
    if text.strip() == "":
        raise InputError("filen er tom", file=str(path))
    delimiter = (mapping.delimiter if mapping and mapping.delimiter else None) or detect_delimiter(text[:65536])
    header_line = text.split("\n", 1)[0].rstrip("\r")
    headers = next(csv.reader([header_line], delimiter=delimiter))
    headers = [h.strip() for h in headers]
    _dedupe_check(headers, str(path))
    if len(headers) == 1 and not mapping:
        pass  # a one-column file is legal (only the key); wrong delimiters are caught by header matching
    try:
        frame = pl.read_csv(
            io.StringIO(text),
            separator=delimiter,
            has_header=True,
            infer_schema=False,
            new_columns=headers,
            raise_if_empty=False,
        )
    except pl.exceptions.PolarsError as exc:
        msg = str(exc).split("\n")[0]
        raise InputError(
            f"filen kan ikke leses som CSV med skilletegn «{delimiter}» ({safe_value(msg, 200)})",
            file=str(path),
            hint="Sjekk at alle rader har like mange felt som overskriften, og at anførselstegn er lukket.",
        ) from None
    del text
    frame = frame.with_row_index(ROW, offset=2).with_columns(pl.col(ROW).cast(pl.Int64))
    return RawTable(str(path), "csv", frame, headers, {"encoding": encoding, "delimiter": delimiter})


def _cell_text(v: object) -> str | None:
    import datetime as dt

    if v is None:
        return None
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time(0) else v.isoformat(sep=" ")
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else repr(v)
    return str(v)


def read_xlsx(path: Path, mapping: Mapping | None = None) -> RawTable:
    import zipfile

    import openpyxl  # defusedxml (a dependency) makes openpyxl refuse XML entity bombs
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError) as exc:
        raise InputError(
            f"filen er ikke en gyldig XLSX-arbeidsbok ({safe_value(exc, 120)})",
            file=str(path),
            hint="Åpne den i Excel og lagre som .xlsx på nytt.",
        ) from None
    except Exception as exc:  # noqa: BLE001 - defusedxml and friends raise their own types
        name = type(exc).__name__
        if "Entities" in name or "DTD" in name or "defused" in type(exc).__module__:
            raise InputError("arbeidsboka inneholder XML-entiteter som ikke tillates (mulig «XML-bombe»)", file=str(path)) from None
        raise InputError(f"arbeidsboka kan ikke leses ({name})", file=str(path)) from None
    try:
        sheet = mapping.sheet if mapping and mapping.sheet is not None else None
        if sheet is None:
            ws = wb.worksheets[0]
        elif isinstance(sheet, int):
            if not 1 <= sheet <= len(wb.worksheets):
                raise InputError(f"arbeidsboka har ikke ark nummer {sheet}", file=str(path), hint=f"Arkene er: {', '.join(wb.sheetnames)}.")
            ws = wb.worksheets[sheet - 1]
        else:
            if sheet not in wb.sheetnames:
                sug = closest(sheet, wb.sheetnames)
                raise InputError(
                    f"arbeidsboka har ikke arket «{sheet}»",
                    file=str(path),
                    hint=(f"Mente du «{sug[0]}»? " if sug else "") + f"Arkene er: {', '.join(wb.sheetnames)}.",
                )
            ws = wb[sheet]
        headers: list[str] | None = None
        rows: list[list[str | None]] = []
        rownums: list[int] = []
        for r, values in enumerate(ws.iter_rows(values_only=True), start=1):
            cells = [_cell_text(v) for v in values]
            if all(c is None or str(c).strip() == "" for c in cells):
                continue  # blank rows are not data
            if headers is None:
                headers = [(c or "").strip() for c in cells]
                while headers and headers[-1] == "":
                    headers.pop()
                header_row = r
                continue
            cells = cells[: len(headers)] + [None] * (len(headers) - len(cells))
            rows.append(cells)
            rownums.append(r)
    finally:
        wb.close()
    if headers is None:
        raise InputError("arket er tomt", file=str(path), hint="Uttrekket må ha en overskriftsrad og minst én rad med saker.")
    named = [h if h else f"kolonne_{i + 1}" for i, h in enumerate(headers)]
    _dedupe_check(named, str(path))
    frame = pl.DataFrame(
        {h: [row[i] for row in rows] for i, h in enumerate(named)}, schema={h: pl.Utf8 for h in named}
    ).with_columns(pl.Series(ROW, rownums, dtype=pl.Int64))
    return RawTable(str(path), "xlsx", frame, named, {"sheet": ws.title, "header_row": header_row})


def read_parquet(path: Path, mapping: Mapping | None = None) -> RawTable:
    try:
        frame = pl.read_parquet(path)
    except Exception as exc:  # noqa: BLE001
        raise InputError(f"filen er ikke en gyldig Parquet-fil ({safe_value(exc, 120)})", file=str(path)) from None
    headers = list(frame.columns)
    _dedupe_check(headers, str(path))
    frame = frame.with_columns(
        [pl.col(c).dt.strftime("%Y-%m-%d") if frame.schema[c] == pl.Date else pl.col(c).cast(pl.Utf8) for c in headers]
    ).with_row_index(ROW, offset=2).with_columns(pl.col(ROW).cast(pl.Int64))
    return RawTable(str(path), "parquet", frame, headers, {})


def read_raw(path: str | Path, mapping: Mapping | None = None) -> RawTable:
    path = Path(path)
    _check_file(path)
    fmt = detect_format(path)
    if fmt == "ole":
        raise InputError(
            "filen er en kryptert (passordbeskyttet) arbeidsbok eller en gammel .xls-fil",
            file=str(path),
            hint="Fjern passordet og lagre som .xlsx, eller eksporter til CSV.",
        )
    if fmt == "xlsx":
        return read_xlsx(path, mapping)
    if fmt == "parquet":
        return read_parquet(path, mapping)
    if fmt == "kostra":
        raise InputError("KOSTRA-filer leses med --kostra", file=str(path))
    return read_csv(path, mapping)


# --------------------------------------------------------------------------- mapping


def _norm(h: str) -> str:
    return " ".join(h.replace("\u00a0", " ").split()).lower()


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
            sug = closest(header, raw.headers)
            raise InputError(
                f"mappingen knytter «{canon}» til overskriften «{header}», men den finnes ikke i filen",
                file=raw.path,
                row=1,
                column=header,
                hint=(f"Nærmeste overskrifter som finnes: {', '.join('«' + s + '»' for s in sug)}." if sug else
                      f"Overskriftene i filen er: {', '.join(raw.headers[:15])}{' …' if len(raw.headers) > 15 else ''}.")
                + (" Er skilletegnet riktig?" if len(raw.headers) == 1 else ""),
            )
    used = set(found.values())
    for col in ds.columns:
        if col.name in found:
            continue
        h = by_norm.get(col.name.lower())
        if h is not None and h not in used:
            found[col.name] = h
            used.add(h)
    return found


def _identity_guard(raw: RawTable, skip: set[str]) -> None:
    from audit.privacy import identity_number_expr

    cols = [h for h in raw.headers if h not in skip]
    if not cols or raw.frame.height == 0:
        return
    # Cheap pass first: only columns holding 11-digit values get the check-digit test.
    eleven = raw.frame.select([pl.col(h).str.contains(r"^\s*\d{11}\s*$").any().alias(h) for h in cols]).row(0, named=True)
    cols = [h for h in cols if eleven[h]]
    if not cols:
        return
    counts = raw.frame.select([identity_number_expr(pl.col(h)).sum().alias(h) for h in cols]).row(0, named=True)
    for h, n in counts.items():
        if n:
            raise InputError(
                f"kolonnen ser ut til å inneholde fødselsnumre eller D-numre ({n} verdier med gyldige kontrollsifre); "
                "verdiene vises ikke",
                file=raw.path,
                column=h,
                hint="Fjern kolonnen fra uttrekket, eller oppgi den under «pseudonymise» i mappingfilen slik at den "
                "erstattes med pseudonymer (eller bruk «nav-audit pseudonymise»).",
            )


def to_canonical(raw: RawTable, dataset: str | Dataset, mapping: Mapping | None = None) -> LoadedTable:
    ds = dataset if isinstance(dataset, Dataset) else get_dataset(dataset)
    file_label = raw.path
    pseudo = set(mapping.pseudonymise) if mapping else set()
    missing_pseudo = [h for h in pseudo if h not in raw.headers]
    if missing_pseudo:
        raise InputError(
            "kolonnen som skal pseudonymiseres finnes ikke i filen", file=raw.path, row=1, column=missing_pseudo[0]
        )
    _identity_guard(raw, pseudo)
    found = resolve_headers(raw, ds, mapping)
    if ds.key not in found:
        sug = closest(ds.key, raw.headers)
        raise InputError(
            f"nøkkelkolonnen «{ds.key}» finnes ikke",
            file=raw.path,
            row=1,
            column=ds.key,
            hint="Oppgi overskriften i mappingfilen under «columns», for eksempel «"
            + f"{ds.key}: {sug[0] if sug else 'Saksnummer'}»."
            + (" Er skilletegnet riktig? Filen ble lest med bare én kolonne." if len(raw.headers) == 1 else ""),
        )
    f = raw.frame
    if pseudo:
        from audit.pseudonym import default_pseudonymiser

        p = default_pseudonymiser()
        f = f.with_columns([pl.col(h).map_elements(p.pseudonym, return_dtype=pl.Utf8, skip_nulls=True) for h in pseudo])
    exprs: list[pl.Expr] = []
    date_format = mapping.date_format if mapping else None
    values = mapping.values if mapping else {}
    for canon, header in found.items():
        col = ds.column(canon)
        raw_expr = clean_text(pl.col(header))
        table = values.get(canon)
        if table:
            value = _mapped_value(raw_expr, col, table, date_format)
        else:
            value = parse_column(raw_expr, col.type, categories=col.categories, date_format=date_format).value
        exprs.append(value.cast(col.dtype).alias(canon))
    extra = [h for h in raw.headers if h not in set(found.values())]
    extra_exprs = [pl.col(h).alias(h if ds.column(h) is None else f"{h} (ikke brukt)") for h in extra]
    out = f.select([*exprs, *extra_exprs, pl.lit(file_label).alias(FILE), pl.col(ROW)])

    # Unreadable = the export has a value but it could not be read. Parsed once above;
    # here only compared with the cleaned raw text.
    bad = f.select([
        (clean_text(pl.col(header)).is_not_null() & out[canon].is_null()).alias(bad_column(canon))
        for canon, header in found.items()
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
        rows = f.select(pl.col(ROW), clean_text(pl.col(header)).alias("v")).filter(bad[b])
        for r, v in rows.iter_rows():
            issues.append(InputIssue(file=file_label, row=int(r), column=header, message=issue_message(col.type, v, col.categories)))
    if kept:
        out = out.hstack(kept)
    _check_keys(out, ds, raw.path, found[ds.key])
    return LoadedTable(dataset=ds.name, frame=out, issues=issues, sources=[])


def _mapped_value(raw_expr: pl.Expr, col, table: dict, date_format: str | None) -> pl.Expr:
    """Apply a mapping's ``values`` (case-insensitive) before parsing; "" names the blank cell."""
    lookup = {str(k).strip().lower(): v for k, v in table.items() if str(k).strip() != ""}
    low = raw_expr.str.to_lowercase()
    if col.type == "boolean":
        mapped = low.replace_strict(lookup, default=None, return_dtype=pl.Boolean)
        value = pl.when(low.is_in(list(lookup))).then(mapped).otherwise(parse_column(raw_expr, col.type).value)
    else:
        target = {k: str(v) for k, v in lookup.items()}
        mapped = low.replace_strict(target, default=None, return_dtype=pl.Utf8)
        mapped_or_raw = pl.when(low.is_in(list(target))).then(mapped).otherwise(raw_expr)
        value = parse_column(mapped_or_raw, col.type, categories=col.categories, date_format=date_format).value
    if "" in table:
        blank = table[""]
        value = pl.when(raw_expr.is_null()).then(pl.lit(blank, dtype=col.dtype)).otherwise(value)
    return value


def _check_keys(frame: pl.DataFrame, ds: Dataset, path: str, header: str) -> None:
    if frame.height == 0:
        raise InputError("filen har overskrifter, men ingen rader med saker", file=path, row=2)
    empty = frame.filter(pl.col(ds.key).is_null())
    if empty.height:
        raise InputError(
            f"nøkkelen mangler ({empty.height} rader uten verdi)",
            file=path,
            row=int(empty[ROW][0]),
            column=header,
            hint="Hver rad må ha en saks-id; fjern tomme rader eller fyll inn nøkkelen.",
        )
    if not frame[ds.key].is_duplicated().any():
        return
    dup = frame.group_by(ds.key).agg(pl.col(ROW).sort().alias("rows"), pl.len().alias("n")).filter(pl.col("n") > 1)
    if dup.height:
        first = dup.sort(pl.col("rows").list.first()).row(0, named=True)
        raise InputError(
            f"nøkkelen er ikke unik: den står i radene {', '.join(map(str, first['rows'][:10]))}"
            + (f" ({dup.height} nøkler i alt er duplisert)" if dup.height > 1 else ""),
            file=path,
            row=int(first["rows"][1]),
            column=header,
            value=str(first[ds.key]),
            hint="Hver sak skal stå på én rad.",
        )


# --------------------------------------------------------------------------- several files


def join_tables(tables: list[LoadedTable], ds: Dataset) -> LoadedTable:
    """Join loaded tables of one dataset on its key; conflicting non-empty values stop the run."""
    if len(tables) == 1:
        return resolve_known(tables[0])
    key = ds.key
    result = tables[0]
    frame = result.frame
    for t in tables[1:]:
        right = t.frame
        common = [c for c in right.columns if c in frame.columns and c != key]
        data_common = [c for c in common if not c.startswith("__") and ds.column(c) is not None]
        joined = frame.join(right, on=key, how="full", coalesce=True, suffix="__right")
        for c in data_common:
            conflict = joined.filter(
                pl.col(c).is_not_null() & pl.col(f"{c}__right").is_not_null() & (pl.col(c) != pl.col(f"{c}__right"))
            )
            if conflict.height:
                r = conflict.row(0, named=True)
                raise InputError(
                    f"filene er uenige om «{c}» for nøkkel «{safe_value(r[key])}»: "
                    f"«{safe_value(r[c])}» i {r[FILE]} og «{safe_value(r[c + '__right'])}» i {r[FILE + '__right']}"
                    + (f" ({conflict.height} konflikter i alt)" if conflict.height > 1 else ""),
                    file=t.sources[0].path if t.sources else None,
                    row=int(r[ROW + "__right"]) if r.get(ROW + "__right") is not None else None,
                    column=c,
                    value=str(r[c + "__right"]),
                    hint="Rett verdien i den ene filen, eller la feltet stå tomt der.",
                )
        fixes = []
        for c in common:
            rc = f"{c}__right"
            if c.startswith((BAD_PREFIX, KNOWN_PREFIX)):
                fixes.append((pl.col(c).fill_null(False) | pl.col(rc).fill_null(False)).alias(c))
            else:
                fixes.append(pl.coalesce(pl.col(c), pl.col(rc)).alias(c))
        joined = joined.with_columns(fixes).drop([f"{c}__right" for c in common])
        bads = [c for c in joined.columns if c.startswith(BAD_PREFIX)]
        frame = joined.with_columns([pl.col(b).fill_null(False) for b in bads])
    return resolve_known(LoadedTable(
        dataset=ds.name,
        frame=frame,
        issues=[i for t in tables for i in t.issues],
        sources=[s for t in tables for s in t.sources],
        notes=[n for t in tables for n in t.notes],
    ))


def resolve_known(table: LoadedTable) -> LoadedTable:
    """``__known__<col>`` -> ``__bad__<col>`` where no source made a statement and the value is empty."""
    known = [c for c in table.frame.columns if c.startswith(KNOWN_PREFIX)]
    if not known:
        return table
    exprs = []
    for k in known:
        col = k[len(KNOWN_PREFIX):]
        b = bad_column(col)
        unknown = ~pl.col(k).fill_null(False) & pl.col(col).is_null()
        exprs.append((pl.col(b).fill_null(False) | unknown).alias(b) if b in table.frame.columns else unknown.alias(b))
    table.frame = table.frame.with_columns(exprs).drop(known)
    return table



def load_file(path: str | Path, dataset: str, mapping: Mapping | None = None, *, kostra_year: int | None = None) -> LoadedTable:
    """Load one input file of ``dataset`` (any supported format) as a LoadedTable."""
    p = Path(path)
    _check_file(p)
    fmt = detect_format(p)
    if fmt == "kostra":
        from audit.kostra import read_kostra  # provided by the KOSTRA reader

        table = read_kostra(p, year=kostra_year)
        if table.dataset != dataset:
            raise InputError(f"KOSTRA-filen gir datasett «{table.dataset}», men kjøringen gjelder «{dataset}»", file=str(p))
        return table
    if fmt == "xlsx":
        from audit.supervision.review import is_review_workbook, read_review

        if is_review_workbook(p):  # describes itself: any mapping is for the other inputs
            return read_review(p, dataset)
    raw = read_raw(p, mapping)
    table = to_canonical(raw, dataset, mapping)
    table.sources = [
        SourceInfo(path=str(p), sha256=sha256_file(p), rows=raw.frame.height, format=raw.format,
                   mapping=mapping.path if mapping else None, details=raw.details)
    ]
    return table


def load_inputs(paths: list[str | Path], dataset: str, mappings: list[Mapping | None] | None = None, *, kostra_year: int | None = None) -> LoadedTable:
    ds = get_dataset(dataset)
    mappings = mappings or [None] * len(paths)
    tables = [load_file(p, ds.name, m, kostra_year=kostra_year) for p, m in zip(paths, mappings)]
    return join_tables(tables, ds)


__all__ = ["RawTable", "read_raw", "to_canonical", "load_file", "load_inputs", "join_tables", "resolve_known", "TEXT"]
