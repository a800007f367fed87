"""The audited datasets and their canonical columns (docs/input.md)."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

TEXT, DATE, BOOL, INT, NUM, CATEGORY = "text", "date", "boolean", "integer", "number", "category"

POLARS_TYPE = {TEXT: pl.Utf8, DATE: pl.Date, BOOL: pl.Boolean, INT: pl.Int64, NUM: pl.Float64, CATEGORY: pl.Utf8}


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    meaning: str
    categories: tuple[str, ...] = ()
    digits: int = 0  # a text code of exactly this many digits (kommunenummer: 4), else 0
    bounds: tuple[float, float] | None = None  # a number outside [low, high] cannot be read (no case has it)

    @property
    def dtype(self) -> pl.DataType:
        return POLARS_TYPE[self.type]


@dataclass(frozen=True)
class Dataset:
    name: str
    key: str
    columns: tuple[Column, ...]
    title_nb: str
    title_en: str

    def column(self, name: str) -> Column | None:
        for c in self.columns:
            if c.name == name:
                return c
        return None

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


_COMMON = (
    Column("municipality", TEXT, "kommunenummer", digits=4),
    Column("office", TEXT, "NAV-kontor eller bydel"),
    Column("caseworker", TEXT, "saksbehandler"),
    Column("birth_date", DATE, "fødselsdato"),
    Column("birth_year", INT, "fødselsår", bounds=(1900, 2199)),
)

KVP = Dataset(
    name="kvp",
    key="case_id",
    title_nb="Kvalifiseringsprogram (KVP)",
    title_en="Qualification programme (KVP)",
    columns=(
        Column("case_id", TEXT, "saks-id (pseudonym)"),
        *_COMMON,
        Column("first_contact_date", DATE, "start på klientforholdet"),
        Column("kvp_informed_date", DATE, "dokumentert informert om KVP"),
        Column("application_date", DATE, "søknad registrert"),
        Column("preliminary_reply_date", DATE, "foreløpig svar sendt"),
        Column("work_ability_assessment_date", DATE, "arbeidsevnevurdering"),
        Column("decision_date", DATE, "vedtaksdato"),
        Column("decision", CATEGORY, "vedtak", ("granted", "refused")),
        Column("ground_age", BOOL, "begrunnet: alder"),
        Column("ground_work_ability", BOOL, "begrunnet: vesentlig nedsatt arbeids- og inntektsevne"),
        Column("ground_benefits", BOOL, "begrunnet: ingen eller svært begrensede ytelser"),
        Column("ground_necessity", BOOL, "begrunnet: nødvendig og hensiktsmessig"),
        Column("ground_program", BOOL, "begrunnet: tilpasset program kan tilbys"),
        Column("appeal_info", BOOL, "klageadgang opplyst"),
        Column("planned_end_date", DATE, "planlagt sluttdato (varighet)"),
        Column("first_activity_date", DATE, "første programaktivitet"),
        Column("program_start_date", DATE, "programstart (iverksettelse)"),
        Column("evaluations_planned", INT, "planlagte evalueringer", bounds=(0, 1e9)),
        Column("hours_per_week", NUM, "timer per uke", bounds=(0, 168)),
        Column("extension_decision_date", DATE, "vedtak om forlengelse"),
        Column("extension_reason", TEXT, "begrunnelse for forlengelse"),
        Column("end_date", DATE, "programslutt"),
        Column("status", CATEGORY, "status per 31.12 (KOSTRA)", tuple("1234567")),
        Column(
            "outcome",
            CATEGORY,
            "situasjon etter programmet",
            ("work", "work_subsidised", "education", "aap", "disability", "social_assistance", "other", "unknown"),
        ),
    ),
)

STONAD = Dataset(
    name="stonad",
    key="application_id",
    title_nb="Økonomisk stønad",
    title_en="Economic social assistance",
    columns=(
        Column("application_id", TEXT, "søknads-id (pseudonym)"),
        Column("case_id", TEXT, "person-/saks-id (pseudonym)"),
        *_COMMON,
        Column("received_date", DATE, "søknad mottatt"),
        Column("emergency", BOOL, "søknad om nødhjelp"),
        Column("preliminary_reply_date", DATE, "foreløpig svar sendt"),
        Column("decision_date", DATE, "vedtaksdato"),
        Column("decision", CATEGORY, "vedtak", ("granted", "partly", "refused")),
        Column("period_start", DATE, "periode fra"),
        Column("period_end", DATE, "periode til"),
        Column("conditions_set", BOOL, "vilkår om aktivitet stilt"),
        Column("exception_20a_date", DATE, "vedtak om unntak fra § 20 a"),
        Column("exception_20a_reason", TEXT, "begrunnelse for unntak"),
        Column("children_in_household", INT, "barn under 18 i husholdningen", bounds=(0, 1e9)),
        Column("child_benefit_as_income", BOOL, "barnetrygd regnet som inntekt"),
        Column("months_on_assistance", INT, "måneder med stønad siste 12", bounds=(0, 12)),
        Column("kvp_informed_date", DATE, "dokumentert informert om KVP"),
        Column("follow_up_meeting_date", DATE, "første oppfølgingsmøte"),
    ),
)

DATASETS: dict[str, Dataset] = {d.name: d for d in (KVP, STONAD)}


def get_dataset(name: str) -> Dataset:
    from audit.errors import ConfigError
    from audit.text import msg

    try:
        return DATASETS[name]
    except KeyError:
        raise ConfigError(msg("error.datasets.unknown", name=name),
                          hint=msg("error.datasets.unknown_hint", names=", ".join(DATASETS))) from None
