"""KOSTRA 11CF / 11F reader: layouts per reporting year, canonical values, issues, privacy."""

from __future__ import annotations

import datetime as dt
import json
import random

import polars as pl
import pytest

from audit.errors import ConfigError, InputError
from audit.kostra import LAYOUTS, read_kostra, sniff_kostra
from audit.kostra.identity import birth_date_from_identity
from audit.kostra.records import event_year
from audit.pseudonym import Pseudonymiser
from sample_data.kostra import (
    format_record,
    identity_number,
    kostra_text,
    kvp_records,
    set_field,
    stonad_records,
    write_kostra,
)

KEY = bytes(range(32))


@pytest.fixture
def p() -> Pseudonymiser:
    return Pseudonymiser(KEY)


def _write(tmp_path, name: str, lines: list[str], encoding: str = "latin-1", newline: str = "\r\n"):
    path = tmp_path / name
    path.write_bytes("".join(line + newline for line in lines).encode(encoding))
    return path


def _put(buf: list[str], start: int, text: str) -> None:
    """Write text at a 1-based position (as in SSB's file descriptions)."""
    buf[start - 1 : start - 1 + len(text)] = list(text)


def _issues(table) -> list[tuple[int, str, str]]:
    return [(i.row, i.column, i.message) for i in table.issues]


# ---------------------------------------------------------------------------------------
# Layouts: positions as published (written out here independently of the declarations)
# ---------------------------------------------------------------------------------------

PUBLISHED = {
    ("11CF", 2024): (136, {"KOMMUNE_NR": (1, 4), "VERSION": (5, 2), "BYDELSNR": (7, 2), "PERSON_JOURNALNR": (9, 8),
                          "PERSON_FODSELSNR": (17, 11), "ANTBU18": (31, 2), "REG_DATO": (33, 6),
                          "VEDTAK_DATO": (39, 6), "BEGYNT_DATO": (45, 6), "KOMMNR_KVP_KOMM": (52, 4),
                          "YTELSE_INDIVIDSTONAD": (59, 1), "STMND_1": (67, 2), "STMND_12": (89, 2),
                          "KVP_STONAD": (91, 7), "STATUS": (98, 1), "AVSL_DATO": (99, 6),
                          "AVSL_ORDINAERTARB": (105, 2), "AVSL_UKJENT": (123, 2),
                          "AVSL_VIKTIGSTE_INNTEKT": (125, 2), "SAKSBEHANDLER": (127, 10)}),
    ("11CF", 2025): (152, {"BYDELSNR": (7, 2), "FODSELSDATO": (9, 8), "PERSON_JOURNALNR": (17, 8),
                          "PERSON_FODSELSNR": (25, 11), "KJONN": (36, 1), "ANTBU18": (39, 2), "REG_DATO": (41, 8),
                          "VEDTAK_DATO": (49, 8), "BEGYNT_DATO": (57, 8), "YTELSE_INDIVIDSTONAD": (73, 1),
                          "STMND_1": (81, 2), "KVP_STONAD": (105, 7), "STATUS": (112, 1), "AVSL_DATO": (113, 8),
                          "AVSL_VIKTIGSTE_INNTEKT": (141, 2), "SAKSBEHANDLER": (143, 10)}),
    ("11CF", 2026): (152, {"FODSELSDATO": (9, 8), "PERSON_FODSELSNR": (25, 11), "YTELSE_TILTAKSPENGER": (73, 1),
                          "STATUS": (112, 1), "AVSL_DATO": (113, 8), "SAKSBEHANDLER": (143, 10)}),
    ("11F", 2024): (324, {"PERSON_JOURNALNR": (9, 8), "PERSON_FODSELSNR": (17, 11), "PERSON_DUF": (28, 12),
                         "BU18": (42, 1), "ANTBU18": (43, 2), "STMND_1": (50, 2), "STMND_12": (72, 2),
                         "BIDRAG": (74, 7), "LAAN_DES": (249, 7), "SAKSBEHANDLER": (258, 10),
                         "VILKARSOSLOV": (269, 1), "UTBETDATO": (271, 6), "UTBETTOMDATO": (277, 6),
                         "VILKARARBEID": (283, 2), "VEDTAKDATO": (307, 6), "VEDTAKARB": (313, 2),
                         "VEDTAKGRUNN": (319, 2), "SANKSJONANDRE": (323, 2)}),
    ("11F", 2025): (338, {"FODSELSDATO": (9, 8), "PERSON_JOURNALNR": (17, 8), "PERSON_FODSELSNR": (25, 11),
                         "PERSON_DUF": (36, 12), "BU18": (50, 1), "ANTBU18": (51, 2), "STMND_1": (58, 2),
                         "STMND_12": (80, 2), "SAKSBEHANDLER": (266, 10), "VILKARSOSLOV": (277, 1),
                         "UTBETDATO": (279, 8), "VEDTAKDATO": (319, 8), "VEDTAKARB": (327, 2),
                         "SANKSJONANDRE": (337, 2)}),
    ("11F", 2026): (338, {"FODSELSDATO": (9, 8), "UTBETDATO": (279, 8), "VEDTAKDATO": (319, 8),
                         "SANKSJONANDRE": (337, 2)}),
}


@pytest.mark.parametrize("key", sorted(PUBLISHED))
def test_layout_positions_as_published(key):
    length, fields = PUBLISHED[key]
    lay = LAYOUTS[key]
    assert lay.record_length == length
    assert {n: (lay.field(n).start, lay.field(n).length) for n in fields} == fields
    assert lay.fields[-1].end == length


