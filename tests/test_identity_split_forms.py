"""Identity numbers split over two columns, the forms the split guard missed (audit.inputs.identity_split):

a. a D-number or an H-number whose five digits stand in one column while the birth-date column holds the
   person's real birth date (the D-number adds 40 to the day, the H-number 40 to the month);
b. a file of one or two rows, too few to weigh against chance: a five-digit column right beside a birth
   date that makes a valid number in each row stops the run; the same column elsewhere, or not valid, does
   not.

False alarms are measured on random birth dates and random five digits. The numbers are made from the
sample's fictitious birth dates (sample_data.kostra.identity_number).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import polars as pl
import pytest

from audit.identity_forms import valid11
from audit.inputs.identity_split import _hits, split_columns
from sample_data.kostra import identity_number
from tests.helpers import cli

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data" / "kvp"
MAPPING = SAMPLE / "kvp_mapping.yaml"


pytestmark = pytest.mark.usefixtures("fixed_pseudonym_key")


def sample_lines() -> list[str]:
    return (SAMPLE / "kvp_saker.csv").read_text(encoding="utf-8-sig").splitlines()


def birth(line: str) -> dt.date | None:
    text = line.split(";")[4]
    return dt.datetime.strptime(text, "%d.%m.%Y").date() if text else None


def five_digits(lines: list[str], kind: str, seed: int = 3) -> list[str]:
    """Per data line, the five digits of a ``kind`` number (fnr, d, h) made from its real birth date."""
    rng = random.Random(seed)
    return [identity_number(b, rng, kind)[6:] if (b := birth(line)) else "" for line in lines]


def export(tmp_path: Path, lines: list[str], values: list[str], *, header: str = "Løpenummer",
           beside: bool = True) -> Path:
    """``lines`` (the sample's header first) with a column ``header`` of ``values``: right after
    «Fødselsdato» (``beside``) or last."""
    def put(line: str, value: str) -> str:
        cells = line.split(";")
        if beside:
            cells.insert(5, value)
        else:
            cells.append(value)
        return ";".join(cells)

    out = [put(lines[0], header)] + [put(line, v) for line, v in zip(lines[1:], values)]
    src = tmp_path / "inn" / "saker.csv"
    src.parent.mkdir(exist_ok=True)
    src.write_text("\n".join(out) + "\n", encoding="utf-8")
    return src


def run(tmp_path: Path, src: Path, out: str = "ut"):
    return cli("run", src, "-m", MAPPING, "--as-of", "2025-12-31", "--out", tmp_path / out, "--no-history")


# ---------------------------------------------------------------- a. D- and H-numbers beside the real birth date


@pytest.mark.parametrize("kind", ["d", "h"])
def test_a_d_or_h_number_split_beside_the_real_birth_date_stops_the_run(tmp_path, kind):
    lines = sample_lines()
    values = five_digits(lines[1:], kind)
    src = export(tmp_path, lines, values, beside=False)
    r = run(tmp_path, src)
    assert r.exit_code == 2, r.output
    assert "«Fødselsdato»" in r.output and "«Løpenummer»" in r.output and "saker.csv" in r.output
    assert not any(v in r.output for v in values if v) and not (tmp_path / "ut").exists()


def test_a_mix_of_fnr_d_and_h_numbers_stops_the_run(tmp_path):
    lines = sample_lines()
    kinds = [five_digits(lines[1:], k, seed=i) for i, k in enumerate(("fnr", "d", "h"))]
    values = [kinds[i % 3][i] for i in range(len(lines) - 1)]
    r = run(tmp_path, export(tmp_path, lines, values, beside=False))
    assert r.exit_code == 2, r.output


# ---------------------------------------------------------------- b. one or two rows


@pytest.mark.parametrize("rows,kind", [(1, "fnr"), (1, "d"), (2, "fnr"), (2, "h")])
def test_one_or_two_rows_with_a_five_digit_column_beside_the_birth_date_stop_the_run(tmp_path, rows, kind):
    lines = sample_lines()[: rows + 1]
    values = five_digits(lines[1:], kind)
    r = run(tmp_path, export(tmp_path, lines, values))
    assert r.exit_code == 2, r.output
    assert "«Løpenummer»" in r.output and not any(v in r.output for v in values)


def not_valid(lines: list[str], seed: int = 8) -> list[str]:
    """Five digits that make no valid number (any form) with each line's birth date."""
    rng = random.Random(seed)
    out = []
    for line in lines:
        six = birth(line).strftime("%d%m%y")
        while True:
            v = f"{rng.randrange(100000):05d}"
            if not any(valid11(f"{int(six[:2]) + dd:02d}{int(six[2:4]) + mm:02d}{six[4:]}{v}")
                       for dd, mm in ((0, 0), (40, 0), (0, 40))):
                out.append(v)
                break
    return out


def test_a_few_rows_that_do_not_all_make_a_number_or_stand_apart_run(tmp_path):
    lines = sample_lines()[:3]
    valid = five_digits(lines[1:], "fnr")
    wrong = not_valid(lines[1:])
    for i, (values, beside) in enumerate((([valid[0], wrong[1]], True), (wrong, True), (valid, False))):
        r = run(tmp_path, export(tmp_path, lines, values, beside=beside), f"ut{i}")
        assert r.exit_code == 0, (values == valid, beside, r.output)


# ---------------------------------------------------------------- false alarms on random data


def random_frame(rng: random.Random, rows: int) -> pl.DataFrame:
    start = dt.date(1940, 1, 1)
    return pl.DataFrame({
        "Fødselsdato": [(start + dt.timedelta(days=rng.randrange(65 * 365))).strftime("%d.%m.%Y") for _ in range(rows)],
        "Beløp": [str(rng.randrange(10000, 100000)) for _ in range(rows)],
    })


def test_false_alarms_on_random_data():
    """Random birth dates beside random five digits: about 1.5 % of rows make a number in one of the three
    forms, so a one-row file stops about one time in seventy, a two-row file one in five thousand; files of
    400 and 3000 rows never do."""
    rng = random.Random(2026)
    big = random_frame(rng, 100_000)
    (k, n, _row), = _hits(big, [("Fødselsdato", "Beløp")], ["Fødselsdato"], ["Beløp"]).values()
    assert n == 100_000 and 0.01 < k / n < 0.02
    one = sum(split_columns(random_frame(rng, 1), ["Fødselsdato", "Beløp"]) is not None for _ in range(100))
    assert one <= 6
    two = sum(split_columns(random_frame(rng, 2), ["Fødselsdato", "Beløp"]) is not None for _ in range(100))
    assert two == 0
    for rows in [400] * 5 + [3000] * 2:
        assert split_columns(random_frame(rng, rows), ["Fødselsdato", "Beløp"]) is None


# ---------------------------------------------------------------- the values as a word processor or a person writes them

NO_MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
             "november", "desember"]


@pytest.mark.parametrize("form", ["fullwidth", "blank", "month_name"])
def test_the_five_digits_or_the_birth_date_written_otherwise_stop_the_run(tmp_path, form):
    """Fullwidth digits («１００４６»), a blank between the digit groups («100 46»), a birth date with the
    month's name («1. januar 1990»)."""
    lines = sample_lines()
    values = five_digits(lines[1:], "fnr")
    if form == "fullwidth":
        values = [v.translate(str.maketrans("0123456789", "０１２３４５６７８９")) for v in values]
    elif form == "blank":
        values = [f"{v[:3]} {v[3:]}" if v else v for v in values]
    else:
        rows = [line.split(";") for line in lines]
        for row in rows[1:]:
            if (b := birth(";".join(row))) is not None:
                row[4] = f"{b.day}. {NO_MONTHS[b.month - 1]} {b.year}"
        lines = [";".join(row) for row in rows]
    r = run(tmp_path, export(tmp_path, lines, values, beside=False))
    assert r.exit_code == 2, r.output
    assert "«Fødselsdato»" in r.output and "«Løpenummer»" in r.output
