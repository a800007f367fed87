"""Reading decision letters: plain text, Word (.docx), OpenDocument text (.odt, .fodt) and PDF with a text layer (pypdf).

Each letter becomes a list of paragraphs as a reader sees them (empty paragraphs not
counted), so the evidence can say «avsnitt 4». A letter that cannot be read (a
scanned PDF without text, a damaged file, an encrypted PDF) is a :class:`Letter` with
``problem`` set: its row gets empty ground values, never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from audit.grounds.identity import CP1252_FALLBACK, identity_spans
from audit.grounds.plain import MAX_TEXT_CHARS, MAX_XML_BYTES, Unreadable, clean, read_member, text_paragraphs
from audit.grounds.reading_odt import fodt_paragraphs, is_opendocument, is_word_package, odt_paragraphs, sniff_flat
from audit.grounds.reading_pdf import pdf_paragraphs
from audit.grounds.reading_pdf_text import join_pages, pdf_page_paragraphs, strip_page_furniture

SUFFIXES = (".txt", ".docx", ".odt", ".fodt", ".pdf")
MAX_BYTES = 20 * 1024 * 1024  # a decision letter is a few pages; anything larger is not one
# A letter whose file holds images and whose text is shorter than this is a scan with a typed line or two
# (a stamped «Saksnr.», a heading): judging that text would say «nei» for what the image says
MIN_CHARS_BESIDE_IMAGES = 200


@dataclass
class Letter:
    path: Path
    paragraphs: list[str] = field(default_factory=list)
    problem: str | None = None  # catalogue key of why the letter cannot be read
    format: str = ""
    # text outside the body, searched for the case key and for identity numbers, never classified (a header
    # repeats on every page and gives no grounds): ``margins`` are searched before the body (Word headers, a
    # PDF's running headers and footers: a letterhead's «Vår ref.»), ``notes`` after it (Word footers,
    # footnotes, endnotes, comments, a PDF's form fields and annotations, identity numbers in what travels
    # with the file) — a colleague's comment «sjekk saksnr. 2024/117» must not beat the letter's «Saksnr.»
    margins: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Everything the letter says: its margins, its paragraphs, its notes."""
        return "\n\n".join([*self.margins, *self.paragraphs, *self.notes])


class NotAFile(Exception):
    """A path named as a letter that exists but is neither a file nor a folder: a named pipe, a device, a socket
    (reading a pipe would wait for ever, a device such as /dev/zero would never end)."""


def _special(path: Path) -> bool:
    """Whether ``path`` exists (a link: its target) and is neither a regular file nor a folder."""
    try:
        return path.exists() and not path.is_file() and not path.is_dir()
    except OSError:
        return False


def _locked(folder: Path) -> bool:
    """Whether ``folder`` cannot be opened (no rights): the search passes over it without a word."""
    import os

    try:
        with os.scandir(folder):
            return False
    except PermissionError:
        return True
    except OSError:
        return False


def collect_letters(paths: list[str | Path], ignored: list[Path] | None = None, broken: list[Path] | None = None,
                    special: list[Path] | None = None, locked: list[Path] | None = None) -> list[Path]:
    """The letter files among ``paths``: files as given, folders searched (recursively) for :data:`SUFFIXES`.

    Files of other kinds found in folders are added to ``ignored`` (hidden files and Word's lock files
    ``~$…`` are not), symbolic links in them that lead to no file (a moved target, a link to itself) to
    ``broken``, what is neither a file nor a folder (a named pipe, a device, a socket; never opened) to
    ``special``, folders that cannot be opened (no rights) to ``locked``. Raises FileNotFoundError for a missing path, :class:`NotAFile` for a path named that is no file
    and ValueError for a file of another kind.
    """
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if not f.name.startswith(("~$", ".")))
            files = [f for f in found if f.is_file()]
            out.extend(f for f in files if f.suffix.lower() in SUFFIXES)
            if ignored is not None:
                ignored.extend(f for f in files if f.suffix.lower() not in SUFFIXES)
            if broken is not None:
                broken.extend(f for f in found if f.is_symlink() and not f.exists())
            if special is not None:
                special.extend(f for f in found if _special(f))
            if locked is not None:
                locked.extend(f for f in (p, *found) if f.is_dir() and not f.is_symlink() and _locked(f))
        elif p.is_file():
            if p.suffix.lower() not in SUFFIXES:
                raise ValueError(str(p))
            out.append(p)
        elif _special(p):
            raise NotAFile(str(p))
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


