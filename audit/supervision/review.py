"""The review workbook: a reviewer reads each sampled decision and records judgements.

:func:`write_review_workbook` writes an XLSX with

* sheet **Veiledning** — instructions in bokmål (what to judge, the answers allowed,
  what a blank cell means, how to audit the filled workbook);
* sheet **Gjennomgang** — one row per case: the key and known facts (office, decision,
  dates …) pre-filled and locked (sheet protection without password: it prevents
  slips, not intent), then one unlocked column per judgement, with validation, and a
  comment column;
* a hidden sheet **nav-audit** — the workbook's own mapping: which header is which
  canonical column, its role (key, fact, judgement, comment) and type, plus where the
  cases came from (input files, sample seed). The reader needs nothing else.

Answers (bokmål, as shown in the dropdowns):

==================  ======================================================
boolean judgement   ``Ja`` → true, ``Nei`` → false, ``Ikke relevant``, blank
date judgement      a date, ``Ikke dokumentert`` (no date: the check judges
                    it as missing), ``Ikke relevant``, blank
number judgement    a number ≥ 0, ``Ikke relevant``, blank
==================  ======================================================

:func:`read_review` turns a (half-)filled workbook into a :class:`LoadedTable` of the
dataset, so ``nav-audit run export.csv gjennomgang.xlsx`` joins it with the export on
the key (``audit.loading.load_file`` recognises the workbook by its hidden sheet and
ignores any mapping for it). A judgement that was not made — blank, or
``Ikke relevant`` — is *not known*: the row is ``unknown`` for the checks that need the
column: the reader marks where a judgement was made (``__known__<column>``) and
:func:`audit.loading.join_tables` makes the other rows unknown for that column unless
another input has the value (for dates, an empty value would otherwise be judged
against the audit date, and every case outside the sample would become a finding). ``Ikke relevant`` is thus never counted as passed or failed; the
reader lists those cells separately. Per row the review is *complete* (every judgement
made), *partial* or *not started*; the counts and keys go to the input's ``review``
entry in results.json (``run.inputs[i].review``) and to ``LoadedTable.notes`` (printed
by ``nav-audit run``).
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import polars as pl

from audit.datasets import BOOL, DATE, INT, NUM, get_dataset
from audit.errors import InputError
from audit.table import ROW, LoadedTable, SourceInfo, known_column
from audit.text import LANGS, t

FORMAT = "nav-audit-review"
VERSION = 1
META_SHEET = "nav-audit"

KEY, FACT, JUDGEMENT, COMMENT, STRATUM = "key", "fact", "judgement", "comment", "stratum"


def word(name: str, lang: str = "nb") -> str:
    """An answer, sheet name or fixed header of the workbook in ``lang`` (catalogue ``review.*``)."""
    return t(f"review.{name}", lang)


# The sheet names and fixed headers in bokmål (the default language of the workbook).
REVIEW_SHEET, GUIDE_SHEET = word("sheet.review"), word("sheet.guide")
KEY_HEADER, COMMENT_HEADER, STRATUM_HEADER = word("header.key"), word("header.comment"), word("header.stratum")
YES, NO = word("answer.yes"), word("answer.no")
NOT_APPLICABLE, NOT_DOCUMENTED = word("answer.not_applicable"), word("answer.not_documented")


def answer_words(name: str) -> list[str]:
    """An answer in every language, lower case: what the reader accepts (``not_applicable`` …)."""
    return list(dict.fromkeys(word(f"answer.{name}", lang).lower() for lang in LANGS))


@dataclass(frozen=True)
class Field:
    column: str  # canonical column
    header: str  # header in the workbook
    question: str  # what the reviewer judges


# What a reviewer can judge, per dataset, in the order of the workbook; header and
# question of each are the catalogue's ``review.field.<column>.header|question``.
JUDGEMENTS: dict[str, tuple[str, ...]] = {
    "kvp": ("ground_age", "ground_work_ability", "ground_benefits", "ground_necessity", "ground_program",
            "appeal_info", "evaluations_planned", "kvp_informed_date", "planned_end_date",
            "work_ability_assessment_date", "hours_per_week"),
    "stonad": ("conditions_set", "child_benefit_as_income", "kvp_informed_date", "follow_up_meeting_date"),
}

DEFAULT_JUDGEMENTS: dict[str, tuple[str, ...]] = {
    "kvp": ("ground_age", "ground_work_ability", "ground_benefits", "ground_necessity", "ground_program",
            "appeal_info", "evaluations_planned", "kvp_informed_date"),
    "stonad": ("conditions_set", "child_benefit_as_income", "kvp_informed_date"),
}

# Known facts shown (locked) beside each case, when the input has them (headers: ``review.fact.<column>``).
FACTS: dict[str, tuple[str, ...]] = {
    "kvp": ("municipality", "office", "caseworker", "first_contact_date", "application_date", "decision",
            "decision_date", "program_start_date"),
    "stonad": ("municipality", "office", "caseworker", "received_date", "decision", "decision_date",
               "period_start", "period_end"),
}

DECISIONS = ("granted", "refused", "partly")


def decision_labels(lang: str = "nb") -> dict[str, str]:
    """The words for the decision codes in the workbook: ``{"granted": "Innvilget", …}``."""
    return {code: _cap(t(f"value.decision.{code}", lang)) for code in DECISIONS}


def fact_headers(dataset: str, lang: str = "nb") -> tuple[tuple[str, str], ...]:
    """(canonical column, header) of the facts shown for ``dataset``."""
    return tuple((c, word(f"fact.{c}", lang)) for c in FACTS.get(dataset, ()))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def judgement_fields(dataset: str, columns: Sequence[str] | None = None, lang: str = "nb") -> list[Field]:
    """The judgement fields to put in a workbook (default: DEFAULT_JUDGEMENTS)."""
    ds = get_dataset(dataset)
    known = JUDGEMENTS.get(ds.name, ())
    wanted = list(columns) if columns else list(DEFAULT_JUDGEMENTS.get(ds.name, ()))
    out = []
    for c in dict.fromkeys(wanted):
        if c in known:
            out.append(Field(c, word(f"field.{c}.header", lang), word(f"field.{c}.question", lang)))
            continue
        col = ds.column(c)
        if col is None or c == ds.key:
            raise InputError(f"«{c}» er ikke en kolonne som kan vurderes i datasett «{ds.name}»", column=c,
                             hint=f"Mulige vurderinger: {', '.join(known)}.")
        out.append(Field(c, c, col.meaning))  # any other canonical column, under its own name
    if not out:
        raise InputError("arbeidsboka må ha minst én vurderingskolonne")
    return out


def answers_text(type_: str, lang: str = "nb") -> str:
    not_applicable = word("answer.not_applicable", lang)
    if type_ == BOOL:
        return f"{word('answer.yes', lang)} / {word('answer.no', lang)} / {not_applicable}"
    if type_ == DATE:
        return f"{word('answers.date', lang)} / {word('answer.not_documented', lang)} / {not_applicable}"
    if type_ in (INT, NUM):
        return f"{word('answers.integer' if type_ == INT else 'answers.number', lang)} ≥ 0 / {not_applicable}"
    return f"{word('answers.text', lang)} / {not_applicable}"


# --------------------------------------------------------------------------- writing


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
) -> ReviewSheet:
    """Write the review workbook for ``cases`` ((key, stratum) pairs; default: every row of ``table``)."""
    import openpyxl
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    from audit.io import atomic_path
    from audit.supervision.xlsx import set_text

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
        raise InputError(
            f"{len(missing)} saker i utvalget finnes ikke i uttrekket, blant dem «{missing[0]}»",
            file=sample_file, column=key, value=missing[0],
            hint="Bruk det samme uttrekket (og den samme mappingen) som utvalget ble trukket fra.",
        )
    rows = frame.select(pl.all().gather([index[k] for k in keys])) if keys else frame.head(0)
    facts = [(c, h) for c, h in fact_headers(ds.name, lang) if c in frame.columns and c not in {f.column for f in fields}]
    has_strata = any(s for _, s in cases)
    notes = []
    prefilled = [f.column for f in fields if f.column in frame.columns and rows[f.column].is_not_null().any()]
    if prefilled:
        notes.append(t("review.note.prefilled", lang, columns=", ".join(f"«{c}»" for c in prefilled)))

    # Columns: (header, canonical or None, role, type)
    yes, no = word("answer.yes", lang), word("answer.no", lang)
    not_applicable, not_documented = word("answer.not_applicable", lang), word("answer.not_documented", lang)
    review_sheet = word("sheet.review", lang)
    columns: list[tuple[str, str | None, str, str]] = [(word("header.key", lang), key, KEY, "text")]
    columns += [(h, c, FACT, ds.column(c).type) for c, h in facts]
    if has_strata:
        columns.append((word("header.stratum", lang), None, STRATUM, "text"))
    first_judgement = len(columns) + 1
    columns += [(f.header, f.column, JUDGEMENT, ds.column(f.column).type) for f in fields]
    columns.append((word("header.comment", lang), None, COMMENT, "text"))
    headers = [c[0] for c in columns]
    if len(set(h.lower() for h in headers)) != len(headers):
        raise InputError("to kolonner i arbeidsboka ville fått samme overskrift", value=", ".join(headers))

    wb = openpyxl.Workbook()
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
        set_text(cell, header)
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
                set_text(cell, v)
                cell.fill = fact_fill
            elif role == STRATUM:
                set_text(cell, strata.get(r[key]))
                cell.fill = fact_fill
            else:
                cell.protection = Protection(locked=False)
                if role == JUDGEMENT:
                    cell.fill = judge_fill
                    if type_ == DATE:
                        cell.number_format = "dd.mm.yyyy"
                else:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
    last = len(keys) + 1
    from openpyxl.utils import get_column_letter

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
    widths = {KEY: 14, FACT: 14, STRATUM: 28, JUDGEMENT: 18, COMMENT: 50}
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
    _write_guide(guide, ds, fields, len(keys), sample, lang)
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
    from reports.excel import page_setup  # A4 print set-up shared by every workbook

    page_setup(ws, 1, title_columns="A:A")
    page_setup(guide, orientation="portrait")
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise InputError("gjennomgangsarbeidsboka skrives som .xlsx", file=str(out))
    with atomic_path(out) as tmp:
        wb.save(tmp)
    return ReviewSheet(path=out, cases=len(keys), judgements=[f.column for f in fields], facts=[c for c, _ in facts],
                       notes=notes)


def _sample_summary(sample: dict | None, sample_file: str | None) -> dict:
    out: dict = {"file": Path(sample_file).name} if sample_file else {}
    if sample:
        for k in ("seed", "population", "sample_size", "strata_columns", "allocation", "filters", "as_of"):
            if k in sample:
                out[k] = sample[k]
    return out


def _write_guide(ws, ds, fields: list[Field], n: int, sample: dict | None, lang: str = "nb") -> None:
    from openpyxl.styles import Alignment, Font

    from audit.supervision.xlsx import set_text

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
    lines += [
        ("", ""),
        ("h", g("done")),
        ("p", g("save")),
        ("code", g("command")),
        ("p", g("alone")),
    ]
    if sample:
        strata = ", ".join(sample.get("strata_columns") or []) or g("no_strata")
        lines += [("", ""), ("h", g("sample")),
                  ("p", g("sample_text", seed=sample.get("seed"), population=sample.get("population"),
                          size=sample.get("sample_size"), strata=strata))]
    ws.column_dimensions["A"].width = 120
    for i, (kind, text) in enumerate(lines, start=1):
        cell = ws.cell(row=i, column=1)
        set_text(cell, text or None)
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


# --------------------------------------------------------------------------- reading


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
        raise InputError(f"gjennomgangsarbeidsboka kan ikke leses ({type(exc).__name__})", file=str(path)) from None
    try:
        if META_SHEET not in wb.sheetnames:
            raise InputError(f"arbeidsboka mangler det skjulte arket «{META_SHEET}»", file=str(path))
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
        raise InputError("arket «nav-audit» er ikke fra en gjennomgangsarbeidsbok", file=str(path))
    try:
        version = int(values.get("version") or 0)
    except (TypeError, ValueError):
        version = 0
    if version != VERSION:
        raise InputError(f"gjennomgangsarbeidsboka har formatversjon {values.get('version')}, "
                         f"denne versjonen av nav-audit leser versjon {VERSION}", file=str(path))

    def _json(name: str, default):
        text = values.get(name)
        if not text:
            return default
        try:
            return json.loads(str(text))
        except ValueError:
            raise InputError(f"arket «{META_SHEET}» er skadet (feltet «{name}»)", file=str(path)) from None

    if not any(role == KEY for _, _, role, _ in columns):
        raise InputError(f"arket «{META_SHEET}» er skadet (ingen nøkkelkolonne)", file=str(path))
    return ReviewMeta(
        dataset=str(values.get("dataset") or ""), key=str(values.get("key") or ""),
        sheet=str(values.get("sheet") or REVIEW_SHEET), columns=columns,
        decision_values=_json("values:decision", {}), sample=_json("sample", {}), inputs=_json("inputs", []),
    )


def read_review(path: str | Path, dataset: str) -> LoadedTable:
    """Read a (half-)filled review workbook as a LoadedTable of ``dataset``."""
    from audit.io import sha256_file
    from audit.loading import read_raw, to_canonical
    from audit.mapping import Mapping
    from audit.values import clean_text

    path = Path(path)
    meta = read_meta(path)
    ds = get_dataset(dataset)
    if meta.dataset != ds.name:
        raise InputError(f"gjennomgangsarbeidsboka gjelder datasett «{meta.dataset}», men kjøringen gjelder «{ds.name}»",
                         file=str(path), hint=f"Bruk --suite {meta.dataset}.")
    raw = read_raw(path, Mapping(dataset=ds.name, sheet=meta.sheet))
    for canon, header, role, _ in meta.columns:
        if header not in raw.headers:
            raise InputError(
                f"overskriften «{header}» mangler i arket «{meta.sheet}»", file=str(path), row=1, column=header,
                hint="Ikke endre eller slett overskriftene i gjennomgangsarbeidsboka.",
            )
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
                                details={"sheet": meta.sheet, "review": summary})]
    table.notes = review_notes(path.name, summary)
    return table


def review_notes(name: str, summary: dict, lang: str = "nb") -> list[str]:
    """Lines about a review's progress (printed by ``nav-audit run``)."""
    notes = [t("review.progress", lang, name=name, cases=summary["cases"], complete=summary["complete"],
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


__all__ = [
    "DEFAULT_JUDGEMENTS", "JUDGEMENTS", "ReviewSheet", "is_review_workbook", "judgement_fields",
    "read_review", "write_review_workbook",
]
