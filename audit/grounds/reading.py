"""Reading decision letters: plain text, Word (.docx) and PDF with a text layer (pypdf).

Each letter becomes a list of paragraphs as a reader sees them (empty paragraphs not
counted), so the evidence can say «avsnitt 4». A letter that cannot be read (a
scanned PDF without text, a damaged file, an encrypted PDF) is a :class:`Letter` with
``problem`` set: its row gets empty ground values, never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from audit.grounds.identity import identity_spans
from audit.grounds.vocabulary import LIST_BULLET

SUFFIXES = (".txt", ".docx", ".pdf")
MAX_BYTES = 20 * 1024 * 1024  # a decision letter is a few pages; anything larger is not one
# A decision letter is a few pages (some 3,000 characters a page); a text of more than 100,000 characters
# (some 30 pages) is no letter, and the classification takes about a second per 10,000 characters.
MAX_TEXT_CHARS = 100_000


@dataclass
class Letter:
    path: Path
    paragraphs: list[str] = field(default_factory=list)
    problem: str | None = None  # catalogue key of why the letter cannot be read
    format: str = ""
    # text outside the body (Word headers and footers, footnotes, endnotes): searched for the case key and
    # for identity numbers, never classified (a header repeats on every page and gives no grounds)
    margins: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Everything the letter says: its margins (headers first) and its paragraphs."""
        return "\n\n".join([*self.margins, *self.paragraphs])


def collect_letters(paths: list[str | Path], ignored: list[Path] | None = None) -> list[Path]:
    """The letter files among ``paths``: files as given, folders searched (recursively) for .txt/.docx/.pdf.

    Files of other kinds found in folders are added to ``ignored`` (hidden files and Word's lock files
    ``~$…`` are not). Raises FileNotFoundError for a missing path and ValueError for a file of another kind.
    """
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith(("~$", ".")))
            out.extend(f for f in files if f.suffix.lower() in SUFFIXES)
            if ignored is not None:
                ignored.extend(f for f in files if f.suffix.lower() not in SUFFIXES)
        elif p.is_file():
            if p.suffix.lower() not in SUFFIXES:
                raise ValueError(str(p))
            out.append(p)
        else:
            raise FileNotFoundError(str(p))
    seen: set[Path] = set()
    unique = []
    for f in out:
        r = f.resolve()
        if r not in seen:
            seen.add(r)
            unique.append(f)
    return unique


def read_letter(path: str | Path) -> Letter:
    path = Path(path)
    suffix = path.suffix.lower()
    letter = Letter(path=path, format=suffix.lstrip("."))
    try:
        if path.stat().st_size > MAX_BYTES:
            letter.problem = "grounds.problem.too_large"
            return letter
        kind = _sniff(path) or suffix
        letter.format = kind.lstrip(".")
        if kind == ".docx":
            letter.paragraphs, letter.margins = _docx_paragraphs(path)
        elif kind == ".pdf":
            letter.paragraphs, letter.margins = _pdf_paragraphs(path)
        elif kind == ".txt":
            letter.paragraphs = text_paragraphs(_decode(path.read_bytes()))
        else:
            raise _Unreadable(f"grounds.problem.{kind.lstrip('.')}")
    except _Unreadable as exc:
        letter.problem = exc.key
    except Exception:  # noqa: BLE001 - a damaged file of any kind: unreadable, the others go on
        letter.problem = f"grounds.problem.damaged_{letter.format}"
    if letter.problem is None and not any(p.strip() for p in letter.paragraphs):
        letter.problem = "grounds.problem.no_text_pdf" if letter.format == "pdf" else "grounds.problem.empty"
    if letter.problem is None and sum(len(p) for p in letter.paragraphs) > MAX_TEXT_CHARS:
        letter.problem = "grounds.problem.too_long"
    return letter


# What a file is by its first bytes, whatever its name says: a PDF or a Word document saved as .txt is
# read as what it is; Word 97–2003 (.doc; also a password-protected .docx) and RTF cannot be read.
_MAGIC = ((b"%PDF-", ".pdf"), (b"PK\x03\x04", ".docx"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".ole"),
          (b"{\\rtf", ".rtf"))


def _sniff(path: Path) -> str | None:
    with open(path, "rb") as fh:
        head = fh.read(1024)
    for magic, kind in _MAGIC:
        if head.startswith(magic) or (kind == ".pdf" and magic in head):  # a PDF may have bytes before %PDF-
            return kind
    return None


