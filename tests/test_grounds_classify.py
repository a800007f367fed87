"""nav-audit grounds: how the vocabulary decides (grounds, named only, quoted law, negation, absent)."""

from __future__ import annotations

import pytest

from audit.grounds.classify import ABSENT, GROUNDS, NAMED, NEGATED, QUOTED, classify, split_sentences
from audit.grounds.vocabulary import COLUMNS, CRITERIA, PATTERNS


def judge(*paragraphs: str) -> dict:
    return classify(list(paragraphs))


def test_every_criterion_has_names_and_reasons_and_patterns_exist():
    assert [c.column for c in CRITERIA] == list(COLUMNS)
    for c in CRITERIA:
        assert c.names and (c.facts or c.patterns)
        assert all(p in PATTERNS for p in c.patterns)


def test_grounds_given_for_every_criterion_bokmal():
    r = judge(
        "Vedtak om kvalifiseringsprogram",
        "Du er 34 år gammel.",
        "Du har vesentlig nedsatt arbeids- og inntektsevne. Du har hatt ryggsmerter i mange år og har ikke vært i "
        "arbeid siden 2016.",
        "Du har ingen andre ytelser til livsopphold. Du har mottatt økonomisk sosialhjelp siden 2021.",
        "Arbeidsevnevurderingen fra 12.03.2024 viser at du har behov for spesielt tilpasset innsats, og programmet "
        "er derfor nødvendig og hensiktsmessig.",
        "Programmet ditt består av arbeidspraksis i en barnehage og norskopplæring, 37,5 timer i uken.",
    )
    assert {c: j.value for c, j in r.items()} == dict.fromkeys(COLUMNS, "ja")
    # the declared age pattern and the structural rule's number with a unit
    assert r["ground_age"].paragraphs == [2] and r["ground_age"].terms == ["alder_i_år", "tall med enhet"]
    assert r["ground_work_ability"].paragraphs == [3] and "*smerte*" in r["ground_work_ability"].terms


def test_grounds_given_nynorsk():
    r = judge(
        "Du er fødd i 1988.",
        "Arbeidsevna di er vesentleg nedsett fordi du har psykiske helseplager og lite arbeidserfaring.",
        "Du har brukt opp retten til dagpengar, og du får no sosialhjelp på kr 9 500 i månaden.",
        "Programmet er naudsynt og føremålstenleg fordi du tidlegare har prøvd arbeidstrening utan å kome i arbeid.",
        "Vi kan tilby deg eit tilpassa program med arbeidstrening på eit lager, 30 timar i veka.",
    )
    assert {c: j.value for c, j in r.items()} == dict.fromkeys(COLUMNS, "ja")


def test_named_only_is_nei():
    r = judge("Du er i yrkesaktiv alder. Du har vesentlig nedsatt arbeids- og inntektsevne. Du har ingen eller "
              "svært begrensede ytelser til livsopphold. Vi mener at kvalifiseringsprogram er nødvendig og "
              "hensiktsmessig for deg. Du får et program som er tilpasset dine behov.")
    assert {c: (j.value, j.status) for c, j in r.items()} == dict.fromkeys(COLUMNS, ("nei", NAMED))


@pytest.mark.parametrize("text", [
    "Du oppfyller vilkårene i § 29.",
    "Du oppfyller vilkårene for kvalifiseringsprogram, jf. sosialtjenesteloven § 29.",
])
def test_boilerplate_without_facts_gives_nei_everywhere(text):
    r = judge(text)
    assert all(j.value == "nei" for j in r.values())


def test_quoted_rule_is_nei_even_with_the_age_limits_in_it():
    r = judge("Vilkårene for å få kvalifiseringsprogram er at du er i yrkesaktiv alder, har vesentlig nedsatt "
              "arbeids- og inntektsevne og ingen eller svært begrensede ytelser til livsopphold.",
              "Etter sosialtjenesteloven § 29 må søkeren ha fylt 18 år.")
    assert r["ground_age"].value == r["ground_work_ability"].value == r["ground_benefits"].value == "nei"
    assert r["ground_work_ability"].status == QUOTED


