"""Identity numbers inside a letter's text and in its file name: counted, never shown.

The one place the grounds package asks whether text holds a fødselsnummer, D- or
H-number: one call to the project's one detector, :func:`audit.privacy.find_identity_numbers`
(every written form, inside text: also the spaces, dashes and digits a word processor or a
PDF gives a number — «150875–12345» is the same number as «150875-12345»; :func:`audit.privacy.plain`).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from audit.privacy import MASK, find_identity_numbers, plain, safe_value


def count_identity_numbers(text: str) -> int:
    """How many identity numbers (valid check digits, any written form) ``text`` holds."""
    return len(identity_spans(text))


# The birth date and the personal number apart with more than one separator, as people type them in a letter
# («150875 - 12345», «150875  12345», a tab): the project's detector joins groups by one separator only
_SPACED = re.compile(r"(?<![0-9])([0-9]{6})[ \t\u00a0\u2009\u202f]{0,3}"
                     r"[\-\u2010-\u2015\u2212]?[ \t\u00a0\u2009\u202f]{0,3}([0-9]{5})(?![0-9])")


def identity_spans(text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the identity numbers in ``text`` (any written form)."""
    spans = find_identity_numbers(text, zero_dropped=False)
    extra = [(m.start(), m.end()) for m in _SPACED.finditer(text)
             if find_identity_numbers(m.group(1) + m.group(2), zero_dropped=False)
             and not any(a < m.end() and m.start() < b for a, b in spans)]
    return sorted(spans + extra) if extra else spans


_DIGIT_RUN = re.compile(r"[0-9](?:[ .\-/_]?[0-9]){9,}")


def shown_name(path: Path, limit: int = 120) -> str:
    """A letter's file name as it may be shown (:func:`shown`)."""
    return shown(path.name, limit)


def shown(name: str, limit: int = 120) -> str:
    """A file name or path as it may be shown: one holding an identity number in any written form has
    its runs of digits masked; others as :func:`audit.privacy.safe_value` shows them. Invisible format
    characters are dropped (zero-width spaces; a right-to-left override would show the name reversed)."""
    name = "".join(c for c in name if unicodedata.category(c) != "Cf")
    if count_identity_numbers(name):
        name = _DIGIT_RUN.sub(MASK, _SPACED.sub(MASK, plain(name)))
    return safe_value(name, limit)


__all__ = ["count_identity_numbers", "identity_spans", "plain", "shown", "shown_name"]
