"""The case key of a letter.

In this order (``--key-from auto``):

1. with ``--key-pattern REGEX``: the first match in the letter's text, else in the file
   name (the group named ``key``, else the first group that took part in the match, else the
   whole match);
2. a «Saksnr», «Saksnummer» or «Vår ref» line in the letter (the first one whose value holds a
   digit or a capital letter, so that «Husk å oppgi saksnummer ved henvendelse» is no key «ved»):
   «Saksnr.: K-0042» gives ``K-0042``;
3. the file name without its extension: ``K-0042.docx`` gives ``K-0042``.

``--key-from name`` uses only the file name (with the pattern, if one is given),
``--key-from text`` only the letter. A key that is an identity number is never used: in the
letter the next match is tried (then the file name); a file name that is one is returned, and
:mod:`audit.grounds.judge` skips the letter.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from audit.grounds.identity import count_identity_numbers, identity_spans
from audit.grounds.vocabulary import KEY_LABEL

SOURCES = ("auto", "text", "name")


def compile_pattern(pattern: str | None) -> re.Pattern | None:
    """The --key-pattern as a compiled expression (re.error for a bad one)."""
    return re.compile(pattern, re.IGNORECASE | re.MULTILINE) if pattern else None


def _from_match(m: re.Match) -> str | None:
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
    return _tidy(m.group(group))


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
    value = unicodedata.normalize("NFC", value).strip().rstrip(".,;:)").strip()  # a Mac writes names as NFD
    return value or None


_KEY_CHARS = re.compile(r"[\w./-]+")


def _label_value(text: str, m: re.Match) -> str | None:
    """The value after a key label: the vocabulary's match, continued over letters beyond ASCII
    («Saksnr.: KØ-12» is ``KØ-12``, not ``K``); None when it is part of an identity number."""
    more = _KEY_CHARS.match(text, m.start(1))
    end = more.end() if more else m.end(1)
    if _in_identity_number(text, m.start(1), end):
        return None
    return _tidy(text[m.start(1):end])


def find_key(text: str, path: Path, *, pattern: re.Pattern | None = None, source: str = "auto") -> tuple[str | None, str]:
    """(key, where it came from: "pattern" | "label" | "name") — key None when none was found."""
    text = unicodedata.normalize("NFC", text)
    use_text = source in ("auto", "text")
    use_name = source in ("auto", "name")
    # a value that is an identity number is passed over for the next one (and the letter's count of identity
    # numbers says it is there): «Saksnr.: <fødselsnummer>» in a letter named K-0042.txt gives K-0042
    if pattern is not None:
        for haystack in (text if use_text else None, path.stem if use_name else None):
            for m in pattern.finditer(haystack or "") if haystack else ():
                value = _from_match(m)
                if value and not is_identity_key(value):
                    return value, "pattern"
        return None, "pattern"
    if use_text:
        for m in KEY_LABEL.finditer(text):
            value = _label_value(text, m)
            if value and any(c.isdigit() or c.isupper() for c in value) and not is_identity_key(value):
                return value, "label"  # «Oppgi saksnummer når du …» names no key
    if use_name:
        return _tidy(path.stem), "name"
    return None, "label"


def is_identity_key(key: str) -> bool:
    """A key that is (or holds) an identity number, in any written form."""
    digits = re.sub(r"[\s.\-]", "", key)
    return count_identity_numbers(key) > 0 or count_identity_numbers(digits) > 0 or count_identity_numbers("0" + digits) > 0 and len(digits) == 10


__all__ = ["SOURCES", "compile_pattern", "find_key", "is_identity_key"]
