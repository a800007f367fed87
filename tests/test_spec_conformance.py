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


# --------------------------------------------------------------------------- boundaries, case by case
# Each row below is one probe of checks.md; the expected (level, value, limit, rule, reason) of each case
# is written from the contract's words, not from a run of the tool.


def _cases(results: dict, check_id: str) -> dict[str, tuple]:
    check = next(c for c in results["checks"] if c["id"] == check_id)
    return {c["key"]: (c["level"], c["value"], c["limit"], c["rule"], c["reason"]["code"]) for c in check["cases"]}


def _counts(results: dict, check_id: str) -> tuple:
    c = next(c for c in results["checks"] if c["id"] == check_id)
    return c["status"], c["evaluated"], c["failed"], c["warned"], c["unknown"]


_KVP_MAPPING = """dataset: kvp
columns:
  case_id: Saksnr
  decision: Vedtak
  decision_date: Vedtaksdato
  birth_date: Født
  birth_year: Fødselsår
  program_start_date: Oppstart
  application_date: Søknad mottatt
  preliminary_reply_date: Foreløpig svar
  end_date: Avsluttet
values:
  decision: {Innvilget: granted, Avslag: refused}
"""
_KVP_ROWS = """Saksnr;Vedtak;Vedtaksdato;Født;Fødselsår;Oppstart;Søknad mottatt;Foreløpig svar;Avsluttet
A18;Innvilget;03.03.2025;03.03.2007;;;;;
A17;Innvilget;03.03.2025;04.03.2007;;;;;
A19OLD;Innvilget;31.12.2018;01.01.2000;;;;;
A18NEW;Innvilget;01.01.2019;01.01.2001;;;;;
A67;Innvilget;03.03.2025;04.03.1957;;;;;
A68;Innvilget;03.03.2025;03.03.1957;;;;;
AY68;Innvilget;01.01.2025;;1957;;;;
AREF;Avslag;01.01.2025;;2010;;;;
ANONE;Innvilget;01.01.2025;;;;;;
S14;Innvilget;03.03.2025;;1990;17.03.2025;;;
S15;Innvilget;03.03.2025;;1990;18.03.2025;;;
S30;Innvilget;03.03.2025;;1990;02.04.2025;;;
S31;Innvilget;03.03.2025;;1990;03.04.2025;;;
SW30;Innvilget;01.12.2025;;1990;;;;
SW31;Innvilget;30.11.2025;;1990;;;;
P28;Avslag;28.02.2025;;1990;;31.01.2025;;
P29;Avslag;01.03.2025;;1990;;31.01.2025;;
PPRE;Avslag;01.04.2025;;1990;;31.01.2025;28.02.2025;
PLEAP;Avslag;29.02.2024;;1990;;31.01.2024;;
POPEN;;;;;;30.11.2025;;
M24;Innvilget;10.01.2022;;1990;15.01.2022;;;15.01.2024
M24X;Innvilget;10.01.2022;;1990;15.01.2022;;;16.01.2024
M12;Innvilget;20.05.2018;;1990;01.06.2018;;;01.06.2019
M12X;Innvilget;20.02.2016;;1990;29.02.2016;;;01.03.2017
"""


def test_kvp_checks_at_their_boundaries(tmp_path):
    """checks.md, kvp: ages in full years at the decision (18, 19 before 2019-01-01, max 67; birth_year:
    year − birth_year), start within 14/30 days («more than 30 days» = 31), the empty start judged against
    as_of, decision or preliminary reply on or before application + 1 month (31 Jan + 1 month = 28/29 Feb),
    and the maximum duration of 24 months (12 before 2019) with its last lawful day as a date."""
    export = tmp_path / "KVP uttrekk.csv"
    export.write_bytes(_KVP_ROWS.encode("cp1252"))  # no encoding in the mapping: detected
    mapping = tmp_path / "kvp.yaml"
    mapping.write_text(_KVP_MAPPING, "utf-8")
    result, r = _run(tmp_path, [export], "--mapping", str(mapping))
    assert result.exit_code == 0, result.output
    assert r["input_issues"] == []
    years, days = {"value": 18, "unit": "years"}, {"value": 30, "unit": "days"}
    assert _cases(r, "kvp.age") == {
        "A17": ("deviation", 17, years, "from 2019-01-01", "below_min_age"),
        "A19OLD": ("deviation", 18, {"value": 19, "unit": "years"}, "before 2019-01-01", "below_min_age"),
        "A68": ("deviation", 68, {"value": 67, "unit": "years"}, "from 2019-01-01", "above_max_age"),
        "AY68": ("deviation", 68, {"value": 67, "unit": "years"}, "from 2019-01-01", "above_max_age"),
    }
    granted = 18  # every «Innvilget» row; ANONE has no birth date or year: unknown
    assert _counts(r, "kvp.age") == ("deviation", granted - 1, 4, 0, 1)
    start = _cases(r, "kvp.start_delay")
    assert {k: v for k, v in start.items() if k.startswith("S")} == {
        "S15": ("warning", 15, {"value": 14, "unit": "days"}, None, "start_after_warning_limit"),
        "S30": ("warning", 30, {"value": 14, "unit": "days"}, None, "start_after_warning_limit"),
        "S31": ("deviation", 31, days, None, "start_after_limit"),
        "SW30": ("warning", 30, {"value": 14, "unit": "days"}, None, "not_started_by_as_of"),
        "SW31": ("deviation", 31, days, None, "not_started_by_as_of"),
    }
    processing = _cases(r, "kvp.processing_time")
    assert processing == {
        "P29": ("deviation", 29, {"date": "2025-02-28"}, None, "no_reply_within_month"),
        "POPEN": ("deviation", 31, {"date": "2025-12-30"}, None, "no_reply_by_as_of"),
    }
    assert _counts(r, "kvp.processing_time") == ("deviation", 5, 2, 0, 0)  # P28, PPRE and PLEAP (29 Feb) are in time
    assert _cases(r, "kvp.max_duration") == {
        "M24X": ("deviation", 1, {"date": "2024-01-15"}, "from 2019-01-01", "over_limit"),
        "M12X": ("deviation", 1, {"date": "2017-02-28"}, "before 2019-01-01", "over_limit"),
    }
    assert _counts(r, "kvp.max_duration")[:3] == ("deviation", 8, 2)  # every started programme is judged


