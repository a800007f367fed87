"""The product contract (the spec's case-data.md, checks.md and results.md) tried with exports as an office
really writes them, the way a supervisor with an unfamiliar export would: each test builds its input, runs
``nav-audit run`` through click's CliRunner and asserts what the spec requires of that case.

A wrong mapping must stop the run (exit 2) naming the file, the key and the value (case-data.md, «Mapping
file»; results.md: a broken mapping is no input issue, the run stops)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.helpers import check, run_cli


def _run(tmp_path: Path, files: list[Path], *options: str, as_of: str = "2026-12-07"):
    return run_cli(tmp_path, files, *options, as_of=as_of)


def _levels(results: dict, check_id: str) -> dict[str, str]:
    c = check(results, check_id)
    out = {case["key"]: case["level"] for case in c["cases"]}
    out.update({k: "unknown" for k in c.get("unknown_keys", [])})
    return out


def _stonad_csv(tmp_path: Path) -> Path:
    path = tmp_path / "soknader.csv"
    path.write_bytes(("Søknadsnr;Mottatt;Vedtatt;Utfall\r\n"
                      "S-1;02.01.2026;05.01.2026;Innvilget\r\n"
                      "S-2;02.01.2026;05.01.2026;Avslått\r\n").encode("cp1252"))
    return path


def test_a_key_given_twice_in_the_mapping_stops_the_run(tmp_path):
    """YAML keeps the last of two equal keys without a word: «Innvilget: granted … Innvilget: refused» audited
    every grant as a refusal. A mapping that says two things for one key is broken: exit 2, naming the file,
    the key, its line and both values."""
    export = _stonad_csv(tmp_path)
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("dataset: stonad\n"
                       "columns:\n  application_id: Søknadsnr\n  received_date: Mottatt\n"
                       "  decision_date: Vedtatt\n  decision: Utfall\n"
                       "values:\n  decision: {Innvilget: granted, Avslått: refused, Innvilget: refused}\n", "utf-8")
    result, _ = _run(tmp_path, [export], "--suite", "stonad", "-m", str(mapping))
    assert result.exit_code == 2, result.output
    assert "mapping.yaml" in result.output and "rad 8" in result.output
    assert "«Innvilget»" in result.output and "«granted»" in result.output and "«refused»" in result.output


def test_a_column_mapped_twice_in_the_mapping_stops_the_run(tmp_path):
    """The same under ``columns``: two headers for one canonical column is no mapping to choose from silently."""
    export = _stonad_csv(tmp_path)
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("dataset: stonad\ncolumns:\n  application_id: Søknadsnr\n  decision_date: Mottatt\n"
                       "  decision_date: Vedtatt\n", "utf-8")
    result, _ = _run(tmp_path, [export], "--suite", "stonad", "-m", str(mapping))
    assert result.exit_code == 2, result.output
    assert "«decision_date»" in result.output and "«Mottatt»" in result.output and "«Vedtatt»" in result.output


def _workbook_with_title_rows(tmp_path: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Saker"
    ws["A1"] = "Kvalifiseringsprogram – saksliste"
    ws.merge_cells("A1:E1")
    ws["A2"], ws["C2"] = "Søknad", "Program"  # a group header over the columns, as offices merge them
    ws.merge_cells("A2:B2")
    ws.merge_cells("C2:E2")
    ws.append(["Saksnr", "Vedtaksdato", "Vedtak", "Oppstart", "Timer/uke"])
    ws.append(["K-1", dt.date(2026, 3, 2), "Innvilget", dt.date(2026, 3, 20), "37,5"])
    path = tmp_path / "saker.xlsx"
    wb.save(path)
    return path


def test_a_misspelt_key_header_in_the_mapping_is_named_not_a_column_without_header(tmp_path):
    """A workbook with a title row and a merged group row above its header, and a mapping whose key header
    has a typo («Saksnrr»): the run said a cell in column 5 had no header, pointing at the workbook's header
    row. It must say what is wrong: the mapping links case_id to «Saksnrr», which the file does not have,
    and offer «Saksnr»."""
    export = _workbook_with_title_rows(tmp_path)
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("dataset: kvp\ncolumns:\n  case_id: Saksnrr\n  decision_date: Vedtaksdato\n", "utf-8")
    result, _ = _run(tmp_path, [export], "-m", str(mapping))
    assert result.exit_code == 2, result.output
    assert "«case_id»" in result.output and "«Saksnrr»" in result.output and "«Saksnr»" in result.output
    assert "ingen overskrift" not in result.output


def test_a_missing_mapped_header_is_reported_on_the_header_row_the_user_sees(tmp_path):
    """Row numbers count as a user does (results.md): the header below two title rows is row 3, not row 1."""
    export = _workbook_with_title_rows(tmp_path)
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("dataset: kvp\ncolumns:\n  case_id: Saksnr\n  decision_date: Vedtaksdatoo\n", "utf-8")
    result, _ = _run(tmp_path, [export], "-m", str(mapping))
    assert result.exit_code == 2, result.output
    assert "rad 3" in result.output and "«Vedtaksdatoo»" in result.output, result.output
    csv_export = tmp_path / "saker.csv"
    csv_export.write_text("Saksliste NAV Testby\nSaksnr;Vedtaksdato\nK-1;02.03.2026\n", "utf-8")
    result, _ = _run(tmp_path, [csv_export], "-m", str(mapping))
    assert result.exit_code == 2, result.output
    assert "rad 2" in result.output and "«Vedtaksdatoo»" in result.output, result.output


def test_parquet_float_ones_and_zeros_are_booleans_and_a_fraction_is_no_whole_number(tmp_path):
    """case-data.md: booleans accept 1/0. A Parquet export written by pandas stores a 0/1 column with blanks as
    floats (1.0, 0.0): every appeal_info was unreadable. An evaluation count of 1.5 cannot be read, and the
    message must say why (not «expected 0 or more», which 1.5 is)."""
    import polars as pl

    export = tmp_path / "saker.parquet"
    pl.DataFrame({"case_id": ["K1", "K2", "K3"], "decision": ["granted", "refused", "granted"],
                  "decision_date": [dt.date(2026, 3, 2)] * 3, "appeal_info": [1.0, 0.0, None],
                  "program_start_date": [dt.date(2026, 3, 2)] * 3, "evaluations_planned": [1.0, 0.0, 1.5]}
                 ).write_parquet(export)
    result, results = _run(tmp_path, [export])
    assert result.exit_code == 0, result.output
    assert _levels(results, "kvp.appeal_info") == {"K2": "deviation", "K3": "unknown"}
    assert check(results, "kvp.appeal_info")["evaluated"] == 2
    issues = results["input_issues"]
    assert [(i["row"], i["column"]) for i in issues] == [(4, "evaluations_planned")]
    assert "1.5" in issues[0]["message"] and "heltall" in issues[0]["message"]


def test_a_wrong_sheet_or_encoding_in_the_mapping_names_the_mapping_file_and_its_key(tmp_path):
    """«sheet: Sakker» named the workbook and the sheet, not where the wrong name came from; «encoding: latin-99»
    said «unknown encoding» without the key. Both now name the mapping file, the key and the value."""
    export = _workbook_with_title_rows(tmp_path)
    mapping = tmp_path / "oppsett.yaml"
    mapping.write_text("dataset: kvp\nsheet: Sakker\ncolumns:\n  case_id: Saksnr\n", "utf-8")
    result, _ = _run(tmp_path, [export], "-m", str(mapping))
    assert result.exit_code == 2, result.output
    assert "«Sakker»" in result.output and "«sheet» i mappingfilen" in result.output
    assert "oppsett.yaml" in result.output
    mapping.write_text("dataset: kvp\nencoding: latin-99\n", "utf-8")
    result, _ = _run(tmp_path, [export], "-m", str(mapping), "--lang", "en")
    assert result.exit_code == 2, result.output
    assert "oppsett.yaml" in result.output and "«latin-99»" in result.output and "«encoding»" in result.output


def test_a_sheet_named_by_a_year_is_found_by_its_name(tmp_path):
    """case-data.md: ``sheet`` names the sheet. Offices name sheets by year; «sheet: 2025» unquoted is a number
    in YAML, and the run stopped with «the workbook has no sheet number 2025. The sheets are: 2024, 2025»."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "2024"
    wb.active.append(["case_id", "decision"])
    wb.active.append(["A", "granted"])
    ws = wb.create_sheet("2025")
    for row in (["case_id", "decision"], ["B", "granted"], ["C", "refused"]):
        ws.append(row)
    export = tmp_path / "saker.xlsx"
    wb.save(export)
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("dataset: kvp\nsheet: 2025\n", "utf-8")
    result, results = _run(tmp_path, [export], "-m", str(mapping))
    assert result.exit_code == 0, result.output
    assert results["run"]["inputs"][0]["sheet"] == "2025" and results["run"]["inputs"][0]["rows"] == 2


