"""Boundary cases of the check catalogue (checks.md), one table per check, for tests/test_spec_checks_fresh.py.

Each table: (suite, check id, rows); a row is (key, canonical columns, expected). Expected is "ok", "na" (the
check does not apply), "unk" (unknown), or (level, value, limit, rule, reason code) for a case at warning or
deviation level; a limit is a number, an ISO date (a date limit) or None (pass/fail). The audit date is
2025-12-31 (a Wednesday). Every boundary the spec names is here: the day a rule came into force and the day
before, a limit exactly met and one day over, month ends and leap days, weekends and Easter where days are
counted, missing and unreadable values, rows a check does not apply to, decisions on the day of the
application, programmes started the day before and the day of the decision.
"""
KVP, ST = "kvp", "stonad"
D, W = "deviation", "warning"
G: dict[str, tuple[str, str, list]] = {}


def grp(name: str, suite: str, check: str, rows: list) -> None:
    G[name] = (suite, check, rows)


grp("age", KVP, "kvp.age", [
 ("A1", dict(decision="granted", decision_date="2018-12-31", birth_date="2000-01-15"), (D, 18, 19, "before 2019-01-01", "below_min_age")),
 ("A1b", dict(decision="granted", decision_date="2018-12-31", birth_date="1999-12-31"), "ok"),
 ("A2", dict(decision="granted", decision_date="2019-01-01", birth_date="2000-06-01"), "ok"),
 ("A3", dict(decision="granted", decision_date="2019-01-01", birth_date="2001-01-02"), (D, 17, 18, "from 2019-01-01", "below_min_age")),
 ("A3b", dict(decision="granted", decision_date="2019-01-01", birth_date="2001-01-01"), "ok"),
 ("A4", dict(decision="granted", decision_date="2025-03-01", birth_date="1957-03-02"), "ok"),
 ("A4b", dict(decision="granted", decision_date="2025-03-01", birth_date="1957-03-01"), (D, 68, 67, "from 2019-01-01", "above_max_age")),
 ("A5", dict(decision="refused", decision_date="2025-03-01", birth_date="2010-01-01"), "na"),
 ("A5b", dict(decision="", decision_date="", birth_date="2010-01-01"), "na"),
 ("A6", dict(decision="granted", decision_date="2025-03-01"), "unk"),
 ("A7", dict(decision="granted", decision_date="2025-03-01", birth_year="2007"), "ok"),
 ("A7b", dict(decision="granted", decision_date="2025-03-01", birth_year="2008"), (D, 17, 18, "from 2019-01-01", "below_min_age")),
 ("A8", dict(decision="granted", decision_date="2018-06-01", birth_year="1999"), "ok"),
 ("A8b", dict(decision="granted", decision_date="2018-06-01", birth_year="2000"), (D, 18, 19, "before 2019-01-01", "below_min_age")),
 ("A9", dict(decision="granted", decision_date="2024-02-28", birth_date="2006-02-28"), "ok"),
 ("A9b", dict(decision="granted", decision_date="2024-02-28", birth_date="2006-02-29x"), "unk"),
 ("A10", dict(decision="granted", decision_date="", birth_date="2000-01-01"), "unk"),
 ("A11", dict(decision="granted", decision_date="2022-02-28", birth_date="2004-02-29"), (D, 17, 18, "from 2019-01-01", "below_min_age")),
 ("A11b", dict(decision="granted", decision_date="2022-03-01", birth_date="2004-02-29"), "ok"),
])
grp("wa", KVP, "kvp.work_ability_assessment", [
 ("W1", dict(decision="granted", decision_date="2025-03-03", work_ability_assessment_date="2025-03-03"), "ok"),
 ("W2", dict(decision="granted", decision_date="2025-03-03", work_ability_assessment_date="2025-03-04"), (D, 1, None, None, "assessment_after_decision")),
 ("W3", dict(decision="granted", decision_date="2025-03-03", work_ability_assessment_date=""), (D, None, None, None, "assessment_missing")),
 ("W4", dict(decision="refused", decision_date="2025-03-03", work_ability_assessment_date=""), "na"),
 ("W5", dict(decision="granted", decision_date="", work_ability_assessment_date="2025-03-01"), "unk"),
 ("W6", dict(decision="", decision_date="", work_ability_assessment_date=""), "na"),
])

