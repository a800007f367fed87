"""A KOSTRA journal number that holds the person: the fnr typed as the journal number (its first
eight digits), or the birth date in any form. The key becomes a keyed pseudonym of it in every
output of every suite (results.json, workbook, page, review sheet, history), with an input issue
naming file, line and field, never the value; the review sheet still joins on it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.pseudonym import ENV_KEY, ENV_KEY_FILE, Pseudonymiser
from tests.helpers import folder_texts
from tests.kostra_records import base_11cf, base_11f, fnr, record

KEY = bytes(range(32))


@pytest.fixture(autouse=True)
def key(monkeypatch, tmp_path):
    monkeypatch.delenv(ENV_KEY_FILE, raising=False)
    monkeypatch.setenv(ENV_KEY, KEY.hex())
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def cli(*args) -> object:
    r = CliRunner().invoke(main, [str(a) for a in args])
    assert r.exit_code == 0, r.output
    assert "Traceback" not in r.output
    return r


def _file(tmp_path: Path, form: str, year: int) -> tuple[Path, dict[str, str], list[str]]:
    """Records whose journal numbers hold their person: line -> journal number; the digits to grep."""
    base = base_11cf(year) if form == "11CF" else base_11f(year)
    people = [fnr(15, 6, 1990, 100), fnr(3, 4, 1985, 200), fnr(21, 11, 1977, 300), fnr(9, 9, 1999, 400),
              fnr(1, 2, 1960, 150)]
    birth8 = ["15061990", "03041985", "21111977", "09091999", "01021960"]
    journals = [people[0][:8],  # the fnr's first eight digits
                birth8[1],  # ddmmyyyy
                "19771121",  # yyyymmdd
                "09.09.99",  # ddmmyy with dots
                "J0000005"]  # an ordinary journal number
    lines, expect = [], {}
    for i, (person, journal) in enumerate(zip(people, journals), start=1):
        # a case found for every record: 11CF status 3 without an end date, 11F an unknown KJONN
        values = {**base, "PERSON_JOURNALNR": journal, **({"STATUS": "3"} if form == "11CF" else {"KJONN": "9"})}
        if year >= 2025:
            values["FODSELSDATO"] = birth8[i - 1]
        lines.append(record(form, year, values, person=person))
        expect[str(i)] = journal
    path = tmp_path / f"k_{form}_{year}.dat"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("latin-1"))
    grep = [j for j in journals[:4]] + [j.replace(".", "") for j in journals[:4]] + [p[:6] for p in people[:4]]
    return path, expect, grep


def _no_digits(texts: list[tuple[str, str]], grep: list[str]) -> None:
    for where, text in texts:
        for g in grep:
            assert g not in text, f"{g[:2]}… in {where}"


@pytest.mark.parametrize("form,suite,year", [("11CF", "kvp", 2025), ("11CF", "kvp", 2024), ("11F", "stonad", 2026),
                                             ("11CF", "kostra", 2025), ("11F", "kostra", 2024)])
def test_a_journal_number_holding_the_person_becomes_a_pseudonym_everywhere(tmp_path, form, suite, year):
    path, journals, grep = _file(tmp_path, form, year)
    out = tmp_path / "out"
    r = cli("run", path, "--suite", suite, "--out", out, "--as-of", f"{year + 1}-03-01",
            "--history", tmp_path / "h.sqlite")
    _no_digits(folder_texts(out) + [("stdout", r.output)], grep)
    con = sqlite3.connect(tmp_path / "h.sqlite")
    history = "\n".join(con.iterdump())
    con.close()
    _no_digits([("history", history)], grep)
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    p = Pseudonymiser(KEY)
    expected_keys = {p.pseudonym(j) for n, j in journals.items() if n != "5"}
    keys = {c["key"] for check in results["checks"] for c in check["cases"]}
    assert keys & expected_keys, keys  # the pseudonyms are the keys of the cases found
    assert not {c for c in keys if c.startswith("(linje")}
    issues = [(i["file"], i["row"], i["column"]) for i in results["input_issues"] if "pseudonym" in i["message"]]
    assert issues == [(str(path), n, "PERSON_JOURNALNR") for n in (1, 2, 3, 4)]
    assert "J0000005" in {c["key"] for check in results["checks"] for c in check["cases"]} or suite == "stonad"


def test_every_suite_and_the_review_sheet_use_the_same_pseudonym(tmp_path):
    """kvp and kostra give the same key for the same journal number, the review sheet is written
    with it and joins back when the file is run with the sheet."""
    path, journals, grep = _file(tmp_path, "11CF", 2025)
    for suite in ("kvp", "kostra"):
        cli("run", path, "--suite", suite, "--out", tmp_path / suite, "--as-of", "2026-03-01", "--no-history",
            "--format", "none")
    keys = {s: {c["key"] for ch in json.loads((tmp_path / s / "results.json").read_text(encoding="utf-8"))["checks"]
                for c in ch["cases"]} for s in ("kvp", "kostra")}
    wanted = Pseudonymiser(KEY).pseudonym(journals["1"])
    assert wanted in keys["kvp"] and wanted in keys["kostra"]
    sheet = tmp_path / "rev" / "gjennomgang.xlsx"
    sheet.parent.mkdir()
    cli("review-sheet", path, "--keys", f"{wanted},J0000005", "--out", sheet)
    _no_digits(folder_texts(sheet.parent), grep)
    assert any(wanted in text for _, text in folder_texts(sheet.parent))
    r = cli("run", path, sheet, "--out", tmp_path / "joined", "--as-of", "2026-03-01", "--no-history",
            "--format", "none")
    results = json.loads((tmp_path / "joined" / "results.json").read_text(encoding="utf-8"))
    assert not [i for i in results["input_issues"] if i["file"].endswith(".xlsx")], results["input_issues"]
    _no_digits([("stdout", r.output)] + folder_texts(tmp_path / "joined"), grep)


def test_an_ordinary_journal_number_is_kept():
    from audit.kostra.own_digits import OwnDigits
    import datetime as dt

    person = fnr(15, 6, 1990, 100)
    own = OwnDigits.of([person], [dt.date(1990, 6, 15)])
    assert not own.in_key("J0000005") and not own.in_key("12345678") and not own.in_key("")
    assert own.in_key(person[:8]) and own.in_key("P" + person[2:9]) and own.in_key("15.06.90")
    assert own.in_key("19900615") and own.in_key("900615-1") and own.in_key("15061990")
    assert not OwnDigits.of([], []).in_key("15061990")
