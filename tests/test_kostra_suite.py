"""The kostra suite: SSB's controls at their boundaries, per reporting year where they differ.

Cases follow SSB's documented behaviour (statisticsnorway/kostra-kontrollprogram, its
rules and unit tests at the tags named in docs/kostra.md). Each table is one file: the
first record passes everything, every further record is built to pass or fail one
control at its boundary; one run per form and year checks them all.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from audit.cli import main
from tests.kostra_records import base_11cf, base_11f, fnr, record

# (control id, field values, fails?) per form and year; the journal number is added.
CF_COMMON = [
    ("kostra.11cf.04", {"VERSION": "23"}, True),
    ("kostra.11cf.04", {"VERSION": "  "}, True),
    ("kostra.11cf.03.bydelsnummer", {"BYDELSNR": "00"}, True),
    ("kostra.11cf.08", {"KJONN": "3"}, True),
    ("kostra.11cf.08", {"KJONN": "2"}, False),
    ("kostra.11cf.11", {"BU18": "1", "ANTBU18": "0"}, True),
    ("kostra.11cf.11", {"BU18": "1", "ANTBU18": "+2"}, False),
    ("kostra.11cf.12", {"BU18": "2", "ANTBU18": "1"}, True),
    ("kostra.11cf.13", {"BU18": "1", "ANTBU18": "13"}, False),
    ("kostra.11cf.13", {"BU18": "1", "ANTBU18": "14"}, True),
    ("kostra.11cf.19", {"KVP_KOMM": " "}, True),
    ("kostra.11cf.20", {"KVP_KOMM": "1", "KOMMNR_KVP_KOMM": "0301"}, False),
    ("kostra.11cf.20", {"KVP_KOMM": "1", "KOMMNR_KVP_KOMM": "0000"}, True),
    ("kostra.11cf.21", {"YTELSE_SOSHJELP": "1", "YTELSE_TYPE_SOSHJ": " "}, True),
    ("kostra.11cf.21", {"YTELSE_SOSHJELP": "1", "YTELSE_TYPE_SOSHJ": "2"}, False),
    ("kostra.11cf.27", {"KVP_MED_ASTONAD": "1"}, True),
    ("kostra.11cf.27", {"KVP_MED_ASTONAD": "1", "KVP_MED_KOMMBOS": "4"}, False),
    ("kostra.11cf.27", {"KVP_MED_ASTONAD": "2", "KVP_MED_KOMMBOS": "4"}, True),
    ("kostra.11cf.28", {"STMND_1": "", "STMND_2": "", "STATUS": "2"}, False),
    ("kostra.11cf.28", {"STMND_1": "1", "STMND_2": ""}, True),  # " 1" is not the code "01"
    ("kostra.11cf.29", {"KVP_STONAD": "+5000"}, False),  # a sign is accepted
    ("kostra.11cf.29", {"KVP_STONAD": "0"}, True),
    ("kostra.11cf.30", {"KVP_STONAD": ""}, True),
    ("kostra.11cf.31", {"STMND_1": "", "STMND_2": ""}, True),
    ("kostra.11cf.32", {"KVP_STONAD": "600000"}, False),
    ("kostra.11cf.32", {"KVP_STONAD": "600001"}, True),
    ("kostra.11cf.36", {"STATUS": "8"}, True),
    ("kostra.11cf.38", {"STATUS": "7"}, True),
    ("kostra.11cf.38", {"STATUS": "7", "AVSL_ANNET": "10"}, False),
    ("kostra.11cf.39", {"STATUS": "3", "AVSL_VIKTIGSTE_INNTEKT": "99"}, True),
    ("kostra.11cf.03.bydelsnummer", {"KOMMUNE_NR": "0301", "BYDELSNR": "15"}, False),
    ("kostra.11cf.03.bydelsnummer", {"KOMMUNE_NR": "0301", "BYDELSNR": "16"}, True),
    ("kostra.11cf.09", {"EKTSTAT": "6"}, True),
    ("kostra.11cf.09", {"EKTSTAT": "5"}, False),
    ("kostra.11cf.10", {"BU18": "0"}, True),
    ("kostra.11cf.26", {"KVP_MED_ASTONAD": "3"}, True),
    ("kostra.11cf.30", {"KVP_STONAD": "", "STATUS": "2"}, False),  # leave: not looked at
]
def cf_from_2025(y: int) -> list:
    """11CF cases from 2025 on, for reporting year ``y``."""
    return [
        ("kostra.11cf.04a", {"FODSELSDATO": "31021990"}, False),  # SMART: 28.02.1990
        ("kostra.11cf.04a", {"FODSELSDATO": "32011990"}, True),
        ("kostra.11cf.04a", {"FODSELSDATO": ""}, True),
        ("kostra.11cf.14", {"REG_DATO": f"0101{y - 4}"}, False),  # four years before VERSION
        ("kostra.11cf.14", {"REG_DATO": f"3112{y - 5}"}, True),
        ("kostra.11cf.14", {"REG_DATO": f"3102{y}"}, False),  # read as 28 February
        ("kostra.11cf.14", {"REG_DATO": f"0001{y}"}, True),
        ("kostra.11cf.14", {"KOMMUNE_NR": "0301", "BYDELSNR": "01", "REG_DATO": f"0001{y}"}, False),  # Oslo exempt
        ("kostra.11cf.15", {"VEDTAK_DATO": f"0113{y}"}, True),
        ("kostra.11cf.16", {"BEGYNT_DATO": f"3112{y}"}, False),
        ("kostra.11cf.16", {"BEGYNT_DATO": f"0101{y + 1}"}, True),
        ("kostra.11cf.37", {"STATUS": "3", "AVSL_VIKTIGSTE_INNTEKT": "01", "AVSL_ANNET": "10", "AVSL_DATO": f"3112{y}"}, False),
        ("kostra.11cf.37", {"STATUS": "3", "AVSL_DATO": f"3106{y}"}, True),  # only 37 rejects an impossible date
        ("kostra.11cf.37", {"STATUS": "4", "AVSL_DATO": f"3112{y - 1}"}, True),
        ("kostra.11cf.37", {"STATUS": "5", "AVSL_DATO": ""}, True),
        ("kostra.11cf.37", {"STATUS": "1", "AVSL_DATO": ""}, False),
        ("kostra.11cf.06", {"PERSON_FODSELSNR": fnr(1, 1, y - 17)}, True),  # 17
        ("kostra.11cf.06", {"PERSON_FODSELSNR": fnr(31, 12, y - 18)}, False),  # 18
        ("kostra.11cf.07", {"PERSON_FODSELSNR": fnr(1, 1, y - 68)}, False),  # 68
        ("kostra.11cf.07", {"PERSON_FODSELSNR": fnr(1, 1, y - 69)}, True),  # 69
        ("kostra.11cf.05", {"PERSON_FODSELSNR": "12345678901"}, True),
        ("kostra.11cf.05", {"PERSON_FODSELSNR": "01019000100"}, False),  # SSB's test number
        # from SSB's own tests (Rule014RegistreringsDatoTest, Rule037DatoForAvsluttetProgramTest)
        ("kostra.11cf.14", {"REG_DATO": "aaaaaaaa"}, True),
        ("kostra.11cf.14", {"KOMMUNE_NR": "0301", "BYDELSNR": "01", "REG_DATO": "aaaaaaaa"}, False),
        ("kostra.11cf.37", {"STATUS": "7", "AVSL_DATO": f"0101{y + 1}"}, True),  # next year
        ("kostra.11cf.37", {"STATUS": "4", "AVSL_DATO": f"0101{y}"}, False),
        ("kostra.11cf.20", {"KVP_KOMM": "1", "KOMMNR_KVP_KOMM": "9999"}, False),  # Uoppgitt, from 2025
]

CF_2024 = [
    ("kostra.11cf.14", {"REG_DATO": "010120"}, False),
    ("kostra.11cf.14", {"REG_DATO": "311219"}, True),
    ("kostra.11cf.37", {"STATUS": "3", "AVSL_VIKTIGSTE_INNTEKT": "01", "AVSL_ANNET": "10", "AVSL_DATO": "311224"}, False),
    ("kostra.11cf.37", {"STATUS": "3", "AVSL_DATO": "010199"}, True),  # 2099
    ("kostra.11cf.37", {"STATUS": "3", "AVSL_DATO": "300224"}, True),  # no 30 February
    ("kostra.11cf.16", {"BEGYNT_DATO": "010125"}, True),
    ("kostra.11cf.07", {"PERSON_FODSELSNR": fnr(1, 1, 1957)}, False),  # 67
    ("kostra.11cf.07", {"PERSON_FODSELSNR": fnr(1, 1, 1956)}, True),  # 68
    # 9999 (Uoppgitt) entered the code list of KOMMNR_KVP_KOMM with the 2025 file description;
    # SSB's 2024 programme (v2025.04.04) reports it
    ("kostra.11cf.20", {"KVP_KOMM": "1", "KOMMNR_KVP_KOMM": "9999"}, True),
    # SSB's 2024 isValidSocialSecurityIdOrDnr already took test numbers with a readable date
    ("kostra.11cf.05", {"PERSON_FODSELSNR": "01019000100"}, False),
    ("kostra.11cf.05", {"PERSON_FODSELSNR": "41019000100"}, False),  # D number
    ("kostra.11cf.05", {"PERSON_FODSELSNR": "01419000100"}, True),  # H number: month 41, no date
]
F_COMMON = [
    ("kostra.11f.14", {"VKLO": "0"}, True),
    ("kostra.11f.15", {"VKLO": "1", "ARBSIT": "03"}, True),
    ("kostra.11f.15", {"VKLO": "1", "ARBSIT": "01"}, False),
    ("kostra.11f.20b", {"VKLO": "3", "TRYGDESIT": "12"}, True),
    ("kostra.11f.24b", {"VKLO": "3", "TRYGDESIT": "11", "ARBSIT": "08"}, True),
    ("kostra.11f.26", {"STMND_1": ""}, True),
    ("kostra.11f.27", {"BIDRAG": "", "BIDRAG_JAN": ""}, True),
    ("kostra.11f.31", {"BIDRAG": "200", "BIDRAG_JAN": "200"}, True),
    ("kostra.11f.31", {"BIDRAG": "201", "BIDRAG_JAN": "201"}, False),
    ("kostra.11f.36", {"BIDRAG": "5000", "BIDRAG_JAN": "4000"}, True),
    ("kostra.11f.37", {"LAAN": "100", "LAAN_JAN": "60", "LAAN_FEB": "+40"}, False),
    ("kostra.11f.38", {"PERSON_FODSELSNR": " ", "PERSON_DUF": "123456789012"}, True),
    ("kostra.11f.41", {"VILKARSOSLOV": "1", "VILKARARBEID": "01"}, True),
    ("kostra.11f.43", {"VILKARSOSLOV": "1"}, True),
    ("kostra.11f.16", {"VKLO": "2", "ARBSIT": "04"}, True),
    ("kostra.11f.16", {"VKLO": "2", "ARBSIT": "06"}, False),
    ("kostra.11f.17", {"VKLO": "4", "ARBSIT": "02"}, True),
    ("kostra.11f.18", {"VKLO": "6", "ARBSIT": "10"}, True),
    ("kostra.11f.19", {"VKLO": "8", "ARBSIT": "09"}, True),
    ("kostra.11f.19", {"VKLO": "8", "ARBSIT": "10"}, False),
    ("kostra.11f.25", {"ARBSIT": "11"}, True),
    ("kostra.11f.32", {"GITT_OKONOMIRAD": "3"}, True),
    ("kostra.11f.33", {"FAAT_INDIVIDUELL_PLAN": ""}, True),
    ("kostra.11f.35", {"BOSIT": "7"}, True),
    ("kostra.11f.39", {"VILKARSOSLOV": "0"}, True),
    ("kostra.11f.40", {"VILKARSAMEKT": ""}, True),
    ("kostra.11f.24b", {"VKLO": "3", "TRYGDESIT": "11", "ARBSIT": "04"}, False),
    ("kostra.11f.41", {"VILKARSOSLOV": "X"}, False),  # SSB's Rule041 test: only VILKARSOSLOV 1 is looked at
]
F_UNTIL_2025 = [
    ("kostra.11f.21", {"VKLO": "5", "ARBSIT": "03"}, True),  # 03 accepted only from 2026
    ("kostra.11f.24", {"VKLO": "3", "TRYGDESIT": "04", "ARBSIT": "03"}, True),
    ("kostra.11f.24", {"VKLO": "3", "TRYGDESIT": "04", "ARBSIT": "07"}, False),
    ("kostra.11f.23", {"VKLO": "3", "TRYGDESIT": "05", "ARBSIT": "04"}, True),  # overgangsstønad
    ("kostra.11f.23", {"VKLO": "3", "TRYGDESIT": "05", "ARBSIT": "04", "BU18": "1", "ANTBU18": "1"}, False),
    ("kostra.11f.20a", {"VKLO": "5", "TRYGDESIT": "12"}, False),
    ("kostra.11f.06", {"PERSON_FODSELSNR": fnr(1, 1, 2010)}, True),
]
F_2024 = [
    ("kostra.11f.42", {"VILKARSOSLOV": "1", "VILKARARBEID": "01", "UTBETDATO": "010124"}, True),
    ("kostra.11f.42", {"VILKARSOSLOV": "1", "VILKARARBEID": "01", "UTBETDATO": "010124", "UTBETTOMDATO": "310224"}, False),
    ("kostra.11f.30", {"BIDRAG": "600000", "BIDRAG_JAN": "600000"}, True),
    ("kostra.11f.30", {"BIDRAG": "599999", "BIDRAG_JAN": "599999"}, False),
    ("kostra.11f.20a", {"VKLO": "5", "TRYGDESIT": "04", "ARBSIT": "04"}, True),
    ("kostra.11f.07", {"PERSON_FODSELSNR": fnr(1, 1, 1956)}, True),  # 68
]
F_2025 = [
    ("kostra.11f.42", {"VILKARSOSLOV": "1", "VILKARARBEID": "01", "UTBETDATO": "01012025"}, True),
    ("kostra.11f.42", {"VILKARSOSLOV": "1", "VILKARARBEID": "01", "UTBETDATO": "01012025", "UTBETTOMDATO": "31022025"}, False),
    ("kostra.11f.30", {"BIDRAG": "1000000", "BIDRAG_JAN": "1000000"}, False),
    ("kostra.11f.30", {"BIDRAG": "1000001", "BIDRAG_JAN": "1000001"}, True),
    ("kostra.11f.22", {"VKLO": "3", "TRYGDESIT": "07", "ARBSIT": "04", "PERSON_FODSELSNR": fnr(1, 1, 1966)}, True),  # 59
    ("kostra.11f.22", {"VKLO": "3", "TRYGDESIT": "07", "ARBSIT": "04", "PERSON_FODSELSNR": fnr(1, 1, 1965)}, False),
    ("kostra.11f.07", {"PERSON_FODSELSNR": fnr(1, 1, 1929)}, True),  # 96
    ("kostra.11f.07", {"PERSON_FODSELSNR": fnr(1, 1, 1930)}, False),  # 95
    ("kostra.11f.06", {"PERSON_FODSELSNR": " ", "PERSON_DUF": "123456789012"}, False),  # age unreadable passes
]
F_2026 = [
    ("kostra.11f.002", {"BOSIT": "9"}, True),
    ("kostra.11f.002", {"KJONN": ""}, True),
    ("kostra.11f.22", {"TRYGDESIT": "03"}, True),
    ("kostra.11f.23a", {"VKLO": "3", "TRYGDESIT": "07", "ARBSIT": "04", "PERSON_FODSELSNR": fnr(1, 1, 1965)}, True),  # 61
    ("kostra.11f.23b", {"VKLO": "3", "TRYGDESIT": "05", "ARBSIT": "04"}, True),  # overgangsstønad from 2026
    ("kostra.11f.23c", {"VKLO": "3", "TRYGDESIT": "13", "ARBSIT": "04"}, True),
    ("kostra.11f.21", {"VKLO": "5", "ARBSIT": "03"}, False),  # 03 accepted from 2026
    ("kostra.11f.06", {"PERSON_FODSELSNR": " ", "PERSON_DUF": "123456789012"}, True),  # age −1 fails
    ("kostra.11f.24", {"VKLO": "3", "TRYGDESIT": "04", "ARBSIT": "03"}, False),  # 02–07 from 2026
    ("kostra.11f.24", {"VKLO": "3", "TRYGDESIT": "04", "ARBSIT": "08"}, True),
    ("kostra.11f.002", {"UTBETDATO": "32012026"}, True),
    ("kostra.11f.002", {"BIDRAG": "+5000"}, False),
    # from SSB's own tests (Rule023ATilknytningTilTrygdesystemetOgAlderTest, Rule007AlderEr96AarEllerOverTest)
    ("kostra.11f.23a", {"VKLO": "3", "TRYGDESIT": "07", "ARBSIT": "04", "PERSON_FODSELSNR": fnr(31, 12, 1964)}, False),  # 62
    ("kostra.11f.23a", {"VKLO": "3", "TRYGDESIT": "07", "ARBSIT": "04", "PERSON_FODSELSNR": "32138800000"}, True),  # age −1
    ("kostra.11f.07", {"PERSON_FODSELSNR": fnr(1, 1, 1930)}, True),  # 96
    ("kostra.11f.07", {"PERSON_FODSELSNR": fnr(31, 12, 1931)}, False),  # 95
    ("kostra.11f.07", {"PERSON_FODSELSNR": " ", "PERSON_DUF": "123456789012"}, False),  # no age: passes
]

TABLES = {
    ("11CF", 2024): CF_COMMON + CF_2024,
    ("11CF", 2025): CF_COMMON + cf_from_2025(2025),
    ("11CF", 2026): CF_COMMON + cf_from_2025(2026),
    ("11F", 2024): F_COMMON + F_UNTIL_2025 + F_2024,
    ("11F", 2025): F_COMMON + F_UNTIL_2025 + F_2025,
    ("11F", 2026): F_COMMON + F_2026,
}


def _run(tmp_path, lines: list[str], *extra: str, name: str = "f.dat", newline: str = "\r\n") -> tuple[int, dict]:
    path = tmp_path / name
    path.write_bytes(newline.join(lines).encode("latin-1") + newline.encode())
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["run", str(path), "--suite", "kostra", "--out", str(out), "--format", "none",
                                  "--no-history", "--as-of", "2026-03-01", "--overwrite", *extra])
    assert r.exit_code == 0, r.output
    return r.exit_code, json.loads((out / "results.json").read_text())


def _table_file(form: str, year: int) -> tuple[list[str], list[tuple[str, str, bool]]]:
    base = base_11cf(year) if form == "11CF" else base_11f(year)
    lines = [record(form, year, {**base, "PERSON_JOURNALNR": "J0000000"}, person=fnr(15, 6, 1990, 100))]
    expected = []
    for i, (cid, values, fails) in enumerate(TABLES[(form, year)], start=1):
        journal = f"J{i:07d}"
        vals = {**base, **values, "PERSON_JOURNALNR": journal}
        person = vals.pop("PERSON_FODSELSNR", None) or fnr(15, 6, 1990, 100 + 3 * i)
        lines.append(record(form, year, vals, person=person))
        expected.append((cid, journal, fails))
    return lines, expected


@pytest.mark.parametrize("form,year", sorted(TABLES))
def test_controls_at_their_boundaries(tmp_path, form, year):
    lines, expected = _table_file(form, year)
    _, res = _run(tmp_path, lines)
    checks = {c["id"]: c for c in res["checks"]}
    assert res["run"]["kostra"]["year"] == year and res["run"]["kostra"]["form"] == form
    for c in checks.values():
        assert not any(case["key"] == "J0000000" for case in c["cases"]), (c["id"], "the clean record failed")
    for cid, journal, fails in expected:
        keys = {case["key"] for case in checks[cid]["cases"]}
        assert (journal in keys) == fails, (cid, journal, fails)
    for cid, journal, fails in expected:
        if fails:
            case = next(k for k in checks[cid]["cases"] if k["key"] == journal)
            assert case["facts"]["line"] == int(journal[1:]) + 1
            assert case["severity"] == checks[cid]["severity"] == checks[cid]["level"]
            assert case["level"] == ("warning" if case["severity"] == "warning" else "deviation")
    if (form, year) == ("11F", 2025):
        case = next(k for k in checks["kostra.11f.30"]["cases"])
        assert case["value"] == 1_000_001 and case["limit"] == {"value": 1_000_000, "unit": "count"}


def test_each_year_runs_ssbs_controls(tmp_path):
    from checks.kostra import suite_for

    counts = {(f, y): len(suite_for(f, y).checks) for f in ("11CF", "11F") for y in (2024, 2025, 2026)}
    # SSB's own count (numberOfControls in KvalifiseringMainTest / SosialhjelpMainTest at each year's tag)
    # less 000, which has no counterpart: 11CF 33/34/34, 11F 45/46/48
    assert counts == {("11CF", 2024): 32, ("11CF", 2025): 33, ("11CF", 2026): 33,
                      ("11F", 2024): 44, ("11F", 2025): 45, ("11F", 2026): 47}
    ids_2025 = {c.id for c in suite_for("11F", 2025).checks}
    ids_2026 = {c.id for c in suite_for("11F", 2026).checks}
    assert ids_2025 - ids_2026 == {"kostra.11f.20a", "kostra.11f.23"}
    assert ids_2026 - ids_2025 == {"kostra.11f.002", "kostra.11f.23a", "kostra.11f.23b", "kostra.11f.23c"}
    sev = {c.id: c.severity for c in suite_for("11CF", 2025).checks}
    assert sev["kostra.11cf.001"] == "fatal" and sev["kostra.11cf.37"] == "error" and sev["kostra.11cf.32"] == "warning"
    levels = {c.id: c.bounds[0].level for c in suite_for("11CF", 2025).checks}
    assert levels["kostra.11cf.001"] == levels["kostra.11cf.37"] == "deviation" and levels["kostra.11cf.32"] == "warning"


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_11f_child_benefit_without_children_is_reported_only_from_2026(tmp_path, year):
    """SSB's 23B "barnetrygd" rule (TRYGDESIT 13 without children under 18) was written in 2024 but
    not in SosialhjelpMain's list of rules at v2025.04.04 (2024) or v2026.03.30 (2025), so SSB's
    programme never ran it for those years (its SosialhjelpMainTest counts 45 and 46 controls).
    It first runs in 2026, as 23C (pre-release-v2026-06-25). nav-audit reported it in 2024-2025."""
    base = base_11f(year)
    lines = [record("11F", year, {**base, "PERSON_JOURNALNR": "J1", "VKLO": "3", "TRYGDESIT": "13",
                                  "ARBSIT": "04", "BU18": "2"})]
    _, res = _run(tmp_path, lines)
    reported = {c["id"] for c in res["checks"] for case in c["cases"] if case["key"] == "J1"}
    assert reported == ({"kostra.11f.23c"} if year == 2026 else set())


def test_duplicates_reported_per_record(tmp_path):
    """05A/05B report every record of a duplicate group, and the run goes on."""
    year, base = 2025, base_11cf(2025)
    same = fnr(1, 2, 1980)
    lines = [
        record("11CF", year, {**base, "PERSON_JOURNALNR": "A1"}, person=same),
        record("11CF", year, {**base, "PERSON_JOURNALNR": "A2"}, person=same),
        record("11CF", year, {**base, "PERSON_JOURNALNR": "A3", "STATUS": "2"}, person=same),  # other STATUS
        record("11CF", year, {**base, "PERSON_JOURNALNR": "B1"}, person=fnr(2, 2, 1980)),
        record("11CF", year, {**base, "PERSON_JOURNALNR": "B1"}, person=fnr(3, 2, 1980)),
        # Oslo's records are exempt from both (its districts report separately)
        record("11CF", year, {**base, "KOMMUNE_NR": "0301", "BYDELSNR": "01", "PERSON_JOURNALNR": "C1"},
               person=fnr(4, 2, 1980)),
        record("11CF", year, {**base, "KOMMUNE_NR": "0301", "BYDELSNR": "02", "PERSON_JOURNALNR": "C1"},
               person=fnr(4, 2, 1980)),
    ]
    _, res = _run(tmp_path, lines)
    checks = {c["id"]: c for c in res["checks"]}
    assert {c["key"] for c in checks["kostra.11cf.05a"]["cases"]} == {"A1", "A2"}
    assert {c["key"] for c in checks["kostra.11cf.05b"]["cases"]} == {"B1 (linje 4)", "B1 (linje 5)"}
    assert checks["kostra.11cf.05b"]["cases"][0]["value"] == 2
    assert checks["kostra.11cf.05a"]["evaluated"] == 5  # 5 valid numbers outside Oslo


def test_11f_duplicates_include_oslo(tmp_path):
    base = {**base_11f(2025), "KOMMUNE_NR": "0301", "BYDELSNR": "01"}
    same = fnr(4, 2, 1980)
    lines = [record("11F", 2025, {**base, "PERSON_JOURNALNR": "C1"}, person=same),
             record("11F", 2025, {**base, "PERSON_JOURNALNR": "C1"}, person=same)]
    _, res = _run(tmp_path, lines)
    checks = {c["id"]: c for c in res["checks"]}
    assert {c["key"] for c in checks["kostra.11f.05a"]["cases"]} == {"C1 (linje 1)", "C1 (linje 2)"}
    assert {c["key"] for c in checks["kostra.11f.05b"]["cases"]} == {"C1 (linje 1)", "C1 (linje 2)"}
    text = json.dumps(res)
    for n in (same, fnr(2, 2, 1980)):
        assert n not in text and n[:6] + " " + n[6:] not in text


@pytest.mark.parametrize("case", ["bom", "tab", "cr_only", "blank_line", "short_line"])
def test_001_stops_the_other_controls(tmp_path, case):
    base = base_11cf(2025)
    good = [record("11CF", 2025, {**base, "PERSON_JOURNALNR": f"J{i}"}, person=fnr(1, 3, 1980 + i)) for i in range(3)]
    newline = "\r\n"
    if case == "bom":
        good[0] = "\ufeff" + good[0]
        bad_line = 1
    elif case == "tab":
        good[1] = good[1][:140] + "\t" + good[1][141:]
        bad_line = 2
    elif case == "cr_only":
        newline = "\r"
        bad_line = 1
    elif case == "blank_line":
        good.insert(1, " " * 10)
        bad_line = 2
    else:
        good[2] = good[2].rstrip()
        bad_line = 3
    path = tmp_path / "f.dat"
    path.write_bytes((newline.join(good) + newline).encode("utf-8-sig" if case == "bom" else "latin-1")
                     .replace(b"\xef\xbb\xbf\xef\xbb\xbf", b"\xef\xbb\xbf"))
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["run", str(path), "--suite", "kostra", "--out", str(out), "--format", "none",
                                  "--no-history"])
    assert r.exit_code == 0, r.output
    assert f"kontroll 001 (postlengde) feiler i linje {bad_line};" in r.output
    res = json.loads((out / "results.json").read_text())
    checks = {c["id"]: c for c in res["checks"]}
    assert checks["kostra.11cf.001"]["status"] == "deviation"
    assert [c["facts"]["line"] for c in checks["kostra.11cf.001"]["cases"]] == [bad_line]
    assert checks["kostra.11cf.001"]["cases"][0]["facts"]["has_tab"] == (case == "tab")
    assert checks["kostra.11cf.001"]["cases"][0]["facts"]["record"] == (1 if case == "cr_only" else bad_line)
    assert res["run"]["kostra"]["stopped_lines"] == [bad_line]
    others = [c for cid, c in checks.items() if cid != "kostra.11cf.001"]
    assert others and all(c["status"] == "not_evaluated" and c["evaluated"] == 0 for c in others)
    assert str(bad_line) in others[0]["note"]["nb"]


def test_wrong_version_is_reported_not_fatal(tmp_path):
    base = base_11cf(2025)
    lines = [record("11CF", 2025, {**base, "PERSON_JOURNALNR": "J1"}),
             record("11CF", 2025, {**base, "PERSON_JOURNALNR": "J2", "VERSION": "24"}, person=fnr(2, 3, 1980))]
    _, res = _run(tmp_path, lines, "--kostra-year", "2025")
    checks = {c["id"]: c for c in res["checks"]}
    assert [c["key"] for c in checks["kostra.11cf.04"]["cases"]] == ["J2"]


def test_kvp_suite_still_treats_impossible_dates_as_unreadable(tmp_path):
    """The SSB reading belongs to the kostra suite only."""
    base = base_11cf(2025)
    path = tmp_path / "f.dat"
    path.write_bytes((record("11CF", 2025, {**base, "REG_DATO": "31022025"}) + "\r\n").encode("latin-1"))
    from audit.kostra import read_kostra
    from audit.kostra.ssb_reading import read_ssb

    table = read_kostra(path)
    assert table.frame["application_date"].to_list() == [None]
    assert any(i.column == "REG_DATO" for i in table.issues)
    ssb = read_ssb(path)
    assert ssb.table.issues == [] and ssb.table.frame["REG_DATO"].to_list() == ["31022025"]


def test_history_follows_kostra_findings(tmp_path):
    """Recorded in the history like any suite: a finding of the first run persists in the second."""
    base = base_11cf(2025)
    path = tmp_path / "f.dat"
    path.write_bytes((record("11CF", 2025, {**base, "PERSON_JOURNALNR": "J1", "KJONN": "9"}) + "\r\n").encode())
    history = tmp_path / "h.sqlite"
    states = []
    for i in range(2):
        out = tmp_path / f"out{i}"
        r = CliRunner().invoke(main, ["run", str(path), "--suite", "kostra", "--out", str(out), "--format", "none",
                                      "--history", str(history)])
        assert r.exit_code == 0, r.output
        res = json.loads((out / "results.json").read_text())
        case = next(c for c in res["checks"] if c["id"] == "kostra.11cf.08")["cases"][0]
        states.append((case["key"], case["lifecycle"]["state"]))
    assert states == [("J1", "new"), ("J1", "persisting")]


def test_002_names_the_fields_that_fail_the_file_description(tmp_path):
    """SSB's 002 reports each field against the file description (name, positions, value); the
    case names the record's failing fields, in record order, so the record can be corrected."""
    base = base_11f(2026)
    lines = [record("11F", 2026, {**base, "PERSON_JOURNALNR": "J0000000"}, person=fnr(15, 6, 1990, 100)),
             record("11F", 2026, {**base, "PERSON_JOURNALNR": "J0000001", "ANTBU18": "x", "BOSIT": ""},
                    person=fnr(15, 6, 1990, 103))]
    _, res = _run(tmp_path, lines)
    cases = next(c for c in res["checks"] if c["id"] == "kostra.11f.002")["cases"]
    assert [(k["key"], k["facts"]["fields"]) for k in cases] == [("J0000001", "ANTBU18, BOSIT")]


