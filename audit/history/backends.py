"""Database connections behind one small interface: SQLite (stdlib) and PostgreSQL (psycopg 3).

The store writes its SQL once, with ``?`` placeholders and portable types (TEXT,
INTEGER, BIGINT, DOUBLE PRECISION). A backend turns ``?`` into its own parameter
style, returns rows as plain dicts and runs a block of statements in one
transaction. Nothing else differs between the two.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from audit.errors import ConfigError
from audit.text import msg

# Token in migration files replaced by each dialect's auto-increment primary key.
ID_TOKEN = "@ID@"

# Lock key for PostgreSQL advisory locks while migrating (any constant bigint).
_PG_MIGRATION_LOCK = 7_126_337_001


def is_postgres_url(location: str) -> bool:
    return location.startswith(("postgresql://", "postgres://"))


def mask_url(location: str) -> str:
    """The location as it may be shown: the password in a PostgreSQL URL is hidden."""
    return re.sub(r"^(postgres(?:ql)?://[^:/@]+):[^@]*@", r"\1:***@", location)


class IntegrityError(Exception):
    """A primary or unique key was violated (both backends map to this)."""


class Backend:
    dialect: str = ""
    id_pk: str = ""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        raise NotImplementedError

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        return [tuple(r.values()) for r in self.execute(sql, params)]

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        raise NotImplementedError

    def insert_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """Many rows into one table (a run's findings): executemany here, COPY on PostgreSQL."""
        self.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
                         list(rows))

    def insert_grouped(self, table: str, fixed_columns: Sequence[str], columns: Sequence[str],
                       groups: Iterable[tuple[Sequence[Any], Iterable[Sequence[Sequence[Any]]]]]) -> None:
        """Rows in groups that share their first columns (a run's findings per check): each group is
        (the shared values of ``fixed_columns``, chunks of rows of ``columns``), a chunk given as one
        sequence of values per column. The same rows, in the same order, as :meth:`insert_rows` of
        the shared values followed by each row."""
        self.insert_rows(table, (*fixed_columns, *columns),
                         (tuple(fixed) + row for fixed, chunks in groups for chunk in chunks for row in zip(*chunk)))

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        raise NotImplementedError
        yield  # pragma: no cover

    def lock_for_migration(self) -> None:
        """Inside a transaction: keep other processes from migrating at the same time."""

    def table_exists(self, name: str) -> bool:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


# SQLite's words for a problem of the disk or the file, not of the SQL (sqlite3.OperationalError)
_ENVIRONMENT = re.compile(r"disk is full|disk I/O error|readonly database|unable to open|database is locked|"
                          r"no such file|not a database|out of memory", re.I)


# A text SQLite may take as a literal without escaping: run ids, check ids.
_PLAIN_LITERAL = re.compile(r"[A-Za-z0-9_.:+\-]+")
# Rows per INSERT statement of a run's findings (at most 7 x 50 = 350 values bound: under SQLite's
# lowest limit, 999, too). 20-100 measured alike; 200 slower.
_ROWS_AT_ONCE = 50