_STONAD_ROWS = """Søknadsnr;Mottatt;Nødhjelp;Vedtaksdato;Vedtak;Født;Vilkår;Unntak dato;Unntak grunn;Barn;Barnetrygd inntekt;Måneder;Informert
E0;17.04.2025;J;17.04.2025;Innv;01.01.1980;J;;;0;N;1;
E1;17.04.2025;J;18.04.2025;Innv;01.01.1980;J;;;0;N;1;
E2;17.04.2025;J;19.04.2025;Innv;01.01.1980;J;;;0;N;1;
EOPEN;30.12.2025;J;;;01.01.1980;J;;;0;N;1;
C2016;31.12.2016;N;31.12.2016;Innv;01.01.1990;N;;;0;N;1;
C2017;01.01.2017;N;01.01.2017;Innv;01.01.1990;N;;;0;N;1;
C30;10.03.2025;N;10.03.2025;Innv;10.03.1995;N;;;0;N;1;
C29;10.03.2025;N;10.03.2025;Delvis;11.03.1995;N;;;0;N;1;
CEMERG;10.03.2025;J;10.03.2025;Innv;11.03.1995;N;;;0;N;1;
CEXC;10.03.2025;N;10.03.2025;Innv;11.03.1995;N;05.03.2025;Helse;0;N;1;
CEXC0;10.03.2025;N;10.03.2025;Innv;11.03.1995;N;05.03.2025;;0;N;1;
CREF;10.03.2025;N;10.03.2025;Avsl;11.03.1995;N;;;0;N;1;
B0831;31.08.2022;N;31.08.2022;Innv;01.01.1980;J;;;2;J;1;
B0901;01.09.2022;N;01.09.2022;Innv;01.01.1980;J;;;2;J;1;
BNONE;01.09.2022;N;01.09.2022;Innv;01.01.1980;J;;;0;J;1;
L67;03.03.2025;N;03.03.2025;Innv;03.03.1958;J;;;0;N;6;
L68;03.03.2025;N;03.03.2025;Innv;02.03.1957;J;;;0;N;6;
L17;03.03.2025;N;03.03.2025;Innv;04.03.2007;J;;;0;N;6;
L18;03.03.2025;N;03.03.2025;Innv;03.03.2007;J;;;0;N;6;
L5;03.03.2025;N;03.03.2025;Innv;01.01.1980;J;;;0;N;5;
"""
_STONAD_MAPPING = """dataset: stonad
columns:
  application_id: Søknadsnr
  received_date: Mottatt
  emergency: Nødhjelp
  decision_date: Vedtaksdato
  decision: Vedtak
  birth_date: Født
  conditions_set: Vilkår
  exception_20a_date: Unntak dato
  exception_20a_reason: Unntak grunn
  children_in_household: Barn
  child_benefit_as_income: Barnetrygd inntekt
  months_on_assistance: Måneder
  kvp_informed_date: Informert
values:
  decision: {Innv: granted, Delvis: partly, Avsl: refused}
  emergency: {J: true, N: false}
  conditions_set: {J: true, N: false}
  child_benefit_as_income: {J: true, N: false}
"""


