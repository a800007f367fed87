"""The letter's furniture: what every KVP decision letter says around the grounds, and why it is no ground.

A decision letter is written into a municipality's template. Besides the grounds it holds the template's
furniture: the intro («Vi viser til søknaden din …»), the decision and the programme's period, the start date
and the first meeting with the caseworker, the evaluation meetings, the payment of kvalifiseringsstønad, the
appeal, the right to see the documents and the duty to report changes, a document said to be in the file, a
conversation referred to by its date and topic, and references to documents by name and date («se
arbeidsevnevurdering datert 12.03.2024»). None of it says why a criterion of § 29 is met for this person: it is
the same in every letter the template writes. Yet it holds what the rule otherwise takes for a reason — a date,
an amount, a number with a unit, «du» with a content word («Da møter du veilederen din på NAV …»: «faktum») —
and it names the programme («Første dag i programmet er …»).

This module declares the furniture, one ``Kind`` per kind, bokmål and nynorsk side by side, **by structure, not
by a template's words**: a sentence is furniture of a kind when it holds one of the kind's ``cues`` and *every*
word of it is one such a sentence is made of — the kind's ``words``, the ``SHARED`` words any sentence has
(function words, du/deg, numbers, dates, amounts, months, weekdays, the office's name after «NAV»). So «a
sentence whose only facts are the programme's start date», «… a meeting with the caseworker», «… a payment
rhythm». One word that is none of these — a diagnosis, an activity, a benefit, an age — and the sentence is
not furniture: «Programmet starter 01.03.2025 med norskkurs» is the programme's content, «Da møter du
veilederen din på NAV Sentrum» is not. A sentence with an age or a year of birth (the age criterion's own
facts), or naming a criterion other than the programme, is never furniture.
Round 19 (rule 4x): the same kinds in everyday words — «Når du er i programmet, får du penger», «Hver tredje måned
ser vi på planen sammen med deg», «Vi har sett på helsa di» (what was looked at, not what came out of it).

A **document reference** (``DOCUMENTS`` after a ``REFERENCE_CUES`` word or in brackets, with its date: «…, se
arbeidsevnevurdering datert 12.03.2024», «(jf. legeerklæring fra fastlegen av 3. mai 2024)») is furniture
inside a sentence: it is taken out and the rest is judged («Vi har vurdert at kvalifiseringsprogram er det
beste tilbudet til deg»: a bare conclusion). A reference that says what the document shows stays —
«Legeerklæringen fra 03.05.2024 viser at du bare tåler lett arbeid», «Vi har lagt vekt på legeerklæringen fra
03.05.2024: du har …» (a ``SHOWS`` word after it, or a colon).

How the rule uses it (classify.py, one hook): a sentence that is furniture is passed over as if it were not
there — it names nothing, grounds nothing, and neither begins nor breaks what the sentences around it say; a
sentence with a document reference is judged without it. Headings are not touched (a heading «Klage» still ends
the section above it), and the paragraphs keep their numbers. Terms are read as in vocabulary.py (word or lemma,
``*`` for any letters).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from audit.grounds import vocabulary as V
from audit.grounds.documents import document_basis, document_subject
from audit.grounds.procedure import DOCUMENTS
from audit.grounds.terms import TOKEN, Sentence, find_patterns, find_term, find_terms
from audit.grounds.topics import name_positions


@dataclass(frozen=True)
class Kind:
    key: str
    what: str  # what this furniture is
    cues: tuple[str, ...]  # one of these must stand in the sentence
    words: tuple[str, ...]  # the words such a sentence is made of (besides SHARED)
    # a negation («ikke», «ingen», «aldri») makes a sentence of this kind a statement about the person («Du har ikke
    # møtt til avtalene»), unless the kind's own sentences hold one («Hvis vi ikke endrer vedtaket, …»)
    negation_ok: bool = False
    # the criteria's names may stand in it: the sentence says a criterion was talked about, not what came out of it
    names_ok: bool = False


KINDS: tuple[Kind, ...] = (
    Kind(
        "intro", "the letter's opening: the application received, the conversations and the mapping it rests on "
                 "(«Vi viser til søknaden din, mottatt 02.01.2025, og samtalene med veilederen din»)",
        cues=("viser til", "syner til", "takk for", "vi har behandlet", "vi har handsama", "vi har handsamet",
              "vi har mottatt", "vi har motteke", "vi fikk", "vi fekk", "har søkt om", "søkte om", "du har søkt",
              "vedtaket bygger på", "vedtaket byggjer på", "på bakgrunn av", "på grunnlag av"),
        words=("vise", "viser", "syne", "syner", "takk", "søknad*", "søke", "søkte", "søkt", "søkje", "mottatt",
               "motteke", "motteken", "mottok", "fikk", "fekk", "behandlet", "behandla", "handsama", "handsamet",
               "samtal*", "*samtale", "*samtalen", "*samtalene", "*samtalane", "møte*", "kartlegging*", "*kartlegging",
               "*kartleggingen", "gjort", "gjennomført", "gjennomførte", "gjennomført*", "veileder*", "rettleiar*",
               "kontaktperson*", "saksbehandler*", "sakshandsamar*", "opplysning*", "dokument*", "innhentet",
               "innhenta", "kvalifiseringsprogram*", "program*", "arbeidsevnevurdering*", "vurdering*",
               "legeerklæring*", "erklæring*", "avholdt", "halde", "haldne", "holdt", "hatt", "tidligere", "tidlegare",
               "nylig", "nyleg", "sist", "siste", "behandle", "handsame", "sak", "saka", "saken", "vedtak*", "bygger",
               "byggjer", "bakgrunn", "grunnlag", "grunnlaget", "*møte", "*møtet", "*møta", "*møtene"),
    ),
    Kind(
        "decision", "the decision and the programme's period or start date («Du får kvalifiseringsprogram fra "
                    "01.03.2025 til 28.02.2026», «Oppstart: 01.03.2025», «Første dag i programmet er …», «Programmet "
                    "varer i ett år»)",
        cues=("innvilg*", "oppstart*", "oppstartsdato*", "starter", "startar", "start", "begynner", "byrjar",
              "første dag", "fyrste dag", "første dagen", "fyrste dagen", "gjelder fra", "gjeld frå", "gjelder frå",
              "periode*", "programperiode*", "varer", "varar", "varighet", "varigheit", "får kvalifiseringsprogram",
              "få kvalifiseringsprogram", "få delta", "fram til", "til og med", "forleng*"),
        words=("vedtak*", "søknad*", "innvilg*", "oppstart*", "oppstartsdato*", "start*", "begynn*", "byrj*",
               "første", "fyrste", "dag", "dagen", "gjelder", "gjeld", "periode*", "programperiode*", "vare", "varer",
               "varar", "varighet", "varigheit", "kvalifiseringsprogram*", "program*", "programmet", "delta",
               "deltakelse", "deltaking", "bestemt", "bestemme", "avgjort", "fram", "inntil", "forleng*", "året",
               "tidsrom*", "dato", "datoen", "kvp", "sluttdato*"),
    ),
    Kind(
        "meeting", "a meeting with the caseworker, its time and place («Da møter du veilederen din på NAV …», «Du "
                   "blir kalt inn til en samtale»)",
        cues=("møte", "møter", "møtes", "møtast", "møtet", "oppmøte", "*møte", "*møtet", "samtal*", "innkall*",
              "kalt inn",
              "kalla inn"),
        words=("møte*", "*møte", "*møtet", "møtast", "oppmøte", "samtal*", "*samtale", "*samtalen", "*samtalane", "innkall*", "kalt", "kalla", "kalle",
               "veileder*", "rettleiar*", "kontaktperson*", "saksbehandler*", "sakshandsamar*", "nav-kontor*",
               "kontor*", "kontoret", "adresse*", "klokka", "klokken", "klokkeslett", "time", "timen", "avtale*",
               "avtalt", "avtala", "legitimasjon", "ta med", "beskjed", "telefon*", "ring", "ringe", "ringer",
               "første", "fyrste", "oppstart*", "dag", "dagen", "sammen", "saman", "hjelpe", "hjelp"),
    ),
    Kind(
        "evaluation", "the evaluation of the plan or programme, its rhythm («Vi går gjennom planen sammen med deg minst "
                      "hver tredje måned», «Programmet skal evalueres …»)",
        cues=("evaluer*", "gå gjennom", "går gjennom", "gå igjennom", "går igjennom", "gjennomgang*", "revider*",
              "justere", "justeres", "justerast", "ser på", "ser vi på", "sjå på", "ser over", "snakker sammen", "snakkar saman", "snakke sammen",
              "snakke saman", "hvordan det går", "korleis det går"),
        words=("evaluer*", "gjennom", "igjennom", "gjennomgang*", "revider*", "juster*", "endre", "endres",
               "endrast", "plan", "planen", "planane", "planene", "aktivitetsplan*", "kvalifiseringsplan*",
               "program*", "programmet", "jevnlig*", "jamleg*", "regelmessig*", "minst", "annenhver", "annakvar",
               "andre", "tredje", "fjerde", "sjette", "måned*", "månad*", "uke", "uka", "uken", "veke", "veka",
               "sammen", "saman", "veileder*", "rettleiar*", "kontaktperson*", "første", "fyrste", "avtale*",
               "avtaler", "avtalar", "behov", "behovet", "ved behov", "underveis", "løpende", "løpande", "følge",
               "fylgje", "vurdere", "vurderes", "vurderast", "vurdering*", "evalueringsmøte*", "møte*",
               "ser", "sjå", "snakker", "snakkar", "snakke", "hvordan", "korleis", "går", "gått", "hvor", "bra"),
    ),
    Kind(
        "payment", "the kvalifiseringsstønad: its amount, how often it is paid, tax, timesheets, deductions for "
                   "absence («Pengene betales ut hver måned, og det trekkes skatt», «Fravær uten gyldig grunn gir "
                   "trekk i stønaden», «Du må levere timeliste hver 14. dag»)",
        cues=("kvalifiseringsstønad*", "stønad", "stønaden", "utbetal*", "betales", "betalast", "betalt", "betalte",
              "betaler", "skatt*", "trekk*", "trekt", "timeliste*", "oppmøteliste*", "frammøteliste*",
              "fremmøteliste*", "pengene", "pengane", "grunnbeløp*", "penger", "pengar"),  # round 19: everyday words (4x)
        words=("kvalifiseringsstønad*", "stønad*", "utbetal*", "betal*", "skatt*", "skattepliktig*", "trekk*", "trekt",
               "timeliste*", "oppmøteliste*", "frammøteliste*", "fremmøteliste*", "levere", "leverer", "leverast",
               "leveres", "penger", "pengene", "pengar", "pengane", "beløp*", "kroner", "krone", "brutto", "netto",
               "per", "året", "måned*", "månad*", "månedlig*", "månadleg*", "hver", "kvar", "annenhver", "annakvar",
               "dag", "dagen", "dager", "dagar", "uke", "uka", "uken", "veke", "veka", "fravær*", "fråvær*",
               "gyldig", "gyldug", "grunn", "sats*", "grunnbeløp*", "ganger", "gonger", "konto", "kontoen",
               "kontonummer*", "bankkonto*", "inn på", "utgjør", "utgjer", "redusert", "redusere*", "reduser*",
               "lavere", "lågare", "høyere", "høgare", "mindre", "tillegg*", "barnetillegg*", "forskudd*",
               "etterskudd*", "etterskot*", "forskot*", "fast*", "dato", "datoen", "regnes", "rekna", "reknast",
               "beregn*", "berekn*", "ut fra", "ut frå", "deltakelse", "deltaking", "oppmøte", "frammøte", "fremmøte",
               "*skatt", "forskuddstrekk*", "ugyldig", "ugyldug", "grunnlag", "grunnlaget", "etterskuddsvis",
               "forskuddsvis", "etterskotsvis", "forskotsvis", "trukket", "trekkes", "trekkjast", "vedtak*", "veileder*",
               "rettleiar*", "kontaktperson*", "kvalifiseringsprogram*", "program", "programmet", "heter", "heiter", "kalles", "kallast"),
    ),
    Kind(
        "appeal", "the right to appeal, the deadline, where to send it and who decides («Klagefristen er tre uker», "
                  "«Statsforvalteren avgjør klagen»)",
        cues=("klage*", "klag*", "klagefrist*", "klageinstans*", "klagerett*", "uenig", "usamd", "ueinig"),
        words=("klage*", "klag*", "klagefrist*", "klageinstans*", "frist*", "fristen", "uenig", "usamd", "ueinig",
               "uker", "veker", "ukene", "vekene", "mottok", "mottatt", "motteke", "fikk", "fekk", "brevet", "brev",
               "vedtak*", "sende*", "sendes", "sendast", "send", "statsforvalter*", "statsforvaltar*", "fylkesmann*",
               "avgjør*", "avgjer*", "avgjerd*", "endre*", "endrar", "endrer", "videre", "vidare", "digital*",
               "skriftlig*", "skriftleg*", "hjelp", "hjelpe", "grunngi*", "begrunne*", "nav.no", "forvaltningslov*",
               "oversend*", "behandl*", "handsam*", "omgjør*", "kontor*", "kontoret", "gjerne", "rett", "retten",
               "postadresse*", "adresse*", "innenfor", "innanfor", "innen", "innan", "dager", "dagar",
               "underretning*", "melding*", "gjelder", "gjeld", "sak", "saka", "saken", "utsett*", "oppsettende"),
        negation_ok=True,
    ),
    Kind(
        "access", "the right to see the documents, and whom to ask («Du har rett til å se dokumentene i saken din», "
                  "«Har du spørsmål, kan du kontakte oss»)",
        cues=("innsyn*", "se dokumentene", "sjå dokumenta", "se dokumenter", "sjå dokument", "spørsmål",
              "kontakt oss", "kontakte oss", "ta kontakt"),
        words=("innsyn*", "rett", "retten", "dokument*", "dokumenta", "saksdokument*", "sak", "saka", "saken",
               "lese", "spørsmål", "kontakt*", "ring", "ringe", "telefon*", "nav.no", "forvaltningslov*",
               "opplysning*", "veileder*", "rettleiar*", "kontaktperson*", "gjerne", "digital*", "skriftlig*",
               "skriftleg*", "vedtak*", "vedtaket", "brevet"),
    ),
    Kind(
        "document", "a document named, dated or placed, without what it shows («Vurderingen ligger i saken din», "
                    "«Arbeidsevnevurderingen er vedlagt»)",
        cues=("ligger i", "ligg i", "vedlagt", "vedlegg*", "følger med", "følgjer med", "ettersendt"),
        words=("ligge", "ligger", "ligg", "vedlagt", "vedlegg*", "følger", "følgjer", "sendt", "ettersendt", "mottatt",
               "motteke", "sak", "saka", "saken", "mappe*", "kopi", "kopien", "finne", "finner", "finn", "lese",
               "les", "datert", "dagsett", "brevet", "*vurdering", "*vurderinga", "*vurderingen", "vurdering",
               "vurderinga", "vurderingen", "arbeidsevnevurdering*", "legeerklæring*", "*erklæring", "*erklæringa",
               "*erklæringen", "kartlegging*", "*kartlegging", "*kartlegginga", "*kartleggingen", "rapport*",
               "*rapport", "*rapporten", "epikrise*", "uttalelse*", "attest*", "journal*", "notat*", "referat*",
               "aktivitetsplan*", "kvalifiseringsplan*", "plan", "planen", "dokument*", "vedtak*"),
    ),
    Kind(
        "conversation", "a conversation referred to by its date and what it was about, without what came out of it "
                        "(«I samtalen 24.03.2025 snakket vi om arbeidsevnen din»)",
        cues=("snakket", "snakka", "snakke", "pratet", "prata", "drøftet", "drøfta", "diskutert", "diskuterte",
              "gikk gjennom", "gjekk gjennom", "gått gjennom", "har sett på", "har lest", "har lese"),  # round 19 (4x)
        words=("samtal*", "*samtale", "*samtalen", "*samtalane", "*samtalene", "møte*", "veileder*", "rettleiar*",
               "kontaktperson*", "snakk*", "prat*", "drøft*", "diskut*", "gikk", "gjekk", "gått", "gjennom",
               "kartlegging*", "*kartlegging", "*kartleggingen", "*kartlegginga", "vilkår*", "sammen", "saman",
               "sett", "lest", "lese", "papir*", "papira", "papirene", "helse", "helsa", "helsen", "lege", "legen",
               "fastlege*", "kontoutskrift*", "utskrift*", "sendte", "sendt", "levert*"),
        names_ok=True,
    ),
    Kind(
        "duties", "the duty to tell the office about changes («Du har plikt til å gi beskjed om endringer i situasjonen "
                  "din», «Gi beskjed til veilederen din straks»)",
        cues=("plikt*", "opplysningsplikt*", "melde fra", "melde frå", "gi beskjed", "gje beskjed", "si fra",
              "si frå"),
        words=("plikt*", "opplysningsplikt*", "melde", "meld*", "beskjed", "endring*", "situasjon*", "forhold",
               "forholda", "forholdene", "straks", "snarest", "snarast", "opplysning*", "veileder*", "rettleiar*",
               "kontaktperson*", "kontor*", "møte", "møter", "avtale*", "gjelder", "gjeld", "viktig", "nav-kontor*"),
    ),
)
BY_KEY = {k.key: k for k in KINDS}

# Words every furniture sentence may hold whatever its kind: function words, the person, modal and auxiliary verbs,
# the office, numbers written as words, time words, months and weekdays (numbers, dates, amounts and punctuation
# always count as furniture's own). Words of one or two letters are never a fact («du», «på», «er»).
SHARED = (
    "deg", "din", "di", "ditt", "dine", "dykk", "dere", "oss", "vår", "vårt", "våre", "vi", "nav", "den", "det", "dei",
    "dem", "der", "som", "og", "eller", "men", "med", "mot", "til", "fra", "frå", "for", "før", "etter", "over",
    "under", "ved", "hos", "inn", "ut", "opp", "når", "hvis", "dersom", "viss", "om", "at", "kan", "kunne", "skal",
    "skulle", "vil", "ville", "må", "måtte", "bør", "får", "fått", "få", "fikk", "fekk", "gir", "gi", "gjer", "gjør",
    "har", "hadde", "hatt", "ha", "blir", "bli", "blitt", "vart", "vert", "ble", "blei", "være", "vere", "vært",
    "vore", "var", "også", "òg", "da", "då", "nå", "no", "så", "her", "dette", "denne", "disse", "desse",
    "hvor", "kor", "hva", "kva", "hvem", "kven", "alle", "hele", "heile", "noen", "nokon", "noko", "ingen", "ikke",
    "ikkje", "uten", "utan", "andre", "annen", "annan", "anna", "eit", "ein", "ett", "eitt", "en", "ei", "et",
    "én", "to", "tre", "fire", "fem", "seks", "sju", "syv", "åtte", "ni", "ti", "tolv", "fjorten", "hver", "kvar",
    "annenhver", "annakvar", "første", "fyrste", "siste", "neste", "år", "året", "dag", "dagen", "dato", "datoen",
    "datert", "dagsett", "klokka", "klokken", "kl", "per", "pr", "i", "tid", "tida", "tiden", "gang", "gongen",
    "gangen", "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "desember", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "måndag", "tysdag", "hilsen",
    "helsing", "mer", "meir", "informasjon", "praktisk", "praktiske", "enn", "samme", "same", "fjortende",
    "fjortande", "tredje", "fjerde", "sjette",
)

# A document named as a source (round 13; ``DOCUMENTS``, declared in procedure.py since round 22): taken out of the
# sentence when referred to by name (and date) without what it shows. A reference opens with one of REFERENCE_CUES or a bracket; it is the document's name, up to two
# words before it («se økonomisk kartlegging»), and after it a possessive, who wrote it («fra fastlegen»), a date
# word and a date — and then the clause ends (the sentence, a comma, a semicolon or a bracket ends).
REFERENCE_CUES = ("se", "sjå", "jf", "jfr", "jamfør", "viser til", "syner til", "i tråd med", "i samsvar med",
                  "basert på", "bygger på", "byggjer på", "beskrevet i", "beskrive i", "skildra i", "står i",
                  "omtalt i", "omtala i", "går fram av", "går frem av", "framgår av", "fremgår av", "som nevnt i",
                  "som nemnt i", "dokumentert i", "ifølge", "ifølgje")
# Who wrote a document: words that may stand after «fra»/«frå» in a reference («legeerklæring fra fastlegen»).
ISSUERS = ("lege*", "*lege", "*legen", "fastlege*", "psykolog*", "*psykolog", "spesialist*", "*spesialist",
           "sykehus*", "sjukehus*", "dps", "nav", "veileder*", "rettleiar*", "behandler*", "behandlar*",
           "arbeidsgiver*", "arbeidsgjevar*", "tiltaksarrangør*", "kommune*", "din", "di", "ditt")
DATE_WORDS = ("datert", "dagsett", "av", "fra", "frå", "den", "dato", "datoen", "sist", "fra den",
              "frå den", "fra dato", "i")
# A reference that goes on to say what the document shows is grounds, not furniture.
SHOWS = ("viser", "syner", "sier", "seier", "skriver", "beskriver", "skildrar", "konkluder*", "går fram", "går frem",
         "kommer fram", "kjem fram", "framgår", "fremgår", "bekrefter", "stadfester", "stadfestar", "dokumenterer",
         "anbefaler", "tilrår", "peker på", "peikar på", "opplyser", "står det", "står at")
# Round 16 (rule 4n): the verbs that say what an assessment rests on, and the conversations it may rest on.
SOURCES_CUES = ("bygger på", "byggjer på", "bygd på", "bygget på", "basert på", "baserer seg på", "byggjer seg på")
CONVERSATIONS = ("samtal*", "*samtale", "*samtalen", "*samtalene", "*samtalane", "møte*", "*møte", "*møtet",
                 "opplysning*", "egenvurdering*", "eigenvurdering*")
_CLAUSE_END = (".", ",", ";", ")", "!", "?")
# Negations that make a sentence a statement about the person (not «uten»: «fravær uten gyldig grunn»).
NEGATION = ("ikke", "ikkje", "ingen", "inga", "aldri", "ingenting")
_MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember")


# --------------------------------------------------------------------------- whole sentences


def furniture_kind(s: Sentence) -> str | None:
    """The kind of furniture the whole sentence is, or None (see the module's docstring)."""
    kinds = [k for k in KINDS if find_terms(k.cues, s)]
    if not kinds or _holds_a_ground(s, names_ok=any(k.names_ok for k in kinds)):
        return None
    if not all(k.negation_ok for k in kinds) and any(w in NEGATION for w in s.words):
        return None
    allowed = _allowed(tuple(k.key for k in kinds))
    office = _office_positions(s) | (name_positions(s) if any(k.names_ok for k in kinds) else set())
    for i, (w, lem) in enumerate(zip(s.words, s.lemmas)):
        if i in office or not w[:1].isalpha() or len(w) <= 2 or w.lower() in _MONTHS:
            continue
        if not _is_allowed(w, lem, allowed):
            return None
    return next((k.key for k in kinds if k.names_ok), kinds[0].key)


def _holds_a_ground(s: Sentence, names_ok: bool = False) -> bool:
    """An age or a year of birth, or a criterion other than the programme named (unless ``names_ok``): never
    furniture."""
    if find_patterns(("alder_i_år", "fødselsår"), s):
        return True
    return not names_ok and any(find_terms(c.names, s) for c in V.CRITERIA if c.key != "program")


@lru_cache(maxsize=None)
def _allowed(kinds: tuple[str, ...]) -> tuple[str, ...]:
    return SHARED + tuple(w for k in kinds for w in BY_KEY[k].words + BY_KEY[k].cues)


@lru_cache(maxsize=50_000)
def _word_in(word: str, lem: str, terms: tuple[str, ...]) -> bool:
    probe = Sentence(0, "", [word], [lem])
    return any(find_term(t, probe) for t in terms if " " not in t)


def _is_allowed(word: str, lem: str, allowed: tuple[str, ...]) -> bool:
    if _word_in(word, lem, allowed):
        return True
    # a two-word term of the kind («ta med», «inn på») covers its words
    return any(word in t.split() for t in allowed if " " in t)


def _office_positions(s: Sentence) -> set[int]:
    """The office's name: the capitalised words right after «NAV» («NAV Sentrum», «NAV Bergen sør» → Bergen)."""
    spans = _spans(s)
    if spans is None:
        return set()
    out: set[int] = set()
    for i, w in enumerate(s.words):
        if w == "nav":
            k = i + 1
            while k < len(s.words) and k <= i + 2:
                a, b = spans[k]
                if not s.text[a:b][:1].isupper():
                    break
                out.add(k)
                k += 1
    return out


def _spans(s: Sentence) -> list[tuple[int, int]] | None:
    """Character span of each word in ``s.text`` (None if the text does not give the words)."""
    spans = [m.span() for m in TOKEN.finditer(s.text)]
    return spans if len(spans) == len(s.words) else None


# --------------------------------------------------------------------------- document references


def _date_end(s: Sentence, k: int) -> int:
    """The position after a date starting at ``k`` («12.03.2024», «2024-03-12», «3. mai 2024», «mai 2024»), or ``k``."""
    w, n = s.words, len(s.words)
    if k < n and re.fullmatch(r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})|\d{4}-\d\d-\d\d", w[k]):
        return k + 1
    j = k
    if j + 2 < n and re.fullmatch(r"\d{1,2}", w[j]) and w[j + 1] == "." and w[j + 2] in _MONTHS:
        j += 2
    if j < n and w[j] in _MONTHS and j + 1 < n and re.fullmatch(r"(?:19|20)\d\d", w[j + 1]):
        return j + 2
    return j + 1 if j > k else k


