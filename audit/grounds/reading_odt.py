"""Reading an OpenDocument text (LibreOffice's .odt, and the flat, one-XML-file .fodt) as the Word reader reads a .docx.

The body's paragraphs (``text:p``, headings ``text:h``) in document order: list items, table cells (row by row, a
table inside a cell after its cell's paragraphs), sections, each a paragraph as a reader sees it; a text box's
paragraphs after the paragraph it is anchored in. Inside a paragraph, a tab and a line break are a space, an empty
line (two line breaks) separates paragraphs, as in the Word reader. The page headers (``style:header*`` in
styles.xml) are margins, searched for the case key before the body; footers, footnotes, endnotes and comments
(``office:annotation``) are notes, searched after it; none is judged. Deleted text of tracked changes, text
formatted as hidden (a style with ``text:display="none"``, a hidden section or field), the metadata (meta.xml:
title, subject, author, user-defined fields), attribute values (a hyperlink's address, a picture's name), the
names of the package's parts, pictures' titles and descriptions: their identity numbers only, with the notes.

The same safety as the Word reader: the XML parts are parsed with defusedxml (a DTD with entities is refused, not
expanded), their unpacked size is limited (:data:`MAX_XML_BYTES`: more is a zip bomb, not a letter), and a file
that is not an OpenDocument text, damaged or password protected raises :class:`Unreadable` with a clear reason.
"""

from __future__ import annotations

import re
from pathlib import Path

from audit.grounds.identity import identity_spans
from audit.grounds.plain import MAX_XML_BYTES, Unreadable, clean, member_head, read_member

MIMETYPE = "application/vnd.oasis.opendocument.text"  # also …text-template, …text-master
ODF = b"application/vnd.oasis.opendocument"  # any OpenDocument file's «mimetype» (text, spreadsheet, presentation)

_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
_DC = "{http://purl.org/dc/elements/1.1/}"

_DAMAGED = "grounds.problem.damaged_odt"
# Parts of the body that are not the letter's text read in order: declarations, forms, the tracked changes' record
# (deleted text: identity numbers only), a table's column definitions
_NOT_BODY = {f"{_TEXT}tracked-changes", f"{_OFFICE}forms", f"{_TEXT}sequence-decls", f"{_TEXT}variable-decls",
             f"{_TEXT}user-field-decls", f"{_TEXT}dde-connection-decls", f"{_TABLE}table-columns",
             f"{_TABLE}table-column", f"{_TABLE}table-header-columns", f"{_TEXT}alphabetical-index-auto-mark-file",
             f"{_SVG}title", f"{_SVG}desc", f"{_OFFICE}event-listeners", f"{_TEXT}index-title-template"}
# Inside a paragraph: elements that are not text shown in it (a note's number, the end of a comment's range,
# a field of hidden text, ruby annotations above the text)
_NOT_INLINE = {f"{_TEXT}note-citation", f"{_OFFICE}annotation-end", f"{_TEXT}hidden-text", f"{_TEXT}hidden-paragraph",
               f"{_TEXT}ruby-text", f"{_SVG}title", f"{_SVG}desc", f"{_OFFICE}event-listeners"}
_HEADERS = {f"{_STYLE}{t}" for t in ("header", "header-left", "header-first")}
_FOOTERS = {f"{_STYLE}{t}" for t in ("footer", "footer-left", "footer-first")}


