"""A minimal Word (.docx) writer for sample letters and tests (standard library only).

Writes WordprocessingML the way Word does in the parts that matter to a reader:
paragraphs split into several runs, a tab, a soft line break, an optional table, a
hyperlink and a content control — so the reader is tested on real structures.

The bytes depend only on the content: every zip entry carries the same fixed timestamp
and the core properties (author, created, modified) are fixed, so regenerating the
sample letters gives identical files.
"""

from __future__ import annotations

import zipfile
from io import BytesIO
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
    'Target="docProps/core.xml"/></Relationships>'
)
# A fixed moment for the zip entries and the core properties (not the time of writing).
FIXED_STAMP = (2025, 1, 1, 0, 0, 0)
_CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dc:creator>sample_data.letters</dc:creator>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:modified>'
    '</cp:coreProperties>'
)


def _runs(text: str) -> str:
    """A paragraph's text as several runs (Word splits text where formatting or spell-checking changes)."""
    words = text.split(" ")
    half = len(words) // 2
    parts = [" ".join(words[:half]), (" " if half else "") + " ".join(words[half:])] if half else [text]
    return "".join(f'<w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r>' for p in parts if p)


def paragraph_xml(text: str) -> str:
    return f"<w:p><w:pPr><w:spacing w:after=\"160\"/></w:pPr>{_runs(text)}</w:p>"


def table_xml(rows: list[list[str]]) -> str:
    cells = "".join("<w:tr>" + "".join(f"<w:tc>{paragraph_xml(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows)
    return f"<w:tbl>{cells}</w:tbl>"


def docx_bytes(paragraphs: list[str], table: list[list[str]] | None = None, *, table_after: int = 2,
               extra_body: str = "") -> bytes:
    """A .docx with ``paragraphs`` (and ``table`` after the first ``table_after`` paragraphs)."""
    body = [paragraph_xml(p) for p in paragraphs]
    if table:
        body.insert(min(table_after, len(body)), table_xml(table))
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>' + "".join(body) + extra_body
        + '<w:p/><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
    )
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in (("[Content_Types].xml", _CONTENT_TYPES), ("_rels/.rels", _RELS),
                              ("docProps/core.xml", _CORE), ("word/document.xml", document)):
            # a ZipInfo with a fixed date: writestr(name, …) would stamp the entry with the time of writing
            info = zipfile.ZipInfo(name, date_time=FIXED_STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, content)
    return buf.getvalue()


__all__ = ["FIXED_STAMP", "W", "docx_bytes", "paragraph_xml", "table_xml"]
