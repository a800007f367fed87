"""Independent ground truth for the ``kvp`` suite of the check catalogue.

This module judges case rows exactly as the check catalogue (``docs/checks.md``, the
project's contract) describes the
``kvp`` checks, written out by hand in plain Python (``datetime`` only). It does
NOT use the audit engine, polars or Great Expectations and imports nothing from
``audit`` or ``checks``: it is the second, independent reading of the law that the
real tool is compared against.

How to read it
--------------
Each check has one small function ``kvp_<name>(row, as_of, p)`` below. It returns

* ``None`` when the check does not apply to the row (e.g. a refusal for a check
  about granted programmes),
* ``Verdict(level, value)`` otherwise, with level ``ok``, ``warning``,
  ``deviation`` or ``unknown`` (a needed value is empty) and the measured value
  (days, years, hours, months) or ``None``.

The common rules of checks.md are the helpers of :mod:`sample_data.oracle_rules`
(shared with the ``stonad`` oracle and re-exported here): ``add_months`` (D + 1
month, clamped to the month's last day), ``full_years`` (age), ``days_between``,
``versioned`` (parameters that changed with the law on 2019-01-01). A date that
should have happened by the audit date and is empty is replaced by ``as_of``
only where the check says so.

Rows are dicts of canonical column values (``audit.datasets.KVP`` names):
dates as ``datetime.date`` (ISO strings are accepted), booleans as
``True``/``False``, numbers as ``int``/``float``, ``None`` (or a missing key, or
``""``) for an empty cell. Which columns the *input* had decides
``not_evaluated``: pass ``columns=`` or it is taken as every key seen in the rows.

Usage::

    from sample_data.oracle import ground_truth
    truth = ground_truth(records, date(2025, 12, 31))
    truth["checks"]["kvp.start_delay"]["deviation"]   # sorted case ids

``ground_truth(..., params={"kvp.start_delay": {"warning_days": 10}})`` overrides
parameters per check (unknown ids or names raise ``ValueError``).
"""

from __future__ import annotations

from datetime import date
from typing import Any, Callable, Iterable, Mapping

from sample_data import oracle_rules
from sample_data.oracle_rules import (  # noqa: F401 (re-exported: the common rules, for tests and generators)
    BELOW_TARGET,
    DEVIATION,
    KEY,
    NOT_EVALUATED,
    OK,
    UNKNOWN,
    WARNING,
    OracleCheck,
    Row,
    Verdict,
    add_months,
    days_between,
    evaluate_check,
    full_months,
    full_years,
    graded,
    suite_ground_truth,
    unknown,
    versioned,
)

LAW_CHANGE_2019 = date(2019, 1, 1)

# Parameters as checks.md gives them (names as the tool's check declarations use them). A list of {"from", "until", "value"} is a
# parameter that depends on the date of the event it judges (inclusive bounds).
DEFAULT_PARAMETERS: dict[str, dict[str, Any]] = {
    "kvp.age": {
        "min_age": [
            {"from": None, "until": "2018-12-31", "value": 19},
            {"from": "2019-01-01", "until": None, "value": 18},
        ],
        "max_age": 67,
    },
    "kvp.before_decision": {"allowed_days_before": 0},
    "kvp.start_delay": {"warning_days": 14, "deviation_days": 30},
    "kvp.processing_time": {"months": 1},
    "kvp.max_duration": {
        "months": [
            {"from": None, "until": "2018-12-31", "value": 12},
            {"from": "2019-01-01", "until": None, "value": 24},
        ],
        "extended_months": [
            {"from": None, "until": "2018-12-31", "value": 24},
            {"from": "2019-01-01", "until": None, "value": 36},
        ],
    },
    "kvp.evaluation_planned": {"min_evaluations": 1},
    "kvp.full_time": {"min_hours": 37.5},
    "kvp.early_information": {"warning_days": 30, "deviation_days": 90},
    "kvp.outcome_work_education": {"target_share": 0.5},
    "kvp.median_start_delay": {"target_days": 14},
}



# --------------------------------------------------------------------------------------
# The checks: one function per check id, in the order of checks.md
# --------------------------------------------------------------------------------------


def kvp_age(row: Row, as_of: date, p: dict) -> Verdict | None:
    """kvp.age (sotjl § 29): age at the decision within the limits.

    Applies to GRANTED rows (refusing someone outside the ages is lawful). Minimum 19
    for decisions before 2019-01-01, else 18; maximum 67. Empty birth (or decision
    date): unknown.
    """
    if not row.granted:
        return None
    decided_on = row.date("decision_date")
    if decided_on is None:
        return unknown()
    age = row.age_on(decided_on)
    if age is None:
        return unknown()
    too_young = age < versioned(p["min_age"], decided_on)
    too_old = age > versioned(p["max_age"], decided_on)
    return Verdict(DEVIATION if too_young or too_old else OK, age)


