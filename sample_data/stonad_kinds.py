"""The deviation kinds of the stønad sample: each a precondition and a mutation on a
compliant application (:class:`StonadInjector`), declared in ``KINDS`` in the order
they are applied, with their default rates.

Part of the stønad sample generator (:mod:`sample_data.generate_stonad`).
"""

from __future__ import annotations

from sample_data.common import (
    Injector,
    Kind,
    latest_late_application,
    plus_days,
    random_date,
)
from sample_data.oracle import DEVIATION, UNKNOWN, WARNING
from sample_data.stonad_columns import CHILD_BENEFIT_FROM, EXCEPTION_REASONS, GRANTED, SECTION_20A_FROM
from sample_data.stonad_rows import age_on

# --------------------------------------------------------------------------------------
# Deviation kinds
# --------------------------------------------------------------------------------------


class StonadInjector(Injector):
    def _granted_young(self, rec: dict) -> bool:
        """§ 20 a: granted, decided from 2017-01-01, not emergency help, under 30 at the decision."""
        age = age_on(rec["birth_date"], rec["decision_date"])
        return (rec["decision"] in GRANTED and age is not None and age < 30 and rec["emergency"] is not True
                and rec["decision_date"] >= SECTION_20A_FROM)

    # -- processing time ------------------------------------------------------------
    def slow_without_reply(self, rec: dict) -> bool:
        if rec["decision_date"] is None or rec["emergency"] is not False:
            return False
        rec["received_date"] = plus_days(rec["decision_date"], -self.rng.randint(32, 70))
        rec["preliminary_reply_date"] = None
        return True

    def pending_without_reply(self, rec: dict) -> bool:
        if rec["decision"] is not None or rec["emergency"] is not False:
            return False
        latest = latest_late_application(self.as_of)
        rec["received_date"] = random_date(self.rng, plus_days(self.as_of, -150), latest)
        rec["preliminary_reply_date"] = None
        return True

    # -- emergency help ---------------------------------------------------------------
    def _emergency_decided(self, rec: dict, n: int) -> bool:
        if rec["emergency"] is not True or rec["decision_date"] is None:
            return False
        later = plus_days(rec["received_date"], n)  # calendar days (checks.md)
        if later > self.as_of:
            return False
        shift = later - rec["decision_date"]
        rec["decision_date"] = later
        for column in ("exception_20a_date", "follow_up_meeting_date"):
            if rec[column] is not None:
                rec[column] = min(rec[column] + shift, self.as_of)
        return True

    def emergency_next_day(self, rec: dict) -> bool:
        return self._emergency_decided(rec, 1)

    def emergency_late(self, rec: dict) -> bool:
        return self._emergency_decided(rec, self.rng.randint(2, 6))

    def emergency_undecided(self, rec: dict) -> bool:
        """An emergency application received 3–20 days before as_of, not decided."""
        if rec["emergency"] is not True:
            return False
        rec["received_date"] = plus_days(self.as_of, -self.rng.randint(3, 20))
        for column in ("decision", "decision_date", "period_start", "period_end", "conditions_set",
                       "exception_20a_date", "exception_20a_reason", "follow_up_meeting_date", "preliminary_reply_date"):
            rec[column] = None
        return True

    def unknown_emergency(self, rec: dict) -> bool:
        rec["emergency"] = None
        return True

    # -- activity conditions (§ 20 a) -------------------------------------------------
    def _conditions(self, rec: dict, conditions: bool | None, exception: bool, reason: bool) -> bool:
        if not self._granted_young(rec):
            return False
        rec["conditions_set"] = conditions
        rec["exception_20a_date"] = max(rec["received_date"], plus_days(rec["decision_date"], -self.rng.randint(0, 7))) \
            if exception else None
        rec["exception_20a_reason"] = self.rng.choice(EXCEPTION_REASONS) if reason else None
        return True

    def no_conditions_under_30(self, rec: dict) -> bool:
        return self._conditions(rec, False, False, False)

    def exception_without_reason(self, rec: dict) -> bool:
        return self._conditions(rec, False, True, False)

    def unknown_conditions(self, rec: dict) -> bool:
        return self._conditions(rec, None, False, False)

    def unknown_birth(self, rec: dict) -> bool:
        if (rec["decision"] not in GRANTED or rec["decision_date"] is None or rec["emergency"] is True
                or rec["decision_date"] < SECTION_20A_FROM):
            return False
        rec["birth_date"] = None
        return True

    # -- child benefit ----------------------------------------------------------------
    def _with_children(self, rec: dict, counted: bool | None) -> bool:
        """§ 18 tredje ledd: decided from 2022-09-01 (an undecided row would be unknown)."""
        if not rec["children_in_household"] or rec["decision_date"] is None or rec["decision_date"] < CHILD_BENEFIT_FROM:
            return False
        rec["child_benefit_as_income"] = counted
        return True

    def child_benefit_counted(self, rec: dict) -> bool:
        return self._with_children(rec, True)

    def unknown_child_benefit(self, rec: dict) -> bool:
        return self._with_children(rec, None)

    def unknown_children(self, rec: dict) -> bool:
        if not rec["children_in_household"]:
            return False
        rec["children_in_household"] = None
        return True

    # -- KVP information --------------------------------------------------------------
    def _adult_at_receipt(self, rec: dict) -> bool:
        age = age_on(rec["birth_date"], rec["received_date"])
        return age is not None and 18 <= age <= 67

    def not_informed_long_term(self, rec: dict) -> bool:
        months = rec["months_on_assistance"]
        if months is None or months < 6 or not self._adult_at_receipt(rec):
            return False
        rec["kvp_informed_date"] = None
        return True

    def unknown_months(self, rec: dict) -> bool:
        if not self._adult_at_receipt(rec):
            return False
        rec["months_on_assistance"] = None
        return True

    # -- inconsistent data ------------------------------------------------------------
    def decision_before_receipt(self, rec: dict) -> bool:
        if rec["decision_date"] is None or rec["decision_date"] >= plus_days(self.as_of, -5):
            return False
        rec["received_date"] = plus_days(rec["decision_date"], self.rng.randint(1, 5))
        return True

    def period_reversed(self, rec: dict) -> bool:
        if rec["period_start"] is None:
            return False
        rec["period_end"] = plus_days(rec["period_start"], -self.rng.randint(1, 20))
        return True


