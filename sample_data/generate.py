"""Seeded generator of realistic KVP case exports, with their ground truth.

It writes what a Norwegian case system hands the county supervisor before an
inspection of the qualification programme (kvalifiseringsprogram, KVP): one row
per application, Norwegian headers and values, and the mapping file that tells
nav-audit how to read them.

Command line::

    python -m sample_data.generate --seed 2019 --rows 400 --as-of 2025-12-31 \\
        --out sample_data/kvp --formats csv,xlsx

writes into ``--out``:

* ``kvp_saker.csv``   semicolon separated, UTF-8 with BOM, CRLF (as Excel saves it),
  dates ``dd.mm.yyyy``, booleans ``Ja``/``Nei``, decisions ``Innvilget``/``Avslag``;
* ``kvp_saker.xlsx``  the same rows on sheet ``Saker`` with real date cells;
* ``kvp_mapping.yaml`` the mapping (case-data.md, "Mapping file") for both files;
* ``ground_truth.json`` what every ``kvp`` check must find, computed by the
  independent :mod:`sample_data.oracle` from the canonical records (before they
  were written with Norwegian headers), plus a ``generator`` section naming the
  injected deviations and boundary rows by case id.

Other options: ``--rate KIND=0.1`` (repeatable) changes how often a deviation kind
is injected (see ``KINDS``; ``--list-kinds`` prints them), ``--birth-year-only``
exports ``Fødselsår`` instead of ``Fødselsdato``, ``--omit COLUMN`` leaves a
canonical column out (its checks become ``not_evaluated``), ``--no-boundaries``
leaves out the fixed boundary rows. The same seed and options give byte-identical
files (XLSX included).

Library::

    from datetime import date
    from sample_data.generate import generate_kvp, write_kvp
    from sample_data.oracle import ground_truth

    sample = generate_kvp(seed=7, rows=300, as_of=date(2025, 12, 31))
    sample.records       # canonical dicts (audit.datasets.KVP column names)
    sample.export_rows   # the same rows as the export has them (Norwegian headers)
    truth = ground_truth(sample.records, date(2025, 12, 31))
    paths = write_kvp("out/", seed=7, rows=300, as_of=date(2025, 12, 31))

How rows come about: every row is first built as a compliant case with a
realistic sequence (first contact, information about KVP, application, maybe a
preliminary reply, work ability assessment, decision, programme start, first
activity, evaluations, maybe an extension, end, KOSTRA status, outcome). Then
deviation *kinds* are injected: each kind has a rate (probability per row where
it can apply; default ``DEFAULT_RATES``), a precondition and a mutation, and a
kind is never applied where it would change a value an earlier injection on the
same row depends on. Each kind appears at least once when some row can take it.
Finally a block of fixed boundary rows (``BOUNDARIES``: start exactly 14/15/30/31
days after the decision, processing at exactly one month, 31 January + 1 month,
age exactly 18/19/67/68 around 2018-12-31/2019-01-01, programmes started
2018-12-31 vs 2019-01-01, …) is added when there are at least twice as many rows.

Case ids are ``K-`` and six digits: pseudonymous, never an identity number. Free
text holds no personal data. Nothing here imports from ``audit`` or ``checks``.
"""

from __future__ import annotations

import io
import os
import random
import re
import sys
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable

from sample_data import common
from sample_data.common import OFFICES  # noqa: F401 (re-exported: where the sample's cases are handled)
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
from sample_data.oracle import (
    DEVIATION,
    OK,
    UNKNOWN,
    WARNING,
    add_months,
    full_years,
    ground_truth,
    parameters,
    versioned,
)

DEFAULT_AS_OF = date(2025, 12, 31)
CSV_NAME, XLSX_NAME, MAPPING_NAME, TRUTH_NAME = "kvp_saker.csv", "kvp_saker.xlsx", "kvp_mapping.yaml", "ground_truth.json"
SHEET = "Saker"
DATE_FORMAT = "%d.%m.%Y"

