"""What a sentence is about by its content (round 10): topic words per criterion (vocabulary.TOPICS), the tense
of the programme's topic, and three structural tests — a rule stated in general terms, the law as a subject,
and what the office did not do (vocabulary.py explains them).

The layer between :mod:`audit.grounds.terms` (words and terms) and :mod:`audit.grounds.classify` (the rules).
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.grounds import vocabulary as V
from audit.grounds.procedure import case_acts, procedure_word, reports_finding
from audit.grounds.roles import answers
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
    """Positions (from ``start``) of the criterion's topic words, outside any criterion's names. An activity in the
    past or as a need or goal is not the programme's but necessity's (a measure tried, what the applicant lacks)."""
    out = _raw_hits(s, key, start)
    if out:
        # round 22 (rule 7c): an act done to the case («behandlingen av saken») and a word of its handling
        # («saksbehandlingen») are no topic
        out = [p for p in out if p not in case_acts(s) and not procedure_word(s.words[p], s.lemmas[p])]
    if key == "program" and out and no_programme_content(s):
        return []  # history, a need or goal, a plan to be made later: not what the applicant will do
    if key == "necessity" and not find_terms(V.LATER_PLAN, s):
        activities = _raw_hits(s, "program", start)
        if activities and no_programme_content(s):
            out = out + activities  # round 12: «Tidligere oppfølging: – arbeidstrening (2020)»
        elif activities and find_terms(V.COMMITMENT, s):
            # round 15: an activity the person is committed to is the programme's, not a measure tried («Programmet
            # byrjar difor med kurs i hygiene …»: «kurs» is necessity's topic only as history or a need)
            out = [p for p in out if p not in activities]
    return sorted(set(out))


def case_note_subject(s: Sentence) -> bool:
    """Round 21 (rule 6b): a case note names the applicant «bruker» / «brukar» without an article («Bruker har ikke hatt
    nytte av …», «… fordi brukar treng …»): as the subject of a finite verb it is the person, like «brukeren» (4r). A
    bare «bruker» is also the verb «use»; a finite verb right after it makes it the noun."""
    w = s.words
    return any(x in ("bruker", "brukar") and w[i + 1] in V.CASE_NOTE_VERBS for i, x in enumerate(w[:-1]))


def measures_had(s: Sentence) -> list[int]:
    """Round 21 (rule 6a): positions of the measures the person had, got or went without («du har vært uten tiltak»,
    «oppfølgingen du har hatt»): necessity's history of measures; none where the programme is named or health is."""
    if not (find_terms(V.PERSON, s) or case_note_subject(s)) or not (set(s.words) & set(V.MEASURE_HAD)):
        return []
    if find_terms(V.MEASURE_NOT_HAD + V.HEALTH, s):
        return []
    return sorted(p for ps in find_terms(V.MEASURE_NOUN, s).values() for p in ps)


def _raw_hits(s: Sentence, key: str, start: int) -> list[int]:
    skip = name_positions(s)
    out = []
    for term, starts in find_terms(V.TOPICS[key], s).items():
        out.extend(p for p in starts if p >= start and p not in skip and not _adjective(s, p))
    if key == "necessity":
        out.extend(p for p in measures_had(s) if p >= start and p not in skip)
    if key == "necessity" and out and not past_tense(s) and not any(w in V.NEGATION for w in s.words):
        # round 19 (rule 4z): whether a measure helped is history or a prediction («Det hjalp ikke nok», «… vil hjelpe
        # deg mer enn enkelttiltak»); help in the present, in a relative clause, describes what the person gets («Du
        # får en fast person der som hjelper deg»)
        effect = {p for ps in find_terms(V.MEASURE_EFFECT, s).values() for p in ps if p > 0 and s.words[p - 1] == "som"}
        out = [p for p in out if p not in effect]
    return out