_F = StonadInjector
_PROCESSING = ("received_date", "decision_date", "preliminary_reply_date", "decision", "emergency")
_EMERGENCY = ("emergency", "received_date", "decision_date")
_DECISION = ("decision", "decision_date", "period_start", "period_end", "conditions_set", "exception_20a_date",
             "exception_20a_reason", "follow_up_meeting_date", "preliminary_reply_date")
_CONDITIONS = ("decision", "decision_date", "birth_date", "conditions_set", "exception_20a_date", "exception_20a_reason")
_CONDITION_WRITES = ("conditions_set", "exception_20a_date", "exception_20a_reason")
_CHILDREN = ("children_in_household", "child_benefit_as_income")
_LONG_TERM = ("months_on_assistance", "received_date", "birth_date", "kvp_informed_date")
_ORDER = ("received_date", "decision_date", "period_start", "period_end")

KINDS: tuple[Kind, ...] = (
    Kind("emergency_undecided", "stonad.emergency_same_day", DEVIATION, _EMERGENCY + ("decision",),
         _DECISION + ("received_date",), _F.emergency_undecided,
         "nødhjelp mottatt 3–20 dager før kontrolldatoen, ikke avgjort (minst to virkedager)"),
    Kind("emergency_next_day", "stonad.emergency_same_day", WARNING, _EMERGENCY,
         ("decision_date", "exception_20a_date", "follow_up_meeting_date"), _F.emergency_next_day,
         "nødhjelp avgjort neste virkedag"),
    Kind("emergency_late", "stonad.emergency_same_day", DEVIATION, _EMERGENCY,
         ("decision_date", "exception_20a_date", "follow_up_meeting_date"), _F.emergency_late,
         "nødhjelp avgjort to virkedager eller mer etter mottak"),
    Kind("unknown_emergency", "stonad.emergency_same_day", UNKNOWN, ("emergency",), ("emergency",),
         _F.unknown_emergency, "nødhjelp ikke utfylt"),
    Kind("slow_without_reply", "stonad.processing_time", DEVIATION, _PROCESSING, ("received_date",
         "preliminary_reply_date"), _F.slow_without_reply,
         "vedtak mer enn én måned etter mottak, uten foreløpig svar"),
    Kind("pending_without_reply", "stonad.processing_time", DEVIATION, _PROCESSING,
         ("received_date", "preliminary_reply_date"), _F.pending_without_reply,
         "ikke avgjort, mottatt mer enn én måned før kontrolldatoen, uten foreløpig svar"),
    Kind("no_conditions_under_30", "stonad.activity_conditions_under_30", DEVIATION, _CONDITIONS, _CONDITION_WRITES,
         _F.no_conditions_under_30, "under 30 år, ingen vilkår og ikke vedtak om unntak"),
    Kind("exception_without_reason", "stonad.activity_conditions_under_30", DEVIATION, _CONDITIONS,
         _CONDITION_WRITES, _F.exception_without_reason, "unntak fra § 20 a vedtatt uten begrunnelse"),
    Kind("unknown_conditions", "stonad.activity_conditions_under_30", UNKNOWN, _CONDITIONS, _CONDITION_WRITES,
         _F.unknown_conditions, "vilkår om aktivitet ikke utfylt, ikke unntak"),
    Kind("unknown_birth", "stonad.activity_conditions_under_30", UNKNOWN, ("decision", "decision_date", "birth_date"),
         ("birth_date",), _F.unknown_birth, "fødselsdato mangler"),
    Kind("child_benefit_counted", "stonad.child_benefit_excluded", DEVIATION, _CHILDREN, ("child_benefit_as_income",),
         _F.child_benefit_counted, "barnetrygd regnet som inntekt"),
    Kind("unknown_child_benefit", "stonad.child_benefit_excluded", UNKNOWN, _CHILDREN, ("child_benefit_as_income",),
         _F.unknown_child_benefit, "barnetrygd som inntekt ikke utfylt"),
    Kind("unknown_children", "stonad.child_benefit_excluded", UNKNOWN, _CHILDREN, ("children_in_household",),
         _F.unknown_children, "antall barn ikke utfylt"),
    Kind("not_informed_long_term", "stonad.kvp_information_long_term", DEVIATION, _LONG_TERM, ("kvp_informed_date",),
         _F.not_informed_long_term, "stønad minst 6 av 12 måneder, ikke informert om KVP"),
    Kind("unknown_months", "stonad.kvp_information_long_term", UNKNOWN, _LONG_TERM, ("months_on_assistance",),
         _F.unknown_months, "måneder med stønad ikke utfylt"),
    Kind("decision_before_receipt", "stonad.data.dates_in_order", DEVIATION, _ORDER, ("received_date",),
         _F.decision_before_receipt, "mottatt dato etter vedtaksdato"),
    Kind("period_reversed", "stonad.data.dates_in_order", DEVIATION, _ORDER, ("period_end",), _F.period_reversed,
         "periode til før periode fra"),
)
KIND_BY_NAME = {k.name: k for k in KINDS}
DEFAULT_RATES: dict[str, float] = {k.name: 0.04 for k in KINDS}
DEFAULT_RATES.update({
    "emergency_undecided": 0.03, "emergency_next_day": 0.15, "emergency_late": 0.12,
    "unknown_emergency": 0.01, "slow_without_reply": 0.04, "pending_without_reply": 0.3,
    "no_conditions_under_30": 0.08, "exception_without_reason": 0.04, "unknown_conditions": 0.03,
    "unknown_birth": 0.01, "child_benefit_counted": 0.08, "unknown_child_benefit": 0.03, "unknown_children": 0.02,
    "not_informed_long_term": 0.12, "unknown_months": 0.01, "decision_before_receipt": 0.015,
    "period_reversed": 0.015,
})