def test_stonad_checks_at_their_boundaries(tmp_path):
    """checks.md, stonad: emergency help in calendar days (warning above 0, deviation above 1, as_of when
    undecided); § 20 a only for decisions from 2017-01-01, granted or partly, not emergency help, age below
    30 at the decision, met by conditions or a reasoned exception; § 18 third ledd from 2022-09-01 for
    households with children; long-term recipients (≥ 6 months) aged 18–67 at receipt informed about KVP."""
    export = tmp_path / "stonad.csv"
    export.write_text(_STONAD_ROWS, "utf-8-sig")  # a UTF-8 BOM, detected
    mapping = tmp_path / "stonad.yaml"
    mapping.write_text(_STONAD_MAPPING, "utf-8")
    result, r = _run(tmp_path, [export], "--suite", "stonad", "--mapping", str(mapping))
    assert result.exit_code == 0, result.output
    assert r["input_issues"] == []
    assert _cases(r, "stonad.emergency_same_day") == {
        "E1": ("warning", 1, {"value": 0, "unit": "days"}, None, "decided_after_same_day"),
        "E2": ("deviation", 2, {"value": 1, "unit": "days"}, None, "decided_after_limit"),
        "EOPEN": ("warning", 1, {"value": 0, "unit": "days"}, None, "not_decided_by_as_of"),
    }
    assert _counts(r, "stonad.emergency_same_day") == ("deviation", 5, 1, 2, 0)  # with CEMERG (same day)
    assert _cases(r, "stonad.activity_conditions_under_30") == {
        "C2017": ("deviation", None, None, "from 2017-01-01", "conditions_missing"),
        "C29": ("deviation", None, None, "from 2017-01-01", "conditions_missing"),
        "CEXC0": ("deviation", None, None, "from 2017-01-01", "exception_without_reason"),
    }
    assert _counts(r, "stonad.activity_conditions_under_30") == ("deviation", 6, 3, 0, 0)  # + CEXC, L17, L18: ok
    assert _cases(r, "stonad.child_benefit_excluded") == {
        "B0901": ("deviation", None, None, "from 2022-09-01", "child_benefit_counted")}
    assert _counts(r, "stonad.child_benefit_excluded") == ("deviation", 1, 1, 0, 0)
    assert set(_cases(r, "stonad.kvp_information_long_term")) == {"L67", "L18"}
    assert _counts(r, "stonad.kvp_information_long_term") == ("deviation", 2, 2, 0, 0)


# --------------------------------------------------------------------------- KOSTRA 11CF 2025, by position

def _fixed_width(width: int, positions: dict[str, tuple[int, int]], fields: dict[str, str]) -> str:
    """A fixed-width record: each field's value left-justified at its 1-based from–to positions."""
    line = [" "] * width
    for name, value in fields.items():
        start, end = positions[name]
        line[start - 1:end] = list(value.ljust(end - start + 1))
    return "".join(line)


def _record_11cf_2025(**fields: str) -> str:
    """One 152-character 11CF record for 2025, fields placed at the positions of Statistics Norway's file
    description (1-based from–to), written out here rather than taken from the tool's layouts."""
    positions = {"KOMMUNE_NR": (1, 4), "VERSION": (5, 6), "BYDELSNR": (7, 8), "FODSELSDATO": (9, 16),
                 "PERSON_JOURNALNR": (17, 24), "PERSON_FODSELSNR": (25, 35), "KJONN": (36, 36),
                 "EKTSTAT": (37, 37), "BU18": (38, 38), "REG_DATO": (41, 48), "VEDTAK_DATO": (49, 56),
                 "BEGYNT_DATO": (57, 64), "STATUS": (112, 112), "AVSL_DATO": (113, 120),
                 "SAKSBEHANDLER": (143, 152)}
    return _fixed_width(152, positions, fields)


def test_kostra_11cf_2025_file_read_as_kvp(tmp_path):
    """case-data.md: an 11CF record is a granted programme with case_id = PERSON_JOURNALNR and REG_DATO,
    VEDTAK_DATO, BEGYNT_DATO, AVSL_DATO, STATUS, BYDELSNR, SAKSBEHANDLER as the canonical dates, status,
    office and caseworker; 2025 has 8-digit dates. results.md: an unreadable field is an input issue at its
    line (first record = line 1) and field name, and the row is unknown for the checks needing it."""
    from tests.kostra_records import fnr

    common = dict(KOMMUNE_NR="5001", VERSION="25", BYDELSNR="03", KJONN="2", EKTSTAT="1", BU18="2",
                  SAKSBEHANDLER="S17", REG_DATO="01022025", STATUS="1")
    lines = [
        _record_11cf_2025(**common, FODSELSDATO="01011990", PERSON_JOURNALNR="J0000001",
                          PERSON_FODSELSNR=fnr(1, 1, 1990), VEDTAK_DATO="10022025", BEGYNT_DATO="13032025"),
        _record_11cf_2025(**common, FODSELSDATO="01011990", PERSON_JOURNALNR="J0000002",
                          PERSON_FODSELSNR=fnr(1, 1, 1990, 200), VEDTAK_DATO="31022025", BEGYNT_DATO="13032025"),
        _record_11cf_2025(**{**common, "STATUS": "3"}, FODSELSDATO="01062008", PERSON_JOURNALNR="J0000003",
                          PERSON_FODSELSNR=fnr(1, 6, 2008), VEDTAK_DATO="10022025", BEGYNT_DATO="11022025"),
    ]
    export = tmp_path / "kvp_11cf.dat"
    export.write_text("\n".join(lines) + "\n", "ascii")
    result, r = _run(tmp_path, [export])
    assert result.exit_code == 0, result.output
    assert [(i["row"], i["column"]) for i in r["input_issues"]] == [(2, "VEDTAK_DATO")]
    assert _cases(r, "kvp.start_delay") == {
        "J0000001": ("deviation", 31, {"value": 30, "unit": "days"}, None, "start_after_limit")}
    assert _counts(r, "kvp.start_delay") == ("deviation", 2, 1, 0, 1)
    assert _cases(r, "kvp.age") == {
        "J0000003": ("deviation", 16, {"value": 18, "unit": "years"}, "from 2019-01-01", "below_min_age")}
    assert set(_cases(r, "kvp.data.status_end_date")) == {"J0000003"}  # status 3 without AVSL_DATO
    case = next(c for c in r["checks"] if c["id"] == "kvp.start_delay")["cases"][0]
    assert (case["office"], case["caseworker"], case["municipality"]) == ("03", "S17", "5001")
    assert r["dataset"]["rows"] == 3 and r["dataset"]["key"] == "case_id"


