"""A throwaway PostgreSQL server for tests: initdb + pg_ctl in a temporary folder.

The binaries come from Debian's ``postgresql`` package (``.ci/apt-packages.txt``):
``initdb`` on PATH, else the newest ``/usr/lib/postgresql/<version>/bin``. PostgreSQL
refuses to run as root, so as root the server runs as the ``postgres`` user (made by
the Debian package) through ``runuser``. It listens on 127.0.0.1 on a free port,
trusts local connections, and is stopped and removed by :meth:`PgServer.stop`.
"""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SUPERUSER = "nav_audit_test"


class PgUnavailable(RuntimeError):
    """PostgreSQL cannot be started here (binaries or the postgres user missing)."""


def find_bindir() -> Path:
    initdb = shutil.which("initdb")
    if initdb:
        return Path(os.path.realpath(initdb)).parent
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0,
    )
    if not candidates:
        raise PgUnavailable(
            "PostgreSQL binaries (initdb, pg_ctl) not found: install the Debian package 'postgresql' "
            "(listed in .ci/apt-packages.txt)."
        )
    return Path(candidates[-1]).parent


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    def __init__(self) -> None:
        self.bindir = find_bindir()
        self.as_root = os.geteuid() == 0
        self.user = None
        if self.as_root:
            try:
                self.user = pwd.getpwnam("postgres")
            except KeyError:
                raise PgUnavailable("running as root and there is no 'postgres' user to run the server as") from None
        self.dir = Path(tempfile.mkdtemp(prefix="nav-audit-pg-"))
        self.data = self.dir / "data"
        self.log = self.dir / "server.log"
        self.port = free_port()
        self.started = False

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.as_root:
            runuser = shutil.which("runuser") or next(
                (p for p in ("/usr/sbin/runuser", "/sbin/runuser") if os.path.exists(p)), None)
            if runuser is None:
                raise PgUnavailable("running as root and 'runuser' (util-linux) is missing")
            cmd = [runuser, "-u", "postgres", "--", *cmd]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=self.dir)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise PgUnavailable(f"{args[0]} could not run: {exc}") from exc
        if proc.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise PgUnavailable(f"{' '.join(args[:1])} failed ({proc.returncode}): {proc.stderr.strip()}\n{log}")
        return proc

    def start(self) -> "PgServer":
        if self.user is not None:
            os.chown(self.dir, self.user.pw_uid, self.user.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                  "--no-locale", "--no-sync")
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60",
            "-o", f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
                  "-c synchronous_commit=off -c full_page_writes=off",
            "start",
        )
        self.started = True
        return self

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{dbname}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        try:
            if self.started:
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
                self.started = False
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


_shared: PgServer | None = None


def shared_server() -> PgServer:
    """One server per test process, stopped and removed when the process exits.

    Test modules import the fixtures by name, so a session fixture may be set up
    once per module; they all get this one server.
    """
    global _shared
    if _shared is None:
        server = PgServer()
        try:
            server.start()
        except BaseException:
            server.stop()
            raise
        atexit.register(server.stop)
        _shared = server
    return _shared
