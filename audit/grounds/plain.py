"""Lines and paragraphs of plain text, shared by the letters' readers (:mod:`audit.grounds.reading`,
:mod:`audit.grounds.reading_pdf`): spaces and ligatures cleaned, words hyphenated at a line end joined."""

from __future__ import annotations

import re
import unicodedata

from audit.grounds.vocabulary import LIST_BULLET

# A decision letter is a few pages (some 3,000 characters a page); a text of more than 100,000 characters
# (some 30 pages) is no letter, and the classification takes about a second per 10,000 characters.
MAX_TEXT_CHARS = 100_000
# a Word or OpenDocument letter's XML parts unpacked; more is a zip bomb, not a letter
MAX_XML_BYTES = 50 * 1024 * 1024


class Unreadable(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def read_member(z, member, limit: int = MAX_XML_BYTES) -> bytes:
    """The bytes of a zip file's member (a name or a ZipInfo), inflated no further than its header says.

    ``ZipFile.read`` inflates a member in one call of up to 2 GB before cutting it to the declared size, so a
    member that lies about its size (5 kB declared, gigabytes of data) takes gigabytes of memory; read in steps of
    the declared size it stops there, and zipfile's check of the CRC then finds it damaged. A member declared over
    ``limit`` is «too large» (a zip bomb that does not lie)."""
    info = member if not isinstance(member, str) else z.getinfo(member)
    if info.file_size > limit:
        raise Unreadable("grounds.problem.too_large")
    with z.open(info) as fh:
        data = fh.read(info.file_size)
        fh.read(1)  # past the declared size: the CRC of what was read is checked (a member that goes on is damaged)
    return data


def member_head(z, name: str, size: int) -> bytes:
    """The first ``size`` bytes of the member ``name`` (inflating little more than that)."""
    with z.open(name) as fh:
        return fh.read(size)


_SPACE = re.compile(r"[ \t\u00a0]+")
BULLET = re.compile(LIST_BULLET)


# Typographic ligatures a PDF's text layer may hold («kvaliﬁsering»): the letters they stand for.
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})
# Invisible format characters a case system or a web page leaves in copied text: zero-width spaces and
# joiners, left-to-right and right-to-left marks, embeddings and isolates around a name or a number (an
# Arabic name in a Norwegian letter), word joiners, a BOM inside the text. A reader does not see them; the
# vocabulary's words and numbers must not either («Du er \u200e34\u200e år» is «Du er 34 år»).
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d"
                                    "\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"))
_INVISIBLE.update(_LIGATURES)
# A list's bullet drawn in a symbol font (Word's and LibreOffice's default bullets in Symbol or Wingdings) reaches
# the text layer as a private-use character (U+F0B7 …): the bullet it shows, so that each item is a paragraph
_INVISIBLE.update(dict.fromkeys(map(ord, "\uf0b7\uf0a7\uf0a8\uf076\uf0d8\uf0fc\uf06e\uf0e0\uf0d2\uf09f"), "•"))


def clean(text: str) -> str:
    """One line of text as a reader sees it: invisible format characters dropped, ligatures spelt out, runs of
    blanks one space, and letters composed (Unicode NFC: a text copied on a Mac or from some PDFs writes «å» as
    «a» and a combining ring, which no word of the vocabulary matches)."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text.translate(_INVISIBLE))).strip()


def text_paragraphs(text: str) -> list[str]:
    """Paragraphs of plain text: blocks between blank lines (lines within a block joined).

    A text without any blank line has one paragraph per line (the usual export of a
    case system that writes one paragraph per line).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if re.search(r"\n[ \t]*\n", text):
        blocks = re.split(r"\n[ \t]*\n", text)
        return [p for p in (join_lines(b.split("\n")) for b in blocks) if p]
    return [p for p in (clean(line) for line in text.split("\n")) if p]


SOFT_BREAK = re.compile(r"\s?[\u00ad\u2010]\s*$")  # a soft hyphen or HYPHEN (U+2010) ending a line


def join_lines(lines: list[str]) -> str:
    out = ""
    soft = False  # the line before ended with a hyphenation mark (soft hyphen, U+2010)
    for raw in lines:
        line = clean(raw)
        if not line:
            continue
        ends_soft = bool(SOFT_BREAK.search(raw))
        if out and line[:1].islower() and (soft or (out.endswith("-") and not out.endswith(" -"))):
            out = (out if soft else out[:-1]) + line  # a word hyphenated at the line end
        elif out and soft:
            out = f"{out}-{line}"  # a hyphen before a capital or a digit is part of the word («NAV-Kontor»)
        else:
            out = f"{out} {line}" if out else line
        if ends_soft:
            out = SOFT_BREAK.sub("", out)
        soft = ends_soft
    return out


__all__ = ["BULLET", "MAX_TEXT_CHARS", "SOFT_BREAK", "Unreadable", "clean", "join_lines", "text_paragraphs"]
