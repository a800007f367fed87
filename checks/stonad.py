"""Suite `stonad`: economic social assistance (økonomisk stønad), sosialtjenesteloven §§ 18–20 a.

One declaration per check id of checks.md. "Granted" = decision is granted or partly
(delvis innvilget). Unknown (empty) values make a row `unknown` unless the declaration
says the empty value is judged against the audit date.

Decisions where checks.md leaves a choice (also in docs/stonad.md):

* **Who a check applies to, when that rests on an empty number or boolean** (emergency,
  children_in_household, months_on_assistance, or an age from an empty birth or event
  date): the row *applies* and is `unknown`. checks.md's common rule: an empty boolean
  or number means *not known*, and the row is counted as unknown, not passed over. An
  empty decision is different: it means "not yet decided" (case-data.md), so the row
  is not a decision.
* **stonad.activity_conditions_under_30** with conditions_set empty but a documented
  exception (exception_20a_date and a non-empty exception_20a_reason): `ok`. The check
  is met by *either* conditions or a documented exception; with the exception in
  place the outcome does not depend on the empty value, so it is judged, not unknown.
  With conditions_set empty and no documented exception the row is `unknown`.
* **stonad.follow_up_after_decision**: a meeting dated before the decision is not a
  follow-up after it (counts as not within 14 days). "Within 14 days" = 0–14 days.
"""

from __future__ import annotations

import polars as pl

from checks.base import (
    DATA, DAYS, DEVIATION, INDICATOR, NONE, SHARE, WORKING_DAYS,
    AllOfAny, AnyOf, Bound, Check, Measure, Param, Rows, Suite, Target,
    deviation_above, must_hold, warning_above,
)
from checks.measures import (
    add_months, age_at, col, days, flag, is_in, or_as_of, possibly, present, when_known, working_days_after,
)

BIRTH = ("birth_date", "birth_year")

# ---------------------------------------------------------------- rows the checks apply to


def _granted() -> pl.Expr:
    """granted or partly; an empty decision is not (yet) a decision."""
    return is_in("decision", ("granted", "partly")).fill_null(False)


GRANTED = Rows("innvilgede og delvis innvilgede søknader", "granted and partly granted applications",
               lambda c: _granted(), uses=("decision",))
ALL = Rows("alle søknader", "all applications", lambda c: pl.lit(True))


def _non_empty(column: str) -> pl.Expr:
    return col(column).str.strip_chars().str.len_chars().fill_null(0) > 0


def _exception_20a() -> pl.Expr:
    """A documented exception from § 20 a: a decision date and a non-empty reason (never null)."""
    return present("exception_20a_date") & _non_empty("exception_20a_reason")


def _age_at_receipt() -> pl.Expr:
    return age_at(col("received_date"))