def _adjective(s: Sentence, p: int) -> bool:
    """Round 15 (vocabulary_topics.VERB_ONLY): a topic word that is also an adjective («eit klart mål») counts only as a
    verb — before «å», or after an auxiliary or a negation («har ikkje klart å …»)."""
    after = V.VERB_ONLY.get(s.words[p])
    if after is None:
        return False
    nxt = s.words[p + 1] if p + 1 < len(s.words) else ""
    before = s.words[p - 1] if p > 0 else ""
    return nxt not in after and before not in V.VERB_BEFORE


def no_programme_content(s: Sentence) -> bool:
    """The sentence names no programme content whatever activity it mentions (round 11, vocabulary.NEED): a plan to
    be made later (LATER_PLAN); history (PAST without FUTURE) or a need or goal (NEED), unless the sentence commits
    the applicant to the activity (COMMITMENT)."""
    if later_plan(s):
        return True
    # round 17 (rule 4r): what the person has done before, in the perfect with «tidligere» («Søker har tidligere
    # deltatt i arbeidsforberedende trening uten å komme i arbeid, og …»), is history whatever follows it
    if perfect(s) and find_terms(EARLIER_WORDS, s):
        return True
    if find_terms(V.COMMITMENT, s):
        return False
    return past_tense(s) and not find_terms(V.FUTURE, s) or bool(_needs(s))


EARLIER_WORDS = ("tidligere", "tidlegare", "før", "allerede", "allereie")


def _needs(s: Sentence) -> list[int]:
    """Positions of NEED words, but not the aim of a plan (round 15, vocabulary_topics.PLAN_AIM: «deretter praksis på
    Kiwi med mål om jobb som butikkmedarbeidar» is the plan's aim, not a need)."""
    aims = {p + k for t, ps in find_terms(V.PLAN_AIM, s).items() for p in ps for k in range(len(t.split()))}
    return [p for ps in find_terms(V.NEED, s).values() for p in ps if p not in aims]


def later_plan(s: Sentence) -> bool:
    """A plan to be made later (vocabulary.LATER_PLAN) — not one already made (round 14: the verb's past participle
    after «har»/«hadde» in its clause, vocabulary.PERFECT)."""
    for term, starts in find_terms(V.LATER_PLAN, s).items():
        first = term.split()[0]
        for p in starts:
            w = s.words[p]
            made = w != first and w.endswith(("et", "a", "t", "d")) and any(
                x in V.PERFECT for x in _clause_before(s, p))
            if not made:
                return True
    return False


def _clause_before(s: Sentence, p: int) -> list[str]:
    out = []
    for k in range(p - 1, -1, -1):
        if s.words[k] in (",", ";", ":", "."):
            break
        out.append(s.words[k])
    return out


def past_tense(s: Sentence) -> bool:
    """A verb in the past: one of ``PAST`` (the strong verbs and history words) or a weak verb's past by its ending —
    the form is the lemma's stem with «-et», «-te» or «-de» («jobbet», «prøvde», «sluttet»; not «jobben», «møte»;
    not «-a», which is also a noun's ending: «veka», «uka») — as a verb: next to its subject or an auxiliary
    (``VERB_NEIGHBOURS``: «du jobbet», «har sluttet», «I 2019 jobbet du»), not an adjective («et tilpasset program»)."""
    if find_terms(V.PAST, s):
        return True
    for i, (w, lem) in enumerate(zip(s.words, s.lemmas)):
        if len(lem) >= 4 and lem.endswith("e") and w != lem and w.isalpha():
            stem = lem[:-1]
            if w in (stem + "et", stem + "te", stem + "de") and not w.endswith("ete") and (
                    (i > 0 and s.words[i - 1] in V.VERB_NEIGHBOURS)
                    or (i + 1 < len(s.words) and s.words[i + 1] in V.VERB_NEIGHBOURS)):
                return True
    return False


