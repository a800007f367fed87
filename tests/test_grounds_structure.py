"""Round 12's structural rules (vocabulary.py, 4g): who and when. The person's work placed in time, a lead-in that
speaks for its list only, a list read as one, a list's items sharing their form, a label inside a sentence, a weekly
rhythm with a commitment, past tense read by grammar, a self-named sentence ending a carry, an age as a person's
attribute, the capacity named with a possessive between. The examples are written for these tests."""

from __future__ import annotations

from audit.grounds.classify import GROUNDS, NAMED, classify
from audit.grounds.layout import sentences_of
from audit.grounds.terms import Sentence, tokens
from audit.grounds.topics import past_tense, work_history


def judge(*paragraphs: str) -> dict:
    return {k.removeprefix("ground_"): v for k, v in classify(list(paragraphs)).items()}


def sent(text: str) -> Sentence:
    w, lem = tokens(text)
    return Sentence(1, text, w, lem)


def grounded(r: dict) -> list[str]:
    return sorted(k for k, j in r.items() if j.status == GROUNDS)


def test_the_persons_work_placed_in_time_is_work_ability_by_its_content():
    for text in ("Du har hatt noen ekstravakter, men ingen fast stilling siden 2017.",
                 "Etter operasjonen i 2021 var du borte fra arbeidet i lange perioder.",
                 "Du har ikkje hatt arbeid sidan 2016."):
        r = judge("Begrunnelse", text)
        assert grounded(r) == ["work_ability"] and "tema" in r["work_ability"].terms, text
    # work without a time is no history; a measure tried and its outcome is necessity's
    assert not work_history(sent("Arbeid er viktig for alle."))
    assert work_history(sent("Du har vært med på et jobbverksted tidligere, uten jobb etterpå.")) == {"necessity"}
    assert grounded(judge("Begrunnelse", "Arbeid gir deg en god hverdag.")) == []
    r = judge("Begrunnelse", "Du har prøvd et arbeidsforberedende kurs i 2022, men fikk ikke jobb etterpå.")
    assert r["necessity"].status == GROUNDS and r["work_ability"].status != GROUNDS


def test_a_lead_in_naming_nothing_keeps_the_section_it_stands_in():
    # no item has a topic word of its own: only the section («Arbeidsevne») addresses them
    r = judge("Arbeidsevne", "Fra journalen:", "- hjertesvikt", "- lav utholdenhet")
    assert r["work_ability"].status == GROUNDS and set(r["work_ability"].paragraphs) <= {3, 4}


def test_a_lead_in_naming_a_criterion_speaks_for_its_list_only():
    r = judge("Begrunnelse", "Programmet ditt:", "- sveisekurs hos Voksenopplæringen", "- jobbsøking hver fredag",
              "Du har hatt kroniske hodesmerter og har ikke hatt arbeid siden 2015.")
    assert r["program"].status == GROUNDS and r["program"].paragraphs == [3, 4]
    assert r["work_ability"].status == GROUNDS and r["work_ability"].paragraphs == [5]


def test_a_list_is_read_as_one_an_item_without_a_topic_takes_the_lists():
    r = judge("Begrunnelse", "Tidligere forsøk:", "- norskkurs (2019)", "- arbeidstrening (2021)",
              "- sluttet etter tre uker")
    assert r["necessity"].status == GROUNDS and 5 in r["necessity"].paragraphs
    assert r["program"].status != GROUNDS  # activities in the past are what was tried, not the programme


def test_a_lists_items_share_their_form():
    paragraphs = ["Planen din:", "- snekkerkurs hos Voksenopplæringen", "Videre oppfølging",
                  "Du har hatt kols i mange år og orker lite."]
    letter = sentences_of(paragraphs)
    assert letter[1][0].lead is not None and letter[2][0].lead is None  # a heading, not a third item
    r = judge(*paragraphs)
    assert r["work_ability"].status == GROUNDS and r["work_ability"].paragraphs == [4]
    # without bullets, short paragraphs are items as before
    letter = sentences_of(["Planen din:", "snekkerkurs hos Voksenopplæringen", "jobbsøking hver fredag"])
    assert letter[1][0].lead is not None and letter[2][0].lead is not None


