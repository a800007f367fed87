"""The input side's structure (issue 11 item 3): audit/loading.py is gone, one reader per format behind
a registry, and no module of the input side is imported by something it imports (also inside functions)."""

from __future__ import annotations

from pathlib import Path

from audit.inputs import registry
from tests.test_architecture import cycles, imports, modules

ROOT = Path(__file__).resolve().parent.parent
INPUT_SIDE = ("audit.inputs", "audit.privacy", "audit.pseudonym", "audit.kostra", "audit.supervision.review",
              "audit.io", "audit.limits")


def test_no_import_cycle_through_the_input_side():
    """The whole tree's cycles are tests/test_architecture.py's; none may touch the input side,
    pending or not."""
    known = modules()
    found = cycles({m: imports(m, p, known) for m, p in known.items()})
    assert [c for c in found if any(m.startswith(INPUT_SIDE) for m in c)] == []


def test_loading_is_split_and_gone():
    assert not (ROOT / "audit" / "loading.py").exists() and not (ROOT / "audit" / "mapping.py").exists()
    for name in ("csvfile", "xlsx", "parquet", "kostra", "review", "registry", "identity", "mapping", "join"):
        assert (ROOT / "audit" / "inputs" / f"{name}.py").exists(), name
    assert all(len(p.read_text(encoding="utf-8").splitlines()) <= 500 for p in (ROOT / "audit" / "inputs").glob("*.py"))


def test_the_registry_goes_by_content_not_by_suffix(tmp_path):
    import polars as pl

    from tests.bad_inputs import xlsx

    pl.DataFrame({"case_id": ["K1"]}).write_parquet(tmp_path / "a.csv")
    xlsx(tmp_path / "b.txt", [["case_id"], ["K1"]])
    (tmp_path / "c.xlsx").write_text("case_id;office\nK1;A\n", encoding="utf-8")
    assert registry.detect_format(tmp_path / "a.csv") == "parquet"
    assert registry.detect_format(tmp_path / "b.txt") == "xlsx"
    assert registry.read_raw(tmp_path / "a.csv").format == "parquet"
    assert registry.read_raw(tmp_path / "b.txt").format == "xlsx"