def is_word_package(path: Path) -> bool:
    """Whether the zip file ``path`` is a Word package (it has ``[Content_Types].xml`` and no OpenDocument
    «mimetype»): a .docx under an .odt name is read as Word; anything else so named is read as OpenDocument."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            names = z.namelist()
            return not is_opendocument(z) and "[Content_Types].xml" in names
    except Exception:  # noqa: BLE001 - not a zip file: the OpenDocument reader says it is damaged
        return False


def is_opendocument(z) -> bool:
    """Whether the open zip file ``z`` says it is an OpenDocument file (its «mimetype» part)."""
    return "mimetype" in z.namelist() and member_head(z, "mimetype", 80).startswith(ODF)


def odt_paragraphs(path: Path) -> tuple[list[str], list[str], list[str], bool]:
    """(paragraphs, margins, notes, images?) of an .odt file (see the module's description)."""
    import zipfile

    from defusedxml import ElementTree as SafeET

    try:
        with zipfile.ZipFile(path) as z:
            names = z.namelist()
            if "mimetype" in names and not member_head(z, "mimetype", 80).startswith(MIMETYPE.encode()):
                raise Unreadable(_DAMAGED)  # a spreadsheet or a presentation under a text's name
            if "META-INF/manifest.xml" in names and b"encryption-data" in member_head(z, "META-INF/manifest.xml", 1_000_000):
                raise Unreadable("grounds.problem.encrypted_odt")
            parts = [z.getinfo(n) for n in ("content.xml", "styles.xml", "meta.xml") if n in names]
            if "content.xml" not in names:
                raise Unreadable(_DAMAGED)
            if sum(i.file_size for i in parts) > MAX_XML_BYTES:
                raise Unreadable("grounds.problem.too_large")
            roots = {i.filename: SafeET.fromstring(read_member(z, i)) for i in parts}
    except (Unreadable, MemoryError):
        raise
    except Exception:  # noqa: BLE001 - not a zip, damaged, or XML with a DTD (defusedxml refuses it)
        raise Unreadable(_DAMAGED) from None
    content = roots["content.xml"]
    styles = roots.get("styles.xml")
    meta = roots.get("meta.xml")
    return _read([r for r in (content, styles) if r is not None], content, [meta] if meta is not None else [], names)


def fodt_paragraphs(path: Path) -> tuple[list[str], list[str], list[str], bool]:
    """(paragraphs, margins, notes, images?) of a flat OpenDocument text (.fodt): one XML document holding the
    metadata, the styles (with the page headers and footers) and the body."""
    from defusedxml import ElementTree as SafeET

    data = path.read_bytes()
    if len(data) > MAX_XML_BYTES:
        raise Unreadable("grounds.problem.too_large")
    try:
        root = SafeET.fromstring(data)
    except Exception:  # noqa: BLE001 - damaged, or XML with a DTD
        raise Unreadable(_DAMAGED) from None
    if root.tag != f"{_OFFICE}document" or not str(root.get(f"{_OFFICE}mimetype", MIMETYPE)).startswith(MIMETYPE):
        raise Unreadable(_DAMAGED)
    metas = root.findall(f"{_OFFICE}meta")
    for meta in metas:  # searched once, as a meta.xml is, not again with the styles' attributes
        root.remove(meta)
    return _read([root], root, metas, [])


def sniff_flat(head: bytes) -> bool:
    """Whether a file's first bytes are those of a flat OpenDocument file (``<office:document``)."""
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"<?xml", b"<office:document")) \
        and (b"<office:document " in head or b"<office:document>" in head)


def _read(style_roots: list, content, metas: list, part_names: list[str]) -> tuple[list[str], list[str], list[str], bool]:
    body = content.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise Unreadable(_DAMAGED)
    reader = _Reader(_hidden_styles(style_roots))
    out: list[str] = []
    reader.blocks(body, out)
    heads: list[str] = []
    feet: list[str] = []
    for root in style_roots:
        for page in root.iter(f"{_STYLE}master-page"):
            for part in page:
                if part.tag in _HEADERS:
                    reader.blocks(part, heads)
                elif part.tag in _FOOTERS:
                    reader.blocks(part, feet)
    notes = [*feet, *reader.notes]
    # what travels with the file without being the letter's text: only its identity numbers, with the notes
    carried = [*reader.hidden, *(x for r in content.iter(f"{_TEXT}tracked-changes") for x in r.itertext()),
               *(x for m in metas for el in m.iter() for x in (el.text, *el.attrib.values()) if x),
               *(v for r in style_roots for el in r.iter() for v in el.attrib.values() if _digits(v) >= 6),
               " ".join(part_names)]
    for text in carried:
        notes.extend(text[a:b] for a, b in identity_spans(text))
    images = any(el.tag == f"{_DRAW}image" for el in body.iter())
    return out, heads, notes, images


