"""Statistics Norway's controls of KOSTRA 11CF (kvalifiseringsstønad), per reporting year.

Which version of SSB's programme each year follows:

====  ==========================  =============================================
year  SSB tag                     what differs
====  ==========================  =============================================
2024  v2025.04.04                 no 04A; 07 fails above 67; 6-digit dates; 20 without 9999
2025  v2026.03.30                 04A (FODSELSDATO); 07 fails above 68; test numbers
2026  pre-release-v2026-06-25     as 2025
====  ==========================  =============================================

Ids are ``kostra.11cf.<SSB number>``; the two controls under number 03 are
``03.kommunenummer`` and ``03.bydelsnummer`` (SSB's rule ids KOMMUNENUMMER_03 and
BYDELSNUMMER_03). What each checks: docs/kostra.md and the catalogue
(``audit/text/words/kostra.py``).
"""

from __future__ import annotations

import polars as pl

from checks.kostra_common import (
    ERROR, OSLO, WARNING, KostraCheck, any_code, blank, code_ok, codes, control, date, f, has_months, int_or0,
    real_date, version_year, year,
)
from checks.kostra_shared import age_over, age_under_18, duplicates_journal, duplicates_person, shared

FORM = "11CF"
AVSL_TICKS = ["AVSL_ORDINAERTARB", "AVSL_ARBLONNSTILS", "AVSL_ARBMARK", "AVSL_SKOLE", "AVSL_UFORE", "AVSL_AAP",
              "AVSL_OK_AVKLAR", "AVSL_UTEN_OK_AVKLAR", "AVSL_ANNET", "AVSL_UKJENT"]
WITH_ASSISTANCE = ["KVP_MED_KOMMBOS", "KVP_MED_HUSBANKBOS", "KVP_MED_SOSHJ_ENGANG", "KVP_MED_SOSHJ_PGM",
                   "KVP_MED_SOSHJ_SUP"]
STONAD_MAX = 600_000
# SSB's 2024 programme (v2025.04.04) had no 9999 (Uoppgitt) in KOMMNR_KVP_KOMM's code list;
# it came with the 2025 file description (and was later added to the published 2024 one).
KOMMUNER_2024 = tuple(code for code in codes(FORM, "KOMMNR_KVP_KOMM") if code != "9999")
NOT_OSLO = lambda x: f("KOMMUNE_NR") != OSLO  # noqa: E731 - 14–16 exempt Oslo


def _date_any_year(name: str) -> pl.Expr:
    """The date in the layout of the record's reporting year."""
    return pl.when(pl.col("kostra_year") <= 2024).then(date(name, "ddMMyy")).otherwise(date(name, "ddMMyyyy"))


def _real_any_year(name: str) -> pl.Expr:
    return pl.when(pl.col("kostra_year") <= 2024).then(real_date(name, "ddMMyy")).otherwise(real_date(name, "ddMMyyyy"))


def _recent(name: str, reference: pl.Expr) -> pl.Expr:
    """14/15/16: the date reads and is at most four years before the reference year."""
    d = _date_any_year(name)
    return d.is_not_null() & ~((reference - d.dt.year()) > 4)


