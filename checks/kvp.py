"""Suite `kvp`: the qualification programme (kvalifiseringsprogram), sosialtjenesteloven §§ 29–40.

One declaration per check id of checks.md. "Decided" = decision is granted or refused;
"started" = program_start_date present. Unknown (empty) values make a row `unknown`
unless the declaration says the empty value is judged against the audit date.
"""

from __future__ import annotations

import polars as pl

from checks.base import (
    DATA, DAYS, DEVIATION, HOURS, INDICATOR, LAW, NONE, PRACTICE, SHARE, YEARS, COUNT,
    AnyOf, AtLeast, Bound, Check, Example, Finding, Measure, Param, Question, Reason, Rows, Suite, Target, Versioned, Words,
    deviation_above, deviation_below, must_hold, warning_above,
)
from checks.law import fvl, kostra, nav_practice, practice, regulation, sotjl, Source, NAVL
from checks.measures import add_months, age_at, col, days, earliest, flag, is_in, or_as_of, present

LAW_CHANGE_2019 = "2019-01-01"  # endringslov til sosialtjenesteloven i kraft 1. januar 2019

_DECISIONS: Words = ("vedtak", "decisions")  # what a dated rule's date is of, in a finding
_STARTED: Words = ("program som startet", "programmes started")

# Words for the codes of the coded columns (canonical values, docs/input.md), declared with each check
# that reads the column (``values``); reports show them beside a case, the review workbook in its facts.
DECISION = {"decision": {"granted": ("innvilget", "granted"), "refused": ("avslag", "refused")}}
STATUS = {"status": {  # KOSTRA 11CF STATUS per 31.12 (SSB's file description)
    "1": ("fortsatt i program", "still in the programme"),
    "2": ("permisjon/avtalt avbrudd fra program", "leave/agreed break from the programme"),
    "3": ("fullført program eller avsluttet etter avtale", "programme completed or ended by agreement"),
    "4": ("varig avbrutt på grunn av uteblivelse", "permanently discontinued because of absence"),
    "5": ("avbrutt på grunn av flytting til annen kommune", "discontinued because of a move to another municipality"),
    "6": ("flyttet til annen bydel før programperioden var over (Oslos bydeler)",
          "moved to another city district before the programme period ended (Oslo's districts)"),
    "7": ("avsluttet etter avbrudd", "ended after a break"),
}}
OUTCOME = {"outcome": {
    "work": ("arbeid", "work"), "work_subsidised": ("arbeid med lønnstilskudd", "subsidised work"),
    "education": ("utdanning", "education"), "aap": ("AAP", "work assessment allowance"),
    "disability": ("uføretrygd", "disability benefit"), "social_assistance": ("økonomisk stønad", "social assistance"),
    "other": ("annet", "other"), "unknown": ("ukjent", "unknown"),
}}

# ---------------------------------------------------------------- rows the checks apply to
DECIDED = Rows("avgjorte søknader (innvilget eller avslag)", "decided applications (granted or refused)",
               lambda c: is_in("decision", ("granted", "refused")), uses=("decision",))
GRANTED = Rows("innvilgede søknader", "granted applications", lambda c: col("decision") == "granted", uses=("decision",))
STARTED = Rows("program som har startet", "programmes that have started", lambda c: present("program_start_date"),
               uses=("program_start_date",))
ALL = Rows("alle saker", "all cases", lambda c: pl.lit(True))


def _non_empty(column: str) -> pl.Expr:
    return col(column).str.strip_chars().str.len_chars().fill_null(0) > 0


def _extended() -> pl.Expr:
    """checks.md: an extension_decision_date and a non-empty extension_reason exist."""
    return present("extension_decision_date") & _non_empty("extension_reason")


def _duration_limit(c) -> pl.Expr:
    """The programme's last lawful day: start + the limit in force (extended when justified)."""
    months = pl.when(_extended()).then(c.p("extended_months")).otherwise(c.p("months"))
    return add_months(col("program_start_date"), months)


_GROUNDS_BREACH: Words = (
    "sosialtjenesteloven § 29, jf. § 4, og forvaltningsloven § 25, jf. sosialtjenesteloven § 41",
    "the Social Services Act section 29, cf. section 4, and the Public Administration Act section 25, "
    "cf. the Social Services Act section 41",
)


def _ground(criterion: str, nb: str, en: str, question: Question, finding_words: Words,
            requirement: Words = ("", "")) -> Check:
    """A check that the decision gives grounds for one criterion of § 29. ``finding_words`` name the
    criterion in the draft finding; the first criterion's ``requirement`` states the krav for all."""
    column = f"ground_{criterion}"
    return Check(
        id=f"kvp.grounds.{criterion}",
        kind=DEVIATION,
        title=(f"Vedtaket begrunner vilkåret: {nb}", f"Decision gives grounds for: {en}"),
        legal_basis="sosialtjenesteloven § 29 jf. § 4; forvaltningsloven §§ 24–25 (statsforvalterens praksis "
                    "siden tilsynet i Trondheim 2019: et vedtak om KVP skal si hvorfor hvert vilkår er oppfylt)",
        basis=PRACTICE,
        sources=(sotjl("§ 29"), sotjl("§ 4"), fvl("§§ 24–25", note="ved innvilgelse krever ikke fvl § 24 andre ledd "
                                                                  "alltid samtidig begrunnelse"),
                 practice("Fylkesmannen i Trøndelag, tilsyn med NAV Trondheim 2019: et vedtak om KVP skal beskrive "
                          "hvorfor deltakeren har fått innvilget program")),
        requirement=(f"Et innvilget vedtak om kvalifiseringsprogram skal vise hvorfor vilkåret «{nb}» er oppfylt.",
                     f"A decision granting the programme shows why the criterion «{en}» is met."),
        needs=("decision", column),
        values=DECISION,
        applies_to=GRANTED,
        measure=Measure("vilkåret er begrunnet i vedtaket", "the criterion is given grounds in the decision", NONE,
                        lambda c: flag(col(column))),
        bounds=(must_hold(),),
        details=("decision_date",),
        facts=((column, lambda c: col(column)),),
        reasons=(Reason("ground_not_given", f"Vedtaket begrunner ikke vilkåret «{nb}».",
                        f"The decision gives no grounds for the criterion «{en}»."),),
        questions=(question,),
        examples=(Example("ok", {"decision": "granted", "decision_date": "2025-03-01", column: True}),
                  Example("deviation", {"decision": "granted", "decision_date": "2025-03-01", column: False},
                          reason="ground_not_given")),
        finding=Finding(
            requirement=requirement,
            found=(f"manglet vedtaket en begrunnelse for vilkåret om {finding_words[0]}",
                   f"the decision gave no grounds for the criterion of {finding_words[1]}"),
            ensure=("vedtak om kvalifiseringsprogram begrunner hvert av vilkårene for programmet",
                    "decisions on the qualification programme give grounds for each of its criteria"),
            breach_basis=_GROUNDS_BREACH,
            practice=("at et vedtak som innvilger program, skal vise hvorfor hvert vilkår er oppfylt, følger av "
                      "statsforvalterens praksis (Trondheim 2019); forvaltningsloven § 24 annet ledd krever ikke "
                      "alltid begrunnelse når en søknad innvilges",
                      "that a decision granting the programme must show why each criterion is met follows from the "
                      "county governor's practice (Trondheim 2019); the Public Administration Act section 24 (2) does "
                      "not always require reasons when an application is granted"),
        ),
    )


