"""``nav-audit grounds``: the reading path's guards — a --key-pattern that would hang the command or cannot
give a key, PDF page furniture (running headers and footers, page numbers), PDF form fields (AcroForm).
Every test drives the CLI on letters built by hand (tests/grounds_letters.py)."""

from __future__ import annotations

from tests.grounds_letters import FNR, _by_key, _grounds, _letter, _rows, _shows


# --------------------------------------------------------------------------- --key-pattern


def test_a_key_pattern_that_backtracks_without_end_stops_the_command_instead_of_hanging_it(tmp_path):
    # «(a+)+$» on a line of «a» ending in «!» backtracks without end (Python's re: hours): the command hung
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "K-1.txt").write_text(_letter("K-1", ("Med vennlig hilsen", "a" * 5000 + "!\n\nMed vennlig hilsen")),
                                    encoding="utf-8")
    (folder / "K-2.txt").write_text(_letter("K-2"), encoding="utf-8")
    out = tmp_path / "grounds.csv"
    for lang, words in (("nb", "brukte mer enn 1 sekund på ett brev"), ("en", "took more than 1 second on one letter")):
        r = _grounds(folder, "--out", out, "--key-pattern", "(a+)+$", lang=lang)
        assert r.exit_code == 2, r.output
        assert f"--key-pattern «(a+)+$» {words}" in r.output and "K-1.txt" in r.output and "Traceback" not in r.output
    assert not out.exists()
    # a pattern that works is not touched by the limit
    r = _grounds(folder, "--out", out, "--key-pattern", r"Saksnr\.:\s*(?P<key>\S+)")
    assert r.exit_code == 0, r.output
    assert sorted(_by_key(out)) == ["K-1", "K-2"]


def test_a_key_pattern_that_is_invalid_or_has_no_group_stops_the_command_naming_option_and_pattern(tmp_path):
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "K-1.txt").write_text(_letter("K-1"), encoding="utf-8")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out, "--key-pattern", "[")
    assert r.exit_code == 2 and "--key-pattern «[» er ikke et gyldig regulært uttrykk" in r.output, r.output
    # without a group the label itself was every letter's key: «Saksnr» written to the table
    for pattern in ("Saksnr", r"Saksnr\.:\s*\S+"):
        r = _grounds(folder, "--out", out, "--key-pattern", pattern, lang="en")
        assert r.exit_code == 2, r.output
        assert f"--key-pattern «{pattern}» has no group for the case key" in r.output and "(?P<key>" in r.output
    assert not out.exists()
    r = _grounds(folder, "--out", out, "--key-pattern", r"(K-\d+)")  # the whole key as the group
    assert r.exit_code == 0 and list(_by_key(out)) == ["K-1"]
