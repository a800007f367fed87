"""An account of the office's procedure is no fact of the person (round 22, rules 7a–7e).

A decision in long formal prose tells, around its conclusion, how the case was handled: which documents were read
and when they are dated, where they came from and that they lie in the file, that they were gone through with the
applicant, that nothing came forth to the contrary, that the office sees no need to say more. None of it says
anything about the person: it is the same whatever the person's health, income or history. Yet it holds what the
rule otherwise takes for a fact — a date, «søker» beside a content word, a document's name that holds a health word
(«legeerklæring»), a truncated compound that holds a benefit («inntekts- og formuesforhold»). This module says, by
what a part of a sentence does, which parts are such an account:

- 7a ``document_dates``: a date or a year attached to a document, a register or the law dates that text, not an
  event of the person's life («arbeidsevnevurderingen datert 12.03.2024», «søknaden mottatt …», «dokumentasjonen
  som ble fremlagt …», «forarbeidene til lovendringen i 2019»);
- 7b ``blank``: a form's blank (a run of dots or underscores where the value should be) is a field left unfilled;
- 7c ``PROCEDURE``: the words of the case's handling (obtained, gone through, in connection with the case's
  handling, came forth, lies before) are no content, as the law's words are not;
- 7d ``no_objection``: «nothing has come forth that points otherwise» says no objection was raised — no fact and no
  gap in the assessment;
- 7e ``office_need``: «(ikke) nødvendig å gå nærmere inn på …» is whether the office needs to say more, not the
  programme's necessity.

The words are declared here as lemma classes of any author's formal prose, bokmål and nynorsk; classify.py, facts.py,
sentence.py and furniture.py apply them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.grounds import vocabulary as V
from audit.grounds.terms import TOKEN, Sentence, find_patterns, find_term, find_terms

# The case's documents (round 13, the furniture's document references; here since round 22): a document's name,
# date, subject and writer say where a fact is written, not the fact
DOCUMENTS = (
    "arbeidsevnevurdering*", "*vurdering", "*vurderinga", "*vurderingen", "legeerklæring*", "*erklæring",
    "*erklæringa", "*erklæringen", "erklæring*", "kartlegging*", "*kartlegging", "*kartlegginga", "*kartleggingen",
    "rapport*", "*rapport", "*rapporten", "epikrise*", "uttalelse*", "uttale", "uttalen", "fråsegn*", "attest*",
    "*attest", "*attesten", "journal*", "notat*", "*notat", "*notatet", "referat*", "*referat", "*referatet",
    "aktivitetsplan*", "kvalifiseringsplan*", "*plan", "*planen", "søknad*", "*søknad", "*søknaden", "vedtak*",
    "dokument*", "*dokument", "*dokumentet", "brev", "brevet", "*brev", "*brevet", "avtale*", "*avtale", "*avtalen",
    "samtalereferat*", "vurdering", "vurderinga", "vurderingen", "kartleggingssamtale*", "samtale*",
)

# 7a: what may stand between a document's (or the law's) name and its date: how it is dated («datert», «mottatt»,
# «fremlagt»), a relative clause of its receipt («som ble fremlagt»), who wrote it, its legal basis, brackets
DATE_LINKS = ("datert", "dagsett", "dagsette", "mottatt", "motteke", "motteken", "mottekne", "mottok", "fremlagt",
              "framlagt", "lagt", "lagd", "lagde", "fram", "frem", "innkommet", "innkome", "kontrollert", "kontrollerte",
              "registrert", "registrerte", "innhentet", "innhenta", "levert", "sendt", "skrevet", "skrive", "skriven",
              "utferdiget", "gjort", "gjord", "gjennomført", "gjennomførte", "av", "fra", "frå", "den", "i", "per", "pr",
              "som", "ble", "blei", "vart", "er", "var", "har", "(", ",", "§", "etter", "jf", "jfr", "a", "nr", "ledd",
              "første", "andre", "fastlegen", "legen", "behandler", "behandlar", "dato", "datoen")
DATE_LINK_REACH = 8
# the texts a date may date besides the case's documents (furniture.DOCUMENTS): registers and the law
SOURCES = ("*register", "*registeret", "*registera", "register*", "a-ordning*", "skatteetat*", "folkeregister*",
           "lovendring*", "lovending*", "forarbeid*", "førearbeid*", "rundskriv*", "forskrift*", "*test", "*testen",
           "*testa", "skjema*", "*skjema", "*skjemaet")

# 7c: the words of the case's handling in formal prose — what was obtained, checked, gone through, placed before the
# office or came forth, in connection with which step — no content, as the law's words are not (vocabulary.NOT_A_FACT)
PROCEDURE = (
    "saksbehandling*", "sakshandsaming*", "saksgang*", "forbindelse", "samband", "herunder", "øvrig*", "sakens",
    "saksdokument*", "dokumentasjon*", "innhent*", "innhenta", "gjennomgått", "gjennomgang*", "gjennomgå", "gjennomgår",
    "gjennomført*", "foreligg*", "ligg", "ligger", "fremkom*", "framkom*", "fremgå*", "framgå*", "fremlagt", "framlagt",
    "kontrollert*", "registrert*", "ferdigstil*", "drøft*", "utløp*", "frist*", "saksbehandlingsfrist*",
    "retningslinje*", "godtgjort", "godtgjere", "tilsier", "tilseier", "tilsi", "tilseie", "annerledes", "annleis",
    "ytterligere", "ytterlegare", "nærmere", "nærare", "begge", "lys", "henhold", "samsvar", "tråd", "utgangspunkt*",
    "sammenheng", "samanheng", "mottatt", "motteke", "motteken", "mottekne", "konklusjon*", "omtvist*",
    "tilgjengelig*", "tilgjengeleg*", "fagsystem*", "kjent", "kjend", "uttrykk", "anført", "anførte", "opplyst",
    # the nynorsk forms of the procedure words NOT_A_FACT declares in bokmål, and the office's genitive
    "opplysing*", "samtal*", "reine", "føre", "kjenner", "kjenne", "navs", "foretatt", "foreta", "foreteke", "innen",
    "innan",
    # referring to a source and obtaining it («viser til», «hentet fra»)
    "vise", "viser", "vises", "visast", "vist", "syne", "syner", "hentet", "henta", "hente",
)

# 7d: nothing against it — a negation, within reach, a word for information or circumstances, «som», and a verb of
# pointing («ingen opplysninger som tilsier …», «ikke forhold i saken som gir grunn til …»)
NO_OBJECTION_NEGATION = ("ikke", "ikkje", "ingen", "inga", "verken", "hverken", "korkje")
NO_OBJECTION_MATTER = ("forhold", "forholda", "forholdene", "tilhøve", "tilhøva", "opplysning*", "opplysing*",
                       "omstendighet*", "omstende", "noe", "noko", "momenter", "moment")
NO_OBJECTION_POINTS = ("tilsier", "tilseier", "tilsa", "gir", "gjev", "gav", "gjeve", "gitt", "taler", "talar", "tyder",
                       "peker", "peikar", "endrer", "endrar")
NO_OBJECTION_REACH = 14

# 7f: a source named by its subject (rule 4s) wherever it stands — information, a document, an extract «om» a matter
SOURCE_NOUNS = ("opplysning*", "opplysing*", "informasjon*", "oversikt*", "oversyn*")
# 7g: the head of a category (rule 5g) that a truncated compound before it shares («inntekts- og formuesforhold»)
CATEGORY_HEADS = ("*forhold", "*forholda", "*forholdene", "*tilhøve", "*tilhøva", "*situasjon", "*situasjonen")

# 7j: an age of childhood («siden skolealder») is a time in the person's past, not the age the criterion asks
CHILDHOOD_AGES = ("skolealder*", "skulealder*", "barnealder*", "barnehagealder*", "ungdomsalder*", "tenårsalder*")

# 7e: the criterion's adjective with an infinitive or «med» after it is the office's need to do something
OFFICE_NEED = ("nødvendig", "naudsynt", "naudsynleg")


@lru_cache(maxsize=1)
def _documents() -> tuple[str, ...]:
    return DOCUMENTS + SOURCES


@lru_cache(maxsize=100_000)
def _is(word: str, lem: str, terms: tuple[str, ...]) -> bool:
    probe = Sentence(0, "", [word], [lem])
    return any(find_term(t, probe) for t in terms if " " not in t)


def document_dates(s: Sentence) -> set[int]:
    """7a: the positions of the dates and years (patterns «dato», «årstall») that date a document, a register or the
    law named just before them — with only how it is dated, its receipt, its writer or its legal basis between."""
    hits = find_patterns(("dato", "årstall"), s)
    if not hits:
        return set()
    out: set[int] = set()
    docs = _documents()
    for p in (p for ps in hits.values() for p in ps):
        for k in range(p - 1, max(-1, p - 1 - DATE_LINK_REACH), -1):
            w = s.words[k]
            if w[:1].isdigit() or w in DATE_LINKS or re.fullmatch(r"[\w-]*lov\w*|[\w-]*lova", w):
                if _is(w, s.lemmas[k], docs):
                    out.add(p)
                    break
                continue
            if _is(w, s.lemmas[k], docs):
                out.add(p)
            break
    return out


def concrete_patterns(s: Sentence, names: tuple[str, ...] = V.CONCRETE) -> dict[str, list[int]]:
    """The concrete patterns of a sentence (a date, a year, an amount …) without the dates of documents (7a)."""
    hits = find_patterns(names, s)
    if not hits or not ({"dato", "årstall"} & set(hits)):
        return hits
    drop = document_dates(s)
    out = {k: [p for p in ps if p not in drop] if k in ("dato", "årstall") else ps for k, ps in hits.items()}
    return {k: ps for k, ps in out.items() if ps}


_BLANK = re.compile(r"…|\.{4,}|_{3,}")


def blank(s: Sentence) -> bool:
    """7b: a form's blank — a run of dots or underscores («kr ………… i inntekt per måned», «Sted: ……») — is a field left
    unfilled: the sentence names what it names and says nothing of it (as 4q's «[fyll inn]»)."""
    return bool(_BLANK.search(s.text))


def after_blank(s: Sentence) -> Sentence | None:
    """7b: what follows a blank that ends a field («Nødvendig og hensiktsmessig: ____ Du fylte 35 år i år, …»): a new
    sentence, opening with a capital, that the missing full stop ran into the empty field — judged by itself. None when
    the blank stands inside the sentence, where its value should be."""
    last = None
    for last in _BLANK.finditer(s.text):
        pass
    if last is None or s.lead is not None:
        return None
    tail = s.text[last.end():].lstrip(" .…_")
    if not tail[:1].isupper() or len(tail.split()) < 3 or len(TOKEN.findall(s.text)) != len(s.words):
        return None
    k = len(s.words) - len(TOKEN.findall(tail))
    return Sentence(s.paragraph, tail, s.words[k:], s.lemmas[k:])


def procedure_word(word: str, lem: str) -> bool:
    """7c: a word of the case's handling (``PROCEDURE``)."""
    return _is(word, lem, PROCEDURE)


def no_objection(s: Sentence, i: int) -> bool:
    """7d: the negation at ``i`` denies that anything came forth against the conclusion — a word for information or
    circumstances after it and a relative clause that would point elsewhere («det er ikke opplyst om forhold som
    tilsier at …», «det er verken … fremkommet forhold som gir grunn til å vurdere dette annerledes»)."""
    if s.words[i] not in NO_OBJECTION_NEGATION:
        return False
    window = s.words[i + 1:i + 1 + NO_OBJECTION_REACH]
    lems = s.lemmas[i + 1:i + 1 + NO_OBJECTION_REACH]
    for k, (w, lem) in enumerate(zip(window, lems)):
        if w in (".", ";"):
            return False
        if _is(w, lem, NO_OBJECTION_MATTER):
            rest = window[k + 1:k + 6]
            if "som" in rest and any(x in NO_OBJECTION_POINTS for x in rest[rest.index("som") + 1:rest.index("som") + 3]):
                return True
    return False


def no_objection_positions(s: Sentence) -> set[int]:
    """7d: the words of a «nothing against it» clause, from its negation to the sentence's end."""
    for i in range(len(s.words)):
        if no_objection(s, i):
            return set(range(i, len(s.words)))
    return set()


def childhood_age(s: Sentence, p: int) -> bool:
    """7j: the word at ``p`` is an age of childhood («lese- og skrivevansker som har fulgt deg siden skolealder»): a
    time in the person's past, not the working age the criterion names."""
    return _is(s.words[p], s.lemmas[p], CHILDHOOD_AGES)


def office_need(s: Sentence, p: int) -> bool:
    """7e: the necessity word at ``p`` governs an infinitive or «med» («ikke nødvendig å gå nærmere inn på vilkåret»,
    «ikkje naudsynt med ei nærare drøfting»): whether the office needs to do something, not the programme's
    necessity."""
    return s.words[p] in OFFICE_NEED and p + 1 < len(s.words) and s.words[p + 1] in ("å", "med")


def source_subjects(s: Sentence) -> set[int]:
    """7f: the words of a source's name besides its noun — its subject («opplysningene om inntekt og ytelser som er
    innhentet …», «rapporten om arbeidsutprøvinga») and who wrote it («rapporten fra arbeidsutprøvingen», «fråsegn frå
    behandlar») — say what the source is about and where it came from, not what it holds, wherever the source stands
    (rule 4s read them only after a reference cue). Not a clause («opplysninger om at du …») nor the person («om deg»)."""
    out: set[int] = set()
    n = len(s.words)
    for d in range(n - 2):
        if s.words[d + 1] not in ("om", "fra", "frå") or not _is(s.words[d], s.lemmas[d], _source_nouns()):
            continue
        k = d + 2
        while k < n and k <= d + 1 + SUBJECT_WORDS and s.words[k][:1].isalpha() and s.words[k] not in SUBJECT_ENDS:
            if s.words[k] in ("at", "om", "hvorvidt", "kvarvidt", "der") or s.words[k] in V.PERSON:
                k = d + 2
                break
            k += 1
        out.update(range(d + 2, k))
    return out


SUBJECT_WORDS = 4
SUBJECT_ENDS = ("som", "etter", "jf", "jfr", "fra", "frå", "datert", "dagsett", "av", "og", "eller", "i", "til", "ved",
                "viser", "syner", "er", "var", "har", "ble", "vart")


@lru_cache(maxsize=1)
def _source_nouns() -> tuple[str, ...]:
    return _documents() + SOURCE_NOUNS


def source(word: str, lem: str) -> bool:
    """7c: a source (a document, information, a register) or a word of the case's handling: «på bakgrunn av
    opplysningene i Folkeregisteret» points to where the facts are, it states no cause."""
    return _is(word, lem, _source_nouns()) or _is(word, lem, PROCEDURE)


def document_names(s: Sentence) -> set[int]:
    """7c: a document's name («legeerklæringen», «rapporten», «arbeidsevnevurderinga») says where a fact is written, not
    the fact."""
    docs = _documents()
    return {i for i, (w, lem) in enumerate(zip(s.words, s.lemmas)) if _is(w, lem, docs)}


# 7i: the verbs by which a case's document reports its finding, before «at» («Vurderingen viser at søker har ADHD»)
REPORTS = ("viser", "viste", "syner", "synte", "bekrefter", "bekrefta", "stadfester", "stadfestar", "dokumenterer",
           "dokumenterar", "konkluderer", "konkluderar", "fremgår", "framgår", "slår", "fastslår", "beskriver", "skildrar")


def reports_finding(s: Sentence) -> bool:
    """7i: a case's document (not the law's text) reports what it found about this person — its name, then a verb of
    reporting and «at» («Vurderingen viser at søker har ADHD, noe som begrenser hva slags arbeid han kan utføre»): what
    follows is this case's record, not the law in general terms, whatever modal it holds."""
    for i in range(1, len(s.words) - 1):
        if s.words[i] in REPORTS and "at" in s.words[i + 1:i + 3] \
                and any(_is(w, lem, DOCUMENTS) for w, lem in zip(s.words[:i], s.lemmas[:i])):
            return True
    return False


CASE = ("saken", "saka", "søknaden", "søknaden", "saka", "søknaden din")


def case_acts(s: Sentence) -> set[int]:
    """7c: a noun of an act done to the case («behandlingen av saken», «handsaminga av søknaden») is the case's
    handling, whatever its noun elsewhere means (a treatment)."""
    return {p for p in range(len(s.words) - 2) if s.words[p + 1] in ("av", "i") and s.words[p + 2] in CASE}


def account_positions(s: Sentence) -> set[int]:
    """The words of a sentence that give an account of the case's handling, not of the person (7c, 7d, 7f, 7g). A
    document that reports its finding («en legeerklæring som viser at du har ADHD», 7i) is the finding's source, as the
    furniture keeps a reference that says what the document shows: its name stays."""
    names = set() if reports_finding(s) else document_names(s)
    return names | source_subjects(s) | no_objection_positions(s) | truncated_category(s) | case_acts(s)


def truncated_category(s: Sentence) -> set[int]:
    """7g: a truncated compound («inntekts-») shares the head of the compound after «og» / «eller»: when that head is a
    category («-forhold», «-situasjon»: 5g), the first part names a matter too, not the fact its stem would be."""
    out: set[int] = set()
    for i in range(len(s.words) - 2):
        if s.words[i].endswith("-") and s.words[i + 1] in ("og", "eller") \
                and _is(s.words[i + 2], s.lemmas[i + 2], CATEGORY_HEADS):
            out.add(i)
    return out


__all__ = ["childhood_age", "after_blank", "reports_finding", "DOCUMENTS", "source", "account_positions", "document_names", "source_subjects", "truncated_category", "PROCEDURE", "blank", "concrete_patterns", "document_dates", "no_objection", "no_objection_positions",
           "office_need", "procedure_word"]