class _Unreadable(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _decode(data: bytes) -> str:
    """The text of a .txt file: UTF-8 (with or without BOM), UTF-16/UTF-32 with a BOM, UTF-16 without
    one (every other byte zero), else cp1252. Bytes that decode to more than a few control characters
    or replacement characters are not text (binary data with a .txt name): never judged as a letter."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        text = data.decode("utf-32", errors="replace")
    elif data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    elif b"\x00" in data[:4096]:
        head = data[:4096]
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if odd > 0.4 * len(head[1::2]) and even < 0.05 * len(head[0::2]):
            text = data.decode("utf-16-le", errors="replace")
        elif even > 0.4 * len(head[0::2]) and odd < 0.05 * len(head[1::2]):
            text = data.decode("utf-16-be", errors="replace")
        else:
            raise _Unreadable("grounds.problem.binary")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    bad = sum(1 for c in text if c == "\ufffd" or (c < " " and c not in "\t\n\r\f\v") or "\x7f" <= c < "\xa0")
    if bad > max(3, len(text) // 100):
        raise _Unreadable("grounds.problem.binary")
    return text


_SPACE = re.compile(r"[ \t\u00a0]+")
_BULLET = re.compile(LIST_BULLET)


# Typographic ligatures a PDF's text layer may hold («kvaliﬁsering»): the letters they stand for.
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text.replace("\u00ad", "").translate(_LIGATURES)).strip()


def text_paragraphs(text: str) -> list[str]:
    """Paragraphs of plain text: blocks between blank lines (lines within a block joined).

    A text without any blank line has one paragraph per line (the usual export of a
    case system that writes one paragraph per line).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if re.search(r"\n[ \t]*\n", text):
        blocks = re.split(r"\n[ \t]*\n", text)
        return [p for p in (_join_lines(b.split("\n")) for b in blocks) if p]
    return [p for p in (_clean(line) for line in text.split("\n")) if p]


_SOFT_BREAK = re.compile(r"\s?[\u00ad\u2010]\s*$")  # a soft hyphen or HYPHEN (U+2010) ending a line


def _join_lines(lines: list[str]) -> str:
    out = ""
    soft = False  # the line before ended with a hyphenation mark (soft hyphen, U+2010)
    for raw in lines:
        line = _clean(raw)
        if not line:
            continue
        ends_soft = bool(_SOFT_BREAK.search(raw))
        if out and line[:1].islower() and (soft or (out.endswith("-") and not out.endswith(" -"))):
            out = (out if soft else out[:-1]) + line  # a word hyphenated at the line end
        elif out and soft:
            out = f"{out}-{line}"  # a hyphen before a capital or a digit is part of the word («NAV-Kontor»)
        else:
            out = f"{out} {line}" if out else line
        if ends_soft:
            out = _SOFT_BREAK.sub("", out)
        soft = ends_soft
    return out


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_XML_BYTES = 50 * 1024 * 1024  # document.xml unpacked; more is a zip bomb, not a letter


_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Parts outside the body whose text is searched for the key and for identity numbers (not classified).
_MARGIN_PARTS = re.compile(r"word/(header\d*|footer\d*|footnotes|endnotes|comments)\.xml")


def _docx_paragraphs(path: Path) -> tuple[list[str], list[str]]:
    """(paragraphs, margins) of a Word document: the body's paragraphs in document order (table cells
    and text boxes included), and the text of its headers, footers, footnotes, endnotes and comments
    (with the identity numbers in deleted text, field codes and the document's properties).

    Read from the package's XML parts with the standard library and defusedxml (which
    refuses DTDs and entity declarations). python-docx would do the same but brings lxml,
    and with lxml installed openpyxl stops parsing workbooks through defusedxml.
    Text is taken from ``w:t`` (inserted text of tracked changes included, deleted text and
    field codes not); tabs and line breaks become spaces; a text box is read once (not also
    its fallback copy for old Word versions), as paragraphs after the one it is anchored in.
    """
    import zipfile

    from defusedxml import ElementTree as SafeET

    try:
        with zipfile.ZipFile(path) as z:
            info = z.getinfo("word/document.xml")
            margins = sorted((i for i in z.infolist() if _MARGIN_PARTS.fullmatch(i.filename)),
                             key=lambda i: (not i.filename.startswith("word/header"), i.filename))
            if info.file_size + sum(i.file_size for i in margins) > MAX_XML_BYTES:
                raise _Unreadable("grounds.problem.too_large")
            root = SafeET.fromstring(z.read(info))
            margin_roots = [SafeET.fromstring(z.read(i)) for i in margins]
            # the document's properties (title, subject, author, custom fields) travel with it too
            props = [SafeET.fromstring(z.read(i)) for i in z.infolist()
                     if i.filename.startswith("docProps/") and i.filename.endswith(".xml") and i.file_size < 1_000_000]
    except _Unreadable:
        raise
    except Exception:  # noqa: BLE001 - not a Word document, damaged, encrypted, or with a DTD
        raise _Unreadable("grounds.problem.damaged_docx") from None
    for r in (root, *margin_roots):
        _transitional(r)
    body = root.find(f"{_W}body")
    if body is None:
        raise _Unreadable("grounds.problem.damaged_docx")
    if body.find(f".//{_W}altChunk") is not None:
        # text a program put in as a whole other document (HTML, RTF); Word turns it into paragraphs when the
        # file is opened and saved. Judging the rest would say «nei» for what that part says.
        raise _Unreadable("grounds.problem.alt_chunk")
    out: list[str] = []
    _blocks(body, out)
    extra: list[str] = []
    for m in margin_roots:
        _blocks(m, extra)
    # deleted text of tracked changes, field codes and the properties are not the letter's text, but they travel
    # with the file:
    # the identity numbers among them (only those, never a key label) are counted with the letter's
    hidden = " ".join([*(el.text for r in (root, *margin_roots) for el in r.iter()
                         if el.tag in (f"{_W}delText", f"{_W}instrText") and el.text),
                       *(el.text for r in props for el in r.iter() if el.text)])
    extra.extend(hidden[a:b] for a, b in identity_spans(hidden))
    return out, extra


_STRICT_W = "{http://purl.oclc.org/ooxml/wordprocessingml/main}"


def _transitional(root) -> None:
    """A document saved by Word as «Strict Open XML» names its elements in another namespace: read as the
    usual (transitional) one."""
    if not root.tag.startswith(_STRICT_W):
        return
    for el in root.iter():
        if el.tag.startswith(_STRICT_W):
            el.tag = _W + el.tag[len(_STRICT_W):]


_BLOCK_WRAPPERS = {f"{_W}{t}" for t in ("sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag",
                                         "footnote", "endnote", "comment")}


def _blocks(element, out: list[str]) -> None:
    for child in element:
        tag = child.tag
        if tag == f"{_W}p":
            boxes: list[str] = []
            text = _clean(_paragraph_text(child, boxes))
            if text:
                out.append(text)
            out.extend(boxes)
        elif tag == f"{_W}tbl":
            for row in child.findall(f"{_W}tr"):
                for cell in row.findall(f"{_W}tc"):
                    _blocks(cell, out)
        elif tag in _BLOCK_WRAPPERS:
            _blocks(child, out)
        elif tag == f"{_MC}AlternateContent":
            choice = child.find(f"{_MC}Choice")
            _blocks(choice if choice is not None else child, out)


def _paragraph_text(p, boxes: list[str]) -> str:
    """The text of paragraph ``p``; the paragraphs of text boxes anchored in it go to ``boxes``."""
    parts: list[str] = []

    def walk(element) -> None:
        for el in element:
            tag = el.tag
            if tag == f"{_MC}Fallback" or tag in (f"{_W}del", f"{_W}moveFrom"):
                continue  # the copy of a text box for old Word versions; deleted or moved-away text
            if tag == f"{_W}txbxContent":
                _blocks(el, boxes)
                continue
            if tag == f"{_W}t" and el.text:
                parts.append(el.text)
            elif tag in (f"{_W}tab", f"{_W}br", f"{_W}cr"):
                parts.append(" ")
            elif tag == f"{_W}noBreakHyphen":
                parts.append("-")
            walk(el)

    walk(p)
    return "".join(parts)


def _pdf_paragraphs(path: Path) -> tuple[list[str], list[str]]:
    """(paragraphs, margins) of a PDF: its pages' paragraphs (running headers, footers and page numbers left
    out, a paragraph broken by a page break joined), and as margins that furniture, the text of its form
    fields (:func:`_form_fields`) and the identity numbers in its document information (title, subject,
    author), which is not the letter's text but travels with the file."""
    import logging
    import warnings

    # pypdf logs what it repairs («EOF marker not found») in English on stderr: the letter's row and note
    # say what matters, in the reader's language
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            pages, numbers, fields = _pdf_pages(path)
    finally:
        pypdf_log.setLevel(level)
    visible = [c for text, _ in pages for c in text if not c.isspace()]
    if len(visible) >= 20 and sum(1 for c in visible if _garbled(c)) > 0.1 * len(visible):
        raise _Unreadable("grounds.problem.garbled_pdf")  # fonts without a map to letters: a text layer of junk
    bodies, furniture = strip_page_furniture([text for text, _ in pages])
    per_page = [pdf_page_paragraphs(_columns_in_order(body) if layout else body)
                for body, (_, layout) in zip(bodies, pages)]
    field_paragraphs, field_lines = _form_field_text(fields, per_page)
    out: list[str] = []
    for i, paragraphs in enumerate(per_page):
        paragraphs = [*paragraphs, *field_paragraphs.get(i, [])]
        if out and paragraphs and _continues(out[-1], paragraphs[0]):
            out[-1] = _join_lines([out[-1], paragraphs[0]])  # a paragraph broken by the page break
            paragraphs = paragraphs[1:]
        out.extend(paragraphs)
    return out, [*furniture, *field_lines, *numbers]


def _continues(before: str, after: str) -> bool:
    """True when ``after`` (a page's first paragraph) goes on with ``before`` (the last one of the page
    before): that one ends without ending a sentence and this one starts with a small letter."""
    return not before.rstrip().endswith((".", ":", "!", "?", "»", '"', ")")) and after[:1].islower() \
        and not _BULLET.match(after)


# Page furniture: the lines at a page's top and bottom (a running header or footer is one to three lines)
_EDGE = 3
# a page number in the forms a layout program writes: «2», «- 2 -», «Side 2 av 3», «s. 2», «2/3», «Page 2 of 3»
_PAGE_WORDS = r"(?:side|sida|page|s\.|p\.)"
_PAGE_NUMBER = re.compile(rf"[\s\-–—|·•]*(?:{_PAGE_WORDS}\s*)?\d{{1,3}}(?:\s*(?:av|of|/)\s*\d{{1,3}})?[\s\-–—|·•]*",
                          re.IGNORECASE)
# the page number inside a running header or footer, which is all that differs from page to page
_PAGE_NUMBER_IN_LINE = re.compile(rf"{_PAGE_WORDS}\s*\d{{1,3}}(?:\s*(?:av|of|/)\s*\d{{1,3}})?|\b\d{{1,3}}\s*(?:av|of|/)\s*"
                                  rf"\d{{1,3}}\b|^\d{{1,3}}(?=\s*[|–—·•])|(?<=[|–—·•])\s*\d{{1,3}}$", re.IGNORECASE)


def _furniture_form(line: str) -> str:
    return _PAGE_NUMBER_IN_LINE.sub("#", _clean(line).casefold())


def strip_page_furniture(pages: list[str]) -> tuple[list[str], list[str]]:
    """(pages without their furniture, the furniture's lines once each).

    Furniture is a line among the first or the last :data:`_EDGE` lines of a page that stands at the same
    edge of another page too (the same text but for the page number: «NAV Heimdal – Vedtak – side 2 av 3», a
    letterhead, «Saksnr.: K-0042»), or a page number alone at a page's very top or bottom («2», «Side 2 av
    3»). It is blanked (so it separates what stood around it), and kept for the key and identity search."""
    split = [text.split("\n") for text in pages]
    edges: list[tuple[list[int], list[int]]] = []
    for lines in split:
        filled = [i for i, x in enumerate(lines) if _clean(x)]
        edges.append((filled[:_EDGE], filled[-_EDGE:] if len(filled) > _EDGE else []))
    seen: list[dict[str, int]] = [{}, {}]  # top, bottom: form -> pages it stands on
    for lines, zones in zip(split, edges):
        for side, zone in enumerate(zones):
            for form in {_furniture_form(lines[i]) for i in zone}:
                seen[side][form] = seen[side].get(form, 0) + 1
    out: list[str] = []
    furniture: list[str] = []
    for lines, (top, bottom) in zip(split, edges):
        drop = {i for side, zone in enumerate((top, bottom)) for i in zone
                if seen[side][_furniture_form(lines[i])] >= 2}
        drop |= {i for i in (*top[:2], *bottom[-2:]) if _PAGE_NUMBER.fullmatch(_clean(lines[i]))}
        for i in sorted(drop):
            text = _clean(lines[i])
            if text not in furniture:
                furniture.append(text)
        out.append("\n".join("" if i in drop else x for i, x in enumerate(lines)))
    return out, furniture


@dataclass
class _Field:
    """A filled form field (AcroForm) of a PDF: its label (tooltip, else name), value and where it stands."""

    name: str
    label: str
    value: str
    page: int | None  # None: a field without a widget on a page read
    top: float = 0.0
    left: float = 0.0


# A field's value of this many words or more is text a caseworker wrote into the form (the grounds);
# shorter ones (a case number, a date, a name, an amount) are searched for the key and identity numbers only
FIELD_PARAGRAPH_WORDS = 4


def _inherited(node, key: str):
    """``key`` of a form field's widget or of the field above it (pypdf objects; at most 20 levels)."""
    for _ in range(20):
        if node is None:
            return None
        if key in node:
            return node[key]
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
    return None


def _field_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):  # a list box with several choices
        return ", ".join(_field_value(v) for v in value)
    value = value.get_object() if hasattr(value, "get_object") else value
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    return str(value)


