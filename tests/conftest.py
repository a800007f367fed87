"""Test session set-up: never touch the user's own history store or pseudonym key, and leave
nothing behind in the temporary folder.

Everything a test session writes outside the repository goes into one private folder
(``nav-audit-tests-*`` in the system's temporary folder): the user's data and config
folders (history store, pseudonym key), pytest's ``tmp_path`` folders and what
subprocesses (Chromium, LibreOffice, PostgreSQL) put in ``$TMPDIR``. The folder is removed
when the session passes; when a test failed it is kept (with the failed tests' folders,
see ``tmp_path_retention_policy`` in pyproject.toml) and its path is printed.
"""

from __future__ import annotations

import os
import shutil
import tempfile

_system_tmp = tempfile.gettempdir()
_home = tempfile.mkdtemp(prefix="nav-audit-tests-")
_tmp = os.path.join(_home, "tmp")
os.makedirs(_tmp)
for _folder in (_home, _tmp):  # a PostgreSQL server run as user postgres must reach its folder inside
    os.chmod(_folder, 0o755)
os.environ["XDG_DATA_HOME"] = os.path.join(_home, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_home, "config")
os.environ["TMPDIR"] = _tmp
tempfile.tempdir = _tmp
os.environ.pop("NAV_AUDIT_HISTORY", None)
os.environ.pop("NAV_AUDIT_PSEUDONYM_KEY", None)
os.environ.pop("NAV_AUDIT_KEY_FILE", None)

# No test is timed (speed lives in benchmarks/): Hypothesis's default 200 ms deadline per example failed a property
# test of the schedule's periods when the machine was busy. Examples are still shrunk and replayed as usual.
try:
    from hypothesis import settings as _hypothesis_settings
except ImportError:  # pragma: no cover - hypothesis is a test dependency
    pass
else:
    _hypothesis_settings.register_profile("nav-audit", deadline=None)
    _hypothesis_settings.load_profile("nav-audit")

_before: set[str] = set()
PREFIXES = ("nav-audit", ".pseudonym.", "pytest-of-")  # what this project and pytest name their folders


def _ours() -> set[str]:
    try:
        return {n for n in os.listdir(_system_tmp) if n.startswith(PREFIXES)}
    except OSError:
        return set()


def pytest_sessionstart(session) -> None:
    _before.update(_ours())


def pytest_sessionfinish(session, exitstatus) -> None:
    import sys

    pg = sys.modules.get("tests.pg_server")  # its server lives in the private folder: stop it first
    if pg is not None and getattr(pg, "_shared", None) is not None:
        pg._shared.stop()
    if exitstatus == 0:
        shutil.rmtree(_home, ignore_errors=True)
    else:
        print(f"\nThe session's temporary files are kept for a look: {_home}")
    new = sorted(n for n in _ours() - _before if not _home.endswith(n))
    if new:  # something wrote beside the private folder: a test or code that ignores TMPDIR
        # (a warning, not a failure: another test session sharing the folder may have made them;
        # NAV_AUDIT_STRICT_TMP=1 makes it a failure, for a run with a TMPDIR of its own)
        print(f"\nNew in {_system_tmp} during the tests (left behind?): {', '.join(new)}")
        if os.environ.get("NAV_AUDIT_STRICT_TMP") == "1":
            session.exitstatus = 1


import pytest  # noqa: E402  (after the environment above is set)


@pytest.fixture
def fixed_pseudonym_key(monkeypatch, tmp_path):
    """A known pseudonym key (bytes 0..31) from the environment and an empty config folder, so a test
    never reads or creates a key file; the identity and hostile-input tests use it for every test
    (``pytestmark = pytest.mark.usefixtures("fixed_pseudonym_key")``)."""
    from audit.pseudonym import ENV_KEY, ENV_KEY_FILE

    monkeypatch.delenv(ENV_KEY_FILE, raising=False)
    monkeypatch.setenv(ENV_KEY, bytes(range(32)).hex())
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