def _reference_end(s: Sentence, d: int) -> int:
    """The end of a document reference whose name ends at ``d`` (exclusive): a possessive, who wrote it, a date."""
    n = len(s.words)
    j = d
    if j < n and s.words[j] in ("din", "di", "ditt", "dine"):
        j += 1
    if j + 1 < n and s.words[j] in ("fra", "frå") and _word_in(s.words[j + 1], s.lemmas[j + 1], ISSUERS):
        j += 2
        if j < n and s.words[j] in ("din", "di", "ditt"):
            j += 1
    j = document_basis(s, document_subject(s, j))
    for take_word in (True, False):
        k = j
        if take_word:
            if k < n and s.words[k] in ("fra", "frå") and k + 1 < n and s.words[k + 1] == "den":
                k += 1
            if not (k < n and s.words[k] in DATE_WORDS):
                continue
            k += 1
        e = _date_end(s, k)
        if e > k:
            return e
    return j


def _references(s: Sentence) -> list[tuple[int, int]]:
    """Word ranges of document references without what the document shows."""
    shows = [p for ps in find_terms(SHOWS, s).values() for p in ps]
    out = []
    n = len(s.words)
    cue_ends: dict[int, int] = {}
    for cue, starts in find_terms(REFERENCE_CUES, s).items():
        for p in starts:
            cue_ends[p + len(cue.split())] = min(cue_ends.get(p + len(cue.split()), p), p)
    # «jf.» and «(se …)»: the cue's full stop and an opening bracket belong to it
    for i, w in enumerate(s.words):
        if w == "(":
            cue_ends.setdefault(i + 1, i)
        if w == "." and i in cue_ends:
            cue_ends.setdefault(i + 1, cue_ends[i])
    for d in range(n):
        if not _word_in(s.words[d], s.lemmas[d], DOCUMENTS):
            continue
        start = next((cue_ends[c] for c in (d, d - 1, d - 2) if c in cue_ends
                      and all(s.words[x][:1].isalpha() for x in range(c, d))), None)
        if start is None:
            continue
        end = _reference_end(s, d + 1)
        if any(p > d for p in shows):
            continue  # «se legeerklæringen fra 03.05.2024, som viser at …»
        if end < n and s.words[end] not in _CLAUSE_END and s.words[end] != "og":
            continue
        if end < n and s.words[end] == ")" and start > 0 and s.words[start] != "(" and s.words[start - 1] == "(":
            start -= 1
        if end < n and s.words[end] == ")" and s.words[start] == "(":
            end += 1
        out.append((start, end))
        if end < n and s.words[end] == "og":  # «se arbeidsevnevurderingen og legeerklæringen»: one reference
            cue_ends[end + 1] = start
    merged: list[tuple[int, int]] = []
    for a, b in sorted(out):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _conversation_dates(s: Sentence) -> list[tuple[int, int]]:
    """Round 16 (rule 4n): a conversation or a meeting with its date inside a sentence («… i samtale 9. februar, og
    …», «På samarbeidsmøtet 19.08. med …») — the date says when the letter's facts were heard, as the furniture's
    «conversation» does for a whole sentence; the preposition before it, the word and the date are taken out."""
    out = []
    n = len(s.words)
    for d in range(n - 1):
        if not _word_in(s.words[d], s.lemmas[d], CONVERSATIONS[:6]):
            continue
        k = d + 1
        if re.fullmatch(r"\d{1,2}\.\d{1,2}\.?", s.words[k]):
            end = k + 1 + (k + 1 < n and s.words[k + 1] == "." and k + 2 < n)  # «12.03.»: its full stop too
        else:
            end = _date_end(s, k)
        if end > k:
            start = d - 1 if d > 0 and s.words[d - 1] in ("i", "på", "under", "etter") else d
            out.append((start, end))
    return out


