"""Draft findings (audit.findings.draft_report) as a Word document, with python-docx.

Real styles, so a supervisor can paste the text into the county governor's template:
``Title``, ``Heading 1``–``3`` for the report, the themes and their parts, ``Normal``
paragraphs, and ``Table Grid`` tables for the overview of conclusions and the case
appendix. The document language is set (nb-NO or en-GB) so Word checks the spelling
in the right language; the page is A4.
"""

from __future__ import annotations

import re
from io import BytesIO

from audit.text import Formatter

_LANG_TAG = {"nb": "nb-NO", "en": "en-GB"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: object) -> str:
    """Characters XML 1.0 cannot hold are dropped (python-docx would refuse them)."""
    return _CONTROL.sub("", str(text))


def _setup(doc, lang: str, title: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm

    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    section.top_margin = section.bottom_margin = Mm(25)
    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    tag = OxmlElement("w:lang")
    tag.set(qn("w:val"), _LANG_TAG[lang])
    rpr.append(tag)
    doc.core_properties.title = _clean(title)
    doc.core_properties.language = _LANG_TAG[lang]
    doc.core_properties.author = "nav-audit"


def _table(doc, headers: list[str], rows: list[list[str]]) -> None:
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = doc.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, headers):
        cell.text = ""
        cell.paragraphs[0].add_run(_clean(text)).bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = _clean(text)
    doc.add_paragraph()


def _theme(doc, heading: str, entry: dict, fmt: Formatter) -> None:
    doc.add_heading(_clean(heading), level=1)
    for key, paragraphs in (("findings.h.requirement", [entry["requirement"]]), ("findings.h.facts", entry["facts"]),
                            ("findings.h.assessment", entry["assessment"]),
                            ("findings.h.conclusion", entry.get("conclusions") or [entry["conclusion"]])):
        paragraphs = [p for p in paragraphs if p]
        if paragraphs:
            doc.add_heading(fmt.t(key), level=2)
            for p in paragraphs:
                doc.add_paragraph(_clean(p), style="Normal")


def findings_docx(report: dict) -> bytes:
    """The whole draft as .docx bytes (same text and order as the Markdown)."""
    from docx import Document

    fmt = Formatter(report["lang"])
    doc = Document()
    _setup(doc, report["lang"], f"{report['title']} – {report['subtitle']}")
    doc.add_heading(_clean(report["title"]), level=0)
    doc.add_paragraph(_clean(report["subtitle"]), style="Subtitle")
    note = doc.add_paragraph()
    note.add_run(_clean(f"{report['run_line']} {report['draft_note']}")).italic = True

    doc.add_heading(fmt.t("findings.h.summary"), level=1)
    doc.add_paragraph(_clean(report["summary"]))
    entries = list(report["themes"]) + ([report["internal_control"]] if report["internal_control"] else [])
    _table(doc, [fmt.t("findings.col.theme"), fmt.t("findings.col.conclusion")],
           [[e["title"], e["verdict_label"]] for e in entries])
    doc.add_heading(fmt.t("findings.h.basis"), level=1)
    for p in [*report["basis"], report["units"]]:
        if p:
            doc.add_paragraph(_clean(p))
    for i, entry in enumerate(report["themes"], start=1):
        _theme(doc, fmt.t("findings.h.theme", n=i, title=entry["title"]), entry, fmt)
    if report["internal_control"]:
        _theme(doc, report["internal_control"]["title"], report["internal_control"], fmt)
    if report["appendix"]:
        doc.add_heading(fmt.t("findings.h.appendix"), level=1)
        doc.add_paragraph(fmt.t("findings.appendix.note"))
        _table(doc, [fmt.t("findings.col.theme"), fmt.t("findings.col.check"), fmt.t("findings.col.cases")],
               [[row["theme"], f"{row.get('title') or ''} ({row['check']})", ", ".join(row["keys"])]
                for row in report["appendix"]])
    buf = BytesIO()
    doc.save(buf)
    return buf.getvalue()
