"""Each kvp check at its boundaries, through the real pipeline (GX included)."""

from __future__ import annotations

import pytest

from tests.helpers import audit_records, check, levels

AS_OF = "2025-06-30"


def granted(key, **kw):
    base = {"case_id": key, "decision": "granted", "decision_date": "2025-01-10"}
    base.update(kw)
    return base


@pytest.fixture(scope="module")
def start_delay(tmp_path_factory):
    rows = [
        granted("D14", program_start_date="2025-01-24"),  # exactly 14: ok
        granted("D15", program_start_date="2025-01-25"),  # 15: warning
        granted("D30", program_start_date="2025-02-09"),  # 30: warning
        granted("D31", program_start_date="2025-02-10"),  # 31: deviation
        granted("WAIT_OLD", decision_date="2025-05-30"),  # not started, 31 days before as_of: deviation
        granted("WAIT_NEW", decision_date="2025-05-31"),  # not started, 30 days: warning
        granted("WAIT_FRESH", decision_date="2025-06-20"),  # 10 days: ok
        granted("NO_DATE", decision_date=None),  # decision date empty: unknown
        {"case_id": "REFUSED", "decision": "refused", "decision_date": "2024-01-01"},  # n/a
        {"case_id": "PENDING", "decision": None},  # n/a
    ]
    return audit_records(tmp_path_factory.mktemp("sd"), rows, as_of=AS_OF)


def test_start_delay_levels_at_the_limits(start_delay):
    assert levels(start_delay, "kvp.start_delay") == {
        "D15": "warning", "D30": "warning", "D31": "deviation",
        "WAIT_OLD": "deviation", "WAIT_NEW": "warning", "NO_DATE": "unknown",
    }
    c = check(start_delay, "kvp.start_delay")
    assert (c["evaluated"], c["failed"], c["warned"], c["unknown"]) == (7, 2, 3, 1)
    assert c["status"] == "deviation"
    values = {x["key"]: x["value"] for x in c["cases"]}
    assert values["WAIT_OLD"] == 31 and values["D31"] == 31 and values["D15"] == 15
    assert [x["key"] for x in c["cases"]][:2] == ["D31", "WAIT_OLD"]  # worst first, then key


def test_start_delay_parameter_override(tmp_path):
    rows = [granted("D21", program_start_date="2025-01-31"), granted("D22", program_start_date="2025-02-01")]
    res = audit_records(tmp_path, rows, as_of=AS_OF, overrides=("kvp.start_delay.deviation_days=21",))
    assert levels(res, "kvp.start_delay") == {"D21": "warning", "D22": "deviation"}
    assert check(res, "kvp.start_delay")["parameters"] == {"warning_days": 14, "deviation_days": 21}
    assert res["run"]["parameters"]["kvp.start_delay"]["deviation_days"] == 21


def test_median_start_delay_indicator(start_delay):
    c = check(start_delay, "kvp.median_start_delay")
    # started: 14, 15, 30, 31 -> median 22.5 > 14
    assert c["value"] == 22.5 and c["status"] == "below_target" and c["evaluated"] == 4
    assert c["target"] == {"op": "<=", "value": 14}