def _digits(value: str) -> int:
    return sum(1 for c in value if c.isdigit())


def _hidden_styles(roots: list) -> set[str]:
    """The names of the styles that hide their text (``text:display="none"``), also through a parent style."""
    parent: dict[str, str] = {}
    hidden: set[str] = set()
    for root in roots:
        for st in root.iter(f"{_STYLE}style"):
            name = st.get(f"{_STYLE}name")
            if not name:
                continue
            if st.get(f"{_STYLE}parent-style-name"):
                parent[name] = st.get(f"{_STYLE}parent-style-name")
            props = st.find(f"{_STYLE}text-properties")
            if props is not None and props.get(f"{_TEXT}display") == "none":
                hidden.add(name)
    for name in list(parent):
        seen, up = {name}, parent.get(name)
        while up and up not in seen:
            if up in hidden:
                hidden.add(name)
                break
            seen.add(up)
            up = parent.get(up)
    return hidden


class _Reader:
    def __init__(self, hidden_styles: set[str]) -> None:
        self.hidden_styles = hidden_styles
        self.notes: list[str] = []  # footnotes, endnotes and comments, in document order
        self.hidden: list[str] = []  # hidden text: identity numbers only

    def _is_hidden(self, el) -> bool:
        return el.get(f"{_TEXT}style-name") in self.hidden_styles or el.get(f"{_TEXT}display") == "none" \
            or el.get(f"{_TEXT}is-hidden") == "true"

    def blocks(self, element, out: list[str]) -> None:
        """The paragraphs of ``element``'s children, in order, to ``out``."""
        for child in element:
            tag = child.tag
            if tag in _NOT_BODY:
                continue
            if tag in (f"{_TEXT}p", f"{_TEXT}h"):
                if self._is_hidden(child):
                    self.hidden.append(" ".join(child.itertext()))
                    continue
                boxes: list[str] = []
                for piece in re.split(r"\n[ \t]*\n", self._inline(child, boxes)):
                    text = clean(piece.replace("\n", " "))
                    if text:
                        out.append(text)
                out.extend(boxes)
            elif tag == f"{_TEXT}section" and self._is_hidden(child):
                self.hidden.append(" ".join(child.itertext()))
            else:  # a list, a list item, a table's rows and cells, a section, an index, a frame on the page
                self.blocks(child, out)

    def _inline(self, p, boxes: list[str]) -> str:
        parts: list[str] = []

        def walk(element) -> None:
            if element.text:
                parts.append(element.text.replace("\n", " "))
            for el in element:
                tag = el.tag
                if tag in _NOT_INLINE:
                    pass
                elif tag == f"{_TEXT}note":
                    body = el.find(f"{_TEXT}note-body")
                    if body is not None:
                        self.blocks(body, self.notes)
                elif tag == f"{_OFFICE}annotation":
                    self.blocks(el, self.notes)
                    self.hidden.extend(x.text for x in el.iter(f"{_DC}creator") if x.text)
                elif tag.startswith(_DRAW):  # a frame, shape or group: its text boxes' paragraphs after this one
                    self.blocks(el, boxes)
                    self.hidden.extend(x for t in (f"{_SVG}title", f"{_SVG}desc") for d in el.iter(t) for x in d.itertext())
                elif tag == f"{_TEXT}span" and self._is_hidden(el):
                    self.hidden.append(" ".join(el.itertext()))
                elif tag == f"{_TEXT}s":
                    parts.append(" ")
                elif tag == f"{_TEXT}tab":
                    parts.append(" ")
                elif tag == f"{_TEXT}line-break":
                    parts.append("\n")
                else:  # a span, a link, a field's shown value, a bookmark, a change mark
                    walk(el)
                if el.tail:
                    parts.append(el.tail.replace("\n", " "))

        walk(p)
        return "".join(parts)


__all__ = ["fodt_paragraphs", "is_opendocument", "is_word_package", "odt_paragraphs", "sniff_flat"]
