"""From letter files to one row per case: read, find the key, count identity numbers, classify.

A letter that holds an identity number **is still classified**: the result table holds
only ja/nei, paragraph numbers and declared vocabulary terms — nothing from the letter's
text — so classifying it discloses nothing; the letter is listed by its (masked) name
and the count, so that someone anonymises it before it is shared. A letter whose *key*
would be an identity number is skipped: the key is written to the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from audit.errors import InputError
from audit.grounds.classify import Judgement, classify
from audit.grounds.identity import count_identity_numbers
from audit.grounds.keys import find_key, is_identity_key
from audit.grounds.reading import read_letter
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

    @property
    def name(self) -> str:
        """The file name as it may be shown (identity-number-like digits masked)."""
        return safe_value(self.path.name, 120)


@dataclass
class GroundsRun:
    results: list[LetterResult] = field(default_factory=list)

    @property
    def rows(self) -> list[LetterResult]:
        return [r for r in self.results if r.skipped is None]


def judge_letter(path: Path, *, pattern: re.Pattern | None = None, key_from: str = "auto") -> LetterResult:
    letter = read_letter(path)
    res = LetterResult(path=path, problem=letter.problem, format=letter.format, paragraphs=len(letter.paragraphs))
    text = letter.text
    res.identity_numbers = count_identity_numbers(text) + count_identity_numbers(path.name)
    res.key, res.key_source = find_key(text, path, pattern=pattern, source=key_from)
    if res.key is None:
        res.skipped = "grounds.note.no_key"
    elif is_identity_key(res.key):
        res.key = None
        res.skipped = "grounds.note.identity_key"
    elif letter.problem is None:
        res.judgements = classify(letter.paragraphs)
    return res


def judge_letters(paths: list[Path], *, pattern: re.Pattern | None = None, key_from: str = "auto",
                  lang: str = "nb") -> GroundsRun:
    """Judge every letter; two letters with one case key stop the run (``lang`` is kept for callers:
    the error is a catalogue message, rendered in the reader's language by whoever shows it)."""
    run = GroundsRun([judge_letter(p, pattern=pattern, key_from=key_from) for p in paths])
    seen: dict[str, LetterResult] = {}
    for r in run.rows:
        other = seen.get(r.key)
        if other is not None:
            raise InputError(
                msg("grounds.error.duplicate_key", key=safe_value(r.key), first=other.name, second=r.name),
                file=str(r.path), hint=msg("grounds.error.duplicate_hint"),
            )
        seen[r.key] = r
    return run


__all__ = ["GroundsRun", "LetterResult", "judge_letter", "judge_letters"]
