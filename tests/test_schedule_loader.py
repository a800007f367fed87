"""The schedule file: the sample loads; every problem names file, line and key."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.errors import ConfigError
from audit.schedule import catalogue_problems, load_schedule

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data" / "schedule" / "arshjul.yaml"

GOOD = """\
title: Test
scope: "5001"
activities:
  - id: kvp-mnd
    title: Månedlig
    suite: kvp
    months: all
    day: 10
    period: month
    inputs:
      - path: "data/kvp_{year}-{month}.csv"
        mapping: data/map.yaml
"""


def write(tmp_path: Path, text: str, name: str = "arshjul.yaml") -> Path:
    p = tmp_path / name
    p.write_text(textwrap.dedent(text), encoding="utf-8")
    return p


def error_of(tmp_path: Path, text: str) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        load_schedule(write(tmp_path, text))
    return info.value


def test_sample_schedule_is_a_typical_office_year():
    s = load_schedule(SAMPLE)
    acts = {a.id: a for a in s.activities}
    assert acts["kvp-oppstart"].months == tuple(range(1, 13)) and acts["kvp-oppstart"].period_kind == "month"
    assert acts["nodhjelp"].suite == "stonad" and acts["nodhjelp"].checks == ("stonad.emergency_same_day",)
    assert acts["kvp-kvartal"].months == (1, 4, 7, 10) and acts["kvp-kvartal"].period_kind == "quarter"
    assert acts["vilkar-20a"].period_kind == "quarter"
    assert acts["kostra-kvp"].months == (2,) and acts["kostra-kvp"].period_kind == "year"
    assert acts["arsrapport"].report == "annual" and acts["arsrapport"].months == (1,)
    assert acts["arsrapport"].day == 31
    # paths resolve from the project folder (base_dir: ../..) and the KVP sample exists
    occ = acts["kvp-oppstart"].occurrences(2026)[0]
    (first,) = s.inputs(occ)
    assert first.path == ROOT / "sample_data" / "kvp" / "kvp_saker.csv" and first.path.is_file()
    assert first.mapping.is_file()
    assert s.output == ROOT / "out" / "arshjul"
    # the KVP activities agree with this version's catalogue
    problems = catalogue_problems(s)
    assert not any(aid.startswith("kvp") for aid in problems)


def test_good_file_and_templates(tmp_path):
    s = load_schedule(write(tmp_path, GOOD))
    (a,) = s.activities
    assert a.scope == "5001" and a.as_of == "period_end" and a.formats == ("xlsx", "html")
    occ = a.occurrences(2026)[0]
    (spec,) = s.inputs(occ)
    assert spec.path == tmp_path / "data" / "kvp_2025-12.csv"
    assert spec.mapping == tmp_path / "data" / "map.yaml"
    assert s.output == tmp_path / "nav-audit-rapporter"


@pytest.mark.parametrize(
    "old, new, line, words",
    [
        ("    day: 10\n", "    dag: 10\n", 8, ["activities[kvp-mnd].dag", "ukjent nøkkel", "day"]),
        ("    months: all\n", "    months: [1, 13]\n", 7, ["activities[kvp-mnd].months", "ugyldig måned", "13"]),
        ("    period: month\n", "    period: fortnight\n", 9, ["activities[kvp-mnd].period", "fortnight"]),
        ("    day: 10\n", "    day: 32\n", 8, ["activities[kvp-mnd].day", "1–31"]),
        ("    months: all\n    day: 10\n    period: month\n", "    months: [1, 4, 7, 10]\n    day: 10\n    period: quarter\n", 11,
         ["activities[kvp-mnd].inputs[1].path", "{month}", "quarter"]),
        ('"data/kvp_{year}-{month}.csv"', '"data/kvp_{aar}.csv"', 11, ["inputs[1].path", "{aar}"]),
        ("    suite: kvp\n", "    suite: kvp\n    report: annual\n", 4, ["activities[kvp-mnd].suite", "enten"]),
        ("title: Test\n", "title: Test\ntitle: Igjen\n", 2, ["står to ganger"]),
        ("  - id: kvp-mnd\n", "  - id: KVP mnd\n", 4, ["activities[1].id", "små bokstaver"]),
        ("    months: all\n", "    months: [1, 2]\n    period: quarter\n", 7, None),  # duplicate key period
        ('scope: "5001"\n', "", 3, ["activities[kvp-mnd].scope", "omfang"]),  # the activity's first line
        ("    day: 10\n", "    day: 10\n    as_of: yesterday\n", 9, ["activities[kvp-mnd].as_of", "run_date"]),
        ("    day: 10\n", "    day: 10\n    parameters: {kvp.start_delay: {deviation_days: tretti}}\n", 9,
         ["parameters.kvp.start_delay.deviation_days", "tall"]),
    ],
)
def test_errors_name_file_line_and_key(tmp_path, old, new, line, words):
    assert old in GOOD
    err = error_of(tmp_path, GOOD.replace(old, new, 1))
    text = str(err)
    assert err.file.endswith("arshjul.yaml") and "arshjul.yaml" in text
    if words is None:  # a duplicate key is reported where the second one stands
        assert "står to ganger" in text and err.row == 10
        return
    assert err.row == line, text
    assert f"rad {line}" in text
    for w in words:
        assert w in text, (w, text)


def test_two_days_covering_the_same_period(tmp_path):
    err = error_of(tmp_path, GOOD.replace("    months: all\n    day: 10\n    period: month\n",
                                          "    months: [1, 2]\n    day: 10\n    period: quarter\n")
                   .replace("{month}", "{quarter}"))
    assert err.row == 7 and "samme periode" in str(err) and "[1, 4, 7, 10]" in str(err)


def test_same_suite_scope_and_period_twice(tmp_path):
    second = GOOD.split("activities:\n")[1].replace("kvp-mnd", "kvp-mnd-2")
    err = error_of(tmp_path, GOOD + second)
    assert "historikken kan ikke skille dem" in str(err) and "kvp-mnd" in str(err) and err.row == 18
    # ... unless it has its own scope
    s = load_schedule(write(tmp_path, GOOD + second.replace("    day: 10\n", "    day: 10\n    scope: egen\n")))
    assert [a.scope for a in s.activities] == ["5001", "egen"]


def test_not_yaml_and_missing_file(tmp_path):
    err = error_of(tmp_path, "activities: [\n  - id: x\n")
    assert "ikke gyldig YAML" in str(err) and err.row is not None
    with pytest.raises(ConfigError, match="finnes ikke"):
        load_schedule(tmp_path / "nope.yaml")


def test_month_names_and_last_day(tmp_path):
    s = load_schedule(write(tmp_path, GOOD.replace("months: all", "months: [januar, Okt, 4]")
                            .replace("day: 10", "day: last")))
    (a,) = s.activities
    assert a.months == (1, 4, 10)
    assert [d.isoformat() for d in a.scheduled_days(2024)] == ["2024-01-31", "2024-04-30", "2024-10-31"]


def test_report_activity_rules(tmp_path):
    text = GOOD + """\
  - id: arsrapport
    report: annual
    months: [1]
    day: 31
    period: quarter
