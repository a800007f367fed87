"""Whose fact, and of what (round 13): which of a sentence's declared facts and patterns are facts about this
applicant. vocabulary.py and vocabulary_topics.py declare the words («whose fact, and of what»); this module applies
them, between :mod:`audit.grounds.topics` (what a sentence is about) and :mod:`audit.grounds.classify` (the rules).

- a declared fact inside another criterion's name, or inside the condition's own compound («inntektsvilkåret»), is
  that name, not a fact («inntekt*» in «inntektsevne», in
  «evnen din til å skaffe deg inntekt»);
- a denied health fact is no fact («Du har ikke hatt ryggsmerter»); what the person lacks is one;
- a goal or need referred to without saying what it is is no fact («… for å nå målet ditt»);
- a date, a year or a duration is a fact only beside a word that says what happened (not the date of a meeting);
- a number in a sentence about a limit is the limit's.
"""

from __future__ import annotations

from functools import lru_cache

from audit.grounds import vocabulary as V
from audit.grounds.layout import named_in
from audit.grounds.procedure import PROCEDURE, account_positions, document_dates, procedure_word
from audit.grounds.terms import Sentence, find_patterns, find_terms
from audit.grounds.topics import denied_positions, name_positions, speaks_of_limit


@lru_cache(maxsize=1)
def _empty_terms() -> tuple[str, ...]:
    names = tuple(t for c in V.CRITERIA for t in c.names if " " not in t)
    # round 22 (rule 7c): the words of the case's handling are no content either
    return V.NOT_A_FACT + V.DIFFICULTY + V.SOURCE_REFERENCE + V.PERSON + V.NEGATION + V.CATEGORY_COMPOUND + names \
        + PROCEDURE


@lru_cache(maxsize=50_000)
def is_content(word: str, lem: str) -> bool:
    """A word that may carry a fact about the person: four letters or more, and none of
    NOT_A_FACT, DIFFICULTY (round 14), SOURCE_REFERENCE (round 15), PERSON, NEGATION, CATEGORY_COMPOUND (round 20) or a
    criterion's one-word names (vocabulary.py, the structural rule)."""
    if not word.isalpha() or len(word) < 4:
        return False
    return not find_terms(_empty_terms(), Sentence(0, "", [word], [lem]))


def negated_positions(s: Sentence) -> set[int]:
    """Word positions after a negation up to the end of its clause: «vi har ikke sjekket om du har rett til …»,
    «ikke fått bekreftet» — a negated word is no fact about the person."""
    out: set[int] = set()
    for i, (w, lem) in enumerate(zip(s.words, s.lemmas)):
        if w in V.NEGATION or lem in V.NEGATION:
            for k in range(i + 1, len(s.words)):
                if s.words[k] in V.CLAUSE_END:
                    break
                out.add(k)
    return out


def office_positions(s: Sentence) -> set[int]:
    """The word after «NAV»: the office's name («NAV Voss mener …»), no fact about the person (round 13)."""
    return {i + 1 for i, w in enumerate(s.words[:-1]) if w == "nav"}


def predicted_positions(s: Sentence) -> set[int]:
    """Round 14 (vocabulary.PREDICT): word positions of a prediction — from a modal followed closely by a verb of
    effect («vil hjelpe deg nærmere arbeid»), or from a verb of effect with a comparative after it («gir deg bedre
    sjanser»), to the end of the clause."""
    out: set[int] = set()
    for i, w in enumerate(s.words):
        near = s.words[i + 1: i + 1 + V.PREDICT_REACH + 1]
        start = None
        if w in V.PREDICT and any(x in V.EFFECT for x in near[:V.PREDICT_REACH]):
            start = i
        elif w in V.EFFECT and any(x in V.COMPARATIVE for x in near):
            start = i
        if start is None:
            continue
        for k in range(start, len(s.words)):
            if k > start + 1 and s.words[k] in V.CLAUSE_END:
                break
            out.add(k)
    return out


def content_positions(s: Sentence, start: int = 0) -> list[int]:
    """Content words (``is_content``) outside any criterion's names, a negated clause and a prediction."""
    skip = name_positions(s) | negated_positions(s) | office_positions(s) | predicted_positions(s) \
        | account_positions(s)  # round 22 (rules 7c, 7d, 7f, 7g)
    return [i for i, (w, lem) in enumerate(zip(s.words, s.lemmas))
            if i >= start and i not in skip and is_content(w, lem)]


def other_name_positions(s: Sentence, key: str) -> set[int]:
    """Word positions covered by the names of criteria other than ``key``."""
    out: set[int] = set()
    for c in V.CRITERIA:
        if c.key == key:
            continue
        for term, starts in find_terms(c.names, s).items():
            n = len(term.split())
            for p in starts:
                out.update(range(p, p + n))
    return out


