"""Independent ground truth for the ``stonad`` suite of the check catalogue.

Like :mod:`sample_data.oracle` (the ``kvp`` suite; both share the common rules of
:mod:`sample_data.oracle_rules`), it judges rows exactly as ``docs/checks.md`` describes the
``stonad`` checks, in plain Python. It imports nothing from ``audit`` or ``checks``
and uses no polars or Great Expectations. Working days are counted by
:func:`working_days_after` with its own day-by-day loop; only the list of Norwegian
public holidays comes from the ``holidays`` library.

Rows are dicts of canonical ``stonad`` column values (key ``application_id``).
Each check is a function ``stonad_<name>(row, as_of, p)`` returning ``None`` (the
check does not apply) or a ``Verdict(level, value)``.

Readings where checks.md leaves a choice (the tool's checks/stonad.py makes the same):

* An applicability condition on an empty number or boolean (emergency,
  children_in_household, months_on_assistance, an age from an empty date) is *not
  known*: the row applies and is ``unknown``. An empty decision means "not decided".
* stonad.activity_conditions_under_30: conditions_set empty but a documented
  exception (date and non-empty reason) is ``ok``: the requirement is met either way.
* stonad.follow_up_after_decision: "within 14 days after" = 0 to 14 days after the
  decision date; an earlier meeting, or none, counts as not.

Usage::

    from sample_data.oracle_stonad import ground_truth
    truth = ground_truth(records, date(2025, 12, 31))
"""

from __future__ import annotations

import functools
from datetime import date, timedelta
from typing import Any, Iterable, Mapping

from sample_data.oracle_rules import (
    DEVIATION,
    OK,
    UNKNOWN,
    WARNING,
    OracleCheck,
    Row,
    Verdict,
    add_months,
    days_between,
    graded,
    suite_ground_truth,
    unknown,
    versioned,
)

KEY = "application_id"
GRANTED = ("granted", "partly")

DEFAULT_PARAMETERS: dict[str, dict[str, Any]] = {
    "stonad.processing_time": {"months": 1},
    "stonad.emergency_same_day": {"warning_days": 0, "deviation_days": 1},
    "stonad.activity_conditions_under_30": {"age_limit": 30},
    # the KVP lower age limit in force at receipt (checks.md, Law in force: the 2019 amendment lowered it from 19)
    "stonad.kvp_information_long_term": {"months": 6, "max_age": 67, "min_age": [
        {"from": None, "until": "2018-12-31", "value": 19}, {"from": "2019-01-01", "until": None, "value": 18}]},
    "stonad.short_decisions": {"months": 2, "target_share": 0.8},
    "stonad.follow_up_after_decision": {"days": 14, "target_share": 0.8},
}


# --------------------------------------------------------------------------------------
# Working days (checks.md, common rules)
# --------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=None)
def public_holidays(year: int) -> frozenset[date]:
    """Norwegian public holidays of ``year`` (not Sundays as such) from the holidays library."""
    import holidays

    return frozenset(holidays.Norway(years=year, include_sundays=False))


def is_working_day(d: date) -> bool:
    """Monday–Friday and not a Norwegian public holiday."""
    return d.weekday() < 5 and d not in public_holidays(d.year)


def working_days_after(start: date, end: date) -> int:
    """Working days after the day ``start`` up to and including the day ``end``.

    checks.md: "decided within N working days" counts the working days after the day
    of receipt up to and including the day of decision. Same day: 0. When ``end`` is
    before ``start``: minus the working days after ``end`` up to and including ``start``.
    """
    if end < start:
        return -working_days_after(end, start)
    n, d = 0, start
    while d < end:
        d += timedelta(days=1)
        if is_working_day(d):
            n += 1
    return n


def add_working_days(start: date, n: int) -> date:
    """The day on which exactly ``n`` (≥ 1) working days have passed after ``start``."""
    d = start
    while n > 0:
        d += timedelta(days=1)
        if is_working_day(d):
            n -= 1
    return d


# --------------------------------------------------------------------------------------
# The checks, in the order of checks.md
# --------------------------------------------------------------------------------------


def _granted(row: Row) -> bool:
    return row.decision in GRANTED


