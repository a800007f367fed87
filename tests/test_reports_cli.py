"""`nav-audit report` and the render_reports API; reports from a real pipeline run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from audit.cli import main
from reports import HTML_NAME, XLSX_NAME, render_reports
from tests.helpers import audit_records

FIXTURE = Path(__file__).parent / "fixtures" / "results_kvp.json"


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture
def results_file(tmp_path) -> Path:
    target = tmp_path / "run" / "results.json"
    target.parent.mkdir()
    shutil.copy(FIXTURE, target)
    return target


def test_report_renders_both_beside_results_json(results_file):
    result = invoke("report", results_file)
    assert result.exit_code == 0, result.output
    out = results_file.parent
    assert f"Skrev {out / XLSX_NAME}" in result.output and f"Skrev {out / HTML_NAME}" in result.output
    assert openpyxl.load_workbook(out / XLSX_NAME).sheetnames[0] == "Sammendrag"
    assert '<html lang="nb">' in (out / HTML_NAME).read_text(encoding="utf-8")
    assert json.loads(results_file.read_text(encoding="utf-8")) == json.loads(FIXTURE.read_text(encoding="utf-8"))


def test_report_options(results_file, tmp_path):
    out = tmp_path / "en"
    result = invoke("report", results_file, "--out", out, "--lang", "en", "--format", "html", "--html-case-limit", "10")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [HTML_NAME]
    html = (out / HTML_NAME).read_text(encoding="utf-8")
    assert '<html lang="en">' in html and "310 more in the results file" in html


def test_report_language_defaults_to_the_run(results_file, tmp_path):
    data = json.loads(results_file.read_text(encoding="utf-8"))
    data["run"]["lang"] = "en"
    results_file.write_text(json.dumps(data), encoding="utf-8")
    assert invoke("report", results_file, "--format", "xlsx").exit_code == 0
    assert openpyxl.load_workbook(results_file.parent / XLSX_NAME).sheetnames[0] == "Summary"


def test_report_bad_input_exits_2(tmp_path, results_file):
    missing = invoke("report", tmp_path / "nope.json")
    assert missing.exit_code == 2 and "finnes ikke" in missing.output and "nope.json" in missing.output
    broken = tmp_path / "broken.json"
    broken.write_text('{"checks": [', encoding="utf-8")
    bad_json = invoke("report", broken)
    assert bad_json.exit_code == 2 and "ugyldig JSON" in bad_json.output
    bad_format = invoke("report", results_file, "--format", "pdf")
    assert bad_format.exit_code == 2 and "ukjent format «pdf»" in bad_format.output
    bad_lang = invoke("report", results_file, "--lang", "sv")
    assert bad_lang.exit_code == 2
    assert not (results_file.parent / XLSX_NAME).exists()


def test_render_reports_rejects_bad_arguments(tmp_path):
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    with pytest.raises(ValueError, match="pdf"):
        render_reports(data, tmp_path, formats=("pdf",))
    with pytest.raises(ValueError, match="sv"):
        render_reports(data, tmp_path, lang="sv")
    with pytest.raises(ValueError):
        render_reports(data, tmp_path, html_case_limit=-1)
    assert list(tmp_path.iterdir()) == []


def test_reports_from_a_real_pipeline_run(tmp_path):
    records = [
        {"case_id": "K1", "office": "NAV Lerkendal", "municipality": "5001", "caseworker": "=HYPERLINK(\"x\")",
         "decision": "granted", "decision_date": "2025-01-10", "program_start_date": "2025-03-20",
         "application_date": "2025-01-02"},
        {"case_id": "K2", "office": "NAV Heimdal", "municipality": "5001", "caseworker": "S2",
         "decision": "granted", "decision_date": "2025-01-10", "program_start_date": "2025-01-30",
         "application_date": "2025-01-02"},
        {"case_id": "K3", "office": "NAV Heimdal", "municipality": "5001", "caseworker": "S2",
         "decision": "granted", "decision_date": "2025-01-10", "program_start_date": "2025-01-12",
         "application_date": "2025-01-02"},
    ]
    results = audit_records(tmp_path, records, as_of="2025-12-31")
    paths = render_reports(results, tmp_path / "out")
    assert [p.name for p in paths] == [XLSX_NAME, HTML_NAME]
    ws = openpyxl.load_workbook(paths[0])["Saker"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=5)]
    start_delay = [r for r in rows if r[0] == "kvp.start_delay"]
    assert [(r[2], r[3], r[4]) for r in start_delay] == [("Avvik", "K1", 69), ("Til vurdering", "K2", 20)]
    cell = next(c for r in ws.iter_rows(min_row=5) for c in r if c.value == '=HYPERLINK("x")')
    assert cell.data_type == "s"
    html = paths[1].read_text(encoding="utf-8")
    assert '<th scope="row" class="key">K1</th>' in html and "kvp.start_delay" in html


@pytest.mark.parametrize("results", [
    {"checks": []},
    {"checks": [{"id": "kvp.start_delay", "status": "deviation",
                 "cases": [{"key": "K\x07-1", "level": "deviation", "details": {"decision_date": "2025-13-45"}}]},
                {"id": "kvp.median_start_delay", "kind": "indicator", "status": "ok", "value": None,
                 "by_office": [{"office": "NAV A", "value": None}]},
                {"id": "kvp.full_time", "status": "not_evaluated", "missing_columns": ["hours_per_week"]}],
     "run": {"as_of": None, "parameters": None}, "dataset": "not a dict"},
], ids=["no-checks", "partial"])
def test_partial_results_render_to_both_formats(results, tmp_path):
    paths = render_reports(results, tmp_path)
    wb = openpyxl.load_workbook(paths[0])
    html = paths[1].read_text(encoding="utf-8")
    cases = [[c.value for c in r] for r in wb["Saker"].iter_rows(min_row=5)]
    if results["checks"]:
        assert cases[0][3] == "K-1"  # a control character is dropped (XLSX cannot store it)
        assert "K\x07" not in html and "K-1" in html
        assert "2025-13-45" in [v for row in cases for v in row]  # an impossible date stays text
        assert "mangler «Timer per uke»" in html
    else:
        assert cases == [] and "Resultatfilen inneholder ingen kontroller." in html
        assert "Ingen avvik funnet." in html
