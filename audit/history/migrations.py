"""The history's schema: numbered SQL migrations, applied in order when a store is opened.

Files ``audit/history/migrations/NNNN_name.sql`` (portable SQL for SQLite and
PostgreSQL; ``@ID@`` stands for the dialect's auto-increment primary key) are applied
in order and listed in the table ``schema_migrations``; a schema change is a new
migration, never a drop and recreate.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from importlib import resources

from audit.errors import ConfigError
from audit.text import msg
from audit.history.backends import ID_TOKEN, Backend, mask_url


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


def schema_version(backend: Backend) -> int:
    if not backend.table_exists("schema_migrations"):
        return 0
    rows = backend.execute("SELECT MAX(version) AS v FROM schema_migrations")
    return int(rows[0]["v"] or 0)


def applied_migrations(backend: Backend) -> list[dict]:
    if not backend.table_exists("schema_migrations"):
        return []
    return backend.execute("SELECT version, name, applied_at FROM schema_migrations ORDER BY version")


def migrate(backend: Backend, location: str, target: int | None = None) -> list[int]:
    """Apply pending migrations in order (up to ``target``); return the versions applied.

    Each migration runs in its own transaction together with its row in
    ``schema_migrations``; on PostgreSQL an advisory lock keeps two processes from
    migrating the same database at once.
    """
    migrations = load_migrations()
    known = len(migrations)
    target = known if target is None else target
    if not backend.table_exists("schema_migrations"):  # a read-only user never needs CREATE
        with backend.transaction():
            backend.lock_for_migration()
            backend.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
    current = schema_version(backend)
    if current > known:
        raise ConfigError(msg("error.history.schema", current=current, known=known), file=mask_url(location),
                          hint=msg("error.history.schema_hint"))
    applied = []
    for mig in migrations:
        if mig.version > target:
            break
        with backend.transaction():
            backend.lock_for_migration()
            if backend.execute("SELECT 1 FROM schema_migrations WHERE version = ?", (mig.version,)):
                continue  # another process got there first
            for statement in mig.statements(backend.id_pk):
                backend.execute(statement)
            backend.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (mig.version, mig.name, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")),
            )
        applied.append(mig.version)
    return applied