def sources_listed(s: Sentence) -> bool:
    """Round 16 (rule 4n): the sentence says what an assessment rests on by naming its sources — a ``SOURCES_CUES``
    verb, then documents and conversations (``DOCUMENTS``, ``CONVERSATIONS``) with no «at»-clause, no colon and no
    ``SHOWS`` word after it: «Den bygger på samtaler med deg i mars, legeerklæring fra fastlegen din og rapport fra
    arbeidsutprøving hos …». Like a document reference it points to where the facts are, not to them. «Vurderingen
    bygger på at du har …» (what it rests on, rule 4j's basis) and «… legeerklæringen, som viser at …» are read."""
    start = len(s.lead.words) if s.lead is not None else 0
    own = Sentence(s.paragraph, "", s.words[start:], s.lemmas[start:])
    for cue, starts in find_terms(SOURCES_CUES, own).items():
        tail = Sentence(s.paragraph, "", own.words[starts[0] + len(cue.split()):],
                        own.lemmas[starts[0] + len(cue.split()):])
        if not tail.words or "at" in tail.words or ":" in tail.words or find_terms(SHOWS, tail):
            continue
        if find_terms(DOCUMENTS + CONVERSATIONS, Sentence(s.paragraph, "", tail.words[:3], tail.lemmas[:3])):
            return True
    return False