@pytest.mark.parametrize("text,column", [
    ("Arbeidsevnen din er ikke kartlagt.", "ground_work_ability"),
    ("Arbeidsevna di er ikkje vurdert, men du har hatt ryggsmerter i mange år.", "ground_work_ability"),
    ("Det er ikke gjennomført en arbeidsevnevurdering, men programmet er nødvendig fra 01.03.2025.", "ground_necessity"),
    ("Vi har ikke undersøkt om du har rett til andre ytelser, men du har fått sosialhjelp siden 2020.", "ground_benefits"),
])
def test_negated_assessment_gives_nei(text, column):
    j = judge(text)[column]
    assert (j.value, j.status) == ("nei", NEGATED)


def test_a_negated_fact_is_still_a_fact():
    # «du har ikke …» about the person is a reason, not a missing assessment
    r = judge("Du har ingen andre ytelser til livsopphold, og du har ikke rett til dagpenger etter at de ble "
              "brukt opp i 2023.")
    assert r["ground_benefits"].value == "ja"


def test_absent_criterion_and_unrelated_amounts_and_dates():
    r = judge("Du får kvalifiseringsstønad på 248 000 kroner i året. Stønaden er skattepliktig.",
              "Programmet starter 01.03.2025 og varer i ett år.",
              "Du kan klage innen tre uker, jf. forvaltningsloven § 29.")
    assert all(j.value == "nei" for j in r.values())
    assert r["ground_age"].status == ABSENT and r["ground_age"].paragraphs == []


def test_heading_sections_and_facts_before_the_criterion():
    r = judge("Arbeidsevnen din", "Du har hatt angst i ti år og har lite arbeidserfaring.",
              "Kvalifiseringsstønad", "Stønaden utgjør kr 248 000 per år.",
              "Du har hatt ryggsmerter i mange år. Arbeidsevnen din er derfor vesentlig nedsatt.")
    j = r["ground_work_ability"]
    assert j.value == "ja" and j.paragraphs == [2, 5] and j.status == GROUNDS
    assert r["ground_benefits"].value == "nei"  # the kvalifiseringsstønad amount is not a reason


def test_a_rule_statement_about_the_person_gives_no_facts():
    r = judge("Det er et vilkår at du har vesentlig nedsatt arbeidsevne på grunn av helse eller sosiale forhold.")
    assert r["ground_work_ability"].value == "nei"


def test_sentences_end_after_a_paragraph_number():
    assert split_sentences("Vi viser til § 29. Du er 34 år. Fristen er 1. mars.") == [
        "Vi viser til § 29.", "Du er 34 år.", "Fristen er 1. mars."]


def test_simplemma_works_offline_for_bokmal_and_nynorsk():
    import simplemma

    assert simplemma.lemmatize("arbeidsevnen", lang="nb") == "arbeidsevne"
    assert simplemma.lemmatize("ytingar", lang=("nb", "nn")) == "yting"


def test_a_stated_cause_with_content_is_a_reason_an_empty_one_is_not():
    assert judge("Arbeidsevnen er nedsatt på grunn av kronisk utmattelse.")["ground_work_ability"].value == "ja"
    assert judge("Arbeidsevna er nedsett på grunn av astma.")["ground_work_ability"].terms == ["årsak"]
    for empty in ("Arbeidsevnen din er nedsatt fordi du oppfyller vilkårene.",
                  "Arbeidsevnen din er vesentlig nedsatt på bakgrunn av opplysningene i saken.",
                  "Arbeidsevnen din er nedsatt fordi det er vurdert slik, jf. § 29."):
        assert judge(empty)["ground_work_ability"].value == "nei", empty


@pytest.mark.parametrize("paragraphs,column", [
    # what happened before, told as a history: a reason (round 5)
    (["Du har vært registrert som arbeidssøker i fire år uten å få jobb, og programmet er derfor nødvendig og "
      "hensiktsmessig for deg."], "ground_necessity"),
    (["Du har ikke vært i arbeid siden 2015, og du har hatt migrene i mange år. Arbeidsevnen din er derfor "
      "vesentlig nedsatt."], "ground_work_ability"),
    (["Søkjar har vore registrert som arbeidssøkjar i lang tid utan å få arbeid. Programmet er difor naudsynt."],
     "ground_necessity"),
])
def test_grounds_given_as_history_are_ja(paragraphs, column):
    j = judge(*paragraphs)[column]
    assert (j.value, j.status) == ("ja", GROUNDS)