grp("grounds", KVP, "kvp.grounds.necessity", [
 ("G1", dict(decision="granted", decision_date="2025-03-03", ground_necessity="true"), "ok"),
 ("G2", dict(decision="granted", decision_date="2025-03-03", ground_necessity="false"), (D, None, None, None, "ground_not_given")),
 ("G3", dict(decision="granted", decision_date="2025-03-03", ground_necessity=""), "unk"),
 ("G4", dict(decision="refused", decision_date="2025-03-03", ground_necessity="false"), "na"),
 ("G5", dict(decision="granted", decision_date="2025-03-03", ground_necessity="Nei"), (D, None, None, None, "ground_not_given")),
 ("G6", dict(decision="granted", decision_date="2025-03-03", ground_necessity="x"), "ok"),
 ("G7", dict(decision="granted", decision_date="2025-03-03", ground_necessity="JA"), "ok"),
 ("G8", dict(decision="granted", decision_date="2025-03-03", ground_necessity="kanskje"), "unk"),
 ("G9", dict(decision="granted", decision_date="2025-03-03", ground_necessity="0"), (D, None, None, None, "ground_not_given")),
 ("G10", dict(decision="granted", decision_date="2025-03-03", ground_necessity="Yes"), "ok"),
])

grp("before", KVP, "kvp.before_decision", [
 ("B1", dict(decision="granted", decision_date="2025-03-10", program_start_date="2025-03-09", first_activity_date=""), (D, 1, 0, None, "start_before_decision")),
 ("B2", dict(decision="granted", decision_date="2025-03-10", program_start_date="2025-03-10", first_activity_date=""), "ok"),
 ("B3", dict(decision="granted", decision_date="2025-03-10", program_start_date="", first_activity_date="2025-03-09"), (D, 1, 0, None, "activity_before_decision")),
 ("B4", dict(decision="granted", decision_date="2025-03-10", program_start_date="", first_activity_date=""), "unk"),
 ("B5", dict(decision="granted", decision_date="2025-03-10", program_start_date="2025-03-12", first_activity_date="2025-03-01"), (D, 9, 0, None, "activity_before_decision")),
 ("B6", dict(decision="refused", decision_date="2025-03-10", program_start_date="2025-03-01", first_activity_date=""), "na"),
 ("B8", dict(decision="granted", decision_date="", program_start_date="2025-03-01", first_activity_date=""), "unk"),
 ("B9", dict(decision="granted", decision_date="2025-03-10", program_start_date="2025-03-10", first_activity_date="2025-03-10"), "ok"),
])

grp("delay", KVP, "kvp.start_delay", [
 ("S1", dict(decision="granted", decision_date="2025-03-03", program_start_date="2025-03-17"), "ok"),
 ("S2", dict(decision="granted", decision_date="2025-03-03", program_start_date="2025-03-18"), (W, 15, 14, None, "start_after_warning_limit")),
 ("S3", dict(decision="granted", decision_date="2025-03-03", program_start_date="2025-04-02"), (W, 30, 14, None, "start_after_warning_limit")),
 ("S4", dict(decision="granted", decision_date="2025-03-03", program_start_date="2025-04-03"), (D, 31, 30, None, "start_after_limit")),
 ("S5", dict(decision="granted", decision_date="2025-11-30", program_start_date=""), (D, 31, 30, None, "not_started_by_as_of")),
 ("S6", dict(decision="granted", decision_date="2025-12-01", program_start_date=""), (W, 30, 14, None, "not_started_by_as_of")),
 ("S7", dict(decision="granted", decision_date="2025-12-20", program_start_date=""), "ok"),
 ("S8", dict(decision="refused", decision_date="2025-01-03", program_start_date=""), "na"),
 ("S9", dict(decision="granted", decision_date="", program_start_date="2025-03-01"), "unk"),
 ("S10", dict(decision="granted", decision_date="2025-03-03", program_start_date="2025-03-02"), "ok"),
 ("S11", dict(decision="granted", decision_date="2025-03-03", program_start_date="2025-03-03"), "ok"),
])

