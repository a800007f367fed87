"""Issue 15 item 7: the reports proofread — dd.mm.yyyy in bokmål, no ISO dates, singular
and plural right, "avviks-" not "avvik-", no code names in prose, no English in bokmål
and no bokmål in English. Checked on the visible text of every page."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from audit.supervision.compare import compare_results
from reports import render_reports
from reports.compare import render_comparison_html

FIXTURES = Path(__file__).parent / "fixtures"
ISO = re.compile(r"\b(19|20)\d\d-\d\d-\d\d\b")
WRONG_PLURAL = re.compile(r"(?<![\d\u00a0,.])1\s(saker|indikatorer|kontroller|kjøringer|enheter|dager)\b")
NB_ONLY = ("Sammendrag", "Saker", "Kontroll", "avvik", "Metode", "Grense", "Årsak")
EN_LEAK_IN_NB = (" the ", "Deviation", "Summary", "Cases", " of the ", "Warning", " and ")
CODE_NAMES = ("min_age", "max_age", "warning_days", "deviation_days", "limit_months", "evaluations_planned",
              "target_share", "not_evaluated", "below_target")


class Visible(HTMLParser):
    """The text a reader sees (no style, no title/desc inside SVG, no .id code lines)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0
        self.stack: list[bool] = []

    def handle_starttag(self, tag, attrs):
        cls = dict(attrs).get("class") or ""
        hidden = tag in ("style", "script", "title", "desc") or "id" in cls.split() or "mono" in cls.split()
        if tag in ("br", "meta", "line", "circle", "rect", "path", "input", "img"):
            return
        self.stack.append(hidden)
        self.skip += hidden

    def handle_endtag(self, tag):
        if tag in ("br", "meta", "line", "circle", "rect", "path", "input", "img"):
            return
        if self.stack:
            self.skip -= self.stack.pop()

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible(html: str) -> str:
    p = Visible()
    p.feed(html)
    return re.sub(r"\s+", " ", " ".join(p.parts))


def pages(tmp_path, lang):
    out = []
    for name in ("results_kvp_rules.json", "results_kvp_annotated.json"):
        data = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
        render_reports(data, tmp_path / f"{name}-{lang}", lang=lang, formats=("html",))
        out.append((name, (tmp_path / f"{name}-{lang}" / "rapport.html").read_text(encoding="utf-8")))
    from tests.test_reports_compare import docs

    out.append(("compare", render_comparison_html(compare_results(docs(), lang=lang), lang)))
    return out


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_pages_are_proofread(tmp_path, lang):
    for name, html in pages(tmp_path, lang):
        text = visible(html)
        assert not ISO.search(text), (name, ISO.search(text) and text[max(0, ISO.search(text).start() - 80):][:160])
        for code in CODE_NAMES:
            assert code not in text, (name, code)
        if lang == "nb":
            assert "avvik- " not in text and "avvik-nivå" not in text, name
            assert not WRONG_PLURAL.search(text), (name, WRONG_PLURAL.search(text))
            for leak in EN_LEAK_IN_NB:
                assert leak not in text, (name, leak, text[max(0, text.find(leak) - 80):][:160])
        else:
            # the method section quotes the data's own words (sheet names, headers, the loader's messages)
            text = visible(html.split('<section id="method"')[0])
            for leak in NB_ONLY:
                assert not re.search(rf"\b{leak}\b", text), (name, leak, text[max(0, text.find(leak) - 80):][:160])


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_terminal_check_lines_name_their_counts(tmp_path, lang):
    """The run summary's line per check counts deviations and warnings in words, singular
    or plural ("15 warnings", "1 warning"; bokmål «15 til vurdering»), of how many cases evaluated;
    columns line up."""
    from click.testing import CliRunner

    from audit.cli import main

    root = Path(__file__).resolve().parents[1] / "sample_data" / "kvp"
    r = CliRunner().invoke(main, ["run", str(root / "kvp_saker.csv"), "-m", str(root / "kvp_mapping.yaml"),
                                  "--as-of", "2025-12-31", "--out", str(tmp_path / "out"), "--no-history",
                                  "--format", "none", "--lang", lang])
    assert r.exit_code == 0, r.output
    lines = [x for x in r.output.splitlines() if x.startswith("  ") and "kvp." in x]
    assert lines
    start = {x.index("kvp.") for x in lines}
    assert len(start) == 1  # the ids line up whatever the level word's length
    evaluated = {"nb": "vurderte", "en": "evaluated"}[lang]
    assert all(x.rstrip().endswith(evaluated) for x in lines)
    assert not WRONG_PLURAL.search(r.output) and " 1 warnings" not in r.output and " 0 warning " not in r.output
    assert not re.search(r"\bvarsel", r.output, re.I)  # the warning level is «til vurdering» (docs/text.md)
    assert re.search(r"\b\d+ (til vurdering av|warnings of) ", r.output)
