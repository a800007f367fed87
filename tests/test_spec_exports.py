"""Exports as offices and their programs really write them, run through ``nav-audit run``.

Each test builds a small export the way a case system, Excel or a person makes it (a header
printed again mid-file, a hidden sheet, Excel's lock file, …), runs the CLI through click's
CliRunner and asserts what docs/input.md and the spec promise, or, where they are silent,
what a user of ordinary office software expects.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from audit.cli import main
from tests.helpers import check, run_cli


def _run(tmp_path: Path, files: list[Path], *options: str, as_of: str = "2025-12-31", out: str = "out"):
    return run_cli(tmp_path, files, *options, as_of=as_of, out=out)


def test_a_header_repeated_mid_file_is_not_a_case(tmp_path):
    """Two exports pasted into one file, or a report printing its header on every page: the
    header row again is not a case (it was read as a case «Saksnr» with five unreadable values)."""
    header = "Saksnr;Vedtak;Vedtaksdato;Programstart;Timer per uke;Merknad"
    export = tmp_path / "saker.csv"
    export.write_text("\n".join([header,
                                 "K1;Innvilget;01.12.2025;31.12.2025;37,5;",
                                 "K2;Innvilget;01.11.2025;;30;",
                                 " saksnr ; VEDTAK;Vedtaksdato;Programstart;Timer per uke;",  # as pasted: spaces, case
                                 "K3;Avslag;15.10.2025;;;"]) + "\n", "utf-8")
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("dataset: kvp\ncolumns: {case_id: Saksnr, decision: Vedtak, decision_date: Vedtaksdato,\n"
                       "  program_start_date: Programstart, hours_per_week: Timer per uke}\n"
                       "values: {decision: {Innvilget: granted, Avslag: refused}}\n", "utf-8")
    result, results = _run(tmp_path, [export], "--mapping", str(mapping))
    assert result.exit_code == 0, result.output
    assert results["input_issues"] == []
    assert results["dataset"]["rows"] == 3
    assert "rad 4 gjentar overskriftsraden" in result.output
    start = check(results, "kvp.start_delay")
    assert (start["evaluated"], start["unknown"]) == (2, 0)
    assert "Saksnr" not in json.dumps(results["checks"])
    assert results["run"]["inputs"][0]["repeated_header_rows"] == [4]


def test_a_row_that_merely_shares_a_value_with_a_header_is_a_case(tmp_path):
    """Only a row that repeats the header and holds nothing else is left out: a case whose key
    happens to be the key's header, with real values beside it, is still read (and flagged)."""
    export = tmp_path / "saker.csv"
    export.write_text("case_id;decision;decision_date\nK1;granted;01.12.2025\ncase_id;granted;decision_date\n", "utf-8")
    result, results = _run(tmp_path, [export])
    assert result.exit_code == 0, result.output
    assert results["dataset"]["rows"] == 2
    assert [(i["row"], i["column"]) for i in results["input_issues"]] == [(3, "decision_date")]


def test_excel_s_lock_file_is_named_as_such(tmp_path):
    """«~$Saker.xlsx» lies beside a workbook open in Excel (and is caught by «*.xlsx»): the run
    said it was text with the wrong suffix and told the user to rename it to .csv."""
    user = "Kari Nordmann".encode()
    lock = tmp_path / "~$Saker.xlsx"
    lock.write_bytes((bytes([len(user)]) + user).ljust(54, b" ") + (bytes([len(user), 0]) + "Kari Nordmann".encode("utf-16-le"))
                     .ljust(111, b" "))
    result, _ = _run(tmp_path, [lock])
    assert result.exit_code == 2, result.output
    assert "låsefil" in result.output and "~$Saker.xlsx" in result.output
    assert ".csv" not in result.output


def test_without_sheet_the_first_visible_sheet_is_read(tmp_path):
    """A workbook whose first sheet is hidden (settings, lookup lists): the user sees «Saker» when
    opening it, and the run read the hidden sheet and stopped for want of the key column."""
    import openpyxl

    wb = openpyxl.Workbook()
    hidden = wb.active
    hidden.title = "Oppsett"
    hidden.append(["Kode", "Tekst"])
    hidden.append(["I", "Innvilget"])
    hidden.sheet_state = "hidden"
    ws = wb.create_sheet("Saker")
    ws.append(["case_id", "decision", "decision_date", "program_start_date"])
    ws.append(["K1", "granted", "2025-11-01", None])
    wb.active = 1
    export = tmp_path / "saker.xlsx"
    wb.save(export)
    result, results = _run(tmp_path, [export])
    assert result.exit_code == 0, result.output
    assert "leser «Saker», det første synlige arket" in result.output
    assert results["run"]["inputs"][0]["sheet"] == "Saker"
    assert check(results, "kvp.start_delay")["failed"] == 1
    # ``sheet: 1`` still means the workbook's first sheet, hidden or not
    mapping = tmp_path / "m.yaml"
    mapping.write_text("dataset: kvp\nsheet: 1\n", "utf-8")
    result, _ = _run(tmp_path, [export], "--mapping", str(mapping), out="out2")
    assert result.exit_code == 2 and "case_id" in result.output


