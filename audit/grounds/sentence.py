"""What one sentence says by itself, before the letter around it is weighed (classify.py weighs that): a stated
cause, a fact about the person (the structural rule), a condition after the main clause, «not assessed», the law
only, the letter's frame, the rule stated, a date, a label with its value, a sentence announcing content.

The words these look for are declared in vocabulary.py; nothing here is a word list.
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.grounds import vocabulary as V
from audit.grounds.facts import is_content as _is_content
from audit.grounds.facts import negated_positions as _negated_positions
from audit.grounds.facts import office_positions, predicted_positions
from audit.grounds.layout import label_colon, named_in
from audit.grounds.procedure import account_positions, no_objection
from audit.grounds.procedure import source as _source
from audit.grounds.terms import TOKEN, Sentence, find_patterns, find_term, find_terms
from audit.grounds.topics import (cites_law, generic_rule, law_word, name_positions, no_need, past_tense, perfect,
                                  speaks_of_limit, topic_hits)


def stated_cause(s: Sentence) -> int | None:
    """«… på grunn av X» with a content word in X (see vocabulary.CAUSE): the position of the cue, else None (round
    13: the cause is the reason of the criterion named nearest before it, not of one named inside it — «Arbeidsevnen
    din er nedsatt fordi smertene begrenser hvor lenge du kan være i aktivitet» is no programme reason)."""
    for cue in V.CAUSE:
        for start in find_term(cue, s):
            if cue in V.REPORT_CUES and _referred(s, start):
                continue  # round 14: «det du selv har fortalt i samtalene» points to a report without giving it
            k = start + len(cue.split())
            predicted = predicted_positions(s)  # round 14: «fordi det vil gi deg bedre muligheter …» is no cause
            while k < len(s.words) and s.words[k] not in (",", ";", ".", ":"):
                if k in predicted:
                    k += 1
                    continue
                w, lem = s.words[k], s.lemmas[k]
                probe = Sentence(s.paragraph, "", [w], [lem])
                if w.isalpha() and len(w) >= 4 and not find_terms(V.CAUSE_EMPTY, probe) \
                        and not find_terms(V.PERSON, probe) and not _source(w, lem):
                    return start
                k += 1
    return None


def _referred(s: Sentence, cue: int) -> bool:
    """The report cue at ``cue`` stands in a clause opened by a word for what was said (vocabulary.REFERRED), with no
    comma between: the report is referred to, not given."""
    for k in range(cue - 1, max(-1, cue - 1 - V.REFERRED_REACH), -1):
        if s.words[k] in (",", ";", ":", "."):
            return False
        if s.words[k] in V.REFERRED:
            return True
    return False


@lru_cache(maxsize=None)
def unit_number() -> re.Pattern:
    return re.compile(V.UNIT_NUMBER, re.IGNORECASE)


def person_fact(s: Sentence, person: bool, concrete: bool, open_facts: bool,
                topic: str | None = None) -> dict[str, list[int]]:
    """The structural rule: «tall med enhet» (a number with a unit) and, where ``open_facts``, «faktum»
    (a content word in a sentence about the person or with a number, date or amount, or in a list
    item's own words: «Dette er planen: • norskundervisning») — unless the
    sentence quotes the law or is about the letter's frame (the stønad, the start, the appeal).
    ``topic``: the sentence names that criterion in its own words, so only a word of its topic or one of its facts
    is a fact (round 10: the rest of a naming sentence is the conclusion)."""
    if law_only(s) or frame(s):
        return {}
    out: dict[str, list[int]] = {}
    # age (no open facts) takes only a number of years
    units = [len(TOKEN.findall(s.text[: m.start()])) for m in unit_number().finditer(s.text)
             if open_facts or m.group(0).endswith("år")] if not speaks_of_limit(s) else []
    if units:
        out["tall med enhet"] = units
    item = len(s.lead.words) if s.lead is not None else None  # a list item: its own words start here
    # a lead-in announces its list («Dette er planen for de første månedene:»): its own words are no fact
    lead_in = item is None and s.text.rstrip().endswith(":")
    if open_facts and not lead_in and (person or concrete or units or item is not None):
        # a goal or need referred to is no content by itself (round 13: «… for å nå målet ditt»)
        refs = {p for ps in find_terms(V.REFERENCE_FACTS, s).values() for p in ps}
        skip = name_positions(s) | _negated_positions(s) | refs | office_positions(s) | predicted_positions(s) \
            | account_positions(s)  # round 22 (rules 7c, 7d, 7f, 7g)
        content = [i for i, (w, lem) in enumerate(zip(s.words, s.lemmas))
                   if i not in skip and (item is None or i >= item) and _is_content(w, lem)]
        if content and topic is not None:
            start = len(s.lead.words) if s.lead is not None else 0
            allowed = set(topic_hits(s, topic, start))
            for positions in find_terms(V.BY_KEY[topic].facts, s).values():
                allowed.update(positions)
            content = [i for i in content if i in allowed]
        if content:
            out["faktum"] = content
    return out


def before_condition(s: Sentence) -> Sentence:
    """The sentence up to a condition that follows its main clause (vocabulary.CONDITION): «Veilederen din mener
    at du har gode muligheter til å få jobb som kokk, hvis du får tett oppfølging» is read as its main clause (the
    condition is hypothetical, no fact). A condition that opens the sentence (or a list item) states the rule and
    is left to RULE_STATEMENT («Dersom du har nedsatt arbeidsevne, kan du få …»)."""
    start = len(s.lead.words) if s.lead is not None else 0
    for i in range(start + 1, len(s.words)):
        if s.words[i] in V.CONDITION or _condition_om(s, i):
            m = None
            for m in _condition_re().finditer(s.text):
                if len(TOKEN.findall(s.text[: m.start()])) == i:
                    break
            else:
                return s
            return Sentence(s.paragraph, s.text[: m.start()].rstrip(" ,"), s.words[:i], s.lemmas[:i], lead=s.lead)
    return s


def _condition_om(s: Sentence, i: int) -> bool:
    """Round 16 (rule 4k): «om» + a subject pronoun is a condition («Ta kontakt om du trenger hjelp»), unless a verb
    of inquiry stands within two words before it («undersøke om du hadde rett til …»: the question asked)."""
    if s.words[i] != V.CONDITION_OM or i + 1 >= len(s.words) or s.words[i + 1] not in V.SUBJECT_PRONOUNS:
        return False
    before = Sentence(s.paragraph, "", s.words[max(0, i - 2):i], s.lemmas[max(0, i - 2):i])
    return not find_terms(V.INQUIRY, before)


@lru_cache(maxsize=1)
def _condition_re() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in (*V.CONDITION, V.CONDITION_OM)) + r")\b", re.IGNORECASE)


def is_negated(s: Sentence) -> bool:
    """A negation followed, within NEGATION_REACH words and before a comma, by an ABSENCE word."""
    for i, (w, lem) in enumerate(zip(s.words, s.lemmas)):
        if w not in V.NEGATION and lem not in V.NEGATION:
            continue
        if no_need(s, i) or no_objection(s, i):
            continue  # round 14: «ingen grunn til å vurdere dette nærmere» — clear, not unassessed; round 22 (7d) nothing against it
        if any(w in V.CAUSAL and s.words[k + 1:k + 2] != [","] for k, w in enumerate(s.words[1:i], 1)):
            continue  # round 20 (rule 5f): in a clause of cause the negation is the reason given, not a gap
        window = Sentence(s.paragraph, "", [], [])
        for k in range(i + 1, min(len(s.words), i + 1 + V.NEGATION_REACH + 1)):
            if s.words[k] in (",", ";", ".", "men", "og"):
                break
            if s.words[k] in V.CLOSER and s.lemmas[k - 1] in V.APPROACH:
                continue  # round 16: «uten å komme nærmere jobb» is no progress, not «not assessed more closely»
            window.words.append(s.words[k])
            window.lemmas.append(s.lemmas[k])
        if window.words and find_terms(V.ABSENCE, window):
            return True
    return False


def announces(s: Sentence, key: str) -> bool:
    """The sentence announces the criterion's content (vocabulary.ANNOUNCES_CONTENT: «Programmet ditt består av …»);
    round 15: so does the label of the programme's plan with its value («Plan: veke 1–4 kartlegging hos rettleiar,
    deretter …», «Prog.: arbeidspraksis + kurs»), whatever words the value is made of — a label by ``label_names`` only, not
    the condition's name («Tilpassa program: Ja, innhald vert avtalt med rettleiar» concludes)."""
    if find_terms(V.ANNOUNCES_CONTENT.get(key, ()), s):
        return True
    if key != "program" or not label_with_value(s):
        return False
    colon = s.words.index(":")
    label = Sentence(s.paragraph, "", s.words[:colon], s.lemmas[:colon])
    # a label for the plan itself («Plan:», «Programmet:»), not the condition («Tilpassa program: Ja, …»)
    return key in named_in(label, label=True) and key not in named_in(label)


