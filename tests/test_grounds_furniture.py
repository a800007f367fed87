"""nav-audit grounds: the letter's furniture (audit/grounds/furniture.py) is no ground.

Hand-written letters, bokmål and nynorsk: each kind of furniture standing where the rule looks for grounds (in a
criterion's section, or right after a sentence that names one), and grounds written in a furniture-like sentence,
which still count.
"""

from __future__ import annotations

import pytest

from audit.grounds.classify import ABSENT, GROUNDS, NAMED, classify
from audit.grounds.furniture import KINDS, furniture_kind, without_furniture
from audit.grounds.terms import Sentence, tokens


def judge(*paragraphs: str) -> dict:
    return classify(list(paragraphs))


def sentence(text: str) -> Sentence:
    words, lemmas = tokens(text)
    return Sentence(1, text, words, lemmas)


# --------------------------------------------------------------------------- each kind, in a letter


@pytest.mark.parametrize("heading, furniture", [
    # the start date and the first meeting with the caseworker
    ("Tilpasset program", "Første dag i programmet er 03.03.2025. Da møter du veilederen din på NAV Sentrum."),
    ("Tilpassa program", "Første dag i programmet er 03.03.2025. Då møter du rettleiaren din på NAV Sentrum."),
    ("Programmet ditt", "Oppstart: 03.03.2025. Da møter du kontaktpersonen din på kontoret klokka 10."),
])
def test_start_date_and_first_meeting_do_not_ground_the_programme(heading, furniture):
    r = judge("Vedtak om kvalifiseringsprogram", "Du får kvalifiseringsprogram.", heading,
              "Du får et program som er tilpasset deg.", furniture)
    assert r["ground_program"].value == "nei"
    assert r["ground_program"].status == NAMED and r["ground_program"].paragraphs == [3, 4]


@pytest.mark.parametrize("text", [
    "Programmet er nødvendig og hensiktsmessig for deg. Oppstart: 03.03.2025. Vi går gjennom planen sammen med "
    "deg minst hver tredje måned.",
    "Programmet er naudsynt og føremålstenleg for deg. Oppstart: 03.03.2025. Vi går gjennom planen saman med deg "
    "minst kvar tredje månad.",
    "Programmet er nødvendig og hensiktsmessig for deg. Vi går gjennom planen sammen med deg hver tredje måned og "
    "justerer den ved behov.",
])
def test_evaluation_meetings_do_not_ground_necessity(text):
    r = judge("Vedtak om kvalifiseringsprogram", text)
    assert r["ground_necessity"].value == "nei" and r["ground_necessity"].status == NAMED


@pytest.mark.parametrize("furniture", [
    "Du må levere timeliste hver 14. dag.",
    "Du leverer timelista annenhver fredag. Pengene betales ut hver 14. dag, og det trekkes skatt.",
    "Du må levere timeliste kvar 14. dag. Pengane blir betalte ut kvar månad, og det blir trekt skatt.",
    "Fravær uten gyldig grunn gir trekk i pengene du får.",
    "Pengene blir betalt inn på kontoen din hver 14. dag.",
])
def test_payment_of_the_stipend_does_not_ground_the_programme(furniture):
    r = judge("Programmet ditt", "Du får et program som er tilpasset behovene dine.", furniture)
    assert r["ground_program"].value == "nei" and r["ground_program"].status == NAMED


@pytest.mark.parametrize("furniture", [
    "Er du uenig, har du tre uker på deg fra du fikk brevet. Send brevet til NAV Sentrum.",
    "Er du usamd, har du tre veker på deg frå du fekk brevet. Send brevet til NAV Sentrum.",
    "Du har rett til å se dokumentene i saken din.",
    "Du har rett til å sjå dokumenta i saka di.",
    "Har du spørsmål, kan du ringe veilederen din.",
    "Du blir kalt inn til en samtale med veilederen din 10.03.2025.",
    "Du blir kalla inn til ein samtale med rettleiaren din 10.03.2025.",
])
def test_appeal_access_and_meetings_do_not_ground_work_ability(furniture):
    r = judge("Arbeidsevnen din", "Arbeidsevnen din er vesentlig nedsatt.", furniture)
    assert r["ground_work_ability"].value == "nei" and r["ground_work_ability"].status == NAMED


