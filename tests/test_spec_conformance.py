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


def test_a_value_the_mapping_reads_as_empty_is_empty_not_unreadable(tmp_path):
    """docs/input.md: ``values`` maps a value in the export to a canonical value, and only a
    value «the mapping does not know» cannot be read. A word the mapping maps to empty (null)
    is an empty value: a missing planned end date is the finding of kvp.duration_stated, an
    undecided application is no decision, and neither is listed in input_issues."""
    export = tmp_path / "saker.csv"
    export.write_text("Sak;Vedtak;Planlagt slutt;Klage\n"
                      "K1;Innvilget;Ikke dokumentert;Ja\n"
                      "K2;Under behandling;-;Nei\n"
                      "K3;Innvilget;01.05.2026;Ja\n", "utf-8")
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text(
        "dataset: kvp\n"
        "columns: {case_id: Sak, decision: Vedtak, planned_end_date: Planlagt slutt, appeal_info: Klage}\n"
        "values:\n"
        "  decision: {Innvilget: granted, Under behandling: null}\n"
        "  planned_end_date: {Ikke dokumentert: null, '-': ''}\n", "utf-8")
    result, results = _run(tmp_path, [export], "--mapping", str(mapping))
    assert result.exit_code == 0, result.output
    assert results["input_issues"] == []
    checks = {c["id"]: c for c in results["checks"]}
    stated = checks["kvp.duration_stated"]
    assert (stated["evaluated"], stated["failed"], stated["unknown"]) == (2, 1, 0)
    assert [(c["key"], c["reason"]["code"]) for c in stated["cases"]] == [("K1", "planned_end_date_missing")]
    appeal = checks["kvp.appeal_info"]  # K2 is not decided: the check does not apply to it
    assert (appeal["evaluated"], appeal["failed"], appeal["unknown"]) == (2, 0, 0)
