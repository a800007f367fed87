"""The written forms of a Norwegian identity number that the detector (:mod:`audit.privacy`) knows, as
patterns and checks: the separators between digit groups, the check digits and birth date of 11 digits,
the floats a spreadsheet writes, and a birth date with a four-digit year before the personal number.

A leaf module (no project imports): :mod:`audit.privacy` finds and masks with these, and re-exports the
public names (``is_identity_number``, ``SCIENTIFIC_PL``, ``DATED_PL``).
"""

from __future__ import annotations

import re
from typing import Iterator

W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)

_SEP_CLASS = r"[ \u00a0\u202f\-./_]"
# Between two digit groups: one separator, or blanks with at most one dash among them, as people type a
# number in a letter («150875 - 12345», two spaces, a tab), or one line break (a number split over two
# lines of a cell or a letter: «150875⏎12345»; \r\n is one break), blanks on either side.
_BLANK = r"[ \t\u00a0\u202f]"
_BREAK = r"(?:\r\n|[\r\n\u2028\u2029])"
SEP = (r"(?:" + _BLANK + r"{1,3}-?" + _BLANK + r"{0,3}|-" + _BLANK + r"{1,3}|" + _BLANK + r"{0,3}" + _BREAK
        + _BLANK + r"{0,3}|" + _SEP_CLASS + r")")
# A run of at least ten digits where separators may stand between digit groups.
RUN = re.compile(r"(?<![0-9])[0-9](?:" + SEP + r"?[0-9]){9,}(?![0-9])")
GROUP = re.compile(r"[0-9]+")


def valid11(s: str) -> bool:
    """Check digits and birth date of an 11-digit string (no other characters)."""
    d = [ord(c) - 48 for c in s]
    k1 = (11 - sum(w * x for w, x in zip(W1, d[:9])) % 11) % 11
    if k1 == 10 or k1 != d[9]:
        return False
    k2 = (11 - sum(w * x for w, x in zip(W2, d[:10])) % 11) % 11
    if k2 == 10 or k2 != d[10]:
        return False
    return birth_date_part(s)


def birth_date_part(s: str) -> bool:
    """True when the first four digits of ``s`` are the day and month of an identity number: day 1–31
    (D-nummer: + 40), month 1–12 (H-nummer: + 40; Skatteetaten's synthetic test numbers: + 80)."""
    day, month = int(s[:2]), int(s[2:4])
    day = day - 40 if day > 40 else day
    month = month - 80 if month > 80 else (month - 40 if month > 40 else month)
    return 1 <= day <= 31 and 1 <= month <= 12


def is_identity_number(text: str) -> bool:
    """True when ``text`` (trimmed) is 11 digits with both mod-11 check digits valid.

    Kept lenient about the birth date for the callers that check a given field
    (KOSTRA's fnr field); :func:`find_identity_numbers` also checks the date.
    """
    s = text.strip()
    if len(s) != 11 or not (s.isascii() and s.isdigit()):
        return False
    d = [int(c) for c in s]
    k1 = 11 - sum(w * x for w, x in zip(W1, d[:9])) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10 or k1 != d[9]:
        return False
    k2 = 11 - sum(w * x for w, x in zip(W2, d[:10])) % 11
    k2 = 0 if k2 == 11 else k2
    return k2 != 10 and k2 == d[10]


# A float in scientific notation that is a whole number of 10 or 11 digits: one digit, a decimal point or
# comma, the digits that follow (at most three trailing zeros dropped), the exponent 9 or 10.
_SCI = re.compile(r"(?<![0-9])([0-9])[.,]([0-9]{6,10})[eE]\+?0?(9|10)(?![0-9])")
SCIENTIFIC_PL = r"(?:^|[^0-9])[0-9][.,][0-9]{6,10}[eE]\+?0?(?:9|10)(?:[^0-9]|$)"  # polars: a value that may hold one