def frame(s: Sentence) -> bool:
    """The sentence is about the letter's frame (vocabulary.FRAME: the stønad, the start, the appeal). Round 15: the
    programme starting WITH an activity («Programmet byrjar difor med truckførarkurs på formiddagane …») says what
    it holds, not when it starts (vocabulary.PROGRAMME_START)."""
    for term, starts in find_terms(V.FRAME, s).items():
        n = len(term.split())
        if term in V.PROGRAMME_START and all(s.words[p + n: p + n + 1] == ["med"] or
                                             s.words[p + n: p + n + 2] in (["opp", "med"], ["difor", "med"],
                                                                           ["derfor", "med"])
                                             for p in starts):
            continue
        if term == "oppstart*" and all(p > 0 and s.words[p - 1] in V.START_AS_TIME and
                                       any(h < p for h in topic_hits(s, "program")) for p in starts):
            continue  # round 20 (rule 5d): «Arbeidstrening i en bruktbutikk fra oppstart.»: the activity's time
        return True
    return False


def states_rule(s: Sentence) -> bool:
    """The sentence states the rule (vocabulary.RULE_STATEMENT, or the law in general terms: topics.generic_rule).
    Round 15: a condition spoken of in the past with a date or a year («Vilkårene for dagpenger er ikke oppfylt etter
    vedtak av mars 2023, og søker har siden mottatt …») is applied, not stated — unless a condition opens it."""
    hits = find_terms(V.RULE_STATEMENT, s)
    if not hits and ("ikke" in s.words or "ikkje" in s.words):
        # round 20 (rule 5e): the rule denied is the rule stated («Det er ikke et vilkår at andre tiltak er prøvd først»)
        hits = _rule_denied(s)
    if hits and not any(t in V.CONDITION for t in hits) and past_tense(s) and dated(s):
        hits = {}
    # round 20 (rule 5c): the rule as the yardstick of the sentence's own fact («Du er 34 år og er i yrkesaktiv alder
    # slik loven krever») is applied, not stated
    hits = {t: ps for t, ps in hits.items() if not all(p > 0 and s.words[p - 1] in V.COMPARISON for p in ps)}
    return bool(hits) or generic_rule(s) or verb_first_condition(s) or source_says(s) or tests_whether(s)


