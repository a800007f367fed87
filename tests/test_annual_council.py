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
                                    "--lang", lang, "--overwrite"])
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


def test_a_quarter_without_a_run_is_named_in_the_summary(tmp_path):
    """The årshjul's second-quarter run failed (the export lacked a column) and was never made up: the
    report written in January must not read as a full year."""
    ev = {L: 60, H: 40}
    history = _store(tmp_path / "history.sqlite", [
        results(f"q{q}", end, [check("kvp.start_delay", ev, [])], period=quarter(2025, q))
        for q, end in ((1, "2025-03-31"), (3, "2025-09-30"), (4, "2025-12-31"))
    ])
    text = _summary(tmp_path, history, 2025)
    assert "Det finnes ingen kjøring for 2. kvartal 2025, så tallene for det kvartalet mangler." in text
    english = _summary(tmp_path, history, 2025, "en")
    assert "There is no run for Q2 2025, so the figures for that quarter are missing." in english


def test_no_missing_quarter_for_a_yearly_run_or_a_year_not_over(tmp_path):
    ev = {L: 60, H: 40}
    yearly = _store(tmp_path / "yearly.sqlite", [
        results("y", "2025-12-31", [check("kvp.start_delay", ev, [])], period=("2025-01-01", "2025-12-31"))])
    assert "ingen kjøring for" not in _summary(tmp_path, yearly, 2025)


def _stonad(run: dict) -> dict:
    run["run"]["suite"] = run["dataset"]["name"] = "stonad"
    return run


def test_a_check_new_in_the_year_is_named_not_read_as_a_worsening(tmp_path):
    """Child benefit is not income from 1 Sept 2022 (sosialtjenesteloven § 18 tredje ledd): the check has cases only
    from the third quarter, and the fourth quarter's total includes it while the first's does not."""
    ev = {L: 60, H: 40}
    runs = []
    for q, end in ((1, "2022-03-31"), (2, "2022-06-30"), (3, "2022-09-30"), (4, "2022-12-31")):
        child = {L: 40, H: 30} if q >= 3 else {}
        runs.append(_stonad(results(f"s{q}", end, [
            check("stonad.processing_time", ev, [("S-1", "deviation", L)]),
            check("stonad.child_benefit_excluded", child, [(f"S-{q}{n}", "deviation", H) for n in range(9)]
                  if q >= 3 else []),
        ], period=quarter(2022, q))))
    text = _summary(tmp_path, _store(tmp_path / "history.sqlite", runs), 2022)
    title = "«Tittel stonad.child_benefit_excluded»"
    assert f"{title} gjelder fra 01.09.2022, så kontrollen har tall først fra 3. kvartal." in text
    assert f"Tallet for 4. kvartal omfatter også {title}, som ikke er med i 1. kvartal." in text
    # the same check a year later is no longer new, and both quarters have it
    later = [_stonad(results(f"t{q}", end, [
        check("stonad.processing_time", ev, []),
        check("stonad.child_benefit_excluded", {L: 40, H: 30}, []),
    ], period=quarter(2023, q))) for q, end in ((1, "2023-03-31"), (4, "2023-12-31"))]
    text = _summary(tmp_path, _store(tmp_path / "history.sqlite", later), 2023)
    assert "gjelder fra 01.09.2022" not in text and "omfatter også" not in text and "omfatter ikke" not in text


def test_a_new_office_is_named_beside_the_comparison_with_the_year_before(tmp_path):
    """NAV Steinkjer joins in 2025: the year-on-year comparison is not over the same offices."""
    s = "NAV Steinkjer"
    runs = [results(f"p{q}", end, [check("kvp.start_delay", {L: 60, H: 40}, [])], period=quarter(2024, q))
            for q, end in ((1, "2024-03-31"), (4, "2024-12-31"))]
    runs += [results(f"q{q}", end, [check("kvp.start_delay", {L: 60, H: 40, s: 20}, [("K-9", "deviation", s)])],
                     period=quarter(2025, q)) for q, end in ((1, "2025-03-31"), (4, "2025-12-31"))]
    history = _store(tmp_path / "history.sqlite", runs)
    assert ("«NAV Steinkjer» er med i kontrollene fra 2025 og har ingen tall for 2024, så sammenligningen med "
            "året før gjelder ikke de samme kontorene.") in _summary(tmp_path, history, 2025)
    assert ("“NAV Steinkjer” is in the checks from 2025 and has no figures for 2024, so the comparison with the year "
            "before is not over the same offices.") in _summary(tmp_path, history, 2025, "en")
    assert "er med i kontrollene fra" not in _summary(tmp_path, history, 2024)  # no year before to compare with


def test_the_report_shows_no_case_key_of_a_follow_up(tmp_path):
    """A follow-up on one case is listed as «(én sak)» with its number (for «nav-audit follow-up show»); the
    pseudonymous case key is personal data and has no place in a report to the council."""
    import openpyxl

    history = _store(tmp_path / "history.sqlite", [
        results("q4", "2025-12-31", [check("kvp.start_delay", {L: 60, H: 40}, [("K-4711", "deviation", L)])],
                period=quarter(2025, 4))])
    with open_store(history) as store:
        store.add_follow_up("kvp.start_delay", "K-4711", status="open", responsible="Teamleder",
                            action="Starte programmet", due_date="2025-11-30")
    text = _summary(tmp_path, history, 2025)
    assert "(én sak)" in text and "Starte programmet" in text
    assert "K-4711" not in text
    cells = [str(c.value) for ws in openpyxl.load_workbook(tmp_path / "out-nb" / "arsrapport_2025.xlsx")
             for row in ws.iter_rows() for c in row if c.value is not None]
    assert "(én sak)" in cells and not any("K-4711" in c for c in cells)


