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

# (name, received, decided, expected level), working days counted by hand
EMERGENCY = [
    ("SAME_DAY", "2025-03-05", "2025-03-05", None),
    ("FRI_MON", "2025-03-07", "2025-03-10", "warning"),
    ("SAT_MON", "2025-03-08", "2025-03-10", "warning"),
    ("FRI_TUE", "2025-03-07", "2025-03-11", "deviation"),
    ("EASTER24_1", "2024-03-27", "2024-04-02", "warning"),
    ("EASTER24_2", "2024-03-27", "2024-04-03", "deviation"),
    ("EASTER25_1", "2025-04-16", "2025-04-22", "warning"),
    ("EASTER25_2", "2025-04-16", "2025-04-23", "deviation"),
    ("ASCENSION25_1", "2025-05-28", "2025-05-30", "warning"),
    ("ASCENSION25_2", "2025-05-28", "2025-06-02", "deviation"),
    ("MAY17_2024_1", "2024-05-16", "2024-05-21", "warning"),  # 17.5. Friday, 20.5. 2. pinsedag
    ("MAY17_2024_2", "2024-05-16", "2024-05-22", "deviation"),
    ("MAY17_2025_1", "2025-05-16", "2025-05-19", "warning"),  # 17.5. Saturday: no weekday lost
    ("MAY17_2025_2", "2025-05-16", "2025-05-20", "deviation"),
    ("WHIT25_1", "2025-06-06", "2025-06-10", "warning"),
    ("XMAS24_1", "2024-12-24", "2024-12-27", "warning"),
    ("XMAS24_2", "2024-12-24", "2024-12-30", "deviation"),
    ("NEWYEAR_1", "2024-12-31", "2025-01-02", "warning"),
    ("NEWYEAR_2", "2024-12-31", "2025-01-03", "deviation"),
    ("BEFORE_RECEIPT", "2025-03-10", "2025-03-07", None),  # a data error, not late: -1
]


@pytest.fixture(scope="module")
def emergency(tmp_path_factory):
    rows = [{"application_id": k, "emergency": True, "received_date": r, "decision_date": d} for k, r, d, _ in EMERGENCY]
    rows += [
        {"application_id": "PENDING_TODAY", "emergency": "ja", "received_date": "2025-06-30"},
        {"application_id": "PENDING_FRIDAY", "emergency": "ja", "received_date": "2025-06-27"},  # 1 working day
        {"application_id": "PENDING_THURSDAY", "emergency": "ja", "received_date": "2025-06-26"},  # 2
        {"application_id": "NOT_EMERGENCY", "emergency": "nei", "received_date": "2025-01-02", "decision_date": "2025-03-01"},
        {"application_id": "EMERGENCY_EMPTY", "emergency": None, "received_date": "2025-01-02", "decision_date": "2025-03-01"},
        {"application_id": "NO_RECEIPT", "emergency": True, "decision_date": "2025-03-01"},
        {"application_id": "EMERGENCY_BAD", "emergency": "kanskje", "received_date": "2025-01-02"},
    ]
    return audit(tmp_path_factory.mktemp("em"), rows)


def test_emergency_working_days_across_holidays(emergency):
    expected = {k: lvl for k, _, _, lvl in EMERGENCY if lvl}
    expected.update(PENDING_FRIDAY="warning", PENDING_THURSDAY="deviation", EMERGENCY_EMPTY="unknown",
                    NO_RECEIPT="unknown", EMERGENCY_BAD="unknown")
    assert levels(emergency, "stonad.emergency_same_day") == expected
    c = check(emergency, "stonad.emergency_same_day")
    assert (c["evaluated"], c["unknown"]) == (len(EMERGENCY) + 3, 3)
    assert c["unit"] == "working_days" and c["status"] == "deviation"
    values = {x["key"]: x["value"] for x in c["cases"]}
    assert values["EASTER25_2"] == 2 and values["XMAS24_1"] == 1 and values["PENDING_THURSDAY"] == 2
    assert c["parameters"] == {"warning_working_days": 0, "deviation_working_days": 1}
    # an unreadable emergency value is an input issue and makes the row unknown, not "not emergency"
    assert [(i["row"], i["column"]) for i in emergency["input_issues"]] == [(len(EMERGENCY) + 8, "emergency")]


def test_emergency_parameter_override(tmp_path):
    rows = [{"application_id": "TWO", "emergency": True, "received_date": "2025-04-16", "decision_date": "2025-04-23"},
            {"application_id": "THREE", "emergency": True, "received_date": "2025-04-16", "decision_date": "2025-04-24"}]
    res = audit(tmp_path, rows, overrides=("stonad.emergency_same_day.deviation_working_days=2",))
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
    rows = [
        {"application_id": "NO_CHILDREN", "children_in_household": "0", "child_benefit_as_income": "ja"},
        {"application_id": "COUNTED", "children_in_household": "2", "child_benefit_as_income": "ja"},
        {"application_id": "KEPT_OUT", "children_in_household": "1", "child_benefit_as_income": "nei"},
        {"application_id": "NOT_STATED", "children_in_household": "3", "child_benefit_as_income": None},
        {"application_id": "CHILDREN_UNKNOWN", "children_in_household": None, "child_benefit_as_income": "nei"},
    ]
    res = audit(tmp_path, rows)
    assert levels(res, "stonad.child_benefit_excluded") == {"COUNTED": "deviation", "NOT_STATED": "unknown",
                                                            "CHILDREN_UNKNOWN": "unknown"}
    assert counts(res, "stonad.child_benefit_excluded") == (2, 1, 0, 2)


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
    assert rows["stonad.emergency_same_day"]["parameters"] == {"warning_working_days": 0, "deviation_working_days": 1}
    assert rows["stonad.emergency_same_day"]["title"] == "Emergency application decided the same day"
    assert rows["stonad.data.dates_in_order"]["needs"] == ["received_date", "decision_date", "period_start", "period_end"]
    r = CliRunner().invoke(main, ["checks"])
    assert "kvp.age" in r.output and "stonad.follow_up_after_decision" in r.output


def test_reports_show_working_days_and_the_stonad_sample_runs(tmp_path):
    from audit.pipeline import run_audit
    from tests.test_sample_stonad import SAMPLE_DIR

    run = run_audit([SAMPLE_DIR / "stonad_saker.csv"], suite="stonad", mappings=[str(SAMPLE_DIR / "stonad_mapping.yaml")],
                    as_of=dt.date(2025, 12, 31), formats=("html",), out_dir=tmp_path)
    truth = json.loads((SAMPLE_DIR / "ground_truth.json").read_text(encoding="utf-8"))
    c = check(run.results, "stonad.emergency_same_day")
    assert (c["failed"], c["warned"]) == (truth["checks"]["stonad.emergency_same_day"]["failed"],
                                          truth["checks"]["stonad.emergency_same_day"]["warned"])
    html = next(p for p in run.files if p.suffix == ".html").read_text(encoding="utf-8")
    # the measured values carry the unit in words ("2 virkedager", "1 virkedag"), not the unit's code
    assert "\u00a0virkedager</td>" in html and "\u00a0virkedag</td>" in html and "(working_days)" not in html