@pytest.mark.parametrize("text", [
    "Vi mener at programmet er nødvendig for deg. Vi viser til søknaden din og samtalene med veilederen din.",
    "Vi meiner at programmet er naudsynt for deg. Vi viser til søknaden din og samtalane med rettleiaren din.",
    "Vi mener at programmet er nødvendig for deg. Vi viser til søknaden din, mottatt 02.01.2025, og kartleggingen "
    "som er gjort.",
])
def test_the_intro_does_not_ground_necessity(text):
    r = judge(text)
    assert r["ground_necessity"].value == "nei" and r["ground_necessity"].status == NAMED


@pytest.mark.parametrize("text, column", [
    ("Vi har vurdert at kvalifiseringsprogram er det beste tilbudet til deg, se arbeidsevnevurdering datert "
     "03.03.2025.", "ground_necessity"),
    ("Vi har vurdert at kvalifiseringsprogram er det beste tilbodet til deg, sjå arbeidsevnevurdering datert "
     "03.03.2025.", "ground_necessity"),
    ("Arbeidsevne: Vesentlig nedsatt (se arbeidsevnevurdering datert 03.03.2025).", "ground_work_ability"),
    ("Arbeidsevna di er vesentleg nedsett, jf. legeerklæring frå fastlegen datert 3. mai 2024.",
     "ground_work_ability"),
    ("Du har ingen eller svært begrensede ytelser til livsopphold (jf. økonomisk kartlegging av 03.03.2025).",
     "ground_benefits"),
])
def test_a_document_named_by_date_without_what_it_shows_is_no_ground(text, column):
    r = judge("Vedtak om kvalifiseringsprogram", text)
    assert r[column].value == "nei" and r[column].status == NAMED


@pytest.mark.parametrize("text", [
    "Arbeidsevnen din er vurdert. Vurderingen ligger i saken din.",
    "Arbeidsevna di er vurdert. Vurderinga ligg i saka di.",
    "I samtalen 24.03.2025 snakket vi om arbeidsevnen din. Vi mener at vilkåret er oppfylt.",
    "I samtalen 24.03.2025 snakka vi om arbeidsevna di. Vi meiner at vilkåret er oppfylt.",
    "Arbeidsevnen din er vesentlig nedsatt. Du har plikt til å gi beskjed om endringer i situasjonen din.",
])
def test_a_document_in_the_file_a_conversation_by_date_and_duties_are_no_ground(text):
    r = judge("Vedtak om kvalifiseringsprogram", text)
    assert r["ground_work_ability"].value == "nei"


# --------------------------------------------------------------------------- grounds in a furniture-like sentence


@pytest.mark.parametrize("text, column", [
    ("Legeerklæringen fra 03.03.2025 viser at du bare tåler lett arbeid.", "ground_work_ability"),
    ("Legeerklæringa frå 03.03.2025 syner at du berre toler lett arbeid.", "ground_work_ability"),
    ("Arbeidsevnen din er nedsatt, se legeerklæringen fra 03.03.2025, som viser at du har kroniske ryggsmerter.",
     "ground_work_ability"),
    ("Vi har lagt vekt på legeerklæringen fra 03.03.2025: du har migrene og tåler lite stress.",
     "ground_work_ability"),
    ("Arbeidsevnen din er vesentlig nedsatt fordi du har astma, se legeerklæring datert 03.03.2025.",
     "ground_work_ability"),
])
def test_a_document_reference_that_says_what_it_shows_stays_grounds(text, column):
    assert judge(text)[column].value == "ja"


