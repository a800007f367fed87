"""What a sentence is about by its content (round 10): topic words per criterion (vocabulary.TOPICS), the tense
of the programme's topic, and three structural tests — a rule stated in general terms, the law as a subject,
and what the office did not do (vocabulary.py explains them).

The layer between :mod:`audit.grounds.terms` (words and terms) and :mod:`audit.grounds.classify` (the rules).
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.grounds import vocabulary as V
from audit.grounds.terms import Sentence, find_patterns, find_terms


def name_positions(s: Sentence) -> set[int]:
    """Word positions covered by any criterion's names («kan leve av» names benefits: no fact)."""
    out: set[int] = set()
    for c in V.CRITERIA:
        for term, starts in find_terms(c.names, s).items():
            n = len(term.split())
            for p in starts:
                out.update(range(p, p + n))
    return out


def topic_hits(s: Sentence, key: str, start: int = 0) -> list[int]:
    """Positions (from ``start``) of the criterion's topic words, outside any criterion's names."""
    skip = name_positions(s)
    out = []
    for term, starts in find_terms(V.TOPICS[key], s).items():
        out.extend(p for p in starts if p >= start and p not in skip)
    if key == "program" and out and no_programme_content(s):
        return []  # history, a need or goal, a plan to be made later: not what the applicant will do
    return sorted(set(out))


def no_programme_content(s: Sentence) -> bool:
    """The sentence names no programme content whatever activity it mentions (round 11, vocabulary.NEED): a plan to
    be made later (LATER_PLAN); history (PAST without FUTURE) or a need or goal (NEED), unless the sentence commits
    the applicant to the activity (COMMITMENT)."""
    if find_terms(V.LATER_PLAN, s):
        return True
    if find_terms(V.COMMITMENT, s):
        return False
    return bool(find_terms(V.PAST, s)) and not find_terms(V.FUTURE, s) or bool(find_terms(V.NEED, s))


def programme_anchor(s: Sentence) -> bool:
    """An activity read as the programme's by its topic alone needs an anchor (vocabulary.ANCHOR): a commitment, a
    place, a time in the week or the programme year, a date — not a bare topic word."""
    return bool(find_terms(V.ANCHOR, s)) or bool(find_patterns(("dato", "varighet"), s))


def topic_criteria(s: Sentence) -> set[str]:
    """The criteria a sentence is about by its content: those with most distinct topic words (all on a tie)."""
    counts = {}
    for key in V.TOPICS:
        hits = topic_hits(s, key)
        if hits:
            counts[key] = len({s.lemmas[p] for p in hits})
    if not counts:
        return set()
    best = max(counts.values())
    out = {k for k, n in counts.items() if n == best}
    if {"program", "necessity"} <= out:
        out.discard("necessity")  # an activity not in the past is what the applicant will do (the programme's)
    return out


@lru_cache(maxsize=None)
def _law_word() -> re.Pattern:
    return re.compile(V.LAW_WORD)


def law_word(s: Sentence) -> bool:
    """The law in any compound («lovteksten», «lovens»)."""
    return any(_law_word().match(w) or _law_word().match(lem) for w, lem in zip(s.words, s.lemmas))


def generic_rule(s: Sentence) -> bool:
    """A modal verb with a generic subject, without «du» and without a date or number: the law paraphrased."""
    if not find_terms(V.MODAL, s) or not find_terms(V.GENERIC_SUBJECT, s):
        return False
    if any(w in V.SECOND_PERSON for w in s.words):
        return False
    return not find_patterns(V.CONCRETE, s) and not any(w.isdigit() for w in s.words)


def agency_negated(s: Sentence) -> bool:
    """The office as subject, a negation within three words after it: what the office did not do."""
    for i, w in enumerate(s.words):
        # the subject: opening the sentence or a clause («…, og vi har ikke …»), not «hos NAV uten at …»
        if w in V.AGENCY and (i == 0 or s.words[i - 1] in (",", ";", "og", "men", "at")):
            if any(x in ("ikke", "ikkje") for x in s.words[i + 1: i + 4]):
                return True
    return False


__all__ = ["agency_negated", "generic_rule", "law_word", "name_positions", "no_programme_content", "programme_anchor",
           "topic_criteria", "topic_hits"]
