"""Draft findings in the county governor's form: exact text per theme, materiality, rule versions,
samples, KOSTRA sources, no breach; the Markdown and Word writers, the CLI and the run reports."""

from __future__ import annotations

import io
import json
import re
import zipfile

import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.errors import InputError
from audit.findings import BREACH, NONE, NOT_ASSESSED, REMARK, Thresholds, draft_report, findings_for_report
from reports.findings_docx import findings_docx
from reports.findings_md import findings_markdown, write_findings


def check(cid, *, kind="deviation", status="deviation", evaluated=0, failed=0, warned=0, unknown=0, unit=None,
          params=None, cases=(), title=None, legal="—", missing=(), rule_versions=(), basis=None):
    out = {"id": cid, "kind": kind, "status": status, "evaluated": evaluated, "failed": failed, "warned": warned,
           "unknown": unknown, "unit": unit, "parameters": params or {}, "legal_basis": legal,
           "title": {"nb": title or f"Tittel {cid}", "en": title or f"Title {cid}"}, "cases": list(cases),
           "missing_columns": list(missing), "rule_versions": list(rule_versions)}
    if basis:
        out["basis"] = basis
    return out


def case(key, level="deviation", value=None, **extra):
    return {"key": key, "level": level, "value": value, "office": "NAV Lerkendal", "details": {}, **extra}


def results(checks, *, columns=None, inputs=None, suite="kvp", rows=400, as_of="2025-12-31", municipalities=("5001",)):
    return {
        "run": {"id": "20251231T120000-abc123", "as_of": as_of, "suite": suite, "scope": "5001",
                "inputs": inputs if inputs is not None else [{"path": "saker.csv", "rows": rows, "format": "csv"}]},
        "dataset": {"name": suite, "rows": rows, "offices": ["NAV Lerkendal"], "municipalities": list(municipalities),
                    **({"columns": columns} if columns is not None else {})},
        "checks": checks,
    }


def plain(text: str) -> str:
    return text.replace("\xa0", " ")  # the formatter joins numbers and units with a no-break space


def theme(report: dict, theme_id: str) -> dict:
    return next(t for t in report["themes"] if t["id"] == theme_id)


AGE_PARAMS = {"min_age": [{"from": None, "until": "2018-12-31", "value": 19},
                          {"from": "2019-01-01", "until": None, "value": 18}], "max_age": 67}
MAX_PARAMS = {"months": [{"from": None, "until": "2018-12-31", "value": 12}, {"from": "2019-01-01", "until": None, "value": 24}],
              "extended_months": [{"from": None, "until": "2018-12-31", "value": 24},
                                  {"from": "2019-01-01", "until": None, "value": 36}]}

POPULATION = results([
    check("kvp.before_decision", evaluated=40, failed=4, unit="days", title="Program ikke startet før vedtak",
          params={"allowed_days_before": 0},
          cases=[case("K-1", value=10), case("K-2", value=3), case("K-3", value=2), case("K-4", value=1)]),
    check("kvp.start_delay", evaluated=40, failed=3, warned=2, unit="days", title="Oppstart i program etter vedtak",
          params={"warning_days": 14, "deviation_days": 30},
          cases=[case("K-5", value=45), case("K-6", value=38), case("K-7", value=31), case("K-8", "warning", 20)]),
    check("kvp.age", evaluated=60, failed=2, unit="years", title="Alder ved vedtak", params=AGE_PARAMS,
          rule_versions=[{"parameter": "min_age", "from": None, "until": "2018-12-31", "value": 19, "rows": 10},
                         {"parameter": "min_age", "from": "2019-01-01", "until": None, "value": 18, "rows": 50}],
          cases=[case("K-10", value=18, rule="before 2019-01-01", limit={"value": 19, "unit": "years"}),
                 case("K-11", value=17, rule="from 2019-01-01", limit={"value": 18, "unit": "years"})]),
    check("kvp.data.dates_in_order", kind="data", evaluated=40, failed=2, cases=[case("K-50"), case("K-51")]),
    check("kvp.outcome_work_education", kind="indicator", status="below_target", evaluated=20),
])

START_NB = (
    "Etter forvaltningsloven § 23, jf. sosialtjenesteloven § 41, skal det treffes et skriftlig enkeltvedtak om "
    "kvalifiseringsprogram før programmet settes i gang. Etter sosialtjenesteloven § 29, jf. § 4, skal "
    "kvalifiseringsprogram settes i gang uten opphold når det er innvilget. Det er ikke adgang til å sette deltakere "
    "på venteliste etter vedtak. "
    "I 4 av 40 vurderte saker startet programmet eller den første aktiviteten før vedtaket var truffet. "
    "I 3 av 40 vurderte saker startet programmet mer enn 30 dager etter vedtaket, eller det var ikke startet på "
    "kontrolldatoen (31–45 dager). I 2 saker til var verdien over vurderingsgrensen på 14 dager, men ikke over "
    "avviksgrensen. Dette er praksis, ikke lov: 30 dager er en praksisgrense kontrollen bruker; loven krever "
    "oppstart uten opphold, og et vedtak kan lovlig fastsette en senere oppstart. "
    "«Program ikke startet før vedtak»: Avvikene i 4 av 40 saker (10 %) når tersklene for systematisk svikt "
    "(minst 3 saker og 5 %). «Oppstart i program etter vedtak»: Funnet bygger på praksis, ikke på en grense i loven. "
    "Antallet alene viser ikke lovbrudd; sakene må vurderes konkret mot kravet i sosialtjenesteloven § 29, jf. § 4. "
    "Trondheim - Tråante kommune (5001) sikrer ikke at det treffes vedtak før kvalifiseringsprogram settes i gang. Dette er lovbrudd på "
    "forvaltningsloven § 23, jf. sosialtjenesteloven § 41. "
    "Merknad: Trondheim - Tråante kommune (5001) bør sikre at kvalifiseringsprogram settes i gang uten opphold etter vedtak."
)