grp("proc", KVP, "kvp.processing_time", [
 ("P1", dict(application_date="2025-01-31", decision_date="2025-02-28"), "ok"),
 ("P2", dict(application_date="2025-01-31", decision_date="2025-03-01"), (D, 29, "2025-02-28", None, "no_reply_within_month")),
 ("P3", dict(application_date="2024-01-31", decision_date="2024-02-29"), "ok"),
 ("P3b", dict(application_date="2024-01-31", decision_date="2024-03-01"), (D, 30, "2024-02-29", None, "no_reply_within_month")),
 ("P4", dict(application_date="2025-01-15", decision_date="2025-02-15"), "ok"),
 ("P4b", dict(application_date="2025-01-15", decision_date="2025-02-16"), (D, 32, "2025-02-15", None, "no_reply_within_month")),
 ("P5", dict(application_date="2025-01-15", preliminary_reply_date="2025-02-14", decision_date="2025-04-01"), "ok"),
 ("P6", dict(application_date="2025-01-15", preliminary_reply_date="2025-02-16", decision_date="2025-04-01"), (D, 32, "2025-02-15", None, "no_reply_within_month")),
 ("P7", dict(application_date="2025-12-01", decision_date=""), "ok"),
 ("P8", dict(application_date="2025-11-30", decision_date=""), (D, 31, "2025-12-30", None, "no_reply_by_as_of")),
 ("P8b", dict(application_date="2025-11-30", preliminary_reply_date="2025-12-30", decision_date=""), "ok"),
 ("P9", dict(application_date="", decision_date="2025-03-01"), "na"),
 ("P10", dict(application_date="2025-03-03", decision_date="2025-03-03"), "ok"),
 ("P12", dict(application_date="2025-03-31", decision_date="2025-04-30"), "ok"),
 ("P12b", dict(application_date="2025-03-31", decision_date="2025-05-01"), (D, 31, "2025-04-30", None, "no_reply_within_month")),
 ("P13", dict(application_date="2025-12-20", preliminary_reply_date="2026-01-10", decision_date=""), "ok"),
])

grp("dur", KVP, "kvp.duration_stated", [
 ("D1", dict(decision="granted", planned_end_date="2026-03-01"), "ok"),
 ("D2", dict(decision="granted", planned_end_date=""), (D, None, None, None, "planned_end_date_missing")),
 ("D3", dict(decision="refused", planned_end_date=""), "na"),
])

