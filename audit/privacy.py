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


def safe_value(value: object, limit: int = 60) -> str:
    """A value as it may appear in a message: any 11-digit run is masked, long text cut."""
    text = "" if value is None else str(value)
    text = _ELEVEN.sub("•••••••••••", text)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def identity_number_expr(expr: "pl.Expr") -> "pl.Expr":
    """Polars: true where a value is a plausible fødselsnummer/D-nummer/H-nummer.

    11 digits (surrounding white space allowed), a possible day (D-nummer: +40) and
    month (H-nummer: +40; synthetic test numbers: +80), and both check digits valid.
    """
    import polars as pl

    s = expr.cast(pl.Utf8).str.strip_chars()
    d = [s.str.slice(i, 1).cast(pl.Int32, strict=False) for i in range(11)]
    k1 = (11 - sum(w * x for w, x in zip(_W1, d[:9])) % 11) % 11
    k2 = (11 - sum(w * x for w, x in zip(_W2, d[:10])) % 11) % 11
    day = d[0] * 10 + d[1]
    day = pl.when(day > 40).then(day - 40).otherwise(day)
    month = d[2] * 10 + d[3]
    month = pl.when(month > 80).then(month - 80).when(month > 40).then(month - 40).otherwise(month)
    ok = (
        s.str.contains(r"^\d{11}$")
        & (k1 != 10) & (k1 == d[9]) & (k2 != 10) & (k2 == d[10])
        & day.is_between(1, 31) & month.is_between(1, 12)
    )
    return ok.fill_null(False)
