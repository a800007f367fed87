"""Themes of a supervision report: which checks each requirement rests on, and its words.

The county governor's inspection reports (system audits) are written per theme: the
requirement (krav) with its legal basis, what was found, the assessment and a
conclusion — a *lovbrudd* («Kommunen sikrer ikke at … Dette er lovbrudd på …») when the
failure is systematic, a *merknad* when it is not. This module is the one place a
lawyer reviews that wording. It declares, per theme:

* the checks (by id, see ``checks/kvp.py`` and ``checks/stonad.py``) it rests on;
* per check: the requirement sentence with its legal basis, the fact predicate
  ("I 3 av 40 vurderte saker …"), what the municipality must ensure, the legal basis
  of a breach as the conclusion cites it, whether its threshold is law or practice
  (checks.md "Law or practice") and, for a practice threshold, the practice and the
  legal requirement behind it;
* columns whose absence from the source means a case could have been cleared (a
  KOSTRA 11CF file has no preliminary reply date): no breach is concluded on them.

Texts are ``(bokmål, English)``. Placeholders ``{name}`` are the check's parameters as
they were used in the run, formatted with their unit (``units``); a parameter that
changed with the law (e.g. ``min_age``) is written with the older value where cases
were judged by it: «18 år (19 år for vedtak før 01.01.2019)».

Which conclusion a theme reaches (materiality) is decided in :mod:`audit.findings`;
nothing here computes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Words = tuple[str, str]  # (bokmål, English)

LAW, PRACTICE = "law", "practice"


@dataclass(frozen=True)
class ThemeCheck:
    id: str
    requirement: Words  # full sentence(s), starting with the legal basis ("" where an earlier check states it)
    found: Words  # predicate after «I n av N vurderte saker …»
    ensure: Words  # after «Kommunen sikrer ikke at …»
    breach: Words  # after «Dette er lovbrudd på …»
    basis: str = LAW  # law | practice: is the check's threshold set by law?
    practice: Words | None = None  # for a practice threshold: the practice and the requirement behind it
    units: dict[str, str] = field(default_factory=dict)  # parameter -> unit (audit.text unit.<name>)
    event: Words | None = None  # what a dated rule's date is of: «vedtak» / «decisions»
    clears: tuple[tuple[str, Words], ...] = ()  # (column, what it records): absent => no breach concluded
    extent: bool = False  # show the range of measured values («31–45 dager»)


@dataclass(frozen=True)
class Theme:
    id: str
    suite: str
    title: Words
    checks: tuple[ThemeCheck, ...]


_GROUNDS_BREACH: Words = (
    "sosialtjenesteloven § 29, jf. § 4, og forvaltningsloven § 25, jf. sosialtjenesteloven § 41",
    "the Social Services Act section 29, cf. section 4, and the Public Administration Act section 25, "
    "cf. the Social Services Act section 41",
)


def _ground(criterion: str, nb: str, en: str, requirement: Words | None = None) -> ThemeCheck:
    return ThemeCheck(
        id=f"kvp.grounds.{criterion}",
        requirement=requirement or ("", ""),  # the theme's first check states the requirement for all criteria
        found=(f"manglet vedtaket en begrunnelse for vilkåret om {nb}",
               f"the decision gave no grounds for the criterion of {en}"),
        ensure=("vedtak om kvalifiseringsprogram begrunner hvert av vilkårene for programmet",
                "decisions on the qualification programme give grounds for each of its criteria"),
        breach=_GROUNDS_BREACH,
        basis=PRACTICE,
        practice=("at et vedtak som innvilger program, skal vise hvorfor hvert vilkår er oppfylt, følger av "
                  "statsforvalterens praksis (Trondheim 2019); forvaltningsloven § 24 annet ledd krever ikke alltid "
                  "begrunnelse når en søknad innvilges",
                  "that a decision granting the programme must show why each criterion is met follows from the county "
                  "governor's practice (Trondheim 2019); the Public Administration Act section 24 (2) does not always "
                  "require reasons when an application is granted"),
    )


_DECISIONS: Words = ("vedtak", "decisions")
_STARTED: Words = ("program som startet", "programmes started")

THEMES: tuple[Theme, ...] = (
    # ------------------------------------------------------------------ kvp
    Theme(
        id="kvp.information",
        suite="kvp",
        title=("Informasjon om kvalifiseringsprogrammet", "Information about the qualification programme"),
        checks=(
            ThemeCheck(
                id="kvp.early_information",
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
                breach=("sosialtjenesteloven § 17, jf. § 29", "the Social Services Act section 17, cf. section 29"),
                basis=PRACTICE,
                practice=("{deviation_days} fra første kontakt er en praksisgrense kontrollen bruker; loven setter "
                          "ingen frist i dager, men krever at informasjonen gis tidlig",
                          "{deviation_days} from the first contact is a practice threshold used by the check; the law "
                          "sets no limit in days but requires the information to be given early"),
                units={"deviation_days": "days", "warning_days": "days"},
                extent=True,
            ),
        ),
    ),
    Theme(
        id="kvp.processing",
        suite="kvp",
        title=("Saksbehandling og vedtak", "Case processing and decisions"),
        checks=(
            ThemeCheck(
                id="kvp.processing_time",
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
                breach=("forvaltningsloven § 11 a, jf. sosialtjenesteloven § 41",
                        "the Public Administration Act section 11 a, cf. the Social Services Act section 41"),
                units={"months": "months"},
                clears=(("preliminary_reply_date", ("dato for foreløpig svar", "the date of a preliminary reply")),),
            ),
            ThemeCheck(
                id="kvp.work_ability_assessment",
                requirement=(
                    "Etter sosialtjenesteloven § 29, jf. NAV-loven § 14 a, skal arbeidsevnen være vurdert før det "
                    "treffes vedtak om kvalifiseringsprogram.",
                    "Under the Social Services Act section 29, cf. the NAV Act section 14 a, work ability must be "
                    "assessed before a decision on the qualification programme is made."),
                found=("manglet arbeidsevnevurdering, eller den var datert etter vedtaket",
                       "there was no work ability assessment, or it was dated after the decision"),
                ensure=("arbeidsevnen er vurdert før vedtak om kvalifiseringsprogram",
                        "work ability is assessed before a decision on the qualification programme"),
                breach=("sosialtjenesteloven § 29, jf. NAV-loven § 14 a",
                        "the Social Services Act section 29, cf. the NAV Act section 14 a"),
            ),
            ThemeCheck(
                id="kvp.age",
                requirement=(
                    "Etter sosialtjenesteloven § 29 er kvalifiseringsprogram for personer i yrkesaktiv alder: deltakeren "
                    "må ha fylt {min_age} og kan ikke være eldre enn {max_age} på vedtakstidspunktet.",
                    "Under the Social Services Act section 29 the programme is for people of working age: the "
                    "participant must be at least {min_age} and at most {max_age} old at the time of the decision."),
                found=("var deltakeren utenfor aldersgrensene på vedtakstidspunktet",
                       "the participant was outside the age limits at the time of the decision"),
                ensure=("kvalifiseringsprogram bare innvilges innenfor lovens aldersgrenser",
                        "the programme is granted only within the statutory age limits"),
                breach=("sosialtjenesteloven § 29", "the Social Services Act section 29"),
                units={"min_age": "years", "max_age": "years"},
                event=_DECISIONS,
            ),
            ThemeCheck(
                id="kvp.appeal_info",
                requirement=(
                    "Etter forvaltningsloven § 27 tredje ledd skal vedtaket opplyse om klageadgang, klagefrist, "
                    "klageinstans og den nærmere fremgangsmåten ved klage.",
                    "Under the Public Administration Act section 27 (3) the decision must state the right to appeal, "
                    "the deadline, the appeal body and how to appeal."),
                found=("manglet vedtaket opplysninger om klageadgang", "the decision did not inform about the right to appeal"),
                ensure=("vedtakene opplyser om klageadgangen", "decisions inform about the right to appeal"),
                breach=("forvaltningsloven § 27 tredje ledd, jf. sosialtjenesteloven § 41",
                        "the Public Administration Act section 27 (3), cf. the Social Services Act section 41"),
            ),
        ),
    ),
    Theme(
        id="kvp.grounds",
        suite="kvp",
        title=("Begrunnelse i vedtaket", "Grounds in the decision"),
        checks=(
            _ground("age", "alder", "age", requirement=(
                    "Etter sosialtjenesteloven § 29, jf. § 4, skal vilkårene for kvalifiseringsprogram være forsvarlig "
                    "vurdert, og når vedtaket begrunnes, skal begrunnelsen etter forvaltningsloven § 25 vise til "
                    "reglene og de faktiske forholdene vedtaket bygger på. Et vedtak om kvalifiseringsprogram skal "
                    "vise hvorfor hvert vilkår er oppfylt: alder, vesentlig nedsatt arbeids- og inntektsevne, ingen eller "
                    "svært begrensede ytelser til livsopphold, at programmet er nødvendig og hensiktsmessig, og at et "
                    "tilpasset program kan tilbys.",
                    "Under the Social Services Act section 29, cf. section 4, the criteria for the programme must be "
                    "soundly assessed, and where reasons are given, the Public Administration Act section 25 requires "
                    "them to refer to the rules and facts the decision rests on. A decision on the programme must show "
                    "why each criterion is met: age, substantially reduced work and earning capacity, no or very limited "
                    "benefits, the programme being necessary and appropriate, and an adapted programme being "
                    "available.")),
            _ground("work_ability", "vesentlig nedsatt arbeids- og inntektsevne",
                    "substantially reduced work and earning capacity"),
            _ground("benefits", "ingen eller svært begrensede ytelser til livsopphold", "no or very limited benefits"),
            _ground("necessity", "at programmet er nødvendig og hensiktsmessig",
                    "the programme being necessary and appropriate"),
            _ground("program", "at et tilpasset program kan tilbys", "an adapted programme being available"),
        ),
    ),
    Theme(
        id="kvp.start",
        suite="kvp",
        title=("Oppstart og venteliste", "Start and waiting list"),
        checks=(
            ThemeCheck(
                id="kvp.before_decision",
                requirement=(
                    "Etter forvaltningsloven § 23, jf. sosialtjenesteloven § 41, skal det treffes et skriftlig "
                    "enkeltvedtak om kvalifiseringsprogram før programmet settes i gang.",
                    "Under the Public Administration Act section 23, cf. the Social Services Act section 41, a written "
                    "individual decision must be made before the programme starts."),
                found=("startet programmet eller den første aktiviteten før vedtaket var truffet",
                       "the programme or its first activity started before the decision was made"),
                ensure=("det treffes vedtak før kvalifiseringsprogram settes i gang",
                        "a decision is made before a qualification programme starts"),
                breach=("forvaltningsloven § 23, jf. sosialtjenesteloven § 41",
                        "the Public Administration Act section 23, cf. the Social Services Act section 41"),
            ),
            ThemeCheck(
                id="kvp.start_delay",
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
                breach=("sosialtjenesteloven § 29, jf. § 4", "the Social Services Act section 29, cf. section 4"),
                basis=PRACTICE,
                practice=("{deviation_days} er en praksisgrense kontrollen bruker; loven krever oppstart uten opphold, "
                          "og et vedtak kan lovlig fastsette en senere oppstart",
                          "{deviation_days} is a practice threshold used by the check; the law requires a start "
                          "without delay, and a decision may lawfully set a later start"),
                units={"deviation_days": "days", "warning_days": "days"},
                extent=True,
            ),
        ),
    ),
    Theme(
        id="kvp.content",
        suite="kvp",
        title=("Programmets innhold og evaluering", "Programme content and evaluation"),
        checks=(
            ThemeCheck(
                id="kvp.full_time",
                requirement=(
                    "Etter sosialtjenesteloven § 30 skal programmet være helårig og på full tid; kontrollen bruker "
                    "{min_hours}.",
                    "Under the Social Services Act section 30 the programme must be full-time all year; the check uses "
                    "{min_hours}."),
                found=("var programmet planlagt med færre enn {min_hours}",
                       "the programme was planned with fewer than {min_hours}"),
                ensure=("kvalifiseringsprogram gis på full tid", "qualification programmes are full-time"),
                breach=("sosialtjenesteloven § 30", "the Social Services Act section 30"),
                units={"min_hours": "hours_per_week"},
                extent=True,
            ),
            ThemeCheck(
                id="kvp.evaluation_planned",
                requirement=(
                    "Etter forskrift om kvalifiseringsprogram skal tidspunktene for evaluering av programmet planlegges "
                    "før oppstart.",
                    "Under the qualification programme regulations the dates for evaluating the programme must be "
                    "planned before it starts."),
                found=("var det planlagt færre evalueringer av programmet enn minstekravet på {min_evaluations}",
                       "fewer evaluations of the programme were planned than the minimum of {min_evaluations}"),
                ensure=("programmene inneholder planlagte evalueringer", "programmes include planned evaluations"),
                breach=("forskrift om kvalifiseringsprogram, jf. sosialtjenesteloven § 29",
                        "the qualification programme regulations, cf. the Social Services Act section 29"),
                units={"min_evaluations": ""},
            ),
        ),
    ),
    Theme(
        id="kvp.duration",
        suite="kvp",
        title=("Varighet og forlengelse", "Duration and extension"),
        checks=(
            ThemeCheck(
                id="kvp.duration_stated",
                requirement=("Vedtaket om kvalifiseringsprogram skal angi hvor lenge programmet skal vare.",
                             "The decision on the programme must state how long it lasts."),
                found=("angav ikke vedtaket hvor lenge programmet skal vare",
                       "the decision did not state how long the programme would last"),
                ensure=("vedtak om kvalifiseringsprogram angir programmets varighet",
                        "decisions on the programme state its duration"),
                breach=("forskrift om kvalifiseringsprogram, jf. sosialtjenesteloven § 29",
                        "the qualification programme regulations, cf. the Social Services Act section 29"),
            ),
            ThemeCheck(
                id="kvp.max_duration",
                requirement=(
                    "Etter sosialtjenesteloven § 31 kan kvalifiseringsprogram gis for inntil {months}. Når særlige "
                    "grunner tilsier det, kan programmet forlenges ved et begrunnet vedtak, til sammen inntil "
                    "{extended_months}.",
                    "Under the Social Services Act section 31 the programme may last up to {months}. Where special "
                    "reasons apply it may be extended by a reasoned decision to at most {extended_months} in total."),
                found=("varte programmet lenger enn loven tillater, uten et begrunnet vedtak om forlengelse",
                       "the programme lasted longer than the law allows without a reasoned extension decision"),
                ensure=("kvalifiseringsprogram avsluttes innenfor lovens lengste varighet",
                        "qualification programmes end within the statutory maximum duration"),
                breach=("sosialtjenesteloven § 31", "the Social Services Act section 31"),
                units={"months": "months", "extended_months": "months"},
                event=_STARTED,
                clears=(("extension_decision_date", ("vedtak om forlengelse", "extension decisions")),),
                extent=True,
            ),
            ThemeCheck(
                id="kvp.extension_in_time",
                requirement=("Forlengelse av kvalifiseringsprogram skal vedtas skriftlig før den innvilgede perioden "
                             "er over (sosialtjenesteloven § 31, forvaltningsloven § 23).",
                             "An extension must be decided in writing before the granted period ends (the Social "
                             "Services Act section 31, the Public Administration Act section 23)."),
                found=("ble forlengelsen vedtatt etter at den planlagte programperioden var over",
                       "the extension was decided after the planned programme period had ended"),
                ensure=("forlengelse vedtas før programperioden løper ut",
                        "extensions are decided before the programme period ends"),
                breach=("sosialtjenesteloven § 31 og forvaltningsloven § 23",
                        "the Social Services Act section 31 and the Public Administration Act section 23"),
                extent=True,
                units={},
            ),
        ),
    ),
    # ------------------------------------------------------------------ stonad
    Theme(
        id="stonad.processing",
        suite="stonad",
        title=("Saksbehandlingstid", "Processing time"),
        checks=(
            ThemeCheck(
                id="stonad.processing_time",
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
                breach=("forvaltningsloven § 11 a, jf. sosialtjenesteloven § 41",
                        "the Public Administration Act section 11 a, cf. the Social Services Act section 41"),
                units={"months": "months"},
                clears=(("preliminary_reply_date", ("dato for foreløpig svar", "the date of a preliminary reply")),),
            ),
        ),
    ),
    Theme(
        id="stonad.emergency",
        suite="stonad",
        title=("Nødhjelp", "Emergency help"),
        checks=(
            ThemeCheck(
                id="stonad.emergency_same_day",
                requirement=(
                    "Etter sosialtjenesteloven § 18, jf. § 4, skal personer i en nødsituasjon få forsvarlig hjelp til "
                    "rett tid. En søknad om nødhjelp må derfor behandles raskt, ofte samme dag.",
                    "Under the Social Services Act section 18, cf. section 4, people in an emergency must get sound "
                    "help in time. An application for emergency help must therefore be handled quickly, often the "
                    "same day."),
                found=("ble søknaden om nødhjelp avgjort senere enn {deviation_working_days} etter at den kom inn",
                       "the application for emergency help was decided later than {deviation_working_days} after it "
                       "was received"),
                ensure=("søknader om nødhjelp behandles så raskt at hjelpen gis til rett tid",
                        "applications for emergency help are handled quickly enough for help to come in time"),
                breach=("sosialtjenesteloven § 18, jf. § 4", "the Social Services Act section 18, cf. section 4"),
                basis=PRACTICE,
                practice=("samme dag, og senest {deviation_working_days}, er anbefalt praksis; loven setter ingen "
                          "frist i dager, men krever forsvarlig hjelp til rett tid",
                          "the same day, and at most {deviation_working_days}, is recommended practice; the law sets "
                          "no limit in days but requires sound help in time"),
                units={"deviation_working_days": "working_days", "warning_working_days": "working_days",
                       "deviation_days": "days", "warning_days": "days"},
                extent=True,
            ),
        ),
    ),
    Theme(
        id="stonad.young",
        suite="stonad",
        title=("Vilkår om aktivitet for unge mottakere", "Activity conditions for young recipients"),
        checks=(
            ThemeCheck(
                id="stonad.activity_conditions_under_30",
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
                breach=("sosialtjenesteloven § 20 a", "the Social Services Act section 20 a"),
                units={"age_limit": "years"},
                event=_DECISIONS,
                clears=(("exception_20a_date", ("vedtak om unntak fra aktivitetsplikten",
                                                "decisions on exceptions from the activity duty")),),
            ),
        ),
    ),
    Theme(
        id="stonad.children",
        suite="stonad",
        title=("Barn i husholdningen", "Children in the household"),
        checks=(
            ThemeCheck(
                id="stonad.child_benefit_excluded",
                requirement=(
                    "Etter sosialtjenesteloven § 18 tredje ledd (i kraft 01.09.2022) skal det ved vurdering av søknad om "
                    "stønad til familier ikke tas hensyn til barnetrygd.",
                    "Under the Social Services Act section 18 (3) (in force 1 September 2022) child benefit must not be "
                    "taken into account when assessing applications from families."),
                found=("ble barnetrygd regnet som inntekt", "child benefit was counted as income"),
                ensure=("barnetrygd holdes utenfor ved vurdering av stønad til familier",
                        "child benefit is left out when assessing assistance to families"),
                breach=("sosialtjenesteloven § 18 tredje ledd", "the Social Services Act section 18 (3)"),
                event=_DECISIONS,
            ),
        ),
    ),
    Theme(
        id="stonad.kvp_information",
        suite="stonad",
        title=("Informasjon om kvalifiseringsprogrammet", "Information about the qualification programme"),
        checks=(
            ThemeCheck(
                id="stonad.kvp_information_long_term",
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
                breach=("sosialtjenesteloven § 17, jf. § 29", "the Social Services Act section 17, cf. section 29"),
                basis=PRACTICE,
                practice=("{months} med stønad er en praksisgrense kontrollen bruker for hvem som bør ha fått "
                          "informasjon; loven setter ingen slik grense",
                          "{months} on assistance is a practice threshold used by the check for who should have been "
                          "informed; the law sets no such limit"),
                units={"months": "months", "min_age": "years", "max_age": "years"},
            ),
        ),
    ),
)

# Internal control (sosialtjenesteloven § 5, jf. kommuneloven § 25-1, from 2021-01-01): concluded when a report
# has at least one lovbrudd.
INTERNAL_CONTROL_FROM = "2021-01-01"
INTERNAL_CONTROL = {
    "title": ("Internkontroll", "Internal control"),
    "requirement": (
        "Etter sosialtjenesteloven § 5, jf. kommuneloven § 25-1, skal kommunen ha internkontroll med at oppgavene "
        "etter loven utføres i samsvar med lover og forskrifter. Internkontrollen skal være systematisk og tilpasset "
        "virksomhetens størrelse, egenart, aktiviteter og risikoforhold.",
        "Under the Social Services Act section 5, cf. the Local Government Act section 25-1, the municipality must "
        "have internal control ensuring that its duties under the Act are carried out in accordance with the law. "
        "Internal control must be systematic and adapted to the size, nature, activities and risks of the service."),
    "breach": ("sosialtjenesteloven § 5, jf. kommuneloven § 25-1",
               "the Social Services Act section 5, cf. the Local Government Act section 25-1"),
    "breach_before": ("sosialtjenesteloven § 5 og forskrift om internkontroll for kommunen i arbeids- og "
                      "velferdsforvaltningen",
                      "the Social Services Act section 5 and the regulations on internal control for the municipality "
                      "in the labour and welfare administration"),
}


def themes_for(suite: str | None) -> list[Theme]:
    """The themes of a suite, in report order (all themes when ``suite`` is None)."""
    return [t for t in THEMES if suite is None or t.suite == suite]


def theme_check(check_id: str) -> tuple[Theme, ThemeCheck] | None:
    """The theme a check belongs to, and its declaration there."""
    for theme in THEMES:
        for tc in theme.checks:
            if tc.id == check_id:
                return theme, tc
    return None
