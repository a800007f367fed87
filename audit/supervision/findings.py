"""Draft findings in the supervisor's style, from a results.json.

For every check of kind *deviation* whose status is ``deviation``, one paragraph:

    {requirement, with its legal basis} I {n} av {N} vurderte saker {what was found}{extent}.
    {Dette gjelder sakene …. | Eksempler er sakene ….} [{u} saker kunne ikke vurderes …]
    {subject} sikrer ikke at {what the law requires}. Dette er brudd på {legal basis}.

This is the form of the county governor's inspection reports (krav — funn —
konklusjon: "… er brudd på …"). The text is a *draft*: the reviewer checks it against
the cases before it is used. Data checks (export inconsistencies), warnings and
indicators are not breaches and get no paragraph.

:func:`draft_findings` returns plain dicts (for the report renderer, which adds an
"Utkast til funn" section); :func:`findings_markdown` and :func:`findings_docx` export
them. The .docx is a minimal WordprocessingML package written with the standard library
(three XML parts): python-docx would add lxml and a dependency for headings and
paragraphs only.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Sequence
from xml.sax.saxutils import escape

DEFAULT_EXAMPLES = 5


@dataclass(frozen=True)
class Text:
    requirement: str  # full sentence(s), starting with the legal basis
    found: str  # predicate after "I n av N vurderte saker …"
    ensure: str  # after "{subject} sikrer ikke at …"
    breach: str  # after "Dette er brudd på …"


_GROUND_CRITERIA = {
    "age": ("alder", "age"),
    "work_ability": ("vesentlig nedsatt arbeids- og inntektsevne", "substantially reduced work and earning capacity"),
    "benefits": ("ingen eller svært begrensede ytelser til livsopphold", "no or very limited benefits to live on"),
    "necessity": ("at programmet er nødvendig og hensiktsmessig", "the programme being necessary and appropriate"),
    "program": ("at et tilpasset program kan tilbys", "an adapted programme being available"),
}

# Texts per check id: {lang: Text}. Placeholders are the check's parameters ({deviation_days} …).
TEXTS: dict[str, dict[str, Text]] = {
    "kvp.age": {
        "nb": Text("Etter sosialtjenesteloven § 29 gjelder retten til kvalifiseringsprogram personer i yrkesaktiv alder. "
                   "Søkeren må ha fylt {min_age} år og kan ikke være eldre enn {max_age} år på vedtakstidspunktet.",
                   "var søkeren utenfor aldersgrensene på vedtakstidspunktet",
                   "vedtak om kvalifiseringsprogram treffes innenfor lovens aldersgrenser",
                   "sosialtjenesteloven § 29"),
        "en": Text("Under the Social Services Act section 29 the right to the qualification programme applies to people "
                   "of working age: at least {min_age} and at most {max_age} years old at the time of the decision.",
                   "the applicant was outside the age limits at the time of the decision",
                   "decisions on the qualification programme stay within the statutory age limits",
                   "the Social Services Act section 29"),
    },
    "kvp.work_ability_assessment": {
        "nb": Text("Etter sosialtjenesteloven § 29, jf. NAV-loven § 14 a, skal det foreligge en arbeidsevnevurdering "
                   "før det treffes vedtak om kvalifiseringsprogram.",
                   "manglet arbeidsevnevurdering, eller den var datert etter vedtaket",
                   "arbeidsevnen er vurdert før vedtak om kvalifiseringsprogram treffes",
                   "sosialtjenesteloven § 29, jf. NAV-loven § 14 a"),
        "en": Text("Under the Social Services Act section 29, cf. the NAV Act section 14 a, a work ability assessment "
                   "must exist before a decision on the qualification programme is made.",
                   "there was no work ability assessment, or it was dated after the decision",
                   "work ability is assessed before a decision on the qualification programme",
                   "the Social Services Act section 29, cf. the NAV Act section 14 a"),
    },
    "kvp.before_decision": {
        "nb": Text("Etter forvaltningsloven § 23 og forskrift om kvalifiseringsprogram § 2 skal det treffes et skriftlig "
                   "enkeltvedtak om kvalifiseringsprogram før programmet settes i gang.",
                   "startet programmet eller den første aktiviteten før vedtaket var truffet",
                   "det treffes vedtak før kvalifiseringsprogram settes i gang",
                   "forvaltningsloven § 23 og forskrift om kvalifiseringsprogram § 2"),
        "en": Text("Under the Public Administration Act section 23 and the qualification programme regulations section 2, "
                   "a written individual decision must be made before the programme starts.",
                   "the programme or its first activity started before the decision was made",
                   "a decision is made before a qualification programme starts",
                   "the Public Administration Act section 23 and the qualification programme regulations section 2"),
    },
    "kvp.start_delay": {
        "nb": Text("Etter sosialtjenesteloven § 29, jf. § 4, skal kvalifiseringsprogram settes i gang uten opphold når det "
                   "er innvilget. Det er ikke adgang til å sette deltakere på venteliste etter vedtak.",
                   "startet programmet mer enn {deviation_days} dager etter vedtaket, eller det var ikke startet "
                   "på revisjonsdatoen",
                   "kvalifiseringsprogram settes i gang uten opphold etter vedtak",
                   "sosialtjenesteloven § 29, jf. § 4"),
        "en": Text("Under the Social Services Act section 29, cf. section 4, a granted qualification programme must start "
                   "without delay. Participants may not be put on a waiting list after the decision.",
                   "the programme started more than {deviation_days} days after the decision, or had not started "
                   "by the audit date",
                   "qualification programmes start without delay after the decision",
                   "the Social Services Act section 29, cf. section 4"),
    },
    "kvp.processing_time": {
        "nb": Text("Etter forvaltningsloven § 11 a skal en søknad avgjøres uten ugrunnet opphold. Kan den ikke besvares "
                   "innen {months_text}, skal søkeren få et foreløpig svar som forklarer hvorfor og når svar kan ventes.",
                   "fikk søkeren verken vedtak eller foreløpig svar innen {months_text} etter søknaden",
                   "søknader om kvalifiseringsprogram avgjøres eller får foreløpig svar innen {months_text}",
                   "forvaltningsloven § 11 a"),
        "en": Text("Under the Public Administration Act section 11 a an application must be decided without undue delay. "
                   "If it cannot be answered within {months_text}, the applicant must receive a preliminary reply "
                   "explaining why and when an answer can be expected.",
                   "the applicant received neither a decision nor a preliminary reply within {months_text} of applying",
                   "applications are decided or receive a preliminary reply within {months_text}",
                   "the Public Administration Act section 11 a"),
    },
    "kvp.duration_stated": {
        "nb": Text("Etter forskrift om kvalifiseringsprogram § 2 skal vedtaket om kvalifiseringsprogram angi "
                   "programmets varighet.",
                   "angav ikke vedtaket hvor lenge programmet skal vare",
                   "vedtak om kvalifiseringsprogram angir programmets varighet",
                   "forskrift om kvalifiseringsprogram § 2"),
        "en": Text("Under the qualification programme regulations section 2 the decision must state the programme's "
                   "duration.",
                   "the decision did not state how long the programme would last",
                   "decisions on the qualification programme state its duration",
                   "the qualification programme regulations section 2"),
    },
    "kvp.max_duration": {
        "nb": Text("Etter sosialtjenesteloven § 31 kan kvalifiseringsprogram gis for inntil {months} måneder. Når særlige "
                   "grunner tilsier det, kan programmet etter en ny vurdering forlenges ved et begrunnet vedtak, "
                   "til sammen inntil {extended_months} måneder.",
                   "varte programmet lenger enn loven tillater, uten et begrunnet vedtak om forlengelse",
                   "kvalifiseringsprogram avsluttes innenfor lovens lengste varighet",
                   "sosialtjenesteloven § 31"),
        "en": Text("Under the Social Services Act section 31 the programme may last up to {months} months. Where special "
                   "reasons apply it may, after a new assessment, be extended by a reasoned decision to at most "
                   "{extended_months} months in total.",
                   "the programme lasted longer than the law allows without a reasoned extension decision",
                   "qualification programmes end within the statutory maximum duration",
                   "the Social Services Act section 31"),
    },
    "kvp.extension_in_time": {
        "nb": Text("Etter sosialtjenesteloven § 31 og forvaltningsloven § 23 skal forlengelse av kvalifiseringsprogram "
                   "vedtas skriftlig før den innvilgede perioden er over.",
                   "ble forlengelsen vedtatt etter at den planlagte programperioden var over",
                   "forlengelse vedtas før programperioden løper ut",
                   "sosialtjenesteloven § 31 og forvaltningsloven § 23"),
        "en": Text("Under the Social Services Act section 31 and the Public Administration Act section 23 an extension "
                   "must be decided in writing before the granted period ends.",
                   "the extension was decided after the planned programme period had ended",
                   "extensions are decided before the programme period ends",
                   "the Social Services Act section 31 and the Public Administration Act section 23"),
    },
    "kvp.evaluation_planned": {
        "nb": Text("Etter forskrift om kvalifiseringsprogram § 1 skal programmet evalueres jevnlig, og tidspunktene "
                   "for evaluering skal gå fram av programmet.",
                   "{evaluations_text}",
                   "programmene inneholder planlagte evalueringer",
                   "forskrift om kvalifiseringsprogram § 1"),
        "en": Text("Under the qualification programme regulations section 1 the programme must be evaluated regularly, "
                   "and the evaluation dates must be set out in the programme.",
                   "{evaluations_text}",
                   "programmes include planned evaluations",
                   "the qualification programme regulations section 1"),
    },
    "kvp.full_time": {
        "nb": Text("Etter sosialtjenesteloven § 30 og forskrift om kvalifiseringsprogram § 1 skal programmet være "
                   "helårig og på full tid, det vil si {min_hours} timer per uke.",
                   "var programmet planlagt med færre enn {min_hours} timer per uke",
                   "kvalifiseringsprogram gis på full tid",
                   "sosialtjenesteloven § 30 og forskrift om kvalifiseringsprogram § 1"),
        "en": Text("Under the Social Services Act section 30 and the qualification programme regulations section 1 the "
                   "programme must be full-time all year, that is {min_hours} hours a week.",
                   "the programme was planned with fewer than {min_hours} hours a week",
                   "qualification programmes are full-time",
                   "the Social Services Act section 30 and the qualification programme regulations section 1"),
    },
    "kvp.early_information": {
        "nb": Text("Etter sosialtjenesteloven § 17, jf. § 29, skal kontoret tidlig gi informasjon om "
                   "kvalifiseringsprogram til personer som kan ha rett til det.",
                   "var det ikke dokumentert at brukeren var informert om kvalifiseringsprogram innen "
                   "{deviation_days} dager etter første kontakt",
                   "brukere som kan ha rett til kvalifiseringsprogram, får informasjon om det tidlig",
                   "sosialtjenesteloven § 17, jf. § 29"),
        "en": Text("Under the Social Services Act section 17, cf. section 29, the office must inform people who may be "
                   "entitled to the qualification programme about it early.",
                   "it was not documented that the user was informed about the programme within {deviation_days} days "
                   "of the first contact",
                   "users who may be entitled to the qualification programme are informed about it early",
                   "the Social Services Act section 17, cf. section 29"),
    },
    "kvp.appeal_info": {
        "nb": Text("Etter forvaltningsloven § 27 tredje ledd skal vedtaket opplyse om klageadgang, klagefrist, "
                   "klageinstans og den nærmere fremgangsmåten ved klage.",
                   "manglet vedtaket opplysninger om klageadgang",
                   "vedtakene opplyser om klageadgangen",
                   "forvaltningsloven § 27"),
        "en": Text("Under the Public Administration Act section 27 (3) the decision must state the right to appeal, the "
                   "deadline, the appeal body and how to appeal.",
                   "the decision did not inform about the right to appeal",
                   "decisions inform about the right to appeal",
                   "the Public Administration Act section 27"),
    },
    "stonad.processing_time": {
        "nb": Text("Etter forvaltningsloven § 11 a skal en søknad avgjøres uten ugrunnet opphold. Kan den ikke besvares "
                   "innen én måned, skal søkeren få et foreløpig svar som forklarer hvorfor og når svar kan ventes.",
                   "fikk søkeren verken vedtak eller foreløpig svar innen én måned etter søknaden",
                   "søknader om økonomisk stønad avgjøres eller får foreløpig svar innen én måned",
                   "forvaltningsloven § 11 a"),
        "en": Text("Under the Public Administration Act section 11 a an application must be decided without undue delay; "
                   "if it cannot be answered within one month, the applicant must receive a preliminary reply.",
                   "the applicant received neither a decision nor a preliminary reply within one month",
                   "applications for economic assistance are decided or answered within one month",
                   "the Public Administration Act section 11 a"),
    },
    "stonad.emergency_same_day": {
        "nb": Text("Etter sosialtjenesteloven § 18, jf. § 4, skal en søknad om nødhjelp behandles straks, slik at "
                   "hjelpen kan gis samme dag.",
                   "ble søknaden om nødhjelp ikke avgjort samme dag eller neste virkedag",
                   "søknader om nødhjelp behandles straks",
                   "sosialtjenesteloven § 18, jf. § 4"),
        "en": Text("Under the Social Services Act section 18, cf. section 4, an application for emergency help must be "
                   "handled at once, so that help can be given the same day.",
                   "the application for emergency help was not decided the same or the next working day",
                   "applications for emergency help are handled at once",
                   "the Social Services Act section 18, cf. section 4"),
    },
    "stonad.activity_conditions_under_30": {
        "nb": Text("Etter sosialtjenesteloven § 20 a skal det stilles vilkår om aktivitet ved tildeling av økonomisk "
                   "stønad til personer under 30 år, med mindre tungtveiende grunner taler mot det. Et unntak skal "
                   "begrunnes i vedtaket.",
                   "var det verken stilt vilkår om aktivitet eller begrunnet unntak",
                   "det stilles vilkår om aktivitet for stønadsmottakere under 30 år, eller at unntak begrunnes",
                   "sosialtjenesteloven § 20 a"),
        "en": Text("Under the Social Services Act section 20 a activity conditions must be set when economic assistance "
                   "is granted to people under 30, unless weighty reasons speak against it; an exception must be "
                   "reasoned in the decision.",
                   "neither activity conditions nor a reasoned exception were found",
                   "activity conditions are set for recipients under 30, or exceptions are reasoned",
                   "the Social Services Act section 20 a"),
    },
    "stonad.child_benefit_excluded": {
        "nb": Text("Etter sosialtjenesteloven § 18 skal barnetrygd holdes utenfor som inntekt når økonomisk stønad "
                   "utmåles.",
                   "ble barnetrygd regnet som inntekt i utmålingen",
                   "barnetrygd holdes utenfor ved utmåling av økonomisk stønad",
                   "sosialtjenesteloven § 18"),
        "en": Text("Under the Social Services Act section 18 child benefit must be left out as income when economic "
                   "assistance is calculated.",
                   "child benefit was counted as income",
                   "child benefit is left out when assistance is calculated",
                   "the Social Services Act section 18"),
    },
    "stonad.kvp_information_long_term": {
        "nb": Text("Etter sosialtjenesteloven § 17, jf. § 29, skal personer som har mottatt økonomisk stønad over "
                   "lengre tid, få informasjon om kvalifiseringsprogram.",
                   "var det ikke dokumentert at brukeren hadde fått informasjon om kvalifiseringsprogram",
                   "langtidsmottakere av økonomisk stønad får informasjon om kvalifiseringsprogram",
                   "sosialtjenesteloven § 17, jf. § 29"),
        "en": Text("Under the Social Services Act section 17, cf. section 29, long-term recipients of economic assistance "
                   "must be informed about the qualification programme.",
                   "it was not documented that the user had been informed about the qualification programme",
                   "long-term recipients are informed about the qualification programme",
                   "the Social Services Act section 17, cf. section 29"),
    },
}

for _criterion, (_nb, _en) in _GROUND_CRITERIA.items():
    TEXTS[f"kvp.grounds.{_criterion}"] = {
        "nb": Text("Etter forvaltningsloven §§ 24 og 25 skal et enkeltvedtak begrunnes, og begrunnelsen skal vise til "
                   "reglene og de faktiske forholdene vedtaket bygger på. Et vedtak om kvalifiseringsprogram må derfor "
                   f"vise at hvert av vilkårene i sosialtjenesteloven § 29 er vurdert, også vilkåret om {_nb}.",
                   f"manglet vedtaket en begrunnelse for vilkåret om {_nb}",
                   f"vedtak om kvalifiseringsprogram begrunner vilkåret om {_nb}",
                   "forvaltningsloven §§ 24 og 25, jf. sosialtjenesteloven § 29"),
        "en": Text("Under the Public Administration Act sections 24 and 25 an individual decision must give reasons that "
                   "refer to the rules and facts it rests on. A decision on the qualification programme must therefore "
                   f"show that each criterion of the Social Services Act section 29 was assessed, including {_en}.",
                   f"the decision gave no grounds for the criterion of {_en}",
                   f"decisions on the qualification programme give grounds for the criterion of {_en}",
                   "the Public Administration Act sections 24 and 25, cf. the Social Services Act section 29"),
    }

UNIT_WORDS = {
    "nb": {"days": ("dag", "dager"), "months": ("måned", "måneder"), "hours": ("time per uke", "timer per uke")},
    "en": {"days": ("day", "days"), "months": ("month", "months"), "hours": ("hour a week", "hours a week")},
}

WORDS = {
    "nb": {"case": "vurdert sak", "cases": "vurderte saker", "in": "I", "of": "av", "and": "og",
           "one_example": "Dette gjelder sak {k}.", "all_examples": "Dette gjelder sakene {k}.",
           "some_examples": "Eksempler er sakene {k}.",
           "unknown_one": "1 sak kunne ikke vurderes fordi opplysninger manglet eller ikke kunne leses.",
           "unknown": "{u} saker kunne ikke vurderes fordi opplysninger manglet eller ikke kunne leses.",
           "ensure": "{s} sikrer ikke at {e}.", "breach": "Dette er brudd på {b}.",
           "office": "NAV-kontoret", "offices": "NAV-kontorene", "month": "én måned", "months": "{n} måneder",
           "no_evaluation": "var det ikke planlagt noen evaluering av programmet",
           "few_evaluations": "var det planlagt færre enn {n} evalueringer av programmet",
           "fallback_req": "Kravet «{title}» følger av {law}.", "fallback_found": "var kravet ikke oppfylt",
           "fallback_ensure": "kravet «{title}» overholdes",
           "heading": "Utkast til funn", "draft_note": "Utkastet er laget automatisk fra results.json og må "
           "kontrolleres mot sakene før det brukes.", "run": "Kjøring {id}, revisjonsdato {as_of}",
           "none": "Ingen kontroller har avvik; det er ingen funn å skrive.", "check": "Kontroll", "law": "Hjemmel",
           "requirement": "Krav", "finding": "Funn", "conclusion": "Konklusjon"},
    "en": {"case": "case judged", "cases": "cases judged", "in": "In", "of": "of", "and": "and",
           "one_example": "This concerns case {k}.", "all_examples": "This concerns cases {k}.",
           "some_examples": "Examples are cases {k}.",
           "unknown_one": "1 case could not be judged because information was missing or unreadable.",
           "unknown": "{u} cases could not be judged because information was missing or unreadable.",
           "ensure": "{s} does not ensure that {e}.", "breach": "This is a breach of {b}.",
           "office": "The NAV office", "offices": "The NAV offices", "month": "one month", "months": "{n} months",
           "no_evaluation": "no evaluation of the programme was planned",
           "few_evaluations": "fewer than {n} evaluations of the programme were planned",
           "fallback_req": "The requirement “{title}” follows from {law}.", "fallback_found": "the requirement was not met",
           "fallback_ensure": "the requirement “{title}” is met",
           "heading": "Draft findings", "draft_note": "This draft was generated from results.json and must be "
           "checked against the cases before use.", "run": "Run {id}, audit date {as_of}",
           "none": "No check has deviations; there are no findings to write.", "check": "Check", "law": "Legal basis",
           "requirement": "Requirement", "finding": "Finding", "conclusion": "Conclusion"},
}


def number(x, lang: str = "nb") -> str:
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    text = str(x)
    return text.replace(".", ",") if lang == "nb" else text


def join_words(items: Sequence[str], lang: str = "nb") -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {WORDS[lang]['and']} " + items[-1]


def _param_values(check: dict, lang: str) -> dict[str, str]:
    """The check's parameters as text; a date-dependent parameter by its value now in force."""
    w = WORDS[lang]
    out: dict[str, str] = {}
    params = _dict(check.get("parameters"))
    for name, value in params.items():
        if isinstance(value, list) and value and isinstance(value[-1], dict):
            value = value[-1].get("value")
        out[name] = number(value, lang) if isinstance(value, (int, float)) else str(value)
    months = params.get("months")
    if isinstance(months, (int, float)):
        out["months_text"] = w["month"] if months == 1 else w["months"].format(n=number(months, lang))
    minimum = params.get("min_evaluations")
    if isinstance(minimum, (int, float)):
        out["evaluations_text"] = w["no_evaluation"] if minimum <= 1 else w["few_evaluations"].format(n=number(minimum, lang))
    return out


