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


# --------------------------------------------------------------------------- XLSX


def _workbook_with_row(tmp_path: Path, name: str, row_xml: str) -> Path:
    """A workbook (case_id, office, decision, decision_date; K1, K2) with one more sheet row written as XML,
    as Excel stores it: error cells (t="e") keep the error's text as their value."""
    import datetime as dt

    import openpyxl

    from tests.bad_inputs import replace_part

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["case_id", "office", "decision", "decision_date"])
    ws.append(["K1", "NAV A", "granted", dt.date(2025, 1, 2)])
    ws.append(["K2", "NAV B", "refused", dt.date(2025, 1, 3)])
    plain = tmp_path / f"_plain_{name}"
    wb.save(plain)
    import zipfile

    sheet = zipfile.ZipFile(plain).read("xl/worksheets/sheet1.xml").decode()
    out = replace_part(plain, tmp_path / name, "xl/worksheets/sheet1.xml",
                       sheet.replace("</sheetData>", row_xml + "</sheetData>").encode())
    plain.unlink()
    return out


def test_excel_error_cells_are_unreadable_values_not_text(tmp_path):
    """#N/A in the office column is no office and #DIV/0! no date: each is an input issue naming the
    row, column and value, the case is still audited, and «#N/A» never becomes an office."""
    src = _workbook_with_row(tmp_path, "feil.xlsx",
                             '<row r="4"><c r="A4" t="inlineStr"><is><t>K3</t></is></c>'
                             '<c r="B4" t="e"><f>VLOOKUP(9,X1:Y2,2,FALSE)</f><v>#N/A</v></c>'
                             '<c r="C4" t="inlineStr"><is><t>granted</t></is></c>'
                             '<c r="D4" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>')
    before = src.read_bytes()
    r = run(tmp_path, src)
    assert r.exit_code == 0, r.output
    res = json.loads((tmp_path / "ut" / "results.json").read_text())
    assert res["dataset"]["offices"] == ["NAV A", "NAV B"]
    issues = {(i["row"], i["column"]): i["message"] for i in res["input_issues"]}
    assert set(issues) == {(4, "office"), (4, "decision_date")}, issues
    assert "#N/A" in issues[(4, "office")] and "#DIV/0!" in issues[(4, "decision_date")]
    assert all("feilverdi" in m for m in issues.values()), issues
    assert "3 saker kontrollert" in r.output
    check = cli("map", src, "--check", write(tmp_path / "m.yaml", "dataset: kvp\n"))
    assert check.exit_code == 0 and "#N/A" in check.output and "#DIV/0!" in check.output, check.output
    strict = run(tmp_path, src, "--strict", "--overwrite")
    assert strict.exit_code == 2 and "rad 4" in strict.output and "#N/A" in strict.output, strict.output
    assert src.read_bytes() == before


def test_an_excel_error_in_the_key_column_stops_with_its_row_and_value(tmp_path):
    src = _workbook_with_row(tmp_path, "nokkel.xlsx",
                             '<row r="4"><c r="A4" t="e"><f>Ark2!A1</f><v>#REF!</v></c>'
                             '<c r="B4" t="inlineStr"><is><t>NAV C</t></is></c></row>')
    for args in (["run", src, "--as-of", AS_OF, "--out", tmp_path / "ut", "--no-history"],
                 ["sample", src, "--total", "1", "--seed", "1", "--out", tmp_path / "s.csv"]):
        r = cli(*args)
        assert r.exit_code == 2, r.output
        assert "nokkel.xlsx" in r.output and "rad 4" in r.output and "«case_id»" in r.output and "#REF!" in r.output


# --------------------------------------------------------------------------- map --check agrees with run


@pytest.mark.parametrize("name, text, says", [
    ("dobbel.csv", "case_id;office;Office \nK1;NAV A;NAV B\n", "overskriften finnes i både kolonne 2 og kolonne 3"),
    ("overskrift.csv", "case_id;office\n", "ingen rader med saker"),
    ("nokler.csv", "case_id;office\nK1;NAV A\nK1;NAV B\n", "nøkkelen er ikke unik"),
])
def test_map_check_stops_where_run_stops(tmp_path, name, text, says):
    """«map --check»: exit 0 when run can use the mapping, 2 when run would stop — also when what stops run
    is the export itself (a header twice, no rows, a key twice), with run's own message."""
    src = write(tmp_path / name, text)
    m = write(tmp_path / "m.yaml", "dataset: kvp\n")
    assert run(tmp_path, src, "-m", m).exit_code == 2
    r = cli("map", src, "--check", m)
    assert r.exit_code == 2, r.output
    assert says in r.output and "Mappingen kan brukes" not in r.output, r.output


