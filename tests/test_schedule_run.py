"""`nav-audit schedule run` end to end: due activities run for their periods, are recorded in
the history and write dated folders; a missing input fails that activity only; exit codes."""

from __future__ import annotations

import json
import shutil
import sys
import types
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.errors import InputError
from audit.history import open_store

ROOT = Path(__file__).resolve().parents[1]
KVP_CSV = ROOT / "sample_data" / "kvp" / "kvp_saker.csv"


def schedule_text(tmp_path: Path) -> str:
    return f"""\
title: Ende til ende
scope: "5001"
base_dir: {ROOT}
output: {tmp_path / 'default-out'}
start: 2026-01-01
activities:
  - id: kvp-mnd
    title: Oppstart i KVP
    suite: kvp
    checks: [kvp.start_delay]
    months: all
    day: 10
    period: month
    inputs:
      - path: sample_data/kvp/kvp_saker.csv
        mapping: sample_data/kvp/kvp_mapping.yaml
    parameters:
      kvp.start_delay: {{deviation_days: 30}}
    formats: none
  - id: kvp-kvartal
    suite: kvp
    scope: 5001-kvartal
    months: [1, 4, 7, 10]
    day: 20
    period: quarter
    inputs: ["{tmp_path / 'exports'}/kvp_{{year}}-K{{quarter}}.csv"]
    mapping: sample_data/kvp/kvp_mapping.yaml
    formats: none
  - id: arsrapport
    report: annual
    months: [1]
    day: 31
    period: year
"""


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("NAV_AUDIT_HISTORY", str(tmp_path / "env-history.sqlite"))  # never the user's default
    p = tmp_path / "arshjul.yaml"
    p.write_text(schedule_text(tmp_path), encoding="utf-8")
    return {"file": str(p), "history": str(tmp_path / "history.sqlite"), "out": tmp_path / "out", "tmp": tmp_path}


def run(env, *args):
    return CliRunner().invoke(main, ["schedule", "run", "-f", env["file"], "--history", env["history"],
                                     "--out", str(env["out"]), *args])


def runs(env, **kw):
    with open_store(env["history"]) as store:
        return store.list_runs(**kw)


def test_scheduled_run_end_to_end(env, monkeypatch):
    before = KVP_CSV.read_bytes()
    out = env["out"]
    def failing_annual_report(year, out_dir, history=None, lang="nb", scope=None):
        raise InputError(f"historikken har ingen kjøringer i {year}")

    monkeypatch.setitem(sys.modules, "audit.annual", types.SimpleNamespace(write_annual_report=failing_annual_report))

    r = run(env, "--on", "2026-02-02")
    assert r.exit_code == 4, r.output
    # the monthly KVP check ran for December 2025, with the period's last day as audit date
    res = json.loads((out / "2025-12" / "kvp-mnd" / "results.json").read_text(encoding="utf-8"))
    assert res["run"]["period"] == {"from": "2025-12-01", "to": "2025-12-31"}
    assert res["run"]["as_of"] == "2025-12-31" and res["run"]["scope"] == "5001"
    assert res["run"]["parameters"]["kvp.start_delay"]["deviation_days"] == 30
    (recorded,) = runs(env)
    assert recorded["id"] == res["run"]["id"] and recorded["period"] == {"from": "2025-12-01", "to": "2025-12-31"}
    ok = json.loads((out / "2025-12" / "kvp-mnd" / "activity.json").read_text(encoding="utf-8"))
    assert ok["status"] == "ok" and ok["run_id"] == recorded["id"] and ok["scheduled"] == "2026-01-10"
    # the quarterly one misses its export: reported by name, recorded as failed, nothing in the history
    missing = env["tmp"] / "exports" / "kvp_2025-K4.csv"
    assert f"kvp-kvartal (4. kvartal 2025): inndatafil mangler for 4. kvartal 2025: {missing}" in r.output
    failed = json.loads((out / "2025-K4" / "kvp-kvartal" / "activity.json").read_text(encoding="utf-8"))
    assert failed["status"] == "failed" and failed["missing_inputs"] == [str(missing)]
    assert not (out / "2025-K4" / "kvp-kvartal" / "results.json").exists()
    # a failing annual report is reported as failed, not faked
    assert "arsrapport (året 2025)" in r.output and "ingen kjøringer i 2025" in r.output
    assert json.loads((out / "2025" / "arsrapport" / "activity.json").read_text(encoding="utf-8"))["status"] == "failed"
    assert "kvp-mnd" not in r.output  # quiet about what went well

    # the export arrives and the annual report module is there: only what failed runs again
    missing.parent.mkdir()
    shutil.copyfile(KVP_CSV, missing)
    calls = []

    def write_annual_report(year, out_dir, history=None, lang="nb", scope=None):
        calls.append((year, Path(out_dir), history, lang))
        assert scope is None  # the report activity names no scope of its own: every line
        path = Path(out_dir) / "arsrapport.html"
        path.write_text("<p>årsrapport</p>", encoding="utf-8")
        return path

    monkeypatch.setitem(sys.modules, "audit.annual",
                        types.SimpleNamespace(write_annual_report=write_annual_report))
    r = run(env, "--on", "2026-02-02")
    assert r.exit_code == 0, r.output
    assert r.output == ""  # cron: silence when all is well
    assert calls == [(2025, out / "2025" / "arsrapport", env["history"], "nb")]
    assert len(runs(env, scope="5001")) == 1  # December was not run twice
    (quarter,) = runs(env, scope="5001-kvartal")
    assert quarter["period"] == {"from": "2025-10-01", "to": "2025-12-31"} and quarter["as_of"] == "2025-12-31"
    annual = json.loads((out / "2025" / "arsrapport" / "activity.json").read_text(encoding="utf-8"))
    assert annual["status"] == "ok" and annual["files"] == ["arsrapport.html"]

    # nothing is due any more
    r = run(env, "--on", "2026-02-02", "--verbose")
    assert r.exit_code == 0 and "Ingenting skal kjøres per 02.02.2026" in r.output
    due = CliRunner().invoke(main, ["schedule", "due", "-f", env["file"], "--history", env["history"],
                                    "--out", str(out), "--on", "2026-02-02"])
    assert due.exit_code == 0 and "Ingenting skal kjøres" in due.output
    assert KVP_CSV.read_bytes() == before  # inputs are never modified


