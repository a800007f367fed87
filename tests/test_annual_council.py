"""The annual report as a leader puts it before the municipal council: the law it answers to, the
quarters without a run, and changes in the figures that come from the checks rather than from practice.
Each history is built in the test; the report is made with the command."""

from __future__ import annotations

import html as html_lib
import re
from pathlib import Path

from click.testing import CliRunner

from audit.cli import main
from audit.history import open_store
from tests.annual_fixtures import check, quarter, results

L, H = "NAV Lerkendal", "NAV Heimdal"


def _store(path: Path, runs: list[dict]) -> str:
    with open_store(path) as store:
        for r in runs:
            store.record_run(r)
    return str(path)


def _summary(tmp_path: Path, history: str, year: int, lang: str = "nb") -> str:
    """The text of the page's summary section, tags removed and spaces collapsed."""
    out = tmp_path / f"out-{lang}"
    res = CliRunner().invoke(main, ["annual", "--year", str(year), "--history", history, "--out", str(out),
                                    "--lang", lang])
    assert res.exit_code == 0, res.output
    page = (out / f"arsrapport_{year}.html").read_text(encoding="utf-8")
    text = html_lib.unescape(re.sub(r"<[^>]+>", " ", page))
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def _two_quarters(tmp_path: Path) -> str:
    ev = {L: 60, H: 40}
    return _store(tmp_path / "history.sqlite", [
        results("q1", "2025-03-31", [check("kvp.start_delay", ev, [("K-1", "deviation", L)])], period=quarter(2025, 1)),
        results("q4", "2025-12-31", [check("kvp.start_delay", ev, [])], period=quarter(2025, 4)),
    ])


def test_the_summary_names_the_law_the_report_answers_to(tmp_path):
    text = _summary(tmp_path, _two_quarters(tmp_path), 2025)
    assert ("Kommunedirektøren skal minst en gang i året rapportere til kommunestyret om internkontroll og om "
            "resultater fra statlig tilsyn (kommuneloven § 25-2).") in text
    assert "(sosialtjenesteloven § 5, jf. kommuneloven § 25-1)" in text
    assert "Resultater fra statlig tilsyn er ikke med i tallene her" in text
    english = _summary(tmp_path, _two_quarters(tmp_path), 2025, "en")
    assert "(Local Government Act § 25-2)" in english and "(Social Services Act § 5, cf. Local Government Act § 25-1)" in english