def real_facts(hits: dict[str, list[int]], s: Sentence, key: str) -> dict[str, list[int]]:
    """The declared facts of ``key`` in ``hits`` that are facts about the applicant: not inside another criterion's
    name, not a denied health word, and a reference to a goal or need only with a content word beside it."""
    if not hits:
        return hits
    drop = other_name_positions(s, key) | denied_positions(s) \
        | {p for ps in find_terms(V.CONDITION_COMPOUND + V.CATEGORY_COMPOUND, s).values() for p in ps} \
        | {i for i, (w, lem) in enumerate(zip(s.words, s.lemmas)) if procedure_word(w, lem)} \
        | account_positions(s)  # round 22 (rules 7c, 7d, 7f, 7g)
    out = {}
    refs = {p for t, ps in hits.items() if t in V.REFERENCE_FACTS for p in ps}
    for term, positions in hits.items():
        kept = [p for p in positions if p not in drop]
        if kept and term in V.REFERENCE_FACTS and not [p for p in content_positions(s) if p not in refs]:
            kept = []
        if kept:
            out[term] = kept
    return out


def real_patterns(hits: dict[str, list[int]], s: Sentence) -> dict[str, list[int]]:
    """The patterns in ``hits`` that are facts: none in a sentence about a limit; a date, a year or a duration only
    beside a content word (what happened then)."""
    if not hits:
        return hits
    if speaks_of_limit(s):
        return {}
    # round 22 (rule 7a): a document's, a register's or the law's date dates that text, not the person's life
    dated = document_dates(s) if any(name in V.DATED for name in hits) else set()
    if dated:
        hits = {k: [p for p in v if p not in dated] if k in ("dato", "årstall") else v for k, v in hits.items()}
        hits = {k: v for k, v in hits.items() if v}
    if any(name in V.DATED for name in hits) and not content_positions(s):
        return {k: v for k, v in hits.items() if k not in V.DATED}
    return hits


def premise_of(s: Sentence, nxt: Sentence | None = None) -> tuple[str, set[int]] | None:
    """Round 14 (vocabulary.CONCLUDES): the criterion a sentence is the premise of, and the word positions that are
    premise — the words before the conclusion of one criterion after a cue («…, og vi meiner derfor at arbeidsevna di
    er …»; the criterion named after the cue or just before it: «…, og at arbeidsevnen din derfor er nedsatt»); a
    parenthesis after the one criterion the sentence names; the whole sentence when the next one is a bare conclusion
    of one criterion (no word of its own before its cue: «Vi ser difor arbeidsevna som vesentleg nedsett.»). Taking
    part in the programme («… kan derfor delta i programmet») is the decision, not the programme concluded."""
    names = {k: ps for k, ps in named_in(s).items() if k != "program"}
    cues = [p for ps in find_terms(V.CONCLUDES, s).values() for p in ps]
    cues += [j for j in range(2, len(s.words)) if s.words[j] in V.JUDGE and s.words[j - 1] in V.AGENCY
             and s.words[j - 2] in (",", "og")]
    for c in sorted(cues, reverse=True):
        near = {k: [p for p in ps if p > c or c - _NAME_BEFORE_CUE <= p < c] for k, ps in names.items()}
        near = {k: ps for k, ps in near.items() if ps}
        if len(near) == 1:
            key, ps = next(iter(near.items()))
            start = min(c, *ps)
            if start > 0:
                return key, set(range(start))
    inside = _parenthesised(s)
    outside = {k for k, ps in names.items() if any(p not in inside for p in ps)}
    if len(outside) == 1 and inside:
        key = next(iter(outside))
        first = min(p for p in names[key] if p not in inside)
        region = {p for p in inside if p > first}
        if region:
            return key, region
    if nxt is not None:
        concluded = named_in(nxt)
        cue = min((p for ps in find_terms(V.CONCLUDES, nxt).values() for p in ps), default=None)
        # round 15: the cue may follow the criterion's name in a conclusion with no word of its own at all
        # («Arbeids- og inntektsevna di er difor vesentleg nedsett.»)
        # round 22 (rule 7c): a sentence that says the matter was not assessed («Det foreligger ingen
        # arbeidsevnevurdering i saken, og arbeidsevnen din er derfor ikke vurdert») concludes nothing from the one before,
        # however few content words the case's handling leaves it
        not_assessed = any(w in V.NEGATION for w in nxt.words) and bool(find_terms(V.ABSENCE, nxt))
        if len(concluded) == 1 and "program" not in concluded and cue is not None and not not_assessed \
                and (cue < min(next(iter(concluded.values()))) or not content_positions(nxt)) \
                and not [p for p in content_positions(nxt) if p < cue] \
                and not find_patterns(V.CONCRETE, nxt) and not any(w.isdigit() for w in nxt.words):
            return next(iter(concluded)), set(range(len(s.words)))
    return None


_NAME_BEFORE_CUE = 3


def _parenthesised(s: Sentence) -> set[int]:
    out, depth = set(), 0
    for i, w in enumerate(s.words):
        if w == "(":
            depth += 1
        elif w == ")":
            depth = max(0, depth - 1)
        elif depth:
            out.add(i)
    return out


__all__ = ["premise_of", "predicted_positions", "content_positions", "is_content", "negated_positions", "other_name_positions", "real_facts",
           "real_patterns"]
