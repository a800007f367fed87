"""End to end: freshly generated exports, the real tool, and the independent ground truth.

Every run draws a FRESH seed (set NAV_AUDIT_E2E_SEED to repeat one; the seed is in
every assertion message). With it the generators write a KVP export as CSV and
XLSX, a stønad export as CSV (cp1252), and KOSTRA 11CF and 11F files, each with the
ground truth the independent oracles computed from the canonical records. The tool
then audits each file exactly as a user would (``audit.pipeline.run_audit`` with the
mapping, results.json written, no reports, no history), and results.json must equal
the ground truth for every check: status, kind, evaluated / failed / warned /
unknown counts, the keys at deviation and warning level, unknown_keys, the measured
value of every case, missing columns, and indicator values (to the 4 decimals
results.json keeps).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
from pathlib import Path

import pytest

from audit.pipeline import run_audit
from sample_data import kostra_truth
from sample_data.generate import write_kvp
from sample_data.generate_kostra import write_kostra_samples
from sample_data.generate_stonad import write_stonad

SEED = int(os.environ.get("NAV_AUDIT_E2E_SEED") or random.SystemRandom().randrange(1, 2**31))
AS_OF = dt.date(2025, 12, 31)
REPRO = f"seed {SEED} (repeat with NAV_AUDIT_E2E_SEED={SEED})"
print(f"test_e2e_ground_truth: {REPRO}")


def audit_file(path: Path, suite: str, out: Path, mapping: Path | None = None) -> dict:
    run_audit([path], suite=suite, mappings=[str(mapping)] if mapping else None, as_of=AS_OF, formats=(),
              out_dir=out, record_history=False)
    return json.loads((out / "results.json").read_text(encoding="utf-8"))


def assert_equals_ground_truth(results: dict, truth: dict, what: str) -> None:
    msg = f"{what}, {REPRO}"
    assert results["run"]["as_of"] == truth["as_of"], msg
    by_id = {c["id"]: c for c in results["checks"]}
    assert set(by_id) == set(truth["checks"]), msg
    for check_id, t in truth["checks"].items():
        c = by_id[check_id]
        where = f"{check_id} in {msg}"
        assert c["error"] is None, where
        assert (c["kind"], c["status"]) == (t["kind"], t["status"]), where
        assert (c["evaluated"], c["failed"], c["warned"], c["unknown"]) == (
            t["evaluated"], t["failed"], t["warned"], t["unknown"]), where
        assert sorted(c["missing_columns"]) == t["missing_columns"], where
        assert sorted(x["key"] for x in c["cases"] if x["level"] == "deviation") == t["deviation"], where
        assert sorted(x["key"] for x in c["cases"] if x["level"] == "warning") == t["warning"], where
        assert c["unknown_keys"] == t["unknown_keys"], where
        values = {x["key"]: x["value"] for x in c["cases"]}
        assert values == pytest.approx(t["measures"], abs=1e-4), where
        if t["value"] is None:
            assert c["value"] is None, where
        else:
            assert c["value"] == pytest.approx(t["value"], abs=1e-4), where
    # the generated data exercise the suite: the comparison is not between empty results
    assert any(t["failed"] or t["warned"] for t in truth["checks"].values()), msg


@pytest.fixture(scope="module")
def kvp_files(tmp_path_factory):
    return write_kvp(tmp_path_factory.mktemp("kvp"), seed=SEED, rows=400, as_of=AS_OF, formats=("csv", "xlsx"))


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_kvp_export_equals_ground_truth(kvp_files, fmt, tmp_path):
    truth = json.loads(kvp_files["truth"].read_text(encoding="utf-8"))
    results = audit_file(kvp_files[fmt], "kvp", tmp_path, kvp_files["mapping"])
    assert results["dataset"]["rows"] == truth["generator"]["rows"] and results["input_issues"] == [], REPRO
    assert_equals_ground_truth(results, truth, f"KVP {fmt}")


@pytest.mark.parametrize("variant", ["full", "birth_year_only"])
def test_stonad_export_equals_ground_truth(variant, tmp_path):
    options = {"birth_year_only": True, "omit": ("preliminary_reply_date",)} if variant == "birth_year_only" else {}
    paths = write_stonad(tmp_path / "data", seed=SEED, rows=400, as_of=AS_OF, **options)
    truth = json.loads(paths["truth"].read_text(encoding="utf-8"))
    results = audit_file(paths["csv"], "stonad", tmp_path / "out", paths["mapping"])
    assert results["dataset"]["rows"] == truth["generator"]["rows"] and results["input_issues"] == [], REPRO
    source = results["run"]["inputs"][0]
    assert (source["format"], source["encoding"], source["delimiter"]) == ("csv", "cp1252", ";"), REPRO
    assert_equals_ground_truth(results, truth, f"stønad CSV ({variant})")


@pytest.mark.parametrize("year", [2025, 2024])
def test_kostra_files_equal_ground_truth(year, tmp_path, monkeypatch):
    monkeypatch.setenv("NAV_AUDIT_PSEUDONYM_KEY", "5a" * 32)
    paths = write_kostra_samples(tmp_path / "data", seed=SEED, rows=80, year=year, as_of=AS_OF)
    for form, suite, columns in (("11CF", "kvp", "COLUMNS_11CF"), ("11F", "stonad", "COLUMNS_11F")):
        truth = json.loads(paths[f"truth_{form}"].read_text(encoding="utf-8"))
        results = audit_file(paths[form], suite, tmp_path / f"out_{form}")
        # the canonical columns the oracle was told the reader yields are the ones it yields
        assert set(results["dataset"]["columns"]) == set(getattr(kostra_truth, columns)), (form, REPRO)
        assert results["dataset"]["rows"] == truth["generator"]["rows"], REPRO
        assert_equals_ground_truth(results, truth, f"KOSTRA {form} {year}")