def work_history(s: Sentence) -> set[str]:
    """The person's own work placed in time (vocabulary.WORK): a WORK word outside any criterion's names, and a year,
    a date, a duration or a WORK_TIME word («Du har ikke vært i jobb siden 2019», «siste arbeid i 2021») — work
    ability's; with a measure tried (a declared fact of necessity: «Du har vært med på jobbklubb tidligere, men det
    har ikke gitt jobb») necessity's. Empty when the sentence holds no such history."""
    if not _work_in_time(s):
        return set()
    measure = [t for t in V.BY_KEY["necessity"].facts if t not in V.WORK_TIME]
    return {"necessity"} if find_terms(measure, s) else {"work_ability"}


def _work_in_time(s: Sentence) -> bool:
    if s.lead is not None:  # a list item: in its own words («Tidligere oppfølging: – ingen varig jobb» is no history)
        n = len(s.lead.words)
        s = Sentence(s.paragraph, s.text, s.words[n:], s.lemmas[n:])
        s.text = " ".join(s.words)
    skip = name_positions(s)
    if not any(p not in skip for ps in find_terms(V.WORK, s).values() for p in ps):
        return False
    return bool(find_terms(V.WORK_TIME, s)) or bool(find_patterns(("årstall", "dato", "varighet"), s))


def programme_anchor(s: Sentence) -> bool:
    """An activity read as the programme's by its topic alone needs an anchor (vocabulary.ANCHOR): a commitment, a
    place, a time in the week or the programme year, a date — not a bare topic word. Round 15: a named place or
    employer («arbeidstrening i bruktbutikken til Fretex») is a place too, but not in a sentence that assesses («Vi
    har vurdert om norskkurs på Voksenopplæringen alene er nok»: weighed, not arranged)."""
    return bool(find_terms(V.ANCHOR, s)) or bool(find_patterns(("dato", "varighet"), s)) \
        or (_named_particular(s) and not find_terms(V.ASSESS, s))


def topic_criteria(s: Sentence, fallback: bool = True) -> set[str]:
    """The criteria a sentence is about by its content: those with most distinct topic words (all on a tie).
    ``fallback``: with no topic word, the person's work history is work ability's (round 12, vocabulary.WORK)."""
    return _best(_topic_counts(s)) or (work_history(s) if fallback else set())


def _topic_counts(s: Sentence, start: int = 0) -> dict[str, int]:
    counts = {}
    for key in V.TOPICS:
        hits = [p for p in topic_hits(s, key) if p >= start]
        if hits:
            counts[key] = len({s.lemmas[p] for p in hits})
    return counts


def list_topics(letter: list[list[Sentence]]) -> dict[int, set[str]]:
    """What each list is about (round 12): its lead-in's and its items' topic words counted together, keyed by the id
    of the lead-in the items share. An item with no topic word of its own (or a tie) is about its list's topic («Tidligere oppfølging: – norskkurs
    (2021) – jobbsøkerkurs (2021) – ingen varig jobb»: the third item is necessity's, like the first two)."""
    totals: dict[int, dict[str, int]] = {}
    for sents in letter:
        for s in sents:
            if s.lead is not None:
                if id(s.lead) not in totals:  # the lead-in's own words, once
                    totals[id(s.lead)] = dict(_topic_counts(s.lead))
                counts = totals[id(s.lead)]
                for key, n in _topic_counts(s, start=len(s.lead.words)).items():
                    counts[key] = counts.get(key, 0) + n
    return {lead: _best(counts) for lead, counts in totals.items()}