def test_fail_on_and_activity_filter(env):
    r = run(env, "--on", "2026-01-20", "--activity", "kvp-mnd", "--fail-on", "deviation")
    assert r.exit_code == 1, r.output
    assert "Funn (avvik): kvp-mnd (desember 2025)" in r.output
    (recorded,) = runs(env)
    assert recorded["period"] == {"from": "2025-12-01", "to": "2025-12-31"}
    # kvp-kvartal was due too (2026-01-20) but not asked for
    assert [p.name for p in env["out"].iterdir()] == ["2025-12"]


def test_configuration_errors_exit_2_and_run_nothing(env):
    r = run(env, "--on", "2026-02-02", "--activity", "kvp-mnt")
    assert r.exit_code == 2 and "kvp-mnt" in r.output and "Mente du «kvp-mnd»" in r.output
    broken = Path(env["file"])
    broken.write_text(broken.read_text(encoding="utf-8").replace("period: quarter", "period: kvartalet"),
                      encoding="utf-8")
    r = run(env, "--on", "2026-02-02")
    assert r.exit_code == 2 and "activities[kvp-kvartal].period" in r.output
    assert not env["out"].exists() and runs(env) == []


def test_export_that_does_not_fit_its_mapping_fails_that_activity_only(env):
    exports = env["tmp"] / "exports"
    exports.mkdir()
    (exports / "kvp_2025-K4.csv").write_text("Saksnummer;Vedtaksdato\nK-1;31.02.2025\nK-1;01.03.2025\n",
                                              encoding="utf-8")
    r = run(env, "--on", "2026-01-20", "--activity", "kvp-kvartal")
    assert r.exit_code == 4, r.output
    assert "FEILET: kvp-kvartal (4. kvartal 2025)" in r.output and "kvp_2025-K4.csv" in r.output
    assert runs(env) == []


def test_exit_code_precedence():
    import datetime as dt

    from audit.schedule.runner import ActivityOutcome, ScheduleRun

    def outcome(status, worst):
        return ActivityOutcome(item=None, status=status, folder=Path("."), worst=worst)

    on = dt.date(2026, 1, 1)
    assert ScheduleRun(on, []).exit_code("warning") == 0
    assert ScheduleRun(on, [outcome("ok", "warning")]).exit_code("deviation") == 0
    assert ScheduleRun(on, [outcome("ok", "warning")]).exit_code(None) == 0
    assert ScheduleRun(on, [outcome("ok", "warning")]).exit_code("warning") == 1
    assert ScheduleRun(on, [outcome("ok", "deviation")]).exit_code("warning") == 1
    assert ScheduleRun(on, [outcome("ok", "deviation"), outcome("failed", None)]).exit_code("warning") == 4