AGE_NB = (
    "Etter sosialtjenesteloven § 29 er kvalifiseringsprogram for personer i yrkesaktiv alder: deltakeren må ha fylt "
    "18 år (19 år for vedtak før 01.01.2019) og kan ikke være eldre enn 67 år på vedtakstidspunktet. "
    "I 2 av 60 vurderte saker var deltakeren utenfor aldersgrensene på vedtakstidspunktet. "
    "Grensen som gjaldt for sakene med avvik: 19 år for vedtak før 01.01.2019 (1 sak) og 18 år for vedtak fra "
    "01.01.2019 (1 sak). "
    "Avvikene i 2 av 60 saker (3,3 %) er under tersklene for systematisk svikt (minst 3 saker og 5 %) og regnes som "
    "enkeltstående feil. Merknad: Trondheim - Tråante kommune (5001) bør sikre at kvalifiseringsprogram bare innvilges innenfor lovens "
    "aldersgrenser."
)

IC_NB = (
    "Etter sosialtjenesteloven § 5, jf. kommuneloven § 25-1, skal kommunen ha internkontroll med at oppgavene etter "
    "loven utføres i samsvar med lover og forskrifter. Internkontrollen skal være systematisk og tilpasset "
    "virksomhetens størrelse, egenart, aktiviteter og risikoforhold. Utkastet konkluderer med lovbrudd i temaet "
    "«Oppstart og venteliste». Svikten er systematisk etter tersklene i dette utkastet. Trondheim - Tråante kommune (5001) sin "
    "internkontroll er ikke tilstrekkelig egnet til å sikre at kravene i temaet «Oppstart og venteliste» blir "
    "oppfylt. Dette er lovbrudd på sosialtjenesteloven § 5, jf. kommuneloven § 25-1."
)


def test_population_above_threshold_is_a_breach_and_a_practice_threshold_only_a_remark():
    report = draft_report(POPULATION)
    assert [t["id"] for t in report["themes"]] == ["kvp.processing", "kvp.start"]  # data and indicator checks: none
    start = theme(report, "kvp.start")
    assert plain(start["text"]) == START_NB
    assert start["verdict"] == BREACH
    assert [(c["id"], c["verdict"]) for c in start["checks"]] == [("kvp.before_decision", BREACH),
                                                                  ("kvp.start_delay", REMARK)]
    assert "K-1" not in start["text"] and "K-5" not in start["text"]  # case keys only in the appendix
    assert plain(report["internal_control"]["text"]) == IC_NB
    assert report["summary"] == ("Utkastet konkluderer med 2 lovbrudd og 1 merknad. "
                                 "Lovbrudd: «Oppstart og venteliste» og «Internkontroll».")
    assert report["basis"][0] == ("Funnene bygger på alle 400 saker i uttrekket. Resultatene oppgir ikke hvilken "
                                  "periode sakene gjelder (nav-audit run --period).")
    assert plain(report["basis"][1]) == (
        "Et tema konkluderer med lovbrudd bare når svikten er systematisk: minst 3 saker med avvik og minst 5 % av de "
        "vurderte sakene. Færre avvik gir en merknad. Avvik fra en praksisgrense (en grense loven ikke setter som tall) "
        "gir aldri lovbrudd alene.")
    assert report["units"] == ("Sakene er behandlet ved NAV Lerkendal, som er en enhet i Trondheim - Tråante kommune (5001). Pliktene etter "
                               "sosialtjenesteloven ligger hos kommunen.")


def test_below_threshold_and_cases_judged_by_both_rule_versions():
    report = draft_report(POPULATION)
    processing = theme(report, "kvp.processing")
    assert plain(processing["text"]) == AGE_NB
    assert processing["verdict"] == REMARK


def test_thresholds_are_configurable():
    strict = draft_report(POPULATION, thresholds=Thresholds(min_cases=5))
    assert theme(strict, "kvp.start")["verdict"] == REMARK
    assert strict["internal_control"] is None
    assert "minst 5 saker og 5 %" in plain(theme(strict, "kvp.start")["text"])
    lenient = draft_report(POPULATION, thresholds=Thresholds(min_cases=2, min_share=0.03))
    assert theme(lenient, "kvp.processing")["verdict"] == BREACH
    assert plain(theme(lenient, "kvp.processing")["conclusion"]) == (
        "Trondheim - Tråante kommune (5001) sikrer ikke at kvalifiseringsprogram bare innvilges innenfor lovens aldersgrenser. "
        "Dette er lovbrudd på sosialtjenesteloven § 29.")
    with pytest.raises(ValueError):
        Thresholds(min_cases=0)
    # the results may mark a threshold as practice themselves (the rules lane's "basis")
    marked = json.loads(json.dumps(POPULATION))
    marked["checks"][0]["basis"] = "practice"
    assert theme(draft_report(marked), "kvp.start")["verdict"] == REMARK


