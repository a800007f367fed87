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
    DATA, DAYS, DEVIATION, INDICATOR, LAW, NONE, PRACTICE, SHARE,
    AllOfAny, AnyOf, Bound, Check, Example, Finding, Measure, Param, Question, Reason, Rows, Suite, Target, Versioned,
    Words,
    deviation_above, must_hold, warning_above,
)
from checks.law import fvl, practice, sotjl
from checks.measures import add_months, age_at, col, days, flag, is_in, or_as_of, possibly, present, when_known

BIRTH = ("birth_date", "birth_year")

_DECISIONS: Words = ("vedtak", "decisions")  # what a dated rule's date is of, in a finding

# Words for the codes of the coded columns (canonical values, docs/input.md), declared with each check
# that reads the column (``values``); reports show them beside a case, the review workbook in its facts.
DECISION = {"decision": {"granted": ("innvilget", "granted"), "partly": ("delvis innvilget", "partly granted"),
                         "refused": ("avslag", "refused")}}

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


SECTION_20A_IN_FORCE = "2017-01-01"  # sosialtjenesteloven § 20 a (Prop. 13 L (2016–2017))
CHILD_BENEFIT_IN_FORCE = "2022-09-01"  # sosialtjenesteloven § 18 tredje ledd on child benefit
KVP_LAW_CHANGE_2019 = "2019-01-01"  # the KVP age limit 19 -> 18 (Prop. 12 L (2018–2019)), as in checks/kvp.py


def _row(**kw) -> dict:
    return {"received_date": "2025-03-03", "decision": "granted", "decision_date": "2025-03-10", **kw}


