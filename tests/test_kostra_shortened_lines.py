"""A KOSTRA file whose every line lost its trailing blanks (an editor or an export strips them).

SSB's programme (Rule001RecordLength over the unpadded lines, then nothing else) reports control
001 for every line and stops; nav-audit did the same for such lines among full ones, but refused a
file in which no line had a record length. Now such a file is read with the record length of the
form and year its records name: the kostra suite reports 001 per line, kvp/stonad read each line
with its wrong-length issue. A file of other text is still refused (exit 2)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.kostra.reader import sniff_kostra
from tests.kostra_records import base_11cf, base_11f, fnr, record


def _file(tmp_path, form: str, year: int, n: int = 3):
    base = base_11cf(year) if form == "11CF" else base_11f(year)
    lines = [record(form, year, {**base, "PERSON_JOURNALNR": f"J{i:07d}"}, person=fnr(15, 6, 1990, 100 + 3 * i)).rstrip()
             for i in range(n)]
    path = tmp_path / f"k_{form}_{year}.dat"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("latin-1"))
    return path, [len(line) for line in lines]


def _run(tmp_path, path, suite: str):
    out = tmp_path / f"out_{suite}"
    r = CliRunner().invoke(main, ["run", str(path), "--suite", suite, "--out", str(out), "--format", "none",
                                  "--no-history", "--as-of", "2026-03-01"])
    return r, out


@pytest.mark.parametrize("form,year,length", [("11CF", 2025, 152), ("11CF", 2024, 136), ("11F", 2026, 338)])
def test_the_kostra_suite_reports_001_on_every_shortened_line(tmp_path, form, year, length):
    path, lengths = _file(tmp_path, form, year)
    assert all(n < length for n in lengths)
    r, out = _run(tmp_path, path, "kostra")
    assert r.exit_code == 0, r.output
    res = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert res["run"]["kostra"]["form"] == form and res["run"]["kostra"]["year"] == year
    assert res["run"]["kostra"]["stopped_by"] == "001" and res["run"]["kostra"]["stopped_lines"] == [1, 2, 3]
    checks = {c["id"]: c for c in res["checks"]}
    first = checks[f"kostra.{form.lower()}.001"]
    assert first["status"] == "deviation"
    assert [(c["facts"]["line"], c["facts"]["record_length"]) for c in first["cases"]] == list(zip([1, 2, 3], lengths))
    assert all(c["status"] == "not_evaluated" for cid, c in checks.items() if not cid.endswith(".001"))
    assert f"{length}" in r.output  # the note says which record length the lines were read with


@pytest.mark.parametrize("form,suite", [("11CF", "kvp"), ("11F", "stonad")])
def test_kvp_and_stonad_read_every_shortened_line_with_an_issue(tmp_path, form, suite):
    path, _ = _file(tmp_path, form, 2025)
    r, out = _run(tmp_path, path, suite)
    assert r.exit_code == 0, r.output
    res = json.loads((out / "results.json").read_text(encoding="utf-8"))
    issues = [(i["file"], i["row"]) for i in res["input_issues"] if "postlengde" in i["message"]]
    assert issues == [(str(path), 1), (str(path), 2), (str(path), 3)]


def test_a_shortened_file_is_recognised_whatever_its_name(tmp_path):
    path, _ = _file(tmp_path, "11CF", 2025)
    txt = path.with_suffix(".txt")
    txt.write_bytes(path.read_bytes())
    assert sniff_kostra(txt) == ("11CF", 2025)
    other = tmp_path / "other.txt"  # digits first, but a header line: no KOSTRA file
    other.write_text("kommune;aar;tekst\n500125;x;y\n", encoding="utf-8")
    assert sniff_kostra(other) is None


@pytest.mark.parametrize("suite", ["kostra", "kvp"])
def test_a_file_that_is_no_kostra_file_is_still_refused(tmp_path, suite):
    path = tmp_path / "notes.dat"
    path.write_text("Referat fra møtet\nNeste møte er i mars\n", encoding="utf-8")
    r, _ = _run(tmp_path, path, suite)
    assert r.exit_code == 2, r.output
    assert "notes.dat" in r.output and "KOSTRA" in r.output


@pytest.mark.parametrize("suite", ["kostra", "kvp"])
def test_short_lines_of_digits_are_no_shortened_records(tmp_path, suite):
    """«0301250101»: a municipality number and a version, but too short to hold a journal number: no record
    stripped of its blanks, so the file is refused as no KOSTRA file, not read as one of an unsupported year."""
    path = tmp_path / "tall.dat"
    path.write_text("0301250101\n0301250102\n12345\n", encoding="utf-8")
    r, _ = _run(tmp_path, path, suite)
    assert r.exit_code == 2, r.output
    assert "tall.dat" in r.output and "KOSTRA-post" in r.output and "støttes ikke" not in r.output
