"""The forms of an identity number the last session left open, each driven through the CLI with an export
built in tmp_path: the run stops (exit 2) naming file, row and column (or the part of a workbook), and the
digits never come out.

1. a birth date with a four-digit year, then the personal number («01.01.1990 10046»);
2. a number split over two columns of a row: the birth date and the five digits of the personal number;
3. one zero-dropped number among hundreds of random 10-digit ids: the run goes on, the value is masked;
4. a number in a part of a workbook never read (hidden sheets, comments, document properties, defined
   names, headers and footers, sheet names, title rows): the run stops naming the part.

The number 01019010046 is the brief's example (valid check digits). A number written with a real birth
date cannot be a synthetic one (month + 80): those are made by sample_data.kostra.identity_number from
the sample's fictitious birth dates; the others are synthetic (tests.bad_inputs.fnrs).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

import openpyxl
import pytest

from audit.identity_forms import valid11
from sample_data.kostra import identity_number
from tests.bad_inputs import fnrs
from tests.helpers import cli, folder_text

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data" / "kvp"
MAPPING = SAMPLE / "kvp_mapping.yaml"
NUMBER = "01019010046"


pytestmark = pytest.mark.usefixtures("fixed_pseudonym_key")


def leaks(text: str, number: str = NUMBER) -> bool:
    """The personal number's five digits, or the number's digits with up to three other characters
    between them (any written form)."""
    spread = r"(?<!\d)" + r"\D{0,3}".join(number.lstrip("0")) + r"(?!\d)"
    return number[6:] in text or re.search(spread, text) is not None


def sample_lines() -> list[str]:
    return (SAMPLE / "kvp_saker.csv").read_text(encoding="utf-8-sig").splitlines()


def csv_export(tmp_path: Path, lines: list[str], name: str = "saker.csv") -> Path:
    src = tmp_path / "inn" / name
    src.parent.mkdir(exist_ok=True)
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return src


def with_note(tmp_path: Path, row: int, note: str) -> Path:
    """The sample export with the «Merknad» (last, unmapped) column of data row ``row`` set to ``note``."""
    lines = sample_lines()
    lines[row] = lines[row].rstrip(";") + ";" + note
    return csv_export(tmp_path, lines)


def sample_workbook(tmp_path: Path, cells: dict[tuple[int, str], object], *, lines: list[str] | None = None,
                    name: str = "saker.xlsx") -> Path:
    """The sample export as a workbook (sheet «Saker», every value text), with ``cells`` ((row, header) ->
    value; header row = 1) set."""
    lines = lines or sample_lines()
    rows = [line.split(";") for line in lines]
    headers = rows[0]
    for (r, h), v in cells.items():
        row = rows[r - 1]
        row.extend([""] * (len(headers) - len(row)))
        row[headers.index(h)] = v
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Saker"
    for row in rows:
        ws.append([v if v != "" else None for v in row])
    src = tmp_path / "inn" / name
    src.parent.mkdir(exist_ok=True)
    wb.save(src)
    return src


# ---------------------------------------------------------------- 1. a date with a four-digit year + the number

DATED = ["01.01.1990 10046", "1.1.1990-10046", "01/01/1990 10046", "1990-01-01 10046", "født 01.01.1990 10046, ring",
         "Tlf. ok. 1.1.1990 - 10046", "01011990 10046"]


@pytest.mark.parametrize("note", DATED)
def test_a_date_with_a_four_digit_year_and_the_number_stops_the_run(tmp_path, note):
    src = with_note(tmp_path, 3, note)
    out = tmp_path / "ut"
    r = cli("run", src, "-m", MAPPING, "--as-of", "2025-12-31", "--out", out, "--no-history")
    assert r.exit_code == 2, r.output
    assert "saker.csv" in r.output and "rad 4" in r.output and "«Merknad»" in r.output
    assert not leaks(r.output) and not out.exists()


def test_a_date_with_a_four_digit_year_alone_in_a_workbook_cell_stops_the_run(tmp_path):
    src = sample_workbook(tmp_path, {(5, "Merknad"): "1990-01-01 10046"})
    out = tmp_path / "ut"
    r = cli("run", src, "-m", MAPPING, "--as-of", "2025-12-31", "--out", out, "--no-history")
    assert r.exit_code == 2, r.output
    assert "saker.xlsx" in r.output and "rad 5" in r.output and "«Merknad»" in r.output
    assert not leaks(r.output) and not out.exists()


def test_a_case_date_before_an_amount_is_not_a_number(tmp_path):
    """The year gives the century, which the individnummer must fit: «12.03.2024 12500» (individnummer
    125 is for 1900–1999) is an amount, and a wrong check digit is nothing."""
    src = with_note(tmp_path, 3, "Vedtak 12.03.2024 12500 kr, 01.01.1990 10047")
    r = cli("run", src, "-m", MAPPING, "--as-of", "2025-12-31", "--out", tmp_path / "ut", "--no-history")
    assert r.exit_code == 0, r.output


def test_a_notes_column_of_payment_dates_and_amounts_runs(tmp_path):
    """«Utbetalt 03.09.2024 83036 kr»: about 1 in 100 such lines has check digits that make a number of a child
    born that day, and one of 400 stopped the run. An amount's unit after the five digits makes it an amount; the
    same date and digits without it still stop."""
    rng = random.Random(5)
    notes = [f"Utbetalt {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2024 {rng.randint(10000, 99999)} "
             + rng.choice(["kr", "kroner", "NOK", ",-"]) for _ in sample_lines()[1:]]
    parts = [re.search(r"(\d\d)\.(\d\d)\.\d\d(\d\d) (\d{5})", n).groups() for n in notes]
    chance = [n for n, (d, m, y, p) in zip(notes, parts) if valid11(d + m + y + p) and int(p[:3]) >= 500]
    assert chance  # the export holds amounts that a date before them would make a valid number of
    lines = sample_lines()
    lines[0] += ";Notat"
    lines[1:] = [line + ";" + note for line, note in zip(lines[1:], notes)]
    r = cli("run", csv_export(tmp_path, lines), "-m", MAPPING, "--as-of", "2025-12-31", "--out", tmp_path / "ut",
            "--no-history", "--format", "none")
    assert r.exit_code == 0, r.output
    bare = chance[0].rsplit(" ", 1)[0].replace("Utbetalt", "født")
    (tmp_path / "b").mkdir()
    r = cli("run", with_note(tmp_path / "b", 3, bare), "-m", MAPPING, "--as-of", "2025-12-31",
            "--out", tmp_path / "b" / "ut", "--no-history", "--format", "none")
    assert r.exit_code == 2 and "«Merknad»" in r.output, r.output


# ---------------------------------------------------------------- 2. a number split over two columns


def personal_numbers(births: list[str], seed: int = 2) -> list[str]:
    """The five digits that make a valid number with each birth date (dd.mm.yyyy; none for none)."""
    rng = random.Random(seed)
    return [identity_number(dt.datetime.strptime(b, "%d.%m.%Y").date(), rng, "fnr")[6:] if b else "" for b in births]


def with_column(tmp_path: Path, header: str, values: list[str], name: str = "saker.csv") -> Path:
    lines = sample_lines()
    lines[0] += ";" + header
    for i, v in enumerate(values, start=1):
        lines[i] += ";" + v
    return csv_export(tmp_path, lines, name)


def births() -> list[str]:
    return [line.split(";")[4] for line in sample_lines()[1:]]


@pytest.mark.parametrize("header", ["Personnr", "Løpenummer"])
def test_a_number_split_over_a_birth_date_and_a_personal_number_column_stops_the_run(tmp_path, header):
    numbers = personal_numbers(births())
    src = with_column(tmp_path, header, numbers)
    out = tmp_path / "ut"
    r = cli("run", src, "-m", MAPPING, "--as-of", "2025-12-31", "--out", out, "--no-history")
    assert r.exit_code == 2, r.output
    assert "saker.csv" in r.output and "rad 2" in r.output and "«Fødselsdato»" in r.output and f"«{header}»" in r.output
    assert not any(n in r.output for n in numbers if n) and not out.exists()


def test_a_named_personal_number_column_stops_the_run_on_one_row(tmp_path):
    """Most rows empty, one row's birth date and personal number make a valid number: the header says what
    the column is."""
    numbers = [""] * (len(births()) - 1)
    numbers.insert(6, personal_numbers(births()[6:7])[0])
    src = with_column(tmp_path, "Pnr", numbers)
    r = cli("run", src, "-m", MAPPING, "--as-of", "2025-12-31", "--out", tmp_path / "ut", "--no-history")
    assert r.exit_code == 2, r.output
    assert "rad 8" in r.output and "«Pnr»" in r.output and numbers[6] not in r.output


def test_split_in_a_workbook_with_date_cells_and_numbers_stops_the_run(tmp_path):
    """An Excel date cell and a numeric cell (a personal number whose leading zero Excel dropped reads as
    four digits)."""
    rows = [line.split(";") for line in sample_lines()]
    numbers = personal_numbers([r[4] for r in rows[1:]], seed=5)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Saker"
    ws.append(rows[0] + ["Nr"])
    for row, n in zip(rows[1:], numbers):
        row[4] = dt.datetime.strptime(row[4], "%d.%m.%Y") if row[4] else ""
        ws.append([v if v != "" else None for v in row] + [int(n) if n else None])
    src = tmp_path / "saker.xlsx"
    wb.save(src)
    out = tmp_path / "ut"
    r = cli("run", src, "-m", MAPPING, "--as-of", "2025-12-31", "--out", out, "--no-history")
    assert r.exit_code == 2, r.output
    assert "«Fødselsdato»" in r.output and "«Nr»" in r.output and not out.exists()
    assert not any(n in r.output or n.lstrip("0") in r.output for n in numbers if n)


def test_an_ordinary_five_digit_column_beside_the_birth_date_is_no_alarm(tmp_path):
    """Amounts and journal numbers make a valid number with the birth date in about one row of a hundred by
    chance: no alarm."""
    rng = random.Random(11)
    n = len(births())
    src = with_column(tmp_path, "Beløp", [str(rng.randrange(10000, 100000)) for _ in range(n)])
    r = cli("run", src, "-m", MAPPING, "--as-of", "2025-12-31", "--out", tmp_path / "ut", "--no-history")
    assert r.exit_code == 0, r.output


# ---------------------------------------------------------------- 3. one zero-dropped number among random ids

ZERO_DROPPED = fnrs(1, seed=4, days=range(1, 10))[0][1:]  # 10 digits, valid with the leading 0


def random_ids(n: int, seed: int = 5) -> list[str]:
    """``n`` random 10-digit ids, none valid as a zero-dropped number."""
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        x = str(rng.randrange(2_000_000_000, 9_999_999_999))
        if not valid11("0" + x):
            out.append(x)
    return out


def test_one_zero_dropped_number_among_random_ids_never_comes_out(tmp_path):
    """The key column holds 400 random 10-digit ids (the guard weighs them as chance, rightly) and, in row 11,
    a valid zero-dropped number; the free text of row 5 holds it too. The run goes on, the value is masked
    (the key as «••••••••••• #11», still one case) and no output holds it: results.json, workbooks, HTML,
    the history, the sample, the review workbook, the draft findings, the annual report."""
    lines = sample_lines()
    ids = random_ids(len(lines) - 1)
    ids[9] = ZERO_DROPPED
    lines = [lines[0]] + [";".join([ids[i]] + line.split(";")[1:]) for i, line in enumerate(lines[1:])]
    lines[4] = lines[4].rstrip(";") + ";ring saksnr " + ZERO_DROPPED
    src = csv_export(tmp_path, lines)
    out = tmp_path / "ut"
    history = out / "historikk.sqlite"
    r = cli("run", src, "-m", MAPPING, "--as-of", "2025-12-31", "--out", out / "kvp", "--history", history)
    assert r.exit_code == 0, r.output
    assert "«Saksnummer»" in r.output and "#11" in r.output and "«Merknad»" in r.output
    results = (out / "kvp" / "results.json").read_text(encoding="utf-8")
    assert '"••••••••••• #11"' in results
    steps = [
        ("sample", src, "-m", MAPPING, "--total", 400, "--seed", 1, "--out", out / "utvalg.csv"),
        ("review-sheet", src, "-m", MAPPING, "--out", out / "gjennomgang.xlsx"),
        ("findings", out / "kvp" / "results.json", "--out", out / "funn.docx", "--out", out / "funn.md"),
        ("annual", "--year", 2025, "--history", history, "--out", out / "arsrapport"),
        ("pseudonymise", src, out / "kopi.csv", "--column", "Saksbehandler"),
    ]
    for step in steps:
        r = cli(*step)
        assert r.exit_code == 0, (step[0], r.output)
        assert ZERO_DROPPED not in r.output, step[0]
    text = folder_text(out)
    assert ZERO_DROPPED not in text and not leaks(text, "0" + ZERO_DROPPED)
    assert all((out / name).exists() for name in ("utvalg.csv", "gjennomgang.xlsx", "funn.docx", "kopi.csv"))


# ---------------------------------------------------------------- 4. workbook parts never read

SYNTHETIC = fnrs(3, seed=9)


def _hidden_sheet(wb, state):
    ws = wb.create_sheet("Oppslag")
    ws.sheet_state = state
    ws.append(["Navn", "Nummer"])
    ws.append(["x", SYNTHETIC[0]])


def _comment(wb):
    from openpyxl.comments import Comment

    wb["Saker"]["C3"].comment = Comment(f"Sjekk {SYNTHETIC[0]}", "Saksbehandler")


def _core(field):
    def put(wb):
        setattr(wb.properties, field, f"Uttrekk {SYNTHETIC[0]}")
    return put


def _custom(wb):
    from openpyxl.packaging.custom import StringProperty

    wb.custom_doc_props.append(StringProperty(name="Klient", value=SYNTHETIC[0]))


def _defined_name(wb):
    from openpyxl.workbook.defined_name import DefinedName

    wb.defined_names["Klient"] = DefinedName("Klient", attr_text=f'"{SYNTHETIC[0]}"')


def _header(wb):
    wb["Saker"].oddHeader.center.text = f"Klient {SYNTHETIC[0]}"


def _footer_other_sheet(wb):
    ws = wb.create_sheet("Notat")
    ws.append(["ingen tall"])
    ws.oddFooter.left.text = SYNTHETIC[0]


def _sheet_name(wb):
    ws = wb.create_sheet(f"K {SYNTHETIC[0]}")
    ws.sheet_state = "hidden"


def _title_row(wb):
    wb["Saker"].insert_rows(1)
    wb["Saker"]["A1"] = f"Uttrekk for {SYNTHETIC[0][:6]} {SYNTHETIC[0][6:]}"


def _validation(wb):
    from openpyxl.worksheet.datavalidation import DataValidation

    dv = DataValidation(type="list", formula1=f'"{SYNTHETIC[0]},annet"')
    wb["Saker"].add_data_validation(dv)
    dv.add("AD2:AD5")


def _hyperlink_tooltip(wb):
    from openpyxl.worksheet.hyperlink import Hyperlink

    cell = wb["Saker"]["AD2"]
    cell.hyperlink = Hyperlink(ref="AD2", target="https://example.org", tooltip=f"Klient {SYNTHETIC[0]}")


PARTS = {
    "hidden": (lambda wb: _hidden_sheet(wb, "hidden"), "det skjulte arket «Oppslag», celle B2"),
    "very_hidden": (lambda wb: _hidden_sheet(wb, "veryHidden"), "det skjulte arket «Oppslag», celle B2"),
    "comment": (_comment, "kommentaren i celle C3 (arket «Saker»)"),
    "author": (_core("creator"), "dokumentegenskapen «forfatter»"),
    "title": (_core("title"), "dokumentegenskapen «tittel»"),
    "keywords": (_core("keywords"), "dokumentegenskapen «stikkord»"),
    "custom": (_custom, "den egendefinerte dokumentegenskapen «Klient»"),
    "defined_name": (_defined_name, "det definerte navnet «Klient»"),
    "header": (_header, "topp- eller bunnteksten i arket «Saker»"),
    "footer_other_sheet": (_footer_other_sheet, "topp- eller bunnteksten i arket «Notat»"),
    "sheet_name": (_sheet_name, "navnet på ark 2"),
    "title_row": (_title_row, "arket «Saker», celle A1"),
    "validation": (_validation, "en datavalidering, betinget formatering eller hyperkobling i arket «Saker»"),
    "hyperlink_tooltip": (_hyperlink_tooltip, "i arket «Saker»"),
}


@pytest.mark.parametrize("where", list(PARTS))
def test_a_number_in_a_part_of_the_workbook_never_read_stops_the_run(tmp_path, where):
    put, named = PARTS[where]
    src = sample_workbook(tmp_path, {})
    wb = openpyxl.load_workbook(src)
    put(wb)
    wb.save(src)
    out = tmp_path / "ut"
    for args in (("run", src, "-m", MAPPING, "--as-of", "2025-12-31", "--out", out, "--no-history"),
                 ("map", src, "--check", MAPPING)):
        r = cli(*args)
        assert r.exit_code == 2, (where, r.output)
        assert "saker.xlsx" in r.output and named in r.output, r.output
        assert not leaks(r.output, SYNTHETIC[0]) and not out.exists()


def test_the_sample_workbook_with_ordinary_extras_still_runs(tmp_path):
    """A hidden lookup sheet, a comment, properties and a defined name without identity numbers: no alarm."""
    src = sample_workbook(tmp_path, {})
    wb = openpyxl.load_workbook(src)
    ws = wb.create_sheet("Koder")
    ws.sheet_state = "hidden"
    ws.append(["Kode", "Tekst", "Løpenr"])
    ws.append([1, "Innvilget", 1816024192])
    from openpyxl.comments import Comment

    wb["Saker"]["C3"].comment = Comment("Sjekk dato 12.03.2024", "S12")
    wb.properties.creator = "NAV Trondheim"
    wb.properties.keywords = "KVP 2025"
    wb["Saker"].oddHeader.center.text = "Uttrekk 2025"
    wb.save(src)
    r = cli("run", src, "-m", MAPPING, "--as-of", "2025-12-31", "--out", tmp_path / "ut", "--no-history")
    assert r.exit_code == 0, r.output


# ---------------------------------------------------------------- fresh eyes


def test_map_check_stops_where_run_stops(tmp_path):
    """«map --check» says what run will make of the export: it said «Mappingen kan brukes med run» for an
    export whose free text held an identity number, and run then stopped. Now both stop, naming the same
    row and column."""
    src = with_note(tmp_path, 3, f"ring {SYNTHETIC[1]}")
    r = cli("map", src, "--check", MAPPING)
    assert r.exit_code == 2, r.output
    assert "rad 4" in r.output and "«Merknad»" in r.output and not leaks(r.output, SYNTHETIC[1])
    assert "kan brukes" not in r.output


def test_a_csv_title_line_holding_a_number_stops_the_run(tmp_path):
    """A title line above the header is skipped as no data, but the file still carries the number (as a
    workbook's title row does)."""
    lines = sample_lines()
    src = csv_export(tmp_path, [f"Uttrekk for klient {SYNTHETIC[2]}"] + lines)
    out = tmp_path / "ut"
    r = cli("run", src, "-m", MAPPING, "--as-of", "2025-12-31", "--out", out, "--no-history")
    assert r.exit_code == 2, r.output
    assert "rad 1" in r.output and "tittel" in r.output and not leaks(r.output, SYNTHETIC[2]) and not out.exists()


def test_parquet_metadata_holding_a_number_stops_the_run(tmp_path):
    import polars as pl
    import pyarrow.parquet as pq

    frame = pl.read_csv(SAMPLE / "kvp_saker.csv", separator=";", infer_schema_length=0)
    table = frame.to_arrow().replace_schema_metadata({"klient": f"Uttrekk {SYNTHETIC[2]}"})
    src = tmp_path / "saker.parquet"
    pq.write_table(table, src)
    out = tmp_path / "ut"
    r = cli("run", src, "-m", MAPPING, "--as-of", "2025-12-31", "--out", out, "--no-history")
    assert r.exit_code == 2, r.output
    assert "«klient»" in r.output and not leaks(r.output, SYNTHETIC[2]) and not out.exists()
