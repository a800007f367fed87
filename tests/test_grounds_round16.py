"""nav-audit grounds, round 16: what a sentence DOES, from the misjudged letters of heldout20 and heldout21 — a
condition without «hvis» (an offer «… om du trenger hjelp», a verb-first «Har du …, blir …») and an explanation of
the rule («Det betyr at …» after «Et vilkår er at …») are no fact; a question the letter goes on to answer names its
matter; necessity's word in a causal clause after the programme argues an activity of the programme; the sources an
assessment rests on are no content; and a few general terms (a weekly rhythm with an adjective, «satt» as a
participle, a measure that did not work, a transitional benefit). Sentences written for these tests, bokmål and
nynorsk (docs/grounds.md, rules 4k–4n); each test failed before round 16's rule."""

from __future__ import annotations

from audit.grounds.classify import classify


def values(*paragraphs: str) -> dict[str, str]:
    return {c.removeprefix("ground_"): j.value for c, j in classify(list(paragraphs)).items()}


# ------------------------------------------------------------------ 4k: a condition is no fact


def test_an_offer_on_a_condition_with_om_is_no_need():
    assert values("Vi sender deg en kopi av planen. Ta gjerne kontakt om du trenger hjelp til å lese "
                  "den.")["necessity"] == "nei"
    assert values("Du har rett til å sjå dokumenta. Ring oss om du treng hjelp til å finne dei.")["necessity"] == "nei"
    # the need said of the person is necessity's fact
    assert values("Vi mener programmet er nødvendig. Du trenger hjelp til å komme i gang etter lang tid "
                  "hjemme.")["necessity"] == "ja"


def test_a_question_asked_after_a_verb_of_inquiry_names_its_matter():
    # «undersøke om du …» is the question the next sentences answer: its benefit names the matter
    assert values("Klageinstansen ba oss sjekke om du hadde krav på overgangsstønad. Du har brukt opp den "
                  "perioden, og siste utbetaling kom i 2021.")["benefits"] == "ja"


def test_a_verb_first_condition_states_the_rule():
    assert values("Stønaden er kr 250 000 i året. Mottar du sosialhjelp i den samme måneden, blir den trukket "
                  "fra.")["benefits"] == "nei"
    assert values("Stønaden vert utbetalt kvar månad. Får du sosialhjelp for same månad, vert ho "
                  "motrekna.")["benefits"] == "nei"
    # a noun with a relative clause is no condition: «Utskriftene du har levert, viser …» is a fact
    assert values("Økonomi", "Utskriftene du har levert, viser at du bare har fått sosialhjelp, kr 6 100 i "
                  "oktober.")["benefits"] == "ja"


# ------------------------------------------------------------------ 4l: the rule stated and explained


def test_a_condition_said_to_be_the_law_and_its_explanation_are_the_rule():
    assert values("Et vilkår er at tiltaket er nødvendig og hensiktsmessig. Det betyr at det må være grunn til å "
                  "tro at du blir bedre rustet for arbeid gjennom programmet.")["necessity"] == "nei"
    assert values("Eit krav er at programmet er naudsynt. Det vil seie at du må kunne kome nærare arbeid med "
                  "det.")["necessity"] == "nei"
    # the same explanation after the person's facts is not the rule's
    assert values("Du har prøvd arbeidspraksis to gonger utan å fullføre. Det betyr at du treng tettare "
                  "oppfølging enn vanlege tiltak gir.")["necessity"] == "ja"


# ------------------------------------------------------------------ 4m: the programme's activity argued


def test_necessity_in_a_causal_clause_after_the_programme_argues_its_activity():
    r = values("Du tar truckkurs som en del av programmet, siden det er nødvendig for lagerarbeid, og resten av "
               "uka er du i praksis på lageret til Coop.")
    assert r["necessity"] == "nei" and r["program"] == "ja"
    # the programme said to be necessary is necessity's
    assert values("Programmet er nødvendig, fordi du har avbrutt tre kurs på egen hånd.")["necessity"] == "ja"


# ------------------------------------------------------------------ 4n: the sources of an assessment


def test_the_sources_an_assessment_rests_on_are_no_content():
    assert values("Arbeidsevne", "Vi har gjort en ny arbeidsevnevurdering. Den er basert på samtaler med deg i "
                  "mai, en erklæring fra legen din og rapporten fra utprøvingen.")["work_ability"] == "nei"
    assert values("Arbeidsevne", "Vurderinga byggjer på samtalar med deg og legeerklæringa frå "
                  "fastlegen.")["work_ability"] == "nei"
    # what the assessment rests on, said as facts, is read
    assert values("Arbeidsevne", "Vurderingen bygger på at du har kols og ikke har arbeidet siden "
                  "2017.")["work_ability"] == "ja"


# ------------------------------------------------------------------ general terms


def test_a_programme_set_up_as_a_list_is_its_content():
    assert values("Programmet er satt opp slik:", "Måned 1–3: arbeidstrening på et vaskeri, 4 dager",
                  "Måned 4–: norskopplæring på voksenopplæringen")["program"] == "ja"


def test_a_weekly_rhythm_may_have_an_adjective():
    assert values("Programmet", "Du skal være hos Fretex tre faste dager i uka.")["program"] == "ja"


def test_a_measure_that_did_not_work_is_necessitys():
    assert values("Jobbklubben har ikke fungert for deg. Vi mener derfor at programmet er "
                  "nødvendig.")["necessity"] == "ja"


def test_an_explanation_of_the_rule_in_nynorsk():
    assert values("Eit krav er at programmet er føremålstenleg. Det tyder at du må kunne kome nærare arbeid "
                  "gjennom det.")["necessity"] == "nei"


def test_the_date_of_a_conversation_is_no_fact():
    # the date says when the letter's facts were heard; the conclusion after it is bare
    assert values("Vi gikk gjennom dette i samtalen 14. mars, og vi er enige om at programmet er nødvendig for "
                  "deg.")["necessity"] == "nei"
    # what came out of the conversation is read
    assert values("I samtale 14.03. fortalte du at du har kols og ikke tåler tungt arbeid.")["work_ability"] == "ja"



def test_a_depressive_illness_is_health():
    assert values("Du har vore gjennom ein tung depressiv periode, som gjer at du har vanskeleg for å halde på ein "
                  "jobb.")["work_ability"] == "ja"


def test_getting_no_closer_to_work_is_no_assessment_left_undone():
    assert values("Nødvendig og hensiktsmessig", "Du har gått på jobbklubb i et år uten å komme nærmere "
                  "arbeid.")["necessity"] == "ja"
    assert values("Nødvendig og hensiktsmessig", "Vi har ikke vurdert dette nærmere.")["necessity"] == "nei"


def test_benefits_rest_only_on_money():
    # what was weighed after a bare benefits conclusion, with no word of money, is not benefits' ground
    assert values("Ytelser til livsopphold: oppfylt. Vi har lagt vekt på at du har hatt arbeidspraksis i et halvt "
                  "år og fortsatt ønsker deg fast arbeid.")["benefits"] == "nei"
    assert values("Ytelser til livsopphold: oppfylt. Vi har lagt vekt på at du har levd av sosialhjelp siden "
                  "2020.")["benefits"] == "ja"
