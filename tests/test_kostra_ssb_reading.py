"""Reading a KOSTRA file as SSB's control programme reads it (audit/kostra/ssb_reading.py)
and the value readers of the kostra controls (checks/kostra_common.py)."""

from __future__ import annotations

import datetime as dt
import json

import polars as pl
import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.kostra.ssb_reading import birth_from_number, read_ssb, smart_date, ssb_lines, valid_duf, valid_number
from checks.kostra_common import date, int_or0, integer, real_date, version_year
from tests.kostra_records import base_11cf, base_11f, fnr, record


def _eval(expr: pl.Expr, values: list[str | None], name: str = "X") -> list:
    return pl.DataFrame({name: values}, schema={name: pl.Utf8}).select(expr.alias("out"))["out"].to_list()


def test_dates_resolve_like_java_smart():
    got = _eval(date("X", "ddMMyyyy"), ["31022025", "29022024", "31042025", "32012025", "01132025", "0101202x", "        ", None])
    assert got == [dt.date(2025, 2, 28), dt.date(2024, 2, 29), dt.date(2025, 4, 30), None, None, None, None, None]
    # two-digit years are 2000–2099 (java.time), so 2024's 010199 is 2099
    assert _eval(date("X", "ddMMyy"), ["010199", "311224", "310224"]) == [
        dt.date(2099, 1, 1), dt.date(2024, 12, 31), dt.date(2024, 2, 29)]
    assert smart_date(31, 2, 2025) == dt.date(2025, 2, 28) and smart_date(0, 1, 2025) is None


def test_only_the_real_date_test_rejects_an_impossible_day():
    assert _eval(real_date("X", "ddMMyyyy"), ["31022025", "28022025", "29022024", "00012025", "        "]) == [
        False, True, True, False, False]
    assert _eval(real_date("X", "ddMMyy"), ["290200", "300224", "311224"]) == [True, False, True]


def test_integers_like_kotlin_toint():
    assert _eval(integer("X"), ["+5000", "  -12", "5 000", "", "1.0", "99999999999", "0042"]) == [
        5000, -12, None, None, None, None, 42]
    assert _eval(int_or0("X"), ["+5000", "x1", None]) == [5000, 0, 0]
    assert _eval(version_year(), ["25", "  ", "2025", "+5"], name="VERSION") == [2025, 0, 2025, 2005]


def test_identity_numbers_per_year():
    # SSB's test numbers: valid in 2024 and 2025; the 2025 rules read the birth date
    # straight from a test number, so a D-number-like day makes it invalid from 2025
    assert valid_number("01019000100", 2025) and valid_number("01019000100", 2024)
    assert valid_number("41019000100", 2024) and not valid_number("41019000100", 2025)
    assert not valid_number("01019000101", 2025) and not valid_number("0101900010", 2025)
    assert valid_number(fnr(5, 5, 1985), 2025)
    # century: 2024 pivots on the run date, 2025 on the individnummer (500–749 with 54–99: 1800s)
    n = fnr(1, 1, 1960, 600)
    assert birth_from_number(n, 2024) == dt.date(1960, 1, 1) and birth_from_number(n, 2025) == dt.date(1860, 1, 1)
    d_number = fnr(41, 1, 1990)  # D number: day + 40
    assert birth_from_number(d_number, 2025) == dt.date(1990, 1, 1) == birth_from_number(d_number, 2024)
    assert birth_from_number(fnr(1, 1, 2008), 2025) == dt.date(2008, 1, 1)
    assert valid_duf("123456789016") is (sum(int(c) * w for c, w in zip("1234567890", (4, 6, 3, 2, 4, 6, 3, 2, 7, 5))) % 11 == 16)
    assert not valid_duf("12345678901")


def test_lines_as_ssb_splits_them():
    assert ssb_lines("a\r\n\r\nb\n  \nc") == [(1, "a"), (3, "b"), (4, "  "), (5, "c")]
    assert ssb_lines("a\rb\r") == [(1, "a\rb")]  # CR-only: one line