def _granted_row(**kw) -> dict:
    return {"decision": "granted", "decision_date": "2025-03-03", **kw}


CHECKS: list[Check] = [
    Check(
        id="kvp.age",
        kind=DEVIATION,
        title=("Alder ved vedtak innenfor aldersgrensene", "Age at decision within the age limits"),
        legal_basis="sosialtjenesteloven § 29",
        basis=LAW,
        sources=(sotjl("§ 29", note="yrkesaktiv alder; nedre grense 18 år fra 01.01.2019 (19 år før), Prop. 12 L "
                                    "(2018–2019); øvre grense 67 år er ikke et tall i loven"),),
        requirement=("Kvalifiseringsprogram kan bare innvilges personer i yrkesaktiv alder: fylt 18 år (19 år for "
                     "vedtak før 01.01.2019) og ikke over 67 år på vedtaksdatoen. Et avslag på grunn av alder er riktig "
                     "og vurderes ikke her.",
                     "The programme may only be granted to persons of working age: 18 (19 for decisions before "
                     "1 Jan 2019) to 67 at the decision date. A refusal because of age is lawful and not judged."),
        needs=("decision", "decision_date", AnyOf("birth_date", "birth_year")),
        values=DECISION,
        applies_to=GRANTED,
        measure=Measure("alder i hele år på vedtaksdatoen", "age in full years at the decision date", YEARS,
                        lambda c: age_at(col("decision_date"))),
        bounds=(deviation_below("min_age"), deviation_above("max_age")),
        params=(
            Param("min_age", Versioned(by="decision_date", before=19, changes=((LAW_CHANGE_2019, 18),)), "år",
                  ("laveste alder (19 år for vedtak før 01.01.2019)", "minimum age (19 for decisions before 1 Jan 2019)"),
                  basis=LAW),
            Param("max_age", 67, "år", ("høyeste alder", "maximum age"), basis=LAW),
        ),
        details=("decision_date",),
        reasons=(
            Reason("below_min_age", "Søkeren var under aldersgrensen på vedtaksdatoen.",
                   "The applicant was below the minimum age at the decision date.",
                   when=lambda c: age_at(col("decision_date")) < c.p("min_age")),
            Reason("above_max_age", "Søkeren var over aldersgrensen på vedtaksdatoen.",
                   "The applicant was above the maximum age at the decision date."),
        ),
        examples=(Example("ok", _granted_row(birth_year=1990)),
                  Example("deviation", {"decision": "granted", "decision_date": "2018-12-31", "birth_date": "2000-06-01"},
                          reason="below_min_age")),
        finding=Finding(
            requirement=(
                "Etter sosialtjenesteloven § 29 er kvalifiseringsprogram for personer i yrkesaktiv alder: deltakeren "
                "må ha fylt {min_age} og kan ikke være eldre enn {max_age} på vedtakstidspunktet.",
                "Under the Social Services Act section 29 the programme is for people of working age: the "
                "participant must be at least {min_age} and at most {max_age} old at the time of the decision."),
            found=("var deltakeren utenfor aldersgrensene på vedtakstidspunktet",
                   "the participant was outside the age limits at the time of the decision"),
            ensure=("kvalifiseringsprogram bare innvilges innenfor lovens aldersgrenser",
                    "the programme is granted only within the statutory age limits"),
            breach_basis=("sosialtjenesteloven § 29", "the Social Services Act section 29"),
            event=_DECISIONS,
        ),
    ),
    Check(
        id="kvp.work_ability_assessment",
        kind=DEVIATION,
        title=("Arbeidsevnevurdering før vedtak", "Work ability assessed before the decision"),
        legal_basis="sosialtjenesteloven § 29; NAV-loven § 14 a",
        basis=LAW,
        sources=(sotjl("§ 29"), Source(NAVL, "§ 14 a")),
        requirement=("Før kvalifiseringsprogram innvilges, skal det være gjort en arbeidsevnevurdering, datert senest "
                     "på vedtaksdatoen.",
                     "Before the programme is granted, a work ability assessment is made, dated on or before the "
                     "decision."),
        needs=("decision", "decision_date", "work_ability_assessment_date"),
        values=DECISION,
        applies_to=GRANTED,
        measure=Measure(
            "arbeidsevnevurdering finnes og er datert senest på vedtaksdatoen",
            "a work ability assessment exists, dated on or before the decision",
            NONE,
            lambda c: pl.when(col("work_ability_assessment_date").is_null()).then(0.0)
            .otherwise(flag(col("work_ability_assessment_date") <= col("decision_date"))),
            reported=lambda c: days(col("decision_date"), col("work_ability_assessment_date")),
            reported_unit=DAYS,
        ),
        bounds=(must_hold(),),
        details=("decision_date", "work_ability_assessment_date"),
        reasons=(
            Reason("assessment_missing", "Det finnes ingen arbeidsevnevurdering.", "There is no work ability assessment.",
                   when=lambda c: col("work_ability_assessment_date").is_null()),
            Reason("assessment_after_decision", "Arbeidsevnevurderingen er datert etter vedtaket.",
                   "The work ability assessment is dated after the decision."),
        ),
        questions=(Question("work_ability_assessment_date", 'Dato arbeidsevnevurdering',
                    'Når ble arbeidsevnevurderingen ferdigstilt? Skriv «Ikke dokumentert» hvis den mangler.',
                    'When was the work ability assessment completed? Write «Not documented» if it is missing.',
                    header_en='Date of work ability assessment'),),
        examples=(Example("ok", _granted_row(work_ability_assessment_date="2025-02-20")),
                  Example("deviation", _granted_row(work_ability_assessment_date=None), reason="assessment_missing")),
        finding=Finding(
            requirement=(
                "Etter sosialtjenesteloven § 29, jf. NAV-loven § 14 a, skal arbeidsevnen være vurdert før det "
                "treffes vedtak om kvalifiseringsprogram.",
                "Under the Social Services Act section 29, cf. the NAV Act section 14 a, work ability must be "
                "assessed before a decision on the qualification programme is made."),
            found=("manglet arbeidsevnevurdering, eller den var datert etter vedtaket",
                   "there was no work ability assessment, or it was dated after the decision"),
            ensure=("arbeidsevnen er vurdert før vedtak om kvalifiseringsprogram",
                    "work ability is assessed before a decision on the qualification programme"),
            breach_basis=("sosialtjenesteloven § 29, jf. NAV-loven § 14 a",
                          "the Social Services Act section 29, cf. the NAV Act section 14 a"),
        ),
    ),
    _ground("age", "alder", "age", Question(
        "ground_age", "Begrunnet: alder",
        "Gir vedtaket begrunnelse for aldersvilkåret (yrkesaktiv alder)?",
        "Does the decision give grounds for the age condition (working age)?",
        header_en="Grounds: age"), ("alder", "age"), requirement=(
        "Etter sosialtjenesteloven § 29, jf. § 4, skal vilkårene for kvalifiseringsprogram være forsvarlig "
        "vurdert, og når vedtaket begrunnes, skal begrunnelsen etter forvaltningsloven § 25 vise til reglene og de "
        "faktiske forholdene vedtaket bygger på. Et vedtak om kvalifiseringsprogram skal vise hvorfor hvert vilkår "
        "er oppfylt: alder, vesentlig nedsatt arbeids- og inntektsevne, ingen eller svært begrensede ytelser til "
        "livsopphold, at programmet er nødvendig og hensiktsmessig, og at et tilpasset program kan tilbys.",
        "Under the Social Services Act section 29, cf. section 4, the criteria for the programme must be soundly "
        "assessed, and where reasons are given, the Public Administration Act section 25 requires them to refer to "
        "the rules and facts the decision rests on. A decision on the programme must show why each criterion is "
        "met: age, substantially reduced work and earning capacity, no or very limited benefits, the programme "
        "being necessary and appropriate, and an adapted programme being available.")),
    _ground("work_ability", "vesentlig nedsatt arbeids- og inntektsevne", "substantially reduced work and earning capacity",
            Question("ground_work_ability", "Begrunnet: nedsatt arbeids- og inntektsevne",
                     "Gir vedtaket begrunnelse for at søkeren har vesentlig nedsatt arbeids- og inntektsevne?",
                     "Does the decision give grounds for the applicant's substantially reduced ability to work and earn?",
                     header_en="Grounds: reduced work and earning ability"),
            ("vesentlig nedsatt arbeids- og inntektsevne", "substantially reduced work and earning capacity")),
    _ground("benefits", "ingen eller svært begrensede ytelser", "no or very limited benefits", Question(
        "ground_benefits", "Begrunnet: ingen/begrensede ytelser",
        "Gir vedtaket begrunnelse for at søkeren har ingen eller svært begrensede ytelser til livsopphold?",
        "Does the decision give grounds for the applicant having no or very limited benefits to live on?",
        header_en="Grounds: no/limited benefits"),
        ("ingen eller svært begrensede ytelser til livsopphold", "no or very limited benefits")),
    _ground("necessity", "nødvendig og hensiktsmessig", "necessary and appropriate", Question(
        "ground_necessity", "Begrunnet: nødvendig og hensiktsmessig",
        "Gir vedtaket begrunnelse for at programmet er nødvendig og hensiktsmessig, etter arbeidsevnevurderingen?",
        "Does the decision give grounds for the programme being necessary and appropriate, after the work "
        "ability assessment?",
        header_en="Grounds: necessary and appropriate"),
        ("at programmet er nødvendig og hensiktsmessig", "the programme being necessary and appropriate")),
    _ground("program", "tilpasset program kan tilbys", "an adapted programme can be offered", Question(
        "ground_program", "Begrunnet: tilpasset program",
        "Gir vedtaket begrunnelse for at et tilpasset program kan tilbys?",
        "Does the decision give grounds for an adapted programme being available?",
        header_en="Grounds: adapted programme"),
        ("at et tilpasset program kan tilbys", "an adapted programme being available")),
    Check(
        id="kvp.before_decision",
        kind=DEVIATION,
        title=("Program ikke startet før vedtak", "Programme not started before the decision"),
        legal_basis="forvaltningsloven § 23; forskrift om kvalifiseringsprogram § 2",
        basis=LAW,
        sources=(fvl("§ 23"), regulation("§ 2")),
        requirement=("Programmet og aktivitetene i det starter ikke før det er fattet skriftlig vedtak.",
                     "Neither the programme nor its activities start before the written decision."),
        needs=("decision", "decision_date", AnyOf("program_start_date", "first_activity_date")),
        values=DECISION,
        applies_to=GRANTED,
        measure=Measure(
            "dager programstart eller første aktivitet lå før vedtaket",
            "days the programme start or first activity preceded the decision",
            DAYS,
            lambda c: days(earliest("program_start_date", "first_activity_date"), col("decision_date")),
        ),
        bounds=(deviation_above("allowed_days_before"),),
        params=(Param("allowed_days_before", 0, "dager", ("tillatte dager før vedtak", "days allowed before the decision"),
                      basis=LAW),),
        optional=("program_start_date", "first_activity_date"),
        details=("decision_date", "first_activity_date", "program_start_date"),
        reasons=(
            Reason("start_before_decision", "Programmet startet før vedtaket.", "The programme started before the decision.",
                   when=lambda c: col("program_start_date") < col("decision_date")),
            Reason("activity_before_decision", "Første aktivitet var før vedtaket.",
                   "The first activity was before the decision."),
        ),
        examples=(Example("ok", _granted_row(program_start_date="2025-03-10")),
                  Example("deviation", _granted_row(program_start_date="2025-03-10", first_activity_date="2025-02-24"),
                          reason="activity_before_decision")),
        finding=Finding(
            requirement=(
                "Etter forvaltningsloven § 23, jf. sosialtjenesteloven § 41, skal det treffes et skriftlig "
                "enkeltvedtak om kvalifiseringsprogram før programmet settes i gang.",
                "Under the Public Administration Act section 23, cf. the Social Services Act section 41, a written "
                "individual decision must be made before the programme starts."),
            found=("startet programmet eller den første aktiviteten før vedtaket var truffet",
                   "the programme or its first activity started before the decision was made"),
            ensure=("det treffes vedtak før kvalifiseringsprogram settes i gang",
                    "a decision is made before a qualification programme starts"),
            breach_basis=("forvaltningsloven § 23, jf. sosialtjenesteloven § 41",
                          "the Public Administration Act section 23, cf. the Social Services Act section 41"),
        ),
    ),
    Check(
        id="kvp.start_delay",
        kind=DEVIATION,
        title=("Oppstart i program etter vedtak (venteliste)", "Programme start after the decision (waiting list)"),
        legal_basis="sosialtjenesteloven §§ 29, 4",
        basis=PRACTICE,
        sources=(sotjl("§ 29"), sotjl("§ 4"),
                 practice("Fylkesmannen i Trøndelag 2019: programmet skal settes i gang når søknaden er innvilget, "
                          "uten venteliste; 14 og 30 dager er anbefalt praksis, ikke tall i loven")),
        requirement=("Et innvilget program settes i gang uten opphold; deltakere settes ikke på venteliste. Et program "
                     "som ikke har startet, måles til kontrolldatoen.",
                     "A granted programme starts without delay; no waiting list. A programme not started is measured "
                     "to the audit date."),
        needs=("decision", "decision_date", "program_start_date"),
        values=DECISION,
        applies_to=GRANTED,
        measure=Measure(
            "dager fra vedtak til oppstart (kontrolldatoen hvis ikke startet)",
            "days from decision to start (the audit date if not started)",
            DAYS,
            lambda c: days(col("decision_date"), or_as_of("program_start_date", c)),
        ),
        bounds=(warning_above("warning_days"), deviation_above("deviation_days")),
        params=(
            Param("warning_days", 14, "dager", ("til vurdering over antall dager", "warning above days"), basis=PRACTICE),
            Param("deviation_days", 30, "dager", ("avvik over antall dager", "deviation above days"), basis=PRACTICE),
        ),
        details=("decision_date", "program_start_date"),
        reasons=(
            Reason("not_started_by_as_of", "Programmet hadde ikke startet på kontrolldatoen.",
                   "The programme had not started by the audit date.",
                   when=lambda c: col("program_start_date").is_null()),
            Reason("start_after_limit", "Programmet startet senere enn grensen etter vedtaket.",
                   "The programme started later after the decision than the limit.", level="deviation"),
            Reason("start_after_warning_limit", "Programmet startet senere enn vurderingsgrensen etter vedtaket.",
                   "The programme started later after the decision than the warning limit."),
        ),
        examples=(Example("ok", _granted_row(program_start_date="2025-03-17")),
                  Example("deviation", _granted_row(program_start_date="2025-04-03"), reason="start_after_limit")),
        finding=Finding(
            requirement=(
                "Etter sosialtjenesteloven § 29, jf. § 4, skal kvalifiseringsprogram settes i gang uten opphold "
                "når det er innvilget. Det er ikke adgang til å sette deltakere på venteliste etter vedtak.",
                "Under the Social Services Act section 29, cf. section 4, a granted programme must start without "
                "delay. Participants may not be put on a waiting list after the decision."),
            found=("startet programmet mer enn {deviation_days} etter vedtaket, eller det var ikke startet på "
                   "kontrolldatoen",
                   "the programme started more than {deviation_days} after the decision, or had not started by "
                   "the audit date"),
            ensure=("kvalifiseringsprogram settes i gang uten opphold etter vedtak",
                    "qualification programmes start without delay after the decision"),
            breach_basis=("sosialtjenesteloven § 29, jf. § 4", "the Social Services Act section 29, cf. section 4"),
            practice=("{deviation_days} er en praksisgrense kontrollen bruker; loven krever oppstart uten opphold, "
                      "og et vedtak kan lovlig fastsette en senere oppstart",
                      "{deviation_days} is a practice threshold used by the check; the law requires a start "
                      "without delay, and a decision may lawfully set a later start"),
            extent=True,
        ),
    ),
    Check(
        id="kvp.processing_time",
        kind=DEVIATION,
        title=("Saksbehandlingstid: vedtak eller foreløpig svar innen én måned",
               "Processing time: decision or preliminary reply within one month"),
        legal_basis="forvaltningsloven § 11 a",
        basis=LAW,
        sources=(fvl("§ 11 a", "tredje ledd"),),
        requirement=("Søknaden avgjøres, eller søkeren får foreløpig svar, senest én måned etter at søknaden kom inn. "
                     "Et svar som ennå ikke er gitt, regnes som gitt på kontrolldatoen.",
                     "The application is decided, or a preliminary reply sent, within one month of receipt. A reply "
                     "not yet given counts as given on the audit date."),
        needs=("application_date", "decision_date"),
        optional=("preliminary_reply_date",),
        applies_to=Rows("saker med søknadsdato", "cases with an application date", lambda c: present("application_date"),
                         uses=("application_date",)),
        measure=Measure(
            "dager fra søknad til første svar (vedtak eller foreløpig svar; kontrolldatoen hvis ingen)",
            "days from application to the first reply (decision or preliminary reply; the audit date if none)",
            DAYS,
            lambda c: days(col("application_date"), pl.min_horizontal(or_as_of("decision_date", c),
                                                                      or_as_of("preliminary_reply_date", c))),
        ),
        bounds=(Bound("deviation", "above",
                      lambda c: days(col("application_date"), add_months(col("application_date"), c.p("months"))),
                      date=lambda c: add_months(col("application_date"), c.p("months"))),),
        params=(Param("months", 1, "måneder", ("frist i måneder", "time limit in months"), basis=LAW),),
        details=("application_date", "preliminary_reply_date", "decision_date"),
        reasons=(
            Reason("no_reply_by_as_of", "Verken vedtak eller foreløpig svar var gitt på kontrolldatoen.",
                   "Neither a decision nor a preliminary reply had been given by the audit date.",
                   when=lambda c: col("decision_date").is_null() & col("preliminary_reply_date").is_null()),
            Reason("no_reply_within_month", "Verken vedtak eller foreløpig svar kom innen én måned.",
                   "Neither the decision nor a preliminary reply came within one month."),
        ),
        examples=(Example("ok", {"application_date": "2025-01-31", "decision_date": "2025-02-28"}),
                  Example("deviation", {"application_date": "2025-01-31", "decision_date": "2025-03-01"},
                          reason="no_reply_within_month")),
        finding=Finding(
            requirement=(
                "Etter forvaltningsloven § 11 a skal en søknad avgjøres uten ugrunnet opphold. Kan den ikke "
                "besvares innen {months}, skal søkeren få et foreløpig svar som forklarer hvorfor og når svar "
                "kan ventes.",
                "Under the Public Administration Act section 11 a an application must be decided without undue "
                "delay. If it cannot be answered within {months}, the applicant must receive a preliminary reply "
                "explaining why and when an answer can be expected."),
            found=("fikk søkeren verken vedtak eller foreløpig svar innen {months} etter søknaden",
                   "the applicant received neither a decision nor a preliminary reply within {months} of applying"),
            ensure=("søknader om kvalifiseringsprogram avgjøres, eller søkeren får foreløpig svar, innen {months}",
                    "applications for the qualification programme are decided, or answered preliminarily, "
                    "within {months}"),
            breach_basis=("forvaltningsloven § 11 a, jf. sosialtjenesteloven § 41",
                          "the Public Administration Act section 11 a, cf. the Social Services Act section 41"),
            clears=(("preliminary_reply_date", ("dato for foreløpig svar", "the date of a preliminary reply")),),
        ),
    ),
    Check(
        id="kvp.duration_stated",
        kind=DEVIATION,
        title=("Vedtaket angir programmets varighet", "The decision states the programme's duration"),
        legal_basis="forskrift om kvalifiseringsprogram § 2",
        basis=LAW,
        sources=(regulation("§ 2"),),
        requirement=("Vedtaket om kvalifiseringsprogram angir hvor lenge programmet varer (planlagt sluttdato).",
                     "The decision states how long the programme lasts (a planned end date)."),
        needs=("decision", "planned_end_date"),
        values=DECISION,
        applies_to=GRANTED,
        measure=Measure("planlagt sluttdato er angitt", "a planned end date is stated", NONE,
                        lambda c: flag(present("planned_end_date"))),
        bounds=(must_hold(),),
        details=("decision_date", "planned_end_date"),
        reasons=(Reason("planned_end_date_missing", "Vedtaket angir ingen planlagt sluttdato.",
                        "The decision states no planned end date."),),
        questions=(Question("planned_end_date", 'Varighet: planlagt sluttdato',
                    'Hvilken sluttdato angir vedtaket for programmet? Skriv «Ikke dokumentert» hvis vedtaket ikke angir varighet.',
                    'Which end date does the decision set for the programme? Write «Not documented» if it sets no duration.',
                    header_en='Duration: planned end date'),),
        examples=(Example("ok", _granted_row(planned_end_date="2026-03-02")),
                  Example("deviation", _granted_row(planned_end_date=None), reason="planned_end_date_missing")),
        finding=Finding(
            requirement=("Vedtaket om kvalifiseringsprogram skal angi hvor lenge programmet skal vare.",
                         "The decision on the programme must state how long it lasts."),
            found=("angav ikke vedtaket hvor lenge programmet skal vare",
                   "the decision did not state how long the programme would last"),
            ensure=("vedtak om kvalifiseringsprogram angir programmets varighet",
                    "decisions on the programme state its duration"),
            breach_basis=("forskrift om kvalifiseringsprogram, jf. sosialtjenesteloven § 29",
                          "the qualification programme regulations, cf. the Social Services Act section 29"),
        ),
    ),
    Check(
        id="kvp.max_duration",
        kind=DEVIATION,
        title=("Programmets lengde innenfor lovens grense", "Programme length within the legal limit"),
        legal_basis="sosialtjenesteloven § 31",
        basis=LAW,
        sources=(sotjl("§ 31", note="to år, unntaksvis forlenget med inntil ett år (fra 01.01.2019, Prop. 12 L "
                                    "(2018–2019)); ett år pluss ett før"),),
        requirement=("Et program varer ikke lenger enn 24 måneder fra oppstart, eller 36 måneder når det er vedtatt "
                     "en begrunnet forlengelse (12 og 24 måneder for program startet før 01.01.2019). Et program som "
                     "ikke er avsluttet, måles til kontrolldatoen.",
                     "A programme lasts at most 24 months from its start, or 36 with a decided, justified extension "
                     "(12 and 24 for programmes started before 1 Jan 2019). A running programme is measured to the "
                     "audit date."),
        needs=("program_start_date",),
        optional=("end_date", "extension_decision_date", "extension_reason"),
        applies_to=STARTED,
        measure=Measure(
            "dager etter programmets siste lovlige dag (slutt eller kontrolldatoen; 0 eller mindre er innenfor)",
            "days after the programme's last lawful day (end or the audit date; 0 or less is within the limit)",
            DAYS,
            lambda c: days(_duration_limit(c), or_as_of("end_date", c)),
        ),
        bounds=(Bound("deviation", "above", 0, date=_duration_limit),),
        params=(
            Param("months", Versioned(by="program_start_date", before=12, changes=((LAW_CHANGE_2019, 24),)), "måneder",
                  ("lengste varighet", "maximum duration"), basis=LAW),
            Param("extended_months", Versioned(by="program_start_date", before=24, changes=((LAW_CHANGE_2019, 36),)),
                  "måneder", ("lengste varighet med begrunnet forlengelse", "maximum duration with a justified extension"),
                  basis=LAW),
        ),
        details=("program_start_date", "end_date", "extension_decision_date"),
        facts=(
            ("limit_months", lambda c: pl.when(_extended()).then(c.p("extended_months")).otherwise(c.p("months"))),
            ("extended", lambda c: _extended()),
            ("measured_to", lambda c: or_as_of("end_date", c)),
        ),
        reasons=(
            Reason("extension_without_reason", "Programmet er forlenget uten begrunnelse, og grensen uten forlengelse "
                   "er passert.", "The programme was extended without a reason and is past the limit without extension.",
                   when=lambda c: present("extension_decision_date") & ~_non_empty("extension_reason")),
            Reason("extension_without_decision", "Forlengelsen har begrunnelse, men ikke vedtaksdato, og grensen uten "
                   "forlengelse er passert.", "The extension has a reason but no decision date, and the programme is "
                   "past the limit without extension.",
                   when=lambda c: col("extension_decision_date").is_null() & _non_empty("extension_reason")),
            Reason("over_extended_limit", "Programmet har vart lenger enn grensen med forlengelse.",
                   "The programme has lasted longer than the limit with an extension.", when=lambda c: _extended()),
            Reason("over_limit", "Programmet har vart lenger enn grensen, uten vedtatt forlengelse.",
                   "The programme has lasted longer than the limit, without a decided extension."),
        ),
        examples=(Example("ok", {"program_start_date": "2022-01-15", "end_date": "2024-01-15"}),
                  Example("deviation", {"program_start_date": "2022-01-15", "end_date": "2024-01-16"},
                          reason="over_limit")),
        finding=Finding(
            requirement=(
                "Etter sosialtjenesteloven § 31 kan kvalifiseringsprogram gis for inntil {months}. Når særlige "
                "grunner tilsier det, kan programmet forlenges ved et begrunnet vedtak, til sammen inntil "
                "{extended_months}.",
                "Under the Social Services Act section 31 the programme may last up to {months}. Where special "
                "reasons apply it may be extended by a reasoned decision to at most {extended_months} in total."),
            found=("varte programmet lenger enn loven tillater, enten uten et begrunnet vedtak om forlengelse eller "
                   "ut over det forlengelsen gir adgang til",
                   "the programme lasted longer than the law allows, either without a reasoned extension decision "
                   "or beyond what the extension allows"),
            ensure=("kvalifiseringsprogram avsluttes innenfor lovens lengste varighet",
                    "qualification programmes end within the statutory maximum duration"),
            breach_basis=("sosialtjenesteloven § 31", "the Social Services Act section 31"),
            event=_STARTED,
            clears=(("extension_decision_date", ("vedtak om forlengelse", "extension decisions")),),
            extent=True,
        ),
    ),
    Check(
        id="kvp.extension_in_time",
        kind=DEVIATION,
        title=("Forlengelse vedtatt før planlagt slutt", "Extension decided before the planned end"),
        legal_basis="sosialtjenesteloven § 31; forvaltningsloven § 23",
        basis=LAW,
        sources=(sotjl("§ 31"), fvl("§ 23")),
        requirement=("En forlengelse av programmet vedtas før den planlagte sluttdatoen.",
                     "An extension of the programme is decided before the planned end date."),
        needs=("extension_decision_date", "planned_end_date"),
        applies_to=Rows("saker med vedtak om forlengelse", "cases with an extension decision",
                        lambda c: present("extension_decision_date"), uses=("extension_decision_date",)),
        measure=Measure("dager forlengelsen ble vedtatt etter planlagt slutt", "days the extension was decided after the planned end",
                        DAYS, lambda c: days(col("planned_end_date"), col("extension_decision_date"))),
        bounds=(deviation_above(0),),
        details=("planned_end_date", "extension_decision_date"),
        reasons=(Reason("extension_after_planned_end", "Forlengelsen ble vedtatt etter planlagt sluttdato.",
                        "The extension was decided after the planned end date."),),
        examples=(Example("ok", {"extension_decision_date": "2025-05-30", "planned_end_date": "2025-05-31"}),
                  Example("deviation", {"extension_decision_date": "2025-06-01", "planned_end_date": "2025-05-31"},
                          reason="extension_after_planned_end")),
        finding=Finding(
            requirement=("Forlengelse av kvalifiseringsprogram skal vedtas skriftlig før den innvilgede perioden "
                         "er over (sosialtjenesteloven § 31, forvaltningsloven § 23).",
                         "An extension must be decided in writing before the granted period ends (the Social "
                         "Services Act section 31, the Public Administration Act section 23)."),
            found=("ble forlengelsen vedtatt etter at den planlagte programperioden var over",
                   "the extension was decided after the planned programme period had ended"),
            ensure=("forlengelse vedtas før programperioden løper ut",
                    "extensions are decided before the programme period ends"),
            breach_basis=("sosialtjenesteloven § 31 og forvaltningsloven § 23",
                          "the Social Services Act section 31 and the Public Administration Act section 23"),
            extent=True,
        ),
    ),
    Check(
        id="kvp.evaluation_planned",
        kind=DEVIATION,
        title=("Evaluering planlagt i programmet", "Evaluation planned in the programme"),
        legal_basis="forskrift om kvalifiseringsprogram § 1",
        basis=LAW,
        sources=(regulation("§ 1"),),
        requirement=("Programmet fastsetter minst ett tidspunkt for evaluering før det starter.",
                     "The programme sets at least one time for evaluation before it starts."),
        needs=("program_start_date", "evaluations_planned"),
        applies_to=STARTED,
        measure=Measure("antall planlagte evalueringer", "number of planned evaluations", COUNT,
                        lambda c: col("evaluations_planned").cast(pl.Float64)),
        bounds=(deviation_below("min_evaluations"),),
        params=(Param("min_evaluations", 1, "antall", ("minste antall evalueringer", "minimum number of evaluations"),
                      basis=LAW),),
        details=("program_start_date",),
        reasons=(Reason("no_evaluation_planned", "Programmet har ingen planlagt evaluering.",
                        "The programme has no planned evaluation."),),
        questions=(Question("evaluations_planned", 'Antall planlagte evalueringer',
                    'Hvor mange evalueringstidspunkter står i programmet? Skriv 0 hvis ingen.',
                    'How many evaluation points does the programme set? Write 0 if none.',
                    header_en='Evaluations planned'),),
        examples=(Example("ok", {"program_start_date": "2025-03-10", "evaluations_planned": 2}),
                  Example("deviation", {"program_start_date": "2025-03-10", "evaluations_planned": 0},
                          reason="no_evaluation_planned")),
        finding=Finding(
            requirement=(
                "Etter forskrift om kvalifiseringsprogram skal tidspunktene for evaluering av programmet planlegges "
                "før oppstart.",
                "Under the qualification programme regulations the dates for evaluating the programme must be "
                "planned before it starts."),
            found=("var det planlagt færre evalueringer av programmet enn minstekravet på {min_evaluations}",
                   "fewer evaluations of the programme were planned than the minimum of {min_evaluations}"),
            ensure=("programmene inneholder planlagte evalueringer", "programmes include planned evaluations"),
            breach_basis=("forskrift om kvalifiseringsprogram, jf. sosialtjenesteloven § 29",
                          "the qualification programme regulations, cf. the Social Services Act section 29"),
        ),
    ),
    Check(
        id="kvp.full_time",
        kind=DEVIATION,
        title=("Programmet er på heltid", "The programme is full-time"),
        legal_basis="sosialtjenesteloven § 30; forskrift om kvalifiseringsprogram § 1",
        basis=LAW,
        sources=(sotjl("§ 30"), regulation("§ 1"),
                 nav_practice("37,5 timer per uke er NAVs beskrivelse av full tid, ikke et tall i loven; behandling og "
                          "egenaktivitet kan inngå i programtiden")),
        requirement=("Programmet er helårlig og på full tid (NAV beskriver full tid som 37,5 timer per uke; "
                     "behandling og egenaktivitet kan inngå i timene).",
                     "The programme is year-round and full-time (NAV describes full time as 37.5 hours a week; "
                     "treatment and own activity may be part of the hours)."),
        needs=("program_start_date", "hours_per_week"),
        applies_to=STARTED,
        measure=Measure("planlagte timer per uke", "planned hours per week", HOURS, lambda c: col("hours_per_week")),
        bounds=(deviation_below("min_hours"),),
        params=(Param("min_hours", 37.5, "timer", ("minste antall timer per uke", "minimum hours per week"),
                      basis=PRACTICE),),
        details=("program_start_date",),
        reasons=(Reason("hours_below_full_time", "Programmet har færre timer per uke enn full tid.",
                        "The programme has fewer hours a week than full time."),),
        questions=(Question("hours_per_week", 'Timer per uke',
                    'Hvor mange timer per uke er programmet planlagt med?',
                    'How many hours per week is the programme planned with?',
                    header_en='Hours per week'),),
        examples=(Example("ok", {"program_start_date": "2025-03-10", "hours_per_week": 37.5}),
                  Example("deviation", {"program_start_date": "2025-03-10", "hours_per_week": 30},
                          reason="hours_below_full_time")),
        finding=Finding(
            requirement=(
                "Etter sosialtjenesteloven § 30 skal programmet være helårig og på full tid; kontrollen bruker "
                "{min_hours}.",
                "Under the Social Services Act section 30 the programme must be full-time all year; the check uses "
                "{min_hours}."),
            found=("var programmet planlagt med færre enn {min_hours}",
                   "the programme was planned with fewer than {min_hours}"),
            ensure=("kvalifiseringsprogram gis på full tid", "qualification programmes are full-time"),
            breach_basis=("sosialtjenesteloven § 30", "the Social Services Act section 30"),
            practice=("{min_hours} er NAVs beskrivelse av full tid, ikke et tall i loven; behandling og egenaktivitet "
                      "kan inngå i programtiden",
                      "{min_hours} is NAV's description of full time, not a number in the law; treatment and own "
                      "activity may be part of the programme hours"),
            extent=True,
        ),
    ),
    Check(
        id="kvp.early_information",
        kind=DEVIATION,
        title=("Tidlig informasjon om KVP", "Early information about KVP"),
        legal_basis="sosialtjenesteloven §§ 17, 29",
        basis=PRACTICE,
        sources=(sotjl("§ 17"), sotjl("§ 29"),
                 practice("Fylkesmannen i Trøndelag 2019: brukere skal informeres tidlig om muligheten til å søke "
                          "KVP; 30 og 90 dager er anbefalt praksis, ikke tall i loven")),
        requirement=("Brukere informeres tidlig om kvalifiseringsprogrammet. Informasjon som ikke er dokumentert, "
                     "måles til kontrolldatoen.",
                     "Users are told early about the programme. Information not documented is measured to the "
                     "audit date."),
        needs=("first_contact_date", "kvp_informed_date"),
        applies_to=Rows("saker med dato for første kontakt", "cases with a first contact date", lambda c: present("first_contact_date"),
                         uses=("first_contact_date",)),
        measure=Measure(
            "dager fra første kontakt til dokumentert informasjon (kontrolldatoen hvis ikke informert)",
            "days from first contact to documented information (the audit date if not informed)",
            DAYS,
            lambda c: days(col("first_contact_date"), or_as_of("kvp_informed_date", c)),
        ),
        bounds=(warning_above("warning_days"), deviation_above("deviation_days")),
        params=(
            Param("warning_days", 30, "dager", ("til vurdering over antall dager", "warning above days"), basis=PRACTICE),
            Param("deviation_days", 90, "dager", ("avvik over antall dager", "deviation above days"), basis=PRACTICE),
        ),
        details=("first_contact_date", "kvp_informed_date"),
        reasons=(
            Reason("not_informed_by_as_of", "Informasjon om KVP var ikke dokumentert på kontrolldatoen.",
                   "Information about KVP had not been documented by the audit date.",
                   when=lambda c: col("kvp_informed_date").is_null()),
            Reason("informed_after_limit", "Informasjonen om KVP kom senere enn grensen etter første kontakt.",
                   "Information about KVP came later after the first contact than the limit.", level="deviation"),
            Reason("informed_after_warning_limit", "Informasjonen om KVP kom senere enn vurderingsgrensen etter første "
                   "kontakt.", "Information about KVP came later after the first contact than the warning limit."),
        ),
        questions=(Question("kvp_informed_date", 'Dato informert om KVP',
                    'Når er det dokumentert at brukeren ble informert om KVP? Skriv «Ikke dokumentert» hvis det ikke finnes.',
                    'When is it documented that the user was informed of the qualification programme? Write «Not documented» if it is not.',
                    header_en='Date informed of the QP'),),
        examples=(Example("ok", {"first_contact_date": "2025-03-03", "kvp_informed_date": "2025-03-20"}),
                  Example("deviation", {"first_contact_date": "2025-03-03", "kvp_informed_date": "2025-07-01"},
                          reason="informed_after_limit")),
        finding=Finding(
            requirement=(
                "Etter sosialtjenesteloven § 17, jf. § 29, skal NAV-kontoret gi informasjon om "
                "kvalifiseringsprogrammet til personer som kan ha rett til det, tidlig nok til at de kan søke.",
                "Under the Social Services Act section 17, cf. section 29, the NAV office must inform people who may "
                "be entitled to the qualification programme about it early enough for them to apply."),
            found=("var det ikke dokumentert at brukeren var informert om kvalifiseringsprogrammet innen "
                   "{deviation_days} etter første kontakt",
                   "it was not documented that the user was informed about the programme within {deviation_days} "
                   "of the first contact"),
            ensure=("personer som kan ha rett til kvalifiseringsprogram, får informasjon om programmet tidlig",
                    "people who may be entitled to the qualification programme are informed about it early"),
            breach_basis=("sosialtjenesteloven § 17, jf. § 29", "the Social Services Act section 17, cf. section 29"),
            practice=("{deviation_days} fra første kontakt er en praksisgrense kontrollen bruker; loven setter "
                      "ingen frist i dager, men krever at informasjonen gis tidlig",
                      "{deviation_days} from the first contact is a practice threshold used by the check; the law "
                      "sets no limit in days but requires the information to be given early"),
            extent=True,
        ),
    ),
    Check(
        id="kvp.appeal_info",
        kind=DEVIATION,
        title=("Vedtaket opplyser om klageadgang", "The decision informs about the right to appeal"),
        legal_basis="forvaltningsloven § 27",
        basis=LAW,
        sources=(fvl("§ 27", "tredje ledd"),),
        requirement=("Vedtaket – innvilgelse eller avslag – opplyser om klageadgang, klagefrist, klageinstans og "
                     "fremgangsmåten ved klage.",
                     "The decision – grant or refusal – states the right to appeal, the deadline, the appeal body and "
                     "how to appeal."),
        needs=("decision", "appeal_info"),
        values=DECISION,
        applies_to=DECIDED,
        measure=Measure("klageadgang, klagefrist og klageinstans er opplyst", "right to appeal, deadline and body stated",
                        NONE, lambda c: flag(col("appeal_info"))),
        bounds=(must_hold(),),
        details=("decision_date",),
        facts=(("appeal_info", lambda c: col("appeal_info")),),
        reasons=(Reason("appeal_info_false", "Vedtaket opplyser ikke om klageadgang.",
                        "The decision does not state the right to appeal."),),
        questions=(Question("appeal_info", 'Opplyst om klageadgang',
                    'Opplyser vedtaket om klageadgang, klagefrist og klageinstans?',
                    'Does the decision state the right to appeal, the time limit and the appeal body?',
                    header_en='Informed of the right to appeal'),),
        examples=(Example("ok", {"decision": "refused", "decision_date": "2025-03-03", "appeal_info": True}),
                  Example("deviation", {"decision": "granted", "decision_date": "2025-03-03", "appeal_info": False},
                          reason="appeal_info_false")),
        finding=Finding(
            requirement=(
                "Etter forvaltningsloven § 27 tredje ledd skal vedtaket opplyse om klageadgang, klagefrist, "
                "klageinstans og den nærmere fremgangsmåten ved klage.",
                "Under the Public Administration Act section 27 (3) the decision must state the right to appeal, "
                "the deadline, the appeal body and how to appeal."),
            found=("manglet vedtaket opplysninger om klageadgang", "the decision did not inform about the right to appeal"),
            ensure=("vedtakene opplyser om klageadgangen", "decisions inform about the right to appeal"),
            breach_basis=("forvaltningsloven § 27 tredje ledd, jf. sosialtjenesteloven § 41",
                          "the Public Administration Act section 27 (3), cf. the Social Services Act section 41"),
        ),
    ),
    Check(
        id="kvp.data.dates_in_order",
        kind=DATA,
        title=("Datoene står i riktig rekkefølge", "Dates are in order"),
        legal_basis="—",
        requirement=("Blant datoene som finnes, kommer søknad før vedtak, vedtak før slutt og oppstart før slutt.",
                     "Among the dates present, application precedes decision, decision precedes end and start "
                     "precedes end."),
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
        reasons=(
            Reason("application_after_decision", "Søknadsdatoen er etter vedtaksdatoen.",
                   "The application date is after the decision date.",
                   when=lambda c: col("application_date") > col("decision_date")),
            Reason("decision_after_end", "Vedtaksdatoen er etter sluttdatoen.", "The decision date is after the end date.",
                   when=lambda c: col("decision_date") > col("end_date")),
            Reason("start_after_end", "Oppstart er etter sluttdatoen.", "The start is after the end date."),
        ),
        examples=(Example("ok", {"application_date": "2025-01-10", "decision_date": "2025-02-01"}),
                  Example("deviation", {"application_date": "2025-02-10", "decision_date": "2025-02-01"},
                          reason="application_after_decision")),
    ),
    Check(
        id="kvp.data.status_end_date",
        kind=DATA,
        title=("Status stemmer med sluttdato", "Status agrees with the end date"),
        legal_basis="— (KOSTRA 11CF statuskoder; jf. SSBs kontroll 37, som suiten kostra kjører nøyaktig)",
        sources=(kostra("statuskoder i KOSTRA 11CF; SSBs kontroll 37 er en annen, strengere regel og kjøres av suiten "
                        "kostra"),),
        requirement=("Et avsluttet program (status 3, 4, 5 eller 7) har sluttdato; et program som pågår (status 1), "
                     "har ikke sluttdato.",
                     "An ended programme (status 3, 4, 5 or 7) has an end date; a running programme (status 1) has "
                     "none."),
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
        facts=(("status", lambda c: col("status")),),
        values=STATUS,
        reasons=(
            Reason("end_date_present_for_status_1", "Programmet har status 1 (i program), men har sluttdato.",
                   "The programme has status 1 (in programme) but an end date.",
                   when=lambda c: col("status") == "1"),
            Reason("end_date_missing_for_ended_status", "Programmet er avsluttet etter statusen, men mangler sluttdato.",
                   "The programme has ended according to its status but has no end date."),
        ),
        examples=(Example("ok", {"status": "3", "end_date": "2025-06-30"}),
                  Example("deviation", {"status": "1", "end_date": "2025-06-30"}, reason="end_date_present_for_status_1")),
    ),
    Check(
        id="kvp.outcome_work_education",
        kind=INDICATOR,
        title=("Andel avsluttede program som går til arbeid eller utdanning",
               "Share of ended programmes going to work or education"),
        legal_basis="—",
        basis=PRACTICE,
        requirement=("Indikator: andelen avsluttede program der deltakeren gikk til arbeid, arbeid med lønnstilskudd "
                     "eller utdanning. Målet er et lokalt valg.",
                     "Indicator: the share of ended programmes going to work, subsidised work or education. The "
                     "target is a local choice."),
        needs=("end_date", "outcome"),
        values=OUTCOME,
        applies_to=Rows("avsluttede program med kjent situasjon etterpå", "ended programmes with a known outcome",
                        lambda c: present("end_date") & present("outcome"), uses=("end_date", "outcome")),
        measure=Measure("arbeid, arbeid med lønnstilskudd eller utdanning", "work, subsidised work or education", SHARE,
                        lambda c: flag(is_in("outcome", ("work", "work_subsidised", "education")))),
        aggregate="share",
        target=Target(">=", "target_share"),
        params=(Param("target_share", 0.5, "andel", ("mål: minste andel", "target: minimum share"), basis=PRACTICE),),
    ),
    Check(
        id="kvp.median_start_delay",
        kind=INDICATOR,
        title=("Median ventetid fra vedtak til oppstart", "Median days from decision to programme start"),
        legal_basis="—",
        basis=PRACTICE,
        requirement=("Indikator: median antall dager fra vedtak til oppstart for innvilgede program som har startet.",
                     "Indicator: the median days from decision to start of granted programmes that have started."),
        needs=("decision", "decision_date", "program_start_date"),
        values=DECISION,
        applies_to=Rows("innvilgede og startede program", "granted and started programmes",
                        lambda c: (col("decision") == "granted") & present("program_start_date"),
                        uses=("decision", "program_start_date")),
        measure=Measure("dager fra vedtak til oppstart", "days from decision to start", DAYS,
                        lambda c: days(col("decision_date"), col("program_start_date"))),
        aggregate="median",
        target=Target("<=", "target_days"),
        params=(Param("target_days", 14, "dager", ("mål: høyeste median", "target: maximum median"), basis=PRACTICE),),
    ),
]

SUITE = Suite(name="kvp", dataset="kvp", title=("Kvalifiseringsprogram (KVP)", "Qualification programme (KVP)"), checks=CHECKS)
