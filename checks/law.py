"""The legal sources the check declarations cite, as data (docs/checks.md, "Legal sources").

Acts are cited by their short Norwegian names; ``ledd`` is given where the requirement sits
in one ledd. Where a check rests on the county governor's (statsforvalteren's) published
practice rather than on the words of the law, a ``practice`` source says so. Citations of
the KVP regulation carry the note that their paragraph numbers are not verified against
Lovdata (the legal review behind the catalogue could not retrieve the regulation's text).
"""

from __future__ import annotations

from checks.base import Source

SOTJL = "sosialtjenesteloven"  # LOV-2009-12-18-131
FVL = "forvaltningsloven"  # LOV-1967-02-10
NAVL = "NAV-loven"  # LOV-2006-06-16-20
KVP_REGULATION = "forskrift om kvalifiseringsprogram og kvalifiseringsstønad"  # FOR-2011-12-21-1471
PRACTICE = "statsforvalterens praksis"
NAV_PRACTICE = "NAVs praksis"  # NAV's own description of a requirement (e.g. full time as 37.5 hours)

UNVERIFIED = "paragrafnummeret er ikke kontrollert mot Lovdata"


def sotjl(section: str, ledd: str | None = None, note: str | None = None) -> Source:
    return Source(SOTJL, section, ledd, note)


def fvl(section: str, ledd: str | None = None, note: str | None = None) -> Source:
    return Source(FVL, section, ledd, note)


def regulation(section: str, note: str = UNVERIFIED) -> Source:
    return Source(KVP_REGULATION, section, None, note, kind="regulation")


def practice(note: str) -> Source:
    return Source(PRACTICE, None, None, note, kind="practice")


def nav_practice(note: str) -> Source:
    """NAV's practice (its guidance and descriptions), not the county governor's."""
    return Source(NAV_PRACTICE, None, None, note, kind="practice")


def kostra(note: str) -> Source:
    return Source("KOSTRA", None, None, note, kind="reporting")