def _best(counts: dict[str, int]) -> set[str]:
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
    """A modal verb with a generic subject, without «du» and without a date or number: the law paraphrased. Round 13:
    a definition («Med vesentlig nedsatt arbeidsevne menes at …», vocabulary.DEFINITION) without «du» too."""
    if any(w in V.SECOND_PERSON for w in s.words):
        return False
    if find_terms(V.DEFINITION, s):
        return True
    if reports_finding(s):
        return False  # round 22 (rule 7i): a case's document reports its finding about this person
    if possible_content(s):
        return True
    if find_terms(V.IMPERSONAL, s):
        return True  # round 15: anyone at all («Det er ikkje nok at ein er utan arbeid», «Etter lova må ein vere …»)
    if class_of_persons(s):
        return True
    if not find_terms(V.MODAL, s):
        return False
    if answers(s):
        return False  # round 20 (rule 5b): «Ja, tilpasset program kan tilbys.» answers this case's question
    if law_in_plain_words(s):
        return True  # round 15: «Begrensningene kan skyldes helse, sosiale forhold …»
    if not find_terms(V.GENERIC_SUBJECT, s):
        return False
    # round 17 (rule 4r): «søker» / «bruker» in the past or perfect is this person in the third person — what happened
    # to them («Søker har ikke fått tilbud om tiltak som kan dekke behovet …»), not the law's «søker må …»
    # and the person as the subject with a place or time of a programme or a named particular is this person's plan
    # («Søker skal gjennomføre et kurs og deretter ha praksis på et verft»), not the law's «søker skal …» (a programme
    # as the subject stays the law: «Et kvalifiseringsprogram tilsvarer normalt 37,5 timer i uka, men kan …»)
    start = (s.words.index(":") + 1) if ":" in s.words[:V.INLINE_LABEL_WORDS + 1] else 0
    subject = Sentence(s.paragraph, "", s.words[start:start + 1], s.lemmas[start:start + 1])
    particular = bool(find_terms(V.PERSON, subject)) and (bool(find_terms(V.PLACE_OR_TIME, s)) or _named_particular(s))
    return not find_patterns(V.CONCRETE, s) and not any(w.isdigit() for w in s.words) and not past_tense(s) \
        and not perfect(s) and not particular


def class_of_persons(s: Sentence) -> bool:
    """Round 18 (rule 4v): the sentence speaks of a class of persons (vocabulary_topics.GENERIC_CLASS: «personer med
    behov for spesielt tilpasset innsats», «brukere som …», «målgruppen») and of no person in particular — no «du», no
    «søker(en)», no «han» / «hun» (vocabulary.PERSON), no number or date: it says whom the programme is for, the law's
    or the circular's description of its target group, with or without a modal verb, in any tense of its clauses («I
    praksis er programmet for personer med behov for …, der andre tiltak ikke er nok», «… brukere som har prøvd andre
    tiltak»). A description with the person in it («Du er blant dem som …») is not the rule."""
    if not find_terms(V.GENERIC_CLASS, s) or find_terms(V.PERSON, s):
        return False
    return not any(ch.isdigit() for w in s.words for ch in w)


def perfect(s: Sentence) -> bool:
    """Round 17 (rule 4r): the perfect — «har» / «hadde» and, after a negation or an adverb at most, a participle (a
    word ending in «-t» that is not its own lemma: «har ikke fått», «hadde aldri prøvd»): what has happened."""
    w, lem = s.words, s.lemmas
    for i, x in enumerate(w[:-1]):
        if x in ("har", "hadde", "hatt"):
            for j in range(i + 1, min(i + 3, len(w))):
                if w[j].endswith("t") and w[j] != lem[j] and w[j].isalpha():
                    return True
                if w[j] not in V.NEGATION and w[j] not in ("aldri", "allereie", "allerede", "tidligere", "tidlegare"):
                    break
    return False


def law_in_plain_words(s: Sentence) -> bool:
    """Round 15 (vocabulary_topics.IMPERSONAL's block): a sentence with a modal that refers to no person (no PERSON
    word, and not the office as «vi») and holds no particular — no date, number or amount, no named place or course (a capitalised word inside
    the sentence), no place or time of a programme, no content announced — states the law. The caller has checked the
    modal and that there is no second person."""
    if find_terms(V.PERSON, s) or find_patterns(V.CONCRETE, s) or any(w.isdigit() for w in s.words):
        return False
    if "vi" in s.words:
        return False  # the office speaking of this case («Vi kan tilby norskopplæring og arbeidstrening …»)
    if find_terms(V.PLACE_OR_TIME, s):
        return False
    if find_terms(V.ANNOUNCES_CONTENT["program"], s) and not find_terms(V.EVERY_PROGRAMME, s):
        return False  # «Programmet skal bestå av …» (but «… skal vere heilårleg og på full tid, og skal innehalde …»)
    return not _named_particular(s)


