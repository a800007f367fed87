"""Does a value of a KOSTRA record hold a part of the record's own person: six or more digits in a
row of its identity (or DUF) number, or its birth date in any written form?

Caseworkers type the fødselsnummer, or its first digits, as the journal number (``PERSON_JOURNALNR``
is 8 characters: ``15069012`` is the birth date and two digits of the individnummer), or the birth
date (``15061990``, ``19900615``, ``15.06.90``). None of these is an identity number by the detector's
rule (:mod:`audit.privacy`: 11 digits with check digits), but each identifies the person together
with the file. Both readers ask this module: :mod:`audit.kostra.reader` replaces such a journal
number by a keyed pseudonym, :mod:`audit.kostra.ssb_reading` likewise and masks other fields.

The digits compared: the identity fields as typed (their 6-digit pieces, so a D-number's day is
matched as typed) and the birth date as ``ddmmyy``, ``ddmmyyyy``, ``yyyymmdd`` and ``yymmdd``, from
``FODSELSDATO`` and from the identity number. A journal number is compared by its digits alone
(``15.06.90`` is ``150690``); other text by its runs of digits. A chance match (about 2 in 10⁵
records with 8-digit journal numbers) only costs a readable key, never discloses anything.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_RUN6 = re.compile(r"[0-9]{6,}")
_NOT_DIGIT = re.compile(r"[^0-9]")


def birth_forms(d: dt.date | None) -> tuple[str, ...]:
    """The ways a birth date is typed as digits: ddmmyy, ddmmyyyy, yyyymmdd, yymmdd."""
    if d is None:
        return ()
    dd, mm, yyyy = f"{d.day:02d}", f"{d.month:02d}", f"{d.year:04d}"
    return (dd + mm + yyyy[2:], dd + mm + yyyy, yyyy + mm + dd, yyyy[2:] + mm + dd)


@dataclass(frozen=True)
class OwnDigits:
    """The record's own digits: 6-digit pieces of its identity numbers, and its birth date's forms."""

    grams: frozenset[str]
    births: tuple[str, ...]

    @classmethod
    def of(cls, numbers: tuple[str, ...] | list[str], births: tuple[dt.date | None, ...] | list[dt.date | None]
           ) -> "OwnDigits":
        grams = frozenset(n[i:i + 6] for n in numbers if n.isascii() and n.isdigit() and len(n) >= 6
                          for i in range(len(n) - 5))
        forms = tuple(dict.fromkeys(f for d in births for f in birth_forms(d)))
        return cls(grams, forms)

    def __bool__(self) -> bool:
        return bool(self.grams or self.births)

    def _in_digits(self, digits: str) -> bool:
        return (any(digits[i:i + 6] in self.grams for i in range(len(digits) - 5))
                or any(b in digits for b in self.births))

    def in_key(self, value: str | None) -> bool:
        """A journal number (key) holding them, its separators and letters ignored."""
        if not value or not self:
            return False
        digits = _NOT_DIGIT.sub("", value)
        return len(digits) >= 6 and self._in_digits(digits)

    def in_text(self, value: str | None) -> bool:
        """Text holding them in one run of digits."""
        if not value or not self:
            return False
        return any(self._in_digits(run) for run in _RUN6.findall(value))

    def runs(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each stretch of ``text`` that matches: a 6-digit piece, or a birth form."""
        found = []
        for m in _RUN6.finditer(text):
            run, start = m.group(), m.start()
            for i in range(len(run) - 5):
                if run[i:i + 6] in self.grams:
                    found.append((start + i, start + i + 6))
            for b in self.births:
                at = run.find(b)
                while at >= 0:
                    found.append((start + at, start + at + len(b)))
                    at = run.find(b, at + 1)
        return found