def test_versions_from_the_event_date_when_cases_carry_no_rule():
    c = check("kvp.max_duration", evaluated=50, failed=2, unit="months", params=MAX_PARAMS, title="Lengde",
              cases=[{**case("K-1", value=14), "details": {"program_start_date": "2018-03-01"}},
                     {**case("K-2", value=30), "details": {"program_start_date": "2020-03-01"}}])
    text = plain(draft_report(results([c]))["themes"][0]["text"])
    assert text == (
        "Etter sosialtjenesteloven § 31 kan kvalifiseringsprogram gis for inntil 24 måneder (12 måneder for program "
        "som startet før 01.01.2019). Når særlige grunner tilsier det, kan programmet forlenges ved et begrunnet "
        "vedtak, til sammen inntil 36 måneder (24 måneder for program som startet før 01.01.2019). "
        "I 2 av 50 vurderte saker varte programmet lenger enn loven tillater, enten uten et begrunnet vedtak om "
        "forlengelse eller ut over det forlengelsen gir adgang til (14–30 måneder). Grensen som gjaldt for sakene med avvik: 12 måneder for program som startet før 01.01.2019 "
        "(1 sak) og 24 måneder for program som startet fra 01.01.2019 (1 sak). "
        "Avvikene i 2 av 50 saker (4 %) er under tersklene for systematisk svikt (minst 3 saker og 5 %) og regnes som "
        "enkeltstående feil. Merknad: Trondheim - Tråante kommune (5001) bør sikre at kvalifiseringsprogram avsluttes innenfor lovens "
        "lengste varighet.")
    # only the rule in force now applied: no older limit is quoted
    now = check("kvp.max_duration", evaluated=50, failed=1, unit="months", params=MAX_PARAMS, title="Lengde",
                cases=[{**case("K-2", value=30), "details": {"program_start_date": "2020-03-01"}}])
    text = plain(draft_report(results([now]))["themes"][0]["text"])
    assert "inntil 24 måneder. Når" in text and "før 01.01.2019" not in text and "Grensen som gjaldt" not in text


REVIEW = {"path": "gjennomgang.xlsx", "rows": 40, "format": "review",
          "review": {"judgements": ["ground_age", "appeal_info"], "cases": 40, "complete": 38, "partial": 0,
                     "not_started": 2, "sample": {"seed": 2024, "population": 400, "sample_size": 40,
                                                  "strata_columns": ["office", "age_group"]}}}
SAMPLE = results([
    check("kvp.appeal_info", evaluated=35, failed=6, unknown=365, title="Vedtaket opplyser om klageadgang",
          cases=[case(f"K-{i}") for i in range(6)]),
    check("kvp.grounds.age", evaluated=35, failed=6, unknown=365, title="Vedtaket begrunner vilkåret: alder",
          cases=[case(f"K-{i}") for i in range(6)]),
], inputs=[{"path": "saker.csv", "rows": 400, "format": "csv"}, REVIEW])

SAMPLE_NB = (
    "Etter forvaltningsloven § 27 tredje ledd skal vedtaket opplyse om klageadgang, klagefrist, klageinstans og den "
    "nærmere fremgangsmåten ved klage. "
    "Funnene om «Saksbehandling og vedtak» bygger på et utvalg: 40 av 400 saker, trukket tilfeldig innen strata etter "
    "kontor og aldersgruppe med frø 2024. Saker utenfor utvalget er ikke gjennomgått, og funnene sier ikke noe om dem. "
    "2 saker i utvalget er ennå ikke gjennomgått. "
    "I 6 av 35 vurderte saker i utvalget manglet vedtaket opplysninger om klageadgang. "
    "Avvikene i 6 av 35 saker (17,1 %) når tersklene for systematisk svikt (minst 3 saker og 5 %). "
    "Trondheim - Tråante kommune (5001) sikrer ikke at vedtakene opplyser om klageadgangen. "
    "Dette er lovbrudd på forvaltningsloven § 27 tredje ledd, jf. sosialtjenesteloven § 41."
)

GROUNDS_NB = (
    "Funnene om «Begrunnelse i vedtaket» bygger på et utvalg: 40 av 400 saker, trukket tilfeldig innen strata etter "
    "kontor og aldersgruppe med frø 2024. Saker utenfor utvalget er ikke gjennomgått, og funnene sier ikke noe om dem. "
    "2 saker i utvalget er ennå ikke gjennomgått. "
    "I 6 av 35 vurderte saker i utvalget manglet vedtaket en begrunnelse for vilkåret om alder. "
    "Dette er praksis, ikke lov: at et vedtak som innvilger program, skal vise hvorfor hvert vilkår er oppfylt, følger "
    "av statsforvalterens praksis (Trondheim 2019); forvaltningsloven § 24 annet ledd krever ikke alltid begrunnelse "
    "når en søknad innvilges. "
    "Funnet bygger på praksis, ikke på en grense i loven. Antallet alene viser ikke lovbrudd; sakene må vurderes "
    "konkret mot kravet i sosialtjenesteloven § 29, jf. § 4, og forvaltningsloven § 25, jf. sosialtjenesteloven § 41. "
    "Merknad: Trondheim - Tråante kommune (5001) bør sikre at vedtak om kvalifiseringsprogram begrunner hvert av vilkårene for programmet."
)


