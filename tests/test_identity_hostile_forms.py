"""Forms of an identity number that hostile exports hold, found by the one detector wherever a value can
come from: split by a line break inside a cell, and the floats a spreadsheet writes for a number
(«1,5083612345E+10» with a decimal comma, trailing zeros dropped, the leading zero dropped). A column
holding one stops the run (exit 2) naming file, row and column, never the value; no output holds one.

The numbers are synthetic (month + 80, tests.bad_inputs.fnrs), never a real person's.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import polars as pl
import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.privacy import check_json_bytes, check_json_text, contains_identity_series, find_identity_numbers, redact
from tests.bad_inputs import fnrs

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data" / "kvp"
N = fnrs(1)[0]  # starts with 0
LOW = fnrs(1, seed=4, days=range(1, 10))[0]  # starts with 0: its zero-dropped forms
HIGH = next(n for n in fnrs(40) if n[0] != "0")
# zero-dropped and ending in 00: «1,2345678E9» has nine digits in all
LOW_TRAILING = next(n for seed in range(300) for n in fnrs(20, seed=seed, days=range(1, 10)) if n.endswith("00"))


pytestmark = pytest.mark.usefixtures("fixed_pseudonym_key")


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def _digits_leak(text: str, number: str) -> bool:
    """The number's digits in ``text`` with anything non-digit between them (up to three characters)."""
    import re

    pattern = r"(?<!\d)" + r"\D{0,3}".join(number.lstrip("0")) + r"(?!\d)"
    return re.search(pattern, text) is not None


def _sample_with(tmp_path: Path, old: str, new: str, *, extra: str | None = None) -> Path:
    """The sample KVP export with ``old`` replaced once by ``new`` (a quoted CSV field), or with the
    first row's last (unmapped) column set to ``extra``."""
    lines = (SAMPLE / "kvp_saker.csv").read_text(encoding="utf-8-sig").splitlines()
    if extra is not None:
        lines[1] = lines[1].rstrip(";") + ";" + extra
    else:
        lines[1] = lines[1].replace(old, new, 1)
    src = tmp_path / "inn" / "saker.csv"
    src.parent.mkdir(exist_ok=True)
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return src


BREAKS = ("\n", "\r\n", "\r", " \n", "\n ")


@pytest.mark.parametrize("brk", BREAKS)
def test_a_line_break_between_the_groups_is_found_everywhere(brk):
    text = f"Ring {N[:6]}{brk}{N[6:]} i dag"
    (a, b), = find_identity_numbers(text)
    assert text[a:b] == f"{N[:6]}{brk}{N[6:]}" and redact(text) == "Ring ••••••••••• i dag"
    assert contains_identity_series(pl.Series("v", [text, f"{N[:6]}{brk}{N[6:-1]}9", None])).to_list() == [True, False, False]
    doc = json.dumps({"v": text}, ensure_ascii=False)
    assert check_json_text(doc)[0] == 1 and check_json_bytes(doc.encode("utf-8"))[0] == 1
    assert check_json_text(json.dumps({"v": text}, indent=2))[1] == 2  # the line of the file it stands on


@pytest.mark.parametrize("brk", ["\n", "\r\n"])
def test_a_key_split_by_a_line_break_stops_the_run_and_never_reaches_an_output(tmp_path, brk):
    src = _sample_with(tmp_path, "K-000153;", f'"{N[:6]}{brk}{N[6:]}";')
    out = tmp_path / "ut"
    r = cli("run", src, "-m", SAMPLE / "kvp_mapping.yaml", "--as-of", "2025-12-31", "--out", out,
            "--history", out / "h.sqlite")
    assert r.exit_code == 2, r.output
    assert "rad 2" in r.output and "«Saksnummer»" in r.output and "vises ikke" in r.output
    assert not _digits_leak(r.output, N) and not out.exists()


