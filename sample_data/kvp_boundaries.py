"""The fixed boundary rows of the KVP sample: exact values at every threshold of the
check catalogue (start 14/15/30/31 days after the decision, processing at exactly one
month and 31 January + 1 month, age 18/19/67/68 around the 2019 law change, …), each
with the level every check concerned must give it.

Part of the KVP sample generator (:mod:`sample_data.generate`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sample_data.common import (
    END_OF_JANUARY_PLUS_ONE_MONTH,
    latest_late_application,
    plus_days,
    years_before,
)
from sample_data.kvp_columns import EXTENSION_REASONS
from sample_data.oracle import (
    DEVIATION,
    OK,
    WARNING,
    add_months,
    full_years,
)

# --------------------------------------------------------------------------------------
# Boundary rows: exact values at every threshold of the catalogue
# --------------------------------------------------------------------------------------


def boundaries(as_of: date) -> list[tuple[str, dict[str, Any], dict[str, str]]]:
    """(name, fixed values, {check id: expected level}) for every boundary row.

    Rows whose dates would lie after ``as_of`` are left out.
    """
    A = as_of
    g = {"decision": "granted"}
    out: list[tuple[str, dict[str, Any], dict[str, str]]] = []

    def add(name: str, fix: dict[str, Any], expect: dict[str, str]) -> None:
        out.append((name, fix, expect))

    def started(decided_on: date, start: date, **more: Any) -> dict[str, Any]:
        return {**g, "application_date": plus_days(decided_on, -10), "decision_date": decided_on,
                "preliminary_reply_date": None, "program_start_date": start, **more}

    dd = plus_days(A, -200)
    for delay, level in ((14, OK), (15, WARNING), (30, WARNING), (31, DEVIATION)):
        add(f"start_delay_{delay}_days", started(dd, plus_days(dd, delay), first_activity_date=plus_days(dd, delay)),
            {"kvp.start_delay": level})
    for waited, level in ((14, OK), (15, WARNING), (30, WARNING), (31, DEVIATION)):
        decided_on = plus_days(A, -waited)
        add(f"waiting_{waited}_days_before_as_of", started(decided_on, None), {"kvp.start_delay": level})
    add("start_on_decision_day", started(dd, dd, first_activity_date=dd), {"kvp.before_decision": OK})
    add("activity_day_before_decision", started(dd, plus_days(dd, 3), first_activity_date=plus_days(dd, -1)),
        {"kvp.before_decision": DEVIATION})

    app = plus_days(A, -300).replace(day=15)
    add("decision_exactly_one_month", {**g, "application_date": app, "decision_date": add_months(app, 1),
                                       "preliminary_reply_date": None}, {"kvp.processing_time": OK})
    add("decision_one_month_and_one_day", {**g, "application_date": app,
                                           "decision_date": plus_days(add_months(app, 1), 1),
                                           "preliminary_reply_date": None}, {"kvp.processing_time": DEVIATION})
    app2 = plus_days(A, -260).replace(day=10)
    add("preliminary_reply_exactly_one_month", {**g, "application_date": app2, "decision_date": plus_days(app2, 60),
                                                "preliminary_reply_date": add_months(app2, 1)},
        {"kvp.processing_time": OK})
    for applied, decided, level in END_OF_JANUARY_PLUS_ONE_MONTH:
        add(f"application_{applied.isoformat()}_decision_{decided.isoformat()}",
            {**g, "application_date": applied, "decision_date": decided, "preliminary_reply_date": None,
             "first_contact_date": plus_days(applied, -5)}, {"kvp.processing_time": level})
    late = latest_late_application(A)
    for applied, level in ((late, DEVIATION), (plus_days(late, 1), OK)):
        add(f"pending_applied_{(A - applied).days}_days_before_as_of",
            {"decision": None, "application_date": applied, "preliminary_reply_date": None,
             "first_contact_date": plus_days(applied, -3)}, {"kvp.processing_time": level})

    def decided_at_age(decided_on: date, born: date, **more: Any) -> dict[str, Any]:
        return {**g, "application_date": plus_days(decided_on, -14), "decision_date": decided_on, "birth_date": born,
                "preliminary_reply_date": None, "first_contact_date": plus_days(decided_on, -20), **more}

    for decided_on, born, level in ((date(2018, 12, 31), date(2000, 12, 31), DEVIATION),  # 18 before 2019
                                    (date(2018, 12, 31), date(1999, 12, 31), OK),  # 19 before 2019
                                    (date(2019, 1, 1), date(2001, 1, 1), OK),  # 18 from 2019
                                    (date(2019, 1, 1), date(2001, 1, 2), DEVIATION),  # 17 from 2019
                                    (date(2022, 2, 28), date(2004, 2, 29), DEVIATION),  # 17: birthday 1 March
                                    (date(2022, 3, 1), date(2004, 2, 29), OK)):
        add(f"age_{full_years(born, decided_on)}_decided_{decided_on.isoformat()}",
            decided_at_age(decided_on, born), {"kvp.age": level})
    dd67 = plus_days(A, -100)
    for age, level in ((67, OK), (68, DEVIATION)):
        add(f"age_{age}_on_decision_day", decided_at_age(dd67, years_before(dd67, age)), {"kvp.age": level})

    def ran(start: date, end: date | None, ext: date | None = None, reason: str | None = None,
            planned_end: date | None = None, status: str | None = None, **more: Any) -> dict[str, Any]:
        return {**started(plus_days(start, -7), start, first_activity_date=start), "end_date": end,
                "status": status or ("3" if end else "1"), "extension_decision_date": ext,
                "extension_reason": reason, "outcome": "work" if end else None,
                "planned_end_date": planned_end or plus_days(add_months(start, 12), -1), **more}

    why = EXTENSION_REASONS[0]
    add("started_2018-12-31_ran_12_months_and_a_day", ran(date(2018, 12, 31), date(2020, 1, 1)),
        {"kvp.max_duration": DEVIATION})
    add("started_2019-01-01_ran_12_months_and_a_day", ran(date(2019, 1, 1), date(2020, 1, 2)),
        {"kvp.max_duration": OK})
    add("started_2019-01-01_ran_exactly_24_months", ran(date(2019, 1, 1), date(2021, 1, 1)),
        {"kvp.max_duration": OK})
    add("started_2019-01-01_ran_24_months_and_a_day", ran(date(2019, 1, 1), date(2021, 1, 2)),
        {"kvp.max_duration": DEVIATION})
    add("extended_ran_exactly_36_months", ran(date(2019, 3, 1), date(2022, 3, 1), date(2020, 12, 15), why,
                                              date(2021, 2, 28)), {"kvp.max_duration": OK})
    add("extended_ran_36_months_and_a_day", ran(date(2019, 3, 1), date(2022, 3, 2), date(2020, 12, 15), why,
                                                 date(2021, 2, 28)), {"kvp.max_duration": DEVIATION})
    add("extension_without_reason_ran_25_months", ran(date(2019, 3, 1), date(2021, 4, 1), date(2020, 12, 15),
                                                      None, date(2021, 2, 28)), {"kvp.max_duration": DEVIATION})
    add("started_2018_extended_ran_exactly_24_months", ran(date(2018, 3, 1), date(2020, 3, 1), date(2019, 2, 1),
                                                           why, date(2019, 2, 28)), {"kvp.max_duration": OK})
    ongoing_ok = add_months(A, -24)
    add("running_exactly_24_months_at_as_of", ran(ongoing_ok, None, planned_end=plus_days(A, 30)),
        {"kvp.max_duration": OK})
    add("running_24_months_and_a_day_at_as_of", ran(plus_days(ongoing_ok, -1), None, planned_end=plus_days(A, 30)),
        {"kvp.max_duration": DEVIATION})

    start = plus_days(A, -400)
    planned = plus_days(add_months(start, 12), -1)
    for late_days, level in ((0, OK), (1, DEVIATION)):
        add(f"extension_{late_days}_days_after_planned_end",
            ran(start, None, plus_days(planned, late_days), why, planned), {"kvp.extension_in_time": level})

    contact = plus_days(A, -300)
    for days, level in ((30, OK), (31, WARNING), (90, WARNING), (91, DEVIATION)):
        add(f"informed_{days}_days_after_first_contact",
            {"first_contact_date": contact, "kvp_informed_date": plus_days(contact, days),
             "application_date": plus_days(contact, 120)}, {"kvp.early_information": level})
    for days, level in ((30, OK), (31, WARNING), (91, DEVIATION)):
        add(f"not_informed_first_contact_{days}_days_before_as_of",
            {"first_contact_date": plus_days(A, -days), "kvp_informed_date": None, "application_date": plus_days(A, -2),
             "decision": None, "preliminary_reply_date": None}, {"kvp.early_information": level})

    for hours, level in ((37.5, OK), (37.0, DEVIATION)):
        add(f"hours_{hours}", started(dd, plus_days(dd, 5), hours_per_week=hours), {"kvp.full_time": level})
    for count, level in ((1, OK), (0, DEVIATION)):
        add(f"evaluations_{count}", started(dd, plus_days(dd, 5), evaluations_planned=count),
            {"kvp.evaluation_planned": level})

    s = plus_days(A, -250)
    add("application_and_decision_same_day", {**started(s, plus_days(s, 5)), "application_date": s},
        {"kvp.data.dates_in_order": OK, "kvp.processing_time": OK})
    add("ended_on_start_day", ran(s, s), {"kvp.data.dates_in_order": OK})
    add("ended_day_before_start", ran(s, plus_days(s, -1)), {"kvp.data.dates_in_order": DEVIATION})
    add("status_2_without_end_date", ran(s, None, status="2"), {"kvp.data.status_end_date": OK})
    add("status_1_with_end_date", ran(s, plus_days(s, 90), status="1"), {"kvp.data.status_end_date": DEVIATION})

    def latest(fix: dict[str, Any]) -> date:
        """The latest event date (a planned end may lie after as_of)."""
        return max((v for k, v in fix.items() if isinstance(v, date) and k != "planned_end_date"), default=A)

    return [b for b in out if latest(b[1]) <= A]
