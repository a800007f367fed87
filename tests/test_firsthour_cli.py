"""A new user's first hour: what the terminal says after each first command."""

from __future__ import annotations

from click.testing import CliRunner

from audit.cli import main
from tests.helpers import write_csv

ROWS = [
    {"case_id": "K1", "decision": "granted", "decision_date": "2025-01-10", "program_start_date": "2025-01-20",
     "birth_date": "2001-03-02"},
    {"case_id": "K2", "decision": "granted", "decision_date": "2025-01-10", "program_start_date": "2025-01-30",
     "birth_date": "1990-05-06"},
]


def test_run_names_the_reports_it_wrote(tmp_path):
    """After `run` the controller is told where the workbook and the page are, not only results.json."""
    src = write_csv(tmp_path / "k.csv", ROWS)
    run = ["run", str(src), "--as-of", "2025-06-30", "--no-history"]
    out = tmp_path / "nb"
    r = CliRunner().invoke(main, [*run, "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert f"Resultater: {out / 'results.json'}" in r.output
    assert f"Rapporter: {out / 'rapport.xlsx'}, {out / 'rapport.html'}" in r.output
    out = tmp_path / "en"
    r = CliRunner().invoke(main, [*run, "--out", str(out), "--lang", "en", "--format", "html"])
    assert r.exit_code == 0, r.output
    assert f"Reports: {out / 'rapport.html'}" in r.output and "rapport.xlsx" not in r.output
    r = CliRunner().invoke(main, [*run, "--out", str(tmp_path / "none"), "--format", "none"])
    assert r.exit_code == 0, r.output
    assert "Resultater:" in r.output and "Rapporter" not in r.output