def kvp_work_ability_assessment(row: Row, as_of: date, p: dict) -> Verdict | None:
    """kvp.work_ability_assessment (sotjl § 29, NAV-loven § 14 a).

    GRANTED rows: deviation when the assessment date is empty or after the decision.
    Value: days the assessment came after the decision (null when empty).
    """
    if not row.granted:
        return None
    decided_on = row.date("decision_date")
    if decided_on is None:
        return unknown()
    assessed_on = row.date("work_ability_assessment_date")
    if assessed_on is None:
        return Verdict(DEVIATION, None)
    days_after = days_between(decided_on, assessed_on)
    return Verdict(DEVIATION if assessed_on > decided_on else OK, days_after)


def _ground_check(column: str) -> Callable[[Row, date, dict], Verdict | None]:
    def check(row: Row, as_of: date, p: dict) -> Verdict | None:
        """Granted rows: deviation when the decision gives no grounds (false); empty: unknown."""
        if not row.granted:
            return None
        given = row.bool(column)
        if given is None:
            return unknown()
        return Verdict(OK if given else DEVIATION, None)

    check.__name__ = f"kvp_grounds_{column.removeprefix('ground_')}"
    return check


kvp_grounds_age = _ground_check("ground_age")
kvp_grounds_work_ability = _ground_check("ground_work_ability")
kvp_grounds_benefits = _ground_check("ground_benefits")
kvp_grounds_necessity = _ground_check("ground_necessity")
kvp_grounds_program = _ground_check("ground_program")


def kvp_before_decision(row: Row, as_of: date, p: dict) -> Verdict | None:
    """kvp.before_decision (fvl § 23): no programme or activity before the decision.

    Granted rows. Measure: days by which the earliest of program_start_date and
    first_activity_date precedes decision_date (a missing one is ignored; both
    missing: unknown). Deviation when the measure exceeds allowed_days_before (0 days).
    """
    if not row.granted:
        return None
    decided_on = row.date("decision_date")
    begun = [d for d in (row.date("program_start_date"), row.date("first_activity_date")) if d is not None]
    if decided_on is None or not begun:
        return unknown()
    days_before = days_between(min(begun), decided_on)
    return Verdict(DEVIATION if days_before > p["allowed_days_before"] else OK, days_before)


def kvp_start_delay(row: Row, as_of: date, p: dict) -> Verdict | None:
    """kvp.start_delay (sotjl §§ 29, 4): programme start soon after the grant.

    Granted rows. Days from decision to programme start, as_of when not started
    (a waiting list). Warning above 14 days, deviation above 30 (31 or more).
    """
    if not row.granted:
        return None
    decided_on = row.date("decision_date")
    if decided_on is None:
        return unknown()
    started_on = row.date("program_start_date") or as_of
    days = days_between(decided_on, started_on)
    return graded(days, p["warning_days"], p["deviation_days"])


def kvp_processing_time(row: Row, as_of: date, p: dict) -> Verdict | None:
    """kvp.processing_time (fvl § 11 a): decision or preliminary reply within one month.

    Rows with an application date. Each of decision_date and preliminary_reply_date
    counts as as_of while empty. Deviation when neither is on or before
    application_date + 1 month. Value: days from the application to the earlier of them.
    """
    applied_on = row.date("application_date")
    if applied_on is None:
        return None
    deadline = add_months(applied_on, p["months"])
    decided_on = row.date("decision_date") or as_of
    replied_on = row.date("preliminary_reply_date") or as_of
    answered_on = min(decided_on, replied_on)
    return Verdict(DEVIATION if answered_on > deadline else OK, days_between(applied_on, answered_on))


def kvp_duration_stated(row: Row, as_of: date, p: dict) -> Verdict | None:
    """kvp.duration_stated (forskrift om KVP § 2): a granted programme states its period."""
    if not row.granted:
        return None
    return Verdict(DEVIATION if row.date("planned_end_date") is None else OK, None)


def kvp_max_duration(row: Row, as_of: date, p: dict) -> Verdict | None:
    """kvp.max_duration (sotjl § 31): programme length within the limit.

    Started rows. End = end_date, or as_of while running. Limit 24 months (12 for
    programmes started before 2019-01-01); up to 36 (24) months when there is an
    extension decision date AND a non-empty extension reason. Value: days the end is
    past the programme's last lawful day (start + the limit in force), so that one day
    over shows as 1; 0 or less is within the limit.
    """
    started_on = row.date("program_start_date")
    if started_on is None:
        return None
    ended_on = row.date("end_date") or as_of
    extended = row.date("extension_decision_date") is not None and row.text("extension_reason") is not None
    months = versioned(p["extended_months"] if extended else p["months"], started_on)
    last_day = add_months(started_on, months)
    over = days_between(last_day, ended_on)
    return Verdict(DEVIATION if over > 0 else OK, over)


