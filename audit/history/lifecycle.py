"""The lifecycle of a finding across runs: new, persisting (since when), resolved, not assessed.

A finding is a (check, case key) at warning or deviation level in one run. This module is the
one implementation of the lifecycle rules (docs/history.md, «Finding lifecycle»):
:func:`lifecycle_of_frames` compares a run's case keys (per check, a polars Series) with the
earlier runs of its suite and scope, read from the store as polars frames (one query per run);
it runs no SQL itself (the compared-with run is read as keys and levels, the office,
municipality and value only of its findings that are gone; older runs in a streak as keys). Each
check's lifecycle per case is a frame, wrapped in
:class:`CaseStates`, a mapping that makes a case's dict only when asked for one — so a run of a
million cases (issue 18) does not make a dict per case three times over.
:func:`compute_lifecycle` is the same answer with every case as a plain dict, for callers that
hold case dicts (the store's ``lifecycle``, the annual report, ``history show``).

polars is imported where it is used: the store and the terminal tables import this module, and
light commands (``history list``, ``--help``) do not need polars.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Callable, Iterator, Protocol

from audit.history.records import assessed as check_assessed, denumber, order_key, run_ref
from audit.text import LANGS, t


class RunHistory(Protocol):
    """What the lifecycle reads from the store (audit.history.store.HistoryStore)."""

    def runs_of(self, suite: str, scope: str | None) -> list[dict[str, Any]]: ...

    def assessed_checks(self, run_ids) -> dict[str, dict[str, bool]]: ...

    def findings_frame(self, run_id: str, check_id: str | None = None, keys: Any = None) -> Any: ...

    def finding_keys_by_check(self, run_id: str, *, levels: bool = False) -> dict[str, Any]: ...


NEW, PERSISTING, RESOLVED, NOT_ASSESSED = "new", "persisting", "resolved", "not_assessed"
LIFECYCLE_LABELS: dict[str, dict[str, str]] = {
    state: {lang: t(f"lifecycle.{state}", lang) for lang in LANGS}
    for state in (NEW, PERSISTING, RESOLVED, NOT_ASSESSED)
}
STATE_COLUMNS = ("key", "state", "since_id", "since_as_of", "previous_level")


class CaseStates(Mapping):
    """Per case key of one check its lifecycle, held as a frame of :data:`STATE_COLUMNS` in the
    cases' order. A key's dict (``state``, ``since``, ``previous_level``; with ``labels`` also
    ``state_label`` and ``follow_ups``) is made when asked for and kept, so that follow-ups can
    be attached to it; :attr:`made` holds those."""

    def __init__(self, frame: Any, *, labels: bool = False) -> None:
        self.frame = frame
        self.labels = labels
        self.made: dict[str, dict[str, Any]] = {}

    def with_labels(self) -> "CaseStates":
        return CaseStates(self.frame, labels=True)

    def _make(self, row: tuple) -> dict[str, Any]:
        _, state, since_id, since_as_of, previous = row
        d = {"state": state, "since": {"id": since_id, "as_of": since_as_of}, "previous_level": previous}
        if self.labels:
            d["state_label"] = dict(LIFECYCLE_LABELS[state])
            d["follow_ups"] = []
        return d

    def __getitem__(self, key: str) -> dict[str, Any]:
        import polars as pl

        found = self.made.get(key)
        if found is not None:
            return found
        rows = self.frame.filter(pl.col("key") == key).rows() if isinstance(key, str) else []
        if not rows:
            raise KeyError(key)
        found = self.made[key] = self._make(rows[0])
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self.frame["key"].to_list())

    def __len__(self) -> int:
        return self.frame.height

    def to_dict(self) -> dict[str, dict[str, Any]]:
        """Every key's dict (those already made kept as they are)."""
        made = self.made
        return {row[0]: made.get(row[0]) or self._make(row) for row in self.frame.iter_rows()}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mapping):
            return NotImplemented
        return self.to_dict() == (other.to_dict() if isinstance(other, CaseStates) else dict(other))

    __hash__ = None  # type: ignore[assignment]

    @property
    def follow_ups(self) -> bool:
        """Whether a follow-up is attached to one of the cases."""
        return any(d.get("follow_ups") for d in self.made.values())


