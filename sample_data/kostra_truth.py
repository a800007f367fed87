"""Canonical records of KOSTRA 11CF / 11F records, written out independently of the reader.

The KOSTRA sample files (:mod:`sample_data.generate_kostra`) are written from
records keyed by KOSTRA field name (:mod:`sample_data.kostra`). Their ground truth
is computed by the independent oracles from the canonical rows the toolkit's KOSTRA
reader must yield for them. This module states those rows by hand from the mapping
rules of ``docs/input.md`` ("KOSTRA files") and ``docs/kostra.md``
("Canonical columns"); it imports nothing from ``audit`` or ``checks``.

11CF -> ``kvp``: every record is a granted programme; case_id = PERSON_JOURNALNR;
REG_DATO, VEDTAK_DATO, BEGYNT_DATO, AVSL_DATO, STATUS, KOMMUNE_NR, BYDELSNR,
SAKSBEHANDLER give application_date, decision_date, program_start_date, end_date,
status, municipality, office, caseworker; outcome from AVSL_VIKTIGSTE_INNTEKT, else
the ticked AVSL_* code that comes first in the order work, subsidised work,
education, AAP, disability, social assistance, other, unknown.

11F -> ``stonad`` (one row per recipient): application_id = case_id =
PERSON_JOURNALNR, decision granted, months_on_assistance = months marked in
STMND_1..STMND_12, conditions_set from VILKARSOSLOV (1 true, 2 false, blank empty),
exception_20a_date = VEDTAKDATO, exception_20a_reason = the ticked VEDTAKARB /
VEDTAKAKT / VEDTAKHELSE / VEDTAKGRUNN as "code text" joined by "; ",
decision_date = UTBETDATO, else the last day of the last month with assistance in
the reporting year, children_in_household = 0 when BU18 = 2, else ANTBU18.

Birth date: FODSELSDATO (2025 and later); otherwise the birth date the generator
encoded in the identity number (the record's ``_birth``).
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import Any, Iterable, Mapping

from sample_data import oracle, oracle_stonad

# Canonical columns the reader's table has (a check needing another is not evaluated).
COLUMNS_11CF = ("case_id", "municipality", "office", "caseworker", "birth_date", "application_date", "decision_date",
                "decision", "program_start_date", "end_date", "status", "outcome")
COLUMNS_11F = ("application_id", "case_id", "municipality", "office", "caseworker", "birth_date", "decision_date",
               "decision", "conditions_set", "exception_20a_date", "exception_20a_reason", "children_in_household",
               "months_on_assistance")

# AVSL codes (SSB's code list for the situation after the programme) -> canonical outcome.
OUTCOME_OF_CODE = {"01": "work", "11": "work_subsidised", "04": "education", "14": "aap", "13": "disability",
                   "15": "social_assistance", "16": "social_assistance", "03": "other", "10": "other",
                   "17": "unknown"}
OUTCOME_ORDER = ("work", "work_subsidised", "education", "aap", "disability", "social_assistance", "other", "unknown")
NOT_TICKS = {"AVSL_DATO", "AVSL_VIKTIGSTE_INNTEKT"}

# § 20 a exception reasons: field -> (code, text) as SSB's 11F description gives them.
REASONS_20A = (
    ("VEDTAKARB", "01", "Mottaker er i arbeid"),
    ("VEDTAKAKT", "02", "Mottaker er allerede i aktivitet knyttet til mottak av statlig eller annen kommunal ytelse"),
    ("VEDTAKHELSE", "03", "Mottakers helsemessige eller sosiale situasjon hindrer deltakelse i aktivitet"),
    ("VEDTAKGRUNN", "04", "Andre tungtveiende grunner taler mot at det stilles vilkår om aktivitet"),
)


def _text(record: Mapping[str, Any], field: str) -> str | None:
    value = record.get(field)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _birth(record: Mapping[str, Any]) -> date | None:
    return record.get("FODSELSDATO") or record.get("_birth")


def canonical_11cf(record: Mapping[str, Any]) -> dict[str, Any]:
    """The ``kvp`` row the reader must yield for one 11CF record."""
    main = _text(record, "AVSL_VIKTIGSTE_INNTEKT")
    if main:
        outcome = OUTCOME_OF_CODE[main]
    else:
        ticked = [OUTCOME_OF_CODE[_text(record, f)] for f in record
                  if f.startswith("AVSL_") and f not in NOT_TICKS and _text(record, f)]
        outcome = min(ticked, key=OUTCOME_ORDER.index) if ticked else None
    return {
        "case_id": _text(record, "PERSON_JOURNALNR"),
        "municipality": _text(record, "KOMMUNE_NR"),
        "office": _text(record, "BYDELSNR"),
        "caseworker": _text(record, "SAKSBEHANDLER"),
        "birth_date": _birth(record),
        "application_date": record.get("REG_DATO"),
        "decision_date": record.get("VEDTAK_DATO"),
        "decision": "granted",
        "program_start_date": record.get("BEGYNT_DATO"),
        "end_date": record.get("AVSL_DATO"),
        "status": _text(record, "STATUS"),
        "outcome": outcome,
    }


def canonical_11f(record: Mapping[str, Any], year: int) -> dict[str, Any]:
    """The ``stonad`` row the reader must yield for one 11F record of reporting ``year``."""
    months = [m for m in range(1, 13) if _text(record, f"STMND_{m}")]
    decided = record.get("UTBETDATO")
    if decided is None and months:
        decided = date(year, months[-1], calendar.monthrange(year, months[-1])[1])
    reasons = [f"{code} {label}" for field, code, label in REASONS_20A if _text(record, field)]
    journal = _text(record, "PERSON_JOURNALNR")
    return {
        "application_id": journal,
        "case_id": journal,
        "municipality": _text(record, "KOMMUNE_NR"),
        "office": _text(record, "BYDELSNR"),
        "caseworker": _text(record, "SAKSBEHANDLER"),
        "birth_date": _birth(record),
        "decision_date": decided,
        "decision": "granted",
        "conditions_set": {"1": True, "2": False}.get(_text(record, "VILKARSOSLOV") or ""),
        "exception_20a_date": record.get("VEDTAKDATO"),
        "exception_20a_reason": "; ".join(reasons) or None,
        "children_in_household": 0 if _text(record, "BU18") == "2" else record.get("ANTBU18"),
        "months_on_assistance": len(months),
    }


def ground_truth_11cf(records: Iterable[Mapping[str, Any]], as_of: date) -> dict[str, Any]:
    """Ground truth of the ``kvp`` suite for an 11CF file of these records."""
    return oracle.ground_truth([canonical_11cf(r) for r in records], as_of, columns=COLUMNS_11CF)


def ground_truth_11f(records: Iterable[Mapping[str, Any]], year: int, as_of: date) -> dict[str, Any]:
    """Ground truth of the ``stonad`` suite for an 11F file of these records."""
    return oracle_stonad.ground_truth([canonical_11f(r, year) for r in records], as_of, columns=COLUMNS_11F)
