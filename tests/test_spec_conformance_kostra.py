"""Conformance with case-data.md's "KOSTRA files" on files an outside tester would build by hand."""

from __future__ import annotations

import json
from pathlib import Path

from tests.kostra_records import base_11cf, fnr, record
from tests.test_spec_conformance import _run as _run_spec


def _run(tmp_path: Path, files: list[Path], *options: str, as_of: str = "2026-01-31"):
    return _run_spec(tmp_path, files, *options, as_of=as_of)


def test_a_record_of_another_reporting_year_is_read_with_its_own_layout(tmp_path):
    """case-data.md: the reporting year decides the record layout. A file that also holds a record
    of another year (VERSION 25 and the 2025 record length in a 2024 file) was read with the file's
    layout: its FODSELSDATO (positions 9–16 in 2025) became the case key, a birth date in
    results.json, and its dates garbage. That record is read with its own year's layout, and the
    run says so; a record whose length fits no layout of its VERSION keeps the file's layout and an
    input issue."""
    b24, b25 = base_11cf(2024), base_11cf(2025)
    lines = [
        record("11CF", 2025, {**b25, "PERSON_JOURNALNR": "J1", "VEDTAK_DATO": "01032025",
                              "BEGYNT_DATO": "15042025"}, person=fnr(15, 6, 1990)),
        record("11CF", 2024, {**b24, "PERSON_JOURNALNR": "J2"}, person=fnr(1, 1, 1990, 300)),
        record("11CF", 2024, {**b24, "PERSON_JOURNALNR": "J3"}, person=fnr(1, 1, 1990, 400)),
    ]
    export = tmp_path / "kvp_11cf.dat"
    export.write_text("\n".join(lines) + "\n", "ascii")
    result, r = _run(tmp_path, [export])
    assert result.exit_code == 0, result.output
    text = json.dumps(r)
    assert "15061990" not in text
    assert r["input_issues"] == []
    check = next(c for c in r["checks"] if c["id"] == "kvp.start_delay")
    assert [(c["key"], c["value"]) for c in check["cases"]] == [("J1", 45)]
    assert check["evaluated"] == 3
    assert "2025" in result.output and "1" in result.output  # the run names the other layout it used


def test_a_record_of_another_year_with_its_trailing_blanks_stripped_is_read_with_its_own_layout(tmp_path):
    """The same 2025 record in a 2024 file, but an editor stripped its trailing blanks (a record
    shorter than 2025's length, longer than 2024's): it was read with the 2024 layout, and its
    birth date (FODSELSDATO, positions 9–16 in 2025) stood in results.json as the case key."""
    b24, b25 = base_11cf(2024), base_11cf(2025)
    lines = [
        record("11CF", 2025, {**b25, "PERSON_JOURNALNR": "J1", "VEDTAK_DATO": "01032025",
                              "BEGYNT_DATO": "15042025"}, person=fnr(15, 6, 1990)).rstrip(),
        record("11CF", 2024, {**b24, "PERSON_JOURNALNR": "J2"}, person=fnr(1, 1, 1990, 300)),
        record("11CF", 2024, {**b24, "PERSON_JOURNALNR": "J3"}, person=fnr(1, 1, 1990, 400)),
    ]
    assert 136 < len(lines[0]) < 152  # the test's premise: shorter than a 2025 record, longer than a 2024 one
    export = tmp_path / "kvp_11cf.dat"
    export.write_text("\n".join(lines) + "\n", "ascii")
    result, r = _run(tmp_path, [export])
    assert result.exit_code == 0, result.output
    assert "15061990" not in json.dumps(r)
    check = next(c for c in r["checks"] if c["id"] == "kvp.start_delay")
    assert [(c["key"], c["value"]) for c in check["cases"]] == [("J1", 45)]