def _rule_denied(s: Sentence) -> dict[str, list[int]]:
    """Rule 5e: the condition said not to be one («det er ikke et vilkår / krav at …») — the statement with its «ikke» /
    «ikkje» left out, at the positions of the sentence itself."""
    keep = [i for i, w in enumerate(s.words) if w not in ("ikke", "ikkje")]
    hits = find_terms(V.RULE_STATEMENT, Sentence(s.paragraph, "", [s.words[i] for i in keep], [s.lemmas[i] for i in keep]))
    return {t: [keep[p] for p in ps] for t, ps in hits.items() if t.startswith("det er")}  # not «kan ikke få …»


# round 18 (rule 4v) and round 22: the verbs of weighing with their preposition before an indirect question («legge
# vekt på om», «se hen til om», «ta hensyn til om», «ved vurderingen av om»)
WEIGH_WITH = (["vekt", "på"], ["hen", "til"], ["hensyn", "til"], ["omsyn", "til"], ["vurderingen", "av"],
              ["vurderinga", "av"])


def tests_whether(s: Sentence) -> bool:
    """Round 17 (rule 4p): the predicate is an indirect question — «er om» / «er hvorvidt» («Det avgjørende er om søker
    har ytelser fra folketrygden, ikke om …», «Spørsmålet er om …»): the sentence says what the assessment turns on,
    the test stated, no fact about the person («om lag» is an amount)."""
    w = s.words
    if any(w[i] == "er" and w[i + 1] in ("om", "hvorvidt", "kvarvidt") and w[i + 2] not in ("lag", "lang")
           for i in range(len(w) - 2)):
        return True
    # round 18 (rule 4v): the assessment's verb with its indirect question, in the present or with a modal and of no
    # one in particular («Det skal vurderes om søker vil ha nytte av …, og om andre tiltak er prøvd») says what is to
    # be weighed — the test; «Vi har vurdert om …», «Det vart 23.11. vurdert om …» (the perfect, the past, a date:
    # done in this case) and «… om du …» are not
    # («I praksis legger NAV vekt på om søkeren har hatt …»: the weight laid, as the assessing verb)
    if any(x in V.SECOND_PERSON for x in w):
        return False
    for i in range(len(w) - 1):
        if w[i + 1] in ("om", "hvorvidt", "kvarvidt") and (w[i].startswith(V.ASSESS_STEMS) or w[i - 1:i + 1] in WEIGH_WITH):
            before = Sentence(s.paragraph, "", w[:i + 1], s.lemmas[:i + 1])
            return not perfect(before) and not past_tense(before) and not dated(s)
    return False



