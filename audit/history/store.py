"""The history store: SQL for recorded runs, their findings, run reservations and follow-ups.

One class, :class:`HistoryStore`, over a :mod:`audit.history.backends` backend
(SQLite or PostgreSQL), with the schema of :mod:`audit.history.migrations`. What of
results.json is kept is decided in :mod:`audit.history.records`; the finding lifecycle
in :mod:`audit.history.lifecycle`; the follow-up rules in :mod:`audit.history.follow_ups`
(their SQL is in :mod:`audit.history.follow_up_store`). Nothing outside these modules
runs SQL on the history.

Recording is transactional with the run: a run reserves its suite, scope and period
first (:meth:`HistoryStore.claim_run`), and is recorded only after its results.json is
written, in the transaction that releases the reservation. A second run of the same
suite, scope and period while the first is alive is refused (:class:`RunInProgress`);
a reservation left by a process that died is taken over.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
from typing import Any, Callable, Iterable, Mapping

from audit.errors import InputError
from audit.text import msg
from audit.history.migrations import applied_migrations, migrate, schema_version
from audit.history.backends import Backend, IntegrityError, mask_url
from audit.history.claims import CLAIM_STALE_AFTER, Claim, RunInProgress, is_stale
from audit.history.follow_up_store import FollowUpStore
from audit.history.frame_store import FrameStore
from audit.history.follow_ups import parse_date
from audit.history.lifecycle import compute_lifecycle
from audit.history.records import (
    assessed, check_extras, current_checks, denumber, integer, now_utc, order_key, run_fields,
)

_LEVEL_RANK = {"deviation": 0, "warning": 1}


class HistoryStore(FollowUpStore, FrameStore):
    """Recorded runs and follow-ups in one SQLite file or PostgreSQL database."""

    def __init__(self, backend: Backend, location: str) -> None:
        self.backend = backend
        self.location = location

    # -- the store itself

    @property
    def dialect(self) -> str:
        return self.backend.dialect

    def describe(self) -> str:
        """Where this store is, as it may be shown (no password)."""
        return mask_url(self.location)

    def close(self) -> None:
        self.backend.close()

    def __enter__(self) -> "HistoryStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def schema_version(self) -> int:
        return schema_version(self.backend)

    def applied_migrations(self) -> list[dict[str, Any]]:
        return applied_migrations(self.backend)

    def migrate(self, target: int | None = None) -> list[int]:
        """Apply pending migrations in order (up to ``target``); return the versions applied."""
        return migrate(self.backend, self.location, target)

    # -- reservations

    def claim_run(self, key: str, run_id: str, *, stale_after: dt.timedelta = CLAIM_STALE_AFTER) -> Claim:
        """Reserve ``key`` (:func:`audit.history.records.claim_key`) for ``run_id``.

        Refused with :class:`RunInProgress` while another live run holds it; a
        reservation of a dead process (or older than ``stale_after``) is taken over.
        """
        for _ in range(3):
            try:
                with self.backend.transaction():
                    self.backend.execute(
                        "INSERT INTO run_claims (claim_key, run_id, host, pid, claimed_at) VALUES (?, ?, ?, ?, ?)",
                        (key, run_id, socket.gethostname(), os.getpid(), now_utc()),
                    )
                return Claim(key, run_id)
            except IntegrityError:
                rows = self.backend.execute(
                    "SELECT run_id, host, pid, claimed_at FROM run_claims WHERE claim_key = ?", (key,))
                if not rows:
                    continue  # released meanwhile
                holder = rows[0]
                if holder["run_id"] == run_id:
                    return Claim(key, run_id)
                if not is_stale(holder, stale_after):
                    raise RunInProgress(
                        msg("error.history.in_progress", run_id=holder["run_id"], started=holder["claimed_at"]),
                        file=self.describe(),
                        hint=msg("error.history.in_progress_hint"),
                    ) from None
                with self.backend.transaction():
                    self.backend.execute("DELETE FROM run_claims WHERE claim_key = ? AND run_id = ?",
                                         (key, holder["run_id"]))
        raise RunInProgress(msg("error.history.no_claim"), file=self.describe())

    def release_claim(self, claim: Claim) -> None:
        """Give a reservation up (inside :meth:`record_run`'s transaction, or after a failed run)."""
        with self.backend.transaction():
            self.backend.execute("DELETE FROM run_claims WHERE claim_key = ? AND run_id = ?", (claim.key, claim.run_id))

    def claims(self) -> list[dict[str, Any]]:
        """The reservations held now (run_id, host, pid, claimed_at)."""
        return self.backend.execute("SELECT claim_key, run_id, host, pid, claimed_at FROM run_claims ORDER BY claimed_at")

    # -- runs

    def record_run(self, results: Mapping[str, Any], *, source: str | None = None, claim: Claim | None = None,
                   before_commit: Callable[[], None] | None = None) -> str:
        """Record a run from its results.json content; return the run id.

        Idempotent on the run id: recording the same results again changes nothing.
        Recording different results under an id already stored is an error. With
        ``claim`` (from :meth:`claim_run`) the reservation is released in the same
        transaction that records the run. ``results`` may also be an
        audit.results_model.Results (as ``load`` returns it).

        ``before_commit`` is called exactly once, after the run's rows are written and before
        they are committed (or, when the run is already stored, before that is accepted): if it
        raises, nothing is recorded and the reservation stays for :meth:`release_claim`.
        ``nav-audit run`` waits there for its results.json, so the findings are inserted while
        the file is written and the run is committed only once it is (audit.pipeline).
        """
        pending = [before_commit] if before_commit is not None else []

        def ready() -> None:
            while pending:
                pending.pop()()

        results = results.to_dict() if hasattr(results, "to_dict") else results
        run = run_fields(results, source)
        tool = results.get("tool") if isinstance(results.get("tool"), Mapping) else {}
        meta = results["run"]
        inputs = [
            {k: inp.get(k) for k in ("path", "sha256", "rows", "format") if k in inp}
            for inp in meta.get("inputs") or []
            if isinstance(inp, Mapping)
        ]
        dataset = results.get("dataset") if isinstance(results.get("dataset"), Mapping) else {}
        row = {
            **run,
            "tool_name": tool.get("name"),
            "tool_version": tool.get("version"),
            "lang": meta.get("lang"),
            "dataset_rows": integer(dataset.get("rows")),
            "input_issues": len(results.get("input_issues") or []),
            "parameters": json.dumps(meta.get("parameters") or {}, ensure_ascii=False, sort_keys=True, default=str),
            "inputs": json.dumps(inputs, ensure_ascii=False, sort_keys=True, default=str),
        }
        from concurrent.futures import ThreadPoolExecutor

        from audit.history.bulk import FINDING_COLUMNS, FINDING_FIXED, finding_groups, fingerprint  # polars: imported where a run is recorded

        checks = current_checks(results, source, frames=True)  # the run's columnar cases stay frames
        # sha256 of the JSON of run and checks (audit.history.bulk), computed in a thread while the
        # findings are inserted (polars, hashlib and SQLite leave the interpreter lock); the runs row
        # gets it before the transaction commits, so no committed row ever lacks it.
        pool = ThreadPoolExecutor(1, thread_name_prefix="nav-audit-fingerprint")
        computing = pool.submit(fingerprint, dict(row), checks)
        row["fingerprint"] = ""
        row["recorded_at"] = now_utc()

        def fingerprinted() -> dict[str, Any]:
            row["fingerprint"] = computing.result()
            return row

        try:
            if self.backend.execute("SELECT 1 FROM runs WHERE id = ?", (row["id"],)) \
                    and self._same_run_stored(fingerprinted(), source):
                ready()
                if claim is not None:
                    self.release_claim(claim)
                return row["id"]
            columns = list(row)
            extras = check_extras(results) if self.backend.table_exists("run_check_offices") else None
            try:
                with self.backend.transaction():
                    self.backend.execute(
                        f"INSERT INTO runs ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
                        [row[c] for c in columns],
                    )
                    check_rows = [
                        (row["id"], c["id"], c["position"], c["kind"], c["status"], c["title_nb"], c["title_en"],
                         c["evaluated"], c["failed"], c["warned"], c["unknown"], c["value"], c["error"])
                        for c in checks
                    ]
                    names = ("evaluated, failed, warned, unknown, value, error"
                             + (", unit, target_op, target_value" if extras is not None else ""))
                    if extras is not None:  # else a store at schema 1 or 2 (only in tests of the migrations)
                        check_rows = [r + tuple(extras.get(r[1], {}).get(k) for k in ("unit", "target_op", "target_value"))
                                      for r in check_rows]
                    self.backend.executemany(
                        f"INSERT INTO run_checks (run_id, check_id, position, kind, status, title_nb, title_en, {names})"
                        f" VALUES ({', '.join('?' for _ in range(7 + names.count(',') + 1))})", check_rows)
                    if extras is not None:
                        self.backend.executemany(
                            "INSERT INTO run_check_offices (run_id, check_id, position, office, municipality,"
                            " evaluated, failed, warned, unknown, value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            [
                                (row["id"], cid, i, o["office"], o["municipality"], o["evaluated"], o["failed"],
                                 o["warned"], o["unknown"], o["value"])
                                for cid, extra in extras.items()
                                for i, o in enumerate(extra["offices"])
                            ],
                        )
                    self.backend.insert_grouped("findings", FINDING_FIXED, FINDING_COLUMNS, finding_groups(row["id"], checks))
                    self.backend.execute("UPDATE runs SET fingerprint = ? WHERE id = ?", (fingerprinted()["fingerprint"], row["id"]))
                    ready()
                    if claim is not None:
                        self.release_claim(claim)
            except IntegrityError:
                # Another process recorded the same id meanwhile: fine if it is the same run.
                ready()
                if self._same_run_stored(fingerprinted(), source):
                    if claim is not None:
                        self.release_claim(claim)
                    return row["id"]
                raise
            return row["id"]
        finally:
            pool.shutdown(wait=True)  # no thread outlives the call, also when it failed

    def _same_run_stored(self, row: Mapping[str, Any], source: str | None) -> bool:
        found = self.backend.execute("SELECT fingerprint FROM runs WHERE id = ?", (row["id"],))
        if not found:
            return False
        if found[0]["fingerprint"] != row["fingerprint"]:
            raise InputError(msg("error.history.stored_differently", run_id=row["id"]), file=source,
                             hint=msg("error.history.stored_differently_hint"))
        return True


    _RUN_COLUMNS = (
        "r.id, r.created_at, r.recorded_at, r.tool_name, r.tool_version, r.suite, r.as_of, r.period_from,"
        " r.period_to, r.scope, r.lang, r.dataset_rows, r.input_issues"
    )
    _RUN_COUNTS = (
        "(SELECT COUNT(*) FROM run_checks c WHERE c.run_id = r.id) AS checks,"
        " (SELECT COUNT(*) FROM findings f WHERE f.run_id = r.id AND f.level = 'deviation') AS deviations,"
        " (SELECT COUNT(*) FROM findings f WHERE f.run_id = r.id AND f.level = 'warning') AS warnings"
    )

    def list_runs(
        self,
        suite: str | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        scope: str | None = None,
        period: tuple[str | dt.date, str | dt.date] | None = None,
    ) -> list[dict[str, Any]]:
        """Recorded runs, oldest first.

        ``since``/``until`` bound the run's as_of date (inclusive). ``period`` (from, to)
        keeps runs whose recorded period overlaps it (runs without a period are left out).
        """
        where, params = [], []
        if period:
            p_from, p_to = (parse_date(period[0], msg("error.history.what.period")),
                            parse_date(period[1], msg("error.history.what.period")))
            where.append("(r.period_from IS NOT NULL OR r.period_to IS NOT NULL)")
            where.append("(r.period_from IS NULL OR r.period_from <= ?) AND (r.period_to IS NULL OR r.period_to >= ?)")
            params += [p_to, p_from]
        if suite:
            where.append("r.suite = ?")
            params.append(suite)
        if since:
            where.append("r.as_of >= ?")
            params.append(parse_date(since, msg("error.history.what.since")))
        if until:
            where.append("r.as_of <= ?")
            params.append(parse_date(until, msg("error.history.what.until")))
        if scope is not None:
            where.append("r.scope = ?")
            params.append(scope)
        sql = f"SELECT {self._RUN_COLUMNS}, {self._RUN_COUNTS} FROM runs r"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY r.as_of, r.created_at, r.id"
        return [self._run_row(r) for r in self.backend.execute(sql, params)]

    @staticmethod
    def _run_row(row: dict[str, Any]) -> dict[str, Any]:
        row = dict(row)
        period_from, period_to = row.pop("period_from"), row.pop("period_to")
        row["period"] = {"from": period_from, "to": period_to} if (period_from or period_to) else None
        for name in ("checks", "deviations", "warnings"):
            if name in row:
                row[name] = int(row[name])
        return row

    def resolve_run_id(self, prefix: str) -> str:
        """The run id in full, by a unique beginning, or «siste»/«last»: the newest; InputError otherwise."""
        prefix = prefix.strip()
        if prefix.lower() in ("siste", "last") and (newest := self.backend.execute(
                "SELECT id FROM runs ORDER BY created_at DESC, id DESC LIMIT 1", ())):
            return newest[0]["id"]
        if self.backend.execute("SELECT id FROM runs WHERE id = ?", (prefix,)):
            return prefix
        rows = self.backend.execute("SELECT id FROM runs WHERE substr(id, 1, ?) = ? ORDER BY id",
                                    (len(prefix), prefix)) if prefix else []
        if len(rows) == 1:
            return rows[0]["id"]
        if not rows:
            raise InputError(msg("error.history.no_run", run_id=prefix, history=self.describe()),
                             hint=msg("error.history.no_run_hint"))
        raise InputError(msg("error.history.ambiguous", prefix=prefix, count=len(rows), runs=", ".join(
            r["id"] for r in rows[:5])), hint=msg("error.history.ambiguous_hint"))

    def get_run(self, run_id: str) -> dict[str, Any] | None:
        """One run with its inputs, parameters, checks and their findings; None if not stored."""
        rows = self.backend.execute(
            f"SELECT {self._RUN_COLUMNS}, {self._RUN_COUNTS}, r.parameters, r.inputs FROM runs r WHERE r.id = ?",
            (run_id,),
        )
        if not rows:
            return None
        run = self._run_row(rows[0])
        run["parameters"] = json.loads(run["parameters"])
        run["inputs"] = json.loads(run["inputs"])
        checks = self.backend.execute(
            "SELECT check_id, kind, status, title_nb, title_en, evaluated, failed, warned, unknown, value, error"
            " FROM run_checks WHERE run_id = ? ORDER BY position",
            (run_id,),
        )
        by_check: dict[str, list[dict[str, Any]]] = {c["check_id"]: [] for c in checks}
        for f in self.backend.execute(
            "SELECT check_id, case_key, level, office, municipality, value FROM findings WHERE run_id = ?", (run_id,)
        ):
            by_check.setdefault(f["check_id"], []).append(
                {"key": f["case_key"], "level": f["level"], "office": f["office"],
                 "municipality": f["municipality"], "value": denumber(f["value"])}
            )
        run["checks"] = []
        for c in checks:
            cases = by_check.get(c["check_id"], [])
            cases.sort(key=lambda f: (_LEVEL_RANK.get(f["level"], 9), -(f["value"] or 0), f["key"]))
            run["checks"].append(
                {
                    "id": c["check_id"],
                    "kind": c["kind"],
                    "status": c["status"],
                    "title": {"nb": c["title_nb"], "en": c["title_en"]},
                    "evaluated": c["evaluated"],
                    "failed": c["failed"],
                    "warned": c["warned"],
                    "unknown": c["unknown"],
                    "value": denumber(c["value"]),
                    "error": c["error"],
                    "cases": cases,
                }
            )
        return run

    def delete_run(self, run_id: str) -> bool:
        """Remove a run and its findings; True if it was there. Follow-ups are kept."""
        with self.backend.transaction():
            if not self.backend.execute("SELECT 1 FROM runs WHERE id = ?", (run_id,)):
                return False
            self.backend.execute("DELETE FROM findings WHERE run_id = ?", (run_id,))
            if self.backend.table_exists("run_check_offices"):
                self.backend.execute("DELETE FROM run_check_offices WHERE run_id = ?", (run_id,))
            self.backend.execute("DELETE FROM run_checks WHERE run_id = ?", (run_id,))
            self.backend.execute("DELETE FROM runs WHERE id = ?", (run_id,))
        return True

    def runs_of(self, suite: str, scope: str | None) -> list[dict[str, Any]]:
        """All runs of one suite and scope (NULL scope matches NULL), oldest first."""
        if scope is None:
            rows = self.backend.execute(
                "SELECT id, as_of, created_at FROM runs WHERE suite = ? AND scope IS NULL", (suite,)
            )
        else:
            rows = self.backend.execute(
                "SELECT id, as_of, created_at FROM runs WHERE suite = ? AND scope = ?", (suite, scope)
            )
        return sorted(rows, key=order_key)

    def previous_run(
        self,
        suite: str,
        scope: str | None,
        *,
        before_as_of: str | dt.date,
        before_created_at: str | None = None,
        before_id: str | None = None,
    ) -> dict[str, Any] | None:
        """The latest run of the same suite and scope ordered before the given point.

        Runs are ordered by (as_of, created_at, id). Without ``before_created_at`` the
        point is the start of the ``before_as_of`` day: only runs with an earlier as_of
        count.
        """
        point = (parse_date(before_as_of, msg("error.history.what.date")), before_created_at or "", before_id or "")
        earlier = [r for r in self.runs_of(suite, scope) if order_key(r) < point and r["id"] != before_id]
        return earlier[-1] if earlier else None

    # -- finding lifecycle

    def lifecycle(self, run_id: str) -> dict[str, Any]:
        """Lifecycle of every (check, key) of a recorded run against earlier runs.

        The rules are :func:`audit.history.lifecycle.lifecycle_of_frames`'s; the answer is
        :func:`compute_lifecycle`'s (every case a plain dict).
        """
        run = self.get_run(run_id)
        if run is None:
            raise InputError(msg("error.history.no_run", run_id=run_id, history=self.describe()))
        fields = {"id": run["id"], "suite": run["suite"], "as_of": run["as_of"], "scope": run["scope"],
                  "created_at": run["created_at"]}
        checks = [
            {"id": c["id"], "status": c["status"], "error": c["error"], "cases": c["cases"]} for c in run["checks"]
        ]
        return compute_lifecycle(self, fields, checks)

    def assessed_checks(self, run_ids: Iterable[str]) -> dict[str, dict[str, bool]]:
        """{run id: {check id: assessed}} for the given runs."""
        out: dict[str, dict[str, bool]] = {}
        for r in self._rows_of_runs("SELECT run_id, check_id, status, error FROM run_checks WHERE run_id IN ({ids})",
                                    run_ids):
            out.setdefault(r["run_id"], {})[r["check_id"]] = assessed(r["status"], r["error"])
        return out

    def _rows_of_runs(self, sql: str, run_ids: Iterable[str]) -> list[dict[str, Any]]:
        """The rows of ``sql`` for the given runs, ``{ids}`` in it standing for their placeholders;
        asked 500 runs at a time (SQLite caps the parameters of one statement)."""
        out: list[dict[str, Any]] = []
        ids = list(run_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            out += self.backend.execute(sql.replace("{ids}", ", ".join("?" for _ in chunk)), chunk)
        return out

    def check_rows(self, run_ids: Iterable[str]) -> list[dict[str, Any]]:
        """The per-check rows of the given runs (run_checks), for summaries over many runs.

        Each row: run_id, check_id, position, kind, status, title_nb, title_en,
        evaluated, failed, warned, unknown, value, error, unit, target_op, target_value
        (the last three NULL for runs recorded before schema 3).
        """
        extra = ", unit, target_op, target_value" if self.backend.table_exists("run_check_offices") else ""
        out = self._rows_of_runs(
            "SELECT run_id, check_id, position, kind, status, title_nb, title_en, evaluated, failed, warned,"
            f" unknown, value, error{extra} FROM run_checks WHERE run_id IN ({{ids}}) ORDER BY run_id, position",
            run_ids,
        )
        for row in out:
            row["value"] = denumber(row["value"])
            for name in ("unit", "target_op"):
                row.setdefault(name, None)
            row["target_value"] = denumber(row.get("target_value"))
        return out

    def office_rows(self, run_ids: Iterable[str]) -> list[dict[str, Any]]:
        """The per-office counts of each check of the given runs (empty for runs recorded before schema 3)."""
        if not self.backend.table_exists("run_check_offices"):
            return []
        out = self._rows_of_runs(
            "SELECT run_id, check_id, position, office, municipality, evaluated, failed, warned, unknown, value"
            " FROM run_check_offices WHERE run_id IN ({ids}) ORDER BY run_id, check_id, position",
            run_ids,
        )
        for row in out:
            row["value"] = denumber(row["value"])
        return out

    def findings_of(self, run_id: str) -> dict[str, dict[str, dict[str, Any]]]:
        """{check id: {key: finding}} of one run (key, level, office, municipality, value)."""
        out: dict[str, dict[str, dict[str, Any]]] = {}
        for f in self.backend.execute(
            "SELECT check_id, case_key, level, office, municipality, value FROM findings WHERE run_id = ?", (run_id,)
        ):
            out.setdefault(f["check_id"], {})[f["case_key"]] = {
                "key": f["case_key"], "level": f["level"], "office": f["office"],
                "municipality": f["municipality"], "value": denumber(f["value"]),
            }
        return out

    def recorded_at(self, run_id: str) -> str | None:
        """When this store recorded a run (UTC), or None."""
        rows = self.backend.execute("SELECT recorded_at FROM runs WHERE id = ?", (run_id,))
        return rows[0]["recorded_at"] if rows else None

    def check_ids(self) -> set[str]:
        """Every check id of the recorded runs."""
        return {r["check_id"] for r in self.backend.execute("SELECT DISTINCT check_id FROM run_checks")}
