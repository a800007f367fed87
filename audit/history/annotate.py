"""Lifecycle and follow-up information for one run's results, ready for reports.

:func:`annotate_results` answers, for a results.json dict, what the history says
about it; :func:`apply_annotations` returns a copy of the results with that answer
added under new keys (results.json allows added keys), which is what reports and
the ``run`` command use.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import TYPE_CHECKING, Any, Mapping

from audit.history.follow_ups import OPEN_STATUSES, parse_date
from audit.history.lifecycle import LIFECYCLE_LABELS, compute_lifecycle
from audit.history.records import current_checks, run_fields

if TYPE_CHECKING:
    from audit.history.store import HistoryStore


def annotate_results(
    store: "HistoryStore", results: Mapping[str, Any], *, on: str | dt.date | None = None
) -> dict[str, Any]:
    """What the history says about one run's results (recorded or not).

    ``on`` is the date overdue actions are judged on: default the run's as_of.

    Answer::

        {"run": {id, as_of}, "previous_run": {id, as_of} | None, "on": "YYYY-MM-DD",
         "summary": {new, persisting, resolved, not_assessed,
                     follow_ups, follow_ups_open, follow_ups_overdue},
         "checks": {check_id: {
             "assessed", "compared_with", "counts": {new, persisting, resolved, not_assessed, overdue},
             "cases": {key: {"state", "state_label": {nb, en}, "since": {id, as_of},
                             "previous_level", "follow_ups": [...]}},
             "resolved": [{key, level, office, municipality, value, last_seen, since, follow_ups}],
             "not_assessed": [same],
             "follow_ups": [...]}}}       # on the whole check, or on keys not listed above

    Follow-ups attached are those of the check whose scope is the run's scope or
    any scope; closed ones (done, not relevant) only when they belong to a case
    listed here, or are on the whole check and changed since the previous run. Each
    follow-up carries ``overdue``: open or in progress with a due date before ``on``.
    """
    run = run_fields(results, None)
    checks = current_checks(results, None)
    life = compute_lifecycle(store, run, checks)
    judged_on = parse_date(on or run["as_of"])
    prev = life["previous_run"]
    prev_recorded = store.recorded_at(prev["id"]) if prev else None  # UTC, like follow-up times

    suite_prefix = run["suite"] + "."
    follow_ups = store.list_follow_ups(check_prefix=suite_prefix, scope=run["scope"], on=judged_on)
    # Checks without the suite prefix in their id (unusual) still get their own follow-ups.
    for cid in life["checks"]:
        if not cid.startswith(suite_prefix):
            follow_ups += store.list_follow_ups(check_id=cid, scope=run["scope"], on=judged_on)

    summary = dict.fromkeys(("new", "persisting", "resolved", "not_assessed"), 0)
    summary.update(follow_ups=0, follow_ups_open=0, follow_ups_overdue=0)
    out_checks: dict[str, Any] = {}
    for cid, entry in life["checks"].items():
        for state, n in entry["counts"].items():
            summary[state] += n
        cases = {
            key: {**case, "state_label": dict(LIFECYCLE_LABELS[case["state"]]), "follow_ups": []}
            for key, case in entry["cases"].items()
        }
        resolved = [{**f, "follow_ups": []} for f in entry["resolved"]]
        not_assessed = [{**f, "follow_ups": []} for f in entry["not_assessed"]]
        out_checks[cid] = {
            "assessed": entry["assessed"],
            "compared_with": entry["compared_with"],
            "counts": {**entry["counts"], "overdue": 0},
            "cases": cases,
            "resolved": resolved,
            "not_assessed": not_assessed,
            "follow_ups": [],
        }

    for fu in follow_ups:
        target = out_checks.get(fu["check_id"])
        if target is None:
            if fu["status"] not in OPEN_STATUSES:
                continue
            # An open follow-up on a check not in this run (e.g. removed from the catalogue).
            target = out_checks[fu["check_id"]] = {
                "assessed": False, "compared_with": None,
                "counts": {"new": 0, "persisting": 0, "resolved": 0, "not_assessed": 0, "overdue": 0},
                "cases": {}, "resolved": [], "not_assessed": [], "follow_ups": [],
            }
        holder = None
        if fu["key"] is not None:
            holder = target["cases"].get(fu["key"])
            if holder is None:
                holder = next((f for f in target["resolved"] + target["not_assessed"] if f["key"] == fu["key"]), None)
        is_open = fu["status"] in OPEN_STATUSES
        if holder is None:
            recent = fu["key"] is None and prev_recorded is not None and fu["updated_at"] >= prev_recorded
            if not is_open and not recent and not (fu["key"] is None and prev is None):
                continue
            holder = target
        holder["follow_ups"].append(fu)
        summary["follow_ups"] += 1
        summary["follow_ups_open"] += is_open
        summary["follow_ups_overdue"] += fu["overdue"]
        target["counts"]["overdue"] += fu["overdue"]

    return {
        "run": life["run"],
        "previous_run": prev,
        "on": judged_on,
        "summary": summary,
        "checks": out_checks,
    }


def apply_annotations(results: Mapping[str, Any], annotations: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``results`` with the history's answer added (the input is not changed).

    Added keys: ``history`` at the top (previous_run, on, summary, and ``checks`` for
    checks that have history but are not in this run); on each check ``lifecycle``
    (assessed, compared_with, counts, resolved, not_assessed) and ``follow_ups``; on
    each case ``lifecycle`` (state, state_label, since, previous_level) and ``follow_ups``.
    """
    out = copy.deepcopy(dict(results))
    checks = dict(annotations.get("checks") or {})
    for check in out.get("checks") or []:
        entry = checks.pop(check.get("id"), None)
        if entry is None:
            continue
        check["lifecycle"] = {
            "assessed": entry["assessed"],
            "compared_with": entry["compared_with"],
            "counts": entry["counts"],
            "resolved": entry["resolved"],
            "not_assessed": entry["not_assessed"],
        }
        check["follow_ups"] = entry["follow_ups"]
        for case in check.get("cases") or []:
            info = entry["cases"].get(str(case.get("key")))
            if info is not None:
                case["lifecycle"] = {k: info[k] for k in ("state", "state_label", "since", "previous_level")}
                case["follow_ups"] = info["follow_ups"]
    out["history"] = {
        "previous_run": annotations.get("previous_run"),
        "on": annotations.get("on"),
        "summary": annotations.get("summary"),
        "checks": checks,  # checks with history that this run does not have
    }
    return out
