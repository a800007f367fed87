"""Statistics Norway's controls of KOSTRA 11F (økonomisk sosialhjelp), per reporting year.

====  ==========================  ===============================================
year  SSB tag                     what differs
====  ==========================  ===============================================
2024  v2025.04.04                 no 04A; 07 at 68+; 30 at 600 000 or more
2025  v2026.03.30                 04A; 07 at 96+; 30 above 1 000 000; 20A; 22 age
                                  < 60 with old-age pension; 23 children
                                  (overgangsstønad); no 23B (see below)
2026  pre-release-v2026-06-25     002 (every field against the file description);
                                  20A dropped; 22 TRYGDESIT codes; 23A age < 62;
                                  23B overgangsstønad; 23C barnetrygd; 21 and 24
                                  accept ARBSIT 03 (24 also 05, 06); 06 fails an
                                  unreadable age
====  ==========================  ===============================================

SSB's rule for child benefit without children (TRYGDESIT 13; ``Rule023B`` until 2025,
``Rule023C`` from 2026) existed from 2024 but was not in ``SosialhjelpMain``'s list
of rules until pre-release-v2026-06-25: SSB's programme did not run it for 2024 and
2025, so neither does this suite.
"""

from __future__ import annotations

import polars as pl

from audit.kostra.files import LAYOUTS
from checks.kostra_common import (
    ERROR, WARNING, KostraCheck, any_code, blank, code_ok, codes, control, date, f, has_months, int_or0, integer,
)
from checks.kostra_shared import age_over, age_under_18, duplicates_journal, duplicates_person, shared

FORM = "11F"
MONTH_NAMES = ["JAN", "FEB", "MARS", "APRIL", "MAI", "JUNI", "JULI", "AUG", "SEPT", "OKT", "NOV", "DES"]
CONDITIONS = ["VILKARARBEID", "VILKARKURS", "VILKARUTD", "VILKARJOBBLOG", "VILKARJOBBTILB", "VILKARSAMT",
              "VILKAROKRETT", "VILKARLIVSH", "VILKARHELSE", "VILKARANNET", "VILKARDIGPLAN", "VILKARNORSKSAMISKOPPL"]
Y2024_25, Y2025_26, ALL = (2024, 2025), (2025, 2026), (2024, 2025, 2026)


def _date_any_year(name: str) -> pl.Expr:
    return pl.when(pl.col("kostra_year") <= 2024).then(date(name, "ddMMyy")).otherwise(date(name, "ddMMyyyy"))


def _vklo_arbsit(number: str, vklo: str, arbsit: tuple[str, ...], severity: str = ERROR,
                 years: tuple[int, ...] = ALL, words: str | None = None) -> KostraCheck:
    return control(FORM, number, severity, years=years, words=words, fields=("VKLO", "ARBSIT"),
                   applies=lambda x: f("VKLO") == vklo, ok=lambda x: f("ARBSIT").is_in(list(arbsit)))


def _children(number: str, trygdesit: str, years, words: str | None = None, suffix: str | None = None) -> KostraCheck:
    return control(FORM, number, ERROR, years=years, words=words, suffix=suffix,
                   fields=("TRYGDESIT", "BU18", "ANTBU18"), applies=lambda x: f("TRYGDESIT") == trygdesit,
                   ok=lambda x: (f("BU18") == "1") & (int_or0("ANTBU18") > 0))


def _months(name: str) -> pl.Expr:
    """36/37: the sum of the monthly amounts (NAME_JAN … NAME_DES) as SSB adds them."""
    return pl.sum_horizontal([int_or0(f"{name}_{m}") for m in MONTH_NAMES])


