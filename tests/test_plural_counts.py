"""A count of one takes the singular: «1 verdi», «1 til i arbeidsboka», never «1 verdier» / «1 flere»
(audit.text.plural picks a key's ``.one`` sibling)."""

from __future__ import annotations

import string

from audit.text import catalogue, plural
from reports import render_reports
from reports.html import _more_text, _unknown_more_text
from reports.model import build_model
from tests.test_reports_input_issues import with_issues
from tests.test_reports_reading import page_text


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_singular_fills_only_blanks_its_plural_has():
    """The caller fills both from the same values; a singular may write its «1» out («én verdi»)."""
    words = catalogue()
    singulars = [k for k in words if k.endswith(".one") and k[:-4] in words]
    assert len(singulars) >= 10
    for key in singulars:
        for lang, text in words[key].items():
            assert _fields(text) <= _fields(words[key[:-4]][lang]), (key, lang)


def test_plural_picks_the_singular_only_for_one_and_only_when_there_is_one():
    assert plural("run.cli.unreadable", 1) == "run.cli.unreadable.one"
    assert plural("run.cli.unreadable", 0) == plural("run.cli.unreadable", 2) == "run.cli.unreadable"
    assert plural("cli.wrote", 1) == "cli.wrote"  # no singular: the key itself


def test_page_says_one_value_could_not_be_read(tmp_path):
    for n, expected in ((1, "1 verdi i inndataene kunne ikke leses"), (2, "2 verdier i inndataene kunne ikke leses")):
        out = tmp_path / str(n)
        render_reports(with_issues(n, 0), out, formats=("html",))
        text = page_text(out / "rapport.html")
        assert expected in text
        assert "1 verdier" not in text


def test_one_more_row_is_one_more_not_one_flere():
    m = build_model(with_issues(3, 0))
    assert _more_text(m, 1, "rapport.xlsx") == "1 til i arbeidsboka (rapport.xlsx)."
    assert _more_text(m, 2, None) == "2 flere i resultatfilen (results.json)."
    assert _unknown_more_text(m, 1, None) == "og 1 til i resultatfilen (results.json)"
    assert _unknown_more_text(build_model(with_issues(3, 0), "en"), 1, "r.xlsx") == "and 1 more in the workbook (r.xlsx)"
