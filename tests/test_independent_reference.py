"""nav-audit's kvp results agree exactly with an independent plain-polars computation."""

from __future__ import annotations

import datetime as dt

import pytest

from audit.pipeline import run_audit
from benchmarks import reference, synthetic

AS_OF = dt.date(2025, 12, 31)


@pytest.mark.parametrize("seed", [7, 2026])
def test_results_equal_plain_polars(tmp_path, seed):
    path = synthetic.write(str(tmp_path / "kvp.csv"), rows=3000, seed=seed, as_of=AS_OF)
    results = run_audit([path], suite="kvp", as_of=AS_OF, formats=(), out_dir=None).results
    expected = reference.summary(path, AS_OF)
    by_id = {c["id"]: c for c in results["checks"]}
    assert set(expected) == set(by_id)
    for check_id, exp in expected.items():
        got = by_id[check_id]
        if "value" in exp:
            assert got["value"] == pytest.approx(exp["value"], abs=1e-4), check_id
            continue
        cases = {lvl: sorted(c["key"] for c in got["cases"] if c["level"] == lvl) for lvl in ("deviation", "warning")}
        assert cases["deviation"] == exp["deviation"], check_id
        assert cases["warning"] == exp["warning"], check_id
        assert got["unknown_keys"] == exp["unknown"], check_id
        assert got["evaluated"] == exp["evaluated"], check_id
        assert got["failed"] == len(exp["deviation"]) and got["warned"] == len(exp["warning"])
    # the synthetic data is varied enough that every deviation check finds something
    assert all(by_id[k]["failed"] > 0 for k in expected if "value" not in expected[k]), \
        [k for k in expected if "value" not in expected[k] and by_id[k]["failed"] == 0]
