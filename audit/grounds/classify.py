"""Applying the vocabulary to a letter's paragraphs (the rules are explained in vocabulary.py).

:func:`classify` returns, per criterion, a :class:`Judgement`: ``ja`` / ``nei``, the
status behind it and the evidence (paragraph numbers and the declared terms or pattern
names that decided), never the letter's words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from audit.grounds import vocabulary as V
from audit.grounds.facts import premise_of, real_facts, real_patterns
from audit.grounds.furniture import furniture_kind, without_furniture
from audit.grounds.layout import is_heading, named_in, sentences_of, table_row
from audit.grounds.procedure import after_blank, blank, childhood_age, concrete_patterns, office_need
from audit.grounds.premises import basis_of, concluded_later, concluded_lists, premise_ahead
from audit.grounds.roles import asks
from audit.grounds.sentence import (announces, bare_verdict, before_condition, rule_lead, source_after, case_header, elided_subject, explains, frame, is_negated, label_with_value, law_only,
                                    person_fact, placeholder_only, recorded_value, stated_cause, states_rule,
                                    unit_number, without_placeholders)
from audit.grounds.terms import Sentence, find_patterns, find_terms, split_sentences, tokens
from audit.grounds.topics import (agency_negated, case_note_subject, deferred, denied_positions, generic_rule, list_topics,
                                  measures_had,
                                  no_programme_content, other_person, programme_anchor, topic_criteria, topic_hits,
                                  work_history)

GROUNDS, NAMED, QUOTED, NEGATED, ABSENT = "grounds", "named", "quoted", "negated", "absent"
STATUS_ORDER = (GROUNDS, NEGATED, QUOTED, NAMED, ABSENT)  # the strongest decides a "nei"


@dataclass
class Judgement:
    column: str
    status: str = ABSENT
    paragraphs: list[int] = field(default_factory=list)  # where the deciding evidence is
    terms: list[str] = field(default_factory=list)  # declared terms / pattern names that decided

    @property
    def value(self) -> str:
        return "ja" if self.status == GROUNDS else "nei"


def classify(paragraphs: list[str]) -> dict[str, Judgement]:
    """Judge every criterion of vocabulary.CRITERIA for one letter."""
    state: dict[str, dict[str, list]] = {c.key: {st: [] for st in STATUS_ORDER} for c in V.CRITERIA}
    # state[key][status] = [(paragraph, term), …]
    heading: set[str] = set()
    answer_to: set[str] = set()  # round 20 (rule 5a): what a question ending the paragraph before asked about
    letter = sentences_of(paragraphs)
    lists = list_topics(letter)  # round 12: what each list is about, by all its items
    concluded = concluded_lists(letter, lists)  # round 15: a list of facts followed by one criterion's conclusion
    for sents in letter:
        if not sents:
            continue
        para_no = sents[0].paragraph
        first = sents[0]
        item = first.lead is not None
        if not item and find_terms(V.SECTION_END, Sentence(para_no, "", first.words[:3], first.lemmas[:3])):
            heading = set()
        if not item and label_with_value(first) and not is_heading(paragraphs[para_no - 1], sents):
            # round 13: a paragraph opening with a label and its value that names no criterion («Program: arbeidspraksis
            # 20 t/uke + …» after «Ytelser: sosialhjelp») is not in the section before it: that section ends
            if not named_in(first, label=True):
                heading = set()
        if not item and is_heading(paragraphs[para_no - 1], sents):
            # round 19 (rule 4x): a heading over the letter's frame («Penger i programmet», «Når starter
            # programmet?») names no criterion: it ends the section above it
            named = named_in(first, label=True) if furniture_kind(first) is None else {}
            if len(named) > 1 and all(first.words[p] in V.QUESTION_LABELS for p in named.get("necessity", [0])):
                del named["necessity"]  # round 14: «Hvorfor mener vi at arbeidsevnen din er nedsatt?» is work ability's
            if "necessity" in named and find_terms(V.DECISION_ANSWER, first) and \
                    all(first.words[p] in V.QUESTION_LABELS for p in named["necessity"]):
                del named["necessity"]  # round 19 (rule 4y): «Hvorfor får du ja?» asks for all the reasons, as «Begrunnelse»
            # a lead-in with a list («Opplysninger i saken:», «Planen for programmet:») speaks for its items only, which
            # carry its words: the section it stands in goes on around its list (round 12); a heading (also one ending
            # with a colon and no list under it) begins a section, and one that names nothing ends the section
            if not (paragraphs[para_no - 1].rstrip().endswith(":") and para_no < len(letter)
                    and any(x.lead is not None for x in letter[para_no])):
                heading = set(named) if len(named) in (1, 2) else set()
            for k in named:
                state[k][NAMED].append((para_no, None))
            # round 20 (rule 5a): a question as a heading is answered by the paragraph after it, the field's value
            answer_to = set(named) if asks(sents[-1]) and len(named) in (1, 2) else set()
            if not label_with_value(first):
                continue
            # round 13: a label with its value («Alder: 34 år», «Program: arbeidspraksis 20 t/uke») heads a section
            # and is read as a sentence too
        prev: set[str] = answer_to
        answering = answer_to  # round 20 (rule 5a): the criteria a question just asked about, while its answer runs
        concluded_before: set[str] = set()  # what the sentence before named (not self-named by a fact; round 15)
        prev_person = False  # the sentence before referred to the person (round 13)
        prev_rule = False  # the sentence before stated the rule (round 16)
        running: set[str] = set()  # what the sentence before was about (a tie of topics goes to it, round 12)
        pending: list[Sentence] = []  # sentences about no criterion yet, just before this one
        # reasons a sentence gave the criterion of the sentence before it (carried), kept until the next
        # sentence shows whether they belong to that one instead (see below)
        tentative: list[tuple[str, str]] = []
        row: set[str] = set()  # the criterion a field label or a table row's first cell names (round 18, rule 4u)
        for n_sent, s in enumerate(sents):
            s = without_furniture(s)  # the letter's furniture (start, meetings, payment, appeal …) is no ground
            if s is None or placeholder_only(s):
                continue  # round 17 (rule 4q): a template's field left unfilled («Begrunnelse: [fyll inn]») says nothing
            s = without_placeholders(s)  # round 18 (rule 4t): a placeholder is a gap, not words
            s = before_condition(s)
            named = named_in(s, label=s.lead is not None or s.text.rstrip().endswith(":"))
            # round 22: «ikke nødvendig å gå nærmere inn på …» is the office's need (rule 7e), «siden skolealder» a time in
            # the past (7j), not the criterion
            for key, not_a_name in (("necessity", office_need), ("age", childhood_age)):
                if key in named:
                    named[key] = [p for p in named[key] if not not_a_name(s, p)]
                    if not named[key]:
                        del named[key]
            if blank(s):
                # round 22 (rule 7b): a form's blank («kr ………… i inntekt per måned») is a field left unfilled: the
                # sentence names what it names and says nothing of it — what a missing full stop ran into an empty
                # field after it («Nødvendig: ____ Du fylte 35 år …») is a sentence of its own
                for k in named:
                    state[k][NAMED].append((para_no, None))
                s = after_blank(s)
                if s is None:
                    continue
                named = named_in(s)
            if named and case_header(s):
                # round 17 (rule 4o): a label whose value is the programme itself is the case's header («Ytelse: KVP»):
                # it names what is decided, no criterion
                colon = s.words.index(":")
                named = {k: ps for k, ps in named.items() if any(p > colon for p in ps)}
            if asks(s):
                # round 20 (rule 5a): a question states nothing — its words name the matter asked about (by a name, or
                # by its topic: «Er andre tiltak vurdert eller prøvd?»), and what follows answers it: the rest of its
                # paragraph, and the paragraph after it when it ends its own
                asked = set(named) or topic_criteria(s, fallback=False)
                for k in asked:
                    state[k][NAMED].append((para_no, None))
                for key, term in tentative:
                    state[key][GROUNDS].append((para_no, term))
                prev = concluded_before = running = asked if 1 <= len(asked) <= 2 else set()
                if not asked <= heading:
                    heading = set()  # another matter is asked about: the section above it has ended
                # the person asked about («Har søker …?») is the one the answer speaks of
                tentative, pending, prev_rule, answering = [], [], False, prev
                prev_person = bool(find_terms(V.PERSON, s))
                continue
            # round 14: what stands before a conclusion is its premise — another criterion named there is no name
            premise = premise_of(s, sents[n_sent + 1] if n_sent + 1 < len(sents) else None)
            if premise is None and not named:
                premise = premise_ahead(s, sents, n_sent)
            if premise:
                named = {k: ps for k, ps in named.items() if k == premise[0] or any(p not in premise[1] for p in ps)}
            rule = states_rule(s) or (prev_rule and explains(s))  # round 16: «… Det betyr at …» after the rule
            # round 19 (rule 4y): «Det betyr at …» with no fact of any criterion's topic, no date or number, says what
            # the criterion named before it means in plain words («Du har vesentlig nedsatt arbeidsevne. Det betyr at
            # det er vanskelig for deg å jobbe»): the name restated, as the law explained is the law
            rule = rule or (explains(s) and not named and not find_patterns(V.CONCRETE, s)
                            and not any(topic_hits(s, c.key) for c in V.CRITERIA))
            # round 19 (rule 4y): the rule with its source named after it («… Det sier rundskrivet.»), or a list under
            # a lead-in that opens with the rule («Regelen om penger: – Du skal ikke ha lønn …»)
            rule = rule or rule_lead(s) or source_after(sents[n_sent + 1] if n_sent + 1 < len(sents) else None)
            prev_rule = rule
            verdict = bare_verdict(s)  # round 19 (rule 4y): «Arbeid og helse: ok.» names its matter, gives no reason
            for k in named:
                state[k][QUOTED if rule or law_only(s) else NAMED].append((para_no, None))
            # round 15: what a conclusion rests on («Det er særlig lagt vekt på at …», an item of a list of facts before
            # a conclusion) gives the grounds of that one criterion, whatever its own words would name
            basis = basis_of(s, named, concluded_before, concluded)
            if label_with_value(s):
                prev = set()  # round 13: a label starts its own matter («… Nødvendig: … Program: arbeidspraksis …»)
                row = _row_of(s, named) if table_row(paragraphs[para_no - 1]) else set()
            about = dict(named) if named else {k: [] for k in (prev or row or heading)}
            if basis is not None:
                about = {basis: []}
                named = {k: ps for k, ps in named.items() if k == basis}  # «… i vurderinga av arbeidsevna di: – inntekt …»
            # a sentence in a criterion's section is addressed by the section, not only carried from the sentence
            # before it (rule 4a): «Arbeids- og inntektsevne» / «Inntektsevna di er svekt. Du har jobba som …»
            # round 18 (rule 4u): the sentences after a label's in its paragraph are its value, as a table row's second
            # cell is the first's («Arbeidsevne | Oppfylt. Avbrutt videregående, ingen jobb siden 2020.»): addressed
            # by the label like a section, not only carried
            carried = set(about) - heading - row if not named and prev and basis is None else set()
            # round 18 (rule 4w): «Har tidligere fått …»; round 21 (rule 6b): a case note's bare «bruker» is the person —
            # a record, so like a field's value (4o) it yields to a conclusion drawn from it later in the paragraph
            person = bool(find_terms(V.PERSON, s)) or elided_subject(s) \
                or (case_note_subject(s) and not concluded_later(sents, n_sent))
            self_named: set[str] = set()
            concrete = concrete_patterns(s)  # round 22 (rule 7a): not a document's date
            # facts that name their criterion themselves («du er 34 år», «du mottar sosialhjelp»)
            for c in V.CRITERIA:
                if (c.key in about and c.key not in carried) or not c.self_naming or basis is not None:
                    continue
                own = real_facts(find_terms([t for t in c.self_naming if t not in V.PATTERNS], s), s, c.key)
                # round 14: a fact in the premise before a conclusion in the same sentence argues that conclusion's
                # criterion; a sentence before a bare conclusion keeps its self-naming facts («Du lever av sosialhjelp.
                # Programmet er derfor nødvendig.»: benefits' fact), only its names and its topic yield
                if premise and c.key != premise[0] and len(premise[1]) < len(s.words):
                    own = {t: ps for t, ps in own.items() if any(p not in premise[1] for p in ps)}
                elif premise and c.key != premise[0]:
                    # round 15: an assessment's conclusion (vocabulary_topics.ASSESSMENT_CONCLUSION) yields to the
                    # conclusion drawn from it («… konkluderer med at du treng spesielt tilpassa innsats. Arbeids- og
                    # inntektsevna di er difor vesentleg nedsett.»: work ability's premise); not across facts between
                    # (tuning5's author reads the finding there as necessity's grounds, heldout18's as work ability's)
                    own = {t: ps for t, ps in own.items() if t not in V.ASSESSMENT_CONCLUSION}
                own.update(real_patterns(find_patterns([t for t in c.self_naming if t in V.PATTERNS], s), s))
                if own and c.self_naming_cues and not find_terms(c.self_naming_cues, s):
                    own = {}
                # round 21 (rule 6c): a field's value is the case's record about the person (4o), for the facts
                # that name their criterion too («Innsatsgruppe: spesielt tilpasset innsats»), unless it states a rule
                recorded_own = recorded_value(s) and not generic_rule(s) and not law_only(s)
                if own and (person or concrete or recorded_own):
                    # also a criterion carried from the sentence before: «Alder – oppfylt. Du er 45 år.»
                    about[c.key] = sorted(p for ps in own.values() for p in ps)
                    self_named.add(c.key)
                    carried.discard(c.key)
            if self_named and carried:
                # «Programmet er nødvendig. Du skal begynne med språkpraksis …»: the second sentence names its
                # own criterion (a self-naming fact), it does not elaborate the first one's
                for k in carried - self_named:
                    about.pop(k, None)
                carried = set()
            negated = is_negated(s) or agency_negated(s) or deferred(s)  # round 14: an assessment put off too
            elsewhere = other_person(s)  # round 13: a relative's facts («Mora di har …») are not the applicant's
            # what the sentence is about by its content (round 10): a sentence addressed by nothing, or only continuing
            # the one before without a word of that one's topic, is about the criteria whose topic words it holds
            topical: set[str] = set()
            if not named and not self_named and not rule and not verdict and not law_only(s) and basis is None:
                # its own topic words; in a list, where they are none or tie, the topic of the list (its lead-in and
                # items together); else the person's work history (round 12): «Opplysninger i saken: – astma – siste
                # arbeid i 2019», «Forhold som begrenser deg: – kronisk utmattelse – lang tid uten jobb»
                by_topic = topic_criteria(s, fallback=False)
                if s.lead is not None and (len(by_topic) != 1):  # none or a tie: the list decides
                    by_topic = (by_topic & lists[id(s.lead)]) or lists[id(s.lead)] or by_topic
                if not by_topic:
                    by_topic = work_history(s)
                if premise and len(premise[1]) == len(s.words):
                    by_topic = by_topic & {premise[0]}  # round 14: the premise of the next sentence's conclusion
                if len(by_topic) > 1 and by_topic & running:  # a tie: the running topic goes on
                    by_topic = by_topic & running
                # round 20 (rule 5a): an answer holding a fact of the criterion asked about is that criterion's
                if by_topic and (not about or (carried and not any(topic_hits(s, k) or (
                        k in answering and find_terms(V.BY_KEY[k].facts, s)) for k in carried))):
                    about = {k: [] for k in by_topic}
                    carried = set()
                    topical = by_topic
            if not topical:
                carried -= answering  # round 20 (rule 5a): an answer is addressed by its question, not only carried
            follow_up = tentative
            tentative = []
            if negated:
                for k in about:
                    state[k][NEGATED].append((para_no, None))
            elif not rule and not verdict and not elsewhere:
                # round 13: a sentence continuing one about the person is about the person too («Du har vesentlig
                # nedsatt arbeidsevne. Hovedårsakene er slitasjegikt i hoftene og kort botid i Norge.»): its declared
                # facts count (the date of the assessment had hidden this)
                # round 17 (rule 4o): a field label and its value («Begrensninger: ADHD, …») is the case's record
                # about the person, as a list item is: its verbless facts count
                # … unless a conclusion drawn from it follows in the paragraph («Ressurser: … Hindringer: … KVP er
                # derfor nødvendig»): then the records are that conclusion's premise, not facts of their own topic
                # round 18 (rule 4u): so is every sentence of a table row's second cell («Ytelser | Ja. Dagpengene er
                # brukt opp, ingen oppsparte midler.»)
                # round 20 (rule 5a): so is the answer to a question, the field's value to its label
                recorded = (recorded_value(s) or ((bool(row) or bool(answering)) and not law_only(s))) \
                    and not concluded_later(sents, n_sent)
                facts_ok = person or bool(concrete) or s.lead is not None or recorded \
                    or (bool(about) and not topical and prev_person and not law_only(s))
                own_reasons = _reasons(s, about, facts_ok, person, set(named) | self_named,
                                       need_fact=carried, naming=_naming_own_words(s, named))
                denied = denied_positions(s)
                for key in topical:
                    c = V.BY_KEY[key]
                    if denied and set(topic_hits(s, key)) <= denied:
                        continue  # round 13: «Du har ikke hatt ryggsmerter» denies the topic, no fact
                    fact = person or concrete or s.lead is not None or recorded or c.facts_without_person \
                        or bool(unit_number().search(s.text))
                    if c.open_facts and fact and not frame(s):
                        own_reasons.setdefault(key, []).append("tema")
                # round 11: the programme by its topic alone needs an activity with an anchor (a place, a time, a
                # commitment), and no sentence grounds it that holds no programme content (history, a need or goal,
                # a plan to be made later), whichever way the sentence addresses it
                # in the programme's section or list, or continuing a sentence that named it, an activity with an
                # anchor is content without a person word («Aktiviteter» / «Uke 1–8: hospitering i en kantine.»)
                if "program" in about and "program" not in own_reasons and "program" not in named \
                        and topic_hits(s, "program") and programme_anchor(s) and not frame(s) \
                        and not law_only(s):
                    own_reasons["program"] = ["tema"]
                if "program" in own_reasons and (no_programme_content(s) or (
                        "program" in topical and s.lead is None and not programme_anchor(s))):
                    del own_reasons["program"]
                for key, reasons in own_reasons.items():
                    for term in reasons:
                        if key in carried:
                            tentative.append((key, term))
                        else:
                            state[key][GROUNDS].append((para_no, term))
                # facts first, criterion after: «Du har hatt ryggsmerter i ti år. Arbeidsevnen din er derfor nedsatt.»
                # with «derfor», «dette» …: its facts and dates; without: only the criterion's own facts
                if 1 <= len(named) <= 2:
                    # a lead-in's «dette» points forward, to its list («Dette er planen for de første månedene:»);
                    # in a list item only the item's own words may look back
                    own = Sentence(s.paragraph, s.text, s.words[len(s.lead.words):], s.lemmas[len(s.lead.words):]) \
                        if s.lead is not None else s
                    cue = bool(find_terms(V.LOOK_BACK, own)) and not s.text.rstrip().endswith(":")
                    # with a cue («Samlet gir dette …») every fact sentence just before; without, the last one
                    for earlier in (pending if cue else pending[-1:]):
                        e_person = bool(find_terms(V.PERSON, earlier))
                        e_concrete = bool(concrete_patterns(earlier))
                        back = _reasons(earlier, {k: [] for k in named}, e_person or e_concrete,
                                        e_person, set(), need_fact=set() if cue else set(named), structural=False)
                        if cue and earlier is pending[-1] and not back:
                            back = _argued_before(earlier, named, e_person, e_concrete)
                        if "program" in back and no_programme_content(earlier):
                            del back["program"]  # «Du har tidligere hatt norskkurs … NAV kan tilby deg et program»
                        for key, reasons in back.items():
                            for term in reasons:
                                state[key][GROUNDS].append((para_no, term))
                        # A sentence between two criteria with facts of both goes to the second (facts first,
                        # criterion after): «Programmet er nødvendig. Du har en hjerneskade og har ikke fullført
                        # tidligere tiltak. Arbeidsevnen din er vesentlig nedsatt.» — the middle sentence is about
                        # work ability, its «tidligere tiltak» is no reason for necessity; so is «Du har svært
                        # avgrensa ytingar. Du deltok på eit avklaringstiltak i 2023, men avslutta … Vi meiner eit
                        # program med tettare oppfølging er naudsynt» about necessity, even though the naming
                        # sentence has reasons of its own (round 9: before, only a bare conclusion took it).
                        if back:
                            follow_up = []
            for key, term in follow_up:
                state[key][GROUNDS].append((para_no, term))
            pending = pending + [s] if not named and not self_named and not rule and not verdict and not negated and not elsewhere \
                else []
            running = topical or set(named) | self_named
            answering = set() if named or self_named else answering
            prev_person = person
            # the next sentence elaborates this one's criteria, unless this one said the matter was not assessed
            # («Nødvendig og hensiktsmessig: Ikke vurdert.») or quoted the law («Det følger av § 29 at …»)
            concluded_before = set(named) if 1 <= len(named) <= 2 and not rule and not negated \
                and not law_only(s) else set()
            if 1 <= len(named) <= 2 and not rule and not negated and not law_only(s):
                prev = set(named)
            elif named:
                prev = set()
            elif self_named:
                # round 12: a sentence that names its own criterion by a fact ends what the sentence before it began
                # («Ytelsene dine er svært begrensede. Du er 27 år og bor alene.»: the third sentence does not
                # continue benefits)
                prev = set(self_named) if len(self_named) <= 2 else set()
        for key, term in tentative:
            state[key][GROUNDS].append((para_no, term))
        # the answer to a question that ends its paragraph is the paragraph after it
        answer_to = prev if asks(sents[-1]) else set()
    return {c.column: _judgement(c, state[c.key]) for c in V.CRITERIA}


def _row_of(s: Sentence, named: dict[str, list[int]]) -> set[str]:
    """Round 18 (rule 4u): the one criterion a table row's first cell names (read as a label before its colon): all the
    sentences of the second cell are its value, up to the next row's label."""
    colon = s.words.index(":")
    own = {k for k, ps in named.items() if any(p < colon for p in ps)}
    return own if len(own) == 1 else set()