def _form_fields(reader, n_pages: int) -> list[_Field]:
    """The text and choice fields of a filled PDF form with a value (check boxes and buttons say nothing in
    words), by their widgets on the pages read, then those of the form that have none there."""
    out: list[_Field] = []
    named: set[str] = set()
    for i, page in enumerate(reader.pages[:n_pages]):
        annots = page.get("/Annots")
        for annot in (annots.get_object() if annots is not None else None) or []:
            a = annot.get_object()
            if a.get("/Subtype") != "/Widget" or _inherited(a, "/FT") not in ("/Tx", "/Ch"):
                continue
            value = _field_value(_inherited(a, "/V"))
            name = str(_inherited(a, "/T") or "")
            if not value.strip() or (name, value) in {(f.name, f.value) for f in out}:
                continue  # a field shown on several pages is read once
            label = str(_inherited(a, "/TU") or name)
            rect = [float(x) for x in (a.get("/Rect") or [0, 0, 0, 0])]
            out.append(_Field(name, label, value, i, top=max(rect[1], rect[3]), left=min(rect[0], rect[2])))
            named.add(name)
    for name, field in (reader.get_fields() or {}).items():
        if field.get("/FT") not in ("/Tx", "/Ch"):
            continue
        value = _field_value(field.get("/V"))
        if value.strip() and name not in named and str(field.get("/T", name)) not in named:
            out.append(_Field(str(name), str(field.get("/TU") or name), value, None))
    return out


