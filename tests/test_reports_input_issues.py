"""Unreadable values in the reports: each on a row of its own up to ISSUE_ROWS, above that grouped by
file, column and message with their number and first rows, on the method sheet and the page alike
(results.json's ``input_issues`` lists every one)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl

import reports.model
from reports import render_reports
from reports.model import ISSUE_ROWS
from tests.test_reports_reading import page_text

FIXTURE = Path(__file__).parent / "fixtures" / "results_kvp.json"
DATE_MESSAGE = "ugyldig dato 'ukjent'"
YES_NO_MESSAGE = "ukjent verdi 'kanskje' (forventet ja/nei)"


def with_issues(n_dates: int, n_yes_no: int) -> dict:
    """The fixture's results with ``n_dates`` unreadable dates (rows 2, 3, …) and ``n_yes_no`` unreadable
    yes/no values (every third row from 4), interleaved as loading reports them (by row)."""
    results = json.loads(FIXTURE.read_text(encoding="utf-8"))
    issues = [{"file": "saker.csv", "row": 2 + i, "column": "VEDTAK_DATO", "message": DATE_MESSAGE} for i in range(n_dates)]
    issues += [{"file": "saker.csv", "row": 4 + 3 * i, "column": "Klageadgang", "message": YES_NO_MESSAGE}
               for i in range(n_yes_no)]
    results["input_issues"] = sorted(issues, key=lambda i: i["row"])
    return results


def method_rows(out: Path) -> list[tuple]:
    ws = openpyxl.load_workbook(out / "rapport.xlsx")["Metode"]
    rows = [tuple(c for c in r) for r in ws.iter_rows(values_only=True)]
    return rows[[r[0] for r in rows].index("Verdier som ikke kunne leses"):]


def test_up_to_issue_rows_each_value_is_listed_with_its_row(tmp_path):
    render_reports(with_issues(ISSUE_ROWS, 0), tmp_path, formats=("xlsx", "html"))
    rows = method_rows(tmp_path)
    assert rows[1][:4] == ("Fil", "Rad", "Kolonne", "Melding")
    assert [r[:4] for r in rows[2:]] == [("saker.csv", 2 + i, "VEDTAK_DATO", DATE_MESSAGE) for i in range(ISSUE_ROWS)]
    text = page_text(tmp_path / "rapport.html")
    assert f"{ISSUE_ROWS - 200} flere i arbeidsboka (rapport.xlsx)." in text  # the page's first 200, the rest there
    assert "samlet per fil" not in text


def test_above_issue_rows_they_are_grouped_on_the_sheet_and_the_page(tmp_path):
    render_reports(with_issues(ISSUE_ROWS, 400), tmp_path, formats=("xlsx", "html"))
    total = f"{ISSUE_ROWS + 400:,}".replace(",", "\u00a0")
    rows = method_rows(tmp_path)
    assert rows[1][0].startswith(f"{total} verdier kunne ikke leses. Her står de samlet per fil, kolonne og melding")
    assert "results.json, «input_issues»" in rows[1][0]
    assert rows[2][:5] == ("Fil", "Kolonne", "Melding", "Antall", "Første rader")
    # in the order each group first appears: row 2 is a date, row 4 the first yes/no value
    assert [r[:5] for r in rows[3:]] == [("saker.csv", "VEDTAK_DATO", DATE_MESSAGE, ISSUE_ROWS, "2, 3, 4, 5, 6 …"),
                                         ("saker.csv", "Klageadgang", YES_NO_MESSAGE, 400, "4, 7, 10, 13, 16 …")]
    text = page_text(tmp_path / "rapport.html")
    section = text[text.rindex("Verdier som ikke kunne leses"):]
    assert f"{total.replace(chr(160), ' ')} verdier kunne ikke leses. Her står de samlet" in text
    assert re.search(r"VEDTAK_DATO ugyldig dato 'ukjent' 1 000 2, 3, 4, 5, 6 … saker\.csv Klageadgang "
                     r"ukjent verdi 'kanskje' \(forventet ja/nei\) 400 4, 7, 10, 13, 16 …", section.replace("&#39;", "'"))
    assert "flere i arbeidsboka" not in section  # no row-by-row list that points to the workbook


def test_groups_beyond_the_limit_are_counted_in_english_too(tmp_path, monkeypatch):
    monkeypatch.setattr(reports.model, "MAX_GROUPS", 1)
    render_reports(with_issues(ISSUE_ROWS, 3), tmp_path, lang="en", formats=("xlsx", "html"))
    ws = openpyxl.load_workbook(tmp_path / "rapport.xlsx")["Method"]
    values = [c for r in ws.iter_rows(values_only=True) for c in r if c is not None]
    assert "1 more such groups in the results file (results.json)." in values
    assert "First rows" in values and YES_NO_MESSAGE not in values
    text = page_text(tmp_path / "rapport.html")
    assert "1,003 values could not be read. They are shown together per file, column and message" in text
    assert "1 more such groups in the results file (results.json)." in text