@pytest.mark.parametrize("text", [
    "Nødvendig og hensiktsmessig: Ja.",
    "Søker er i yrkesaktiv alder, har vesentlig nedsatt arbeidsevne og svært begrensede ytelser til livsopphold.",
    "Vi har vurdert at programmet er nødvendig og hensiktsmessig for deg.",
])
def test_only_named_is_nei(text):
    assert all(j.value == "nei" for j in judge(text).values())


@pytest.mark.parametrize("text", [
    "Du oppfyller vilkårene i § 29, og programmet er det riktige tiltaket for deg.",
    "Vilkårene i sosialtjenesteloven § 29 første ledd er oppfylt.",
    "Du fyller vilkåra i sosialtenestelova § 29.",
])
def test_boilerplate_is_nei_even_beside_named_criteria(text):
    r = judge("Vedtak om kvalifiseringsprogram", text, "Programmet starter 01.03.2025 og varer i ett år.")
    assert all(j.value == "nei" for j in r.values())


def test_an_age_reached_is_a_reason_the_limits_are_not():
    assert judge("Du har fylt 45 år.")["ground_age"].terms == ["alder_i_år", "tall med enhet"]
    assert judge("Da søknaden kom inn, var du 29 år.")["ground_age"].value == "ja"
    for limit in ("Du har fylt 18 år.", "Du har ikke fylt 67 år."):
        assert judge(limit)["ground_age"].value == "nei", limit


def test_the_pension_age_is_not_a_benefit():
    r = judge("Du har svært begrensede ytelser til livsopphold. Du er langt unna pensjonsalderen.")
    assert r["ground_benefits"].value == "nei"
    assert judge("Du har ingen ytelser til livsopphold utover en liten uførepensjon.")["ground_benefits"].value == "ja"


def test_a_label_verdict_does_not_pass_its_criterion_on():
    # «Nødvendig og hensiktsmessig: Ikke vurdert.» closes the matter; the next sentence is about something else
    r = judge("Nødvendig og hensiktsmessig: Ikke vurdert. Du har tidligere jobbet som renholder.")
    assert (r["ground_necessity"].value, r["ground_necessity"].status) == ("nei", NEGATED)


def test_a_list_under_a_lead_in_line_counts_for_the_criterion_the_lead_in_names():
    r = judge("Programinnhold:", "- arbeidspraksis i en barnehage, 20 timer i uken", "- norskkurs",
              "Klageadgang", "Du kan klage innen tre uker.")
    j = r["ground_program"]
    assert (j.value, j.paragraphs) == ("ja", [2, 3]) and "timer" in j.terms
    # numbered items without a bullet sign, and items that say nothing
    assert judge("Programmet består av:", "1) arbeidstrening på et lager", "2) jobbsøkerkurs")["ground_program"].value == "ja"
    assert judge("Programinnhold:", "- avtales senere med veilederen")["ground_program"].status == NAMED


def test_a_list_of_the_criteria_under_a_rule_is_quoted_and_a_heading_ends_the_list():
    r = judge("Vilkårene for kvalifiseringsprogram er:", "- yrkesaktiv alder", "- vesentlig nedsatt arbeidsevne",
              "- ingen eller svært begrensede ytelser til livsopphold")
    assert all(r[c].status == QUOTED for c in ("ground_age", "ground_work_ability", "ground_benefits"))
    r = judge("Programinnhold:", "norskkurs hver dag", "Arbeidsevne", "Du har hatt ryggsmerter siden 2019.")
    assert r["ground_program"].paragraphs == [2]
    assert r["ground_work_ability"].value == "ja" and r["ground_work_ability"].paragraphs == [4]