def test_a_stonad_export_run_without_suite_is_told_to_use_suite_stonad(tmp_path):
    """The suite defaults to kvp. A stønad export with canonical headers was told to map a header to
    «case_id» — which would audit stønad applications with the KVP checks; it is told the suite."""
    export = tmp_path / "stonad.csv"
    export.write_text("application_id;case_id;received_date;decision_date;decision\n"
                      "S1;P1;01.12.2025;02.12.2025;granted\n", "utf-8")
    result, _ = _run(tmp_path, [export])
    assert result.exit_code == 2, result.output
    assert "--suite stonad" in result.output and "under «columns»" not in result.output
    kvp = tmp_path / "kvp.csv"
    kvp.write_text("case_id;decision;decision_date;program_start_date\nK1;granted;01.12.2025;02.12.2025\n", "utf-8")
    result, _ = _run(tmp_path, [kvp], "--suite", "stonad")
    assert result.exit_code == 2 and "--suite kvp" in result.output, result.output
    # a file with neither key keeps the usual hint
    other = tmp_path / "annet.csv"
    other.write_text("Saksnummer;Vedtak\nK1;granted\n", "utf-8")
    result, _ = _run(tmp_path, [other])
    assert result.exit_code == 2 and "case_id: Saksnummer" in result.output and "--suite" not in result.output


def _draft(tmp_path: Path, export: Path) -> dict:
    import yaml

    draft = tmp_path / "utkast.yaml"
    result = CliRunner().invoke(main, ["map", str(export), "--out", str(draft)])
    assert result.exit_code == 0, result.output
    return yaml.safe_load(draft.read_text("utf-8"))


def test_map_keeps_a_canonical_header_whatever_its_values(tmp_path):
    """A header that is a canonical name is that column for `run`. `map` dropped «program_start_date»
    because two of its values were not dates, and offered it as «status» (reading «1.1.26» as code 1):
    the draft then made `run` lose the programme start."""
    export = tmp_path / "saker.csv"
    export.write_text("case_id;decision;decision_date;program_start_date\n"
                      "K1;granted;01.12.2025;1.1.26\n"
                      "K2;granted;01.12.2025;31.12.2025\n"
                      "K3;granted;01.12.2025;2025-12-02\n"
                      "K4;granted;01.12.2025;02/12/2025\n", "utf-8")
    draft = _draft(tmp_path, export)
    assert draft["columns"]["program_start_date"] == "program_start_date"
    assert "status" not in draft["columns"] and "status" not in (draft.get("values") or {})


def test_map_reads_a_column_mixing_iso_and_norwegian_dates_as_dates(tmp_path):
    """`run` reads 2025-12-01 and 01.12.2025 (with or without a time) in one column without a
    date_format; `map` looked for one format covering 80 % and called such a column text, so
    «Vedtaksdato» was left unmapped."""
    export = tmp_path / "saker.csv"
    export.write_text("Saksnummer;Vedtaksdato;Vedtak\n"
                      "K1;2025-12-01;Innvilget\nK2;02.12.2025;Innvilget\nK3;2025-12-03 10:15;Avslag\n"
                      "K4;04.12.2025 08:00;Innvilget\nK5;05.12.2025;Avslag\n", "utf-8")
    draft = _draft(tmp_path, export)
    assert draft["columns"]["decision_date"] == "Vedtaksdato"
    assert "date_format" not in draft