def test_map_draft_warns_of_a_header_twice(tmp_path):
    """The draft for an export whose used header is there twice says that run stops, rather than
    proposing it as a sure match."""
    src = write(tmp_path / "dobbel.csv", "case_id;office;office\nK1;NAV A;NAV B\n")
    r = cli("map", src)
    assert r.exit_code == 0 and "kolonne 2 og kolonne 3" in r.output, r.output


# --------------------------------------------------------------------------- headers


NFC, NFD = "S\u00e5ksbehandler", "Sa\u030aksbehandler"  # «å» as one character, and as «a» + combining ring


@pytest.mark.parametrize("mapped", [NFC, NFD])
def test_headers_that_differ_only_by_nfc_and_nfd_are_one_header_twice(tmp_path, mapped):
    """A Mac writes «å» decomposed: «Såksbehandler» twice is the same header twice, so a mapped one
    stops the run naming both columns (as letter case does), instead of one being picked silently."""
    src = write(tmp_path / "nfd.csv", f"case_id;{NFC};{NFD}\nK1;S1;S2\n")
    m = write(tmp_path / "m.yaml", f'dataset: kvp\ncolumns:\n  caseworker: "{mapped}"\n')
    r = run(tmp_path, src, "-m", m)
    assert r.exit_code == 2 and "kolonne 2 og kolonne 3" in r.output, r.output
    assert cli("map", src, "--check", m).exit_code == 2


def test_unused_headers_that_differ_only_by_nfc_and_nfd_are_both_carried_along(tmp_path):
    src = write(tmp_path / "nfd.csv", f"case_id;{NFC};{NFD}\nK1;S1;S2\n")
    r = run(tmp_path, src)
    assert r.exit_code == 0 and "kolonne 3 tas med som" in r.output, r.output