# Canonical column -> header in the export, in export order.
HEADERS: dict[str, str] = {
    "case_id": "Saksnummer",
    "municipality": "Kommunenr",
    "office": "NAV-kontor",
    "caseworker": "Saksbehandler",
    "birth_date": "Fødselsdato",
    "birth_year": "Fødselsår",
    "first_contact_date": "Klientforhold fra",
    "kvp_informed_date": "Informert om KVP",
    "application_date": "Søknad registrert",
    "preliminary_reply_date": "Foreløpig svar sendt",
    "work_ability_assessment_date": "Arbeidsevnevurdering",
    "decision_date": "Vedtaksdato",
    "decision": "Vedtak",
    "ground_age": "Begrunnet: alder",
    "ground_work_ability": "Begrunnet: nedsatt arbeidsevne",
    "ground_benefits": "Begrunnet: ingen/begrensede ytelser",
    "ground_necessity": "Begrunnet: nødvendig og hensiktsmessig",
    "ground_program": "Begrunnet: tilpasset program",
    "appeal_info": "Klageadgang opplyst",
    "planned_end_date": "Planlagt sluttdato",
    "program_start_date": "Programstart",
    "first_activity_date": "Første aktivitet",
    "evaluations_planned": "Antall evalueringer",
    "hours_per_week": "Timer per uke",
    "extension_decision_date": "Vedtak om forlengelse",
    "extension_reason": "Begrunnelse forlengelse",
    "end_date": "Avsluttet dato",
    "status": "Status KOSTRA",
    "outcome": "Situasjon etter program",
}
# Columns the export carries that are not canonical: they are carried along untouched.
EXTRA_HEADERS = ("Oppfølgingsteam", "Merknad")

DATE_COLUMNS = (
    "birth_date", "first_contact_date", "kvp_informed_date", "application_date", "preliminary_reply_date",
    "work_ability_assessment_date", "decision_date", "planned_end_date", "program_start_date",
    "first_activity_date", "extension_decision_date", "end_date",
)
BOOL_COLUMNS = ("ground_age", "ground_work_ability", "ground_benefits", "ground_necessity", "ground_program",
                "appeal_info")
GROUNDS = BOOL_COLUMNS[:5]
CANONICAL = tuple(c for c in HEADERS if c != "birth_year")  # birth_year only with birth_year_only

DECISION_LABELS = {"granted": "Innvilget", "refused": "Avslag"}
STATUS_LABELS = {
    "1": "Fortsatt i program",
    "2": "Permisjon/avtalt avbrudd",
    "3": "Fullført/avsluttet etter avtale",
    "4": "Varig avbrutt pga. uteblivelse",
    "5": "Avbrutt pga. flytting",
    "6": "Flyttet til annen bydel",
    "7": "Avsluttet etter avbrudd",
}
OUTCOME_LABELS = {
    "work": "Arbeid",
    "work_subsidised": "Arbeid med lønnstilskudd",
    "education": "Utdanning",
    "aap": "Arbeidsavklaringspenger",
    "disability": "Uføretrygd",
    "social_assistance": "Økonomisk sosialhjelp",
    "other": "Annet",
    "unknown": "Ukjent",
}
LABELS = {"decision": DECISION_LABELS, "status": STATUS_LABELS, "outcome": OUTCOME_LABELS}

EXTENSION_REASONS = (
    "Særlige grunner: fagbrev/kompetansebevis avsluttes etter planlagt sluttdato",
    "Særlige grunner: arbeidspraksis med utsikt til fast ansettelse",
    "Særlige grunner: helsemessig avbrudd i programperioden",
    "Særlige grunner: norskopplæring må fullføres før arbeidsrettet tiltak",
)
REMARKS = (
    "Tolk benyttet i samtaler", "Overført fra annet NAV-kontor", "Samarbeid med fastlege",
    "Deltar i jobbklubb", "Purret på dokumentasjon", "Samarbeid med jobbspesialist",
)


# --------------------------------------------------------------------------------------
# Parameters of the law (from the oracle's table)
# --------------------------------------------------------------------------------------


def _max_months(start: date, extended: bool = False) -> int:
    p = parameters()["kvp.max_duration"]
    return versioned(p["extended_months" if extended else "months"], start)


def _min_age(decided_on: date) -> int:
    return versioned(parameters()["kvp.age"]["min_age"], decided_on)


# --------------------------------------------------------------------------------------
# Building one compliant case (every field can be fixed by ``fix``)
# --------------------------------------------------------------------------------------