def test_an_office_split_by_a_line_break_in_a_workbook_stops_the_run(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Saker"
    ws.append(["Saksnummer", "NAV-kontor", "Merknad"])
    ws.append(["K-1", "NAV A", f"ring {N[:6]}\n{N[6:]}"])
    ws.append(["K-2", "NAV A", "x"])
    src = tmp_path / "saker.xlsx"
    wb.save(src)
    r = cli("run", src, "--as-of", "2025-12-31", "--out", tmp_path / "ut", "--no-history")
    assert r.exit_code == 2 and "rad 2" in r.output and "«Merknad»" in r.output, r.output
    assert not _digits_leak(r.output, N) and not (tmp_path / "ut").exists()


def test_pseudonymise_refuses_a_copy_with_a_number_split_by_a_line_break(tmp_path):
    src = tmp_path / "inn.csv"
    src.write_text("id;fnr;tekst\n" + f'K0;{N};"{N[:6]}\n{N[6:]}"\n' + "".join(f"K{i};{N};x\n" for i in (1, 2)),
                   encoding="utf-8")
    out = tmp_path / "ut"
    out.mkdir()
    r = cli("pseudonymise", src, out / "p.csv", "-c", "fnr")
    assert r.exit_code == 2 and "«tekst»" in r.output and "--column" in r.output, r.output
    assert list(out.iterdir()) == [] and not _digits_leak(r.output, N)


def _floats(n: str) -> list[str]:
    """How a spreadsheet or a CSV export writes the number ``n`` as a float: decimal point or comma, «E10»
    or «E+10»."""
    i = n.lstrip("0")
    e = len(i) - 1
    return [f"{i[0]}.{i[1:]}E{e}", f"{i[0]},{i[1:]}E+{e:02d}", f"{i[0]},{i[1:]}e+{e}"]


def test_floats_a_spreadsheet_writes_are_found():
    trailing = next(n for seed in range(99) for n in fnrs(20, seed=seed) if n.endswith("0") and n[0] != "0")
    for n in (HIGH, LOW, trailing, LOW_TRAILING):
        i = n.lstrip("0")
        for form in _floats(n) + [f"{i[0]},{i[1:].rstrip('0')}E+{len(i) - 1}"]:
            text = f"verdi {form} her"
            (a, b), = find_identity_numbers(text)
            assert text[a:b] == form and redact(text) == "verdi ••••••••••• her", form
            if n[0] != "0":  # 11 digits: found at once; 10 (zero dropped) are weighed by the column guard
                assert contains_identity_series(pl.Series("v", [text, "1,5E+10"])).to_list() == [True, False], form
                assert check_json_bytes(json.dumps({"v": text}).encode())[0] == 1 and check_json_text(json.dumps([text]))[0] == 1
    # a float that is not a whole number of 10–11 digits, or a plain measurement, is nothing
    for text in ("1,5836E+10", "2,5E+09", "1.23456789E5", "3,14"):
        assert find_identity_numbers(text) == [], text


@pytest.mark.parametrize("column", ["NAV-kontor", "Merknad"])
def test_a_float_with_a_decimal_comma_stops_the_run(tmp_path, column):
    form = _floats(HIGH)[1]
    src = (_sample_with(tmp_path, "NAV Lerkendal", form) if column == "NAV-kontor"
           else _sample_with(tmp_path, "", "", extra=form))
    out = tmp_path / "ut"
    r = cli("run", src, "-m", SAMPLE / "kvp_mapping.yaml", "--as-of", "2025-12-31", "--out", out,
            "--history", out / "h.sqlite")
    assert r.exit_code == 2 and "rad 2" in r.output and f"«{column}»" in r.output and "vises ikke" in r.output, r.output
    assert not _digits_leak(r.output, HIGH) and not out.exists()


def test_pseudonymise_refuses_a_copy_with_a_float_in_another_column(tmp_path):
    dropped = LOW_TRAILING.lstrip("0").rstrip("0")
    for i, form in enumerate((_floats(HIGH)[1], _floats(LOW)[0], _floats(LOW)[1], f"{dropped[0]},{dropped[1:]}E9")):
        src = tmp_path / f"inn{i}.csv"
        src.write_text("id;fnr;tekst\n" + f"K0;{N};{form}\n" + "".join(f"K{j};{N};x\n" for j in (1, 2)), encoding="utf-8")
        out = tmp_path / f"ut{i}"
        out.mkdir()
        r = cli("pseudonymise", src, out / "p.csv", "-c", "fnr")
        assert r.exit_code == 2 and "«tekst»" in r.output and "rad 2" in r.output, (form, r.output)
        assert list(out.iterdir()) == []


def _escaped(n: str, how: str) -> str:
    """``n`` spelled with escapes a YAML or JSON parser turns into digits (or a line break between the groups)."""
    if how == "unicode":
        return "".join(f"\\u{ord(c):04x}" for c in n)
    if how == "hex":
        return "".join(f"\\x{ord(c):02x}" for c in n)
    return f"{n[:6]}\\n{n[6:]}"


@pytest.mark.parametrize("how", ["unicode", "hex", "newline"])
def test_a_yaml_file_spelling_one_with_escapes_is_refused(tmp_path, how):
    """Årshjul, mapping and parameter files are read by PyYAML: the values it makes are guarded, not only
    the file's text (a double-quoted «\\u0030…» or «\\n» is a digit or a line break once parsed)."""
    cli("demo", "--out", tmp_path / "demo")
    plan = tmp_path / "demo" / "arshjul.yaml"
    text = plan.read_text(encoding="utf-8").replace("eksempel (NAV Trondheim)", f"NAV {_escaped(N, how)}")
    plan.write_text(text, encoding="utf-8")
    r = cli("schedule", "show", "-f", plan, "--year", "2026")
    assert r.exit_code == 2 and "vises ikke" in r.output, r.output
    assert not _digits_leak(r.output, N)
    mapping = tmp_path / "m.yaml"
    mapping.write_text((SAMPLE / "kvp_mapping.yaml").read_text(encoding="utf-8").replace(
        "Innvilget: granted", f'"Innvilget {_escaped(N, how)}": granted'), encoding="utf-8")
    r = cli("run", SAMPLE / "kvp_saker.csv", "-m", mapping, "--out", tmp_path / "ut", "--no-history")
    assert r.exit_code == 2 and "vises ikke" in r.output and not _digits_leak(r.output, N), r.output
    assert not (tmp_path / "ut").exists()


def test_a_yaml_plain_scalar_folded_over_two_lines_is_refused(tmp_path):
    """YAML folds a plain scalar continued on an indented line into one line: «018160» and, four spaces in,
    «98234» are «018160 98234» once parsed."""
    cli("demo", "--out", tmp_path / "demo")
    plan = tmp_path / "demo" / "arshjul.yaml"
    text = plan.read_text(encoding="utf-8").replace("    title: Kvartalsvis gjennomgang av KVP-saker",
                                                    f"    title: Gjennomgang {N[:6]}\n           {N[6:]}")
    plan.write_text(text, encoding="utf-8")
    r = cli("schedule", "show", "-f", plan, "--year", "2026")
    assert r.exit_code == 2 and "vises ikke" in r.output, r.output
    assert not _digits_leak(r.output, N)


def test_a_results_json_spelling_one_with_unicode_escapes_is_refused(tmp_path):
    out = tmp_path / "ut"
    assert cli("run", SAMPLE / "kvp_saker.csv", "-m", SAMPLE / "kvp_mapping.yaml", "--as-of", "2025-12-31",
               "--out", out, "--no-history", "--format", "none").exit_code == 0
    text = (out / "results.json").read_text(encoding="utf-8")
    assert '"NAV Lerkendal"' in text
    for how in ("unicode", "newline"):
        doc = tmp_path / f"fra_andre_{how}.json"
        doc.write_text(text.replace('"NAV Lerkendal"', f'"NAV {_escaped(N, how)}"'), encoding="utf-8")
        for args in (("report", doc, "--out", tmp_path / "rapport"), ("findings", doc),
                     ("compare", doc, "--out", tmp_path / "cmp")):
            r = cli(*args)
            assert r.exit_code == 2 and "vises ikke" in r.output, (how, args[0], r.output)
            assert not _digits_leak(r.output, N)
    assert not (tmp_path / "rapport").exists() and not (tmp_path / "cmp").exists()


def _ooxml(n: str) -> str:
    """``n`` as OOXML's escapes (``_x0030_`` is «0»): Excel shows the digits, in the workbook read and in any
    workbook the text is written into."""
    return "".join(f"_x{ord(c):04X}_" for c in n)


def test_digits_spelled_as_ooxml_escapes_are_found():
    text = f"NAV {_ooxml(N[:6])} {N[6:]}"
    (a, b), = find_identity_numbers(text)
    assert text[a:b] == f"{_ooxml(N[:6])} {N[6:]}" and redact(text) == "NAV •••••••••••"
    assert contains_identity_series(pl.Series("v", [text, "_x0030_ K-1", None])).to_list() == [True, False, False]
    assert check_json_bytes(json.dumps({"v": text}).encode())[0] == 1
    assert find_identity_numbers("_x005F_x0030_") == [] and find_identity_numbers(f"x{_ooxml('1234')}") == []


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_an_office_spelled_with_ooxml_escapes_stops_the_run(tmp_path, kind):
    """A workbook whose cell holds «NAV _x0030__x0031_…» is «NAV 01…» in Excel; written into rapport.xlsx as
    it came, Excel would show the number there too."""
    if kind == "xlsx":
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(["Saksnummer", "NAV-kontor"])
        ws.append(["K-1", f"NAV {_ooxml(N)}"])
        ws.append(["K-2", "NAV A"])
        src = tmp_path / "saker.xlsx"
        wb.save(src)
    else:
        src = tmp_path / "saker.csv"
        src.write_text(f"Saksnummer;NAV-kontor\nK-1;NAV {_ooxml(N)}\nK-2;NAV A\n", encoding="utf-8")
    r = cli("run", src, "--as-of", "2025-12-31", "--out", tmp_path / "ut", "--no-history")
    assert r.exit_code == 2 and "rad 2" in r.output and "«NAV-kontor»" in r.output, r.output
    assert not (tmp_path / "ut").exists() and _ooxml(N)[:14] not in r.output


def test_a_title_over_two_lines_makes_a_calendar_not_an_internal_error(tmp_path):
    """A hostile årshjul: a title with a line break (a double-quoted «\\n») was exit 3 in schedule ics."""
    cli("demo", "--out", tmp_path / "demo")
    plan = tmp_path / "demo" / "arshjul.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace('"Årshjul for internkontroll – eksempel (NAV Trondheim)"', '"Årshjul\\r\\nNAV Trondheim"'),
                    encoding="utf-8")
    r = cli("schedule", "ics", "-f", plan, "--year", "2026", "--out", tmp_path / "a.ics")
    assert r.exit_code == 0, r.output
    assert "X-WR-CALNAME:Årshjul NAV Trondheim 2026" in (tmp_path / "a.ics").read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", ["list", "struct", "binary"])
