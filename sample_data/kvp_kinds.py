"""The deviation kinds of the KVP sample: each a precondition and a mutation on a
compliant row (:class:`KvpInjector`), declared in ``KINDS`` in the order they are
applied, with their default rates.

Part of the KVP sample generator (:mod:`sample_data.generate`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sample_data.common import (
    Injector,
    Kind,
    plus_days,
    random_date,
    years_before,
)
from sample_data.kvp_columns import GROUNDS
from sample_data.kvp_rows import max_months, min_age
from sample_data.oracle import (
    DEVIATION,
    UNKNOWN,
    WARNING,
    add_months,
)

# --------------------------------------------------------------------------------------
# Deviation kinds: precondition + mutation on a compliant row
# --------------------------------------------------------------------------------------

_PROGRAMME_SHAPE = ("program_start_date", "first_activity_date", "planned_end_date", "extension_decision_date",
                    "extension_reason", "end_date", "status", "outcome")


class KvpInjector(Injector):
    def started_granted(self, rec: dict) -> bool:
        return rec["decision"] == "granted" and rec["program_start_date"] is not None

    def reshape(self, rec: dict, new_start: date) -> None:
        """Move a started programme to ``new_start``, keeping its length; cut what lies after as_of."""
        shift = new_start - rec["program_start_date"]
        for column in ("program_start_date", "first_activity_date", "planned_end_date", "extension_decision_date",
                       "end_date"):
            if rec[column] is not None:
                rec[column] = rec[column] + shift
        if rec["first_activity_date"] is not None and rec["first_activity_date"] > self.as_of:
            rec["first_activity_date"] = None
        if rec["extension_decision_date"] is not None and rec["extension_decision_date"] > self.as_of:
            rec["extension_decision_date"] = rec["extension_reason"] = None
        if rec["end_date"] is not None and rec["end_date"] > self.as_of:
            rec["end_date"], rec["status"], rec["outcome"] = None, "1", None

    # -- start of the programme ---------------------------------------------------------
    def waiting_list(self, rec: dict) -> bool:
        decided_on = rec["decision_date"]
        if rec["decision"] != "granted" or not plus_days(self.as_of, -300) <= decided_on <= plus_days(self.as_of, -31):
            return False  # a waiting list is a recent grant not yet started
        for column in _PROGRAMME_SHAPE + ("evaluations_planned", "hours_per_week"):
            if column != "planned_end_date":
                rec[column] = None
        return True

    def _late_start(self, rec: dict, lo: int, hi: int) -> bool:
        if not self.started_granted(rec):
            return False
        room = (self.as_of - rec["decision_date"]).days
        if room < lo:
            return False
        self.reshape(rec, plus_days(rec["decision_date"], self.rng.randint(lo, min(hi, room))))
        return True

    def late_start_warning(self, rec: dict) -> bool:
        return self._late_start(rec, 15, 30)

    def late_start(self, rec: dict) -> bool:
        return self._late_start(rec, 31, 120)

    def start_before_decision(self, rec: dict) -> bool:
        if not self.started_granted(rec):
            return False
        self.reshape(rec, plus_days(rec["decision_date"], -self.rng.randint(1, 21)))
        return True

    def activity_before_decision(self, rec: dict) -> bool:
        if not self.started_granted(rec) or rec["program_start_date"] < rec["decision_date"]:
            return False
        rec["first_activity_date"] = plus_days(rec["decision_date"], -self.rng.randint(1, 14))
        return True

    # -- length of the programme --------------------------------------------------------
    def _run_past(self, rec: dict, months: int, overshoot_max: int) -> None:
        limit_end = add_months(rec["program_start_date"], months)
        end = plus_days(limit_end, self.rng.randint(1, overshoot_max))
        if end > self.as_of:
            rec["end_date"], rec["status"], rec["outcome"] = None, "1", None
        else:
            rec["end_date"], rec["status"] = end, "3"
            rec["outcome"] = self.rng.choice(("work", "aap", "social_assistance", "other"))

    def over_max(self, rec: dict) -> bool:
        if rec["program_start_date"] is None:
            return False
        start = rec["program_start_date"]
        if plus_days(add_months(start, max_months(start)), 1) > self.as_of:
            return False
        rec["extension_decision_date"] = rec["extension_reason"] = None
        self._run_past(rec, max_months(start), 240)
        return True

    def extension_without_reason(self, rec: dict) -> bool:
        if rec["program_start_date"] is None:
            return False
        start = rec["program_start_date"]
        limit, ext_limit = max_months(start), max_months(start, extended=True)
        limit_end = add_months(start, limit)
        if plus_days(limit_end, 1) > self.as_of:
            return False
        rec["extension_decision_date"] = plus_days(limit_end, -self.rng.randint(10, 60))
        rec["extension_reason"] = None
        self._run_past(rec, limit, (add_months(start, ext_limit) - limit_end).days)
        return True

    def late_extension(self, rec: dict) -> bool:
        planned_end = rec["planned_end_date"]
        if rec["extension_decision_date"] is None or planned_end is None or planned_end >= self.as_of:
            return False
        rec["extension_decision_date"] = plus_days(planned_end, self.rng.randint(1, min(30, (self.as_of - planned_end).days)))
        return True

    def no_planned_end(self, rec: dict) -> bool:
        if rec["decision"] != "granted" or rec["planned_end_date"] is None:
            return False
        rec["planned_end_date"] = None
        return True

    # -- processing and information -----------------------------------------------------
    def slow_without_reply(self, rec: dict) -> bool:
        decided_on = rec["decision_date"]
        if decided_on is None:
            return False
        app = plus_days(decided_on, -self.rng.randint(32, 70))
        if app < rec["first_contact_date"]:
            return False
        rec["application_date"], rec["preliminary_reply_date"] = app, None
        return True

    def pending_without_reply(self, rec: dict) -> bool:
        if rec["decision"] is not None or rec["decision_date"] is not None:
            return False
        latest = plus_days(self.as_of, -32)
        if rec["first_contact_date"] > latest:
            return False
        lo = max(rec["first_contact_date"], plus_days(self.as_of, -150))
        rec["application_date"], rec["preliminary_reply_date"] = random_date(self.rng, lo, latest), None
        return True

    def _late_information(self, rec: dict, lo: int, hi: int | None) -> bool:
        contact = rec["first_contact_date"]
        room = (self.as_of - contact).days
        if room < lo:
            return False
        rec["kvp_informed_date"] = None if hi is None else plus_days(contact, self.rng.randint(lo, min(hi, room)))
        return True

    def late_information(self, rec: dict) -> bool:
        return self._late_information(rec, 31, 90)

    def very_late_information(self, rec: dict) -> bool:
        return self._late_information(rec, 91, 400)

    def no_information(self, rec: dict) -> bool:
        return self._late_information(rec, 91, None)

    # -- the decision -------------------------------------------------------------------
    def _decided(self, rec: dict) -> bool:
        return rec["decision"] in ("granted", "refused") and rec["decision_date"] is not None

    def _granted(self, rec: dict) -> bool:
        """kvp.age and kvp.work_ability_assessment judge granted decisions only (checks.md)."""
        return rec["decision"] == "granted" and rec["decision_date"] is not None

    def _age(self, rec: dict, age: int) -> bool:
        if not self._granted(rec):
            return False
        rec["birth_date"] = plus_days(years_before(rec["decision_date"], age), -self.rng.randint(1, 360))
        return True

    def too_young(self, rec: dict) -> bool:
        return self._granted(rec) and self._age(rec, min_age(rec["decision_date"]) - 1)

    def too_old(self, rec: dict) -> bool:
        return self._age(rec, self.rng.randint(68, 71))

    def unknown_birth(self, rec: dict) -> bool:
        if not self._granted(rec):
            return False
        rec["birth_date"] = None
        return True

    def no_assessment(self, rec: dict) -> bool:
        if not self._granted(rec):
            return False
        rec["work_ability_assessment_date"] = None
        return True

    def assessment_after_decision(self, rec: dict) -> bool:
        if not self._granted(rec) or rec["decision_date"] >= self.as_of:
            return False
        room = (self.as_of - rec["decision_date"]).days
        rec["work_ability_assessment_date"] = plus_days(rec["decision_date"], self.rng.randint(1, min(30, room)))
        return True

    def _ground(self, rec: dict, value: bool | None) -> str | bool:
        if rec["decision"] != "granted":
            return False
        ground = self.rng.choice(GROUNDS)
        rec[ground] = value
        return "kvp.grounds." + ground.removeprefix("ground_")

    def missing_ground(self, rec: dict) -> str | bool:
        return self._ground(rec, False)

    def unknown_ground(self, rec: dict) -> str | bool:
        return self._ground(rec, None)

    def _appeal(self, rec: dict, value: bool | None) -> bool:
        if not self._decided(rec):
            return False
        rec["appeal_info"] = value
        return True

    def no_appeal_info(self, rec: dict) -> bool:
        return self._appeal(rec, False)

    def unknown_appeal_info(self, rec: dict) -> bool:
        return self._appeal(rec, None)

    # -- the programme document ---------------------------------------------------------
    def _started_value(self, rec: dict, column: str, value: Any) -> bool:
        if rec["program_start_date"] is None:
            return False
        rec[column] = value
        return True

    def no_evaluation(self, rec: dict) -> bool:
        return self._started_value(rec, "evaluations_planned", 0)

    def unknown_evaluations(self, rec: dict) -> bool:
        return self._started_value(rec, "evaluations_planned", None)

    def part_time(self, rec: dict) -> bool:
        return self._started_value(rec, "hours_per_week", self.rng.choice((30.0, 30.0, 37.0, 20.0, 35.0)))

    def unknown_hours(self, rec: dict) -> bool:
        return self._started_value(rec, "hours_per_week", None)

    # -- inconsistent data --------------------------------------------------------------
    def decision_before_application(self, rec: dict) -> bool:
        if rec["decision_date"] is None or rec["decision_date"] >= plus_days(self.as_of, -5):
            return False
        rec["application_date"] = plus_days(rec["decision_date"], self.rng.randint(1, 5))
        return True

    def end_before_start(self, rec: dict) -> bool:
        if rec["program_start_date"] is None or rec["end_date"] is None:
            return False
        rec["end_date"] = plus_days(rec["program_start_date"], -self.rng.randint(1, 60))
        return True

    def ended_without_end_date(self, rec: dict) -> bool:
        if rec["status"] not in ("3", "4", "5", "7") or rec["end_date"] is None:
            return False
        rec["end_date"] = None
        return True

    def ongoing_with_end_date(self, rec: dict) -> bool:
        if rec["status"] not in ("3", "4", "5", "7") or rec["end_date"] is None:
            return False
        rec["status"] = "1"
        return True


_START = ("decision", "decision_date", "program_start_date")
_DURATION = ("program_start_date", "end_date", "extension_decision_date", "extension_reason")
_PROCESSING = ("application_date", "decision_date", "preliminary_reply_date")
_INFO = ("first_contact_date", "kvp_informed_date")
_AGE = ("decision", "decision_date", "birth_date")
_ORDER = ("application_date", "decision_date", "program_start_date", "end_date")
_F = KvpInjector
# In the order they are applied: kinds that reshape the programme come first.
KINDS: tuple[Kind, ...] = (
    Kind("waiting_list", "kvp.start_delay", DEVIATION, _START, _PROGRAMME_SHAPE + ("evaluations_planned",
         "hours_per_week"), _F.waiting_list, "innvilget, ikke startet, vedtak mer enn 30 dager før as_of"),
    Kind("late_start_warning", "kvp.start_delay", WARNING, _START, _PROGRAMME_SHAPE, _F.late_start_warning,
         "programstart 15–30 dager etter vedtak"),
    Kind("late_start", "kvp.start_delay", DEVIATION, _START, _PROGRAMME_SHAPE, _F.late_start,
         "programstart 31 dager eller mer etter vedtak"),
    Kind("start_before_decision", "kvp.before_decision", DEVIATION, _START, _PROGRAMME_SHAPE,
         _F.start_before_decision, "programstart før vedtak"),
    Kind("activity_before_decision", "kvp.before_decision", DEVIATION, _START + ("first_activity_date",),
         ("first_activity_date",), _F.activity_before_decision, "første aktivitet før vedtak"),
    Kind("over_max", "kvp.max_duration", DEVIATION, _DURATION, ("extension_decision_date", "extension_reason",
         "end_date", "status", "outcome"), _F.over_max, "varighet over grensen uten forlengelsesvedtak"),
    Kind("extension_without_reason", "kvp.max_duration", DEVIATION, _DURATION, ("extension_decision_date",
         "extension_reason", "end_date", "status", "outcome"), _F.extension_without_reason,
         "varighet over grensen, forlengelse uten begrunnelse"),
    Kind("late_extension", "kvp.extension_in_time", DEVIATION, ("extension_decision_date", "planned_end_date"),
         ("extension_decision_date",), _F.late_extension, "forlengelse vedtatt etter planlagt sluttdato"),
    Kind("no_planned_end", "kvp.duration_stated", DEVIATION, ("decision", "planned_end_date"),
         ("planned_end_date",), _F.no_planned_end, "innvilget uten planlagt sluttdato"),
    Kind("slow_without_reply", "kvp.processing_time", DEVIATION, _PROCESSING,
         ("application_date", "preliminary_reply_date"), _F.slow_without_reply,
         "vedtak mer enn en måned etter søknad, uten foreløpig svar"),
    Kind("pending_without_reply", "kvp.processing_time", DEVIATION, _PROCESSING,
         ("application_date", "preliminary_reply_date"), _F.pending_without_reply,
         "søknad ubehandlet over en måned, uten foreløpig svar"),
    Kind("late_information", "kvp.early_information", WARNING, _INFO, ("kvp_informed_date",), _F.late_information,
         "informert om KVP 31–90 dager etter første kontakt"),
    Kind("very_late_information", "kvp.early_information", DEVIATION, _INFO, ("kvp_informed_date",),
         _F.very_late_information, "informert om KVP over 90 dager etter første kontakt"),
    Kind("no_information", "kvp.early_information", DEVIATION, _INFO, ("kvp_informed_date",), _F.no_information,
         "ikke dokumentert informert om KVP, første kontakt over 90 dager før as_of"),
    Kind("too_young", "kvp.age", DEVIATION, _AGE, ("birth_date",), _F.too_young, "under minstealder ved vedtak"),
    Kind("too_old", "kvp.age", DEVIATION, _AGE, ("birth_date",), _F.too_old, "over 67 år ved vedtak"),
    Kind("unknown_birth", "kvp.age", UNKNOWN, _AGE, ("birth_date",), _F.unknown_birth, "fødselsdato mangler"),
    Kind("no_assessment", "kvp.work_ability_assessment", DEVIATION, ("decision", "decision_date",
         "work_ability_assessment_date"), ("work_ability_assessment_date",), _F.no_assessment,
         "arbeidsevnevurdering mangler"),
    Kind("assessment_after_decision", "kvp.work_ability_assessment", DEVIATION, ("decision", "decision_date",
         "work_ability_assessment_date"), ("work_ability_assessment_date",), _F.assessment_after_decision,
         "arbeidsevnevurdering etter vedtak"),
    Kind("missing_ground", "kvp.grounds.*", DEVIATION, ("decision",) + GROUNDS, GROUNDS, _F.missing_ground,
         "vedtaket begrunner ikke ett av vilkårene (Nei)"),
    Kind("unknown_ground", "kvp.grounds.*", UNKNOWN, ("decision",) + GROUNDS, GROUNDS, _F.unknown_ground,
         "begrunnelse for ett vilkår ikke utfylt"),
    Kind("no_appeal_info", "kvp.appeal_info", DEVIATION, ("decision", "appeal_info"), ("appeal_info",),
         _F.no_appeal_info, "klageadgang ikke opplyst"),
    Kind("unknown_appeal_info", "kvp.appeal_info", UNKNOWN, ("decision", "appeal_info"), ("appeal_info",),
         _F.unknown_appeal_info, "klageadgang ikke utfylt"),
    Kind("no_evaluation", "kvp.evaluation_planned", DEVIATION, ("program_start_date", "evaluations_planned"),
         ("evaluations_planned",), _F.no_evaluation, "ingen evalueringer planlagt"),
    Kind("unknown_evaluations", "kvp.evaluation_planned", UNKNOWN, ("program_start_date", "evaluations_planned"),
         ("evaluations_planned",), _F.unknown_evaluations, "antall evalueringer ikke utfylt"),
    Kind("part_time", "kvp.full_time", DEVIATION, ("program_start_date", "hours_per_week"), ("hours_per_week",),
         _F.part_time, "under 37,5 timer per uke"),
    Kind("unknown_hours", "kvp.full_time", UNKNOWN, ("program_start_date", "hours_per_week"), ("hours_per_week",),
         _F.unknown_hours, "timer per uke ikke utfylt"),
    Kind("decision_before_application", "kvp.data.dates_in_order", DEVIATION, _ORDER, ("application_date",),
         _F.decision_before_application, "søknadsdato etter vedtaksdato"),
    Kind("end_before_start", "kvp.data.dates_in_order", DEVIATION, _ORDER, ("end_date",), _F.end_before_start,
         "avsluttet dato før programstart"),
    Kind("ended_without_end_date", "kvp.data.status_end_date", DEVIATION, ("status", "end_date"), ("end_date",),
         _F.ended_without_end_date, "status avsluttet (3/4/5/7) uten avsluttet dato"),
    Kind("ongoing_with_end_date", "kvp.data.status_end_date", DEVIATION, ("status", "end_date"), ("status",),
         _F.ongoing_with_end_date, "status 1 (i program) med avsluttet dato"),
)
KIND_BY_NAME = {k.name: k for k in KINDS}
DEFAULT_RATES: dict[str, float] = {k.name: 0.06 for k in KINDS}
DEFAULT_RATES.update({
    "waiting_list": 0.07, "over_max": 0.25, "extension_without_reason": 0.15, "late_extension": 0.25,
    "unknown_birth": 0.02, "unknown_ground": 0.03, "unknown_appeal_info": 0.03, "unknown_evaluations": 0.03,
    "unknown_hours": 0.03, "decision_before_application": 0.02, "end_before_start": 0.03,
    "ended_without_end_date": 0.03, "ongoing_with_end_date": 0.03, "pending_without_reply": 0.3,
})