def test_a_workbook_whose_first_sheet_is_a_cover_names_its_other_sheets(tmp_path):
    """case-data.md: ``sheet`` defaults to the first sheet. When that sheet lacks the key, the message
    (exit 2, file, row, column) says which sheet was read and which others the workbook has."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "Forside"
    wb.active.append(["Uttrekk fra fagsystemet"])
    cases = wb.create_sheet("Saker")
    cases.append(["case_id", "decision"])
    cases.append(["K1", "granted"])
    export = tmp_path / "uttrekk.xlsx"
    wb.save(export)
    result, _ = _run(tmp_path, [export])
    assert result.exit_code == 2, result.output
    assert "uttrekk.xlsx" in result.output and "case_id" in result.output
    assert "«Forside»" in result.output and "«Saker»" in result.output and "sheet" in result.output
    mapping = tmp_path / "m.yaml"
    mapping.write_text("dataset: kvp\nsheet: Saker\n", "utf-8")
    result, results = _run(tmp_path, [export], "--mapping", str(mapping))
    assert result.exit_code == 0, result.output
    assert results["dataset"]["rows"] == 1


def test_a_utf8_file_with_bom_read_as_cp1252_stops_with_a_clear_message(tmp_path):
    """case-data.md: ``encoding`` (CSV) defaults to detection of UTF-8 with or without BOM and cp1252.
    A mapping that names cp1252 for a file starting with the UTF-8 mark would misread every æøå (headers
    included): bad input, exit 2 naming the file, row 1 and the encoding, not a run on garbled text."""
    export = tmp_path / "saker.csv"
    export.write_text("Saksnr;Fødselsdato\nK1;01.01.1990\n", "utf-8-sig")
    mapping = tmp_path / "m.yaml"
    mapping.write_text("dataset: kvp\nencoding: cp1252\ncolumns: {case_id: Saksnr, birth_date: Fødselsdato}\n",
                       "utf-8")
    result, _ = _run(tmp_path, [export], "--mapping", str(mapping))
    assert result.exit_code == 2, result.output
    assert "saker.csv" in result.output and "rad 1" in result.output and "cp1252" in result.output
    assert "BOM" in result.output and "Traceback" not in result.output
    mapping.write_text("dataset: kvp\nencoding: utf-8\ncolumns: {case_id: Saksnr, birth_date: Fødselsdato}\n",
                       "utf-8")
    result, results = _run(tmp_path, [export], "--mapping", str(mapping))
    assert result.exit_code == 0, result.output
    assert results["input_issues"] == [] and "birth_date" in results["dataset"]["columns"]


def test_headers_values_and_sheets_match_however_their_letters_are_composed(tmp_path):
    """case-data.md: a user audits their own export «without renaming anything». An «å» may be stored
    as one character (NFC) or as «a» plus a combining ring (NFD, e.g. files from macOS); the mapping's
    «Vedtak på søknad», «Avslått» and sheet «Søknader» name the same text either way, so the header
    is found, the value is known (not an input issue) and the sheet is read."""
    import unicodedata

    import openpyxl

    nfd = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731
    export = tmp_path / "saker.csv"
    export.write_text(f"Saksnr;{nfd('Vedtak på søknad')};Klage\nK1;{nfd('Avslått')};nei\n", "utf-8")
    mapping = tmp_path / "m.yaml"
    mapping.write_text("dataset: kvp\ncolumns: {case_id: Saksnr, decision: Vedtak på søknad, appeal_info: Klage}\n"
                       "values:\n  decision: {Avslått: refused}\nsheet: Søknader\n", "utf-8")
    result, results = _run(tmp_path, [export], "--mapping", str(mapping))
    assert result.exit_code == 0, result.output
    assert results["input_issues"] == []
    assert _cases(results, "kvp.appeal_info") == {"K1": ("deviation", None, None, None, "appeal_info_false")}
    wb = openpyxl.Workbook()
    wb.active.title = "Forside"
    ws = wb.create_sheet(nfd("Søknader"))
    ws.append(["Saksnr", nfd("Vedtak på søknad"), "Klage"])
    ws.append(["K1", nfd("Avslått"), "nei"])
    workbook = tmp_path / "saker.xlsx"
    wb.save(workbook)
    result, results = _run(tmp_path, [workbook], "--mapping", str(mapping), "--overwrite")
    assert result.exit_code == 0, result.output
    assert _cases(results, "kvp.appeal_info") == {"K1": ("deviation", None, None, None, "appeal_info_false")}


def test_a_header_with_an_invisible_character_is_the_header_the_mapping_names(tmp_path):
    """A header copied with a zero-width space or a soft hyphen («Saks\\u00adnr») reads the same to the
    user as the mapping's «Saksnr»; it is matched, not refused as a missing key column."""
    export = tmp_path / "saker.csv"
    export.write_text("Saks\u00adnr\u200b;Vedtak\nK1;granted\n", "utf-8")
    mapping = tmp_path / "m.yaml"
    mapping.write_text("dataset: kvp\ncolumns: {case_id: Saksnr, decision: Vedtak}\n", "utf-8")
    result, results = _run(tmp_path, [export], "--mapping", str(mapping))
    assert result.exit_code == 0, result.output
    assert results["dataset"]["rows"] == 1 and "decision" in results["dataset"]["columns"]


