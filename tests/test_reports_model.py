"""The report view model: counts, rates, worst-first order, Norwegian formatting, translations."""

from __future__ import annotations

import copy
import json
import random
from datetime import date
from pathlib import Path

import pytest

from audit.text import LANGS, Translator
from audit.text.words.reports import TEXT
from reports.check_view import sort_cases
from reports.model import build_model, load_results
from reports.values import DATE, EMPTY, INT, PERCENT, Formatter

FIXTURE = Path(__file__).parent / "fixtures" / "results_kvp.json"


@pytest.fixture(scope="module")
def results() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def raw_check(results: dict, check_id: str) -> dict:
    return next(c for c in results["checks"] if c["id"] == check_id)


def view(model, check_id: str):
    return next(c for c in model.checks if c.id == check_id)


def test_fixture_is_consistent_with_the_contract(results):
    # the fixture must itself follow results.md: failed/warned are the cases at each level
    for c in results["checks"]:
        assert c["failed"] == sum(x["level"] == "deviation" for x in c["cases"]), c["id"]
        assert c["warned"] == sum(x["level"] == "warning" for x in c["cases"]), c["id"]
        if c["by_office"] and c["kind"] != "indicator":
            assert sum(o["failed"] for o in c["by_office"]) == c["failed"], c["id"]
    assert len(raw_check(results, "kvp.start_delay")["cases"]) > 300


def test_counts_and_rate_come_from_the_results(results):
    m = build_model(results, "nb")
    raw = raw_check(results, "kvp.start_delay")
    c = view(m, "kvp.start_delay")
    assert (c.evaluated.raw, c.failed.raw, c.warned.raw, c.unknown.raw) == (
        raw["evaluated"], raw["failed"], raw["warned"], raw["unknown"])
    assert c.rate.kind == PERCENT
    assert c.rate.raw == pytest.approx(raw["failed"] / raw["evaluated"])
    assert c.rate.text == f"{raw['failed'] / raw['evaluated'] * 100:.1f}".replace(".", ",") + "\u00a0%"
    assert c.status.code == "deviation" and c.status.label == "Avvik"
    assert len(c.cases) == len(raw["cases"])


def test_not_evaluated_check_shows_no_counts_and_names_missing_columns(results):
    m = build_model(results, "nb")
    c = view(m, "kvp.evaluation_planned")
    assert c.not_evaluated and c.status.label == "Ikke vurdert"
    assert c.evaluated.kind == EMPTY and c.rate.kind == EMPTY
    assert c.note == "uttrekket mangler «Planlagte evalueringer»"  # words, not the code name
    assert [x.id for x in m.not_evaluated] == ["kvp.evaluation_planned", "kvp.appeal_info"]
    errored = view(m, "kvp.appeal_info")
    assert "ValueError" in errored.note


def test_indicator_value_and_target_in_the_unit(results):
    nb, en = build_model(results, "nb"), build_model(results, "en")
    share = view(nb, "kvp.outcome_work_education")
    assert share.status.label == "Under mål"
    assert share.value.text == "37,9\u00a0%" and share.value.raw == pytest.approx(0.3789)
    assert share.target.text == "≥ 50,0\u00a0%"
    days = view(en, "kvp.median_start_delay")
    assert days.status.label == "Below target"
    assert days.value.text == "33.5" and days.target.text == "≤ 14\u00a0days"
    assert [c.id for c in nb.indicators] == ["kvp.outcome_work_education", "kvp.median_start_delay"]


def test_cases_sorted_worst_first_whatever_the_input_order(results):
    shuffled = copy.deepcopy(results)
    sd = raw_check(shuffled, "kvp.start_delay")
    random.Random(7).shuffle(sd["cases"])
    sd["cases"].append({"key": "K-NULL", "level": "deviation", "value": None, "office": "NAV Heimdal"})
    sd["cases"].append({"key": "A-FIRST", "level": "warning", "value": 30, "office": "NAV Heimdal"})
    c = view(build_model(shuffled, "nb"), "kvp.start_delay")
    levels = [x.level for x in c.cases]
    first_warning = levels.index("warning")
    assert set(levels[:first_warning]) == {"deviation"} and set(levels[first_warning:]) == {"warning"}
    deviations = c.cases[:first_warning]
    assert deviations[-1].key.raw == "K-NULL", "a case without a value comes last within its level"
    values = [x.value.raw for x in deviations[:-1]]
    assert values == sorted(values, reverse=True)
    warnings = c.cases[first_warning:]
    assert [x.value.raw for x in warnings] == sorted((x.value.raw for x in warnings), reverse=True)
    thirties = [x.key.raw for x in warnings if x.value.raw == 30]
    assert thirties == sorted(thirties) and thirties[0] == "A-FIRST", "ties are broken by key"