# The names a file manager, a browser or a mail program gives a second copy: «K-1 (1).pdf», «K-1 - Kopi.pdf»,
# «K-1 kopi 2.pdf», «Kopi av K-1.pdf», «Copy of K-1.pdf», «K-1 copy.pdf»
_COPY_NAME = re.compile(r"(?:(?:kopi av|copy of)\s+)?(?P<base>.+?)(?:\s*\(\d+\)|\s*[-–_]?\s*(?:kopi|copy)(?:\s*\(?\d+\)?)?)?",
                        re.IGNORECASE)


def copies(results) -> dict[Path, Path]:
    """{copy: original} among judged letters (objects with ``path`` and ``key``, in the order read): a file with
    the same bytes as a letter read before it and either the same case key or the original's name with a copy's
    mark («K-1 (1).pdf» of «K-1.pdf», downloaded twice). A copy is the same letter: it is read once, not
    refused as a second letter for the case nor made a case of its own. Only files of equal size are hashed."""
    import hashlib

    by_size: dict[int, list] = {}
    for r in results:
        try:
            by_size.setdefault(r.path.stat().st_size, []).append(r)
        except OSError:
            continue
    out: dict[Path, Path] = {}
    for group in by_size.values():
        if len(group) < 2:
            continue
        same: dict[bytes, list] = {}
        for r in group:
            try:
                same.setdefault(hashlib.sha256(r.path.read_bytes()).digest(), []).append(r)
            except OSError:
                continue
        for twins in same.values():
            # the original is the one without a copy's mark in its name («K-1.pdf», not «K-1 (1).pdf»)
            twins.sort(key=lambda r: _base_name(r.path) != r.path.stem.strip().casefold())
            kept: list = []
            for r in twins:
                o = next((o for o in kept if r.key is not None
                          and (r.key == o.key or _base_name(r.path) == _base_name(o.path))), None)
                if o is None:
                    kept.append(r)
                else:
                    out[r.path] = o.path
    return out


def _base_name(path: Path) -> str:
    return copy_stem(path).casefold()


def copy_stem(path: Path) -> str:
    """A file's name without extension and without a copy's mark («K-1» for «K-1 (1).pdf» and «Kopi av K-1.pdf»)."""
    m = _COPY_NAME.fullmatch(path.stem.strip())
    return (m["base"] if m else path.stem).strip()


