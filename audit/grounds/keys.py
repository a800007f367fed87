"""The case key of a letter.

In this order (``--key-from auto``):

1. with ``--key-pattern REGEX``: the first match in the letter's text, else in the file
   name (the group named ``key``, else the first group that took part in the match, else the
   whole match);
2. a «Saksnr», «Saksnummer», «Vår ref», «Arkivsaksnr», «Sak nr» line in the letter (:data:`KEY_LABEL`; the first one whose value holds a
   digit or a capital letter, so that «Husk å oppgi saksnummer ved henvendelse» is no key «ved»):
   «Saksnr.: K-0042» gives ``K-0042``;
3. the file name without its extension: ``K-0042.docx`` gives ``K-0042``.

A ``--key-pattern`` without a group gives the whole match (``K-\\d+`` gives ``K-0042``, as ``grep -o``
would). It is run with the ``regex`` library under a time limit
per letter (:data:`PATTERN_SECONDS`): a pattern that backtracks without end («(a+)+$» on a long
line) stops the command with :class:`PatternTimeout` instead of holding it for hours.

``--key-from name`` uses only the file name (with the pattern, if one is given),
``--key-from text`` only the letter. A key that is an identity number is never used: in the
letter the next match is tried (then the file name); a file name that is one is returned, and
:mod:`audit.grounds.judge` skips the letter.
"""

from __future__ import annotations

import re
import time
import unicodedata
from pathlib import Path

import regex

from audit.grounds.identity import count_identity_numbers, identity_spans, readable

SOURCES = ("auto", "text", "name")

# The case key in a letter: «Saksnr.: K-0042», «Saksnummer 2024/17», «Vår ref.: 24/1234», and the labels of the
# municipalities' archive systems: «Arkivsaksnr.», «Sak nr.», «Vår ref. (saksnr.)», «Saksnr./Dok.nr.»,
# «Saksnummer / dokumentnummer» (a label that names the document number too: «24/1235-5» is document 5 of case
# 24/1235). The value is group 1.
KEY_LABEL = re.compile(
    r"\b(?:arkiv)?(?:saksnr|saksnummer|saks?\s+nr|vår\s+ref(?:eranse)?)\b\.?"
    r"(?:\s*/\s*(?:dok(?:ument)?\.?\s*nr|dokumentnummer|dok\.?\s*nummer)\b\.?)?"
    r"(?:\s*\((?:saksnr|saksnummer)\.?\))?"
    r"\s*[:.]?\s*([A-Za-z0-9][A-Za-z0-9_./-]*)", re.IGNORECASE)
# a case number and a document number: «24/1235-5», «2024/117-3»
_CASE_AND_DOCUMENT = re.compile(r"(\d+/\d+)-\d+")


# How long one letter's --key-pattern search may take (its text and its file name together). A sane pattern
# takes microseconds on a letter of 100,000 characters; one that backtracks without end takes hours.
PATTERN_SECONDS = 1.0


class BadPattern(ValueError):
    """A --key-pattern that cannot be used: ``problem`` is a catalogue key, ``detail`` the library's words."""

    def __init__(self, problem: str, detail: str = "") -> None:
        super().__init__(problem)
        self.problem = problem
        self.detail = detail


