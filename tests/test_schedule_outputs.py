"""`schedule show` (terminal and HTML wheel) and `schedule ics` (parsed back with icalendar)."""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from pathlib import Path

from click.testing import CliRunner
from icalendar import Calendar

from audit.cli import main
from audit.schedule import load_schedule
from reports.calendar_ics import to_ical
from audit.schedule.periods import MONTH_NAMES
from reports.schedule_page import year_html

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data" / "schedule" / "arshjul.yaml"


def invoke(*args):
    return CliRunner().invoke(main, list(args))


def test_show_month_by_month_in_bokmal():
    r = invoke("schedule", "show", "-f", str(SAMPLE), "--year", "2026")
    assert r.exit_code == 0, r.output
    text = r.output
    headings = [line for line in text.splitlines() if line and not line.startswith(" ") and line.rstrip() in
                [n.capitalize() for n in MONTH_NAMES["nb"]]]
    assert headings == [n.capitalize() for n in MONTH_NAMES["nb"]]
    january = text.split("\nJanuar\n")[1].split("\nFebruar\n")[0]
    assert "31.01" in january and "arsrapport" in january and "året 2025" in january
    assert "20.01" in january and "kvp-kvartal" in january and "4. kvartal 2025" in january
    february = text.split("\nFebruar\n")[1].split("\nMars\n")[0]
    assert "kostra-kvp" in february and "01.02" in february
    assert text.count("kvp-oppstart  ") >= 12
    r = invoke("schedule", "show", "-f", str(SAMPLE), "--year", "2026", "--lang", "en")
    assert r.exit_code == 0 and "\nJanuary\n" in r.output and "Q4 2025" in r.output


def test_html_page_is_self_contained_with_the_wheel(tmp_path):
    page = tmp_path / "hjul.html"
    r = invoke("schedule", "show", "-f", str(SAMPLE), "--year", "2026", "--html", str(page))
    assert r.exit_code == 0, r.output
    html = page.read_text(encoding="utf-8")
    assert "<svg" in html and "</svg>" in html
    for name in MONTH_NAMES["nb"]:
        assert f">{name.capitalize()}</text>" in html
    # no external requests: no links, scripts, images or URLs
    assert not re.search(r"https?://|<link|<script|<img|@import|url\(", html)
    # one mark per scheduled day: 12 + 12 monthly, 4 + 4 quarterly, 3 tertial, 2 KOSTRA, 1 annual report
    schedule = load_schedule(SAMPLE)
    assert html.count("<path d=") == 12 + len(schedule.occurrences(2026)) == 12 + 38
    assert not list(tmp_path.glob(".hjul.html.*"))  # written atomically, nothing left behind


def test_html_page_fits_the_screen_and_an_a4_page(tmp_path):
    """Issue 15 item 4: the årshjul page printed cut off columns and showed a scrollbar."""
    from tests.report_browsers import load_page, pdf_pages

    page = tmp_path / "hjul.html"
    assert invoke("schedule", "show", "-f", str(SAMPLE), "--year", "2026", "--html", str(page)).exit_code == 0
    screen = load_page(page, tmp_path / "profile", width=1280)
    assert screen.console_errors == [] and screen.requests == []
    assert screen.layout["page_overflow"] is False and screen.layout["wide_tables"] == []
    assert screen.layout["low_contrast"] == []
    # the page prints on A4 landscape: 96 dpi less 2 × 12 mm margins
    printed = load_page(page, tmp_path / "profile-print", width=1032, media="print", pdf=True)
    assert printed.layout["page_overflow"] is False and printed.layout["page_width"] <= 1032, printed.layout["wide_tables"]
    assert printed.layout["thead_display"] == ["table-header-group"]
    assert 1 <= pdf_pages(printed.pdf) <= 6


def test_html_escapes_what_the_schedule_says(tmp_path):
    p = tmp_path / "a.yaml"
    p.write_text(textwrap.dedent("""\
        title: "<script>alert(1)</script> & co"
        activities:
          - id: a
            title: "<b>fet</b>"
            report: annual
            months: [1]
            period: year
            responsible: "Leder <leder@example.org>"
        """), encoding="utf-8")
    html = year_html(load_schedule(p), 2026, today=dt.date(2026, 3, 1))
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp; co" in html
    assert "<b>fet</b>" not in html and "&lt;b&gt;fet&lt;/b&gt;" in html
    assert "i dag 01.03" in html  # today's marker on the wheel
    assert "i dag" not in year_html(load_schedule(p), 2025, today=dt.date(2026, 3, 1))


def test_ics_parses_back(tmp_path):
    out = tmp_path / "arshjul-2026.ics"
    r = invoke("schedule", "ics", "-f", str(SAMPLE), "--year", "2026", "--out", str(out))
    assert r.exit_code == 0, r.output
    raw = out.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.rstrip().endswith(b"END:VCALENDAR")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))  # RFC 5545 line folding
    assert b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only
    cal = Calendar.from_ical(raw)
    assert str(cal["VERSION"]) == "2.0" and "nav-audit" in str(cal["PRODID"])
    assert str(cal["METHOD"]) == "PUBLISH"
    events = cal.walk("VEVENT")
    schedule = load_schedule(SAMPLE)
    occurrences = schedule.occurrences(2026)
    assert len(events) == len(occurrences) == 38
    by_uid = {str(e["UID"]): e for e in events}
    assert len(by_uid) == len(events)
    annual = next(e for e in events if str(e["UID"]).startswith("arsrapport-20260131-"))
    start, end = annual.decoded("DTSTART"), annual.decoded("DTEND")
    assert isinstance(start, dt.date) and not isinstance(start, dt.datetime)  # all-day
    assert (start, end) == (dt.date(2026, 1, 31), dt.date(2026, 2, 1))
    assert str(annual["SUMMARY"]) == "Årsrapport om internkontroll til kommunedirektøren (året 2025)"
    description = str(annual["DESCRIPTION"])
    assert "Periode: året 2025 (01.01.2025–31.12.2025)" in description and "Ansvarlig: NAV-leder" in description
    quarterly = next(e for e in events if str(e["UID"]).startswith("kvp-kvartal-20260420-"))
    assert "Inndata: sample_data/kvp/kvp_saker.csv" in str(quarterly["DESCRIPTION"])
    assert sorted(e.decoded("DTSTART") for e in events) == [o.scheduled for o in occurrences]
    # the same schedule exported again keeps its UIDs (a re-import updates instead of doubling)
    again = Calendar.from_ical(to_ical(schedule, 2026))
    assert {str(e["UID"]) for e in again.walk("VEVENT")} == set(by_uid)


def test_ics_to_stdout():
    r = invoke("schedule", "ics", "-f", str(SAMPLE), "--year", "2027", "--out", "-", "--lang", "en")
    assert r.exit_code == 0
    body = r.output[r.output.index("BEGIN:VCALENDAR"):]
    cal = Calendar.from_ical(body.replace("\n", "\r\n").replace("\r\r\n", "\r\n"))
    events = cal.walk("VEVENT")
    assert len(events) == 38 and all(e.decoded("DTSTART").year == 2027 for e in events)
    assert any("Q4 2026" in str(e["SUMMARY"]) for e in events)
