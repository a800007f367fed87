"""Loading exports: encodings, delimiters, dates, booleans, mappings, XLSX, Parquet, joins."""

from __future__ import annotations

import datetime as dt

import openpyxl
import polars as pl
import pytest

from audit.errors import InputError
from audit.inputs import load_file, load_inputs
from audit.inputs.mapping import load_mapping


def write(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def mapping(tmp_path, text, name="m.yaml"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return load_mapping(p)


def test_cp1252_semicolon_with_norwegian_headers_and_mapping(tmp_path):
    f = write(tmp_path / "saker.csv",
              "Saksnr;Kontor;Vedtak;Vedtaksdato;Begrunnet: nødvendig\n"
              "K1;NAV Østbyen;Innvilget;05.03.2025;Ja\n"
              "K2;NAV Ålesund;Avslag;2025-03-06;Nei\n", encoding="cp1252")
    m = mapping(tmp_path, """
dataset: kvp
columns: {case_id: Saksnr, office: Kontor, decision: Vedtak, decision_date: Vedtaksdato,
          ground_necessity: "Begrunnet: nødvendig"}
values:
  decision: {Innvilget: granted, Avslag: refused}
""")
    t = load_file(f, "kvp", m)
    assert t.frame["office"].to_list() == ["NAV Østbyen", "NAV Ålesund"]
    assert t.frame["decision"].to_list() == ["granted", "refused"]
    assert t.frame["decision_date"].to_list() == [dt.date(2025, 3, 5), dt.date(2025, 3, 6)]
    assert t.frame["ground_necessity"].to_list() == [True, False]
    assert t.issues == []
    assert t.sources[0].details["encoding"] == "cp1252" and t.sources[0].details["delimiter"] == ";"


def test_utf8_bom_comma_and_all_date_forms(tmp_path):
    f = write(tmp_path / "a.csv", "\ufeffcase_id,decision_date,end_date,appeal_info\n"
              "A,2025-01-02,45658,X\nB,2.1.2025,45658.0,\nC,2025-01-02 00:00:00,,true\n")
    t = load_file(f, "kvp")
    assert t.frame["case_id"].to_list() == ["A", "B", "C"]
    assert t.frame["decision_date"].to_list() == [dt.date(2025, 1, 2)] * 3
    assert t.frame["end_date"].to_list() == [dt.date(2025, 1, 1), dt.date(2025, 1, 1), None]
    assert t.frame["appeal_info"].to_list() == [True, None, True]


@pytest.mark.parametrize("word,value", [("ja", True), ("NEI", False), ("Yes", True), ("no", False),
                                        ("1", True), ("0", False), ("x", True), ("TRUE", True), ("false", False)])
def test_boolean_words(tmp_path, word, value):
    t = load_file(write(tmp_path / "b.csv", f"case_id;appeal_info\nK;{word}\n"), "kvp")
    assert t.frame["appeal_info"].to_list() == [value]


def test_blank_means_false_only_when_mapping_says_so(tmp_path):
    f = write(tmp_path / "b.csv", "case_id;appeal_info;ground_age\nK1;;\nK2;x;x\n")
    m = mapping(tmp_path, 'dataset: kvp\nvalues:\n  appeal_info: {"": false}\n')
    t = load_file(f, "kvp", m)
    assert t.frame["appeal_info"].to_list() == [False, True]
    assert t.frame["ground_age"].to_list() == [None, True]


def test_unreadable_values_become_issues_with_row_and_header(tmp_path):
    f = write(tmp_path / "c.csv", "Saksnr;Vedtaksdato;Vedtak;Timer\nK1;31.02.2025;Innvilget;37,5\nK2;2025-01-01;Kanskje;mange\n")
    m = mapping(tmp_path, "dataset: kvp\ncolumns: {case_id: Saksnr, decision_date: Vedtaksdato, decision: Vedtak, "
                          "hours_per_week: Timer}\nvalues: {decision: {Innvilget: granted}}\n")
    t = load_file(f, "kvp", m)
    got = {(i.row, i.column) for i in t.issues}
    assert got == {(2, "Vedtaksdato"), (3, "Vedtak"), (3, "Timer")}
    assert any("31.02.2025" in i.message for i in t.issues)
    assert t.frame["__bad__decision_date"].to_list() == [True, False]
    assert t.frame["hours_per_week"].to_list() == [37.5, None]


def test_custom_date_format(tmp_path):
    f = write(tmp_path / "d.csv", "case_id;decision_date\nK1;20250305\n")
    m = mapping(tmp_path, 'dataset: kvp\ndate_format: "%Y%m%d"\n')
    assert load_file(f, "kvp", m).frame["decision_date"].to_list() == [dt.date(2025, 3, 5)]


def test_mapping_header_missing_names_closest_headers(tmp_path):
    f = write(tmp_path / "e.csv", "Saksnummer;Vedtaksdato\nK1;2025-01-01\n")
    m = mapping(tmp_path, "dataset: kvp\ncolumns: {case_id: Saksnummer, decision_date: Vedtaksdto}\n")
    with pytest.raises(InputError) as e:
        load_file(f, "kvp", m)
    text = str(e.value)
    assert "Vedtaksdto" in text and "«Vedtaksdato»" in text and "e.csv" in text


def test_duplicate_keys_and_missing_key(tmp_path):
    with pytest.raises(InputError, match="ikke unik") as e:
        load_file(write(tmp_path / "f.csv", "case_id;office\nK1;A\nK2;B\nK1;C\n"), "kvp")
    assert e.value.row == 4 and e.value.value == "K1"
    with pytest.raises(InputError, match="nøkkelkolonnen «case_id» finnes ikke"):
        load_file(write(tmp_path / "g.csv", "id;office\nK1;A\n"), "kvp")


def test_extra_columns_are_carried_along(tmp_path):
    t = load_file(write(tmp_path / "h.csv", "case_id;Merknad\nK1;noe\n"), "kvp")
    assert t.frame["Merknad"].to_list() == ["noe"]


def test_xlsx_sheet_real_dates_blank_rows(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Annet"
    ws = wb.create_sheet("Saker")
    ws.append(["Saksnr", "Vedtaksdato", "Timer"])
    ws.append(["K1", dt.datetime(2025, 3, 5), 37.5])
    ws.append([None, None, None])
    ws.append(["K2", "06.03.2025", 30])
    path = tmp_path / "s.xlsx"
    wb.save(path)
    m = mapping(tmp_path, "dataset: kvp\nsheet: Saker\ncolumns: {case_id: Saksnr, decision_date: Vedtaksdato, hours_per_week: Timer}\n")
    t = load_file(path, "kvp", m)
    assert t.frame["decision_date"].to_list() == [dt.date(2025, 3, 5), dt.date(2025, 3, 6)]
    assert t.frame["hours_per_week"].to_list() == [37.5, 30.0]
    assert t.frame["__row"].to_list() == [2, 4]  # the blank row 3 is skipped, row numbers kept


def test_parquet(tmp_path):
    path = tmp_path / "p.parquet"
    pl.DataFrame({"case_id": ["K1"], "decision_date": [dt.date(2025, 1, 2)], "hours_per_week": [37.5],
                  "appeal_info": [True]}).write_parquet(path)
    t = load_file(path, "kvp")
    row = t.frame.row(0, named=True)
    assert (row["decision_date"], row["hours_per_week"], row["appeal_info"]) == (dt.date(2025, 1, 2), 37.5, True)


def test_join_on_key_and_conflicts(tmp_path):
    a = write(tmp_path / "a.csv", "case_id;decision;decision_date\nK1;granted;2025-01-01\nK2;refused;2025-01-02\n")
    b = write(tmp_path / "b.csv", "case_id;ground_age;decision\nK1;ja;granted\nK3;nei;\n")
    t = load_inputs([a, b], "kvp")
    f = t.frame.sort("case_id")
    assert f["case_id"].to_list() == ["K1", "K2", "K3"]
    assert f["ground_age"].to_list() == [True, None, False]
    assert f["decision"].to_list() == ["granted", "refused", None]
    c = write(tmp_path / "c.csv", "case_id;decision\nK2;granted\n")
    with pytest.raises(InputError) as e:
        load_inputs([a, c], "kvp")
    text = str(e.value)
    assert "K2" in text and "decision" in text and "refused" in text and "granted" in text


def test_identity_numbers_stop_the_run_without_echo(tmp_path):
    fnr = "15038512363"  # synthetic, valid check digits
    f = write(tmp_path / "i.csv", f"case_id;Fnr\nK1;{fnr}\nK2;{fnr}\n")
    with pytest.raises(InputError) as e:
        load_file(f, "kvp")
    assert "Fnr" in str(e.value) and "2 verdier" in str(e.value) and fnr not in str(e.value)


def test_pseudonymised_column_and_a_new_key_file_is_announced(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    fnr = "15038512363"  # synthetic, valid check digits
    f = write(tmp_path / "p.csv", f"case_id;Fnr\nK1;{fnr}\n")
    m = mapping(tmp_path, "dataset: kvp\npseudonymise: [Fnr]\n")
    t = load_file(f, "kvp", m)
    assert t.frame["Fnr"][0].startswith("P-") and fnr not in t.frame["Fnr"][0]
    assert (tmp_path / "cfg" / "nav-audit").is_dir()
    assert any("nav-audit" in str(n) and "cfg" in str(n) for n in t.notes), t.notes


def test_a_kostra_file_where_only_csv_xlsx_parquet_fit_says_so(tmp_path):
    from audit.inputs import read_raw

    line = "5001" + "25" + " " * 146
    path = write(tmp_path / "k.dat", line + "\n")
    with pytest.raises(InputError, match="KOSTRA-fil") as e:
        read_raw(path)
    assert "nav-audit run" in str(e.value)


@pytest.mark.parametrize("where", ["after a newline", "inside a line", "behind a character cut by a chunk"])
def test_the_line_of_the_first_bad_utf8_byte_across_chunks(tmp_path, where):
    """The streamed UTF-8 check names the line of the first bad byte wherever it falls."""
    from audit.inputs import csvfile

    line = "K1;NAV Østbyen;æøå\n".encode()
    lines = csvfile.CHUNK // len(line) + 5
    data = bytearray(line * lines)
    if where == "after a newline":
        pos = data.rindex(b"\n", 0, csvfile.CHUNK + 40) + 1
    elif where == "inside a line":
        pos = csvfile.CHUNK + 7
    else:  # a two-byte letter cut by the chunk boundary, then a bad byte right behind it
        pos = csvfile.CHUNK + 1
        data[pos - 2:pos] = "Ø".encode()
    data[pos] = 0xFF
    path = tmp_path / "a.csv"
    path.write_bytes(bytes(data))
    assert csvfile._first_bad_utf8_line(path) == bytes(data[:pos]).count(b"\n") + 1
    path.write_bytes(line * 3)
    assert csvfile._first_bad_utf8_line(path) is None
