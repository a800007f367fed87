"""One compliant stønad application: receipt, maybe emergency help decided the same day,
maybe a preliminary reply, decision and its period, activity conditions or a reasoned
exception for those under 30, child benefit kept out of the income, KVP information for
long-term recipients, a follow-up meeting.

Part of the stønad sample generator (:mod:`sample_data.generate_stonad`); every field
can be fixed by the boundary rows.
"""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from sample_data.common import (
    Builder,
    Case,
    plus_days,
    preliminary_reply,
    random_date,
    weighted,
    years_before,
)

from sample_data.stonad_columns import CANONICAL, EMERGENCY_FORMS, EXCEPTION_REASONS, FORMS, GRANTED, REMARKS
from sample_data.oracle import add_months, full_years

def age_on(born: date | None, on: date | None) -> int | None:
    return None if born is None or on is None else full_years(born, on)


# --------------------------------------------------------------------------------------
# One compliant application (every field can be fixed by ``fix``)
# --------------------------------------------------------------------------------------


class StonadBuilder(Builder):
    def __init__(self, rng: random.Random, as_of: date):
        super().__init__(rng, as_of)
        self.persons: list[date] = []  # birth dates of the random rows built so far

    def build(self, fix: dict[str, Any] | None = None) -> Case:
        random_row = fix is None
        fix = fix or {}
        r, as_of = self.rng, self.as_of
        rec, pick = self.new_row(CANONICAL, fix)
        received = pick("received_date", lambda: random_date(r, plus_days(as_of, -540), plus_days(as_of, -1)))
        emergency = pick("emergency", lambda: r.random() < 0.12)

        def decision() -> str | None:
            if not emergency and (as_of - received).days <= 25 and r.random() < 0.4:
                return None  # still being processed
            return weighted(r, (("granted", 62), ("partly", 16), ("refused", 22)))

        decision_ = pick("decision", decision)

        def decision_date() -> date | None:
            if decision_ is None:
                return None
            if emergency:
                return received
            lag = weighted(r, ((r.randint(0, 3), 20), (r.randint(4, 14), 50), (r.randint(15, 28), 20),
                                (r.randint(32, 60), 10)))
            if plus_days(received, lag) > as_of:
                lag = r.randint(0, (as_of - received).days)
            return plus_days(received, lag)

        decided = pick("decision_date", decision_date)

        pick("preliminary_reply_date", lambda: preliminary_reply(r, received, decided, as_of, 0.05))

        def birth() -> date:
            if self.persons and "case_id" not in fix and r.random() < 0.12:
                return r.choice(self.persons)  # a person with an earlier application
            age = weighted(r, ((r.randint(18, 24), 18), (r.randint(25, 29), 17), (r.randint(30, 44), 35),
                               (r.randint(45, 66), 27), (r.randint(67, 80), 3)))
            return plus_days(years_before(received, age), -r.randint(1, 360))

        born = pick("birth_date", birth)
        granted = decision_ in GRANTED

        def period(which: str) -> date | None:
            if not granted:
                return None
            start = received if r.random() < 0.7 else received.replace(day=1)
            if which == "start":
                return start
            months = weighted(r, ((1, 82), (2, 6), (r.randint(3, 6), 12)))
            return plus_days(add_months(start, months), -1)

        pick("period_start", lambda: period("start"))
        pick("period_end", lambda: period("end"))

        young = granted and decided is not None and age_on(born, decided) is not None and age_on(born, decided) < 30
        with_exception = young and r.random() < 0.15

        def conditions() -> bool | None:
            if not granted:
                return None
            if young:
                return not with_exception
            return r.random() < 0.45

        pick("conditions_set", conditions)
        pick("exception_20a_date", lambda: max(received, plus_days(decided, -r.randint(0, 10))) if with_exception else None)
        pick("exception_20a_reason", lambda: r.choice(EXCEPTION_REASONS) if with_exception else None)
        children = pick("children_in_household", lambda: weighted(r, ((0, 62), (1, 15), (2, 13), (3, 7), (4, 3))))
        pick("child_benefit_as_income", lambda: False if children else None)
        months = pick("months_on_assistance", lambda: weighted(r, ((0, 20), (r.randint(1, 5), 45),
                                                                    (r.randint(6, 12), 35))))
        age_received = age_on(born, received)
        long_term = months is not None and months >= 6 and age_received is not None and 18 <= age_received <= 67

        def informed() -> date | None:
            if long_term or r.random() < 0.25:
                return plus_days(received, -r.randint(0, 400))
            return None

        pick("kvp_informed_date", informed)

        def follow_up() -> date | None:
            if not granted or decided is None:
                return None
            gap = r.randint(0, 14) if r.random() < 0.82 else weighted(r, ((r.randint(15, 45), 1), (None, 1)))
            if gap is None or plus_days(decided, gap) > as_of:
                return None
            return plus_days(decided, gap)

        pick("follow_up_meeting_date", follow_up)
        if random_row:  # a later random row may be another application of this person
            self.persons.append(rec["birth_date"])
        return Case(rec, {})

    def extras(self, rec: dict[str, Any]) -> dict[str, str]:
        r = self.rng
        form = r.choice(EMERGENCY_FORMS) if rec["emergency"] else weighted(r, FORMS)
        remark = r.choice(REMARKS) if r.random() < 0.2 else ""
        return {"Stønadsform": form, "Merknad": remark}