def test_a_sentence_between_two_criteria_goes_to_the_bare_conclusion_after_it():
    r = judge("Programmet er nødvendig og hensiktsmessig for deg. Du har en hjerneskade og har ikke klart å "
              "fullføre tidligere tiltak. Arbeidsevnen din er vesentlig nedsatt.")
    assert r["ground_work_ability"].value == "ja" and r["ground_necessity"].value == "nei"
    # … but stays with the first criterion when its facts do not fit the second
    r = judge("Arbeidsevnen din er vesentlig nedsatt. Du har hatt ryggsmerter i ti år. Du har svært begrensede "
              "ytelser til livsopphold.")
    assert r["ground_work_ability"].value == "ja" and r["ground_benefits"].value == "nei"


def test_quoted_law_and_a_self_naming_sentence_end_the_carry_over():
    r = judge("Det følger av § 29 at programmet må være nødvendig og hensiktsmessig. Du har tidligere jobbet på "
              "lager.")
    assert r["ground_necessity"].status == QUOTED
    r = judge("Programmet er vurdert som nødvendig og hensiktsmessig. Du skal begynne med språkpraksis i en "
              "butikk.")
    assert r["ground_necessity"].value == "nei" and r["ground_program"].value == "ja"


def test_question_headings_compound_heads_and_trades():
    r = judge("Programmet ditt", "Vi har ikke planlagt innholdet ennå.", "Er programmet nødvendig?",
              "Du har vært med på et språkkurs tidligere, men det ga ikke jobb.")
    assert r["ground_program"].value == "nei" and r["ground_necessity"].value == "ja"
    assert judge("Arbeidsevnen er nedsatt på grunn av en hjerneslag-diagnose.")["ground_work_ability"].value == "ja"
    # a trade is not a health fact
    r = judge("Vilkåret om nedsatt arbeidsevne er oppfylt. Du ønsker å jobbe som helsefagarbeider.")
    assert r["ground_work_ability"].value == "nei"


def test_the_work_ability_assessment_named_is_not_a_reason_its_conclusion_is():
    named = judge("Det er gjort en arbeidsevnevurdering, og programmet anses å være nødvendig og hensiktsmessig.")
    assert named["ground_necessity"].value == "nei"
    quoted = judge("Kvalifiseringsprogram kan bare gis når programmet etter en arbeidsevnevurdering anses nødvendig og "
                   "hensiktsmessig, jf. § 29 første ledd.")
    assert quoted["ground_necessity"].status == QUOTED
    # the conclusion names the criterion itself, without «nødvendig»
    r = judge("Arbeidsevnevurderinga frå 03.02.2025 konkluderer med at du har behov for spesielt tilpassa innsats.")
    assert r["ground_necessity"].value == "ja"


def test_a_summing_up_takes_the_facts_of_every_sentence_before_it():
    r = judge("Fastlegen har bekreftet at du har diabetes. Du har også svake digitale ferdigheter og kort botid. "
              "Samlet gir dette en vesentlig nedsatt arbeidsevne.")
    assert r["ground_work_ability"].value == "ja" and "diabetes" in r["ground_work_ability"].terms


def test_a_label_then_the_facts_in_the_next_sentence():
    # the criterion carried from «Alder – oppfylt.» still takes the age the next sentence states
    assert judge("Alder – oppfylt. Du er 45 år.")["ground_age"].value == "ja"
    assert judge("Alder – oppfylt. Du har fylt 18 år.")["ground_age"].value == "nei"
    r = judge("Arbeidsevne – vesentlig nedsatt. Begrunnelse: kols, lite skolegang.")
    assert r["ground_work_ability"].value == "ja"
    assert judge("Arbeidsevne – vesentlig nedsatt.")["ground_work_ability"].value == "nei"


def test_genitives_and_goals():
    r = judge("Husstandens eneste faste inntekt er barnetrygd. Du har ikke andre ytelser fra NAV.")
    assert r["ground_benefits"].value == "ja"
    assert judge("Med dine 45 år er du innenfor aldersgruppen.")["ground_age"].value == "ja"
    # a workplace in the applicant's goal is no programme activity
    r = judge("Ditt mål er å jobbe i barnehage, og et program med tett oppfølging vil hjelpe deg dit.")
    assert r["ground_necessity"].value == "ja" and r["ground_program"].value == "nei"


