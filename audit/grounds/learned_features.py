"""Readable features of a decision letter for the learned reader (issue 19's experiment; audit/grounds/learned.py).

A letter is read with the rule's own reading layer — its sentences (:func:`audit.grounds.layout.sentences_of`: a list
item is read with its lead-in), their lemmas (simplemma), the letter's furniture set aside (start, payment, appeal:
:func:`audit.grounds.furniture.without_furniture`) — and each sentence is attributed to the criteria it is *about*:
those it names (the rule's declared names, :func:`named_in`), those whose topic words it holds (the rule's declared
topic lists, :func:`topic_criteria`) and those the heading above it names. Per criterion, the features are the
names of what the sentences about it hold:

* ``w:<lemma>`` — a lemma (``w:diagnose``, ``w:ikke``); numbers are ``#``;
* ``b:<lemma> <lemma>`` — two lemmas next to each other (``b:ikke ha``, ``b:siden #``);
* ``f:<class>`` — a class of fact (:data:`FACT_CLASSES`: ``f:date``, ``f:amount``, ``f:years``, ``f:age``, …);
* ``r:<role>`` — how the sentence is about the criterion (``r:named``, ``r:topic``, ``r:heading``, ``r:item``,
  ``r:question``), and ``n:<count>`` — how many sentences are about it (``n:0``, ``n:1``, ``n:2``, ``n:3+``).

A feature records the paragraphs it was seen in, so a judgement's evidence names paragraphs and feature names —
never the letter's words beyond single lemmas and pairs of them, which are the vocabulary of the model (its weights
file lists every one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from audit.grounds import vocabulary as V
from audit.grounds.furniture import without_furniture
from audit.grounds.layout import is_heading, named_in, sentences_of
from audit.grounds.terms import Sentence
from audit.grounds.topics import topic_criteria

KEYS = tuple(c.key for c in V.CRITERIA)

_MONTH = r"(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)"
_NUMBER_WORD = r"(?:ett|eitt|eit|ei|en|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|mange|fleire|flere)"
# A class of fact: a name a lawyer can read, and the pattern that finds it in a sentence (lower case).
FACT_CLASSES: dict[str, re.Pattern] = {
    "date": re.compile(rf"\b\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}\b|\b\d{{1,2}}\.? {_MONTH}\b|\b{_MONTH} \d{{4}}\b"),
    "year": re.compile(r"\b(?:19|20)\d\d\b"),
    "amount": re.compile(r"\bkr\.? ?\d|\d[\d \u00a0.]*(?:,-| ?kr\b| ?kroner\b)"),
    "years": re.compile(rf"\b(?:\d+|{_NUMBER_WORD}) (?:år|års)\b"),
    "age": re.compile(r"\b(?:1[6-9]|[2-6]\d) ?år\b|\bfødt\b|\bfødd\b|\bf\. ?\d|\b(?:19|20)\d\d-modell"),
    "duration": re.compile(rf"\b(?:\d+|{_NUMBER_WORD}) (?:måneder|månader|månedar|uker|veker|dager|dagar)\b"),
    "hours": re.compile(r"\b\d+(?:[.,]\d+)? ?(?:timer|timar|t\b|t/)|\b(?:dager|dagar) (?:i uken|i veka|per uke|i veke)"),
    "percent": re.compile(r"\d ?(?:%|prosent)"),
    "number": re.compile(r"\d"),
    "law": re.compile(r"§|\blov(?:en|a)?\b|\bjf\.|\brundskriv"),
}


@dataclass
class LetterFeatures:
    """Per criterion key: feature name -> the paragraph numbers it was seen in."""
    by_criterion: dict[str, dict[str, set[int]]] = field(default_factory=dict)


def _lemma(w: str) -> str:
    return "#" if w[:1].isdigit() else w


def _content(s: Sentence) -> list[str]:
    return [_lemma(x) for x in s.lemmas if x[:1].isalnum()]


def sentence_roles(paragraphs: list[str]) -> list[tuple[int, list[str], str, dict[str, set[str]]]]:
    """Each sentence of the letter (furniture set aside) as (paragraph, lemmas, lower-case text, criterion -> roles)."""
    out = []
    heading: set[str] = set()
    for sents in sentences_of(paragraphs):
        if not sents:
            continue
        para = sents[0].paragraph
        if sents[0].lead is None and is_heading(paragraphs[para - 1], sents):
            named = set(named_in(sents[0], label=True))
            heading = named if len(named) in (1, 2) else set()
            out.append((para, _content(sents[0]), sents[0].text.lower(), {k: {"named", "heading_line"} for k in named}))
            continue
        for s in sents:
            kept = without_furniture(s)
            if kept is None:
                continue
            roles: dict[str, set[str]] = {}
            for k in named_in(kept, label=kept.lead is not None):
                roles.setdefault(k, set()).add("named")
            for k in topic_criteria(kept):
                roles.setdefault(k, set()).add("topic")
            for k in heading:
                roles.setdefault(k, set()).add("heading")
            if kept.lead is not None:
                for r in roles.values():
                    r.add("item")
            if kept.text.rstrip().endswith("?"):
                for r in roles.values():
                    r.add("question")
            out.append((para, _content(kept), kept.text.lower(), roles))
    return out


def letter_features(paragraphs: list[str], sentences=None, whole: bool = False) -> LetterFeatures:
    """The features of every criterion for one letter (``sentences``: :func:`sentence_roles`' answer, if known).
    ``whole``: every sentence counts for every criterion, without roles (no use of the rule's names and topics; a
    control for how much the attribution carries)."""
    sentences = sentence_roles(paragraphs) if sentences is None else sentences
    out = LetterFeatures({k: {} for k in KEYS})
    counts = {k: 0 for k in KEYS}
    for para, lemmas, text, roles in sentences:
        if whole:
            roles = {k: set() for k in KEYS}
        if not roles:
            continue
        names = set()
        names.update(f"w:{x}" for x in lemmas)
        names.update(f"b:{a} {b}" for a, b in zip(lemmas, lemmas[1:]))
        names.update(f"f:{name}" for name, rx in FACT_CLASSES.items() if rx.search(text))
        for k, rs in roles.items():
            counts[k] += 1
            feats = out.by_criterion[k]
            for name in names | {f"r:{r}" for r in rs}:
                feats.setdefault(name, set()).add(para)
    for k, n in counts.items():
        out.by_criterion[k][f"n:{min(n, 3)}{'+' if n >= 3 else ''}"] = set()
    return out


__all__ = ["FACT_CLASSES", "KEYS", "LetterFeatures", "letter_features", "sentence_roles"]