@pytest.mark.parametrize("heading, text, column", [
    ("Programmet ditt", "Programmet starter 03.03.2025 med arbeidspraksis i en barnehage.", "ground_program"),
    ("Programmet ditt", "Første dag i programmet er 03.03.2025, og da begynner du på norskkurset.", "ground_program"),
    ("Programmet ditt", "Frå 03.03.2025 møter du på arbeidstrening på eit lager fire dagar i veka.", "ground_program"),
    ("Økonomien din", "Du har fått utbetalt sosialhjelp hver måned siden 2022.", "ground_benefits"),
    ("Alder", "Du er 23 år og får derfor stønad etter lav sats.", "ground_age"),
    ("Behovet ditt", "Du har ikke møtt til avtalene med veilederen din det siste året, og vanlig oppfølging har ikke "
                     "vært nok.", "ground_necessity"),
])
def test_grounds_in_a_furniture_like_sentence_still_count(heading, text, column):
    r = judge("Vedtak om kvalifiseringsprogram", heading, text)
    assert r[column].value == "ja" and r[column].status == GROUNDS


# --------------------------------------------------------------------------- the declaration itself


def test_furniture_names_nothing_and_keeps_the_paragraph_numbers():
    r = judge("Vedtak om kvalifiseringsprogram", "Oppstart: 03.03.2025.",
              "Du er 41 år.", "Klagefristen er tre uker.", "Du har astma og orker lite.")
    assert r["ground_program"].status == ABSENT  # «Oppstart» names no criterion
    assert r["ground_age"].paragraphs == [3]
    assert r["ground_work_ability"].value == "ja" and r["ground_work_ability"].paragraphs == [5]


def test_every_kind_is_declared_with_cues_and_words_and_a_description():
    assert {k.key for k in KINDS} == {"intro", "decision", "meeting", "evaluation", "payment", "appeal", "access",
                                      "document", "conversation", "duties"}
    for k in KINDS:
        assert k.cues and k.words and k.what


@pytest.mark.parametrize("text, kind", [
    ("Første dag i programmet er 03.03.2025.", "decision"),
    ("Programmet startar 03.03.2025 og varer i eitt år.", "decision"),
    ("Da møter du veilederen din på NAV Sentrum.", "meeting"),
    ("Programmet skal evaluerast kvar tredje månad saman med rettleiaren din.", "evaluation"),
    ("Stønaden blir utbetalt hver 14. dag etter at du har levert timelista.", "payment"),
    ("Hvis vi ikke endrer vedtaket, sender vi klagen videre til Statsforvalteren.", "appeal"),
    ("Du har rett til innsyn i dokumenta i saka di.", "access"),
    ("Vi syner til søknaden din og samtalane med rettleiaren din.", "intro"),
    ("Vurderinga ligg i saka di.", "document"),
    ("I samtalen 24.03.2025 snakket vi om arbeidsevnen din.", "conversation"),
    ("Du har plikt til å gi beskjed om endringer i situasjonen din.", "duties"),
    ("Du har plikt til å gi beskjed om endringer i inntekten din.", None),
    ("I samtalen fortalte du at du har vondt i ryggen.", None),
    # one word that is no furniture, and it is a statement about the person
    ("Programmet starter 03.03.2025 med norskkurs.", None),
    ("Du har ikke møtt til avtalene med veilederen din.", None),
    ("Du får stønad etter lav sats fordi du er 23 år.", None),
    ("Du har fått sosialhjelp utbetalt hver måned.", None),
])
def test_furniture_kind(text, kind):
    assert furniture_kind(sentence(text)) == kind


def test_a_document_reference_is_taken_out_of_its_sentence():
    s = without_furniture(sentence("Vilkåret er oppfylt, se økonomisk kartlegging datert 03.03.2025."))
    assert s.text == "Vilkåret er oppfylt." and "03.03.2025" not in s.words
    assert without_furniture(sentence("Se aktivitetsplanen.")) is None
    kept = sentence("Kartleggingen 03.03.2025 viser at du trenger hjelp med språket.")
    assert without_furniture(kept) is kept
