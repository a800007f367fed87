"""From letter files to one row per case: read, find the key, count identity numbers, classify.

A letter that holds an identity number **is still classified**: the result table holds
only ja/nei, paragraph numbers and what decided in words (declared vocabulary terms, the
learned reader's features: a lemma of a closed list, two lemmas, a class of fact, a role; any
other lemma as «(ord)», a number as «(tall)») — nothing from the letter's text — so classifying it discloses nothing; the letter is listed by its (masked) name
and the count, so that someone anonymises it before it is shared. A letter whose *key*
would be an identity number is skipped: the key is written to the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from audit.errors import InputError
from audit.grounds.classify import Judgement
from audit.grounds.decide import DEFAULT_METHOD, classify
from audit.grounds.identity import count_identity_numbers, shown, shown_name
from audit.grounds.keys import PatternTimeout, find_key, is_identity_key
from audit.grounds.parts import Part, base_path, combine, missing_parts, part_groups, part_of
from audit.grounds.reading import Letter, read_letter
from audit.privacy import safe_value
from audit.text import msg


@dataclass
class LetterResult:
    path: Path
    key: str | None = None
    key_source: str = ""
    judgements: dict[str, Judgement] | None = None  # None: unreadable or skipped
    problem: str | None = None  # catalogue key: why the letter could not be read
    skipped: str | None = None  # catalogue key: why the letter has no row
    identity_numbers: int = 0
    paragraphs: int = 0
    format: str = ""
    parts: list[Path] = field(default_factory=list)  # a letter in several files (audit.grounds.parts): in order
    missing_parts: list[int] = field(default_factory=list)  # the numbers of the parts its files' names lack
    copy_of: Path | None = None  # a part that is another part's file twice (the same bytes): read once

    @property
    def files(self) -> list[Path]:
        """The letter's files: its parts, or its one file."""
        return self.parts or [self.path]

    @property
    def name(self) -> str:
        """The file name (the parts' names) as it may be shown (identity-number-like digits masked)."""
        return " + ".join(shown_name(p) for p in self.files)


@dataclass
class GroundsRun:
    results: list[LetterResult] = field(default_factory=list)

    @property
    def rows(self) -> list[LetterResult]:
        return [r for r in self.results if r.skipped is None]


def judge_letter(path: Path, *, pattern: re.Pattern | None = None, key_from: str = "auto",
                 method: str = DEFAULT_METHOD) -> LetterResult:
    return _judge(read_letter(path), path, [path], pattern, key_from, method)


def _judge(letter: Letter, named: Path, files: list[Path], pattern, key_from: str,
           method: str = DEFAULT_METHOD) -> LetterResult:
    """The row of ``letter`` (read from ``files``), its key from its text or from the name of ``named``."""
    res = LetterResult(path=files[0], problem=letter.problem, format=letter.format, paragraphs=len(letter.paragraphs),
                       parts=files if len(files) > 1 else [])
    text = letter.text
    # the file's name and the folders below the one given (the command refuses a folder named on it that holds one)
    res.identity_numbers = (count_identity_numbers(text) + _across_paragraphs(letter.paragraphs)
                            + sum(count_identity_numbers(str(f)) for f in files))
    try:
        res.key, res.key_source = find_key(text, named, pattern=pattern, source=key_from)
    except PatternTimeout:  # named by the letter's first file, not by the name its parts share
        raise PatternTimeout(files[0]) from None
    if res.key is None:
        res.skipped = "grounds.note.no_key"
    elif is_identity_key(res.key):
        res.key = None
        res.skipped = "grounds.note.identity_key"
    elif letter.problem is None:
        res.judgements = classify(letter.paragraphs, method)
    return res


def _across_paragraphs(paragraphs: list[str]) -> int:
    """The identity numbers split over two paragraphs («Fødselsnummer: 150875» / «12345 …»: a text file without
    blank lines is read one paragraph a line, so a number broken over a line break stands in two)."""
    found = 0
    for a, b in zip(paragraphs, paragraphs[1:]):
        tail, head = a[-40:], b[:40]
        found += max(0, count_identity_numbers(f"{tail} {head}") - count_identity_numbers(tail) - count_identity_numbers(head))
    return found