def test_age_limits_change_in_2019(tmp_path):
    rows = [
        # decision 2018-12-31: minimum age 19
        {"case_id": "A18_2018", "decision": "granted", "decision_date": "2018-12-31", "birth_date": "2000-06-01"},
        {"case_id": "A19_2018", "decision": "granted", "decision_date": "2018-12-31", "birth_date": "1999-12-31"},
        # decision 2019-01-01: minimum age 18
        {"case_id": "A18_2019", "decision": "refused", "decision_date": "2019-01-01", "birth_date": "2001-01-01"},
        {"case_id": "A17_2019", "decision": "granted", "decision_date": "2019-01-01", "birth_date": "2001-01-02"},
        {"case_id": "A67", "decision": "granted", "decision_date": "2025-01-10", "birth_date": "1957-06-01"},
        {"case_id": "A68", "decision": "granted", "decision_date": "2025-01-10", "birth_date": "1957-01-10"},
        {"case_id": "YEAR_ONLY", "decision": "granted", "decision_date": "2025-01-10", "birth_year": "2008"},
        {"case_id": "NO_BIRTH", "decision": "granted", "decision_date": "2025-01-10"},
        {"case_id": "PENDING", "decision": None, "birth_date": "2015-01-01"},
        # refusing a 16-year-old or a 75-year-old is lawful: refusals are not judged
        {"case_id": "REFUSED_16", "decision": "refused", "decision_date": "2025-01-10", "birth_date": "2008-06-01"},
        {"case_id": "REFUSED_75", "decision": "refused", "decision_date": "2025-01-10", "birth_date": "1949-06-01"},
    ]
    res = audit_records(tmp_path, rows, as_of=AS_OF)
    assert levels(res, "kvp.age") == {"A18_2018": "deviation", "A17_2019": "deviation", "A68": "deviation",
                                      "YEAR_ONLY": "deviation", "NO_BIRTH": "unknown"}
    c = check(res, "kvp.age")
    versions = {(v["parameter"], v["from"]): v["rows"] for v in c["rule_versions"]}
    assert versions[("min_age", None)] == 2 and versions[("min_age", "2019-01-01")] == 4
    # every case says which limit applied on its decision date, and why
    cases = {x["key"]: x for x in c["cases"]}
    assert cases["A18_2018"]["limit"] == {"value": 19, "unit": "years"} and cases["A18_2018"]["rule"] == "before 2019-01-01"
    assert cases["A17_2019"]["limit"] == {"value": 18, "unit": "years"} and cases["A17_2019"]["rule"] == "from 2019-01-01"
    assert cases["A17_2019"]["reason"]["code"] == "below_min_age" and cases["A68"]["reason"]["code"] == "above_max_age"
    assert cases["A68"]["limit"] == {"value": 67, "unit": "years"} and cases["A68"]["value"] == 68
    assert cases["A18_2018"]["facts"] == {"decision_date": "2018-12-31", "measured": 18, "unit": "years",
                                          "comparison": "<", "limit": 19}
    for x in c["cases"]:
        assert "birth_date" not in x["facts"] and "2000-06-01" not in str(x)
        assert x["reason"]["nb"] and x["reason"]["en"]


def test_processing_time_one_month_with_month_ends(tmp_path):
    rows = [
        {"case_id": "JAN31_OK", "application_date": "2025-01-31", "decision_date": "2025-02-28"},
        {"case_id": "JAN31_LATE", "application_date": "2025-01-31", "decision_date": "2025-03-01"},
        {"case_id": "PRELIM", "application_date": "2025-01-15", "decision_date": "2025-04-01",
         "preliminary_reply_date": "2025-02-15"},
        {"case_id": "PRELIM_LATE", "application_date": "2025-01-15", "decision_date": "2025-04-01",
         "preliminary_reply_date": "2025-02-16"},
        {"case_id": "PENDING_OLD", "application_date": "2025-05-29"},  # +1 month = 29.06 < as_of 30.06
        {"case_id": "PENDING_NEW", "application_date": "2025-05-30"},  # +1 month = 30.06 = as_of: ok
        {"case_id": "NO_APPLICATION", "decision_date": "2025-01-01"},  # n/a
    ]
    res = audit_records(tmp_path, rows, as_of=AS_OF)
    assert levels(res, "kvp.processing_time") == {"JAN31_LATE": "deviation", "PRELIM_LATE": "deviation",
                                                  "PENDING_OLD": "deviation"}
    assert check(res, "kvp.processing_time")["evaluated"] == 6


def test_work_ability_assessment(tmp_path):
    rows = [
        {"case_id": "SAME_DAY", "decision": "granted", "decision_date": "2025-01-10", "work_ability_assessment_date": "2025-01-10"},
        {"case_id": "AFTER", "decision": "granted", "decision_date": "2025-01-10", "work_ability_assessment_date": "2025-01-11"},
        # a refusal on another ground needs no assessment: refusals are not judged
        {"case_id": "REFUSED_NONE", "decision": "refused", "decision_date": "2025-01-10"},
        {"case_id": "MISSING", "decision": "granted", "decision_date": "2025-01-10"},
        {"case_id": "PENDING", "decision": None},
    ]
    res = audit_records(tmp_path, rows, as_of=AS_OF)
    assert levels(res, "kvp.work_ability_assessment") == {"AFTER": "deviation", "MISSING": "deviation"}
    cases = {x["key"]: x for x in check(res, "kvp.work_ability_assessment")["cases"]}
    assert cases["MISSING"]["reason"]["code"] == "assessment_missing" and cases["MISSING"]["value"] is None
    assert cases["AFTER"]["reason"]["code"] == "assessment_after_decision"
    assert (cases["AFTER"]["value"], cases["AFTER"]["unit"]) == (1, "days")