def kvp_extension_in_time(row: Row, as_of: date, p: dict) -> Verdict | None:
    """kvp.extension_in_time (sotjl § 31, fvl § 23): extend before the period runs out.

    Rows with an extension decision. Deviation when it is after planned_end_date;
    planned_end_date empty: unknown. Value: days after the planned end.
    """
    extended_on = row.date("extension_decision_date")
    if extended_on is None:
        return None
    planned_end = row.date("planned_end_date")
    if planned_end is None:
        return unknown()
    days_late = days_between(planned_end, extended_on)
    return Verdict(DEVIATION if extended_on > planned_end else OK, days_late)


def kvp_evaluation_planned(row: Row, as_of: date, p: dict) -> Verdict | None:
    """kvp.evaluation_planned (forskrift om KVP § 1): evaluations written into the programme."""
    if not row.started:
        return None
    planned = row.number("evaluations_planned")
    if planned is None:
        return unknown()
    return Verdict(DEVIATION if planned < p["min_evaluations"] else OK, planned)


def kvp_full_time(row: Row, as_of: date, p: dict) -> Verdict | None:
    """kvp.full_time (sotjl § 30): the programme is full time (37.5 hours a week)."""
    if not row.started:
        return None
    hours = row.number("hours_per_week")
    if hours is None:
        return unknown()
    return Verdict(DEVIATION if hours < p["min_hours"] else OK, hours)


def kvp_early_information(row: Row, as_of: date, p: dict) -> Verdict | None:
    """kvp.early_information (sotjl §§ 17, 29): information about KVP early.

    Rows with a first contact. Days from first contact to documented information
    (as_of while empty): warning above 30, deviation above 90.
    """
    first_contact = row.date("first_contact_date")
    if first_contact is None:
        return None
    informed_on = row.date("kvp_informed_date") or as_of
    days = days_between(first_contact, informed_on)
    return graded(days, p["warning_days"], p["deviation_days"])


def kvp_appeal_info(row: Row, as_of: date, p: dict) -> Verdict | None:
    """kvp.appeal_info (fvl § 27): the decision tells the right to appeal."""
    if not row.decided:
        return None
    told = row.bool("appeal_info")
    if told is None:
        return unknown()
    return Verdict(OK if told else DEVIATION, None)


DATES_IN_ORDER = ("application_date", "decision_date", "program_start_date", "end_date")


def kvp_data_dates_in_order(row: Row, as_of: date, p: dict) -> Verdict | None:
    """kvp.data.dates_in_order (data): the case's dates follow each other.

    Applies to all rows (checks.md; the input needs at least two of application_date,
    decision_date, program_start_date, end_date as columns). Deviation when (among
    the dates present) application > decision, decision > end or programme start >
    end; a row with fewer than two of them has nothing out of order: ok.
    """
    present = {c: row.date(c) for c in DATES_IN_ORDER if row.date(c) is not None}
    out_of_order = [
        (a, b) for a, b in (("application_date", "decision_date"), ("decision_date", "end_date"),
                            ("program_start_date", "end_date"))
        if a in present and b in present and present[a] > present[b]
    ]
    return Verdict(DEVIATION if out_of_order else OK, None)


def kvp_data_status_end_date(row: Row, as_of: date, p: dict) -> Verdict | None:
    """kvp.data.status_end_date (data, SSB control 37): status and end date agree.

    Rows with a status. Deviation when status is 3, 4, 5 or 7 (ended) and there is
    no end date, or status is 1 (still in programme) and there is one.
    """
    status = row.text("status")
    if status is None:
        return None
    has_end = row.date("end_date") is not None
    wrong = (status in ("3", "4", "5", "7") and not has_end) or (status == "1" and has_end)
    return Verdict(DEVIATION if wrong else OK, None)


# Indicators: a per-row measure (None = row not in the population) and an aggregate.


WORK_OR_EDUCATION = ("work", "work_subsidised", "education")


def kvp_outcome_work_education(row: Row, as_of: date, p: dict) -> Verdict | None:
    """kvp.outcome_work_education: 1 when the row ended in work or education, else 0.

    Population: rows with end_date and outcome present. Value: share of 1s; target ≥ 50 %.
    """
    outcome = row.text("outcome")
    if row.date("end_date") is None or outcome is None:
        return None
    return Verdict(OK, 1 if outcome in WORK_OR_EDUCATION else 0)


def kvp_median_start_delay(row: Row, as_of: date, p: dict) -> Verdict | None:
    """kvp.median_start_delay: days from decision to start, for granted and started rows.

    Value: the median (mean of the middle two for an even count); target ≤ 14 days.
    A granted and started row without decision date is unknown.
    """
    if not (row.granted and row.started):
        return None
    decided_on = row.date("decision_date")
    if decided_on is None:
        return unknown()
    return Verdict(OK, days_between(decided_on, row.date("program_start_date")))