def test_map_check_counts_formulas_without_a_stored_value_as_run_does(tmp_path):
    """A workbook written by a script (formulas, no stored results): run lists the cells as unreadable,
    so map --check must not say that every value can be read."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["case_id", "office", "decision_date"])
    ws.append(["K1", "NAV A", "2025-01-02"])
    ws.append(["K2", '=A1&"x"', "=DATE(2025,1,4)"])
    src = tmp_path / "formler.xlsx"
    wb.save(src)
    r = run(tmp_path, src)
    res = json.loads((tmp_path / "ut" / "results.json").read_text())
    assert {(i["row"], i["column"]) for i in res["input_issues"]} == {(3, "office"), (3, "decision_date")}
    check = cli("map", src, "--check", write(tmp_path / "m.yaml", "dataset: kvp\n"))
    assert check.exit_code == 0, check.output
    assert "Alle verdier i de knyttede kolonnene kan leses" not in check.output, check.output
    assert check.output.count("formel uten lagret verdi") == 2, check.output


# --------------------------------------------------------------------------- outputs


def test_failed_reports_leave_no_report_of_an_earlier_run_beside_the_new_results(tmp_path, monkeypatch):
    """--overwrite into a run folder: when the reports fail after results.json is written, the earlier
    run's workbook and page (other data) are not left beside it as if they were this run's."""
    import audit.pipeline

    old = write(tmp_path / "gammel.csv", "case_id;decision;decision_date;program_start_date\n"
                                         "K1;granted;2025-01-02;2025-01-05\n")
    new = write(tmp_path / "ny.csv", "case_id;decision;decision_date;program_start_date\n"
                                     "K1;granted;2025-01-02;2025-03-05\nK2;granted;2025-01-02;2025-01-03\n")
    out = tmp_path / "ut"
    first = cli("run", old, "--as-of", AS_OF, "--out", out, "--no-history")
    assert first.exit_code == 0 and sorted(p.name for p in out.iterdir()) == ["rapport.html", "rapport.xlsx",
                                                                                "results.json"]

    def broken(*_a, **_k):
        raise RuntimeError("render crashed")

    monkeypatch.setattr(audit.pipeline, "render_reports", broken)
    second = cli("run", new, "--as-of", AS_OF, "--out", out, "--no-history", "--overwrite")
    assert second.exit_code == 3, second.output
    assert sorted(p.name for p in out.iterdir()) == ["results.json"]
    assert json.loads((out / "results.json").read_text())["dataset"]["rows"] == 2  # the new run's


def test_an_earlier_runs_report_of_a_format_not_written_again_is_not_left_beside_the_new_results(tmp_path):
    """--overwrite --format xlsx into a folder where an earlier run wrote both reports: its page described
    other data than the new results.json and the new workbook beside it."""
    old = write(tmp_path / "gammel.csv", "case_id;decision;decision_date;program_start_date\n"
                                         "K1;granted;2025-01-02;2025-01-05\n")
    new = write(tmp_path / "ny.csv", "case_id;decision;decision_date;program_start_date\n"
                                     "K1;granted;2025-01-02;2025-03-05\nK2;granted;2025-01-02;2025-01-03\n")
    out = tmp_path / "ut"
    assert cli("run", old, "--as-of", AS_OF, "--out", out, "--no-history").exit_code == 0
    second = cli("run", new, "--as-of", AS_OF, "--out", out, "--no-history", "--overwrite", "--format", "xlsx")
    assert second.exit_code in (0, 1), second.output
    assert sorted(p.name for p in out.iterdir()) == ["rapport.xlsx", "results.json"]
    third = cli("run", new, "--as-of", AS_OF, "--out", out, "--no-history", "--overwrite", "--format", "none")
    assert third.exit_code in (0, 1), third.output
    assert sorted(p.name for p in out.iterdir()) == ["results.json"]


# --------------------------------------------------------------------------- Parquet


def test_parquet_whole_numbers_stored_as_float_read_as_a_workbook_gives_them(tmp_path):
    """pandas writes an integer column with a gap as float64: the key 1.0 is case «1» (as an XLSX cell and a
    CSV give it, so the files join), 1980.0 is the year 1980, and NaN — pandas' empty cell — is empty, not
    an unreadable value. 2.5 evaluations is still unreadable."""
    import polars as pl

    src = tmp_path / "flyt.parquet"
    pl.DataFrame({"case_id": [1.0, 2.0], "office": ["NAV A", "NAV B"], "birth_year": [1980.0, float("nan")],
                  "evaluations_planned": [2.0, 2.5]}).write_parquet(src)
    review = write(tmp_path / "kontor.csv", "case_id;caseworker\n1;S1\n2;S2\n")
    r = run(tmp_path, src, review)
    assert r.exit_code == 0, r.output
    res = json.loads((tmp_path / "ut" / "results.json").read_text())
    assert [(i["row"], i["column"]) for i in res["input_issues"]] == [(3, "evaluations_planned")], res["input_issues"]
    assert res["dataset"]["rows"] == 2
    s = cli("sample", src, "--total", "2", "--seed", "1", "--out", tmp_path / "s.csv")
    assert s.exit_code == 0, s.output
    assert (tmp_path / "s.csv").read_text("utf-8-sig").split()[1:] == ["1;alle", "2;alle"]


# --------------------------------------------------------------------------- CSV


def test_excels_sep_line_names_the_delimiter_and_is_no_title(tmp_path):
    """A CSV saved for Excel starts (after a BOM) with «sep=;»: that is the delimiter, said as such —
    not «row 1 was read as a title» — and the rows below are read with it."""
    src = write(tmp_path / "excel.csv", "\ufeffsep=;\r\ncase_id;office;Merknad, kort\r\nK1;NAV A, Sentrum;ny, sak\r\n"
                                        "K2;NAV B, Nord;gammel, sak\r\n")
    r = run(tmp_path, src)
    assert r.exit_code == 0, r.output
    assert "«sep=;» er Excels angivelse av skilletegnet" in r.output and "tittel" not in r.output, r.output
    res = json.loads((tmp_path / "ut" / "results.json").read_text())
    assert res["dataset"]["offices"] == ["NAV A, Sentrum", "NAV B, Nord"]
    check = cli("map", src, "--check", write(tmp_path / "m.yaml", "dataset: kvp\n"))
    assert check.exit_code == 0 and "sep=;" in check.output, check.output
