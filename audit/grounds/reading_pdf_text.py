"""The text of a PDF letter's pages as a reader sees it (pypdf's layout mode, corrected): running headers,
footers and page numbers set aside, gaps the layout mode puts inside words taken out, two columns read in
order, a table of labels and their text read row by row, and each page's paragraphs."""

from __future__ import annotations

import re

from audit.grounds.plain import BULLET, SOFT_BREAK, clean, join_lines


def join_pages(per_page: list[list[str]]) -> list[str]:
    """The paragraphs of pages in order, a paragraph broken by a page break joined (:func:`_continues`)."""
    out: list[str] = []
    for paragraphs in per_page:
        if out and paragraphs and _continues(out[-1], paragraphs[0]):
            out[-1] = join_lines([out[-1], paragraphs[0]])
            paragraphs = paragraphs[1:]
        out.extend(paragraphs)
    return out


def _continues(before: str, after: str) -> bool:
    """True when ``after`` (a page's first paragraph) goes on with ``before`` (the last one of the page
    before): that one ends without ending a sentence and this one starts with a small letter."""
    return not before.rstrip().endswith((".", ":", "!", "?", "»", '"', ")")) and after[:1].islower() \
        and not BULLET.match(after)


# Page furniture: a running header or footer is a block of one to three lines at a page's top or bottom
_EDGE = 3
# a page number in the forms a layout program writes: «2», «- 2 -», «Side 2 av 3», «s. 2», «2/3», «Page 2 of 3»
_PAGE_WORDS = r"(?:side|sida|page|s\.|p\.)"
_PAGE_NUMBER = re.compile(rf"[\s\-–—|·•]*(?:{_PAGE_WORDS}\s*)?\d{{1,3}}(?:\s*(?:av|of|/)\s*\d{{1,3}})?[\s\-–—|·•]*",
                          re.IGNORECASE)
# the page number inside a running header or footer, which is all that differs from page to page
_PAGE_NUMBER_IN_LINE = re.compile(rf"{_PAGE_WORDS}\s*\d{{1,3}}(?:\s*(?:av|of|/)\s*\d{{1,3}})?|\b\d{{1,3}}\s*(?:av|of|/)\s*"
                                  rf"\d{{1,3}}\b|^\d{{1,3}}(?=\s*[|–—·•])|(?<=[|–—·•])\s*\d{{1,3}}$", re.IGNORECASE)


# What a web browser prints at a page's very top and bottom when a letter shown in a case system is printed to
# PDF: the date and time, the page's title, its address and «1/2» (Chromium: date and title at the top, address
# and page count at the bottom; Firefox: title and address at the top, page count and date at the bottom)
_DATETIME = r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
_URL = r"(?:https?|file)://\S+"
_BROWSER_EDGE = re.compile(rf"{_DATETIME}(?:\s.*)?|(?:.*\s)?{_URL}(?:\s+{_PAGE_NUMBER.pattern})?|(?:.*\s)?{_DATETIME}",
                           re.IGNORECASE)


# A running header or footer that says which page it stands on among the pages («NAV Lerkendal | Vedtak | Side 1 av 1»,
# «… – side 1/1»): furniture at a page's edge even on a one-page letter, where it has no other page to repeat on
_PAGE_OF_PAGES = re.compile(rf"{_PAGE_WORDS}\s*\d{{1,3}}\s*(?:av|of|/)\s*\d{{1,3}}\b|[|–—·•]\s*{_PAGE_WORDS}\s*\d{{1,3}}\s*$",
                            re.IGNORECASE)


def _furniture_form(line: str) -> str:
    return _PAGE_NUMBER_IN_LINE.sub("#", clean(line).casefold())


