"""The annual report: the generated summary (exact sentences), the workbook, the page, the command."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from audit.annual import annual_figures, write_annual_report
from audit.cli import main
from audit.history import open_store
from reports.annual_text import summary_paragraphs
from tests.annual_fixtures import check, indicator, mixed_history, quarter, results
from tests.report_browsers import load_page, pdf_pages, soffice_to_pdf

L, H = "NAV Lerkendal", "NAV Heimdal"
NB = "\u00a0"  # numbers are written with a no-break space before % and between thousands


def keys(prefix: str, numbers) -> list[tuple]:
    return [(f"K-{n}", "deviation", L if n % 2 else H) for n in numbers]


def small_history() -> list[dict]:
    """One line, 2024Q4 and two runs in 2025 (Q1, Q4); figures worked out by hand in the test below."""
    ev, ev50 = {L: 60, H: 40}, {L: 30, H: 20}
    return [
        results("p4", "2024-12-31", [
            check("kvp.start_delay", ev, keys("K", range(1, 11))),                      # 10 of 100
            check("kvp.processing_time", ev50, []),                                      # 0 of 50
            indicator("kvp.outcome_work_education", 0.45, 10, {L: 0.5, H: 0.4}),
        ], period=quarter(2024, 4)),
        results("q1", "2025-03-31", [
            check("kvp.start_delay", ev, keys("K", range(1, 13))),                      # 12 of 100
            check("kvp.processing_time", ev50, keys("K", (30, 31))),                     # 2 of 50
            check("kvp.full_time", {}, status="not_evaluated"),
            indicator("kvp.outcome_work_education", 0.40, 10, {L: 0.5, H: 0.3}),
        ], period=quarter(2025, 1)),
        results("q4", "2025-12-31", [
            check("kvp.start_delay", ev, keys("K", (1, 2, 3, 20, 21, 22))),            # 6 of 100
            check("kvp.processing_time", ev50, keys("K", (31, 32)) + [("K-33", "warning", L)]),  # 2 of 50
            check("kvp.full_time", ev50, []),                                            # 0 of 50
            indicator("kvp.outcome_work_education", 0.55, 11, {L: 0.6, H: 0.5}),
        ], period=quarter(2025, 4)),
    ]


def make_store(path: Path, history: list[dict], follow_ups: bool = True) -> str:
    with open_store(path) as store:
        for r in history:
            store.record_run(r)
        if follow_ups:
            store.add_follow_up("kvp.start_delay", "K-1", status="open", responsible="Teamleder",
                                action="Starte programmet", due_date="2025-11-30")
            store.add_follow_up("kvp.start_delay", "K-2", status="done", due_date="2025-06-30")
    return str(path)


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> str:
    return make_store(tmp_path_factory.mktemp("small") / "history.sqlite", small_history())


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> str:
    path = make_store(tmp_path_factory.mktemp("mixed") / "history.sqlite", mixed_history(), follow_ups=False)
    with open_store(path) as store:
        store.add_follow_up("kvp.start_delay", "K-7", status="in_progress", responsible="=HYPERLINK(\"x\")",
                            action="<b>rette</b>", due_date="2025-12-01")
    return path


@pytest.fixture(scope="module")
def written(mixed, tmp_path_factory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("report")
    xlsx, html = write_annual_report(2025, out, history=mixed)
    return xlsx, html


# --------------------------------------------------------------------------- the summary text


def test_summary_in_bokmal_for_a_known_history(small):
    with open_store(small) as store:
        figures = annual_figures(store, 2025, on="2026-01-01")
    assert summary_paragraphs(figures, "nb") == [
        "Kommunedirektøren skal minst en gang i året rapportere til kommunestyret om internkontroll og om resultater "
        "fra statlig tilsyn (kommuneloven § 25-2). Internkontrollen skal sikre at de sosiale tjenestene i NAV ytes i "
        "samsvar med lov og forskrift (sosialtjenesteloven § 5, jf. kommuneloven § 25-1). Denne delen gjelder "
        "kontrollene av saker i internkontrollen. Resultater fra statlig tilsyn er ikke med i tallene her og må tas "
        "med i rapporten for seg.",
        "I 2025 ble kontrollene for kvalifiseringsprogram (KVP) kjørt 2 ganger, med til sammen 200 "
        "saksgjennomganger (en sak som er med i flere kjøringer, telles i hver av dem). Det finnes ingen kjøring "
        "for 2. kvartal og 3. kvartal 2025, så tallene for de kvartalene mangler. Funnene gjaldt 19 saker. "
        f"Samlet for alle kontrollene gikk andelen avvik ned fra 9,3{NB}% i 1. kvartal til 4,0{NB}% i "
        "4. kvartal. Tallet for 4. kvartal omfatter også «Programmet er på heltid», som ikke er med i 1. kvartal. "
        f"I 4. kvartal 2024 var andelen 6,7{NB}%. Tallet for 4. kvartal 2024 omfatter ikke «Programmet er på heltid».",
        "Størst bedring var det for «Oppstart i program etter vedtak (venteliste)», der andelen avvik gikk ned fra "
        f"12,0{NB}% til 6,0{NB}%. Høyest andel avvik i 4. kvartal hadde «Oppstart i program etter vedtak "
        f"(venteliste)» med 6,0{NB}%.",
        "I løpet av året ble 9 nye funn registrert og 10 funn løst. Et funn regnes som løst når saken ikke lenger "
        "har funnet i en senere kjøring, også når saken ikke lenger er med i uttrekket. Ved årets slutt var 9 funn fortsatt åpne, "
        "8 av dem på avviksnivå. 3 av dem var åpne allerede før 2025, det eldste siden 31.12.2024. Det var 1 oppfølgingstiltak som var åpent eller under arbeid, og fristen var passert.",
        "«Andel avsluttede program som går til arbeid eller utdanning» var 55,0\u00a0% i 4. kvartal, mot et mål på "
        f"minst 50,0{NB}%: målet er nådd. I samme kvartal året før var verdien 45,0{NB}%.",
        "Noen kontroller kunne ikke vurderes i alle kjøringene fordi opplysninger manglet i uttrekket: "
        "«Programmet er på heltid» (1 av 2).",
    ]


def test_summary_in_english_for_a_known_history(small):
    with open_store(small) as store:
        figures = annual_figures(store, 2025, on="2026-01-01")
    text = summary_paragraphs(figures, "en")
    assert text[1] == ("In 2025, the checks of the qualification programme (KVP) were run 2 times, with 200 "
                       "case reviews in all (a case in several runs is counted in each). There is no run for Q2 "
                       "and Q3 2025, so the figures for those quarters are missing. The findings concerned 19 "
                       "cases. Across all checks, the deviation rate fell from 9.3% in Q1 to 4.0% in Q4. The figure "
                       "for Q4 also includes “The programme is full-time”, which is not in Q1. In Q4 2024 it was "
                       "6.7%. The figure for Q4 2024 does not include “The programme is full-time”.")
    assert text[3] == ("During the year, 9 new findings were recorded and 10 were resolved. A finding counts as "
                       "resolved when a later run no longer finds it, also when the case is no longer in the export. "
                       "At the end of the year, "
                       "9 findings were still open, 8 of them at deviation level. 3 of them were already open "
                       "before 2025, the oldest since 31 Dec 2024. There was 1 follow-up action open "
                       "or in progress, and its due date had passed.")
    assert text[4].endswith("against a target of at least 50.0%: the target is met. In the same quarter the year "
                            "before it was 45.0%.")


def test_summary_words_follow_the_counts(small):
    """Singular and zero forms, a rate that rose, a year not over (date instead of 'year end')."""
    with open_store(small) as store:
        figures = annual_figures(store, 2025, on="2025-12-15")
    figures["totals"]["findings"] = {"opened": 1, "resolved": 0, "open": 1, "open_deviations": 0}
    figures["totals"]["follow_ups"] = {"total": 3, "open": 3, "overdue": 0}
    delay = next(c for c in figures["checks"] if c["id"] == "kvp.start_delay")
    delay["quarters"][3] = {**delay["quarters"][3], "rate": 0.2}
    text = summary_paragraphs(figures, "nb")
    assert ("I løpet av året ble 1 nytt funn registrert og ingen funn løst. Per 15.12.2025 var 1 funn til vurdering "
            "fortsatt åpent. Av 3 oppfølgingstiltak som var åpne eller under arbeid, hadde ingen passert "
            "fristen.") == text[3]
    assert f"Andelen avvik økte for «Oppstart i program etter vedtak (venteliste)» (fra 12,0{NB}% til 20,0{NB}%)." in text[2]
    assert "Størst bedring" not in text[2]


def test_no_headline_on_small_numbers(small):
    """9 of 29 -> 4 of 19 is not a trend: below the declared minimum the change is not headlined."""
    with open_store(small) as store:
        figures = annual_figures(store, 2025, on="2026-01-01")
    assert figures["headline_min_cases"] == 50
    for c in figures["checks"]:
        for p in c["quarters"]:
            if p is not None and p.get("evaluated") is not None:
                p["evaluated"] = 29
    for p in figures["totals"]["quarters"]:
        if p is not None:
            p["evaluated"] = 29
    text = " ".join(summary_paragraphs(figures, "nb"))
    assert "gikk andelen avvik ned" not in text and "Størst bedring" not in text and "Høyest andel" not in text
    assert "færre enn 50 vurderte saker" in text
    # numbers as digits throughout, never as words (check titles, in «», are the data's own)
    prose = re.sub(r"«[^»]*»", "", text)
    assert not any(f" {w} " in f" {prose} " for w in ("to", "tre", "fire", "fem", "ett", "én"))


def test_summary_is_deterministic(small):
    with open_store(small) as store:
        a = summary_paragraphs(annual_figures(store, 2025, on="2026-01-01"))
        b = summary_paragraphs(annual_figures(store, 2025, on="2026-01-01"))
    assert a == b


# --------------------------------------------------------------------------- the workbook


def test_workbook_sheets_native_charts_and_real_numbers(written):
    xlsx, _ = written
    assert xlsx.name == "arsrapport_2025.xlsx"
    wb = openpyxl.load_workbook(xlsx)
    assert wb.sheetnames == ["Sammendrag", "Kontroller", "Trend", "Perioder", "Indikatorer", "Oppfølging",
                             "Kontorer", "Kjøringer"]
    # native charts: openpyxl reads them back from the drawing parts
    assert [type(c).__name__ for c in wb["Sammendrag"]._charts] == ["BarChart"]
    assert [type(c).__name__ for c in wb["Trend"]._charts] == ["LineChart", "LineChart"]  # one per deviation check
    assert [type(c).__name__ for c in wb["Indikatorer"]._charts] == ["LineChart"]
    checks = wb["Kontroller"]
    assert checks.freeze_panes == "C5" and checks.auto_filter.ref.startswith("A4:")
    header = [c.value for c in checks[4]]
    assert header[:7] == ["Kontroll-id", "Kontroll", "Type", "1. kvartal", "2. kvartal", "3. kvartal", "4. kvartal"]
    row = next(r for r in checks.iter_rows(min_row=5) if r[0].value == "kvp.start_delay")
    q1 = row[3]
    assert isinstance(q1.value, float) and q1.number_format == "0.0 %"
    assert q1.value == pytest.approx(2 / 50)  # a-2025q1: 2 deviations of 50
    assert row[6].value == pytest.approx(2 / 62)  # 5001 (1 of 50) + 5006 (1 of 12), December
    periods = wb["Perioder"]
    assert periods.auto_filter.ref and periods.freeze_panes == "C5"
    years = {r[2].value for r in periods.iter_rows(min_row=5) if r[0].value}
    assert years == {2024, 2025} and periods.cell(row=5, column=3).number_format == "0"
    follow = wb["Oppfølging"]
    cells = [c.value for c in follow[5]]
    # text from the history never becomes a formula
    assert cells[5] == '=HYPERLINK("x")' and follow.cell(row=5, column=6).data_type == "s"
    assert follow.cell(row=5, column=6).quotePrefix and cells[8] == "Forfalt"


def test_libreoffice_opens_the_annual_workbook(written, tmp_path):
    xlsx, _ = written
    pdf = soffice_to_pdf(xlsx, tmp_path, tmp_path / "lo-profile")
    assert pdf_pages(pdf.read_bytes()) >= 8  # one page or more per sheet


# --------------------------------------------------------------------------- the page


def test_page_is_self_contained_with_inline_svg(written):
    _, html_path = written
    html = html_path.read_text(encoding="utf-8")
    assert html_path.name == "arsrapport_2025.html"
    assert re.search(r"https?://", html) is None  # nothing to fetch, not even a namespace URL
    assert "<script" not in html and "<link" not in html and " src=" not in html
    assert html.count("<svg") == 1 + 2 + 1  # quarter bars, one line chart per deviation check, one per indicator
    assert '<path class="series-current"' in html and "<rect class=\"series-current\"" in html
    assert "Content-Security-Policy" in html
    assert "&lt;b&gt;rette&lt;/b&gt;" in html and "<b>rette</b>" not in html  # text from the history is escaped
    assert "<h1>Årsrapport internkontroll 2025: Kvalifiseringsprogram (KVP)</h1>" in html
    assert "2 av 62" in html  # December: 5001 and 5006 added up


def test_chromium_loads_the_page_without_errors_or_requests(written, tmp_path):
    _, html = written
    report = load_page(html, tmp_path / "profile")
    assert report.console_errors == [] and report.requests == []
    assert report.headings[:3] == ["Årsrapport internkontroll 2025: Kvalifiseringsprogram (KVP)", "Sammendrag",
                                   "Kontroller"]
    lay = report.layout  # issue 15: fits 1280 px, links resolve, contents stay, text contrasts
    assert lay["page_overflow"] is False and lay["wide_tables"] == [] and lay["broken_links"] == []
    assert lay["nav_visible_at_end"] is True and lay["low_contrast"] == []
    # printed on A4 (96 dpi less 2 × 12 mm margins): the quarter and month tables fit, so the
    # page is not shrunk to the widest table; headings stay with their content
    printed = load_page(html, tmp_path / "profile-print", width=704, media="print").layout
    assert printed["page_overflow"] is False and printed["page_width"] <= 704, printed["wide_tables"]
    assert printed["heading_break_after"] == ["avoid"] and printed["thead_display"] == ["table-header-group"]


def test_a_year_of_monthly_runs_fits_the_screen_and_the_page(tmp_path):
    """Twelve monthly runs of a large export fill every month column; the totals row said
    "329 av 5 906 vurderinger" in every month and made the month table 2 110 px wide."""
    import calendar

    big = {"NAV Lerkendal": 3000, "NAV Heimdal": 2906}
    history = [results(f"m{m:02d}", f"2025-{m:02d}-{calendar.monthrange(2025, m)[1]}", [
        check("kvp.start_delay", big, [("K-1", "deviation", "NAV Lerkendal")]),
        check("kvp.grounds.work_ability", big, []),
        check("kvp.processing_time", big, [("K-2", "deviation", "NAV Heimdal")]),
    ], period=(f"2025-{m:02d}-01", f"2025-{m:02d}-{calendar.monthrange(2025, m)[1]}")) for m in range(1, 13)]
    store = make_store(tmp_path / "history.sqlite", history, follow_ups=False)
    _, html = write_annual_report(2025, tmp_path / "out", history=store)
    assert "avvik av vurderinger" in html.read_text(encoding="utf-8")  # said once, under the month table's Sum
    screen = load_page(html, tmp_path / "profile", width=1280).layout
    assert screen["page_overflow"] is False and screen["wide_tables"] == []
    printed = load_page(html, tmp_path / "profile-print", width=704, media="print").layout
    assert printed["page_overflow"] is False and printed["page_width"] <= 704, printed["wide_tables"]


def test_chart_titles_sit_above_their_charts_and_offices_show_open_and_overdue(written):
    xlsx, html_path = written
    html = html_path.read_text(encoding="utf-8")
    for figure in re.findall(r'<figure class="chart">(.*?)</figure>', html, flags=re.S):
        assert figure.strip().startswith('<figcaption class="chart-title">')  # the title above, not under
    offices = html.split('id="offices"')[1].split("</table>")[0]
    assert "Åpne funn ved årsslutt" in offices and "Forfalte tiltak" in offices
    # K-7 (NAV Lerkendal) is open at year end and its action is overdue
    row = offices.split("NAV Lerkendal")[1].split("</tr>")[0]
    assert "FORFALT" in row or "forfalt" in row.lower()
    assert "En endring i andelen avvik omtales i sammendraget bare når begge kvartalene bygger på minst 50" in html
    wb = openpyxl.load_workbook(xlsx)
    ws = wb["Kontorer"]
    head = [c.value for c in ws[4]]
    assert "Åpne funn ved årsslutt" in head and "Forfalte tiltak" in head
    for sheet in wb.worksheets:  # every sheet prints on A4, fitted to the width
        assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1, sheet.title
    # no trend chart is cut between two printed pages: a page break above every second row of charts
    from reports.annual_excel import CHART_ROWS, CHART_ROWS_PER_PAGE

    trend = wb["Trend"]
    anchors = sorted({c.anchor._from.row + 1 for c in trend._charts})
    breaks = {b.id for b in trend.row_breaks.brk}
    assert anchors and all(a - 1 in breaks for a in anchors[::CHART_ROWS_PER_PAGE])
    assert all(b2 - b1 <= CHART_ROWS * CHART_ROWS_PER_PAGE for b1, b2 in zip(sorted(breaks), sorted(breaks)[1:]))


# --------------------------------------------------------------------------- the command


def test_cli_writes_both_files(small, tmp_path):
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["annual", "--year", "2025", "--history", small, "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert f"Skrev {out / 'arsrapport_2025.xlsx'}" in res.output and f"Skrev {out / 'arsrapport_2025.html'}" in res.output
    html = (out / "arsrapport_2025.html").read_text(encoding="utf-8")
    assert "Størst bedring var det for «Oppstart i program etter vedtak (venteliste)»" in html


def test_cli_english_and_history_from_the_environment(small, tmp_path):
    res = CliRunner(env={"NAV_AUDIT_HISTORY": small}).invoke(
        main, ["annual", "--year", "2025", "--out", str(tmp_path), "--lang", "en"])
    assert res.exit_code == 0, res.output
    html = (tmp_path / "arsrapport_2025.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in html and "Annual internal control report 2025" in html
    assert "The largest improvement was for" in html


def test_cli_year_without_runs_exits_2(small, tmp_path):
    res = CliRunner().invoke(main, ["annual", "--year", "2019", "--history", small, "--out", str(tmp_path)])
    assert res.exit_code == 2
    assert "ingen kjøringer i 2019" in res.output and "nav-audit history list" in res.output
    assert list(tmp_path.iterdir()) == []
    res = CliRunner().invoke(main, ["annual", "--year", "2025", "--history", small, "--suite", "stonad",
                                    "--out", str(tmp_path)])
    assert res.exit_code == 2 and "suite stonad" in res.output


def test_cli_help_has_an_example_and_needs_a_year(tmp_path):
    res = CliRunner().invoke(main, ["annual", "--help"])
    assert res.exit_code == 0 and "Eksempel" in res.output and "nav-audit annual --year 2025" in res.output
    res = CliRunner().invoke(main, ["annual"])
    assert res.exit_code == 2 and "--year" in res.output


def test_write_annual_report_accepts_an_open_store(small, tmp_path):
    with open_store(small) as store:
        paths = write_annual_report(2025, tmp_path, history=store, scope="5001")
        assert store.list_runs()  # still open: the caller owns it
    assert [p.name for p in paths] == ["arsrapport_2025.xlsx", "arsrapport_2025.html"]
    assert all(p.stat().st_size > 1000 for p in paths)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["arsrapport_2025.html", "arsrapport_2025.xlsx"]



def test_the_schedule_finds_this_writer():
    from audit.schedule.runner import annual_report_writer

    assert annual_report_writer() is write_annual_report
