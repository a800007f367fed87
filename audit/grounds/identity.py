"""Identity numbers inside a letter's text: counted, never shown.

The one place the grounds package asks whether text holds a fødselsnummer, D- or
H-number: one call to the project's one detector, :func:`audit.privacy.find_identity_numbers`
(every written form, inside text).
"""

from __future__ import annotations

from audit.privacy import find_identity_numbers


def count_identity_numbers(text: str) -> int:
    """How many identity numbers (valid check digits, any written form) ``text`` holds."""
    return len(find_identity_numbers(text, zero_dropped=False))


__all__ = ["count_identity_numbers"]
