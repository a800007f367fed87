"""Seeded generator of realistic økonomisk stønad case exports, with their ground truth.

It writes what a Norwegian case system hands the county supervisor before an
inspection of economic social assistance (økonomisk stønad): one row per
application and its decision, Norwegian headers and values, as the office's system
exports it (semicolon separated, Windows-1252, CRLF), and the mapping file that
tells nav-audit how to read it.

Command line::

    python -m sample_data.generate_stonad --seed 2025 --rows 400 --as-of 2025-12-31 \\
        --out sample_data/stonad

writes into ``--out``:

* ``stonad_saker.csv``   semicolon separated, cp1252, CRLF, dates ``dd.mm.yyyy``,
  booleans ``Ja``/``Nei``, decisions ``Innvilget``/``Delvis innvilget``/``Avslag``;
* ``stonad_mapping.yaml``   the mapping (with ``encoding: cp1252`` and ``delimiter: ";"``);
* ``ground_truth.json``     what every ``stonad`` check must find, computed by the
  independent :mod:`sample_data.oracle_stonad` from the canonical records, plus a
  ``generator`` section naming the injected deviations and boundary rows by key.

Options as :mod:`sample_data.generate`: ``--rate KIND=0.1``, ``--list-kinds``,
``--birth-year-only``, ``--omit COLUMN``, ``--no-boundaries``. The same seed and
options give byte-identical files.

How rows come about: each row is first built as a compliant application (receipt,
maybe emergency help decided the same day, maybe a preliminary reply, decision and
its period, activity conditions or a reasoned exception for those under 30, child
benefit kept out of the income, KVP information for long-term recipients, a
follow-up meeting). Then deviation *kinds* are injected at their rates (``KINDS``,
``DEFAULT_RATES``), never disturbing an earlier injection on the same row, each kind
at least once where some row can take it. Finally fixed boundary rows
(``boundaries``: emergency help decided the next calendar day vs the next working day
across Easter, 17 May, Ascension, Whit Monday and Christmas/New Year — calendar days
count; § 20 a on 31.12.2016 vs 01.01.2017 and for emergency help; child benefit on
31.08.2022 vs 01.09.2022; age 29
vs 30 at the decision; 5 vs 6 months on assistance; 17/18/67/68 years at receipt;
processing on exactly +1 month and 31 January + 1 month; …) are added when there are
at least twice as many rows.

Application ids are ``S-`` and six digits, person ids ``K-`` and six digits (a
person may have several applications): pseudonymous, never an identity number.
Nothing here imports from ``audit`` or ``checks``.
"""

from __future__ import annotations

import os
import random
import sys
from datetime import date
from pathlib import Path
from typing import Any

from sample_data import common
from sample_data.common import (
    Builder,
    Case,
    Injector,
    Kind,
    Sample,
    Suite,
    add_generator_section,
    atomic_write,
    generate,
    latest_late_application,
    mapping_document,
    plus_days,
    preliminary_reply,
    random_date,
    run_sample_cli,
    sample_parser,
    truth_json,
    weighted,
    years_before,
)
from sample_data.oracle import DEVIATION, OK, UNKNOWN, WARNING, add_months, full_years
from sample_data.oracle_stonad import (
    ground_truth,
)

DEFAULT_AS_OF = date(2025, 12, 31)
CSV_NAME, MAPPING_NAME, TRUTH_NAME = "stonad_saker.csv", "stonad_mapping.yaml", "ground_truth.json"
DATE_FORMAT = "%d.%m.%Y"
ENCODING = "cp1252"

# Canonical column -> header in the export, in export order.
HEADERS: dict[str, str] = {
    "application_id": "Søknadsnr",
    "case_id": "Person-ID",
    "municipality": "Kommunenr",
    "office": "NAV-kontor",
    "caseworker": "Saksbehandler",
    "birth_date": "Fødselsdato",
    "birth_year": "Fødselsår",
    "received_date": "Mottatt dato",
    "emergency": "Nødhjelp",
    "preliminary_reply_date": "Foreløpig svar",
    "decision_date": "Vedtaksdato",
    "decision": "Vedtak",
    "period_start": "Periode fra",
    "period_end": "Periode til",
    "conditions_set": "Vilkår om aktivitet (§ 20 a)",
    "exception_20a_date": "Unntak fra vilkår vedtatt",
    "exception_20a_reason": "Begrunnelse for unntak",
    "children_in_household": "Barn under 18 år",
    "child_benefit_as_income": "Barnetrygd regnet som inntekt",
    "months_on_assistance": "Mnd. med stønad siste 12",
    "kvp_informed_date": "Informert om KVP",
    "follow_up_meeting_date": "Første oppfølgingssamtale",
}
EXTRA_HEADERS = ("Stønadsform", "Merknad")