def test_sample_says_how_many_of_how_many_how_drawn_and_that_the_rest_was_not_reviewed():
    report = draft_report(SAMPLE)
    processing = theme(report, "kvp.processing")
    assert plain(processing["text"]) == SAMPLE_NB and processing["verdict"] == BREACH
    grounds = theme(report, "kvp.grounds")
    assert plain(grounds["text"]).endswith(GROUNDS_NB) and grounds["verdict"] == REMARK  # practice: never a breach
    assert "opplysninger manglet" not in report["themes"][0]["text"] + grounds["text"]  # outside the sample
    assert report["basis"][:2] == [
        "Funnene bygger på alle 400 saker i uttrekket. Resultatene oppgir ikke hvilken periode sakene gjelder "
        "(nav-audit run --period).",
        "Funnene om «Saksbehandling og vedtak» og «Begrunnelse i vedtaket» bygger på et utvalg: 40 av 400 saker, "
        "trukket tilfeldig innen strata etter kontor og aldersgruppe med frø 2024. Saker utenfor utvalget er ikke "
        "gjennomgått, og funnene sier ikke noe om dem. 2 saker i utvalget er ennå ikke gjennomgått."]
    # a review of chosen keys (no sample metadata), and a theme mixing review and export checks
    chosen = json.loads(json.dumps(SAMPLE))
    chosen["run"]["inputs"][1]["review"] = {"judgements": ["appeal_info"], "cases": 12, "not_started": 0}
    chosen["checks"] = [check("kvp.appeal_info", evaluated=12, failed=1, title="Klageadgang", cases=[case("K-1")]),
                        check("kvp.processing_time", evaluated=400, failed=30, unknown=3, title="Saksbehandlingstid",
                              params={"months": 1}, cases=[case("K-2")])]
    facts = [plain(f) for f in theme(draft_report(chosen), "kvp.processing")["facts"]]
    assert facts == [
        "Funnene om «Klageadgang» bygger på en gjennomgang av 12 utvalgte saker. Saker utenfor gjennomgangen er ikke "
        "vurdert.",
        "I 30 av 400 vurderte saker fikk søkeren verken vedtak eller foreløpig svar innen 1 måned etter søknaden. "
        "3 saker kunne ikke vurderes fordi opplysninger manglet eller ikke kunne leses.",
        "I 1 av 12 vurderte saker i utvalget manglet vedtaket opplysninger om klageadgang.",
    ]


KOSTRA = results([
    check("kvp.processing_time", evaluated=60, failed=21, unit="days", title="Saksbehandlingstid", params={"months": 1},
          cases=[case(f"2500{i:04d}", value=40) for i in range(21)]),
    check("kvp.appeal_info", status="not_evaluated", title="Vedtaket opplyser om klageadgang", missing=["appeal_info"]),
    check("kvp.work_ability_assessment", status="ok", evaluated=60, title="Arbeidsevnevurdering før vedtak"),
    check("kvp.grounds.age", status="not_evaluated", title="Begrunnet: alder", missing=["ground_age"]),
], columns=["case_id", "application_date", "decision_date", "decision"], rows=60,
    inputs=[{"path": "kvp.dat", "rows": 60, "format": "kostra", "kostra_form": "11CF", "kostra_year": 2025}])

KOSTRA_NB = (
    "Etter forvaltningsloven § 11 a skal en søknad avgjøres uten ugrunnet opphold. Kan den ikke besvares innen "
    "1 måned, skal søkeren få et foreløpig svar som forklarer hvorfor og når svar kan ventes. Etter "
    "sosialtjenesteloven § 29, jf. NAV-loven § 14 a, skal arbeidsevnen være vurdert før det treffes vedtak om "
    "kvalifiseringsprogram. Etter forvaltningsloven § 27 tredje ledd skal vedtaket opplyse om klageadgang, klagefrist, "
    "klageinstans og den nærmere fremgangsmåten ved klage. "
    "I 21 av 60 vurderte saker fikk søkeren verken vedtak eller foreløpig svar innen 1 måned etter søknaden. "
    "KOSTRA-filen (11CF, 2025) har ingen opplysning om dato for foreløpig svar, som kunne ha vist at kravet likevel "
    "var oppfylt i disse sakene. Det konkluderes derfor ikke med lovbrudd på dette grunnlaget. "
    "Kravet «Arbeidsevnevurdering før vedtak»: ingen av de 60 vurderte sakene viste avvik. "
    "Kravet «Vedtaket opplyser om klageadgang» kunne ikke kontrolleres: KOSTRA-filen (11CF, 2025) har ikke kolonnen "
    "«Klageadgang opplyst». "
    "Dataene kan ikke vise om kravet likevel ble oppfylt; sakene må gjennomgås før det konkluderes. "
    "Merknad: Trondheim - Tråante kommune (5001) bør sikre at søknader om kvalifiseringsprogram avgjøres, eller søkeren får foreløpig "
    "svar, innen 1 måned."
)


def test_kostra_source_without_a_preliminary_reply_concludes_no_breach():
    report = draft_report(KOSTRA)
    assert plain(theme(report, "kvp.processing")["text"]) == KOSTRA_NB
    assert report["counts"] == {BREACH: 0, REMARK: 1} and report["internal_control"] is None
    assert report["basis"][0] == ("Funnene bygger på alle 60 saker i KOSTRA-filen (11CF, 2025), for perioden "
                                  "01.01.2025–31.12.2025.")
    grounds = theme(report, "kvp.grounds")
    assert grounds["verdict"] == NOT_ASSESSED
    assert grounds["conclusion"] == "Ingen konklusjon: temaet kunne ikke vurderes."
    # the same deviations from an export that has the column are a breach
    export = json.loads(json.dumps(KOSTRA))
    export["dataset"]["columns"].append("preliminary_reply_date")
    export["run"]["inputs"] = [{"path": "saker.csv", "rows": 60, "format": "csv"}]
    assert theme(draft_report(export), "kvp.processing")["verdict"] == BREACH