def without_furniture(s: Sentence) -> Sentence | None:
    """The sentence as the rule judges it: None when it is furniture (``furniture_kind``) or names only the sources of
    an assessment (``sources_listed``); else without its document references (the sentence itself when it has none).
    A list item is judged with its lead-in, as always."""
    if furniture_kind(s) is not None or sources_listed(s):
        return None
    refs = []
    for a, b in sorted(_references(s) + _conversation_dates(s)):
        if refs and a <= refs[-1][1]:
            refs[-1] = (refs[-1][0], max(b, refs[-1][1]))
        else:
            refs.append((a, b))
    spans = _spans(s) if refs else None
    if not refs or spans is None:
        return s
    start = len(s.lead.words) if s.lead is not None else 0
    drop = {i for a, b in refs for i in range(max(a, start), b)}
    if not drop:
        return s
    keep = [i for i in range(len(s.words)) if i not in drop]
    # the text without the references (a comma before one goes with it)
    pieces, last = [], 0
    for a, b in refs:
        a = max(a, start)
        if a >= b:
            continue
        ca = spans[a][0]
        if a > 0 and s.words[a - 1] == "," and (a - 1) not in drop:
            drop.add(a - 1)
            ca = spans[a - 1][0]
        pieces.append(s.text[last:ca])
        last = spans[b - 1][1]
    pieces.append(s.text[last:])
    keep = [i for i in range(len(s.words)) if i not in drop]
    if not any(s.words[i][:1].isalpha() and len(s.words[i]) > 2 for i in keep if i >= start):
        return None  # nothing but the reference: «Se aktivitetsplanen.»
    text = re.sub(r"\s+([.,;:)])", r"\1", " ".join(p.strip() for p in pieces if p.strip()))
    return Sentence(s.paragraph, text, [s.words[i] for i in keep], [s.lemmas[i] for i in keep], lead=s.lead)


__all__ = ["BY_KEY", "DOCUMENTS", "KINDS", "Kind", "REFERENCE_CUES", "SHARED", "SHOWS", "furniture_kind",
           "without_furniture"]
