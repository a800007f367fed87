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
    if len(s) != 11 or not (s.isascii() and s.isdigit()):
        return False
    d = [int(c) for c in s]
    k1 = 11 - sum(w * x for w, x in zip(_W1, d[:9])) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10 or k1 != d[9]:
        return False
    k2 = 11 - sum(w * x for w, x in zip(_W2, d[:10])) % 11
    k2 = 0 if k2 == 11 else k2
    return k2 != 10 and k2 == d[10]


# In messages, anything that could be (part of) an identity number is masked: runs of
# 10 or 11 digits (a spreadsheet drops the leading zero) and the written form "ddmmåå nnnnn".
_MASK = re.compile(r"(?<!\d)(?:\d{6}[ \u00a0]\d{5}|\d{10,11})(?!\d)")


def safe_value(value: object, limit: int = 60) -> str:
    """A value as it may appear in a message: identity-number-like digit runs masked, long text cut,
    line breaks and tabs shown as spaces (a message stays one line), other control characters dropped."""
    if value is not None and not isinstance(value, (str, int, float, bool)):
        value = repr(value) if isinstance(value, bytes) else (str(value) if _small(value) else f"<{type(value).__name__}>")
    text = "" if value is None else str(value)
    if len(text) > 4 * limit:
        text = text[: 4 * limit]
    text = _MASK.sub("•••••••••••", text)
    if any(ord(c) < 32 or ord(c) == 127 for c in text):
        text = "".join(" " if c in "\t\n\r" else c for c in text if c in "\t\n\r" or not (ord(c) < 32 or ord(c) == 127))
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def _small(value: object) -> bool:
    """Exceptions, paths and other objects print briefly; containers might not (YAML aliases)."""
    return not isinstance(value, (list, tuple, dict, set, frozenset))


def identity_text_expr(expr: "pl.Expr") -> "pl.Expr":
    """Polars: a value's text in the form an identity number would have, or null.

    Trimmed; "ddmmåå nnnnn" (space between birth date and personal number) joined;
    a trailing ".0" (a number that went through a spreadsheet) dropped. The result is
    11 or 10 digits (10: a spreadsheet dropped the leading zero), else null.
    """
    import polars as pl

    s = expr.cast(pl.Utf8).str.strip_chars()
    s = s.str.replace(r"^([0-9]{6})[ \u00a0]([0-9]{5})$", "${1}${2}").str.replace(r"^([0-9]{10,11})\.0$", "$1")
    return pl.when(s.str.contains(r"^[0-9]{10,11}$")).then(s)


def identity_number_expr(expr: "pl.Expr", *, padded: bool = True) -> "pl.Expr":
    """Polars: true where a value is a plausible fødselsnummer/D-nummer/H-nummer.

    11 digits (also written "ddmmåå nnnnn", or with a trailing ".0"), a possible day
    (D-nummer: +40) and month (H-nummer: +40; synthetic test numbers: +80), and both
    check digits valid. With ``padded``, 10 digits also match when the number is
    valid with the leading zero a spreadsheet dropped (born on day 1–9).
    """
    import polars as pl

    t = identity_text_expr(expr)
    s = pl.when(t.str.len_chars() == 10).then(pl.lit("0") + t).otherwise(t) if padded else t
    d = [s.str.slice(i, 1).cast(pl.Int32, strict=False) for i in range(11)]
    k1 = (11 - sum(w * x for w, x in zip(_W1, d[:9])) % 11) % 11
    k2 = (11 - sum(w * x for w, x in zip(_W2, d[:10])) % 11) % 11
    day = d[0] * 10 + d[1]
    day = pl.when(day > 40).then(day - 40).otherwise(day)
    month = d[2] * 10 + d[3]
    month = pl.when(month > 80).then(month - 80).when(month > 40).then(month - 40).otherwise(month)
    ok = (
        s.str.contains(r"^[0-9]{11}$")
        & (k1 != 10) & (k1 == d[9]) & (k2 != 10) & (k2 == d[10])
        & day.is_between(1, 31) & month.is_between(1, 12)
    )
    return ok.fill_null(False)
