"""What of a results.json the history keeps: run fields, checks and their findings, checked.

Pure functions from the results dict to plain rows; the store (:mod:`audit.history.store`)
writes them, the lifecycle (:mod:`audit.history.lifecycle`) compares them. Only what
results.json holds is kept: run metadata, inputs (path, sha256, rows), parameters,
per-check counts and the pseudonymous keys at warning or deviation level with their
office and measured value. Case details (dates) are not kept.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Iterator, Mapping

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


def _checks_by_id(results: Mapping[str, Any], source: str | None) -> Iterator[tuple[int, str, Mapping[str, Any]]]:
    """The checks of results.json with their positions and ids; a check without an id, or an id twice, is an input error."""
    seen_ids: set[str] = set()
    for position, check in enumerate(results.get("checks") or []):
        cid = check.get("id")
        if not isinstance(cid, str) or not cid:
            raise InputError(msg("error.history.check_without_id", position=position + 1), file=source)
        if cid in seen_ids:
            raise InputError(msg("error.history.check_twice", check=cid), file=source)
        seen_ids.add(cid)
        yield position, cid, check


def current_checks(results: Mapping[str, Any], source: str | None, *, frames: bool = False) -> list[dict[str, Any]]:
    """Checks of results.json with their findings, checked for duplicate keys.

    With ``frames`` a check's cases that the run holds columnar come back as a polars frame
    of the same columns (:func:`_frame_findings`; :mod:`audit.history.bulk` records them)."""
    checks = []
    for position, cid, check in _checks_by_id(results, source):
        cases = _frame_findings(check["cases"].frame, cid, source) if frames and _columnar(check.get("cases")) \
            else _case_rows(check.get("cases"), cid, source)
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


def _case_rows(cases: Any, cid: str, source: str | None) -> list[dict[str, Any]]:
    """A check's findings as the history keeps them (key, level, office, municipality, value),
    checked: no key twice, no identity number. The run's columnar cases are read column by
    column (:func:`_frame_case_rows`), without a dict per case first."""
    from audit.case_frame import CaseFrame

    if isinstance(cases, CaseFrame) and not cases.materialised:
        return _frame_case_rows(cases.frame, cid, source)
    out = []
    keys: set[str] = set()
    for case in cases or []:
        key = str(case.get("key"))
        if key in keys:
            raise InputError(msg("error.history.case_twice", key=key, check=cid), file=source)
        guard_identity(key, f"{cid}: key")  # defence in depth: results.json never holds one
        keys.add(key)
        out.append(
            {
                "key": key,
                "level": str(case.get("level") or "deviation"),
                "office": case.get("office"),
                "municipality": case.get("municipality"),
                "value": number(case.get("value")),
            }
        )
    return out


# A digit run as long as an identity number, with the separators it may be written with: the
# keys that match go through guard_identity (the one detector); the others cannot hold one.
_DIGIT_RUN = r"[0-9](?:[ \u00a0\u202f\-./_]?[0-9]){9,}"


def _frame_keys(frame: Any, cid: str, source: str | None) -> Any:
    """A frame's case keys as text (``str(key)``, as the dict path reads them), checked: no key
    twice, no identity number; the same errors in the same order as :func:`_case_rows`."""
    import polars as pl

    keys_s = frame["key"].cast(pl.Utf8).fill_null("None") if "key" in frame.columns else \
        pl.Series(["None"] * frame.height, dtype=pl.Utf8)
    # counting the distinct keys costs about half of marking each key's first occurrence (a million keys:
    # 0.1 s against 0.2 s of CPU, and this runs twice per recorded run): only a key twice needs the marks
    twice = (~keys_s.is_first_distinct()).arg_true() if keys_s.n_unique() < keys_s.len() else pl.Series([], dtype=pl.UInt32)
    suspect = set(keys_s.filter(keys_s.str.contains(_DIGIT_RUN)).to_list())
    first_twice = int(twice[0]) if len(twice) else frame.height
    if suspect:
        for key in keys_s.head(first_twice).to_list():  # errors in the order the dict path meets them
            if key in suspect:
                guard_identity(key, f"{cid}: key")
    if len(twice):
        raise InputError(msg("error.history.case_twice", key=keys_s[first_twice], check=cid), file=source)
    return keys_s


def _columnar(cases: Any) -> bool:
    from audit.case_frame import CaseFrame

    return isinstance(cases, CaseFrame) and not cases.materialised


def _frame_findings(frame: Any, cid: str, source: str | None) -> Any:
    """The findings of a polars frame of cases as a frame of key, level, office, municipality and
    value, as :func:`_case_rows` makes them (``str(key)``, level defaulting to deviation, the
    value a float or null); the same errors."""
    import polars as pl

    keys = _frame_keys(frame, cid, source)
    level = frame["level"].cast(pl.Utf8) if "level" in frame.columns else pl.Series([None] * frame.height, dtype=pl.Utf8)
    value = frame["value"] if "value" in frame.columns else None
    value = value.cast(pl.Float64) if value is not None and value.dtype.is_numeric() and value.dtype != pl.Boolean \
        else pl.Series([None] * frame.height, dtype=pl.Float64)
    return pl.DataFrame({
        "key": keys,
        "level": pl.select(pl.when(level.is_null() | (level == "")).then(pl.lit("deviation")).otherwise(level))
        .to_series(),
        "office": frame["office"] if "office" in frame.columns else pl.Series([None] * frame.height),
        "municipality": frame["municipality"] if "municipality" in frame.columns else pl.Series([None] * frame.height),
        "value": value,
    })


def _frame_case_rows(frame: Any, cid: str, source: str | None) -> list[dict[str, Any]]:
    """:func:`_case_rows` of a polars frame of cases: the same rows, the same errors."""
    return _frame_findings(frame, cid, source).to_dicts()


def check_keys(results: Mapping[str, Any], source: str | None) -> list[dict[str, Any]]:
    """Like :func:`current_checks` for the lifecycle alone: per check its id, status, error and
    its case keys as a polars Series (read from the run's columnar cases without a dict per case)."""
    import polars as pl

    from audit.case_frame import CaseFrame

    out = []
    for position, cid, check in _checks_by_id(results, source):
        cases = check.get("cases")
        if isinstance(cases, CaseFrame) and not cases.materialised:
            keys = _frame_keys(cases.frame, cid, source)
        else:
            keys = pl.Series([c["key"] for c in _case_rows(cases, cid, source)], dtype=pl.Utf8)
        error = check.get("error")
        out.append({"id": cid, "status": str(check.get("status") or "not_evaluated"),
                    "error": None if error in (None, "") else str(error)[:1000], "keys": keys})
    return out


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