def test_map_check_agrees_with_run_on_values_mapped_to_empty(tmp_path):
    """``nav-audit map --check`` says what run will make of an export: a value the mapping maps to
    null is empty for run (not an input issue), so the check does not list it as unreadable either."""
    export = tmp_path / "saker.csv"
    export.write_text("Sak;Vedtak;Planlagt slutt\nK1;Innvilget;Ikke dokumentert\nK2;Innvilget;01.05.2026\n", "utf-8")
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("dataset: kvp\ncolumns: {case_id: Sak, decision: Vedtak, planned_end_date: Planlagt slutt}\n"
                       "values:\n  decision: {Innvilget: granted}\n  planned_end_date: {Ikke dokumentert: null}\n",
                       "utf-8")
    result = CliRunner().invoke(main, ["map", str(export), "--check", str(mapping)])
    assert result.exit_code == 0, result.output
    assert "Alle verdier i de knyttede kolonnene kan leses." in result.output
    assert "Ikke dokumentert" not in result.output


def _record_11f_2025(months: tuple[int, ...] = (), **fields: str) -> str:
    """One 338-character 11F record for 2025 at the positions of SSB's file description (written out)."""
    positions = {"KOMMUNE_NR": (1, 4), "VERSION": (5, 6), "BYDELSNR": (7, 8), "FODSELSDATO": (9, 16),
                 "PERSON_JOURNALNR": (17, 24), "PERSON_FODSELSNR": (25, 35), "KJONN": (48, 48),
                 "EKTSTAT": (49, 49), "BU18": (50, 50), "VKLO": (53, 53), "TRYGDESIT": (54, 55), "ARBSIT": (56, 57),
                 "BIDRAG": (82, 88), "LAAN": (89, 95), "GITT_OKONOMIRAD": (264, 264),
                 "FAAT_INDIVIDUELL_PLAN": (265, 265), "SAKSBEHANDLER": (266, 275), "BOSIT": (276, 276),
                 "VILKARSOSLOV": (277, 277), "VILKARSAMEKT": (278, 278), "UTBETDATO": (279, 286),
                 "VEDTAKDATO": (319, 326), "VEDTAKARB": (327, 328), "VEDTAKAKT": (329, 330),
                 "VEDTAKHELSE": (331, 332), "VEDTAKGRUNN": (333, 334)}
    for m in months:  # STMND_1 … STMND_12: two positions each from 58, the month's own number
        positions[f"STMND_{m}"] = (58 + 2 * (m - 1), 59 + 2 * (m - 1))
        fields[f"STMND_{m}"] = f"{m:02d}"
    return _fixed_width(338, positions, fields)


