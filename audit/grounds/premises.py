"""What a conclusion rests on (rounds 15 and 17, moved out of classify.py in round 20): the sentences and lists that
are the premise of a conclusion drawn after them, and the sentence that says what a conclusion was weighed on."""

from __future__ import annotations

from audit.grounds import vocabulary as V
from audit.grounds.facts import content_positions, premise_of
from audit.grounds.layout import named_in
from audit.grounds.sentence import is_negated
from audit.grounds.terms import Sentence, find_patterns, find_terms
from audit.grounds.topics import topic_criteria, topic_hits


def concluded_later(sents: list[Sentence], n: int) -> bool:
    """Round 17 (rule 4o): a later sentence of the paragraph names one or two criteria with a look-back cue
    («derfor», «ut fra dette»): a conclusion drawn from what stands before it."""
    for later in sents[n + 1:]:
        named = named_in(later)
        if 1 <= len(named) <= 2 and find_terms(V.LOOK_BACK, later) and not later.text.rstrip().endswith(":"):
            return True
    return False


def premise_ahead(s: Sentence, sents: list[Sentence], n: int) -> tuple[str, set[int]] | None:
    """Round 15: facts first, conclusion after, with a view between — a sentence naming nothing is the premise of the
    sentence after next, when that one is a bare conclusion with a cue (facts.premise_of's last case) and the one
    between names nothing and has no topic of its own («Du har ADHD og har hatt
    vansker med å møte opp på tiltak tidligere. Hos fastlegen mener de at fast struktur vil være bra for deg. Vi tror
    derfor programmet er det beste for deg nå.»)."""
    if n + 2 >= len(sents):
        return None
    between, later = sents[n + 1], sents[n + 2]
    # one sentence between, about nothing by its words (a view reported: «Hos fastlegen mener de at fast struktur i
    # hverdagen vil være bra for deg»); facts of their own between would be what the conclusion rests on instead
    if named_in(between) or topic_criteria(between, fallback=True) or not named_in(later):
        return None
    found = premise_of(Sentence(s.paragraph, "", [], []), later)
    return (found[0], set(range(len(s.words)))) if found else None


def basis_of(s: Sentence, named: dict[str, list[int]], before: set[str], concluded: dict[int, str]) -> str | None:
    """Round 15 (vocabulary_topics.BASIS): the one criterion whose conclusion this sentence gives the grounds of — an
    item of a list of facts concluded after it (``concluded``), or a sentence naming no criterion that says what was
    weighed («Det er særlig lagt vekt på at …») right after a sentence naming one criterion in the same paragraph (not
    one a fact self-named: «Behov for spesielt tilpassa innsats. Grunnlag: ADHD, …» in work ability's section stays
    work ability's; not a section's heading: «Vi har lagt vekt på at du er 31 år gammal» under another criterion's heading is the age's)."""
    if s.lead is not None and id(s.lead) in concluded:
        return concluded[id(s.lead)]
    if named or s.lead is not None or s.text.rstrip().endswith(":") or len(before) != 1 or not find_terms(V.BASIS, s):
        return None
    key = next(iter(before))
    # the age rests only on an age or a birth date, and an age is only the age's: what was weighed after an age
    # sentence without one is about something else («[X] Yrkesaktiv alder – søker er 62 år. Vi har lagt vekt på
    # legeerklæringen: du har depresjon …»), and «Vi har lagt vekt på at du er 58 år gammal» after another criterion
    # is the age's; the programme rests on what it holds, not on what was weighed («NAV Voss har mulighet til å gi deg
    # et tilpasset program. Vi har lagt vekt på legeerklæringen: du har ADHD …» is work ability's)
    age = bool(find_patterns(V.BY_KEY["age"].patterns, s))
    if key == "program" or (key == "age") != age:
        return None
    # round 16: benefits rest only on what the person lives on — what was weighed after a benefits conclusion without
    # a word of money («[X] Ingen eller svært avgrensa ytingar. Vi har lagt vekt på at du har hatt arbeidspraksis i fire
    # månader utan å kome nærare jobb») is about something else
    if key == "benefits" and not topic_hits(s, "benefits") and not find_terms(V.BY_KEY["benefits"].facts, s):
        return None
    return key


def concluded_lists(letter: list[list[Sentence]], lists: dict[int, set[str]]) -> dict[int, str]:
    """Round 15: a list whose lead-in names no criterion, followed at once by a paragraph whose first sentence is a bare
    conclusion of exactly one criterion (not the programme) drawn from it — the conclusion has a cue or the lead-in
    says what was weighed, the list is about that criterion by its topic words (``lists``, round 12) or about none,
    and the conclusion does not say the matter was not assessed — is that criterion's premise; so is a list whose lead-in
    says what was weighed for one criterion it names (vocabulary_topics.BASIS) — keyed by the id of the lead-in its items share."""
    out: dict[int, str] = {}
    for i, sents in enumerate(letter):
        if not sents or sents[0].lead is None:
            continue
        lead = sents[0].lead
        own = named_in(lead, label=True)
        if len(own) == 1 and find_terms(V.BASIS, lead):
            out[id(lead)] = next(iter(own))  # «Vi har lagt vekt på dette i vurderinga av arbeidsevna di:»
            continue
        nxt = letter[i + 1] if i + 1 < len(letter) else []
        if nxt and nxt[0].lead is lead:
            continue  # not the list's last item
        if own or not nxt or nxt[0].lead is not None:
            continue
        conclusion = named_in(nxt[0])
        # a bare conclusion (no word of its own beside the criterion's name and the judgement), not the programme's,
        # drawn from the list: the lead-in says what was weighed («Vi har lagt vekt på følgende:») or the conclusion
        # has a cue («Samla sett …», «… derfor …»); a heading after a list («Alder») begins the next matter
        if len(conclusion) == 1 and "program" not in conclusion and not content_positions(nxt[0]) \
                and not find_terms(V.RULE_STATEMENT, nxt[0]) and len(letter[i + 1]) >= 1 \
                and nxt[0].text.rstrip()[-1:] in ".!" \
                and not is_negated(nxt[0]) and (set(conclusion) & lists.get(id(lead), set()) or not lists.get(id(lead))) \
                and (find_terms(V.LOOK_BACK + V.CONCLUDES, nxt[0]) or find_terms(V.BASIS, lead)):
            out[id(lead)] = next(iter(conclusion))
    return out


__all__ = ["basis_of", "concluded_later", "concluded_lists", "premise_ahead"]