def test_a_run_with_no_breach():
    ok = results([
        check("kvp.appeal_info", status="ok", evaluated=1, title="Vedtaket opplyser om klageadgang"),
        check("kvp.start_delay", status="warning", evaluated=40, warned=2, unit="days", title="Oppstart",
              params={"warning_days": 14, "deviation_days": 30}, cases=[case("K-1", "warning", 20)]),
    ])
    report = draft_report(ok)
    assert report["summary"] == "Utkastet konkluderer ikke med lovbrudd eller merknader."
    assert report["internal_control"] is None and report["appendix"] == []
    assert [plain(t["text"]) for t in report["themes"]] == [
        "Etter forvaltningsloven § 27 tredje ledd skal vedtaket opplyse om klageadgang, klagefrist, klageinstans og den "
        "nærmere fremgangsmåten ved klage. Kravet «Vedtaket opplyser om klageadgang»: den ene vurderte saken viste ikke "
        "avvik. Dataene viser ikke avvik fra kravene i dette temaet. Ingen lovbrudd eller merknader.",
        "Etter sosialtjenesteloven § 29, jf. § 4, skal kvalifiseringsprogram settes i gang uten opphold når det er "
        "innvilget. Det er ikke adgang til å sette deltakere på venteliste etter vedtak. Kravet «Oppstart»: ingen av de "
        "40 vurderte sakene viste avvik. I 2 saker var verdien over vurderingsgrensen på 14 dager, men ikke over "
        "avviksgrensen. Dataene viser ikke avvik fra kravene i dette temaet. Ingen lovbrudd eller merknader.",
    ]
    assert [t["verdict"] for t in report["themes"]] == [NONE, NONE]
    assert findings_for_report(ok) == []


def test_english():
    report = draft_report(POPULATION, "en")
    start = theme(report, "kvp.start")
    assert plain(start["conclusion"]) == (
        "Trondheim - Tråante municipality (5001) does not ensure that a decision is made before a qualification programme starts. This is a "
        "breach of the Public Administration Act section 23, cf. the Social Services Act section 41. Remark: "
        "Trondheim - Tråante municipality (5001) should ensure that qualification programmes start without delay after the decision.")
    assert plain(theme(report, "kvp.processing")["facts"][0]) == (
        "In 2 of 60 cases assessed the participant was outside the age limits at the time of the decision. The limit "
        "that applied to the cases with deviations: 19 years for decisions before 1 Jan 2019 (1 case) and 18 years for "
        "decisions from 1 Jan 2019 (1 case).")
    assert report["summary"] == ("The draft concludes with 2 breaches and 1 remark. "
                                 "Breaches: “Start and waiting list” and “Internal control”.")
    with pytest.raises(ValueError):
        draft_report(POPULATION, "de")


def test_subject_and_several_municipalities_and_unknown_checks():
    report = draft_report(POPULATION, subject="Trondheim kommune")
    assert theme(report, "kvp.start")["conclusion"].startswith("Trondheim kommune sikrer ikke at")
    two = draft_report(results(POPULATION["checks"], municipalities=("5001", "5006")))
    assert theme(two, "kvp.start")["conclusion"].startswith("Kommunene Trondheim - Tråante (5001) og Steinkjer (5006) sikrer ikke at")
    assert draft_report(results(POPULATION["checks"], municipalities=()))["internal_control"]["conclusion"].startswith(
        "Kommunen sin internkontroll")
    new = draft_report(results([check("kvp.new_rule", evaluated=10, failed=1, legal="sosialtjenesteloven § 99",
                                      title="Ny regel om noe", cases=[case("K-30")])]))
    assert plain(new["themes"][0]["text"]) == (
        "Kravet «Ny regel om noe» følger av sosialtjenesteloven § 99. I 1 av 10 vurderte saker var kravet ikke oppfylt. "
        "Avvikene i 1 av 10 saker (10 %) er under tersklene for systematisk svikt (minst 3 saker og 5 %) og regnes "
        "som enkeltstående feil. Merknad: Trondheim - Tråante kommune (5001) bør sikre at kravet «ny regel om noe» blir oppfylt.")
    before_2021 = draft_report(results(POPULATION["checks"], as_of="2020-06-30"))
    assert before_2021["internal_control"]["conclusion"].endswith(
        "Dette er lovbrudd på sosialtjenesteloven § 5 og forskrift om internkontroll for kommunen i arbeids- og "
        "velferdsforvaltningen.")


def test_markdown_sections_appendix_and_no_case_list():
    md = findings_markdown(draft_report(POPULATION))
    assert md.startswith("# Utkast til funn\n\n**Kvalifiseringsprogram (KVP) – Trondheim - Tråante kommune (5001)**\n")
    assert "## Konklusjon\n\nUtkastet konkluderer med 2 lovbrudd og 1 merknad." in md
    assert "## Tema 2: Oppstart og venteliste\n\n### Krav\n\n" in md
    for heading in ("### Funn", "### Vurdering", "### Konklusjon", "## Internkontroll", "## Vedlegg: saker med avvik"):
        assert heading in md
    assert "| Oppstart og venteliste | Oppstart i program etter vedtak (`kvp.start_delay`) | K-5, K-6, K-7 |" in md
    assert "K-8" not in md  # a warning is not a case with a deviation
    bare = findings_markdown(draft_report(POPULATION, case_list=False))
    assert "Vedlegg" not in bare and not any(f"K-{i}" in bare for i in range(1, 12))
    weird = json.loads(json.dumps(POPULATION))
    weird["checks"][1]["cases"][0]["key"] = "K_*3*"
    md = findings_markdown(draft_report(weird, subject="NAV <Øst>"))
    assert "K\\_\\*3\\*" in md and "NAV \\<Øst\\>" in md and "<Øst>" not in md


