"""The catalogue document (docs/checks.md) is current, and every example in it is what the tool finds."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.cli import main
from checks import SUITES
from checks.base import INDICATOR
from tests.helpers import audit_records, check

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "checks.md"


def test_docs_checks_md_is_current():
    r = CliRunner().invoke(main, ["checks", "--format", "md"])
    assert r.exit_code == 0, r.output
    assert DOC.read_text(encoding="utf-8") == r.output, "regenerate: nav-audit checks --format md --out docs/checks.md"


def test_markdown_in_english_and_per_suite(tmp_path):
    out = tmp_path / "checks-en.md"
    r = CliRunner().invoke(main, ["checks", "--format", "md", "--lang", "en", "--suite", "stonad", "--out", str(out)])
    assert r.exit_code == 0, r.output
    text = out.read_text(encoding="utf-8")
    assert "# The check catalogue" in text and "stonad.child_benefit_excluded" in text and "kvp.age" not in text
    assert "sosialtjenesteloven § 18 tredje ledd" in text and "In force from:** 1 Sept 2022" in text


LAW_SUITES = ("kvp", "stonad")  # the kostra suite runs SSB's controls as SSB publishes them (docs/kostra.md)


def test_every_deviation_and_data_check_declares_law_reasons_and_examples():
    for c in (c for name in LAW_SUITES for c in SUITES[name].checks):
        if c.kind == INDICATOR:
            assert c.basis == "practice", c.id  # every indicator target is practice (checks.md)
            continue
        assert c.requirement and c.reasons, c.id
        levels = sorted(e.level for e in c.examples)
        assert levels[0] == "deviation" and levels[-1] == "ok" and len(levels) == 2, c.id
        codes = {r.code for r in c.reasons}
        for e in c.examples:
            assert e.reason is None or e.reason in codes, (c.id, e.reason)
        if c.kind != "data":
            assert c.basis in ("law", "practice") and c.sources, c.id
        for p in c.params:
            assert p.basis in ("law", "practice"), (c.id, p.name)


def _levels(rows: list[dict], suite, as_of: str) -> dict[str, dict[str, str | None]]:
    """Each row's level per check from the pipeline's own stages (derive, validate with GX, level_column)."""
    import datetime as dt

    import polars as pl

    from audit.datasets import get_dataset
    from audit.derive import derive
    from audit.engine import validate
    from audit.results import level_column
    from audit.table import LoadedTable

    ds = get_dataset(suite.dataset)
    columns = list(dict.fromkeys(k for r in rows for k in r))
    data = {c: [r.get(c) for r in rows] for c in columns}
    frame = pl.DataFrame({c: pl.Series(c, v) for c, v in data.items()})
    frame = frame.with_columns([
        pl.col(c.name).str.to_date() if c.dtype == pl.Date and frame.schema[c.name] == pl.Utf8
        else pl.col(c.name).cast(c.dtype) for c in ds.columns if c.name in frame.columns])
    derived = derive(LoadedTable(dataset=ds.name, frame=frame), suite, dt.date.fromisoformat(as_of))
    counts = {p.index: int(derived.frame[p.col("m")].is_not_null().sum()) for p in derived.plans if p.evaluable}
    outcomes = validate(derived, counts)
    keys = derived.frame[ds.key].to_list()
    out = {}
    for p in derived.plans:
        if p.evaluable:
            level, _ = level_column(derived, outcomes.get(p.index), p)
            out[p.check.id] = dict(zip(keys, level.to_list()))
    return out


@pytest.mark.parametrize("suite", LAW_SUITES)
def test_examples_give_the_documented_level_and_reason_through_the_pipeline(tmp_path, suite):
    s = SUITES[suite]
    key = {"kvp": "case_id", "stonad": "application_id"}[s.dataset]
    rows, expected = [], {}
    for c in s.checks:
        for n, e in enumerate(c.examples):
            k = f"EX-{len(rows):03d}"
            rows.append({key: k, **e.row})
            expected[k] = (c.id, e)
    as_of = {e.as_of for _, e in expected.values()}
    assert len(as_of) == 1
    as_of = as_of.pop()
    res = audit_records(tmp_path, rows, as_of=as_of, suite=suite)
    evaluated = _levels(rows, s, as_of)
    for k, (check_id, e) in expected.items():
        assert evaluated[check_id][k] == e.level, (check_id, k)  # judged (not passed over), at the documented level
        c = check(res, check_id)
        assert c["status"] != "not_evaluated", (check_id, c["missing_columns"])
        case = next((x for x in c["cases"] if x["key"] == k), None)
        if e.level == "ok":
            assert case is None and k not in c["unknown_keys"], (check_id, k, case)
        else:
            assert case is not None and case["level"] == e.level, (check_id, k)
            assert case["reason"]["code"] == e.reason, (check_id, case["reason"])


def test_every_check_declares_words_for_every_code_of_the_coded_columns_it_reads():
    """A coded column (docs/input.md: a category) is shown in words: each check that reads it declares
    the words for every code the dataset allows, and all checks give a code the same words."""
    from audit.datasets import CATEGORY, get_dataset

    seen: dict[tuple[str, str], tuple[str, str]] = {}
    for c in (c for name in LAW_SUITES for c in SUITES[name].checks):
        dataset = get_dataset(SUITES[c.id.split(".")[0]].dataset)
        for column in dict.fromkeys([*c.columns, *c.applies_to.uses]):
            col = dataset.column(column)
            if col is None or col.type != CATEGORY:
                continue
            words = c.values.get(column, {})
            assert set(col.categories) <= set(words), (c.id, column, set(col.categories) - set(words))
            for code, pair in words.items():
                assert len(pair) == 2 and all(isinstance(w, str) and w.strip() for w in pair), (c.id, code)
                assert seen.setdefault((column, code), pair) == pair, (c.id, column, code)
        for column in c.values:
            assert column in c.columns or column in c.applies_to.uses, (c.id, column, "words for a column not read")


def test_results_carry_the_words_and_the_report_shows_a_status_in_words(tmp_path):
    from reports.model import build_model

    res = audit_records(tmp_path, [{"case_id": "S1", "status": "1", "end_date": "2025-06-30"}], as_of="2025-12-31")
    c = check(res, "kvp.data.status_end_date")
    assert c["values"]["status"]["1"] == {"nb": "fortsatt i program", "en": "still in the programme"}
    assert check(res, "kvp.age")["values"]["decision"]["refused"] == {"nb": "avslag", "en": "refused"}
    for lang, word in (("nb", "fortsatt i program"), ("en", "still in the programme")):
        view = next(v for v in build_model(res, lang).checks if v.id == "kvp.data.status_end_date")
        assert view.cases[0].details["status"].text == word
    older = {**res, "checks": [{k: v for k, v in x.items() if k != "values"} for x in res["checks"]]}
    view = next(v for v in build_model(older, "nb").checks if v.id == "kvp.data.status_end_date")
    assert view.cases[0].details["status"].text == "fortsatt i program"  # an older file: the declarations' words
    custom = {**res, "checks": [{**x, "values": {"status": {"1": {"nb": "i gang", "en": "running"}}}}
                                for x in res["checks"]]}
    view = next(v for v in build_model(custom, "en").checks if v.id == "kvp.data.status_end_date")
    assert view.cases[0].details["status"].text == "running"  # the file's own words come first


def test_the_catalogue_shows_each_checks_finding_words_and_value_words():
    """A lawyer reading one check in docs/checks.md sees its words in a draft finding and for its codes."""
    from audit.findings.declared import catalogue_words

    text = DOC.read_text(encoding="utf-8")
    for c in (c for name in LAW_SUITES for c in SUITES[name].checks):
        section = text.split(f"### `{c.id}` – ", 1)[1].split("\n### ", 1)[0]
        words = catalogue_words(c, "nb")
        assert (words is not None) == (c.finding is not None), c.id
        if words:
            assert "I utkast til funn" in section and words["found"] in section, c.id
            assert words["ensure"] in section and (words["requirement"] or "temaets første kontroll") in section, c.id
        for column, codes in c.values.items():
            assert all(f"`{code}` = {nb}" in section for code, (nb, _) in codes.items()), (c.id, column)
    sentences = [line for line in text.splitlines() if line.startswith(("- **Krav:**", "- **Funn:**", "- **Konklusjon"))]
    assert sentences and not [line for line in sentences if "{" in line], "a placeholder left unfilled"
