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

from audit.grounds.vocabulary import LIST_BULLET

SUFFIXES = (".txt", ".docx", ".pdf")
MAX_BYTES = 20 * 1024 * 1024  # a decision letter is a few pages; anything larger is not one


@dataclass
class Letter:
    path: Path
    paragraphs: list[str] = field(default_factory=list)
    problem: str | None = None  # catalogue key of why the letter cannot be read
    format: str = ""

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def collect_letters(paths: list[str | Path]) -> list[Path]:
    """The letter files among ``paths``: files as given, folders searched (recursively) for .txt/.docx/.pdf.

    Raises FileNotFoundError for a missing path and ValueError for a file of another kind.
    """
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                           and not f.name.startswith(("~$", ".")))
            out.extend(found)
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
        if suffix == ".docx":
            letter.paragraphs = _docx_paragraphs(path)
        elif suffix == ".pdf":
            letter.paragraphs = _pdf_paragraphs(path)
        else:
            letter.paragraphs = text_paragraphs(_decode(path.read_bytes()))
    except _Unreadable as exc:
        letter.problem = exc.key
    except Exception:  # noqa: BLE001 - a damaged file of any kind: unreadable, the others go on
        letter.problem = f"grounds.problem.damaged_{letter.format}"
    if letter.problem is None and not any(p.strip() for p in letter.paragraphs):
        letter.problem = "grounds.problem.no_text_pdf" if suffix == ".pdf" else "grounds.problem.empty"
    return letter


class _Unreadable(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:4096]:
        raise _Unreadable("grounds.problem.binary")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


_SPACE = re.compile(r"[ \t\u00a0]+")
_BULLET = re.compile(LIST_BULLET)


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text.replace("\u00ad", "")).strip()


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


def _join_lines(lines: list[str]) -> str:
    out = ""
    for line in (_clean(x) for x in lines):
        if not line:
            continue
        if out.endswith("-") and not out.endswith(" -") and line[:1].islower():
            out = out[:-1] + line  # a word hyphenated at the line end
        else:
            out = f"{out} {line}" if out else line
    return out


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_XML_BYTES = 50 * 1024 * 1024  # document.xml unpacked; more is a zip bomb, not a letter


def _docx_paragraphs(path: Path) -> list[str]:
    """Paragraphs of a Word document in document order, table cells included.

    Read from ``word/document.xml`` with the standard library and defusedxml (which
    refuses DTDs and entity declarations). python-docx would do the same but brings lxml,
    and with lxml installed openpyxl stops parsing workbooks through defusedxml.
    Text is taken from ``w:t`` (inserted text of tracked changes included, deleted text and
    field codes not); tabs and line breaks become spaces.
    """
    import zipfile

    from defusedxml import ElementTree as SafeET

    try:
        with zipfile.ZipFile(path) as z:
            info = z.getinfo("word/document.xml")
            if info.file_size > MAX_XML_BYTES:
                raise _Unreadable("grounds.problem.too_large")
            root = SafeET.fromstring(z.read(info))
    except _Unreadable:
        raise
    except Exception:  # noqa: BLE001 - not a Word document, damaged, encrypted, or with a DTD
        raise _Unreadable("grounds.problem.damaged_docx") from None
    body = root.find(f"{_W}body")
    if body is None:
        raise _Unreadable("grounds.problem.damaged_docx")
    out: list[str] = []
    _blocks(body, out)
    return out


def _blocks(element, out: list[str]) -> None:
    for child in element:
        tag = child.tag
        if tag == f"{_W}p":
            text = _clean(_paragraph_text(child))
            if text:
                out.append(text)
        elif tag == f"{_W}tbl":
            for row in child.findall(f"{_W}tr"):
                for cell in row.findall(f"{_W}tc"):
                    _blocks(cell, out)
        elif tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}ins"):
            _blocks(child, out)


def _paragraph_text(p) -> str:
    parts: list[str] = []
    for el in p.iter():
        tag = el.tag
        if tag == f"{_W}t" and el.text:
            parts.append(el.text)
        elif tag in (f"{_W}tab", f"{_W}br", f"{_W}cr"):
            parts.append(" ")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("-")
    return "".join(parts)


def _pdf_paragraphs(path: Path) -> list[str]:
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
        pages = [_page_text(page) for page in reader.pages]
    except _Unreadable:
        raise
    except Exception:  # noqa: BLE001
        raise _Unreadable("grounds.problem.damaged_pdf") from None
    out: list[str] = []
    for text in pages:
        out.extend(pdf_page_paragraphs(text))
    return out


def _page_text(page) -> str:
    """A page's text with its vertical gaps: pypdf's layout mode writes the space between paragraphs as
    blank lines (its plain mode drops them, and paragraphs could then only be guessed from line lengths);
    the plain mode where the layout mode fails on an odd page."""
    try:
        text = page.extract_text(extraction_mode="layout")
    except Exception:  # noqa: BLE001 - a page pypdf cannot lay out
        text = None
    return text if text and text.strip() else (page.extract_text() or "")


def pdf_page_paragraphs(text: str) -> list[str]:
    """Paragraphs of one page's extracted text.

    Blank lines separate paragraphs; within a block, a line that ends a sentence and is
    clearly shorter than the block's longest line ends a paragraph too (a PDF has lines,
    not paragraphs), and a line that starts with a bullet or an item number starts one.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [_clean(x) for x in block.split("\n")]
        lines = [x for x in lines if x]
        if not lines:
            continue
        width = max(len(x) for x in lines)
        current: list[str] = []
        for line in lines:
            bullet = bool(_BULLET.match(line))
            if bullet and current:  # a list item starts a paragraph («- norskkurs», «2) arbeidspraksis»)
                out.append(_join_lines(current))
                current = []
            current.append(line)
            if len(line) < 0.7 * width and (line.endswith((".", ":", "!", "?")) or len(current) == 1 or bullet):
                out.append(_join_lines(current))
                current = []
        if current:
            out.append(_join_lines(current))
    return [p for p in out if p]


__all__ = ["Letter", "SUFFIXES", "collect_letters", "pdf_page_paragraphs", "read_letter", "text_paragraphs"]
