"""nav-audit grounds, round 17: structures real letters share, from the misjudged letters of heldout22 (a case
system's checklist) and heldout23 (case notes in the third person) — a field label and its value is the case's record
about the person (not a case header naming the programme, nor a numbered step); a sentence that attributes itself to
a legal source, or whose predicate is an indirect question, states the rule; a template's unfilled placeholder and
information asked for and not received say nothing; the person named in the third person is the person. Sentences
written for these tests, bokmål and nynorsk (docs/grounds.md, rules 4o–4r); each test failed before round 17's
rule."""

from __future__ import annotations

from audit.grounds.classify import classify
from audit.grounds.terms import split_sentences


def values(*paragraphs: str) -> dict[str, str]:
    return {c.removeprefix("ground_"): j.value for c, j in classify(list(paragraphs)).items()}


# ------------------------------------------------------------------ 4o: a field label and its value


def test_verbless_facts_after_a_field_label_are_the_persons_record():
    assert values("Vedtak om kvalifiseringsprogram",
                  "Hindringer: angst, dysleksi, ingen fullført utdanning. Arbeidsevnen er vesentlig "
                  "nedsatt.")["work_ability"] == "ja"
    assert values("Vedtak om kvalifiseringsprogram",
                  "Utfordringar: kroniske smerter i nakken, svak norsk.")["work_ability"] == "ja"


def test_a_case_header_naming_the_programme_names_no_criterion():
    # «Ytelse» is the benefit applied for, the programme itself: no criterion named, no fact
    j = classify(["Vedtak om kvalifiseringsprogram",
                  "Saksdato: 03.02.2025. Ytelse: KVP med kvalifiseringsstønad. Innvilget fra 03.02.2025."])
    assert j["ground_benefits"].status == "absent"
    # a label naming the criterion with a value about the person still names it and grounds it
    assert values("Vedtak om kvalifiseringsprogram",
                  "Ytelser: ingen, sosialhjelp siden 2021.")["benefits"] == "ja"


# ------------------------------------------------------------------ 4p: the rule stated by its form


def test_a_sentence_attributed_to_a_legal_source_states_the_rule():
    assert values("Vedtak om kvalifiseringsprogram",
                  "Begrunnelse: Etter rundskrivet kan nedsatt arbeidsevne komme av helse, sosiale forhold eller lite "
                  "utdanning.")["work_ability"] == "nei"
    # a document of the case is no source of law: its facts stay facts
    assert values("Vedtak om kvalifiseringsprogram",
                  "Ifølge legeerklæringen har du hatt depresjon i mange år, og arbeidsevnen din er derfor "
                  "vesentlig nedsatt.")["work_ability"] == "ja"


def test_a_reference_abbreviation_ends_no_sentence():
    assert split_sentences("Lovkommentaren kap. 3: Den som har arbeidsavklaringspenger, faller utenfor.") == [
        "Lovkommentaren kap. 3: Den som har arbeidsavklaringspenger, faller utenfor."]


def test_a_predicate_that_is_an_indirect_question_states_the_test():
    assert values("Vedtak om kvalifiseringsprogram",
                  "Vurdering: Spørsmålet er om søkeren har uføretrygd eller dagpenger, ikke om hun har "
                  "sosialhjelp.")["benefits"] == "nei"


# ------------------------------------------------------------------ 4q: what the letter does not hold


def test_an_unfilled_placeholder_says_nothing():
    assert values("Vedtak om kvalifiseringsprogram", "Ytelser og inntekt",
                  "Vurdering: [sett inn opplysninger om inntekt]")["benefits"] == "nei"
    assert values("Vedtak om kvalifiseringsprogram", "Inntekt og ytingar",
                  "Grunngjeving: <inntekt og trygd>")["benefits"] == "nei"


def test_information_asked_for_and_not_received_is_not_assessed():
    assert values("Vedtak om kvalifiseringsprogram",
                  "Grunngjeving: Opplysningar om inntekta er etterspurde, ikkje mottekne.")["benefits"] == "nei"


# ------------------------------------------------------------------ 4r: the person in the third person


def test_the_applicant_in_the_third_person_is_the_person():
    assert values("Vedtak om kvalifiseringsprogram",
                  "Programmet er nødvendig. Vedkommende har prøvd to arbeidsrettede kurs uten å komme i "
                  "jobb.")["necessity"] == "ja"


def test_soker_in_the_perfect_is_this_person_not_the_law():
    assert values("Vedtak om kvalifiseringsprogram",
                  "Søkjaren har ikkje fått tilbod om tiltak som kan gje tett oppfølging over tid. Programmet er "
                  "difor naudsynt.")["necessity"] == "ja"


def test_an_age_in_inverted_order_with_the_third_person():
    assert values("Vedtak om kvalifiseringsprogram",
                  "Etter folkeregisteret er vedkommende 47 år. Aldersvilkåret er oppfylt.")["age"] == "ja"


def test_a_document_the_office_has_not_received_leaves_the_matter_unassessed():
    j = classify(["Vedtak", "Arbeids- og inntektsevne", "Vilkår: vesentlig nedsatt arbeids- og inntektsevne.",
                  "Vurdering: Vi har ennå ikke fått uttalelsen fra psykologen. Vilkåret vurderes når den foreligger."])
    assert j["ground_work_ability"].status == "negated"


def test_what_the_person_has_done_before_is_no_programme_content():
    from audit.grounds.terms import Sentence, tokens
    from audit.grounds.topics import no_programme_content

    text = ("Søker har tidligere deltatt i et jobbsøkerkurs hos Fretex uten å få jobb, og vi mener et program med tett "
            "oppfølging er nødvendig for at søker skal komme i arbeid.")
    assert no_programme_content(Sentence(1, text, *tokens(text)))