def compute_lifecycle(
    store: RunHistory, run: Mapping[str, Any], checks: list[Mapping[str, Any]]
) -> dict[str, Any]:
    """:func:`lifecycle_of_frames` for checks whose ``cases`` are dicts (id, status, error and
    cases with a ``key``), with every check's ``cases`` a plain dict of plain dicts.

    Answer::

        {"run": {id, as_of}, "previous_run": {id, as_of} | None,
         "checks": {check_id: {"assessed": bool, "compared_with": {id, as_of} | None,
                               "cases": {key: {"state", "since": {id, as_of}, "previous_level"}},
                               "resolved": [finding + "last_seen", "since"],
                               "not_assessed": [finding + "last_seen", "since"],
                               "counts": {new, persisting, resolved, not_assessed}}}}
    """
    import polars as pl

    keyed = [{"id": c["id"], "status": c.get("status"), "error": c.get("error"),
              "keys": pl.Series("key", list(dict.fromkeys(str(case["key"]) for case in c.get("cases") or [])),
                                dtype=pl.Utf8)}
             for c in checks]
    life = lifecycle_of_frames(store, run, keyed)
    for entry in life["checks"].values():
        if isinstance(entry["cases"], CaseStates):
            entry["cases"] = entry["cases"].to_dict()
    return life