# --------------------------------------------------------------------------- the structural rule (round 8)


def test_structural_a_person_fact_in_a_criterion_section_is_a_reason():
    # «sarkoidose» and «orker» are in no fact list: the section and the person make them a reason
    r = judge("Arbeidsevnen din", "Du har sarkoidose og orker lite.")
    assert r["ground_work_ability"].value == "ja" and r["ground_work_ability"].terms == ["faktum"]
    assert judge("Arbeidsevnen din", "Arbeidsevnen din er vurdert som vesentlig nedsatt.")[
        "ground_work_ability"].value == "nei"
    # a label with a number and a unit
    assert judge("Alder: 52 år.")["ground_age"].value == "ja"
    assert judge("Alder: oppfylt.")["ground_age"].value == "nei"
    # a list item's own words under a lead-in that names the criterion
    r = judge("Dette er planen din:", "- gartnerarbeid i parkvesenet", "- samtaler med veileder")
    assert r["ground_program"].value == "ja"
    assert judge("Dette er planen din:", "- avklares med veileder")["ground_program"].value == "nei"
    # a sentence continuing the criterion named before it, unless it holds another criterion's facts
    r = judge("Arbeidsevnen din er vesentlig nedsatt. Du har sarkoidose og orker lite.")
    assert r["ground_work_ability"].value == "ja"
    r = judge("Arbeidsevnen din er vesentlig nedsatt. Du har levd på sosialhjelp i to år.")
    assert r["ground_work_ability"].value == "nei" and r["ground_benefits"].value == "ja"


def test_structural_a_law_quote_is_no_reason():
    r = judge("Arbeidsevnen din", "Etter sosialtjenesteloven § 29 må søkeren ha vesentlig nedsatt arbeidsevne, "
              "for eksempel etter sarkoidose.")
    assert r["ground_work_ability"].value == "nei"
    # «jf. § 30» stays in its sentence: the activities the law lists are no plan
    r = judge("Programmet kan blant annet inneholde gartnerarbeid og samtaler, jf. § 30.")
    assert (r["ground_program"].value, r["ground_program"].status) == ("nei", QUOTED)


def test_structural_boilerplate_is_no_reason():
    for text in ("Du oppfyller vilkårene for kvalifiseringsprogram.",
                 "Vi vurderer at arbeidsevnen din er vesentlig redusert, og vilkåret er oppfylt.",
                 "Vi har sett på den økonomiske situasjonen din, og du fyller vilkåret."):
        r = judge("Arbeidsevnen din", text)
        assert r["ground_work_ability"].value == "nei", text
    # the letter's frame under the last heading: the start, the amount of kvalifiseringsstønad
    r = judge("Planen for programmet", "Programmet starter 01.03.2025 og varer i ett år.",
              "Du får kvalifiseringsstønad på 262 000 kroner i året.")
    assert r["ground_program"].value == "nei"


def test_structural_a_negation_is_no_reason():
    r = judge("Økonomien din", "Vi har ikke innhentet kontoutskrifter fra banken din.")
    assert r["ground_benefits"].value == "nei"
    r = judge("Arbeidsevnen din", "Vi har ikke fått bekreftet sarkoidosen din.")
    assert r["ground_work_ability"].value == "nei"


# --------------------------------------------------------------------------- round 9: structure of the argument


def test_a_condition_after_the_main_clause_is_hypothetical_and_opening_a_sentence_states_the_rule():
    # the prospect before «dersom» is a fact about the person, concluded by the next sentence
    r = judge("Begrunnelse", "Veilederen din mener at du kan bli tømrer dersom du får lærlingplass. "
              "Programmet er derfor hensiktsmessig.")
    assert r["ground_necessity"].value == "ja"
    # what stands in the condition is no fact: the main clause is a bare conclusion
    r = judge("Arbeidsevnen din", "Arbeidsevnen din er vesentlig nedsatt hvis du har sarkoidose.")
    assert r["ground_work_ability"].value == "nei"
    # a condition opening the sentence states the rule
    r = judge("Arbeidsevnen din", "Dersom du har sarkoidose, kan du få kvalifiseringsprogram.")
    assert (r["ground_work_ability"].value, r["ground_work_ability"].status) == ("nei", NAMED)


