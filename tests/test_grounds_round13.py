"""nav-audit grounds, round 13: the law paraphrased and a bare conclusion are no grounds, by the sentence's shape
(who it is about, what a date or number is the date or number of), and the four weaknesses found on hand-built
letters in round 12 (docs/grounds.md, «Known misjudgements»)."""

from __future__ import annotations

from audit.grounds.classify import classify


def values(*paragraphs: str) -> dict[str, str]:
    return {c.removeprefix("ground_"): j.value for c, j in classify(list(paragraphs)).items()}


# ------------------------------------------------------------------ the four known weaknesses of round 12


def test_income_inside_inntektsevne_is_not_a_benefits_fact():
    # the law repeated about the person: «inntekt*» must not match inside work ability's «inntektsevne»
    v = values("Du har vesentlig nedsatt arbeids- og inntektsevne og ingen eller svært begrensede ytelser til "
               "livsopphold.")
    assert v["benefits"] == "nei" and v["work_ability"] == "nei"
    # the capacity paraphrased («evnen din til å skaffe deg inntekt») is work ability's name, no income fact
    assert values("Vi er enige med deg i at evnen din til å skaffe deg inntekt er svekket.")["benefits"] == "nei"
    # income as such is still a fact
    assert values("Du har ingen inntekt og lever av sosialhjelp.")["benefits"] == "ja"


def test_a_relatives_facts_are_not_the_applicants():
    assert values("Arbeidsevnen din er nedsatt. Mora di har hatt ryggsmerter sidan 2019.")["work_ability"] == "nei"
    assert values("Broren din mottar arbeidsavklaringspenger.")["benefits"] == "nei"
    assert values("Du har ingen eller svært begrensede ytelser. Din far får uføretrygd.")["benefits"] == "nei"
    # the applicant's own facts beside a relative still count
    assert values("Du bor hos mora di og har hatt ryggsmerter siden 2019.")["work_ability"] == "ja"
    assert values("Du mottar arbeidsavklaringspenger, og broren din hjelper deg.")["benefits"] == "ja"


def test_a_denied_health_fact_is_no_grounds_but_a_lack_is():
    assert values("Arbeidsevnen din er vesentlig nedsatt. Du har ikke hatt ryggsmerter.")["work_ability"] == "nei"
    assert values("Du har ingen helseplager.")["work_ability"] == "nei"
    # what the person lacks is the fact: no income, no education
    assert values("Du har ikke hatt inntekt siden 2021.")["benefits"] == "ja"
    assert values("Arbeidsevnen din er nedsatt. Du er uten fullført videregående.")["work_ability"] == "ja"
    # a health fact given as the cause of what the person cannot do is not denied
    assert values("Arbeidsevnen din er nedsatt. Du har ikke kunnet jobbe på grunn av ryggsmerter.")[
        "work_ability"] == "ja"


def test_one_label_line_per_criterion():
    lines = ["Alder: 34 år", "Arbeidsevne: astma, lite skolegang", "Ytelser: sosialhjelp",
             "Nødvendig: tidligere tiltak uten resultat", "Program: arbeidspraksis 20 t/uke + norskkurs"]
    # one paragraph per line (a text file without blank lines, a Word paragraph per line)
    assert values("Vedtak", *lines) == dict.fromkeys(("age", "work_ability", "benefits", "necessity", "program"), "ja")
    # the lines of one block run together (a text block, a PDF paragraph): each label starts a sentence of its own,
    # so the programme's activities are the programme's, not necessity's or work ability's
    assert values("Vedtak", " ".join(lines)) == dict.fromkeys(
        ("age", "work_ability", "benefits", "necessity", "program"), "ja")
    bare = ["Alder: 41 år", "Arbeidsevne: nedsatt", "Ytelser: ingen", "Nødvendighet: oppfylt",
            "Program: arbeidspraksis 20 t/uke + norskkurs"]
    for letter in (bare, [" ".join(bare)]):
        v = values("Vedtak", *letter)
        assert v == {"age": "ja", "work_ability": "nei", "benefits": "nei", "necessity": "nei", "program": "ja"}, letter


# ------------------------------------------------------------------ the law paraphrased, a conclusion in new words


def test_a_definition_of_the_criterion_is_the_law_not_grounds():
    assert values("Med vesentlig nedsatt arbeidsevne menes at evnen til å komme i arbeid er redusert på grunn av "
                  "helse, sosiale forhold eller manglende kvalifikasjoner.")["work_ability"] == "nei"
    assert values("Med vesentleg nedsett arbeidsevne er meint at evna til å kome i arbeid er redusert på grunn av "
                  "helse.")["work_ability"] == "nei"
    # a cause stated for this person still grounds it
    assert values("Arbeidsevnen din er redusert på grunn av astma.")["work_ability"] == "ja"


def test_a_legal_source_cited_gives_no_grounds():
    assert values("Etter rundskrivet kan kommunen bare unntaksvis avslå fordi den ikke kan tilby et tilpasset "
                  "program.")["program"] == "nei"
    assert values("Fra 1. januar 2019 er den nedre aldersgrensen 18 år (før var den 19 år), jf. forarbeidene.")[
        "age"] == "nei"


def test_a_limit_is_no_age():
    assert values("Den øvre aldersgrensen er 67 år, og den nedre var tidligere 19 år.")["age"] == "nei"
    assert values("Du er 19 år og dermed over aldersgrensen.")["age"] == "ja"


def test_the_date_of_a_procedure_is_no_fact():
    assert values("Arbeidsevnen din er vurdert i møte med veileder 17.05.2024 og funnet vesentlig nedsatt.")[
        "work_ability"] == "nei"
    assert values("Vi har sett på økonomien din per 17.05.2024, og vilkåret om ytelser er oppfylt.")[
        "benefits"] == "nei"
    assert values("Programmet er vurdert som nødvendig og hensiktsmessig i samråd med deg 17.05.2024.")[
        "necessity"] == "nei"
    # a date of something that happened to the person is a fact
    assert values("Dagpengene dine falt bort 01.03.2024, og du har ingen andre ytelser.")["benefits"] == "ja"
    assert values("Arbeidsevnen din er nedsatt etter et hjerneslag 12.03.2023.")["work_ability"] == "ja"


def test_a_goal_named_without_what_it_is_is_no_grounds():
    assert values("Programmet er satt sammen ut fra hva du trenger for å nå målet ditt.")["necessity"] == "nei"
    assert values("Programmet er nødvendig fordi målet ditt er å bli fagarbeider i barnehage.")["necessity"] == "ja"


def test_a_stated_cause_is_the_reason_of_the_criterion_named_before_it():
    v = values("Arbeidsevnen din er vesentlig nedsatt fordi fibromyalgi begrenser hvor lenge du kan være i aktivitet.")
    assert v["work_ability"] == "ja" and v["program"] == "nei"
