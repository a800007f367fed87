"""A birth date and the five digits of the personal number near each other in free text: «født 01.01.1990,
pnr 10046». The detector (audit.identity_forms.labelled_spans, and a comma or a parenthesis between the date
and the digits in dated_spans) finds them wherever free text is scanned: export cells (run, map --check,
review-sheet, pseudonymise), decision letters (grounds), a results.json read back. A case date before an
amount («12.03.2024 12500 kr», «12.03.2024, 62500 kr») is not one; false alarms are measured on random texts.

01019010046 is a valid number (the brief's example); the D- and H-numbers are made from the same birth date.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
from pathlib import Path

import pytest

from audit.privacy import check_json_bytes, contains_identity_number, redact
from sample_data.kostra import identity_number
from tests.helpers import cli

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data" / "kvp"
MAPPING = SAMPLE / "kvp_mapping.yaml"
BIRTH = dt.date(1990, 1, 1)
D_FIVE = identity_number(BIRTH, random.Random(1), "d")[6:]
H_FIVE = identity_number(BIRTH, random.Random(1), "h")[6:]

pytestmark = pytest.mark.usefixtures("fixed_pseudonym_key")

LABELLED = ["født 01.01.1990, pnr 10046", "Født 1.1.90 - pers.nr. 10046", "pnr. 10046 (f. 1.1.90)",
            "Personnummer: 10046; fødselsdato 01.01.1990", "f. 010190, personnr 10046", "født 01.01.1990, 10046",
            "født 01.01.1990 (10046)", f"født 01.01.1990, pnr {D_FIVE}", f"født 1990-01-01 personnummer {H_FIVE}"]
ORDINARY = ["Vedtak 12.03.2024 12500 kr", "Vedtak 12.03.2024, 62500 kr", "født 01.01.1990, pnr 10047",
            "saksnr 10046 fra 01.01.1990", "møte 01.01.1990, 10047 kr"]


def digits_of(text: str) -> list[str]:
    return [w.strip(".,;:()") for w in text.split() if w.strip(".,;:()").isdigit() and len(w.strip(".,;:()")) == 5]


def quoted(note: str) -> str:
    return '"' + note.replace('"', '""') + '"'


def with_note(tmp_path: Path, row: int, note: str) -> Path:
    lines = (SAMPLE / "kvp_saker.csv").read_text(encoding="utf-8-sig").splitlines()
    lines[row] = lines[row].rstrip(";") + ";" + quoted(note)
    src = tmp_path / "inn" / "saker.csv"
    src.parent.mkdir(exist_ok=True)
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return src


def test_the_detector_finds_the_labelled_forms_and_not_the_ordinary_ones():
    for text in LABELLED:
        assert contains_identity_number(text), text
        assert not any(d in redact(text) for d in digits_of(text)), text
        assert check_json_bytes(json.dumps({"merknad": text}, ensure_ascii=False).encode("utf-8"))[0] == 1, text
    for text in ORDINARY:
        assert not contains_identity_number(text), text


@pytest.mark.parametrize("note", LABELLED)
def test_free_text_with_a_birth_date_and_a_labelled_personal_number_stops_the_run(tmp_path, note):
    src = with_note(tmp_path, 3, note)
    out = tmp_path / "ut"
    r = cli("run", src, "-m", MAPPING, "--as-of", "2025-12-31", "--out", out, "--no-history")
    assert r.exit_code == 2, r.output
    assert "saker.csv" in r.output and "rad 4" in r.output and "«Merknad»" in r.output
    assert not any(d in r.output for d in digits_of(note)) and not out.exists()


def test_ordinary_notes_with_dates_and_amounts_run(tmp_path):
    lines = (SAMPLE / "kvp_saker.csv").read_text(encoding="utf-8-sig").splitlines()
    empty = [i for i, line in enumerate(lines) if i and line.endswith(";")]  # no note yet
    for i, note in zip(empty, ORDINARY):
        lines[i] = lines[i] + quoted(note)
    src = tmp_path / "saker.csv"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = cli("run", src, "-m", MAPPING, "--as-of", "2025-12-31", "--out", tmp_path / "ut", "--no-history")
    assert r.exit_code == 0, r.output


def test_every_command_that_reads_free_text_finds_it(tmp_path):
    note = LABELLED[0]
    src = with_note(tmp_path, 5, note)
    r = cli("map", src, "--check", MAPPING)
    assert "«Merknad»" in r.output and "10046" not in r.output, r.output
    r = cli("review-sheet", src, "-m", MAPPING, "--keys", "K-000153", "--out", tmp_path / "gj.xlsx")
    assert r.exit_code == 2 and "«Merknad»" in r.output and "10046" not in r.output, r.output
    r = cli("pseudonymise", src, tmp_path / "kopi.csv", "--column", "Saksbehandler")
    assert r.exit_code == 2 and "«Merknad»" in r.output and "10046" not in r.output, r.output
    assert not (tmp_path / "kopi.csv").exists() and not (tmp_path / "gj.xlsx").exists()
    letters = tmp_path / "brev"
    letters.mkdir()
    (letters / "K-000153.txt").write_text("Saksnr.: K-000153\n\nVedtak om kvalifiseringsprogram.\n\n"
                                          f"Søker, {note}, har nedsatt arbeidsevne.\n", encoding="utf-8")
    r = cli("grounds", letters, "--out", tmp_path / "grunnlag.csv")
    assert "10046" not in r.output
    with open(tmp_path / "grunnlag.csv", encoding="utf-8-sig") as fh:
        text = fh.read()
    rows = list(csv.DictReader(text.splitlines(), delimiter=";" if ";" in text.splitlines()[0] else ","))
    assert rows[0]["identity_numbers"] == "1" and "10046" not in text


def test_false_alarms_on_random_notes():
    """Case dates (2015-2025) before amounts, written as caseworkers write them: the individnummer must fit
    the year's century and both check digits hold, so about one note in four hundred is found (at most one
    in a hundred here); birth dates before a random five-digit number separated by a comma, about one in
    two hundred."""
    rng = random.Random(7)
    forms = ["Vedtak {d} {a} kr", "Vedtak {d}, {a} kr", "utbetalt {d} ({a})", "{d}: {a}"]
    n, hits = 4000, 0
    for _ in range(n):
        day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(11 * 365))
        hits += contains_identity_number(rng.choice(forms).format(d=day.strftime("%d.%m.%Y"), a=rng.randrange(10000, 100000)))
    assert hits < n / 100
    births = 0
    for _ in range(n):
        day = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(60 * 365))
        births += contains_identity_number(f"født {day:%d.%m.%Y}, {rng.randrange(100000):05d}")
    assert births < n / 100
