"""A number typed over two header cells side by side («Fødselsnummer 010190» | «10046»: the message listing
the headers printed both), in a CSV or a workbook, and in the upper row of a workbook's two-level header,
whose names are not used (never looked at before): the run and map stop, naming the column or the cell.

01019010046 is a valid number (check digits).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from tests.helpers import cli


SAMPLE = Path(__file__).resolve().parent.parent / "sample_data" / "kvp"
MAPPING = SAMPLE / "kvp_mapping.yaml"

pytestmark = pytest.mark.usefixtures("fixed_pseudonym_key")


def leaks(text: str) -> bool:
    return "10046" in text


def test_a_number_over_two_header_cells_of_a_csv_stops_the_run(tmp_path):
    lines = (SAMPLE / "kvp_saker.csv").read_text(encoding="utf-8-sig").splitlines()
    lines[0] += ";Fødselsnummer 010190;10046"
    lines[1:] = [line + ";;" for line in lines[1:]]
    src = tmp_path / "saker.csv"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for args in (("run", src, "-m", MAPPING, "--as-of", "2025-12-31", "--out", tmp_path / "ut", "--no-history"),
                 ("map", src, "--out", tmp_path / "mapping.yaml")):
        r = cli(*args)
        assert r.exit_code == 2 and not leaks(r.output), r.output
    assert not (tmp_path / "ut").exists() and not (tmp_path / "mapping.yaml").exists()


def workbook(tmp_path: Path, upper: list, lower: list, merges: list[str]) -> Path:
    """The sample export as a workbook whose header is two rows (``upper`` above ``lower``)."""
    lines = (SAMPLE / "kvp_saker.csv").read_text(encoding="utf-8-sig").splitlines()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Saker"
    ws.append(upper)
    ws.append(lower)
    for m in merges:
        ws.merge_cells(m)
    for line in lines[1:]:
        ws.append([v if v != "" else None for v in line.split(";")])
    src = tmp_path / "saker.xlsx"
    wb.save(src)
    return src


def test_a_number_in_a_two_level_headers_upper_row_stops_the_run(tmp_path):
    headers = (SAMPLE / "kvp_saker.csv").read_text(encoding="utf-8-sig").splitlines()[0].split(";")
    upper = [headers[0], "Person 010190", "10046"] + [None] * (len(headers) - 3)
    src = workbook(tmp_path, upper, [None] + headers[1:], ["A1:A2"])
    out = tmp_path / "ut"
    r = cli("run", src, "-m", MAPPING, "--as-of", "2025-12-31", "--out", out, "--no-history")
    assert r.exit_code == 2, r.output
    assert "«Saker»" in r.output and "B1" in r.output and not leaks(r.output) and not out.exists()