def test_docx_has_real_headings_tables_and_language():
    from docx import Document

    doc = Document(io.BytesIO(findings_docx(draft_report(POPULATION))))
    styled = [(p.style.name, p.text) for p in doc.paragraphs if p.text]
    assert styled[0] == ("Title", "Utkast til funn")
    assert ("Heading 1", "Tema 2: Oppstart og venteliste") in styled
    assert ("Heading 2", "Vurdering") in styled and ("Heading 1", "Internkontroll") in styled
    conclusion = plain(draft_report(POPULATION)["internal_control"]["conclusion"])
    assert conclusion.startswith("Trondheim - Tråante kommune (5001) sin internkontroll") and ("Normal", conclusion) in [
        (s, plain(t)) for s, t in styled]
    assert len(doc.tables) == 2 and all(t.style.name == "Table Grid" for t in doc.tables)
    assert [c.text for c in doc.tables[0].rows[2].cells] == ["Oppstart og venteliste", "lovbrudd"]
    # kvp.age comes first in the appendix, each case with the limit it was judged by
    assert plain(doc.tables[1].rows[1].cells[2].text) == "K-10 (grense 19 år), K-11 (grense 18 år)"
    assert doc.core_properties.language == "nb-NO"
    english = Document(io.BytesIO(findings_docx(draft_report(POPULATION, "en", case_list=False))))
    assert english.core_properties.language == "en-GB" and len(english.tables) == 1
    with zipfile.ZipFile(io.BytesIO(findings_docx(draft_report(POPULATION)))) as z:
        assert "word/styles.xml" in z.namelist()


def test_cli_writes_md_and_docx_and_refuses_to_overwrite(tmp_path):
    res = tmp_path / "results.json"
    res.write_text(json.dumps(POPULATION), encoding="utf-8")
    r = CliRunner().invoke(main, ["findings", str(res)])
    assert r.exit_code == 0, r.output
    assert r.output.startswith("# Utkast til funn") and "## Tema 2: Oppstart og venteliste" in r.output
    md, docx = tmp_path / "funn.md", tmp_path / "funn.docx"
    r = CliRunner().invoke(main, ["findings", str(res), "--subject", "Trondheim kommune", "--no-case-list",
                                  "--out", str(md), "--out", str(docx)])
    assert r.exit_code == 0, r.output
    assert r.output.strip() == f"Skrev utkast til funn (2 tema): {md}, {docx}"
    text = md.read_text(encoding="utf-8")
    assert "Trondheim kommune sikrer ikke at" in text and "K-5" not in text
    assert zipfile.is_zipfile(docx)
    r = CliRunner().invoke(main, ["findings", str(res), "--out", str(md)])
    assert r.exit_code == 2 and "finnes allerede" in r.output
    r = CliRunner().invoke(main, ["findings", str(res), "--out", str(md), "--overwrite", "--min-cases", "5"])
    assert r.exit_code == 0 and "Merknad: Trondheim - Tråante kommune (5001) bør sikre at det treffes vedtak" in md.read_text("utf-8")
    r = CliRunner().invoke(main, ["findings", str(res), "--min-share", "12", "--lang", "en"])
    assert r.exit_code == 0 and "The draft concludes with no breach, but with 2 remarks." in r.output
    r = CliRunner().invoke(main, ["findings", str(res), "--out", str(tmp_path / "funn.pdf")])
    assert r.exit_code == 2 and ".docx" in r.output
    with pytest.raises(InputError, match=".md eller .docx"):
        write_findings(draft_report(POPULATION), tmp_path / "x.rtf")


def test_run_reports_show_the_themes(tmp_path):
    from reports import render_reports

    files = render_reports(POPULATION, tmp_path, lang="nb")
    html = (tmp_path / "rapport.html").read_text(encoding="utf-8")
    assert '<section id="findings"' in html and "Utkast til funn" in html
    assert "Oppstart og venteliste" in html
    assert "Trondheim - Tråante kommune (5001) sikrer ikke at det treffes vedtak før kvalifiseringsprogram settes i gang." in html
    wb = __import__("openpyxl").load_workbook(tmp_path / "rapport.xlsx")
    texts = [plain(c.value) for c in wb["Utkast til funn"]["A"] if c.value]
    # one row per part, headed «Krav:», «Funn:», «Vurdering:», «Konklusjon:» (lane reports2): read without
    # the headings, a theme's rows give its text
    parts = ("Krav", "Funn", "Vurdering", "Konklusjon")
    assert any(x.startswith("Krav: ") for x in texts)
    body = " ".join(x.split(": ", 1)[1] if x.split(": ", 1)[0] in parts else x for x in texts)
    assert START_NB in body and plain(IC_NB) in body and len(files) == 2
    assert [f["id"] for f in findings_for_report(POPULATION)] == ["kvp.processing", "kvp.start", "internal_control"]


def test_malformed_results_give_no_crash():
    report = draft_report({"dataset": "x", "run": 3, "checks": [
        None, {"kind": "deviation", "status": "deviation"},
        {"id": "kvp.appeal_info", "kind": "deviation", "status": "deviation", "failed": "x", "cases": "y",
         "unit": ["days"], "parameters": "z", "rule_versions": 5}]})
    assert report["themes"][0]["checks"][0]["failed"] == 0
    assert findings_markdown(report).startswith("# Utkast til funn")
    assert findings_docx(report)[:2] == b"PK"


def test_word_opens_the_draft_in_libreoffice_writer(tmp_path):
    """The .docx is laid out by a real word processor (LibreOffice Writer, headless) into A4 pages."""
    from tests.report_browsers import pdf_pages, soffice_to_pdf

    report = draft_report(POPULATION)
    path = write_findings(report, tmp_path / "funn.docx")
    pdf = soffice_to_pdf(path, tmp_path, tmp_path / "lo-profile")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and pdf_pages(data) >= 2
    assert re.search(rb"/MediaBox\s*\[0 0 595\.\d+ 841\.\d+\]", data)  # A4 in points