def test_totals_rows_at_the_foot_are_not_cases(tmp_path):
    """A sum typed under the cases (CSV saved from Excel) or an Excel table's totals row: «Sum» and
    «Antall saker: 2» were read as two more cases (and 240 months as an unreadable value)."""
    export = tmp_path / "stonad.csv"
    export.write_text("application_id;received_date;decision_date;months_on_assistance\n"
                      "S1;01.11.2025;02.11.2025;6\n"
                      "S2;01.11.2025;;12\n"
                      "Sum;;;18\n"
                      "Antall saker: 2;;;\n", "utf-8")
    result, results = _run(tmp_path, [export], "--suite", "stonad")
    assert result.exit_code == 0, result.output
    assert results["dataset"]["rows"] == 2 and results["input_issues"] == []
    assert "rad 4, 5 nederst («Sum», «Antall saker: 2») er lest som summering" in result.output
    assert results["run"]["inputs"][0]["totals_rows"] == [4, 5]
    assert check(results, "stonad.processing_time")["evaluated"] == 2
    # a «Sum» that is not at the foot, or a key that merely begins with the letters, is a case
    export.write_text("application_id;received_date\nSum;01.11.2025\nS2;01.11.2025\nSummerfugl-1;01.11.2025\n", "utf-8")
    result, results = _run(tmp_path, [export], "--suite", "stonad", out="out2")
    assert result.exit_code == 0, result.output
    assert results["dataset"]["rows"] == 3


def test_a_workbook_totals_row_is_not_a_case(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["case_id", "decision", "decision_date", "program_start_date", "hours_per_week"])
    ws.append(["K1", "granted", "2025-12-01", "2025-12-02", 37.5])
    ws.append(["K2", "granted", "2025-12-01", "2025-12-03", 30])
    ws.append(["Totalt", None, None, None, "=SUBTOTAL(109,E2:E3)"])
    export = tmp_path / "saker.xlsx"
    wb.save(export)
    result, results = _run(tmp_path, [export])
    assert result.exit_code == 0, result.output
    assert results["dataset"]["rows"] == 2 and results["input_issues"] == []
    assert check(results, "kvp.full_time")["failed"] == 1


def test_a_repeated_header_no_check_uses_is_carried_along(tmp_path):
    """Two «Merknad» columns (a case system's report with two free-text fields) stopped the run,
    though columns neither mapped nor canonical are «carried along untouched» (case-data.md). The
    second is carried along as «Merknad (2)»; a repeated header a check would read still stops it."""
    export = tmp_path / "saker.csv"
    export.write_text("Saksnr;Vedtak;Merknad;Vedtaksdato;merknad \n"
                      "K1;Innvilget;a;01.11.2025;b\n"
                      "Saksnr;Vedtak;Merknad;Vedtaksdato;Merknad\n"  # a pasted header is still recognised
                      "K2;Innvilget;;01.12.2025;\n", "utf-8")
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("dataset: kvp\ncolumns: {case_id: Saksnr, decision: Vedtak, decision_date: Vedtaksdato}\n"
                       "values: {decision: {Innvilget: granted}}\n", "utf-8")
    result, results = _run(tmp_path, [export], "--mapping", str(mapping))
    assert result.exit_code == 0, result.output
    assert "overskriften «merknad» står i både kolonne 3 og kolonne 5" in result.output
    assert "tas med som «merknad (2)»" in result.output
    assert results["dataset"]["rows"] == 2 and results["input_issues"] == []
    assert check(results, "kvp.appeal_info")["status"] == "not_evaluated"
    # the repeated header is the one the mapping names: which column is meant cannot be told
    mapping.write_text("dataset: kvp\ncolumns: {case_id: Saksnr, decision: Vedtak, extension_reason: Merknad}\n", "utf-8")
    result, _ = _run(tmp_path, [export], "--mapping", str(mapping), out="out2")
    assert result.exit_code == 2, result.output
    assert "kolonne «merknad»" in result.output and "både kolonne 3 og kolonne 5" in result.output


def test_map_reads_norwegian_excel_s_sann_and_usann(tmp_path):
    """Norwegian Excel writes TRUE and FALSE as «SANN» and «USANN» when a workbook is saved as CSV.
    `map` knew USANN but not SANN (it had «sant», the adjective), so every true value was «ukjent»."""
    export = tmp_path / "saker.csv"
    export.write_text("Saksnummer;Vedtak;Klageadgang opplyst;Vedtaksdato\n"
                      "K1;Innvilget;SANN;01.12.2025\nK2;Avslag;USANN;02.12.2025\nK3;Innvilget;SANN;03.12.2025\n",
                      "utf-8")
    draft = _draft(tmp_path, export)
    assert draft["columns"]["appeal_info"] == "Klageadgang opplyst"
    assert draft["values"]["appeal_info"] == {"SANN": True, "USANN": False}


