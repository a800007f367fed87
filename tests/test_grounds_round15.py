"""nav-audit grounds, round 15: what a sentence DOES, from the misjudged letters of heldout16–heldout19 — the law in
plain words (a modal, no person, no particular; the impersonal subject; a classification), a source referred to is
no content, what a conclusion rests on is that criterion's (a sentence saying what was weighed, a list of facts
before a conclusion), an assessment's conclusion yields to the conclusion drawn from it, an applied condition with a
date is no rule, and the programme's content by its plan's label, its start WITH an activity, an enrolment or a named
place. Hand-written letters in bokmål and nynorsk (docs/grounds.md, «Round 15»); each test failed before round 15's
rule."""

from __future__ import annotations

from audit.grounds.classify import classify


def values(*paragraphs: str) -> dict[str, str]:
    return {c.removeprefix("ground_"): j.value for c, j in classify(list(paragraphs)).items()}


# ------------------------------------------------------------------ the law in plain words


def test_possible_causes_without_a_person_are_the_law():
    assert values("Nedsatt arbeidsevne kan komme av sykdom, rusproblemer, lite skolegang eller lang tid uten "
                  "jobb.")["work_ability"] == "nei"
    assert values("Både sjukdom, rus og lite skulegang kan gje nedsett arbeidsevne.")["work_ability"] == "nei"
    # the same causes as this person's are grounds
    assert values("Arbeidsevnen din er nedsatt fordi du har hatt rusproblemer i femten år.")["work_ability"] == "ja"


def test_the_impersonal_subject_states_the_law():
    assert values("Med nedsett arbeidsevne meiner ein at det er vanskeleg å kome i arbeid, til dømes på grunn av "
                  "helse eller lite utdanning.")["work_ability"] == "nei"
    assert values("Det er ikkje nok at ein er utan jobb; det må vere hindringar som gjer det vanskeleg å få "
                  "arbeid.")["work_ability"] == "nei"


def test_a_classification_defines():
    assert values("Sosialhjelp regnes ikke som en ytelse som stenger for programmet.")["benefits"] == "nei"


def test_what_every_programme_is_is_the_law():
    assert values("Programmet skal være helårig og på full tid, og skal inneholde arbeidsrettede tiltak og "
                  "opplæring.")["program"] == "nei"


# ------------------------------------------------------------------ a source referred to is no content


def test_a_source_referred_to_gives_no_content():
    assert values("Vi mener at arbeidsevnen din er vesentlig nedsatt. Dette bygger på opplysningene i "
                  "saken din.")["work_ability"] == "nei"
    assert values("Vi vurderer at arbeidsevna di er vesentleg nedsett. Dette byggjer på opplysningane frå samtalen "
                  "med deg.")["work_ability"] == "nei"
    assert values("Det vises til samtalen med deg 14.05.2025. Arbeidsevnen din anses vesentlig "
                  "nedsatt.")["work_ability"] == "nei"


# ------------------------------------------------------------------ what a conclusion rests on


def test_what_was_weighed_is_the_concluded_criterions():
    r = values("Arbeidsevnen din er vesentlig nedsatt. Det er lagt vekt på at du har astma, og at du ikke har hatt "
               "arbeidsinntekt siden 2019.")
    assert r["work_ability"] == "ja" and r["benefits"] == "nei"
    r = values("Arbeidsevna di er vesentleg nedsett. Vi har lagt vekt på at du har migrene, og at du ikkje har hatt "
               "arbeidsinntekt sidan 2020.")
    assert r["work_ability"] == "ja" and r["benefits"] == "nei"


def test_a_list_weighed_for_a_criterion_is_that_criterions():
    r = values("Vi har lagt vekt på dette i vurderingen av arbeidsevnen din:",
               "- du har hatt hodepine i mange år",
               "- du har ikke hatt inntekt fra arbeid siden 2018",
               "Samlet mener vi at arbeidsevnen din er vesentlig nedsatt.")
    assert r["work_ability"] == "ja" and r["benefits"] == "nei"


def test_an_assessments_conclusion_yields_to_the_conclusion_drawn_from_it():
    r = values("Du har hatt ryggsmerter i ti år. Arbeidsevnevurderingen konkluderer med at du har behov for spesielt "
               "tilpasset innsats. Arbeids- og inntektsevnen din er derfor vesentlig nedsatt.")
    assert r["work_ability"] == "ja" and r["necessity"] == "nei"
    r = values("Arbeidsevnevurderinga konkluderer med at du treng spesielt tilpassa innsats. Arbeids- og inntektsevna "
               "di er difor vesentleg nedsett.")
    assert r["necessity"] == "nei"


def test_facts_before_a_view_and_a_conclusion_argue_that_conclusion():
    r = values("Du har diabetes og har hatt vansker med å fullføre tiltak tidligere. Hos fastlegen mener de at "
               "faste rammer i hverdagen vil være bra for deg. Vi tror derfor programmet er det beste for deg nå.")
    assert r["necessity"] == "ja" and r["work_ability"] == "nei"


# ------------------------------------------------------------------ an applied condition is no rule


def test_a_condition_spoken_of_in_the_past_with_a_date_is_applied():
    assert values("Vilkårene for sykepenger er ikke oppfylt etter vedtak av mai 2024, og du har siden mottatt "
                  "økonomisk sosialhjelp.")["benefits"] == "ja"


# ------------------------------------------------------------------ the programme's content


def test_the_programme_starting_with_an_activity_is_content():
    assert values("Programmet byrjar difor med norskkurs på formiddagane, og arbeidstrening på eit lager "
                  "om ettermiddagane.")["program"] == "ja"


def test_the_plans_label_with_its_value_and_an_enrolment_are_content():
    assert values("Plan: uke 1–3 kartlegging hos veileder, deretter Rema 1000 Sentrum 30 t/uke.")["program"] == "ja"
    assert values("Kommunen har plass til deg på et verksted fra 01.09.2025, og du er påmeldt et "
                  "sveisekurs.")["program"] == "ja"
    # the condition's own label with a conclusion only names it
    assert values("Tilpasset program: Ja, innholdet avtales med veileder.")["program"] == "nei"


def test_a_benefit_by_its_abbreviation():
    assert values("Livsopphold: ØSH siden mars 2022. Ingen trygdeytelser.")["benefits"] == "ja"