CHECKS: list[Check] = [
    Check(
        id="stonad.processing_time",
        kind=DEVIATION,
        title=("Saksbehandlingstid: vedtak eller foreløpig svar innen én måned",
               "Processing time: decision or preliminary reply within one month"),
        legal_basis="forvaltningsloven § 11 a",
        basis=LAW,
        sources=(fvl("§ 11 a", "tredje ledd"),),
        requirement=("Søknaden avgjøres, eller søkeren får foreløpig svar, senest én måned etter at den ble mottatt. "
                     "Et svar som ennå ikke er gitt, regnes som gitt på kontrolldatoen.",
                     "The application is decided, or a preliminary reply sent, within one month of receipt. A reply "
                     "not yet given counts as given on the audit date."),
        needs=("received_date", "decision_date"),
        optional=("preliminary_reply_date",),
        applies_to=Rows("søknader med mottaksdato", "applications with a date of receipt",
                        lambda c: present("received_date"), uses=("received_date",)),
        measure=Measure(
            "dager fra mottatt søknad til første svar (vedtak eller foreløpig svar; kontrolldatoen hvis ingen)",
            "days from receipt to the first reply (decision or preliminary reply; the audit date if none)",
            DAYS,
            lambda c: days(col("received_date"), pl.min_horizontal(or_as_of("decision_date", c),
                                                                   or_as_of("preliminary_reply_date", c))),
        ),
        bounds=(Bound("deviation", "above",
                      lambda c: days(col("received_date"), add_months(col("received_date"), c.p("months"))),
                      date=lambda c: add_months(col("received_date"), c.p("months"))),),
        params=(Param("months", 1, "måneder", ("frist i måneder", "time limit in months"), basis=LAW),),
        details=("received_date", "preliminary_reply_date", "decision_date"),
        reasons=(
            Reason("no_reply_by_as_of", "Verken vedtak eller foreløpig svar var gitt på kontrolldatoen.",
                   "Neither a decision nor a preliminary reply had been given by the audit date.",
                   when=lambda c: col("decision_date").is_null() & col("preliminary_reply_date").is_null()),
            Reason("no_reply_within_month", "Verken vedtak eller foreløpig svar kom innen én måned.",
                   "Neither the decision nor a preliminary reply came within one month."),
        ),
        examples=(Example("ok", _row(received_date="2025-01-31", decision_date="2025-02-28")),
                  Example("deviation", _row(received_date="2025-01-31", decision_date="2025-03-01"),
                          reason="no_reply_within_month")),
        finding=Finding(
            requirement=(
                "Etter forvaltningsloven § 11 a skal en søknad avgjøres uten ugrunnet opphold. Kan den ikke "
                "besvares innen {months}, skal søkeren få et foreløpig svar som forklarer hvorfor og når svar "
                "kan ventes.",
                "Under the Public Administration Act section 11 a an application must be decided without undue "
                "delay; if it cannot be answered within {months}, the applicant must receive a preliminary reply."),
            found=("fikk søkeren verken vedtak eller foreløpig svar innen {months} etter søknaden",
                   "the applicant received neither a decision nor a preliminary reply within {months}"),
            ensure=("søknader om økonomisk stønad avgjøres, eller søkeren får foreløpig svar, innen {months}",
                    "applications for financial assistance are decided, or answered preliminarily, within {months}"),
            breach_basis=("forvaltningsloven § 11 a, jf. sosialtjenesteloven § 41",
                          "the Public Administration Act section 11 a, cf. the Social Services Act section 41"),
            clears=(("preliminary_reply_date", ("dato for foreløpig svar", "the date of a preliminary reply")),),
        ),
    ),
    Check(
        id="stonad.emergency_same_day",
        kind=DEVIATION,
        title=("Søknad om nødhjelp avgjort samme dag", "Emergency application decided the same day"),
        legal_basis="sosialtjenesteloven §§ 18, 4",
        basis=PRACTICE,
        sources=(sotjl("§ 18"), sotjl("§ 4"),
                 practice("Statsforvalteren i Trøndelag, tilsyn med nødhjelp i Trondheim 2022: hjelpen skal gis til "
                          "rett tid; «skal behandles raskt, ofte samme dag» er praksis, ikke en frist i loven")),
        requirement=("En søknad om nødhjelp behandles raskt, helst samme dag. Dagene telles som kalenderdager "
                     "(helger og helligdager teller); en søknad som ikke er avgjort, måles til kontrolldatoen.",
                     "An emergency application is handled quickly, preferably the same day. Calendar days count "
                     "(weekends and holidays included); an undecided application is measured to the audit date."),
        needs=("emergency", "received_date", "decision_date"),
        applies_to=Rows("søknader om nødhjelp", "applications for emergency help",
                        lambda c: possibly(col("emergency")), uses=("emergency",)),
        measure=Measure(
            "kalenderdager fra mottatt søknad til vedtak (kontrolldatoen hvis ikke avgjort)",
            "calendar days from receipt to the decision (the audit date if not decided)",
            DAYS,
            lambda c: when_known(days(col("received_date"), or_as_of("decision_date", c)), col("emergency")),
        ),
        bounds=(warning_above("warning_days"), deviation_above("deviation_days")),
        params=(
            Param("warning_days", 0, "dager", ("til vurdering over antall dager", "warning above days"), basis=PRACTICE),
            Param("deviation_days", 1, "dager", ("avvik over antall dager", "deviation above days"), basis=PRACTICE),
        ),
        details=("received_date", "decision_date"),
        reasons=(
            Reason("not_decided_by_as_of", "Søknaden om nødhjelp var ikke avgjort på kontrolldatoen.",
                   "The emergency application had not been decided by the audit date.",
                   when=lambda c: col("decision_date").is_null()),
            Reason("decided_after_limit", "Søknaden om nødhjelp ble avgjort senere enn grensen.",
                   "The emergency application was decided later than the limit.", level="deviation"),
            Reason("decided_after_same_day", "Søknaden om nødhjelp ble ikke avgjort samme dag.",
                   "The emergency application was not decided the same day."),
        ),
        examples=(Example("ok", _row(emergency=True, received_date="2025-04-17", decision_date="2025-04-17")),
                  Example("deviation", _row(emergency=True, received_date="2025-04-17", decision_date="2025-04-22"),
                          reason="decided_after_limit")),
        finding=Finding(
            requirement=(
                "Etter sosialtjenesteloven § 18, jf. § 4, skal personer i en nødsituasjon få forsvarlig hjelp til "
                "rett tid. En søknad om nødhjelp må derfor behandles raskt, ofte samme dag.",
                "Under the Social Services Act section 18, cf. section 4, people in an emergency must get sound "
                "help in time. An application for emergency help must therefore be handled quickly, often the "
                "same day."),
            found=("ble søknaden om nødhjelp avgjort senere enn {deviation_days} etter at den kom inn",
                   "the application for emergency help was decided later than {deviation_days} after it "
                   "was received"),
            ensure=("søknader om nødhjelp behandles så raskt at hjelpen gis til rett tid",
                    "applications for emergency help are handled quickly enough for help to come in time"),
            breach_basis=("sosialtjenesteloven § 18, jf. § 4", "the Social Services Act section 18, cf. section 4"),
            practice=("samme dag, og senest {deviation_days}, er anbefalt praksis; loven setter ingen "
                      "frist i dager, men krever forsvarlig hjelp til rett tid",
                      "the same day, and at most {deviation_days}, is recommended practice; the law sets "
                      "no limit in days but requires sound help in time"),
            extent=True,
        ),
    ),
    Check(
        id="stonad.activity_conditions_under_30",
        kind=DEVIATION,
        title=("Vilkår om aktivitet for mottakere under 30 år", "Activity conditions for recipients under 30"),
        legal_basis="sosialtjenesteloven § 20 a",
        basis=LAW,
        sources=(sotjl("§ 20 a", note="i kraft 01.01.2017 (Prop. 13 L (2016–2017)); gjelder ikke nødhjelp"),),
        requirement=("Ved vedtak om økonomisk stønad til personer under 30 år skal det stilles vilkår om aktivitet, "
                     "med mindre det er vedtatt et begrunnet unntak. Gjelder vedtak fra 01.01.2017; nødhjelp er unntatt.",
                     "A decision granting assistance to a person under 30 sets activity conditions, unless a justified "
                     "exception is decided. Applies to decisions from 1 Jan 2017; emergency help is exempt."),
        needs=("decision", "decision_date", AnyOf(*BIRTH), "conditions_set"),
        values=DECISION,
        optional=("emergency", "exception_20a_date", "exception_20a_reason"),
        in_force_from=SECTION_20A_IN_FORCE,
        in_force_by="decision_date",
        applies_to=Rows(
            "innvilgede og delvis innvilgede søknader (ikke nødhjelp) fra personer under 30 år på vedtaksdatoen, "
            "vedtatt fra 01.01.2017",
            "granted and partly granted applications (not emergency help) from persons under 30 at the decision "
            "date, decided from 1 Jan 2017",
            lambda c: _granted() & ~col("emergency").fill_null(False)
            & possibly(age_at(col("decision_date")) < c.p("age_limit")),
            uses=("decision", "decision_date", "emergency", *BIRTH),
        ),
        measure=Measure(
            "vilkår om aktivitet er stilt, eller unntak er vedtatt med begrunnelse",
            "activity conditions are set, or an exception is decided with its grounds",
            NONE,
            lambda c: when_known(flag(col("conditions_set") | _exception_20a()), age_at(col("decision_date"))),
        ),
        bounds=(must_hold(),),
        params=(Param("age_limit", 30, "år", ("gjelder mottakere under denne alderen", "applies to recipients below this age"),
                      basis=LAW),),
        details=("decision_date", "conditions_set", "exception_20a_date"),
        facts=(("exception_reason_given", lambda c: _non_empty("exception_20a_reason")),),
        reasons=(
            Reason("exception_without_reason", "Unntaket fra aktivitetsplikten er vedtatt uten begrunnelse.",
                   "The exception from the activity duty was decided without grounds.",
                   when=lambda c: present("exception_20a_date") & ~_non_empty("exception_20a_reason")),
            Reason("conditions_missing", "Det er ikke stilt vilkår om aktivitet, og det er ikke vedtatt unntak.",
                   "No activity conditions were set and no exception was decided."),
        ),
        questions=(Question("conditions_set", 'Vilkår om aktivitet stilt',
                    'Er det stilt vilkår om aktivitet i vedtaket (sosialtjenesteloven § 20 / § 20 a)?',
                    'Does the decision set conditions of activity (Social Services Act § 20 / § 20 a)?',
                    header_en='Activity conditions set'),),
        examples=(Example("ok", _row(decision_date="2017-01-01", birth_year=1995, conditions_set=True)),
                  Example("deviation", _row(decision_date="2017-01-01", birth_year=1995, conditions_set=False),
                          reason="conditions_missing")),
        finding=Finding(
            requirement=(
                "Etter sosialtjenesteloven § 20 a (i kraft 01.01.2017) skal NAV-kontoret stille vilkår om aktivitet "
                "for mottakere under {age_limit}, med mindre tungtveiende grunner taler mot det. Vilkårene gjelder "
                "ikke i en nødsituasjon.",
                "Under the Social Services Act section 20 a (in force 1 January 2017) the NAV office must set "
                "activity conditions for recipients under {age_limit}, unless weighty reasons speak against it. "
                "The conditions do not apply in an emergency."),
            found=("ble det ikke stilt vilkår om aktivitet, og det var ikke begrunnet unntak",
                   "no activity condition was set and no reasoned exception was made"),
            ensure=("det stilles vilkår om aktivitet for mottakere under {age_limit}, eller gjøres begrunnet unntak",
                    "activity conditions are set for recipients under {age_limit}, or a reasoned exception is made"),
            breach_basis=("sosialtjenesteloven § 20 a", "the Social Services Act section 20 a"),
            event=_DECISIONS,
            clears=(("exception_20a_date", ("vedtak om unntak fra aktivitetsplikten",
                                            "decisions on exceptions from the activity duty")),),
        ),
    ),
    Check(
        id="stonad.child_benefit_excluded",
        kind=DEVIATION,
        title=("Barnetrygd holdt utenfor som inntekt", "Child benefit not counted as income"),
        legal_basis="sosialtjenesteloven § 18 tredje ledd",
        basis=LAW,
        sources=(sotjl("§ 18", "tredje ledd", note="i kraft 01.09.2022"),),
        requirement=("Barnetrygd regnes ikke som inntekt når stønad til familier med barn vurderes. Gjelder vedtak "
                     "fra 01.09.2022.",
                     "Child benefit is not counted as income when assistance to families with children is assessed. "
                     "Applies to decisions from 1 Sept 2022."),
        needs=("children_in_household", "child_benefit_as_income", "decision_date"),
        in_force_from=CHILD_BENEFIT_IN_FORCE,
        in_force_by="decision_date",
        applies_to=Rows("søknader med barn under 18 år i husholdningen, vedtatt fra 01.09.2022",
                        "applications with children under 18 in the household, decided from 1 Sept 2022",
                        lambda c: possibly(col("children_in_household") > 0), uses=("children_in_household",)),
        measure=Measure("barnetrygd er ikke regnet som inntekt", "child benefit is not counted as income", NONE,
                        lambda c: when_known(flag(~col("child_benefit_as_income")), col("children_in_household"))),
        bounds=(must_hold(),),
        details=("decision_date", "children_in_household"),
        facts=(("child_benefit_as_income", lambda c: col("child_benefit_as_income")),),
        reasons=(Reason("child_benefit_counted", "Barnetrygd er regnet som inntekt.", "Child benefit was counted as income."),),
        questions=(Question("child_benefit_as_income", 'Barnetrygd regnet som inntekt',
                    'Er barnetrygd regnet som inntekt i utmålingen?',
                    'Is child benefit counted as income in the assessment of the amount?',
                    header_en='Child benefit counted as income'),),
        examples=(Example("ok", _row(decision_date="2022-09-01", children_in_household=2, child_benefit_as_income=False)),
                  Example("deviation", _row(decision_date="2022-09-01", children_in_household=2,
                                            child_benefit_as_income=True), reason="child_benefit_counted")),
        finding=Finding(
            requirement=(
                "Etter sosialtjenesteloven § 18 tredje ledd (i kraft 01.09.2022) skal det ved vurdering av søknad om "
                "stønad til familier ikke tas hensyn til barnetrygd.",
                "Under the Social Services Act section 18 (3) (in force 1 September 2022) child benefit must not be "
                "taken into account when assessing applications from families."),
            found=("ble barnetrygd regnet som inntekt", "child benefit was counted as income"),
            ensure=("barnetrygd holdes utenfor ved vurdering av stønad til familier",
                    "child benefit is left out when assessing assistance to families"),
            breach_basis=("sosialtjenesteloven § 18 tredje ledd", "the Social Services Act section 18 (3)"),
            event=_DECISIONS,
        ),
    ),
    Check(
        id="stonad.kvp_information_long_term",
        kind=DEVIATION,
        title=("Langvarige mottakere informert om KVP", "Long-term recipients informed about KVP"),
        legal_basis="sosialtjenesteloven §§ 17, 29",
        basis=PRACTICE,
        sources=(sotjl("§ 17"), sotjl("§ 29"),
                 practice("6 av de siste 12 månedene er et valgt tall, verken i loven eller i SSBs definisjoner")),
        requirement=("Langvarige mottakere av økonomisk stønad i yrkesaktiv alder er informert om "
                     "kvalifiseringsprogrammet.",
                     "Long-term recipients of working age have been told about the qualification programme."),
        needs=("months_on_assistance", "received_date", AnyOf(*BIRTH), "kvp_informed_date"),
        applies_to=Rows(
            "søkere med stønad i minst 6 av de siste 12 månedene, 18–67 år da søknaden ble mottatt (19–67 år før "
            "01.01.2019)",
            "applicants with assistance in at least 6 of the last 12 months, aged 18–67 at receipt (19–67 before "
            "1 Jan 2019)",
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
            Param("months", 6, "måneder", ("minste antall måneder med stønad siste 12", "minimum months with assistance in the last 12"),
                  basis=PRACTICE),
            # the programme's own lower age limit, as in force when the application was received (kvp.age)
            Param("min_age", Versioned(by="received_date", before=19, changes=((KVP_LAW_CHANGE_2019, 18),)), "år",
                  ("laveste alder for KVP (19 år for søknader mottatt før 01.01.2019)",
                   "minimum age for KVP (19 for applications received before 1 Jan 2019)"), basis=LAW),
            Param("max_age", 67, "år", ("høyeste alder", "maximum age"), basis=LAW),
        ),
        details=("received_date", "months_on_assistance", "kvp_informed_date"),
        reasons=(Reason("kvp_information_missing", "Det er ikke dokumentert at søkeren er informert om KVP.",
                        "It is not documented that the applicant was told about KVP."),),
        questions=(Question("kvp_informed_date", 'Dato informert om KVP',
                    'Når er det dokumentert at brukeren ble informert om KVP? Skriv «Ikke dokumentert» hvis det ikke finnes.',
                    'When is it documented that the user was informed of the qualification programme? Write «Not documented» if it is not.',
                    header_en='Date informed of the QP'),),
        examples=(Example("ok", _row(months_on_assistance=8, birth_year=1980, kvp_informed_date="2025-02-01")),
                  Example("deviation", _row(months_on_assistance=8, birth_year=1980, kvp_informed_date=None),
                          reason="kvp_information_missing")),
        finding=Finding(
            requirement=(
                "Etter sosialtjenesteloven § 17, jf. § 29, skal NAV-kontoret informere personer som kan ha rett "
                "til kvalifiseringsprogram, om programmet. Langvarige mottakere av økonomisk stønad er en sentral "
                "målgruppe.",
                "Under the Social Services Act section 17, cf. section 29, the NAV office must inform people who "
                "may be entitled to the qualification programme about it. Long-term recipients of financial "
                "assistance are a central target group."),
            found=("var det ikke dokumentert at mottakeren var informert om kvalifiseringsprogrammet etter "
                   "{months} med stønad",
                   "it was not documented that the recipient was informed about the programme after {months} "
                   "on assistance"),
            ensure=("langvarige mottakere av økonomisk stønad får informasjon om kvalifiseringsprogrammet",
                    "long-term recipients of financial assistance are informed about the qualification programme"),
            breach_basis=("sosialtjenesteloven § 17, jf. § 29", "the Social Services Act section 17, cf. section 29"),
            event=("søknader mottatt", "applications received"),
            practice=("{months} med stønad er en praksisgrense kontrollen bruker for hvem som bør ha fått "
                      "informasjon; loven setter ingen slik grense",
                      "{months} on assistance is a practice threshold used by the check for who should have been "
                      "informed; the law sets no such limit"),
        ),
    ),
    Check(
        id="stonad.data.dates_in_order",
        kind=DATA,
        title=("Datoene står i riktig rekkefølge", "Dates are in order"),
        legal_basis="—",
        requirement=("Søknaden er mottatt før vedtaket, og stønadsperioden starter før den slutter.",
                     "The application is received before the decision, and the period starts before it ends."),
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
        reasons=(
            Reason("received_after_decision", "Mottaksdatoen er etter vedtaksdatoen.",
                   "The date of receipt is after the decision date.",
                   when=lambda c: col("received_date") > col("decision_date")),
            Reason("period_start_after_end", "Stønadsperioden starter etter at den slutter.",
                   "The period starts after it ends."),
        ),
        examples=(Example("ok", _row()),
                  Example("deviation", _row(received_date="2025-03-12"), reason="received_after_decision")),
    ),
    Check(
        id="stonad.short_decisions",
        kind=INDICATOR,
        title=("Andel kortvarige vedtak (under to måneder)", "Share of short decisions (under two months)"),
        legal_basis="—",
        basis=PRACTICE,
        requirement=("Indikator: andelen innvilgede vedtak med en periode kortere enn to måneder (anbefalt praksis).",
                     "Indicator: the share of granted decisions with a period under two months (recommended practice)."),
        needs=("decision", "period_start", "period_end"),
        values=DECISION,
        applies_to=Rows("innvilgede og delvis innvilgede søknader med periode",
                        "granted and partly granted applications with a period",
                        lambda c: _granted() & present("period_start") & present("period_end"),
                        uses=("decision", "period_start", "period_end")),
        measure=Measure("perioden slutter før periode fra + 2 måneder", "the period ends before its start + 2 months", SHARE,
                        lambda c: flag(col("period_end") < add_months(col("period_start"), c.p("months")))),
        aggregate="share",
        target=Target(">=", "target_share"),
        params=(
            Param("months", 2, "måneder", ("kortvarig: slutter før start + antall måneder", "short: ends before start + months"),
                  basis=PRACTICE),
            Param("target_share", 0.8, "andel", ("mål: minste andel", "target: minimum share"), basis=PRACTICE),
        ),
    ),
    Check(
        id="stonad.follow_up_after_decision",
        kind=INDICATOR,
        title=("Andel med oppfølgingsmøte innen 14 dager etter vedtak",
               "Share with a follow-up meeting within 14 days after the decision"),
        legal_basis="—",
        basis=PRACTICE,
        requirement=("Indikator: andelen innvilgede søknader med oppfølgingsmøte innen 14 dager etter vedtaket.",
                     "Indicator: the share of granted applications with a follow-up meeting within 14 days of the "
                     "decision."),
        needs=("decision", "decision_date", "follow_up_meeting_date"),
        values=DECISION,
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
            Param("days", 14, "dager", ("møte senest antall dager etter vedtak", "meeting at most days after the decision"),
                  basis=PRACTICE),
            Param("target_share", 0.8, "andel", ("mål: minste andel", "target: minimum share"), basis=PRACTICE),
        ),
        questions=(Question("follow_up_meeting_date", 'Dato første oppfølgingsmøte',
                    'Når var første oppfølgingsmøte etter vedtaket? Skriv «Ikke dokumentert» hvis det ikke finnes.',
                    'When was the first follow-up meeting after the decision? Write «Not documented» if there is none.',
                    header_en='Date of first follow-up meeting'),),
    ),
]

SUITE = Suite(name="stonad", dataset="stonad", title=("Økonomisk stønad", "Economic social assistance"), checks=CHECKS)
