"""The fixed boundary rows of the stønad sample: emergency help across holidays, § 20 a
around 2017, child benefit around 01.09.2022, age 29 vs 30, 5 vs 6 months on
assistance, 17/18/67/68 years at receipt, processing on exactly +1 month and 31
January + 1 month, each with the level every check concerned must give it
(``NOT_APPLICABLE``: the check must pass the row over).

Part of the stønad sample generator (:mod:`sample_data.generate_stonad`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sample_data.common import (
    END_OF_JANUARY_PLUS_ONE_MONTH,
    latest_late_application,
    plus_days,
)

from sample_data.stonad_columns import EXCEPTION_REASONS
from sample_data.oracle import DEVIATION, OK, UNKNOWN, WARNING

# --------------------------------------------------------------------------------------
# Boundary rows
# --------------------------------------------------------------------------------------

# Emergency help across holidays, each (received, decided the next working day,
# decided two working days later): hand-counted, see docs/stonad.md.
EMERGENCY_HOLIDAYS = (
    ("easter_2024", date(2024, 3, 27), date(2024, 4, 2), date(2024, 4, 3)),      # skjærtorsdag, langfredag, 2. påskedag
    ("easter_2025", date(2025, 4, 16), date(2025, 4, 22), date(2025, 4, 23)),
    ("ascension_2025", date(2025, 5, 28), date(2025, 5, 30), date(2025, 6, 2)),  # Kristi himmelfart 29.5.
    ("17_may_2024_friday_whit_monday", date(2024, 5, 16), date(2024, 5, 21), date(2024, 5, 22)),  # 17.5. and 20.5.
    ("17_may_2025_saturday", date(2025, 5, 16), date(2025, 5, 19), date(2025, 5, 20)),  # no weekday lost
    ("whit_monday_2025", date(2025, 6, 6), date(2025, 6, 10), date(2025, 6, 11)),  # 2. pinsedag 9.6.
    ("christmas_2024", date(2024, 12, 24), date(2024, 12, 27), date(2024, 12, 30)),  # 1. and 2. juledag
    ("new_year_2025", date(2024, 12, 31), date(2025, 1, 2), date(2025, 1, 3)),  # nyttårsdag
    ("1_may_2025", date(2025, 4, 30), date(2025, 5, 2), date(2025, 5, 5)),
    ("friday_to_monday", date(2025, 3, 7), date(2025, 3, 10), date(2025, 3, 11)),
)


NOT_APPLICABLE = "not_applicable"  # expected "level" of a boundary row the check must pass over


def boundaries(as_of: date) -> list[tuple[str, dict[str, Any], dict[str, str]]]:
    """(name, fixed values, {check id: expected level}) for every boundary row.

    The level ``not_applicable`` means the check must not apply to the row.

    Rows whose dates would lie after ``as_of`` are left out.
    """
    A = as_of
    out: list[tuple[str, dict[str, Any], dict[str, str]]] = []
    NA_CONDITIONS = {"stonad.activity_conditions_under_30": NOT_APPLICABLE}
    NA_LONG_TERM = {"stonad.kvp_information_long_term": NOT_APPLICABLE}

    def add(name: str, fix: dict[str, Any], expect: dict[str, str]) -> None:
        out.append((name, fix, expect))

    def emergency(received: date, decided: date | None) -> dict[str, Any]:
        return {"emergency": True, "received_date": received, "decision_date": decided,
                "decision": "granted" if decided else None, "preliminary_reply_date": None}

    def by_calendar(received: date, decided: date) -> str:
        """checks.md: calendar days; warning above 0, deviation above 1."""
        n = (decided - received).days
        return OK if n <= 0 else WARNING if n == 1 else DEVIATION

    for name, received, next_day, two_later in EMERGENCY_HOLIDAYS:
        # the next working day after a holiday is several calendar days later: a deviation, not a warning
        add(f"emergency_{name}_same_day", emergency(received, received), {"stonad.emergency_same_day": OK})
        add(f"emergency_{name}_next_working_day", emergency(received, next_day),
            {"stonad.emergency_same_day": by_calendar(received, next_day)})
        add(f"emergency_{name}_two_working_days", emergency(received, two_later),
            {"stonad.emergency_same_day": by_calendar(received, two_later)})
        add(f"emergency_{name}_next_calendar_day", emergency(received, plus_days(received, 1)),
            {"stonad.emergency_same_day": WARNING})
    add("emergency_saturday_decided_monday", emergency(date(2025, 3, 8), date(2025, 3, 10)),
        {"stonad.emergency_same_day": DEVIATION})
    add("emergency_undecided_received_on_as_of", emergency(A, None), {"stonad.emergency_same_day": OK})
    add("emergency_undecided_one_day_before_as_of", emergency(plus_days(A, -1), None),
        {"stonad.emergency_same_day": WARNING})
    add("emergency_undecided_two_days_before_as_of", emergency(plus_days(A, -2), None),
        {"stonad.emergency_same_day": DEVIATION})

    def under_30(decided: date, born: date, conditions: bool | None, exception: date | None = None,
                 reason: str | None = None, decision: str = "granted") -> dict[str, Any]:
        return {"decision": decision, "decision_date": decided, "received_date": plus_days(decided, -7), "emergency": False,
                "preliminary_reply_date": None, "birth_date": born, "conditions_set": conditions,
                "exception_20a_date": exception, "exception_20a_reason": reason}

    why = EXCEPTION_REASONS[2]
    d = date(2025, 3, 10)
    add("age_29_at_decision_no_conditions", under_30(d, date(1995, 3, 11), False),
        {"stonad.activity_conditions_under_30": DEVIATION})
    add("age_30_at_decision_no_conditions", under_30(d, date(1995, 3, 10), False), NA_CONDITIONS)
    add("age_29_partly_no_conditions", under_30(d, date(1995, 3, 11), False, decision="partly"),
        {"stonad.activity_conditions_under_30": DEVIATION})
    add("age_29_refused_no_conditions", under_30(d, date(1995, 3, 11), False, decision="refused"), NA_CONDITIONS)
    add("born_29_february_29_on_28_february", under_30(date(2022, 2, 28), date(1992, 2, 29), False),
        {"stonad.activity_conditions_under_30": DEVIATION})
    add("born_29_february_30_on_1_march", under_30(date(2022, 3, 1), date(1992, 2, 29), False), NA_CONDITIONS)
    add("age_29_conditions_set", under_30(d, date(1995, 3, 11), True), {"stonad.activity_conditions_under_30": OK})
    add("age_29_exception_with_reason", under_30(d, date(1995, 3, 11), False, plus_days(d, -2), why),
        {"stonad.activity_conditions_under_30": OK})
    add("age_29_exception_without_reason", under_30(d, date(1995, 3, 11), False, plus_days(d, -2), None),
        {"stonad.activity_conditions_under_30": DEVIATION})
    add("age_29_reason_without_exception_date", under_30(d, date(1995, 3, 11), False, None, why),
        {"stonad.activity_conditions_under_30": DEVIATION})
    add("age_29_conditions_empty_with_exception", under_30(d, date(1995, 3, 11), None, plus_days(d, -2), why),
        {"stonad.activity_conditions_under_30": OK})
    add("age_29_conditions_empty_no_exception", under_30(d, date(1995, 3, 11), None),
        {"stonad.activity_conditions_under_30": UNKNOWN})
    # § 20 a is in force from 2017-01-01 and does not apply to emergency help
    add("age_25_decided_2016-12-31_no_conditions", under_30(date(2016, 12, 31), date(1991, 6, 1), False), NA_CONDITIONS)
    add("age_25_decided_2017-01-01_no_conditions", under_30(date(2017, 1, 1), date(1991, 6, 1), False),
        {"stonad.activity_conditions_under_30": DEVIATION})
    add("age_29_emergency_no_conditions", {**under_30(d, date(1995, 3, 11), False), "emergency": True,
                                            "received_date": d}, NA_CONDITIONS)

    def child_benefit(decided: date, counted: bool) -> dict[str, Any]:
        return {"decision": "granted", "decision_date": decided, "received_date": plus_days(decided, -7),
                "emergency": False, "preliminary_reply_date": None, "children_in_household": 2,
                "child_benefit_as_income": counted}

    # § 18 tredje ledd (child benefit is not income) is in force from 2022-09-01
    add("child_benefit_counted_decided_2022-08-31", child_benefit(date(2022, 8, 31), True),
        {"stonad.child_benefit_excluded": NOT_APPLICABLE})
    add("child_benefit_counted_decided_2022-09-01", child_benefit(date(2022, 9, 1), True),
        {"stonad.child_benefit_excluded": DEVIATION})

    def long_term(months: int | None, born: date, informed: date | None) -> dict[str, Any]:
        received = date(2025, 6, 10)
        return {"received_date": received, "birth_date": born, "months_on_assistance": months,
                "kvp_informed_date": informed}

    informed = date(2025, 1, 15)
    add("months_5_not_informed", long_term(5, date(1985, 1, 1), None), NA_LONG_TERM)
    add("months_6_not_informed", long_term(6, date(1985, 1, 1), None), {"stonad.kvp_information_long_term": DEVIATION})
    add("months_6_informed", long_term(6, date(1985, 1, 1), informed), {"stonad.kvp_information_long_term": OK})
    add("months_12_not_informed", long_term(12, date(1985, 1, 1), None),
        {"stonad.kvp_information_long_term": DEVIATION})
    add("age_17_at_receipt_months_6", long_term(6, date(2007, 6, 11), None), NA_LONG_TERM)
    add("age_18_at_receipt_months_6", long_term(6, date(2007, 6, 10), None),
        {"stonad.kvp_information_long_term": DEVIATION})
    add("age_67_at_receipt_months_6", long_term(6, date(1957, 6, 11), None),
        {"stonad.kvp_information_long_term": DEVIATION})
    add("age_68_at_receipt_months_6", long_term(6, date(1957, 6, 10), None), NA_LONG_TERM)

    def processed(received: date, decided: date | None, reply: date | None = None) -> dict[str, Any]:
        return {"received_date": received, "decision_date": decided, "preliminary_reply_date": reply,
                "emergency": False, "decision": "granted" if decided else None}

    rec = date(2025, 3, 15)
    add("decision_exactly_one_month", processed(rec, date(2025, 4, 15)), {"stonad.processing_time": OK})
    add("decision_one_month_and_one_day", processed(rec, date(2025, 4, 16)), {"stonad.processing_time": DEVIATION})
    add("preliminary_reply_exactly_one_month", processed(rec, date(2025, 5, 20), date(2025, 4, 15)),
        {"stonad.processing_time": OK})
    add("preliminary_reply_one_month_and_one_day", processed(rec, date(2025, 5, 20), date(2025, 4, 16)),
        {"stonad.processing_time": DEVIATION})
    for received, decided, level in END_OF_JANUARY_PLUS_ONE_MONTH:
        add(f"received_{received.isoformat()}_decided_{decided.isoformat()}", processed(received, decided),
            {"stonad.processing_time": level})
    late = latest_late_application(A)
    for received, level in ((late, DEVIATION), (plus_days(late, 1), OK)):
        add(f"pending_received_{(A - received).days}_days_before_as_of", processed(received, None),
            {"stonad.processing_time": level})

    add("received_and_decided_same_day", processed(date(2025, 5, 5), date(2025, 5, 5)),
        {"stonad.data.dates_in_order": OK})
    add("received_day_after_decision", processed(date(2025, 5, 6), date(2025, 5, 5)),
        {"stonad.data.dates_in_order": DEVIATION})
    add("period_of_one_day", {"decision": "granted", "emergency": False, "received_date": date(2025, 5, 2), "decision_date": date(2025, 5, 5),
                              "period_start": date(2025, 5, 5), "period_end": date(2025, 5, 5)},
        {"stonad.data.dates_in_order": OK})

    def latest(fix: dict[str, Any]) -> date:
        return max((v for k, v in fix.items() if isinstance(v, date) and k != "birth_date"), default=A)

    return [b for b in out if latest(b[1]) <= A]
