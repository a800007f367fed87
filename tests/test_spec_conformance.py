"""Conformance with the product contract, on exports built by hand as an outside tester would.

Each test writes a small export with its own headers (and a mapping file in the format of
docs/input.md), runs ``nav-audit run`` through click's CliRunner and asserts what the
contract states: the exit code and message for bad input, and per case the level, value,
limit, rule and reason in results.json.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from audit.cli import main


def _run(tmp_path: Path, files: list[Path], *options: str, as_of: str = "2025-12-31"):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", *map(str, files), "--as-of", as_of, "--out", str(out),
                                       "--no-history", "--format", "none", *options])
    results = json.loads((out / "results.json").read_text("utf-8")) if result.exit_code == 0 else None
    return result, results


def test_a_mapping_file_without_dataset_is_refused(tmp_path):
    """docs/input.md: everything in a mapping file is optional except ``dataset``: a mapping
    without it is a broken mapping (exit 2 naming the file and the key), not read as the suite's."""
    export = tmp_path / "saker.csv"
    export.write_text("Saksnr;Vedtak\nK1;granted\n", "utf-8")
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("columns: {case_id: Saksnr, decision: Vedtak}\n", "utf-8")
    result, _ = _run(tmp_path, [export], "--mapping", str(mapping))
    assert result.exit_code == 2, result.output
    assert "mapping.yaml" in result.output and "dataset" in result.output
    assert "Traceback" not in result.output