def test_layout_year_differences():
    assert not LAYOUTS[("11CF", 2024)].has("FODSELSDATO")
    assert not LAYOUTS[("11F", 2024)].has("FODSELSDATO")
    assert LAYOUTS[("11CF", 2024)].field("REG_DATO").date_mask == "ddMMyy"
    assert LAYOUTS[("11CF", 2025)].field("REG_DATO").date_mask == "ddMMyyyy"
    assert not LAYOUTS[("11CF", 2026)].has("YTELSE_INDIVIDSTONAD")
    # 11F: nothing mandatory in 2024, most fields from 2025
    assert not any(f.mandatory for f in LAYOUTS[("11F", 2024)].fields)
    assert LAYOUTS[("11F", 2025)].field("VILKARSOSLOV").mandatory
    assert LAYOUTS[("11F", 2025)].field("VILKARSOSLOV").codes == ("1", "2")
    assert "0301" in LAYOUTS[("11CF", 2025)].field("KOMMNR_KVP_KOMM").codes


# ---------------------------------------------------------------------------------------
# Hand-built lines: positions taken from the published description, not from our layout
# ---------------------------------------------------------------------------------------


def test_hand_built_11cf_2025_line(tmp_path, p):
    rng = random.Random(5)
    fnr = identity_number(dt.date(1990, 3, 14), rng)
    buf = [" "] * 152
    _put(buf, 1, "0301")
    _put(buf, 5, "25")
    _put(buf, 7, "05")
    _put(buf, 9, "14031990")
    _put(buf, 17, "J0000042")
    _put(buf, 25, fnr)
    _put(buf, 36, "2")
    _put(buf, 37, "1")
    _put(buf, 38, "2")
    _put(buf, 41, "02012025")
    _put(buf, 49, "20012025")
    _put(buf, 57, "03022025")
    _put(buf, 81, "01")
    _put(buf, 83, "02")
    _put(buf, 112, "3")
    _put(buf, 113, "30112025")
    _put(buf, 127, "04")  # AVSL_SKOLE
    _put(buf, 141, "04")  # AVSL_VIKTIGSTE_INNTEKT
    _put(buf, 143, "S42")
    t = read_kostra(_write(tmp_path, "kvp.dat", ["".join(buf)]), pseudonymiser=p)
    assert t.dataset == "kvp" and t.issues == []
    row = t.frame.row(0, named=True)
    assert row["case_id"] == "J0000042"
    assert row["municipality"] == "0301" and row["office"] == "05" and row["caseworker"] == "S42"
    assert row["birth_date"] == dt.date(1990, 3, 14)
    assert row["application_date"] == dt.date(2025, 1, 2)
    assert row["decision_date"] == dt.date(2025, 1, 20)
    assert row["program_start_date"] == dt.date(2025, 2, 3)
    assert row["end_date"] == dt.date(2025, 11, 30)
    assert row["status"] == "3" and row["decision"] == "granted" and row["outcome"] == "education"
    assert row["person_pseudonym"] == p.pseudonym(fnr)
    assert row["__row"] == 1 and row["__file"] == str(tmp_path / "kvp.dat")
    assert t.sources[0].details == {"kostra_form": "11CF", "kostra_year": 2025}
    assert t.sources[0].rows == 1


def test_hand_built_11f_2024_line(tmp_path, p):
    rng = random.Random(6)
    fnr = identity_number(dt.date(1999, 12, 24), rng, kind="d")  # D-nummer
    buf = [" "] * 324
    _put(buf, 1, "5001")
    _put(buf, 5, "24")
    _put(buf, 9, "00000777")
    _put(buf, 17, fnr)
    _put(buf, 42, "1")
    _put(buf, 43, "03")
    _put(buf, 50, "01")
    _put(buf, 52, "02")
    _put(buf, 58, "05")
    _put(buf, 258, "S7")
    _put(buf, 269, "2")
    _put(buf, 307, "150324")  # VEDTAKDATO
    _put(buf, 317, "03")  # VEDTAKHELSE
    t = read_kostra(_write(tmp_path, "f.dat", ["".join(buf)]), pseudonymiser=p)
    assert t.dataset == "stonad" and t.issues == []
    row = t.frame.row(0, named=True)
    assert row["application_id"] == row["case_id"] == "00000777"
    assert row["birth_date"] == dt.date(1999, 12, 24)
    assert row["children_in_household"] == 3
    assert row["months_on_assistance"] == 3
    assert row["decision_date"] == dt.date(2024, 5, 31)  # no UTBETDATO: last day of May
    assert row["conditions_set"] is False
    assert row["exception_20a_date"] == dt.date(2024, 3, 15)
    assert row["exception_20a_reason"] == "03 Mottakers helsemessige eller sosiale situasjon hindrer deltakelse i aktivitet"
    assert row["decision"] == "granted" and row["caseworker"] == "S7"


