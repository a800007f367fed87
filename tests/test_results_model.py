"""The typed results model: one load, one dump; a bad or foreign file is a clear InputError (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.errors import InputError
from audit.results_model import Case, CheckResult, Results, dump, load

FIXTURE = Path(__file__).parent / "fixtures" / "results_kvp.json"


def test_round_trip_keeps_every_key(tmp_path):
    original = json.loads(FIXTURE.read_text(encoding="utf-8"))
    original["checks"][0]["something_new"] = {"a": [1, 2]}
    original["history"] = {"summary": {"new": 1}}
    src = tmp_path / "results.json"
    src.write_text(json.dumps(original), encoding="utf-8")
    model = load(src)
    assert isinstance(model, Results) and isinstance(model.checks[0], CheckResult)
    assert model.run.suite == "kvp"
    again = dump(model, tmp_path / "again.json")
    reread = load(again).to_dict()
    assert reread["checks"][0]["something_new"] == {"a": [1, 2]}
    assert reread["history"] == {"summary": {"new": 1}}
    for before, after in zip(original["checks"], reread["checks"]):
        assert before["id"] == after["id"] and len(before["cases"]) == len(after["cases"])
        for c0, c1 in zip(before["cases"], after["cases"]):
            assert {k: v for k, v in c0.items()} == {k: v for k, v in c1.items() if k in c0}
    # a folder with a results.json is read too
    assert load(tmp_path).run.id == model.run.id


def test_older_files_without_the_new_keys_load(tmp_path):
    doc = {"run": {"id": "r1", "as_of": "2025-12-31", "suite": "kvp"},
           "checks": [{"id": "kvp.age", "cases": [{"key": "K-1", "level": "deviation", "value": 17}]}]}
    (tmp_path / "results.json").write_text(json.dumps(doc), encoding="utf-8")
    case = load(tmp_path / "results.json").checks[0].cases[0]
    assert isinstance(case, Case)
    assert (case.limit, case.reason, case.rule, case.facts, case.unit) == (None, None, None, {}, None)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"{not json", "ikke gyldig JSON"),
        (b"\xff\xfe\x00garbage", "JSON|UTF-8"),
        (b'{"rows": []}', "ikke en results.json fra nav-audit"),
        (b"[1, 2, 3]", "ikke en results.json fra nav-audit"),
        (b'{"tool": {"name": "other"}, "run": {"id": "x", "as_of": "2025-01-01", "suite": "kvp"}, "checks": []}',
         "et annet verktøy"),
        (b'{"run": {"id": "x", "as_of": "2025-01-01", "suite": "kvp"}, "checks": [5]}', r"checks\[0\]"),
        (b'{"run": {"id": "x", "as_of": "2025-01-01", "suite": "kvp"}, "checks": [{"id": "a", "cases": {}}]}',
         "cases"),
        (b'{"run": {"id": "x", "as_of": "2025-01-01", "suite": "kvp"}, "checks": [{"id": "a", "evaluated": "7"}]}',
         "evaluated"),
        (b'{"run": {"id": "x", "as_of": "2025-01-01", "suite": "kvp"}, '
         b'"checks": [{"id": "a", "cases": [{"level": "deviation"}]}]}', "key"),
        (b'{"run": {"as_of": "2025-01-01", "suite": "kvp"}, "checks": []}', r"run\.id"),
        (b'{"run": {"id": "x", "as_of": "2025-01-01", "suite": "kvp"}, "checks": [], "x": '
         + b"[" * 200 + b"]" * 200 + b"}", "nøsting|nøstet"),
        (b'{"a": ' + b"[" * 5000 + b"]" * 5000 + b"}", "nøstet|JSON"),
    ],
)
def test_bad_or_foreign_files_are_input_errors(tmp_path, content, expected):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    with pytest.raises(InputError, match=expected) as err:
        load(bad)
    assert "bad.json" in str(err.value)
    # the commands that read results files stop with exit code 2, not an internal error (3)
    runner = CliRunner()
    for args in (["report", str(bad), "--out", str(tmp_path / "r")],
                 ["compare", str(bad), "--out", str(tmp_path / "c")],
                 ["findings", str(bad), "--out", str(tmp_path / "f.md")]):
        result = runner.invoke(main, args)
        assert result.exit_code == 2, (args, result.output)
    assert not (tmp_path / "r").exists() and not (tmp_path / "f.md").exists()


def test_missing_file_and_folder_without_results(tmp_path):
    with pytest.raises(InputError, match="finnes ikke"):
        load(tmp_path / "nope.json")
    with pytest.raises(InputError, match="finnes ikke"):
        load(tmp_path)  # a folder without results.json


def test_history_records_a_loaded_model(tmp_path):
    from audit.history import open_store

    store = open_store(str(tmp_path / "h.sqlite"))
    try:
        run_id = store.record_run(load(FIXTURE))
        assert run_id == json.loads(FIXTURE.read_text(encoding="utf-8"))["run"]["id"]
    finally:
        store.close()


def test_columnar_cases_are_written_as_the_same_json_as_their_dicts(tmp_path):
    import datetime as dt

    import orjson

    from audit.pipeline import run_audit

    sample = Path(__file__).resolve().parent.parent / "sample_data" / "kvp"
    run = run_audit([sample / "kvp_saker.csv"], suite="kvp", mappings=[str(sample / "kvp_mapping.yaml")],
                    as_of=dt.date(2025, 12, 31), formats=(), out_dir=tmp_path / "a", record_history=False)
    written = json.loads((tmp_path / "a" / "results.json").read_text(encoding="utf-8"))  # written from the frames
    as_dicts = json.loads(orjson.dumps(run.results))  # the same results after the cases became dicts
    assert written == as_dicts
    cases = [c for check in written["checks"] for c in check["cases"]]
    assert cases and all(set(c) >= {"key", "level", "value", "unit", "limit", "rule", "reason", "facts"} for c in cases)
    assert load(tmp_path / "a").checks[0].cases[0].reason["code"]