def test_read_ssb_keeps_fields_untrimmed_and_no_identity_number(tmp_path):
    base = base_11cf(2025)
    person = fnr(2, 2, 1982)
    path = tmp_path / "f.dat"
    path.write_bytes((record("11CF", 2025, {**base, "STMND_1": " 1"}, person=person) + "\n").encode("latin-1"))
    f = read_ssb(path)
    frame = f.table.frame
    assert frame["STMND_1"].to_list() == [" 1"] and frame["KJONN"].to_list() == ["1"]
    assert "PERSON_FODSELSNR" not in frame.columns and "FODSELSDATO" not in frame.columns
    assert frame["age"].to_list() == [2025 - 1982] and frame["fnr_valid"].to_list() == [True]
    assert not any(person in str(v) for col in frame.columns for v in frame[col].to_list())
    assert f.tag == "v2026.03.30" and f.table.sources[0].details["ssb_version"] == "v2026.03.30"


def test_year_decides_reading_in_the_controls(tmp_path):
    """The same person reads 64 in 2024 and 165 in 2025 (SSB's century rules), so 07 differs."""
    person = fnr(1, 1, 1960, 600)
    results = {}
    for year in (2024, 2025):
        base = base_11cf(year)
        path = tmp_path / f"f{year}.dat"
        path.write_bytes((record("11CF", year, {**base, "PERSON_JOURNALNR": "J1"}, person=person) + "\r\n").encode())
        out = tmp_path / f"out{year}"
        r = CliRunner().invoke(main, ["run", str(path), "--suite", "kostra", "--out", str(out), "--format", "none",
                                      "--no-history"])
        assert r.exit_code == 0, r.output
        res = json.loads((out / "results.json").read_text())
        results[year] = {c["id"]: c for c in res["checks"]}
        assert person not in (out / "results.json").read_text()
    assert results[2024]["kostra.11cf.07"]["cases"] == []
    assert [c["value"] for c in results[2025]["kostra.11cf.07"]["cases"]] == [165]


def test_scope_names_the_municipality_for_control_03(tmp_path):
    base = base_11cf(2025)
    path = tmp_path / "f.dat"
    path.write_bytes((record("11CF", 2025, {**base, "PERSON_JOURNALNR": "J1"}) + "\n").encode())
    for scope, fails in (("5001", False), ("4601", True), ("030101", True)):
        out = tmp_path / scope
        r = CliRunner().invoke(main, ["run", str(path), "--suite", "kostra", "--out", str(out), "--format", "none",
                                      "--no-history", "--scope", scope])
        assert r.exit_code == 0, r.output
        res = json.loads((out / "results.json").read_text())
        c = next(c for c in res["checks"] if c["id"] == "kostra.11cf.03.kommunenummer")
        assert bool(c["cases"]) == fails, scope


def test_11f_feeds_the_stonad_suite_and_says_what_it_cannot_judge(tmp_path):
    base = base_11f(2025)
    lines = [record("11F", 2025, {**base, "PERSON_JOURNALNR": f"J{i}", "VILKARSOSLOV": "2", "FODSELSDATO": f"0101{2000 - i}"},
                    person=fnr(1, 1, 2000 - i)) for i in range(3)]
    path = tmp_path / "f.dat"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode())
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["run", str(path), "--suite", "stonad", "--out", str(out), "--format", "none",
                                  "--no-history", "--as-of", "2025-12-31"])
    assert r.exit_code == 0, r.output
    res = json.loads((out / "results.json").read_text())
    by_id = {c["id"]: c for c in res["checks"]}
    assert by_id["stonad.activity_conditions_under_30"]["evaluated"] == 3
    not_judged = {cid: c["missing_columns"] for cid, c in by_id.items() if c["status"] == "not_evaluated"}
    assert not_judged == {
        "stonad.processing_time": ["received_date"],
        "stonad.emergency_same_day": ["emergency", "received_date"],
        "stonad.child_benefit_excluded": ["child_benefit_as_income"],
        "stonad.kvp_information_long_term": ["received_date", "kvp_informed_date"],
        "stonad.data.dates_in_order": ["received_date", "period_start", "period_end"],
        "stonad.short_decisions": ["period_start", "period_end"],
        "stonad.follow_up_after_decision": ["follow_up_meeting_date"],
    }