def test_kostra_11f_2025_file_read_as_stonad(tmp_path):
    """case-data.md: an 11F file is stonad at recipient level: application_id = case_id = PERSON_JOURNALNR,
    decision granted, conditions_set from VILKARSOSLOV (1 ja, 2 nei), the § 20 a exception from VEDTAKDATO
    and the VEDTAK* reason codes, decision_date = UTBETDATO where given, otherwise the last day of the last
    month with assistance (STMND_1…12) in the reporting year."""
    from tests.kostra_records import fnr

    common = dict(KOMMUNE_NR="5001", VERSION="25", BYDELSNR="02", KJONN="1", EKTSTAT="1", BU18="2", VKLO="1",
                  TRYGDESIT="01", ARBSIT="01", BIDRAG="1000", LAAN="0", GITT_OKONOMIRAD="2",
                  FAAT_INDIVIDUELL_PLAN="2", SAKSBEHANDLER="S5", BOSIT="1", VILKARSAMEKT="2")
    young = dict(FODSELSDATO="01011998")
    lines = [
        _record_11f_2025((1, 2, 3, 4, 5, 6), **common, **young, PERSON_JOURNALNR="F1",
                         PERSON_FODSELSNR=fnr(1, 1, 1998), VILKARSOSLOV="2"),
        _record_11f_2025((3,), **common, **young, PERSON_JOURNALNR="F2", PERSON_FODSELSNR=fnr(1, 1, 1998, 200),
                         VILKARSOSLOV="1", UTBETDATO="15032025"),
        _record_11f_2025((2, 3), **common, **young, PERSON_JOURNALNR="F3", PERSON_FODSELSNR=fnr(1, 1, 1998, 300),
                         VILKARSOSLOV="2", VEDTAKDATO="01022025", VEDTAKHELSE="03"),
        _record_11f_2025((2,), **common, **young, PERSON_JOURNALNR="F4", PERSON_FODSELSNR=fnr(1, 1, 1998, 400),
                         VILKARSOSLOV="2", VEDTAKDATO="01022025"),
        _record_11f_2025((1, 12), **common, FODSELSDATO="01011980", PERSON_JOURNALNR="F5",
                         PERSON_FODSELSNR=fnr(1, 1, 1980), VILKARSOSLOV="2"),
    ]
    export = tmp_path / "stonad_11f.dat"
    export.write_text("\n".join(lines) + "\n", "ascii")
    result, r = _run(tmp_path, [export], "--suite", "stonad")
    assert result.exit_code == 0, result.output
    assert r["input_issues"] == []
    assert r["dataset"]["key"] == "application_id" and r["dataset"]["rows"] == 5
    check = next(c for c in r["checks"] if c["id"] == "stonad.activity_conditions_under_30")
    assert (check["evaluated"], check["failed"], check["unknown"]) == (4, 2, 0)  # F5 is 45: not judged
    facts = {c["key"]: (c["reason"]["code"], c["facts"]["decision_date"], c["facts"]["exception_20a_date"])
             for c in check["cases"]}
    assert facts == {"F1": ("conditions_missing", "2025-06-30", None),
                     "F4": ("exception_without_reason", "2025-02-28", "2025-02-01")}
    assert check["cases"][0]["office"] == "02" and check["cases"][0]["caseworker"] == "S5"


def test_a_four_digit_number_in_a_date_column_is_unreadable_not_a_date_in_1905(tmp_path):
    """docs/input.md: Excel serial numbers are read as dates only from 10000 to 99999 (1927–2173).
    A year («2025») in a date column, as text in a CSV or as a number in an XLSX cell without a date
    format, is unreadable (listed in input_issues, the row unknown for checks needing it), not
    17.07.1905 with a deviation of 43 664 days. A 5-digit serial and a typed date cell still read."""
    import datetime as dt

    import openpyxl

    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("dataset: kvp\ncolumns: {case_id: Sak, decision: Vedtak, decision_date: Vedtaksdato, "
                       "birth_year: Fødselsår, program_start_date: Oppstart}\n"
                       "values: {decision: {Innvilget: granted}}\n", "utf-8")
    export = tmp_path / "saker.csv"
    export.write_text("Sak;Vedtak;Vedtaksdato;Fødselsår;Oppstart\n"
                      "Y;Innvilget;2025;1990;03.03.2025\n"
                      "S;Innvilget;45719;1990;03.03.2025\n", "utf-8")
    result, r = _run(tmp_path, [export], "--mapping", str(mapping))
    assert result.exit_code == 0, result.output
    assert [(i["file"].endswith("saker.csv"), i["row"], i["column"], "2025" in i["message"])
            for i in r["input_issues"]] == [(True, 2, "Vedtaksdato", True)]
    assert _counts(r, "kvp.start_delay")[1:] == (1, 0, 0, 1)  # S: started on its decision day; Y: unknown
    check = next(c for c in r["checks"] if c["id"] == "kvp.start_delay")
    assert check["unknown_keys"] == ["Y"]

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Sak", "Vedtak", "Vedtaksdato", "Fødselsår", "Oppstart"])
    ws.append(["Y", "Innvilget", 2025, 1990, dt.date(2025, 3, 3)])
    ws.append(["S", "Innvilget", 45719, 1990, dt.date(2025, 3, 3)])
    ws.append(["T", "Innvilget", dt.datetime(2025, 3, 3), 1990, dt.date(2025, 3, 3)])
    workbook = tmp_path / "saker.xlsx"
    wb.save(workbook)
    result, r = _run(tmp_path, [workbook], "--mapping", str(mapping), "--overwrite")
    assert result.exit_code == 0, result.output
    assert [(i["row"], i["column"]) for i in r["input_issues"]] == [(2, "Vedtaksdato")]
    assert _counts(r, "kvp.start_delay")[1:] == (2, 0, 0, 1)


