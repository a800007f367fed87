"""Birth dates from Norwegian identity numbers (fødselsnummer, D-nummer, H-nummer).

Used only inside the KOSTRA reader, before the number is replaced by its pseudonym.
Nothing here returns or formats the number itself.

An identity number is ``DDMMYY`` + a 3-digit individnummer + 2 check digits:

* D-nummer: the day is written + 40 (41–71);
* H-nummer (and NAV's synthetic test numbers): the month is written + 40 (41–52);
* the Tax Administration's synthetic test numbers (Tenor): month + 80 (81–92).

The century follows from the individnummer (Folkeregisteret's rules):

=============  ===========  ==========
individnummer  year (YY)    born
=============  ===========  ==========
000–499        00–99        1900–1999
500–749        54–99        1854–1899
500–999        00–39        2000–2039
900–999        40–99        1940–1999
=============  ===========  ==========

Other combinations (750–899 with YY 40–99, 500–749 with YY 40–53) are not issued:
no birth date can be derived from them.
"""

from __future__ import annotations

import datetime as dt

from audit.privacy import is_identity_number


def century_from_individnummer(individ: int, yy: int) -> int | None:
    """The full birth year for a 2-digit year and an individnummer, or None."""
    if 0 <= individ <= 499:
        return 1900 + yy
    if 500 <= individ <= 749 and 54 <= yy <= 99:
        return 1800 + yy
    if 500 <= individ <= 999 and 0 <= yy <= 39:
        return 2000 + yy
    if 900 <= individ <= 999 and 40 <= yy <= 99:
        return 1900 + yy
    return None


def birth_date_from_identity(number: str) -> dt.date | None:
    """The birth date encoded in a valid identity number, or None if it has none.

    The number must have valid check digits (:func:`audit.privacy.is_identity_number`).
    """
    s = number.strip()
    if not is_identity_number(s):
        return None
    day, month, yy, individ = int(s[0:2]), int(s[2:4]), int(s[4:6]), int(s[6:9])
    if day > 40:  # D-nummer
        day -= 40
    if month > 80:  # synthetic (Tenor)
        month -= 80
    elif month > 40:  # H-nummer / NAV synthetic
        month -= 40
    year = century_from_individnummer(individ, yy)
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