# ---------------------------------------------------------------------------------------
# Every reporting year, both forms, read back to the generator's values
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_11cf_every_year_reads_back(tmp_path, p, year):
    recs = kvp_records(year, 25, seed=11)
    path = write_kostra(tmp_path / f"kvp{year}.dat", "11CF", year, recs)
    t = read_kostra(path, pseudonymiser=p)
    assert t.issues == []
    assert t.dataset == "kvp" and t.frame.height == 25
    f = t.frame
    assert f["case_id"].to_list() == [r["PERSON_JOURNALNR"] for r in recs]
    assert f["birth_date"].to_list() == [r["_birth"] for r in recs]
    assert f["application_date"].to_list() == [r["REG_DATO"] for r in recs]
    assert f["decision_date"].to_list() == [r["VEDTAK_DATO"] for r in recs]
    assert f["program_start_date"].to_list() == [r["BEGYNT_DATO"] for r in recs]
    assert f["end_date"].to_list() == [r.get("AVSL_DATO") for r in recs]
    assert f["status"].to_list() == [r["STATUS"] for r in recs]
    assert set(f["decision"].to_list()) == {"granted"}
    assert f["__row"].to_list() == list(range(1, 26))
    assert f.schema["birth_date"] == pl.Date and f.schema["status"] == pl.Utf8
    assert not any(c.startswith("__bad__") for c in f.columns)
    assert "PERSON_FODSELSNR" not in f.columns and "FODSELSDATO" not in f.columns
    assert "STMND_1" in f.columns and "KVP_STONAD" in f.columns  # other fields carried as text
    assert f["person_pseudonym"].to_list() == [p.pseudonym(r["PERSON_FODSELSNR"]) for r in recs]


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_11f_every_year_reads_back(tmp_path, p, year):
    recs = stonad_records(year, 25, seed=12)
    path = write_kostra(tmp_path / f"f{year}.dat", "11F", year, recs)
    t = read_kostra(path, pseudonymiser=p)
    assert t.issues == []
    assert t.dataset == "stonad" and t.frame.height == 25
    f = t.frame
    assert f["application_id"].to_list() == [r["PERSON_JOURNALNR"] for r in recs]
    assert f["case_id"].to_list() == f["application_id"].to_list()
    assert f["birth_date"].to_list() == [r["_birth"] for r in recs]
    assert f["months_on_assistance"].to_list() == [
        sum(1 for m in range(1, 13) if r.get(f"STMND_{m}")) for r in recs
    ]
    assert f["conditions_set"].to_list() == [r["VILKARSOSLOV"] == "1" for r in recs]
    assert f["exception_20a_date"].to_list() == [r.get("VEDTAKDATO") for r in recs]
    assert f["children_in_household"].to_list() == [r["ANTBU18"] or 0 for r in recs]
    assert f.schema["months_on_assistance"] == pl.Int64 and f.schema["conditions_set"] == pl.Boolean
    assert "PERSON_FODSELSNR" not in f.columns and "PERSON_DUF" not in f.columns


# ---------------------------------------------------------------------------------------
# Derived values
# ---------------------------------------------------------------------------------------


def _one_11f(year: int, **changes) -> dict:
    rec = stonad_records(year, 1, seed=3)[0]
    for m in range(1, 13):
        rec.pop(f"STMND_{m}", None)
    for key in ("UTBETDATO", "UTBETTOMDATO", "VEDTAKDATO", "VEDTAKARB", "VEDTAKHELSE"):
        rec.pop(key, None)
    rec.update(changes)
    return rec


def test_months_on_assistance_and_decision_date_fallback(tmp_path, p):
    recs = [
        _one_11f(2024, STMND_1="01", STMND_2="02", PERSON_JOURNALNR="A1"),  # leap year February
        _one_11f(2025, STMND_3="03", STMND_7="07", STMND_11="11", PERSON_JOURNALNR="A2"),
        _one_11f(2025, STMND_4="04", UTBETDATO=dt.date(2025, 4, 9), PERSON_JOURNALNR="A3"),
        _one_11f(2025, PERSON_JOURNALNR="A4"),  # no month, no UTBETDATO
    ]
    t24 = read_kostra(write_kostra(tmp_path / "a.dat", "11F", 2024, recs[:1]), pseudonymiser=p)
    t25 = read_kostra(write_kostra(tmp_path / "b.dat", "11F", 2025, recs[1:]), pseudonymiser=p)
    assert t24.frame["months_on_assistance"].to_list() == [2]
    assert t24.frame["decision_date"].to_list() == [dt.date(2024, 2, 29)]
    assert t25.frame["months_on_assistance"].to_list() == [3, 1, 0]
    assert t25.frame["decision_date"].to_list() == [dt.date(2025, 11, 30), dt.date(2025, 4, 9), None]


def test_children_and_exception_reasons(tmp_path, p):
    recs = [
        _one_11f(2025, PERSON_JOURNALNR="B1", BU18="2", ANTBU18=None),
        _one_11f(2025, PERSON_JOURNALNR="B2", BU18="1", ANTBU18=2,
                 VEDTAKDATO=dt.date(2025, 2, 3), VEDTAKARB="01", VEDTAKGRUNN="04"),
        _one_11f(2025, PERSON_JOURNALNR="B3", BU18="1", ANTBU18=None, VILKARSOSLOV="1"),
    ]
    t = read_kostra(write_kostra(tmp_path / "c.dat", "11F", 2025, recs), pseudonymiser=p)
    f = t.frame
    assert f["children_in_household"].to_list() == [0, 2, None]
    assert f["exception_20a_reason"].to_list() == [
        None,
        "01 Mottaker er i arbeid; 04 Andre tungtveiende grunner taler mot at det stilles vilkår om aktivitet",
        None,
    ]
    assert f["exception_20a_date"].to_list() == [None, dt.date(2025, 2, 3), None]
    assert f["conditions_set"].to_list()[2] is True


def test_kvp_outcome_rule(tmp_path, p):
    base = kvp_records(2025, 1, seed=2)[0]
    base.update(STATUS="3", AVSL_DATO=dt.date(2025, 10, 1))
    for k in list(base):
        if k.startswith("AVSL_") and k != "AVSL_DATO":
            base.pop(k)
    recs = [
        {**base, "PERSON_JOURNALNR": "C1", "AVSL_VIKTIGSTE_INNTEKT": "14", "AVSL_ORDINAERTARB": "01"},
        {**base, "PERSON_JOURNALNR": "C2", "AVSL_UKJENT": "17", "AVSL_SKOLE": "04", "AVSL_AAP": "14"},
        {**base, "PERSON_JOURNALNR": "C3", "AVSL_OK_AVKLAR": "15"},
        {**base, "PERSON_JOURNALNR": "C4", "AVSL_ARBMARK": "03"},
        {**base, "PERSON_JOURNALNR": "C5", "AVSL_VIKTIGSTE_INNTEKT": "11"},
        {**base, "PERSON_JOURNALNR": "C6"},
    ]
    t = read_kostra(write_kostra(tmp_path / "o.dat", "11CF", 2025, recs), pseudonymiser=p)
    assert t.frame["outcome"].to_list() == ["aap", "education", "social_assistance", "other", "work_subsidised", None]


