"""KOSTRA 11F (økonomisk sosialhjelp, recipient level): layouts for 2024–2026.

Written from Statistics Norway's published file descriptions. What changed:

* 2024 → 2025: ``FODSELSDATO`` (ddMMyyyy) inserted at 9–16, moving everything after
  it; dates from 6 to 8 digits; most fields became mandatory (in 2024 none was).
  324 → 338 characters.
* 2025 → 2026: no change.
"""

from __future__ import annotations

from audit.kostra import codes as C
from audit.kostra.layout import DDMMYY, DDMMYYYY, date, integer, layout, optional, text

_HEAD = (
    text("KOMMUNE_NR", 4, mandatory=True),
    text("VERSION", 2, mandatory=True),
    text("BYDELSNR", 2, mandatory=True),
)
_PERSON = (
    text("PERSON_JOURNALNR", 8, mandatory=True),
    text("PERSON_FODSELSNR", 11),  # fødselsnummer or, for those without, PERSON_DUF
    text("PERSON_DUF", 12),
    text("KJONN", 1, *C.KJONN, mandatory=True),
    text("EKTSTAT", 1, *C.EKTSTAT, mandatory=True),
    text("BU18", 1, *C.YES_NO, mandatory=True),
    integer("ANTBU18", 2),
    text("VKLO", 1, *C.VKLO, mandatory=True),
    text("TRYGDESIT", 2, *C.TRYGDESIT, mandatory=True),
    text("ARBSIT", 2, *C.ARBSIT, mandatory=True),
)
_MONTHS = tuple(text(f"STMND_{m}", 2, f"{m:02d}") for m in range(1, 13))

MONTH_SUFFIXES = ("JAN", "FEB", "MARS", "APRIL", "MAI", "JUNI", "JULI", "AUG", "SEPT", "OKT", "NOV", "DES")
_PAYMENTS = (
    integer("BIDRAG", 7, mandatory=True),
    integer("LAAN", 7, mandatory=True),
    *(f for m in MONTH_SUFFIXES for f in (integer(f"BIDRAG_{m}", 7), integer(f"LAAN_{m}", 7))),
)
_FOLLOW_UP = (
    text("GITT_OKONOMIRAD", 1, *C.YES_NO, mandatory=True),
    text("FAAT_INDIVIDUELL_PLAN", 1, *C.YES_NO, mandatory=True),
    text("SAKSBEHANDLER", 10, mandatory=True),
    text("BOSIT", 1, *C.BOSIT, mandatory=True),
    text("VILKARSOSLOV", 1, *C.YES_NO, mandatory=True),
    text("VILKARSAMEKT", 1, *C.YES_NO, mandatory=True),
)


def _payment_decision(mask: str):
    return (date("UTBETDATO", mask), date("UTBETTOMDATO", mask))


# Conditions set (one tick field per condition, holding its code).
VILKAR_TICKS = {
    "VILKARARBEID": "16",
    "VILKARKURS": "17",
    "VILKARUTD": "04",
    "VILKARJOBBLOG": "06",
    "VILKARJOBBTILB": "07",
    "VILKARSAMT": "08",
    "VILKAROKRETT": "10",
    "VILKARLIVSH": "18",
    "VILKARHELSE": "14",
    "VILKARANNET": "15",
    "VILKARDIGPLAN": "19",
    "VILKARNORSKSAMISKOPPL": "20",
}
_CONDITIONS = tuple(text(name, 2, code) for name, code in VILKAR_TICKS.items())


def _exception_20a(mask: str):
    return (
        date("VEDTAKDATO", mask),
        *(text(name, 2, code) for name, (code, _label) in C.REASONS_20A.items()),
        text("SANKSJONRED", 2, "01"),
        text("SANKSJONANDRE", 2, "02"),
    )


LAYOUT_2024 = layout(
    "11F", 2024, 324,
    *(optional(block) for block in (
        _HEAD, _PERSON, _MONTHS, _PAYMENTS, _FOLLOW_UP,
        _payment_decision(DDMMYY), _CONDITIONS, _exception_20a(DDMMYY),
    )),
)

LAYOUT_2025 = layout(
    "11F", 2025, 338,
    _HEAD, (date("FODSELSDATO", DDMMYYYY, mandatory=True),), _PERSON, _MONTHS, _PAYMENTS,
    _FOLLOW_UP, _payment_decision(DDMMYYYY), _CONDITIONS, _exception_20a(DDMMYYYY),
)

LAYOUT_2026 = LAYOUT_2025.derive(2026)

LAYOUTS = {2024: LAYOUT_2024, 2025: LAYOUT_2025, 2026: LAYOUT_2026}