class _Builder(Builder):
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
            limit, ext_limit = _max_months(begun), _max_months(begun, extended=True)
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


# --------------------------------------------------------------------------------------
# Deviation kinds: precondition + mutation on a compliant row
# --------------------------------------------------------------------------------------

_PROGRAMME_SHAPE = ("program_start_date", "first_activity_date", "planned_end_date", "extension_decision_date",
                    "extension_reason", "end_date", "status", "outcome")


class _Injector(Injector):
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
        if plus_days(add_months(start, _max_months(start)), 1) > self.as_of:
            return False
        rec["extension_decision_date"] = rec["extension_reason"] = None
        self._run_past(rec, _max_months(start), 240)
        return True

    def extension_without_reason(self, rec: dict) -> bool:
        if rec["program_start_date"] is None:
            return False
        start = rec["program_start_date"]
        limit, ext_limit = _max_months(start), _max_months(start, extended=True)
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
        return self._granted(rec) and self._age(rec, _min_age(rec["decision_date"]) - 1)

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
_F = _Injector
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
    for applied, decided, level in ((date(2025, 1, 31), date(2025, 2, 28), OK),
                                    (date(2025, 1, 31), date(2025, 3, 1), DEVIATION),
                                    (date(2024, 1, 31), date(2024, 2, 29), OK),
                                    (date(2024, 1, 31), date(2024, 3, 1), DEVIATION)):
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


# --------------------------------------------------------------------------------------
# The whole sample
# --------------------------------------------------------------------------------------


KvpSample = Sample  # records sorted by case_id; see sample_data.common.Sample


def _number(rng: random.Random, cases: list[Case]) -> None:
    """Case numbers grow with the application date, with gaps, as in a journal."""
    cases.sort(key=lambda c: (c.rec["application_date"], c.rec["office"], rng.random()))
    number = rng.randint(100, 900)
    for case in cases:
        number += rng.randint(1, 40)
        case.rec["case_id"] = f"K-{number:06d}"


KVP = Suite(
    dataset="kvp", module="sample_data.generate", key="case_id", canonical=CANONICAL, headers=HEADERS,
    extra_headers=EXTRA_HEADERS, bool_columns=BOOL_COLUMNS, labels=LABELS, kinds=KINDS, default_rates=DEFAULT_RATES,
    builder=_Builder, injector=_Injector, boundaries=boundaries, number=_number,
)


def generate_kvp(seed: int, rows: int, as_of: date = DEFAULT_AS_OF, *, rates: dict[str, float] | None = None,
                 birth_year_only: bool = False, omit: tuple[str, ...] = (),
                 include_boundaries: bool = True) -> KvpSample:
    """Generate ``rows`` KVP cases, deterministically from ``seed``.

    ``rates`` overrides ``DEFAULT_RATES`` per kind. ``birth_year_only`` exports the
    birth year instead of the date (canonical ``birth_year``). ``omit`` leaves
    canonical columns out of records and export. Boundary rows are included when
    ``include_boundaries`` and ``rows`` is at least twice their number.
    """
    return generate(KVP, seed, rows, as_of, rates=rates, birth_year_only=birth_year_only, omit=omit,
                    include_boundaries=include_boundaries)


# --------------------------------------------------------------------------------------
# Writing the files
# --------------------------------------------------------------------------------------


def mapping(headers: list[str]) -> dict[str, Any]:
    """The mapping file's content for an export with ``headers``."""
    return mapping_document(KVP, headers, sheet=SHEET, delimiter=";", date_format=DATE_FORMAT)


def mapping_yaml(headers: list[str]) -> str:
    head = (
        "# Mapping for the KVP sample export (sample_data/generate.py).\n"
        "# One mapping for both files: `sheet` is used for XLSX only, `delimiter` for CSV only,\n"
        "# `date_format` for text dates (the CSV); XLSX has real date cells. The CSV is\n"
        "# UTF-8 with BOM, which is detected, so no `encoding` is given.\n"
        "# Ja/Nei need no entry under `values` (case-data.md).\n"
        "# Columns not named here (Oppfølgingsteam, Merknad) are carried along untouched.\n"
    )
    return common.mapping_yaml(head, mapping(headers))