def test_mapping_and_several_files_are_refused(tmp_path):
    path = tmp_path / "f.dat"
    path.write_bytes((record("11CF", 2025, base_11cf(2025)) + "\n").encode())
    r = CliRunner().invoke(main, ["run", str(path), str(path), "--suite", "kostra", "--out", str(tmp_path / "o"),
                                  "--no-history"])
    assert r.exit_code == 2 and "én KOSTRA-fil" in r.output
    r = CliRunner().invoke(main, ["run", str(path), "--suite", "kostra", "--mapping", "x.yaml",
                                  "--out", str(tmp_path / "o"), "--no-history"])
    assert r.exit_code == 2 and "--mapping" in r.output


def test_a_caseworker_field_holding_an_identity_number_stops_the_run(tmp_path):
    number = fnr(5, 5, 1985)[1:]  # a spreadsheet dropped the leading zero: 10 digits
    base = base_11cf(2025)
    path = tmp_path / "f.dat"
    path.write_bytes((record("11CF", 2025, {**base, "PERSON_JOURNALNR": "J1", "SAKSBEHANDLER": number, "KJONN": "9"})
                      + "\n").encode())
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["run", str(path), "--suite", "kostra", "--out", str(out), "--no-history"])
    assert r.exit_code == 2, r.output
    assert "SAKSBEHANDLER" in r.output and "vises ikke" in r.output and number not in r.output
    assert not out.exists() or not any(out.iterdir())


@pytest.mark.parametrize("content,extra,message", [
    ("x" * 100 + "\n", (), "ingen poster har lengden til en KOSTRA-post"),
    ("", (), "filen har ingen poster"),
    (None, ("--kostra-year", "2023"), "rapporteringsår 2023 støttes ikke"),
    (None, ("--kostra-year", "2024"), "rapporteringsår 2024 har 136"),
    ("VERSION24", (), "Oppgi --kostra-year"),
])
def test_files_the_suite_cannot_place_are_bad_input(tmp_path, content, extra, message):
    path = tmp_path / "f.dat"
    if content is None:
        content = record("11CF", 2025, base_11cf(2025)) + "\n"
    elif content == "VERSION24":  # the 2025/2026 layout with a VERSION of neither year
        content = record("11CF", 2025, {**base_11cf(2025), "VERSION": "24"}) + "\n"
    path.write_text(content, encoding="latin-1")
    r = CliRunner().invoke(main, ["run", str(path), "--suite", "kostra", "--out", str(tmp_path / "o"),
                                  "--no-history", *extra])
    assert r.exit_code == 2, r.output
    assert message in r.output


def test_layout_of_another_year_names_line_field_and_value(tmp_path):
    """A 2025 11F layout whose VERSION says 24: the kostra suite cannot pick the year, and
    says where (line, VERSION, its value) and why, as read_kostra does."""
    from click.testing import CliRunner

    from audit.cli import main
    from tests.kostra_records import base_11f, fnr, record

    lines = [record("11F", 2025, {**base_11f(2025), "VERSION": "24", "PERSON_JOURNALNR": f"J{i:07d}"},
                    person=fnr(15, 6, 1990, 100 + 3 * i)) for i in range(2)]
    path = tmp_path / "f.dat"
    path.write_text("\r\n" + "\r\n".join(lines) + "\r\n", encoding="latin-1")
    r = CliRunner().invoke(main, ["run", str(path), "--suite", "kostra", "--out", str(tmp_path / "out"),
                                  "--format", "none", "--no-history"])
    assert r.exit_code == 2, r.output
    assert "rad 2, kolonne «VERSION», verdi «24»" in r.output
    assert "338 tegn" in r.output and "324" in r.output