# round 17 (rule 4p): the words that attribute what follows to a source («iht.», «ifølge», «etter», «jf.»)
ATTRIBUTION = ("iht", "ifølge", "ifølgje", "etter", "jf", "jfr", "henhold")


def source_says(s: Sentence) -> bool:
    """Round 17 (rule 4p): the sentence (or a label's value) opens by attributing itself to a legal source — an
    attribution word and, right after it, the law, a circular or the preparatory works («Etter rundskrivet kan årsaken
    være helse, …», «Iht. loven er programmet for dem som …», «Begrunnelse: Jf. forarbeidene skal …»): what follows is
    what that source says, of anyone — the rule stated, no fact about the person (not a document of the case:
    «Ifølge søknaden er du 43 år», «Etter arbeidsevnevurderingen …» report facts)."""
    start = len(s.lead.words) if s.lead is not None else 0
    colon = next((i for i, w in enumerate(s.words[start:start + V.INLINE_LABEL_WORDS + 1], start) if w == ":"), None)
    if colon is not None:
        start = colon + 1
    for i in range(start, min(start + 3, len(s.words))):
        if s.words[i] in ATTRIBUTION:
            after = Sentence(s.paragraph, "", s.words[i + 1:i + 4], s.lemmas[i + 1:i + 4])
            return law_word(after) or cites_law(after)
    return False


def verb_first_condition(s: Sentence) -> bool:
    """Round 16 (rule 4k): a condition without a conjunction opens the sentence — its finite verb first, the subject
    pronoun second, a comma before the main clause, no question mark («Har du fått sosialhjelp for samme periode,
    blir dette avregnet», «Får du arbeid, fell stønaden bort»). It is rule 4b's «Dersom du har …, blir …»: the rule
    stated, no fact about the person. A subordinating conjunction first («Da du var 20, …») opens a clause of fact."""
    start = len(s.lead.words) if s.lead is not None else 0
    w, lem = s.words[start:], s.lemmas[start:]
    if len(w) < 4 or w[1] not in V.SUBJECT_PRONOUNS or w[0] in V.SUBORDINATORS or not w[0].isalpha():
        return False
    # a finite verb: an auxiliary or modal, or a present tense («mottar», «trenger»: the infinitive + «r»); not a
    # noun with a relative clause («Kontoutskriftene du har sendt inn, bekrefter …»)
    finite = w[0] in V.FINITE_AUX or (w[0].endswith("r") and lem[0] != w[0] and lem[0][-1] in "aeiouyæøå")
    return finite and "," in w[2:] and "?" not in w


def explains(s: Sentence) -> bool:
    """Round 16 (rule 4l): the sentence explains the one before it — «det» / «dette» as its subject and a verb of
    definition (vocabulary_topics.DEFINITION) at once: «Det betyr at …», «Det vil si at …», «Dette inneber at …».
    After a sentence stating the rule it states the rule too, whatever «du» it holds."""
    if not s.words or s.words[0] not in V.ANAPHORIC_SUBJECT:
        return False
    return bool(find_terms(V.DEFINITION, Sentence(s.paragraph, "", s.words[1:4], s.lemmas[1:4])))


