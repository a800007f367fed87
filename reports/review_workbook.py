"""The review workbook: a reviewer reads each sampled decision and records judgements.

:func:`write_review_workbook` writes an XLSX with

* sheet **Veiledning** (English: *Guide*) — instructions (what to judge, the answers
  allowed, what a blank cell means, how to audit the filled workbook);
* sheet **Gjennomgang** (*Review*) — one row per case: the key and known facts (office,
  decision, dates …) pre-filled and locked (sheet protection without password: it
  prevents slips, not intent), then one unlocked column per judgement, with
  validation, and a comment column;
* a hidden sheet **nav-audit** — the workbook's own mapping: which header is which
  canonical column, its role (key, fact, judgement, comment) and type, plus where the
  cases came from (input files, sample seed). The reader needs nothing else.

The words are the catalogue's (``review.*``) in the language asked for: ``--lang en``
gives Yes / No / Not applicable in the dropdowns. What can be judged, the answers
and the reader live in :mod:`audit.supervision.review`; this module only writes.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import polars as pl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from audit.datasets import BOOL, DATE, INT, NUM, get_dataset
from audit.errors import InputError
from audit.findings.evidence import column_word
from audit.supervision.review import (
    COMMENT,
    FACT,
    FORMAT,
    JUDGEMENT,
    KEY,
    META_SHEET,
    STRATUM,
    SUGGESTION,
    VERSION,
    Field,
    answers_text,
    decision_labels,
    fact_headers,
    judgement_fields,
    word,
)
from audit.table import LoadedTable
from audit.text import Formatter, msg, t
from reports.excel import new_workbook, page_setup, save_workbook, set_text


@dataclass
class ReviewSheet:
    path: Path
    cases: int
    judgements: list[str]
    facts: list[str]
    notes: list[str] = field(default_factory=list)


def write_review_workbook(
    table: LoadedTable,
    out: str | Path,
    *,
    cases: Sequence[tuple[str, str | None]] | None = None,
    judgements: Sequence[str] | None = None,
    sample: dict | None = None,
    sample_file: str | None = None,
    lang: str = "nb",
    suggestions: dict[str, dict[str, tuple[str, str]]] | None = None,
) -> ReviewSheet:
    """Write the review workbook for ``cases`` ((key, stratum) pairs; default: every row of ``table``).

    ``suggestions`` (key -> {column: ("ja"/"nei"/"", evidence)}, from ``nav-audit grounds``)
    adds a locked «Forslag: …» column before each suggested judgement: the suggested answer,
    with the evidence as the cell's comment. The judgement cell stays empty for the reviewer.
    """
    ds = get_dataset(table.dataset)
    fields = judgement_fields(ds.name, judgements, lang)
    frame = table.frame
    key = ds.key
    if cases is None:
        cases = [(k, None) for k in frame[key].to_list()]
    keys = [k for k, _ in cases]
    index = {k: i for i, k in enumerate(frame[key].to_list())}
    missing = [k for k in keys if k not in index]
    if missing:
        form = "one" if len(missing) == 1 else "other"
        raise InputError(msg(f"error.review.sample_keys_missing.{form}", count=len(missing), first=missing[0]),
                         file=sample_file, row=getattr(cases, "rows", {}).get(missing[0]), column=key, value=missing[0],
                         hint=msg("error.review.sample_keys_missing_hint"))
    rows = frame.select(pl.all().gather([index[k] for k in keys])) if keys else frame.head(0)
    facts = [(c, h) for c, h in fact_headers(ds.name, lang) if c in frame.columns and c not in {f.column for f in fields}]
    has_strata = any(s for _, s in cases)
    notes = []
    prefilled = [f.header for f in fields if f.column in frame.columns and rows[f.column].is_not_null().any()]
    if prefilled:  # named by the workbook's headers, not the canonical column names
        notes.append(t("review.note.prefilled", lang, columns=Formatter(lang).items(
            [t("reports.quote", lang, text=h) for h in prefilled])))

    # Columns: (header, canonical or None, role, type)
    yes, no = word("answer.yes", lang), word("answer.no", lang)
    not_applicable, not_documented = word("answer.not_applicable", lang), word("answer.not_documented", lang)
    review_sheet = word("sheet.review", lang)
    columns: list[tuple[str, str | None, str, str]] = [(word("header.key", lang), key, KEY, "text")]
    columns += [(h, c, FACT, ds.column(c).type) for c, h in facts]
    if has_strata:
        columns.append((word("header.stratum", lang), None, STRATUM, "text"))
    suggested = {c for per_case in (suggestions or {}).values() for c in per_case}
    for f in fields:
        if f.column in suggested:
            columns.append((t("grounds.suggestion.header", lang, header=f.header), f.column, SUGGESTION, "text"))
        columns.append((f.header, f.column, JUDGEMENT, ds.column(f.column).type))
    columns.append((word("header.comment", lang), None, COMMENT, "text"))
    headers = [c[0] for c in columns]
    if len(set(h.lower() for h in headers)) != len(headers):
        raise InputError(msg("error.review.same_header"), value=", ".join(headers))

    wb = new_workbook(word("sheet.review", lang), lang)
    guide = wb.active
    guide.title = word("sheet.guide", lang)
    ws = wb.create_sheet(review_sheet)
    meta = wb.create_sheet(META_SHEET)

    # ---- the review sheet
    thin = Side(style="thin", color="BFBFBF")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_font = Font(bold=True)
    fact_fill = PatternFill("solid", fgColor="EDEDED")
    judge_fill = PatternFill("solid", fgColor="FFF2CC")
    head_fill = PatternFill("solid", fgColor="D9E1F2")
    questions = {f.header: f.question for f in fields}
    for j, (header, canon, role, type_) in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=j)
        set_text(cell, header, lang)
        cell.font = head_font
        cell.fill = head_fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.border = border
        if role == JUDGEMENT:
            prompt = t("review.answer_prompt", lang, answers=answers_text(type_, lang))
            cell.comment = Comment(f"{questions[header]}\n{prompt}", "nav-audit", width=300, height=120)
    strata = dict(cases)
    decisions = decision_labels(lang)
    for i, r in enumerate(rows.iter_rows(named=True), start=2):
        for j, (header, canon, role, type_) in enumerate(columns, start=1):
            cell = ws.cell(row=i, column=j)
            cell.border = border
            if role in (KEY, FACT):
                v = r[canon]
                if canon == "decision" and v is not None:
                    v = decisions.get(v, v)
                set_text(cell, v, lang)
                cell.fill = fact_fill
            elif role == STRATUM:
                set_text(cell, strata.get(r[key]), lang)
                cell.fill = fact_fill
            elif role == SUGGESTION:
                value, evidence = (suggestions.get(r[key]) or {}).get(canon, ("", ""))
                set_text(cell, {"ja": yes, "nei": no}.get(value), lang)
                cell.fill = fact_fill
                if evidence:
                    cell.comment = Comment(evidence, "nav-audit grounds", width=300, height=80)
            else:
                cell.protection = Protection(locked=False)
                if role == JUDGEMENT:
                    cell.fill = judge_fill
                    if type_ == DATE:
                        cell.number_format = "dd.mm.yyyy"
                else:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
    last = len(keys) + 1
    for j, (header, canon, role, type_) in enumerate(columns, start=1):
        if role != JUDGEMENT or last < 2:
            continue
        letter = get_column_letter(j)
        ref = f"{letter}2:{letter}{last}"
        first = f"{letter}2"
        if type_ == BOOL:
            dv = DataValidation(type="list", formula1=f'"{yes},{no},{not_applicable}"', allow_blank=True)
        elif type_ == DATE:
            dv = DataValidation(type="custom", allow_blank=True,
                                formula1=f'OR(ISNUMBER({first}),{first}="{not_documented}",{first}="{not_applicable}")')
        elif type_ in (INT, NUM):
            whole = f",{first}=INT({first})" if type_ == INT else ""
            dv = DataValidation(type="custom", allow_blank=True,
                                formula1=f'OR(AND(ISNUMBER({first}),{first}>=0{whole}),{first}="{not_applicable}")')
        else:
            continue
        dv.showErrorMessage = True
        dv.errorTitle = word("invalid_title", lang)
        dv.error = t("review.invalid", lang, answers=answers_text(type_, lang))
        dv.showInputMessage = True
        dv.promptTitle = header[:32]
        dv.prompt = (questions.get(header, "") + " "
                     + t("review.answer_prompt", lang, answers=answers_text(type_, lang)) + ".")[:255]
        dv.add(ref)
        ws.add_data_validation(dv)
    widths = {KEY: 14, FACT: 14, STRATUM: 28, JUDGEMENT: 18, COMMENT: 50, SUGGESTION: 14}
    for j, (header, canon, role, type_) in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(j)].width = max(widths[role], min(len(header) + 2, 24) if role != COMMENT else 0)
    ws.row_dimensions[1].height = 48
    ws.freeze_panes = ws.cell(row=2, column=2)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(last, 1)}"
    ws.protection.sheet = True
    ws.protection.autoFilter = False  # filtering stays possible on the protected sheet
    ws.protection.sort = False
    ws.protection.formatColumns = False
    ws.protection.formatRows = False

    # ---- the guide
    _write_guide(guide, ds, fields, len(keys), sample, lang, suggestions=bool(suggested))
    # ---- the metadata sheet
    meta_rows: list[list] = [
        ["format", FORMAT], ["version", VERSION], ["dataset", ds.name], ["key", key], ["sheet", review_sheet],
        ["created_at", dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")],
        ["inputs", json.dumps([s.to_json() for s in table.sources], ensure_ascii=False)],
        ["sample", json.dumps(_sample_summary(sample, sample_file), ensure_ascii=False) if (sample or sample_file) else ""],
        ["values:decision", json.dumps({v: k for k, v in decisions.items()}, ensure_ascii=False)],
        ["lang", lang],
        [],
        ["columns", "header", "role", "type"],
    ]
    meta_rows += [[canon or "", header, role, type_] for header, canon, role, type_ in columns]
    for i, row in enumerate(meta_rows, start=1):
        for j, v in enumerate(row, start=1):
            set_text(meta.cell(row=i, column=j), v)
    meta.sheet_state = "hidden"
    meta.protection.sheet = True
    wb.active = 0
    page_setup(ws, 1, title_columns="A:A")  # A4, fitted to the width, header row and key on every page
    page_setup(guide, orientation="portrait")
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise InputError(msg("error.review.xlsx_only"), file=str(out))
    save_workbook(wb, out)
    return ReviewSheet(path=out, cases=len(keys), judgements=[f.column for f in fields], facts=[c for c, _ in facts],
                       notes=notes)


def _sample_summary(sample: dict | None, sample_file: str | None) -> dict:
    out: dict = {"file": Path(sample_file).name} if sample_file else {}
    if sample:
        for k in ("seed", "population", "sample_size", "strata_columns", "allocation", "filters", "as_of"):
            if k in sample:
                out[k] = sample[k]
    return out


def _write_guide(ws, ds, fields: list[Field], n: int, sample: dict | None, lang: str = "nb",
                 suggestions: bool = False) -> None:
    def g(name: str, **values: object) -> str:
        return t(f"review.guide.{name}", lang, **values)

    lines: list[tuple[str, str]] = [
        ("title", g("title")),
        ("", ""),
        ("p", g("intro", n=n, dataset=getattr(ds, f"title_{lang}"), sheet=word("sheet.review", lang))),
        ("p", g("facts")),
        ("", ""),
        ("h", g("how")),
        ("p", g("yes", word=word("answer.yes", lang))),
        ("p", g("no", word=word("answer.no", lang))),
        ("p", g("not_applicable", word=word("answer.not_applicable", lang))),
        ("p", g("dates", word=word("answer.not_documented", lang))),
        ("p", g("blank")),
        ("p", g("comment", header=word("header.comment", lang))),
        ("", ""),
        ("h", g("judgements")),
    ]
    for f in fields:
        col = ds.column(f.column)
        lines.append(("p", g("judgement", header=f.header, question=f.question, answers=answers_text(col.type, lang))))
    if suggestions:
        lines += [("", ""), ("h", t("grounds.suggestion.heading", lang)), ("p", t("grounds.suggestion.guide", lang))]
    lines += [
        ("", ""),
        ("h", g("done")),
        ("p", g("save")),
        ("p", g("hidden", sheet=META_SHEET)),
        ("code", g("command")),
        ("p", g("alone")),
    ]
    if sample:
        # the strata in words («kontor, aldersgruppe»), as the drafts name them, not as the sample file codes them
        fmt = Formatter(lang)
        strata = ", ".join(column_word(str(c), fmt, lower=True) for c in sample.get("strata_columns") or []) \
            or g("no_strata")
        lines += [("", ""), ("h", g("sample")),
                  ("p", g("sample_text", seed=sample.get("seed"), population=sample.get("population"),
                          size=sample.get("sample_size"), strata=strata))]
    ws.column_dimensions["A"].width = 120
    for i, (kind, text) in enumerate(lines, start=1):
        cell = ws.cell(row=i, column=1)
        set_text(cell, text or None, lang)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if text and len(text) > 110:  # spreadsheet programs do not all grow wrapped rows by themselves
            ws.row_dimensions[i].height = 15 * (len(text) // 110 + 1)
        if kind == "title":
            cell.font = Font(bold=True, size=14)
        elif kind == "h":
            cell.font = Font(bold=True, size=12)
        elif kind == "code":
            cell.font = Font(name="Consolas")
    ws.protection.sheet = True


__all__ = ["ReviewSheet", "write_review_workbook"]