def lifecycle_of_frames(store: RunHistory, run: Mapping[str, Any],
                        checks: "list[Mapping[str, Any]] | Callable[[], list[Mapping[str, Any]]]") -> dict[str, Any]:
    """Lifecycle of each (check, key) of one run against the earlier runs of its suite and scope.

    ``run`` has id, suite, scope, as_of, created_at; ``checks`` are as
    :func:`audit.history.records.check_keys` gives them: id, status, error and ``keys`` (the
    case keys as a polars Series of text, in the cases' order, each once), or a function that
    returns them (called after the previous run's findings are read). The run need not be
    recorded yet; if it is, it is not compared with itself. Earlier means ordered before it by
    (as_of, created_at, id).

    Rules, per check:

    * The check is *assessed* in a run when its status is not ``not_evaluated`` and it has no
      error. It is compared with the latest earlier run in which it was assessed
      (``compared_with``): usually the previous run, but a run where the check could not be
      evaluated (missing columns) is skipped, neither ending nor extending a streak.
    * A key in this run's cases is ``new`` when it was not among the findings of that run,
      else ``persisting``, ``since`` the first run of the unbroken streak of assessed runs in
      which it was a finding (``previous_level`` is its level in the compared-with run).
    * A key among that run's findings and not in this run's cases is ``resolved``.
    * When the check is not assessed in this run (not evaluated, error, or no longer in the
      results), nothing is resolved: the findings of its last assessed run are listed as
      ``not_assessed``.

    The answer is :func:`compute_lifecycle`'s, except that each assessed check's ``cases`` is a
    :class:`CaseStates` (a plain ``{}`` when the check has no cases or is not assessed).
    """
    import polars as pl

    here = {"id": run["id"], "as_of": run["as_of"]}
    point = order_key(run)
    earlier = [r for r in store.runs_of(run["suite"], run.get("scope")) if r["id"] != run["id"] and order_key(r) < point]
    earlier.reverse()  # newest first
    assessed_in = store.assessed_checks(r["id"] for r in earlier)
    cache: dict[str, dict[str, pl.DataFrame]] = {}
    empty = pl.DataFrame(schema={"key": pl.Utf8, "level": pl.Utf8})

    key_cache: dict[str, dict[str, pl.Series]] = {}

    def findings(run_id: str, check_id: str) -> pl.DataFrame:
        """A run's findings of one check as key and level (a compared-with run, read once)."""
        if run_id not in cache:
            cache[run_id] = store.finding_keys_by_check(run_id, levels=True)
        return cache[run_id].get(check_id, empty)

    def keys_of(run_id: str, check_id: str) -> pl.Series:
        """A run's finding keys of one check (an older run in a streak: the keys alone)."""
        if run_id in cache:
            return findings(run_id, check_id)["key"]
        if run_id not in key_cache:
            key_cache[run_id] = {cid: frame["key"] for cid, frame in store.finding_keys_by_check(run_id).items()}
        return key_cache[run_id].get(check_id, empty["key"])

    def streak_start(cid: str, check_runs: list[dict[str, Any]], keys: pl.Series) -> pl.Series:
        """For keys found in check_runs[0]: the index in check_runs of each one's streak's oldest run."""
        since = pl.zeros(keys.len(), dtype=pl.Int32, eager=True)
        alive, at = keys, pl.int_range(keys.len(), dtype=pl.UInt32, eager=True)  # the keys still in a streak, their places
        for i, r in enumerate(check_runs[1:], start=1):
            found = alive.is_in(keys_of(r["id"], cid).implode())
            alive, at = alive.filter(found), at.filter(found)
            if alive.is_empty():
                break
            since.scatter(at, i)
        return since

    previous = earlier[0] if earlier else None
    if callable(checks):
        # The checks' keys may still be being built (a run's cases, in a thread): read the previous
        # run's findings first (SQLite leaves the interpreter lock), then wait for the keys.
        if previous is not None and any(assessed_in.get(previous["id"], {}).values()):
            findings(previous["id"], "")
        checks = checks()
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
        base_findings = findings(base["id"], cid) if base else empty
        ids = pl.Series([r["id"] for r in check_runs], dtype=pl.Utf8)
        as_ofs = pl.Series([r["as_of"] for r in check_runs], dtype=pl.Utf8)
        entry: dict[str, Any] = {"assessed": assessed, "compared_with": run_ref(base), "cases": {},
                                 "resolved": [], "not_assessed": []}
        n_new = n_persisting = 0
        if assessed:
            keys = check["keys"]
            # One join of the keys with the compared-with run's findings gives both which keys persist
            # and their previous level (a finding's level is never null), and one anti-join the keys
            # that are gone: two hash tables of the keys where there were four.
            previous_level = pl.DataFrame({"key": keys}).join(
                base_findings.select("key", previous_level="level"), on="key", how="left",
                maintain_order="left")["previous_level"]
            found = previous_level.is_not_null()
            at = found.arg_true()  # the places of the persisting keys among the keys
            n_persisting = at.len()
            n_new = keys.len() - n_persisting
            if keys.len():
                frame = pl.DataFrame({"key": keys, "previous_level": previous_level})
                if n_persisting:
                    since = pl.Series([None], dtype=pl.Int32).new_from_index(0, keys.len()).scatter(
                        at, streak_start(cid, check_runs, keys.gather(at)))
                    frame = frame.with_columns(since_id=ids.gather(since), since_as_of=as_ofs.gather(since))
                else:
                    frame = frame.with_columns(since_id=pl.lit(None, pl.Utf8), since_as_of=pl.lit(None, pl.Utf8))
                frame = frame.select(
                    "key",
                    state=pl.when(found).then(pl.lit(PERSISTING)).otherwise(pl.lit(NEW)),
                    since_id=pl.col("since_id").fill_null(pl.lit(here["id"], pl.Utf8)),
                    since_as_of=pl.col("since_as_of").fill_null(pl.lit(here["as_of"], pl.Utf8)),
                    previous_level="previous_level",
                )
                entry["cases"] = CaseStates(frame)
            gone_keys = base_findings.select("key").join(pl.DataFrame({"key": keys}), on="key", how="anti")[
                "key"].sort()
            target = "resolved"
        else:
            gone_keys = base_findings["key"].sort()
            target = "not_assessed"
        if gone_keys.len():
            # their office, municipality and value: read for these keys alone (few, as a rule)
            gone = pl.DataFrame({"key": gone_keys}).join(
                store.findings_frame(base["id"], cid, gone_keys.to_list()).drop("check_id"),
                on="key", how="left", maintain_order="left")
            since = streak_start(cid, check_runs, gone_keys).to_list()
            last_seen = run_ref(base)
            for (key, level, office, municipality, value), i in zip(
                    gone.select("key", "level", "office", "municipality", "value").iter_rows(), since):
                entry[target].append({"key": key, "level": level, "office": office, "municipality": municipality,
                                      "value": denumber(value), "last_seen": dict(last_seen),
                                      "since": run_ref(check_runs[i])})
        entry["counts"] = {NEW: n_new, PERSISTING: n_persisting, RESOLVED: len(entry["resolved"]),
                           NOT_ASSESSED: len(entry["not_assessed"])}
        out[cid] = entry
    return {"run": here, "previous_run": run_ref(previous), "checks": out}
