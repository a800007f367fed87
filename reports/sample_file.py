"""The sample file of ``nav-audit sample``: the drawn cases as CSV or XLSX, and a JSON sidecar.

What is drawn and why lives in :mod:`audit.supervision.sampling`; this module only writes.
"""

from __future__ import annotations

from pathlib import Path

from audit.errors import InputError
from audit.io import atomic_write_bytes, atomic_write_json, neutralise_frame
from audit.supervision.sampling import Sample, sidecar_path
from audit.text import msg, t
from reports.excel import new_workbook, page_setup, save_workbook, set_text


def write_sample(sample: Sample, out: str | Path) -> list[Path]:
    """Write the sample as CSV (``;``, UTF-8 with BOM) or XLSX, and its JSON sidecar."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InputError(msg("error.sample.csv_or_xlsx"), file=str(out))
    if suffix == ".csv":
        text = neutralise_frame(sample.frame).write_csv(separator=";")  # no formula from the data (issue 14)
        atomic_write_bytes(out, b"\xef\xbb\xbf" + text.encode("utf-8"))
    else:
        wb = new_workbook(t("sample.sheet", sample.lang), sample.lang)
        ws = wb.active
        ws.title = t("sample.sheet", sample.lang)
        for j, h in enumerate(sample.frame.columns, start=1):
            set_text(ws.cell(row=1, column=j), h, sample.lang)
        for i, row in enumerate(sample.frame.iter_rows(), start=2):
            for j, v in enumerate(row, start=1):
                set_text(ws.cell(row=i, column=j), v, sample.lang)
        ws.freeze_panes = "A2"
        page_setup(ws, 1)  # A4, fitted to the width, the header row on every page
        save_workbook(wb, out)
    side = atomic_write_json(sidecar_path(out), sample.metadata(files={"sample": out.name}))
    return [out, side]


__all__ = ["write_sample"]