def test_a_report_s_heading_lines_above_the_table_are_not_the_header(tmp_path):
    """A case-system report starts with «Kommune: | 5001» and «Periode: | 2025» (two cells each, so not
    title lines). The workbook stopped with «the cell in column 3 has a value but no header» pointing at
    the real header row, and the CSV with «Saksnummer» not found; the header is the row with the key's."""
    import openpyxl

    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("dataset: kvp\ncolumns: {case_id: Saksnummer, decision: Vedtak, decision_date: Vedtaksdato,\n"
                       "  program_start_date: Programstart}\nvalues: {decision: {Innvilget: granted}}\n", "utf-8")
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["Kommune:", "5001"], ["Periode:", "2025"], [], ["Saksnummer", "Vedtak", "Vedtaksdato", "Programstart"],
                ["K1", "Innvilget", "2025-12-01", "2025-12-31"], ["K2", "Innvilget", "01.13.2025", None]):
        ws.append(row)
    book = tmp_path / "rapport.xlsx"
    wb.save(book)
    text = tmp_path / "rapport.csv"
    text.write_text("Kommune:;5001;;\nPeriode:;2025;;\n;;;\nSaksnummer;Vedtak;Vedtaksdato;Programstart\n"
                    "K1;Innvilget;01.12.2025;31.12.2025\nK2;Innvilget;01.13.2025;\n", "utf-8")
    for export in (book, text):
        result, results = _run(tmp_path, [export], "--mapping", str(mapping), out=export.suffix[1:])
        assert result.exit_code == 0, result.output
        assert "overskriftsraden er rad 4" in result.output
        assert results["dataset"]["rows"] == 2
        assert [(i["row"], i["column"]) for i in results["input_issues"]] == [(6, "Vedtaksdato")]  # rows as in the file
        assert check(results, "kvp.start_delay")["warned"] == 1


def test_a_two_row_header_is_read_from_the_row_with_the_canonical_key(tmp_path):
    """Group headings merged over the columns in row 1, canonical headers in row 2 (no mapping)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Sak", "Vedtak", "Datoer", None])
    ws.merge_cells("C1:D1")
    ws.append(["case_id", "decision", "decision_date", "program_start_date"])
    ws.append(["K1", "granted", "2025-11-01", None])
    export = tmp_path / "saker.xlsx"
    wb.save(export)
    result, results = _run(tmp_path, [export])
    assert result.exit_code == 0, result.output
    assert check(results, "kvp.start_delay")["failed"] == 1


def test_dos_end_of_file_mark_is_not_a_case(tmp_path):
    """Ctrl-Z (SUB) after the last line, as DOS-era export programs write it: the CSV got a case whose
    key was that character, and a KOSTRA file read as kvp stopped on «journal number missing» in a line
    the user cannot see."""
    from tests.kostra_records import base_11cf, fnr, record

    export = tmp_path / "saker.csv"
    export.write_bytes(b"case_id;decision;decision_date\r\nK1;granted;01.12.2025\r\nK2;granted;01.11.2025\r\n\x1a")
    result, results = _run(tmp_path, [export])
    assert result.exit_code == 0, result.output
    assert results["dataset"]["rows"] == 2
    lines = [record("11CF", 2025, {**base_11cf(2025), "PERSON_JOURNALNR": f"J000000{i}"}, person=fnr(15, 6, 1990, 100 + i))
             for i in range(2)]
    kostra = tmp_path / "kvp_11cf_2025.dat"
    kostra.write_bytes(("\r\n".join(lines) + "\r\n").encode("ascii") + b"\x1a")
    result, results = _run(tmp_path, [kostra], out="out2")
    assert result.exit_code == 0, result.output
    assert results["dataset"]["rows"] == 2


def test_excel_s_text_formula_form_in_a_csv_is_the_text(tmp_path):
    """Exports made for Excel write ="00001234" so that Excel keeps the leading zeros. The keys came out
    as «="00001234"», the municipality and the date as unreadable values."""
    export = tmp_path / "saker.csv"
    export.write_text('case_id;municipality;decision;decision_date;program_start_date\n'
                      '="00001234";="0301";granted;="01.12.2025";02.12.2025\n'
                      '="00001235";="0301";granted;01.11.2025;\n', "utf-8")
    result, results = _run(tmp_path, [export])
    assert result.exit_code == 0, result.output
    assert results["input_issues"] == []
    assert results["dataset"]["municipalities"] == ["0301"]
    start = check(results, "kvp.start_delay")
    assert [c["key"] for c in start["cases"]] == ["00001235"] and start["evaluated"] == 2
    assert 'lest som teksten mellom anførselstegnene' in result.output


def test_two_exports_joined_with_cat_each_with_its_bom(tmp_path):
    """``cat a.csv b.csv``: the second header line starts with b's BOM; it is still the header again."""
    part = "case_id;decision;decision_date\r\n{}\r\n"
    export = tmp_path / "saker.csv"
    export.write_bytes(b"\xef\xbb\xbf" + part.format("K1;granted;01.12.2025").encode()
                       + b"\xef\xbb\xbf" + part.format("K2;granted;01.11.2025").encode())
    result, results = _run(tmp_path, [export])
    assert result.exit_code == 0, result.output
    assert results["dataset"]["rows"] == 2 and results["input_issues"] == []
    assert results["run"]["inputs"][0]["repeated_header_rows"] == [3]


