"""All user-facing wording of the reports, bokmål and English, in one table.

Nothing else in ``reports/`` holds user-facing text: the view model looks words up
here and templates only print what the model gives them. A key missing in the
requested language falls back to bokmål, then to the key itself, so a new check or
column never breaks a report.
"""

from __future__ import annotations

LANGS = ("nb", "en")
DEFAULT_LANG = "nb"

TEXT: dict[str, dict[str, str]] = {
    # --- document -------------------------------------------------------------
    "report.title": {"nb": "Kontrollrapport", "en": "Audit report"},
    "report.generated_by": {"nb": "Laget med {tool} {version}", "en": "Made with {tool} {version}"},
    "report.as_of": {"nb": "Kontrolldato", "en": "Audit date"},
    "report.suite": {"nb": "Kontrollsett", "en": "Check suite"},
    "report.scope": {"nb": "Omfang", "en": "Scope"},
    "report.period": {"nb": "Periode", "en": "Period"},
    "report.period_value": {"nb": "{start} – {end}", "en": "{start} – {end}"},
    "report.dataset": {"nb": "Datasett", "en": "Dataset"},
    "report.rows": {"nb": "Rader", "en": "Rows"},
    "report.contents": {"nb": "Innhold", "en": "Contents"},
    "report.skip": {"nb": "Hopp til sammendraget", "en": "Skip to the summary"},
    "report.headline": {
        "nb": "{deviation} av {checks} kontroller med avvik, {warning} med varsel, {not_evaluated} ikke vurdert.",
        "en": "{deviation} of {checks} checks with deviations, {warning} with warnings, {not_evaluated} not evaluated.",
    },
    "report.headline_cases": {
        "nb": "{cases} saker på avvik- eller varselnivå.",
        "en": "{cases} cases at deviation or warning level.",
    },
    "report.no_checks": {"nb": "Resultatfilen inneholder ingen kontroller.", "en": "The results file holds no checks."},
    # --- sections (also sheet names; Excel allows at most 31 characters) -------
    "section.summary": {"nb": "Sammendrag", "en": "Summary"},
    "section.where": {"nb": "Hvor", "en": "Where"},
    "section.cases": {"nb": "Saker", "en": "Cases"},
    "section.method": {"nb": "Metode", "en": "Method"},
    "section.findings": {"nb": "Utkast til funn", "en": "Draft findings"},
    "section.findings.lead": {
        "nb": "Ett avsnitt per kontroll med avvik, i tilsynets stil: krav, funn og konklusjon. "
              "Utkastet er laget automatisk og må kontrolleres mot sakene før det brukes.",
        "en": "One paragraph per check with deviations, in the supervisor's style: requirement, finding and "
              "conclusion. The draft is generated and must be checked against the cases before use.",
    },
    "section.summary.lead": {
        "nb": "Status per kontroll: antall vurderte saker, avvik, varsler og avviksandel.",
        "en": "Status per check: cases evaluated, deviations, warnings and deviation rate.",
    },
    "section.where.lead": {
        "nb": "Avvik per kontor og kontroll. Tallene er saker på avviksnivå.",
        "en": "Deviations per office and check. The figures are cases at deviation level.",
    },
    "section.cases.lead": {
        "nb": "Saker på avvik- og varselnivå per kontroll, de alvorligste først.",
        "en": "Cases at deviation and warning level per check, worst first.",
    },
    "section.method.lead": {
        "nb": "Hvordan kontrollen ble gjort: verktøy, data, mapping, parametere og regelversjoner.",
        "en": "How the audit was done: tool, data, mapping, parameters and rule versions.",
    },
    # --- summary ----------------------------------------------------------------
    "col.check_id": {"nb": "Kontroll-id", "en": "Check id"},
    "col.check": {"nb": "Kontroll", "en": "Check"},
    "col.kind": {"nb": "Type", "en": "Kind"},
    "col.legal_basis": {"nb": "Lovgrunnlag", "en": "Legal basis"},
    "col.applies_to": {"nb": "Gjelder", "en": "Applies to"},
    "col.status": {"nb": "Status", "en": "Status"},
    "col.evaluated": {"nb": "Vurdert", "en": "Evaluated"},
    "col.failed": {"nb": "Avvik", "en": "Deviations"},
    "col.warned": {"nb": "Varsler", "en": "Warnings"},
    "col.unknown": {"nb": "Ukjent", "en": "Unknown"},
    "col.rate": {"nb": "Avviksandel", "en": "Deviation rate"},
    "col.value": {"nb": "Verdi", "en": "Value"},
    "col.target": {"nb": "Mål", "en": "Target"},
    "col.note": {"nb": "Merknad", "en": "Note"},
    "col.item": {"nb": "Opplysning", "en": "Item"},
    "col.missing_columns": {"nb": "Manglende kolonner", "en": "Missing columns"},
    "col.total": {"nb": "Sum", "en": "Total"},
    "col.office": {"nb": "Kontor", "en": "Office"},
    "col.municipality": {"nb": "Kommune", "en": "Municipality"},
    "col.caseworker": {"nb": "Saksbehandler", "en": "Caseworker"},
    "col.key": {"nb": "Nøkkel", "en": "Key"},
    "col.level": {"nb": "Nivå", "en": "Level"},
    "col.measured": {"nb": "Målt verdi", "en": "Measured value"},
    "col.measure": {"nb": "Hva som måles", "en": "What is measured"},
    "col.unit": {"nb": "Enhet", "en": "Unit"},
    "summary.chart_title": {"nb": "Avvik per kontroll", "en": "Deviations per check"},
    "summary.chart_desc": {
        "nb": "Stolpediagram over antall saker på avviksnivå per kontroll.",
        "en": "Bar chart of the number of cases at deviation level per check.",
    },
    "summary.chart_empty": {"nb": "Ingen avvik funnet.", "en": "No deviations found."},
    "summary.not_evaluated": {"nb": "Kontroller som ikke kunne vurderes", "en": "Checks that could not be evaluated"},
    "summary.not_evaluated_none": {"nb": "Alle kontroller ble vurdert.", "en": "Every check was evaluated."},
    "summary.missing": {"nb": "mangler {columns}", "en": "missing {columns}"},
    "summary.error": {"nb": "feil under kontrollen: {message}", "en": "error during the check: {message}"},
    "summary.indicators": {"nb": "Indikatorer", "en": "Indicators"},
    "summary.indicators_none": {"nb": "Ingen indikatorer i denne kjøringen.", "en": "No indicators in this run."},
    "summary.input_issues": {
        "nb": "{count} verdier i inndataene kunne ikke leses; se «{section}».",
        "en": "{count} values in the input could not be read; see “{section}”.",
    },
    "summary.rate_note": {
        "nb": "Avviksandel = avvik / vurderte saker.",
        "en": "Deviation rate = deviations / cases evaluated.",
    },
    # --- where --------------------------------------------------------------------
    "where.by_office": {"nb": "Avvik per kontor", "en": "Deviations per office"},
    "where.by_municipality": {"nb": "Avvik per kommune", "en": "Deviations per municipality"},
    "where.indicators": {"nb": "Indikatorer per kontor", "en": "Indicators per office"},
    "where.none": {
        "nb": "Resultatfilen har ingen tall per kontor.",
        "en": "The results file has no figures per office.",
    },
    "where.unknown_office": {"nb": "(uten kontor)", "en": "(no office)"},
    # --- cases ------------------------------------------------------------------------
    "cases.none": {"nb": "Ingen saker på avvik- eller varselnivå.", "en": "No cases at deviation or warning level."},
    "cases.count": {
        "nb": "{failed} avvik og {warned} varsler.",
        "en": "{failed} deviations and {warned} warnings.",
    },
    "cases.more_workbook": {
        "nb": "{count} flere i arbeidsboka ({file}).",
        "en": "{count} more in the workbook ({file}).",
    },
    "cases.more_results": {
        "nb": "{count} flere i resultatfilen (results.json).",
        "en": "{count} more in the results file (results.json).",
    },
    "cases.unknown": {
        "nb": "{count} saker kunne ikke vurderes (ukjent verdi):",
        "en": "{count} cases could not be judged (value not known):",
    },
    "cases.unknown_more": {"nb": "og {count} flere", "en": "and {count} more"},
    "cases.shown": {"nb": "Viser {shown} av {total} saker.", "en": "Showing {shown} of {total} cases."},
    "cases.not_listed": {
        "nb": "Kontrollen ble ikke vurdert; ingen saker å vise.",
        "en": "The check was not evaluated; no cases to show.",
    },
    "cases.indicator": {
        "nb": "Indikator: ingen enkeltsaker, se sammendraget.",
        "en": "Indicator: no individual cases, see the summary.",
    },
    # --- method -------------------------------------------------------------------------
    "method.run": {"nb": "Kjøring", "en": "Run"},
    "method.tool": {"nb": "Verktøy", "en": "Tool"},
    "method.run_id": {"nb": "Kjørings-id", "en": "Run id"},
    "method.started": {"nb": "Startet", "en": "Started"},
    "method.finished": {"nb": "Ferdig", "en": "Finished"},
    "method.strict": {"nb": "Streng lesing (--strict)", "en": "Strict reading (--strict)"},
    "method.dataset_key": {"nb": "Nøkkelkolonne", "en": "Key column"},
    "method.dataset_columns": {"nb": "Kolonner i dataene", "en": "Columns in the data"},
    "method.offices": {"nb": "Kontorer", "en": "Offices"},
    "method.municipalities": {"nb": "Kommuner", "en": "Municipalities"},
    "method.inputs": {"nb": "Inndata", "en": "Inputs"},
    "method.path": {"nb": "Fil", "en": "File"},
    "method.format": {"nb": "Format", "en": "Format"},
    "method.sha256": {"nb": "SHA-256", "en": "SHA-256"},
    "method.rows": {"nb": "Rader", "en": "Rows"},
    "method.mapping": {"nb": "Mapping", "en": "Mapping"},
    "method.mapping_none": {
        "nb": "Ingen mapping: kolonnene har kanoniske navn.",
        "en": "No mapping: the columns have canonical names.",
    },
    "method.canonical": {"nb": "Kanonisk kolonne", "en": "Canonical column"},
    "method.export_header": {"nb": "Kolonne i uttrekket", "en": "Column in the export"},
    "method.export_value": {"nb": "Verdi i uttrekket", "en": "Value in the export"},
    "method.canonical_value": {"nb": "Kanonisk verdi", "en": "Canonical value"},
    "method.parameters": {"nb": "Parametere brukt", "en": "Parameters used"},
    "method.parameter": {"nb": "Parameter", "en": "Parameter"},
    "method.parameters_none": {"nb": "Ingen parametere oppgitt.", "en": "No parameters given."},
    "method.rule_versions": {"nb": "Regelversjoner brukt", "en": "Rule versions applied"},
    "method.rule_versions_none": {
        "nb": "Ingen kontroll med regler som endret seg over tid.",
        "en": "No check with rules that changed over time.",
    },
    "method.valid_from": {"nb": "Gjelder fra", "en": "Valid from"},
    "method.valid_until": {"nb": "Gjelder til og med", "en": "Valid until"},
    "method.rows_judged": {"nb": "Saker vurdert", "en": "Cases judged"},
    "method.input_issues": {"nb": "Verdier som ikke kunne leses", "en": "Values that could not be read"},
    "method.input_issues_none": {"nb": "Alle verdier kunne leses.", "en": "Every value could be read."},
    "method.issue_row": {"nb": "Rad", "en": "Row"},
    "method.issue_column": {"nb": "Kolonne", "en": "Column"},
    "method.issue_message": {"nb": "Melding", "en": "Message"},
    "method.versioned_until": {"nb": "{value} (til og med {until})", "en": "{value} (until {until})"},
    "method.versioned_from": {"nb": "{value} (fra {start})", "en": "{value} (from {start})"},
    "method.versioned_between": {"nb": "{value} ({start} – {until})", "en": "{value} ({start} – {until})"},
    "method.versioned_always": {"nb": "{value}", "en": "{value}"},
    "method.open": {"nb": "–", "en": "–"},
    # --- words --------------------------------------------------------------------------
    "yes": {"nb": "Ja", "en": "Yes"},
    "no": {"nb": "Nei", "en": "No"},
    "none": {"nb": "–", "en": "–"},
    "status.ok": {"nb": "OK", "en": "OK"},
    "status.warning": {"nb": "Varsel", "en": "Warning"},
    "status.deviation": {"nb": "Avvik", "en": "Deviation"},
    "status.not_evaluated": {"nb": "Ikke vurdert", "en": "Not evaluated"},
    "status.below_target": {"nb": "Under mål", "en": "Below target"},
    "status.error": {"nb": "Feil", "en": "Error"},
    "level.deviation": {"nb": "Avvik", "en": "Deviation"},
    "level.warning": {"nb": "Varsel", "en": "Warning"},
    "level.unknown": {"nb": "Ukjent", "en": "Unknown"},
    "kind.deviation": {"nb": "Lovkrav", "en": "Legal requirement"},
    "kind.indicator": {"nb": "Indikator", "en": "Indicator"},
    "kind.data": {"nb": "Datakvalitet", "en": "Data quality"},
    "unit.days": {"nb": "dager", "en": "days"},
    "unit.months": {"nb": "måneder", "en": "months"},
    "unit.years": {"nb": "år", "en": "years"},
    "unit.hours": {"nb": "timer", "en": "hours"},
    "unit.count": {"nb": "antall", "en": "count"},
    "unit.share": {"nb": "andel", "en": "share"},
    "target.value": {"nb": "{op} {value}", "en": "{op} {value}"},
    # --- dataset titles ---------------------------------------------------------------------
    "dataset.kvp": {"nb": "Kvalifiseringsprogram (KVP)", "en": "Qualification programme (KVP)"},
    "dataset.stonad": {"nb": "Økonomisk stønad", "en": "Economic social assistance"},
    # --- canonical columns (case details) -------------------------------------------------------
    "column.case_id": {"nb": "Saks-id", "en": "Case id"},
    "column.application_id": {"nb": "Søknads-id", "en": "Application id"},
    "column.municipality": {"nb": "Kommune", "en": "Municipality"},
    "column.office": {"nb": "Kontor", "en": "Office"},
    "column.caseworker": {"nb": "Saksbehandler", "en": "Caseworker"},
    "column.first_contact_date": {"nb": "Første kontakt", "en": "First contact"},
    "column.kvp_informed_date": {"nb": "Informert om KVP", "en": "Informed about KVP"},
    "column.application_date": {"nb": "Søknadsdato", "en": "Application date"},
    "column.preliminary_reply_date": {"nb": "Foreløpig svar", "en": "Preliminary reply"},
    "column.work_ability_assessment_date": {"nb": "Arbeidsevnevurdering", "en": "Work ability assessment"},
    "column.decision_date": {"nb": "Vedtaksdato", "en": "Decision date"},
    "column.decision": {"nb": "Vedtak", "en": "Decision"},
    "column.ground_age": {"nb": "Begrunnet: alder", "en": "Grounds: age"},
    "column.ground_work_ability": {"nb": "Begrunnet: arbeidsevne", "en": "Grounds: work ability"},
    "column.ground_benefits": {"nb": "Begrunnet: ytelser", "en": "Grounds: benefits"},
    "column.ground_necessity": {"nb": "Begrunnet: nødvendig", "en": "Grounds: necessity"},
    "column.ground_program": {"nb": "Begrunnet: program", "en": "Grounds: programme"},
    "column.appeal_info": {"nb": "Klageadgang opplyst", "en": "Appeal information"},
    "column.planned_end_date": {"nb": "Planlagt slutt", "en": "Planned end"},
    "column.first_activity_date": {"nb": "Første aktivitet", "en": "First activity"},
    "column.program_start_date": {"nb": "Programstart", "en": "Programme start"},
    "column.evaluations_planned": {"nb": "Planlagte evalueringer", "en": "Evaluations planned"},
    "column.hours_per_week": {"nb": "Timer per uke", "en": "Hours per week"},
    "column.extension_decision_date": {"nb": "Vedtak om forlengelse", "en": "Extension decision"},
    "column.end_date": {"nb": "Programslutt", "en": "Programme end"},
    "column.status": {"nb": "Status (KOSTRA)", "en": "Status (KOSTRA)"},
    "column.outcome": {"nb": "Situasjon etter", "en": "Outcome"},
    "column.received_date": {"nb": "Mottatt", "en": "Received"},
    "column.emergency": {"nb": "Nødhjelp", "en": "Emergency"},
    "column.period_start": {"nb": "Periode fra", "en": "Period from"},
    "column.period_end": {"nb": "Periode til", "en": "Period to"},
    "column.conditions_set": {"nb": "Vilkår stilt", "en": "Conditions set"},
    "column.exception_20a_date": {"nb": "Unntak § 20 a", "en": "Exception § 20 a"},
    "column.children_in_household": {"nb": "Barn i husholdningen", "en": "Children in household"},
    "column.child_benefit_as_income": {"nb": "Barnetrygd som inntekt", "en": "Child benefit as income"},
    "column.months_on_assistance": {"nb": "Måneder med stønad", "en": "Months on assistance"},
    "column.follow_up_meeting_date": {"nb": "Oppfølgingsmøte", "en": "Follow-up meeting"},
    # --- category values in details -------------------------------------------------------------
    "value.decision.granted": {"nb": "innvilget", "en": "granted"},
    "value.decision.refused": {"nb": "avslag", "en": "refused"},
    "value.decision.partly": {"nb": "delvis innvilget", "en": "partly granted"},
    "value.outcome.work": {"nb": "arbeid", "en": "work"},
    "value.outcome.work_subsidised": {"nb": "arbeid med lønnstilskudd", "en": "subsidised work"},
    "value.outcome.education": {"nb": "utdanning", "en": "education"},
    "value.outcome.aap": {"nb": "AAP", "en": "work assessment allowance"},
    "value.outcome.disability": {"nb": "uføretrygd", "en": "disability benefit"},
    "value.outcome.social_assistance": {"nb": "økonomisk stønad", "en": "social assistance"},
    "value.outcome.other": {"nb": "annet", "en": "other"},
    "value.outcome.unknown": {"nb": "ukjent", "en": "unknown"},
}


class Translator:
    """Looks up wording for one language; ``t("key", name=value)`` formats placeholders."""

    def __init__(self, lang: str = DEFAULT_LANG) -> None:
        if lang not in LANGS:
            raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGS)}")
        self.lang = lang

    def has(self, key: str) -> bool:
        return key in TEXT

    def __call__(self, key: str, **values: object) -> str:
        entry = TEXT.get(key)
        if entry is None:
            text = key
        else:
            text = entry.get(self.lang) or entry.get(DEFAULT_LANG) or key
        return text.format(**values) if values else text