DATE_COLUMNS = ("birth_date", "received_date", "preliminary_reply_date", "decision_date", "period_start",
                "period_end", "exception_20a_date", "kvp_informed_date", "follow_up_meeting_date")
BOOL_COLUMNS = ("emergency", "conditions_set", "child_benefit_as_income")
CANONICAL = tuple(c for c in HEADERS if c != "birth_year")
GRANTED = ("granted", "partly")

DECISION_LABELS = {"granted": "Innvilget", "partly": "Delvis innvilget", "refused": "Avslag"}
EXCEPTION_REASONS = (
    "Mottaker er i arbeid",
    "Mottaker er allerede i aktivitet knyttet til statlig ytelse",
    "Helsemessige forhold hindrer deltakelse i aktivitet – legeerklæring",
    "Sosiale forhold hindrer deltakelse i aktivitet",
    "Tungtveiende grunner: omsorg for barn under ett år",
)
FORMS = (("Livsopphold", 55), ("Husleie", 15), ("Strøm", 8), ("Livsopphold og husleie", 12),
         ("Tannbehandling", 3), ("Depositum", 3), ("Barnehage/SFO", 4))
EMERGENCY_FORMS = ("Nødhjelp – mat", "Nødhjelp – mat og reise", "Nødhjelp – overnatting")
REMARKS = ("Kontoutskrift mottatt", "Samtale med veileder", "Tolk benyttet", "Husleiekontrakt mottatt",
           "Henvist til gjeldsrådgivning", "Søkt bostøtte", "Purret på dokumentasjon")


def _age(born: date | None, on: date | None) -> int | None:
    return None if born is None or on is None else full_years(born, on)


# --------------------------------------------------------------------------------------
# One compliant application (every field can be fixed by ``fix``)
# --------------------------------------------------------------------------------------


class _Builder(Builder):
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

        young = granted and decided is not None and _age(born, decided) is not None and _age(born, decided) < 30
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
        age_received = _age(born, received)
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


# --------------------------------------------------------------------------------------
# Deviation kinds
# --------------------------------------------------------------------------------------


class _Injector(Injector):
    def _granted_young(self, rec: dict) -> bool:
        """§ 20 a: granted, decided from 2017-01-01, not emergency help, under 30 at the decision."""
        age = _age(rec["birth_date"], rec["decision_date"])
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
        age = _age(rec["birth_date"], rec["received_date"])
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


_F = _Injector
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
         "nødhjelp mottatt 3–20 dager før revisjonsdatoen, ikke avgjort (minst to virkedager)"),
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
         "ikke avgjort, mottatt mer enn én måned før revisjonsdatoen, uten foreløpig svar"),
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


SECTION_20A_FROM = date(2017, 1, 1)  # checks.md "Law in force"
CHILD_BENEFIT_FROM = date(2022, 9, 1)
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
    for received, decided, level in ((date(2025, 1, 31), date(2025, 2, 28), OK),
                                     (date(2025, 1, 31), date(2025, 3, 1), DEVIATION),
                                     (date(2024, 1, 31), date(2024, 2, 29), OK),
                                     (date(2024, 1, 31), date(2024, 3, 1), DEVIATION)):
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


# --------------------------------------------------------------------------------------
# The whole sample
# --------------------------------------------------------------------------------------


StonadSample = Sample  # records sorted by application_id; see sample_data.common.Sample