# ---------------------------------------------------------------------------------------
# Birth dates in 2024 (from the identity number) and 6-digit dates
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "birth, kind, individ",
    [
        (dt.date(1985, 6, 30), "fnr", 123),  # 000-499: 1900s
        (dt.date(1955, 1, 1), "fnr", 950),  # 900-999 with YY >= 40: 1900s
        (dt.date(2005, 2, 28), "fnr", 612),  # 500-999 with YY <= 39: 2000s
        (dt.date(1899, 12, 31), "fnr", 600),  # 500-749 with YY >= 54: 1800s
        (dt.date(1977, 7, 17), "d", 234),  # D-nummer: day + 40
        (dt.date(2001, 11, 3), "h", 777),  # H-nummer: month + 40
        (dt.date(1960, 4, 9), "synthetic", 345),  # synthetic: month + 80
        (dt.date(1996, 8, 31), "synthetic_d", 456),
    ],
)
def test_birth_date_from_identity_number(birth, kind, individ):
    rng = random.Random(1)
    try:
        number = identity_number(birth, rng, kind, individ=individ)
    except ValueError:  # this individnummer gives no valid check digits: take the next
        number = identity_number(birth, rng, kind, individ=individ + 1)
    assert birth_date_from_identity(number) == birth


def test_birth_date_not_derivable():
    assert birth_date_from_identity("12345678901") is None  # bad check digits
    assert birth_date_from_identity("") is None


def test_2024_birth_date_from_fnr_in_file(tmp_path, p):
    rng = random.Random(8)
    births = [dt.date(1985, 6, 30), dt.date(2003, 1, 9), dt.date(1972, 10, 5)]
    numbers = [identity_number(births[0], rng, "fnr"), identity_number(births[1], rng, "d"),
               identity_number(births[2], rng, "h")]
    recs = kvp_records(2024, 3, seed=4)
    for r, n in zip(recs, numbers):
        r["PERSON_FODSELSNR"] = n
    t = read_kostra(write_kostra(tmp_path / "k24.dat", "11CF", 2024, recs), pseudonymiser=p)
    assert t.issues == []
    assert t.frame["birth_date"].to_list() == births


def test_2024_invalid_fnr_gives_unreadable_birth_date(tmp_path, p):
    recs = kvp_records(2024, 2, seed=4)
    good = recs[1]["PERSON_FODSELSNR"]
    broken = good[:9] + str((int(good[9]) + 1) % 10) + good[10]
    recs[1]["PERSON_FODSELSNR"] = broken
    t = read_kostra(write_kostra(tmp_path / "k24.dat", "11CF", 2024, recs), pseudonymiser=p)
    assert _issues(t) == [(2, "PERSON_FODSELSNR", "ugyldig fødselsnummer (ikke 11 sifre med riktige kontrollsifre)")]
    assert t.frame["birth_date"].to_list() == [recs[0]["_birth"], None]
    assert t.frame["__bad__birth_date"].to_list() == [False, True]
    assert broken not in json.dumps([i.to_json() for i in t.issues], ensure_ascii=False)


def test_six_digit_event_dates_century_window():
    assert event_year(34, 2024) == 2034
    assert event_year(35, 2024) == 1935
    assert event_year(23, 2024) == 2023


def test_2025_blank_fodselsdato_falls_back_to_fnr(tmp_path, p):
    recs = kvp_records(2025, 1, seed=9)
    recs[0]["FODSELSDATO"] = None
    t = read_kostra(write_kostra(tmp_path / "k.dat", "11CF", 2025, recs), pseudonymiser=p)
    assert _issues(t) == [(1, "FODSELSDATO", "mangler verdi (obligatorisk felt)")]
    assert t.frame["birth_date"].to_list() == [recs[0]["_birth"]]


# ---------------------------------------------------------------------------------------
# Validation: issues with line and field, the row kept, values unreadable
# ---------------------------------------------------------------------------------------


def test_bad_date_code_integer_and_length(tmp_path, p):
    lay = LAYOUTS[("11CF", 2025)]
    recs = kvp_records(2025, 6, seed=21)
    for r in recs:
        r["STATUS"], r["AVSL_DATO"] = "1", None
        for k in list(r):
            if k.startswith("AVSL_"):
                r.pop(k)
    lines = [format_record(lay, r) for r in recs]
    lines[1] = set_field(lay, lines[1], "VEDTAK_DATO", "310225x")
    lines[2] = set_field(lay, lines[2], "STATUS", "9")
    lines[3] = set_field(lay, lines[3], "ANTBU18", "x1")
    lines[4] = lines[4][:140]  # trailing fields cut off
    lines[5] = lines[5] + "XYZ"
    path = _write(tmp_path, "kvp_2025.dat", lines)
    t = read_kostra(path, pseudonymiser=p)
    f = t.frame
    assert f.height == 6
    assert f["__row"].to_list() == [1, 2, 3, 4, 5, 6]
    assert _issues(t) == [
        (2, "VEDTAK_DATO", "ugyldig dato '310225x' (forventet ddMMyyyy)"),
        (3, "STATUS", "ukjent kode '9' (gyldige koder: 1, 2, 3, 4, 5, 6, 7)"),
        (4, "ANTBU18", "ikke et heltall: 'x1'"),
        (5, "AVSL_VIKTIGSTE_INNTEKT", "feil postlengde: 140 tegn, forventet 152 (manglende tegn er lest som blanke)"),
        (6, "SAKSBEHANDLER", "feil postlengde: 155 tegn, forventet 152 (tegn etter posisjon 152 er ikke lest)"),
    ]
    assert {i.file for i in t.issues} == {str(path)}
    assert f["decision_date"].to_list()[1] is None
    assert f["__bad__decision_date"].to_list() == [False, True, False, False, False, False]
    assert f["status"].to_list()[2] is None
    assert f["__bad__status"].to_list() == [False, False, True, False, False, False]
    assert "__bad__end_date" not in f.columns
    # the other values of the bad rows are still read
    assert f["case_id"].to_list() == [r["PERSON_JOURNALNR"] for r in recs]
    assert f["application_date"].to_list()[1] == recs[1]["REG_DATO"]
    assert f["caseworker"].to_list()[4] is None  # beyond the end of the short line
    assert f["caseworker"].to_list()[5] == recs[5]["SAKSBEHANDLER"]
    assert f["VEDTAK_DATO"].to_list()[1] == "310225x"  # raw text carried along