def read_letter(path: str | Path) -> Letter:
    path = Path(path)
    suffix = path.suffix.lower()
    letter = Letter(path=path, format=suffix.lstrip("."))
    images = False
    try:
        if path.stat().st_size > MAX_BYTES:
            letter.problem = "grounds.problem.too_large"
            return letter
        kind = _sniff(path) or suffix
        if kind == ".docx" and suffix == ".odt" and not is_word_package(path):
            kind = ".odt"  # a zip file named .odt is read as Word only when it is a Word package
        letter.format = kind.lstrip(".")
        if kind == ".docx":
            letter.paragraphs, letter.margins, letter.notes, images = _docx_paragraphs(path)
        elif kind == ".odt":
            letter.paragraphs, letter.margins, letter.notes, images = odt_paragraphs(path)
        elif kind == ".fodt":
            letter.paragraphs, letter.margins, letter.notes, images = fodt_paragraphs(path)
        elif kind == ".pdf":
            letter.paragraphs, letter.margins, letter.notes, images = pdf_paragraphs(path)
        elif kind == ".txt":
            text = _decode(path.read_bytes())
            if "\f" in text.strip("\f \t\r\n"):
                # pages apart by form feeds (text extracted from a PDF, e.g. pdftotext): their running headers,
                # footers and page numbers set aside as a PDF's are
                bodies, letter.margins = strip_page_furniture(text.replace("\r\n", "\n").split("\f"))
                letter.paragraphs = join_pages([text_paragraphs(body) for body in bodies])
            elif _hard_wrapped(text):
                # text copied from a PDF or an e-mail: lines broken at a width, no blank line between paragraphs —
                # read as a PDF page's lines are, not one paragraph per line (which would cut every sentence)
                letter.paragraphs = pdf_page_paragraphs(text.replace("\f", "\n"))
            else:
                letter.paragraphs = text_paragraphs(text.replace("\f", "\n"))
        else:
            raise Unreadable(f"grounds.problem.{kind.lstrip('.')}")
    except Unreadable as exc:
        letter.problem = exc.key
    except PermissionError:  # the file's rights (chmod 000, another user's file): not a damaged file
        letter.problem = "grounds.problem.no_access"
    except Exception:  # noqa: BLE001 - a damaged file of any kind: unreadable, the others go on
        letter.problem = f"grounds.problem.damaged_{letter.format}"
    if letter.problem is None and images and sum(len(p) for p in letter.paragraphs) < MIN_CHARS_BESIDE_IMAGES \
            and (letter.format in ("docx", "odt", "fodt") or any(p.strip() for p in letter.paragraphs)):
        letter.problem = "grounds.problem.image_only"
    if letter.problem is None and not any(p.strip() for p in letter.paragraphs):
        letter.problem = "grounds.problem.no_text_pdf" if letter.format == "pdf" else "grounds.problem.empty"
    if letter.problem is None and sum(len(p) for p in letter.paragraphs) > MAX_TEXT_CHARS:
        letter.problem = "grounds.problem.too_long"
    return letter


