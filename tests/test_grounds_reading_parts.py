"""nav-audit grounds: a letter split over two or more files («K-0042 del 1.pdf», «K-0042 del 2.pdf») is read as one
letter, its parts in order, with a note naming the files; a missing part is a note; two letters with one key that
are not marked as parts still stop the command; copies are read once."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.grounds.parts import part_of
from tests.grounds_letters import (FNR, GROUNDS, _by_key, _docx, _ground_values, _grounds, _letter, _p, _pdf_doc,
                                   _placed, _shows)

# the hand-written letter cut after its age paragraph: part 1 holds the «Saksnr.» line, part 2 does not
_CUT = "Arbeidsevnen din er vesentlig nedsatt"


def _halves(key: str = "K-0042") -> tuple[str, str]:
    text = _letter(key)
    i = text.index(_CUT)
    return text[:i], text[i:]


def _whole(tmp_path, key: str = "K-0042") -> dict:
    """The row of the letter in one file: what the parts must give."""
    folder = tmp_path / "hel"
    folder.mkdir()
    (folder / "hel.txt").write_text(_letter(key), encoding="utf-8")
    assert _grounds(folder, "--out", tmp_path / "hel.csv").exit_code == 0
    return _by_key(tmp_path / "hel.csv")[key]


def test_a_letter_in_two_files_is_one_letter_with_paragraph_numbers_running_through_its_parts(tmp_path):
    folder = tmp_path / "brev"
    folder.mkdir()
    first, second = _halves()
    (folder / "K-0042 del 1.txt").write_text(first, encoding="utf-8")
    (folder / "K-0042 del 2.txt").write_text(second, encoding="utf-8")
    (folder / "K-1.txt").write_text(_letter("K-1"), encoding="utf-8")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert sorted(rows) == ["K-0042", "K-1"], rows  # not a row «K-0042 del 2» judged without the first part
    row = rows["K-0042"]
    whole = _whole(tmp_path)
    assert _ground_values(row) == ["ja"] * 5
    assert [row[c + "_evidence"] for c in GROUNDS] == [whole[c + "_evidence"] for c in GROUNDS]
    assert row["letter"] == "K-0042 del 1.txt + K-0042 del 2.txt"
    assert "Merk: K-0042 del 1.txt, K-0042 del 2.txt er lest som ett brev i 2 deler, i den rekkefølgen." in r.output
    assert "Leste 2 brev: 2 vurdert" in r.output
    r = _grounds(folder, "--out", out, "--overwrite", lang="en")
    assert "Note: K-0042 del 1.txt, K-0042 del 2.txt were read as one letter in 2 parts, in that order." in r.output


@pytest.mark.parametrize("names", [("K-0042 side 1.txt", "K-0042 side 2.txt"), ("K-0042_1.txt", "K-0042_2.txt"),
                                   ("K-0042 (1 av 2).txt", "K-0042 (2 av 2).txt"), ("K-0042 s1.txt", "K-0042 s2.txt"),
                                   ("K-0042-del-1.txt", "K-0042-Del-2.txt"), ("K-0042 del 1 av 2.txt", "K-0042 del 2 av 2.txt"),
                                   ("K-0042 part 1 of 2.txt", "K-0042 part 2 of 2.txt")])
def test_every_declared_part_marker_joins_the_parts(tmp_path, names):
    folder = tmp_path / "brev"
    folder.mkdir()
    first, second = _halves()
    # part 2 first on disk and in the folder's order: read in the parts' order all the same
    (folder / names[1]).write_text(second, encoding="utf-8")
    (folder / names[0]).write_text(first, encoding="utf-8")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert list(rows) == ["K-0042"] and _ground_values(rows["K-0042"]) == ["ja"] * 5, rows
    assert rows["K-0042"]["letter"] == f"{names[0]} + {names[1]}"


def test_the_part_markers_are_declared_in_one_place():
    assert part_of(Path("K-0042 del 2.pdf")).number == 2
    for name, base, n, total in (("K-0042 del 1.pdf", "K-0042", 1, None), ("Vedtak K-7 side 2 av 3.docx", "Vedtak K-7", 2, 3),
                                 ("K-0042 (1 av 2).pdf", "K-0042", 1, 2), ("K-0042_2.odt", "K-0042", 2, None),
                                 ("K-0042 s1.pdf", "K-0042", 1, None), ("K-0042 del 2 (1).pdf", "K-0042", 2, None)):
        p = part_of(Path(name))
        assert (p.base, p.number, p.total) == (base, n, total), name
    # no part: a key's own digits, a copy's mark, a number over its total, a marker without a name before it
    for name in ("K-0042.pdf", "2024_117.pdf", "K-1 (1).pdf", "K-0042 del 3 av 2.pdf", "del 1.pdf", "K_12.pdf"):
        assert part_of(Path(name)) is None, name


def test_parts_in_different_formats_with_a_header_in_each_count_its_identity_number_once(tmp_path):
    # a letter printed in two PDFs with the same running header, and one saved as two Word files with the same
    # header and footer: what both parts repeat is the letter's one header, not two
    folder = tmp_path / "brev"
    folder.mkdir()
    first, second = _halves("x")
    body1 = [p.replace("\n", " ") for p in first.split("\n\n") if p.strip() and not p.startswith("Saksnr")]
    body2 = [p.replace("\n", " ") for p in second.split("\n\n") if p.strip()]
    _docx(folder / "brev del 1.docx", "".join(_p(p) for p in body1),
          {"header1": _p("Saksnr.: K-7"), "footer1": _p(f"Fødselsnr. {FNR}")})
    _docx(folder / "brev del 2.docx", "".join(_p(p) for p in body2),
          {"header1": _p("Saksnr.: K-7"), "footer1": _p(f"Fødselsnr. {FNR}")})
    head = [(56, 810, f"Saksnr.: K-8   Gjelder {FNR}")]
    (folder / "K-8 (1 av 2).pdf").write_bytes(_pdf_doc([head + _placed(body1, top=780)]))
    _docx(folder / "K-8 (2 av 2).docx", "".join(_p(p) for p in body2), {"footer1": _p(f"Fødselsnr. {FNR}")})
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert sorted(rows) == ["K-7", "K-8"], rows
    assert _ground_values(rows["K-7"]) == _ground_values(rows["K-8"]) == ["ja"] * 5
    assert rows["K-7"]["identity_numbers"] == "1"
    assert rows["K-8"]["identity_numbers"] == "2"  # the PDF's header and the Word file's footer
    assert "Merk: brev del 1.docx + brev del 2.docx inneholder 1 fødselsnummer" in r.output
    assert not _shows(FNR, r.output + out.read_text(encoding="utf-8-sig"))


def test_a_missing_part_is_a_note(tmp_path):
    folder = tmp_path / "brev"
    folder.mkdir()
    first, second = _halves()
    (folder / "K-0042 del 1.txt").write_text(first, encoding="utf-8")
    (folder / "K-0042 del 3.txt").write_text(second, encoding="utf-8")
    (folder / "K-9 (1 av 2).txt").write_text(_letter("K-9"), encoding="utf-8")  # alone: its part 2 is missing
    (folder / "K-11 (1 av 2).txt").write_text(_letter("x", ("Saksnr.: x\n\n", "")), encoding="utf-8")  # key: name
    (folder / "K-10 del 1.txt").write_text(_letter("K-10"), encoding="utf-8")  # alone without a total: no note
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    assert sorted(_by_key(out)) == ["K-0042", "K-10", "K-11", "K-9"]
    assert ("Merk: del 2 av brevet K-0042 del 1.txt + K-0042 del 3.txt mangler; brevet er vurdert uten den"
            in r.output), r.output
    assert "Merk: del 2 av brevet K-9 (1 av 2).txt mangler" in r.output
    assert r.output.count("mangler") == 3
    r = _grounds(folder, "--out", out, "--overwrite", lang="en")
    assert "Note: part 2 of the letter K-0042 del 1.txt + K-0042 del 3.txt is missing" in r.output


def test_two_letters_with_one_key_not_marked_as_parts_still_stop_and_parts_with_two_keys_are_read_apart(tmp_path):
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "K-0042 vedtak.txt").write_text(_letter("K-0042"), encoding="utf-8")
    (folder / "K-0042 endring.txt").write_text(_letter("K-0042", ("34 år", "35 år")), encoding="utf-8")
    r = _grounds(folder, "--out", tmp_path / "g.csv", lang="en")
    assert r.exit_code == 2 and "two letters have the same case key «K-0042»" in r.output
    # names marked as parts whose letters give two different keys are two letters, each its own row
    other = tmp_path / "andre"
    other.mkdir()
    (other / "vedtak_1.txt").write_text(_letter("K-1"), encoding="utf-8")
    (other / "vedtak_2.txt").write_text(_letter("K-2"), encoding="utf-8")
    out = tmp_path / "grounds.csv"
    r = _grounds(other, "--out", out)
    assert r.exit_code == 0, r.output
    assert sorted(_by_key(out)) == ["K-1", "K-2"] and "ett brev" not in r.output
    # two different files for one part: no parts, and one key twice stops as before
    (folder / "K-0042 vedtak.txt").rename(folder / "K-0042 del 1.txt")
    (folder / "K-0042 endring.txt").rename(folder / "K-0042 (del 1).txt")
    r = _grounds(folder, "--out", tmp_path / "g.csv", lang="en")
    assert r.exit_code == 2 and "two letters have the same case key «K-0042»" in r.output


def test_a_copy_of_a_part_is_read_once(tmp_path):
    folder = tmp_path / "brev"
    folder.mkdir()
    first, second = _halves()
    (folder / "K-0042 del 1.txt").write_text(first, encoding="utf-8")
    (folder / "K-0042 del 2.txt").write_text(second, encoding="utf-8")
    (folder / "K-0042 del 2 (1).txt").write_text(second, encoding="utf-8")  # downloaded twice
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert list(rows) == ["K-0042"] and _ground_values(rows["K-0042"]) == ["ja"] * 5
    assert rows["K-0042"]["letter"] == "K-0042 del 1.txt + K-0042 del 2.txt"
    assert "Merk: K-0042 del 2 (1).txt er en kopi av K-0042 del 2.txt (samme innhold) og er lest én gang." in r.output


def test_a_paragraph_cut_by_the_end_of_a_part_is_one_paragraph_and_an_unreadable_part_makes_the_letter_unreadable(
        tmp_path):
    folder = tmp_path / "brev"
    folder.mkdir()
    text = _letter("K-0042")
    cut = text.index("derfor i yrkesaktiv alder")  # «Du er 34 år gammel og er | derfor i yrkesaktiv alder.»
    (folder / "K-0042 del 1.txt").write_text(text[:cut], encoding="utf-8")
    (folder / "K-0042 del 2.txt").write_text(text[cut:], encoding="utf-8")
    (folder / "K-5 del 1.txt").write_text(_letter("K-5"), encoding="utf-8")
    (folder / "K-5 del 2.txt").write_bytes(b"")  # an empty second part: the letter is not judged on half of it
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    whole = _whole(tmp_path)
    assert [rows["K-0042"][c + "_evidence"] for c in GROUNDS] == [whole[c + "_evidence"] for c in GROUNDS]
    assert _ground_values(rows["K-5"]) == [""] * 5 and rows["K-5"]["letter_problem"] == "filen har ingen tekst"
    assert "K-5 del 1.txt + K-5 del 2.txt kunne ikke leses (filen har ingen tekst)" in r.output


def test_identity_numbers_in_the_parts_names_are_counted_and_never_shown(tmp_path):
    folder = tmp_path / "brev"
    folder.mkdir()
    first, second = _halves()
    (folder / f"brev {FNR} del 1.txt").write_text(first, encoding="utf-8")
    (folder / f"brev {FNR} del 2.txt").write_text(second, encoding="utf-8")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    row = _by_key(out)["K-0042"]  # the key from the first part's «Saksnr.» line, not from the names
    assert row["identity_numbers"] == "2" and _ground_values(row) == ["ja"] * 5
    assert "er lest som ett brev i 2 deler" in r.output and "inneholder 2 fødselsnummer" in r.output
    assert not _shows(FNR, r.output + out.read_text(encoding="utf-8-sig"))