def test_a_code_with_a_leading_zero_in_the_mapping_is_the_code_as_written(tmp_path):
    """case-data.md: ``values`` maps a value in the export to a canonical value. Case systems use codes such as
    «010»; YAML 1.1 reads an unquoted 010 as the octal number 8, so every row was an unknown value «010»."""
    export = tmp_path / "saker.csv"
    export.write_text("Saksnr;Vedtakstype;Vedtaksdato;Klage\nK1;010;02.03.2026;0\nK2;020;02.03.2026;1\n", "utf-8")
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("dataset: kvp\ncolumns:\n  case_id: Saksnr\n  decision: Vedtakstype\n"
                       "  decision_date: Vedtaksdato\n  appeal_info: Klage\n"
                       "values:\n  decision: {010: granted, 020: refused}\n", "utf-8")
    result, results = _run(tmp_path, [export], "-m", str(mapping))
    assert result.exit_code == 0, result.output
    assert results["input_issues"] == []
    assert _levels(results, "kvp.appeal_info") == {"K1": "deviation"}
    assert check(results, "kvp.appeal_info")["evaluated"] == 2


def test_a_mapped_code_written_as_a_float_is_the_code(tmp_path):
    """pandas writes a code column that has blanks as floats: «3.0» for the code 3 that ``values`` maps. It was
    an unknown value; a whole number's «.0» is no part of the code (a key «3.0» in the mapping still wins)."""
    export = tmp_path / "saker.csv"
    export.write_text("case_id,decision,end_date,Resultat\nO1,granted,2026-01-01,1.0\nO2,granted,2026-01-01,3.0\n"
                      "O3,granted,2026-01-01,\n", "utf-8")
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("dataset: kvp\ncolumns:\n  outcome: Resultat\nvalues:\n  outcome: {1: work, 3: aap}\n", "utf-8")
    result, results = _run(tmp_path, [export], "-m", str(mapping))
    assert result.exit_code == 0, result.output
    assert results["input_issues"] == []
    outcome = check(results, "kvp.outcome_work_education")
    assert outcome["evaluated"] == 2 and outcome["value"] == 0.5