class PatternTimeout(Exception):
    """The --key-pattern took longer than :data:`PATTERN_SECONDS` on one letter (``path``)."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


def compile_pattern(pattern: str | None) -> regex.Pattern | None:
    """The --key-pattern as a compiled expression (the ``regex`` library, with Python's ``re`` syntax);
    :class:`BadPattern` for one that is not a regular expression (or takes too long to compile)."""
    if not pattern:
        return None
    _compiles_in_time(pattern)
    try:
        compiled = regex.compile(pattern, regex.IGNORECASE | regex.MULTILINE | regex.VERSION0)
    except (regex.error, RecursionError, OverflowError) as exc:  # a nesting too deep for the compiler
        raise BadPattern("grounds.pattern.invalid", str(exc) or type(exc).__name__) from None
    return compiled


# How long compiling a --key-pattern may take: «(\\p{L}{65535}){65535}» compiles for minutes (and memory)
COMPILE_SECONDS = 3.0
COMPILE_BYTES = 2 * 1024**3  # the child's address space: Python and the regex library take some 100 MB


def _compiles_in_time(pattern: str) -> None:
    """Compile ``pattern`` once in a child process stopped after :data:`COMPILE_SECONDS` or at
    :data:`COMPILE_BYTES` of memory: a compile cannot be interrupted inside this process.
    :class:`BadPattern` when it takes longer or more; a pattern's errors are left to the compile that follows
    (quick once this one has finished), and so is everything when no child process can be run."""
    import subprocess
    import sys

    def limit_memory() -> None:  # in the child, before it starts
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (COMPILE_BYTES, COMPILE_BYTES))

    code = ("import sys, regex\ntry:\n    regex.compile(sys.argv[1], regex.IGNORECASE | regex.MULTILINE | regex.VERSION0)\n"
            "except (regex.error, RecursionError, OverflowError):\n    pass\nprint('ok')")
    try:
        done = subprocess.run([sys.executable, "-I", "-c", code, pattern], capture_output=True, text=True,
                              timeout=COMPILE_SECONDS, stdin=subprocess.DEVNULL, check=False,
                              preexec_fn=limit_memory if sys.platform != "win32" else None)
    except subprocess.TimeoutExpired:  # run() has killed the child
        raise BadPattern("grounds.pattern.compile_timeout") from None
    except (OSError, ValueError):  # no child process here (or an argument it cannot take)
        return
    if done.stdout.strip() != "ok" and "MemoryError" in done.stderr:
        raise BadPattern("grounds.pattern.compile_timeout")


def _matches(pattern: regex.Pattern, text: str, deadline: float, path: Path):
    """The matches of ``pattern`` in ``text``, left to right, stopping at ``deadline`` (time.monotonic)."""
    pos = 0
    while pos <= len(text):
        left = deadline - time.monotonic()
        if left <= 0:
            raise PatternTimeout(path)
        try:
            m = pattern.search(text, pos, timeout=left)
        except TimeoutError:
            raise PatternTimeout(path) from None
        if m is None:
            return
        yield m
        pos = m.end() + (m.end() == m.start())  # an empty match: on from the next character


# The longest key a --key-pattern may give (characters, words); a longer match is passed over for the next one
MAX_KEY_CHARS = 40
MAX_KEY_WORDS = 4


def _from_match(m: regex.Match) -> str | None:
    """The key a --key-pattern match gives; None when it is (part of) an identity number."""
    if "key" in m.re.groupindex:
        group = "key"
    elif m.re.groups:
        # the first group that took part: «Saksnr\.?:\s*(\S+)|Journalnr:\s*(\S+)» matched by its second half
        group = next((i for i, g in enumerate(m.groups(), 1) if g is not None), 1)
    else:
        group = 0
    if m.group(group) is None or _in_identity_number(m.string, m.start(group), m.end(group)):
        return None
    value = _tidy(m.group(group))
    # a key is a case number, not a stretch of the letter: «Saksnr(.*)» must not copy a sentence into the table
    return value if value and len(value) <= MAX_KEY_CHARS and len(value.split()) <= MAX_KEY_WORDS else None


def _in_identity_number(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` overlaps an identity number in its surroundings on the same line
    («Saksnr.: 150875 12345» must not give the birth date ``150875`` as the key)."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    return any(s < end - a and e > start - a for s, e in identity_spans(text[a:b]))


def _tidy(value: str | None) -> str | None:
    if value is None:
        return None
    value = unicodedata.normalize("NFC", readable(value))  # a Mac writes names as NFD; Windows' bytes, as cp1252
    # a key is one line of visible characters: a file name's line break or tab is a space, and invisible format
    # characters (a right-to-left override that shows «K-2<RLO>x» reversed in a spreadsheet) are dropped
    value = "".join(c for c in value if unicodedata.category(c) not in ("Cf", "Cc") or c.isspace())
    value = " ".join(value.split()).rstrip(".,;:)").strip()
    return value or None


_KEY_CHARS = re.compile(r"[\w./-]+")
_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})")


def _label_value(text: str, m: re.Match) -> str | None:
    """The value after a key label: the vocabulary's match, continued over letters beyond ASCII
    («Saksnr.: KØ-12» is ``KØ-12``, not ``K``); None when it is part of an identity number."""
    more = _KEY_CHARS.match(text, m.start(1))
    end = more.end() if more else m.end(1)
    if _in_identity_number(text, m.start(1), end):
        return None
    if text[m.start(1):end].isalpha() and _LABEL_AFTER.match(text, end):
        return None  # «Vår ref.: Deres ref.: Vår dato:», a letterhead's row of labels: «Deres» is the next label
    if "\n" in text[m.start():m.start(1)]:
        # the label ends its line (a form or table whose value is in the next cell, or a template's empty
        # «Saksnummer:»): the next line is the value only when it is nothing else and holds a digit — not
        # «Vi» of «Vi viser til søknaden din» nor «Deres» of «Deres ref.:»
        line_end = text.find("\n", m.start(1))
        line = text[m.start(1):len(text) if line_end < 0 else line_end].strip()
        if line != text[m.start(1):end] or not any(c.isdigit() for c in line) or _DATE.fullmatch(line):
            return None  # nor the date of a letterhead's «Vår dato» cell
    return _tidy(text[m.start(1):end])


_LABEL_AFTER = re.compile(r"[ \t]*(?:[\w.]+[ \t]*){0,2}:")
_HEAD_CELL = re.compile(r"[^:\n]{1,30}:")


def _header_row_value(text: str, m: re.Match) -> str | None:
    """The value of a key label in a letterhead's row of labels whose values stand in the row below: «Vår ref.:
    Deres ref.: Vår dato:» over «2024/117 12345 06.12.2025» (a PDF's row read as one line, its values one word
    each) or a Word table's cells, one line each («Vår ref.:», «Deres ref.:», «Vår dato:», «2024/117», «12345»,
    «06.12.2025»): the label's place among the labels is its value's place among the values. None unless the
    row holds two labels or more and the values are as many, and the value holds a digit and is no date; a
    values row holding an identity number gives nothing."""
    lines = text.split("\n")
    start = text.rfind("\n", 0, m.start()) + 1
    li = text.count("\n", 0, m.start())
    row = lines[li].strip()
    filled = [i for i, x in enumerate(lines) if x.strip()]
    cells = _HEAD_CELL.findall(row)
    if len(cells) >= 2 and "".join(cells) == row:  # the labels in one line, the values in the next
        index = lines[li][:m.start() - start].count(":")
        below = next((lines[i] for i in filled if i > li), "")
        values = below.split()
    elif len(cells) >= 2 and row.startswith("".join(cells).strip()) and \
            len(row[len("".join(cells).strip()):].split()) == len(cells):
        # the row of labels and its values read as one line (a text file's two lines in one paragraph)
        index = lines[li][:m.start() - start].count(":")
        below = row[len("".join(cells).strip()):]
        values = below.split()
    elif _HEAD_CELL.fullmatch(row):  # one label a line: the run of labels, then as many values
        k = filled.index(li)
        first = k
        while first > 0 and _HEAD_CELL.fullmatch(lines[filled[first - 1]].strip()):
            first -= 1
        end = k + 1
        while end < len(filled) and _HEAD_CELL.fullmatch(lines[filled[end]].strip()):
            end += 1
        n = end - first
        cells = [None] * n
        index = k - first
        values = [lines[i].strip() for i in filled[end:end + n]]
        below = " ".join(values)
        if n < 2 or len(values) != n or any(len(v.split()) != 1 for v in values):
            return None
    else:
        return None
    if len(values) != len(cells) or count_identity_numbers(below):
        return None
    value = _tidy(values[index])
    if not value or not any(c.isdigit() for c in value) or _DATE.fullmatch(value):
        return None
    return value


def find_key(text: str, path: Path, *, pattern: regex.Pattern | None = None, source: str = "auto") -> tuple[str | None, str]:
    """(key, where it came from: "pattern" | "label" | "name") — key None when none was found."""
    text = unicodedata.normalize("NFC", text)
    use_text = source in ("auto", "text")
    use_name = source in ("auto", "name")
    # a value that is an identity number is passed over for the next one (and the letter's count of identity
    # numbers says it is there): «Saksnr.: <fødselsnummer>» in a letter named K-0042.txt gives K-0042
    if pattern is not None:
        deadline = time.monotonic() + PATTERN_SECONDS
        for haystack in (text if use_text else None, readable(path.stem) if use_name else None):
            for m in _matches(pattern, haystack, deadline, path) if haystack else ():
                value = _from_match(m)
                if value and not is_identity_key(value):
                    return value, "pattern"
        return None, "pattern"
    if use_text:
        for m in KEY_LABEL.finditer(text):
            value = _label_value(text, m) or _header_row_value(text, m)
            if value and "dok" in text[m.start():m.start(1)].casefold() and _CASE_AND_DOCUMENT.fullmatch(value):
                value = _CASE_AND_DOCUMENT.fullmatch(value).group(1)  # the case's number, not the document's
            if value and any(c.isdigit() or c.isupper() for c in value) and not is_identity_key(value):
                return value, "label"  # «Oppgi saksnummer når du …» names no key
    if use_name:
        return _tidy(path.stem), "name"
    return None, "label"


def is_identity_key(key: str) -> bool:
    """A key that is (or holds) an identity number, in any written form."""
    digits = re.sub(r"[\s.\-]", "", key)
    return count_identity_numbers(key) > 0 or count_identity_numbers(digits) > 0 or count_identity_numbers("0" + digits) > 0 and len(digits) == 10


__all__ = ["COMPILE_SECONDS", "PATTERN_SECONDS", "SOURCES", "BadPattern", "PatternTimeout", "compile_pattern", "find_key",
           "is_identity_key"]
