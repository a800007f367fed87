"""Hostile files nobody on the team has seen, driven through the CLI (map, map --check, run,
review-sheet, sample, pseudonymise): each a clear message naming the file, row, column and
value with exit code 2, or a run that reads them without losing anything; never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.cli import main

AS_OF = "2025-06-30"
EXPORT = "case_id;Kontor;Vedtak\nK1;NAV A;Innvilget\nK2;NAV B;Avslag\n"


def cli(*args: str):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def run(tmp_path: Path, *args: str):
    return cli("run", *args, "--as-of", AS_OF, "--out", tmp_path / "ut", "--no-history", "--format", "none")


def write(path: Path, text: str | bytes) -> Path:
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


# --------------------------------------------------------------------------- mapping files


@pytest.mark.parametrize("mapping, key, line", [
    ("dataset: kvp\ncolumns:\n  office: Kontor\n  office: Vedtak\n", "office", 4),
    ("dataset: kvp\ndataset: stonad\n", "dataset", 2),
    ("dataset: kvp\ncolumns: {decision: Vedtak}\nvalues:\n  decision: {Innvilget: granted, Avslag: refused,"
     " Innvilget: refused}\n", "Innvilget", 4),
])
def test_a_key_twice_in_a_mapping_file_stops_every_command(tmp_path, mapping, key, line):
    """YAML keeps the last of two equal keys without a word: the user's first line would be dropped."""
    src = write(tmp_path / "uttrekk.csv", EXPORT)
    m = write(tmp_path / "mapping.yaml", mapping)
    for args in (["map", src, "--check", m],
                 ["run", src, "-m", m, "--as-of", AS_OF, "--out", tmp_path / "ut", "--no-history"],
                 ["sample", src, "-m", m, "--total", "1", "--seed", "1", "--out", tmp_path / "s.csv"],
                 ["review-sheet", src, "-m", m, "--keys", "K1", "--out", tmp_path / "g.xlsx"]):
        r = cli(*args)
        assert r.exit_code == 2, (args[0], r.output)
        assert "mapping.yaml" in r.output and f"rad {line}" in r.output and f"«{key}»" in r.output, r.output
        assert "to ganger" in r.output, r.output
    assert not (tmp_path / "ut").exists() and not (tmp_path / "s.csv").exists()


def test_a_key_twice_in_a_parameter_file_stops_the_run(tmp_path):
    src = write(tmp_path / "uttrekk.csv", "case_id\nK1\n")
    cfg = write(tmp_path / "param.yaml", "parameters:\n  kvp.start_delay: {deviation_days: 30}\n"
                                          "  kvp.start_delay: {deviation_days: 3}\n")
    r = run(tmp_path, src, "--config", cfg)
    assert r.exit_code == 2 and "param.yaml" in r.output and "rad 3" in r.output and "to ganger" in r.output, r.output


def test_a_merge_key_may_still_be_overridden(tmp_path):
    """YAML's merge key (<<) followed by a key of the merged mapping is an override, not a key twice."""
    src = write(tmp_path / "uttrekk.csv", "case_id;Kontor;Vedtak\nK1;NAV A;Innvilget\n")
    cfg = write(tmp_path / "param.yaml", "base: &b {deviation_days: 30, warning_days: 10}\nparameters:\n"
                                          "  kvp.start_delay:\n    <<: *b\n    deviation_days: 40\n")
    r = run(tmp_path, src, "--config", cfg)
    assert "to ganger" not in r.output, r.output

