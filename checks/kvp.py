"""Suite `kvp`: the qualification programme (kvalifiseringsprogram), sosialtjenesteloven §§ 29–40.

One declaration per check id of checks.md. "Decided" = decision is granted or refused;
"started" = program_start_date present. Unknown (empty) values make a row `unknown`
unless the declaration says the empty value is judged against the audit date.
"""

from __future__ import annotations

import polars as pl

from checks.base import (
    DATA, DAYS, DEVIATION, HOURS, INDICATOR, MONTHS, NONE, SHARE, YEARS, COUNT,
    AnyOf, AtLeast, Bound, Check, Measure, Param, Rows, Suite, Target, Versioned,
    deviation_above, deviation_below, must_hold, warning_above,
)
from checks.measures import add_months, age_at, col, days, earliest, flag, full_months, is_in, or_as_of, present

LAW_CHANGE_2019 = "2019-01-01"  # endringslov til sosialtjenesteloven i kraft 1. januar 2019

# ---------------------------------------------------------------- rows the checks apply to
DECIDED = Rows("avgjorte søknader (innvilget eller avslag)", "decided applications (granted or refused)",
               lambda c: is_in("decision", ("granted", "refused")), uses=("decision",))
GRANTED = Rows("innvilgede søknader", "granted applications", lambda c: col("decision") == "granted", uses=("decision",))
STARTED = Rows("program som har startet", "programmes that have started", lambda c: present("program_start_date"),
               uses=("program_start_date",))
ALL = Rows("alle saker", "all cases", lambda c: pl.lit(True))


def _ground(criterion: str, nb: str, en: str) -> Check:
    column = f"ground_{criterion}"
    return Check(
        id=f"kvp.grounds.{criterion}",
        kind=DEVIATION,
        title=(f"Vedtaket begrunner vilkåret: {nb}", f"Decision gives grounds for: {en}"),
        legal_basis="forvaltningsloven §§ 24–25; sosialtjenesteloven § 29",
        needs=("decision", column),
        applies_to=GRANTED,
        measure=Measure("vilkåret er begrunnet i vedtaket", "the criterion is given grounds in the decision", NONE,
                        lambda c: flag(col(column))),
        bounds=(must_hold(),),
        details=("decision_date",),
    )


