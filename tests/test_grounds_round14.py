"""nav-audit grounds, round 14: what a sentence DOES, by its shape — a premise argues the conclusion that follows it, a
prediction and a report referred to are no facts, «no need to assess further» is no «not assessed», the law's menu
and its generic subjects state the rule, and a sentence does not end inside a parenthesis. Hand-written letters in
bokmål and nynorsk (docs/grounds.md, «Round 14»); each test failed before round 14's rule."""

from __future__ import annotations

from audit.grounds.classify import classify
from audit.grounds.terms import split_sentences


def values(*paragraphs: str) -> dict[str, str]:
    return {c.removeprefix("ground_"): j.value for c, j in classify(list(paragraphs)).items()}


# ------------------------------------------------------------------ a sentence does not end inside a parenthesis


def test_a_sentence_does_not_end_inside_a_parenthesis():
    assert split_sentences("Rundskrivet (Hovednr. 35) sier at dette gjelder alle. Du er 34 år.") == [
        "Rundskrivet (Hovednr. 35) sier at dette gjelder alle.", "Du er 34 år."]
    # the circular cited keeps the cause it paraphrases law, not this person's reason
    assert values("Rundskrivet (Hovednr. 35) sier at nedsettelsen kan skyldes helse, sosiale forhold, manglende "
                  "utdanning eller lite arbeidserfaring.")["work_ability"] == "nei"
    assert values("Rundskrivet (Hovudnr. 35) seier at nedsetjinga kan skuldast helse, sosiale forhold, manglande "
                  "utdanning eller lite arbeidserfaring.")["work_ability"] == "nei"
    # a parenthesis that closes in its own sentence changes nothing
    assert values("Du har hatt astma (diagnose fra 2019), og arbeidsevnen din er derfor nedsatt.")["work_ability"] == "ja"


# ------------------------------------------------------------------ no need to assess further is no «not assessed»


def test_no_reason_to_assess_further_is_not_unassessed():
    assert values("I og med at du ble født i 1976, er du i dag i yrkesaktiv alder, og vi ser ingen grunn til å "
                  "vurdere dette nærmere.")["age"] == "ja"
    assert values("Du er fødd i 1970, og me ser difor ingen grunn til å vurdere alderen nærmare.")["age"] == "ja"
    # without a fact it is still «nei», and «not assessed» stays what it was
    assert values("Du fyller kravet til alder, og dette har vi ikke funnet grunn til å gå nærmere inn på.")["age"] == "nei"
    j = classify(["Alderen din er ikke vurdert."])["ground_age"]
    assert j.value == "nei" and j.status == "negated"


# ------------------------------------------------------------------ a report referred to is no stated cause


def test_a_report_referred_to_without_its_content_is_no_cause():
    assert values("Etter en helhetlig vurdering, der vi har sett hen til det du selv har fortalt i samtalene og det "
                  "som ligger i mappen din, er vi kommet til at arbeidsevnen din er vesentlig nedsatt.")[
        "work_ability"] == "nei"
    assert values("Etter ei heilskapleg vurdering, der vi har sett til det du sjølv har fortalt i samtalane og det som "
                  "ligg i mappa di, har vi kome fram til at arbeidsevna di er vesentleg nedsett.")["work_ability"] == "nei"
    # the report given is a reason
    assert values("Arbeidsevnen din er nedsatt. Legen har fortalt at du har store smerter i ryggen.")[
        "work_ability"] == "ja"


# ------------------------------------------------------------------ the law in general terms


def test_anyone_at_all_is_a_generic_subject():
    assert values("Formålet med vilkåret om ytelser er at programmet skal nå dem som ikke har annen inntektssikring, "
                  "og som ellers ville vært avhengige av sosialhjelp over tid.")["benefits"] == "nei"
    assert values("Vilkåret om ytingar skal sikre at programmet når dei som ikkje har anna inntektssikring.")[
        "benefits"] == "nei"
    assert values("Du har ingen inntekt og lever av sosialhjelp.")["benefits"] == "ja"


