"""The forms of an identity number the last session left open, each driven through the CLI with an export
built in tmp_path: the run stops (exit 2) naming file, row and column (or the part of a workbook), and the
digits never come out.

1. a birth date with a four-digit year, then the personal number («01.01.1990 10046»);

The number 01019010046 is the brief's example (valid check digits); the others are synthetic
(tests.bad_inputs.fnrs, month + 80).
"""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.pseudonym import ENV_KEY, ENV_KEY_FILE

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data" / "kvp"
MAPPING = SAMPLE / "kvp_mapping.yaml"
NUMBER = "01019010046"


@pytest.fixture(autouse=True)
def key(monkeypatch, tmp_path):
    monkeypatch.delenv(ENV_KEY_FILE, raising=False)
    monkeypatch.setenv(ENV_KEY, bytes(range(32)).hex())
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def cli(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert "Traceback" not in result.output and "Intern feil" not in result.output, result.output
    return result


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