def _collapsed(text: str) -> str:
    return re.sub(r"\s+", " ", _clean(text)).casefold()


def _form_field_text(fields: list[_Field], per_page: list[list[str]]) -> tuple[dict[int, list[str]], list[str]]:
    """({page index: paragraphs of the fields on that page whose text is not on the page's text layer},
    one «label: value» line per field, searched for the key and for identity numbers).

    A filled form keeps its values in its fields, drawn over the page but not part of its text: a value of
    :data:`FIELD_PARAGRAPH_WORDS` words or more becomes paragraphs of its page (after the page's own text,
    top to bottom), unless the page's text already holds it (a form flattened or printed with its values)."""
    paragraphs: dict[int, list[str]] = {}
    lines: list[str] = []
    for f in sorted(fields, key=lambda f: (f.page is None, f.page or 0, -f.top, f.left)):
        label = _clean(f.label.replace("_", " "))
        lines.append(_clean(f"{label}: {f.value}"))
        if f.name != f.label:  # the field's name travels with the file too: only its identity numbers
            lines.extend(f.name[a:b] for a, b in identity_spans(f.name))
        if f.page is None or len(f.value.split()) < FIELD_PARAGRAPH_WORDS:
            continue
        if _collapsed(f.value) in _collapsed(" ".join(per_page[f.page])):
            continue
        paragraphs.setdefault(f.page, []).extend(text_paragraphs(f.value))
    return paragraphs, lines


