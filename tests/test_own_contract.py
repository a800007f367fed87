"""The project carries its own contract: docs/ holds the input format, the check catalogue and
the results format, and nothing in the repository points outside it (to the shared spec folder)."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Built from parts so that this file does not contain the strings it looks for.
OUTSIDE = ("../" + "shared", "/work/" + "shared", "shared" + "/spec", "shared" + "/reference", "shared" + "/background")


def tracked_files() -> list[Path]:
    out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    files = [ROOT / p for p in out.decode("utf-8").split("\0") if p]
    # a worktree may hold new files not yet committed: include them too
    extra = subprocess.run(["git", "ls-files", "-z", "--others", "--exclude-standard"], cwd=ROOT,
                           capture_output=True, check=True).stdout
    return files + [ROOT / p for p in extra.decode("utf-8").split("\0") if p]


def test_nothing_points_outside_the_repository():
    offenders = []
    for path in tracked_files():
        if not path.is_file() or path.suffix in (".png", ".xlsx", ".dat", ".sqlite", ".docx"):
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for needle in OUTSIDE:
            if needle in text:
                line = text[: text.index(needle)].count("\n") + 1
                offenders.append(f"{path.relative_to(ROOT)}:{line}: {needle}")
    assert not offenders, "\n".join(offenders)


def test_docs_hold_the_contract():
    docs = ROOT / "docs"
    inputs = (docs / "input.md").read_text(encoding="utf-8")
    results = (docs / "results.md").read_text(encoding="utf-8")
    catalogue = (docs / "checks.md").read_text(encoding="utf-8")
    from audit.datasets import DATASETS
    from checks import all_checks

    for name in ("kvp", "stonad"):  # every canonical column is described (the kostra suite's record
        for c in DATASETS[name].columns:  # datasets are the KOSTRA fields, described in docs/kostra.md)
            assert f"`{c.name}`" in inputs, c.name
    assert "## The mapping file" in inputs and "date_format" in inputs
    for key in ("basis", "in_force_from", "in_force_to", "legal_sources", "legal_basis", "limit", "rule", "reason",
                "facts", "unit", "input_issues", "missing_columns", "unknown_keys", "by_office"):
        assert f"`{key}`" in results, key
    for c in all_checks():
        assert f"`{c.id}`" in catalogue, c.id