def test_fields_holding_part_of_the_own_identity_number_are_not_echoed(tmp_path):
    """A record whose other fields hold six or more digits of its own identity number (an
    export that copied the number into the journal number and an amount): the controls
    still judge the values, but no fact, key, caseworker or measured value shows them."""
    person = fnr(15, 6, 1990, 100)
    base = base_11f(2025)
    lines = [
        record("11F", 2025, {**base, "PERSON_JOURNALNR": "J0000000"}, person=fnr(1, 2, 1980, 100)),
        record("11F", 2025, {**base, "PERSON_JOURNALNR": person[:8], "KJONN": "3", "BIDRAG": person[:7],
                             "SAKSBEHANDLER": person[2:9]}, person=person),
    ]
    path = tmp_path / "f.dat"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="latin-1")
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["run", str(path), "--suite", "kostra", "--out", str(out), "--format", "none",
                                  "--no-history", "--as-of", "2026-03-01"])
    assert r.exit_code == 0, r.output
    res = json.loads((out / "results.json").read_text(encoding="utf-8"))
    checks = {c["id"]: c for c in res["checks"]}
    for cid in ("kostra.11f.08", "kostra.11f.30", "kostra.11f.36"):  # still judged
        assert [k["facts"]["line"] for k in checks[cid]["cases"]] == [2], cid
    case = checks["kostra.11f.30"]["cases"][0]
    # the journal number holding the fnr's first eight digits is shown as its keyed pseudonym (the key)
    assert case["key"].startswith("P-") and len(case["key"]) == 18 and case["value"] is None
    assert case["caseworker"] is None
    assert case["facts"]["BIDRAG"] == "•" * 7
    text = (out / "results.json").read_text(encoding="utf-8") + r.output
    assert not any(person[i:i + 6] in text for i in range(6))


def test_a_bom_that_stops_the_file_is_named(tmp_path):
    """A UTF-8 BOM is one more character in line 1 for SSB's programme (001 fails, nothing else
    runs); the run says that the BOM is why, so the file can be saved without one."""
    lines = [record("11CF", 2025, {**base_11cf(2025), "PERSON_JOURNALNR": f"J{i:07d}"},
                    person=fnr(15, 6, 1990, 100 + 3 * i)) for i in range(2)]
    path = tmp_path / "f.dat"
    path.write_bytes(b"\xef\xbb\xbf" + ("\r\n".join(lines) + "\r\n").encode("utf-8"))
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["run", str(path), "--suite", "kostra", "--out", str(out), "--format", "none",
                                  "--no-history", "--as-of", "2026-03-01"])
    assert r.exit_code == 0, r.output
    assert "BOM" in r.output
    res = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert res["run"]["kostra"]["stopped_lines"] == [1]


def test_a_file_of_an_unsupported_year_is_refused_unless_the_year_is_given(tmp_path):
    """A 2023 11CF file has 2024's record length: without --kostra-year the kostra suite said
    nothing and audited it as 2024 (04 failing every record). It now refuses, naming line,
    VERSION and value, as the kvp suite does; --kostra-year 2024 still runs SSB's 2024 controls."""
    lines = [record("11CF", 2024, {**base_11cf(2024), "VERSION": "23", "PERSON_JOURNALNR": f"J{i:07d}"},
                    person=fnr(15, 6, 1990, 100 + 3 * i)) for i in range(2)]
    path = tmp_path / "f.dat"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="latin-1")
    args = ["run", str(path), "--suite", "kostra", "--format", "none", "--no-history", "--as-of", "2026-03-01"]
    r = CliRunner().invoke(main, [*args, "--out", str(tmp_path / "a")])
    assert r.exit_code == 2, r.output
    assert "rad 1, kolonne «VERSION», verdi «23»" in r.output and "2023" in r.output
    r = CliRunner().invoke(main, [*args, "--out", str(tmp_path / "b"), "--kostra-year", "2024"])
    assert r.exit_code == 0, r.output
    res = json.loads((tmp_path / "b" / "results.json").read_text(encoding="utf-8"))
    assert len(next(c for c in res["checks"] if c["id"] == "kostra.11cf.04")["cases"]) == 2
