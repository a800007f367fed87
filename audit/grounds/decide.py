"""What ``nav-audit grounds`` decides with: the learned reader (the default) or the hand rule alone.

``learned`` (issue 19): the learned reader (audit/grounds/learned.py, its shipped ``text`` weights) decides «ja» /
«nei» per criterion; the hand rule (audit/grounds/classify.py) reads the same letter as well, and its judgement rides
along as a second opinion (``LearnedJudgement.rule``): where both say «nei», the rule's status (named, quoted,
negated, absent) says what the letter does with the criterion; where they disagree, the evidence says so
(audit/grounds/evidence.py). Why the learned reader decides: on the five held-out banks nobody developed on it met the
target on 5 of 5 criteria on each, the rule on 5, 5, 2, 1 and 2 (docs/grounds.md).

``rule``: the hand rule's judgements alone, as before issue 19.
"""

from __future__ import annotations

from audit.grounds.classify import GROUNDS, Judgement
from audit.grounds.classify import classify as rule_classify

METHODS = ("learned", "rule")
DEFAULT_METHOD = "learned"


def classify(paragraphs: list[str], method: str = DEFAULT_METHOD) -> dict[str, Judgement]:
    """Judge every criterion of one letter (column -> judgement) with ``method``."""
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}")
    rule = rule_classify(paragraphs)
    if method == "rule":
        return rule
    from audit.grounds.learned import classify as learned_classify

    out = learned_classify(paragraphs)
    for column, j in out.items():
        j.rule = rule[column]
    return out


def agree(j: Judgement) -> bool:
    """Whether the second opinion (the rule's, for a learned judgement) agrees; a rule judgement agrees with itself."""
    other = getattr(j, "rule", None)
    return other is None or (other.status == GROUNDS) == (j.status == GROUNDS)


__all__ = ["DEFAULT_METHOD", "METHODS", "agree", "classify"]