def test_cases_state_the_facts_ssbs_messages_state(tmp_path):
    """What SSB's message for a control says about the record is in the case's facts: the
    expected municipality (03), the amount beside the missing months (11F 26, 11CF 28) and the
    sum of the months beside the yearly amount (36, 37)."""
    base = base_11f(2025)
    lines = [record("11F", 2025, {**base, "PERSON_JOURNALNR": "J0000000"}, person=fnr(15, 6, 1990, 100)),
             record("11F", 2025, {**base, "PERSON_JOURNALNR": "J0000001", "KOMMUNE_NR": "4601", "STMND_1": "",
                                  "BIDRAG": "5000", "BIDRAG_JAN": "3000", "BIDRAG_FEB": "1000",
                                  "LAAN": "700", "LAAN_MARS": "600"}, person=fnr(15, 6, 1990, 103))]
    _, res = _run(tmp_path, lines, "--scope", "5001")
    facts = {c["id"]: c["cases"][0]["facts"] for c in res["checks"] if c["cases"]}
    assert facts["kostra.11f.03.kommunenummer"]["expected_KOMMUNE_NR"] == "5001"
    assert (facts["kostra.11f.26"]["BIDRAG"], facts["kostra.11f.26"]["LAAN"]) == ("5000", "700")
    assert (facts["kostra.11f.36"]["BIDRAG"], facts["kostra.11f.36"]["months"]) == ("5000", 4000)
    assert (facts["kostra.11f.37"]["LAAN"], facts["kostra.11f.37"]["months"]) == ("700", 600)
    cf = base_11cf(2025)
    lines = [record("11CF", 2025, {**cf, "PERSON_JOURNALNR": "J0000000"}, person=fnr(15, 6, 1990, 100)),
             record("11CF", 2025, {**cf, "PERSON_JOURNALNR": "J0000001", "STMND_1": "", "STMND_2": ""},
                    person=fnr(15, 6, 1990, 103))]
    _, res = _run(tmp_path, lines)
    case = next(c for c in res["checks"] if c["id"] == "kostra.11cf.28")["cases"][0]
    assert case["facts"]["KVP_STONAD"] == "50000"