# --------------------------------------------------------------------------- the declarations behind the words


def _placeholders(words) -> set[str]:
    import string

    return {name for text in words for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_theme_rests_on_declared_checks_with_finding_words_and_every_requirement_check_has_a_theme():
    from checks import SUITES, check_by_id
    from checks.themes import THEMES, theme_of

    for theme in THEMES:
        for cid in theme.checks:
            check = check_by_id(cid)
            assert check is not None and check.finding is not None, (theme.id, cid)
            assert cid in {c.id for c in SUITES[theme.suite].checks}, (theme.id, cid)
    placed = [cid for t in THEMES for cid in t.checks]
    assert len(placed) == len(set(placed)), "a check belongs to one theme"
    for suite in ("kvp", "stonad"):
        for check in SUITES[suite].checks:
            assert (check.kind == "deviation") == (theme_of(check.id) is not None), check.id
            assert (check.finding is not None) == (check.kind == "deviation"), check.id


def test_every_placeholder_of_the_finding_words_is_a_parameter_of_the_check():
    """{name} in a finding is the check's parameter as used in the run; an unknown name would print «–»."""
    from checks import all_checks

    for check in all_checks():
        f = check.finding
        if f is None:
            continue
        names = {p.name for p in check.params}
        names |= {prefix for prefix in ("deviation", "warning") if any(n.startswith(prefix + "_") for n in names)}
        used = set().union(*(_placeholders(w) for w in (f.requirement, f.found, f.ensure, f.breach_basis,
                                                        f.practice or ("", ""))))
        assert used <= names, (check.id, used - names)


def test_cli_one_conclusion_per_requirement_each_with_its_own_legal_basis(tmp_path):
    # two requirements of one theme breached: the county governor concludes on each with its
    # own legal basis («… sikrer ikke at A. Dette er lovbrudd på X.»), not one sentence «A og B … X; Y»
    data = results([
        check("kvp.processing_time", evaluated=100, failed=10, unit="days", title="Saksbehandlingstid",
              params={"months": 1}, cases=[case(f"K-{i}", value=40) for i in range(10)]),
        check("kvp.age", evaluated=100, failed=8, unit="years", title="Alder ved vedtak", params=AGE_PARAMS,
              cases=[case(f"K-{20 + i}", value=17, rule="from 2019-01-01", limit={"value": 18, "unit": "years"})
                     for i in range(8)]),
    ])
    res = tmp_path / "results.json"
    res.write_text(json.dumps(data), encoding="utf-8")
    md = tmp_path / "funn.md"
    r = CliRunner().invoke(main, ["findings", str(res), "--subject", "Trondheim kommune", "--out", str(md)])
    assert r.exit_code == 0, r.output
    section = plain(md.read_text(encoding="utf-8")).split("## Tema 1")[1].split("### Konklusjon")[1].split("## ")[0]
    paragraphs = [p.strip() for p in section.split("\n\n") if p.strip()]
    assert paragraphs == [
        "Trondheim kommune sikrer ikke at søknader om kvalifiseringsprogram avgjøres, eller søkeren får foreløpig "
        "svar, innen 1 måned. Dette er lovbrudd på forvaltningsloven § 11 a, jf. sosialtjenesteloven § 41.",
        "Trondheim kommune sikrer ikke at kvalifiseringsprogram bare innvilges innenfor lovens aldersgrenser. "
        "Dette er lovbrudd på sosialtjenesteloven § 29.",
    ]


def test_cli_names_strata_and_missing_columns_in_words_not_codes(tmp_path):
    # a supervisor signs «innen strata etter kontor og aldersgruppe», not «office, age_group»,
    # and «har ikke kolonnen «Klageadgang opplyst»», not «appeal_info»
    sample = json.loads(json.dumps(SAMPLE))
    sample["checks"].append(check("kvp.duration_stated", status="not_evaluated", title="Varighet",
                                  missing=["planned_end_date"]))
    res = tmp_path / "results.json"
    res.write_text(json.dumps(sample), encoding="utf-8")
    r = CliRunner().invoke(main, ["findings", str(res)])
    assert r.exit_code == 0, r.output
    text = plain(r.output)
    assert "trukket tilfeldig innen strata etter kontor og aldersgruppe med frø 2024" in text
    assert "har ikke kolonnen «Planlagt slutt»" in text
    assert "age\\_group" not in text and "age_group" not in text and "planned_end_date" not in text
    r = CliRunner().invoke(main, ["findings", str(res), "--lang", "en"])
    assert "within strata by office and age group" in plain(r.output)


def test_cli_basis_names_one_office_in_the_singular_and_states_the_period(tmp_path):
    one = results([check("kvp.appeal_info", evaluated=3, failed=1, title="Klageadgang", cases=[case("U-1")])],
                  rows=3, municipalities=("1151",))
    one["dataset"]["offices"] = ["NAV Utsira"]
    res = tmp_path / "results.json"
    res.write_text(json.dumps(one), encoding="utf-8")
    r = CliRunner().invoke(main, ["findings", str(res), "--subject", "Utsira kommune"])
    assert r.exit_code == 0, r.output
    text = plain(r.output)
    assert "Sakene er behandlet ved NAV Utsira, som er en enhet i Utsira kommune." in text
    # no period stated: the draft says so, as the supervisor must say which period the cases cover
    assert ("Funnene bygger på alle 3 saker i uttrekket. Resultatene oppgir ikke hvilken periode sakene gjelder "
            "(nav-audit run --period).") in text
    one["run"]["period"] = {"from": "2025-01-01", "to": "2025-12-31"}
    res.write_text(json.dumps(one), encoding="utf-8")
    text = plain(CliRunner().invoke(main, ["findings", str(res)]).output)
    assert "Funnene bygger på alle 3 saker i uttrekket, for perioden 01.01.2025–31.12.2025." in text
    kostra = json.loads(json.dumps(KOSTRA))
    res.write_text(json.dumps(kostra), encoding="utf-8")
    text = plain(CliRunner().invoke(main, ["findings", str(res), "--lang", "en"]).output)
    assert "in the KOSTRA file (11CF, 2025), for the period 1 Jan 2025–31 Dec 2025." in text


def test_cli_a_sample_check_without_deviations_says_in_the_sample_too(tmp_path):
    # «I 5 av 19 vurderte saker i utvalget …» beside «ingen av de 19 vurderte sakene viste avvik»
    # read as if the whole population had been checked for the second requirement
    sample = json.loads(json.dumps(SAMPLE))
    sample["checks"].append(check("kvp.grounds.program", status="ok", evaluated=35, title="Begrunnet: program"))
    sample["run"]["inputs"][1]["review"]["judgements"].append("ground_program")
    res = tmp_path / "results.json"
    res.write_text(json.dumps(sample), encoding="utf-8")
    r = CliRunner().invoke(main, ["findings", str(res)])
    assert r.exit_code == 0, r.output
    assert "Kravet «Begrunnet: program»: ingen av de 35 vurderte sakene i utvalget viste avvik." in plain(r.output)
    r = CliRunner().invoke(main, ["findings", str(res), "--lang", "en"])
    assert "none of the 35 cases assessed in the sample showed a deviation." in plain(r.output)


def test_cli_appendix_says_a_case_s_limit_is_the_limit_not_the_person_s_age(tmp_path):
    # «ST-00133 (67 år)» beside a deviation read as «the applicant was 67»; the case was 71, judged by the limit 67
    data = results([check("kvp.age", evaluated=100, failed=3, unit="years", title="Alder ved vedtak", params=AGE_PARAMS,
                          cases=[case("K-1", value=71, rule="from 2019-01-01", limit={"value": 67, "unit": "years"}),
                                 case("K-2", value=17, rule="from 2019-01-01", limit={"value": 18, "unit": "years"}),
                                 case("K-3", value=18, rule="before 2019-01-01", limit={"value": 19, "unit": "years"})])])
    res = tmp_path / "results.json"
    res.write_text(json.dumps(data), encoding="utf-8")
    r = CliRunner().invoke(main, ["findings", str(res)])
    assert r.exit_code == 0, r.output
    assert "K-1 (grense 67 år), K-2 (grense 18 år), K-3 (grense 19 år)" in plain(r.output)
    r = CliRunner().invoke(main, ["findings", str(res), "--lang", "en"])
    assert "K-1 (limit 67 years)" in plain(r.output)


def test_cli_appendix_names_the_requirement_not_only_the_check_id(tmp_path):
    res = tmp_path / "results.json"
    res.write_text(json.dumps(POPULATION), encoding="utf-8")
    md, docx = tmp_path / "funn.md", tmp_path / "funn.docx"
    r = CliRunner().invoke(main, ["findings", str(res), "--out", str(md), "--out", str(docx)])
    assert r.exit_code == 0, r.output
    assert "| Oppstart og venteliste | Program ikke startet før vedtak (`kvp.before_decision`) | K-1, " in md.read_text("utf-8")
    import docx as python_docx
    table = python_docx.Document(str(docx)).tables[-1]
    assert [c.text for c in table.rows[0].cells] == ["Tema", "Krav (kontroll)", "Saker"]
    assert any(r.cells[1].text == "Program ikke startet før vedtak (kvp.before_decision)" for r in table.rows)


def test_cli_summary_with_remarks_only_says_no_breach_in_words(tmp_path):
    res = tmp_path / "results.json"
    res.write_text(json.dumps(POPULATION), encoding="utf-8")
    r = CliRunner().invoke(main, ["findings", str(res), "--min-share", "12"])
    assert r.exit_code == 0, r.output
    assert "Utkastet konkluderer ikke med lovbrudd, men med 2 merknader." in r.output
    assert "0 lovbrudd" not in r.output
    r = CliRunner().invoke(main, ["findings", str(res), "--min-share", "12", "--lang", "en"])
    assert "The draft concludes with no breach, but with 2 remarks." in r.output


def test_cli_internal_control_requirement_is_the_law_in_force_on_the_audit_date(tmp_path):
    # an audit date before 01.01.2021: the conclusion cited the old regulation, but the requirement
    # above it still quoted kommuneloven § 25-1, not yet in force for internal control that day
    before = json.loads(json.dumps(POPULATION))
    before["run"]["as_of"] = "2020-06-30"
    res = tmp_path / "results.json"
    res.write_text(json.dumps(before), encoding="utf-8")
    r = CliRunner().invoke(main, ["findings", str(res)])
    assert r.exit_code == 0, r.output
    ic = r.output.split("## Internkontroll")[1].split("## Vedlegg")[0]
    assert "kommuneloven" not in ic
    assert ("Etter sosialtjenesteloven § 5 og forskrift om internkontroll for kommunen i arbeids- og "
            "velferdsforvaltningen skal kommunen") in ic
    r = CliRunner().invoke(main, ["findings", str(res), "--lang", "en"])
    ic = r.output.split("## Internal control")[1].split("## Appendix")[0]
    assert "Local Government Act" not in ic
