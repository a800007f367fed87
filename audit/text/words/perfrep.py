"""Words of the streamed case sheets of the run workbook (reports/case_sheet.py)."""

from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    "reports.cases.continued": {
        "nb": "Fortsettelse av arket «{first}»: et Excel-ark rommer 1 048 576 rader, så sakene fortsetter her "
              "(sak {start}–{end} av {total}).",
        "en": "Continued from the sheet «{first}»: an Excel sheet holds 1,048,576 rows, so the cases continue here "
              "(case {start}–{end} of {total}).",
    },
}