def csv_bytes(sample: KvpSample) -> bytes:
    """The CSV export: UTF-8 with BOM, as Excel saves it."""
    return common.csv_bytes(sample, DATE_FORMAT, "utf-8", bom=True)


def xlsx_bytes(sample: KvpSample, as_of: date) -> bytes:
    """The export as an Excel workbook, byte-identical for the same sample."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws.append(sample.headers)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    date_columns = {HEADERS[c] for c in DATE_COLUMNS}
    for row in sample.export_rows:
        ws.append([row.get(h) for h in sample.headers])
    for index, header in enumerate(sample.headers, start=1):
        letter = get_column_letter(index)
        ws.column_dimensions[letter].width = max(12, min(40, len(header) + 2))
        if header in date_columns:
            for cell in ws[letter][1:]:
                if cell.value is not None:
                    cell.number_format = "DD.MM.YYYY"
    ws.freeze_panes = "A2"
    stamp = datetime(as_of.year, as_of.month, as_of.day)
    wb.properties.created = wb.properties.modified = stamp
    wb.properties.creator = "sample_data.generate"
    raw = io.BytesIO()
    wb.save(raw)
    return _stable_zip(raw.getvalue(), stamp)


def _stable_zip(data: bytes, stamp: datetime) -> bytes:
    """Rewrite a zip with fixed entry timestamps so equal content gives equal bytes.

    openpyxl also sets the workbook's "modified" property to the time of saving;
    it is set to ``stamp`` like "created".
    """
    out = io.BytesIO()
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + iso + rb"\g<2>",
                                 content)
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, content)
    return out.getvalue()


def truth_document(sample: KvpSample, as_of: date, seed: int, params: dict | None = None) -> dict[str, Any]:
    """ground_truth.json: the oracle's verdicts plus what the generator put in."""
    return add_generator_section(ground_truth(sample.records, as_of, params), sample, KVP, seed)


def write_kvp(out: str | os.PathLike, seed: int, rows: int, as_of: date = DEFAULT_AS_OF,
              formats: tuple[str, ...] = ("csv", "xlsx"), params: dict | None = None,
              **options: Any) -> dict[str, Path]:
    """Generate and write the sample files into ``out``; returns {"csv"|"xlsx"|"mapping"|"truth": path}.

    ``options`` are passed to :func:`generate_kvp` (rates, birth_year_only, omit,
    include_boundaries); ``params`` to the oracle.
    """
    bad = set(formats) - {"csv", "xlsx"}
    if bad or not formats:
        raise ValueError(f"formats must be csv and/or xlsx, got: {', '.join(formats) or 'nothing'}")
    out = Path(out)
    sample = generate_kvp(seed, rows, as_of, **options)
    paths: dict[str, Path] = {}
    if "csv" in formats:
        paths["csv"] = out / CSV_NAME
        atomic_write(paths["csv"], csv_bytes(sample))
    if "xlsx" in formats:
        paths["xlsx"] = out / XLSX_NAME
        atomic_write(paths["xlsx"], xlsx_bytes(sample, as_of))
    paths["mapping"] = out / MAPPING_NAME
    atomic_write(paths["mapping"], mapping_yaml(sample.headers).encode("utf-8"))
    paths["truth"] = out / TRUTH_NAME
    atomic_write(paths["truth"], truth_json(truth_document(sample, as_of, seed, params)))
    return paths


# --------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = sample_parser(
        "python -m sample_data.generate",
        "Generate a seeded KVP case export (CSV/XLSX), its mapping and ground truth.",
        "python -m sample_data.generate --seed 2019 --rows 400 --as-of 2025-12-31 --out sample_data/kvp",
        seed=2019, rows=400, rows_noun="cases", as_of=DEFAULT_AS_OF, out="sample_data/kvp", kinds=KIND_BY_NAME,
        formats=True)

    def write(args: Any, options: dict[str, Any]) -> dict[str, Path]:
        formats = tuple(f.strip() for f in args.formats.split(",") if f.strip())
        return write_kvp(args.out, args.seed, args.rows, args.as_of, formats, **options)

    return run_sample_cli(
        parser, argv, KINDS,
        lambda k: f"{k.name:30} {DEFAULT_RATES[k.name]:.2f}  {k.check:28} {k.level:9} {k.description}", write)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
