"""The parts of a workbook that reading one sheet never looks at, searched for identity numbers.

A workbook carries more than the sheet read: other sheets (hidden and very hidden ones too), cell
comments and notes, document properties (``docProps/core.xml``, ``app.xml``, ``custom.xml``: title,
author, keywords, custom fields), defined names, headers and footers, sheet names, pivot caches, text
boxes, external links. A file that carries an identity number anywhere is not a file to audit: the run
stops (exit 2) naming the file and the part (the sheet, the cell, «kommentar», «dokumentegenskap:
forfatter»), never the value. Only 11-digit forms and a date with a four-digit year count here (not a
10-digit value valid with a leading zero: random ids would stop ordinary workbooks by chance).

The cells of the sheet read are the column guard's (audit.inputs.identity: a column listed under
``pseudonymise`` may hold numbers); its header and footer are searched here. Bounded: the parts searched
may together unpack to ``MAX_XLSX_SCAN`` bytes (checked from the zip directory before a byte is read);
the precheck (audit.inputs.xlsx) has refused DTDs and entities, so the XML parser expands nothing.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree.ElementTree import XMLPullParser

from audit.errors import InputError
from audit.limits import MAX_XLSX_SCAN
from audit.privacy import contains_identity_number, safe_value
from audit.text import Msg, msg

_PROPERTY = {"creator": "author", "title": "title", "subject": "subject", "keywords": "keywords",
             "description": "comments", "lastModifiedBy": "last_modified_by", "category": "category",
             "contentStatus": "status", "Company": "company", "Manager": "manager", "HyperlinkBase": "hyperlink_base"}
_HEADER_FOOTER = re.compile(rb"<(?:\w+:)?headerFooter\b.*?</(?:\w+:)?headerFooter>", re.S)
# the read sheet's other text that is no cell: list validations, conditional formats, hyperlinks' tooltips
_SHEET_EXTRAS = re.compile(rb"<(?:\w+:)?(dataValidations|conditionalFormatting|hyperlinks)\b.*?</(?:\w+:)?\1>", re.S)
_TAG = re.compile(r"<[^>]*>")


def _found(value: str | None) -> bool:
    return bool(value) and contains_identity_number(value, zero_dropped=False)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _stop(path: Path, part: Msg) -> None:
    raise InputError(msg("inputs.xlsx.identity_part", part=part), file=str(path), hint=msg("inputs.xlsx.identity_part_hint"))


def _elements(z: zipfile.ZipFile, name: str):
    """(element, its ancestors' attributes) of a part, streamed; a part that is not XML (a VML drawing of
    loose HTML) as its text with the tags left out, one pseudo element."""
    parser = XMLPullParser(events=("start", "end"))
    stack: list[dict] = []
    try:
        with z.open(name) as fh:
            while chunk := fh.read(1 << 16):
                parser.feed(chunk)
                for event, el in parser.read_events():
                    if event == "start":
                        stack.append(dict(el.attrib))
                    else:
                        stack.pop()
                        yield el, stack
                        el.clear()
            parser.close()
    except Exception:  # noqa: BLE001 - not well-formed (VML): its text without the tags
        text = _TAG.sub(" ", z.read(name).decode("utf-8", "replace"))
        if _found(text):
            yield _Text(text), []


class _Text:
    def __init__(self, text: str) -> None:
        self.tag, self.text, self.tail, self.attrib = "text", text, None, {}


def _holds(el) -> bool:
    return _found(el.text) or _found(el.tail) or any(_found(v) for v in el.attrib.values())


def scan_parts(path: Path, read_part: str | None, sheets: list[tuple[str, str, str]]) -> None:
    """Stop when a part other than the cells of the sheet read holds an identity number.

    ``sheets``: (name, state: visible / hidden / veryHidden, part) of every sheet; ``read_part`` the sheet
    read (its cells are the column guard's)."""
    read_part = (read_part or "").lstrip("/")
    by_part = {p.lstrip("/"): (n, s) for n, s, p in sheets}
    for i, (name, _state, _part) in enumerate(sheets, start=1):
        if contains_identity_number(name, zero_dropped=False):
            _stop(path, msg("inputs.xlsx.part.sheet_name", position=i))
    with zipfile.ZipFile(path) as z:
        infos = [i for i in z.infolist() if not i.is_dir()]
        for info in infos:
            if contains_identity_number(info.filename, zero_dropped=False):
                _stop(path, msg("inputs.xlsx.part.part_name"))
        scanned = [i for i in infos if i.filename != read_part and i.filename.lower().endswith((".xml", ".rels", ".vml"))
                   and i.filename != "xl/sharedStrings.xml"]
        total = sum(i.file_size for i in scanned)
        if total > MAX_XLSX_SCAN:
            raise InputError(msg("inputs.xlsx.scan_too_large", size=total >> 20, limit=MAX_XLSX_SCAN >> 20),
                             file=str(path), hint=msg("inputs.xlsx.bomb_hint"))
        if read_part in z.namelist():
            _scan_header_footer(path, z, read_part, by_part.get(read_part, ("?", ""))[0])
        cache: list[list[str]] = []

        def shared() -> list[str]:  # read only when a sheet not read has a shared-string cell
            if not cache:
                cache.append(_shared_strings(z))
            return cache[0]

        comments = _comment_sheets(z, by_part)
        for info in scanned:
            name = info.filename
            if name in by_part:
                _scan_sheet(path, z, name, *by_part[name], shared)
            else:
                _scan_other(path, z, name, comments.get(name))


def _scan_header_footer(path: Path, z: zipfile.ZipFile, part: str, sheet: str) -> None:
    tail = b""
    with z.open(part) as fh:
        while chunk := fh.read(1 << 20):
            window = tail + chunk
            for m in _HEADER_FOOTER.finditer(window):
                if _found(_TAG.sub(" ", m.group().decode("utf-8", "replace"))):
                    _stop(path, msg("inputs.xlsx.part.header_footer", sheet=safe_value(sheet)))
            for m in _SHEET_EXTRAS.finditer(window):
                text = m.group().decode("utf-8", "replace")
                if _found(_TAG.sub(" ", text)) or _found(" ".join(re.findall(r'="([^"]*)"', text))):
                    _stop(path, msg("inputs.xlsx.part.sheet_extras", sheet=safe_value(sheet)))
            tail = window[-(1 << 16):]


def _shared_strings(z: zipfile.ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in z.namelist():
        return []
    out, parts = [], []
    for el, _stack in _elements(z, "xl/sharedStrings.xml"):
        tag = _local(el.tag)
        if tag == "t" and el.text:
            parts.append(el.text)
        elif tag == "si":
            out.append("".join(parts))
            parts = []
    return out


def _scan_sheet(path: Path, z: zipfile.ZipFile, part: str, sheet: str, state: str, shared) -> None:
    """A sheet not read: every cell (shared strings looked up), its header and footer."""
    what = "inputs.xlsx.part.cell" if state == "visible" else "inputs.xlsx.part.hidden_cell"
    texts: list[str] = []
    for el, stack in _elements(z, part):
        tag = _local(el.tag)
        if tag == "t" and el.text:
            texts.append(el.text)
        elif tag == "v" and el.text:
            cell = stack[-1] if stack else {}
            v = el.text
            if cell.get("t") == "s" and v.isdigit():
                strings = shared()
                v = strings[int(v)] if int(v) < len(strings) else v
            texts.append(v)
        elif tag == "c":
            ref = el.attrib.get("r", "?")
            if any(_found(t) for t in texts):
                _stop(path, msg(what, sheet=safe_value(sheet), cell=safe_value(ref, 12)))
            texts = []
        elif tag in ("oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter"):
            if _found(el.text):
                _stop(path, msg("inputs.xlsx.part.header_footer", sheet=safe_value(sheet)))


def _comment_sheets(z: zipfile.ZipFile, by_part: dict[str, tuple[str, str]]) -> dict[str, str]:
    """Comment parts -> the name of the sheet they belong to (from the sheets' relationships)."""
    out = {}
    for part, (sheet, _state) in by_part.items():
        folder, _, base = part.rpartition("/")
        rels = f"{folder}/_rels/{base}.rels"
        if rels not in z.namelist():
            continue
        for el, _stack in _elements(z, rels):
            target = el.attrib.get("Target", "")
            if "omment" in el.attrib.get("Type", "") and target:
                resolved = target.lstrip("/") if target.startswith("/") else _join(folder, target)
                out[resolved] = sheet
    return out


def _join(folder: str, target: str) -> str:
    parts = folder.split("/") if folder else []
    for p in target.split("/"):
        if p == "..":
            parts = parts[:-1]
        elif p and p != ".":
            parts.append(p)
    return "/".join(parts)


def _scan_other(path: Path, z: zipfile.ZipFile, name: str, sheet: str | None) -> None:
    low = name.lower()
    for el, stack in _elements(z, name):
        if not _holds(el):
            continue
        tag = _local(el.tag)
        if low.startswith("docprops/custom"):
            prop = next((a.get("name") for a in reversed(stack) if "name" in a), el.attrib.get("name", "?"))
            _stop(path, msg("inputs.xlsx.part.custom_property", name=safe_value(prop, 60)))
        if low.startswith("docprops/"):
            key = _PROPERTY.get(tag)
            _stop(path, msg("inputs.xlsx.part.property", name=msg(f"inputs.xlsx.property.{key}") if key else tag))
        if "comment" in low:
            ref = next((a["ref"] for a in reversed(stack + [el.attrib]) if "ref" in a), "?")
            _stop(path, msg("inputs.xlsx.part.comment", cell=safe_value(ref, 12),
                            sheet=safe_value(sheet) if sheet else "?"))
        if low == "xl/workbook.xml" and tag == "definedName":
            _stop(path, msg("inputs.xlsx.part.defined_name", name=safe_value(el.attrib.get("name", "?"), 60)))
        if low == "xl/workbook.xml" and tag == "sheet":
            continue  # sheet names: checked above, by position
        _stop(path, msg("inputs.xlsx.part.other", part=safe_value(name, 80)))
