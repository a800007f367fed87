"""One compliant KVP case, built with a realistic sequence of dates (first contact,
information about KVP, application, maybe a preliminary reply, work ability
assessment, decision, programme start, first activity, evaluations, maybe an
extension, end, KOSTRA status, outcome), and the law's parameters it follows.

Part of the KVP sample generator (:mod:`sample_data.generate`); every field can be
fixed by the boundary rows.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Callable

from sample_data.common import (
    Builder,
    Case,
    plus_days,
    preliminary_reply,
    random_date,
    weighted,
    years_before,
)
from sample_data.kvp_columns import CANONICAL, EXTENSION_REASONS, GROUNDS, REMARKS
from sample_data.oracle import (
    add_months,
    full_years,
    parameters,
    versioned,
)

# --------------------------------------------------------------------------------------
# Parameters of the law (from the oracle's table)
# --------------------------------------------------------------------------------------


def max_months(start: date, extended: bool = False) -> int:
    p = parameters()["kvp.max_duration"]
    return versioned(p["extended_months" if extended else "months"], start)


def min_age(decided_on: date) -> int:
    return versioned(parameters()["kvp.age"]["min_age"], decided_on)


# --------------------------------------------------------------------------------------
# Building one compliant case (every field can be fixed by ``fix``)
# --------------------------------------------------------------------------------------


class KvpBuilder(Builder):
    def build(self, fix: dict[str, Any] | None = None) -> Case:
        fix = fix or {}
        r, as_of = self.rng, self.as_of
        rec, pick = self.new_row(CANONICAL, fix)

        # The application: most in the last two years, some in 2022-2023 (long programmes),
        # some around the 2019 law change.
        def application() -> date:
            era = weighted(r, (("recent", 75), ("long", 12), ("law_change", 13)))
            if era == "recent":
                return random_date(r, plus_days(as_of, -730), plus_days(as_of, -3))
            if era == "long":
                return random_date(r, years_before(as_of, 4), plus_days(years_before(as_of, 2), -1))
            return random_date(r, date(2017, 9, 1), date(2019, 8, 31))

        app = pick("application_date", application)

        def decision() -> str | None:
            if (as_of - app).days <= 60 and r.random() < 0.45:
                return None  # still being processed
            return "granted" if r.random() < 0.8 else "refused"

        decision_ = pick("decision", decision)

        def decision_date() -> date | None:
            if decision_ is None:
                return None
            slow = r.random() < 0.18  # slow cases get a preliminary reply below
            lag = r.randint(32, 70) if slow else weighted(
                r, ((r.randint(3, 10), 45), (r.randint(11, 20), 35), (r.randint(21, 28), 20)))
            if plus_days(app, lag) > as_of:  # a recent application: decided by as_of
                lag = r.randint(0, (as_of - app).days)
            return plus_days(app, lag)

        decided_on = pick("decision_date", decision_date)

        pick("preliminary_reply_date", lambda: preliminary_reply(r, app, decided_on, as_of, 0.08))

        reference = decided_on or app

        def birth() -> date:
            age = weighted(r, ((r.randint(20, 29), 38), (r.randint(30, 44), 38), (r.randint(45, 59), 20),
                               (r.randint(60, 66), 4)))
            return plus_days(years_before(reference, age), -r.randint(1, 360))

        pick("birth_date", birth)

        def first_contact() -> date:
            if r.random() < 0.3:
                return plus_days(app, -r.randint(0, 14))
            return plus_days(app, -r.randint(15, 540))

        contact = pick("first_contact_date", first_contact)
        pick("kvp_informed_date", lambda: plus_days(contact, r.randint(0, max(0, min(30, (app - contact).days)))))

        def assessment() -> date | None:
            if decided_on is not None:
                return plus_days(decided_on, -r.randint(1, 45))
            if r.random() < 0.5 and app < as_of:
                return random_date(r, app, as_of)
            return None

        pick("work_ability_assessment_date", assessment)
        for ground in GROUNDS:
            pick(ground, lambda: True if decision_ is not None else None)
        pick("appeal_info", lambda: True if decision_ is not None else None)

        if decision_ == "granted":
            self._programme(rec, fix, pick, decided_on)
        else:
            for column in ("planned_end_date", "program_start_date", "first_activity_date", "evaluations_planned",
                           "hours_per_week", "extension_decision_date", "extension_reason", "end_date", "status",
                           "outcome"):
                pick(column, lambda: None)

        return Case(rec, {})

    def extras(self, rec: dict[str, Any]) -> dict[str, str]:
        """The export's unmapped columns (no personal data), from the final row."""
        r = self.rng
        born, on = rec["birth_date"], rec["decision_date"] or rec["application_date"]
        young = born is not None and full_years(born, on) < 30
        team = "Team Ung" if young else r.choice(("Team Arbeid", "Team Arbeid", "Team Helse og arbeid"))
        remark = r.choice(REMARKS) if r.random() < 0.25 else ""
        return {"Oppfølgingsteam": team, "Merknad": remark}

    def _programme(self, rec: dict, fix: dict, pick: Callable, decided_on: date) -> None:
        r, as_of = self.rng, self.as_of

        def start() -> date | None:
            delay = weighted(r, ((r.randint(0, 2), 15), (r.randint(3, 10), 60), (r.randint(11, 14), 25)))
            begun = plus_days(decided_on, delay)
            return begun if begun <= as_of else None

        begun = pick("program_start_date", start)
        expected_start = begun or plus_days(decided_on, 7)
        long_allowed = expected_start >= date(2019, 1, 1)
        planned_months = weighted(r, ((6, 10), (12, 75), (24, 15 if long_allowed else 0)))
        planned_end = pick("planned_end_date", lambda: plus_days(add_months(expected_start, planned_months), -1))

        def first_activity() -> date | None:
            if begun is None:
                return None
            d = plus_days(begun, r.randint(0, 7))
            return d if d <= as_of else None

        pick("first_activity_date", first_activity)
        pick("evaluations_planned", lambda: None if begun is None else max(1, planned_months // 6) + r.randint(0, 1))
        pick("hours_per_week", lambda: None if begun is None else 37.5)

        # The course of the programme.
        ext_date = reason = end = status = outcome = None
        if begun is not None:
            course = weighted(r, (("dropout", 22), ("extended", 18), ("completed", 60)))
            limit, ext_limit = max_months(begun), max_months(begun, extended=True)
            if course == "dropout":
                end = plus_days(add_months(begun, r.randint(1, planned_months)), -r.randint(0, 20))
                status = weighted(r, (("4", 45), ("7", 35), ("5", 20)))
            elif course == "extended" and planned_months < ext_limit and planned_end is not None:
                months = min(planned_months + r.randint(3, 12), ext_limit)
                ext_date = max(plus_days(begun, 30), plus_days(planned_end, -r.randint(3, 40)))
                reason = r.choice(EXTENSION_REASONS)
                end = plus_days(add_months(begun, months), -1)
                status = "3"
            else:
                months = min(planned_months, limit)
                end = plus_days(add_months(begun, months), -1 - r.randint(0, 10))
                status = "3"
            if ext_date is not None and ext_date > as_of:
                ext_date = reason = None
            if end > as_of:
                end, status = None, ("1" if r.random() < 0.94 else "2")
            if end is not None:
                outcome = self._outcome(status)
        pick("extension_decision_date", lambda: ext_date)
        pick("extension_reason", lambda: reason)
        pick("end_date", lambda: end)
        pick("status", lambda: status)
        pick("outcome", lambda: outcome if rec["end_date"] is not None else None)

    def _outcome(self, status: str) -> str | None:
        r = self.rng
        if r.random() < 0.04:
            return None
        if status == "3":
            return weighted(r, (("work", 36), ("work_subsidised", 12), ("education", 10), ("aap", 14),
                                 ("disability", 4), ("social_assistance", 12), ("other", 7), ("unknown", 5)))
        return weighted(r, (("social_assistance", 35), ("other", 25), ("unknown", 25), ("aap", 10), ("work", 5)))