def stonad_processing_time(row: Row, as_of: date, p: dict) -> Verdict | None:
    """stonad.processing_time (fvl § 11 a): decision or preliminary reply within one month.

    Rows with received_date. decision_date and preliminary_reply_date count as as_of
    while empty; deviation when neither is on or before received_date + 1 month.
    Value: days from receipt to the earlier of them.
    """
    received = row.date("received_date")
    if received is None:
        return None
    deadline = add_months(received, p["months"])
    answered = min(row.date("decision_date") or as_of, row.date("preliminary_reply_date") or as_of)
    return Verdict(DEVIATION if answered > deadline else OK, days_between(received, answered))


def stonad_emergency_same_day(row: Row, as_of: date, p: dict) -> Verdict | None:
    """stonad.emergency_same_day (sotjl §§ 18, 4): emergency help decided the same day.

    Rows with emergency true (empty: unknown). CALENDAR days from received_date to
    decision_date (as_of while undecided): warning above 0, deviation above 1
    (recommended practice, checks.md).
    """
    emergency = row.bool("emergency")
    if emergency is False:
        return None
    received = row.date("received_date")
    if emergency is None or received is None:
        return unknown()
    n = days_between(received, row.date("decision_date") or as_of)
    return graded(n, p["warning_days"], p["deviation_days"])


SECTION_20A_FROM = date(2017, 1, 1)  # checks.md "Law in force": § 20 a
CHILD_BENEFIT_FROM = date(2022, 9, 1)  # checks.md "Law in force": § 18 tredje ledd


def stonad_activity_conditions_under_30(row: Row, as_of: date, p: dict) -> Verdict | None:
    """stonad.activity_conditions_under_30 (sotjl § 20 a, in force 2017-01-01).

    Granted or partly granted, decision_date on or after 2017-01-01, emergency not true
    (emergency help is exempt), age at decision_date below 30 (empty birth or decision
    date: unknown). Ok when conditions_set is true or an exception has a date and a
    non-empty reason; conditions_set empty and no such exception: unknown; else deviation.
    """
    if not _granted(row):
        return None
    decided = row.date("decision_date")
    if decided is not None and decided < SECTION_20A_FROM:
        return None
    if row.bool("emergency") is True:
        return None
    age = row.age_on(decided) if decided is not None else None
    if age is not None and age >= p["age_limit"]:
        return None
    if age is None:
        return unknown()
    exception = row.date("exception_20a_date") is not None and row.text("exception_20a_reason") is not None
    conditions = row.bool("conditions_set")
    if conditions or exception:
        return Verdict(OK)
    if conditions is None:
        return unknown()
    return Verdict(DEVIATION)


def stonad_child_benefit_excluded(row: Row, as_of: date, p: dict) -> Verdict | None:
    """stonad.child_benefit_excluded (sotjl § 18 tredje ledd, in force 2022-09-01).

    Rows with children_in_household above 0 (empty: unknown) and decision_date on or
    after 2022-09-01 (empty decision_date: unknown). Deviation when
    child_benefit_as_income is true; empty: unknown.
    """
    decided = row.date("decision_date")
    if decided is not None and decided < CHILD_BENEFIT_FROM:
        return None
    children = row.number("children_in_household")
    if children is not None and children <= 0:
        return None
    counted = row.bool("child_benefit_as_income")
    if children is None or counted is None or decided is None:
        return unknown()
    return Verdict(DEVIATION if counted else OK)


def stonad_kvp_information_long_term(row: Row, as_of: date, p: dict) -> Verdict | None:
    """stonad.kvp_information_long_term (sotjl §§ 17, 29).

    Rows with months_on_assistance ≥ 6 and age at received_date 18–67 (19–67 before
    2019-01-01; either not known: unknown). Deviation when kvp_informed_date is empty.
    """
    months = row.number("months_on_assistance")
    received = row.date("received_date")
    age = row.age_on(received) if received is not None else None
    if months is not None and months < p["months"]:
        return None
    if age is not None and not versioned(p["min_age"], received) <= age <= p["max_age"]:
        return None
    if months is None or age is None:
        return unknown()
    return Verdict(DEVIATION if row.date("kvp_informed_date") is None else OK)


def stonad_data_dates_in_order(row: Row, as_of: date, p: dict) -> Verdict | None:
    """stonad.data.dates_in_order (data): all rows; deviation when received_date >
    decision_date or period_start > period_end (compared only where both are present)."""
    received, decided = row.date("received_date"), row.date("decision_date")
    start, end = row.date("period_start"), row.date("period_end")
    wrong = (received is not None and decided is not None and received > decided) or (
        start is not None and end is not None and start > end)
    return Verdict(DEVIATION if wrong else OK)


