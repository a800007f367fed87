"""Identity numbers never leave (issue 14): plant valid synthetic numbers in every written form and
every place a value, a name or a text can come from, then grep every output — results.json,
rapport.html, rapport.xlsx (every XML part of the zip), the SQLite history file, draft findings (md
and docx), sample and review files, comparison files, stdout and stderr — for every form.

The numbers are synthetic (month + 80, tests.bad_inputs.fnrs), never a real person's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sample_data.kostra import kvp_records, write_kostra
from tests.bad_inputs import fnrs, leak_patterns, written_forms
from tests.helpers import cli, file_texts, folder_texts

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data" / "kvp"
NUMBERS = fnrs(6) + fnrs(3, seed=4, days=range(1, 10))  # the last three start with 0 (zero-dropped forms)


pytestmark = pytest.mark.usefixtures("fixed_pseudonym_key")


def assert_no_leak(texts: list[tuple[str, str]], numbers: list[str] = NUMBERS) -> None:
    patterns = {p for n in numbers for p in leak_patterns(n)}
    for where, text in texts:
        for p in patterns:
            assert p not in text, f"an identity number (form {p[:2]}…) is in {where}"


def _export(tmp_path: Path, column: str = "Fødselsnummer") -> tuple[Path, Path]:
    """The sample KVP export with a column of identity numbers in every written form, and its mapping
    (the column listed under ``pseudonymise``)."""
    lines = (SAMPLE / "kvp_saker.csv").read_text(encoding="utf-8-sig").splitlines()
    forms = [f for n in NUMBERS for f in written_forms(n)]
    out = [lines[0] + f";{column}"] + [line + f";{forms[i % len(forms)]}" for i, line in enumerate(lines[1:])]
    src = tmp_path / "inn" / "saker.csv"
    src.parent.mkdir()
    src.write_text("\n".join(out) + "\n", encoding="utf-8")
    mapping = tmp_path / "inn" / "mapping.yaml"
    mapping.write_text((SAMPLE / "kvp_mapping.yaml").read_text(encoding="utf-8") + f"pseudonymise: [{column}]\n",
                       encoding="utf-8")
    return src, mapping


def test_the_grep_finds_every_form():
    """The harness itself: each planted form is caught, in text and inside a longer string."""
    for n in NUMBERS:
        for form in written_forms(n):
            with pytest.raises(AssertionError):
                assert_no_leak([("x", f"saken gjelder {form}.")], [n])
    assert_no_leak([("x", "K-000153 NAV Lerkendal 2025-12-31 P-0123456789abcdef")])


def test_every_output_of_every_command_is_free_of_planted_numbers(tmp_path):
    src, mapping = _export(tmp_path)
    planted = src.read_text(encoding="utf-8")
    assert all(f in planted for n in NUMBERS for f in written_forms(n))
    out, hist = tmp_path / "ut", tmp_path / "ut" / "historikk.sqlite"
    said = []
    r = cli("run", src, "-m", mapping, "--as-of", "2025-12-31", "--out", out / "kjoring", "--history", hist)
    assert r.exit_code == 0, r.output
    said.append(("run", r.output))
    results = out / "kjoring" / "results.json"
    assert {"results.json", "rapport.xlsx", "rapport.html"} <= {p.name for p in (out / "kjoring").iterdir()}
    for args in (
        ("report", results, "--out", out / "rapport", "--lang", "en"),
        ("findings", results, "--out", out / "funn.md", "--out", out / "funn.docx", "--subject", "NAV Lerkendal"),
        ("findings", results),
        ("sample", src, "-m", mapping, "--total", "20", "--seed", "7", "--out", out / "utvalg.csv"),
        ("sample", src, "-m", mapping, "--total", "20", "--seed", "7", "--out", out / "xlsx" / "utvalg.xlsx"),
        ("review-sheet", src, "-m", mapping, "--sample", out / "utvalg.csv", "--out", out / "gjennomgang.xlsx"),
        ("compare", results, "--by", "office", "--out", out / "sammenligning"),
        ("history", "list", "--history", hist),
    ):
        r = cli(*args)
        assert r.exit_code == 0, (args[0], r.output)
        said.append((args[0], r.output))
    written = folder_texts(out, set())
    assert any(w.startswith("rapport.xlsx:xl/") for w, _ in written) and any("dump" in w for w, _ in written)
    assert_no_leak(written + said)


@pytest.mark.parametrize("form", range(8))
def test_a_column_holding_them_stops_the_run_and_is_never_echoed(tmp_path, form):
    src, mapping = _export(tmp_path, column="Merknad fra saksbehandler")
    mapping.write_text((SAMPLE / "kvp_mapping.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    n = NUMBERS[-1]
    text = src.read_text(encoding="utf-8").replace(";K-000173;", f";{written_forms(n)[form]};", 1)
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "ut"
    for args in (("run", src, "-m", mapping, "--out", out, "--history", tmp_path / "h.sqlite"),
                 ("run", src, "-m", mapping, "--out", out, "--no-history", "--strict"),
                 ("sample", src, "-m", mapping, "--total", "5", "--out", out / "u.csv"),
                 ("review-sheet", src, "-m", mapping, "--keys", "K-000153", "--out", out / "g.xlsx"),
                 ("pseudonymise", src, out / "p.csv", "-c", "Saksnummer")):
        r = cli(*args)
        assert r.exit_code == 2 and "vises ikke" in r.output, (args[0], r.output)
        assert_no_leak([(args[0], r.output)])
    assert not out.exists() and not (tmp_path / "h.sqlite").exists()


@pytest.mark.parametrize("option", ["--scope", "--period"])
def test_options_of_run(tmp_path, option):
    src, mapping = _export(tmp_path)
    n = NUMBERS[0]
    r = cli("run", src, "-m", mapping, option, f"{n[:6]}-{n[6:]}", "--out", tmp_path / "ut", "--no-history")
    assert r.exit_code == 2 and option in r.output
    assert_no_leak([("run", r.output)])
    assert not (tmp_path / "ut").exists()


def test_options_of_other_commands_and_follow_up_fields(tmp_path):
    src, mapping = _export(tmp_path)
    hist = tmp_path / "h.sqlite"
    out = tmp_path / "ut"
    assert cli("run", src, "-m", mapping, "--as-of", "2025-12-31", "--out", out, "--history", hist).exit_code == 0
    before = hist.read_bytes()
    n = NUMBERS[1]
    for form in written_forms(n):
        for args in (("follow-up", "add", "--check", "kvp.start_delay", "--responsible", form, "--history", hist),
                     ("follow-up", "add", "--check", "kvp.start_delay", "--note", f"ring {form}", "--history", hist),
                     ("findings", out / "results.json", "--subject", form),
                     ("compare", out / "results.json", "--label", form, "--out", tmp_path / "cmp"),
                     ("sample", src, "-m", mapping, "--only", f"office={form}", "--total", "1", "--out", tmp_path / "s.csv")):
            r = cli(*args)
            assert r.exit_code == 2 and "vises ikke" in r.output, (args[:2], r.output)
            assert_no_leak([(args[0], r.output)])
    assert hist.read_bytes() == before  # nothing recorded
    assert not (tmp_path / "cmp").exists() and not (tmp_path / "s.csv").exists()


@pytest.mark.parametrize("command", ["report", "findings", "compare"])
def test_results_json_read_back_with_numbers_is_refused(tmp_path, command):
    src, mapping = _export(tmp_path)
    out = tmp_path / "ut"
    assert cli("run", src, "-m", mapping, "--as-of", "2025-12-31", "--out", out, "--no-history",
               "--format", "none").exit_code == 0
    n = NUMBERS[2]
    for form in (n, f"{n[:6]} {n[6:]}", f"K-{n}"):
        text = (out / "results.json").read_text(encoding="utf-8").replace('"NAV Lerkendal"', f'"NAV {form}"', 1)
        doc = tmp_path / "fra_andre.json"
        doc.write_text(text, encoding="utf-8")
        args = {"report": ("report", doc, "--out", tmp_path / "rapport"),
                "findings": ("findings", doc),
                "compare": ("compare", doc, "--out", tmp_path / "cmp")}[command]
        r = cli(*args)
        assert r.exit_code == 2 and "vises ikke" in r.output and "linje" in r.output, r.output
        assert_no_leak([(command, r.output)])
    assert not (tmp_path / "rapport").exists() and not (tmp_path / "cmp").exists()


@pytest.mark.parametrize("suite", ["kvp", "kostra"])
def test_kostra_caseworker_number_without_its_leading_zero_stops_the_run(tmp_path, suite):
    n = NUMBERS[-1]
    recs = kvp_records(2025, 5, seed=3)
    recs[2]["SAKSBEHANDLER"] = n[1:]  # a caseworker "number" that is an identity number, zero dropped
    path = write_kostra(tmp_path / "kvp_2025.dat", "11CF", 2025, recs)
    r = cli("run", path, "--suite", suite, "--as-of", "2025-12-31", "--out", tmp_path / "ut", "--no-history")
    assert r.exit_code == 2 and "rad 3" in r.output and "vises ikke" in r.output, r.output
    assert_no_leak([("run", r.output)], [n])
    recs[2]["SAKSBEHANDLER"] = "S17"
    path = write_kostra(tmp_path / "kvp_2025b.dat", "11CF", 2025, recs)
    r = cli("run", path, "--suite", suite, "--as-of", "2025-12-31", "--out", tmp_path / "ut2",
            "--history", tmp_path / "h.sqlite")
    assert r.exit_code == 0, r.output
    assert_no_leak(folder_texts(tmp_path / "ut2", set()) + file_texts(tmp_path / "h.sqlite") + [("run", r.output)],
                   [rec["PERSON_FODSELSNR"] for rec in recs])


def test_pseudonymise_never_writes_a_copy_that_still_holds_one(tmp_path):
    src, _ = _export(tmp_path)
    n = NUMBERS[3]
    text = src.read_text(encoding="utf-8").replace(";Team Arbeid;", f";Team {n[:6]}-{n[6:]};", 1)
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "kopi.csv"
    r = cli("pseudonymise", src, out, "-c", "Fødselsnummer")
    assert r.exit_code == 2 and "«Oppfølgingsteam»" in r.output and "1 av" in r.output and "--column" in r.output
    assert not out.exists()
    r = cli("pseudonymise", src, out, "-c", "Fødselsnummer", "-c", "Oppfølgingsteam")
    assert r.exit_code == 0, r.output
    assert_no_leak(file_texts(out) + [("pseudonymise", r.output)])