E = "særlige grunner: sluttfører kurs"
grp("max", KVP, "kvp.max_duration", [
 ("M1", dict(program_start_date="2022-01-15", end_date="2024-01-15"), "ok"),
 ("M2", dict(program_start_date="2022-01-15", end_date="2024-01-16"), (D, 1, "2024-01-15", "from 2019-01-01", "over_limit")),
 ("M3", dict(program_start_date="2022-01-15", end_date="2025-01-15", extension_decision_date="2023-12-01", extension_reason=E), "ok"),
 ("M4", dict(program_start_date="2022-01-15", end_date="2025-01-16", extension_decision_date="2023-12-01", extension_reason=E), (D, 1, "2025-01-15", "from 2019-01-01", "over_extended_limit")),
 ("M5", dict(program_start_date="2022-01-15", end_date="2024-06-01", extension_decision_date="2023-12-01", extension_reason=""), (D, 138, "2024-01-15", "from 2019-01-01", "extension_without_reason")),
 ("M6", dict(program_start_date="2022-01-15", end_date="2024-06-01", extension_decision_date="", extension_reason=E), (D, 138, "2024-01-15", "from 2019-01-01", "extension_without_decision")),
 ("M7", dict(program_start_date="2018-12-31", end_date="2019-12-31"), "ok"),
 ("M8", dict(program_start_date="2018-12-31", end_date="2020-01-01"), (D, 1, "2019-12-31", "before 2019-01-01", "over_limit")),
 ("M9", dict(program_start_date="2019-01-01", end_date="2021-01-01"), "ok"),
 ("M9b", dict(program_start_date="2019-01-01", end_date="2021-01-02"), (D, 1, "2021-01-01", "from 2019-01-01", "over_limit")),
 ("M10", dict(program_start_date="2024-01-01", end_date=""), "ok"),
 ("M11", dict(program_start_date="2023-12-30", end_date=""), (D, 1, "2025-12-30", "from 2019-01-01", "over_limit")),
 ("M12", dict(program_start_date="2020-02-29", end_date="2022-02-28"), "ok"),
 ("M12b", dict(program_start_date="2020-02-29", end_date="2022-03-01"), (D, 1, "2022-02-28", "from 2019-01-01", "over_limit")),
 ("M13", dict(program_start_date="", end_date="2022-03-01"), "na"),
 ("M14", dict(program_start_date="2018-06-01", end_date="2020-06-01", extension_decision_date="2019-05-01", extension_reason=E), "ok"),
 ("M14b", dict(program_start_date="2018-06-01", end_date="2020-06-02", extension_decision_date="2019-05-01", extension_reason=E), (D, 1, "2020-06-01", "before 2019-01-01", "over_extended_limit")),
 ("M15", dict(program_start_date="2022-01-15", end_date="2024-06-01", extension_decision_date="2023-12-01", extension_reason="   "), (D, 138, "2024-01-15", "from 2019-01-01", "extension_without_reason")),
])

grp("ext", KVP, "kvp.extension_in_time", [
 ("E1", dict(extension_decision_date="2025-05-31", planned_end_date="2025-05-31"), "ok"),
 ("E2", dict(extension_decision_date="2025-06-01", planned_end_date="2025-05-31"), (D, 1, 0, None, "extension_after_planned_end")),
 ("E3", dict(extension_decision_date="2025-06-01", planned_end_date=""), "unk"),
 ("E4", dict(extension_decision_date="", planned_end_date="2025-05-31"), "na"),
])

grp("eval", KVP, "kvp.evaluation_planned", [
 ("EV1", dict(program_start_date="2025-03-10", evaluations_planned="1"), "ok"),
 ("EV2", dict(program_start_date="2025-03-10", evaluations_planned="0"), (D, 0, 1, None, "no_evaluation_planned")),
 ("EV3", dict(program_start_date="2025-03-10", evaluations_planned=""), "unk"),
 ("EV4", dict(program_start_date="", evaluations_planned="0"), "na"),
 ("EV5", dict(program_start_date="2025-03-10", evaluations_planned="2"), "ok"),
])

grp("full", KVP, "kvp.full_time", [
 ("F1", dict(program_start_date="2025-03-10", hours_per_week="37.5"), "ok"),
 ("F2", dict(program_start_date="2025-03-10", hours_per_week="37.4"), (D, 37.4, 37.5, None, "hours_below_full_time")),
 ("F3", dict(program_start_date="2025-03-10", hours_per_week=""), "unk"),
 ("F4", dict(program_start_date="", hours_per_week="10"), "na"),
 ("F5", dict(program_start_date="2025-03-10", hours_per_week="37,5"), "ok"),
 ("F6", dict(program_start_date="2025-03-10", hours_per_week="30,0"), (D, 30, 37.5, None, "hours_below_full_time")),
])

grp("early", KVP, "kvp.early_information", [
 ("I1", dict(first_contact_date="2025-01-01", kvp_informed_date="2025-01-31"), "ok"),
 ("I2", dict(first_contact_date="2025-01-01", kvp_informed_date="2025-02-01"), (W, 31, 30, None, "informed_after_warning_limit")),
 ("I3", dict(first_contact_date="2025-01-01", kvp_informed_date="2025-04-01"), (W, 90, 30, None, "informed_after_warning_limit")),
 ("I4", dict(first_contact_date="2025-01-01", kvp_informed_date="2025-04-02"), (D, 91, 90, None, "informed_after_limit")),
 ("I5", dict(first_contact_date="2025-10-01", kvp_informed_date=""), (D, 91, 90, None, "not_informed_by_as_of")),
 ("I6", dict(first_contact_date="2025-12-01", kvp_informed_date=""), "ok"),
 ("I7", dict(first_contact_date="", kvp_informed_date=""), "na"),
 ("I8", dict(first_contact_date="2025-03-01", kvp_informed_date="2025-02-01"), "ok"),
])

