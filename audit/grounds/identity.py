"""Identity numbers inside a letter's text and in its file name: counted, never shown.

The one place the grounds package asks whether text holds a fødselsnummer, D- or
H-number: one call to the project's one detector, :func:`audit.privacy.find_identity_numbers`
(every written form, inside text: also the spaces, dashes and digits a word processor or a
PDF gives a number — «150875–12345» is the same number as «150875-12345»; :func:`audit.privacy.plain` —
and the blanks people type between its groups, «150875 - 12345»).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from audit.privacy import MASK, find_identity_numbers, plain, redact, safe_value


def count_identity_numbers(text: str) -> int:
    """How many identity numbers (valid check digits, any written form) ``text`` holds."""
    return len(identity_spans(text))


def identity_spans(text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the identity numbers in ``text`` (any written form)."""
    return find_identity_numbers(text, zero_dropped=False)


_DIGIT_RUN = re.compile(r"[0-9](?:[ .\-/_]?[0-9]){9,}")


def _cp1252_bytes(error: UnicodeDecodeError) -> tuple[str, int]:
    return error.object[error.start:error.end].decode("cp1252", errors="replace"), error.end


# the error handler that reads bytes that are not UTF-8 as cp1252: ``data.decode("utf-8", errors=CP1252_FALLBACK)``
CP1252_FALLBACK = "nav_audit_cp1252"
codecs.register_error(CP1252_FALLBACK, _cp1252_bytes)


def readable(name: str) -> str:
    """A file name as text: the bytes of a name that is not UTF-8 (a zip from Windows unpacked on Linux, «K-Bjørn»
    in cp1252), which Python gives as lone surrogates that no file, terminal or table can hold, read as cp1252
    (bytes cp1252 lacks as «\ufffd»)."""
    if not any("\udc80" <= c <= "\udcff" for c in name):
        return name
    return name.encode("utf-8", errors="surrogateescape").decode("utf-8", errors=CP1252_FALLBACK)


def shown_name(path: Path, limit: int = 120) -> str:
    """A letter's file name as it may be shown (:func:`shown`)."""
    return shown(path.name, limit)


def shown(name: str, limit: int = 120) -> str:
    """A file name or path as it may be shown: one holding an identity number in any written form has
    its runs of digits masked; others as :func:`audit.privacy.safe_value` shows them. Invisible format
    characters are dropped (zero-width spaces; a right-to-left override would show the name reversed)."""
    name = "".join(c for c in readable(name) if unicodedata.category(c) != "Cf")
    if count_identity_numbers(name):
        name = _DIGIT_RUN.sub(MASK, redact(plain(name)))
    return safe_value(name, limit)


__all__ = ["CP1252_FALLBACK", "count_identity_numbers", "identity_spans", "plain", "readable", "shown", "shown_name"]