@lru_cache(maxsize=1)
def _year() -> re.Pattern:
    return re.compile(r"\b(?:19|20)\d{2}\b")


def dated(s: Sentence) -> bool:
    return bool(find_patterns(("dato", "årstall"), s)) or bool(_year().search(s.text))


def law_only(s: Sentence) -> bool:
    """The sentence refers to the law (a § or a statute) — a quoted criterion, unless reasons follow."""
    return "§" in s.words or any(lem.endswith(("lov", "loven", "lova", "forskrift")) for lem in s.lemmas) \
        or law_word(s) or cites_law(s)


def label_with_value(s: Sentence) -> bool:
    """A label and its value in one short paragraph: a colon within the first INLINE_LABEL_WORDS + 1 words, with
    words after it («Alder: 34 år»; not the lead-in «Økonomi:»)."""
    colon = label_colon(s)
    return colon is not None and 0 < colon < len(s.words) - 1 and s.lead is None


def source_after(s: Sentence | None) -> bool:
    """Round 19 (rule 4y): a short sentence that names the source of the one before it — «det»/«dette», a verb of
    saying or standing, and the law, a circular or the rules («Det sier rundskrivet.», «Det står i loven.», «Det
    seier reglane.»): the sentence before is what that source says, of anyone — the rule stated."""
    if s is None or len(s.words) > 8 or not s.words or s.words[0] not in V.ANAPHORIC_SUBJECT:
        return False
    if not any(w in V.SOURCE_VERB for w in s.words[1:3]):
        return False
    return "§" in s.words or law_word(s) or cites_law(s) or bool(find_terms(V.RULE_NOUN, s))


def rule_lead(s: Sentence) -> bool:
    """Round 19 (rule 4y): a list under a lead-in that opens with the rule («Regelen om penger:», «Kravet er:», «Loven
    sier:») states the rule in its items, as a list under «Vilkårene er:» quotes the law."""
    lead = s.lead
    return lead is not None and bool(lead.words) and (
        bool(find_terms(V.RULE_NOUN, Sentence(lead.paragraph, "", lead.words[:1], lead.lemmas[:1])))
        or law_word(Sentence(lead.paragraph, "", lead.words[:1], lead.lemmas[:1])))


def bare_verdict(s: Sentence) -> bool:
    """Round 19 (rule 4y): a label whose value is only a verdict («Arbeid og helse: ok.», «Alder: i orden.») names the
    matter the label stands for and says it is fine: the label's words are its name, not a fact, and no fact follows."""
    if not label_with_value(s):
        return False
    value = [w for w in s.words[s.words.index(":") + 1:] if w[:1].isalnum()]
    return bool(value) and all(w in V.VERDICT for w in value)


def recorded_value(s: Sentence) -> bool:
    """Round 17 (rule 4o): a field label and its value («Begrensninger: ADHD, lese- og skrivevansker», «Inntekt:
    deltidsjobb, ca. kr 11 000 pr. mnd.») is the case's record about the person, as a list item under its lead-in is:
    its facts count without a verb or a «du». Not a value that names the programme itself — the case's header
    («Ytelse: KVP», «Sakstype: søknad om kvalifiseringsprogram») says what is decided, nothing about the person —
    nor one that cites a source or states the rule («Begrunnelse: Etter rundskrivet kan årsaken være helse, …»):
    that is what the source says, of anyone — nor a numbered label's."""
    if not label_with_value(s) or states_rule(s) or cites_law(s):
        return False
    colon = s.words.index(":")
    if law_only(Sentence(s.paragraph, "", s.words[colon + 1:colon + 3], s.lemmas[colon + 1:colon + 3])):
        return False  # round 18: a value that opens with the law («Program: § 30: programmet skal …») is the law
    if any(ch.isdigit() for w in s.words[:colon] for ch in w):
        return False  # a numbered label («Del 3:», «Uke 1–8:», «pkt. 4.2:») orders a plan's steps or a source's parts
    return not case_header(s)