def test_what_a_programme_may_hold_is_the_laws_menu():
    assert values("Programmet skal inneholde arbeidsrettede tiltak og kan også inneholde opplæring og tid til "
                  "behandling.")["program"] == "nei"
    assert values("Programmet skal innehalde arbeidsretta tiltak og kan òg innehalde opplæring og tid til behandling.")[
        "program"] == "nei"
    # what this programme holds, with a place or a time, is content
    assert values("Programmet ditt skal inneholde norskkurs hos Voksenopplæringen tre dager i uka.")["program"] == "ja"
    assert values("Programmet kan bestå av arbeidspraksis hos Fretex tre dagar i veka.")["program"] == "ja"


def test_information_not_fetched_is_not_assessed():
    assert values("Opplysninger om inntekt er ikke hentet inn ennå, og vilkåret om ytelser blir vurdert senere.")[
        "benefits"] == "nei"
    assert values("Opplysningar om inntekt er ikkje henta inn enno, og vilkåret om ytingar blir vurdert seinare.")[
        "benefits"] == "nei"


# ------------------------------------------------------------------ a premise argues the conclusion after it


def test_the_premise_of_a_conclusion_is_that_conclusions_not_another_criterions():
    # within one sentence: the work ability assessment's result argues work ability, concluded with «derfor»
    v = values("I arbeidsevnevurderingen kom vi sammen med fastlegen fram til at du trenger spesielt tilpasset "
               "innsats, og vi legger derfor til grunn at arbeids- og inntektsevnen din er vesentlig nedsatt.")
    assert v["necessity"] == "nei"
    v = values("Arbeidsevnevurderinga syner behov for spesielt tilpassa innsats, og vi meiner difor at arbeids- og "
               "inntektsevna di er vesentleg nedsett.")
    assert v["necessity"] == "nei"
    # across two sentences: the second concludes work ability from the first
    v = values("Behandlaren din skriv at du har ADHD og store søvnvanskar og treng tett oppfølging over tid. Vi ser "
               "difor arbeidsevna som vesentleg nedsett.")
    assert v["necessity"] == "nei" and v["work_ability"] == "ja"
    v = values("Legen din skriver at du har sosial angst og trenger tett oppfølging over tid. Vi anser derfor "
               "arbeidsevnen din som vesentlig nedsatt.")
    assert v["necessity"] == "nei" and v["work_ability"] == "ja"
    # a parenthesis after the criterion concluded is its source
    assert values("Arbeidsevnen er vurdert som vesentlig nedsatt (AEV 22.07.2025, spesielt tilpasset innsats).")[
        "necessity"] == "nei"
    # the same premise concluding necessity grounds necessity
    assert values("Arbeidsevnevurderingen viser at du har behov for spesielt tilpasset innsats. Programmet er derfor "
                  "nødvendig.")["necessity"] == "ja"
    assert values("Du har behov for spesielt tilpassa innsats, og vi meiner difor at programmet er naudsynt.")[
        "necessity"] == "ja"
    # taking part in the programme is the decision, not the programme concluded: the need stays necessity's
    assert values("Du trenger praksis og tett oppfølging for å nå målet om fast jobb i butikk. Du kan derfor delta "
                  "i programmet.")["necessity"] == "ja"


# ------------------------------------------------------------------ a prediction is no fact


def test_a_prediction_is_no_reason():
    assert values("Programmet vil hjelpe deg nærmere arbeid, og vi mener derfor at det er hensiktsmessig.")[
        "necessity"] == "nei"
    assert values("Programmet er hensiktsmessig fordi det vil gi deg bedre muligheter til å komme i arbeid.")[
        "necessity"] == "nei"
    assert values("Programmet er føremålstenleg fordi det vil gje deg betre moglegheiter til å kome i arbeid.")[
        "necessity"] == "nei"
    # a cause about this person still is one
    assert values("Programmet er nødvendig fordi du har prøvd jobbklubb uten resultat.")["necessity"] == "ja"
    assert values("Programmet er naudsynt fordi du har prøvd jobbklubb utan resultat.")["necessity"] == "ja"


# ------------------------------------------------------------------ layout: a question heading, a plan already made


