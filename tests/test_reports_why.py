"""Issue 15 item 1: every case says its measured value with unit, the limit that applied and
why; every check its limits in words and whether they are law or practice.

``results_kvp_rules.json`` carries the rules lane's keys (unit, limit, rule, reason, facts;
basis, in_force_from, legal_sources); ``results_kvp.json`` is the same run without them,
as older results in the history are."""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
import pytest

from reports import render_reports
from reports.model import build_model

FIXTURES = Path(__file__).parent / "fixtures"
CODE_NAMES = ("min_age", "max_age", "warning_days", "deviation_days", "limit_months", "target_share", "tolerance_days")


@pytest.fixture(scope="module")
def rules() -> dict:
    return json.loads((FIXTURES / "results_kvp_rules.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def plain() -> dict:
    return json.loads((FIXTURES / "results_kvp.json").read_text(encoding="utf-8"))


def view(m, cid):
    return next(c for c in m.checks if c.id == cid)


def test_case_rows_say_value_unit_limit_rule_and_reason(rules):
    m = build_model(rules, "nb")
    age = view(m, "kvp.age")
    old = next(c for c in age.cases if c.key.text == "K-0107")
    assert old.value.text == "18\u00a0år" and old.value.raw == 18
    assert old.limit.text == "19\u00a0år" and old.rule.text == "regel før 01.01.2019"
    assert old.reason.text == "18 år ved vedtak, under laveste alder."
    start = view(m, "kvp.start_delay").cases[0]
    assert start.value.text.endswith("dager") and start.limit.text == "30\u00a0dager"
    wa = view(m, "kvp.work_ability_assessment").cases[0]
    assert wa.value.text == "–" and wa.limit.text.startswith("frist ") and "arbeidsevnevurdering" in wa.reason.text
    # with the engine's comparison the limit says which way it binds
    md = next(c for c in view(m, "kvp.max_duration").cases if c.limit.text.startswith("høyst"))
    assert md.limit.text == "høyst 36\u00a0måneder"
    from audit.text import Formatter
    from reports.explain import limit_text

    assert limit_text(Formatter("nb"), {"value": 1, "unit": "count"}, None, "<") == "minst 1"
    assert limit_text(Formatter("en"), {"value": 30, "unit": "days"}, None, ">") == "at most 30\u00a0days"
    en = build_model(rules, "en")
    assert view(en, "kvp.age").cases[-1].rule.text == "rule before 1 Jan 2019"
    assert view(en, "kvp.start_delay").cases[0].limit.text == "30\u00a0days"


def test_pass_fail_rows_say_not_met_against_must_be_met(rules, plain, tmp_path):
    """A pass/fail finding has no number and no numeric limit: the row says so in words
    instead of "Målt verdi –, Grense –" (older results without a reason keep the dash)."""
    row = view(build_model(rules, "nb"), "kvp.data.dates_in_order").cases[0]
    assert (row.value.text, row.limit.text) == ("ikke oppfylt", "skal være oppfylt")
    assert row.reason.text == "Datoene kommer i feil rekkefølge."
    en = view(build_model(rules, "en"), "kvp.data.dates_in_order").cases[0]
    assert (en.value.text, en.limit.text) == ("not met", "must be met")
    # a measured number or a limit keeps its own text
    wa = view(build_model(rules, "nb"), "kvp.work_ability_assessment").cases[0]
    assert wa.value.text == "–" and wa.limit.text.startswith("frist ")
    assert view(build_model(plain, "nb"), "kvp.data.dates_in_order").cases[0].limit.text == "–"
    render_reports(rules, tmp_path)
    ws = openpyxl.load_workbook(tmp_path / "rapport.xlsx")["Saker"]
    head = {c.value: c.column for c in ws[4] if c.value}
    r = next(r for r in range(5, ws.max_row + 1) if ws.cell(r, head["Nøkkel"]).value == "K-0610")
    assert ws.cell(r, head["Målt verdi"]).value == "ikke oppfylt" and ws.cell(r, head["Grense"]).value == "skal være oppfylt"
    assert ws.cell(r, head["Enhet"]).value is None
    # rows the check could not judge say why too
    unknown = [r for r in range(5, ws.max_row + 1) if ws.cell(r, head["Nivå"]).value == "Ukjent"]
    assert unknown and all(ws.cell(r, head["Årsak"]).value.startswith("Kan ikke vurderes") for r in unknown)


def test_english_leaves_out_the_bokmal_legal_notes(rules):
    """A declaration's legal notes are written in bokmål: the English report names the acts and
    sections without them (issue 15 item 7: bokmål leaking into English)."""
    nb = view(build_model(rules, "nb"), "kvp.start_delay")
    en = view(build_model(rules, "en"), "kvp.start_delay")
    assert "(forsvarlighet)" in nb.legal_sources and "forsvarlighet" not in en.legal_sources
    assert en.legal_sources == "sosialtjenesteloven § 4"
    assert nb.legal_basis.text == "sosialtjenesteloven §§ 29, 4"  # bokmål keeps the declared string
    assert "forsvarlighet" not in en.legal_basis.text and "sosialtjenesteloven" in en.legal_basis.text
    from reports.explain import legal_basis_without_notes

    # a one-string basis (the comparison, older results) loses its bokmål notes in English only
    kostra = "— (KOSTRA 11CF statuskoder; jf. SSBs kontroll 37)"
    assert legal_basis_without_notes("en", kostra) == "—" and legal_basis_without_notes("nb", kostra) == kostra


def test_checks_say_limits_in_words_and_law_or_practice(rules, plain):
    for results in (rules, plain):
        for lang in ("nb", "en"):
            m = build_model(results, lang)
            for c in m.checks:
                for text in c.thresholds:
                    assert not any(code in text for code in CODE_NAMES), text
    m = build_model(rules, "nb")
    # the rules' own thresholds list says law or practice per threshold
    assert view(m, "kvp.start_delay").thresholds == ["Til vurdering over: 14\u00a0dager (god praksis)",
                                                     "Avvik over: 30\u00a0dager (god praksis)"]
    assert view(m, "kvp.age").thresholds[0] == ("Laveste alder: 19\u00a0år til og med 31.12.2018, 18\u00a0år fra "
                                                "01.01.2019 (lovkrav)")
    assert view(m, "kvp.start_delay").requirement.text.startswith("Programmet skal starte")
    # without that list, from the parameters
    assert view(build_model(plain, "nb"), "kvp.start_delay").thresholds == ["Til vurdering over: 14\u00a0dager",
                                                                            "Avvik over: 30\u00a0dager"]
    assert view(m, "kvp.age").basis_label == "lovkrav" and view(m, "kvp.start_delay").basis_label == "god praksis"
    assert view(m, "kvp.age").legal_sources == "sosialtjenesteloven § 29 1. ledd"
    assert view(m, "kvp.age").in_force == "i kraft fra 01.01.2019"
    assert view(m, "kvp.outcome_work_education").thresholds == ["Mål: 50\u00a0%"]


def test_older_results_without_the_keys_still_say_what_they_can(plain):
    m = build_model(plain, "nb")
    wa = view(m, "kvp.work_ability_assessment").cases[0]
    assert wa.reason.text == "Kravet er ikke oppfylt." and wa.limit.text == "–"
    assert view(m, "kvp.age").basis_label == "" and view(m, "kvp.age").cases[0].value.text == "68\u00a0år"


def test_page_and_workbook_show_limit_and_reason(rules, tmp_path):
    render_reports(rules, tmp_path)
    html = (tmp_path / "rapport.html").read_text(encoding="utf-8")
    section = html.split('id="check-kvp-age"')[1].split("<h3")[0]
    assert "<th scope=\"col\" class=\"num\">Grense</th>" in section and "Årsak" in section
    assert "18 år ved vedtak, under laveste alder." in section and "regel før 01.01.2019" in section
    assert "Laveste alder: 19\u00a0år til og med 31.12.2018" in section and "Grunnlag: lovkrav" in section
    # the engine's facts are not repeated as code-named columns; computed ones are in words
    dur = html.split('id="check-kvp-max_duration"')[1].split("<h3")[0]
    assert "Lengste varighet (måneder): 24" in dur and "comparison" not in dur and "measured" not in dur and "limit_months" not in dur
    assert "Laveste alder<span class=\"id\">min_age</span>" in html and not re.search(r">\s*min_age\s*</t[dh]>", html)

    wb = openpyxl.load_workbook(tmp_path / "rapport.xlsx")
    ws = wb["Saker"]
    head = {c.value: c.column for c in ws[4] if c.value}
    for name in ("Målt verdi", "Enhet", "Grense", "Regelversjon", "Årsak"):
        assert name in head
    row = next(r for r in range(5, ws.max_row + 1) if ws.cell(r, head["Nøkkel"]).value == "K-0107")
    assert ws.cell(row, head["Målt verdi"]).value == 18 and ws.cell(row, head["Enhet"]).value == "år"
    assert ws.cell(row, head["Grense"]).value == "19\u00a0år"
    assert ws.cell(row, head["Årsak"]).value == "18 år ved vedtak, under laveste alder."
    summary = wb["Sammendrag"]
    shead = {c.value: c.column for c in summary[4] if c.value}
    rows = {summary.cell(r, 1).value: r for r in range(5, summary.max_row + 1)}
    assert summary.cell(rows["kvp.start_delay"], shead["Grunnlag"]).value == "god praksis"
    assert "Avvik over: 30\u00a0dager" in summary.cell(rows["kvp.start_delay"], shead["Grenser"]).value


def test_thresholds_with_catalogue_units_and_sources_in_words():
    """The rules' thresholds carry the catalogue's unit words ("dager"); a ledd may be a word."""
    from audit.text import Formatter
    from reports.explain import sources_text, thresholds

    fmt = Formatter("nb")
    shown = thresholds(fmt, "kvp.start_delay", {}, [
        {"parameter": "warning_days", "value": 14, "unit": "dager", "basis": "practice"},
        {"parameter": "months", "value": 1, "unit": "måneder", "basis": "law"},
        {"parameter": "target_share", "value": 0.5, "unit": "andel", "basis": "practice"}])
    assert shown == ["Til vurdering over: 14\u00a0dager (god praksis)", "Frist: 1\u00a0måned (lovkrav)",
                     "Mål: minste andel: 50\u00a0% (god praksis)"]
    assert sources_text("nb", [{"act": "forvaltningsloven", "section": "§ 11 a", "ledd": "tredje ledd"},
                               {"act": "sosialtjenesteloven", "section": "29", "ledd": 1}]) == (
        "forvaltningsloven § 11 a tredje ledd; sosialtjenesteloven § 29 1. ledd")
    assert sources_text("en", [{"act": "sosialtjenesteloven", "section": "29", "ledd": 2}]) == (
        "sosialtjenesteloven § 29 subsection 2")


def test_kostra_office_00_is_the_whole_municipality_on_case_rows_and_matrices():
    """KOSTRA's BYDELSNR "00" is no office: case rows and the indicator matrix say so too."""
    results = {
        "run": {"as_of": "2025-12-31", "suite": "kvp"},
        "dataset": {"offices": ["00"], "municipalities": ["5001"]},
        "checks": [
            {"id": "kvp.age", "kind": "deviation", "status": "deviation", "evaluated": 10, "failed": 1,
             "by_office": [{"office": "00", "municipality": "5001", "evaluated": 10, "failed": 1}],
             "cases": [{"key": "K-1", "level": "deviation", "value": 70, "unit": "years", "office": "00",
                        "municipality": "5001", "limit": {"value": 67, "unit": "years"},
                        "reason": {"code": "above", "nb": "Over.", "en": "Above."}}]},
            {"id": "kvp.outcome_work_education", "kind": "indicator", "status": "ok", "value": 0.6,
             "evaluated": 5, "by_office": [{"office": "00", "municipality": "5001", "value": 0.6, "evaluated": 5}]},
        ],
    }
    m = build_model(results, "nb")
    assert view(m, "kvp.age").cases[0].office.text == "Hele kommunen (5001)"
    labels = [r.label for r in m.office_matrix.rows] + [r.label for r in m.indicator_matrix.rows]
    assert labels and all(label == "Hele kommunen (5001)" for label in labels)


def test_a_pass_fail_check_with_a_reported_number_shows_the_requirement_as_its_limit(rules):
    """The engine reports the work ability assessment's days after the decision beside its
    pass/fail verdict, with no limit (results.md: null for a pass/fail check): the row shows
    the number against «skal være oppfylt», not against a dash."""
    import copy

    data = copy.deepcopy(rules)
    check = next(c for c in data["checks"] if c["id"] == "kvp.work_ability_assessment")
    case = check["cases"][0]
    case.update(value=27, unit="days", limit=None)
    row = view(build_model(data, "nb"), "kvp.work_ability_assessment").cases[0]
    assert (row.value.text, row.limit.text) == ("27\u00a0dager", "skal være oppfylt")
    en = view(build_model(data, "en"), "kvp.work_ability_assessment").cases[0]
    assert (en.value.text, en.limit.text) == ("27\u00a0days", "must be met")
    case["reason"] = None  # an older results file without reasons keeps the dash
    assert view(build_model(data, "nb"), "kvp.work_ability_assessment").cases[0].limit.text == "–"