grp("appeal", KVP, "kvp.appeal_info", [
 ("AP1", dict(decision="granted", appeal_info="true"), "ok"),
 ("AP2", dict(decision="granted", appeal_info="false"), (D, None, None, None, "appeal_info_false")),
 ("AP3", dict(decision="refused", appeal_info="nei"), (D, None, None, None, "appeal_info_false")),
 ("AP4", dict(decision="", appeal_info="false"), "na"),
 ("AP5", dict(decision="granted", appeal_info=""), "unk"),
])

grp("order", KVP, "kvp.data.dates_in_order", [
 ("O1", dict(application_date="2025-03-03", decision_date="2025-03-03", program_start_date="", end_date=""), "ok"),
 ("O2", dict(application_date="2025-03-04", decision_date="2025-03-03", program_start_date="", end_date=""), (D, None, None, None, "application_after_decision")),
 ("O3", dict(application_date="", decision_date="2025-03-05", program_start_date="", end_date="2025-03-04"), (D, None, None, None, "decision_after_end")),
 ("O4", dict(application_date="", decision_date="", program_start_date="2025-03-05", end_date="2025-03-04"), (D, None, None, None, "start_after_end")),
 ("O5", dict(application_date="2025-03-05", decision_date="", program_start_date="", end_date=""), "ok"),
 ("O6", dict(application_date="", decision_date="", program_start_date="2025-03-05", end_date="2025-03-05"), "ok"),
])

grp("status", KVP, "kvp.data.status_end_date", [
 ("ST1", dict(status="1", end_date="2025-03-03"), (D, None, None, None, "end_date_present_for_status_1")),
 ("ST1b", dict(status="1", end_date=""), "ok"),
 ("ST2", dict(status="2", end_date="2025-03-03"), "ok"),
 ("ST3", dict(status="3", end_date=""), (D, None, None, None, "end_date_missing_for_ended_status")),
 ("ST3b", dict(status="3", end_date="2025-03-03"), "ok"),
 ("ST4", dict(status="4", end_date=""), (D, None, None, None, "end_date_missing_for_ended_status")),
 ("ST5", dict(status="5", end_date=""), (D, None, None, None, "end_date_missing_for_ended_status")),
 ("ST6", dict(status="6", end_date=""), "ok"),
 ("ST7", dict(status="7", end_date=""), (D, None, None, None, "end_date_missing_for_ended_status")),
 ("ST8", dict(status="", end_date=""), "na"),
 ("ST9", dict(status="9", end_date=""), "unk"),
])

# ------------------------------------------------------------------ stonad
grp("sproc", ST, "stonad.processing_time", [
 ("SP1", dict(received_date="2025-01-31", decision_date="2025-02-28"), "ok"),
 ("SP2", dict(received_date="2025-01-31", decision_date="2025-03-01"), (D, 29, "2025-02-28", None, "no_reply_within_month")),
 ("SP3", dict(received_date="2025-11-30", decision_date=""), (D, 31, "2025-12-30", None, "no_reply_by_as_of")),
 ("SP4", dict(received_date="2025-11-30", preliminary_reply_date="2025-12-30", decision_date=""), "ok"),
 ("SP5", dict(received_date="", decision_date="2025-03-01"), "na"),
 ("SP6", dict(received_date="2025-03-03", decision_date="2025-03-03"), "ok"),
])