def scientific_spans(text: str, zero_dropped: bool) -> Iterator[tuple[int, int]]:
    """Spans of floats (see _SCI) whose whole number is an identity number (10 digits: zero-dropped)."""
    if "e" not in text and "E" not in text:
        return
    for m in _SCI.finditer(text):
        head, tail, exp = m.group(1), m.group(2), int(m.group(3))
        digits = head + tail + "0" * (exp - len(tail))
        if 0 <= exp - len(tail) <= 3 and ((exp == 10 and valid11(digits))
                                          or (exp == 9 and zero_dropped and valid11("0" + digits))):
            yield m.start(), m.end()


# A birth date with a four-digit year, then the five digits of the personal number: «01.01.1990 10046»,
# «1.1.1990-10046», «01/01/1990 10046», «1990-01-01 10046», «01011990 10046», «19900101 10046». The number is the date's
# six-digit form (ddmmåå) and the five digits; the year gives the century, which the individnummer must
# fit (Folkeregisteret's rule: 1900–1999 000–499, from 1940 also 900–999; 2000–2039 500–999;
# 1854–1899 500–749), so a case date followed by an amount («12.03.2024 12500 kr») is rarely one.
YEAR = r"(?:18|19|20)[0-9]{2}"
_DATED = re.compile(
    r"(?<![0-9])(?:(?P<d>[0-9]{1,2})(?P<s>[./\- ])(?P<m>[0-9]{1,2})(?P=s)(?P<y>" + YEAR + r")"
    r"|(?P<y2>" + YEAR + r")(?P<s2>[./\- ])(?P<m2>[0-9]{1,2})(?P=s2)(?P<d2>[0-9]{1,2})"
    r"|(?P<d3>[0-9]{2})(?P<m3>[0-9]{2})(?P<y3>" + YEAR + r")|(?P<y4>" + YEAR + r")(?P<m4>[0-9]{2})(?P<d4>[0-9]{2}))"
    r"(?:" + SEP + r"|(?:" + _BLANK + r"{0,2}[,;:(]){1,2}" + _BLANK + r"{0,2})?(?P<p>[0-9]{5})(?![0-9])")
YEAR_HINT = re.compile(YEAR)
# An amount after the five digits («Utbetalt 03.09.2024 83036 kr»): a payment's date and sum, no personal number.
# A notes column of such lines held a valid-looking one in about 1 of 100 values and stopped the run.
_AMOUNT_AFTER = re.compile(r"[ \u00a0\u202f]{0,2}(?:kr\b|kroner\b|nok\b|,-|\.-)", re.IGNORECASE)


def _amount_follows(text: str, end: int) -> bool:
    """Whether a currency unit follows the digits that end at ``end``."""
    return _AMOUNT_AFTER.match(text, end) is not None
# polars (no look-behind): a value that may hold such a date and number (checked one by one)
DATED_PL = (r"(?:^|[^0-9])(?:[0-9]{1,2}[./\- ][0-9]{1,2}[./\- ]" + YEAR + r"|" + YEAR
            + r"[./\- ][0-9]{1,2}[./\- ][0-9]{1,2}|[0-9]{4}" + YEAR + r"|" + YEAR + r"[0-9]{4}|[0-9]{6})[^0-9]{0,9}[0-9]{5}"
            r"(?:[^0-9]|$)")
# «ddmmåå nnnnn» with what people put between the two parts beyond the separators of SEP: a slash, comma,
# full stop, colon or semicolon with blanks around it, or two dashes («010190 / 10046», «010190, 10046»)
_GAP = re.compile(r"(?<![0-9])(?P<a>[0-9]{6})" + _BLANK + r"{0,2}(?:[/,.:;]|--)" + _BLANK + r"{0,2}(?P<b>[0-9]{5})(?![0-9])")


