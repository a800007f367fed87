"""The identity guard: a column of Norwegian identity numbers stops the run (naming the column and the
count, never a value) unless the mapping has it pseudonymised; pseudonyms agree with the KOSTRA reader
and ``nav-audit pseudonymise``; no identity number is ever echoed."""

from __future__ import annotations

import json

import polars as pl
import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.errors import InputError
from audit.kostra import read_kostra
from audit.inputs import load_file
from audit.privacy import identity_number_expr, is_identity_number, safe_value
from audit.pseudonym import Pseudonymiser
from sample_data.kostra import kvp_records, write_kostra
from tests.bad_inputs import fnrs

KEY = bytes(range(32))


pytestmark = pytest.mark.usefixtures("fixed_pseudonym_key")


def run(*args: str):
    return CliRunner().invoke(main, ["run", *args, "--no-history", "--format", "none", "--as-of", "2025-12-31"])


def test_forms_an_identity_number_takes():
    n = fnrs(1)[0]
    low = fnrs(1, days=range(1, 10))[0]
    f = pl.DataFrame({"v": [n, f"{n[:6]} {n[6:]}", f" {n}.0 ", low[1:], n[:-1] + str((int(n[-1]) + 1) % 10), "K-123",
                            None, "1234567890"]})
    got = f.select(identity_number_expr(pl.col("v")).alias("m"))["m"].to_list()
    assert got == [True, True, True, True, False, False, False, False]
    assert is_identity_number(low) and low.startswith("0")


def test_messages_never_show_an_identity_number_in_any_form():
    n = fnrs(1)[0]
    for text in (n, f"{n[:6]} {n[6:]}", f"ring {n} i dag", n[1:] if n.startswith("0") else n[:10]):
        assert not any(part in safe_value(text) for part in (n, n[:6] + " " + n[6:]))
    assert "12345678" in safe_value("konto 12345678")  # shorter numbers are left alone


def test_count_and_column_but_never_the_values(tmp_path):
    numbers = fnrs(5)
    src = tmp_path / "k.csv"
    src.write_text("case_id;Kontor;Personnummer\n" + "".join(f"K{i};NAV A;{n}\n" for i, n in enumerate(numbers))
                   + "K9;NAV A;\nK10;NAV A;ukjent\n", encoding="utf-8")
    r = run(str(src), "--out", str(tmp_path / "ut"))
    assert r.exit_code == 2 and "«Personnummer»" in r.output and "5 av 6 verdier" in r.output
    for n in numbers:
        assert n not in r.output and n[:6] not in r.output
    assert not (tmp_path / "ut").exists()


def test_chance_matches_among_other_ten_digit_ids_do_not_stop(tmp_path):
    """A column of 10-digit ids where one happens to be a valid number once zero-padded is not a
    column of identity numbers; the run goes on."""
    low = fnrs(1, days=range(1, 10))[0][1:]  # valid only with the leading zero
    ids = [f"{7000000000 + 7919 * i}" for i in range(40)]
    ids = [x for x in ids if not is_identity_number("0" + x)][:39] + [low]
    src = tmp_path / "k.csv"
    src.write_text("case_id;Avtalenr\n" + "".join(f"K{i};{x}\n" for i, x in enumerate(ids)), encoding="utf-8")
    assert load_file(src, "kvp").frame.height == 40
    # … but a column where they are half or more is stopped
    src.write_text("case_id;Avtalenr\n" + "".join(f"K{i};{x}\n" for i, x in enumerate(fnrs(3, days=range(1, 10))))
                   .replace(";0", ";"), encoding="utf-8")
    with pytest.raises(InputError, match="Avtalenr"):
        load_file(src, "kvp")


def test_parquet_integer_column_is_caught(tmp_path):
    numbers = fnrs(3)
    path = tmp_path / "p.parquet"
    pl.DataFrame({"case_id": ["A", "B", "C"], "fnr": [int(n) for n in numbers]}).write_parquet(path)
    with pytest.raises(InputError) as e:
        load_file(path, "kvp")
    assert "fnr" in str(e.value) and not any(n in str(e.value) for n in numbers)


