"""The history holds only runs whose results.json was written (issue 14 item 6), on SQLite and PostgreSQL.

A refused run, a full disk and kill -9 leave nothing in the history; a second run of the
same suite, scope and period at the same time is refused; two `schedule run` at once record
each period once.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest_history import pg_server, pg_url, store_location  # noqa: F401

import audit.pipeline
import audit.results_model
from audit.errors import InputError
from audit.history import AlreadyRecorded, RunInProgress, claim_key, open_store
from audit.pipeline import run_audit

ROOT = Path(__file__).resolve().parents[1]
KVP_CSV = ROOT / "sample_data" / "kvp" / "kvp_saker.csv"
KVP_MAPPING = ROOT / "sample_data" / "kvp" / "kvp_mapping.yaml"
AS_OF = dt.date(2025, 12, 31)
PERIOD = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def audit_run(out: Path, history: str, *, scope: str = "5001", **kw):
    return run_audit([str(KVP_CSV)], suite="kvp", mappings=[str(KVP_MAPPING)], as_of=AS_OF, out_dir=out,
                     formats=(), history=history, record_history=True, scope=scope, period=PERIOD, **kw)


def state(history: str) -> tuple[list[str], list[dict]]:
    with open_store(history) as store:
        return [r["id"] for r in store.list_runs()], store.claims()


def test_a_run_is_recorded_after_its_results_with_lifecycle(store_location, tmp_path):
    first = audit_run(tmp_path / "a", store_location)
    assert (tmp_path / "a" / "results.json").is_file()
    ids, claims = state(store_location)
    assert ids == [first.results["run"]["id"]] and claims == []
    second = audit_run(tmp_path / "b", store_location)
    assert second.results["history"]["previous_run"]["id"] == first.results["run"]["id"]
    assert second.results["history"]["summary"]["persisting"] > 0  # annotated before recording, from the history
    assert state(store_location)[0] == [first.results["run"]["id"], second.results["run"]["id"]]


def test_a_refused_run_leaves_nothing(store_location, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "results.json").write_text("{}", encoding="utf-8")  # another run's results
    with pytest.raises(InputError, match="annen kjøring"):
        audit_run(out, store_location, overwrite=False)
    assert state(store_location) == ([], [])
    assert (out / "results.json").read_text(encoding="utf-8") == "{}"


def test_a_full_disk_leaves_nothing(store_location, tmp_path, monkeypatch):
    def full(*_args, **_kw):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(audit.results_model, "_write", full)  # results.json's writer (in its thread)
    with pytest.raises((OSError, InputError)):  # the environment error, as the CLI reports it
        audit_run(tmp_path / "out", store_location)
    assert state(store_location) == ([], [])


def test_a_live_run_of_the_same_suite_scope_and_period_refuses_the_second(store_location, tmp_path):
    with open_store(store_location) as store:  # this test process holds the reservation: it is alive
        held = store.claim_run(claim_key("kvp", "5001", ("2025-01-01", "2025-12-31"), "2025-12-31"), "other-run")
    with pytest.raises(RunInProgress, match="other-run") as info:
        audit_run(tmp_path / "out", store_location)
    assert info.value.__class__.__mro__[1] is InputError  # exit 2 in the CLI
    assert not (tmp_path / "out" / "results.json").exists()
    ids, claims = state(store_location)
    assert ids == [] and [c["run_id"] for c in claims] == ["other-run"]
    # another period, or another scope, is not held up
    audit_run(tmp_path / "q", store_location, scope="5001-q")
    with open_store(store_location) as store:
        store.release_claim(held)
    audit_run(tmp_path / "out", store_location)
    assert len(state(store_location)[0]) == 2 and state(store_location)[1] == []


def test_a_stale_reservation_of_another_host_is_taken_over_after_its_age(store_location):
    key = claim_key("kvp", "5001", None, "2025-12-31")
    with open_store(store_location) as store:
        store.claim_run(key, "old-run")
        with pytest.raises(RunInProgress):
            store.claim_run(key, "new-run")
        claim = store.claim_run(key, "new-run", stale_after=dt.timedelta(seconds=-1))  # the old one is too old
        assert claim.run_id == "new-run" and [c["run_id"] for c in store.claims()] == ["new-run"]


KILLER = """
import os, signal, sys, datetime as dt
from audit.pipeline import run_audit

def progress(stage):
    if stage.startswith(sys.argv[3]):
        os.kill(os.getpid(), signal.SIGKILL)

