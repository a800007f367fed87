"""The stønad sample export's shape: the canonical columns with their Norwegian headers
in export order, the columns carried along, the value labels and the free-text choices.

A declaration table for :mod:`sample_data.generate_stonad`.
"""

from __future__ import annotations

from datetime import date


# Canonical column -> header in the export, in export order.
HEADERS: dict[str, str] = {
    "application_id": "Søknadsnr",
    "case_id": "Person-ID",
    "municipality": "Kommunenr",
    "office": "NAV-kontor",
    "caseworker": "Saksbehandler",
    "birth_date": "Fødselsdato",
    "birth_year": "Fødselsår",
    "received_date": "Mottatt dato",
    "emergency": "Nødhjelp",
    "preliminary_reply_date": "Foreløpig svar",
    "decision_date": "Vedtaksdato",
    "decision": "Vedtak",
    "period_start": "Periode fra",
    "period_end": "Periode til",
    "conditions_set": "Vilkår om aktivitet (§ 20 a)",
    "exception_20a_date": "Unntak fra vilkår vedtatt",
    "exception_20a_reason": "Begrunnelse for unntak",
    "children_in_household": "Barn under 18 år",
    "child_benefit_as_income": "Barnetrygd regnet som inntekt",
    "months_on_assistance": "Mnd. med stønad siste 12",
    "kvp_informed_date": "Informert om KVP",
    "follow_up_meeting_date": "Første oppfølgingssamtale",
}
EXTRA_HEADERS = ("Stønadsform", "Merknad")

DATE_COLUMNS = ("birth_date", "received_date", "preliminary_reply_date", "decision_date", "period_start",
                "period_end", "exception_20a_date", "kvp_informed_date", "follow_up_meeting_date")
BOOL_COLUMNS = ("emergency", "conditions_set", "child_benefit_as_income")
CANONICAL = tuple(c for c in HEADERS if c != "birth_year")
GRANTED = ("granted", "partly")

DECISION_LABELS = {"granted": "Innvilget", "partly": "Delvis innvilget", "refused": "Avslag"}
EXCEPTION_REASONS = (
    "Mottaker er i arbeid",
    "Mottaker er allerede i aktivitet knyttet til statlig ytelse",
    "Helsemessige forhold hindrer deltakelse i aktivitet – legeerklæring",
    "Sosiale forhold hindrer deltakelse i aktivitet",
    "Tungtveiende grunner: omsorg for barn under ett år",
)
FORMS = (("Livsopphold", 55), ("Husleie", 15), ("Strøm", 8), ("Livsopphold og husleie", 12),
         ("Tannbehandling", 3), ("Depositum", 3), ("Barnehage/SFO", 4))
EMERGENCY_FORMS = ("Nødhjelp – mat", "Nødhjelp – mat og reise", "Nødhjelp – overnatting")
REMARKS = ("Kontoutskrift mottatt", "Samtale med veileder", "Tolk benyttet", "Husleiekontrakt mottatt",
           "Henvist til gjeldsrådgivning", "Søkt bostøtte", "Purret på dokumentasjon")

# § 20 a (activity conditions for those under 30) applies to decisions from this date.
SECTION_20A_FROM = date(2017, 1, 1)  # checks.md "Law in force"
# Child benefit is kept out of the income from this date (checks.md "Law in force": § 18 tredje ledd).
CHILD_BENEFIT_FROM = date(2022, 9, 1)
