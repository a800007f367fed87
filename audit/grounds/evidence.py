"""The evidence of a judgement in words a reviewer reads (the ``ground_*_evidence`` columns).

A judgement of the hand rule: where, and the declared terms or pattern names that decided (its status: grounds,
named, quoted, negated, absent).

A judgement of the learned reader (the default, audit/grounds/decide.py):

* «ja» — the paragraphs holding the features that pushed most towards «ja», and those features in words: a lemma as
  the word («diagnose»), a pair as the two words («ikke nok»), a class of fact («en dato», «et beløp»), a role
  («vilkåret nevnt»), the count of sentences about the criterion («ingen setning om vilkåret»);
* «nei» — what the letter does with the criterion: the rule's status and paragraphs when the rule says «nei» too,
  else the learned reader's (named, in the paragraphs about the criterion; absent when no sentence is about it);
  then «avgjort av:» / «decided by:» and the features that pushed most towards «nei»;
* when the rule disagrees, the rule's own evidence follows after « | regelen sier ja: » / « | the rule says yes: »
  (or «nei» / «no»): a reviewer confirms every row, and a disagreement is where to look first.

Never the letter's sentences: a lemma or a pair is the model's vocabulary (every one is in the weights file), a
number is read as «(tall)» / «(number)», a feature holding a digit is not shown, and a lemma off the closed list of
audit/grounds/evidence_words.py (function words and the words of the law and the case's handling) is «(ord)» /
«(word)»: a diagnosis, a country or a workplace is the letter's, not the evidence's.
"""

from __future__ import annotations

from audit.grounds.classify import GROUNDS, Judgement
from audit.grounds.evidence_words import SHOWN
from audit.text import t


def where(paragraphs: list[int], lang: str) -> str:
    numbers = ", ".join(str(p) for p in paragraphs)
    return t("grounds.paragraph.one" if len(paragraphs) == 1 else "grounds.paragraph.other", lang, numbers=numbers)


def rule_evidence(j: Judgement, lang: str = "nb") -> str:
    """The hand rule's evidence: where, and which declared terms decided."""
    if j.status == GROUNDS:
        return t("grounds.evidence.grounds", lang, where=where(j.paragraphs, lang), terms=", ".join(j.terms))
    if not j.paragraphs:
        return t("grounds.evidence.absent", lang)
    return t(f"grounds.evidence.{j.status}", lang, where=where(j.paragraphs, lang))


def feature_words(feature: str, lang: str = "nb") -> str | None:
    """A feature of the learned reader in words, or None when it holds a digit (never shown)."""
    kind, _, name = feature.partition(":")
    if any(c.isdigit() for c in name) and kind in ("w", "b"):
        return None
    if kind in ("w", "b"):
        number, other = t("grounds.feature.number", lang), t("grounds.feature.other_word", lang)
        return t("grounds.feature.word", lang, word=" ".join(number if w == "#" else w if w in SHOWN else other
                                                             for w in name.split(" ")))
    if kind in ("f", "r", "n"):
        return t(f"grounds.feature.{kind}.{name}", lang)
    return None


def learned_evidence(j, lang: str = "nb") -> str:
    """The learned reader's evidence of one judgement (a :class:`audit.grounds.learned.LearnedJudgement`)."""
    words = [w for w in (feature_words(f, lang) for f in j.terms) if w]
    rule = j.rule
    if j.status == GROUNDS:
        if j.paragraphs:
            text = t("grounds.evidence.grounds", lang, where=where(j.paragraphs, lang), terms=", ".join(words))
        else:
            text = t("grounds.evidence.learned.grounds_nowhere", lang, terms=", ".join(words))
    else:
        if rule is not None and rule.status != GROUNDS:
            text = rule_evidence(rule, lang)
        elif j.about:
            text = t("grounds.evidence.named", lang, where=where(j.about, lang))
        else:
            text = t("grounds.evidence.absent", lang)
        if words:
            text += t("grounds.evidence.learned.decided", lang, terms=", ".join(words))
    if rule is not None and (rule.status == GROUNDS) != (j.status == GROUNDS):
        key = "grounds.evidence.rule_says_yes" if rule.status == GROUNDS else "grounds.evidence.rule_says_no"
        text += t(key, lang, evidence=rule_evidence(rule, lang))
    return text


def evidence_text(j: Judgement, lang: str = "nb") -> str:
    """The evidence of one judgement, of the learned reader or of the hand rule."""
    if hasattr(j, "contributions"):
        return learned_evidence(j, lang)
    return rule_evidence(j, lang)


__all__ = ["evidence_text", "feature_words", "learned_evidence", "rule_evidence", "where"]