def judge_all(paths: list[Path], *, pattern: re.Pattern | None = None, key_from: str = "auto",
              method: str = DEFAULT_METHOD) -> list[LetterResult]:
    """A row per letter, in the order of ``paths``: a letter split over several files (:mod:`audit.grounds.parts`)
    is read as one, at its first part's place, and a part that is another part's file twice is a copy. ``method``:
    what decides (:mod:`audit.grounds.decide`: the learned reader, or ``"rule"``, the hand rule alone)."""
    merged: dict[Path, LetterResult] = {}  # first part -> the letter's row
    later: dict[Path, LetterResult | None] = {}  # a later part (None) or a part's copy (its row)
    read: dict[Path, Letter] = {}
    for group in part_groups(paths):
        for p in group:
            read[p.path] = read_letter(p.path)
        kept: list[Part] = []
        twice: dict[Path, Path] = {}
        for p in group:
            same = next((k for k in kept if k.number == p.number), None)
            if same is None:
                kept.append(p)
            elif _same_bytes(same.path, p.path):
                twice[p.path] = same.path
            else:
                kept = []  # two different files for one part: no parts, read apart
                break
        if len(kept) < 2 or not _one_key([read[p.path] for p in kept], pattern, key_from):
            continue
        files = [p.path for p in kept]
        res = _judge(combine([read.pop(f) for f in files]), base_path(kept), files, pattern, key_from, method)
        res.missing_parts = missing_parts(kept)
        merged[files[0]] = res
        later.update(dict.fromkeys(files[1:]))
        later.update({c: LetterResult(path=c, skipped="grounds.note.copy", copy_of=o) for c, o in twice.items()})
    out: list[LetterResult] = []
    for path in paths:
        if path in merged:
            out.append(merged[path])
        elif path in later:
            if later[path] is not None:
                out.append(later[path])
        else:
            letter = read.pop(path, None) or read_letter(path)
            part = part_of(path)
            alone = part is not None and part.total is not None  # «K-0042 (1 av 2).pdf» without its part 2
            res = _judge(letter, base_path([part]) if alone else path, [path], pattern, key_from, method)
            if alone:
                res.missing_parts = missing_parts([part])
            out.append(res)
    return out


def _same_bytes(a: Path, b: Path) -> bool:
    try:
        return a.stat().st_size == b.stat().st_size and a.read_bytes() == b.read_bytes()
    except OSError:
        return False


def _one_key(letters: list[Letter], pattern, key_from: str) -> bool:
    """Whether the parts' own texts give at most one case key (a part without one takes the others')."""
    if key_from == "name":
        return True
    keys = {find_key(x.text, x.path, pattern=pattern, source="text")[0] for x in letters}
    return len(keys - {None}) <= 1


def judge_letters(paths: list[Path], *, pattern: re.Pattern | None = None, key_from: str = "auto",
                  lang: str = "nb", method: str = DEFAULT_METHOD) -> GroundsRun:
    """Judge every letter; two letters with one case key stop the run (``lang`` is kept for callers:
    the error is a catalogue message, rendered in the reader's language by whoever shows it)."""
    run = GroundsRun(judge_all(paths, pattern=pattern, key_from=key_from, method=method))
    seen: dict[str, LetterResult] = {}
    for r in run.rows:
        other = seen.get(r.key)
        if other is not None:
            raise InputError(
                msg("grounds.error.duplicate_key", key=safe_value(r.key), first=other.name, second=r.name),
                file=shown(str(r.path), 1000), hint=msg("grounds.error.duplicate_hint"),
            )
        seen[r.key] = r
    return run


__all__ = ["GroundsRun", "LetterResult", "judge_all", "judge_letter", "judge_letters"]
