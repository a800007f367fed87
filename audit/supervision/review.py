"""The review workbook's declarations and its reader.

A reviewer reads each sampled decision and records judgements in a workbook that
:mod:`reports.review_workbook` writes. This module says what can be judged per dataset
(:data:`JUDGEMENTS`; the header and question of each are declared with its check,
``Check.questions``), which facts are shown, the answers allowed, and reads a
filled workbook back. Answers, as shown in the dropdowns (bokmål / English):

==================  ======================================================
boolean judgement   ``Ja``/``Yes`` → true, ``Nei``/``No`` → false,
                    ``Ikke relevant``/``Not applicable``, blank
date judgement      a date, ``Ikke dokumentert``/``Not documented`` (no date:
                    the check judges it as missing), ``Ikke relevant``, blank
number judgement    a number ≥ 0, ``Ikke relevant``, blank
==================  ======================================================

The reader accepts the answers of every language, whatever language the workbook was
written in.

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

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import polars as pl

from audit.datasets import BOOL, DATE, INT, NUM, get_dataset
from audit.errors import InputError
from audit.table import ROW, LoadedTable, SourceInfo, known_column
from audit.text import LANGS, t
from checks import SUITES

FORMAT = "nav-audit-review"
VERSION = 1
META_SHEET = "nav-audit"

KEY, FACT, JUDGEMENT, COMMENT, STRATUM = "key", "fact", "judgement", "comment", "stratum"
SUGGESTION = "suggestion"  # a machine suggestion beside a judgement (nav-audit grounds); never read as a judgement


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


# What a reviewer can judge, per dataset: the header and question of each are declared with
# the check they serve (``Check.questions`` in checks/kvp.py and checks/stonad.py); the first
# declaration of a column wins.
def _questions() -> dict[str, dict]:
    out: dict[str, dict] = {}
    for suite in SUITES.values():
        fields = out.setdefault(suite.dataset, {})
        for check in suite.checks:
            for q in check.questions:
                fields.setdefault(q.column, q)
    return out


QUESTIONS = _questions()
JUDGEMENTS: dict[str, tuple[str, ...]] = {name: tuple(qs) for name, qs in QUESTIONS.items()}

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
            out.append(Field(c, *QUESTIONS[ds.name][c].text(lang)))
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
    "DEFAULT_JUDGEMENTS", "JUDGEMENTS", "answers_text", "is_review_workbook", "judgement_fields", "read_review",
]