def _named_particular(s: Sentence) -> bool:
    """A capitalised word (not all capitals: «NAV», «KVP» are the office and the programme) after the sentence's
    first word: a named place, course or employer («hos Fretex», «på Kiwi i sentrum»)."""
    from audit.grounds.terms import TOKEN

    words = [w for w in TOKEN.findall(s.text) if w[:1].isalpha()]
    return any(w[0].isupper() and not w.isupper() for w in words[1:])


def possible_content(s: Sentence) -> bool:
    """Round 14: what a programme MAY hold («Det kan inneholde arbeidsrettede tiltak, opplæring …»): «kan» and, within
    POSSIBLE_REACH words after it, a verb announcing content, with no place or time (vocabulary.POSSIBLE). The caller
    has made sure the sentence holds no second person."""
    verbs = V.ANNOUNCES_CONTENT["program"]
    for p in (p for ps in find_terms(V.POSSIBLE, s).values() for p in ps):
        after = Sentence(s.paragraph, "", s.words[p + 1: p + 1 + V.POSSIBLE_REACH + 1],
                         s.lemmas[p + 1: p + 1 + V.POSSIBLE_REACH + 1])
        if find_terms(verbs, after) and not find_terms(V.PLACE_OR_TIME, s) and not find_patterns(V.CONCRETE, s):
            return True
    return False


def cites_law(s: Sentence) -> bool:
    """A legal source beside the statute: preparatory works, a circular, a proposition (vocabulary.LAW_SOURCE)."""
    return bool(find_terms(V.LAW_SOURCE, s))


def speaks_of_limit(s: Sentence) -> bool:
    """A limit, and no word of the person: its numbers are the limit's (vocabulary.LIMIT)."""
    return bool(find_terms(V.LIMIT, s)) and not find_terms(V.PERSON, s)


def other_person(s: Sentence) -> bool:
    """The sentence is about a relative, not the applicant (vocabulary.RELATIVE): it opens with a relative and a
    possessive («Mora di …», «Broren din …», «Din far …»), the relative as its subject («Søknaden er fra en kvinne
    på 54 år som bor med datteren sin» is about the applicant)."""
    start = len(s.lead.words) if s.lead is not None else 0
    words = s.words[start:start + 3]
    for i, w in enumerate(words[:2]):
        if find_terms(V.RELATIVE, Sentence(0, "", [w], [s.lemmas[start + i]])) and (
                (i + 1 < len(words) and words[i + 1] in V.POSSESSIVE) or (i == 1 and words[0] in V.POSSESSIVE)):
            return True
    return False


def denied_positions(s: Sentence) -> set[int]:
    """Positions of HEALTH words denied by a negation up to DENIAL_REACH words before them, with no cause between
    («Du har ikke hatt ryggsmerter»; not «… ikke kunnet jobbe på grunn av ryggsmerter»)."""
    health = {p for ps in find_terms(V.HEALTH, s).values() for p in ps}
    out: set[int] = set()
    for i, (w, lem) in enumerate(zip(s.words, s.lemmas)):
        if w in V.NEGATION or lem in V.NEGATION:
            for k in range(i + 1, min(len(s.words), i + 1 + V.DENIAL_REACH + 1)):
                if s.words[k] in V.DENIAL_BREAK:
                    break
                if k in health:
                    out.add(k)
    return out


def agency_negated(s: Sentence) -> bool:
    """The office as subject, a negation within three words after it: what the office did not do (round 14: not
    «Vi har ikke funnet grunn til å …», no need to assess further — ``no_need``)."""
    for i, w in enumerate(s.words):
        # the subject: opening the sentence or a clause («…, og vi har ikke …»), not «hos NAV uten at …»
        if w in V.AGENCY and (i == 0 or s.words[i - 1] in (",", ";", "og", "men", "at")):
            if any(x in ("ikke", "ikkje") and not no_need(s, i + 1 + k) for k, x in enumerate(s.words[i + 1: i + 4])):
                return True
    return False


