"""Builders of bad and messy input files, shared by the bad-input tests.

Each builder writes its file(s) under a folder and returns what is needed to run it.
Identity numbers are synthetic (month + 80, sample_data.kostra), never a real person's.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import zipfile
from pathlib import Path

import openpyxl
import polars as pl

from sample_data.kostra import identity_number


def fnrs(n: int, seed: int = 1, days: range | None = None) -> list[str]:
    """``n`` different synthetic identity numbers (valid check digits)."""
    rng = random.Random(seed)
    out: list[str] = []
    i = 0
    while len(out) < n:
        birth = dt.date(1960, 1, 1) + dt.timedelta(days=37 * i)
        i += 1
        if days is not None and birth.day not in days:
            continue
        out.append(identity_number(birth, rng))
    return out


def text_file(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def xlsx(path: Path, rows: list[list], *, merges: tuple[str, ...] = (), title: str | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    if title:
        ws.title = title
    for row in rows:
        ws.append(row)
    for rng in merges:
        ws.merge_cells(rng)
    wb.save(path)
    return path


def replace_part(src: Path, dst: Path, part: str, data: bytes) -> Path:
    """A copy of the workbook ``src`` with one zip member replaced."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, data if info.filename == part else zin.read(info.filename))
    return dst


def entity_bomb_sheet(levels: int = 9) -> bytes:
    """A sheet whose one cell expands to 10**levels copies of "lol" if entities were expanded."""
    ents = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, levels + 1)
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<!DOCTYPE worksheet [{"".join(ents)}]>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>case_id</t></is></c></row>'
        f'<row r="2"><c r="A2" t="inlineStr"><is><t>&lol{levels};</t></is></c></row>'
        "</sheetData></worksheet>"
    ).encode("utf-8")


def entity_bomb_xlsx(folder: Path, name: str = "bombe.xlsx") -> Path:
    plain = xlsx(folder / f"_plain_{name}", [["case_id"], ["K1"]])
    out = replace_part(plain, folder / name, "xl/worksheets/sheet1.xml", entity_bomb_sheet())
    plain.unlink()
    return out


def ole_file(path: Path, stream: str) -> Path:
    """The magic of an OLE compound file, a directory entry named ``stream`` (UTF-16), then junk."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    entry = stream.encode("utf-16-le") + bytes(64 - 2 * len(stream))
    path.write_bytes(header + entry + random.Random(3).randbytes(4096))
    return path


def ods_file(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    return path


def docx_like(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return path


def truncated_xlsx(path: Path) -> Path:
    full = xlsx(path.with_name("_full.xlsx"), [["case_id", "office"]] + [[f"K{i}", "NAV A"] for i in range(200)])
    data = full.read_bytes()
    full.unlink()
    path.write_bytes(data[: len(data) // 2])
    return path


def parquet(path: Path, frame: pl.DataFrame) -> Path:
    frame.write_parquet(path)
    return path


def nested_parquet(path: Path) -> Path:
    return parquet(path, pl.DataFrame({
        "case_id": ["K1", "K2"],
        "tags": [[1, 2], [3]],
        "meta": [{"a": 1}, {"a": 2}],
        "decision_date": [dt.datetime(2025, 1, 2, 0, 0), dt.datetime(2025, 1, 3, 10, 30)],
        "blob": [b"\x00\x01", None],
    }))


def yaml_alias_bomb(indent: str, levels: int = 9) -> str:
    """YAML anchors (keys l0..lN under one mapping) that would expand to 9**levels strings if a
    reader copied them instead of following references; the last key holds the whole bomb."""
    lines = [f'{indent}l0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    for i in range(1, levels + 1):
        lines.append(f"{indent}l{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


# --------------------------------------------------------------------------- hostile inputs (issue 14)


def written_forms(number: str) -> list[str]:
    """Every way an identity number is written that the detector must recognise: plain, with
    separators, grouped, inside text (and zero-dropped when it starts with 0)."""
    n = number
    forms = [n, f"{n[:6]}-{n[6:]}", f"{n[:6]} {n[6:]}", f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:]}",
             f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}", f"K-{n}", f"NAV {n}"]
    if n.startswith("0"):
        forms.append(n[1:])
    return forms


def leak_patterns(number: str) -> list[str]:
    """What must never be found in an output: every written form, and the bare digit runs."""
    n = number
    out = set(written_forms(n)) | {n, n[1:] if n.startswith("0") else n, f"{n[:6]}-{n[6:]}", f"{n[:6]} {n[6:]}"}
    return sorted(out)


def xfd_xlsx(path: Path, rows: int = 3000) -> Path:
    """A small workbook with a cell in the last column (XFD) on every row: openpyxl would build
    rows of 16 384 values each."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["case_id", "office"])
    for r in range(2, rows + 2):
        ws.cell(row=r, column=1, value=f"K{r}")
        ws.cell(row=r, column=16384, value="x")
    wb.save(path)
    return path


def zip_bomb_xlsx(folder: Path, name: str = "zipbombe.xlsx", megabytes: int = 8) -> Path:
    """A workbook whose sheet XML is megabytes of blanks (compressed a thousand times)."""
    plain = xlsx(folder / f"_plain_{name}", [["case_id"], ["K1"]])
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">').encode()
    sheet += b" " * (megabytes << 20) + b"<sheetData/></worksheet>"
    out = replace_part(plain, folder / name, "xl/worksheets/sheet1.xml", sheet)
    plain.unlink()
    return out


def far_future_parquet(path: Path) -> Path:
    """A Parquet date in the year 275 000 (polars panics when it formats it)."""
    days = pl.Series("decision_date", [100_000_000, 20_000], dtype=pl.Int32).cast(pl.Date)
    return parquet(path, pl.DataFrame({"case_id": ["K1", "K2"], "decision_date": days}))


def deep_json(path: Path, depth: int = 100_000) -> Path:
    path.write_text('{"checks": [], "run": {}, "x": ' + "[" * depth + "]" * depth + "}", encoding="utf-8")
    return path
