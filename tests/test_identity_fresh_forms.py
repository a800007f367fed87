"""Forms of an identity number tried with fresh eyes through every command that reads text, and the ones
that leaked, fixed:

* «ddmmåå» and the five digits with a wider gap than the separators between digit groups: a slash, comma,
  full stop, colon or semicolon with blanks around it, two dashes («010190 / 10046», «f.nr. 010190, 10046»);
  a CSV line's fields «010190;10046».

Found before too, and kept so here: spaces, no-break and thin spaces, fullwidth digits, digits grouped with
dots, «f.nr.» before the number. 01019010046 is a valid number (check digits).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.privacy import contains_identity_number, redact
from tests.helpers import cli

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data" / "kvp"
MAPPING = SAMPLE / "kvp_mapping.yaml"

pytestmark = pytest.mark.usefixtures("fixed_pseudonym_key")

WIDE = ["010190 / 10046", "010190/ 10046", "f.nr. 010190, 10046", "010190,10046", "010190. 10046", "010190: 10046",
        "010190 -- 10046"]
KEPT = ["010190\u00a010046", "010190\u200910046", "０１０１９０１００４６", "01.01.90.10046", "010.190.100.46",
        "f.nr. 01019010046", "0 1 0 1 9 0 1 0 0 4 6"]
ORDINARY = ["123456, 12345", "010190, 10047", "kr 250000, 12500", "010190 / 10047"]


def leaks(text: str) -> bool:
    return "10046" in text


def with_note(tmp_path: Path, note: str, row: int = 3) -> Path:
    lines = (SAMPLE / "kvp_saker.csv").read_text(encoding="utf-8-sig").splitlines()
    lines[row] = lines[row].rstrip(";") + ';"' + note + '"'
    src = tmp_path / "inn" / "saker.csv"
    src.parent.mkdir(exist_ok=True)
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return src


def test_the_detector_finds_the_wider_gaps_and_keeps_the_rest():
    for text in WIDE + KEPT:
        assert contains_identity_number(text) and not leaks(redact(f"x {text} y")), text
    for text in ORDINARY:
        assert not contains_identity_number(text), text


@pytest.mark.parametrize("note", WIDE)
def test_a_wider_gap_in_a_cell_stops_the_run(tmp_path, note):
    src = with_note(tmp_path, note)
    out = tmp_path / "ut"
    r = cli("run", src, "-m", MAPPING, "--as-of", "2025-12-31", "--out", out, "--no-history")
    assert r.exit_code == 2, r.output
    assert "rad 4" in r.output and "«Merknad»" in r.output and not leaks(r.output) and not out.exists()


def test_every_command_finds_a_wider_gap(tmp_path):
    form = WIDE[0]
    src = with_note(tmp_path, f"ring {form}")
    r = cli("map", src, "--check", MAPPING)
    assert "«Merknad»" in r.output and not leaks(r.output), r.output
    for args in (("review-sheet", src, "-m", MAPPING, "--keys", "K-000153", "--out", tmp_path / "gj.xlsx"),
                 ("pseudonymise", src, tmp_path / "kopi.csv", "--column", "Saksbehandler")):
        r = cli(*args)
        assert r.exit_code == 2 and "«Merknad»" in r.output and not leaks(r.output), r.output
    letters = tmp_path / "brev"
    letters.mkdir()
    (letters / "K-000153.txt").write_text(f"Saksnr.: K-000153\n\nSøker (f.nr. {form}) har nedsatt arbeidsevne.\n",
                                          encoding="utf-8")
    r = cli("grounds", letters, "--out", tmp_path / "grunnlag.csv")
    table = (tmp_path / "grunnlag.csv").read_text(encoding="utf-8-sig")
    assert not leaks(r.output) and not leaks(table) and "identity_numbers" in table
    hist = tmp_path / "historikk.sqlite"
    sample = with_note(tmp_path, "")
    assert cli("run", sample, "-m", MAPPING, "--as-of", "2025-12-31", "--out", tmp_path / "k", "--history",
               hist).exit_code == 0
    for args in (("follow-up", "add", "--check", "kvp.start_delay", "--note", f"ring {form}", "--history", hist),
                 ("annual", "--year", 2025, "--history", hist, "--scope", form, "--out", tmp_path / "aar")):
        r = cli(*args)
        assert r.exit_code == 2 and not leaks(r.output), r.output
    assert not (tmp_path / "kopi.csv").exists() and not (tmp_path / "gj.xlsx").exists()
