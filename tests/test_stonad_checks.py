"""Each stonad check at its boundaries, through the real pipeline (GX included)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from audit.cli import main
from checks import SUITES
from tests.helpers import audit_records, check, levels

AS_OF = "2025-06-30"  # a Monday


def audit(tmp_path, rows, **kw):
    return audit_records(tmp_path, rows, as_of=kw.pop("as_of", AS_OF), suite="stonad", **kw)


def counts(results, check_id):
    c = check(results, check_id)
    return c["evaluated"], c["failed"], c["warned"], c["unknown"]


# ---------------------------------------------------------------------------------------- processing time


def test_processing_time_one_month_with_month_ends_and_as_of(tmp_path):
    rows = [
        {"application_id": "JAN31_OK", "received_date": "2025-01-31", "decision_date": "2025-02-28"},
        {"application_id": "JAN31_LATE", "received_date": "2025-01-31", "decision_date": "2025-03-01"},
        {"application_id": "LEAP_OK", "received_date": "2024-01-31", "decision_date": "2024-02-29"},
        {"application_id": "MONTH_OK", "received_date": "2025-03-15", "decision_date": "2025-04-15"},
        {"application_id": "MONTH_LATE", "received_date": "2025-03-15", "decision_date": "2025-04-16"},
        {"application_id": "PRELIM", "received_date": "2025-01-15", "decision_date": "2025-04-01",
         "preliminary_reply_date": "2025-02-15"},
        {"application_id": "PRELIM_LATE", "received_date": "2025-01-15", "decision_date": "2025-04-01",
         "preliminary_reply_date": "2025-02-16"},
        {"application_id": "PENDING_OLD", "received_date": "2025-05-29"},  # + 1 month = 29.06 < as_of
        {"application_id": "PENDING_NEW", "received_date": "2025-05-30"},  # + 1 month = 30.06 = as_of: ok
        {"application_id": "NOT_RECEIVED", "decision_date": "2025-01-01"},  # n/a
    ]
    res = audit(tmp_path, rows)
    assert levels(res, "stonad.processing_time") == {"JAN31_LATE": "deviation", "MONTH_LATE": "deviation",
                                                     "PRELIM_LATE": "deviation", "PENDING_OLD": "deviation"}
    assert counts(res, "stonad.processing_time") == (9, 4, 0, 0)
    values = {x["key"]: x["value"] for x in check(res, "stonad.processing_time")["cases"]}
    assert values == {"JAN31_LATE": 29, "MONTH_LATE": 32, "PRELIM_LATE": 32, "PENDING_OLD": 32}
    assert check(res, "stonad.processing_time")["legal_basis"] == "forvaltningsloven § 11 a"


# ---------------------------------------------------------------------------------------- emergency help

# (name, received, decided, expected level): CALENDAR days (checks.md) — the next working day after
# a weekend or a holiday is a deviation, not a warning (the person waits without help all those days)
EMERGENCY = [
    ("SAME_DAY", "2025-03-05", "2025-03-05", None),
    ("NEXT_DAY", "2025-03-05", "2025-03-06", "warning"),
    ("TWO_DAYS", "2025-03-05", "2025-03-07", "deviation"),
    ("FRI_SAT", "2025-03-07", "2025-03-08", "warning"),
    ("FRI_MON", "2025-03-07", "2025-03-10", "deviation"),
    ("SAT_MON", "2025-03-08", "2025-03-10", "deviation"),
    ("MAUNDY_THU_TUE", "2025-04-17", "2025-04-22", "deviation"),  # skjærtorsdag to the Tuesday after Easter
    ("MAUNDY_THU_FRI", "2025-04-17", "2025-04-18", "warning"),  # langfredag counts as a day
    ("XMAS24_1", "2024-12-24", "2024-12-25", "warning"),
    ("XMAS24_3", "2024-12-24", "2024-12-27", "deviation"),
    ("NEWYEAR_1", "2024-12-31", "2025-01-01", "warning"),
    ("NEWYEAR_2", "2024-12-31", "2025-01-02", "deviation"),
    ("BEFORE_RECEIPT", "2025-03-10", "2025-03-07", None),  # a data error, not late: -3
]


@pytest.fixture(scope="module")
def emergency(tmp_path_factory):
    rows = [{"application_id": k, "emergency": True, "received_date": r, "decision_date": d} for k, r, d, _ in EMERGENCY]
    rows += [
        {"application_id": "PENDING_TODAY", "emergency": "ja", "received_date": "2025-06-30"},
        {"application_id": "PENDING_SUNDAY", "emergency": "ja", "received_date": "2025-06-29"},  # 1 day before as_of
        {"application_id": "PENDING_SATURDAY", "emergency": "ja", "received_date": "2025-06-28"},  # 2 days
        {"application_id": "NOT_EMERGENCY", "emergency": "nei", "received_date": "2025-01-02", "decision_date": "2025-03-01"},
        {"application_id": "EMERGENCY_EMPTY", "emergency": None, "received_date": "2025-01-02", "decision_date": "2025-03-01"},
        {"application_id": "NO_RECEIPT", "emergency": True, "decision_date": "2025-03-01"},
        {"application_id": "EMERGENCY_BAD", "emergency": "kanskje", "received_date": "2025-01-02"},
    ]
    return audit(tmp_path_factory.mktemp("em"), rows)


def test_emergency_calendar_days_across_weekends_and_holidays(emergency):
    expected = {k: lvl for k, _, _, lvl in EMERGENCY if lvl}
    expected.update(PENDING_SUNDAY="warning", PENDING_SATURDAY="deviation", EMERGENCY_EMPTY="unknown",
                    NO_RECEIPT="unknown", EMERGENCY_BAD="unknown")
    assert levels(emergency, "stonad.emergency_same_day") == expected
    c = check(emergency, "stonad.emergency_same_day")
    assert (c["evaluated"], c["unknown"]) == (len(EMERGENCY) + 3, 3)
    assert c["unit"] == "days" and c["status"] == "deviation"
    values = {x["key"]: x["value"] for x in c["cases"]}
    assert values["MAUNDY_THU_TUE"] == 5 and values["XMAS24_1"] == 1 and values["PENDING_SATURDAY"] == 2
    assert c["parameters"] == {"warning_days": 0, "deviation_days": 1}
    assert c["unit"] == "days" and c["basis"] == "practice"
    cases = {x["key"]: x for x in c["cases"]}
    thu = cases["MAUNDY_THU_TUE"]
    assert (thu["value"], thu["unit"], thu["limit"], thu["reason"]["code"]) == (5, "days", {"value": 1, "unit": "days"},
                                                                              "decided_after_limit")
    assert thu["facts"]["received_date"] == "2025-04-17" and thu["facts"]["comparison"] == ">"
    assert cases["NEXT_DAY"]["limit"] == {"value": 0, "unit": "days"}
    assert cases["NEXT_DAY"]["reason"]["code"] == "decided_after_same_day"
    assert cases["PENDING_SATURDAY"]["reason"]["code"] == "not_decided_by_as_of"
    # an unreadable emergency value is an input issue and makes the row unknown, not "not emergency"
    assert [(i["row"], i["column"]) for i in emergency["input_issues"]] == [(len(EMERGENCY) + 8, "emergency")]


def test_emergency_parameter_override(tmp_path):
    rows = [{"application_id": "TWO", "emergency": True, "received_date": "2025-04-16", "decision_date": "2025-04-18"},
            {"application_id": "THREE", "emergency": True, "received_date": "2025-04-16", "decision_date": "2025-04-19"}]
    res = audit(tmp_path, rows, overrides=("stonad.emergency_same_day.deviation_days=2",))
    assert levels(res, "stonad.emergency_same_day") == {"TWO": "warning", "THREE": "deviation"}


# ---------------------------------------------------------------------------------------- § 20 a


def under_30(key, born=None, conditions=None, exception=None, reason=None, decision="granted",
             decided="2025-03-10", **more):
    return {"application_id": key, "decision": decision, "decision_date": decided, "birth_date": born,
            "conditions_set": conditions, "exception_20a_date": exception, "exception_20a_reason": reason, **more}


def test_activity_conditions_under_30(tmp_path):
    rows = [
        under_30("AGE29_NONE", "1995-03-11", False),
        under_30("AGE30_NONE", "1995-03-10", False),  # 30 on the decision day: n/a
        under_30("PARTLY29_NONE", "1995-03-11", False, decision="partly"),
        under_30("REFUSED29_NONE", "1995-03-11", False, decision="refused"),
        under_30("PENDING", "2000-01-01", False, decision=None, decided=None),
        under_30("LEAP_29", "1992-02-29", False, decided="2022-02-28"),
        under_30("LEAP_30", "1992-02-29", False, decided="2022-03-01"),
        under_30("SET", "2000-01-01", True),
        under_30("EXCEPTION", "2000-01-01", False, "2025-03-08", "Helsemessige forhold"),
        under_30("EXCEPTION_NO_REASON", "2000-01-01", False, "2025-03-08", None),
        under_30("EXCEPTION_BLANK_REASON", "2000-01-01", False, "2025-03-08", "   "),
        under_30("REASON_NO_DATE", "2000-01-01", False, None, "Helsemessige forhold"),
        under_30("EMPTY_WITH_EXCEPTION", "2000-01-01", None, "2025-03-08", "Mottaker er i arbeid"),
        under_30("EMPTY_NO_EXCEPTION", "2000-01-01", None),
        under_30("NO_BIRTH", None, False),
        under_30("NO_DECISION_DATE", "2000-01-01", False, decided=None),
    ]
    res = audit(tmp_path, rows)
    assert levels(res, "stonad.activity_conditions_under_30") == {
        "AGE29_NONE": "deviation", "PARTLY29_NONE": "deviation", "LEAP_29": "deviation",
        "EXCEPTION_NO_REASON": "deviation", "EXCEPTION_BLANK_REASON": "deviation", "REASON_NO_DATE": "deviation",
        "EMPTY_NO_EXCEPTION": "unknown", "NO_BIRTH": "unknown", "NO_DECISION_DATE": "unknown",
    }
    # applies: 16 rows minus AGE30, REFUSED, PENDING, LEAP_30; ok: SET, EXCEPTION, EMPTY_WITH_EXCEPTION
    assert counts(res, "stonad.activity_conditions_under_30") == (9, 6, 0, 3)
    case = check(res, "stonad.activity_conditions_under_30")["cases"][0]
    assert case["value"] is None and "birth_date" not in case["details"]
    reasons = {x["key"]: x["reason"]["code"] for x in check(res, "stonad.activity_conditions_under_30")["cases"]}
    assert reasons["AGE29_NONE"] == "conditions_missing" and reasons["EXCEPTION_BLANK_REASON"] == "exception_without_reason"
    for x in check(res, "stonad.activity_conditions_under_30")["cases"]:
        assert "birth_date" not in x["facts"] and "birth_year" not in x["facts"] and x["rule"] == "from 2017-01-01"


def test_activity_conditions_in_force_from_2017_and_not_for_emergency_help(tmp_path):
    rows = [
        under_30("DEC_2016_12_31", "1995-06-01", False, decided="2016-12-31"),  # § 20 a not yet in force
        under_30("JAN_2017_01_01", "1995-06-01", False, decided="2017-01-01"),
        under_30("EMERGENCY", "1995-06-01", False, emergency="ja"),  # emergency help is exempt
        under_30("NOT_EMERGENCY", "1995-06-01", False, emergency="nei"),
        under_30("EMERGENCY_EMPTY", "1995-06-01", False, emergency=None),
    ]
    res = audit(tmp_path, rows)
    assert levels(res, "stonad.activity_conditions_under_30") == {
        "JAN_2017_01_01": "deviation", "NOT_EMERGENCY": "deviation", "EMERGENCY_EMPTY": "deviation"}
    c = check(res, "stonad.activity_conditions_under_30")
    assert c["evaluated"] == 3 and c["in_force_from"] == "2017-01-01" and c["basis"] == "law"


def test_activity_conditions_with_birth_year_and_age_limit(tmp_path):
    rows = [{"application_id": "Y29", "decision": "granted", "decision_date": "2025-01-02", "birth_year": "1996",
             "conditions_set": "nei"},
            {"application_id": "Y30", "decision": "granted", "decision_date": "2025-12-30", "birth_year": "1995",
             "conditions_set": "nei"}]
    res = audit(tmp_path, rows)
    assert levels(res, "stonad.activity_conditions_under_30") == {"Y29": "deviation"}  # age = year − birth_year
    res = audit(tmp_path, rows, overrides=("stonad.activity_conditions_under_30.age_limit=31",), name="b.csv")
    assert levels(res, "stonad.activity_conditions_under_30") == {"Y29": "deviation", "Y30": "deviation"}


# ---------------------------------------------------------------------------------------- child benefit


def test_child_benefit_excluded(tmp_path):
    on = "2025-03-10"
    rows = [
        {"application_id": "NO_CHILDREN", "children_in_household": "0", "child_benefit_as_income": "ja", "decision_date": on},
        {"application_id": "COUNTED", "children_in_household": "2", "child_benefit_as_income": "ja", "decision_date": on},
        {"application_id": "KEPT_OUT", "children_in_household": "1", "child_benefit_as_income": "nei", "decision_date": on},
        {"application_id": "NOT_STATED", "children_in_household": "3", "child_benefit_as_income": None, "decision_date": on},
        {"application_id": "CHILDREN_UNKNOWN", "children_in_household": None, "child_benefit_as_income": "nei",
         "decision_date": on},
        # § 18 tredje ledd is in force from 2022-09-01: the day before is not judged; no decision date: unknown
        {"application_id": "BEFORE_RULE", "children_in_household": "2", "child_benefit_as_income": "ja",
         "decision_date": "2022-08-31"},
        {"application_id": "FIRST_DAY", "children_in_household": "2", "child_benefit_as_income": "ja",
         "decision_date": "2022-09-01"},
        {"application_id": "NOT_DECIDED", "children_in_household": "2", "child_benefit_as_income": "ja"},
    ]
    res = audit(tmp_path, rows)
    assert levels(res, "stonad.child_benefit_excluded") == {"COUNTED": "deviation", "FIRST_DAY": "deviation",
                                                            "NOT_STATED": "unknown", "CHILDREN_UNKNOWN": "unknown",
                                                            "NOT_DECIDED": "unknown"}
    assert counts(res, "stonad.child_benefit_excluded") == (3, 2, 0, 3)
    c = check(res, "stonad.child_benefit_excluded")
    assert c["legal_basis"] == "sosialtjenesteloven § 18 tredje ledd" and c["in_force_from"] == "2022-09-01"
    assert c["legal_sources"][0]["act"] == "sosialtjenesteloven" and c["legal_sources"][0]["ledd"] == "tredje ledd"
    first = next(x for x in c["cases"] if x["key"] == "FIRST_DAY")
    assert first["rule"] == "from 2022-09-01" and first["limit"] is None
    assert first["reason"]["code"] == "child_benefit_counted" and first["facts"]["child_benefit_as_income"] is True


# ---------------------------------------------------------------------------------------- KVP information


def long_term(key, months, born, informed=None, received="2025-06-10"):
    return {"application_id": key, "months_on_assistance": months, "birth_date": born, "received_date": received,
            "kvp_informed_date": informed}


def test_kvp_information_long_term(tmp_path):
    rows = [
        long_term("M5", "5", "1985-01-01"),
        long_term("M6", "6", "1985-01-01"),
        long_term("M6_INFORMED", "6", "1985-01-01", "2025-01-15"),
        long_term("M12", "12", "1985-01-01"),
        long_term("AGE17", "6", "2007-06-11"),
        long_term("AGE18", "6", "2007-06-10"),
        long_term("AGE67", "6", "1957-06-11"),
        long_term("AGE68", "6", "1957-06-10"),
        long_term("MONTHS_EMPTY", None, "1985-01-01"),
        long_term("BIRTH_EMPTY", "8", None),
        long_term("RECEIVED_EMPTY", "8", "1985-01-01", received=None),
        long_term("M4_BIRTH_EMPTY", "4", None),  # known not to apply
    ]
    res = audit(tmp_path, rows)
    assert levels(res, "stonad.kvp_information_long_term") == {
        "M6": "deviation", "M12": "deviation", "AGE18": "deviation", "AGE67": "deviation",
        "MONTHS_EMPTY": "unknown", "BIRTH_EMPTY": "unknown", "RECEIVED_EMPTY": "unknown"}
    assert counts(res, "stonad.kvp_information_long_term") == (5, 4, 0, 3)


# ---------------------------------------------------------------------------------------- data


def test_dates_in_order_applies_to_all_rows(tmp_path):
    rows = [
        {"application_id": "SAME_DAY", "received_date": "2025-05-05", "decision_date": "2025-05-05"},
        {"application_id": "DECIDED_BEFORE", "received_date": "2025-05-06", "decision_date": "2025-05-05"},
        {"application_id": "PERIOD_REVERSED", "period_start": "2025-05-05", "period_end": "2025-05-04"},
        {"application_id": "ONE_DAY_PERIOD", "period_start": "2025-05-05", "period_end": "2025-05-05"},
        {"application_id": "NO_DATES"},
    ]
    res = audit(tmp_path, rows)
    assert levels(res, "stonad.data.dates_in_order") == {"DECIDED_BEFORE": "deviation", "PERIOD_REVERSED": "deviation"}
    c = check(res, "stonad.data.dates_in_order")
    assert c["kind"] == "data" and c["evaluated"] == 5 and c["cases"][0]["value"] is None


def test_dates_in_order_needs_one_complete_pair(tmp_path):
    res = audit(tmp_path, [{"application_id": "A", "received_date": "2025-05-05", "period_start": "2025-05-05"}])
    c = check(res, "stonad.data.dates_in_order")
    assert c["status"] == "not_evaluated" and c["missing_columns"] == ["decision_date", "period_end"]
    res = audit(tmp_path, [{"application_id": "A", "period_start": "2025-05-06", "period_end": "2025-05-05"}],
                name="b.csv")
    assert levels(res, "stonad.data.dates_in_order") == {"A": "deviation"}


# ---------------------------------------------------------------------------------------- indicators


def test_short_decisions_share(tmp_path):
    rows = [
        {"application_id": "JAN31_SHORT", "decision": "granted", "period_start": "2025-01-31", "period_end": "2025-03-30"},
        {"application_id": "JAN31_LONG", "decision": "partly", "period_start": "2025-01-31", "period_end": "2025-03-31"},
        {"application_id": "MONTH", "decision": "granted", "period_start": "2025-05-01", "period_end": "2025-05-31"},
        {"application_id": "REFUSED", "decision": "refused", "period_start": "2025-05-01", "period_end": "2025-12-31"},
        {"application_id": "NO_END", "decision": "granted", "period_start": "2025-05-01"},
    ]
    res = audit(tmp_path, rows)
    c = check(res, "stonad.short_decisions")
    assert c["kind"] == "indicator" and c["evaluated"] == 3 and c["value"] == pytest.approx(2 / 3, abs=1e-4)
    assert c["status"] == "below_target" and c["target"] == {"op": ">=", "value": 0.8}
    res = audit(tmp_path, rows, overrides=("stonad.short_decisions.target_share=0.6",), name="b.csv")
    assert check(res, "stonad.short_decisions")["status"] == "ok"


def test_follow_up_after_decision_share(tmp_path):
    def granted(key, meeting, decided="2025-03-03", decision="granted"):
        return {"application_id": key, "decision": decision, "decision_date": decided, "follow_up_meeting_date": meeting}

    rows = [granted("SAME_DAY", "2025-03-03"), granted("DAY14", "2025-03-17"), granted("DAY15", "2025-03-18"),
            granted("BEFORE", "2025-03-02"), granted("NONE", None), granted("PARTLY", "2025-03-10", decision="partly"),
            granted("REFUSED", None, decision="refused"), granted("NO_DATE", "2025-03-10", decided=None)]
    res = audit(tmp_path, rows)
    c = check(res, "stonad.follow_up_after_decision")
    # counts: SAME_DAY, DAY14, PARTLY; not: DAY15, BEFORE, NONE; NO_DATE unknown
    assert (c["evaluated"], c["unknown"], c["unknown_keys"]) == (6, 1, ["NO_DATE"])
    assert c["value"] == pytest.approx(0.5) and c["status"] == "below_target"
    res = audit(tmp_path, rows, overrides=("stonad.follow_up_after_decision.days=15",), name="b.csv")
    assert check(res, "stonad.follow_up_after_decision")["value"] == pytest.approx(4 / 6, abs=1e-4)


# ---------------------------------------------------------------------------------------- columns, catalogue


def test_missing_columns_are_named_and_nothing_crashes(tmp_path):
    res = audit(tmp_path, [{"application_id": "A", "decision": "granted"}])
    by_id = {c["id"]: c for c in res["checks"]}
    assert set(by_id) == {c.id for c in SUITES["stonad"].checks} and len(by_id) == 8
    assert all(c["status"] == "not_evaluated" for c in by_id.values())
    assert by_id["stonad.activity_conditions_under_30"]["missing_columns"] == [
        "decision_date", "birth_date", "birth_year", "conditions_set"]
    assert by_id["stonad.emergency_same_day"]["missing_columns"] == ["emergency", "received_date", "decision_date"]


def test_catalogue_lists_the_stonad_suite():
    r = CliRunner().invoke(main, ["checks", "--suite", "stonad"])
    assert r.exit_code == 0, r.output
    ids = [c.id for c in SUITES["stonad"].checks]
    assert ids == ["stonad.processing_time", "stonad.emergency_same_day", "stonad.activity_conditions_under_30",
                   "stonad.child_benefit_excluded", "stonad.kvp_information_long_term", "stonad.data.dates_in_order",
                   "stonad.short_decisions", "stonad.follow_up_after_decision"]
    for check_id in ids:
        assert check_id in r.output
    assert "Søknad om nødhjelp avgjort samme dag" in r.output and "sosialtjenesteloven § 20 a" in r.output
    assert "kvp.age" not in r.output
    r = CliRunner().invoke(main, ["checks", "--suite", "stonad", "--format", "json", "--lang", "en"])
    rows = {row["id"]: row for row in json.loads(r.output)}
    assert rows["stonad.emergency_same_day"]["parameters"] == {"warning_days": 0, "deviation_days": 1}
    assert rows["stonad.emergency_same_day"]["title"] == "Emergency application decided the same day"
    assert rows["stonad.data.dates_in_order"]["needs"] == ["received_date", "decision_date", "period_start", "period_end"]
    r = CliRunner().invoke(main, ["checks"])
    assert "kvp.age" in r.output and "stonad.follow_up_after_decision" in r.output


def test_reports_show_days_and_the_stonad_sample_runs(tmp_path):
    from audit.pipeline import run_audit
    from tests.test_sample_stonad import SAMPLE_DIR

    run = run_audit([SAMPLE_DIR / "stonad_saker.csv"], suite="stonad", mappings=[str(SAMPLE_DIR / "stonad_mapping.yaml")],
                    as_of=dt.date(2025, 12, 31), formats=("html",), out_dir=tmp_path)
    truth = json.loads((SAMPLE_DIR / "ground_truth.json").read_text(encoding="utf-8"))
    c = check(run.results, "stonad.emergency_same_day")
    assert (c["failed"], c["warned"]) == (truth["checks"]["stonad.emergency_same_day"]["failed"],
                                          truth["checks"]["stonad.emergency_same_day"]["warned"])
    html = next(p for p in run.files if p.suffix == ".html").read_text(encoding="utf-8")
    # the measured values carry the unit in words ("2 dager", "1 dag"), not the unit's code
    assert "\u00a0dager</td>" in html and "(days)" not in html
