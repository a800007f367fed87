"""The raw table every reader hands on, and the header rules all readers share.

:class:`RawTable`: every column ``pl.Utf8`` with its header as the export names it,
plus ``__row`` (the row as a user counts it, header = 1).
"""

from __future__ import annotations

import datetime as dt

import re
from dataclasses import dataclass, field

import polars as pl

from audit.errors import InputError
from audit.limits import MAX_FIELD_CHARS
from audit.privacy import safe_value
from audit.table import ROW
from audit.text import Msg, msg


@dataclass
class RawTable:
    path: str
    format: str
    frame: pl.DataFrame  # all Utf8, export headers, plus __row
    headers: list[str]
    details: dict
    notes: list[str | Msg] = field(default_factory=list)  # said on stderr: how the file was read
    duplicates: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # renamed header -> (header, first, this)
    delimiter_hint: Msg | None = None  # CSV read as one column: what the delimiter detection found
    # a workbook's day 0 for serial numbers in date columns: 1899-12-30, or 1904-01-01 in a workbook
    # saved with the 1904 date system (None: not a workbook, Excel's default)
    excel_epoch: dt.date | None = None



def sentences(*parts: Msg | str | None) -> Msg | None:
    """Up to four sentences (messages) as one hint, in the reader's language; None parts are left out."""
    kept = [p for p in parts if p]
    if not kept:
        return None
    return kept[0] if len(kept) == 1 else msg(f"error.sentences.{len(kept)}", **dict(zip("abcd", kept)))


def _reserved(h: str, i: int, path: str) -> None:
    """Headers that look like nav-audit's own columns or that polars reads as a pattern are refused."""
    if h.startswith("__"):
        raise InputError(msg("error.header.underscores", position=i), file=path, row=1, column=h,
                         hint=msg("error.header.underscores_hint"))
    if h == "*" or (h.startswith("^") and h.endswith("$")):  # polars reads these as "all" / a pattern
        raise InputError(msg("error.header.reserved", position=i), file=path, row=1, column=h,
                         hint=msg("error.header.reserved_hint"))


def header_key(h: str) -> str:
    """What two headers must differ in: letter case, spacing and how «å» is written do not count («Merknad» and
    « merknad » are one; so are «Såk» with «å» as one character and as «a» + a combining ring, as a Mac writes it)."""
    import unicodedata

    return " ".join(unicodedata.normalize("NFC", h).split()).lower()


def dedupe_check(headers: list[str], path: str) -> None:
    """Headers must differ (:func:`header_key`) and not look like nav-audit's own columns."""
    seen: dict[str, int] = {}
    for i, h in enumerate(headers, start=1):
        _reserved(h, i, path)
        key = header_key(h)
        if key == "":
            continue
        if key in seen:
            raise InputError(msg("error.header.duplicate", first=seen[key], second=i), file=path, row=1, column=h,
                             hint=msg("error.header.duplicate_hint"))
        seen[key] = i


def dedupe_headers(headers: list[str], path: str) -> tuple[list[str], dict[str, tuple[str, int, int]]]:
    """Headers as :func:`dedupe_check` wants them, except that a header repeated (ignoring letter case
    and spacing) is kept under a new name, «Merknad (2)»: an unused column is carried along, as any
    other. Returns the headers and, per new name, (the header, its first column, this column);
    :func:`audit.inputs.canonical.resolve_headers` stops the run when a repeated header is used."""
    out = list(headers)
    taken = {header_key(h) for h in headers}
    seen: dict[str, int] = {}
    duplicates: dict[str, tuple[str, int, int]] = {}
    for i, h in enumerate(headers, start=1):
        _reserved(h, i, path)
        key = header_key(h)
        if key == "":
            continue
        if key not in seen:
            seen[key] = i
            continue
        n = 2
        while f"{key} ({n})" in taken:
            n += 1
        new = f"{h} ({n})"
        taken.add(header_key(new))
        out[i - 1] = new
        duplicates[new] = (h, seen[key], i)
    return out, duplicates


def name_headers(headers: list[str]) -> list[str]:
    """Trimmed headers; a blank header becomes «kolonne_N» (N counts from 1)."""
    return [h.strip() if h and h.strip() else f"kolonne_{i}" for i, h in enumerate(headers, start=1)]


HEADER_SEARCH_ROWS = 10  # the header row is looked for among the first rows of a sheet


COMMON_KEY_HEADERS = frozenset({"saksnummer", "saksnr", "saksnr.", "journalnummer", "journalnr", "journalnr.",
                                "søknadsnummer", "søknadsnr", "søknadsnr.", "person_journalnr"})


def norm_header(h: str) -> str:
    """A header as headers are compared: NFC, invisible format characters left out, spacing, letter case."""
    import unicodedata

    h = "".join(c for c in unicodedata.normalize("NFC", h) if unicodedata.category(c) != "Cf")
    return " ".join(h.replace("\u00a0", " ").split()).lower()