def strip_page_furniture(pages: list[str]) -> tuple[list[str], list[str]]:
    """(pages without their furniture, the furniture's lines once each).

    A header or footer stands apart from the body, in the page's margin: only a page's first and last block
    (lines between blank lines) of at most :data:`_EDGE` lines can be furniture, so the body's own lines at a
    page break never are. Furniture is a line of such a block that stands in the same edge block of another
    page too (the same text but for the page number: «NAV Heimdal – Vedtak – side 2 av 3», a letterhead,
    «Saksnr.: K-0042»), a page number alone at a page's very top or bottom («2», «Side 2 av 3»), a line of such a
    block that says which page it is among the pages («NAV Lerkendal | Vedtak | Side 1 av 1», «… | side 1»: also
    on a one-page letter, :data:`_PAGE_OF_PAGES`), or the very
    first or last line a web browser prints (a date and time, an address: :data:`_BROWSER_EDGE`). It is
    blanked (so it separates what stood around it), and kept for the key and identity search."""
    split = [text.split("\n") for text in pages]
    edges: list[tuple[list[int], list[int]]] = []
    for lines in split:
        blocks: list[list[int]] = []
        for i, x in enumerate(lines):
            if not clean(x):
                continue
            if blocks and blocks[-1][-1] == i - 1:
                blocks[-1].append(i)
            else:
                blocks.append([i])
        top = blocks[0] if blocks and len(blocks[0]) <= _EDGE else []
        bottom = blocks[-1] if len(blocks) > 1 and len(blocks[-1]) <= _EDGE else []
        edges.append((top, bottom))
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
        drop |= {i for i in (*top[:2], *bottom[-2:]) if _PAGE_NUMBER.fullmatch(clean(lines[i]))}
        drop |= {i for i in (*top[:1], *bottom[-1:]) if _BROWSER_EDGE.fullmatch(clean(lines[i]))}
        drop |= {i for i in (*top, *bottom) if _PAGE_OF_PAGES.search(clean(lines[i]))}
        for i in sorted(drop):
            text = clean(lines[i])
            if text not in furniture:
                furniture.append(text)
        out.append("\n".join("" if i in drop else x for i, x in enumerate(lines)))
    return out, furniture


def page_text(page) -> tuple[str, bool, str]:
    """A page's text with its vertical gaps: pypdf's layout mode writes the space between paragraphs as
    blank lines (its plain mode drops them, and paragraphs could then only be guessed from line lengths);
    the plain mode where the layout mode fails on an odd page. With whether it is laid out, and the plain
    mode's text."""
    try:
        text = page.extract_text(extraction_mode="layout")
    except Exception:  # noqa: BLE001 - a page pypdf cannot lay out
        text = None
    plain_text = page.extract_text() or ""
    return (respaced(text, plain_text), True, plain_text) if text and text.strip() else (plain_text, False, plain_text)


def respaced(layout: str, plain_text: str) -> str:
    """``layout`` with the gaps inside words that pypdf's layout mode makes taken out.

    The layout mode places each piece of text by its position; where a producer splits a word into pieces
    (Chromium's «Save as PDF» after a ligature: «kvaliﬁseringspr                ogram», «ﬁr        e»; a
    kerned «C EO»), a wrong glyph width puts a gap inside the word. The plain mode reads the same line with the
    word whole. So a laid-out line whose letters (blanks aside) are those of a plain line loses every gap the
    plain line does not have — unless the plain line lacks most of the laid-out line's gaps, which is the plain
    mode losing the spaces between words, not the layout mode adding some. Gaps the plain line has (between
    words, a table's columns) stay as laid out; no gap is ever added."""
    by_letters: dict[str, str] = {}
    for line in plain_text.split("\n"):
        by_letters.setdefault("".join(line.split()), line)
    out = []
    for line in layout.split("\n"):
        ref = by_letters.get("".join(line.split()))
        out.append(line if ref is None or not ref.strip() else _gaps_as_in(line, ref))
    return "\n".join(out)


