"""Tests of the KVP sample generator (sample_data.generate) and its oracle (sample_data.oracle).

The oracle tests state the expected level of hand-made rows at every threshold of
checks.md; the generator tests check determinism, the export format (read back
through the mapping by a reader written here, independent of the audit loaders),
that every injected deviation kind is present and found, and that the boundary
rows exist with the exact values they promise.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
import yaml

from sample_data import oracle
from sample_data.generate import (
    CSV_NAME,
    KINDS,
    MAPPING_NAME,
    OFFICES,
    TRUTH_NAME,
    XLSX_NAME,
    boundaries,
    csv_bytes,
    generate_kvp,
    main,
    truth_document,
    write_kvp,
)
from sample_data.oracle import DEVIATION, OK, UNKNOWN, WARNING, Row, add_months, full_years, ground_truth

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIR = ROOT / "sample_data" / "kvp"
A = date(2025, 12, 31)
D = date.fromisoformat


@pytest.fixture(scope="module")
def sample():
    return generate_kvp(2019, 400, A)


@pytest.fixture(scope="module")
def truth(sample):
    return ground_truth(sample.records, A)


def level_of(truth: dict, check_id: str, key: str) -> str | None:
    c = truth["checks"][check_id]
    for level, keys in ((DEVIATION, c["deviation"]), (WARNING, c["warning"]), (UNKNOWN, c["unknown_keys"])):
        if key in keys:
            return level
    return None  # ok or not applicable


# ======================================================================================
# Oracle: common rules
# ======================================================================================


@pytest.mark.parametrize("start, months, expected", [
    ("2025-01-31", 1, "2025-02-28"),
    ("2024-01-31", 1, "2024-02-29"),
    ("2025-03-31", 1, "2025-04-30"),
    ("2025-01-15", 1, "2025-02-15"),
    ("2019-01-01", 24, "2021-01-01"),
    ("2018-12-31", 12, "2019-12-31"),
    ("2025-12-31", -24, "2023-12-31"),
    ("2024-02-29", 12, "2025-02-28"),
])
def test_add_months_clamps_to_month_end(start, months, expected):
    assert add_months(D(start), months) == D(expected)


def test_full_years_counts_birthdays():
    assert full_years(D("2001-01-01"), D("2019-01-01")) == 18
    assert full_years(D("2001-01-02"), D("2019-01-01")) == 17
    assert full_years(D("2004-02-29"), D("2022-02-28")) == 17
    assert full_years(D("2004-02-29"), D("2022-03-01")) == 18


def test_full_months():
    assert oracle.full_months(D("2019-01-31"), D("2019-02-28")) == 1
    assert oracle.full_months(D("2019-01-01"), D("2020-12-31")) == 23
    assert oracle.full_months(D("2019-01-01"), D("2021-01-01")) == 24


def test_versioned_parameter_picks_by_date():
    min_age = oracle.DEFAULT_PARAMETERS["kvp.age"]["min_age"]
    assert oracle.versioned(min_age, D("2018-12-31")) == 19
    assert oracle.versioned(min_age, D("2019-01-01")) == 18
    assert oracle.versioned(67, D("2000-01-01")) == 67


def judge(check_id: str, as_of: date = A, params: dict | None = None, **values):
    """The verdict of one check for one row (None: not applicable)."""
    check = next(c for c in oracle.CHECKS if c.id == check_id)
    p = oracle.parameters(params)[check_id] if check_id in oracle.DEFAULT_PARAMETERS else {}
    values = {"case_id": "K-000001", **{k: (D(v) if isinstance(v, str) and re.match(r"\d{4}-\d\d-\d\d$", v) else v)
                                        for k, v in values.items()}}
    return check.judge(Row(values), as_of, p)


def lvl(check_id: str, **kw) -> str | None:
    v = judge(check_id, **kw)
    return None if v is None else v.level


# ======================================================================================
# Oracle: one block per check, at its thresholds
# ======================================================================================


@pytest.mark.parametrize("start, expected", [
    ("2025-03-15", OK), ("2025-03-16", WARNING), ("2025-03-31", WARNING), ("2025-04-01", DEVIATION)])
def test_start_delay_14_15_30_31_days(start, expected):
    # decision 2025-03-01: +14 = 03-15, +15 = 03-16, +30 = 03-31, +31 = 04-01
    verdict = judge("kvp.start_delay", decision="granted", decision_date="2025-03-01", program_start_date=start)
    assert verdict.level == expected
    assert verdict.value == (D(start) - D("2025-03-01")).days


@pytest.mark.parametrize("decided, expected", [
    ("2025-12-17", OK), ("2025-12-16", WARNING), ("2025-12-01", WARNING), ("2025-11-30", DEVIATION)])
def test_start_delay_missing_start_is_judged_against_as_of(decided, expected):
    # as_of 2025-12-31: 14, 15, 30 and 31 days after the decision, no start: a waiting list
    assert lvl("kvp.start_delay", decision="granted", decision_date=decided, program_start_date=None) == expected


def test_start_delay_applies_to_granted_only_and_needs_decision_date():
    assert judge("kvp.start_delay", decision="refused", decision_date="2025-01-01") is None
    assert judge("kvp.start_delay", decision=None, decision_date=None) is None
    assert lvl("kvp.start_delay", decision="granted", decision_date=None, program_start_date="2025-01-01") == UNKNOWN


def test_start_delay_parameter_override():
    row = dict(decision="granted", decision_date="2025-03-01", program_start_date="2025-03-13")  # 12 days
    assert lvl("kvp.start_delay", **row) == OK
    assert lvl("kvp.start_delay", params={"kvp.start_delay": {"warning_days": 10}}, **row) == WARNING


def test_before_decision():
    base = dict(decision="granted", decision_date="2025-03-10")
    assert lvl("kvp.before_decision", program_start_date="2025-03-10", **base) == OK
    v = judge("kvp.before_decision", program_start_date="2025-03-12", first_activity_date="2025-03-09", **base)
    assert (v.level, v.value) == (DEVIATION, 1)
    v = judge("kvp.before_decision", program_start_date="2025-02-28", first_activity_date=None, **base)
    assert (v.level, v.value) == (DEVIATION, 10)  # the missing activity date is ignored
    assert lvl("kvp.before_decision", first_activity_date="2025-03-11", **base) == OK  # no start column at all
    assert lvl("kvp.before_decision", program_start_date=None, first_activity_date=None, **base) == UNKNOWN
    assert judge("kvp.before_decision", decision="refused", decision_date="2025-03-10",
                 program_start_date="2025-01-01") is None


@pytest.mark.parametrize("applied, decided, replied, expected", [
    ("2025-03-15", "2025-04-15", None, OK),  # exactly one month
    ("2025-03-15", "2025-04-16", None, DEVIATION),  # one month and a day
    ("2025-01-31", "2025-02-28", None, OK),  # 31 Jan + 1 month = 28 Feb
    ("2025-01-31", "2025-03-01", None, DEVIATION),
    ("2024-01-31", "2024-02-29", None, OK),  # leap year
    ("2024-01-31", "2024-03-01", None, DEVIATION),
    ("2025-03-15", "2025-06-01", "2025-04-15", OK),  # preliminary reply exactly at one month
    ("2025-03-15", "2025-06-01", "2025-04-16", DEVIATION),
])
def test_processing_time_one_month(applied, decided, replied, expected):
    assert lvl("kvp.processing_time", application_date=applied, decision_date=decided,
               preliminary_reply_date=replied) == expected


def test_processing_time_empty_dates_count_as_as_of():
    # as_of 2025-12-31; 2025-11-30 + 1 month = 2025-12-30 < as_of; 2025-12-01 + 1 month = 2026-01-01
    assert lvl("kvp.processing_time", application_date="2025-11-30", decision_date=None) == DEVIATION
    assert lvl("kvp.processing_time", application_date="2025-12-01", decision_date=None) == OK
    # a late decision with the reply still empty: the reply counts as as_of, also late
    assert lvl("kvp.processing_time", application_date="2025-01-10", decision_date="2025-03-01") == DEVIATION
    assert judge("kvp.processing_time", application_date=None, decision_date="2025-03-01") is None
    # an audit as of a past date: the decision came later, but on as_of the month had not run out
    assert lvl("kvp.processing_time", as_of=D("2025-03-10"), application_date="2025-03-01",
               decision_date="2025-05-01", preliminary_reply_date=None) == OK


@pytest.mark.parametrize("decided, born, expected_age, expected", [
    ("2018-12-31", "2000-12-31", 18, DEVIATION),  # minimum 19 before 2019-01-01
    ("2018-12-31", "1999-12-31", 19, OK),
    ("2019-01-01", "2001-01-01", 18, OK),  # minimum 18 from 2019-01-01
    ("2019-01-01", "2001-01-02", 17, DEVIATION),
    ("2025-06-01", "1958-06-01", 67, OK),  # maximum 67
    ("2025-06-01", "1957-06-01", 68, DEVIATION),
    ("2025-06-01", "1957-06-02", 67, OK),
])
def test_age_at_decision_by_law_version(decided, born, expected_age, expected):
    v = judge("kvp.age", decision="granted", decision_date=decided, birth_date=born)
    assert (v.level, v.value) == (expected, expected_age)
    # refusing someone outside the ages is lawful: refusals are not judged (checks.md)
    assert judge("kvp.age", decision="refused", decision_date=decided, birth_date=born) is None


def test_age_with_birth_year_only():
    # year difference, not full years: born some time in 2001 is "18" on 2019-01-01
    v = judge("kvp.age", decision="granted", decision_date="2019-01-01", birth_year=2001)
    assert (v.level, v.value) == (OK, 18)
    v = judge("kvp.age", decision="granted", decision_date="2018-12-31", birth_year=2000)
    assert (v.level, v.value) == (DEVIATION, 18)
    # birth_date wins over birth_year when both are there
    assert judge("kvp.age", decision="granted", decision_date="2019-01-01", birth_date="2001-06-01",
                 birth_year=2001).value == 17


def test_age_unknown_and_not_applicable():
    assert lvl("kvp.age", decision="granted", decision_date="2025-01-01", birth_date=None) == UNKNOWN
    assert lvl("kvp.age", decision="granted", decision_date=None, birth_date="1990-01-01") == UNKNOWN
    assert judge("kvp.age", decision=None, decision_date=None, birth_date="2010-01-01") is None


def test_work_ability_assessment():
    base = dict(decision="granted", decision_date="2025-05-10")
    assert lvl("kvp.work_ability_assessment", work_ability_assessment_date="2025-05-10", **base) == OK
    assert lvl("kvp.work_ability_assessment", work_ability_assessment_date="2025-05-11", **base) == DEVIATION
    assert lvl("kvp.work_ability_assessment", work_ability_assessment_date=None, **base) == DEVIATION
    assert judge("kvp.work_ability_assessment", decision=None, work_ability_assessment_date=None) is None


@pytest.mark.parametrize("column", ["age", "work_ability", "benefits", "necessity", "program"])
def test_grounds(column):
    check = f"kvp.grounds.{column}"
    assert lvl(check, decision="granted", **{f"ground_{column}": True}) == OK
    assert lvl(check, decision="granted", **{f"ground_{column}": False}) == DEVIATION
    assert lvl(check, decision="granted", **{f"ground_{column}": None}) == UNKNOWN
    assert judge(check, decision="refused", **{f"ground_{column}": False}) is None


def test_duration_stated():
    assert lvl("kvp.duration_stated", decision="granted", planned_end_date="2026-01-01") == OK
    assert lvl("kvp.duration_stated", decision="granted", planned_end_date=None) == DEVIATION
    assert judge("kvp.duration_stated", decision="refused", planned_end_date=None) is None


@pytest.mark.parametrize("start, end, expected", [
    ("2018-12-31", "2019-12-31", OK),  # 12 months: the limit before 2019
    ("2018-12-31", "2020-01-01", DEVIATION),  # 12 months and a day
    ("2019-01-01", "2020-01-02", OK),  # started 2019: limit 24 months
    ("2019-01-01", "2021-01-01", OK),
    ("2019-01-01", "2021-01-02", DEVIATION),
])
def test_max_duration_by_start_date(start, end, expected):
    assert lvl("kvp.max_duration", program_start_date=start, end_date=end) == expected


def test_max_duration_with_extension():
    why = "Særlige grunner: fagbrev"
    base = dict(program_start_date="2019-03-01", extension_decision_date="2020-12-15")
    assert lvl("kvp.max_duration", end_date="2022-03-01", extension_reason=why, **base) == OK  # 36 months
    assert lvl("kvp.max_duration", end_date="2022-03-02", extension_reason=why, **base) == DEVIATION
    assert lvl("kvp.max_duration", end_date="2021-04-01", extension_reason=None, **base) == DEVIATION
    assert lvl("kvp.max_duration", end_date="2021-04-01", extension_reason="  ", **base) == DEVIATION
    assert lvl("kvp.max_duration", program_start_date="2019-03-01", end_date="2021-04-01",
               extension_reason=why) == DEVIATION  # a reason without an extension decision
    # started 2018: 24 months with a documented extension
    assert lvl("kvp.max_duration", program_start_date="2018-03-01", end_date="2020-03-01",
               extension_decision_date="2019-02-01", extension_reason=why) == OK
    assert lvl("kvp.max_duration", program_start_date="2018-03-01", end_date="2020-03-02",
               extension_decision_date="2019-02-01", extension_reason=why) == DEVIATION


def test_max_duration_running_programme_is_judged_against_as_of():
    assert lvl("kvp.max_duration", program_start_date="2023-12-31", end_date=None) == OK
    v = judge("kvp.max_duration", program_start_date="2023-12-30", end_date=None)
    assert (v.level, v.value) == (DEVIATION, 1)  # one day past 2025-12-30, the last lawful day
    assert judge("kvp.max_duration", program_start_date=None, end_date=None) is None


def test_extension_in_time():
    assert lvl("kvp.extension_in_time", extension_decision_date="2025-06-30", planned_end_date="2025-06-30") == OK
    v = judge("kvp.extension_in_time", extension_decision_date="2025-07-01", planned_end_date="2025-06-30")
    assert (v.level, v.value) == (DEVIATION, 1)
    assert lvl("kvp.extension_in_time", extension_decision_date="2025-07-01", planned_end_date=None) == UNKNOWN
    assert judge("kvp.extension_in_time", extension_decision_date=None, planned_end_date="2025-06-30") is None


def test_evaluation_planned_and_full_time():
    started = dict(program_start_date="2025-01-01")
    assert lvl("kvp.evaluation_planned", evaluations_planned=1, **started) == OK
    assert lvl("kvp.evaluation_planned", evaluations_planned=0, **started) == DEVIATION
    assert lvl("kvp.evaluation_planned", evaluations_planned=None, **started) == UNKNOWN
    assert judge("kvp.evaluation_planned", evaluations_planned=0, program_start_date=None) is None
    assert lvl("kvp.full_time", hours_per_week=37.5, **started) == OK
    assert lvl("kvp.full_time", hours_per_week=37.4, **started) == DEVIATION
    assert lvl("kvp.full_time", hours_per_week=30, **started) == DEVIATION
    assert lvl("kvp.full_time", hours_per_week=None, **started) == UNKNOWN
    assert lvl("kvp.full_time", hours_per_week=35, params={"kvp.full_time": {"min_hours": 30}}, **started) == OK


@pytest.mark.parametrize("informed, expected", [
    ("2025-03-31", OK), ("2025-04-01", WARNING), ("2025-05-30", WARNING), ("2025-05-31", DEVIATION)])
def test_early_information_30_31_90_91_days(informed, expected):
    v = judge("kvp.early_information", first_contact_date="2025-03-01", kvp_informed_date=informed)
    assert v.level == expected
    assert v.value == (D(informed) - D("2025-03-01")).days


def test_early_information_missing_is_judged_against_as_of():
    assert lvl("kvp.early_information", first_contact_date="2025-12-01", kvp_informed_date=None) == OK  # 30
    assert lvl("kvp.early_information", first_contact_date="2025-11-30", kvp_informed_date=None) == WARNING
    assert lvl("kvp.early_information", first_contact_date="2025-10-01", kvp_informed_date=None) == DEVIATION
    assert judge("kvp.early_information", first_contact_date=None, kvp_informed_date=None) is None


def test_appeal_info():
    assert lvl("kvp.appeal_info", decision="refused", appeal_info=True) == OK
    assert lvl("kvp.appeal_info", decision="refused", appeal_info=False) == DEVIATION
    assert lvl("kvp.appeal_info", decision="granted", appeal_info=None) == UNKNOWN
    assert judge("kvp.appeal_info", decision=None, appeal_info=False) is None


def test_dates_in_order():
    # checks.md: applies to all rows; with one date (or none) nothing is out of order
    assert lvl("kvp.data.dates_in_order", application_date="2025-01-01") == OK
    assert lvl("kvp.data.dates_in_order") == OK
    assert lvl("kvp.data.dates_in_order", application_date="2025-01-05", decision_date="2025-01-05") == OK
    assert lvl("kvp.data.dates_in_order", application_date="2025-01-06", decision_date="2025-01-05") == DEVIATION
    assert lvl("kvp.data.dates_in_order", decision_date="2025-02-01", end_date="2025-01-31") == DEVIATION
    assert lvl("kvp.data.dates_in_order", program_start_date="2025-02-01", end_date="2025-02-01") == OK
    assert lvl("kvp.data.dates_in_order", program_start_date="2025-02-02", end_date="2025-02-01") == DEVIATION
    # a programme started before its decision is not a data error (kvp.before_decision judges it)
    assert lvl("kvp.data.dates_in_order", decision_date="2025-02-02", program_start_date="2025-02-01") == OK
    # application after the programme start, nothing compared: ok
    assert lvl("kvp.data.dates_in_order", application_date="2025-03-01", program_start_date="2025-02-01") == OK


@pytest.mark.parametrize("status, end, expected", [
    ("1", None, OK), ("1", "2025-05-01", DEVIATION), ("2", None, OK), ("3", "2025-05-01", OK),
    ("3", None, DEVIATION), ("4", None, DEVIATION), ("5", None, DEVIATION), ("6", None, OK), ("7", None, DEVIATION),
    (None, "2025-05-01", None)])
def test_status_end_date(status, end, expected):
    assert lvl("kvp.data.status_end_date", status=status, end_date=end) == expected


# ======================================================================================
# Oracle: whole-check results
# ======================================================================================


def rows(*dicts):
    return [{"case_id": f"K-{i:06d}", **{k: (D(v) if isinstance(v, str) and re.match(r"\d{4}-\d\d-\d\d$", v)
                                                else v) for k, v in d.items()}}
            for i, d in enumerate(dicts, start=1)]


def test_check_result_counts_and_worst_status():
    recs = rows(
        dict(decision="granted", decision_date="2025-03-01", program_start_date="2025-03-10"),  # ok
        dict(decision="granted", decision_date="2025-03-01", program_start_date="2025-03-20"),  # warning
        dict(decision="granted", decision_date="2025-03-01", program_start_date=None),  # as_of: deviation
        dict(decision="granted", decision_date=None, program_start_date="2025-03-20"),  # unknown
        dict(decision="refused", decision_date="2025-03-01", program_start_date=None),  # not applicable
    )
    c = ground_truth(recs, A)["checks"]["kvp.start_delay"]
    assert (c["status"], c["evaluated"], c["failed"], c["warned"], c["unknown"]) == (DEVIATION, 3, 1, 1, 1)
    assert (c["deviation"], c["warning"], c["unknown_keys"]) == (["K-000003"], ["K-000002"], ["K-000004"])
    assert c["measures"] == {"K-000002": 19, "K-000003": 305}
    only_warning = ground_truth(recs[:2], A)["checks"]["kvp.start_delay"]
    assert only_warning["status"] == WARNING


def test_not_evaluated_when_a_needed_column_is_absent():
    recs = rows(dict(decision="granted", decision_date="2025-03-01", program_start_date="2025-03-05",
                     application_date="2025-02-20"))
    t = ground_truth(recs, A)["checks"]
    assert t["kvp.work_ability_assessment"]["status"] == "not_evaluated"
    assert t["kvp.work_ability_assessment"]["missing_columns"] == ["work_ability_assessment_date"]
    assert t["kvp.work_ability_assessment"]["evaluated"] == 0
    assert t["kvp.age"]["missing_columns"] == ["birth_date", "birth_year"]
    # optional columns (in parentheses in checks.md) do not make a check not_evaluated
    assert t["kvp.processing_time"]["status"] == OK and t["kvp.processing_time"]["evaluated"] == 1
    assert t["kvp.max_duration"]["status"] == OK
    # one of program_start_date / first_activity_date is enough
    assert t["kvp.before_decision"]["status"] == OK and t["kvp.before_decision"]["evaluated"] == 1
    assert t["kvp.data.dates_in_order"]["status"] == OK
    # a column present in the input but empty in every row is not absent
    t2 = ground_truth(rows(dict(decision="granted", decision_date="2025-03-01", birth_date=None)), A)["checks"]
    assert t2["kvp.age"]["status"] == OK and t2["kvp.age"]["unknown"] == 1
    # explicit columns override what the rows show
    t3 = ground_truth(recs, A, columns=["case_id", "application_date"])["checks"]
    assert t3["kvp.data.dates_in_order"]["status"] == "not_evaluated"
    assert t3["kvp.processing_time"]["missing_columns"] == ["decision_date"]


def test_indicators():
    recs = rows(
        dict(end_date="2025-01-01", outcome="work", decision="granted", decision_date="2024-01-01",
             program_start_date="2024-01-11"),
        dict(end_date="2025-01-01", outcome="education", decision="granted", decision_date="2024-01-01",
             program_start_date="2024-01-21"),
        dict(end_date="2025-01-01", outcome="aap"),
        dict(end_date=None, outcome="work"),  # not ended: not counted
        dict(end_date="2025-01-01", outcome=None),  # no outcome: not counted
    )
    t = ground_truth(recs, A)["checks"]
    share = t["kvp.outcome_work_education"]
    assert share["evaluated"] == 3 and share["value"] == pytest.approx(2 / 3) and share["status"] == OK
    median = t["kvp.median_start_delay"]
    assert median["evaluated"] == 2 and median["value"] == 15 and median["status"] == BELOW
    assert share["deviation"] == [] and share["failed"] == 0
    low = ground_truth(recs[2:3] + recs[:1], A, params={"kvp.outcome_work_education": {"target_share": 0.6}})
    assert low["checks"]["kvp.outcome_work_education"]["status"] == BELOW


BELOW = "below_target"


def test_parameters_override_and_validation():
    p = oracle.parameters({"kvp.age": {"max_age": 66}})
    assert p["kvp.age"]["max_age"] == 66 and oracle.DEFAULT_PARAMETERS["kvp.age"]["max_age"] == 67
    with pytest.raises(ValueError):
        oracle.parameters({"kvp.nope": {}})
    with pytest.raises(ValueError):
        oracle.parameters({"kvp.age": {"minimum": 3}})
    t = ground_truth(rows(dict(decision="granted", decision_date="2025-06-01", birth_date="1958-06-01")), A,
                     params={"kvp.age": {"max_age": 66}})
    assert t["checks"]["kvp.age"]["deviation"] == ["K-000001"]
    assert t["parameters"]["kvp.age"]["max_age"] == 66


def test_ground_truth_rejects_duplicate_keys():
    with pytest.raises(ValueError):
        ground_truth([{"case_id": "K-1"}, {"case_id": "K-1"}], A)


# ======================================================================================
# Generator
# ======================================================================================


def test_same_seed_gives_byte_identical_files(tmp_path):
    a = write_kvp(tmp_path / "a", seed=11, rows=150, as_of=A)
    b = write_kvp(tmp_path / "b", seed=11, rows=150, as_of=A)
    for name in ("csv", "xlsx", "mapping", "truth"):
        assert a[name].read_bytes() == b[name].read_bytes(), name


def test_different_seed_gives_different_data():
    a, b = generate_kvp(11, 150, A), generate_kvp(12, 150, A)
    assert csv_bytes(a) != csv_bytes(b)
    assert [r["application_date"] for r in a.records] != [r["application_date"] for r in b.records]


def test_committed_sample_is_what_the_generator_makes(tmp_path):
    paths = write_kvp(tmp_path, seed=2019, rows=400, as_of=A)
    for name, committed in ((CSV_NAME, "csv"), (XLSX_NAME, "xlsx"), (MAPPING_NAME, "mapping"), (TRUTH_NAME, "truth")):
        assert (SAMPLE_DIR / name).read_bytes() == paths[committed].read_bytes(), name
        assert (SAMPLE_DIR / name).stat().st_size < 300_000


def test_csv_is_excel_style_and_pseudonymous():
    raw = (SAMPLE_DIR / CSV_NAME).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "\r\n" in text and text.count("\r\n") == 401  # header + 400 rows, CRLF
    header = text.split("\r\n", 1)[0].split(";")
    assert header[:4] == ["Saksnummer", "Kommunenr", "NAV-kontor", "Saksbehandler"]
    assert "Merknad" in header and "Oppfølgingsteam" in header
    assert re.search(r"(?<!\d)\d{11}(?!\d)", text) is None  # nothing that looks like an identity number
    table = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert all(re.fullmatch(r"K-\d{6}", r["Saksnummer"]) for r in table)
    assert len({r["Saksnummer"] for r in table}) == 400
    assert {r["Vedtak"] for r in table} == {"Innvilget", "Avslag", ""}
    assert {r["Klageadgang opplyst"] for r in table} == {"Ja", "Nei", ""}
    assert all(re.fullmatch(r"\d\d\.\d\d\.\d{4}", r["Vedtaksdato"]) for r in table if r["Vedtaksdato"])
    assert {r["Kommunenr"] for r in table} == {"5001", "5006"}
    assert {"NAV Lerkendal", "NAV Heimdal", "NAV Falkenborg", "NAV Midtbyen"} <= {r["NAV-kontor"] for r in table}
    assert {r["Timer per uke"] for r in table} >= {"37.5", "30", ""}
    assert any(r["Merknad"] for r in table)


def read_export_with_mapping(table: list[dict], mapping: dict, date_cells: bool) -> list[dict]:
    """A small reader of our own: map headers and values to canonical ones (case-data.md)."""
    by_header = {h: c for c, h in mapping["columns"].items()}
    out = []
    for raw in table:
        rec = {}
        for header, value in raw.items():
            column = by_header.get(header)
            if column is None:
                continue
            if value in ("", None):
                rec[column] = None
            elif column in mapping["values"]:
                rec[column] = mapping["values"][column][value]
            elif column.endswith("_date"):
                rec[column] = value.date() if date_cells else datetime.strptime(value, mapping["date_format"]).date()
            elif column.startswith("ground_") or column == "appeal_info":
                rec[column] = {"ja": True, "nei": False}[value.lower()]
            elif column == "evaluations_planned":
                rec[column] = int(value)
            elif column == "hours_per_week":
                rec[column] = float(value)
            else:
                rec[column] = value
        out.append(rec)
    return out


def test_csv_reads_back_to_the_canonical_records_through_the_mapping(sample):
    mapping = yaml.safe_load((SAMPLE_DIR / MAPPING_NAME).read_text(encoding="utf-8"))
    assert mapping["dataset"] == "kvp" and mapping["sheet"] == "Saker" and mapping["delimiter"] == ";"
    assert set(mapping["columns"]) == set(sample.records[0])
    text = (SAMPLE_DIR / CSV_NAME).read_text(encoding="utf-8-sig")
    table = list(csv.DictReader(io.StringIO(text), delimiter=mapping["delimiter"]))
    assert read_export_with_mapping(table, mapping, date_cells=False) == sample.records


def test_xlsx_reads_back_to_the_canonical_records_with_real_dates(sample):
    from openpyxl import load_workbook

    mapping = yaml.safe_load((SAMPLE_DIR / MAPPING_NAME).read_text(encoding="utf-8"))
    wb = load_workbook(SAMPLE_DIR / XLSX_NAME, read_only=True)
    assert wb.sheetnames == ["Saker"]
    cells = list(wb["Saker"].iter_rows(values_only=True))
    header = list(cells[0])
    assert header == sample.headers
    table = [dict(zip(header, r)) for r in cells[1:]]
    assert isinstance(table[0]["Søknad registrert"], datetime)
    assert isinstance(table[0]["Kommunenr"], str)
    assert read_export_with_mapping(table, mapping, date_cells=True) == sample.records


@pytest.mark.parametrize("seed", [2019, 7])
def test_every_injected_kind_is_present_and_found_by_the_oracle(seed):
    s = generate_kvp(seed, 400, A)
    t = ground_truth(s.records, A)
    for kind in KINDS:
        injected = s.injections[kind.name]
        assert injected["keys"], f"{kind.name} not injected"
        for key in injected["keys"]:
            assert level_of(t, injected["checks"][key], key) == kind.level, (kind.name, key)


def test_injection_rates_are_configurable():
    default = generate_kvp(5, 300, A)
    more = generate_kvp(5, 300, A, rates={"part_time": 0.5})
    none = generate_kvp(5, 300, A, rates={"part_time": 0.0})
    assert len(more.injections["part_time"]["keys"]) > 3 * len(default.injections["part_time"]["keys"])
    assert none.injections["part_time"]["keys"] == []
    assert ground_truth(none.records, A)["checks"]["kvp.full_time"]["failed"] == 1  # the 37.0 boundary row only
    with pytest.raises(ValueError):
        generate_kvp(5, 300, A, rates={"no_such_kind": 0.1})


def test_boundary_rows_are_present_with_their_exact_values(sample, truth):
    expected_names = [name for name, _fix, _expect in boundaries(A)]
    assert len(expected_names) == len(set(expected_names))
    assert sorted(sample.boundaries) == sorted(expected_names)
    by_key = {r["case_id"]: r for r in sample.records}
    for name, b in sample.boundaries.items():
        for check_id, level in b["expect"].items():
            got = level_of(truth, check_id, b["key"]) or OK
            assert got == level, (name, check_id)

    granted = [r for r in sample.records if r["decision"] == "granted" and r["decision_date"]]
    delays = {(r["program_start_date"] - r["decision_date"]).days for r in granted if r["program_start_date"]}
    assert {14, 15, 30, 31} <= delays
    waiting = {(A - r["decision_date"]).days for r in granted if r["program_start_date"] is None}
    assert {14, 15, 30, 31} <= waiting
    decision_dates = {r["decision_date"] for r in sample.records}
    assert {D("2018-12-31"), D("2019-01-01")} <= decision_dates
    ages = {(r["decision_date"], full_years(r["birth_date"], r["decision_date"]))
            for r in sample.records if r["decision_date"] and r["birth_date"]}
    assert {(D("2018-12-31"), 18), (D("2018-12-31"), 19), (D("2019-01-01"), 18)} <= ages
    assert {67, 68} <= {age for _d, age in ages}
    apps = {(r["application_date"], r["decision_date"]) for r in sample.records}
    assert {(D("2025-01-31"), D("2025-02-28")), (D("2025-01-31"), D("2025-03-01")),
            (D("2024-01-31"), D("2024-02-29"))} <= apps
    assert any(r["decision_date"] == add_months(r["application_date"], 1) and r["preliminary_reply_date"] is None
               for r in sample.records if r["decision_date"])
    starts = {r["program_start_date"] for r in sample.records}
    assert {D("2018-12-31"), D("2019-01-01")} <= starts
    informed = {(r["kvp_informed_date"] - r["first_contact_date"]).days
                for r in sample.records if r["kvp_informed_date"] and r["first_contact_date"]}
    assert {30, 31, 90, 91} <= informed
    assert by_key[sample.boundaries["hours_37.0"]["key"]]["hours_per_week"] == 37.0


def test_realistic_spread(sample):
    years = [r["decision_date"].year for r in sample.records if r["decision_date"]]
    assert sum(y in (2024, 2025) for y in years) / len(years) > 0.6
    assert {2018, 2019} <= set(years)
    assert {r["decision"] for r in sample.records} == {"granted", "refused", None}
    assert {r["status"] for r in sample.records} >= {"1", "2", "3", "4", "5", "7", None}
    assert {r["caseworker"] for r in sample.records} == {w for o in OFFICES for w in o[2]}
    hours = [r["hours_per_week"] for r in sample.records if r["hours_per_week"] is not None]
    assert hours.count(37.5) / len(hours) > 0.85
    # the usual order of events in a compliant row
    plain = [r for r in sample.records if r["decision_date"] and r["application_date"] <= r["decision_date"]]
    assert sum(r["first_contact_date"] <= r["application_date"] for r in plain) / len(plain) > 0.9


def test_birth_year_only_and_omitted_columns():
    s = generate_kvp(3, 120, A, birth_year_only=True, omit=("work_ability_assessment_date",))
    assert "birth_year" in s.records[0] and "birth_date" not in s.records[0]
    assert "Fødselsår" in s.headers and "Arbeidsevnevurdering" not in s.headers
    t = ground_truth(s.records, A)["checks"]
    assert t["kvp.work_ability_assessment"]["status"] == "not_evaluated"
    assert t["kvp.age"]["status"] != "not_evaluated" and t["kvp.age"]["evaluated"] > 50
    doc = truth_document(s, A, 3)
    assert doc["generator"]["columns"] == sorted(s.records[0])
    with pytest.raises(ValueError):
        generate_kvp(3, 120, A, omit=("case_id",))


def test_ground_truth_file_shape():
    doc = json.loads((SAMPLE_DIR / TRUTH_NAME).read_text(encoding="utf-8"))
    assert doc["as_of"] == "2025-12-31"
    assert set(doc["checks"]) == set(oracle.CHECK_IDS) and len(oracle.CHECK_IDS) == 21
    for check_id, c in doc["checks"].items():
        for name in ("deviation", "warning", "unknown_keys"):
            assert c[name] == sorted(c[name])
        assert c["failed"] == len(c["deviation"]) and c["warned"] == len(c["warning"])
        assert c["unknown"] == len(c["unknown_keys"])
    assert doc["parameters"]["kvp.start_delay"] == {"warning_days": 14, "deviation_days": 30}
    assert doc["checks"]["kvp.outcome_work_education"]["value"] is not None
    assert doc["generator"]["seed"] == 2019 and doc["generator"]["rows"] == 400


def test_cli_writes_files_and_rejects_bad_options(tmp_path, capsys):
    assert main(["--seed", "4", "--rows", "120", "--out", str(tmp_path), "--formats", "csv"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([CSV_NAME, MAPPING_NAME, TRUTH_NAME])
    assert json.loads((tmp_path / TRUTH_NAME).read_text())["generator"]["rows"] == 120
    assert main(["--list-kinds"]) == 0
    assert "waiting_list" in capsys.readouterr().out
    for bad in (["--rate", "nope=0.1"], ["--rate", "part_time=2"], ["--as-of", "31.12.2025"],
                ["--formats", "pdf", "--out", str(tmp_path)], ["--rows", "0"]):
        with pytest.raises(SystemExit) as exc:
            main(bad)
        assert exc.value.code == 2


def test_generator_and_oracle_are_independent_of_the_tool():
    code = ("import sys, sample_data.generate, sample_data.oracle; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & "
            "{'audit', 'checks', 'polars', 'great_expectations', 'pandas'}))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip() == "[]"


def test_list_kinds_into_a_pipe_closed_early_ends_quietly():
    # `python -m sample_data.generate --list-kinds | head -1`: the reader is gone before the listing is written
    # (the read end is closed before the process starts, so every write fails, deterministically)
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run([sys.executable, "-m", "sample_data.generate", "--list-kinds"], stdout=write_end,
                              stderr=subprocess.PIPE, cwd=Path(__file__).resolve().parents[1], timeout=120)
    finally:
        os.close(write_end)
    assert done.returncode == 0
    assert done.stderr == b""  # no BrokenPipeError traceback, no "Exception ignored" note