class _Defaulting(dict):
    def __missing__(self, key: str) -> str:
        return "?"


def _texts(check: dict, lang: str) -> Text:
    text = TEXTS.get(check["id"], {}).get(lang)
    if text is not None:
        return text
    w = WORDS[lang]
    title = _dict(check.get("title")).get(lang) or str(check["id"])
    law = str(check.get("legal_basis") or "—")
    return Text(w["fallback_req"].format(title=title, law=law), w["fallback_found"],
                w["fallback_ensure"].format(title=title[:1].lower() + title[1:]), law.replace("; ", " og " if lang == "nb" else " and "))


def _extent(check: dict, cases: list[dict], lang: str) -> str:
    unit = check.get("unit")
    words = UNIT_WORDS[lang].get(unit if isinstance(unit, str) else "")
    values = [c["value"] for c in cases if isinstance(c.get("value"), (int, float)) and not isinstance(c.get("value"), bool)]
    if not words or not values:
        return ""
    lo, hi = min(values), max(values)
    word = words[0] if lo == hi and abs(hi) == 1 else words[1]
    if lo == hi:
        return f" ({number(hi, lang)} {word})"
    return f" ({number(lo, lang)}–{number(hi, lang)} {words[1]})"


def _dict(x) -> dict:
    return x if isinstance(x, dict) else {}


