"""The annual control cycle (årshjul): a plan of control activities, and carrying it out.

NAV offices plan internal control as an annual wheel: some checks monthly, some
quarterly, KOSTRA data quality in the first quarter, the annual report in January. A
schedule file (YAML, ``docs/schedule.md``) holds that plan; this package reads it, says
what is due on a date (judged against the run history) and runs what is due.

Library use::

    from audit.schedule import load_schedule, catalogue_problems, due_items, DoneLookup, run_due
    schedule = load_schedule("arshjul.yaml")
    with open_store(history) as store:
        items = due_items(schedule, on, DoneLookup.from_store(store, schedule))
    run = run_due(schedule, on, history=history)          # runs what is due, records it
    run.exit_code(fail_on="deviation")

Modules: :mod:`.periods` (period arithmetic), :mod:`.model` (schedule, activity,
occurrence), :mod:`.loader` (the YAML file), :mod:`.due` (due and overdue),
:mod:`.runner` (carrying out), :mod:`.calendar` (iCalendar export), :mod:`.render`
(terminal text and the HTML wheel).
"""

from __future__ import annotations

from audit.schedule.catalogue import catalogue_problems
from audit.schedule.due import DONE, DUE, OVERDUE, UPCOMING, DoneLookup, DueItem, due_items, pending
from audit.schedule.loader import load_schedule
from audit.schedule.model import Activity, Occurrence, Schedule
from audit.schedule.periods import Period, period_containing, previous_period
from audit.schedule.runner import EXIT_ACTIVITY_FAILED, ScheduleRun, run_due

__all__ = [
    "DONE", "DUE", "OVERDUE", "UPCOMING", "EXIT_ACTIVITY_FAILED",
    "Activity", "DoneLookup", "DueItem", "Occurrence", "Period", "Schedule", "ScheduleRun",
    "catalogue_problems", "due_items", "load_schedule", "pending", "period_containing", "previous_period", "run_due",
]
