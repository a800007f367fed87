"""What of a results.json the history keeps: run fields, checks and their findings, checked.

Pure functions from the results dict to plain rows; the store (:mod:`audit.history.store`)
writes them, the lifecycle (:mod:`audit.history.lifecycle`) compares them. Only what
results.json holds is kept: run metadata, inputs (path, sha256, rows), parameters,
per-check counts and the pseudonymous keys at warning or deviation level with their
office and measured value. Case details (dates) are not kept.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Mapping

from audit.errors import InputError
from audit.text import msg
from audit.privacy import contains_identity_number


def now_utc() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def denumber(value: Any) -> int | float | None:
    """A stored number back as an int where it is whole."""
    if value is None:
        return None
    value = float(value)
    return int(value) if value.is_integer() else value


def integer(value: Any) -> int | None:
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def guard_identity(value: str | None, column: str) -> None:
    """Refuse a value that is or contains an identity number: only pseudonymous ids are stored."""
    if value is None:
        return
    if contains_identity_number(value):  # the one detector: every written form, inside text
        raise InputError(msg("error.history.identity"), column=column, value=value,
                         hint=msg("error.history.identity_hint"))


def run_fields(results: Mapping[str, Any], source: str | None) -> dict[str, Any]:
    """The run-level fields of results.json, checked. Shared by recording and annotating."""
    if not isinstance(results, Mapping) or not isinstance(results.get("run"), Mapping):
        raise InputError(msg("error.history.results_missing", key="run"), file=source)
    run = results["run"]
    for name in ("id", "suite", "as_of"):
        if not isinstance(run.get(name), str) or not run[name].strip():
            raise InputError(msg("error.history.results_missing", key=f"run.{name}"), file=source)
    as_of = run["as_of"]
    try:
        dt.date.fromisoformat(as_of)
    except ValueError:
        raise InputError(msg("error.history.as_of"), file=source, value=as_of) from None
    period = run.get("period") if isinstance(run.get("period"), Mapping) else {}
    created = run.get("started_at") or run.get("finished_at") or now_utc()
    return {
        "id": run["id"],
        "created_at": str(created),
        "suite": run["suite"],
        "as_of": as_of,
        "period_from": period.get("from"),
        "period_to": period.get("to"),
        "scope": run.get("scope"),
    }


def current_checks(results: Mapping[str, Any], source: str | None) -> list[dict[str, Any]]:
    """Checks of results.json with their findings, checked for duplicate keys."""
    checks = []
    seen_ids: set[str] = set()
    for position, check in enumerate(results.get("checks") or []):
        cid = check.get("id")
        if not isinstance(cid, str) or not cid:
            raise InputError(msg("error.history.check_without_id", position=position + 1), file=source)
        if cid in seen_ids:
            raise InputError(msg("error.history.check_twice", check=cid), file=source)
        seen_ids.add(cid)
        cases = []
        keys: set[str] = set()
        for case in check.get("cases") or []:
            key = str(case.get("key"))
            if key in keys:
                raise InputError(msg("error.history.case_twice", key=key, check=cid), file=source)
            guard_identity(key, f"{cid}: key")  # defence in depth: results.json never holds one
            keys.add(key)
            cases.append(
                {
                    "key": key,
                    "level": str(case.get("level") or "deviation"),
                    "office": case.get("office"),
                    "municipality": case.get("municipality"),
                    "value": number(case.get("value")),
                }
            )
        title = check.get("title") if isinstance(check.get("title"), Mapping) else {}
        error = check.get("error")
        checks.append(
            {
                "id": cid,
                "position": position,
                "kind": check.get("kind"),
                "status": str(check.get("status") or "not_evaluated"),
                "title_nb": title.get("nb"),
                "title_en": title.get("en"),
                "evaluated": integer(check.get("evaluated")),
                "failed": integer(check.get("failed")),
                "warned": integer(check.get("warned")),
                "unknown": integer(check.get("unknown")),
                "value": number(check.get("value")),
                "error": None if error in (None, "") else str(error)[:1000],
                "cases": cases,
            }
        )
    return checks


def check_extras(results: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Per check id: unit, target and the ``by_office`` counts (schema 3 and later).

    Kept apart from :func:`current_checks` on purpose: the run's fingerprint is
    computed over what schema 1 stored, so results recorded by an older version
    of the tool are still recognised as the same run when recorded again.
    """
    out: dict[str, dict[str, Any]] = {}
    for check in results.get("checks") or []:
        if not isinstance(check, Mapping) or not isinstance(check.get("id"), str):
            continue
        target = check.get("target") if isinstance(check.get("target"), Mapping) else {}
        offices = []
        for office in check.get("by_office") or []:
            if not isinstance(office, Mapping):
                continue
            offices.append(
                {
                    "office": None if office.get("office") is None else str(office.get("office")),
                    "municipality": None if office.get("municipality") is None else str(office.get("municipality")),
                    "evaluated": integer(office.get("evaluated")),
                    "failed": integer(office.get("failed")),
                    "warned": integer(office.get("warned")),
                    "unknown": integer(office.get("unknown")),
                    "value": number(office.get("value")),
                }
            )
        unit = check.get("unit")
        out[check["id"]] = {
            "unit": unit if isinstance(unit, str) else None,
            "target_op": str(target["op"]) if target.get("op") is not None else None,
            "target_value": number(target.get("value")),
            "offices": offices,
        }
    return out


def assessed(status: str | None, error: str | None) -> bool:
    """Whether a check judged the rows in a run (so its absence of findings means something)."""
    return status not in (None, "not_evaluated") and not error


def run_ref(run: Mapping[str, Any] | None) -> dict[str, Any] | None:
    return None if run is None else {"id": run["id"], "as_of": run["as_of"]}


def order_key(run: Mapping[str, Any]) -> tuple[str, str, str]:
    return (run["as_of"], run["created_at"] or "", run["id"])
