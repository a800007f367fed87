"""sample_data.history: eight quarterly runs over two years, then the annual report in one command."""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner

from audit.annual import annual_figures
from audit.cli import main
from audit.history import open_store
from sample_data.history import build_history, quarter_bounds


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    out = tmp_path_factory.mktemp("sample-history")
    return out, build_history(out, rows=120, say=lambda _text: None)


def test_quarter_bounds():
    assert [quarter_bounds(2024, q) for q in (1, 4)] == [
        (dt.date(2024, 1, 1), dt.date(2024, 3, 31)), (dt.date(2024, 10, 1), dt.date(2024, 12, 31))]
    assert quarter_bounds(2025, 2)[1].isoformat() == "2025-06-30"


def test_sample_history_has_two_years_of_quarterly_runs(sample):
    out, history = sample
    assert history == out / "history.sqlite"
    with open_store(history) as store:
        runs = store.list_runs()
        assert [(r["as_of"], r["period"]["from"]) for r in runs] == [
            (f"{y}-{md}", f"{y}-{start}") for y in (2024, 2025)
            for start, md in (("01-01", "03-31"), ("04-01", "06-30"), ("07-01", "09-30"), ("10-01", "12-31"))]
        this, before = annual_figures(store, 2025), annual_figures(store, 2024)
    assert this["cadence"] == before["cadence"] == "quarterly"
    assert this["cases_checked"] == 4 * 120
    # deviations are injected less often each quarter: the trend is visible
    assert this["totals"]["quarters"][3]["rate"] < before["totals"]["quarters"][0]["rate"]
    # findings carried into the next quarter persist; others are resolved; new ones appear
    found = this["totals"]["findings"]
    assert found["opened"] > 0 and found["resolved"] > 0
    assert found["opened"] < sum(q["failed"] + q["warned"] for q in this["totals"]["quarters"])
    assert this["totals"]["follow_ups"]["overdue"] == 2 and this["totals"]["follow_ups"]["open"] >= 3
    assert (out / "runs" / "2025Q4" / "results.json").exists()
    assert (out / "data" / "2024Q1" / "kvp_saker.csv").exists()


def test_the_annual_report_of_the_sample_in_one_command(sample, tmp_path):
    _, history = sample
    res = CliRunner().invoke(main, ["annual", "--year", "2025", "--history", str(history), "--out", str(tmp_path)])
    assert res.exit_code == 0, res.output
    html = (tmp_path / "arsrapport_2025.html").read_text(encoding="utf-8")
    assert "I 2025 ble kontrollene for kvalifiseringsprogram (KVP) kjørt 4 ganger (kvartalsvis)" in html
    assert "NAV Steinkjer" in html  # per office


def test_the_sample_refuses_to_overwrite_a_history(sample):
    out, _ = sample
    with pytest.raises(FileExistsError):
        build_history(out, rows=10, quarters=1, say=lambda _text: None)