def _garbled(c: str) -> bool:
    return c == "\ufffd" or c < " " or "\x7f" <= c < "\xa0" or "\ue000" <= c <= "\uf8ff"


def _pdf_pages(path: Path) -> tuple[list[tuple[str, bool]], list[str], list]:
    """((page text, laid out?) per page, identity numbers in the document information, the form fields)."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise _Unreadable("grounds.problem.encrypted_pdf")
            except _Unreadable:
                raise
            except Exception:  # noqa: BLE001 - a password is needed
                raise _Unreadable("grounds.problem.encrypted_pdf") from None
        pages: list[tuple[str, bool]] = []
        try:  # the document information (title, subject, author …) travels with the file
            info = " ".join(str(v) for v in (reader.metadata or {}).values())
        except Exception:  # noqa: BLE001 - damaged metadata is not the letter
            info = ""
        numbers = [info[a:b] for a, b in identity_spans(info)]
        for page in reader.pages:
            pages.append(_page_text(page))
            if sum(len(p) for p, _ in pages) > 2 * MAX_TEXT_CHARS:  # no letter: the rest is not worth extracting
                break
        fields = _form_fields(reader, len(pages))
    except _Unreadable:
        raise
    except Exception:  # noqa: BLE001
        raise _Unreadable("grounds.problem.damaged_pdf") from None
    return pages, numbers, fields


def _page_text(page) -> tuple[str, bool]:
    """A page's text with its vertical gaps: pypdf's layout mode writes the space between paragraphs as
    blank lines (its plain mode drops them, and paragraphs could then only be guessed from line lengths);
    the plain mode where the layout mode fails on an odd page. With whether it is laid out."""
    try:
        text = page.extract_text(extraction_mode="layout")
    except Exception:  # noqa: BLE001 - a page pypdf cannot lay out
        text = None
    return (text, True) if text and text.strip() else (page.extract_text() or "", False)


def _columns_in_order(text: str) -> str:
    """A page laid out in two columns, read column by column: pypdf's layout mode keeps the columns side
    by side, so each line would hold half a line of each. A gutter is a position where every line of
    the page has at least three spaces (or has ended) while many lines have text on both sides, and
    the text left of it fills the column (prose, not a table's short labels beside their values)."""
    lines = text.split("\n")
    width = max((len(x.rstrip()) for x in lines), default=0)
    if width < 40:
        return text
    best = None
    for c in range(width // 3, 2 * width // 3):
        if any(x[c - 1:c + 2].strip() for x in lines):
            continue
        both = [x for x in lines if x[:c].strip() and x[c + 2:].strip()]
        if best is None or len(both) > best[1]:
            best = (c, len(both), both)
    if best is None:
        return text
    c, n, both = best
    filled = sorted(len(x[:c].rstrip()) for x in both)
    if n < 5 or n < 0.4 * sum(1 for x in lines if x.strip()) or filled[len(filled) // 2] < 0.7 * c:
        return text
    left = [x[:c].rstrip() for x in lines]
    right = [x[c:].strip() for x in lines]
    return "\n".join(left) + "\n\n" + "\n".join(right)


def pdf_page_paragraphs(text: str) -> list[str]:
    """Paragraphs of one page's extracted text.

    Blank lines separate paragraphs; within a block, a line that ends a sentence and is
    clearly shorter than the block's longest line ends a paragraph too (a PDF has lines,
    not paragraphs), and a line that starts with a bullet or an item number starts one.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    for block in re.split(r"\n[ \t]*\n", text):
        raw = [x.strip() for x in block.split("\n") if _clean(x)]  # as extracted: a soft hyphen at the end kept
        if not raw:
            continue
        width = max(len(_clean(x)) for x in raw)
        current: list[str] = []
        for source in raw:
            line = _clean(source)
            bullet = bool(_BULLET.match(line))
            if bullet and current:  # a list item starts a paragraph («- norskkurs», «2) arbeidspraksis»)
                out.append(_join_lines(current))
                current = []
            current.append(source)
            hyphenated = line.endswith("-") or bool(_SOFT_BREAK.search(source))  # the word goes on
            if len(line) < 0.7 * width and not hyphenated and (line.endswith((".", ":", "!", "?")) or len(current) == 1
                                                                or bullet):
                out.append(_join_lines(current))
                current = []
        if current:
            out.append(_join_lines(current))
    return [p for p in out if p]


__all__ = ["Letter", "SUFFIXES", "collect_letters", "pdf_page_paragraphs", "read_letter", "text_paragraphs"]