def test_11f_bad_month_and_utbetdato_make_derived_values_unreadable(tmp_path, p):
    lay = LAYOUTS[("11F", 2025)]
    recs = [_one_11f(2025, STMND_1="01", STMND_2="02", PERSON_JOURNALNR=f"D{i}") for i in range(3)]
    lines = [format_record(lay, r) for r in recs]
    lines[0] = set_field(lay, lines[0], "STMND_3", "3")
    lines[1] = set_field(lay, lines[1], "UTBETDATO", "31022025")
    lines[2] = set_field(lay, lines[2], "VILKARSOSLOV", "J")
    t = read_kostra(_write(tmp_path, "f.dat", lines), pseudonymiser=p)
    assert _issues(t) == [
        (1, "STMND_3", "ukjent kode '3' (gyldige koder: 03)"),
        (2, "UTBETDATO", "ugyldig dato '31022025' (forventet ddMMyyyy)"),
        (3, "VILKARSOSLOV", "ukjent kode 'J' (gyldige koder: 1, 2)"),
    ]
    f = t.frame
    assert f["months_on_assistance"].to_list() == [None, 2, 2]
    assert f["__bad__months_on_assistance"].to_list() == [True, False, False]
    assert f["decision_date"].to_list() == [None, None, dt.date(2025, 2, 28)]
    assert f["__bad__decision_date"].to_list() == [True, True, False]
    assert f["conditions_set"].to_list()[2] is None
    assert f["__bad__conditions_set"].to_list() == [False, False, True]


def test_mandatory_blank_is_an_issue_but_not_unreadable(tmp_path, p):
    lay = LAYOUTS[("11CF", 2025)]
    line = set_field(lay, format_record(lay, kvp_records(2025, 1, seed=3)[0]), "BEGYNT_DATO", "")
    t = read_kostra(_write(tmp_path, "k.dat", [line]), pseudonymiser=p)
    assert _issues(t) == [(1, "BEGYNT_DATO", "mangler verdi (obligatorisk felt)")]
    assert t.frame["program_start_date"].to_list() == [None]
    assert "__bad__program_start_date" not in t.frame.columns


def test_version_of_one_record_differs(tmp_path, p):
    lay = LAYOUTS[("11CF", 2025)]
    lines = [format_record(lay, r) for r in kvp_records(2025, 3, seed=3)]
    lines[2] = set_field(lay, lines[2], "VERSION", "24")
    t = read_kostra(_write(tmp_path, "k.dat", lines), pseudonymiser=p)
    assert _issues(t) == [(3, "VERSION", "VERSION '24' stemmer ikke med rapporteringsåret 2025")]


def test_blank_lines_are_skipped_but_counted(tmp_path, p):
    lay = LAYOUTS[("11F", 2026)]
    lines = [format_record(lay, r) for r in stonad_records(2026, 2, seed=3)]
    t = read_kostra(_write(tmp_path, "f.dat", [lines[0], "", "   ", lines[1], ""]), pseudonymiser=p)
    assert t.frame["__row"].to_list() == [1, 4]


# ---------------------------------------------------------------------------------------
# Form / year detection and options
# ---------------------------------------------------------------------------------------


def test_year_option_agrees_or_stops(tmp_path, p):
    path = write_kostra(tmp_path / "k.dat", "11CF", 2025, kvp_records(2025, 2, seed=1))
    assert read_kostra(path, year=2025, form="11CF", pseudonymiser=p).frame.height == 2
    with pytest.raises(InputError) as err:
        read_kostra(path, year=2026, pseudonymiser=p)
    assert err.value.column == "VERSION" and err.value.row == 1
    assert "VERSION" in str(err.value) and "2026" in str(err.value)
    with pytest.raises(InputError) as err:
        read_kostra(path, year=2024, pseudonymiser=p)
    assert "152" in str(err.value) and "136" in str(err.value)
    with pytest.raises(ConfigError):
        read_kostra(path, year=2023, pseudonymiser=p)


def test_form_option_must_match(tmp_path, p):
    path = write_kostra(tmp_path / "f.dat", "11F", 2024, stonad_records(2024, 2, seed=1))
    assert read_kostra(path, form="stonad", pseudonymiser=p).dataset == "stonad"
    with pytest.raises(InputError, match="11F"):
        read_kostra(path, form="11CF", pseudonymiser=p)
    with pytest.raises(ConfigError):
        read_kostra(path, form="12X", pseudonymiser=p)


def test_blank_version_uses_length_or_year_option(tmp_path, p):
    recs24 = kvp_records(2024, 2, seed=1)
    recs26 = kvp_records(2026, 2, seed=1)
    for r in recs24 + recs26:
        r["VERSION"] = None
    t = read_kostra(write_kostra(tmp_path / "a.dat", "11CF", 2024, recs24), pseudonymiser=p)
    assert t.sources[0].details["kostra_year"] == 2024
    assert any("postlengden" in str(n) for n in t.notes)
    path = write_kostra(tmp_path / "b.dat", "11CF", 2026, recs26)
    with pytest.raises(InputError, match="rapporteringsåret"):
        read_kostra(path, pseudonymiser=p)
    t = read_kostra(path, year=2026, pseudonymiser=p)
    assert t.sources[0].details["kostra_year"] == 2026
    assert [i.column for i in t.issues] == ["VERSION", "VERSION"]  # mandatory, blank


def test_not_a_kostra_file(tmp_path, p):
    path = tmp_path / "x.csv"
    path.write_text("a;b;c\n1;2;3\n", encoding="utf-8")
    with pytest.raises(InputError, match="KOSTRA"):
        read_kostra(path, pseudonymiser=p)
    assert sniff_kostra(path) is None
    with pytest.raises(InputError, match="finner ikke"):
        read_kostra(tmp_path / "missing.dat", pseudonymiser=p)