def test_full_time_below_37_5_hours_is_a_merknad_not_a_lovbrudd(tmp_path):
    """checks.md «Law or practice»: a threshold the law does not fix as a number is practice, and
    findings on it are not called breaches by the number alone. Sosialtjenesteloven § 30 says «full
    tid»; 37.5 hours is NAV's description of it. Every programme below it is a merknad in the draft
    findings, while the same theme still concludes lovbrudd on a requirement the law sets."""
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("dataset: kvp\ncolumns: {case_id: Sak, municipality: Kommune, program_start_date: Oppstart, "
                       "hours_per_week: Timer, evaluations_planned: Evalueringer}\n", "utf-8")
    for evaluations in (1, 0):
        export = tmp_path / f"saker{evaluations}.csv"
        export.write_text("Sak;Kommune;Oppstart;Timer;Evalueringer\n" + "".join(
            f"F{i};5001;10.03.2025;30;{evaluations}\n" for i in range(6)), "utf-8")
        result, r = _run(tmp_path, [export], "--mapping", str(mapping), "--overwrite")
        assert result.exit_code == 0, result.output
        full_time = next(c for c in r["checks"] if c["id"] == "kvp.full_time")
        assert (full_time["basis"], full_time["failed"]) == ("law", 6)
        assert [(t["parameter"], t["basis"]) for t in full_time["thresholds"]] == [("min_hours", "practice")]
        assert any(s["kind"] == "practice" and "37,5" in s["note"] for s in full_time["legal_sources"])
        draft = CliRunner().invoke(main, ["findings", str(tmp_path / "out" / "results.json")])
        assert draft.exit_code == 0, draft.output
        theme = draft.output.split("Programmets innhold og evaluering\n\n### Krav", 1)[1].split("\n## ", 1)[0]
        assert "Dette er lovbrudd på sosialtjenesteloven § 30" not in theme
        assert "Antallet alene viser ikke lovbrudd" in theme and "NAVs beskrivelse av full tid" in theme
        if evaluations:
            assert "Merknad: Trondheim - Tråante kommune (5001) bør sikre at kvalifiseringsprogram gis på full tid." in theme
            assert "lovbrudd" not in theme.split("### Konklusjon", 1)[1]
        else:  # a missing evaluation breaches the regulation: lovbrudd, though not on § 30
            assert "Dette er lovbrudd på forskrift om kvalifiseringsprogram" in theme


def test_a_case_without_a_measured_value_has_no_unit(tmp_path):
    """docs/results.md: a case's ``unit`` is the unit of its ``value``. A granted programme without a
    work ability assessment has no days to count: value and unit are null (in the case and in its
    facts), while a case assessed two days after the decision keeps «days». The workbook shows the
    first as «ikke oppfylt» with an empty unit cell, the second as 2 dager."""
    import openpyxl

    export = tmp_path / "saker.csv"
    export.write_text("case_id;decision;decision_date;work_ability_assessment_date\n"
                      "W1;granted;03.03.2025;\nW2;granted;03.03.2025;05.03.2025\n", "utf-8")
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("dataset: kvp\n", "utf-8")
    result, r = _run(tmp_path, [export], "--mapping", str(mapping))
    assert result.exit_code == 0, result.output
    check = next(c for c in r["checks"] if c["id"] == "kvp.work_ability_assessment")
    cases = {c["key"]: c for c in check["cases"]}
    assert (cases["W1"]["value"], cases["W1"]["unit"], cases["W1"]["reason"]["code"]) == (None, None, "assessment_missing")
    assert (cases["W2"]["value"], cases["W2"]["unit"]) == (2, "days")
    for case in cases.values():
        if "unit" in case["facts"]:
            assert (case["facts"]["unit"] is None) == (case["value"] is None)

    out = tmp_path / "rapport"
    result = CliRunner().invoke(main, ["run", str(export), "--mapping", str(mapping), "--as-of", "2025-12-31",
                                       "--out", str(out), "--no-history", "--format", "xlsx"])
    assert result.exit_code == 0, result.output
    rows = list(openpyxl.load_workbook(out / "rapport.xlsx", read_only=True)["Saker"].iter_rows(values_only=True))
    header = next(r for r in rows if r and r[0] == "Kontroll-id")
    shown = {row[header.index("Nøkkel")]: (row[header.index("Målt verdi")], row[header.index("Enhet")])
             for row in rows[rows.index(header) + 1:] if row[0] == "kvp.work_ability_assessment"}
    assert shown == {"W1": ("ikke oppfylt", None), "W2": (2, "dager")}


def test_values_with_invisible_characters_read_as_the_value_the_user_sees(tmp_path):
    """docs/input.md: «Ja», a date and a mapped word are readable values. Copied from a web page or a
    word processor they may carry invisible characters (zero-width space, soft hyphen, word joiner,
    BOM, narrow no-break space); nav-audit listed them as unreadable with a message showing a value
    identical to a valid one. They are now the value the user sees. A value unreadable without them
    is still listed, its message without the invisible character. The identity guard is as strong:
    an identity number split by invisible characters stops the run and is never echoed."""
    from tests.bad_inputs import fnrs

    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("dataset: kvp\ncolumns: {case_id: Sak, decision: Vedtak, decision_date: Vedtaksdato, "
                       "appeal_info: Klage, hours_per_week: Timer, program_start_date: Oppstart}\n"
                       "values: {decision: {Innvilget: granted}}\n", "utf-8")
    export = tmp_path / "saker.csv"
    export.write_text("Sak;Vedtak;Vedtaksdato;Klage;Timer;Oppstart\n"
                      "K1;Innvil\u00adget;03.03.2025\u200b;Ja\u200b;37,5\u2060;\ufeff10.03.2025\n"
                      "K2;\u200bInnvilget;03.03.2025;\u202fnei\u202f;30;10.03.2025\n"
                      "K3;Innvilget;03.03.2025;Jaa\u200b;37,5;10.03.2025\n", "utf-8")
    result, r = _run(tmp_path, [export], "--mapping", str(mapping))
    assert result.exit_code == 0, result.output
    assert [(i["row"], i["column"]) for i in r["input_issues"]] == [(4, "Klage")]
    message = r["input_issues"][0]["message"]
    assert "'Jaa'" in message and "\u200b" not in message
    assert _counts(r, "kvp.appeal_info")[1:] == (2, 1, 0, 1)  # K2 «nei»: deviation; K3 unknown
    assert _counts(r, "kvp.full_time")[1:] == (3, 1, 0, 0)  # K1 37.5 hours read, K2 30 below
    assert _counts(r, "kvp.start_delay")[1:3] == (3, 0)

    number = fnrs(1)[0]
    for split in (number[:6] + "\u200b" + number[6:], "\u00ad".join(number), number[:6] + " \u2060" + number[6:]):
        leaky = tmp_path / "leaky.csv"
        leaky.write_text(f"Sak;Vedtak;Vedtaksdato;Klage;Timer;Oppstart;Merknad\nK1;Innvilget;;;;;ok\n"
                         f"K2;Innvilget;;;;;NAV {split}\n", "utf-8")
        result, _ = _run(tmp_path, [leaky], "--mapping", str(mapping), "--overwrite")
        assert result.exit_code == 2, result.output
        assert "Merknad" in result.output and "rad 3" in result.output.lower()
        visible = "".join(c for c in result.output if c.isdigit())
        assert number not in visible and number[:6] not in result.output