def test_grounds_and_appeal_info(tmp_path):
    rows = [
        {"case_id": "OK", "decision": "granted", "ground_age": "ja", "appeal_info": "x"},
        {"case_id": "NO", "decision": "granted", "ground_age": "nei", "appeal_info": "nei"},
        {"case_id": "UNKNOWN", "decision": "granted", "ground_age": None, "appeal_info": None},
        {"case_id": "REFUSED", "decision": "refused", "ground_age": "nei", "appeal_info": "nei"},
    ]
    res = audit_records(tmp_path, rows, as_of=AS_OF)
    assert levels(res, "kvp.grounds.age") == {"NO": "deviation", "UNKNOWN": "unknown"}
    assert levels(res, "kvp.appeal_info") == {"NO": "deviation", "UNKNOWN": "unknown", "REFUSED": "deviation"}
    c = check(res, "kvp.grounds.necessity")
    assert c["status"] == "not_evaluated" and c["missing_columns"] == ["ground_necessity"]


def test_before_decision(tmp_path):
    rows = [
        granted("SAME_DAY", program_start_date="2025-01-10"),
        granted("START_EARLY", program_start_date="2025-01-09"),
        granted("ACTIVITY_EARLY", program_start_date="2025-02-01", first_activity_date="2024-12-01"),
        granted("ONLY_ACTIVITY", first_activity_date="2025-01-20"),
        granted("NEITHER"),
    ]
    res = audit_records(tmp_path, rows, as_of=AS_OF)
    assert levels(res, "kvp.before_decision") == {"START_EARLY": "deviation", "ACTIVITY_EARLY": "deviation",
                                                  "NEITHER": "unknown"}
    values = {x["key"]: x["value"] for x in check(res, "kvp.before_decision")["cases"]}
    assert values == {"ACTIVITY_EARLY": 40, "START_EARLY": 1}


def test_max_duration_versions_and_extension(tmp_path):
    rows = [
        # started 2018: 12 months (24 with a justified extension)
        {"case_id": "OLD_13M", "program_start_date": "2018-06-01", "end_date": "2019-07-01"},
        {"case_id": "OLD_12M", "program_start_date": "2018-06-01", "end_date": "2019-06-01"},
        {"case_id": "OLD_EXT", "program_start_date": "2018-06-01", "end_date": "2020-06-01",
         "extension_decision_date": "2019-05-01", "extension_reason": "særlige grunner"},
        # started 2019: 24 months (36 with extension)
        {"case_id": "NEW_24M", "program_start_date": "2019-01-01", "end_date": "2021-01-01"},
        {"case_id": "NEW_24M1D", "program_start_date": "2019-01-01", "end_date": "2021-01-02"},
        {"case_id": "NEW_EXT_NO_REASON", "program_start_date": "2019-01-01", "end_date": "2021-06-01",
         "extension_decision_date": "2020-12-01"},
        {"case_id": "RUNNING", "program_start_date": "2023-06-29"},  # 24 months + 1 day at as_of 2025-06-30
        # the 2019 amendment at its boundary: the start date decides the limit
        {"case_id": "START_2018_12_31_12M1D", "program_start_date": "2018-12-31", "end_date": "2020-01-01"},
        {"case_id": "START_2019_01_01_12M1D", "program_start_date": "2019-01-01", "end_date": "2020-01-02"},
    ]
    res = audit_records(tmp_path, rows, as_of=AS_OF)
    assert levels(res, "kvp.max_duration") == {"OLD_13M": "deviation", "NEW_24M1D": "deviation",
                                               "NEW_EXT_NO_REASON": "deviation", "RUNNING": "deviation",
                                               "START_2018_12_31_12M1D": "deviation"}
    cases = {x["key"]: x for x in check(res, "kvp.max_duration")["cases"]}
    # one day over the limit is visible: the value is days past the last lawful day, the limit that day
    one = cases["NEW_24M1D"]
    assert (one["value"], one["unit"], one["limit"], one["rule"]) == (1, "days", {"date": "2021-01-01"}, "from 2019-01-01")
    assert one["reason"]["code"] == "over_limit" and one["facts"]["limit_months"] == 24 and one["facts"]["extended"] is False
    old = cases["START_2018_12_31_12M1D"]
    assert (old["value"], old["limit"], old["rule"]) == (1, {"date": "2019-12-31"}, "before 2019-01-01")
    assert old["facts"]["limit_months"] == 12
    assert cases["NEW_EXT_NO_REASON"]["reason"]["code"] == "extension_without_reason"
    assert cases["RUNNING"]["facts"]["measured_to"] == AS_OF and cases["RUNNING"]["value"] == 1


