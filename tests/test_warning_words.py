"""The warning level's bokmål word is «til vurdering», never «varsel» (docs/text.md, "The level words").

In supervision «varsel» is the notice of a decision to order correction (varsel om vedtak om
pålegg, kommuneloven § 30-4); a warning-level case is one to look at, not a step towards a pålegg.
"""

from __future__ import annotations

import json
import re

import openpyxl
from click.testing import CliRunner

from audit.cli import main
from reports import HTML_NAME, XLSX_NAME
from tests.helpers import write_csv

# K1 starts 10 days after the decision (in order), K2 after 20 days: above kvp.start_delay's
# warning limit (14 days), not above its deviation limit (30 days).
ROWS = [
    {"case_id": "K1", "decision": "granted", "decision_date": "2025-01-10", "program_start_date": "2025-01-20"},
    {"case_id": "K2", "decision": "granted", "decision_date": "2025-01-10", "program_start_date": "2025-01-30"},
]
VARSEL = re.compile(r"\bvarsl?e", re.IGNORECASE)  # varsel, varsler, VARSEL, varselgrensen; not «Advarsel»


def test_a_warning_level_case_reads_til_vurdering_on_the_terminal_in_the_workbook_and_on_the_page(tmp_path):
    src = write_csv(tmp_path / "k.csv", ROWS)
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["run", str(src), "--as-of", "2025-06-30", "--out", str(out), "--no-history"])
    assert r.exit_code == 0, r.output
    res = json.loads((out / "results.json").read_text(encoding="utf-8"))
    delay = next(c for c in res["checks"] if c["id"] == "kvp.start_delay")
    assert delay["status"] == "warning" and [(c["key"], c["level"]) for c in delay["cases"]] == [("K2", "warning")]

    # the terminal: the summary counts it, the check's line names its level and counts it
    assert re.search(r"\d+ med avvik, 1 til vurdering, ", r.output), r.output
    line = next(x for x in r.output.splitlines() if "kvp.start_delay" in x)
    assert re.match(r"  TIL VURDERING +kvp\.start_delay +0 avvik og 1 til vurdering av 2 vurderte$", line), line
    assert not VARSEL.search(r.output), r.output

    # the workbook: the case row's level, the summary's status and column, the threshold in words
    wb = openpyxl.load_workbook(out / XLSX_NAME)
    case_rows = [[c.value for c in row] for row in wb["Saker"].iter_rows(min_row=5)]
    assert [(row[2], row[3]) for row in case_rows if row[0] == "kvp.start_delay"] == [("Til vurdering", "K2")]
    cells = [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    assert "Til vurdering" in cells and any(c.startswith("Til vurdering over: 14") for c in cells)
    assert not [c for c in cells if VARSEL.search(c)]

    # the page
    html = (out / HTML_NAME).read_text(encoding="utf-8")
    assert "Til vurdering" in html and "1 til vurdering" in html
    assert not VARSEL.search(html), VARSEL.search(html)