def test_facts_first_and_a_conclusion_with_derfor_grounds_by_the_structural_rule():
    r = judge("Begrunnelse", "Du har sendt søknader til tretten verksteder uten svar. Programmet er derfor nødvendig.")
    assert r["ground_necessity"].value == "ja" and "faktum" in r["ground_necessity"].terms
    # without «derfor» the conclusion does not take the sentence before it (the next criterion may start there)
    # (round 10: job applications are necessity's topic, so that sentence grounds it by its content; one on no
    # criterion's topic does not)
    r = judge("Begrunnelse", "Du har bodd på Heimdal i tretten år. Programmet er nødvendig.")
    assert r["ground_necessity"].value == "nei"
    # a sentence that holds another criterion's declared fact is that one's
    r = judge("Begrunnelse", "Du lever av sosialhjelp. Programmet er derfor nødvendig.")
    assert r["ground_necessity"].value == "nei" and r["ground_benefits"].value == "ja"


def test_the_programme_judged_necessary_does_not_name_the_programme_criterion():
    r = judge("Vi vurderer programmet som nødvendig og hensiktsmessig.")
    assert r["ground_program"].status == ABSENT and r["ground_necessity"].status == NAMED
    r = judge("Programmet ditt er hensiktsmessig.")
    assert r["ground_program"].status == ABSENT
    # named on its own, the programme still is
    assert judge("Programmet ditt består av gartnerarbeid.")["ground_program"].value == "ja"


def test_a_declared_fact_of_one_of_two_named_criteria_goes_to_that_one():
    # «tidligere tiltak … ikke ført fram» stands nearer to work ability's name but is necessity's fact
    r = judge("Tidligere tiltak har ikke ført fram, og vi vurderer arbeidsevnen din som nedsatt og programmet som "
              "nødvendig.")
    assert r["ground_necessity"].value == "ja"
    assert "ikke ført fram" in r["ground_necessity"].terms


def test_a_lead_in_points_forward_and_its_own_words_are_no_fact():
    r = judge("Du har bodd i Norge i fire år og snakker godt norsk. Dette er planen for vinteren:",
              "• bestemmes senere")
    assert r["ground_program"].value == "nei"
    r = judge("Du har bodd i Norge i fire år. Dette er planen for vinteren:", "• snekkerverksted på Heimdal")
    assert r["ground_program"].value == "ja"


def test_a_sentence_in_a_section_is_addressed_by_it_even_after_a_naming_sentence():
    # «butikk» is a programme fact: a sentence only continuing work ability would be refused for it (without a year:
    # «… i en butikk til 2013» is the person's work history, work ability's by its content since round 12)
    text = "Inntektsevnen din er svekket. Du jobbet i en butikk, da sarkoidosen tok overhånd."
    assert judge("Arbeids- og inntektsevne", text)["ground_work_ability"].value == "ja"
    assert judge("Begrunnelse", text)["ground_work_ability"].value == "nei"
    dated = "Inntektsevnen din er svekket. Du jobbet i en butikk til 2013, da sarkoidosen tok overhånd."
    assert judge("Begrunnelse", dated)["ground_work_ability"].value == "ja"


def test_starting_an_activity_in_the_present_is_the_programme_in_the_past_it_is_not():
    assert judge("Begrunnelse", "Du starter 01.09.2025 med praksis på et sagbruk.")["ground_program"].value == "ja"
    assert judge("Begrunnelse", "Du startet 01.09.2019 med praksis på et sagbruk.")["ground_program"].value == "nei"


def test_a_sentence_between_two_criteria_goes_to_the_second_even_when_it_has_reasons_of_its_own():
    r = judge("Begrunnelse", "Du har svært begrensede ytelser til livsopphold. Du deltok på et avklaringstiltak i "
              "2023, men avsluttet etter fire måneder. Vi mener et program med tettere oppfølging er nødvendig for deg.")
    assert r["ground_benefits"].value == "nei" and r["ground_necessity"].value == "ja"
