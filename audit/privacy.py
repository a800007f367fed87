"""Personal data guards: detection of Norwegian identity numbers, masking in messages."""

from __future__ import annotations

import re

_ELEVEN = re.compile(r"(?<!\d)\d{11}(?!\d)")
_W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def is_identity_number(text: str) -> bool:
    """True when ``text`` is 11 digits with both mod-11 check digits valid.

    Covers fødselsnummer, D-nummer (day + 40) and H-nummer (month + 40); the
    check digits are what makes a random 11-digit number unlikely to match.
    """
    s = text.strip()
    if len(s) != 11 or not s.isdigit():
        return False
    d = [int(c) for c in s]
    k1 = 11 - sum(w * x for w, x in zip(_W1, d[:9])) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10 or k1 != d[9]:
        return False
    k2 = 11 - sum(w * x for w, x in zip(_W2, d[:10])) % 11
    k2 = 0 if k2 == 11 else k2
    return k2 != 10 and k2 == d[10]


def safe_value(value: object, limit: int = 60) -> str:
    """A value as it may appear in a message: any 11-digit run is masked, long text cut."""
    text = "" if value is None else str(value)
    text = _ELEVEN.sub("•••••••••••", text)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text