def _field_checks(year: int) -> list[tuple[str, pl.Expr]]:
    """002 (2026): per field, true where it is as its file description says: mandatory
    fields filled, integers and dates readable, codes from the list."""
    parts = []
    for fd in LAYOUTS[(FORM, year)].fields:
        if fd.name in ("PERSON_FODSELSNR", "PERSON_DUF", "FODSELSDATO"):
            col = {"PERSON_FODSELSNR": ~pl.col("fnr_blank"), "PERSON_DUF": pl.lit(True),
                   "FODSELSDATO": pl.col("birth_date_ok")}[fd.name]
            if fd.mandatory:
                parts.append((fd.name, col))
            continue
        is_blank = blank(fd.name)
        if fd.type == "integer":
            filled = integer(fd.name).is_not_null()
        elif fd.type == "date":
            filled = date(fd.name, fd.date_mask).is_not_null()
        elif fd.codes:
            filled = code_ok(FORM, fd.name)
        else:
            filled = pl.lit(True)
        parts.append((fd.name, pl.when(is_blank).then(pl.lit(not fd.mandatory)).otherwise(filled)))
    return parts


def _field_ok(year: int) -> pl.Expr:
    return pl.all_horizontal([ok for _, ok in _field_checks(year)])


def _fields_failing(year: int) -> pl.Expr:
    """The names of the fields 002 reports in a record, in record order ("ANTBU18, BOSIT")."""
    return pl.concat_str([pl.when(~ok.fill_null(False)).then(pl.lit(name)) for name, ok in _field_checks(year)],
                         separator=", ", ignore_nulls=True)


