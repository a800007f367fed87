"""Lifecycle and follow-up information for one run's results, ready for reports.

:func:`annotate_results` answers, for a results.json dict, what the history says
about it; :func:`apply_annotations` returns a copy of the results with that answer
added under new keys (results.json allows added keys), which is what reports and
the ``run`` command use.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Mapping

from audit.history.follow_ups import OPEN_STATUSES, parse_date
from audit.history.lifecycle import LIFECYCLE_LABELS, CaseStates, lifecycle_of_frames
from audit.history.records import check_keys, run_fields

if TYPE_CHECKING:
    from audit.history.store import HistoryStore


def annotate_results(
    store: "HistoryStore", results: Mapping[str, Any], *, on: str | dt.date | None = None, columnar: bool = False
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

    The lifecycle is computed on polars frames (:func:`audit.history.lifecycle.lifecycle_of_frames`,
    the one implementation of its rules). With ``columnar`` (the run's own cases,
    :class:`audit.case_frame.CaseFrame`) each check's ``cases`` stays a
    :class:`audit.history.lifecycle.CaseStates`, a mapping equal to the dict described above
    that makes a case's dict only when asked; :func:`apply_annotations` adds it to the
    CaseFrame as columns. Without it (a results file annotated after the fact) ``cases`` is
    a plain dict.
    """
    run = run_fields(results, None)
    life = lifecycle_of_frames(store, run, lambda: check_keys(results, None))  # keys read after the previous run's
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
        cases = entry["cases"].with_labels() if isinstance(entry["cases"], CaseStates) else {}
        if not columnar and isinstance(cases, CaseStates):
            cases = cases.to_dict()
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
    out = dict(results)  # only the containers that change are copied; cases stay as they are
    out["checks"] = checks_out = []
    checks = dict(annotations.get("checks") or {})
    for check in results.get("checks") or []:
        entry = checks.pop(check.get("id"), None) if isinstance(check, Mapping) else None
        if entry is None:
            checks_out.append(check)
            continue
        check = dict(check)
        checks_out.append(check)
        check["lifecycle"] = {
            "assessed": entry["assessed"],
            "compared_with": entry["compared_with"],
            "counts": entry["counts"],
            "resolved": entry["resolved"],
            "not_assessed": entry["not_assessed"],
        }
        check["follow_ups"] = entry["follow_ups"]
        cases = check.get("cases")
        if not cases or not entry["cases"]:
            continue
        info_of = entry["cases"]
        annotated = _annotated_frame(cases, info_of)
        if annotated is not None:
            check["cases"] = annotated
            continue
        if hasattr(info_of, "to_dict"):  # a columnar lifecycle on case dicts (or with follow-ups on cases)
            info_of = info_of.to_dict()
        out_cases = []
        for case in cases:
            info = info_of.get(str(case.get("key")))
            if info is not None:
                case = {**case, "lifecycle": {k: info[k] for k in ("state", "state_label", "since", "previous_level")},
                        "follow_ups": info["follow_ups"]}
            out_cases.append(case)
        check["cases"] = out_cases
    out["history"] = {
        "previous_run": annotations.get("previous_run"),
        "on": annotations.get("on"),
        "summary": annotations.get("summary"),
        "checks": checks,  # checks with history that this run does not have
    }
    return out


def _annotated_frame(cases: Any, info: Mapping[str, Any]) -> Any:
    """A check's columnar cases (:class:`audit.case_frame.CaseFrame`) with ``lifecycle`` and
    ``follow_ups`` added as columns (the same JSON as the case dicts would get), or None where
    the dict path is kept: cases already dicts, a case the lifecycle does not name, or a case
    with follow-ups (few; their dicts are attached as they are)."""
    from audit.case_frame import CaseFrame

    if not isinstance(cases, CaseFrame) or cases.materialised:
        return None
    import polars as pl

    frame = cases.frame
    states = getattr(info, "frame", None)  # audit.history.lifecycle.CaseStates: the lifecycle as a frame
    if states is not None:
        if info.follow_ups or states.height != frame.height:
            return None
        life = states.select(pl.struct(
            "state",
            pl.struct(**{lang: pl.col("state").replace_strict(list(LIFECYCLE_LABELS),
                                                             [w[lang] for w in LIFECYCLE_LABELS.values()],
                                                             return_dtype=pl.Utf8)
                         for lang in next(iter(LIFECYCLE_LABELS.values()))}).alias("state_label"),
            pl.struct(id="since_id", as_of="since_as_of").alias("since"),
            pl.col("previous_level").cast(pl.Utf8),
        ).alias("lifecycle")).to_series()
        return CaseFrame(frame.with_columns(life, pl.lit([], dtype=pl.List(pl.Null)).alias("follow_ups")))
    keys = frame["key"].cast(pl.Utf8).fill_null("None").to_list()  # str(key), as the dict path looks them up
    try:
        rows = [info[k] for k in keys]
    except KeyError:
        return None
    if any(r["follow_ups"] for r in rows):
        return None
    states = pl.Series([r["state"] for r in rows], dtype=pl.Utf8)
    labels = {lang: pl.Series([LIFECYCLE_LABELS[s][lang] for s in LIFECYCLE_LABELS], dtype=pl.Utf8)
              for lang in next(iter(LIFECYCLE_LABELS.values()))}
    order = pl.Series(list(LIFECYCLE_LABELS), dtype=pl.Utf8)
    life = pl.DataFrame({
        "state": states,
        "state_label": pl.DataFrame({lang: states.replace_strict(order, words) for lang, words in labels.items()})
        .to_struct(),
        "since": pl.DataFrame({"id": pl.Series([r["since"]["id"] for r in rows], dtype=pl.Utf8),
                               "as_of": pl.Series([r["since"]["as_of"] for r in rows], dtype=pl.Utf8)}).to_struct(),
        "previous_level": pl.Series([r["previous_level"] for r in rows], dtype=pl.Utf8),
    }).to_struct("lifecycle")
    return CaseFrame(frame.with_columns(life, pl.lit([], dtype=pl.List(pl.Null)).alias("follow_ups")))
