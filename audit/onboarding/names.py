"""What export headers and values are called: the table ``nav-audit map`` matches against.

Read this module like a glossary. For every canonical column (spec: case-data.md) it lists

* ``phrases``: whole headers as offices write them, in bokmål and English, with common
  abbreviations. A header is compared with each phrase fuzzily (rapidfuzz), after both
  are normalised (lower case, æ/ø/å folded to ae/o/a, punctuation to spaces, the
  abbreviations in :data:`ABBREVIATIONS` written out);
* ``cues``: groups of word stems; a header that contains a stem of *every* group is a
  candidate even when it is a long question (the KOSTRA field descriptions: «Hvilken dato
  ble søknaden registrert ved NAV-kontoret?»). A stem matches the start of a word, or
  anywhere inside a word when it is at least five letters long (Norwegian compounds:
  «søknadsdato»);
* ``not_cues``: stems that rule the column out («Planlagt sluttdato» is not ``end_date``).

Below the columns come the words for category values (decision, KOSTRA status,
outcome) and for booleans that the loader does not read by itself.
Nynorsk words stand beside the bokmål ones (eining, sakshandsamar, fødd, innvilga).
Everything is written folded (ø as o, æ as ae, å as a) because it is compared folded.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Names:
    phrases: tuple[str, ...]
    cues: tuple[tuple[str, ...], ...] = ()
    not_cues: tuple[str, ...] = ()


DATE = ("dato", "date", "dt", "ddmm", "tidspunkt", "when", "dag")

# Abbreviations written out before matching (whole words only, after folding).
ABBREVIATIONS: dict[str, str] = {
    "nr": "nummer", "no": "number", "num": "number", "nbr": "number", "nummer": "nummer",
    "dat": "dato", "dt": "dato", "d": "dato",
    "mnd": "maneder", "mnds": "maneder", "mth": "months", "mths": "months", "mo": "months",
    "reg": "registrert", "registr": "registrert",
    "avsl": "avsluttet", "avslutn": "avsluttet",
    "sbh": "saksbehandler", "saksbeh": "saksbehandler", "sb": "saksbehandler", "sbhl": "saksbehandler",
    "cw": "caseworker",
    "knr": "kommunenummer", "kommnr": "kommunenummer", "komnr": "kommunenummer",
    "kom": "kommune", "komm": "kommune", "muni": "municipality", "mun": "municipality",
    "fdato": "fodselsdato", "fodt": "fodselsdato", "dob": "date of birth", "yob": "year of birth",
    "vedt": "vedtak", "vdato": "vedtaksdato", "innv": "innvilget",
    "aev": "arbeidsevnevurdering", "awa": "work ability assessment",
    "ant": "antall", "pr": "per", "pga": "pa grunn av",
    "prog": "program", "progr": "program", "pgm": "program", "prg": "program",
    "forl": "forlengelse", "forel": "forelopig", "forelop": "forelopig", "forh": "forhand",
    "info": "informert", "inf": "informert",
    "t": "timer", "hrs": "hours", "hr": "hours", "h": "timer", "wk": "week", "uk": "uke",
    "appl": "application", "app": "application", "dec": "decision", "decn": "decision",
    "pers": "person", "soknr": "soknadsnummer", "saksnr": "saksnummer",
    "begr": "begrunnet", "klageadg": "klageadgang", "evalu": "evaluering", "eval": "evaluering",
    "stat": "status", "sit": "situasjon",
    "u18": "under 18", "bu18": "barn under 18", "antbu18": "antall barn under 18",
    "tom": "til og med", "fom": "fra og med",
    "utbetdato": "utbetalingsvedtak dato", "utbettomdato": "utbetalingsvedtak til og med dato",  # KOSTRA 11F
    "id": "id", "ref": "referanse",
}

_GROUNDS = ("begrunn", "grunngitt", "grunngiving", "ground", "reason", "vurdert", "vilkar", "kriteri", "justif")

COMMON: dict[str, Names] = {
    "municipality": Names(
        ("kommunenummer", "kommunenr", "kommune", "kommune nummer", "municipality", "municipality number",
         "municipality code", "kommunekode", "komm nr", "kommune_nr"),
        cues=(("kommune", "municipal"),),
        not_cues=("annen kommune", "fra kommune", "bydel", "flytt", "bostotte", "kommunal"),
    ),
    "office": Names(
        ("nav kontor", "navkontor", "kontor", "enhet", "bydel", "bydelsnummer", "office", "nav office",
         "local office", "unit", "district", "enhetsnavn", "kontornavn", "behandlende enhet", "eining"),
        cues=(("kontor", "office", "bydel", "enhet", "eining", "district"),),
        not_cues=("kontakt",),
    ),
    "caseworker": Names(
        ("saksbehandler", "saksbehandlernummer", "saksbehandler id", "saksbehandlerident", "veileder",
         "caseworker", "case worker", "case handler", "case officer", "handler", "behandler", "ident saksbehandler",
         "sakshandsamar", "handsamar"),
        cues=(("saksbehandler", "sakshandsamar", "caseworker", "case worker", "veileder", "case officer", "handler"),),
    ),
    "birth_date": Names(
        ("fodselsdato", "fodt", "fodd", "fodt dato", "fodselsdag", "birth date", "date of birth", "birthdate", "born"),
        cues=(("fodsel", "fodt", "fodd", "birth", "born"), DATE),
        not_cues=("fodselsnummer", "personnummer", "fodselsar", "year", "nummer", "number"),
    ),
    "birth_year": Names(
        ("fodselsar", "fodt ar", "ar fodt", "birth year", "year of birth", "arskull"),
        cues=(("fodsel", "fodt", "birth", "born"), ("ar", "year", "aar")),
        not_cues=("dato", "date", "nummer", "number"),
    ),
    "preliminary_reply_date": Names(
        ("forelopig svar", "forelopig svar sendt", "forelopig svar dato", "dato forelopig svar", "forhandsvarsel",
         "preliminary reply", "preliminary reply date", "preliminary answer", "interim reply", "interim response",
         "acknowledgement sent", "fvl 11a", "fvl 11 a"),
        cues=(("forelopig", "preliminary", "interim", "fvl 11"),),
    ),
    "decision_date": Names(
        ("vedtaksdato", "vedtak dato", "dato vedtak", "dato for vedtak", "vedtatt", "vedtak fattet", "decision date",
         "date of decision", "decided", "decided on", "vedtak_dato", "avgjort dato", "utbetalingsvedtak dato"),
        cues=(("vedtak", "decision", "decided", "avgjor", "avgjort", "fattet", "utbetalingsvedtak"), DATE),
        not_cues=("forleng", "extension", "unntak", "exception", "20a", "20 a", "til og med", "tom dato", "klage"),
    ),
    "decision": Names(
        ("vedtak", "resultat", "utfall", "vedtaksresultat", "vedtakstype", "innvilget avslag", "decision",
         "outcome of application", "decision outcome", "result", "innvilget", "avgjorelse", "decision result"),
        cues=(("vedtak", "decision", "innvilg", "avgjor", "utfall", "resultat"),),
        not_cues=("dato", "date", "forleng", "extension", "unntak", "exception", "etter program", "after",
                  "situasjon", "situation", "begrunn", "ground", "til og med", "periode", "period"),
    ),
    "kvp_informed_date": Names(
        ("informert om kvp", "kvp informert", "informasjon om kvp", "informert om kvalifiseringsprogram",
         "kvp information", "informed about kvp", "informed of kvp", "kvp info given", "dato informert kvp"),
        cues=(("informer", "informasjon", "inform", "veiled"), ("kvp", "kvalifisering", "qualification")),
    ),
}

KVP: dict[str, Names] = {
    "case_id": Names(
        ("saksnummer", "saksnr", "sak", "sak id", "saks id", "journalnummer", "journalnr", "person journalnr",
         "case id", "case number", "case", "case ref", "case reference", "referanse", "pseudonym", "lopenummer",
         "id", "person journalnummer", "saksref", "saksreferanse", "saks ref"),
        cues=(("saksnummer", "saks id", "sak id", "journal", "case id", "case number", "case ref", "pseudonym",
               "saksref"),),
        not_cues=("behandler", "worker", "handler", "officer", "soknad", "application"),
    ),
    "first_contact_date": Names(
        ("klientforhold fra", "klient fra", "forste kontakt", "forste henvendelse", "kontakt fra", "bruker siden",
         "first contact", "first contact date", "client since", "client relationship start", "start klientforhold"),
        cues=(("klient", "kontakt", "henvendelse", "contact", "client", "bruker siden"),),
        not_cues=("kvp", "program", "oppfolg", "follow"),
    ),
    "application_date": Names(
        ("soknad registrert", "soknadsdato", "soknad mottatt", "dato soknad", "registrert dato", "mottatt dato",
         "application date", "date of application", "application received", "application registered",
         "reg dato", "innkommet", "soknad dato", "date applied", "applied"),
        cues=(("soknad", "applica", "applied"), ("dato", "date", "registrert", "mottatt", "received", "registered",
                                                "innkommet", "ddmm")),
        not_cues=("vedtak", "decision", "svar", "reply", "answer", "forelopig", "avslag", "innvilg", "granted"),
    ),
    "work_ability_assessment_date": Names(
        ("arbeidsevnevurdering", "arbeidsevnevurdering dato", "dato arbeidsevnevurdering", "aev ferdig",
         "work ability assessment", "work ability assessment date", "work capacity assessment",
         "assessment of work ability", "14 a vurdering", "behovsvurdering"),
        cues=(("arbeidsevne", "work ability", "work capacity", "14 a", "14a", "behovsvurdering"),),
    ),
    "ground_age": Names(
        ("begrunnet alder", "alder begrunnet", "vilkar alder", "grounds age", "age criterion", "reason age",
         "alder vurdert", "age justified"),
        cues=(_GROUNDS, ("alder", "age")),
    ),
    "ground_work_ability": Names(
        ("begrunnet nedsatt arbeidsevne", "begrunnet arbeidsevne", "vilkar arbeidsevne", "nedsatt arbeidsevne",
         "grounds work ability", "reduced work ability", "work ability criterion", "arbeids og inntektsevne"),
        cues=(_GROUNDS + ("nedsatt", "reduced"), ("arbeidsevne", "inntektsevne", "work ability", "earning",
                                                   "work capacity")),
        not_cues=("vurdering dato", "assessment date", "vurderingsdato"),
    ),
    "ground_benefits": Names(
        ("begrunnet ingen begrensede ytelser", "begrunnet ytelser", "vilkar ytelser", "ingen ytelser",
         "grounds benefits", "no or limited benefits", "limited benefits", "benefits criterion"),
        cues=(_GROUNDS + ("ingen", "begrens", "limited", "no "), ("ytelse", "benefit", "inntekt", "income")),
        not_cues=("arbeidsevne", "inntektsevne", "earning"),
    ),
    "ground_necessity": Names(
        ("begrunnet nodvendig og hensiktsmessig", "nodvendig og hensiktsmessig", "vilkar nodvendig",
         "grounds necessity", "necessary and appropriate", "necessity criterion", "hensiktsmessig"),
        cues=(("nodvendig", "hensiktsmessig", "necess", "appropriate"),),
    ),
    "ground_program": Names(
        ("begrunnet tilpasset program", "tilpasset program", "vilkar program", "program kan tilbys",
         "grounds programme", "adapted programme", "adapted program", "programme can be offered"),
        cues=(("tilpass", "adapted", "tailored", "tilbys", "offered"), ("program",)),
        not_cues=("dato", "date", "start"),
    ),
    "appeal_info": Names(
        ("klageadgang opplyst", "klageadgang", "klagerett", "opplyst om klage", "klageinformasjon", "info om klage",
         "appeal info", "appeal information", "right of appeal", "appeal rights given", "klage opplyst"),
        cues=(("klage", "appeal"),),
        not_cues=("dato", "date", "frist mottatt", "klagesak"),
    ),
    "planned_end_date": Names(
        ("planlagt sluttdato", "planlagt slutt", "innvilget til", "program til", "varighet til", "vedtak til",
         "planned end", "planned end date", "granted until", "scheduled end", "program end planned", "utlopsdato",
         "programperiode til", "periode til"),
        cues=(("planlagt", "planned", "varighet", "duration", "innvilget til", "granted until", "scheduled",
               "utlop", "expiry", "periode til", "program til"),),
        not_cues=("forleng", "extension"),
    ),
    "first_activity_date": Names(
        ("forste aktivitet", "dato forste aktivitet", "aktivitet startet", "forste tiltak", "first activity",
         "first activity date", "activity start", "forste programaktivitet"),
        cues=(("aktivitet", "activity", "tiltak"), ("forste", "first", "start", "dato", "date", "begynt")),
        not_cues=("timer", "hours", "plan"),
    ),
    "program_start_date": Names(
        ("programstart", "oppstart", "oppstartsdato", "startdato", "program start", "programme start",
         "start date", "begynt dato", "iverksatt", "iverksettelse", "dato oppstart", "programme start date",
         "start program", "kvp start", "begynt i program"),
        cues=(("start", "begynt", "begynte", "iverksett", "oppstart", "commenc", "began", "begin"),),
        not_cues=("aktivitet", "activity", "tiltak", "planlagt", "planned", "klient", "client", "stonad"),
    ),
    "evaluations_planned": Names(
        ("antall evalueringer", "evalueringer", "evalueringsdatoer", "planlagte evalueringer", "evaluations",
         "number of evaluations", "evaluations planned", "review dates", "planned reviews", "evalueringstidspunkter"),
        cues=(("evaluer", "evaluation", "review", "gjennomgang"),),
    ),
    "hours_per_week": Names(
        ("timer per uke", "timer i uka", "timer uke", "ukentlige timer", "hours per week", "weekly hours",
         "hours week", "timer pr uke", "programtimer", "hours"),
        cues=(("timer", "hours", "time"), ("uke", "week", "uka")),
    ),
    "extension_decision_date": Names(
        ("vedtak om forlengelse", "forlengelse vedtatt", "forlenget dato", "dato forlengelse", "forlengelse",
         "extension decision", "extension date", "extended on", "date extended", "forlenget"),
        cues=(("forleng", "extension", "extended", "prolong"),),
        not_cues=("begrunn", "grunn", "reason", "ground", "arsak", "why"),
    ),
    "extension_reason": Names(
        ("begrunnelse forlengelse", "begrunnelse for forlengelse", "grunn forlengelse", "arsak forlengelse",
         "extension reason", "reason for extension", "extension grounds", "forlengelse begrunnelse"),
        cues=(("forleng", "extension", "extended", "prolong"), ("begrunn", "grunn", "reason", "ground", "arsak", "why")),
    ),
    "end_date": Names(
        ("avsluttet dato", "sluttdato", "avslutningsdato", "dato avsluttet", "avsluttet", "end date", "ended",
         "ended on", "exit date", "programme end", "program slutt", "avgangsdato", "avsl dato", "opphort"),
        cues=(("avslutt", "slutt", "ended", "end", "exit", "opphor", "avgang", "ferdig", "completed"),),
        not_cues=("planlagt", "planned", "varighet", "forleng", "extension", "situasjon", "situation", "inntekt",
                  "etter", "after", "status", "scheduled", "til"),
    ),
    "status": Names(
        ("status", "status kostra", "kostra status", "status 31 12", "status per 31 12", "programstatus",
         "deltakerstatus", "status ved arsskifte", "status at year end", "programme status", "participant status"),
        cues=(("status",),),
        not_cues=("sivil", "marital", "civil", "bo", "housing"),
    ),
    "outcome": Names(
        ("situasjon etter program", "situasjon etter avslutning", "etter program", "overgang", "resultat etter program",
         "outcome", "outcome after programme", "situation after programme", "destination", "exit destination",
         "viktigste inntektskilde etter", "avgang til", "avsl viktigste inntekt"),
        cues=(("situasjon", "situation", "outcome", "overgang", "destination", "inntektskilde", "etter program",
               "after programme", "after program", "utfall etter", "gikk til", "avgang til", "viktigste inntekt"),),
        not_cues=("bosituasjon", "sivil", "housing"),
    ),
}

STONAD: dict[str, Names] = {
    "application_id": Names(
        ("soknadsnummer", "soknadsnr", "soknad id", "soknads id", "application id", "application number",
         "application ref", "sak", "saksnummer", "saksnr", "case number", "vedtak id", "ref", "id", "lopenummer"),
        cues=(("soknadsnummer", "soknadsnr", "soknad id", "soknads id", "application id", "application number",
               "application ref", "saksnummer", "saks id"),),
        not_cues=("behandler", "worker", "handler", "person", "klient", "client", "dato", "date"),
    ),
    "case_id": Names(
        ("person id", "personid", "person", "klient id", "klientnummer", "bruker id", "journalnummer", "journalnr",
         "person journalnr", "client id", "client number", "person ref", "person pseudonym", "household id",
         "husstand", "mottaker id", "recipient id"),
        cues=(("person", "klient", "client", "bruker id", "journal", "mottaker", "recipient", "husstand", "household"),),
        not_cues=("fodsel", "birth", "antall", "number of", "barn", "child", "nummer fnr", "fnr", "personnummer"),
    ),
    "received_date": Names(
        ("mottatt dato", "soknad mottatt", "mottatt", "soknadsdato", "dato mottatt", "innkommet", "registrert dato",
         "received", "received date", "date received", "application date", "date of application",
         "application received", "soknad registrert", "reg dato"),
        cues=(("mottatt", "received", "soknad", "applica", "innkommet", "registrert"), DATE + ("mottatt", "received")),
        not_cues=("vedtak", "decision", "svar", "reply", "answer", "forelopig", "periode", "period"),
    ),
    "emergency": Names(
        ("nodhjelp", "nodsituasjon", "akutt", "akutthjelp", "emergency", "emergency help", "urgent", "nodhjelp ja nei",
         "soknad om nodhjelp", "emergency assistance"),
        cues=(("nodhjelp", "nods", "akutt", "emergenc", "urgent"),),
    ),
    "period_start": Names(
        ("periode fra", "fra dato", "stonad fra", "stonadsperiode fra", "gjelder fra", "period start", "period from",
         "valid from", "from date", "fra og med", "periode start", "utbetaling fra"),
        cues=(("periode", "period", "stonad", "gjelder", "valid", "utbetaling"), ("fra", "from", "start")),
        not_cues=("til", "to ", "end", "slutt"),
    ),
    "period_end": Names(
        ("periode til", "til dato", "stonad til", "stonadsperiode til", "gjelder til", "period end", "period to",
         "valid to", "valid until", "to date", "til og med", "periode slutt", "utbetaling til", "utbetalingsvedtak til"),
        cues=(("periode", "period", "stonad", "gjelder", "valid", "utbetaling"), ("til", "to", "end", "slutt", "until")),
        not_cues=("fra", "from", "start"),
    ),
    "conditions_set": Names(
        ("vilkar om aktivitet", "vilkar stilt", "aktivitetsvilkar", "vilkar", "vilkar 20a", "activity conditions",
         "conditions set", "conditions", "activity requirement", "vilkar sosialtjenesteloven", "vilkarsoslov"),
        cues=(("vilkar", "condition", "aktivitetsplikt", "activity requirement"),),
        not_cues=("unntak", "exception", "samboer", "ektefelle", "spouse", "begrunn", "dato", "date"),
    ),
    "exception_20a_date": Names(
        ("unntak fra vilkar vedtatt", "unntak 20a dato", "dato unntak", "unntak vedtatt", "unntak fra aktivitetsplikt",
         "exception date", "exception 20a date", "exemption date", "date of exemption", "unntak vedtaksdato"),
        cues=(("unntak", "exception", "exempt", "fritak"), DATE + ("vedtatt", "vedtak", "decided")),
        not_cues=("begrunn", "grunn", "reason", "ground", "arsak"),
    ),
    "exception_20a_reason": Names(
        ("begrunnelse for unntak", "unntak begrunnelse", "grunn unntak", "arsak unntak", "exception reason",
         "reason for exception", "exemption reason", "grounds for exemption"),
        cues=(("unntak", "exception", "exempt", "fritak"), ("begrunn", "grunn", "reason", "ground", "arsak", "why")),
        not_cues=("dato", "date"),
    ),
    "children_in_household": Names(
        ("barn under 18 ar", "antall barn", "barn i husstanden", "barn", "forsorgede barn", "children",
         "number of children", "children under 18", "dependent children", "kids", "antall barn under 18"),
        cues=(("barn", "child", "kids"),),
        not_cues=("barnetrygd", "benefit", "trygd", "allowance", "bidrag"),
    ),
    "child_benefit_as_income": Names(
        ("barnetrygd regnet som inntekt", "barnetrygd inntekt", "barnetrygd medregnet", "barnetrygd",
         "child benefit as income", "child benefit counted", "child benefit", "barnetrygd i beregning"),
        cues=(("barnetrygd", "child benefit", "child allowance"),),
    ),
    "months_on_assistance": Names(
        ("mnd med stonad siste 12", "maneder med stonad", "stonadsmaneder", "antall maneder", "maneder stonad",
         "months on assistance", "months with assistance", "months of assistance", "benefit months",
         "maneder med sosialhjelp", "stonadslengde"),
        cues=(("maned", "month"), ("stonad", "assistance", "sosialhjelp", "benefit", "hjelp", "mottatt", "siste 12")),
    ),
    "follow_up_meeting_date": Names(
        ("forste oppfolgingssamtale", "oppfolgingssamtale", "oppfolgingsmote", "forste oppfolging", "oppfolging dato",
         "follow up meeting", "follow up", "first follow up", "follow up date", "oppfolgingsmote dato"),
        cues=(("oppfolg", "follow up", "followup", "follow"),),
    ),
}


def names_for(dataset: str) -> dict[str, Names]:
    """The names of every canonical column of ``dataset`` (columns missing here match only by their own name)."""
    extra = {"kvp": KVP, "stonad": STONAD}.get(dataset, {})
    return {**COMMON, **extra}


# ---------------------------------------------------------------- values of category columns
# canonical value -> words and codes that mean it (folded, lower case). Longer and more specific
# words win over shorter ones when a value contains several (see suggest.value_for).

DECISION_WORDS: dict[str, tuple[str, ...]] = {
    "granted": ("innvilget", "innvilga", "innvilg", "bevilget", "godkjent", "granted", "approved", "accepted",
                "allowed", "tildelt", "i"),
    "partly": ("delvis innvilget", "delvis innvilga", "delvis", "delvis avslag", "partly", "partly granted", "partially granted",
               "partial", "partially", "d"),
    "refused": ("avslag", "avslatt", "avvist", "ikke innvilget", "refused", "rejected", "denied", "declined",
                "not granted", "a"),
}

STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "1": ("fortsatt i program", "i program", "aktiv", "pagaende", "lopende", "still in programme", "active",
          "ongoing", "in programme", "deltar"),
    "2": ("permisjon", "avtalt avbrudd", "permisjon avtalt avbrudd", "pause", "leave", "agreed break",
          "on leave", "temporary break"),
    "3": ("fullfort", "fullfort program", "avsluttet etter avtale", "fullfort avsluttet etter avtale", "completed",
          "finished", "ended by agreement", "gjennomfort"),
    "4": ("varig avbrutt", "uteblivelse", "avbrutt pga uteblivelse", "varig avbrutt uteblivelse", "dropped out",
          "non attendance", "did not attend", "absence", "uteblitt"),
    "5": ("flytting", "flyttet til annen kommune", "avbrutt pga flytting", "flyttet", "moved", "moved away",
          "moved to another municipality", "relocated"),
    "6": ("annen bydel", "flyttet til annen bydel", "bydel", "moved to another district", "other district"),
    "7": ("avsluttet etter avbrudd", "etter avbrudd", "ended after interruption", "closed after break",
          "ended after break"),
}

OUTCOME_WORDS: dict[str, tuple[str, ...]] = {
    "work": ("arbeid", "ordinaert arbeid", "jobb", "i arbeid", "heltid", "deltid", "work", "employment", "employed",
             "job", "ordinary work", "arbeid heltid deltid"),
    "work_subsidised": ("lonnstilskudd", "arbeid med lonnstilskudd", "arbeid med midlertidig lonnstilskudd",
                        "med lonnstilskudd", "med midlertidig lonnstilskudd", "med varig lonnstilskudd",
                        "midlertidig eller varig lonnstilskudd",
                        "subsidised", "subsidized", "wage subsidy", "subsidised work", "subsidized employment"),
    "education": ("utdanning", "skole", "studier", "student", "skole utdanning", "education", "school", "studies",
                  "training", "studying"),
    "aap": ("aap", "arbeidsavklaringspenger", "work assessment allowance"),
    "disability": ("uforetrygd", "ufore", "uforepensjon", "disability", "disability benefit", "disability pension"),
    "social_assistance": ("okonomisk sosialhjelp", "sosialhjelp", "okonomisk stonad", "social assistance",
                          "social welfare", "welfare", "income support", "sosialstonad"),
    "other": ("annet", "andre", "andre arbeidsmarkedstiltak", "tiltak", "other", "others", "misc"),
    "unknown": ("ukjent", "uoppgitt", "vet ikke", "unknown", "not known", "n a", "na", "ikke kjent"),
}

# KOSTRA code lists (11CF): the code written in the file -> canonical value.
OUTCOME_CODES: dict[str, str] = {
    "01": "work", "1": "work", "11": "work_subsidised", "04": "education", "4": "education", "14": "aap",
    "13": "disability", "15": "social_assistance", "16": "social_assistance", "03": "other", "3": "other",
    "10": "other", "17": "unknown",
}

CATEGORY_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "decision": DECISION_WORDS,
    "status": STATUS_WORDS,
    "outcome": OUTCOME_WORDS,
}

# Booleans: the loader reads true/false, ja/nei, yes/no, 1/0 and x by itself (case-data.md).
NATIVE_TRUE = ("true", "ja", "yes", "1", "x")
NATIVE_FALSE = ("false", "nei", "no", "0")
# These need an entry under ``values``: the draft writes it.
EXTRA_TRUE = ("j", "y", "sant", "sann", "t", "ok", "checked", "avkrysset", "[x]", "✓", "✔", "gitt", "utfort")
EXTRA_FALSE = ("n", "usann", "f", "-", "unchecked", "ikke avkrysset", "[ ]", "ikke gitt", "nei ikke")
KOSTRA_YES_NO = {"1": True, "2": False}  # KOSTRA: 1 ja, 2 nei
# A boolean column often exported as one value of a category column («Søknadstype»: Nødhjelp / Ordinær /
# Supplerende): a value holding one of these words (folded) is true, the column's other values false.
FLAG_WORDS: dict[str, tuple[str, ...]] = {
    "emergency": ("nodhjelp", "nodsituasjon", "akutt", "akutthjelp", "emergency", "urgent"),
}
FLAG_MAX_VALUES = 12  # more distinct values than this: a free text, not a category holding the flag