def deferred(s: Sentence) -> bool:
    """Round 14 (vocabulary.WAIT, ASSESS, LATER): an assessment put off — the office waiting, or an assessment with a
    time to come or after «vil»/«skal» — in a sentence not in the past that holds no content agreed (AGREED)."""
    for i, w in enumerate(s.words):
        if w in V.AGENCY and find_terms(V.WAIT, Sentence(0, "", s.words[i + 1:i + 3], s.lemmas[i + 1:i + 3])):
            return True
    # round 17 (rule 4q): information asked for and not received, or still awaited; the office has not received it
    for i, w in enumerate(s.words):
        near = s.words[i + 1:i + 5]
        if w in V.AGENCY and any(x in ("ikke", "ikkje") for x in near) and any(x in V.RECEIVED for x in near):
            return True
    # round 22 (rule 7d): not a negation whose subject is the person («… innhentet fra A-ordningen at søker ikke har hatt
    # lønnsinntekt»: a lack, the person's fact, not the information missing)
    if find_terms(V.REQUESTED, s) and (any(w in ("ikke", "ikkje") and not _person_subject(s, k)
                                           for k, w in enumerate(s.words)) or find_terms(V.WAIT, s)):
        return True
    assess = sorted(p for ps in find_terms(V.ASSESS, s).values() for p in ps)
    # a sentence that also says what the programme holds or what was agreed is not put off («… programmet skal
    # inneholde et kurs …, og at det ved evalueringen etter ni måneder skal vurderes om …»)
    if not assess or past_tense(s) or find_terms(V.ANNOUNCES_CONTENT["program"] + V.AGREED, s):
        return False
    if find_terms(V.LATER, s):
        return True
    if any(x in V.DEFER_MODAL for p in assess for x in s.words[max(0, p - 3):p]):
        return True
    # round 22 (rule 7d): the assessment as the subject of a future passive («Det vil bli foretatt en ny vurdering innen
    # seks måneder», «… vil verte gjort ei ny vurdering»): put off as well
    return any(s.words[k] in V.DEFER_MODAL and s.words[k + 1] in ("bli", "verte", "verta", "bli")
               for p in assess for k in range(max(0, p - 5), p - 1))


def _person_subject(s: Sentence, k: int) -> bool:
    """Round 22 (rule 7d): the person is the subject of the clause negated at ``k`` («at søker ikke har hatt …», «søker
    har heller ikke …»): a person word within three words before the negation, in its clause — and no receipt after it
    («… men ho var ikkje motteken»: a document, not the person)."""
    if any(x in V.RECEIVED for x in s.words[k + 1:k + 4]):
        return False
    for j in range(k - 1, max(-1, k - 4), -1):
        if s.words[j] in (",", ";", ".", ":"):
            return False
        if s.words[j] in V.PERSON and s.words[j] not in ("han", "hun", "ho", "ham", "henne", "honom"):
            return True  # a third person's pronoun may stand for a noun («legeerklæringa …, men ho har ikkje kome»)
    return False


def no_need(s: Sentence, i: int) -> bool:
    """The negation at ``i`` says there is no need to assess further (vocabulary.NO_NEED: «ingen grunn til å …»,
    «ikke funnet grunn til å …»), not that the matter was left unassessed."""
    near = Sentence(s.paragraph, "", s.words[i + 1: i + 2 + V.NO_NEED_REACH], s.lemmas[i + 1: i + 2 + V.NO_NEED_REACH])
    return any(p < V.NO_NEED_REACH for p in (ps[0] for ps in find_terms(V.NO_NEED, near).values()))


__all__ = ["perfect", "deferred", "later_plan", "no_need", "cites_law", "denied_positions", "other_person", "speaks_of_limit", "list_topics", "past_tense", "work_history", "agency_negated", "generic_rule", "law_word", "name_positions", "no_programme_content", "programme_anchor",
           "topic_criteria", "topic_hits"]