class SQLiteBackend(Backend):
    dialect = "sqlite"
    id_pk = "INTEGER PRIMARY KEY AUTOINCREMENT"

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if self.path.exists() and not self.path.is_file():  # /dev/full, a folder, a FIFO: not a database
            raise ConfigError(msg("error.history.not_regular"), file=str(self.path),
                              hint=msg("error.history.other_file_hint"))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(msg("error.history.folder", reason=exc.strerror), file=str(self.path.parent)) from exc
        try:
            # isolation_level=None: no implicit transactions; transaction() says BEGIN/COMMIT.
            self.conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=30)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            raise ConfigError(msg("error.history.not_sqlite", reason=str(exc)), file=str(self.path),
                              hint=msg("error.history.other_file_hint")) from exc
        self._depth = 0

    def _environment(self, exc: sqlite3.OperationalError) -> ConfigError:
        """A full disk, a read-only file or a lost file is the user's environment: exit 2 naming the file."""
        return ConfigError(msg("error.history.environment", reason=str(exc)), file=str(self.path),
                           hint=msg("error.history.environment_hint"))

    @contextlib.contextmanager
    def _translated(self) -> Iterator[None]:
        """SQLite's errors as the store's: a broken constraint, or the disk/permissions (exit 2)."""
        try:
            yield
        except sqlite3.IntegrityError as exc:
            raise IntegrityError(str(exc)) from exc
        except sqlite3.OperationalError as exc:
            if _ENVIRONMENT.search(str(exc)):
                raise self._environment(exc) from exc
            raise

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self._translated():
            cur = self.conn.execute(sql, tuple(params))
            return [dict(row) for row in cur.fetchall()]

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        """The rows of a query as tuples (no dict per row: for many rows read into polars)."""
        with self._translated():
            cur = self.conn.cursor()
            cur.row_factory = None
            return cur.execute(sql, tuple(params)).fetchall()

    def insert_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """executemany over the rows as they come (tuples), without a list of them first."""
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
        with self._translated():
            self.conn.executemany(sql, rows)

    def insert_grouped(self, table: str, fixed_columns: Sequence[str], columns: Sequence[str],
                       groups: Iterable[tuple[Sequence[Any], Iterable[Sequence[Sequence[Any]]]]]) -> None:
        """:meth:`Backend.insert_grouped` with :data:`_ROWS_AT_ONCE` rows per statement
        (``INSERT … VALUES (…), (…), …``): SQLite inserts the rows of a VALUES list in their order,
        so the rows, their order and their rowids are those of one statement per row, for about
        half of SQLite's and the binding's time per row (a million findings: CPU 3.6 s -> 2.2 s).
        The values are bound from one flat list per chunk, its columns interleaved by slice
        assignment, without a tuple per row. The shared values of a group are written into the
        statement as SQL text literals when they are plain (letters, digits, ``_ . : + -``: nothing
        to escape), so SQLite binds five values per finding instead of seven; any other is bound."""
        names = ", ".join((*fixed_columns, *columns))
        head = f"INSERT INTO {table} ({names}) VALUES "
        with self._translated():
            for fixed, chunks in groups:
                fixed = tuple(fixed)
                if all(isinstance(v, str) and _PLAIN_LITERAL.fullmatch(v) for v in fixed):
                    literals, bound = [f"'{v}'" for v in fixed], ()
                else:
                    literals, bound = ["?" for _ in fixed], fixed
                one = f"({', '.join((*literals, *('?' for _ in columns)))})"
                width = len(bound) + len(columns)
                many = head + ", ".join([one] * _ROWS_AT_ONCE)
                step = width * _ROWS_AT_ONCE
                for chunk in chunks:
                    n = len(chunk[0]) if chunk else 0
                    flat: list[Any] = [None] * (n * width)
                    for j, value in enumerate(bound):
                        flat[j::width] = [value] * n
                    for j, column in enumerate(chunk, start=len(bound)):
                        flat[j::width] = column
                    full = n // _ROWS_AT_ONCE * step
                    self.conn.executemany(many, (flat[i:i + step] for i in range(0, full, step)))
                    if full < len(flat):
                        self.conn.execute(head + ", ".join([one] * (n % _ROWS_AT_ONCE)), flat[full:])

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self._translated():
            self.conn.executemany(sql, [tuple(r) for r in rows])

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:  # nested: part of the outer transaction
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        try:
            self.execute("COMMIT")
        except ConfigError:
            self.conn.execute("ROLLBACK")  # nothing of the run stays half-written
            raise

    def table_exists(self, name: str) -> bool:
        return bool(self.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)))

    def close(self) -> None:
        self.conn.close()


class PostgresBackend(Backend):
    dialect = "postgresql"
    id_pk = "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"

    def __init__(self, url: str) -> None:
        import psycopg
        from psycopg.rows import dict_row

        self._psycopg = psycopg
        try:
            self.conn = psycopg.connect(url, autocommit=True, row_factory=dict_row, connect_timeout=15)
        except psycopg.Error as exc:
            raise ConfigError(msg("error.history.postgres", url=mask_url(url), reason=str(exc).strip()),
                              hint=msg("error.history.postgres_hint")) from exc
        self._tx: list[Any] = []

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        try:
            cur = self.conn.execute(self._sql(sql), tuple(params))
        except self._psycopg.errors.IntegrityError as exc:
            raise IntegrityError(str(exc)) from exc
        return list(cur.fetchall()) if cur.description else []

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        from psycopg.rows import tuple_row

        with self.conn.cursor(row_factory=tuple_row) as cur:
            cur.execute(self._sql(sql), tuple(params))
            return cur.fetchall() if cur.description else []

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        try:
            with self.conn.cursor() as cur:
                cur.executemany(self._sql(sql), [tuple(r) for r in rows])
        except self._psycopg.errors.IntegrityError as exc:
            raise IntegrityError(str(exc)) from exc

    def insert_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """COPY … FROM STDIN: a million findings in seconds where executemany takes minutes."""
        try:
            with self.conn.cursor() as cur:
                with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
        except self._psycopg.errors.IntegrityError as exc:
            raise IntegrityError(str(exc)) from exc

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        with self.conn.transaction():
            yield

    def lock_for_migration(self) -> None:
        self.execute("SELECT pg_advisory_xact_lock(?)", (_PG_MIGRATION_LOCK,))

    def table_exists(self, name: str) -> bool:
        return bool(self.execute("SELECT to_regclass(?) AS t", (name,))[0]["t"])

    def close(self) -> None:
        self.conn.close()


def connect(location: str) -> Backend:
    """A backend for a ``postgresql://`` URL, a ``sqlite:///`` URL or a file path."""
    if is_postgres_url(location):
        return PostgresBackend(location)
    if location.startswith("sqlite:///"):
        location = location[len("sqlite:///") :]  # sqlite:///rel/path, sqlite:////abs/path
    return SQLiteBackend(Path(location).expanduser())
