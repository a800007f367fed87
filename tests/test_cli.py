"""The CLI through click's CliRunner: help, version, exit codes, outputs."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from audit import __version__
from audit.cli import main
from tests.helpers import write_csv

ROWS = [
    {"case_id": "K1", "decision": "granted", "decision_date": "2025-01-10", "program_start_date": "2025-01-20"},
    {"case_id": "K2", "decision": "granted", "decision_date": "2025-01-10", "program_start_date": "2025-01-30"},
]


def invoke(*args):
    return CliRunner().invoke(main, list(args))


def test_help_does_not_import_great_expectations():
    code = ("import sys; from audit.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "for cmd in list(main.commands):\n"
            "    try:\n        main([cmd, '--help'])\n    except SystemExit:\n        pass\n"
            "print('GX' if 'great_expectations' in sys.modules else 'NO-GX')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("NO-GX")


def test_every_command_has_help_with_an_example():
    for name, cmd in main.commands.items():
        result = invoke(name, "--help")
        assert result.exit_code == 0, name
        assert "Eksempel" in result.output, f"{name} has no example in its help"


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0 and __version__ in result.output


def test_run_writes_results_and_exit_codes(tmp_path):
    src = write_csv(tmp_path / "k.csv", ROWS)
    out = tmp_path / "out"
    r = invoke("run", str(src), "--as-of", "2025-06-30", "--out", str(out), "--format", "none", "--no-history")
    assert r.exit_code == 0, r.output
    res = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert res["run"]["as_of"] == "2025-06-30" and res["run"]["suite"] == "kvp"
    assert res["run"]["inputs"][0]["rows"] == 2 and len(res["run"]["inputs"][0]["sha256"]) == 64
    assert "kvp.start_delay" in r.output
    # existing results are not overwritten silently
    r = invoke("run", str(src), "--as-of", "2025-06-30", "--out", str(out), "--format", "none", "--no-history")
    assert r.exit_code == 2 and "--overwrite" in r.output
    # --fail-on: K2 starts after 20 days -> a warning, no deviation
    r = invoke("run", str(src), "--as-of", "2025-06-30", "--out", str(out), "--format", "none", "--no-history",
               "--overwrite", "--fail-on", "deviation")
    assert r.exit_code == 0
    r = invoke("run", str(src), "--as-of", "2025-06-30", "--out", str(out), "--format", "none", "--no-history",
               "--overwrite", "--fail-on", "warning")
    assert r.exit_code == 1
    r = invoke("run", str(src), "--as-of", "2025-06-30", "--out", str(out), "--format", "none", "--no-history",
               "--overwrite", "--fail-on", "deviation", "--set", "kvp.start_delay.deviation_days=15")
    assert r.exit_code == 1


def test_config_file_parameters(tmp_path):
    src = write_csv(tmp_path / "k.csv", ROWS)
    cfg = tmp_path / "cfg.yaml"
    cfg.write_text("parameters:\n  kvp.start_delay: {warning_days: 5, deviation_days: 12}\n", encoding="utf-8")
    out = tmp_path / "o"
    r = invoke("run", str(src), "--as-of", "2025-06-30", "--out", str(out), "--format", "none", "--no-history",
               "--config", str(cfg), "--set", "kvp.start_delay.deviation_days=25")
    assert r.exit_code == 0, r.output
    res = json.loads((out / "results.json").read_text(encoding="utf-8"))
    c = next(c for c in res["checks"] if c["id"] == "kvp.start_delay")
    assert c["parameters"] == {"warning_days": 5, "deviation_days": 25}
    assert {x["key"]: x["level"] for x in c["cases"]} == {"K1": "warning", "K2": "warning"}


def test_bad_input_exit_2_with_clear_message(tmp_path):
    r = invoke("run", str(tmp_path / "missing.csv"), "--out", str(tmp_path / "o"), "--no-history")
    assert r.exit_code == 2 and "missing.csv" in r.output and "finnes ikke" in r.output
    assert "Traceback" not in r.output
    r = invoke("run", str(write_csv(tmp_path / "k.csv", ROWS)), "--set", "kvp.start_delay.nope=3",
               "--out", str(tmp_path / "o"), "--no-history")
    assert r.exit_code == 2 and "nope" in r.output
    r = invoke("run", str(write_csv(tmp_path / "k.csv", ROWS)), "--suite", "kvpp", "--out", str(tmp_path / "o"))
    assert r.exit_code == 2 and "kvpp" in r.output


def test_strict_stops_on_unreadable_value(tmp_path):
    rows = ROWS + [{"case_id": "K3", "decision": "granted", "decision_date": "10.13.2025"}]
    src = write_csv(tmp_path / "k.csv", rows)
    r = invoke("run", str(src), "--as-of", "2025-06-30", "--out", str(tmp_path / "a"), "--format", "none", "--no-history")
    assert r.exit_code == 0 and "1 verdi kunne ikke leses" in r.output and "1 verdier" not in r.output
    res = json.loads((tmp_path / "a" / "results.json").read_text(encoding="utf-8"))
    assert res["input_issues"] == [{"file": str(src), "row": 4, "column": "decision_date",
                                    "message": res["input_issues"][0]["message"]}]
    r = invoke("run", str(src), "--as-of", "2025-06-30", "--out", str(tmp_path / "b"), "--format", "none",
               "--no-history", "--strict")
    assert r.exit_code == 2 and "rad 4" in r.output and "decision_date" in r.output
    assert "1 verdi kan ikke leses" in r.output
    assert not (tmp_path / "b" / "results.json").exists()


def test_checks_catalogue_table_and_json():
    r = invoke("checks")
    assert r.exit_code == 0 and "kvp.start_delay" in r.output and "sosialtjenesteloven §§ 29, 4" in r.output
    r = invoke("checks", "--format", "json", "--suite", "kvp")
    rows = json.loads(r.output)
    ids = [x["id"] for x in rows]
    assert len(ids) == 21 and "kvp.data.status_end_date" in ids
    age = next(x for x in rows if x["id"] == "kvp.age")
    assert age["parameters"]["max_age"] == 67
    assert age["parameters"]["min_age"][0]["value"] == 19 and age["parameters"]["min_age"][1]["from"] == "2019-01-01"


def test_run_records_history_and_marks_findings_new_then_persisting(tmp_path):
    src = write_csv(tmp_path / "k.csv", ROWS)
    hist = str(tmp_path / "h.sqlite")
    r = invoke("run", str(src), "--as-of", "2025-06-30", "--out", str(tmp_path / "1"), "--format", "none",
               "--history", hist)
    assert r.exit_code == 0, r.output
    first = json.loads((tmp_path / "1" / "results.json").read_text(encoding="utf-8"))
    case = next(c for c in first["checks"] if c["id"] == "kvp.start_delay")["cases"][0]
    assert case["key"] == "K2" and case["lifecycle"]["state"] == "new"
    r = invoke("run", str(src), "--as-of", "2025-07-31", "--out", str(tmp_path / "2"), "--format", "none",
               "--history", hist)
    second = json.loads((tmp_path / "2" / "results.json").read_text(encoding="utf-8"))
    case = next(c for c in second["checks"] if c["id"] == "kvp.start_delay")["cases"][0]
    assert case["lifecycle"]["state"] == "persisting" and case["lifecycle"]["since"]["as_of"] == "2025-06-30"
    r = invoke("history", "list", "--history", hist, "--format", "json")
    assert r.exit_code == 0 and len(json.loads(r.output)) == 2