def test_a_two_level_header_with_the_key_merged_down_is_read(tmp_path):
    """A workbook header of two rows as offices make it: «Saksnr» merged over rows 1–2, a group name «Søknad»
    merged over the columns «Mottatt» and «Vedtaksdato» in row 2. The run stopped with «a value in column 3 has
    no header» (row 2 read as a case); each column now takes its lowest header, and the cases start in row 3."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"], ws["B1"], ws["B2"], ws["C2"] = "Saksnr", "Søknad", "Mottatt", "Vedtaksdato"
    ws.merge_cells("A1:A2")
    ws.merge_cells("B1:C1")
    ws.append(["K1", dt.date(2026, 1, 2), dt.date(2026, 3, 2)])
    ws.append(["K2", dt.date(2026, 1, 2), "2. februar 2026x"])
    export = tmp_path / "saker.xlsx"
    wb.save(export)
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("dataset: kvp\ncolumns:\n  case_id: Saksnr\n  application_date: Mottatt\n"
                       "  decision_date: Vedtaksdato\n", "utf-8")
    result, results = _run(tmp_path, [export], "-m", str(mapping))
    assert result.exit_code == 0, result.output
    assert _levels(results, "kvp.processing_time") == {"K1": "deviation", "K2": "unknown"}
    assert [(i["row"], i["column"]) for i in results["input_issues"]] == [(4, "Vedtaksdato")]