def test_a_parquet_column_of_lists_structs_or_bytes_holding_one_stops_the_run(tmp_path, kind):
    """Nested and binary Parquet values were masked as they were read, so the guard never saw the number:
    the run went on and pseudonymise wrote the column as «<dict>» or a Series' repr."""
    value = {"list": [[N], ["x"], []], "struct": [{"a": N}, {"a": "x"}, {"a": None}],
             "binary": [N.encode(), b"x", b""]}[kind]
    frame = pl.DataFrame({"Saksnummer": ["K-1", "K-2", "K-3"], "NAV-kontor": ["NAV A"] * 3, "Merknad": value})
    src = tmp_path / "saker.parquet"
    frame.write_parquet(src)
    r = cli("run", src, "--as-of", "2025-12-31", "--out", tmp_path / "ut", "--no-history")
    assert r.exit_code == 2 and "rad 2" in r.output and "«Merknad»" in r.output, r.output
    assert not (tmp_path / "ut").exists() and not _digits_leak(r.output, N)
    out = tmp_path / "kopi"
    out.mkdir()
    r = cli("pseudonymise", src, out / "p.parquet", "-c", "Saksnummer")
    assert r.exit_code == 2 and "«Merknad»" in r.output and list(out.iterdir()) == [], r.output


def test_a_parquet_column_of_lists_without_one_is_read_as_its_values(tmp_path):
    frame = pl.DataFrame({"Saksnummer": ["K-1", "K-2"], "NAV-kontor": ["NAV A"] * 2, "Merknad": [["a", "b"], []],
                          "Fnr": [N, N]})
    src = tmp_path / "saker.parquet"
    frame.write_parquet(src)
    out = tmp_path / "kopi"
    out.mkdir()
    r = cli("pseudonymise", src, out / "p.parquet", "-c", "Fnr")
    assert r.exit_code == 0, r.output
    assert pl.read_parquet(out / "p.parquet")["Merknad"].to_list() == ['["a", "b"]', "[]"]
