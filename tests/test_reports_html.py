"""The HTML report: self-contained, escaped, accessible, case limit; loaded in headless Chromium."""

from __future__ import annotations

import copy
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reports import HTML_NAME, render_reports
from tests.report_browsers import load_page, pdf_pages

FIXTURE = Path(__file__).parent / "fixtures" / "results_kvp.json"
CSS = Path(__file__).parents[1] / "reports" / "templates" / "report.css"
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def results() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def render(results: dict, out: Path, **kw) -> str:
    kw.setdefault("formats", ("xlsx", "html"))
    paths = render_reports(results, out, **kw)
    html = out / HTML_NAME
    assert html in paths
    return html.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def page(results, tmp_path_factory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("html-nb")
    return out / HTML_NAME, render(results, out)


class Outline(HTMLParser):
    """Headings, tables and attributes of a page, as a browser's accessibility tree sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[tuple[str, str]] = []
        self.tables: list[dict] = []
        self.urls: list[str] = []
        self.tags: list[str] = []
        self._heading: str | None = None
        self._text = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        for name in ("src", "href", "action", "data", "poster", "srcset"):
            if name in a:
                self.urls.append(a[name] or "")
        if tag in ("h1", "h2", "h3"):
            self._heading, self._text = tag, ""
        if tag == "table":
            self.tables.append({"caption": False, "col_headers": 0})
        if tag == "caption" and self.tables:
            self.tables[-1]["caption"] = True
        if tag == "th" and a.get("scope") == "col" and self.tables:
            self.tables[-1]["col_headers"] += 1

    def handle_data(self, data):
        if self._heading:
            self._text += data

    def handle_endtag(self, tag):
        if tag == self._heading:
            self.headings.append((tag, " ".join(self._text.split())))
            self._heading = None


def outline(html: str) -> Outline:
    o = Outline()
    o.feed(html)
    return o


def test_values_from_the_data_are_escaped(page):
    _, html = page
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_escaping_covers_every_field(results, tmp_path):
    evil = "<img src=x onerror=alert(1)>\"'&"
    data = copy.deepcopy(results)
    c = next(x for x in data["checks"] if x["id"] == "kvp.age")
    c["title"]["nb"] = evil
    c["legal_basis"] = evil
    c["cases"][0].update({"office": evil, "caseworker": evil})
    c["cases"][0]["details"]["decision"] = evil
    data["run"]["scope"] = evil
    data["input_issues"][0]["message"] = evil
    data["run"]["mappings"]["kvp_mapping.yaml"]["columns"]["case_id"] = evil
    html = render(data, tmp_path, formats=("html",))
    assert "<img" not in html and "onerror=alert(1)>" not in html
    assert html.count("&lt;img src=x onerror=alert(1)&gt;&#34;&#39;&amp;") >= 7


def test_self_contained_no_external_requests(page):
    _, html = page
    o = outline(html)
    assert all(u.startswith("#") for u in o.urls), o.urls
    assert "link" not in o.tags and "script" not in o.tags and "iframe" not in o.tags
    assert "@import" not in html and "url(" not in html
    assert re.search(r'<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;', html)
    assert "<svg" in html and "<style>" in html


def test_accessible_structure(page):
    _, html = page
    o = outline(html)
    assert '<html lang="nb">' in html
    h1 = [t for tag, t in o.headings if tag == "h1"]
    h2 = [t for tag, t in o.headings if tag == "h2"]
    assert h1 == ["Kontrollrapport: Kvalifiseringsprogram (KVP)"]
    assert h2 == ["Sammendrag", "Hvor", "Saker", "Utkast til funn", "Metode"]
    assert any(t.startswith("Tid fra vedtak til programstart") for tag, t in o.headings if tag == "h3")
    assert o.tables and all(t["caption"] and t["col_headers"] > 0 for t in o.tables)
    assert 'role="img" aria-labelledby="chart-title chart-desc"' in html


def test_status_is_a_word_with_a_colour(page):
    _, html = page
    assert re.search(r'class="status status-deviation"><span class="icon" aria-hidden="true">✕</span> Avvik', html)
    assert re.search(r'class="status status-below_target">.*?Under mål', html)
    assert re.search(r'class="status status-not_evaluated">.*?Ikke vurdert', html)


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def test_status_colours_have_sufficient_contrast():
    css = CSS.read_text(encoding="utf-8")
    colours = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", css))
    pairs = [("ok-bg", "ok-fg"), ("warning-bg", "warning-fg"), ("deviation-bg", "deviation-fg"),
             ("below-bg", "below-fg"), ("ne-bg", "ne-fg"), ("zebra", "ink"), ("head", None)]
    for bg, fg in pairs:
        fg_colour = colours[fg] if fg else "#ffffff"  # header text is white on --head
        hi, lo = sorted((_luminance(colours[bg]), _luminance(fg_colour)), reverse=True)
        assert (hi + 0.05) / (lo + 0.05) >= 4.5, (bg, fg)


def test_html_lists_at_most_the_limit_and_says_how_many_more(results, tmp_path):
    total = len(next(c for c in results["checks"] if c["id"] == "kvp.start_delay")["cases"])
    html = render(results, tmp_path / "a", html_case_limit=50)
    assert f"{total - 50} flere i arbeidsboka (rapport.xlsx)." in html
    assert "Viser 50 av 320 saker." in html
    section = html.split("id=\"check-kvp-start_delay\"")[1].split("<h3")[0]
    assert section.count('<th scope="row" class="key">K-') == 50
    # checks under the limit list all their cases and say nothing about more
    assert html.count("flere i arbeidsboka") == 1
    en = render(results, tmp_path / "b", html_case_limit=200, lang="en")
    assert f"{total - 200} more in the workbook (rapport.xlsx)." in en
    only_html = render(results, tmp_path / "c", html_case_limit=10, formats=("html",))
    assert f"{total - 10} flere i resultatfilen (results.json)." in only_html


def test_english_report(results, tmp_path):
    html = render(results, tmp_path, lang="en")
    o = outline(html)
    assert '<html lang="en">' in html
    assert [t for tag, t in o.headings if tag == "h2"] == ["Summary", "Where", "Cases", "Draft findings", "Method"]
    assert "Time from decision to programme start" in html and "Below target" in html
    assert "31 Dec 2025" in html and "48.2%" in html
    assert "Kontrollrapport" not in html and "Sammendrag" not in html


def test_norwegian_formats_in_the_page(page):
    _, html = page
    assert "4 saker kunne ikke vurderes (ukjent verdi):" in html and '<span class="key">K-0903</span>.' in html
    assert "31.12.2025" in html and "48,2\u00a0%" in html
    assert "19\u00a0år (til og med 31.12.2018); 18\u00a0år (fra 01.01.2019)" in html


def test_chromium_loads_the_page_without_errors_or_requests(page, tmp_path):
    path, _ = page
    report = load_page(path, tmp_path / "profile", pdf=True)
    assert report.console_errors == []
    assert report.requests == []
    assert report.title == "Kontrollrapport: Kvalifiseringsprogram (KVP)"
    assert report.headings == ["Kontrollrapport: Kvalifiseringsprogram (KVP)", "Sammendrag", "Hvor", "Saker", "Utkast til funn", "Metode"]
    shot = tmp_path / "report.png"
    shot.write_bytes(report.screenshot)
    assert report.screenshot.startswith(PNG) and shot.stat().st_size > 20_000
    assert report.pdf.startswith(b"%PDF")
    assert pdf_pages(report.pdf) >= 4  # A4 pages, a page break between sections


def test_chromium_harness_catches_errors_and_requests(tmp_path):
    # the check above must be able to fail: a page that logs an error and loads an image
    bad = tmp_path / "bad.html"
    bad.write_text('<!DOCTYPE html><html lang="en"><head><title>bad</title></head><body><h1>bad</h1>'
                   '<img src="http://127.0.0.1:9/x.png" alt=""><script>console.error("boom")</script>'
                   "</body></html>", encoding="utf-8")
    report = load_page(bad, tmp_path / "profile")
    assert any("boom" in e for e in report.console_errors)
    assert report.requests == ["http://127.0.0.1:9/x.png"]


# --------------------------------------------------------------------------- history annotations

ANNOTATED = Path(__file__).parent / "fixtures" / "results_kvp_annotated.json"


@pytest.fixture(scope="module")
def annotated() -> dict:
    return json.loads(ANNOTATED.read_text(encoding="utf-8"))


def test_without_history_no_lifecycle_in_the_page(page):
    html = page[1]
    assert "Oppfølgingsstatus" not in html and "Sammenlignet med" not in html and "Løste funn" not in html


def test_page_shows_history_line_states_and_overdue_by_word(annotated, tmp_path):
    html = render(annotated, tmp_path)
    assert ('<p class="history">Sammenlignet med kjøringen per 30.06.2025: 2 nye funn, 10 vedvarende, 2 løst;'
            in html)
    assert "<td>vedvarende siden 30.06.2025</td>" in html and "<td>ny</td>" in html
    assert html.count('<strong class="overdue-word">FORFALT</strong>') == 2
    assert "Oppfølging av hele kontrollen:" in html
    # follow-up text from the history is escaped like everything else
    assert "&lt;b&gt;Rutine&lt;/b&gt;" in html and "<b>Rutine" not in html
    assert ('<p class="history-check">Sammenlignet med 30.06.2025: 2 nye, 3 vedvarende, 1 løst; '
            "2 oppfølgingstiltak forfalt.</p>") in html


def test_resolved_findings_listed_per_check_within_the_limit(annotated, tmp_path):
    html = render(annotated, tmp_path / "a")
    assert "Løste funn (1): Tid fra vedtak til programstart" in html
    assert '<th scope="row" class="key">K-0900</th>' in html and '<th scope="row" class="key">K-0950</th>' in html
    few = copy.deepcopy(annotated)
    sd = next(c for c in few["checks"] if c["id"] == "kvp.start_delay")
    sd["lifecycle"]["resolved"] += [dict(sd["lifecycle"]["resolved"][0], key=f"K-09{i:02d}") for i in range(10, 13)]
    limited = render(few, tmp_path / "b", html_case_limit=2)
    assert "Løste funn (4): Tid fra vedtak til programstart" in limited
    assert "K-0910" in limited and "K-0912" not in limited
    assert limited.count("flere i arbeidsboka (rapport.xlsx).") >= 2  # the cases' and the resolved findings'


def test_lifecycle_page_in_english(annotated, tmp_path):
    html = render(annotated, tmp_path, lang="en")
    assert "Compared with the run as of 30 Jun 2025: 2 new findings" in html
    assert "<td>persisting since 30 Jun 2025</td>" in html and "Resolved findings (1)" in html
    assert '<strong class="overdue-word">OVERDUE</strong>' in html
    assert "siden" not in html and "FORFALT" not in html


def test_chromium_loads_the_annotated_page_without_errors_or_requests(annotated, tmp_path):
    render(annotated, tmp_path / "out")
    report = load_page(tmp_path / "out" / HTML_NAME, tmp_path / "profile")
    assert report.console_errors == [] and report.requests == []
    assert "Saker" in report.headings


# --------------------------------------------------------------------------- issue 15: layout at 1280 px


@pytest.mark.parametrize("fixture,lang", [("results_kvp_rules.json", "nb"), ("results_kvp_annotated.json", "nb"),
                                          ("results_kvp_annotated.json", "en")])
def test_page_fits_1280_links_resolve_contents_stay_and_text_contrasts(fixture, lang, tmp_path):
    data = json.loads((Path(__file__).parent / "fixtures" / fixture).read_text(encoding="utf-8"))
    render_reports(data, tmp_path / "out", formats=("html",), lang=lang)  # English headers are longer
    html = (tmp_path / "out" / HTML_NAME).read_text(encoding="utf-8")
    report = load_page(tmp_path / "out" / HTML_NAME, tmp_path / "profile", width=1280)
    lay = report.layout
    assert report.console_errors == [] and report.requests == []
    assert lay["page_overflow"] is False and lay["wide_tables"] == []  # history columns included
    assert lay["broken_links"] == []
    # every summary row links to its check's cases, and each check links back
    checks = [c["id"] for c in data["checks"]]
    for cid in checks:
        anchor = "check-" + re.sub(r"[^A-Za-z0-9_-]+", "-", cid).strip("-")
        assert f'href="#{anchor}"' in html and f'href="#row-{anchor}"' in html
    assert lay["links"] >= 2 * len(checks)
    assert lay["nav_visible_at_end"] is True  # the contents list stays reachable
    assert lay["low_contrast"] == []


def test_print_keeps_keys_whole_headings_with_content_and_repeats_headers(tmp_path):
    text = (Path(__file__).parent / "fixtures" / "results_kvp_annotated.json").read_text(encoding="utf-8")
    # keys are never broken, so the escaping test's 25-character key would set the width; real keys are short
    data = json.loads(text.replace("<script>alert(1)</script>", "K-9999"))
    render_reports(data, tmp_path / "out", formats=("html",))
    # A4 portrait at 96 dpi less 2 × 12 mm margins: the width the print layout gets
    report = load_page(tmp_path / "out" / HTML_NAME, tmp_path / "profile", width=704, height=1000, media="print", pdf=True)
    lay = report.layout
    assert lay["keys"] >= 10 and lay["broken_keys"] == []
    assert lay["thead_display"] == ["table-header-group"]
    assert lay["heading_break_after"] == ["avoid"]
    assert lay["nav_visible_at_end"] is False  # the contents list is not printed
    # every table fits the A4 width: Chromium would otherwise shrink the whole document to
    # its widest table (the case tables and the summary with history columns did: ~6 pt text)
    assert lay["page_overflow"] is False and lay["page_width"] <= 704, lay["wide_tables"]
    assert report.pdf.startswith(b"%PDF") and pdf_pages(report.pdf) >= 4


def test_the_page_shows_the_first_input_issues_and_says_where_the_rest_are(results, tmp_path):
    """300 000 unreadable values made a 90 MB page: the page lists as many input issues as it lists cases
    per check and says how many more there are and where (the workbook lists all; results.json keeps all)."""
    data = copy.deepcopy(results)
    first = data["input_issues"][0]
    data["input_issues"] = [dict(first, row=n, message=f"merke{n:04d}") for n in range(250)]
    html = render(data, tmp_path, html_case_limit=200)
    shown = re.findall(r"merke(\d{4})", html)
    assert sorted(set(shown)) == [f"{n:04d}" for n in range(200)]
    assert "50 flere i arbeidsboka" in html
    only_page = render(data, tmp_path / "page", formats=("html",), html_case_limit=200)
    assert "50 flere i resultatfilen (results.json)" in only_page