def test_sort_cases_ignores_non_dicts():
    assert sort_cases([{"key": "b", "level": "warning", "value": 1}, None, "x",
                       {"key": "a", "level": "deviation", "value": 1}])[0]["key"] == "a"


def test_norwegian_and_english_number_and_date_style():
    nb, en = Formatter(Translator("nb")), Formatter(Translator("en"))
    assert nb.number_text(1234567.5) == "1\u00a0234\u00a0567,5"
    assert en.number_text(1234567.5) == "1,234,567.5"
    assert nb.number_text(-1234) == "-1\u00a0234" and en.number_text(12) == "12"
    assert nb.percent(0.5).text == "50,0\u00a0%" and en.percent(0.125).text == "12.5%"
    d = nb.date("2025-12-31")
    assert (d.raw, d.text, d.kind) == (date(2025, 12, 31), "31.12.2025", DATE)
    assert en.date("2025-12-31").text == "31 Dec 2025"
    assert nb.number(37.0).kind == INT and nb.number(37.0).raw == 37
    assert nb.date("not a date").text == "not a date" and nb.date(None).kind == EMPTY
    assert nb.datetime("2025-12-31T09:00:07+01:00").text == "31.12.2025 09:00"
    assert nb.detail("decision", "granted").text == "innvilget"
    assert en.detail("decision", "granted").text == "granted"
    assert nb.detail("appeal_info", False).text == "Nei"


def test_titles_and_headings_follow_the_language(results):
    nb, en = build_model(results, "nb"), build_model(results, "en")
    assert view(nb, "kvp.start_delay").title == "Tid fra vedtak til programstart"
    assert view(en, "kvp.start_delay").title == "Time from decision to programme start"
    assert nb.t("section.summary") == "Sammendrag" and en.t("section.summary") == "Summary"
    assert nb.title.startswith("Kontrollrapport") and en.title.startswith("Audit report")
    assert view(nb, "kvp.start_delay").kind_label == "Krav"  # a practice limit: not «Lovkrav»
    assert view(en, "kvp.data.dates_in_order").kind_label == "Data quality"


def test_translation_table_is_complete():
    for key, entry in TEXT.items():
        for lang in LANGS:
            assert entry.get(lang), f"{key} has no {lang} text"
    with pytest.raises(ValueError):
        Translator("sv")


def test_where_matrix_per_office_and_municipality(results):
    m = build_model(results, "nb")
    om = m.office_matrix
    assert "kvp.start_delay" in [c.id for c in om.columns]
    assert all(c.kind != "indicator" and not c.not_evaluated for c in om.columns)
    sd = [c.id for c in om.columns].index("kvp.start_delay")
    raw = raw_check(results, "kvp.start_delay")
    for row in om.rows:
        expected = next(o["failed"] for o in raw["by_office"] if o["office"] == row.label)
        assert row.cells[sd].raw == expected
        assert row.total.raw == sum(v.raw for v in row.cells)
    assert [r.total.raw for r in om.rows] == sorted((r.total.raw for r in om.rows), reverse=True)
    assert om.grand_total.raw == sum(c.failed_count for c in om.columns)
    assert m.municipality_matrix is not None
    # a municipality row is named by its number's name in the results' year, never by a guess
    assert sorted((r.label, r.municipality) for r in m.municipality_matrix.rows) == [
        ("Melhus (5028)", "5028"), ("Trondheim - Tråante (5001)", "5001")]
    assert sum(r.total.raw for r in m.municipality_matrix.rows) == om.grand_total.raw
    assert m.indicator_matrix is not None and len(m.indicator_matrix.rows) == 3


def test_matrix_falls_back_to_counting_cases_without_by_office(results):
    old = copy.deepcopy(results)
    for c in old["checks"]:
        c.pop("by_office", None)
    m = build_model(old, "nb")
    sd = [c.id for c in m.office_matrix.columns].index("kvp.start_delay")
    lerkendal = next(r for r in m.office_matrix.rows if r.label == "NAV Lerkendal")
    cases = raw_check(results, "kvp.start_delay")["cases"]
    assert lerkendal.cells[sd].raw == sum(
        1 for c in cases if c["office"] == "NAV Lerkendal" and c["level"] == "deviation")
    assert m.indicator_matrix is None


