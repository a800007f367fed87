"""Identity numbers inside a letter's text and in its file name: counted, never shown.

The one place the grounds package asks whether text holds a fødselsnummer, D- or
H-number: one call to the project's one detector, :func:`audit.privacy.find_identity_numbers`
(every written form, inside text), on the text with the forms a word processor or a PDF
gives a number made plain first: digits of other scripts (fullwidth ``１５``) as ASCII digits,
every kind of space (thin, figure, punctuation space) as a space and every dash (hyphen
U+2010, en dash, minus sign) as ``-`` — «150875–12345» is the same number as «150875-12345».
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from audit.privacy import MASK, find_identity_numbers, safe_value

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"


def _plain_char(c: str) -> str:
    if c.isascii():
        return c
    if c in _DASHES:
        return "-"
    if unicodedata.category(c) == "Zs":
        return " "
    if unicodedata.category(c) == "Nd":
        return str(unicodedata.digit(c))
    return c


def plain(text: str) -> str:
    """``text`` with digits, spaces and dashes in their ASCII form, one character for one (spans stay)."""
    return text if text.isascii() else "".join(_plain_char(c) for c in text)


def count_identity_numbers(text: str) -> int:
    """How many identity numbers (valid check digits, any written form) ``text`` holds."""
    return len(identity_spans(text))


def identity_spans(text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the identity numbers in ``text`` (any written form)."""
    return find_identity_numbers(plain(text), zero_dropped=False)


_DIGIT_RUN = re.compile(r"[0-9](?:[ .\-/_]?[0-9]){9,}")


def shown_name(path: Path, limit: int = 120) -> str:
    """A letter's file name as it may be shown (:func:`shown`)."""
    return shown(path.name, limit)


def shown(name: str, limit: int = 120) -> str:
    """A file name or path as it may be shown: one holding an identity number in any written form has
    its runs of digits masked; others as :func:`audit.privacy.safe_value` shows them."""
    if count_identity_numbers(name):
        visible = "".join(c for c in plain(name) if unicodedata.category(c) != "Cf")  # zero-width characters
        name = _DIGIT_RUN.sub(MASK, visible)
    return safe_value(name, limit)


__all__ = ["count_identity_numbers", "identity_spans", "plain", "shown", "shown_name"]
