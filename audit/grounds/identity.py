"""Identity numbers inside a letter's text: counted, never shown.

The one place the grounds package asks whether text holds a fødselsnummer, D- or
H-number; when :mod:`audit.privacy` gains ``find_identity_numbers(text)`` this function
becomes one call to it.
"""

from __future__ import annotations

import re

from audit.privacy import is_identity_number

# 11 digits, also written "ddmmåå nnnnn" (space, no-break space, dot or hyphen between).
_CANDIDATE = re.compile(r"(?<![\d])(\d{6})[ \u00a0.-]?(\d{5})(?![\d])")


def count_identity_numbers(text: str) -> int:
    """How many identity numbers (valid check digits) ``text`` holds."""
    return sum(1 for m in _CANDIDATE.finditer(text) if is_identity_number(m.group(1) + m.group(2)))


__all__ = ["count_identity_numbers"]