def extra_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the forms beyond digit groups joined by SEP: a birth date with a four-digit year before the
    five digits (:func:`dated_spans`), a birth date near five digits labelled as the personal number
    (:func:`labelled_spans`), and «ddmmåå» and the five digits with a wider gap (:data:`_GAP`); in order, none
    overlapping another."""
    found = list(labelled_spans(text)) if LABEL_HINT.search(text) else []
    if YEAR_HINT.search(text):
        found += dated_spans(text)
    found += [(m.start(), m.end()) for m in _GAP.finditer(text)
              if valid11(m.group("a") + m.group("b")) and not _amount_follows(text, m.end())]
    out: list[tuple[int, int]] = []
    for a, b in found:  # the first found of overlapping ones
        if not any(a < d and c < b for c, d in out):
            out.append((a, b))
    return sorted(out)


def _century_fits(year: int, individ: int) -> bool:
    if 1900 <= year <= 1999:
        return individ < 500 or (year >= 1940 and individ >= 900)
    if 2000 <= year <= 2039:
        return individ >= 500
    return 1854 <= year <= 1899 and 500 <= individ < 750


def century_fits_expr(year, individ):  # noqa: ANN001, ANN201 - polars expressions (polars imported lazily)
    """Polars twin of :func:`_century_fits`: true where the individnummer fits the year's century, and where
    the year is unknown (null)."""
    import polars as pl

    fits = (pl.when(year.is_between(1900, 1999)).then((individ < 500) | ((year >= 1940) & (individ >= 900)))
            .when(year.is_between(2000, 2039)).then(individ >= 500)
            .otherwise(year.is_between(1854, 1899) & (individ >= 500) & (individ < 750)))
    return year.is_null() | fits.fill_null(False)


# A label that names the five digits a personal number («pnr», «pers.nr.», «personnummer», «individnr»,
# «personal number»), then the five digits; with a birth date near it in the same text (either order,
# up to 24 other characters and no digit between) the two are the person's number when they make a
# valid one (fødselsnummer, D- or H-number: the birth date is the person's real one), whatever the date's
# form: «født 01.01.1990, pnr 10046», «pnr. 10046 (f. 1.1.90)», «f. 010190 personnr: 10046».
_LABEL = (r"(?<![^\W\d_])(?:p(?:ers(?:on)?)?\.?[ \t]?(?:nr|nummer|no)|personnummer|individ[ \t]?(?:nr|nummer)"
          r"|personal[ \t]?(?:number|no))\.?(?![^\W\d_])")
_LABELLED_DIGITS = _LABEL + r"[ \t]{0,2}[:#=\-]?[ \t]{0,2}(?P<p>[0-9]{5})(?![0-9])"
_ANY_DATE = (r"(?<![0-9])(?:(?P<d>[0-9]{1,2})(?P<s>[./\-])(?P<m>[0-9]{1,2})(?P=s)(?P<y>" + YEAR + r"|[0-9]{2})"
             r"|(?P<y2>" + YEAR + r")-(?P<m2>[0-9]{1,2})-(?P<d2>[0-9]{1,2})"
             r"|(?P<d3>[0-9]{2})(?P<m3>[0-9]{2})(?P<y3>" + YEAR + r"|[0-9]{2}))(?![0-9])")
_LABELLED = re.compile(r"(?i)" + _ANY_DATE + r"[^0-9\n]{0,24}?" + _LABELLED_DIGITS + r"|"
                       + _LABELLED_DIGITS.replace("(?P<p>", "(?P<q>") + r"[^0-9\n]{0,24}?"
                       + _ANY_DATE.replace("(?P<", "(?P<b_").replace("(?P=s)", "(?P=b_s)"))
LABEL_HINT = re.compile(r"(?i)" + _LABEL)
# bytes (a results.json): such a label and its five digits (the text around it is looked at)
LABEL_BYTES = re.compile(rb"(?i)(?<![a-z])(?:p(?:ers(?:on)?)?\.?[ \t]?(?:nr|nummer|no)|personnummer|individ[ \t]?"
                         rb"(?:nr|nummer)|personal[ \t]?(?:number|no))\.?[^0-9a-z]{0,5}[0-9]{5}(?![0-9])"
                         rb"|[0-9]{2}(?:[ \t]{0,2}[,;:(]){1,2}[ \t]{0,2}[0-9]{5}(?![0-9])")
# polars (no look-around): a value that may hold such a label and five digits (checked one by one)
LABELLED_PL = (r"(?i:(?:^|[^\p{L}\d_])(?:p(?:ers(?:on)?)?\.?[ \t]?(?:nr|nummer|no)|personnummer|individ[ \t]?"
               r"(?:nr|nummer)|personal[ \t]?(?:number|no))\.?[^0-9\p{L}]{0,5}[0-9]{5}(?:[^0-9]|$))")


def labelled_spans(text: str) -> Iterator[tuple[int, int]]:
    """Spans of a birth date and five digits labelled as the personal number, near each other, that make a
    valid number (see :data:`_LABELLED`); a four-digit year gives the century the individnummer must fit."""
    for m in _LABELLED.finditer(text):
        g = {k.removeprefix("b_"): v for k, v in m.groupdict().items() if v is not None}
        day, month, year = ([g[k + n] for n in ("", "2", "3") if k + n in g][0] for k in "dmy")
        p = g.get("p") or g["q"]
        d, mo, y = int(day), int(month), int(year)
        if len(year) == 4 and not _century_fits(y, int(p[:3])):
            continue
        if any(valid11(f"{d + dd:02d}{mo + mm:02d}{y % 100:02d}{p}") for dd, mm in ((0, 0), (40, 0), (0, 40))
               if d + dd < 100 and mo + mm < 100):
            yield m.start(), m.end()


def dated_spans(text: str, *, checked: bool = True) -> Iterator[tuple[int, int]]:
    """Spans of a date with a four-digit year followed by a personal number that make a valid number
    (``checked=False``: whatever the check digits, a birth date and an individnummer that fits its century)."""
    for m in _DATED.finditer(text):
        g = m.groupdict()
        day, month, year = ([g[k + n] for n in ("", "2", "3", "4") if g[k + n] is not None][0] for k in "dmy")
        y, p = int(year), g["p"]
        digits = f"{int(day):02d}{int(month):02d}{y % 100:02d}{p}"
        if _century_fits(y, int(p[:3])) and (valid11(digits) if checked else birth_date_part(digits)) \
                and not _amount_follows(text, m.end()):
            yield m.start(), m.end()


def near_spans(text: str) -> Iterator[tuple[int, int]]:
    """Spans of what may be a person's identity number typed with a wrong digit, check digits not asked:
    11 digits (digit groups joined by single separators, as :data:`RUN`; never cut out of a longer group)
    whose first four are a possible day and month (:func:`birth_date_part`: fødselsnummer, D- and H-number
    forms), and a birth date with a four-digit year before five digits whose individnummer fits the year's
    century (``01.01.1990 10047``). A ten-digit run is not one here: every case number «2025001234» would be
    (a spreadsheet's dropped zero gives 02.02.50); the detector's check digits decide for those."""
    for run in RUN.finditer(text):
        groups = [(m.start() + run.start(), m.end() + run.start()) for m in GROUP.finditer(run.group())]
        i = 0
        while i < len(groups):
            n, hit = 0, None
            for j in range(i, len(groups)):
                n += groups[j][1] - groups[j][0]
                if n >= 11:
                    if n == 11 and birth_date_part("".join(text[a:b] for a, b in groups[i:j + 1])):
                        hit = j
                    break
            if hit is not None:
                yield groups[i][0], groups[hit][1]
                i = hit + 1
            else:
                i += 1
    if YEAR_HINT.search(text):
        yield from dated_spans(text, checked=False)