def _gaps_as_in(line: str, ref: str) -> str:
    """``line`` without the gaps between two letters that ``ref`` (the same letters) writes together."""
    spaced = [i for i, c in enumerate(ref) if not c.isspace()]
    joined_in_ref = {k for k in range(1, len(spaced)) if spaced[k] == spaced[k - 1] + 1}  # k: letter k follows k-1
    pieces = re.split(r"(\s+)", line.strip())  # words and the gaps between them, alternating
    k, drop, gaps = 0, set(), 0
    for n, piece in enumerate(pieces):
        if n % 2:
            gaps += 1
            if k in joined_in_ref:
                drop.add(n)
        else:
            k += len(piece)
    if not drop or len(drop) > gaps / 2:
        return line
    indent = line[:len(line) - len(line.lstrip())]
    return indent + "".join(p for n, p in enumerate(pieces) if n not in drop)


def gutter(text: str) -> int | None:
    """The column of the gutter of a page laid out in two columns, or None: a position where every line of the
    page has at least three spaces (or has ended) while many lines have text on both sides, and the text left
    of it fills the column (prose, not a table's short labels beside their values)."""
    lines = text.split("\n")
    width = max((len(x.rstrip()) for x in lines), default=0)
    if width < 40:
        return None
    best = None
    for c in range(width // 3, 2 * width // 3):
        if any(x[c - 1:c + 2].strip() for x in lines):
            continue
        both = [x for x in lines if x[:c].strip() and x[c + 2:].strip()]
        if best is None or len(both) > best[1]:
            best = (c, len(both), both)
    if best is None:
        return None
    c, n, both = best
    filled = sorted(len(x[:c].rstrip()) for x in both)
    if n < 5 or n < 0.4 * sum(1 for x in lines if x.strip()) or filled[len(filled) // 2] < 0.7 * c:
        return None
    return c


def columns_in_order(text: str) -> str:
    """A page laid out in two columns, read column by column (:func:`gutter`): pypdf's layout mode keeps the
    columns side by side, so each line would hold half a line of each."""
    c = gutter(text)
    if c is None:
        return text
    lines = text.split("\n")
    left = [x[:c].rstrip() for x in lines]
    right = [x[c:].strip() for x in lines]
    return "\n".join(left) + "\n\n" + "\n".join(right)


def columns_laid_out(page, column: int, plain_text: str) -> list[str] | None:
    """The two columns of a page, each laid out on its own: side by side, the layout mode puts a line of each
    column into one row, so the blank lines between one column's paragraphs come and go with the other
    column's lines (and a paragraph runs into the next). The page's text operations are split at the gutter
    (``column`` of the laid-out page) and each side is laid out as pypdf lays out a page (its layout functions,
    which are not public: None when they are not there or fail, and the caller reads the columns side by side)."""
    try:
        from pypdf._text_extraction import _layout_mode
        from pypdf.generic import ContentStream

        contents = page.get("/Contents")
        contents = contents.get_object() if contents is not None else None
        ops = iter(ContentStream(contents, page.pdf, "bytes").operations)
        groups = _layout_mode.text_show_operations(ops, page._layout_mode_fonts(), True, None)
        x = column * _layout_mode.fixed_char_width(groups, 1.25)  # pypdf's own width of a layout column
        sides = [[g for g in groups if g["tx"] < x], [g for g in groups if g["tx"] >= x]]
        if not all(sides):
            return None
        return [respaced(_layout_mode.fixed_width_page(_layout_mode.y_coordinate_groups(side, None),
                                                       _layout_mode.fixed_char_width(side, 1.25), True, 1), plain_text)
                for side in sides]
    except Exception:  # noqa: BLE001 - another pypdf, or a page its layout functions cannot take apart
        return None


_ROW = re.compile(r"(?P<label>\S.*?\S|\S) {3,}(?P<text>\S.*)")
_MAX_LABEL_CHARS = 40


def label_rows(text: str) -> str:
    """A table of labels and their text (a word processor's «Vilkår | Vurdering» laid out by LibreOffice or Word),
    read as a reader reads it: each label, then its cell's text as a block of its own.

    pypdf's layout mode writes such a row as «Alder      Du er 34 år gammel og er derfor i» with the cell's
    further lines indented to the cell's column, so the label ran into the text and the cell's lines were read
    as short paragraphs of their own. A run of lines is such a table when every line is either a label (at most
    :data:`_MAX_LABEL_CHARS` characters, from the left margin) followed by a gap of three spaces or more and text
    at one column, or text alone at that column; the run has two labels or a label and a continuation line, and
    the cells hold prose (no second gap in them, a line of 25 characters or more). A label line starting with a
    small letter continues the label above it (a label wrapped in its cell)."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        run = _table_run(lines, i)
        if run is None:
            out.append(lines[i])
            i += 1
            continue
        end, rows = run
        for label, cell in rows:
            out.extend(["", label, "", *cell, ""])
        i = end
    return "\n".join(out)


def _table_run(lines: list[str], start: int) -> tuple[int, list[tuple[str, list[str]]]] | None:
    """(the index after a label table starting at ``lines[start]``, its rows (label, the cell's lines)), or None."""
    first = _ROW.fullmatch(lines[start].rstrip())
    margin = len(lines[start]) - len(lines[start].lstrip())
    if first is None or len(first["label"]) > _MAX_LABEL_CHARS or "   " in first["label"] or "   " in first["text"]:
        return None
    column = first.start("text")
    rows: list[tuple[str, list[str]]] = [(first["label"], [first["text"]])]
    continued = 0
    i = start + 1
    while i < len(lines):
        line = lines[i].rstrip()
        indent = len(line) - len(line.lstrip())
        m = _ROW.fullmatch(line)
        if line and indent == column and "   " not in line.strip():
            rows[-1][1].append(line.strip())
            continued += 1
        elif m and m.start("text") == column and len(line) - len(line.lstrip()) == margin \
                and len(m["label"]) <= _MAX_LABEL_CHARS and "   " not in m["label"] and "   " not in m["text"]:
            if m["label"][:1].islower():  # the label goes on from the line above
                rows[-1] = (f"{rows[-1][0]} {m['label'].strip()}", [*rows[-1][1], m["text"]])
            else:
                rows.append((m["label"], [m["text"]]))
        else:
            break
        i += 1
    prose = any(len(x) >= 25 for _, cell in rows for x in cell)
    if (len(rows) < 2 and not continued) or not prose:
        return None
    return i, [(label.strip(), cell) for label, cell in rows]


def pdf_page_paragraphs(text: str) -> list[str]:
    """Paragraphs of one page's extracted text.

    Blank lines separate paragraphs; within a block, a line that ends a sentence and is
    clearly shorter than the block's longest line ends a paragraph too (a PDF has lines,
    not paragraphs), as does a short first line (a heading) unless the next line goes on with
    a small letter, and a line that starts with a bullet or an item number starts one.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    for block in re.split(r"\n[ \t]*\n", text):
        raw = [x.strip() for x in block.split("\n") if clean(x)]  # as extracted: a soft hyphen at the end kept
        if not raw:
            continue
        width = max(len(clean(x)) for x in raw)
        current: list[str] = []
        for k, source in enumerate(raw):
            line = clean(source)
            bullet = bool(BULLET.match(line))
            if bullet and current:  # a list item starts a paragraph («- norskkurs», «2) arbeidspraksis»)
                out.append(join_lines(current))
                current = []
            current.append(source)
            hyphenated = line.endswith("-") or bool(SOFT_BREAK.search(source))  # the word goes on
            # a short first line is a heading (or a one-line item) unless the next line goes on with its sentence
            # (a small letter): a narrow column's ragged line «Vi mener programmet er» / «nødvendig og …»
            after = clean(raw[k + 1]) if k + 1 < len(raw) else ""
            goes_on = after[:1].islower() and not BULLET.match(after)
            if len(line) < 0.7 * width and not hyphenated and (line.endswith((".", ":", "!", "?"))
                                                                or ((len(current) == 1 or bullet) and not goes_on)):
                out.append(join_lines(current))
                current = []
        if current:
            out.append(join_lines(current))
    return [p for p in out if p]


__all__ = ["columns_in_order", "columns_laid_out", "gutter", "join_pages", "label_rows", "page_text", "pdf_page_paragraphs",
           "respaced", "strip_page_furniture"]