def stonad_short_decisions(row: Row, as_of: date, p: dict) -> Verdict | None:
    """stonad.short_decisions (indicator): 1 when period_end is before period_start +
    2 months. Population: granted or partly, with both period dates. Target ≥ 80 %."""
    start, end = row.date("period_start"), row.date("period_end")
    if not _granted(row) or start is None or end is None:
        return None
    return Verdict(OK, 1 if end < add_months(start, p["months"]) else 0)


def stonad_follow_up_after_decision(row: Row, as_of: date, p: dict) -> Verdict | None:
    """stonad.follow_up_after_decision (indicator): 1 when follow_up_meeting_date is 0–14
    days after decision_date, else 0 (no meeting: 0). Population: granted or partly;
    decision_date empty: unknown. Target ≥ 80 %."""
    if not _granted(row):
        return None
    decided = row.date("decision_date")
    if decided is None:
        return unknown()
    met = row.date("follow_up_meeting_date")
    return Verdict(OK, 1 if met is not None and 0 <= days_between(decided, met) <= p["days"] else 0)


# --------------------------------------------------------------------------------------
# Registry
# --------------------------------------------------------------------------------------


def _one_pair_of_dates(have: set) -> list[str]:
    """stonad.data.dates_in_order needs received_date and decision_date, or period_start and period_end."""
    pairs = (("received_date", "decision_date"), ("period_start", "period_end"))
    if any(all(c in have for c in pair) for pair in pairs):
        return []
    return [c for pair in pairs for c in pair if c not in have]


_BIRTH = ("birth_date", "birth_year")
_D, _I, _DATA = "deviation", "indicator", "data"
CHECKS: tuple[OracleCheck, ...] = (
    OracleCheck("stonad.processing_time", _D, (("received_date",), ("decision_date",)), stonad_processing_time),
    OracleCheck("stonad.emergency_same_day", _D, (("emergency",), ("received_date",), ("decision_date",)),
                stonad_emergency_same_day),
    OracleCheck("stonad.activity_conditions_under_30", _D,
                (("decision",), ("decision_date",), _BIRTH, ("conditions_set",)), stonad_activity_conditions_under_30),
    OracleCheck("stonad.child_benefit_excluded", _D,
                (("children_in_household",), ("child_benefit_as_income",), ("decision_date",)),
                stonad_child_benefit_excluded),
    OracleCheck("stonad.kvp_information_long_term", _D,
                (("months_on_assistance",), ("received_date",), _BIRTH, ("kvp_informed_date",)),
                stonad_kvp_information_long_term),
    OracleCheck("stonad.data.dates_in_order", _DATA, (), stonad_data_dates_in_order, missing_rule=_one_pair_of_dates),
    OracleCheck("stonad.short_decisions", _I, (("decision",), ("period_start",), ("period_end",)),
                stonad_short_decisions, aggregate="share", target_op=">="),
    OracleCheck("stonad.follow_up_after_decision", _I, (("decision",), ("decision_date",), ("follow_up_meeting_date",)),
                stonad_follow_up_after_decision, aggregate="share", target_op=">="),
)
CHECK_IDS = tuple(c.id for c in CHECKS)
CHECK_BY_ID = {c.id: c for c in CHECKS}


def ground_truth(records: Iterable[Mapping[str, Any]], as_of: date,
                 params: Mapping[str, Mapping[str, Any]] | None = None,
                 columns: Iterable[str] | None = None) -> dict[str, Any]:
    """Ground truth of every ``stonad`` check for canonical ``records`` on ``as_of``.

    Same shape as :func:`sample_data.oracle.ground_truth`; keys are ``application_id``.
    """
    return suite_ground_truth(CHECKS, DEFAULT_PARAMETERS, KEY, records, as_of, params, columns)


def judge(check_id: str, values: Mapping[str, Any], as_of: date, params: Mapping[str, Any] | None = None) -> Verdict | None:
    """One check's verdict for one row (for tests and explanations)."""
    p = {**DEFAULT_PARAMETERS.get(check_id, {}), **(params or {})}
    return CHECK_BY_ID[check_id].judge(Row(values, KEY), as_of, p)


__all__ = ["CHECKS", "CHECK_IDS", "DEFAULT_PARAMETERS", "KEY", "ground_truth", "judge", "working_days_after",
           "add_working_days", "is_working_day", "public_holidays", "OK", "WARNING", "DEVIATION", "UNKNOWN"]
