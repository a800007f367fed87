"""The history store: recorded runs, finding lifecycle and follow-up records.

One class, :class:`HistoryStore`, over a :mod:`audit.history.backends` backend
(SQLite or PostgreSQL). The schema is built by numbered SQL migrations in
``audit/history/migrations/NNNN_name.sql``, applied in order when a store is opened
and listed in the table ``schema_migrations``; a schema change is a new migration,
never a drop and recreate.

Only what results.json holds is stored: run metadata, inputs (path, sha256, rows),
parameters, per-check counts and the pseudonymous keys at warning or deviation level
with their office and measured value. Case details (dates) are not stored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any, Iterable, Mapping

from audit.errors import ConfigError, InputError
from audit.history.backends import ID_TOKEN, Backend, IntegrityError, mask_url
from audit.privacy import is_identity_number

# --------------------------------------------------------------------------- vocabulary

FOLLOW_UP_STATUSES = ("open", "in_progress", "done", "not_relevant")
STATUS_LABELS: dict[str, dict[str, str]] = {
    "open": {"nb": "åpen", "en": "open"},
    "in_progress": {"nb": "under arbeid", "en": "in progress"},
    "done": {"nb": "lukket", "en": "done"},
    "not_relevant": {"nb": "ikke relevant", "en": "not relevant"},
}
OPEN_STATUSES = ("open", "in_progress")

# Lifecycle states of a (check, key).
NEW, PERSISTING, RESOLVED, NOT_ASSESSED = "new", "persisting", "resolved", "not_assessed"
LIFECYCLE_LABELS: dict[str, dict[str, str]] = {
    NEW: {"nb": "ny", "en": "new"},
    PERSISTING: {"nb": "vedvarende", "en": "persisting"},
    RESOLVED: {"nb": "løst", "en": "resolved"},
    NOT_ASSESSED: {"nb": "ikke vurdert", "en": "not assessed"},
}

_LEVEL_RANK = {"deviation": 0, "warning": 1}
_UNSET = object()


def parse_status(value: str) -> str:
    """A follow-up status from its code or its bokmål/English label ("under arbeid", "done")."""
    text = re.sub(r"[\s_-]+", " ", str(value).strip().lower())
    for code, labels in STATUS_LABELS.items():
        if text in (code.replace("_", " "), labels["nb"], labels["en"]):
            return code
    allowed = ", ".join(f"{labels['nb']} ({code})" for code, labels in STATUS_LABELS.items())
    raise InputError(f"ukjent status «{value}».", column="status", hint=f"Gyldige verdier: {allowed}.")


def parse_date(value: Any, what: str = "dato") -> str | None:
    """An ISO date string from a date, 'YYYY-MM-DD' or 'DD.MM.YYYY'; None/'' stay None."""
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
        raise InputError(
            f"ugyldig {what} «{text}».", value=text, hint="Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-03-31."
        ) from None


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _num(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _denum(value: Any) -> int | float | None:
    if value is None:
        return None
    value = float(value)
    return int(value) if value.is_integer() else value


def _int(value: Any) -> int | None:
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _guard_identity(value: str | None, column: str) -> None:
    """Refuse a value that is or contains an identity number: only pseudonymous ids are stored."""
    if value is None:
        return
    if any(is_identity_number(m) for m in re.findall(r"(?<!\d)\d{11}(?!\d)", value)):
        raise InputError(
            "verdien ser ut til å inneholde et fødselsnummer eller D-nummer; det lagres ikke i historikken.",
            column=column,
            value=value,
            hint="Bruk saksnøkkelen (pseudonym) fra rapporten.",
        )


# --------------------------------------------------------------------------- migrations


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str

    def statements(self, id_pk: str) -> list[str]:
        """The migration's statements for one dialect: comments removed, split on ';'."""
        text = re.sub(r"--[^\n]*", "", self.sql).replace(ID_TOKEN, id_pk)
        return [s.strip() for s in text.split(";") if s.strip()]