def test_sniff(tmp_path):
    path = write_kostra(tmp_path / "f.dat", "11F", 2025, stonad_records(2025, 3, seed=1))
    assert sniff_kostra(path) == ("11F", 2025)
    path = write_kostra(tmp_path / "k.dat", "11CF", 2024, kvp_records(2024, 3, seed=1))
    assert sniff_kostra(path) == ("11CF", 2024)


@pytest.mark.parametrize("encoding, newline", [("utf-8", "\n"), ("utf-8-sig", "\r\n"), ("cp1252", "\r\n"), ("latin-1", "\r")])
def test_encodings_and_line_ends(tmp_path, p, encoding, newline):
    lay = LAYOUTS[("11CF", 2025)]
    recs = kvp_records(2025, 2, seed=1)
    recs[0]["SAKSBEHANDLER"] = "Bjørnå"
    text = kostra_text("11CF", 2025, recs, newline=newline)
    path = tmp_path / "k.dat"
    path.write_bytes(text.encode(encoding))
    t = read_kostra(path, pseudonymiser=p)
    assert t.issues == []
    assert t.frame["caseworker"].to_list() == ["Bjørnå", recs[1]["SAKSBEHANDLER"]]
    assert t.frame["status"].to_list() == [r["STATUS"] for r in recs]
    assert len(format_record(lay, recs[0])) == 152


# ---------------------------------------------------------------------------------------
# Privacy: pseudonyms and no identity number anywhere
# ---------------------------------------------------------------------------------------


def test_pseudonyms_stable_across_files_and_keys(tmp_path):
    kvp = kvp_records(2025, 3, seed=1)
    st = stonad_records(2025, 3, seed=2)
    st[1]["PERSON_FODSELSNR"] = kvp[0]["PERSON_FODSELSNR"]  # the same person in both files
    a = write_kostra(tmp_path / "k.dat", "11CF", 2025, kvp)
    b = write_kostra(tmp_path / "f.dat", "11F", 2025, st)
    p1, p2 = Pseudonymiser(KEY), Pseudonymiser(b"another key of 32 bytes........")
    k1, f1 = read_kostra(a, pseudonymiser=p1), read_kostra(b, pseudonymiser=p1)
    assert k1.frame["person_pseudonym"][0] == f1.frame["person_pseudonym"][1]
    assert k1.frame["person_pseudonym"].n_unique() == 3
    assert read_kostra(a, pseudonymiser=p1).frame["person_pseudonym"].to_list() == k1.frame["person_pseudonym"].to_list()
    k2 = read_kostra(a, pseudonymiser=p2)
    assert set(k2.frame["person_pseudonym"].to_list()).isdisjoint(k1.frame["person_pseudonym"].to_list())


def test_11f_duf_only_gets_a_pseudonym(tmp_path, p):
    recs = stonad_records(2025, 1, seed=1)
    recs[0]["PERSON_FODSELSNR"] = None
    recs[0]["PERSON_DUF"] = "201912345678"
    t = read_kostra(write_kostra(tmp_path / "f.dat", "11F", 2025, recs), pseudonymiser=p)
    assert t.frame["person_pseudonym"].to_list() == [p.pseudonym("201912345678")]
    assert "201912345678" not in t.frame.write_csv()


def _everything(table) -> str:
    frame = table.frame.with_columns(pl.col(pl.Date).cast(pl.Utf8))
    return "\n".join([
        frame.write_csv(),
        json.dumps(frame.to_dicts(), default=str),
        json.dumps([i.to_json() for i in table.issues], ensure_ascii=False),
        json.dumps([s.to_json() for s in table.sources]),
        "\n".join(map(str, table.notes)),
        repr(table),
    ])


def test_identity_numbers_appear_nowhere(tmp_path, p):
    lay = LAYOUTS[("11CF", 2025)]
    recs = kvp_records(2025, 5, seed=31)
    numbers = [r["PERSON_FODSELSNR"] for r in recs]
    lines = [format_record(lay, r) for r in recs]
    lines[1] = lines[1][:20] + lines[1][23:]  # 3 characters lost: the number is shifted into other fields
    lines[2] = set_field(lay, lines[2], "REG_DATO", numbers[2][:8])  # digits of the number in a date field
    lines[3] = set_field(lay, lines[3], "PERSON_FODSELSNR", numbers[3][:10] + "x")  # not valid
    t = read_kostra(_write(tmp_path, "k.dat", lines), pseudonymiser=p)
    assert t.frame.height == 5
    assert (3, "REG_DATO", "ugyldig dato '••••••••' (forventet ddMMyyyy)") in _issues(t)
    assert (4, "PERSON_FODSELSNR", "ugyldig fødselsnummer (ikke 11 sifre med riktige kontrollsifre)") in _issues(t)
    assert (2, "BEGYNT_DATO") in {(i.row, i.column) for i in t.issues}
    text = _everything(t)
    for n in numbers:
        assert n not in text
        assert n[:9] not in text
        assert n[2:10] not in text


def test_identity_number_shifted_into_the_journal_number_stops_without_showing_it(tmp_path, p):
    lay = LAYOUTS[("11CF", 2025)]
    recs = kvp_records(2025, 3, seed=31)
    lines = [format_record(lay, r) for r in recs]
    lines[1] = lines[1][:16] + lines[1][22:]  # 6 characters lost: the number moves into PERSON_JOURNALNR
    with pytest.raises(InputError) as err:
        read_kostra(_write(tmp_path, "k.dat", lines), pseudonymiser=p)
    assert (err.value.row, err.value.column) == (2, "PERSON_JOURNALNR")
    assert "fødselsnummer" in str(err.value)
    number = recs[1]["PERSON_FODSELSNR"]
    assert number[:6] not in str(err.value) and number[:6] not in repr(err.value)