def controls() -> list[KostraCheck]:
    c = FORM
    bidrag, laan = int_or0("BIDRAG"), int_or0("LAAN")
    total = bidrag + laan
    trygd = [code for code in codes(c, "TRYGDESIT") if code != "12"]
    return [
        *shared(c),
        control(c, "002", ERROR, years=(2026,), ok=lambda x: _field_ok(2026),
                facts=(("fields", lambda x: _fields_failing(2026)),)),
        duplicates_person(c),
        duplicates_journal(c, oslo_exempt=False),
        age_under_18(c, WARNING, Y2024_25, unknown_fails=False),
        age_under_18(c, WARNING, (2026,), unknown_fails=True),
        age_over(c, (2024,), at_least=68, words="kostra.11f.07.2024"),
        age_over(c, Y2025_26, at_least=96, words="kostra.11f.07.2025"),
        control(c, "14", ERROR, fields=("VKLO",), ok=lambda x: code_ok(c, "VKLO")),
        _vklo_arbsit("15", "1", ("01", "02")),
        _vklo_arbsit("16", "2", ("03", "05", "06")),
        _vklo_arbsit("17", "4", ("03",)),
        _vklo_arbsit("18", "6", ("09",)),
        _vklo_arbsit("19", "8", ("10",)),
        control(c, "20A", WARNING, years=Y2024_25, fields=("VKLO", "TRYGDESIT"), applies=lambda x: f("VKLO") != "3",
                ok=lambda x: f("TRYGDESIT") == "12"),
        control(c, "20B", ERROR, fields=("VKLO", "TRYGDESIT"), applies=lambda x: f("VKLO") == "3",
                ok=lambda x: f("TRYGDESIT").is_in(trygd)),
        _vklo_arbsit("21", "5", ("02", "04", "05", "06", "07", "08"), WARNING, Y2024_25, "kostra.11f.21"),
        _vklo_arbsit("21", "5", ("02", "03", "04", "05", "06", "07", "08"), WARNING, (2026,), "kostra.11f.21"),
        control(c, "22", ERROR, years=Y2024_25, words="kostra.11f.22.2024", fields=("TRYGDESIT",),
                applies=lambda x: f("TRYGDESIT") == "07", ok=lambda x: pl.col("age").fill_null(-1) >= 60,
                reported=lambda x: pl.col("age"), unit="years", limit=60),
        control(c, "22", ERROR, years=(2026,), words="kostra.11f.22.2026", fields=("TRYGDESIT",),
                ok=lambda x: code_ok(c, "TRYGDESIT")),
        _children("23", "05", Y2024_25, words="kostra.11f.23.2024"),
        control(c, "23A", ERROR, years=(2026,), fields=("TRYGDESIT",), applies=lambda x: f("TRYGDESIT") == "07",
                ok=lambda x: pl.col("age").fill_null(-1) >= 62, reported=lambda x: pl.col("age"), unit="years",
                limit=62),
        _children("23B", "05", (2026,), words="kostra.11f.23b.2026"),
        _children("23C", "13", (2026,)),
        control(c, "24", WARNING, years=Y2024_25, fields=("TRYGDESIT", "ARBSIT"),
                applies=lambda x: f("TRYGDESIT").is_in(["04", "07"]), ok=lambda x: f("ARBSIT").is_in(["02", "04", "07"])),
        control(c, "24", WARNING, years=(2026,), fields=("TRYGDESIT", "ARBSIT"),
                applies=lambda x: f("TRYGDESIT").is_in(["04", "07"]),
                ok=lambda x: f("ARBSIT").is_in(["02", "03", "04", "05", "06", "07"])),
        control(c, "24B", ERROR, fields=("VKLO", "TRYGDESIT", "ARBSIT"),
                applies=lambda x: (f("VKLO") == "3") & (f("TRYGDESIT") == "11"), ok=lambda x: f("ARBSIT") != "08"),
        control(c, "25", ERROR, fields=("ARBSIT",), ok=lambda x: code_ok(c, "ARBSIT")),
        control(c, "26", ERROR, fields=("BIDRAG", "LAAN"), ok=lambda x: has_months(c)),
        control(c, "27", ERROR, fields=("BIDRAG", "LAAN"), ok=lambda x: (bidrag > 0) | (laan > 0)),
        control(c, "30", WARNING, years=(2024,), words="kostra.11f.30.2024", fields=("BIDRAG", "LAAN"),
                ok=lambda x: total < 600_000, reported=lambda x: total, unit="count", limit=600_000),
        control(c, "30", WARNING, years=Y2025_26, words="kostra.11f.30.2025", fields=("BIDRAG", "LAAN"),
                ok=lambda x: total <= 1_000_000, reported=lambda x: total, unit="count", limit=1_000_000),
        control(c, "31", WARNING, fields=("BIDRAG", "LAAN"), ok=lambda x: total > 200,
                reported=lambda x: total, unit="count", limit=200),
        control(c, "32", ERROR, fields=("GITT_OKONOMIRAD",), ok=lambda x: code_ok(c, "GITT_OKONOMIRAD")),
        control(c, "33", ERROR, fields=("FAAT_INDIVIDUELL_PLAN",), ok=lambda x: code_ok(c, "FAAT_INDIVIDUELL_PLAN")),
        control(c, "35", ERROR, fields=("BOSIT",), ok=lambda x: code_ok(c, "BOSIT")),
        control(c, "36", WARNING, fields=("BIDRAG",), facts=(("months", lambda x: _months("BIDRAG")),),
                ok=lambda x: bidrag == _months("BIDRAG")),
        control(c, "37", WARNING, fields=("LAAN",), facts=(("months", lambda x: _months("LAAN")),),
                ok=lambda x: laan == _months("LAAN")),
        control(c, "38", WARNING, applies=lambda x: pl.col("fnr_blank"), ok=lambda x: pl.col("duf_valid")),
        control(c, "39", ERROR, fields=("VILKARSOSLOV",), ok=lambda x: code_ok(c, "VILKARSOSLOV")),
        control(c, "40", ERROR, fields=("VILKARSAMEKT",), ok=lambda x: code_ok(c, "VILKARSAMEKT")),
        control(c, "41", ERROR, fields=("VILKARSOSLOV", "UTBETDATO"), applies=lambda x: f("VILKARSOSLOV") == "1",
                ok=lambda x: _date_any_year("UTBETDATO").is_not_null()),
        control(c, "42", ERROR, fields=("VILKARSOSLOV", "UTBETTOMDATO"), applies=lambda x: f("VILKARSOSLOV") == "1",
                ok=lambda x: _date_any_year("UTBETTOMDATO").is_not_null()),
        control(c, "43", ERROR, fields=("VILKARSOSLOV",), applies=lambda x: f("VILKARSOSLOV") == "1",
                ok=lambda x: any_code(c, CONDITIONS)),
    ]


CONTROLS = controls()