def test_05a_names_the_other_journals_of_the_same_person(tmp_path):
    """SSB's 05A: 'the identity number in journal X is also in journals Y, Z'."""
    base = base_11f(2025)
    person = fnr(15, 6, 1990, 103)
    lines = [record("11F", 2025, {**base, "PERSON_JOURNALNR": "J0000000"}, person=fnr(15, 6, 1990, 100))]
    lines += [record("11F", 2025, {**base, "PERSON_JOURNALNR": f"J000000{i}"}, person=person) for i in (1, 2, 3)]
    _, res = _run(tmp_path, lines)
    cases = next(c for c in res["checks"] if c["id"] == "kostra.11f.05a")["cases"]
    assert sorted((k["key"], k["facts"]["other_journals"]) for k in cases) == [
        ("J0000001", "J0000002, J0000003"), ("J0000002", "J0000001, J0000003"), ("J0000003", "J0000001, J0000002")]


def test_ssbs_facts_keep_the_cases_columnar(tmp_path):
    """finish_results adds SSB's severity, rule, reason and facts to the cases' polars frame: a dict
    per failing case took 3.5 kB (a million records with 2.7 M cases: more than 11 GB). The cases
    read the same as dicts: facts trimmed, a masked field as bullets, the pseudonymised key."""
    import datetime as dt

    from audit.case_frame import CaseFrame
    from audit.pipeline import run_audit

    person = fnr(15, 6, 1990, 100)
    base = base_11f(2025)
    lines = [record("11F", 2025, {**base, "PERSON_JOURNALNR": "J0000000", "KJONN": "9"}, person=fnr(1, 2, 1980, 100)),
             record("11F", 2025, {**base, "PERSON_JOURNALNR": person[:8], "BIDRAG": person[:7]}, person=person)]
    path = tmp_path / "f.dat"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="latin-1")
    run = run_audit([path], suite="kostra", as_of=dt.date(2026, 3, 1), formats=(), out_dir=None)
    checks = {c["id"]: c for c in run.overview()["checks"]}
    assert all(isinstance(c["cases"], CaseFrame) and not c["cases"].materialised
               for c in checks.values() if c["cases"]), "cases turned into dicts"
    kjonn = list(checks["kostra.11f.08"]["cases"])[0]
    assert (kjonn["key"], kjonn["severity"], kjonn["rule"], kjonn["reason"]["code"]) == (
        "J0000000", "error", "v2026.03.30", "ssb_11f_08")
    assert kjonn["facts"] == kjonn["details"] and kjonn["facts"]["KJONN"] == "9" and kjonn["facts"]["line"] == 1
    amount = list(checks["kostra.11f.30"]["cases"])[0]
    assert amount["key"].startswith("P-") and amount["value"] is None and amount["facts"]["measured"] is None
    assert amount["facts"]["BIDRAG"] == "•" * 7 and amount["limit"] == {"value": 1_000_000, "unit": "count"}


def test_05a_names_at_most_20_other_journals_and_how_many_more(tmp_path):
    """Every journal of a person beside every record of the person grows with the square of its
    records (500 persons in a million records: more than 11 GB); the first 20 and a count are named."""
    base = base_11f(2025)
    person = fnr(15, 6, 1990, 103)
    lines = [record("11F", 2025, {**base, "PERSON_JOURNALNR": f"J{i:07d}"}, person=person) for i in range(23)]
    _, res = _run(tmp_path, lines)
    cases = {k["key"]: k for k in next(c for c in res["checks"] if c["id"] == "kostra.11f.05a")["cases"]}
    assert len(cases) == 23
    assert cases["J0000000"]["facts"]["other_journals"] == ", ".join(f"J{i:07d}" for i in range(1, 21)) + " … (+2)"
    assert cases["J0000005"]["facts"]["other_journals"] == ", ".join(
        f"J{i:07d}" for i in range(21) if i != 5) + " … (+2)"
    assert cases["J0000022"]["facts"]["other_journals"] == ", ".join(f"J{i:07d}" for i in range(20)) + " … (+2)"
