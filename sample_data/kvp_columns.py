"""The KVP sample export's shape: the canonical columns with their Norwegian headers in
export order, the columns carried along, the value labels and the free-text choices.

A declaration table for :mod:`sample_data.generate` (the rows, deviations, boundary
rows and writers read it).
"""

from __future__ import annotations


# Canonical column -> header in the export, in export order.
HEADERS: dict[str, str] = {
    "case_id": "Saksnummer",
    "municipality": "Kommunenr",
    "office": "NAV-kontor",
    "caseworker": "Saksbehandler",
    "birth_date": "Fødselsdato",
    "birth_year": "Fødselsår",
    "first_contact_date": "Klientforhold fra",
    "kvp_informed_date": "Informert om KVP",
    "application_date": "Søknad registrert",
    "preliminary_reply_date": "Foreløpig svar sendt",
    "work_ability_assessment_date": "Arbeidsevnevurdering",
    "decision_date": "Vedtaksdato",
    "decision": "Vedtak",
    "ground_age": "Begrunnet: alder",
    "ground_work_ability": "Begrunnet: nedsatt arbeidsevne",
    "ground_benefits": "Begrunnet: ingen/begrensede ytelser",
    "ground_necessity": "Begrunnet: nødvendig og hensiktsmessig",
    "ground_program": "Begrunnet: tilpasset program",
    "appeal_info": "Klageadgang opplyst",
    "planned_end_date": "Planlagt sluttdato",
    "program_start_date": "Programstart",
    "first_activity_date": "Første aktivitet",
    "evaluations_planned": "Antall evalueringer",
    "hours_per_week": "Timer per uke",
    "extension_decision_date": "Vedtak om forlengelse",
    "extension_reason": "Begrunnelse forlengelse",
    "end_date": "Avsluttet dato",
    "status": "Status KOSTRA",
    "outcome": "Situasjon etter program",
}
# Columns the export carries that are not canonical: they are carried along untouched.
EXTRA_HEADERS = ("Oppfølgingsteam", "Merknad")

DATE_COLUMNS = (
    "birth_date", "first_contact_date", "kvp_informed_date", "application_date", "preliminary_reply_date",
    "work_ability_assessment_date", "decision_date", "planned_end_date", "program_start_date",
    "first_activity_date", "extension_decision_date", "end_date",
)
BOOL_COLUMNS = ("ground_age", "ground_work_ability", "ground_benefits", "ground_necessity", "ground_program",
                "appeal_info")
GROUNDS = BOOL_COLUMNS[:5]
CANONICAL = tuple(c for c in HEADERS if c != "birth_year")  # birth_year only with birth_year_only

DECISION_LABELS = {"granted": "Innvilget", "refused": "Avslag"}
STATUS_LABELS = {
    "1": "Fortsatt i program",
    "2": "Permisjon/avtalt avbrudd",
    "3": "Fullført/avsluttet etter avtale",
    "4": "Varig avbrutt pga. uteblivelse",
    "5": "Avbrutt pga. flytting",
    "6": "Flyttet til annen bydel",
    "7": "Avsluttet etter avbrudd",
}
OUTCOME_LABELS = {
    "work": "Arbeid",
    "work_subsidised": "Arbeid med lønnstilskudd",
    "education": "Utdanning",
    "aap": "Arbeidsavklaringspenger",
    "disability": "Uføretrygd",
    "social_assistance": "Økonomisk sosialhjelp",
    "other": "Annet",
    "unknown": "Ukjent",
}
LABELS = {"decision": DECISION_LABELS, "status": STATUS_LABELS, "outcome": OUTCOME_LABELS}

EXTENSION_REASONS = (
    "Særlige grunner: fagbrev/kompetansebevis avsluttes etter planlagt sluttdato",
    "Særlige grunner: arbeidspraksis med utsikt til fast ansettelse",
    "Særlige grunner: helsemessig avbrudd i programperioden",
    "Særlige grunner: norskopplæring må fullføres før arbeidsrettet tiltak",
)
REMARKS = (
    "Tolk benyttet i samtaler", "Overført fra annet NAV-kontor", "Samarbeid med fastlege",
    "Deltar i jobbklubb", "Purret på dokumentasjon", "Samarbeid med jobbspesialist",
)