def _argued_before(earlier: Sentence, named: dict[str, list[int]], person: bool, concrete: bool) -> dict[str, list[str]]:
    """The structural rule looking back: a sentence that argues a criterion without naming it, concluded by the next
    sentence naming it with «derfor», «dette» … («Du har søkt over hundre jobber siden 2019. Programmet er derfor
    nødvendig.»): its fact about the person (PERSON or a number) grounds the criterion named, when the naming
    sentence names one criterion and the earlier sentence holds no declared fact of any other criterion."""
    if len(named) != 1:
        return {}
    key = next(iter(named))
    c = V.BY_KEY[key]
    if (c.excluded and find_terms(c.excluded, earlier)) or find_terms(V.RULE_STATEMENT, earlier) or is_negated(earlier):
        return {}
    if any(find_terms(o.facts + tuple(t for t in o.self_naming if t not in V.PATTERNS), earlier)
           for o in V.CRITERIA if o.key != key):
        return {}
    hits = person_fact(earlier, person, concrete, c.open_facts)
    return {key: sorted(hits)} if hits else {}


def _naming_own_words(s: Sentence, named: dict[str, list[int]]) -> set[str]:
    """The criteria a sentence names in its own words (a list item's lead-in names for it, not in its own words)."""
    start = len(s.lead.words) if s.lead is not None else 0
    return {k for k, ps in named.items() if any(p >= start for p in ps)}


