"""Round 10's structural rules: a sentence attributed to a criterion by its content (vocabulary.TOPICS), a bare
conclusion in new words, a rule stated in general terms, the law as a subject, what the office did not do."""

from __future__ import annotations

from audit.grounds import vocabulary as V
from audit.grounds.classify import GROUNDS, NAMED, NEGATED, QUOTED, classify
from audit.grounds.terms import Sentence, tokens
from audit.grounds.topics import agency_negated, generic_rule, law_word, topic_criteria


def judge(*paragraphs: str) -> dict:
    return {k.removeprefix("ground_"): v for k, v in classify(list(paragraphs)).items()}


def sent(text: str) -> Sentence:
    w, lem = tokens(text)
    return Sentence(1, text, w, lem)


def test_every_criterion_declares_a_topic_and_no_topic_word_is_a_word_that_says_nothing():
    assert set(V.TOPICS) == {c.key for c in V.CRITERIA}
    # a topic word that were also «not a fact» would ground nothing: the two lists must not meet
    not_a_fact = set(V.NOT_A_FACT)
    for key, words in V.TOPICS.items():
        assert words, key
        if V.BY_KEY[key].open_facts:  # age is grounded only by an age or a birth date; its topic only attributes
            assert not (set(words) & not_a_fact), key


def test_a_sentence_that_names_no_criterion_is_attributed_by_its_content():
    for text, key in (("Du har verken lønn, trygd eller andre faste inntekter.", "benefits"),
                      ("Du har kronisk utmattelse og klarer bare korte økter med lett arbeid.", "work_ability"),
                      ("Siden 2019 har du sendt over hundre søknader uten å få tilbud om jobb.", "necessity")):
        r = judge("Begrunnelse", text)
        assert r[key].status == GROUNDS and "tema" in r[key].terms, text
        assert [k for k, j in r.items() if j.status == GROUNDS] == [key], text


def test_content_does_not_make_a_sentence_about_a_criterion_without_a_fact_about_the_person():
    # a general statement about benefits, no person, no number: nothing grounded
    assert judge("Begrunnelse", "Trygd og lønn varierer mye mellom kommunene.")["benefits"].value == "nei"
    # the letter's frame is no fact even with a topic word and a person («uker» of the appeal is no activity)
    assert judge("Begrunnelse", "Du får utbetalt stønaden med barnetrygd hver måned.")["benefits"].value == "nei"


def test_the_programmes_topic_is_what_the_applicant_will_do_not_history():
    assert judge("Begrunnelse", "Kvalifiseringsprogrammet vil omfatte hospitering i en kantine.")["program"].value == "ja"
    r = judge("Begrunnelse", "Du deltok på hospitering i en kantine i 2019, men avbrøt etter to måneder.")
    assert r["program"].value == "nei" and r["necessity"].value == "ja"
    assert topic_criteria(sent("Hver formiddag er du på hospitering i en kantine.")) == {"program"}


def test_a_bare_conclusion_in_new_words_is_nei_by_structure():
    # named, an evaluative predicate, nothing of the criterion's topic: round 9's rule took «ivaretar»/«enige» as facts
    for text, key in (("Kvalifiseringsprogram er etter vårt syn det programmet som er nødvendig og best ivaretar "
                       "behovene dine.", "necessity"),
                      ("Programmet er hensiktsmessig og nødvendig, noe både du og veilederen din er enige i.",
                       "necessity"),
                      ("Når det gjelder inntektsevnen din, legger vi til grunn at den er vesentlig nedsatt.",
                       "work_ability"),
                      ("Når det gjeld inntektsevna di, legg vi til grunn at ho er vesentleg nedsett.", "work_ability")):
        r = judge("Begrunnelse", text)
        assert r[key].status == NAMED, text
    # the same frame with a topic word of the criterion grounds it
    r = judge("Begrunnelse", "Arbeidsevnen din er vesentlig nedsatt, og du orker bare korte økter.")
    assert r["work_ability"].value == "ja"


def test_a_naming_sentence_whose_verb_announces_content_keeps_its_own_words():
    assert judge("Programmet ditt består av gartnerarbeid.")["program"].value == "ja"
    assert judge("Programmet vil bli fylt med aktiviteter som passer deg.")["program"].value == "nei"


def test_a_rule_in_general_terms_and_the_law_as_a_subject_are_quoted_law():
    s = sent("Søkeren skal ikke ha, eller bare ha svært begrensede, ytelser til livsopphold.")
    assert generic_rule(s)
    assert not generic_rule(sent("Du skal ikke ha andre ytelser enn bostøtte."))  # «du»: applied, not stated
    assert not generic_rule(sent("Søkeren skal ha praksis 30 timer i uken."))  # a number: this case
    assert law_word(sent("Lovteksten sier at søkeren ikke skal ha ytelser.")) and not law_word(sent("Du lovet å møte."))
    r = judge("Begrunnelse", "Lovteksten sier at søkeren ikke skal ha, eller bare ha svært begrensede, ytelser til "
              "livsopphold.")
    assert r["benefits"].status == QUOTED


