"""`nav-audit run --each`: several exports audited as separate runs in one process."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from click.testing import CliRunner

from audit.cli import main
from tests.helpers import write_csv

A = [
    {"case_id": "A1", "municipality": "5001", "decision": "granted", "decision_date": "2025-01-10",
     "program_start_date": "2025-03-20"},
    {"case_id": "A2", "municipality": "5001", "decision": "granted", "decision_date": "2025-01-10",
     "program_start_date": "2025-01-12"},
]
B = [
    {"case_id": "B1", "municipality": "3301", "decision": "granted", "decision_date": "2025-02-01",
     "program_start_date": "2025-02-03"},
]


def write(path, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_csv(path, rows)


def invoke(*args):
    return CliRunner().invoke(main, list(args))


def _results(folder):
    return json.loads((folder / "results.json").read_text(encoding="utf-8"))


def _start_delay(res):
    return next(c for c in res["checks"] if c["id"] == "kvp.start_delay")


def test_each_export_is_its_own_run_with_its_own_folder_and_history_record(tmp_path):
    a = write(tmp_path / "in" / "kommune_a.csv", A)
    b = write(tmp_path / "in" / "kommune_b.csv", B)
    hist = str(tmp_path / "h.sqlite")
    out = tmp_path / "out"
    r = invoke("run", str(a), str(b), "--each", "--as-of", "2025-06-30", "--out", str(out), "--format", "none",
               "--history", hist)
    assert r.exit_code == 0, r.output
    ra, rb = _results(out / "kommune_a"), _results(out / "kommune_b")
    assert [i["rows"] for i in ra["run"]["inputs"]] == [2] and [i["rows"] for i in rb["run"]["inputs"]] == [1]
    assert [c["key"] for c in _start_delay(ra)["cases"]] == ["A1"]
    assert _start_delay(rb)["cases"] == []
    assert ra["run"]["id"] != rb["run"]["id"]
    listed = json.loads(invoke("history", "list", "--history", hist, "--format", "json").output)
    assert len(listed) == 2
    assert not (out / "results.json").exists()  # no joined run besides the separate ones


def test_each_with_a_bad_export_audits_the_others_and_exits_2(tmp_path):
    a = write(tmp_path / "a.csv", A)
    missing = tmp_path / "missing.csv"
    b = write(tmp_path / "b.csv", B)
    out = tmp_path / "out"
    r = invoke("run", str(a), str(missing), str(b), "--each", "--as-of", "2025-06-30", "--out", str(out),
               "--format", "none", "--no-history")
    assert r.exit_code == 2
    assert "missing.csv" in r.output and "1 av 3 filer" in r.output
    assert (out / "a" / "results.json").exists() and (out / "b" / "results.json").exists()
    assert not (out / "missing").exists()


def test_each_names_same_stems_apart_and_suffixes_the_scope(tmp_path):
    a1 = write(tmp_path / "x" / "saker.csv", A)
    a2 = write(tmp_path / "y" / "saker.csv", B)
    out = tmp_path / "out"
    r = invoke("run", str(a1), str(a2), "--each", "--as-of", "2025-06-30", "--out", str(out), "--format", "none",
               "--no-history", "--scope", "tilsyn")
    assert r.exit_code == 0, r.output
    assert _results(out / "saker")["run"]["scope"] == "tilsyn/saker"
    assert _results(out / "saker-2")["run"]["scope"] == "tilsyn/saker-2"


def test_each_refuses_a_mapping_count_that_fits_neither_rule(tmp_path):
    a = write(tmp_path / "a.csv", A)
    b = write(tmp_path / "b.csv", B)
    m = tmp_path / "m.yaml"
    m.write_text("dataset: kvp\n", encoding="utf-8")
    r = invoke("run", str(a), str(b), str(b), "--each", "-m", str(m), "-m", str(m), "--out", str(tmp_path / "o"),
               "--no-history")
    assert r.exit_code == 2 and "mappingfiler" in r.output


def test_console_script_exit_codes_survive_the_fast_exit(tmp_path):
    """The console entry ends with os._exit after flushing: codes and output must be intact."""
    a = write(tmp_path / "a.csv", A)
    code = "import sys; sys.argv[0] = 'nav-audit'; from audit.cli import entry; entry()"
    env = {**os.environ}
    ok = subprocess.run([sys.executable, "-c", code, "run", str(a), "--as-of", "2025-06-30", "--out",
                         str(tmp_path / "o"), "--format", "none", "--no-history", "--fail-on", "deviation"],
                        capture_output=True, text=True, env=env)
    assert ok.returncode == 1, ok.stderr  # A1 starts 69 days after the decision: a deviation
    assert "kvp.start_delay" in ok.stdout and (tmp_path / "o" / "results.json").exists()
    bad = subprocess.run([sys.executable, "-c", code, "run", str(tmp_path / "nope.csv"), "--out",
                          str(tmp_path / "p"), "--no-history"], capture_output=True, text=True, env=env)
    assert bad.returncode == 2 and "nope.csv" in bad.stderr