def _reasons(s: Sentence, about: dict[str, list[int]], facts_ok: bool, person: bool,
             named: set[str], need_fact: set[str] = frozenset(), structural: bool = True,
             naming: set[str] = frozenset()) -> dict[str, list[str]]:
    """criterion key -> declared terms / pattern names that are a reason in this sentence.

    ``facts_ok``: the sentence is about the person or concrete (facts count);
    a pattern (date, amount …) counts where the sentence names the criterion itself or
    is about the person (not in «Oppstart er 01.03.2025» under a criterion's heading).
    ``structural``: the sentence addresses the criteria in ``about`` (names them, stands in their
    section or list), so the structural rule applies (``person_fact``) to those not in ``need_fact``.
    ``need_fact``: criteria carried over from the sentence before; for them a date or
    number alone is not enough, the sentence needs one of the criterion's facts.
    With several criteria in one sentence, each reason goes to the criterion named
    nearest to it (a list «du er 34 år, har nedsatt arbeidsevne etter en ulykke i 2019 …»).
    """
    found: dict[str, dict[str, list[int]]] = {}
    for key in about:
        c = V.BY_KEY[key]
        if c.excluded and find_terms(c.excluded, s):
            continue
        facts = real_facts(find_terms(c.facts, s), s, key) if (facts_ok or (key in named and not law_only(s))) else {}
        if key == "necessity" and facts_ok and measures_had(s):
            facts["tiltak hatt"] = measures_had(s)  # round 21 (rule 6a): the person's history of measures
        # a stated cause: the reason of a criterion the sentence names, or — opening the sentence («Hovedårsakene er
        # ME og …») — of the criterion it continues or whose section it stands in (round 13)
        cause = stated_cause(s) if not law_only(s) and not generic_rule(s) else None
        opening_cause = cause is not None and cause <= 1 and key not in named and structural
        if key in need_fact and not facts:
            # a sentence that continues the criterion named before it: its own words ground it (the structural
            # rule), unless it holds another criterion's facts (then it is about that one)
            if not structural or any(find_terms(o.facts + o.self_naming, s) for o in V.CRITERIA if o.key != key):
                continue
            if opening_cause:
                found[key] = {"årsak": [cause]}
                continue
            hits = person_fact(s, person, bool(concrete_patterns(s)), c.open_facts)
            if hits:
                found[key] = hits
            continue
        # a pattern that names its criterion itself (an age, a birth date) is about the person without a person word
        hits = real_patterns(find_patterns(c.patterns if (key in named or person)
                                           else [p for p in c.patterns if p in c.self_naming], s), s)
        hits.update(facts)
        if cause is not None and (key in named or opening_cause):
            hits["årsak"] = [cause]
        if structural and key not in need_fact:
            hits.update(person_fact(s, person or (key in named and c.facts_without_person),
                                    bool(concrete_patterns(s)), c.open_facts,
                                    topic=key if key in naming and not announces(s, key)
                                    else None))
        if hits:
            found[key] = hits
    if len(about) <= 1:
        return {k: sorted(v) for k, v in found.items()}
    mentions = [(p, k) for k, ps in about.items() for p in ps]
    out: dict[str, list[str]] = {}
    for key, hits in found.items():
        c = V.BY_KEY[key]
        for term, positions in hits.items():
            # a declared fact of only one of the criteria in the sentence is that criterion's, wherever it stands
            # («Vanlig oppfølging har ikke vært nok, og vi vurderer arbeidsevnen og behovet …»)
            if (term in c.facts or term in c.self_naming) and not any(
                    term in found[o] for o in found if o != key):
                out.setdefault(key, []).append(term)
                continue
            for p in positions:
                if not mentions:
                    out.setdefault(key, []).append(term)
                    break
                nearest = min(mentions, key=lambda m: (abs(m[0] - p), m[0] > p))[1]
                if nearest == key:
                    out.setdefault(key, []).append(term)
                    break
    return {k: sorted(set(v)) for k, v in out.items()}


def _judgement(c: V.Criterion, found: dict[str, list]) -> Judgement:
    for status in STATUS_ORDER:
        hits = found[status]
        if hits:
            paragraphs = sorted({p for p, _ in hits})
            terms = sorted({t for _, t in hits if t})
            return Judgement(c.column, status, paragraphs, terms)
    return Judgement(c.column, ABSENT)


__all__ = ["ABSENT", "GROUNDS", "Judgement", "NAMED", "NEGATED", "QUOTED", "classify", "split_sentences", "tokens"]