def key_headers(mapping) -> set[str]:
    """The header(s) the key column may have: the one the mapping names for its dataset's key, else the
    canonical keys (``case_id``, ``application_id``) and the usual Norwegian ones (for ``nav-audit map``)."""
    from audit.datasets import DATASETS

    if mapping is not None and mapping.dataset in DATASETS and DATASETS[mapping.dataset].key in mapping.columns:
        return {norm_header(mapping.columns[DATASETS[mapping.dataset].key])}
    return {d.key for d in DATASETS.values()} | COMMON_KEY_HEADERS


def mapped_key_missing(rows: list[list[str | None]], start: int, mapping, path: str) -> None:
    """Stop when the mapping names the key's header and the header row lacks it: the error the run gives
    anyway once the headers are resolved (a mapped header the file does not have), given before a title or
    group row read as the header makes some other complaint (a value in a column without a header)."""
    from audit.datasets import DATASETS
    from audit.errors import InputError
    from audit.inputs.mapping import closest
    from audit.privacy import safe_value
    from audit.text import msg

    if mapping is None or mapping.dataset not in DATASETS or DATASETS[mapping.dataset].key not in mapping.columns:
        return
    key = DATASETS[mapping.dataset].key
    header = mapping.columns[key]
    if start < len(rows) and any(c is not None and norm_header(c) == norm_header(header) for c in rows[start]):
        return
    cells = [c.strip() for row in rows[:HEADER_SEARCH_ROWS] for c in row if c is not None and c.strip()]
    sug = closest(header, list(dict.fromkeys(cells)))
    hint = msg("error.canonical.closest_headers",
               headers=", ".join("«" + safe_value(x) + "»" for x in sug)) if sug else None
    raise InputError(msg("error.canonical.mapped_header_missing", canon=key, header=header), file=path,
                     column=header, hint=hint)


def header_row_by_key(rows: list[list[str | None]], start: int, keys: set[str]) -> int:
    """The row (index) that holds the header: ``start`` (the first row, or the first below title lines), unless
    it lacks the key's header and a row further down (within HEADER_SEARCH_ROWS) has it among several
    filled cells — a report's heading lines above the table («Kommune: 5001», «Periode: 2025»)."""
    def has_key(row: list[str | None]) -> bool:
        return any(c is not None and norm_header(c) in keys for c in row)

    if start >= len(rows) or has_key(rows[start]):
        return start
    for i in range(start + 1, min(len(rows), HEADER_SEARCH_ROWS)):
        if has_key(rows[i]) and sum(1 for c in rows[i] if c is not None and c.strip()) >= 2:
            return i
    return start


def drop_blank_rows(raw: RawTable) -> RawTable:
    """Rows where every cell is blank (or Ctrl-Z, DOS's end-of-file mark) are not data (row numbers of the
    others are kept)."""
    if not raw.headers or raw.frame.height == 0:
        return raw
    filled = r"[^\s\x1a]"  # SUB (Ctrl-Z), the end-of-file mark DOS-era programs write last, is no value
    blank = pl.all_horizontal([~pl.col(h).str.contains(filled).fill_null(False) for h in raw.headers])
    first = ~pl.col(raw.headers[0]).str.contains(filled).fill_null(False)
    if not raw.frame.lazy().select(first.any()).collect().item():  # one column first: a blank row is blank there too
        return raw
    n = raw.frame.lazy().select(blank.sum()).collect().item()
    if n:
        raw.frame = raw.frame.filter(~blank)
        raw.details["blank_rows"] = int(n)
    return raw


def _norm_expr(e: pl.Expr) -> pl.Expr:
    """A cell as a header is compared (:func:`norm_header`): a stray BOM (files joined with ``cat``) and
    other invisible format characters left out, spacing collapsed, letter case."""
    return e.str.replace_all(r"\p{Cf}", "").str.replace_all(r"\s+", " ").str.strip_chars().str.to_lowercase()


def drop_repeated_headers(raw: RawTable) -> RawTable:
    """Rows that repeat the header row (two exports pasted into one, a report that prints its header on
    every page) are not cases: a row whose first column holds the first header, whose cells repeat at
    least two headers and hold nothing else is left out, with a note naming its row numbers."""
    named = [h for h in raw.headers if not h.startswith("kolonne_")]
    if len(named) < 2 or raw.frame.height == 0:
        return raw
    norm = norm_header
    first = named[0]
    word = re.escape(norm(first).split()[0])  # a cheap test first: the header's first word, any letter case
    candidates = raw.frame.filter(pl.col(first).str.contains(f"(?i){word}"))
    candidates = candidates.filter(_norm_expr(pl.col(first)) == norm(first))
    if candidates.height == 0:  # the usual case: one cheap comparison over one column
        return raw
    same = [(_norm_expr(pl.col(h)) == norm(raw.duplicates.get(h, (h,))[0])).fill_null(False) for h in raw.headers]
    blank = [~pl.col(h).str.contains(r"\S").fill_null(False) for h in raw.headers]
    repeats = pl.all_horizontal([s | b for s, b in zip(same, blank)]) & (pl.sum_horizontal(same) >= 2)
    rows = candidates.filter(repeats)[ROW].to_list()
    if not rows:
        return raw
    raw.frame = raw.frame.filter(~pl.col(ROW).is_in(rows))
    raw.details["repeated_header_rows"] = [int(r) for r in rows]
    shown = ", ".join(map(str, rows[:10])) + (" …" if len(rows) > 10 else "")
    raw.notes.append(msg("inputs.note.repeated_header", file=raw.path, rows=shown))
    return raw


