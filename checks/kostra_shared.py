"""SSB's controls shared by 11CF and 11F (SSB's ``sosial/rule`` package and the 001
gate), declared once per form. Numbers, severities and year ranges as in SSB's
programme at the tags in :data:`audit.kostra.ssb_reading.SSB_TAGS`."""

from __future__ import annotations

import polars as pl

from checks.kostra_common import (
    ERROR, FATAL, OSLO, WARNING, KostraCheck, blank, code_ok, control, f, int_or0, version_year, year,
)


def shared(form: str) -> list[KostraCheck]:
    c = form
    oslo_districts = [f"{d:02d}" for d in range(1, 16)]
    return [
        control(c, "001", FATAL, ok=lambda x: pl.col("length_ok"), fields=("record_length", "has_tab"),
                reported=lambda x: pl.col("record_length"), unit="count"),
        control(c, "03", ERROR, suffix="03.kommunenummer", fields=("KOMMUNE_NR",),
                facts=(("expected_KOMMUNE_NR", lambda x: pl.col("region")),),  # the municipality reported for
                ok=lambda x: f("KOMMUNE_NR") == pl.col("region")),
        control(c, "03", ERROR, suffix="03.bydelsnummer", fields=("KOMMUNE_NR", "BYDELSNR"),
                ok=lambda x: pl.when(f("KOMMUNE_NR") == OSLO).then(f("BYDELSNR").is_in(oslo_districts))
                .otherwise(blank("BYDELSNR"))),
        control(c, "04", ERROR, fields=("VERSION",), ok=lambda x: version_year() == year()),
        control(c, "04A", ERROR, years=(2025, 2026), ok=lambda x: pl.col("birth_date_ok")),
        control(c, "05", ERROR, ok=lambda x: pl.col("fnr_valid")),
        control(c, "08", ERROR, fields=("KJONN",), ok=lambda x: code_ok(c, "KJONN")),
        control(c, "09", ERROR, fields=("EKTSTAT",), ok=lambda x: code_ok(c, "EKTSTAT")),
        control(c, "10", ERROR, fields=("BU18",), ok=lambda x: code_ok(c, "BU18")),
        control(c, "11", ERROR, fields=("BU18", "ANTBU18"), applies=lambda x: f("BU18") == "1",
                ok=lambda x: int_or0("ANTBU18") > 0),
        control(c, "12", ERROR, fields=("BU18", "ANTBU18"), applies=lambda x: int_or0("ANTBU18") > 0,
                ok=lambda x: f("BU18") == "1"),
        control(c, "13", ERROR, fields=("ANTBU18",), ok=lambda x: int_or0("ANTBU18") < 14,
                reported=lambda x: int_or0("ANTBU18"), unit="count", limit=14),
    ]


def duplicates_journal(form: str, *, oslo_exempt: bool) -> KostraCheck:
    """05B: a journal number that occurs more than once (11CF: Oslo's records exempt)."""
    applies = (lambda x: f("KOMMUNE_NR") != OSLO) if oslo_exempt else (lambda x: pl.lit(True))
    # the count is over the records the control looks at (SSB filters before grouping)
    if oslo_exempt:
        count = pl.len().over([f("PERSON_JOURNALNR"), f("KOMMUNE_NR") == OSLO])
    else:
        count = pl.len().over(f("PERSON_JOURNALNR"))
    return control(form, "05B", ERROR, fields=("PERSON_JOURNALNR",), applies=applies,
                   ok=lambda x: count == 1, reported=lambda x: count, unit="count")


def age_under_18(form: str, severity: str, years: tuple[int, ...], *, unknown_fails: bool) -> KostraCheck:
    """06: age from the identity number under 18. Where the age cannot be read SSB
    passes the record (11CF, 11F 2024–2025) or reads it as −1 and fails it (11F 2026)."""
    age = pl.col("age").fill_null(-1) if unknown_fails else pl.col("age")
    return control(form, "06", severity, years=years,
                   ok=lambda x: (age >= 18).fill_null(True), reported=lambda x: pl.col("age"), unit="years",
                   limit=18)


def age_over(form: str, years: tuple[int, ...], *, at_least: int, words: str, limit: int | None = None) -> KostraCheck:
    """07 (warning): age from the identity number at or above ``at_least`` (an age
    that cannot be read passes); ``limit`` is the age as SSB states it."""
    return control(form, "07", WARNING, years=years, words=words,
                   ok=lambda x: (pl.col("age").fill_null(0) < at_least), reported=lambda x: pl.col("age"),
                   unit="years", limit=at_least if limit is None else limit)


OTHER_JOURNALS = 20  # 05A: the other journals of a person named beside a case


def duplicates_person(form: str) -> KostraCheck:
    """05A: the same identity number in more than one record. 11CF: valid by SSB's
    rule for the year, Oslo's records exempt, and the same STATUS too; 11F: check
    digits valid, every municipality."""
    if form == "11CF":
        eligible = (f("KOMMUNE_NR") != OSLO) & pl.col("fnr_valid")
        count = pl.len().over([pl.col("fnr_group"), f("STATUS"), eligible])
    else:
        eligible = pl.col("fnr_mod11")
        count = pl.len().over([pl.col("fnr_group"), eligible])
    group = [pl.col("fnr_group"), f("STATUS"), eligible] if form == "11CF" else [pl.col("fnr_group"), eligible]
    # SSB's message names the other journals of the person (case keys: a masked journal stays masked),
    # the first OTHER_JOURNALS of them in order and how many more: every journal of a person in every
    # record of the person grows with the square of the records (a million records of 500 persons:
    # 20 kB a record, more than 11 GB)
    journal = pl.col("journal_id")
    more = pl.len().over(group).cast(pl.Int64) - 1 - OTHER_JOURNALS
    # the person's first journals, one text per person; only a record among them needs its own list
    # (a list per record took a gigabyte at a million records)
    first = journal.sort().head(OTHER_JOURNALS).str.join(", ").over(group)
    near = pl.when(journal.rank("ordinal").over(group) <= OTHER_JOURNALS).then(
        journal.sort().head(OTHER_JOURNALS + 1).str.join("\x00").over(group))
    near = (near.str.split("\x00").list.set_difference(pl.concat_list(journal)).list.sort()
            .list.head(OTHER_JOURNALS).list.join(", "))
    others = pl.coalesce(near, first)
    others = pl.when(more > 0).then(others + pl.lit(" … (+") + more.cast(pl.Utf8) + pl.lit(")")).otherwise(others)
    return control(form, "05A", ERROR, applies=lambda x: eligible.fill_null(False),
                   ok=lambda x: count == 1, reported=lambda x: count, unit="count",
                   facts=(("other_journals", lambda x: others),))