def test_extension_in_time_evaluations_full_time_duration(tmp_path):
    rows = [
        {"case_id": "EXT_OK", "extension_decision_date": "2025-03-01", "planned_end_date": "2025-03-01",
         "program_start_date": "2024-01-01", "evaluations_planned": "1", "hours_per_week": "37,5",
         "decision": "granted"},
        {"case_id": "EXT_LATE", "extension_decision_date": "2025-03-02", "planned_end_date": "2025-03-01",
         "program_start_date": "2024-01-01", "evaluations_planned": "0", "hours_per_week": "37.4",
         "decision": "granted"},
        {"case_id": "EXT_NO_PLAN", "extension_decision_date": "2025-03-02", "program_start_date": "2024-01-01",
         "decision": "granted"},
    ]
    res = audit_records(tmp_path, rows, as_of=AS_OF)
    assert levels(res, "kvp.extension_in_time") == {"EXT_LATE": "deviation", "EXT_NO_PLAN": "unknown"}
    assert levels(res, "kvp.evaluation_planned") == {"EXT_LATE": "deviation", "EXT_NO_PLAN": "unknown"}
    assert levels(res, "kvp.full_time") == {"EXT_LATE": "deviation", "EXT_NO_PLAN": "unknown"}
    assert levels(res, "kvp.duration_stated") == {"EXT_NO_PLAN": "deviation"}


def test_early_information(tmp_path):
    rows = [
        {"case_id": "I30", "first_contact_date": "2025-01-01", "kvp_informed_date": "2025-01-31"},
        {"case_id": "I31", "first_contact_date": "2025-01-01", "kvp_informed_date": "2025-02-01"},
        {"case_id": "I91", "first_contact_date": "2025-01-01", "kvp_informed_date": "2025-04-02"},
        {"case_id": "NEVER", "first_contact_date": "2025-03-01"},  # 121 days at as_of
        {"case_id": "NO_CONTACT", "kvp_informed_date": "2025-01-01"},
    ]
    res = audit_records(tmp_path, rows, as_of=AS_OF)
    assert levels(res, "kvp.early_information") == {"I31": "warning", "I91": "deviation", "NEVER": "deviation"}


def test_data_checks(tmp_path):
    rows = [
        {"case_id": "ORDER_OK", "application_date": "2025-01-01", "decision_date": "2025-01-02", "end_date": "2025-05-01",
         "status": "3"},
        {"case_id": "APP_AFTER_DECISION", "application_date": "2025-01-03", "decision_date": "2025-01-02", "status": "1"},
        {"case_id": "START_AFTER_END", "program_start_date": "2025-02-01", "end_date": "2025-01-31", "status": "4"},
        {"case_id": "STATUS_1_ENDED", "end_date": "2025-01-31", "status": "1"},
        {"case_id": "STATUS_7_OPEN", "status": "7"},
        {"case_id": "STATUS_2_OPEN", "status": "2"},
    ]
    res = audit_records(tmp_path, rows, as_of=AS_OF)
    assert levels(res, "kvp.data.dates_in_order") == {"APP_AFTER_DECISION": "deviation", "START_AFTER_END": "deviation"}
    assert levels(res, "kvp.data.status_end_date") == {"STATUS_1_ENDED": "deviation", "STATUS_7_OPEN": "deviation"}
    assert check(res, "kvp.data.status_end_date")["kind"] == "data"


def test_outcome_indicator(tmp_path):
    rows = [
        {"case_id": "W", "end_date": "2025-01-01", "outcome": "work"},
        {"case_id": "E", "end_date": "2025-01-01", "outcome": "education"},
        {"case_id": "A", "end_date": "2025-01-01", "outcome": "aap"},
        {"case_id": "N", "end_date": None, "outcome": "work"},
    ]
    res = audit_records(tmp_path, rows, as_of=AS_OF)
    c = check(res, "kvp.outcome_work_education")
    assert c["evaluated"] == 3 and abs(c["value"] - 2 / 3) < 1e-4 and c["status"] == "ok"
    res = audit_records(tmp_path, rows, as_of=AS_OF, overrides=("kvp.outcome_work_education.target_share=0.7",), name="b.csv")
    assert check(res, "kvp.outcome_work_education")["status"] == "below_target"


def test_unreadable_value_makes_row_unknown_not_empty(tmp_path):
    rows = [
        granted("BAD_START", program_start_date="2025-99-01"),  # would be a waiting-list deviation if read as empty
        granted("BAD_DECISION", decision="innvilget??", program_start_date="2025-01-11"),
    ]
    res = audit_records(tmp_path, rows, as_of=AS_OF)
    assert levels(res, "kvp.start_delay") == {"BAD_START": "unknown", "BAD_DECISION": "unknown"}
    issues = {(i["row"], i["column"]) for i in res["input_issues"]}
    assert issues == {(2, "program_start_date"), (3, "decision")}
