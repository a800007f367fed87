"""The rules of follow-up: statuses, dates, what a record may hold, when an action is overdue.

The store (:mod:`audit.history.store`) keeps the records; these functions decide what
a valid record is and add what is derived from it (its status label and whether it is
overdue). Words come from the catalogue (``audit/text/words/history.py``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Mapping

from audit.errors import InputError
from audit.history.records import guard_identity
from audit.text import LANGS, Msg, msg, t

FOLLOW_UP_STATUSES = ("open", "in_progress", "done", "not_relevant")
OPEN_STATUSES = ("open", "in_progress")
FIELDS = ("status", "responsible", "action", "due_date", "note")

STATUS_LABELS: dict[str, dict[str, str]] = {
    code: {lang: t(f"followup.status.{code}", lang) for lang in LANGS} for code in FOLLOW_UP_STATUSES
}


def parse_status(value: str) -> str:
    """A follow-up status from its code or its bokmål/English label ("under arbeid", "done")."""
    text = re.sub(r"[\s_-]+", " ", str(value).strip().lower())
    for code, labels in STATUS_LABELS.items():
        if text in (code.replace("_", " "), *labels.values()):
            return code
    raise InputError(msg("error.followup.status", value=value), column="status",
                     hint=msg("error.followup.statuses", **{code: msg(f"followup.status.{code}") for code in STATUS_LABELS}))


# What a date is, for the message (callers that name it in bokmål): in the reader's language.
_DATE_WHAT = {"dato": "error.history.what.date", "frist": "error.history.what.due", "periode": "error.history.what.period",
              "fra-dato": "error.history.what.since", "til-dato": "error.history.what.until",
              "dato (--on)": "error.history.what.on"}


def parse_date(value: Any, what: Msg | str | None = None) -> str | None:
    """An ISO date string from a date, 'YYYY-MM-DD' or 'DD.MM.YYYY'; None/'' stay None.

    ``what`` names the date in a message (a :class:`audit.text.Msg`; «dato» by default)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
        if m:
            return dt.date(int(m[3]), int(m[2]), int(m[1])).isoformat()
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        if what is None or isinstance(what, str) and what in _DATE_WHAT:
            what = msg(_DATE_WHAT[what or "dato"])
        raise InputError(msg("error.followup.date", what=what, value=text), value=text,
                         hint=msg("error.followup.date_hint")) from None


def clean(values: Mapping[str, Any]) -> dict[str, Any]:
    """A follow-up's fields as stored: status code, texts trimmed (empty is None), due date ISO."""
    out: dict[str, Any] = {"status": parse_status(values.get("status") or "open")}
    for name in ("responsible", "action", "note"):
        text = values.get(name)
        text = None if text is None or str(text).strip() == "" else str(text).strip()
        guard_identity(text, name)
        out[name] = text
    out["due_date"] = parse_date(values.get("due_date"), msg("error.history.what.due"))
    return out


def is_overdue(follow_up: Mapping[str, Any], on: str | dt.date) -> bool:
    """Open or in progress with a due date before ``on`` (due on the day itself is not overdue)."""
    due = follow_up.get("due_date")
    return bool(due) and follow_up.get("status") in OPEN_STATUSES and str(due) < parse_date(on)


def decorate(row: Mapping[str, Any], on: str | None) -> dict[str, Any]:
    """A stored follow-up row as callers see it: ``key``, ``status_label`` and ``overdue`` on ``on``."""
    fu = dict(row)
    fu["id"] = int(fu["id"])
    fu["key"] = fu.pop("case_key")
    fu["status_label"] = dict(STATUS_LABELS.get(fu["status"], {lang: fu["status"] for lang in LANGS}))
    fu["overdue"] = is_overdue(fu, on) if on else False
    return fu