def test_duplicate_journal_number_stops(tmp_path, p):
    recs = stonad_records(2025, 3, seed=1)
    recs[2]["PERSON_JOURNALNR"] = recs[0]["PERSON_JOURNALNR"]
    with pytest.raises(InputError) as err:
        read_kostra(write_kostra(tmp_path / "f.dat", "11F", 2025, recs), pseudonymiser=p)
    assert (err.value.row, err.value.column) == (3, "PERSON_JOURNALNR")
    assert "linje 1 og 3" in str(err.value)


def test_internal_error_message_has_no_identity_number(tmp_path, monkeypatch):
    recs = kvp_records(2025, 1, seed=1)
    number = recs[0]["PERSON_FODSELSNR"]
    path = write_kostra(tmp_path / "k.dat", "11CF", 2025, recs)

    class Broken(Pseudonymiser):
        def pseudonym(self, value):
            raise ValueError(f"cannot handle {value}")

    with pytest.raises(RuntimeError) as err:
        read_kostra(path, pseudonymiser=Broken(KEY))
    assert number not in str(err.value) and number not in repr(err.value)
    assert "linje 1" in str(err.value)
    assert err.value.__cause__ is None and err.value.__suppress_context__


def test_input_error_masks_identity_number_value(tmp_path, p):
    lay = LAYOUTS[("11CF", 2025)]
    recs = kvp_records(2025, 1, seed=1)
    line = set_field(lay, format_record(lay, recs[0]), "VERSION", "2x")
    with pytest.raises(InputError) as err:
        read_kostra(_write(tmp_path, "k.dat", [line]), pseudonymiser=p)
    assert recs[0]["PERSON_FODSELSNR"] not in str(err.value)
    assert err.value.column == "VERSION"


# ---------------------------------------------------------------------------------------
# Robustness: any damage to a record is an issue or an InputError, never a crash or a leak
# ---------------------------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_GOOD = {year: kvp_records(year, 2, seed=40 + year) for year in (2024, 2025)}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    year=st.sampled_from([2024, 2025]),
    start=st.integers(0, 151),
    cut=st.integers(0, 12),
    junk=st.text(alphabet="0123456789 xø²-٣\t", max_size=14),
)
def test_damaged_records_never_crash_or_leak(tmp_path, year, start, cut, junk):
    recs = _GOOD[year]
    lay = LAYOUTS[("11CF", year)]
    lines = [format_record(lay, r) for r in recs]
    lines[1] = lines[1][:start] + junk + lines[1][start + cut :]
    path = _write(tmp_path, f"h{year}.dat", lines, encoding="utf-8")
    try:
        t = read_kostra(path, pseudonymiser=Pseudonymiser(KEY))
    except InputError as exc:
        text = str(exc) + repr(exc)
    else:
        assert t.frame.height == 2 and t.frame["__row"].to_list() == [1, 2]
        assert t.frame.row(0, named=True)["case_id"] == recs[0]["PERSON_JOURNALNR"]
        text = _everything(t)
    for r in recs:
        assert r["PERSON_FODSELSNR"] not in text


# ---------------------------------------------------------------------------------------
# Several files: a KOSTRA 11CF file joined with a review workbook on case_id
# ---------------------------------------------------------------------------------------


def test_kostra_joined_with_review_file(tmp_path, monkeypatch):
    from audit.inputs import load_inputs

    monkeypatch.setenv("NAV_AUDIT_PSEUDONYM_KEY", KEY.hex())
    recs = kvp_records(2025, 3, seed=8)
    kostra = write_kostra(tmp_path / "kvp_2025.dat", "11CF", 2025, recs)
    review = tmp_path / "gjennomgang.csv"
    jnr = [r["PERSON_JOURNALNR"] for r in recs]
    review.write_text(f"case_id;ground_age;decision_date\n{jnr[0]};ja;\n{jnr[2]};nei;{recs[2]['VEDTAK_DATO']}\n",
                      encoding="utf-8")
    t = load_inputs([kostra, review], "kvp")
    f = t.frame.sort("case_id")
    assert f["case_id"].to_list() == jnr
    assert f["ground_age"].to_list() == [True, None, False]
    assert f["decision_date"].to_list() == [r["VEDTAK_DATO"] for r in recs]
    assert f["person_pseudonym"].to_list() == [Pseudonymiser(KEY).pseudonym(r["PERSON_FODSELSNR"]) for r in recs]
    assert [s.format for s in t.sources] == ["kostra", "csv"]
    other = recs[2]["VEDTAK_DATO"] + dt.timedelta(days=1)
    review.write_text(f"case_id;decision_date\n{jnr[2]};{other}\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_inputs([kostra, review], "kvp")
    assert err.value.column == "decision_date" and jnr[2] in str(err.value)


@pytest.mark.parametrize("year", [2025, 2026])
def test_11f_blank_district_outside_oslo_is_no_input_issue(tmp_path, year):
    """BYDELSNR is mandatory in the 11F descriptions from 2025, but SSB's control 03 wants it
    blank outside Oslo: a blank there is right, not a value that could not be read."""
    from click.testing import CliRunner

    from audit.cli import main
    from tests.kostra_records import base_11f, fnr, record

    base = {**base_11f(year), "KOMMUNE_NR": "5001", "BYDELSNR": ""}
    lines = [record("11F", year, {**base, "PERSON_JOURNALNR": f"J{i:07d}"}, person=fnr(15, 6, 1990, 100 + 3 * i))
             for i in range(3)]
    lines.append(record("11F", year, {**base, "KOMMUNE_NR": "0301", "PERSON_JOURNALNR": "J0000009"},
                        person=fnr(1, 2, 1980, 100)))
    path = _write(tmp_path, "f.dat", lines)
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["run", str(path), "--suite", "stonad", "--out", str(out), "--format", "none",
                                  "--no-history", "--as-of", "2026-03-01"])
    assert r.exit_code == 0, r.output
    issues = json.loads((out / "results.json").read_text(encoding="utf-8"))["input_issues"]
    # only Oslo's record, whose district is missing, is named
    assert [(i["row"], i["column"]) for i in issues] == [(4, "BYDELSNR")]