def test_pseudonymised_column_agrees_with_kostra_and_the_pseudonymise_command(tmp_path):
    records = kvp_records(2025, 6, seed=7)
    numbers = [r["PERSON_FODSELSNR"] for r in records]
    # an export keyed on the identity number, with the number also as a second column
    src = tmp_path / "saker.csv"
    src.write_text("Fnr;Vedtak;Vedtaksdato;Oppstart\n"
                   + "".join(f"{n};Innvilget;2025-01-10;2025-03-{10 + i:02d}\n" for i, n in enumerate(numbers)),
                   encoding="utf-8")
    mapping = tmp_path / "m.yaml"
    mapping.write_text("dataset: kvp\npseudonymise: [Fnr]\ncolumns: {case_id: Fnr, decision: Vedtak, "
                       "decision_date: Vedtaksdato, program_start_date: Oppstart}\n"
                       "values: {decision: {Innvilget: granted}}\n", encoding="utf-8")
    out = tmp_path / "ut"
    r = run(str(src), "-m", str(mapping), "--out", str(out))
    assert r.exit_code == 0, r.output
    text = (out / "results.json").read_text(encoding="utf-8")
    for n in numbers:
        assert n not in text
    res = json.loads(text)
    keys = {c["key"] for ch in res["checks"] for c in ch["cases"]}
    expected = {Pseudonymiser(KEY).pseudonym(n) for n in numbers}
    assert keys and keys <= expected  # every listed case key is the keyed pseudonym
    kostra = read_kostra(write_kostra(tmp_path / "k.dat", "11CF", 2025, records), pseudonymiser=Pseudonymiser(KEY))
    assert set(kostra.frame["person_pseudonym"].to_list()) == expected
    # the pseudonymise command gives the same pseudonyms for the same file
    copy = tmp_path / "kopi.csv"
    r = CliRunner().invoke(main, ["pseudonymise", str(src), str(copy), "--column", "Fnr"])
    assert r.exit_code == 0, r.output
    copied = pl.read_csv(copy, separator=";", infer_schema=False)["Fnr"].to_list()
    assert set(copied) == expected and not any(n in copy.read_text(encoding="utf-8") for n in numbers)
    # … and the copy audits without a mapping's pseudonymise entry
    mapping.write_text(mapping.read_text(encoding="utf-8").replace("pseudonymise: [Fnr]\n", ""), encoding="utf-8")
    r = run(str(copy), "-m", str(mapping), "--out", str(tmp_path / "ut2"))
    assert r.exit_code == 0, r.output
    res2 = json.loads((tmp_path / "ut2" / "results.json").read_text(encoding="utf-8"))
    assert [c["cases"] for c in res2["checks"]] == [c["cases"] for c in res["checks"]]


def test_unreadable_value_holding_an_identity_number_stops_the_run_without_echoing_it(tmp_path):
    """An identity number inside a value (here an unreadable date) stops the run: column, row, count."""
    n = fnrs(1)[0]
    src = tmp_path / "k.csv"
    src.write_text(f"case_id;decision_date\nK1;ring {n[:6]}-{n[6:]}\nK2;2025-01-01\n", encoding="utf-8")
    out = tmp_path / "ut"
    for extra in ((), ("--strict",)):
        r = run(str(src), "--out", str(out), *extra)
        assert r.exit_code == 2 and "rad 2" in r.output and "«decision_date»" in r.output and "1 av 2" in r.output
        assert n not in r.output and n[6:] not in r.output
        assert not out.exists()
    # An identity-number-like digit run that is not one (wrong check digits) is masked in input issues.
    bad = n[:-1] + str((int(n[-1]) + 1) % 10)
    src.write_text(f"case_id;decision_date\nK1;ring {bad}\nK2;2025-01-01\n", encoding="utf-8")
    r = run(str(src), "--out", str(out))
    assert r.exit_code == 0, r.output
    text = (out / "results.json").read_text(encoding="utf-8")
    assert bad not in text and "•••" in json.loads(text)["input_issues"][0]["message"]


