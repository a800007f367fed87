"""A letter split over two or more files: «K-0042 del 1.pdf» and «K-0042 del 2.pdf» are one letter.

The file names that mark a part are declared here, once (:data:`PART_MARKERS`); docs/grounds.md lists them.
A marker stands at the end of the name (before the extension), after the name it shares with the other parts:

* «del 1», «del1», «del-1», «Del 1 av 3» (also with «side», «part», «s»: «side 2», «s2», «part 1 of 2»),
  the word apart from the name by a space, «_» or «-»;
* «(1 av 2)», «(1 of 2)», «1 av 2»;
* «_1» … «_9» (an underscore and the part's number alone, one digit).

Files in the same folder whose names are the same but for such a marker are **one letter** when there are two or
more of them, each with its own part number, and the letters' own case keys do not disagree (a part without a
«Saksnr» line takes the key of the part that has one): their paragraphs are read in the parts' order, a paragraph
a part's end cuts joined as at a page break. Parts with two different keys are different letters, read apart;
two parts with the same number are no parts (unless they are the same file twice: a copy). A number missing
between them («del 1» and «del 3»), or below a total a name gives («1 av 3» and «2 av 3»), is a missing part.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from audit.grounds.plain import MAX_TEXT_CHARS
from audit.grounds.reading import Letter, copy_stem
from audit.grounds.reading_pdf_text import join_pages

MAX_PARTS = 20  # a decision letter split into more files than this is no letter in parts
# The markers of a part at the end of a file name's stem: a word (del, side, part, s) and the part's number, with
# «av»/«of» and the number of parts after it; the number and the number of parts in words «(1 av 2)»; «_1».
PART_MARKERS = (
    re.compile(r"(?P<base>.+?)[\s_-]+\(?(?:del|side|part|s)[\s._-]*(?P<n>\d{1,2})"
               r"(?:\s*(?:av|of)\s*(?P<total>\d{1,2}))?\)?", re.IGNORECASE),
    re.compile(r"(?P<base>.+?)[\s_-]*\(?(?P<n>\d{1,2})\s+(?:av|of)\s+(?P<total>\d{1,2})\)?", re.IGNORECASE),
    re.compile(r"(?P<base>.+?)_(?P<n>\d)"),
)


@dataclass(frozen=True)
class Part:
    path: Path
    base: str  # the name the parts share (the stem without the marker)
    number: int
    total: int | None = None  # the number of parts a name gives («1 av 3»)


def part_of(path: Path) -> Part | None:
    """The part a file's name marks, or None (no marker, a number 0 or over :data:`MAX_PARTS`, over its total)."""
    for stem in dict.fromkeys((copy_stem(path), path.stem.strip())):  # «K-0042 del 2 (1).pdf»: a copy of part 2
        for marker in PART_MARKERS:
            m = marker.fullmatch(stem)
            if m is None:
                continue
            base = m["base"].strip(" _-")
            n = int(m["n"])
            total = int(m["total"]) if m.groupdict().get("total") else None
            if base and 1 <= n <= MAX_PARTS and (total is None or n <= total <= MAX_PARTS):
                return Part(path, base, n, total)
            break
    return None


def part_groups(paths: list[Path]) -> list[list[Part]]:
    """The files among ``paths`` that may be parts of one letter: two or more in one folder whose names are the same
    but for a part marker, each group in the parts' order (the same number twice stays: the caller decides)."""
    groups: dict[tuple[Path, str], list[Part]] = {}
    for p in paths:
        part = part_of(p)
        if part is not None:
            groups.setdefault((p.parent.absolute(), part.base.casefold()), []).append(part)
    # in the parts' order; of one part twice, the name without a copy's mark first («del 2» before «del 2 (1)»)
    return [sorted(g, key=lambda x: (x.number, copy_stem(x.path) != x.path.stem.strip(), x.path.name))
            for g in groups.values() if len(g) > 1]


def missing_parts(parts: list[Part]) -> list[int]:
    """The part numbers missing from ``parts``: below the highest number, or below a total a name gives."""
    have = {p.number for p in parts}
    top = max([*have, *(p.total or 0 for p in parts)])
    return [n for n in range(1, top + 1) if n not in have]


def base_path(parts: list[Part]) -> Path:
    """The letter's name without the part marker («K-0042.pdf» for «K-0042 del 1.pdf»): its key from a file name."""
    first = parts[0]
    return first.path.with_name(first.base + first.path.suffix)


def combine(letters: list[Letter]) -> Letter:
    """One letter of its parts, in order: the paragraphs one after the other (a paragraph the end of a part cuts —
    no end mark, the next part starting with a small letter — joined as at a page break), so that the paragraph
    numbers run through the parts; the margins and notes of each part, what the parts repeat (a letterhead, a
    running header, a document title) once; unreadable when a part is (judging the others would say «nei» for
    what the unreadable part says)."""
    first = letters[0]
    out = Letter(path=first.path, format=first.format,
                 paragraphs=join_pages([x.paragraphs for x in letters]),
                 margins=_once([x.margins for x in letters]), notes=_once([x.notes for x in letters]))
    out.problem = next((x.problem for x in letters if x.problem), None)
    if out.problem is None and sum(len(p) for p in out.paragraphs) > MAX_TEXT_CHARS:
        out.problem = "grounds.problem.too_long"
    return out


def _once(lists: list[list[str]]) -> list[str]:
    """The entries of ``lists`` one after the other, an entry a later list repeats from an earlier one left out
    (each as often as the list that holds it most often)."""
    out: list[str] = []
    seen: Counter = Counter()
    for entries in lists:
        for x, n in Counter(entries).items():
            if n > seen[x]:
                out.extend([x] * (n - seen[x]))
                seen[x] = n
    return out


__all__ = ["MAX_PARTS", "PART_MARKERS", "Part", "base_path", "combine", "missing_parts", "part_groups", "part_of"]