def _int(x) -> int:
    try:
        return int(x or 0)
    except (TypeError, ValueError):
        return 0


def default_subject(results: dict, lang: str = "nb") -> str:
    offices = _dict(_dict(results).get("dataset")).get("offices")
    offices = offices if isinstance(offices, list) else []
    if len(offices) == 1:
        return str(offices[0])
    return WORDS[lang]["offices" if len(offices) > 1 else "office"]


def draft_finding(check: dict, *, subject: str, lang: str = "nb", examples: int = DEFAULT_EXAMPLES) -> dict:
    """One draft paragraph (and its parts) for a check at deviation level."""
    w = WORDS[lang]
    t = _texts(check, lang)
    params = _Defaulting(_param_values(check, lang))
    n, total, unknown = _int(check.get("failed")), _int(check.get("evaluated")), _int(check.get("unknown"))
    cases = check.get("cases") if isinstance(check.get("cases"), list) else []
    deviations = [c for c in cases if isinstance(c, dict) and c.get("level") == "deviation" and c.get("key") is not None]
    keys = [str(c["key"]) for c in deviations]
    shown = keys[:examples] if examples > 0 else []
    requirement = t.requirement.format_map(params)
    found = t.found.format_map(params)
    noun = w["case"] if total == 1 else w["cases"]
    finding = f"{w['in']} {n} {w['of']} {total} {noun} {found}{_extent(check, deviations, lang)}."
    if shown:
        if len(keys) == 1:
            finding += " " + w["one_example"].format(k=shown[0])
        elif len(shown) == len(keys):
            finding += " " + w["all_examples"].format(k=join_words(shown, lang))
        else:
            finding += " " + w["some_examples"].format(k=join_words(shown, lang))
    if unknown:
        finding += " " + (w["unknown_one"] if unknown == 1 else w["unknown"].format(u=unknown))
    breach = t.breach.format_map(params)
    conclusion = w["ensure"].format(s=subject, e=t.ensure.format_map(params)) + " " + w["breach"].format(b=breach)
    title = _dict(check.get("title")).get(lang) or str(check["id"])
    return {
        "id": check["id"],
        "title": title,
        "legal_basis": str(check.get("legal_basis") or ""),
        "breach": breach,
        "failed": n,
        "evaluated": total,
        "unknown": unknown,
        "examples": shown,
        "requirement": requirement,
        "finding": finding,
        "conclusion": conclusion,
        "text": f"{requirement} {finding} {conclusion}",
    }