def case_header(s: Sentence) -> bool:
    """Round 17 (rule 4o): a label whose short value names the programme itself («Ytelse: Kvalifiseringsprogram (KVP)»,
    «Sakstype: søknad om KVP») is the case's header: it says what is decided — no criterion named, no fact."""
    if not label_with_value(s):
        return False
    colon = s.words.index(":")
    value = Sentence(s.paragraph, "", s.words[colon + 1:], s.lemmas[colon + 1:])
    return len([w for w in value.words if w.isalnum()]) <= V.HEADER_VALUE_WORDS and bool(find_terms(V.PROGRAMME_WORDS, value))


_PLACEHOLDER = re.compile(r"\[[^\]]*\]|<[^>]*>")


def placeholder_only(s: Sentence) -> bool:
    """Round 17 (rule 4q): a template's placeholder — text in square or angle brackets («[fyll inn …]», «<skriv
    her>») — is a field left unfilled: a sentence that holds nothing else (but its label) says nothing."""
    if "[" not in s.text and "<" not in s.text:
        return False
    rest = _PLACEHOLDER.sub(" ", s.text)
    if ":" in rest:
        rest = rest.split(":", 1)[1]
    return not any(ch.isalpha() for ch in rest)


def elided_subject(s: Sentence) -> bool:
    """Round 18 (rule 4w): a record's telegram style leaves the subject out — the sentence (or a label's value) opens
    with «har» / «hadde» (the perfect's auxiliary or the verb «have») and no subject after it — its participle, an adverb
    or its object comes next («Har tidligere fått oppfølging med jobbsøkerkurs, uten resultat.», «Hadde tidlegare
    praksisplass.»): in a decision about one person the subject left out is that person, as a field's value is theirs
    (4o). A question or a condition has its subject after the verb («Har du …», «Har NAV …?»), and is no such
    sentence."""
    start = len(s.lead.words) if s.lead is not None else 0
    if label_with_value(s):
        start = s.words.index(":") + 1
    w = s.words[start:]
    if "?" in w or verb_first_condition(s):
        return False
    # «har» / «hadde» opening the sentence, or right after a comma that ends a verbless record before it («Lite
    # arbeidserfaring, har kun hatt korte vikariater.»)
    opens = [0] + [i + 1 for i, x in enumerate(w[:-1]) if x == "," and not _finite_before(w[:i], s.lemmas[start:start + i])]
    return any(i + 2 < len(w) and w[i] in ("har", "hadde") and w[i + 1] not in V.SUBJECT_PRONOUNS
               and w[i + 1] not in V.PERSON and w[i + 1] not in V.OTHER_SUBJECTS for i in opens)


def _finite_before(words: list[str], lemmas: list[str]) -> bool:
    """A finite verb among ``words`` (a present «-r» form of a verb, a past, an auxiliary): a clause with its own verb,
    not a verbless record («Lite arbeidserfaring»)."""
    return any(w in V.FINITE_AUX or w in V.PAST or (w.endswith("r") and lem != w and lem[-1:] in "aeiouyæøå")
               for w, lem in zip(words, lemmas))


def without_placeholders(s: Sentence) -> Sentence:
    """Round 18 (rule 4t): a placeholder is a gap, not words — the template's instruction to the caseworker («fordi
    [sett inn begrunnelse]», «Programmet inneholder: <aktiviteter>») is no part of what the letter says to the person.
    The sentence is judged without it: a cause whose content is a gap states no cause, a conclusion whose reason was
    never filled in stays a conclusion."""
    if "[" not in s.words and "<" not in s.words:
        return s
    start = len(s.lead.words) if s.lead is not None else 0
    keep, i, n = [], 0, len(s.words)
    while i < n:
        close = {"[": "]", "<": ">"}.get(s.words[i]) if i >= start else None
        end = s.words.index(close, i + 1) if close and close in s.words[i + 1:] else None
        if end is None:
            keep.append(i)
            i += 1
        else:
            i = end + 1
    if len(keep) == n:
        return s
    return Sentence(s.paragraph, _PLACEHOLDER.sub(" ", s.text), [s.words[k] for k in keep], [s.lemmas[k] for k in keep],
                    lead=s.lead)


__all__ = ["announces", "bare_verdict", "rule_lead", "source_after", "before_condition", "case_header", "dated", "frame", "is_negated", "label_with_value", "law_only",
           "person_fact", "placeholder_only", "recorded_value", "stated_cause", "elided_subject", "states_rule", "unit_number", "without_placeholders"]