def _hard_wrapped(text: str) -> bool:
    """Whether a text without blank lines is broken into lines at a width rather than one paragraph per line: a
    third of its lines or more (of six or more) reach 80 % of the longest, which is 40–120 characters, and a
    sentence goes on over a line break twice or more (a line without an end mark before one with a small letter)."""
    lines = [x.strip() for x in text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n")]
    if "" in lines:
        return False  # a blank line inside: blocks between blank lines, as written
    width = max((len(x) for x in lines), default=0)
    if len(lines) < 6 or not 40 <= width <= 120 or sum(len(x) >= 0.8 * width for x in lines) * 3 < len(lines):
        return False
    goes_on = sum(1 for a, b in zip(lines, lines[1:]) if not a.endswith((".", ":", "!", "?", "»", ")")) and b[:1].islower())
    return goes_on >= 2


# What a file is by its first bytes, whatever its name says: a PDF or a Word document saved as .txt is
# read as what it is (a zip file is Word's unless its name says .odt and it is no Word package; a flat
# OpenDocument file starts ``<?xml … <office:document``); Word 97–2003 (.doc; also a password-protected .docx) and RTF
# cannot be read.
_MAGIC = ((b"%PDF-", ".pdf"), (b"PK\x03\x04", ".docx"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".ole"),
          (b"{\\rtf", ".rtf"))


def _sniff(path: Path) -> str | None:
    with open(path, "rb") as fh:
        head = fh.read(1024)
    for magic, kind in _MAGIC:
        if head.startswith(magic) or (kind == ".pdf" and magic in head):  # a PDF may have bytes before %PDF-
            return kind
    return ".fodt" if sniff_flat(head) else None


def _decode(data: bytes) -> str:
    """The text of a .txt file: UTF-8 (with or without BOM), UTF-16/UTF-32 with a BOM, UTF-16 without
    one (every other byte zero), else UTF-8 with every byte that is not UTF-8 read as cp1252 (a cp1252 file, or a
    Windows byte pasted into a UTF-8 one). Bytes that decode to more than a few control characters
    or replacement characters are not text (binary data with a .txt name): never judged as a letter."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        text = data.decode("utf-32", errors="replace")
    elif data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors=CP1252_FALLBACK)  # a Windows byte pasted in: as cp1252
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
            raise Unreadable("grounds.problem.binary")
    else:
        # UTF-8, and a byte that is not UTF-8 as cp1252: a whole cp1252 file reads as cp1252, and a UTF-8 file
        # with one Windows byte pasted in (an en dash) keeps its «å» instead of becoming «Ã¥» throughout
        text = data.decode("utf-8", errors=CP1252_FALLBACK)
    bad = sum(1 for c in text if c == "\ufffd" or (c < " " and c not in "\t\n\r\f\v") or "\x7f" <= c < "\xa0")
    if bad > max(3, len(text) // 100):
        raise Unreadable("grounds.problem.binary")
    return text


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Parts outside the body whose text is searched for the key and for identity numbers (not classified).
_MARGIN_PARTS = re.compile(r"word/(header\d*|footer\d*|footnotes|endnotes|comments)\.xml")


def _docx_paragraphs(path: Path) -> tuple[list[str], list[str], list[str], bool]:
    """(paragraphs, margins, notes, images?) of a Word document: the body's paragraphs in document order (table
    cells and text boxes included), the text of its headers, the text of its footers, footnotes, endnotes and
    comments (with the identity numbers in deleted text, field codes and the document's properties), and whether
    its body holds a picture (a scanned letter pasted into Word).

    Read from the package's XML parts with the standard library and defusedxml (which
    refuses DTDs and entity declarations). python-docx would do the same but brings lxml,
    and with lxml installed openpyxl stops parsing workbooks through defusedxml.
    Text is taken from ``w:t`` (inserted text of tracked changes included, deleted text, hidden text
    and field codes not); tabs and line breaks become spaces, an empty line (two line breaks) or a page
    break inside a paragraph separates paragraphs; a text box is read once (not also
    its fallback copy for old Word versions), as paragraphs after the one it is anchored in.
    """
    import zipfile

    from defusedxml import ElementTree as SafeET

    try:
        with zipfile.ZipFile(path) as z:
            if is_opendocument(z):
                raise Unreadable("grounds.problem.odt")  # LibreOffice's own format under a .docx (or .txt) name
            info = z.getinfo(_main_part(z, SafeET))
            margins = sorted((i for i in z.infolist() if _MARGIN_PARTS.fullmatch(i.filename)),
                             key=lambda i: (not i.filename.startswith("word/header"), i.filename))
            if info.file_size + sum(i.file_size for i in margins) > MAX_XML_BYTES:
                raise Unreadable("grounds.problem.too_large")
            root = SafeET.fromstring(read_member(z, info))
            margin_roots = [SafeET.fromstring(read_member(z, i)) for i in margins]
            # the document's properties (title, subject, author, custom fields) travel with it too
            props = [SafeET.fromstring(read_member(z, i)) for i in z.infolist()
                     if i.filename.startswith("docProps/") and i.filename.endswith(".xml") and i.file_size < 1_000_000]
            # the data a document-assembly program stored with the letter (custom XML parts, bound to content
            # controls or not), and the names of the package's parts (an image named by a fødselsnummer)
            carried = [_xml_text(read_member(z, i), SafeET) for i in z.infolist()
                       if i.filename.startswith("customXml/") and i.filename.endswith(".xml") and i.file_size < 1_000_000]
            carried.append(" ".join(i.filename for i in z.infolist()))
            # the targets of its relationships (a hyperlink's address, a linked file's path)
            carried.extend(_xml_text(read_member(z, i), SafeET) for i in z.infolist()
                           if i.filename.startswith("word/_rels/") and i.file_size < 1_000_000)
            # the other parts' text and attribute values: a document-production system's merge data in document
            # variables (settings.xml), the authors Word keeps (people.xml), a template's building blocks (glossary)
            read = {info.filename, *(i.filename for i in margins)}
            others = [i for i in z.infolist() if i.filename.startswith("word/") and i.filename.endswith(".xml")
                      and i.filename not in read and i.file_size < 1_000_000]
            if sum(i.file_size for i in others) <= MAX_XML_BYTES:
                carried.extend(_xml_text(read_member(z, i), SafeET) for i in others)
    except Unreadable:
        raise
    except Exception:  # noqa: BLE001 - not a Word document, damaged, encrypted, or with a DTD
        raise Unreadable("grounds.problem.damaged_docx") from None
    for r in (root, *margin_roots):
        _transitional(r)
    body = root.find(f"{_W}body")
    if body is None:
        raise Unreadable("grounds.problem.damaged_docx")
    if body.find(f".//{_W}altChunk") is not None:
        # text a program put in as a whole other document (HTML, RTF); Word turns it into paragraphs when the
        # file is opened and saved. Judging the rest would say «nei» for what that part says.
        raise Unreadable("grounds.problem.alt_chunk")
    out: list[str] = []
    _blocks(body, out)
    heads: list[str] = []
    extra: list[str] = []
    for info, m in zip(margins, margin_roots):
        _blocks(m, heads if info.filename.startswith("word/header") else extra)
    # deleted text of tracked changes, field codes, the properties and custom XML data are not the letter's text,
    # but they travel with the file:
    # the identity numbers among them (only those, never a key label) are counted with the letter's
    hidden = " ".join([*(el.text for r in (root, *margin_roots) for el in r.iter()
                         if el.tag in (f"{_W}delText", f"{_W}instrText") and el.text),
                       *(t.text for r in (root, *margin_roots) for run in r.iter(f"{_W}r") if _vanished(run)
                         for t in run.iter(f"{_W}t") if t.text),
                       *(el.text for r in props for el in r.iter() if el.text), *carried,
                       # attribute values: a picture's or shape's name and alternative text (wp:docPr, v:shape's
                       # alt), a content control's tag, a MERGEFIELD's instruction (w:fldSimple), a bookmark's name,
                       # the author of a comment or a tracked change (only values with six digits or more)
                       *(v for r in (root, *margin_roots) for el in r.iter() for v in el.attrib.values()
                         if _SIX_DIGITS.search(v))])
    extra.extend(hidden[a:b] for a, b in identity_spans(hidden))
    extra.extend(_fallback_numbers(root, *margin_roots))
    images = any(el.tag in _PICTURES for el in body.iter())
    return out, heads, extra, images


def _fallback_numbers(*roots) -> list[str]:
    """The identity numbers in the copies Word keeps of text boxes for its old versions (``mc:Fallback``, never read
    as the letter's text) that the box itself (``mc:Choice``) does not hold: a number in both copies is one number."""
    from audit.privacy import plain

    def numbers(element) -> list[str]:
        text = " ".join(t.text for t in element.iter(f"{_W}t") if t.text)
        return [text[a:b] for a, b in identity_spans(text)]

    def digits(number: str) -> str:
        return "".join(c for c in plain(number) if c.isdigit())

    found: list[str] = []
    for r in roots:
        for alternate in r.iter(f"{_MC}AlternateContent"):
            shown = {digits(n) for choice in alternate.findall(f"{_MC}Choice") for n in numbers(choice)}
            found.extend(n for fallback in alternate.findall(f"{_MC}Fallback") for n in numbers(fallback)
                         if digits(n) not in shown)
    return found


def _xml_text(data: bytes, SafeET) -> str:
    """The text and attribute values of an XML part; empty for one that is damaged or has a DTD (it is not the
    letter's text, so it never makes the letter unreadable)."""
    try:
        root = SafeET.fromstring(data)
    except Exception:  # noqa: BLE001
        return ""
    return " ".join(x for el in root.iter() for x in (el.text, *el.attrib.values()) if x)


# an attribute value that may hold an identity number (six digits, in any script, apart or not)
_SIX_DIGITS = re.compile(r"(?:\d\D{0,3}){6}")
# a picture in a Word body: DrawingML's image reference, or VML's (Word 2003 and older templates)
_PICTURES = {"{http://schemas.openxmlformats.org/drawingml/2006/main}blip", "{urn:schemas-microsoft-com:vml}imagedata"}


def _main_part(z, SafeET) -> str:
    """The name of a Word package's main part, as its relationships give it: ``word/document.xml`` as Word
    names it, ``word/document2.xml`` as Word on the web and other programs may."""
    try:
        rels = SafeET.fromstring(read_member(z, "_rels/.rels", 1_000_000))
    except Exception:  # noqa: BLE001 - no or damaged relationships: the usual name
        return "word/document.xml"
    for rel in rels:
        if str(rel.get("Type", "")).endswith("/officeDocument") and rel.get("Target"):
            return str(rel.get("Target")).lstrip("/")
    return "word/document.xml"


_STRICT_W = "{http://purl.oclc.org/ooxml/wordprocessingml/main}"


def _transitional(root) -> None:
    """A document saved by Word as «Strict Open XML» names its elements in another namespace: read as the
    usual (transitional) one."""
    if not root.tag.startswith(_STRICT_W):
        return
    for el in root.iter():
        if el.tag.startswith(_STRICT_W):
            el.tag = _W + el.tag[len(_STRICT_W):]


# Elements whose children are read in order as blocks: content controls and custom XML (also around a
# table's rows or cells: a repeating section), tracked insertions, notes, and a table's rows and cells
_BLOCK_WRAPPERS = {f"{_W}{t}" for t in ("sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag",
                                         "footnote", "endnote", "comment", "tbl", "tr", "tc")}


def _blocks(element, out: list[str]) -> None:
    for child in element:
        tag = child.tag
        if tag == f"{_W}p":
            boxes: list[str] = []
            # a generated letter may be one paragraph with empty lines (two line breaks) between its paragraphs:
            # read as the paragraphs a reader sees, as a text file's blank lines are (one line break is a space)
            for piece in re.split(r"\n[ \t]*\n", _paragraph_text(child, boxes)):
                text = clean(piece.replace("\n", " "))
                if text:
                    out.append(text)
            out.extend(boxes)
        elif tag in _BLOCK_WRAPPERS:
            _blocks(child, out)
        elif tag == f"{_MC}AlternateContent":
            choice = child.find(f"{_MC}Choice")
            _blocks(choice if choice is not None else child, out)


def _vanished(run) -> bool:
    """Whether a run is formatted as hidden text (Word's «Skjult»: not shown, not printed), e.g. a template's
    instructions to the caseworker: not the letter's text (its identity numbers still count)."""
    props = run.find(f"{_W}rPr")
    flag = props.find(f"{_W}vanish") if props is not None else None
    return flag is not None and flag.get(f"{_W}val", "true") not in ("0", "false", "off")


def _paragraph_text(p, boxes: list[str]) -> str:
    """The text of paragraph ``p``; the paragraphs of text boxes anchored in it go to ``boxes``."""
    parts: list[str] = []

    def walk(element) -> None:
        for el in element:
            tag = el.tag
            if tag == f"{_MC}Fallback" or tag in (f"{_W}del", f"{_W}moveFrom") or (tag == f"{_W}r" and _vanished(el)):
                continue  # the copy of a text box for old Word versions; deleted or moved-away text; hidden text
            if tag == f"{_W}txbxContent":
                _blocks(el, boxes)
                continue
            if tag == f"{_W}t" and el.text:
                parts.append(el.text)
            elif tag in (f"{_W}tab", f"{_W}ptab"):  # a tab, or an absolute position tab (a heading's right part)
                parts.append(" ")
            elif tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n\n" if el.get(f"{_W}type") == "page" else "\n")
            elif tag == f"{_W}noBreakHyphen":
                parts.append("-")
            walk(el)

    walk(p)
    return "".join(parts)


__all__ = ["Letter", "NotAFile", "SUFFIXES", "collect_letters", "copies", "copy_stem", "pdf_page_paragraphs", "read_letter", "text_paragraphs"]