def draft_findings(results: dict, lang: str = "nb", *, subject: str | None = None,
                   examples: int = DEFAULT_EXAMPLES) -> list[dict]:
    """Draft findings for every deviation check at deviation level, in the results' order.

    Each dict has ``id``, ``title``, ``legal_basis``, ``breach``, ``failed``,
    ``evaluated``, ``unknown``, ``examples`` (keys), ``requirement``, ``finding``,
    ``conclusion`` and ``text`` (the whole paragraph). ``subject`` names who "does not
    ensure": default the office when the results cover one, else "NAV-kontorene".
    """
    if lang not in WORDS:
        raise ValueError(f"unknown language {lang!r}")
    subject = subject or default_subject(results, lang)
    checks = _dict(results).get("checks")
    return [
        draft_finding(c, subject=subject, lang=lang, examples=examples)
        for c in (checks if isinstance(checks, list) else [])
        if isinstance(c, dict) and isinstance(c.get("id"), str) and c.get("kind") == "deviation" and c.get("status") == "deviation"
    ]


# --------------------------------------------------------------------------- export


def _md_escape(text: str) -> str:
    out = []
    for ch in text:
        if ch in "\\`*_{}[]<>#|":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def _header_lines(results: dict, lang: str) -> tuple[str, str]:
    w = WORDS[lang]
    run = _dict(_dict(results).get("run"))
    scope = run.get("scope")
    line = w["run"].format(id=run.get("id", "?"), as_of=run.get("as_of", "?")) + (f", {scope}" if scope else "") + "."
    return line, w["draft_note"]