"""
    err = error_of(tmp_path, text)
    assert "activities[arsrapport].period" in str(err) and "year" in str(err)
    err = error_of(tmp_path, text.replace("period: quarter", "period: year\n    inputs: [x.csv]"))
    assert "activities[arsrapport].inputs" in str(err)
    err = error_of(tmp_path, text.replace("report: annual", "report: monthly"))
    assert "ukjent rapport" in str(err)
    # a report activity's own scope is kept (the annual report reads that line only); without one: every line
    yearly = text.replace("period: quarter", "period: year")
    acts = {a.id: a for a in load_schedule(write(tmp_path, yearly.replace("    report: annual\n",
                                                                         "    report: annual\n    scope: '5001'\n"))).activities}
    assert acts["arsrapport"].scope == "5001"
    assert {a.id: a for a in load_schedule(write(tmp_path, yearly)).activities}["arsrapport"].scope is None


def test_catalogue_problems_name_line_and_key(tmp_path):
    text = GOOD.replace("    suite: kvp\n", "    suite: kvp\n    checks: [kvp.start_dealy]\n") + """\
  - id: ukjent
    suite: kpv
    scope: x
    months: [3]
    day: 1
    period: year
    inputs: [a.csv]
"""
    s = load_schedule(write(tmp_path, text))
    problems = catalogue_problems(s)
    (check_err,) = problems["kvp-mnd"]
    assert check_err.row == 7 and "kvp.start_dealy" in str(check_err) and "kvp.start_delay" in str(check_err)
    (suite_err,) = problems["ukjent"]
    assert suite_err.row == 15 and "«kpv»" in str(suite_err) and "Mente du «kvp»" in str(suite_err)


def test_cli_exit_2_on_a_broken_file(tmp_path):
    p = write(tmp_path, GOOD.replace("day: 10", "day: 0"))
    r = CliRunner().invoke(main, ["schedule", "show", "-f", str(p), "--year", "2026"])
    assert r.exit_code == 2
    assert "rad 8" in r.output and "activities[kvp-mnd].day" in r.output