TOTALS = re.compile(r"^\s*(?:sum|summer|summert|total|totalt|totaler|i alt|antall|gjennomsnitt|snitt|average|count|"
                    r"grand total)(?![\w-])", re.IGNORECASE)
MAX_TOTALS_ROWS = 5  # a sum, a count, an average … at the foot of a sheet


def drop_totals_rows(raw: RawTable) -> RawTable:
    """Rows at the foot of a CSV or XLSX sheet whose first filled cell is «Sum», «Totalt», «Antall», «I alt» …
    (an Excel table's totals row, a sum typed under the cases) are not cases: left out, with a note.
    Only a block at the very end is taken (at most five rows, each filling at most half the columns), and
    only when cases stand above it."""
    if raw.format not in ("csv", "xlsx") or not raw.headers or raw.frame.height < 2:
        return raw
    tail = raw.frame.tail(MAX_TOTALS_ROWS + 1)
    cells = [[c for c in row if c is not None and c.strip()] for row in tail.select(raw.headers).rows()]
    most = max(2, len(raw.headers) // 2)  # a total fills few cells (a label, a sum or two); a case fills most
    firsts = [row[0] if row and len(row) <= most else None for row in cells]  # a table may start in column B
    n = 0
    for v in reversed(firsts):
        if v is None or not TOTALS.match(v):
            break
        n += 1
    if n == 0 or n == raw.frame.height:
        return raw
    rows = [int(r) for r in tail[ROW].to_list()[-n:]]
    labels = [safe_value(v, 30) for v in firsts[-n:]]
    raw.frame = raw.frame.head(raw.frame.height - n)
    raw.details["totals_rows"] = rows
    raw.notes.append(msg("inputs.note.totals_rows", file=raw.path, rows=", ".join(map(str, rows)),
                         labels=", ".join(f"«{x}»" for x in labels)))
    return raw


_NULL = ["NULL", "null", "Null"]  # exact cells (a hash lookup: 0.06 s for 30 million cells; a regex took 0.2-0.4 s)


def sql_nulls_as_empty(raw: RawTable) -> RawTable:
    """«NULL», the way SQL tools (an SSMS export, its results grid pasted into Excel) write an empty cell,
    is an empty cell in a CSV or XLSX export: a programme start written NULL is «not started», judged
    against as_of, not an unreadable date. Only columns holding it are rewritten; a note names them."""
    if raw.format not in ("csv", "xlsx") or raw.frame.height == 0 or not raw.headers:
        return raw
    found = raw.frame.select([pl.col(h).is_in(_NULL).any().alias(h) for h in raw.headers]).row(0, named=True)
    columns = [h for h in raw.headers if found[h]]
    if not columns:
        return raw
    raw.frame = raw.frame.with_columns([pl.when(pl.col(h).is_in(_NULL)).then(None).otherwise(pl.col(h)).alias(h)
                                        for h in columns])
    raw.details["null_columns"] = list(columns)
    raw.notes.append(msg("inputs.note.sql_null", file=raw.path, columns=", ".join(
        "«" + safe_value(h) + "»" for h in columns[:5]) + (" …" if len(columns) > 5 else "")))
    return raw


def check_field_lengths(frame: pl.DataFrame, headers: list[str], path: str) -> None:
    """No field longer than MAX_FIELD_CHARS (bytes first: cheap; characters only if needed)."""
    if frame.height == 0 or not headers:
        return
    longest = frame.select(pl.max_horizontal([pl.col(h).str.len_bytes().max() for h in headers])).item()
    if longest is None or longest <= MAX_FIELD_CHARS:
        return
    for i, h in enumerate(headers):
        n = frame.select(pl.col(h).str.len_chars().max()).item()
        if n is not None and n > MAX_FIELD_CHARS:
            row = frame.filter(pl.col(h).str.len_chars() > MAX_FIELD_CHARS)[ROW][0]
            raise InputError(msg("inputs.csv.long_field", length=n, limit=MAX_FIELD_CHARS), file=str(path), row=int(row),
                             column=h, hint=msg("inputs.csv.long_field_hint"))
