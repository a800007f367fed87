"""What a sentence does by its form (round 20): it asks a question, or it answers one.

A decision-support tool, a checklist or a caseworker's own notes set the assessment out as question and answer per
criterion. The question says which matter is assessed, never how it came out: its words are the criterion's name.
The answer («Ja.», «Ja, se vedtaket.», «Nei – …», a full reasoned answer) is about this case. True of any letter: a
question states nothing, and «ja» / «nei» opening a sentence answers, it does not state the law.
"""

from __future__ import annotations

from audit.grounds import vocabulary as V
from audit.grounds.terms import Sentence


def asks(s: Sentence) -> bool:
    """Rule 5a: the sentence is a question — it ends with a question mark («Er andre tiltak vurdert eller prøvd?»,
    «Spm. 4: Er programmet nødvendig og hensiktsmessig?», «Hva skal programmet inneholde?»)."""
    return bool(s.words) and s.words[-1] == "?"


def answers(s: Sentence) -> bool:
    """Rule 5b: the sentence (or a label's value, or a list item) opens with an answer word («Ja, tilpasset program kan
    tilbys.», «Nei – søker har ikke rett til dagpenger.»): it answers the question of this case."""
    start = len(s.lead.words) if s.lead is not None else 0
    colon = next((i for i, w in enumerate(s.words[start:start + V.INLINE_LABEL_WORDS + 1], start) if w == ":"), None)
    if colon is not None:
        start = colon + 1
    return start < len(s.words) and s.words[start] in V.ANSWER_WORDS


__all__ = ["answers", "asks"]