grp("emerg", ST, "stonad.emergency_same_day", [
 ("N1", dict(emergency="true", received_date="2025-04-17", decision_date="2025-04-17"), "ok"),
 ("N2", dict(emergency="true", received_date="2025-04-17", decision_date="2025-04-18"), (W, 1, 0, None, "decided_after_same_day")),
 ("N3", dict(emergency="true", received_date="2025-04-17", decision_date="2025-04-22"), (D, 5, 1, None, "decided_after_limit")),
 ("N4", dict(emergency="true", received_date="2025-03-07", decision_date="2025-03-10"), (D, 3, 1, None, "decided_after_limit")),
 ("N5", dict(emergency="true", received_date="2025-12-31", decision_date=""), "ok"),
 ("N5b", dict(emergency="true", received_date="2025-12-30", decision_date=""), (W, 1, 0, None, "not_decided_by_as_of")),
 ("N5c", dict(emergency="true", received_date="2025-12-29", decision_date=""), (D, 2, 1, None, "not_decided_by_as_of")),
 ("N6", dict(emergency="false", received_date="2025-03-07", decision_date="2025-03-10"), "na"),
 ("N7", dict(emergency="", received_date="2025-03-07", decision_date="2025-03-10"), "unk"),
 ("N8", dict(emergency="true", received_date="", decision_date="2025-03-10"), "unk"),
 ("N9", dict(emergency="true", received_date="2025-12-24", decision_date="2025-12-27"), (D, 3, 1, None, "decided_after_limit")),
])

grp("act", ST, "stonad.activity_conditions_under_30", [
 ("C1", dict(decision="granted", decision_date="2017-01-01", birth_date="1987-06-01", conditions_set="false"), (D, None, None, "from 2017-01-01", "conditions_missing")),
 ("C2", dict(decision="granted", decision_date="2016-12-31", birth_date="1991-06-01", conditions_set="false"), "na"),
 ("C3", dict(decision="granted", decision_date="2025-03-10", birth_date="1995-03-10", conditions_set="false"), "na"),
 ("C3b", dict(decision="granted", decision_date="2025-03-10", birth_date="1995-03-11", conditions_set="false"), (D, None, None, "from 2017-01-01", "conditions_missing")),
 ("C4", dict(decision="partly", decision_date="2025-03-10", birth_date="2000-01-01", conditions_set="true"), "ok"),
 ("C4b", dict(decision="partly", decision_date="2025-03-10", birth_date="2000-01-01", conditions_set="false"), (D, None, None, "from 2017-01-01", "conditions_missing")),
 ("C5", dict(decision="refused", decision_date="2025-03-10", birth_date="2000-01-01", conditions_set="false"), "na"),
 ("C6", dict(decision="granted", decision_date="2025-03-10", birth_date="2000-01-01", conditions_set="false", emergency="ja"), "na"),
 ("C7", dict(decision="granted", decision_date="2025-03-10", birth_date="2000-01-01", conditions_set="false", exception_20a_date="2025-03-10", exception_20a_reason="helsegrunner"), "ok"),
 ("C8", dict(decision="granted", decision_date="2025-03-10", birth_date="2000-01-01", conditions_set="false", exception_20a_date="2025-03-10", exception_20a_reason=""), (D, None, None, "from 2017-01-01", "exception_without_reason")),
 ("C9", dict(decision="granted", decision_date="2025-03-10", birth_date="2000-01-01", conditions_set="false", exception_20a_reason="helsegrunner"), (D, None, None, "from 2017-01-01", "conditions_missing")),
 ("C10", dict(decision="granted", decision_date="2025-03-10", birth_date="2000-01-01", conditions_set=""), "unk"),
 # conditions_set empty, but a documented exception meets the requirement whatever it holds (docs/stonad.md)
 ("C11", dict(decision="granted", decision_date="2025-03-10", birth_date="2000-01-01", conditions_set="", exception_20a_date="2025-03-10", exception_20a_reason="helsegrunner"), "ok"),
 ("C12", dict(decision="granted", decision_date="2025-03-10", conditions_set="false"), "unk"),
 ("C13", dict(decision="granted", decision_date="", birth_date="2000-01-01", conditions_set="false"), "unk"),
 ("C14", dict(decision="granted", decision_date="2025-03-10", birth_date="2000-01-01", conditions_set="false", emergency="nei"), (D, None, None, "from 2017-01-01", "conditions_missing")),
 ("C15", dict(decision="granted", decision_date="2025-03-10", birth_year="1995", conditions_set="false"), "na"),
 ("C15b", dict(decision="granted", decision_date="2025-03-10", birth_year="1996", conditions_set="false"), (D, None, None, "from 2017-01-01", "conditions_missing")),
 ("C16", dict(decision="", decision_date="", birth_date="2000-01-01", conditions_set="false"), "na"),
])

