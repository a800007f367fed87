"""Small openpyxl helpers shared by the supervision workbooks (imported only when writing)."""

from __future__ import annotations

import datetime as dt
import re

from audit.text import t

# Characters XML 1.0 cannot hold (openpyxl refuses them).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def clean(text: str) -> str:
    return _ILLEGAL.sub("", text)


def set_text(cell, value, lang: str = "nb") -> None:
    """Write a value; text is always text (a leading «=» never becomes a formula); a boolean
    is the word for yes or no in ``lang``."""
    if value is None:
        cell.value = None
        return
    if isinstance(value, bool):
        cell.value = t("yes" if value else "no", lang)
        cell.data_type = "s"
        return
    if isinstance(value, (int, float, dt.date, dt.datetime)):
        cell.value = value
        if isinstance(value, dt.date):
            cell.number_format = "dd.mm.yyyy"
        return
    cell.value = clean(str(value))
    cell.data_type = "s"


def autosize(ws, widths: dict[int, int] | None = None, minimum: int = 8, maximum: int = 60) -> None:
    from openpyxl.utils import get_column_letter

    best: dict[int, int] = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            text = cell.value.strftime("%d.%m.%Y") if isinstance(cell.value, (dt.date, dt.datetime)) else str(cell.value)
            longest = max((len(line) for line in text.split("\n")), default=0)
            best[cell.column] = max(best.get(cell.column, 0), longest)
    for col, width in best.items():
        w = (widths or {}).get(col, min(max(width + 2, minimum), maximum))
        ws.column_dimensions[get_column_letter(col)].width = w