CHECKS: list[Check] = [
    Check(
        id="kvp.age",
        kind=DEVIATION,
        title=("Alder ved vedtak innenfor aldersgrensene", "Age at decision within the age limits"),
        legal_basis="sosialtjenesteloven § 29",
        needs=("decision", "decision_date", AnyOf("birth_date", "birth_year")),
        applies_to=DECIDED,
        measure=Measure("alder i hele år på vedtaksdatoen", "age in full years at the decision date", YEARS,
                        lambda c: age_at(col("decision_date"))),
        bounds=(deviation_below("min_age"), deviation_above("max_age")),
        params=(
            Param("min_age", Versioned(by="decision_date", before=19, changes=((LAW_CHANGE_2019, 18),)), "år",
                  ("laveste alder (19 år for vedtak før 1.1.2019)", "minimum age (19 for decisions before 2019-01-01)")),
            Param("max_age", 67, "år", ("høyeste alder", "maximum age")),
        ),
        details=("decision_date",),
    ),
    Check(
        id="kvp.work_ability_assessment",
        kind=DEVIATION,
        title=("Arbeidsevnevurdering før vedtak", "Work ability assessed before the decision"),
        legal_basis="sosialtjenesteloven § 29; NAV-loven § 14 a",
        needs=("decision", "decision_date", "work_ability_assessment_date"),
        applies_to=DECIDED,
        measure=Measure(
            "arbeidsevnevurdering finnes og er datert senest på vedtaksdatoen",
            "a work ability assessment exists, dated on or before the decision",
            NONE,
            lambda c: pl.when(col("work_ability_assessment_date").is_null()).then(0.0)
            .otherwise(flag(col("work_ability_assessment_date") <= col("decision_date"))),
            reported=lambda c: days(col("decision_date"), col("work_ability_assessment_date")),
        ),
        bounds=(must_hold(),),
        details=("decision_date", "work_ability_assessment_date"),
    ),
    _ground("age", "alder", "age"),
    _ground("work_ability", "vesentlig nedsatt arbeids- og inntektsevne", "substantially reduced work and earning capacity"),
    _ground("benefits", "ingen eller svært begrensede ytelser", "no or very limited benefits"),
    _ground("necessity", "nødvendig og hensiktsmessig", "necessary and appropriate"),
    _ground("program", "tilpasset program kan tilbys", "an adapted programme can be offered"),
    Check(
        id="kvp.before_decision",
        kind=DEVIATION,
        title=("Program ikke startet før vedtak", "Programme not started before the decision"),
        legal_basis="forvaltningsloven § 23; forskrift om kvalifiseringsprogram § 2",
        needs=("decision", "decision_date", AnyOf("program_start_date", "first_activity_date")),
        applies_to=GRANTED,
        measure=Measure(
            "dager programstart eller første aktivitet lå før vedtaket",
            "days the programme start or first activity preceded the decision",
            DAYS,
            lambda c: days(earliest("program_start_date", "first_activity_date"), col("decision_date")),
        ),
        bounds=(deviation_above("allowed_days_before"),),
        params=(Param("allowed_days_before", 0, "dager", ("tillatte dager før vedtak", "days allowed before the decision")),),
        optional=("program_start_date", "first_activity_date"),
        details=("decision_date", "first_activity_date", "program_start_date"),
    ),
    Check(
        id="kvp.start_delay",
        kind=DEVIATION,
        title=("Oppstart i program etter vedtak (venteliste)", "Programme start after the decision (waiting list)"),
        legal_basis="sosialtjenesteloven §§ 29, 4",
        needs=("decision", "decision_date", "program_start_date"),
        applies_to=GRANTED,
        measure=Measure(
            "dager fra vedtak til oppstart (revisjonsdatoen hvis ikke startet)",
            "days from decision to start (the audit date if not started)",
            DAYS,
            lambda c: days(col("decision_date"), or_as_of("program_start_date", c)),
        ),
        bounds=(warning_above("warning_days"), deviation_above("deviation_days")),
        params=(
            Param("warning_days", 14, "dager", ("varsel over antall dager", "warning above days")),
            Param("deviation_days", 30, "dager", ("avvik over antall dager", "deviation above days")),
        ),
        details=("decision_date", "program_start_date"),
    ),
    Check(
        id="kvp.processing_time",
        kind=DEVIATION,
        title=("Saksbehandlingstid: vedtak eller foreløpig svar innen én måned",
               "Processing time: decision or preliminary reply within one month"),
        legal_basis="forvaltningsloven § 11 a",
        needs=("application_date", "decision_date"),
        optional=("preliminary_reply_date",),
        applies_to=Rows("saker med søknadsdato", "cases with an application date", lambda c: present("application_date"),
                         uses=("application_date",)),
        measure=Measure(
            "dager fra søknad til første svar (vedtak eller foreløpig svar; revisjonsdatoen hvis ingen)",
            "days from application to the first reply (decision or preliminary reply; the audit date if none)",
            DAYS,
            lambda c: days(col("application_date"), pl.min_horizontal(or_as_of("decision_date", c),
                                                                      or_as_of("preliminary_reply_date", c))),
        ),
        bounds=(Bound("deviation", "above",
                      lambda c: days(col("application_date"), add_months(col("application_date"), c.p("months")))),),
        params=(Param("months", 1, "måneder", ("frist i måneder", "time limit in months")),),
        details=("application_date", "preliminary_reply_date", "decision_date"),
    ),
    Check(
        id="kvp.duration_stated",
        kind=DEVIATION,
        title=("Vedtaket angir programmets varighet", "The decision states the programme's duration"),
        legal_basis="forskrift om kvalifiseringsprogram § 2",
        needs=("decision", "planned_end_date"),
        applies_to=GRANTED,
        measure=Measure("planlagt sluttdato er angitt", "a planned end date is stated", NONE,
                        lambda c: flag(present("planned_end_date"))),
        bounds=(must_hold(),),
        details=("decision_date", "planned_end_date"),
    ),
    Check(
        id="kvp.max_duration",
        kind=DEVIATION,
        title=("Programmets lengde innenfor lovens grense", "Programme length within the legal limit"),
        legal_basis="sosialtjenesteloven § 31",
        needs=("program_start_date",),
        optional=("end_date", "extension_decision_date", "extension_reason"),
        applies_to=STARTED,
        measure=Measure(
            "dager fra oppstart til slutt (revisjonsdatoen hvis ikke avsluttet)",
            "days from start to end (the audit date if not ended)",
            MONTHS,
            lambda c: days(col("program_start_date"), or_as_of("end_date", c)),
            reported=lambda c: full_months(col("program_start_date"), or_as_of("end_date", c)),
        ),
        bounds=(Bound("deviation", "above", lambda c: days(
            col("program_start_date"),
            add_months(col("program_start_date"),
                       pl.when(present("extension_decision_date") & present("extension_reason"))
                       .then(c.p("extended_months")).otherwise(c.p("months"))),
        )),),
        params=(
            Param("months", Versioned(by="program_start_date", before=12, changes=((LAW_CHANGE_2019, 24),)), "måneder",
                  ("lengste varighet", "maximum duration")),
            Param("extended_months", Versioned(by="program_start_date", before=24, changes=((LAW_CHANGE_2019, 36),)),
                  "måneder", ("lengste varighet med begrunnet forlengelse", "maximum duration with a justified extension")),
        ),
        details=("program_start_date", "end_date", "extension_decision_date"),
    ),
    Check(
        id="kvp.extension_in_time",
        kind=DEVIATION,
        title=("Forlengelse vedtatt før planlagt slutt", "Extension decided before the planned end"),
        legal_basis="sosialtjenesteloven § 31; forvaltningsloven § 23",
        needs=("extension_decision_date", "planned_end_date"),
        applies_to=Rows("saker med vedtak om forlengelse", "cases with an extension decision",
                        lambda c: present("extension_decision_date"), uses=("extension_decision_date",)),
        measure=Measure("dager forlengelsen ble vedtatt etter planlagt slutt", "days the extension was decided after the planned end",
                        DAYS, lambda c: days(col("planned_end_date"), col("extension_decision_date"))),
        bounds=(deviation_above(0),),
        details=("planned_end_date", "extension_decision_date"),
    ),
    Check(
        id="kvp.evaluation_planned",
        kind=DEVIATION,
        title=("Evaluering planlagt i programmet", "Evaluation planned in the programme"),
        legal_basis="forskrift om kvalifiseringsprogram § 1",
        needs=("program_start_date", "evaluations_planned"),
        applies_to=STARTED,
        measure=Measure("antall planlagte evalueringer", "number of planned evaluations", COUNT,
                        lambda c: col("evaluations_planned").cast(pl.Float64)),
        bounds=(deviation_below("min_evaluations"),),
        params=(Param("min_evaluations", 1, "antall", ("minste antall evalueringer", "minimum number of evaluations")),),
        details=("program_start_date",),
    ),
    Check(
        id="kvp.full_time",
        kind=DEVIATION,
        title=("Programmet er på heltid", "The programme is full-time"),
        legal_basis="sosialtjenesteloven § 30; forskrift om kvalifiseringsprogram § 1",
        needs=("program_start_date", "hours_per_week"),
        applies_to=STARTED,
        measure=Measure("planlagte timer per uke", "planned hours per week", HOURS, lambda c: col("hours_per_week")),
        bounds=(deviation_below("min_hours"),),
        params=(Param("min_hours", 37.5, "timer", ("minste antall timer per uke", "minimum hours per week")),),
        details=("program_start_date",),
    ),
    Check(
        id="kvp.early_information",
        kind=DEVIATION,
        title=("Tidlig informasjon om KVP", "Early information about KVP"),
        legal_basis="sosialtjenesteloven §§ 17, 29",
        needs=("first_contact_date", "kvp_informed_date"),
        applies_to=Rows("saker med dato for første kontakt", "cases with a first contact date", lambda c: present("first_contact_date"),
                         uses=("first_contact_date",)),
        measure=Measure(
            "dager fra første kontakt til dokumentert informasjon (revisjonsdatoen hvis ikke informert)",
            "days from first contact to documented information (the audit date if not informed)",
            DAYS,
            lambda c: days(col("first_contact_date"), or_as_of("kvp_informed_date", c)),
        ),
        bounds=(warning_above("warning_days"), deviation_above("deviation_days")),
        params=(
            Param("warning_days", 30, "dager", ("varsel over antall dager", "warning above days")),
            Param("deviation_days", 90, "dager", ("avvik over antall dager", "deviation above days")),
        ),
        details=("first_contact_date", "kvp_informed_date"),
    ),
    Check(
        id="kvp.appeal_info",
        kind=DEVIATION,
        title=("Vedtaket opplyser om klageadgang", "The decision informs about the right to appeal"),
        legal_basis="forvaltningsloven § 27",
        needs=("decision", "appeal_info"),
        applies_to=DECIDED,
        measure=Measure("klageadgang, klagefrist og klageinstans er opplyst", "right to appeal, deadline and body stated",
                        NONE, lambda c: flag(col("appeal_info"))),
        bounds=(must_hold(),),
        details=("decision_date",),
    ),
    Check(
        id="kvp.data.dates_in_order",
        kind=DATA,
        title=("Datoene står i riktig rekkefølge", "Dates are in order"),
        legal_basis="—",
        needs=(AtLeast(2, ("application_date", "decision_date", "program_start_date", "end_date")),),
        optional=("application_date", "decision_date", "program_start_date", "end_date"),
        applies_to=ALL,
        measure=Measure(
            "søknad ≤ vedtak, vedtak ≤ slutt og oppstart ≤ slutt (blant datoene som finnes)",
            "application ≤ decision, decision ≤ end and start ≤ end (among the dates present)",
            NONE,
            lambda c: flag(~(
                (col("application_date") > col("decision_date")).fill_null(False)
                | (col("decision_date") > col("end_date")).fill_null(False)
                | (col("program_start_date") > col("end_date")).fill_null(False)
            )),
        ),
        bounds=(must_hold(),),
        details=("application_date", "decision_date", "program_start_date", "end_date"),
    ),
    Check(
        id="kvp.data.status_end_date",
        kind=DATA,
        title=("Status stemmer med sluttdato", "Status agrees with the end date"),
        legal_basis="—",
        source="SSB kontroll 37",
        needs=("status", "end_date"),
        applies_to=Rows("saker med status", "cases with a status", lambda c: present("status"), uses=("status",)),
        measure=Measure(
            "status 3, 4, 5 og 7 har sluttdato; status 1 har ikke sluttdato",
            "status 3, 4, 5 and 7 have an end date; status 1 has none",
            NONE,
            lambda c: flag(~(
                (is_in("status", ("3", "4", "5", "7")) & col("end_date").is_null())
                | ((col("status") == "1") & col("end_date").is_not_null())
            )),
        ),
        bounds=(must_hold(),),
        details=("end_date",),
    ),
    Check(
        id="kvp.outcome_work_education",
        kind=INDICATOR,
        title=("Andel avsluttede program som går til arbeid eller utdanning",
               "Share of ended programmes going to work or education"),
        legal_basis="—",
        needs=("end_date", "outcome"),
        applies_to=Rows("avsluttede program med kjent situasjon etterpå", "ended programmes with a known outcome",
                        lambda c: present("end_date") & present("outcome"), uses=("end_date", "outcome")),
        measure=Measure("arbeid, arbeid med lønnstilskudd eller utdanning", "work, subsidised work or education", SHARE,
                        lambda c: flag(is_in("outcome", ("work", "work_subsidised", "education")))),
        aggregate="share",
        target=Target(">=", "target_share"),
        params=(Param("target_share", 0.5, "andel", ("mål: minste andel", "target: minimum share")),),
    ),
    Check(
        id="kvp.median_start_delay",
        kind=INDICATOR,
        title=("Median ventetid fra vedtak til oppstart", "Median days from decision to programme start"),
        legal_basis="—",
        needs=("decision", "decision_date", "program_start_date"),
        applies_to=Rows("innvilgede og startede program", "granted and started programmes",
                        lambda c: (col("decision") == "granted") & present("program_start_date"),
                        uses=("decision", "program_start_date")),
        measure=Measure("dager fra vedtak til oppstart", "days from decision to start", DAYS,
                        lambda c: days(col("decision_date"), col("program_start_date"))),
        aggregate="median",
        target=Target("<=", "target_days"),
        params=(Param("target_days", 14, "dager", ("mål: høyeste median", "target: maximum median")),),
    ),
]

SUITE = Suite(name="kvp", dataset="kvp", title=("Kvalifiseringsprogram (KVP)", "Qualification programme (KVP)"), checks=CHECKS)