@pytest.mark.parametrize("form,year", [("11CF", 2025), ("11F", 2024)])
def test_blanks_after_every_record_are_read_as_too_long_lines(tmp_path, form, year):
    """Every line padded with blanks (an export to a wider width, an editor): the form and
    year still come from the records; SSB's programme fails control 001 on every line, and
    read_kostra names each line's length instead of refusing the whole file."""
    from click.testing import CliRunner

    from audit.cli import main
    from tests.kostra_records import base_11cf, base_11f, fnr, record

    base = base_11cf(year) if form == "11CF" else base_11f(year)
    lines = [record(form, year, {**base, "PERSON_JOURNALNR": f"J{i:07d}"}, person=fnr(15, 6, 1990, 100 + 3 * i)) + "   "
             for i in range(3)]
    path = _write(tmp_path, "f.dat", lines)
    length = len(lines[0])
    suite = "kvp" if form == "11CF" else "stonad"
    r = CliRunner().invoke(main, ["run", str(path), "--suite", suite, "--out", str(tmp_path / "a"), "--format", "none",
                                  "--no-history", "--as-of", "2026-03-01"])
    assert r.exit_code == 0, r.output
    issues = json.loads((tmp_path / "a" / "results.json").read_text(encoding="utf-8"))["input_issues"]
    assert [i["row"] for i in issues] == [1, 2, 3]
    assert all(f"{length} tegn" in i["message"] for i in issues)
    r = CliRunner().invoke(main, ["run", str(path), "--suite", "kostra", "--out", str(tmp_path / "b"), "--format", "none",
                                  "--no-history", "--as-of", "2026-03-01"])
    assert r.exit_code == 0, r.output
    res = json.loads((tmp_path / "b" / "results.json").read_text(encoding="utf-8"))
    assert res["run"]["kostra"]["form"] == form and res["run"]["kostra"]["year"] == year
    assert res["run"]["kostra"]["stopped_lines"] == [1, 2, 3]
    cases = next(c for c in res["checks"] if c["id"] == f"kostra.{form.lower()}.001")["cases"]
    assert [k["facts"]["record_length"] for k in cases] == [length] * 3


def test_a_tab_in_a_record_is_named_where_it_stands(tmp_path):
    """An editor that turned blanks into a tab: the record is short and its fields after the
    tab shifted. The issue says so at the tab's field and position, before the length."""
    from click.testing import CliRunner

    from audit.cli import main
    from tests.kostra_records import base_11cf, fnr, record

    base = base_11cf(2025)
    lines = [record("11CF", 2025, {**base, "PERSON_JOURNALNR": f"J{i:07d}"}, person=fnr(15, 6, 1990, 100 + 3 * i))
             for i in range(2)]
    lay = LAYOUTS[("11CF", 2025)]
    fd = lay.field("SAKSBEHANDLER")
    lines[1] = lines[1][:fd.start + 2] + "\t" + lines[1][fd.start + 2 + 7:]  # 'S01' then 7 blanks -> a tab
    path = _write(tmp_path, "k.dat", lines)
    r = CliRunner().invoke(main, ["run", str(path), "--suite", "kvp", "--out", str(tmp_path / "out"), "--format", "none",
                                  "--no-history", "--as-of", "2026-03-01"])
    assert r.exit_code == 0, r.output
    issues = json.loads((tmp_path / "out" / "results.json").read_text(encoding="utf-8"))["input_issues"]
    assert (issues[0]["row"], issues[0]["column"]) == (2, "SAKSBEHANDLER")
    assert f"tabulator i posisjon {fd.start + 3}" in issues[0]["message"]


def test_an_11f_file_run_as_kvp_says_which_form_and_which_suite(tmp_path):
    """The default suite is kvp; an 11F file given to it stops (exit 2) naming the file's form
    and the suite that reads it."""
    from click.testing import CliRunner

    from audit.cli import main
    from tests.kostra_records import base_11f, fnr, record

    path = _write(tmp_path, "f.dat", [record("11F", 2025, {**base_11f(2025), "PERSON_JOURNALNR": "J0000001"},
                                             person=fnr(15, 6, 1990, 100))])
    r = CliRunner().invoke(main, ["run", str(path), "--out", str(tmp_path / "out"), "--format", "none",
                                  "--no-history", "--as-of", "2026-03-01"])
    assert r.exit_code == 2, r.output
    assert "11F" in r.output and "--suite stonad" in r.output and "--suite kostra" in r.output


def test_identity_numbers_in_saksbehandler_are_named_by_the_kostra_field(tmp_path):
    """The kvp suite stops on identity numbers in a field other than the identity field, naming
    the file's own field (SAKSBEHANDLER), not nav-audit's canonical column, and never the value."""
    from click.testing import CliRunner

    from audit.cli import main
    from tests.kostra_records import base_11cf, fnr, record

    person = fnr(3, 4, 1985, 200)
    lines = [record("11CF", 2025, {**base_11cf(2025), "PERSON_JOURNALNR": "J0000001"}, person=fnr(15, 6, 1990, 100)),
             record("11CF", 2025, {**base_11cf(2025), "PERSON_JOURNALNR": "J0000002", "SAKSBEHANDLER": person[1:]},
                    person=person)]
    path = _write(tmp_path, "k.dat", lines)
    r = CliRunner().invoke(main, ["run", str(path), "--suite", "kvp", "--out", str(tmp_path / "out"), "--format", "none",
                                  "--no-history", "--as-of", "2026-03-01"])
    assert r.exit_code == 2, r.output
    assert "rad 2, kolonne «SAKSBEHANDLER»" in r.output and "caseworker" not in r.output
    assert person[1:7] not in r.output