def test_what_the_office_did_not_do_is_not_assessed_and_the_person_without_something_is_a_fact():
    assert agency_negated(sent("Vi har ikke fått oversikt over inntektene dine."))
    assert not agency_negated(sent("Du har hatt oppfølging fra NAV uten å komme i arbeid."))
    assert judge("Begrunnelse", "Vi har ikke fått oversikt over inntektene dine.")["benefits"].status == NEGATED
    r = judge("Begrunnelse", "Du har i lang tid hatt oppfølging fra NAV uten å komme i arbeid, og et mer "
              "forpliktende program er derfor nødvendig.")
    assert r["necessity"].value == "ja"


def test_an_age_without_the_word_år_or_født():
    for text in ("Søkeren fylte 39 i september.", "Alderskravet: søker er 30 (f. 1994).",
                 "Fødselsdato: 02.11.1988.", "Opplysninger om deg: 61 år, enslig."):
        assert judge("Begrunnelse", text)["age"].value == "ja", text
    # a duration or the limits are no age
    for text in ("Du har stått uten arbeid i 12 år.", "Du har fylt 18 år.", "Du fyller 37,5 timer i uken."):
        assert judge("Begrunnelse", text)["age"].value == "nei", text


def test_debt_is_not_the_verb_gjelde():
    r = judge("Begrunnelse", "Når det gjelder helsen din, har du astma.")
    assert "*gjeld" not in r["work_ability"].terms and "gjeld*" not in r["work_ability"].terms


# --------------------------------------------------------------------------- round 11: what the programme holds


def test_an_activity_named_as_a_need_or_goal_is_no_programme_content():
    # round 10's letters: necessity's goal sentence named an activity and grounded the programme
    text = ("På sikt vil du gjerne ha fast jobb som kokk, og du trenger både språkopplæring og arbeidserfaring for å "
            "nå dette.")
    assert judge("Begrunnelse", text)["program"].value == "nei"
    assert judge("Grunngjeving", "På sikt vil du gjerne ha fast jobb som kokk, og du treng både språkopplæring og "
                                 "arbeidserfaring for å nå dette.")["program"].value == "nei"
    # a need the programme then commits the applicant to is content
    r = judge("Begrunnelse", "Ut fra behovet ditt skal du ha norskopplæring 15 timer i uken hos Fretex.")
    assert r["program"].value == "ja"


def test_a_plan_to_be_made_later_is_named_not_content():
    for paragraphs in (("Aktiviteter", "Aktivitetsplan:", "- utarbeides i første samtale"),
                       ("Begrunnelse", "Innholdet i programmet blir bestemt i samarbeid med veilederen din."),
                       ("Begrunnelse", "Veilederen din setter opp en plan for programmet sammen med deg."),
                       ("Begrunnelse", "Planen for programmet skal lages i første samtale.")):
        assert judge(*paragraphs)["program"].value == "nei", paragraphs


def test_a_measure_tried_before_grounds_no_programme_whatever_names_it_next():
    # facts first, criterion after: the history before «kan tilby deg et tilpasset program» is no content
    r = judge("Begrunnelse", "Du har tidligere hatt norskkurs, men dette ble avsluttet i 2015 fordi du ikke møtte opp. "
                             "NAV Os kan tilby deg et tilpasset program.")
    assert r["program"].value == "nei" and r["program"].status == NAMED
    # continuing the programme's name, a measure tried in the passive is history too
    r = judge("Begrunnelse", "NAV Falkenborg kan tilby deg et tilpasset program. Det er prøvd ut arbeidsforberedende "
                             "trening i ni måneder uten at dette har gitt deg arbeid.")
    assert r["program"].value == "nei"


def test_the_programme_by_topic_alone_needs_an_anchor_and_in_its_section_an_anchor_is_enough():
    # a topic word with a person word but no place, time or commitment: no programme fact
    assert judge("Begrunnelse", "Du kjenner til kurs i data fra før.")["program"].value == "nei"
    # with an anchor (a place, days, a commitment) it is
    assert judge("Begrunnelse", "Du er på arbeidstrening hos Fretex tre dager i uken.")["program"].value == "ja"
    # under a heading naming the programme, a schedule without a person word is content (round 10 missed it)
    r = judge("Aktiviteter", "Uke 1–8: hospitering i en kantine. Uke 9–26: digital opplæring.")
    assert r["program"].value == "ja" and "tema" in r["program"].terms
    # «omfatte … supplert med» commits the programme to its activities: still content after round 11
    assert judge("Begrunnelse", "Kvalifiseringsprogrammet vil i hovedsak omfatte praksis i en gjenbruksbutikk, "
                                "supplert med individuell jobbstøtte.")["program"].value == "ja"