def test_method_parameters_rule_versions_inputs_mapping(results):
    m = build_model(results, "nb")
    age_min = next(p for p in m.parameters if p["check"].raw == "kvp.age" and p["parameter"].raw == "min_age")
    assert age_min["value"].text == "19\u00a0år (til og med 31.12.2018); 18\u00a0år (fra 01.01.2019)"
    en = build_model(results, "en")
    age_min_en = next(p for p in en.parameters if p["check"].raw == "kvp.age" and p["parameter"].raw == "min_age")
    assert age_min_en["value"].text == "19\u00a0years (until 31 Dec 2018); 18\u00a0years (from 1 Jan 2019)"
    versions = [v for v in m.rule_versions if v["check"].raw == "kvp.age"]
    assert [(v["value"].raw, v["rows"].raw) for v in versions] == [(19, 12), (18, 288)]
    assert versions[0]["from"].kind == EMPTY and versions[0]["until"].raw == date(2018, 12, 31)
    assert [i["sha256"].raw[:8] for i in m.inputs] == ["9b1f0c5e", "0a1b2c3d"]
    assert any(x["header"].raw == "Saksnummer" for x in m.mapping_columns)
    assert any(x["export"].raw == '""' and x["canonical"].raw == "Nei" for x in m.mapping_values)
    assert len(m.input_issues) == 2 and m.input_issues[0]["row"].raw == 17


def test_details_follow_the_check_and_never_show_birth_dates(results):
    data = copy.deepcopy(results)
    case = raw_check(data, "kvp.age")["cases"][0]
    case["details"]["birth_date"] = "2000-01-01"
    case["details"]["extension_reason"] = "fritekst"
    c = view(build_model(data, "nb"), "kvp.age")
    assert [name for name, _ in c.detail_columns] == ["decision", "decision_date"]
    assert [label for _, label in c.detail_columns] == ["Vedtak", "Vedtaksdato"]
    sd = view(build_model(data, "nb"), "kvp.start_delay")
    waiting = [x for x in sd.cases if x.details["program_start_date"].kind == EMPTY]
    assert waiting, "waiting-list cases have no start date"
    assert all(x.details["decision_date"].kind == DATE for x in sd.cases)


def test_identity_numbers_are_masked():
    results = {"checks": [{"id": "x", "status": "deviation", "failed": 1, "evaluated": 1,
                           "cases": [{"key": "K 01017012345", "level": "deviation", "value": 1,
                                      "caseworker": "31129912345", "office": "2025001234"}]}]}
    c = build_model(results, "nb").checks[0]
    assert "01017012345" not in c.cases[0].key.text and "31129912345" not in c.cases[0].caseworker.text
    # eleven digits that begin with a possible birth date are masked (a mistyped number); ten digits are not
    assert "2025001234" in c.cases[0].office.text


def test_partial_and_older_results_render_gracefully():
    results = {
        "checks": [
            {"id": "kvp.median_start_delay", "kind": "indicator", "status": "ok", "value": None,
             "target": {"op": "<=", "value": 14}, "unit": "days"},
            {"id": "kvp.start_delay", "status": "deviation",
             "cases": [{"key": "K1", "level": "deviation"}]},
            {"id": "odd.check", "status": "strange_status"},
            "not a check",
        ]
    }
    m = build_model(results, "en")
    ind = view(m, "kvp.median_start_delay")
    assert ind.value.text == "–" and ind.target.text == "≤ 14\u00a0days" and ind.title == "kvp.median_start_delay"
    sd = view(m, "kvp.start_delay")
    assert sd.cases[0].value.kind == EMPTY and sd.cases[0].office.text == "–" and sd.evaluated.kind == EMPTY
    assert view(m, "odd.check").status.label == "strange_status"
    assert m.facts == [] and m.inputs == [] and m.parameters == []
    empty = build_model({}, "nb")
    assert empty.checks == [] and empty.headline == "Resultatfilen inneholder ingen kontroller."