grp("child", ST, "stonad.child_benefit_excluded", [
 ("CB1", dict(children_in_household="2", child_benefit_as_income="true", decision_date="2022-09-01"), (D, None, None, "from 2022-09-01", "child_benefit_counted")),
 ("CB2", dict(children_in_household="2", child_benefit_as_income="true", decision_date="2022-08-31"), "na"),
 ("CB3", dict(children_in_household="0", child_benefit_as_income="true", decision_date="2023-01-01"), "na"),
 ("CB4", dict(children_in_household="1", child_benefit_as_income="false", decision_date="2023-01-01"), "ok"),
 ("CB5", dict(children_in_household="", child_benefit_as_income="true", decision_date="2023-01-01"), "unk"),
 ("CB6", dict(children_in_household="2", child_benefit_as_income="", decision_date="2023-01-01"), "unk"),
 ("CB7", dict(children_in_household="2", child_benefit_as_income="true", decision_date=""), "unk"),
])

grp("long", ST, "stonad.kvp_information_long_term", [
 ("L1", dict(months_on_assistance="6", received_date="2025-03-03", birth_date="1995-01-01", kvp_informed_date=""), (D, None, None, "from 2019-01-01", "kvp_information_missing")),
 ("L2", dict(months_on_assistance="5", received_date="2025-03-03", birth_date="1995-01-01", kvp_informed_date=""), "na"),
 ("L3", dict(months_on_assistance="6", received_date="2025-03-03", birth_date="1995-01-01", kvp_informed_date="2024-10-01"), "ok"),
 ("L4", dict(months_on_assistance="8", received_date="2025-03-03", birth_date="2007-03-04", kvp_informed_date=""), "na"),
 ("L4b", dict(months_on_assistance="8", received_date="2025-03-03", birth_date="2007-03-03", kvp_informed_date=""), (D, None, None, "from 2019-01-01", "kvp_information_missing")),
 ("L5", dict(months_on_assistance="8", received_date="2025-03-03", birth_date="1957-03-04", kvp_informed_date=""), (D, None, None, "from 2019-01-01", "kvp_information_missing")),
 ("L5b", dict(months_on_assistance="8", received_date="2025-03-03", birth_date="1957-03-03", kvp_informed_date=""), "na"),
 ("L6", dict(months_on_assistance="", received_date="2025-03-03", birth_date="1995-01-01", kvp_informed_date=""), "unk"),
 ("L7", dict(months_on_assistance="8", received_date="2025-03-03", kvp_informed_date=""), "unk"),
 ("L8", dict(months_on_assistance="8", received_date="", birth_date="1995-01-01", kvp_informed_date=""), "unk"),
 # the KVP lower age limit in force at receipt: 19 before 2019-01-01
 ("L9", dict(months_on_assistance="8", received_date="2018-12-31", birth_date="2000-06-01", kvp_informed_date=""), "na"),
 ("L9b", dict(months_on_assistance="8", received_date="2018-12-31", birth_date="1999-06-01", kvp_informed_date=""), (D, None, None, "before 2019-01-01", "kvp_information_missing")),
])

grp("sorder", ST, "stonad.data.dates_in_order", [
 ("R1", dict(received_date="2025-03-04", decision_date="2025-03-03"), (D, None, None, None, "received_after_decision")),
 ("R2", dict(received_date="2025-03-03", decision_date="2025-03-03"), "ok"),
 ("R3", dict(period_start="2025-03-04", period_end="2025-03-03"), (D, None, None, None, "period_start_after_end")),
 ("R4", dict(period_start="2025-03-03", period_end="2025-03-03"), "ok"),
])