def test_map_finds_the_header_below_a_report_s_heading_lines(tmp_path):
    """`map` has no mapping to name the key's header: the usual Norwegian ones (Saksnummer, Journalnummer,
    Søknadsnummer …) find the header row; it stopped on «a value without a header»."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["Kommune:", "5001"], ["Periode:", "2025"], ["Saksnummer", "Vedtak", "Vedtaksdato"],
                ["K1", "Innvilget", "01.12.2025"]):
        ws.append(row)
    export = tmp_path / "rapport.xlsx"
    wb.save(export)
    draft = _draft(tmp_path, export)
    assert draft["columns"]["case_id"] == "Saksnummer" and draft["columns"]["decision_date"] == "Vedtaksdato"


def test_an_excel_table_with_a_totals_row_starting_in_column_b(tmp_path):
    """An Excel table (Insert > Table, «Totalrad») placed from B3: its totals row «Totalt» stands in
    column B, column A is empty; it was read as a case «Totalt» with an unreadable decision."""
    import openpyxl
    from openpyxl.worksheet.table import Table

    wb = openpyxl.Workbook()
    ws = wb.active
    ws["B1"] = "KVP-oversikt"
    rows = [["case_id", "decision", "decision_date", "program_start_date"], ["K1", "granted", "2025-12-01", None],
            ["K2", "granted", "2025-11-01", "2025-11-05"], ["Totalt", "=SUBTOTAL(103,C4:C5)", None, None]]
    for r, row in enumerate(rows, start=3):
        for c, v in enumerate(row, start=2):
            ws.cell(r, c, v)
    table = Table(displayName="Saker", ref="B3:E6")
    table.totalsRowCount = 1
    ws.add_table(table)
    export = tmp_path / "saker.xlsx"
    wb.save(export)
    result, results = _run(tmp_path, [export])
    assert result.exit_code == 0, result.output
    assert results["dataset"]["rows"] == 2 and results["input_issues"] == []
    assert results["run"]["inputs"][0]["totals_rows"] == [6]


def test_a_delimiter_after_the_last_value_of_every_row(tmp_path):
    """Some systems end every data row with the delimiter but not the header: the rows had one (empty)
    field more than the header and the run stopped. An extra field with a value still stops it."""
    export = tmp_path / "saker.csv"
    export.write_text("case_id;decision;decision_date\nK1;granted;01.12.2025;\nK2;granted;01.11.2025; \n", "utf-8")
    result, results = _run(tmp_path, [export])
    assert result.exit_code == 0, result.output
    assert results["dataset"]["rows"] == 2 and results["dataset"]["columns"] == ["case_id", "decision_date", "decision"]
    export.write_text("case_id;decision;decision_date\nK1;granted;01.12.2025;\nK2;granted;01.11.2025;x\n", "utf-8")
    result, _ = _run(tmp_path, [export], out="out2")
    assert result.exit_code == 2 and "rad 3" in result.output and "raden har 4 felt" in result.output


def test_sql_s_null_is_an_empty_cell(tmp_path):
    """An export from SQL Server Management Studio writes NULL for an empty cell. A granted programme whose
    start was NULL was «unknown» (an unreadable date) instead of on the waiting list against as_of; the
    same in a workbook the results grid was pasted into."""
    import openpyxl

    export = tmp_path / "saker.csv"
    export.write_text("case_id,decision,decision_date,program_start_date,appeal_info,hours_per_week\n"
                      "K1,granted,2025-11-01 00:00:00.000,NULL,1,37.5\n"
                      "K2,granted,2025-11-01 00:00:00.000,2025-11-05 00:00:00.000,NULL,NULL\n", "utf-8")
    result, results = _run(tmp_path, [export])
    assert result.exit_code == 0, result.output
    assert results["input_issues"] == []
    assert [c["key"] for c in check(results, "kvp.start_delay")["cases"]] == ["K1"]
    assert check(results, "kvp.appeal_info")["unknown_keys"] == ["K2"]
    assert "«NULL» (slik SQL-verktøy skriver en tom celle) er lest som tom" in result.output
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["case_id", "decision", "decision_date", "program_start_date"])
    ws.append(["K1", "granted", "2025-11-01", "NULL"])
    book = tmp_path / "saker.xlsx"
    wb.save(book)
    result, results = _run(tmp_path, [book], out="out2")
    assert result.exit_code == 0, result.output
    assert results["input_issues"] == [] and check(results, "kvp.start_delay")["failed"] == 1


US_EXPORT = ("case_id,decision,decision_date,program_start_date\n"
             "K1,granted,12/1/2025 12:00:00 AM,12/31/2025 12:00:00 AM\n"
             "K2,granted,11/1/2025 12:00:00 AM,\n")


def test_a_date_format_without_a_time_reads_dates_written_with_one(tmp_path):
    """A server with US settings writes «12/31/2025 12:00:00 AM». docs/input.md: dates are read «also
    with a time of day», but with ``date_format: "%m/%d/%Y"`` every such date was unreadable."""
    export = tmp_path / "saker.csv"
    export.write_text(US_EXPORT, "utf-8")
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text('dataset: kvp\ndate_format: "%m/%d/%Y"\n', "utf-8")
    result, results = _run(tmp_path, [export], "--mapping", str(mapping))
    assert result.exit_code == 0, result.output
    assert results["input_issues"] == []
    cases = {c["key"]: c for c in check(results, "kvp.start_delay")["cases"]}
    assert cases["K1"]["facts"]["program_start_date"] == "2025-12-31" and cases["K1"]["value"] == 30


def test_map_takes_the_date_format_a_column_tells_apart(tmp_path):
    """`map` saw «12/1/2025 12:00:00 AM» as text (a time with AM/PM), and where one column fits both
    %d/%m/%Y and %m/%d/%Y and another only %m/%d/%Y (12/31) it wrote the first: every date misread."""
    export = tmp_path / "saker.csv"
    export.write_text(US_EXPORT, "utf-8")
    draft = _draft(tmp_path, export)
    assert draft["date_format"] == "%m/%d/%Y"


def test_a_share_parameter_may_be_written_as_a_percentage(tmp_path):
    """The catalogue writes targets as «≥ 80 %»; ``--set …target_share=80 %`` was refused with «must be a
    number, for example 30 or 37,5». A percentage is the share; 80 without the sign is still refused."""
    export = tmp_path / "saker.csv"
    export.write_text("application_id;decision;period_start;period_end\nS1;granted;01.01.2025;15.02.2025\n", "utf-8")
    for value, share in (("80 %", 0.8), ("87,5%", 0.875)):
        result, results = _run(tmp_path, [export], "--suite", "stonad", "--set",
                               f"stonad.short_decisions.target_share={value}", out=f"o{share}")
        assert result.exit_code == 0, result.output
        assert check(results, "stonad.short_decisions")["parameters"]["target_share"] == share
    result, _ = _run(tmp_path, [export], "--suite", "stonad", "--set", "stonad.short_decisions.target_share=80", out="o3")
    assert result.exit_code == 2
    result, _ = _run(tmp_path, [export], "--suite", "stonad", "--set", "stonad.emergency_same_day.warning_days=80 %",
                     out="o4")
    assert result.exit_code == 2  # a percentage is no number of days


def test_a_last_case_whose_first_cell_begins_with_a_total_s_word_is_a_case(tmp_path):
    """A totals row fills few cells; a last case whose first column (here the decision) happens to begin
    with «Total…» fills most of them and is read."""
    export = tmp_path / "saker.csv"
    export.write_text("decision;case_id;decision_date;program_start_date\n"
                      "granted;K1;01.12.2025;02.12.2025\nTotalt avslag;K2;01.12.2025;\n", "utf-8")
    result, results = _run(tmp_path, [export])
    assert result.exit_code == 0, result.output
    assert results["dataset"]["rows"] == 2 and "totals_rows" not in results["run"]["inputs"][0]
