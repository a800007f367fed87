"""One KOSTRA record: its fields read and validated, and the canonical ``kvp`` / ``stonad``
row it becomes (see :mod:`audit.kostra.reader` for the decisions)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field


from audit.kostra import codes as C
from audit.kostra import form_11cf
from audit.kostra.layout import DATE, DDMMYY, INTEGER, Field, Layout
from audit.privacy import safe_value
from audit.text import Msg, msg

from audit.kostra.files import IDENTITY_FIELDS, ascii_digits

# 11CF outcome: AVSL code -> canonical outcome; the order is the precedence used
# when several AVSL_* fields are ticked and AVSL_VIKTIGSTE_INNTEKT is empty.
OUTCOME_OF_CODE = {
    "01": "work",
    "11": "work_subsidised",
    "04": "education",
    "14": "aap",
    "13": "disability",
    "15": "social_assistance",
    "16": "social_assistance",
    "03": "other",
    "10": "other",
    "17": "unknown",
}
_OUTCOME_RANK = {code: i for i, code in enumerate(OUTCOME_OF_CODE)}


# --------------------------------------------------------------------------------------
# Fields
# --------------------------------------------------------------------------------------

_INT = re.compile(r"-?[0-9]+")
_RUN6 = re.compile(r"[0-9]{6,}")


def event_year(yy: int, reporting_year: int) -> int:
    """Century for a 6-digit event date: the 100 years ending reporting_year + 10."""
    year = 2000 + yy
    return year - 100 if year > reporting_year + 10 else year


def parse_date(value: str, mask: str, reporting_year: int) -> dt.date | None:
    """ddMMyy / ddMMyyyy to a date; None when it is not one."""
    if len(value) != len(mask) or not ascii_digits(value):
        return None
    day, month = int(value[0:2]), int(value[2:4])
    year = event_year(int(value[4:6]), reporting_year) if mask == DDMMYY else int(value[4:8])
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _codes_text(codes: tuple[str, ...]) -> str:
    return ", ".join(codes) if len(codes) <= 12 else "se kodelisten"


@dataclass
class RecordLine:
    """One record being read. Holds no identity number (only its secrets for masking)."""

    row: int
    values: dict = field(default_factory=dict)  # field name -> parsed value (None if blank/bad)
    raw: dict = field(default_factory=dict)  # field name -> trimmed text (identity fields excluded)
    bad: set = field(default_factory=set)  # fields whose value could not be read
    issues: list = field(default_factory=list)  # (field name, Msg)


def message_value(value: str, secrets: tuple[str, ...]) -> str:
    """A value as it may appear in a message: no identity number, not even a part of one."""
    text = safe_value(value)
    for run in _RUN6.findall(text):
        for s in secrets:
            if any(run[i : i + 6] in s for i in range(len(run) - 5)):
                return "•" * len(text)
    return text


OSLO = "0301"


def read_fields(lay: Layout, row: int, line: str, secrets: tuple[str, ...]) -> RecordLine:
    rec = RecordLine(row)
    outside_oslo = lay.field("KOMMUNE_NR").cut(line).strip() != OSLO
    for f in lay.fields:
        if f.name in IDENTITY_FIELDS:
            continue
        text = f.cut(line).strip()
        rec.raw[f.name] = text or None
        if not text:
            rec.values[f.name] = None
            # 11F's descriptions from 2025 make BYDELSNR mandatory, but only Oslo has districts
            # (SSB's control 03 wants it blank elsewhere): a blank there is no issue
            if f.mandatory and not (f.name == "BYDELSNR" and outside_oslo):
                rec.issues.append((f.name, msg("error.kostra.issue.mandatory")))
            continue
        value, problem = _parse_value(f, text, lay.year, secrets)
        rec.values[f.name] = value
        if problem:
            rec.bad.add(f.name)
            rec.issues.append((f.name, problem))
    return rec


def _parse_value(f: Field, text: str, year: int, secrets: tuple[str, ...]) -> tuple[object, Msg | None]:
    if f.type == DATE:
        d = parse_date(text, f.date_mask or "", year)
        if d is None:
            return None, msg("error.kostra.issue.date", value=message_value(text, secrets), mask=f.date_mask)
        return d, None
    if f.type == INTEGER:
        if not _INT.fullmatch(text):
            return None, msg("error.kostra.issue.integer", value=message_value(text, secrets))
        return int(text), None
    if f.codes and text not in f.codes:
        return None, msg("error.kostra.issue.code", value=message_value(text, secrets), codes=_codes_text(f.codes))
    return text, None


# --------------------------------------------------------------------------------------
# Canonical columns
# --------------------------------------------------------------------------------------


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


# The record fields each canonical column of an 11CF record is read from (one field: its header
# in messages, audit.unknown_rows), and of an 11F record where it is one field.
KVP_SOURCES = {
    "case_id": ["PERSON_JOURNALNR"], "municipality": ["KOMMUNE_NR"], "office": ["BYDELSNR"],
    "caseworker": ["SAKSBEHANDLER"], "application_date": ["REG_DATO"], "decision_date": ["VEDTAK_DATO"],
    "program_start_date": ["BEGYNT_DATO"], "end_date": ["AVSL_DATO"], "status": ["STATUS"],
}
STONAD_FIELDS = {"application_id": "PERSON_JOURNALNR", "case_id": "PERSON_JOURNALNR", "municipality": "KOMMUNE_NR",
                 "office": "BYDELSNR", "caseworker": "SAKSBEHANDLER", "conditions_set": "VILKARSOSLOV",
                 "exception_20a_date": "VEDTAKDATO"}


def kvp_row(lay: Layout, rec: RecordLine, birth: tuple[dt.date | None, bool]) -> tuple[dict, set]:
    v, bad = rec.values, rec.bad
    out = {
        "case_id": v.get("PERSON_JOURNALNR"),
        "municipality": v.get("KOMMUNE_NR"),
        "office": v.get("BYDELSNR"),
        "caseworker": v.get("SAKSBEHANDLER"),
        "birth_date": birth[0],
        "application_date": v.get("REG_DATO"),
        "decision_date": v.get("VEDTAK_DATO"),
        "decision": "granted",
        "program_start_date": v.get("BEGYNT_DATO"),
        "end_date": v.get("AVSL_DATO"),
        "status": v.get("STATUS"),
        "outcome": None,
    }
    bad_cols = {col for col, fields in KVP_SOURCES.items() if bad.intersection(fields)}
    if birth[1]:
        bad_cols.add("birth_date")
    # outcome: AVSL_VIKTIGSTE_INNTEKT when given; else the ticked AVSL_* field of
    # highest precedence (work first, unknown last, see OUTCOME_OF_CODE).
    if "AVSL_VIKTIGSTE_INNTEKT" in bad:
        bad_cols.add("outcome")
    elif v.get("AVSL_VIKTIGSTE_INNTEKT"):
        out["outcome"] = OUTCOME_OF_CODE[v["AVSL_VIKTIGSTE_INNTEKT"]]
    elif bad.intersection(form_11cf.AVSL_TICKS):
        bad_cols.add("outcome")
    else:
        ticked = [v[name] for name in form_11cf.AVSL_TICKS if v.get(name)]
        if ticked:
            out["outcome"] = OUTCOME_OF_CODE[min(ticked, key=_OUTCOME_RANK.__getitem__)]
    for col in bad_cols:
        out[col] = None
    return out, bad_cols


def stonad_row(lay: Layout, rec: RecordLine, birth: tuple[dt.date | None, bool]) -> tuple[dict, set]:
    v, bad = rec.values, rec.bad
    months = [f"STMND_{m}" for m in range(1, 13)]
    marked = [m for m in range(1, 13) if v.get(f"STMND_{m}")]
    out = {
        "application_id": v.get("PERSON_JOURNALNR"),
        "case_id": v.get("PERSON_JOURNALNR"),
        "municipality": v.get("KOMMUNE_NR"),
        "office": v.get("BYDELSNR"),
        "caseworker": v.get("SAKSBEHANDLER"),
        "birth_date": birth[0],
        "decision_date": None,
        "decision": "granted",
        "conditions_set": {"1": True, "2": False}.get(v.get("VILKARSOSLOV") or ""),
        "exception_20a_date": v.get("VEDTAKDATO"),
        "exception_20a_reason": None,
        "children_in_household": None,
        "months_on_assistance": len(marked),
    }
    sources = {
        **{c: [f] for c, f in STONAD_FIELDS.items()}, "exception_20a_reason": list(C.REASONS_20A),
        "months_on_assistance": months, "children_in_household": ["BU18", "ANTBU18"],
    }
    bad_cols = {col for col, fields in sources.items() if bad.intersection(fields)}
    if birth[1]:
        bad_cols.add("birth_date")
    # decision_date: UTBETDATO, else the last day of the last month with assistance.
    if "UTBETDATO" in bad:
        bad_cols.add("decision_date")
    elif v.get("UTBETDATO"):
        out["decision_date"] = v["UTBETDATO"]
    elif bad.intersection(months):
        bad_cols.add("decision_date")
    elif marked:
        out["decision_date"] = _last_day(lay.year, marked[-1])
    reasons = [f"{code} {label}" for name, (code, label) in C.REASONS_20A.items() if v.get(name)]
    out["exception_20a_reason"] = "; ".join(reasons) or None
    # children: BU18 = 2 (no children) gives 0, otherwise ANTBU18.
    out["children_in_household"] = 0 if v.get("BU18") == "2" else v.get("ANTBU18")
    if v.get("BU18") == "2" and "BU18" not in bad:
        bad_cols.discard("children_in_household")
    for col in bad_cols:
        out[col] = None
    return out, bad_cols