def _number(rng: random.Random, cases: list[Case]) -> None:
    """Application numbers grow with the date of receipt; persons keep one number."""
    cases.sort(key=lambda c: (c.rec["received_date"], c.rec["office"], rng.random()))
    number, person_number = rng.randint(100, 900), rng.randint(1000, 3000)
    persons: dict[date | None, str] = {}
    for case in cases:
        number += rng.randint(1, 30)
        case.rec["application_id"] = f"S-{number:06d}"
        born = case.rec["birth_date"]
        if born is None or born not in persons:
            person_number += rng.randint(1, 25)
            person = f"K-{person_number:06d}"
            if born is not None:
                persons[born] = person
        case.rec["case_id"] = persons.get(born) or person


STONAD = Suite(
    dataset="stonad", module="sample_data.generate_stonad", key="application_id", canonical=CANONICAL,
    headers=HEADERS, extra_headers=EXTRA_HEADERS, bool_columns=BOOL_COLUMNS, labels={"decision": DECISION_LABELS},
    kinds=KINDS, default_rates=DEFAULT_RATES, builder=_Builder, injector=_Injector, boundaries=boundaries,
    number=_number,
)


def generate_stonad(seed: int, rows: int, as_of: date = DEFAULT_AS_OF, *, rates: dict[str, float] | None = None,
                    birth_year_only: bool = False, omit: tuple[str, ...] = (),
                    include_boundaries: bool = True) -> StonadSample:
    """Generate ``rows`` stønad applications, deterministically from ``seed``."""
    return generate(STONAD, seed, rows, as_of, rates=rates, birth_year_only=birth_year_only, omit=omit,
                    include_boundaries=include_boundaries)


# --------------------------------------------------------------------------------------
# Writing the files
# --------------------------------------------------------------------------------------


def mapping(headers: list[str]) -> dict[str, Any]:
    return mapping_document(STONAD, headers, encoding=ENCODING, delimiter=";", date_format=DATE_FORMAT)


def mapping_yaml(headers: list[str]) -> str:
    head = (
        "# Mapping for the økonomisk stønad sample export (sample_data/generate_stonad.py).\n"
        "# The case system writes Windows-1252 (cp1252), semicolon separated, dates dd.mm.yyyy.\n"
        "# Ja/Nei need no entry under `values` (case-data.md); a blank cell is not known.\n"
        "# Columns not named here (Stønadsform, Merknad) are carried along untouched.\n"
    )
    return common.mapping_yaml(head, mapping(headers))


def csv_bytes(sample: StonadSample) -> bytes:
    return common.csv_bytes(sample, DATE_FORMAT, ENCODING)


def truth_document(sample: StonadSample, as_of: date, seed: int, params: dict | None = None) -> dict[str, Any]:
    return add_generator_section(ground_truth(sample.records, as_of, params), sample, STONAD, seed)


def write_stonad(out: str | os.PathLike, seed: int, rows: int, as_of: date = DEFAULT_AS_OF,
                 params: dict | None = None, **options: Any) -> dict[str, Path]:
    """Generate and write the sample into ``out``; returns {"csv"|"mapping"|"truth": path}."""
    out = Path(out)
    sample = generate_stonad(seed, rows, as_of, **options)
    paths = {"csv": out / CSV_NAME, "mapping": out / MAPPING_NAME, "truth": out / TRUTH_NAME}
    atomic_write(paths["csv"], csv_bytes(sample))
    atomic_write(paths["mapping"], mapping_yaml(sample.headers).encode("utf-8"))
    atomic_write(paths["truth"], truth_json(truth_document(sample, as_of, seed, params)))
    return paths


# --------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = sample_parser(
        "python -m sample_data.generate_stonad",
        "Generate a seeded økonomisk stønad case export (CSV, cp1252), its mapping and ground truth.",
        "python -m sample_data.generate_stonad --seed 2025 --rows 400 --as-of 2025-12-31 --out sample_data/stonad",
        seed=2025, rows=400, rows_noun="applications", as_of=DEFAULT_AS_OF, out="sample_data/stonad",
        kinds=KIND_BY_NAME)
    return run_sample_cli(
        parser, argv, KINDS,
        lambda k: f"{k.name:28} {DEFAULT_RATES[k.name]:.3f}  {k.check:36} {k.level:9} {k.description}",
        lambda args, options: write_stonad(args.out, args.seed, args.rows, args.as_of, **options))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
