"""Synthetic KOSTRA 11CF / 11F files for tests and demos (seeded, reproducible).

Identity numbers are generated with valid check digits but are fictitious: by
default they are *synthetic* numbers (month + 80, the Tax Administration's
convention for test persons), which are never issued to real people. Other kinds
(ordinary fødselsnummer, D-nummer, H-nummer) exist for testing the birth-date rules.

Usage::

    python -m sample_data.kostra --form 11CF --year 2025 -n 40 --seed 7 out/kvp_2025.dat

or from Python: ``write_kostra(path, "11F", 2024, stonad_records(2024, 20, seed=1))``.
Records are dicts keyed by KOSTRA field name (dates as ``datetime.date``, amounts as
``int``); keys starting with ``_`` carry the truth for tests (``_birth``) and are not
written.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import random
from pathlib import Path

from audit.kostra import LAYOUTS
from audit.kostra.form_11cf import AVSL_TICKS
from audit.kostra.form_11f import MONTH_SUFFIXES
from audit.kostra.layout import DATE, DDMMYY, INTEGER, Layout

_W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)

KINDS = ("synthetic", "synthetic_d", "fnr", "d", "h")


def _check_digits(nine: str) -> str | None:
    d = [int(c) for c in nine]
    k1 = 11 - sum(w * x for w, x in zip(_W1, d)) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        return None
    d.append(k1)
    k2 = 11 - sum(w * x for w, x in zip(_W2, d)) % 11
    k2 = 0 if k2 == 11 else k2
    if k2 == 10:
        return None
    return f"{k1}{k2}"


def _individ_options(year: int) -> list[int]:
    """Individnummer values that encode ``year``'s century (Folkeregisteret's rules)."""
    if 1900 <= year <= 1999:
        return list(range(0, 500)) + (list(range(900, 1000)) if year >= 1940 else [])
    if 2000 <= year <= 2039:
        return list(range(500, 1000))
    if 1854 <= year <= 1899:
        return list(range(500, 750))
    raise ValueError(f"no individnummer for birth year {year}")


def identity_number(birth: dt.date, rng: random.Random, kind: str = "synthetic",
                    individ: int | None = None) -> str:
    """A valid (check digits), fictitious identity number for ``birth``.

    ``kind``: ``synthetic`` (month + 80), ``synthetic_d`` (day + 40, month + 80),
    ``fnr`` (ordinary), ``d`` (D-nummer, day + 40), ``h`` (H-nummer, month + 40).
    ``individ`` forces the individnummer (must fit the birth year's century).
    """
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    day = birth.day + (40 if kind in ("d", "synthetic_d") else 0)
    month = birth.month + {"synthetic": 80, "synthetic_d": 80, "h": 40}.get(kind, 0)
    allowed = _individ_options(birth.year)
    if individ is not None and individ not in allowed:
        raise ValueError(f"individnummer {individ} does not fit birth year {birth.year}")
    candidates = [individ] if individ is not None else rng.sample(allowed, len(allowed))
    for i in candidates:
        nine = f"{day:02d}{month:02d}{birth.year % 100:02d}{i:03d}"
        check = _check_digits(nine)
        if check:
            return nine + check
    raise ValueError("no valid identity number for these digits")


def _format_value(f, value, year: int) -> str:
    if value is None or value == "":
        return " " * f.length
    if f.type == DATE and isinstance(value, dt.date):
        text = value.strftime("%d%m%y" if f.date_mask == DDMMYY else "%d%m%Y")
    elif f.type == INTEGER and isinstance(value, int):
        text = str(value).rjust(f.length, "0") if value >= 0 else str(value).rjust(f.length)
    else:
        text = str(value)
    if len(text) > f.length:
        raise ValueError(f"{f.name}: {text!r} is longer than {f.length}")
    return text.rjust(f.length) if f.type == INTEGER else text.ljust(f.length)


def format_record(layout: Layout, record: dict) -> str:
    """One fixed-width line (without line end) for ``record``."""
    unknown = [k for k in record if not k.startswith("_") and not layout.has(k)]
    if unknown:
        raise KeyError(f"{layout.form} {layout.year} has no field(s) {unknown}")
    return "".join(_format_value(f, record.get(f.name), layout.year) for f in layout.fields)


def set_field(layout: Layout, line: str, name: str, text: str) -> str:
    """``line`` with field ``name`` overwritten by ``text`` (padded/cut to its length)."""
    f = layout.field(name)
    return line[: f.start - 1] + text.ljust(f.length)[: f.length] + line[f.end :]


def _rand_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, max(0, (end - start).days)))


def _months_between(year: int, start: dt.date, end: dt.date) -> list[int]:
    lo = start if start.year == year else dt.date(year, 1, 1)
    hi = end if end.year == year else dt.date(year, 12, 31)
    if start.year > year or end.year < year or lo > hi:
        return []
    return list(range(lo.month, hi.month + 1))


def _person(rng: random.Random, year: int, oldest: int, youngest: int, kind: str) -> dict:
    birth = _rand_date(rng, dt.date(year - oldest, 1, 1), dt.date(year - youngest, 12, 31))
    bu18 = rng.random() < 0.35
    return {
        "_birth": birth,
        "FODSELSDATO": birth,
        "PERSON_FODSELSNR": identity_number(birth, rng, kind),
        "KJONN": rng.choice("12"),
        "EKTSTAT": rng.choice("11112345"),
        "BU18": "1" if bu18 else "2",
        "ANTBU18": rng.randint(1, 4) if bu18 else None,
    }


def kvp_records(year: int, n: int = 20, seed: int = 1, municipality: str = "5001",
                kind: str = "synthetic") -> list[dict]:
    """``n`` realistic 11CF records for reporting ``year``."""
    rng = random.Random(f"11CF-{year}-{seed}")
    out = []
    year_end = dt.date(year, 12, 31)
    for i in range(1, n + 1):
        rec = _person(rng, year, 64, 19, kind)
        reg = _rand_date(rng, dt.date(year - 2, 1, 1), dt.date(year, 10, 31))
        decided = min(reg + dt.timedelta(days=rng.randint(3, 60)), year_end)
        start = min(decided + dt.timedelta(days=rng.randint(0, 45)), year_end)
        status = rng.choice("1111233457")
        end = None
        if status in "3457":
            end = start + dt.timedelta(days=rng.randint(90, 720))
            if end > year_end or end.year < year:
                status, end = "1", None
        months = _months_between(year, start, end or year_end)
        rec.update({
            "KOMMUNE_NR": municipality,
            "VERSION": f"{year % 100:02d}",
            "BYDELSNR": "00",
            "PERSON_JOURNALNR": f"{year % 100:02d}{i:06d}",
            "REG_DATO": reg,
            "VEDTAK_DATO": decided,
            "BEGYNT_DATO": start,
            "KVP_KOMM": "2",
            "YTELSE_SOSHJELP": "1" if rng.random() < 0.7 else None,
            "KVP_MED_ASTONAD": rng.choice("122"),
            **{f"STMND_{m}": f"{m:02d}" for m in months},
            "KVP_STONAD": 16500 * len(months),
            "STATUS": status,
            "AVSL_DATO": end,
            "SAKSBEHANDLER": f"S{rng.randint(1, 12):02d}",
        })
        if status == "3":
            main = rng.choice(["01", "11", "04", "14", "13", "15", "16", "10"])
            rec["AVSL_VIKTIGSTE_INNTEKT"] = main
            for name, code in AVSL_TICKS.items():
                if code == main or rng.random() < 0.1:
                    rec[name] = code
        if year == 2024:
            rec.pop("FODSELSDATO")
        out.append(rec)
    return out


def stonad_records(year: int, n: int = 20, seed: int = 1, municipality: str = "5001",
                   kind: str = "synthetic") -> list[dict]:
    """``n`` realistic 11F records (one per recipient) for reporting ``year``."""
    rng = random.Random(f"11F-{year}-{seed}")
    out = []
    for i in range(1, n + 1):
        rec = _person(rng, year, 75, 18, kind)
        first = rng.randint(1, 12)
        last = rng.randint(first, 12)
        months = list(range(first, last + 1))
        amounts = {m: rng.randint(2000, 15000) for m in months}
        conditions = rng.random() < 0.6
        rec.update({
            "KOMMUNE_NR": municipality,
            "VERSION": f"{year % 100:02d}",
            "BYDELSNR": "00",
            "PERSON_JOURNALNR": f"{year % 100:02d}{i:06d}",
            "VKLO": rng.choice("1355589"),
            "TRYGDESIT": rng.choice(["01", "04", "11", "12", "12", "13"]),
            "ARBSIT": rng.choice(["01", "02", "04", "07", "07", "08"]),
            **{f"STMND_{m}": f"{m:02d}" for m in months},
            "BIDRAG": sum(amounts.values()),
            "LAAN": 0,
            **{f"BIDRAG_{MONTH_SUFFIXES[m - 1]}": a for m, a in amounts.items()},
            "GITT_OKONOMIRAD": "2",
            "FAAT_INDIVIDUELL_PLAN": "2",
            "SAKSBEHANDLER": f"S{rng.randint(1, 12):02d}",
            "BOSIT": rng.choice("112234"),
            "VILKARSOSLOV": "1" if conditions else "2",
            "VILKARSAMEKT": "2",
        })
        if conditions:
            m = rng.choice(months)
            decided = dt.date(year, m, rng.randint(1, calendar.monthrange(year, m)[1]))
            rec["UTBETDATO"] = decided
            rec["UTBETTOMDATO"] = dt.date(year, m, calendar.monthrange(year, m)[1])
            rec["VILKARJOBBLOG"] = "06"
            rec["VILKARSAMT"] = "08" if rng.random() < 0.5 else None
        elif year - rec["_birth"].year < 30 and rng.random() < 0.5:
            rec["VEDTAKDATO"] = dt.date(year, first, 1)
            reason = rng.choice([("VEDTAKARB", "01"), ("VEDTAKHELSE", "03")])
            rec[reason[0]] = reason[1]
        if year == 2024:
            rec.pop("FODSELSDATO")
        out.append(rec)
    return out


def kostra_text(form: str, year: int, records: list[dict], newline: str = "\r\n") -> str:
    layout = LAYOUTS[(form, year)]
    return "".join(format_record(layout, r) + newline for r in records)


def write_kostra(path: str | Path, form: str, year: int, records: list[dict], *,
                 encoding: str = "latin-1", newline: str = "\r\n") -> Path:
    """Write records as a KOSTRA file (latin-1 and CRLF by default, like most exports)."""
    from audit.io import atomic_write_bytes

    return atomic_write_bytes(path, kostra_text(form, year, records, newline).encode(encoding))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write a synthetic KOSTRA 11CF/11F file.")
    ap.add_argument("out", type=Path)
    ap.add_argument("--form", choices=["11CF", "11F"], required=True)
    ap.add_argument("--year", type=int, choices=[2024, 2025, 2026], required=True)
    ap.add_argument("-n", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--municipality", default="5001")
    args = ap.parse_args(argv)
    make = kvp_records if args.form == "11CF" else stonad_records
    write_kostra(args.out, args.form, args.year, make(args.year, args.n, args.seed, args.municipality))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