def findings_markdown(results: dict, findings: list[dict], lang: str = "nb") -> str:
    w = WORDS[lang]
    run_line, note = _header_lines(results, lang)
    lines = [f"# {w['heading']}", "", _md_escape(run_line) + " " + note, ""]
    if not findings:
        lines += [w["none"], ""]
    for i, f in enumerate(findings, start=1):
        lines += [f"## {i}. {_md_escape(f['title'])}", "", _md_escape(f["text"]), "",
                  f"*{w['check']}: `{f['id']}` · {w['law']}: {_md_escape(f['legal_basis'])}*", ""]
    return "\n".join(lines)


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '</Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _para(text: str, *, size: int | None = None, bold: bool = False, italic: bool = False) -> str:
    rpr = ""
    if bold or italic or size:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + \
              (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # characters XML 1.0 cannot hold

    return (f'<w:p><w:pPr><w:spacing w:after="160"/></w:pPr><w:r>{rpr}'
            f'<w:t xml:space="preserve">{escape(ILLEGAL_CHARACTERS_RE.sub("", text))}</w:t></w:r></w:p>')


def findings_docx(results: dict, findings: list[dict], lang: str = "nb") -> bytes:
    """A minimal Word document (.docx): headings as bold paragraphs, one paragraph per finding."""
    w = WORDS[lang]
    run_line, note = _header_lines(results, lang)
    body = [_para(w["heading"], size=32, bold=True), _para(f"{run_line} {note}", italic=True)]
    if not findings:
        body.append(_para(w["none"]))
    for i, f in enumerate(findings, start=1):
        body.append(_para(f"{i}. {f['title']}", size=26, bold=True))
        body.append(_para(f["text"]))
        body.append(_para(f"{w['check']}: {f['id']} · {w['law']}: {f['legal_basis']}", size=18, italic=True))
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{_W}"><w:body>' + "".join(body) +
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>'
        '</w:sectPr></w:body></w:document>'
    )
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("word/document.xml", document)
    return buf.getvalue()


def write_findings(results: dict, out: str | Path, *, lang: str = "nb", subject: str | None = None,
                   examples: int = DEFAULT_EXAMPLES) -> Path:
    """Write draft findings as Markdown (.md) or Word (.docx), chosen by the suffix."""
    from audit.errors import InputError
    from audit.io import atomic_write_bytes, atomic_write_text

    out = Path(out)
    findings = draft_findings(results, lang, subject=subject, examples=examples)
    suffix = out.suffix.lower()
    if suffix in (".md", ".markdown", ".txt"):
        return atomic_write_text(out, findings_markdown(results, findings, lang))
    if suffix == ".docx":
        return atomic_write_bytes(out, findings_docx(results, findings, lang))
    raise InputError("utkast til funn skrives som .md eller .docx", file=str(out))