def test_the_summary_says_how_long_the_open_findings_have_been_open(tmp_path):
    """K-1 was found at the end of 2024 and is still there at the end of 2025; K-5 is new in 2025."""
    ev = {L: 60, H: 40}
    history = _store(tmp_path / "history.sqlite", [
        results("p4", "2024-12-31", [check("kvp.start_delay", ev, [("K-1", "deviation", L), ("K-2", "deviation", H)])],
                period=quarter(2024, 4)),
        results("q2", "2025-06-30", [check("kvp.start_delay", ev, [("K-1", "deviation", L)])], period=quarter(2025, 2)),
        results("q4", "2025-12-31", [check("kvp.start_delay", ev, [("K-1", "deviation", L), ("K-5", "deviation", H)])],
                period=quarter(2025, 4)),
    ])
    text = _summary(tmp_path, history, 2025)
    assert ("Ved årets slutt var 2 funn fortsatt åpne, 2 av dem på avviksnivå. 1 av dem var åpent allerede før "
            "2025 (siden 31.12.2024).") in text
    assert "1 of them was already open before 2025 (since 31 Dec 2024)." in _summary(tmp_path, history, 2025, "en")
    # the first year of the history: nothing is known of before it, so nothing is said
    assert "før 2024" not in _summary(tmp_path, history, 2024)
    # a year whose open findings were all found in it, with a year before to know it by
    fresh = _store(tmp_path / "fresh.sqlite", [
        results("p4", "2024-12-31", [check("kvp.start_delay", ev, [("K-1", "deviation", L)])], period=quarter(2024, 4)),
        results("q4", "2025-12-31", [check("kvp.start_delay", ev, [("K-7", "deviation", L)])], period=quarter(2025, 4)),
    ])
    assert "Ingen av dem var åpne før 2025." in _summary(tmp_path, fresh, 2025)


def test_a_threshold_changed_during_the_year_is_named(tmp_path):
    """The office tightened the waiting-list limit from 30 to 21 days in the autumn: the rise in the fourth
    quarter is (partly) the new limit, not worse practice."""
    ev = {L: 60, H: 40}
    runs = []
    for q, end, days in ((1, "2025-03-31", 30), (2, "2025-06-30", 30), (4, "2025-12-31", 21)):
        r = results(f"q{q}", end, [check("kvp.start_delay", ev, [(f"K-{q}{n}", "deviation", L) for n in range(q)])],
                    period=quarter(2025, q))
        r["run"]["parameters"] = {"kvp.start_delay": {"warning_days": 14, "deviation_days": days}}
        runs.append(r)
    history = _store(tmp_path / "history.sqlite", runs)
    text = _summary(tmp_path, history, 2025)
    assert ("Tersklene for «Oppstart i program etter vedtak (venteliste)» ble endret i 4. kvartal (Avvik over: "
            "30 dager → 21 dager), så tallene før og etter endringen er ikke direkte sammenlignbare.") in text
    english = _summary(tmp_path, history, 2025, "en")
    assert "The thresholds of “Programme start after the decision (waiting list)” changed in Q4" in english


def test_resolved_is_explained_as_no_longer_found(tmp_path):
    """The history keeps only findings: a case that left the export (a rolling six-month export) counts as
    resolved just like one that was put right. The council text must not promise more than that."""
    ev = {L: 60, H: 40}
    history = _store(tmp_path / "history.sqlite", [
        results("q1", "2025-03-31", [check("kvp.start_delay", ev, [("K-1", "deviation", L)])], period=quarter(2025, 1)),
        results("q4", "2025-12-31", [check("kvp.start_delay", ev, [])], period=quarter(2025, 4)),
    ])
    assert ("Et funn regnes som løst når saken ikke lenger har funnet i en senere kjøring, også når saken ikke "
            "lenger er med i uttrekket.") in _summary(tmp_path, history, 2025)
    assert ("A finding counts as resolved when a later run no longer finds it, also when the case is no longer in "
            "the export.") in _summary(tmp_path, history, 2025, "en")


def test_the_summary_gives_the_same_quarter_two_years_back_when_the_history_has_it(tmp_path):
    """Three years in one history: the council sees the trend, not one step."""
    runs = []
    for year, failed in ((2023, 20), (2024, 12), (2025, 6)):
        cases = [(f"K-{year}-{n}", "deviation", L) for n in range(failed)]
        checks = [check("kvp.start_delay", {L: 60, H: 40}, cases)]
        if year > 2023:  # the processing-time check has figures from 2024 (its column was added to the export)
            checks.append(check("kvp.processing_time", {L: 30, H: 20}, []))
        runs.append(results(f"y{year}", f"{year}-12-31", checks, period=quarter(year, 4)))
    history = _store(tmp_path / "history.sqlite", runs)
    text = _summary(tmp_path, history, 2025)
    assert "I 4. kvartal 2024 var andelen 8,0 %, og i 4. kvartal 2023 20,0 %." in text
    assert ("Tallet for 4. kvartal 2023 omfatter ikke «Saksbehandlingstid: vedtak eller foreløpig svar innen én "
            "måned».") in text and "Tallet for 4. kvartal 2024 omfatter ikke" not in text
    assert "In Q4 2024 it was 8.0%, and in Q4 2023 20.0%." in _summary(tmp_path, history, 2025, "en")
    assert "4. kvartal 2022" not in _summary(tmp_path, history, 2024)  # the history starts in 2023