def test_csv_title_lines_above_the_header_are_skipped_as_in_xlsx(tmp_path):
    """docs/input.md: title rows above the header are skipped in a workbook; a CSV saved from the same
    sheet («Saksliste …;;» above the header) stopped the run with a hint blaming the delimiter. Its
    title lines are now skipped the same way, with the same note, and rows keep the numbers a user
    counts in the file (input_issues name line 5)."""
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("dataset: kvp\ncolumns: {case_id: Sak, decision: Vedtak, decision_date: Vedtaksdato}\n"
                       "values: {decision: {Innvilget: granted}}\n", "utf-8")
    for name, titles in (("plain.csv", "Saksliste, NAV Lerkendal 2025\nUttrukket 02.01.2026\n"),
                         ("excel.csv", "Saksliste NAV Lerkendal 2025;;\n;;\n")):
        export = tmp_path / name
        export.write_text(titles + "Sak;Vedtak;Vedtaksdato\nK1;Innvilget;03.03.2025\nK2;Innvilget;xx\n", "utf-8")
        result, r = _run(tmp_path, [export], "--mapping", str(mapping), "--overwrite")
        assert result.exit_code == 0, result.output
        assert f"{name}: rad 1, 2 er lest som tittel, ikke som overskrift" in result.output
        assert r["dataset"]["rows"] == 2 and {"case_id", "decision", "decision_date"} <= set(r["dataset"]["columns"])
        assert [(i["row"], i["column"]) for i in r["input_issues"]] == [(5, "Vedtaksdato")]
    plain = tmp_path / "ingen_tittel.csv"  # a header with several fields is never a title
    plain.write_text("Sak;Vedtak;Vedtaksdato\nK1;Innvilget;03.03.2025\nK2;Innvilget;xx\n", "utf-8")
    result, r = _run(tmp_path, [plain], "--mapping", str(mapping), "--overwrite")
    assert result.exit_code == 0 and "tittel" not in result.output
    assert [(i["row"], i["column"]) for i in r["input_issues"]] == [(3, "Vedtaksdato")]


def test_an_xlsx_formula_without_a_stored_value_is_unreadable_not_empty(tmp_path):
    """docs/input.md: an empty cell means «not known» and a value that cannot be read is listed in
    input_issues. A formula cell in a workbook written by a script (never opened in Excel) holds no
    stored result: openpyxl reads it as empty, so a missing decision date looked like a fact about the
    case. It is now unreadable, named as a formula without a stored value, the row unknown."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Sak", "Vedtak", "Vedtaksdato", "Fødselsår", "Oppstart"])
    ws.append(["F1", "Innvilget", "=DATE(2025,3,3)", 1990, "10.03.2025"])
    ws.append(["F2", "Innvilget", "03.03.2025", 1990, "10.03.2025"])
    workbook = tmp_path / "skript.xlsx"
    wb.save(workbook)
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("dataset: kvp\ncolumns: {case_id: Sak, decision: Vedtak, decision_date: Vedtaksdato, "
                       "birth_year: Fødselsår, program_start_date: Oppstart}\n"
                       "values: {decision: {Innvilget: granted}}\n", "utf-8")
    result, r = _run(tmp_path, [workbook], "--mapping", str(mapping), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert [(i["row"], i["column"], i["message"].split(" (")[0]) for i in r["input_issues"]] == [
        (2, "Vedtaksdato", "formula without a stored value")]
    start = next(c for c in r["checks"] if c["id"] == "kvp.start_delay")
    assert (start["evaluated"], start["unknown"], start["unknown_keys"]) == (1, 1, ["F1"])
    result, r = _run(tmp_path, [workbook], "--mapping", str(mapping), "--overwrite")
    assert r["input_issues"][0]["message"].startswith("formel uten lagret verdi")
