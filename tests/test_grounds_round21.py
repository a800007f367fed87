"""nav-audit grounds, round 21: what a sentence does when it tells the person's history of measures (heldout30's
case-management notes and heldout31's decisions after a complaint, development banks since) — a sentence that says the
person had, got or went without a measure is necessity's fact (rule 6a), and a case note's bare «bruker» / «brukar»
before a finite verb is the person, as «brukeren» is (rule 6b). Sentences written for these tests, bokmål and nynorsk
(docs/grounds.md, rules 6a–6b); each test failed with round 20's rule, except those marked as guards (they pass with
both)."""

from __future__ import annotations

from audit.grounds.classify import classify
from audit.grounds.layout import sentences_of
from audit.grounds.topics import case_note_subject, measures_had


def values(*paragraphs: str) -> dict[str, str]:
    return {c.removeprefix("ground_"): j.value for c, j in classify(list(paragraphs)).items()}


def sentence(text: str):
    return sentences_of([text])[0][0]


# ------------------------------------------------------------------ 6a: measures had are necessity's history


def test_going_without_measures_for_years_is_a_ground_of_necessity():
    assert values("Du får kvalifiseringsprogram fra 1. mars.",
                  "Vi har merket oss at du i fire år har vært uten tiltak fra kontoret.")["necessity"] == "ja"
    assert values("Du får kvalifiseringsprogram frå 1. mars.",
                  "Du har vore utan tiltak sidan du flytta til kommunen i 2020.")["necessity"] == "ja"


def test_follow_up_the_person_had_and_how_it_went_is_a_ground_of_necessity():
    assert values("Du får kvalifiseringsprogram fra 1. mars.",
                  "Oppfølgingen du har fått av veilederen din, har vært for sjelden til å gi deg fremgang.")[
        "necessity"] == "ja"
    assert values("Du får kvalifiseringsprogram frå 1. mars.",
                  "Du har ikkje fått tilbod om eit anna tiltak som passar for deg.")["necessity"] == "ja"


def test_a_compound_measure_the_person_had_counts_too():
    assert measures_had(sentence("Du har hatt to arbeidsmarkedstiltak uten at det ga deg en jobb."))


def test_the_programme_offered_is_no_measure_had():  # guard: the decision itself is no history
    assert not measures_had(sentence("Du har fått tilbud om kvalifiseringsprogram fra 1. mars."))
    assert values("Du har fått tilbud om kvalifiseringsprogram fra 1. mars.")["necessity"] == "nei"


def test_treatment_followed_up_by_a_doctor_is_no_measure_had():  # guard: health follow-up is work ability's
    assert not measures_had(sentence("Du har fått oppfølging hos fastlegen for depresjon i to år."))


def test_a_measure_without_the_person_is_no_history():  # guard: a rule about measures in general
    assert not measures_had(sentence("Andre tiltak skal være vurdert før kvalifiseringsprogram innvilges."))


# ------------------------------------------------------------------ 6b: a case note's bare «bruker» is the person


def test_a_bare_bruker_before_a_finite_verb_is_the_person():
    assert case_note_subject(sentence("Bruker har ikke hatt jobb siden 2019."))
    assert case_note_subject(sentence("Vurdering: brukar treng tett oppfølging."))
    assert not case_note_subject(sentence("Kontoret bruker lang tid på saken."))


def test_a_case_note_about_bruker_and_measures_tried_gives_necessity_grounds():
    assert values("Du får kvalifiseringsprogram fra 1. mars.",
                  "Nødvendighet: Bruker har hatt to kortere tiltak hos NAV uten å komme i arbeid.")[
        "necessity"] == "ja"
    assert values("Du får kvalifiseringsprogram frå 1. mars.",
                  "Naudsyn: Vedkommande har hatt fleire arbeidsmarknadstiltak utan å kome i jobb.")["necessity"] == "ja"


def test_a_case_note_before_a_conclusion_drawn_from_it_is_that_conclusions_premise():
    # passes with round 20's rule too (bare «bruker» was no person); 6b's record yields to the conclusion after it, as
    # 4o's field values do: the health fact argues necessity here, it is no work ability ground of its own
    letter = ("Du får kvalifiseringsprogram fra 1. mars.",
              "Fra kartleggingen: «Bruker ønsker arbeid, men har artrose i knærne og ingen fullført utdanning. Kurs har "
              "ikke ført fram.» Programmet anses derfor som nødvendig.")
    assert values(*letter)["work_ability"] == "nei"


def test_a_prediction_about_bruker_is_no_fact():  # guard: a modal is no finite verb of the note
    assert not case_note_subject(sentence("Kontoret mener at bruker vil ha nytte av programmet."))


# ------------------------------------------------------------------ 6c: a field's value names its criterion itself


def test_a_self_naming_fact_as_a_fields_value_is_the_persons():
    assert values("Du får kvalifiseringsprogram fra 1. mars.",
                  "Oppfølgingsvedtak: situasjonsbestemt innsats.")["necessity"] == "nei"  # guard: no self-naming fact
    assert values("Du får kvalifiseringsprogram fra 1. mars.",
                  "Innsatsbehov fra oppfølgingsvedtaket: varig tilpasset innsats.")["necessity"] == "ja"
    assert values("Du får kvalifiseringsprogram frå 1. mars.",
                  "Innsatsgruppe etter vedtaket: spesielt tilpassa innsats.")["necessity"] == "ja"


def test_a_self_naming_fact_in_a_rule_stays_the_rule():  # guard: a field that states the rule is no record
    assert values("Du får kvalifiseringsprogram fra 1. mars.",
                  "Regel: Personer med behov for spesielt tilpasset innsats kan ha rett til programmet, jf. § 29.")[
        "necessity"] == "nei"