def test_forms_a_word_processor_writes_are_found_everywhere(tmp_path):
    """En dash, thin and figure spaces and fullwidth digits write the same number: the one detector finds
    it in a text, in a column, in JSON bytes and in a path no command may echo."""
    from audit.privacy import check_json_bytes, contains_identity_series, find_identity_numbers, redact

    n = fnrs(1)[0]
    wide = "".join(chr(0xFF10 + int(c)) for c in n)
    forms = (f"{n[:6]}\u2013{n[6:]}", f"{n[:6]}\u2009{n[6:]}", f"{n[:6]}\u2007{n[6:]}", wide, f"{n[:6]}\u2212{n[6:]}")
    for form in forms:
        text = f"Saksnr. {form} i dag"
        (a, b), = find_identity_numbers(text)
        assert text[a:b] == form and redact(text) == "Saksnr. ••••••••••• i dag"
        assert check_json_bytes(('{"v": "%s"}' % text).encode("utf-8"))[0] == 1
    assert contains_identity_series(pl.Series("v", [f"x {f}" for f in forms] + ["150875\u201312346", None])).to_list() \
        == [True] * len(forms) + [False, False]
    # a path with the en-dash form: the command that cannot find it says so without echoing the number
    r = run(str(tmp_path / f"klient {forms[0]}.csv"), "--out", str(tmp_path / "ut"))
    assert r.exit_code == 2 and n[:6] not in r.output and n[6:] not in r.output
    # a column of such numbers stops the run, naming the column and the count only
    src = tmp_path / "k.csv"
    src.write_text("case_id;Fnr\n" + "".join(f"K{i};{f}\n" for i, f in enumerate(forms)), encoding="utf-8")
    r = run(str(src), "--out", str(tmp_path / "ut"))
    assert r.exit_code == 2 and "«Fnr»" in r.output and n[6:] not in r.output and not (tmp_path / "ut").exists()


def test_forms_typed_with_blanks_between_the_groups_are_found_everywhere(tmp_path):
    """«150875 - 12345», two spaces, a tab: how people type a number in a letter or a cell. The one detector
    (not only the grounds command) finds it in a text, a column, JSON bytes, a message and a path."""
    from audit.privacy import check_json_bytes, contains_identity_series, find_identity_numbers, redact

    n = fnrs(1)[0]
    forms = (f"{n[:6]} - {n[6:]}", f"{n[:6]}  {n[6:]}", f"{n[:6]}\t{n[6:]}", f"{n[:6]} -{n[6:]}", f"{n[:6]}- {n[6:]}")
    for form in forms:
        text = f"Saksnr. {form} i dag"
        (a, b), = find_identity_numbers(text)
        assert text[a:b] == form and redact(text) == "Saksnr. ••••••••••• i dag"
        assert check_json_bytes(json.dumps({"v": text}, ensure_ascii=False).encode("utf-8"))[0] == 1
        assert n[6:] not in safe_value(text)
    # a number split over two lines (of a cell, of a letter) is still one (test_identity_hostile_forms)
    assert find_identity_numbers(f"{n[:6]}\n{n[6:]}") == [(0, 12)]
    assert contains_identity_series(pl.Series("v", [f"x {f}" for f in forms] + [f"{n[:6]} - 12346", None])).to_list() \
        == [True] * len(forms) + [False, False]
    assert pl.select(identity_number_expr(pl.lit(forms[0]))).item()
    r = run(str(tmp_path / f"klient {forms[0]}.csv"), "--out", str(tmp_path / "ut"))
    assert r.exit_code == 2 and n[6:] not in r.output
    src = tmp_path / "k.csv"
    src.write_text("case_id;Fnr\n" + "".join(f"K{i};{f}\n" for i, f in enumerate(forms)), encoding="utf-8")
    r = run(str(src), "--out", str(tmp_path / "ut"))
    assert r.exit_code == 2 and "«Fnr»" in r.output and n[6:] not in r.output and not (tmp_path / "ut").exists()
