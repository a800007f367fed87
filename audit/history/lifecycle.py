"""The lifecycle of a finding across runs: new, persisting (since when), resolved, not assessed.

A finding is a (check, case key) at warning or deviation level in one run.
:func:`compute_lifecycle` compares a run with the earlier runs of its suite and scope;
it reads them through the store's public methods and runs no SQL itself.
"""

from __future__ import annotations

from typing import Any, Mapping, Protocol

from audit.history.records import assessed as check_assessed, order_key, run_ref
from audit.text import LANGS, t



class RunHistory(Protocol):
    """What the lifecycle reads from the store (audit.history.store.HistoryStore)."""

    def runs_of(self, suite: str, scope: str | None) -> list[dict[str, Any]]: ...

    def assessed_checks(self, run_ids) -> dict[str, dict[str, bool]]: ...

    def findings_of(self, run_id: str) -> dict[str, dict[str, dict[str, Any]]]: ...

NEW, PERSISTING, RESOLVED, NOT_ASSESSED = "new", "persisting", "resolved", "not_assessed"
LIFECYCLE_LABELS: dict[str, dict[str, str]] = {
    state: {lang: t(f"lifecycle.{state}", lang) for lang in LANGS}
    for state in (NEW, PERSISTING, RESOLVED, NOT_ASSESSED)
}


def compute_lifecycle(
    store: RunHistory, run: Mapping[str, Any], checks: list[Mapping[str, Any]]
) -> dict[str, Any]:
    """Lifecycle of each (check, key) of one run against the earlier runs of its suite and scope.

    ``run`` has id, suite, scope, as_of, created_at; ``checks`` has id, status, error
    and cases (key, level, …). The run need not be recorded yet; if it is, it is not
    compared with itself. Earlier means ordered before it by (as_of, created_at, id).

    Rules, per check:

    * The check is *assessed* in a run when its status is not ``not_evaluated`` and it
      has no error. It is compared with the latest earlier run in which it was
      assessed (``compared_with``): usually the previous run, but a run where the
      check could not be evaluated (missing columns) is skipped, neither ending nor
      extending a streak.
    * A key in this run's cases is ``new`` when it was not among the findings of that
      run, else ``persisting``, ``since`` the first run of the unbroken streak of
      assessed runs in which it was a finding (``previous_level`` is its level then).
    * A key among that run's findings and not in this run's cases is ``resolved``.
    * When the check is not assessed in this run (not evaluated, error, or no longer
      in the results), nothing is resolved: the findings of its last assessed run are
      listed as ``not_assessed``.

    Answer::

        {"run": {id, as_of}, "previous_run": {id, as_of} | None,
         "checks": {check_id: {"assessed": bool, "compared_with": {id, as_of} | None,
                               "counts": {new, persisting, resolved, not_assessed},
                               "cases": {key: {"state", "since": {id, as_of}, "previous_level"}},
                               "resolved": [finding + "last_seen", "since"],
                               "not_assessed": [finding + "last_seen", "since"]}}}
    """
    here = {"id": run["id"], "as_of": run["as_of"]}
    point = order_key(run)
    earlier = [r for r in store.runs_of(run["suite"], run.get("scope")) if r["id"] != run["id"] and order_key(r) < point]
    earlier.reverse()  # newest first
    assessed_in = store.assessed_checks(r["id"] for r in earlier)
    findings_cache: dict[str, dict[str, dict[str, dict[str, Any]]]] = {}

    def findings(run_id: str, check_id: str) -> dict[str, dict[str, Any]]:
        if run_id not in findings_cache:
            findings_cache[run_id] = store.findings_of(run_id)
        return findings_cache[run_id].get(check_id, {})

    def streak_start(cid: str, check_runs: list[dict[str, Any]], keys: set[str]) -> dict[str, dict]:
        """For keys found in check_runs[0]: the oldest run of each one's unbroken streak."""
        since = {k: run_ref(check_runs[0]) for k in keys}
        alive = set(keys)
        for r in check_runs[1:]:
            alive &= set(findings(r["id"], cid))
            if not alive:
                break
            for k in alive:
                since[k] = run_ref(r)
        return since

    previous = earlier[0] if earlier else None
    check_ids = [c["id"] for c in checks]
    if previous is not None:
        check_ids += [c for c in assessed_in.get(previous["id"], {}) if c not in check_ids]
    current = {c["id"]: c for c in checks}

    out: dict[str, Any] = {}
    for cid in check_ids:
        check = current.get(cid)
        assessed = check is not None and check_assessed(check.get("status"), check.get("error"))
        check_runs = [r for r in earlier if assessed_in.get(r["id"], {}).get(cid)]
        base = check_runs[0] if check_runs else None
        base_findings = findings(base["id"], cid) if base else {}
        entry: dict[str, Any] = {
            "assessed": assessed,
            "compared_with": run_ref(base),
            "cases": {},
            "resolved": [],
            "not_assessed": [],
        }
        if assessed:
            cur_keys = {str(case["key"]): case for case in check.get("cases") or []}
            persisting = set(cur_keys) & set(base_findings)
            since = streak_start(cid, check_runs, persisting) if persisting else {}
            for key in cur_keys:
                if key in persisting:
                    entry["cases"][key] = {"state": PERSISTING, "since": since[key],
                                           "previous_level": base_findings[key]["level"]}
                else:
                    entry["cases"][key] = {"state": NEW, "since": dict(here), "previous_level": None}
            gone = sorted(set(base_findings) - set(cur_keys))
            target = "resolved"
        else:
            gone = sorted(base_findings)
            target = "not_assessed"
        if gone:
            gone_since = streak_start(cid, check_runs, set(gone))
            for key in gone:
                entry[target].append({**base_findings[key], "last_seen": run_ref(base), "since": gone_since[key]})
        entry["counts"] = {
            NEW: sum(1 for c in entry["cases"].values() if c["state"] == NEW),
            PERSISTING: sum(1 for c in entry["cases"].values() if c["state"] == PERSISTING),
            RESOLVED: len(entry["resolved"]),
            NOT_ASSESSED: len(entry["not_assessed"]),
        }
        out[cid] = entry
    return {"run": here, "previous_run": run_ref(previous), "checks": out}
