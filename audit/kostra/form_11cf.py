"""KOSTRA 11CF (kvalifiseringsstønad): record layouts for reporting years 2024–2026.

Written from Statistics Norway's published file descriptions. What changed:

* 2024 → 2025: ``FODSELSDATO`` (ddMMyyyy) inserted at 9–16, moving everything after
  it; the dates went from 6 (ddMMyy) to 8 (ddMMyyyy) digits. 136 → 152 characters.
* 2025 → 2026: position 73 renamed ``YTELSE_INDIVIDSTONAD`` → ``YTELSE_TILTAKSPENGER``
  (same code ``5``); only descriptions changed otherwise.
"""

from __future__ import annotations

from audit.kostra import codes as C
from audit.kostra.layout import DDMMYY, DDMMYYYY, date, integer, layout, text

_HEAD = (
    text("KOMMUNE_NR", 4, mandatory=True),
    text("VERSION", 2, mandatory=True),
    text("BYDELSNR", 2),
)
_PERSON = (
    text("PERSON_JOURNALNR", 8, mandatory=True),
    text("PERSON_FODSELSNR", 11, mandatory=True),
    text("KJONN", 1, *C.KJONN, mandatory=True),
    text("EKTSTAT", 1, *C.EKTSTAT, mandatory=True),
    text("BU18", 1, *C.YES_NO, mandatory=True),
    integer("ANTBU18", 2),
)


def _programme_dates(mask: str):
    return (
        date("REG_DATO", mask, mandatory=True),
        date("VEDTAK_DATO", mask, mandatory=True),
        date("BEGYNT_DATO", mask, mandatory=True),
    )


_BEFORE = (
    text("KVP_KOMM", 1, *C.YES_NO),
    text("KOMMNR_KVP_KOMM", 4, *C.MUNICIPALITIES),
    # benefits in the two months before the application (one tick field per answer)
    text("YTELSE_SOSHJELP", 1, "1"),
    text("YTELSE_TYPE_SOSHJ", 1, "2", "3"),
    text("YTELSE_INTRO", 1, "4"),
    text("YTELSE_INDIVIDSTONAD", 1, "5"),
    text("YTELSE_FOLKETRYGDL", 1, "6"),
    # other assistance during the programme
    text("KVP_MED_ASTONAD", 1, *C.YES_NO),
    text("KVP_MED_KOMMBOS", 1, "4"),
    text("KVP_MED_HUSBANKBOS", 1, "5"),
    text("KVP_MED_SOSHJ_ENGANG", 1, "9"),
    text("KVP_MED_SOSHJ_PGM", 1, "8"),
    text("KVP_MED_SOSHJ_SUP", 1, "7"),
)
_MONTHS = tuple(text(f"STMND_{m}", 2, f"{m:02d}") for m in range(1, 13))


def _status(mask: str):
    return (
        integer("KVP_STONAD", 7),
        text("STATUS", 1, *C.KVP_STATUS, mandatory=True),
        date("AVSL_DATO", mask),
    )


# Situation right after the programme: one tick field per answer, holding its code.
AVSL_TICKS = {
    "AVSL_ORDINAERTARB": "01",
    "AVSL_ARBLONNSTILS": "11",
    "AVSL_ARBMARK": "03",
    "AVSL_SKOLE": "04",
    "AVSL_UFORE": "13",
    "AVSL_AAP": "14",
    "AVSL_OK_AVKLAR": "15",
    "AVSL_UTEN_OK_AVKLAR": "16",
    "AVSL_ANNET": "10",
    "AVSL_UKJENT": "17",
}
_AFTER = (
    *(text(name, 2, code) for name, code in AVSL_TICKS.items()),
    text("AVSL_VIKTIGSTE_INNTEKT", 2, *C.AVSL_CODES),
    text("SAKSBEHANDLER", 10),
)

LAYOUT_2024 = layout(
    "11CF", 2024, 136,
    _HEAD, _PERSON, _programme_dates(DDMMYY), _BEFORE, _MONTHS, _status(DDMMYY), _AFTER,
)

LAYOUT_2025 = layout(
    "11CF", 2025, 152,
    _HEAD, (date("FODSELSDATO", DDMMYYYY, mandatory=True),), _PERSON,
    _programme_dates(DDMMYYYY), _BEFORE, _MONTHS, _status(DDMMYYYY), _AFTER,
)

LAYOUT_2026 = LAYOUT_2025.derive(2026, rename={"YTELSE_INDIVIDSTONAD": "YTELSE_TILTAKSPENGER"})

LAYOUTS = {2024: LAYOUT_2024, 2025: LAYOUT_2025, 2026: LAYOUT_2026}