def load_migrations() -> list[Migration]:
    """All migrations shipped with the tool, numbered 1..N without gaps."""
    root = resources.files("audit.history").joinpath("migrations")
    found = []
    for entry in root.iterdir():
        m = re.fullmatch(r"(\d{4})_([a-z0-9_]+)\.sql", entry.name)
        if m:
            found.append(Migration(int(m[1]), m[2], entry.read_text(encoding="utf-8")))
    found.sort(key=lambda mig: mig.version)
    if [mig.version for mig in found] != list(range(1, len(found) + 1)):
        raise RuntimeError(f"history migrations must be numbered 1..N: {[m.version for m in found]}")
    return found


# --------------------------------------------------------------------------- results -> rows


def _run_fields(results: Mapping[str, Any], source: str | None) -> dict[str, Any]:
    """The run-level fields of results.json, checked. Shared by recording and annotating."""
    if not isinstance(results, Mapping) or not isinstance(results.get("run"), Mapping):
        raise InputError("resultatfilen mangler «run».", file=source)
    run = results["run"]
    for name in ("id", "suite", "as_of"):
        if not isinstance(run.get(name), str) or not run[name].strip():
            raise InputError(f"resultatfilen mangler «run.{name}».", file=source)
    as_of = run["as_of"]
    try:
        dt.date.fromisoformat(as_of)
    except ValueError:
        raise InputError("«run.as_of» er ikke en dato.", file=source, value=as_of) from None
    period = run.get("period") if isinstance(run.get("period"), Mapping) else {}
    created = run.get("started_at") or run.get("finished_at") or _now()
    return {
        "id": run["id"],
        "created_at": str(created),
        "suite": run["suite"],
        "as_of": as_of,
        "period_from": period.get("from"),
        "period_to": period.get("to"),
        "scope": run.get("scope"),
    }


def _current_checks(results: Mapping[str, Any], source: str | None) -> list[dict[str, Any]]:
    """Checks of results.json with their findings, checked for duplicate keys."""
    checks = []
    seen_ids: set[str] = set()
    for position, check in enumerate(results.get("checks") or []):
        cid = check.get("id")
        if not isinstance(cid, str) or not cid:
            raise InputError(f"kontroll nr. {position + 1} i resultatfilen mangler «id».", file=source)
        if cid in seen_ids:
            raise InputError(f"kontrollen «{cid}» står to ganger i resultatfilen.", file=source)
        seen_ids.add(cid)
        cases = []
        keys: set[str] = set()
        for case in check.get("cases") or []:
            key = str(case.get("key"))
            if key in keys:
                raise InputError(f"saken «{key}» står to ganger under kontrollen «{cid}».", file=source)
            _guard_identity(key, f"{cid}: key")  # defence in depth: results.json never holds one
            keys.add(key)
            cases.append(
                {
                    "key": key,
                    "level": str(case.get("level") or "deviation"),
                    "office": case.get("office"),
                    "municipality": case.get("municipality"),
                    "value": _num(case.get("value")),
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
                "evaluated": _int(check.get("evaluated")),
                "failed": _int(check.get("failed")),
                "warned": _int(check.get("warned")),
                "unknown": _int(check.get("unknown")),
                "value": _num(check.get("value")),
                "error": None if error in (None, "") else str(error)[:1000],
                "cases": cases,
            }
        )
    return checks


def _check_extras(results: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Per check id: unit, target and the ``by_office`` counts (schema 3 and later).

    Kept apart from :func:`_current_checks` on purpose: the run's fingerprint is
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
                    "evaluated": _int(office.get("evaluated")),
                    "failed": _int(office.get("failed")),
                    "warned": _int(office.get("warned")),
                    "unknown": _int(office.get("unknown")),
                    "value": _num(office.get("value")),
                }
            )
        unit = check.get("unit")
        out[check["id"]] = {
            "unit": unit if isinstance(unit, str) else None,
            "target_op": str(target["op"]) if target.get("op") is not None else None,
            "target_value": _num(target.get("value")),
            "offices": offices,
        }
    return out