def test_a_label_inside_a_sentence_names_by_its_label_names():
    # «Planen» names the programme as a heading would; only before a colon early in the sentence (round 15: the plan's
    # label with a value announces the content, so a value with words of its own grounds it — «Planen: snekring og
    # vedlikehold på verkstedet hver formiddag» — and a value that only concludes names it)
    assert judge("Begrunnelse", "Planen: tilpasset deg og dine behov.")["program"].status == NAMED
    assert judge("Begrunnelse", "Planen: snekring og vedlikehold på verkstedet hver formiddag.")["program"].status == GROUNDS
    assert judge("Begrunnelse", "Snekring og vedlikehold på verkstedet hver formiddag.")["program"].status != NAMED
    r = judge("Begrunnelse", "Planen: sveising på verkstedet hver formiddag, norskopplæring om ettermiddagen.")
    assert r["program"].status == GROUNDS


def test_a_weekly_rhythm_with_a_commitment_is_the_programme():
    for text in ("Fra mars skal du være med i vaktmesterteamet på Solbakken to dager i uken.",
                 "Frå mars skal du vere med i vaktmeisterlaget på Solbakken to dagar i veka.",
                 "Det er avtalt at du er med i vaktmesterteamet mandag til torsdag."):
        r = judge("Begrunnelse", text)
        assert r["program"].status == GROUNDS, text
    # the same rhythm in the past is history, not the programme
    r = judge("Begrunnelse", "I fjor var du med i vaktmesterteamet to dager i uken.")
    assert r["program"].status != GROUNDS


def test_past_tense_is_read_by_grammar_not_only_by_a_list():
    assert past_tense(sent("I 2018 jobbet du på et bakeri."))
    assert past_tense(sent("Du prøvde et kurs."))
    assert past_tense(sent("Etter kurset fikk du en kort jobb, som tok slutt."))
    assert not past_tense(sent("Vi tilbyr deg et tilpasset program med sveisekurs."))
    assert not past_tense(sent("Du skal være i arbeidstrening hele uka."))
    r = judge("Begrunnelse", "Etter et sveisekurs i 2018 fikk du en kort jobb, som tok slutt etter to måneder.")
    assert r["program"].status != GROUNDS and r["necessity"].status == GROUNDS
    r = judge("Begrunnelse", "Vi tilbyr deg et tilpasset program med sveisekurs, 20 timer i uken.")
    assert r["program"].status == GROUNDS


def test_a_sentence_naming_its_own_criterion_by_a_fact_ends_the_carry():
    r = judge("Begrunnelse", "Vi vurderer at du har svært begrensede ytelser. Du er 29 år. "
                             "Du bor i en liten leilighet i sentrum.")
    assert r["age"].status == GROUNDS
    assert r["benefits"].status == NAMED  # the third sentence does not continue benefits


def test_an_age_as_a_persons_attribute_or_in_apposition():
    assert judge("Begrunnelse", "Søker er en mann på 38 år med to barn.")["age"].status == GROUNDS
    assert judge("Begrunnelse", "Søkjaren er ei kvinne på 45 år.")["age"].status == GROUNDS
    assert judge("Begrunnelse", "Søkeren (44 år) bor alene.")["age"].status == GROUNDS
    assert judge("Begrunnelse", "Du er i dag 52 år og bor i Bodø.")["age"].status == GROUNDS
    # in the age's own section a birth date needs no person word: it names the person itself
    assert judge("Alder", "Fødselsdato: 03.04.1980. Sivilstand: gift.")["age"].status == GROUNDS
    # a duration is no age
    assert judge("Begrunnelse", "Du har en arbeidserfaring på 15 år.")["age"].status != GROUNDS


def test_the_capacity_named_with_a_possessive_between_is_a_name_not_a_fact():
    for heading, text in (("Helse og arbeid", "Vi mener evnen din til å jobbe og tjene penger er klart nedsatt."),
                          ("Helse og arbeid", "Vi meiner evna di til å jobbe og tene pengar er klart nedsett.")):
        r = judge(heading, text)
        assert r["work_ability"].status == NAMED, text
        assert r["benefits"].status != GROUNDS, text


def test_a_tie_of_topics_goes_to_the_topic_running_before():
    # «fagbrev» (work ability) and «kurs» (necessity, in the past) tie; the sentence before is about a goal (necessity)
    r = judge("Bakgrunn", "Du ønsker å bli tømrer. For å nå dit mangler du fagbrev, og korte kurs i 2020 ga ikke "
                          "resultat.")
    assert r["necessity"].status == GROUNDS and r["work_ability"].status != GROUNDS
    r = judge("Bakgrunn", "Du har hatt ryggsmerter i mange år. For å nå dit mangler du fagbrev, og korte kurs i 2020 "
                          "ga ikke resultat.")
    assert r["work_ability"].status == GROUNDS
