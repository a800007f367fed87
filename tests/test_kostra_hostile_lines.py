"""Hostile KOSTRA files through the readers: each a problem found by fresh eyes (December 2026)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from audit.cli import main
from audit.privacy import is_identity_number
from tests.kostra_records import base_11cf, fnr, record


def _straddling_journal(person: str) -> str:
    """A numeric journal number that, written just before ``person``'s number (as the layout puts
    them), makes an 11-digit window over both that is a valid identity number by chance."""
    for n in range(10_000_000, 10_100_000):
        joined = f"{n}{person}"
        if any(is_identity_number(joined[k:k + 11]) for k in range(3)):
            return str(n)
    raise AssertionError("none found")


def test_a_short_line_whose_journal_number_and_fnr_make_a_chance_number_is_still_read(tmp_path):
    """An editor strips the trailing blanks of a record edited by hand, so it is short. A numeric journal number followed
    by the fødselsnummer can hold, by chance (about 1 in 100), an 11-digit window with valid check
    digits over both: read as an identity number 'found in the line', it made the journal number
    'part of an identity number' and stopped the run (no key), though the fields are not shifted.
    Where the identity number stands in its place, such a journal number is now keyed by its
    pseudonym (nothing of it shown, in case it does hold the number) and the run goes on."""
    person = fnr(15, 6, 1990, 100)
    journal = _straddling_journal(person)
    lines = [record("11CF", 2025, {**base_11cf(2025), "PERSON_JOURNALNR": "J0000001"}, person=fnr(3, 4, 1985, 200)),
             record("11CF", 2025, {**base_11cf(2025), "PERSON_JOURNALNR": journal}, person=person).rstrip(),
             record("11CF", 2025, {**base_11cf(2025), "PERSON_JOURNALNR": "J0000003"}, person=fnr(9, 9, 1999, 400))]
    path = tmp_path / "k.dat"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("latin-1"))
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["run", str(path), "--suite", "kvp", "--out", str(out), "--format", "none",
                                  "--no-history", "--as-of", "2026-03-01"])
    assert r.exit_code == 0, r.output
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    issues = [(i["row"], i["column"], i["message"]) for i in results["input_issues"]]
    assert [i[:2] for i in issues if i[0] == 2] == [(2, "SAKSBEHANDLER"), (2, "PERSON_JOURNALNR")], issues
    assert "feil postlengde" in issues[0][2] and "pseudonym" in issues[1][2]
    assert journal not in r.output + (out / "results.json").read_text(encoding="utf-8")
    assert person[:6] not in r.output + (out / "results.json").read_text(encoding="utf-8")


def test_carried_fields_are_trimmed_as_python_trims():
    """The carried fields are cut and trimmed in polars (audit/kostra/columns.py) with exactly the
    characters Python's str.strip() strips, so the frame is what the per-record reading gave."""
    import sys

    from audit.kostra.columns import WHITESPACE

    assert sorted(WHITESPACE) == [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()]