def _assessed(status: str | None, error: str | None) -> bool:
    """Whether a check judged the rows in a run (so its absence of findings means something)."""
    return status not in (None, "not_evaluated") and not error


def _run_ref(run: Mapping[str, Any] | None) -> dict[str, Any] | None:
    return None if run is None else {"id": run["id"], "as_of": run["as_of"]}


def _order_key(run: Mapping[str, Any]) -> tuple[str, str, str]:
    return (run["as_of"], run["created_at"] or "", run["id"])


# --------------------------------------------------------------------------- the store


class HistoryStore:
    """Recorded runs and follow-ups in one SQLite file or PostgreSQL database."""

    def __init__(self, backend: Backend, location: str) -> None:
        self.backend = backend
        self.location = location

    # -- lifecycle of the store itself

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
        if not self.backend.table_exists("schema_migrations"):
            return 0
        rows = self.backend.execute("SELECT MAX(version) AS v FROM schema_migrations")
        return int(rows[0]["v"] or 0)

    def applied_migrations(self) -> list[dict[str, Any]]:
        if not self.backend.table_exists("schema_migrations"):
            return []
        return self.backend.execute("SELECT version, name, applied_at FROM schema_migrations ORDER BY version")

    def migrate(self, target: int | None = None) -> list[int]:
        """Apply pending migrations in order (up to ``target``); return the versions applied.

        Each migration runs in its own transaction together with its row in
        ``schema_migrations``; on PostgreSQL an advisory lock keeps two processes
        from migrating the same database at once.
        """
        migrations = load_migrations()
        known = len(migrations)
        target = known if target is None else target
        if not self.backend.table_exists("schema_migrations"):  # a read-only user never needs CREATE
            with self.backend.transaction():
                self.backend.lock_for_migration()
                self.backend.execute(
                    "CREATE TABLE IF NOT EXISTS schema_migrations ("
                    " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
                )
        current = self.schema_version()
        if current > known:
            raise ConfigError(
                f"historikken har skjemaversjon {current}, men denne versjonen av nav-audit kjenner bare "
                f"versjon {known}.",
                file=self.describe(),
                hint="Oppgrader nav-audit før du bruker denne historikken.",
            )
        applied = []
        for mig in migrations:
            if mig.version > target:
                break
            with self.backend.transaction():
                self.backend.lock_for_migration()
                if self.backend.execute("SELECT 1 FROM schema_migrations WHERE version = ?", (mig.version,)):
                    continue  # another process got there first
                for statement in mig.statements(self.backend.id_pk):
                    self.backend.execute(statement)
                self.backend.execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    (mig.version, mig.name, _now()),
                )
            applied.append(mig.version)
        return applied

    # -- runs

    def record_run(self, results: Mapping[str, Any], *, source: str | None = None) -> str:
        """Record a run from its results.json content; return the run id.

        Idempotent on the run id: recording the same results again changes nothing.
        Recording different results under an id already stored is an error.
        ``results`` may also be an audit.results_model.Results (as ``load`` returns it).
        """
        results = results.to_dict() if hasattr(results, "to_dict") else results
        run = _run_fields(results, source)
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
            "dataset_rows": _int(dataset.get("rows")),
            "input_issues": len(results.get("input_issues") or []),
            "parameters": json.dumps(meta.get("parameters") or {}, ensure_ascii=False, sort_keys=True, default=str),
            "inputs": json.dumps(inputs, ensure_ascii=False, sort_keys=True, default=str),
        }
        checks = _current_checks(results, source)
        row["fingerprint"] = hashlib.sha256(
            json.dumps({"run": row, "checks": checks}, sort_keys=True, default=str).encode("utf-8")
        ).hexdigest()
        row["recorded_at"] = _now()

        if self._same_run_stored(row, source):
            return row["id"]
        columns = list(row)
        extras = _check_extras(results) if self.backend.table_exists("run_check_offices") else None
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
                if extras is None:  # a store at schema 1 or 2 (only in tests of the migrations)
                    self.backend.executemany(
                        "INSERT INTO run_checks (run_id, check_id, position, kind, status, title_nb, title_en,"
                        " evaluated, failed, warned, unknown, value, error)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        check_rows,
                    )
                else:
                    self.backend.executemany(
                        "INSERT INTO run_checks (run_id, check_id, position, kind, status, title_nb, title_en,"
                        " evaluated, failed, warned, unknown, value, error, unit, target_op, target_value)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [
                            r + tuple(extras.get(r[1], {}).get(k) for k in ("unit", "target_op", "target_value"))
                            for r in check_rows
                        ],
                    )
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
                self.backend.executemany(
                    "INSERT INTO findings (run_id, check_id, case_key, level, office, municipality, value)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [
                        (row["id"], c["id"], f["key"], f["level"], f["office"], f["municipality"], f["value"])
                        for c in checks
                        for f in c["cases"]
                    ],
                )
        except IntegrityError:
            # Another process recorded the same id meanwhile: fine if it is the same run.
            if self._same_run_stored(row, source):
                return row["id"]
            raise
        return row["id"]

    def _same_run_stored(self, row: Mapping[str, Any], source: str | None) -> bool:
        found = self.backend.execute("SELECT fingerprint FROM runs WHERE id = ?", (row["id"],))
        if not found:
            return False
        if found[0]["fingerprint"] != row["fingerprint"]:
            raise InputError(
                f"kjøringen «{row['id']}» er allerede lagret i historikken med andre resultater.",
                file=source,
                hint="En kjøring lagres én gang; fjern den gamle med «nav-audit history remove» om den skal byttes ut.",
            )
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
            p_from, p_to = parse_date(period[0], "periode"), parse_date(period[1], "periode")
            where.append("(r.period_from IS NOT NULL OR r.period_to IS NOT NULL)")
            where.append("(r.period_from IS NULL OR r.period_from <= ?) AND (r.period_to IS NULL OR r.period_to >= ?)")
            params += [p_to, p_from]
        if suite:
            where.append("r.suite = ?")
            params.append(suite)
        if since:
            where.append("r.as_of >= ?")
            params.append(parse_date(since, "fra-dato"))
        if until:
            where.append("r.as_of <= ?")
            params.append(parse_date(until, "til-dato"))
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
        """The run id given in full or by a unique beginning; InputError otherwise."""
        prefix = prefix.strip()
        if self.backend.execute("SELECT id FROM runs WHERE id = ?", (prefix,)):
            return prefix
        rows = self.backend.execute(
            "SELECT id FROM runs WHERE substr(id, 1, ?) = ? ORDER BY id", (len(prefix), prefix)
        ) if prefix else []
        if len(rows) == 1:
            return rows[0]["id"]
        if not rows:
            raise InputError(f"fant ingen kjøring «{prefix}» i historikken {self.describe()}.",
                             hint="Se «nav-audit history list».")
        raise InputError(
            f"«{prefix}» passer med {len(rows)} kjøringer ({', '.join(r['id'] for r in rows[:5])}…).",
            hint="Skriv mer av kjørings-id-en.",
        )

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
                 "municipality": f["municipality"], "value": _denum(f["value"])}
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
                    "value": _denum(c["value"]),
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

    def _runs_of(self, suite: str, scope: str | None) -> list[dict[str, Any]]:
        """All runs of one suite and scope (NULL scope matches NULL), oldest first."""
        if scope is None:
            rows = self.backend.execute(
                "SELECT id, as_of, created_at FROM runs WHERE suite = ? AND scope IS NULL", (suite,)
            )
        else:
            rows = self.backend.execute(
                "SELECT id, as_of, created_at FROM runs WHERE suite = ? AND scope = ?", (suite, scope)
            )
        return sorted(rows, key=_order_key)

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
        point = (parse_date(before_as_of, "dato"), before_created_at or "", before_id or "")
        earlier = [r for r in self._runs_of(suite, scope) if _order_key(r) < point and r["id"] != before_id]
        return earlier[-1] if earlier else None

    # -- finding lifecycle

    def lifecycle(self, run_id: str) -> dict[str, Any]:
        """Lifecycle of every (check, key) of a recorded run against earlier runs.

        See :func:`compute_lifecycle` for the rules and the shape of the answer.
        """
        run = self.get_run(run_id)
        if run is None:
            raise InputError(f"fant ingen kjøring «{run_id}» i historikken {self.describe()}.")
        fields = {"id": run["id"], "suite": run["suite"], "as_of": run["as_of"], "scope": run["scope"],
                  "created_at": run["created_at"]}
        checks = [
            {"id": c["id"], "status": c["status"], "error": c["error"], "cases": c["cases"]} for c in run["checks"]
        ]
        return compute_lifecycle(self, fields, checks)

    def _assessed_checks(self, run_ids: Iterable[str]) -> dict[str, dict[str, bool]]:
        """{run id: {check id: assessed}} for the given runs."""
        out: dict[str, dict[str, bool]] = {}
        for r in self._rows_of_runs("SELECT run_id, check_id, status, error FROM run_checks WHERE run_id IN ({ids})",
                                    run_ids):
            out.setdefault(r["run_id"], {})[r["check_id"]] = _assessed(r["status"], r["error"])
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
            row["value"] = _denum(row["value"])
            for name in ("unit", "target_op"):
                row.setdefault(name, None)
            row["target_value"] = _denum(row.get("target_value"))
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
            row["value"] = _denum(row["value"])
        return out

    def findings_of(self, run_id: str) -> dict[str, dict[str, dict[str, Any]]]:
        """{check id: {key: finding}} of one run (key, level, office, municipality, value)."""
        return self._findings_of(run_id)

    def _findings_of(self, run_id: str) -> dict[str, dict[str, dict[str, Any]]]:
        """{check id: {key: finding}} of one run."""
        out: dict[str, dict[str, dict[str, Any]]] = {}
        for f in self.backend.execute(
            "SELECT check_id, case_key, level, office, municipality, value FROM findings WHERE run_id = ?", (run_id,)
        ):
            out.setdefault(f["check_id"], {})[f["case_key"]] = {
                "key": f["case_key"], "level": f["level"], "office": f["office"],
                "municipality": f["municipality"], "value": _denum(f["value"]),
            }
        return out

    # -- follow-ups

    _FU_FIELDS = ("status", "responsible", "action", "due_date", "note")

    def add_follow_up(
        self,
        check_id: str,
        key: str | None = None,
        *,
        status: str = "open",
        responsible: str | None = None,
        action: str | None = None,
        due_date: str | dt.date | None = None,
        note: str | None = None,
        scope: str | None = None,
    ) -> dict[str, Any]:
        """Record follow-up on one finding (check and key) or on a whole check (key None)."""
        if not check_id or not str(check_id).strip():
            raise InputError("oppfølgingen mangler kontroll-id.", column="check")
        key = None if key in (None, "") else str(key).strip()
        values = self._clean_follow_up(
            {"status": status, "responsible": responsible, "action": action, "due_date": due_date, "note": note}
        )
        _guard_identity(key, "key")
        now = _now()
        with self.backend.transaction():
            rows = self.backend.execute(
                "INSERT INTO follow_ups (check_id, case_key, scope, status, responsible, action, due_date, note,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (str(check_id).strip(), key, scope, values["status"], values["responsible"], values["action"],
                 values["due_date"], values["note"], now, now),
            )
            fu_id = int(rows[0]["id"])
            self._record_change(fu_id, values, now)
        return self.get_follow_up(fu_id)  # type: ignore[return-value]

    def update_follow_up(self, follow_up_id: int, **changes: Any) -> dict[str, Any]:
        """Change some of status, responsible, action, due_date, note ('' or None clears a text).

        The record keeps its id; the change is added to its history.
        """
        unknown = set(changes) - set(self._FU_FIELDS)
        if unknown:
            raise TypeError(f"unknown follow-up fields: {sorted(unknown)}")
        if "status" in changes and not str(changes["status"] or "").strip():
            raise InputError("statusen kan ikke være tom.", column="status")
        current = self.get_follow_up(follow_up_id)
        if current is None:
            raise InputError(f"fant ingen oppfølging med nummer {follow_up_id}.", hint="Se «nav-audit follow-up list».")
        merged = {name: current[name] for name in self._FU_FIELDS}
        merged.update(changes)
        values = self._clean_follow_up(merged)
        if all(values[n] == current[n] for n in self._FU_FIELDS):
            return current
        now = _now()
        with self.backend.transaction():
            self.backend.execute(
                "UPDATE follow_ups SET status = ?, responsible = ?, action = ?, due_date = ?, note = ?, updated_at = ?"
                " WHERE id = ?",
                (values["status"], values["responsible"], values["action"], values["due_date"], values["note"],
                 now, follow_up_id),
            )
            self._record_change(follow_up_id, values, now)
        return self.get_follow_up(follow_up_id)  # type: ignore[return-value]

    def _clean_follow_up(self, values: Mapping[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {"status": parse_status(values.get("status") or "open")}
        for name in ("responsible", "action", "note"):
            text = values.get(name)
            text = None if text is None or str(text).strip() == "" else str(text).strip()
            _guard_identity(text, name)
            out[name] = text
        out["due_date"] = parse_date(values.get("due_date"), "frist")
        return out

    def _record_change(self, follow_up_id: int, values: Mapping[str, Any], when: str) -> None:
        self.backend.execute(
            "INSERT INTO follow_up_changes (follow_up_id, changed_at, status, responsible, action, due_date, note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (follow_up_id, when, values["status"], values["responsible"], values["action"], values["due_date"],
             values["note"]),
        )

    _FU_SELECT = (
        "SELECT id, check_id, case_key, scope, status, responsible, action, due_date, note, created_at, updated_at"
        " FROM follow_ups"
    )

    @staticmethod
    def _fu_row(row: Mapping[str, Any], on: str | None) -> dict[str, Any]:
        fu = dict(row)
        fu["id"] = int(fu["id"])
        fu["key"] = fu.pop("case_key")
        fu["status_label"] = dict(STATUS_LABELS.get(fu["status"], {"nb": fu["status"], "en": fu["status"]}))
        fu["overdue"] = is_overdue(fu, on) if on else False
        return fu

    def get_follow_up(self, follow_up_id: int, *, on: str | dt.date | None = None) -> dict[str, Any] | None:
        """One follow-up with its history of changes (oldest first)."""
        rows = self.backend.execute(self._FU_SELECT + " WHERE id = ?", (int(follow_up_id),))
        if not rows:
            return None
        fu = self._fu_row(rows[0], parse_date(on or dt.date.today()))
        fu["changes"] = self.backend.execute(
            "SELECT changed_at, status, responsible, action, due_date, note FROM follow_up_changes"
            " WHERE follow_up_id = ? ORDER BY id",
            (fu["id"],),
        )
        return fu

    def list_follow_ups(
        self,
        *,
        check_id: str | None = None,
        key: str | None = None,
        status: str | Iterable[str] | None = None,
        scope: str | None = None,
        check_prefix: str | None = None,
        overdue_on: str | dt.date | None = None,
        on: str | dt.date | None = None,
    ) -> list[dict[str, Any]]:
        """Follow-ups, oldest first, each with ``overdue`` judged on ``on`` (default today).

        ``overdue_on`` keeps only those overdue on that date: status open or in progress
        and a due date before it. ``scope`` keeps those for that scope and those for
        any scope (scope NULL).
        """
        where, params = [], []
        if check_id:
            where.append("check_id = ?")
            params.append(check_id)
        if check_prefix:
            where.append("substr(check_id, 1, ?) = ?")
            params += [len(check_prefix), check_prefix]
        if key is not None:
            where.append("case_key = ?")
            params.append(key)
        if status:
            codes = [parse_status(status)] if isinstance(status, str) else [parse_status(s) for s in status]
            where.append(f"status IN ({', '.join('?' for _ in codes)})")
            params += codes
        if scope is not None:
            where.append("(scope IS NULL OR scope = ?)")
            params.append(scope)
        sql = self._FU_SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id"
        judged_on = parse_date(overdue_on or on or dt.date.today())
        out = [self._fu_row(r, judged_on) for r in self.backend.execute(sql, params)]
        if overdue_on:
            out = [fu for fu in out if fu["overdue"]]
        return out


def is_overdue(follow_up: Mapping[str, Any], on: str | dt.date) -> bool:
    """Open or in progress with a due date before ``on`` (due on the day itself is not overdue)."""
    due = follow_up.get("due_date")
    return bool(due) and follow_up.get("status") in OPEN_STATUSES and str(due) < parse_date(on)


# --------------------------------------------------------------------------- lifecycle


def compute_lifecycle(
    store: HistoryStore, run: Mapping[str, Any], checks: list[Mapping[str, Any]]
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
    point = _order_key(run)
    earlier = [r for r in store._runs_of(run["suite"], run.get("scope")) if r["id"] != run["id"] and _order_key(r) < point]
    earlier.reverse()  # newest first
    assessed_in = store._assessed_checks(r["id"] for r in earlier)
    findings_cache: dict[str, dict[str, dict[str, dict[str, Any]]]] = {}

    def findings(run_id: str, check_id: str) -> dict[str, dict[str, Any]]:
        if run_id not in findings_cache:
            findings_cache[run_id] = store._findings_of(run_id)
        return findings_cache[run_id].get(check_id, {})

    def streak_start(cid: str, check_runs: list[dict[str, Any]], keys: set[str]) -> dict[str, dict]:
        """For keys found in check_runs[0]: the oldest run of each one's unbroken streak."""
        since = {k: _run_ref(check_runs[0]) for k in keys}
        alive = set(keys)
        for r in check_runs[1:]:
            alive &= set(findings(r["id"], cid))
            if not alive:
                break
            for k in alive:
                since[k] = _run_ref(r)
        return since

    previous = earlier[0] if earlier else None
    check_ids = [c["id"] for c in checks]
    if previous is not None:
        check_ids += [c for c in assessed_in.get(previous["id"], {}) if c not in check_ids]
    current = {c["id"]: c for c in checks}

    out: dict[str, Any] = {}
    for cid in check_ids:
        check = current.get(cid)
        assessed = check is not None and _assessed(check.get("status"), check.get("error"))
        check_runs = [r for r in earlier if assessed_in.get(r["id"], {}).get(cid)]
        base = check_runs[0] if check_runs else None
        base_findings = findings(base["id"], cid) if base else {}
        entry: dict[str, Any] = {
            "assessed": assessed,
            "compared_with": _run_ref(base),
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
                entry[target].append({**base_findings[key], "last_seen": _run_ref(base), "since": gone_since[key]})
        entry["counts"] = {
            NEW: sum(1 for c in entry["cases"].values() if c["state"] == NEW),
            PERSISTING: sum(1 for c in entry["cases"].values() if c["state"] == PERSISTING),
            RESOLVED: len(entry["resolved"]),
            NOT_ASSESSED: len(entry["not_assessed"]),
        }
        out[cid] = entry
    return {"run": here, "previous_run": _run_ref(previous), "checks": out}
