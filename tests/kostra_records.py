"""Building KOSTRA 11CF/11F records for the kostra suite's tests (synthetic numbers only)."""

from __future__ import annotations

from audit.kostra.files import LAYOUTS

_W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2, 1)
_W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def fnr(day: int, month: int, year: int, individ: int | None = None) -> str:
    """A synthetic identity number with valid check digits for this birth date."""
    start = individ if individ is not None else (100 if year < 2000 else 500)
    for ind in range(start, start + 200):
        base = f"{day:02d}{month:02d}{year % 100:02d}{ind:03d}"
        k1 = 11 - sum(int(c) * w for c, w in zip(base, _W1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        k2 = 11 - sum(int(c) * w for c, w in zip(base + str(k1), _W2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return base + str(k1) + str(k2)
    raise ValueError("no number")


def _d(day: int, month: int, year: int, y: int) -> str:
    return f"{day:02d}{month:02d}{year % 100:02d}" if y <= 2024 else f"{day:02d}{month:02d}{year}"


def base_11cf(year: int) -> dict[str, str]:
    v = {
        "KOMMUNE_NR": "5001", "VERSION": str(year)[2:], "BYDELSNR": "", "PERSON_JOURNALNR": "J0000000",
        "KJONN": "1", "EKTSTAT": "1", "BU18": "2", "ANTBU18": "",
        "REG_DATO": _d(1, 2, year, year), "VEDTAK_DATO": _d(1, 3, year, year), "BEGYNT_DATO": _d(15, 3, year, year),
        "KVP_KOMM": "2", "KVP_MED_ASTONAD": "2", "STMND_1": "01", "STMND_2": "02", "KVP_STONAD": "50000",
        "STATUS": "1", "SAKSBEHANDLER": "S01",
    }
    if year >= 2025:
        v["FODSELSDATO"] = "15061990"
    return v


def base_11f(year: int) -> dict[str, str]:
    v = {
        "KOMMUNE_NR": "5001", "VERSION": str(year)[2:], "BYDELSNR": "", "PERSON_JOURNALNR": "J0000000",
        "KJONN": "1", "EKTSTAT": "1", "BU18": "2", "ANTBU18": "", "VKLO": "5", "TRYGDESIT": "12", "ARBSIT": "02",
        "STMND_1": "01", "BIDRAG": "5000", "LAAN": "0", "BIDRAG_JAN": "5000", "GITT_OKONOMIRAD": "2",
        "FAAT_INDIVIDUELL_PLAN": "2", "SAKSBEHANDLER": "S01", "BOSIT": "1", "VILKARSOSLOV": "2", "VILKARSAMEKT": "2",
    }
    if year >= 2025:
        v["FODSELSDATO"] = "15061990"
    if year >= 2026:  # 002 wants BYDELSNR filled (mandatory), 03 wants it blank outside Oslo
        v.update(KOMMUNE_NR="0301", BYDELSNR="01")
    return v


def record(form: str, year: int, values: dict[str, str], *, person: str | None = None) -> str:
    """One record: ``values`` by field name (integers right-aligned), blanks elsewhere."""
    lay = LAYOUTS[(form, year)]
    line = [" "] * lay.record_length
    vals = dict(values)
    vals.setdefault("PERSON_FODSELSNR", person or fnr(15, 6, 1990))
    for name, value in vals.items():
        fd = lay.field(name)
        text = value.rjust(fd.length) if fd.type == "integer" else value.ljust(fd.length)
        assert len(text) == fd.length, (name, value)
        line[fd.start - 1 : fd.end] = list(text)
    return "".join(line)