def controls() -> list[KostraCheck]:
    c = FORM
    stonad = int_or0("KVP_STONAD")
    return [
        *shared(c),
        duplicates_person(c),
        duplicates_journal(c, oslo_exempt=True),
        age_under_18(c, ERROR, (2024, 2025, 2026), unknown_fails=False),
        age_over(c, (2024,), at_least=68, words="kostra.11cf.07.2024"),
        age_over(c, (2025, 2026), at_least=69, words="kostra.11cf.07.2025", limit=68),  # "over 68"
        control(c, "14", ERROR, fields=("REG_DATO", "VERSION"), applies=NOT_OSLO,
                ok=lambda x: _recent("REG_DATO", version_year())),
        control(c, "15", ERROR, fields=("VEDTAK_DATO", "VERSION"), applies=NOT_OSLO,
                ok=lambda x: _recent("VEDTAK_DATO", version_year())),
        control(c, "16", ERROR, fields=("BEGYNT_DATO",), applies=NOT_OSLO,
                ok=lambda x: _recent("BEGYNT_DATO", year())
                & (_date_any_year("BEGYNT_DATO") <= pl.date(year(), 12, 31))),
        control(c, "19", ERROR, fields=("KVP_KOMM",), ok=lambda x: code_ok(c, "KVP_KOMM")),
        control(c, "20", ERROR, years=(2024,), words="kostra.11cf.20.2024",
                fields=("KVP_KOMM", "KOMMNR_KVP_KOMM"), applies=lambda x: f("KVP_KOMM") == "1",
                ok=lambda x: code_ok(c, "KOMMNR_KVP_KOMM", KOMMUNER_2024)),
        control(c, "20", ERROR, years=(2025, 2026), words="kostra.11cf.20.2025",
                fields=("KVP_KOMM", "KOMMNR_KVP_KOMM"), applies=lambda x: f("KVP_KOMM") == "1",
                ok=lambda x: code_ok(c, "KOMMNR_KVP_KOMM")),
        control(c, "21", ERROR, fields=("YTELSE_SOSHJELP", "YTELSE_TYPE_SOSHJ"),
                applies=lambda x: f("YTELSE_SOSHJELP") == "1", ok=lambda x: code_ok(c, "YTELSE_TYPE_SOSHJ")),
        control(c, "26", ERROR, fields=("KVP_MED_ASTONAD",), ok=lambda x: code_ok(c, "KVP_MED_ASTONAD")),
        control(c, "27", ERROR, fields=("KVP_MED_ASTONAD", *WITH_ASSISTANCE),
                applies=lambda x: f("KVP_MED_ASTONAD").is_in(["1", "2"]),
                ok=lambda x: pl.when(f("KVP_MED_ASTONAD") == "1").then(any_code(c, WITH_ASSISTANCE))
                .otherwise(~any_code(c, WITH_ASSISTANCE))),
        control(c, "28", WARNING, fields=("STATUS", "KVP_STONAD"), applies=lambda x: f("STATUS") != "2",
                ok=lambda x: has_months(c)),
        control(c, "29", WARNING, fields=("STATUS", "KVP_STONAD"), applies=lambda x: f("STATUS") == "1",
                ok=lambda x: stonad > 0),
        control(c, "30", WARNING, fields=("STATUS", "KVP_STONAD"),
                applies=lambda x: (f("STATUS") != "2") & has_months(c), ok=lambda x: ~blank("KVP_STONAD")),
        control(c, "31", WARNING, fields=("STATUS", "KVP_STONAD"),
                applies=lambda x: (f("STATUS") == "1") & (stonad > 0), ok=lambda x: has_months(c)),
        control(c, "32", WARNING, fields=("KVP_STONAD",), ok=lambda x: stonad <= STONAD_MAX,
                reported=lambda x: stonad, unit="count", limit=STONAD_MAX),
        control(c, "36", ERROR, fields=("STATUS",), ok=lambda x: code_ok(c, "STATUS")),
        control(c, "37", ERROR, fields=("STATUS", "AVSL_DATO"),
                applies=lambda x: f("STATUS").is_in(["3", "4", "5", "7"]),
                ok=lambda x: _date_any_year("AVSL_DATO").is_not_null() & _real_any_year("AVSL_DATO")
                & (_date_any_year("AVSL_DATO").dt.year() == year())),
        control(c, "38", ERROR, fields=("STATUS",), applies=lambda x: f("STATUS").is_in(["3", "7"]),
                ok=lambda x: any_code(c, AVSL_TICKS)),
        control(c, "39", ERROR, fields=("STATUS", "AVSL_VIKTIGSTE_INNTEKT"), applies=lambda x: f("STATUS") == "3",
                ok=lambda x: code_ok(c, "AVSL_VIKTIGSTE_INNTEKT")),
    ]


CONTROLS = controls()
