"""nav-audit grounds, round 19: what a sentence does in an easy-read letter, from the misjudged letters of heldout27
(short sentences, everyday words, «du» throughout) — the frame in everyday words (the money, the evaluation, what was
looked at) is no content, and a heading over it names no criterion; a question about the decision's answer heads all
the reasons; a label with a bare verdict, the criterion restated by «Det betyr at …», the rule with its source named
after it and a list under the rule's name give no reason; health, language, measures tried and workplaces in everyday
words are facts. Sentences written for these tests, bokmål and nynorsk (docs/grounds.md, rules 4x–4z); each test
failed before round 19's rule, except the last two: guards that the everyday words stay bounded (they pass with round
18's rule and failed with the unbounded words)."""

from __future__ import annotations

from audit.grounds.classify import classify
from audit.grounds.furniture import furniture_kind
from audit.grounds.layout import sentences_of


def values(*paragraphs: str) -> dict[str, str]:
    return {c.removeprefix("ground_"): j.value for c, j in classify(list(paragraphs)).items()}


# ------------------------------------------------------------------ 4x: the frame in everyday words


def test_the_money_of_the_programme_in_everyday_words_is_no_content():
    assert values("Vedtak om kvalifiseringsprogram",
                  "Når du er med i programmet, får du penger hver måned. Pengene kalles kvalifiseringsstønad. Det blir "
                  "200 000 kroner i året.")["program"] == "nei"
    assert values("Vedtak om kvalifiseringsprogram",
                  "Pengar i programmet",
                  "Du får kvalifiseringsstønad. Det er 190 000 kroner i året.")["program"] == "nei"


def test_the_evaluation_in_everyday_words_is_furniture():
    assert furniture_kind(sentences_of(["Annenhver måned ser vi på planen sammen med deg."])[0][0]) == "evaluation"
    # a conversation about how it goes, as the evaluation: furniture either way
    assert furniture_kind(sentences_of(["Vi snakkar saman kvar tredje månad om korleis det går."])[0][0]) \
        is not None


def test_what_was_looked_at_is_no_finding():
    assert values("Vedtak om kvalifiseringsprogram",
                  "Grunngjeving",
                  "Vi har sett på helsa di. Vi har lese papira frå fastlegen din.")["work_ability"] == "nei"


# ------------------------------------------------------------------ 4y: what gives no reason


def test_a_question_about_the_answer_heads_all_the_reasons():
    assert values("Vedtak om kvalifiseringsprogram",
                  "Hvorfor sier vi ja?",
                  "Slik blir dagene dine:",
                  "• Praksis på et sykehjem, fire dager i uka.",
                  "• Norskkurs, én dag i uka.")["program"] == "ja"


def test_a_label_with_a_bare_verdict_gives_no_reason():
    assert values("Vedtak om kvalifiseringsprogram",
                  "Helse og arbeid: i orden.")["work_ability"] == "nei"
    # a value with a fact still does
    assert values("Vedtak om kvalifiseringsprogram",
                  "Helse og arbeid: du har vondt i hodet flere dager i uka.")["work_ability"] == "ja"


def test_the_criterion_restated_in_plain_words_gives_no_reason():
    assert values("Vedtak om kvalifiseringsprogram",
                  "Du har vesentleg nedsett arbeidsevne. Det vil seie at det er tungt for deg å jobbe."
                  )["work_ability"] == "nei"


def test_the_rule_with_its_source_after_it_gives_no_reason():
    assert values("Vedtak om kvalifiseringsprogram",
                  "Du må bruke opp andre penger du har rett til, før du kan få programmet. Det sier reglene."
                  )["benefits"] == "nei"


def test_a_list_under_the_rules_name_states_the_rule():
    assert values("Vedtak om kvalifiseringsprogram",
                  "Kravet om økonomi:",
                  "• Du skal ikke ha trygd eller lønn å leve av.",
                  "• Eller bare litt.")["benefits"] == "nei"


# ------------------------------------------------------------------ 4z: everyday words for facts


def test_health_and_language_in_everyday_words_are_facts():
    assert values("Vedtak om kvalifiseringsprogram",
                  "Begrunnelse",
                  "Du har vært syk i flere år. Du har vondt i nakken.")["work_ability"] == "ja"
    assert values("Vedtak om kvalifiseringsprogram",
                  "Begrunnelse",
                  "Du kom til Noreg i 2019. Du snakkar lite norsk.")["work_ability"] == "ja"


def test_a_workplace_in_everyday_words_is_programme_content():
    assert values("Vedtak om kvalifiseringsprogram",
                  "Begrunnelse",
                  "I programmet skal du jobbe på et verksted. Du får en person der som hjelper deg.")["program"] == "ja"


def test_help_in_the_present_is_no_measure_tried():
    r = values("Vedtak om kvalifiseringsprogram",
               "Begrunnelse",
               "I programmet skal du være på et gartneri. Der får du en fast kollega som hjelper deg.")
    assert r["necessity"] == "nei" and r["program"] == "ja"
    # in the past or denied it is: whether a measure worked
    assert values("Vedtak om kvalifiseringsprogram",
                  "Begrunnelse",
                  "Du var på et kurs i 2023. Det hjalp deg ikke.")["necessity"] == "ja"


def test_measures_tried_in_everyday_words_argue_necessity():
    assert values("Vedtak om kvalifiseringsprogram",
                  "Begrunnelse",
                  "Du har hatt avklaring i et halvt år, men ikke fått arbeid.")["necessity"] == "ja"
    assert values("Vedtak om kvalifiseringsprogram",
                  "Begrunnelse",
                  "Du har hatt hjelp fra NAV siden 2019. Det har ikke ført til fast arbeid.")["necessity"] == "ja"


def test_a_school_or_a_language_course_in_the_plan_is_no_health_fact():
    # regression guards from the development banks: the school that confirms a start, the course's subject
    assert values("Vedtak om kvalifiseringsprogram",
                  "Arbeidsevne: vesentleg nedsett.",
                  "Skulen har stadfesta at du kan byrje 01.09.2025. Du tek grunnskuleopplæring i norsk."
                  )["work_ability"] == "nei"


def test_falling_ill_that_ended_a_measure_is_no_work_ability_fact():
    assert values("Vedtak om kvalifiseringsprogram",
                  "Arbeidsevna di er vurdert som vesentleg nedsett.",
                  "Du var på eit jobbsøkjarkurs i 2021, men slutta etter tre månader fordi du vart sjuk."
                  )["work_ability"] == "nei"