run_audit([{csv!r}], suite="kvp", mappings=[{mapping!r}], as_of=dt.date(2025, 12, 31), out_dir=sys.argv[1],
          formats=(), history=sys.argv[2], record_history=True, scope="5001",
          period=(dt.date(2025, 1, 1), dt.date(2025, 12, 31)), progress=progress)
"""


@pytest.mark.parametrize("stage", ["skriver", "lagrer"])
def test_kill_9_leaves_nothing_and_the_next_run_takes_over(store_location, tmp_path, stage):
    script = tmp_path / "killer.py"
    script.write_text(KILLER.format(csv=str(KVP_CSV), mapping=str(KVP_MAPPING)), encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script), str(tmp_path / "out"), store_location, stage],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    ids, claims = state(store_location)
    assert ids == [] and len(claims) == 1  # a reservation of a dead process, nothing recorded
    assert (tmp_path / "out" / "results.json").exists() == (stage == "lagrer")
    again = audit_run(tmp_path / "again", store_location)
    assert state(store_location) == ([again.results["run"]["id"]], [])


def test_the_schedule_runs_a_period_once(store_location, tmp_path):
    audit_run(tmp_path / "first", store_location)
    with pytest.raises(AlreadyRecorded) as info:
        audit_run(tmp_path / "second", store_location, once_per_period=True)
    assert info.value.run_id == state(store_location)[0][0]
    assert not (tmp_path / "second").exists() and state(store_location)[1] == []


SCHEDULE = """\
title: Samtidig
scope: "5001"
base_dir: {root}
output: {out}
start: 2026-01-01
activities:
  - id: kvp-mnd
    suite: kvp
    months: all
    day: 10
    period: month
    inputs:
      - path: sample_data/kvp/kvp_saker.csv
        mapping: sample_data/kvp/kvp_mapping.yaml
    formats: none
"""


def test_two_schedule_runs_at_once_record_every_period_once(store_location, tmp_path):
    schedule = tmp_path / "arshjul.yaml"
    schedule.write_text(SCHEDULE.format(root=ROOT, out=tmp_path / "out"), encoding="utf-8")
    cmd = [sys.executable, "-m", "audit", "schedule", "run", "-f", str(schedule), "--history", store_location,
           "--on", "2026-03-15"]
    env = {**os.environ, "NAV_AUDIT_HISTORY": str(tmp_path / "unused.sqlite")}
    procs = [subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outputs = [p.communicate(timeout=600) for p in procs]
    for p, (out, err) in zip(procs, outputs):
        assert p.returncode in (0, 4), out + err  # 4: an activity refused while the other process ran it
    # a third run afterwards does whatever a refusal left undone: then every due period is in the history once
    third = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert third.returncode == 0, third.stdout + third.stderr
    with open_store(store_location) as store:
        periods = [(r["period"]["from"], r["period"]["to"]) for r in store.list_runs()]
        assert store.claims() == []
    assert sorted(periods) == [("2025-12-01", "2025-12-31"), ("2026-01-01", "2026-01-31"),
                               ("2026-02-01", "2026-02-28")]
    assert "Traceback" not in " ".join(o + e for o, e in outputs)


def test_a_full_disk_while_recording_is_exit_2_naming_the_history(tmp_path):
    """SQLite's 'database or disk is full' is the user's environment, not a bug (issue 14 item 5)."""
    import sqlite3

    from click.testing import CliRunner

    from audit.cli import main
    from audit.history import backends
    from tests.helpers import write_csv

    class FullDisk:
        def __init__(self, conn):
            self._conn = conn

        def execute(self, sql, *args):
            if sql.lstrip().upper().startswith(("INSERT", "COMMIT")):
                raise sqlite3.OperationalError("database or disk is full")
            return self._conn.execute(sql, *args)

        def __getattr__(self, name):
            return getattr(self._conn, name)

    src = write_csv(tmp_path / "k.csv", [{"case_id": "K1", "decision": "granted", "decision_date": "2025-01-10",
                                           "program_start_date": "2025-03-20"}])
    hist = tmp_path / "h.sqlite"
    original = backends.SQLiteBackend.__init__

    def full_after_open(self, path):
        original(self, path)
        self.conn = FullDisk(self.conn)

    import pytest

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(backends.SQLiteBackend, "__init__", full_after_open)
        r = CliRunner().invoke(main, ["run", str(src), "--as-of", "2025-06-30", "--out", str(tmp_path / "o"),
                                      "--format", "none", "--history", str(hist)])
    assert r.exit_code == 2, r.output
    assert "disk is full" in r.output and str(hist) in r.output and "Intern feil" not in r.output