def test_a_question_heading_is_counted_in_words_and_heads_the_criterion_it_names():
    # eight words and a question mark: a heading (the punctuation is no word), so the age section above it ends
    v = values("Alder", "Du er 44 år.", "Hvorfor mener vi at arbeidsevnen din er nedsatt?",
               "Legeerklæringen sier at du på grunn av PTSD bare klarer lett arbeid noen timer om dagen.")
    assert v["work_ability"] == "ja" and v["necessity"] == "nei"
    v = values("Alder", "Du er 44 år.", "Kvifor meiner vi at arbeidsevna di er nedsett?",
               "Legeerklæringa seier at du på grunn av PTSD berre klarer lett arbeid nokre timar om dagen.")
    assert v["work_ability"] == "ja" and v["necessity"] == "nei"
    # «Hvorfor» alone still heads necessity
    assert values("Hvorfor KVP?", "Du har prøvd jobbklubb uten resultat.")["necessity"] == "ja"


def test_a_plan_already_made_is_the_programmes_content():
    assert values("Innhaldet i programmet", "Vi har saman med deg laga ein plan som startar med kurs i kundehandsaming "
                  "dei første fire månadene, før du går over i arbeidspraksis hos ein snikkarverkstad.")["program"] == "ja"
    assert values("Programmet", "Vi har sammen med deg laget en plan som starter med norskkurs de første fire "
                  "månedene, før du går over i arbeidspraksis hos Fretex.")["program"] == "ja"
    # a plan still to be made is no content
    assert values("Programmet ditt", "Veilederen din skal lage en plan for programmet sammen med deg.")["program"] == "nei"
    assert values("Programmet ditt", "Planen blir laga i første samtale.")["program"] == "nei"


def test_a_difficulty_without_saying_which_is_no_fact():
    assert values("Arbeidsevne", "Du har utfordringer som gjør det vanskelig å komme i arbeid.")["work_ability"] == "nei"
    assert values("Arbeidsevne", "Du har utfordringar som gjer det vanskeleg å kome i arbeid.")["work_ability"] == "nei"
    assert values("Arbeidsevne", "Det betyr at du har store hindringer for å komme i jobb.")["work_ability"] == "nei"
    # saying which is a fact
    assert values("Arbeidsevne", "Du har store problemer med søvn og konsentrasjon.")["work_ability"] == "ja"
    assert values("Arbeidsevne", "Du har ADHD, som gjer det vanskeleg å møte opp kvar dag.")["work_ability"] == "ja"


# ------------------------------------------------------------------ an assessment put off


def test_an_assessment_put_off_is_not_assessed():
    v = values("Vi venter på svar på søknaden din om dagpenger. Vilkåret om ytelser vurderer vi når svaret kommer.")
    assert v["benefits"] == "nei"
    v = values("Vi ventar på svar på søknaden din om dagpengar. Vilkåret om ytingar vurderer vi når svaret kjem.")
    assert v["benefits"] == "nei"
    assert values("Om programmet er riktig for deg, blir vurdert nærmere etter de første tolv månedene.")[
        "necessity"] == "nei"
    assert values("Om programmet er rett for deg, blir vurdert nærare etter dei første tolv månadene.")[
        "necessity"] == "nei"
    j = classify(["Vilkåret om ytelser vurderer vi når du har sendt oss kontoutskrifter."])["ground_benefits"]
    assert j.status == "negated"
    # an assessment made is not put off, and a benefit the person has is still a fact
    assert values("Du mottar dagpenger, og vi har vurdert at ytelsene dine er svært begrensede.")["benefits"] == "ja"
    assert values("Dagpengane dine fall bort 01.03.2024, og du har ingen andre ytingar.")["benefits"] == "ja"
    # content agreed, with the next assessment to come, is content
    assert values("Du og veilederen din er enige om at programmet skal inneholde et kurs i personlig økonomi, og at "
                  "det ved evalueringen etter ni måneder skal vurderes om du kan begynne på arbeidspraksis.")[
        "program"] == "ja"


def test_measures_ended_in_an_interruption_are_necessitys_history():
    assert values("De korte tiltakene du har vært i siden 2019, har endt med avbrudd.")["necessity"] == "ja"
    assert values("Dei korte tiltaka du har vore i sidan 2019, har enda med avbrot.")["necessity"] == "ja"