CHECKS: list[Check] = [
    Check(
        id="stonad.processing_time",
        kind=DEVIATION,
        title=("Saksbehandlingstid: vedtak eller foreløpig svar innen én måned",
               "Processing time: decision or preliminary reply within one month"),
        legal_basis="forvaltningsloven § 11 a",
        needs=("received_date", "decision_date"),
        optional=("preliminary_reply_date",),
        applies_to=Rows("søknader med mottaksdato", "applications with a date of receipt",
                        lambda c: present("received_date"), uses=("received_date",)),
        measure=Measure(
            "dager fra mottatt søknad til første svar (vedtak eller foreløpig svar; revisjonsdatoen hvis ingen)",
            "days from receipt to the first reply (decision or preliminary reply; the audit date if none)",
            DAYS,
            lambda c: days(col("received_date"), pl.min_horizontal(or_as_of("decision_date", c),
                                                                   or_as_of("preliminary_reply_date", c))),
        ),
        bounds=(Bound("deviation", "above",
                      lambda c: days(col("received_date"), add_months(col("received_date"), c.p("months")))),),
        params=(Param("months", 1, "måneder", ("frist i måneder", "time limit in months")),),
        details=("received_date", "preliminary_reply_date", "decision_date"),
    ),
    Check(
        id="stonad.emergency_same_day",
        kind=DEVIATION,
        title=("Søknad om nødhjelp avgjort samme dag", "Emergency application decided the same day"),
        legal_basis="sosialtjenesteloven §§ 18, 4",
        needs=("emergency", "received_date", "decision_date"),
        applies_to=Rows("søknader om nødhjelp", "applications for emergency help",
                        lambda c: possibly(col("emergency")), uses=("emergency",)),
        measure=Measure(
            "virkedager fra mottatt søknad til vedtak (revisjonsdatoen hvis ikke avgjort)",
            "working days from receipt to the decision (the audit date if not decided)",
            WORKING_DAYS,
            lambda c: when_known(working_days_after(col("received_date"), or_as_of("decision_date", c)),
                                 col("emergency")),
        ),
        bounds=(warning_above("warning_working_days"), deviation_above("deviation_working_days")),
        params=(
            Param("warning_working_days", 0, "virkedager", ("varsel over antall virkedager", "warning above working days")),
            Param("deviation_working_days", 1, "virkedager", ("avvik over antall virkedager", "deviation above working days")),
        ),
        details=("received_date", "decision_date"),
    ),
    Check(
        id="stonad.activity_conditions_under_30",
        kind=DEVIATION,
        title=("Vilkår om aktivitet for mottakere under 30 år", "Activity conditions for recipients under 30"),
        legal_basis="sosialtjenesteloven § 20 a",
        needs=("decision", "decision_date", AnyOf(*BIRTH), "conditions_set"),
        optional=("exception_20a_date", "exception_20a_reason"),
        applies_to=Rows(
            "innvilgede og delvis innvilgede søknader fra personer under 30 år på vedtaksdatoen",
            "granted and partly granted applications from persons under 30 at the decision date",
            lambda c: _granted() & possibly(age_at(col("decision_date")) < c.p("age_limit")),
            uses=("decision", "decision_date", *BIRTH),
        ),
        measure=Measure(
            "vilkår om aktivitet er stilt, eller unntak er vedtatt med begrunnelse",
            "activity conditions are set, or an exception is decided with its grounds",
            NONE,
            lambda c: when_known(flag(col("conditions_set") | _exception_20a()), age_at(col("decision_date"))),
        ),
        bounds=(must_hold(),),
        params=(Param("age_limit", 30, "år", ("gjelder mottakere under denne alderen", "applies to recipients below this age")),),
        details=("decision_date", "conditions_set", "exception_20a_date"),
    ),
    Check(
        id="stonad.child_benefit_excluded",
        kind=DEVIATION,
        title=("Barnetrygd holdt utenfor som inntekt", "Child benefit not counted as income"),
        legal_basis="sosialtjenesteloven § 18; rundskriv R35-00",
        needs=("children_in_household", "child_benefit_as_income"),
        applies_to=Rows("søknader med barn under 18 år i husholdningen", "applications with children under 18 in the household",
                        lambda c: possibly(col("children_in_household") > 0), uses=("children_in_household",)),
        measure=Measure("barnetrygd er ikke regnet som inntekt", "child benefit is not counted as income", NONE,
                        lambda c: when_known(flag(~col("child_benefit_as_income")), col("children_in_household"))),
        bounds=(must_hold(),),
        details=("decision_date", "children_in_household"),
    ),
    Check(
        id="stonad.kvp_information_long_term",
        kind=DEVIATION,
        title=("Langvarige mottakere informert om KVP", "Long-term recipients informed about KVP"),
        legal_basis="sosialtjenesteloven §§ 17, 29",
        needs=("months_on_assistance", "received_date", AnyOf(*BIRTH), "kvp_informed_date"),
        applies_to=Rows(
            "søkere med stønad i minst 6 av de siste 12 månedene, 18–67 år da søknaden ble mottatt",
            "applicants with assistance in at least 6 of the last 12 months, aged 18–67 at receipt",
            lambda c: possibly(col("months_on_assistance") >= c.p("months"))
            & possibly(_age_at_receipt().is_between(c.p("min_age"), c.p("max_age"))),
            uses=("months_on_assistance", "received_date", *BIRTH),
        ),
        measure=Measure(
            "informasjon om KVP er dokumentert", "information about KVP is documented", NONE,
            lambda c: when_known(flag(present("kvp_informed_date")), col("months_on_assistance"), _age_at_receipt()),
        ),
        bounds=(must_hold(),),
        params=(
            Param("months", 6, "måneder", ("minste antall måneder med stønad siste 12", "minimum months with assistance in the last 12")),
            Param("min_age", 18, "år", ("laveste alder", "minimum age")),
            Param("max_age", 67, "år", ("høyeste alder", "maximum age")),
        ),
        details=("received_date", "months_on_assistance", "kvp_informed_date"),
    ),
    Check(
        id="stonad.data.dates_in_order",
        kind=DATA,
        title=("Datoene står i riktig rekkefølge", "Dates are in order"),
        legal_basis="—",
        needs=(AllOfAny(("received_date", "decision_date"), ("period_start", "period_end")),),
        optional=("received_date", "decision_date", "period_start", "period_end"),
        applies_to=ALL,
        measure=Measure(
            "mottatt ≤ vedtak og periode fra ≤ periode til (blant datoene som finnes)",
            "received ≤ decision and period start ≤ period end (among the dates present)",
            NONE,
            lambda c: flag(~(
                (col("received_date") > col("decision_date")).fill_null(False)
                | (col("period_start") > col("period_end")).fill_null(False)
            )),
        ),
        bounds=(must_hold(),),
        details=("received_date", "decision_date", "period_start", "period_end"),
    ),
    Check(
        id="stonad.short_decisions",
        kind=INDICATOR,
        title=("Andel kortvarige vedtak (under to måneder)", "Share of short decisions (under two months)"),
        legal_basis="—",
        needs=("decision", "period_start", "period_end"),
        applies_to=Rows("innvilgede og delvis innvilgede søknader med periode",
                        "granted and partly granted applications with a period",
                        lambda c: _granted() & present("period_start") & present("period_end"),
                        uses=("decision", "period_start", "period_end")),
        measure=Measure("perioden slutter før periode fra + 2 måneder", "the period ends before its start + 2 months", SHARE,
                        lambda c: flag(col("period_end") < add_months(col("period_start"), c.p("months")))),
        aggregate="share",
        target=Target(">=", "target_share"),
        params=(
            Param("months", 2, "måneder", ("kortvarig: slutter før start + antall måneder", "short: ends before start + months")),
            Param("target_share", 0.8, "andel", ("mål: minste andel", "target: minimum share")),
        ),
    ),
    Check(
        id="stonad.follow_up_after_decision",
        kind=INDICATOR,
        title=("Andel med oppfølgingsmøte innen 14 dager etter vedtak",
               "Share with a follow-up meeting within 14 days after the decision"),
        legal_basis="—",
        needs=("decision", "decision_date", "follow_up_meeting_date"),
        applies_to=GRANTED,
        measure=Measure(
            "oppfølgingsmøte 0–14 dager etter vedtaket (mangler møtedato: nei)",
            "follow-up meeting 0–14 days after the decision (no meeting date: no)",
            SHARE,
            lambda c: when_known(
                flag(days(col("decision_date"), col("follow_up_meeting_date")).is_between(0, c.p("days")).fill_null(False)),
                col("decision_date"),
            ),
        ),
        aggregate="share",
        target=Target(">=", "target_share"),
        params=(
            Param("days", 14, "dager", ("møte senest antall dager etter vedtak", "meeting at most days after the decision")),
            Param("target_share", 0.8, "andel", ("mål: minste andel", "target: minimum share")),
        ),
    ),
]

SUITE = Suite(name="stonad", dataset="stonad", title=("Økonomisk stønad", "Economic social assistance"), checks=CHECKS)