def test_load_results_errors_name_the_file(tmp_path):
    from audit.errors import InputError

    with pytest.raises(InputError, match="finnes ikke"):
        load_results(tmp_path / "nope.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="ugyldig JSON") as err:
        load_results(bad)
    assert "bad.json" in str(err.value)
    other = tmp_path / "other.json"
    other.write_text('{"rows": []}', encoding="utf-8")
    with pytest.raises(InputError, match="checks"):
        load_results(other)
    assert load_results(FIXTURE)["run"]["suite"] == "kvp"


# --------------------------------------------------------------------------- history annotations

ANNOTATED = Path(__file__).parent / "fixtures" / "results_kvp_annotated.json"


@pytest.fixture(scope="module")
def annotated() -> dict:
    return json.loads(ANNOTATED.read_text(encoding="utf-8"))


def test_results_without_history_have_no_lifecycle(results):
    m = build_model(results, "nb")
    assert not m.has_history and m.history_line == "" and m.history_on is None
    assert all(c.lifecycle is None and not c.follow_ups for c in m.checks)
    assert all(case.lifecycle is None and case.follow_ups_text is None for c in m.checks for case in c.cases)
    assert m.earlier_findings == [] and m.all_follow_ups == []


def test_history_line_and_lifecycle_counts_come_from_the_annotations(annotated):
    m = build_model(annotated, "nb")
    s = annotated["history"]["summary"]
    assert m.has_history
    assert m.history_line.startswith(
        f"Sammenlignet med kjøringen per 30.06.2025: {s['new']} nye funn, {s['persisting']} vedvarende, "
        f"{s['resolved']} løst")
    assert f"{s['follow_ups_overdue']} oppfølgingstiltak forfalt" in m.history_line
    raw = raw_check(annotated, "kvp.start_delay")["lifecycle"]["counts"]
    lc = view(m, "kvp.start_delay").lifecycle
    assert (lc.new.raw, lc.persisting.raw, lc.resolved.raw, lc.overdue.raw) == (
        raw["new"], raw["persisting"], raw["resolved"], raw["overdue"]) == (2, 3, 1, 2)
    assert lc.compared_with.kind == DATE and lc.compared_with.text == "30.06.2025"
    assert lc.line == "Sammenlignet med 30.06.2025: 2 nye, 3 vedvarende, 1 løst; 2 oppfølgingstiltak forfalt."
    assert view(m, "kvp.evaluation_planned").lifecycle.line == "Ikke vurdert i denne kjøringen."


def test_case_state_says_since_when_and_shows_overdue_follow_up_by_word(annotated):
    c = view(build_model(annotated, "nb"), "kvp.start_delay")
    states = {case.key.text: case.lifecycle.text for case in c.cases}
    assert states["K-1307"] == "ny"
    assert states["K-1253"] == "vedvarende siden 30.06.2025"
    fu_case = next(case for case in c.cases if case.follow_ups)
    assert fu_case.key.text == "K-1253"
    fu = fu_case.follow_ups[0]
    assert fu.overdue and fu.overdue_label == "FORFALT" and fu.text.endswith("FORFALT")
    assert fu.status_label == "under arbeid" and fu.due.text == "30.09.2025"
    assert "Leder NAV Lerkendal" in fu_case.follow_ups_text.text
    # the whole check's follow-up, overdue too
    assert [f.overdue for f in c.follow_ups] == [True]


def test_resolved_findings_listed_with_last_seen_and_follow_ups(annotated):
    m = build_model(annotated, "nb")
    earlier = {(c.id, f.key.text): f for c, f in m.earlier_findings}
    assert set(earlier) == {("kvp.age", "K-0950"), ("kvp.start_delay", "K-0900")}
    f = earlier[("kvp.start_delay", "K-0900")]
    assert f.state_label == "løst" and f.level_label == "Avvik" and f.office.text == "NAV Heimdal"
    assert f.last_seen.text == "30.06.2025"
    assert f.follow_ups[0].status_label == "lukket" and not f.follow_ups[0].overdue
    concerns = [(c.id, what.text, fu.overdue) for c, what, fu in m.all_follow_ups]
    assert ("kvp.start_delay", "hele kontrollen", True) in concerns
    assert ("kvp.start_delay", "K-0900", False) in concerns and len(concerns) == 4


def test_lifecycle_in_english(annotated):
    m = build_model(annotated, "en")
    assert m.history_line.startswith("Compared with the run as of 30 Jun 2025: 2 new findings, 10 persisting")
    assert "2 follow-up actions overdue" in m.history_line
    c = view(m, "kvp.start_delay")
    assert {case.lifecycle.text for case in c.cases} == {"new", "persisting since 30 Jun 2025"}
    assert c.follow_ups[0].overdue_label == "OVERDUE" and c.follow_ups[0].status_label == "open"
    assert c.lifecycle.earlier[0].state_label == "resolved"
