"""The review workbook's declarations (its reader: :mod:`audit.inputs.review`).

A reviewer reads each sampled decision and records judgements in a workbook that
:mod:`reports.review_workbook` writes. This module says what can be judged per dataset
(:data:`JUDGEMENTS`; the header and question of each are declared with its check,
``Check.questions``), which facts are shown, the answers allowed, and how a
filled workbook is read back (:mod:`audit.inputs.review`). Answers, as shown in the dropdowns (bokmål / English):

==================  ======================================================
boolean judgement   ``Ja``/``Yes`` → true, ``Nei``/``No`` → false,
                    ``Ikke relevant``/``Not applicable``, blank
date judgement      a date, ``Ikke dokumentert``/``Not documented`` (no date:
                    the check judges it as missing), ``Ikke relevant``, blank
number judgement    a number ≥ 0, ``Ikke relevant``, blank
==================  ======================================================

The reader accepts the answers of every language, whatever language the workbook was
written in.

:func:`audit.inputs.review.read_review` reads a filled workbook back (see there).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from audit.datasets import BOOL, DATE, INT, NUM, get_dataset
from audit.errors import InputError
from audit.text import LANGS, msg, t
from checks import SUITES, value_words

FORMAT = "nav-audit-review"
VERSION = 1
META_SHEET = "nav-audit"

KEY, FACT, JUDGEMENT, COMMENT, STRATUM = "key", "fact", "judgement", "comment", "stratum"
SUGGESTION = "suggestion"  # a machine suggestion beside a judgement (nav-audit grounds); never read as a judgement


def word(name: str, lang: str = "nb") -> str:
    """An answer, sheet name or fixed header of the workbook in ``lang`` (catalogue ``review.*``)."""
    return t(f"review.{name}", lang)


# The review sheet's name in bokmål: where a workbook whose metadata names no sheet keeps its cases.
REVIEW_SHEET = word("sheet.review")


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
    """The words for the decision codes in the workbook, as the checks declare them (``Check.values``):
    ``{"granted": "Innvilget", …}``."""
    words = value_words("decision")
    return {code: _cap(words[code][LANGS.index(lang)]) for code in DECISIONS}


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
            raise InputError(msg("error.review.not_judgeable", column=c, dataset=ds.name), column=c,
                             hint=msg("error.review.not_judgeable_hint", names=", ".join(known)))
        out.append(Field(c, c, col.meaning))  # any other canonical column, under its own name
    if not out:
        raise InputError(msg("error.review.no_judgements"))
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


__all__ = ["DEFAULT_JUDGEMENTS", "JUDGEMENTS", "answers_text", "judgement_fields"]
