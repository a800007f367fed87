"""Exports with headers and values nav-audit has never seen, to measure ``nav-audit map``.

Each :class:`HeaderSet` renames the canonical columns of the committed samples (the rows
are the samples' rows) and writes their values the way another case system might:
abbreviations, English, extra words and odd punctuation, the KOSTRA field descriptions'
wording. None of these headers is in audit/onboarding/names.py verbatim (a test checks).
``truth`` is what a person would map: header -> canonical column (None: not a canonical
column), and per category/boolean column the export's words -> canonical values.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from audit.datasets import get_dataset

SAMPLES = Path(__file__).resolve().parent.parent / "sample_data"

_KVP_STATUS_NB = {"Fortsatt i program": "1", "Permisjon/avtalt avbrudd": "2", "Fullført/avsluttet etter avtale": "3",
                  "Varig avbrutt pga. uteblivelse": "4", "Avbrutt pga. flytting": "5", "Flyttet til annen bydel": "6",
                  "Avsluttet etter avbrudd": "7"}
_OUTCOME_NB = {"Arbeid": "work", "Arbeid med lønnstilskudd": "work_subsidised", "Utdanning": "education",
               "Arbeidsavklaringspenger": "aap", "Uføretrygd": "disability", "Økonomisk sosialhjelp": "social_assistance",
               "Annet": "other", "Ukjent": "unknown"}
_DECISION_NB = {"Innvilget": "granted", "Avslag": "refused", "Delvis innvilget": "partly"}


def _canonical_rows(dataset: str) -> list[dict]:
    """The sample export's rows with canonical names and canonical values (dates as date, booleans as bool)."""
    import yaml

    folder = SAMPLES / dataset
    mapping = yaml.safe_load((folder / f"{dataset}_mapping.yaml").read_text(encoding="utf-8"))
    ds = get_dataset(dataset)
    enc = mapping.get("encoding", "utf-8-sig")
    with open(folder / f"{dataset}_saker.csv", encoding=enc, newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    by_header = {h: c for c, h in mapping["columns"].items()}
    out = []
    for row in rows:
        rec = {}
        for header, raw in row.items():
            canon = by_header.get(header)
            if canon is None:
                continue
            col = ds.column(canon)
            v = (raw or "").strip()
            if not v:
                rec[canon] = None
            elif col.type == "date":
                rec[canon] = dt.datetime.strptime(v, "%d.%m.%Y").date()
            elif col.type == "boolean":
                rec[canon] = v.lower() == "ja"
            elif canon == "status":
                rec[canon] = _KVP_STATUS_NB[v]
            elif canon == "outcome":
                rec[canon] = _OUTCOME_NB[v]
            elif canon == "decision":
                rec[canon] = _DECISION_NB[v]
            else:
                rec[canon] = v
        out.append(rec)
    return out


@dataclass
class HeaderSet:
    name: str
    dataset: str
    headers: dict[str, str]  # canonical -> header in this export
    date_format: str = "%d.%m.%Y"
    words: dict[str, dict[str, str]] = field(default_factory=dict)  # canonical column -> {canonical value: word}
    booleans: tuple[str, str] = ("Ja", "Nei")
    noise: tuple[str, ...] = ("Merknad",)  # headers that are no canonical column

    def cell(self, canon: str, value) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return self.booleans[0] if value else self.booleans[1]
        if isinstance(value, dt.date):
            return value.strftime(self.date_format)
        if canon in self.words:
            return self.words[canon][value]
        return str(value)

    def write(self, folder: Path, delimiter: str = ";") -> Path:
        rows = _canonical_rows(self.dataset)
        path = folder / f"{self.name}.csv"
        with open(path, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter=delimiter)
            w.writerow([*self.headers.values(), *self.noise])
            for i, rec in enumerate(rows):
                w.writerow([*(self.cell(c, rec.get(c)) for c in self.headers), *(f"notat {i % 7}" for _ in self.noise)])
        return path

    def truth_columns(self) -> dict[str, str | None]:
        out: dict[str, str | None] = {h: c for c, h in self.headers.items()}
        out.update({h: None for h in self.noise})
        return out

    def truth_values(self) -> dict[str, dict[str, object]]:
        """canonical column -> {export word: canonical value} for category and boolean columns."""
        ds = get_dataset(self.dataset)
        out: dict[str, dict[str, object]] = {}
        for canon in self.headers:
            col = ds.column(canon)
            if col.type == "boolean":
                out[canon] = {self.booleans[0]: True, self.booleans[1]: False}
            elif col.type == "category":
                used = {r.get(canon) for r in _canonical_rows(self.dataset)} - {None}
                words = self.words.get(canon, {})
                out[canon] = {words.get(v, v): v for v in used}
        return out


KOSTRA_STATUS = {"1": "Fortsatt i program", "2": "Permisjon/avtalt avbrudd fra program",
                 "3": "Fullført program eller avsluttet etter avtale", "4": "Program er varig avbrutt på grunn av uteblivelse",
                 "5": "Program ble avbrutt på grunn av flytting til annen kommune",
                 "6": "Kun for Oslos bydeler: Flyttet til annen bydel før programperioden var over",
                 "7": "Deltakerens program er avsluttet etter avbrudd"}
KOSTRA_OUTCOME_CODES = {"work": "01", "work_subsidised": "11", "education": "04", "aap": "14", "disability": "13",
                        "social_assistance": "16", "other": "10", "unknown": "17"}

SETS: list[HeaderSet] = [
    HeaderSet(
        "kvp_abbreviations", "kvp",
        {"case_id": "Saksnr.", "municipality": "Komm.nr", "office": "Kontor", "caseworker": "Sbh",
         "birth_date": "F.dato", "first_contact_date": "Klient f.o.m.", "kvp_informed_date": "Info KVP",
         "application_date": "Reg.dato søknad", "preliminary_reply_date": "Forel. svar",
         "work_ability_assessment_date": "AEV dato", "decision_date": "Vedt.dato", "decision": "Vedt.",
         "ground_age": "Begr. alder", "ground_work_ability": "Begr. arb.evne", "ground_benefits": "Begr. ytelser",
         "ground_necessity": "Begr. nødv./hensiktsm.", "ground_program": "Begr. tilp. progr.",
         "appeal_info": "Klageadg.", "planned_end_date": "Pl. sluttdato", "program_start_date": "Progr.start",
         "first_activity_date": "1. aktivitet", "evaluations_planned": "Ant. eval.", "hours_per_week": "T/uke",
         "extension_decision_date": "Forl. vedtak", "extension_reason": "Forl. begr.", "end_date": "Avsl.dato",
         "status": "Stat. KOSTRA", "outcome": "Sit. e. progr."},
        date_format="%d.%m.%y",
        words={"decision": {"granted": "I", "refused": "A"},
               "status": {c: c for c in "1234567"},
               "outcome": {"work": "Arb", "work_subsidised": "Lønnstilsk.", "education": "Skole", "aap": "AAP",
                           "disability": "Uføre", "social_assistance": "Sos.hjelp", "other": "Annet", "unknown": "Ukj."}},
        booleans=("J", "N"),
        noise=("Merk.", "Team"),
    ),
    HeaderSet(
        "kvp_english", "kvp",
        {"case_id": "Case reference", "municipality": "Municipality no", "office": "NAV office", "caseworker": "Case officer ID",
         "birth_date": "Date of birth", "first_contact_date": "Client since", "kvp_informed_date": "Informed about KVP on",
         "application_date": "Application received on", "preliminary_reply_date": "Interim reply sent",
         "work_ability_assessment_date": "Work ability assessed", "decision_date": "Decision made on",
         "decision": "Decision", "ground_age": "Grounds: age", "ground_work_ability": "Grounds: reduced work ability",
         "ground_benefits": "Grounds: no or limited benefits", "ground_necessity": "Grounds: necessary and appropriate",
         "ground_program": "Grounds: adapted programme offered", "appeal_info": "Appeal rights stated",
         "planned_end_date": "Planned programme end", "program_start_date": "Programme started",
         "first_activity_date": "First activity held", "evaluations_planned": "Evaluations in plan",
         "hours_per_week": "Weekly hours", "extension_decision_date": "Extension decided on",
         "extension_reason": "Why extended", "end_date": "Programme ended on", "status": "Participant status 31 Dec",
         "outcome": "Situation after programme"},
        date_format="%d/%m/%Y",
        words={"decision": {"granted": "Granted", "refused": "Rejected"},
               "status": {"1": "Still in programme", "2": "On leave", "3": "Completed", "4": "Dropped out",
                          "5": "Moved away", "6": "Moved to another district", "7": "Ended after interruption"},
               "outcome": {"work": "Employment", "work_subsidised": "Wage subsidy", "education": "Education",
                           "aap": "AAP", "disability": "Disability benefit", "social_assistance": "Social assistance",
                           "other": "Other", "unknown": "Unknown"}},
        booleans=("Yes", "No"),
        noise=("Comment", "Team name"),
    ),
    HeaderSet(
        "kvp_extra_words", "kvp",
        {"case_id": "SAKSNUMMER (pseudonymisert)", "municipality": "kommune-nr.", "office": "NAV-kontor / bydel",
         "caseworker": "saksbehandler_ident", "birth_date": "FØDSELSDATO", "first_contact_date": "Dato klientforhold startet",
         "kvp_informed_date": "Dato bruker ble informert om KVP", "application_date": "Dato søknad registrert i fagsystemet",
         "preliminary_reply_date": "Dato for foreløpig svar (fvl. § 11 a)",
         "work_ability_assessment_date": "Dato arbeidsevnevurdering ferdigstilt", "decision_date": "Dato for vedtaket",
         "decision": "Vedtak (innvilget/avslag)", "ground_age": "begrunnet_alder",
         "ground_work_ability": "begrunnet_arbeidsevne", "ground_benefits": "begrunnet_ytelser",
         "ground_necessity": "begrunnet_nodvendig_hensiktsmessig", "ground_program": "begrunnet_tilpasset_program",
         "appeal_info": "Er bruker informert om klageadgang?", "planned_end_date": "Planlagt sluttdato for programmet",
         "program_start_date": "Dato programstart (iverksatt)", "first_activity_date": "Dato første aktivitet i programmet",
         "evaluations_planned": "Antall evalueringer i programplanen", "hours_per_week": "Timer pr. uke (plan)",
         "extension_decision_date": "Dato vedtak om forlengelse av program", "extension_reason": "Forlengelse – begrunnelse",
         "end_date": "Dato programmet ble avsluttet", "status": "Status pr. 31.12 (KOSTRA)",
         "outcome": "Situasjon etter avsluttet program"},
        date_format="%Y-%m-%d",
        words={"decision": {"granted": "INNVILGET", "refused": "AVSLAG"},
               "status": {c: f"{c} - {t}" for c, t in KOSTRA_STATUS.items()},
               "outcome": {"work": "ORDINÆRT ARBEID", "work_subsidised": "ARBEID MED LØNNSTILSKUDD",
                           "education": "SKOLE/UTDANNING", "aap": "ARBEIDSAVKLARINGSPENGER", "disability": "UFØRETRYGD",
                           "social_assistance": "ØKONOMISK SOSIALHJELP", "other": "ANNET", "unknown": "UKJENT"}},
        booleans=("JA", "NEI"),
        noise=("Merknad fra saksbehandler", "Oppfølgingsteam"),
    ),
    HeaderSet(
        "kvp_kostra_wording", "kvp",
        {"municipality": "Kommunenummer", "office": "Bydelsnummer", "caseworker": "Saksbehandlernummer",
         "birth_date": "Fødselsdato (DDMMÅÅÅÅ)", "case_id": "Journalnummer",
         "application_date": "Hvilken dato ble søknaden registrert ved NAV-kontoret? DDMMÅÅ",
         "decision_date": "Hvilken dato ble det fattet vedtak om program (søknad innvilget)? DDMMÅÅ",
         "program_start_date": "Hvilken dato begynte deltakeren i program (iverksettelse)? DDMMÅÅ",
         "status": "Hva er status for deltakelsen i kvalifiseringsprogrammet per 31.12.2025?",
         "end_date": "Hvilken dato avsluttet deltakeren programmet? (gjelder ikke for permisjoner) (DDMMÅÅ)",
         "outcome": "Hva var deltakerens viktigste inntektskilde umiddelbart etter avslutningen? (Kun ett kryss)"},
        date_format="%d%m%Y",
        words={"status": KOSTRA_STATUS, "outcome": KOSTRA_OUTCOME_CODES},
        noise=("Kjønn",),
    ),
    HeaderSet(
        "stonad_english", "stonad",
        {"application_id": "Application no.", "case_id": "Client ref", "municipality": "Municipality code",
         "office": "Office", "caseworker": "Handler", "birth_date": "DOB", "received_date": "Received",
         "emergency": "Emergency?", "preliminary_reply_date": "Prelim. reply", "decision_date": "Decided",
         "decision": "Outcome", "period_start": "Period from", "period_end": "Period to",
         "conditions_set": "Activity conditions set", "exception_20a_date": "Exemption date",
         "exception_20a_reason": "Exemption reason", "children_in_household": "No. of children",
         "child_benefit_as_income": "Child benefit counted as income", "months_on_assistance": "Months on assistance (last 12)",
         "kvp_informed_date": "KVP info date", "follow_up_meeting_date": "First follow-up"},
        date_format="%d/%m/%Y",
        words={"decision": {"granted": "Approved", "partly": "Partially granted", "refused": "Rejected"}},
        booleans=("Y", "N"),
        noise=("Benefit type", "Notes"),
    ),
    HeaderSet(
        "stonad_kostra_wording", "stonad",
        {"municipality": "Kommunenummer", "office": "Bydelsnummer", "caseworker": "Saksbehandlernummer",
         "application_id": "Søknadsnummer i fagsystemet", "case_id": "Journalnummer", "birth_date": "Fødselsdato (DDMMÅÅÅÅ)",
         "received_date": "Dato søknaden ble mottatt",
         "conditions_set": "I forbindelse med vedtak om utbetaling av stønad, stilles det vilkår til mottakeren "
                           "etter sosialtjenesteloven?",
         "decision_date": "Oppgi utbetalingsvedtakets dato (DDMMÅÅÅÅ)",
         "period_end": "Oppgi utbetalingsvedtakets til og med dato (DDMMÅÅÅÅ)",
         "exception_20a_date": "Unntak for mottaker under 30 år. Oppgi vedtaksdato (DDMMÅÅÅÅ)",
         "exception_20a_reason": "Begrunnelse for første unntak fra sosialtjenestelovens § 20a",
         "children_in_household": "Hvor mange barn under 18 år har mottakeren forsørgerplikt for?"},
        date_format="%d%m%Y",
        booleans=("1", "2"),
        noise=("Kjønn", "Hva er mottakerens bosituasjon ved siste kontakt?"),
    ),
]

SETS.append(HeaderSet(
    "kvp_typos_mixed", "kvp",
    {"case_id": "Saksnumer", "municipality": "Kommune (nr)", "office": "Kontorets navn", "caseworker": "Ansvarlig veileder",
     "birth_date": "Født (dato)", "first_contact_date": "Dato 1. kontakt med kontoret", "kvp_informed_date": "KVP-informasjon gitt",
     "application_date": "Søknadsdato (mottatt)", "preliminary_reply_date": "Foreløpig svar gitt dato",
     "work_ability_assessment_date": "Arbeidsevnevurd. dato", "decision_date": "Vedtaksdatoen", "decision": "Resultat av søknaden",
     "ground_age": "Alderskriteriet begrunnet", "ground_work_ability": "Nedsatt arbeids- og inntektsevne begrunnet",
     "ground_benefits": "Ingen/svært begrensede ytelser begrunnet", "ground_necessity": "Nødvendig/hensiktsmessig begrunnet",
     "ground_program": "Tilpasset program kan tilbys (begrunnet)", "appeal_info": "Vedtaket opplyser om klagerett",
     "planned_end_date": "Programmet innvilget til", "program_start_date": "Oppstartdato program",
     "first_activity_date": "Første programaktivitet gjennomført", "evaluations_planned": "Evalueringstidspunkt (antall)",
     "hours_per_week": "Ukentlig timeantall", "extension_decision_date": "Forlenget (vedtaksdato)",
     "extension_reason": "Særlige grunner for forlengelse", "end_date": "Faktisk sluttdato",
     "status": "KVP-status ved årsskiftet", "outcome": "Resultat etter KVP"},
    date_format="%d.%m.%Y",
    words={"decision": {"granted": "Innvilga", "refused": "Avslått"},
           "status": {"1": "Aktiv", "2": "Permisjon", "3": "Fullført", "4": "Avbrutt (uteblitt)", "5": "Flyttet",
                      "6": "Flyttet bydel", "7": "Avsluttet etter avbrudd"},
           "outcome": {"work": "Jobb", "work_subsidised": "Jobb m/lønnstilskudd", "education": "Studier", "aap": "AAP",
                       "disability": "Uførepensjon", "social_assistance": "Sosialstønad", "other": "Andre",
                       "unknown": "Vet ikke"}},
    booleans=("x", "nei"),
    noise=("Kommentar", "Saksbehandlers merknad"),
))

SETS.append(HeaderSet(  # nynorsk: written after the table, not tuned to
    "stonad_nynorsk", "stonad",
    {"application_id": "Søknad-ID", "case_id": "Person (pseudonym)", "municipality": "Kommunenr.", "office": "Eining",
     "caseworker": "Sakshandsamar", "birth_date": "Fødd", "received_date": "Søknad motteke", "emergency": "Naudhjelp",
     "preliminary_reply_date": "Førebels svar", "decision_date": "Dato for vedtak", "decision": "Vedtak",
     "period_start": "Stønad frå", "period_end": "Stønad til", "conditions_set": "Vilkår stilt (§ 20a)",
     "exception_20a_date": "Unntak frå vilkår – dato", "exception_20a_reason": "Unntak – grunngiving",
     "children_in_household": "Tal på barn", "child_benefit_as_income": "Barnetrygd rekna som inntekt",
     "months_on_assistance": "Månader med stønad", "kvp_informed_date": "Informert om KVP (dato)",
     "follow_up_meeting_date": "Oppfølgingssamtale (første)"},
    words={"decision": {"granted": "Innvilga", "partly": "Delvis innvilga", "refused": "Avslått"}},
    noise=("Stønadsform", "Merknad"),
))

SETS.append(HeaderSet(  # database-style names, written after the table (blind: 30/30 columns, 27/28 values at first)
    "kvp_snake_case", "kvp",
    {"case_id": "SAK_ID", "municipality": "KOMMUNE_NR", "office": "ENHET_NAVN", "caseworker": "SAKSBEHANDLER_IDENT",
     "birth_date": "FODSELSDATO", "first_contact_date": "FORSTE_KONTAKT_DATO", "kvp_informed_date": "KVP_INFORMERT_DATO",
     "application_date": "SOKNAD_MOTTATT_DATO", "preliminary_reply_date": "FORELOPIG_SVAR_DATO",
     "work_ability_assessment_date": "ARBEIDSEVNEVURDERING_DATO", "decision_date": "VEDTAK_DATO",
     "decision": "VEDTAK_RESULTAT", "ground_age": "BEGR_ALDER", "ground_work_ability": "BEGR_ARBEIDSEVNE",
     "ground_benefits": "BEGR_YTELSER", "ground_necessity": "BEGR_NODVENDIG", "ground_program": "BEGR_PROGRAM",
     "appeal_info": "KLAGEADGANG_JN", "planned_end_date": "PLANLAGT_SLUTT_DATO", "program_start_date": "PROGRAM_START_DATO",
     "first_activity_date": "FORSTE_AKTIVITET_DATO", "evaluations_planned": "ANT_EVALUERINGER",
     "hours_per_week": "TIMER_PR_UKE", "extension_decision_date": "FORLENGELSE_VEDTAK_DATO",
     "extension_reason": "FORLENGELSE_BEGRUNNELSE", "end_date": "PROGRAM_SLUTT_DATO", "status": "STATUS_KODE",
     "outcome": "AVGANG_TIL"},
    date_format="%Y%m%d",
    words={"decision": {"granted": "INNV", "refused": "AVSL"}},
    booleans=("J", "N"),
    noise=("OPPRETTET_TID", "ENDRET_AV"),
))

# KOSTRA field names as column headers (a CSV from a case system's KOSTRA module). Blind, before the
# table knew AVSL_VIKTIGSTE_INNTEKT, UTBETDATO and UTBETTOMDATO: 13/14 and 11/14 columns.
SETS.append(HeaderSet(
    "kvp_kostra_field_names", "kvp",
    {"municipality": "KOMMUNE_NR", "office": "BYDELSNR", "birth_date": "FODSELSDATO", "case_id": "PERSON_JOURNALNR",
     "application_date": "REG_DATO", "decision_date": "VEDTAK_DATO", "program_start_date": "BEGYNT_DATO",
     "status": "STATUS", "end_date": "AVSL_DATO", "outcome": "AVSL_VIKTIGSTE_INNTEKT", "caseworker": "SAKSBEHANDLER"},
    date_format="%d%m%Y", words={"outcome": KOSTRA_OUTCOME_CODES}, noise=("KJONN", "EKTSTAT", "KVP_STONAD"),
))
SETS.append(HeaderSet(
    "stonad_kostra_field_names", "stonad",
    {"municipality": "KOMMUNE_NR", "office": "BYDELSNR", "birth_date": "FODSELSDATO", "case_id": "PERSON_JOURNALNR",
     "caseworker": "SAKSBEHANDLER", "conditions_set": "VILKARSOSLOV", "decision_date": "UTBETDATO",
     "period_end": "UTBETTOMDATO", "exception_20a_date": "VEDTAKDATO", "children_in_household": "ANTBU18",
     "application_id": "SOKNAD_ID"},
    date_format="%d%m%Y", booleans=("1", "2"), noise=("KJONN", "VKLO", "BOSIT"),
))
