"""Review workbook reader: a (half-)filled workbook from ``nav-audit review-sheet`` as a table.

The workbook format (sheet names, answers, judgements) is declared in
:mod:`audit.supervision.review`; the writer is :mod:`reports.review_workbook`.

:func:`read_review` turns a (half-)filled workbook into a :class:`LoadedTable` of the
dataset, so ``nav-audit run export.csv gjennomgang.xlsx`` joins it with the export on
the key (``audit.inputs.load.load_file`` recognises the workbook by its hidden sheet and
ignores any mapping for it). A judgement that was not made — blank, or
``Ikke relevant`` — is *not known*: the row is ``unknown`` for the checks that need the
column: the reader marks where a judgement was made (``__known__<column>``) and
:func:`audit.inputs.join.join_tables` makes the other rows unknown for that column unless
another input has the value (for dates, an empty value would otherwise be judged
against the audit date, and every case outside the sample would become a finding). ``Ikke relevant`` is thus never counted as passed or failed; the
reader lists those cells separately. Per row the review is *complete* (every judgement
made), *partial* or *not started*; the counts and keys go to the input's ``review``
entry in results.json (``run.inputs[i].review``) and to ``LoadedTable.notes`` (printed
by ``nav-audit run``).
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

import polars as pl

from audit.datasets import DATE, INT, NUM, get_dataset
from audit.errors import InputError
from audit.inputs.canonical import to_canonical
from audit.inputs.mapping import Mapping
from audit.inputs.registry import read_raw
from audit.io import sha256_file
from audit.supervision.review import FACT, FORMAT, JUDGEMENT, KEY, META_SHEET, REVIEW_SHEET, VERSION, answer_words, word
from audit.table import ROW, LoadedTable, SourceInfo, known_column
from audit.text import Formatter, msg, t
from audit.privacy import safe_value
from audit.values import clean_text


def is_review_workbook(path: str | Path) -> bool:
    """True when ``path`` is an XLSX with our hidden metadata sheet (read without parsing XML)."""
    try:
        with zipfile.ZipFile(path) as z:
            info = z.getinfo("xl/workbook.xml")
            if info.file_size > 5_000_000:
                return False
            data = z.read(info)
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError):
        return False
    return f'name="{META_SHEET}"'.encode() in data


@dataclass
class ReviewMeta:
    dataset: str
    key: str
    sheet: str
    columns: list[tuple[str, str, str, str]]  # (canonical or "", header, role, type)
    decision_values: dict[str, str]
    sample: dict
    inputs: list


def read_meta(path: str | Path) -> ReviewMeta:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any failure: the workbook cannot be read
        raise InputError(msg("error.review.unreadable", reason=type(exc).__name__), file=str(path)) from None
    try:
        if META_SHEET not in wb.sheetnames:
            raise InputError(msg("error.review.no_meta", sheet=META_SHEET), file=str(path))
        rows = [[c for c in r] for r in wb[META_SHEET].iter_rows(values_only=True)]
    finally:
        wb.close()
    values: dict[str, object] = {}
    columns: list[tuple[str, str, str, str]] = []
    in_columns = False
    for r in rows:
        r = list(r) + [None] * (4 - len(r))
        if in_columns:
            if r[1]:
                columns.append((str(r[0] or ""), str(r[1]), str(r[2] or ""), str(r[3] or "")))
            continue
        if r[0] == "columns":
            in_columns = True
        elif r[0]:
            values[str(r[0])] = r[1]
    if values.get("format") != FORMAT:
        raise InputError(msg("error.review.not_review", sheet=META_SHEET), file=str(path))
    try:
        version = int(values.get("version") or 0)
    except (TypeError, ValueError):
        version = 0
    if version != VERSION:
        raise InputError(msg("error.review.version", found=safe_value(values.get("version")), version=VERSION),
                         file=str(path))

    def _json(name: str, default):
        text = values.get(name)
        if not text:
            return default
        try:
            return json.loads(str(text))
        except ValueError:
            raise InputError(msg("error.review.damaged_field", sheet=META_SHEET, field=name), file=str(path)) from None

    if not any(role == KEY for _, _, role, _ in columns):
        raise InputError(msg("error.review.no_key", sheet=META_SHEET), file=str(path))
    return ReviewMeta(
        dataset=str(values.get("dataset") or ""), key=str(values.get("key") or ""),
        sheet=str(values.get("sheet") or REVIEW_SHEET), columns=columns,
        decision_values=_json("values:decision", {}), sample=_json("sample", {}), inputs=_json("inputs", []),
    )


def read_review(path: str | Path, dataset: str) -> LoadedTable:
    """Read a (half-)filled review workbook as a LoadedTable of ``dataset``."""
    path = Path(path)
    meta = read_meta(path)
    ds = get_dataset(dataset)
    if meta.dataset != ds.name:
        raise InputError(msg("error.review.other_dataset", found=safe_value(meta.dataset), dataset=ds.name),
                         file=str(path), hint=msg("error.review.other_dataset_hint", found=safe_value(meta.dataset)))
    raw = read_raw(path, Mapping(dataset=ds.name, sheet=meta.sheet))
    for canon, header, role, _ in meta.columns:
        if header not in raw.headers:
            raise InputError(msg("error.review.header_missing", header=header, sheet=meta.sheet), file=str(path), row=1,
                             column=header, hint=msg("error.review.header_missing_hint"))
    judgements = [(c, h, type_) for c, h, role, type_ in meta.columns if role == JUDGEMENT and c]
    key_header = next(h for c, h, role, _ in meta.columns if role == KEY)
    frame = raw.frame
    low = {h: clean_text(pl.col(h)).str.to_lowercase() for _, h, _ in judgements}
    na_words, nd_words = answer_words("not_applicable"), answer_words("not_documented")
    # Per row: which judgements were made (any answer, incl. "Ikke relevant" and "Ikke dokumentert").
    status = frame.select(
        clean_text(pl.col(key_header)).alias("key"),
        pl.col(ROW),
        *[low[h].is_not_null().alias(f"made:{c}") for c, h, _ in judgements],
        *[low[h].is_in(na_words).fill_null(False).alias(f"na:{c}") for c, h, _ in judgements],
    )
    made = [f"made:{c}" for c, _, _ in judgements]
    status = status.with_columns(pl.sum_horizontal([pl.col(m).cast(pl.Int32) for m in made]).alias("n_made"))
    complete = status.filter(pl.col("n_made") == len(made))
    not_started = status.filter(pl.col("n_made") == 0)
    partial = status.filter((pl.col("n_made") > 0) & (pl.col("n_made") < len(made)))
    not_applicable = {c: sorted(status.filter(pl.col(f"na:{c}"))["key"].to_list()) for c, _, _ in judgements}
    not_applicable = {c: k for c, k in not_applicable.items() if k}

    # Blank the answers that are not values before the canonical parse.
    blanks = []
    for c, h, type_ in judgements:
        words = na_words + (nd_words if type_ == DATE else [])
        blanks.append(pl.when(low[h].is_in(words)).then(None).otherwise(pl.col(h)).alias(h))
    raw.frame = frame.with_columns(blanks)
    mapping = Mapping(
        dataset=ds.name, path=None, sheet=meta.sheet,
        columns={c: h for c, h, role, _ in meta.columns if c and role in (KEY, FACT, JUDGEMENT)},
        values={"decision": dict(meta.decision_values)} if any(c == "decision" for c, *_ in meta.columns) else {},
    )
    table = to_canonical(raw, ds.name, mapping)
    # An unreadable answer is named in the workbook's own words (its dropdown and the answers the
    # «Veiledning» sheet lists), not the export's (ja/nei, true/false, yes/no, 1/0 or x).
    kinds = {h: "date" if type_ == DATE else "number" if type_ in (INT, NUM) else "boolean"
             for _, h, type_ in judgements}

    def _own_words(issue):
        if (issue.column not in kinds or issue.text is None
                or not issue.text.key.startswith(("error.value.", "inputs.value."))):
            return issue
        text = msg(f"review.value.{kinds[issue.column]}", value=issue.text.values.get("value"))
        return replace(issue, text=text, message=text.render("nb"))

    table.issues = [_own_words(i) for i in table.issues]
    # A judgement not made (blank, or "Ikke relevant") is not known. For booleans and
    # numbers an empty value already means that; for dates an empty value would be
    # judged against the audit date. The __known__ columns say where the reviewer made a
    # statement; join_tables turns the rest into the __bad__ mask (unknown) unless
    # another input has the value.
    table.frame = table.frame.with_columns([
        frame.select((low[h].is_not_null() & ~low[h].is_in(na_words)).fill_null(False).alias("k"))["k"]
        .alias(known_column(c))
        for c, h, _ in judgements
    ])
    summary = {
        "sheet": meta.sheet,
        "judgements": [c for c, _, _ in judgements],
        "cases": status.height,
        "complete": complete.height,
        "partial": partial.height,
        "not_started": not_started.height,
        "partial_keys": sorted(partial["key"].to_list()),
        "not_started_keys": sorted(not_started["key"].to_list()),
        "not_applicable": not_applicable,
    }
    if meta.sample:
        summary["sample"] = meta.sample
    table.sources = [SourceInfo(path=str(path), sha256=sha256_file(path), rows=raw.frame.height, format="review",
                                details={"sheet": meta.sheet, "review": summary}, headers=dict(mapping.columns))]
    table.notes = review_notes(path.name, summary)
    return table


def review_notes(name: str, summary: dict, lang: str = "nb") -> list[str]:
    """Lines about a review's progress (printed by ``nav-audit run``)."""
    notes = [t("review.progress", lang, name=name, cases=Formatter(lang).count(summary["cases"], "cases"), complete=summary["complete"],
               partial=summary["partial"], not_started=summary["not_started"])]
    if summary["not_started_keys"]:
        keys = summary["not_started_keys"]
        listed = ", ".join(keys[:10])
        if len(keys) > 10:
            listed = t("review.progress.more", lang, keys=listed, count=len(keys) - 10)
        notes.append(t("review.progress.not_started", lang, keys=listed))
    na = summary["not_applicable"]
    if na:
        n = sum(len(v) for v in na.values())
        notes.append(t("review.progress.not_applicable", lang, word=word("answer.not_applicable", lang), count=n,
                       fields=", ".join(f"{c}: {len(v)}" for c, v in na.items())))
    return notes


__all__ = ["ReviewMeta", "is_review_workbook", "read_meta", "read_review", "review_notes"]