def _two_of_the_dates(have: set) -> list[str]:
    """kvp.data.dates_in_order needs at least two of the dates."""
    if sum(c in have for c in DATES_IN_ORDER) >= 2:
        return []
    return [c for c in DATES_IN_ORDER if c not in have]


_D, _I, _DATA = "deviation", "indicator", "data"
CHECKS: tuple[OracleCheck, ...] = (
    OracleCheck("kvp.age", _D, (("decision",), ("decision_date",), ("birth_date", "birth_year")), kvp_age),
    OracleCheck("kvp.work_ability_assessment", _D,
                (("decision",), ("decision_date",), ("work_ability_assessment_date",)), kvp_work_ability_assessment),
    OracleCheck("kvp.grounds.age", _D, (("decision",), ("ground_age",)), kvp_grounds_age),
    OracleCheck("kvp.grounds.work_ability", _D, (("decision",), ("ground_work_ability",)), kvp_grounds_work_ability),
    OracleCheck("kvp.grounds.benefits", _D, (("decision",), ("ground_benefits",)), kvp_grounds_benefits),
    OracleCheck("kvp.grounds.necessity", _D, (("decision",), ("ground_necessity",)), kvp_grounds_necessity),
    OracleCheck("kvp.grounds.program", _D, (("decision",), ("ground_program",)), kvp_grounds_program),
    OracleCheck("kvp.before_decision", _D,
                (("decision",), ("decision_date",), ("program_start_date", "first_activity_date")), kvp_before_decision),
    OracleCheck("kvp.start_delay", _D, (("decision",), ("decision_date",), ("program_start_date",)), kvp_start_delay),
    OracleCheck("kvp.processing_time", _D, (("application_date",), ("decision_date",)), kvp_processing_time),
    OracleCheck("kvp.duration_stated", _D, (("decision",), ("planned_end_date",)), kvp_duration_stated),
    OracleCheck("kvp.max_duration", _D, (("program_start_date",),), kvp_max_duration),
    OracleCheck("kvp.extension_in_time", _D, (("extension_decision_date",), ("planned_end_date",)),
                kvp_extension_in_time),
    OracleCheck("kvp.evaluation_planned", _D, (("program_start_date",), ("evaluations_planned",)),
                kvp_evaluation_planned),
    OracleCheck("kvp.full_time", _D, (("program_start_date",), ("hours_per_week",)), kvp_full_time),
    OracleCheck("kvp.early_information", _D, (("first_contact_date",), ("kvp_informed_date",)), kvp_early_information),
    OracleCheck("kvp.appeal_info", _D, (("decision",), ("appeal_info",)), kvp_appeal_info),
    OracleCheck("kvp.data.dates_in_order", _DATA, (), kvp_data_dates_in_order, missing_rule=_two_of_the_dates),
    OracleCheck("kvp.data.status_end_date", _DATA, (("status",), ("end_date",)), kvp_data_status_end_date),
    OracleCheck("kvp.outcome_work_education", _I, (("end_date",), ("outcome",)), kvp_outcome_work_education,
                aggregate="share", target_op=">="),
    OracleCheck("kvp.median_start_delay", _I, (("decision",), ("decision_date",), ("program_start_date",)),
                kvp_median_start_delay, aggregate="median", target_op="<="),
)
CHECK_IDS = tuple(c.id for c in CHECKS)


def parameters(overrides: Mapping[str, Mapping[str, Any]] | None = None,
               defaults: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, dict[str, Any]]:
    """The defaults of checks.md with ``overrides`` ({check_id: {name: value}}) applied."""
    return oracle_rules.parameters(overrides, DEFAULT_PARAMETERS if defaults is None else defaults)


def judge_rows(check: OracleCheck, records: Iterable[Mapping[str, Any]], as_of: date,
               params: Mapping[str, Any] | None = None, key: str = KEY) -> dict[str, Verdict]:
    """Verdicts of one check for every row it applies to: {key: Verdict}."""
    return oracle_rules.judge_rows(check, records, as_of, params or parameters(), key)


def ground_truth(records: Iterable[Mapping[str, Any]], as_of: date,
                 params: Mapping[str, Mapping[str, Any]] | None = None,
                 columns: Iterable[str] | None = None) -> dict[str, Any]:
    """Ground truth of every ``kvp`` check for canonical ``records`` on ``as_of``; the shape
    is :func:`sample_data.oracle_rules.suite_ground_truth`'s, keys are ``case_id``."""
    return suite_ground_truth(CHECKS, DEFAULT_PARAMETERS, KEY, records, as_of, params, columns)

