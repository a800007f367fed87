"""Keyed pseudonyms, key resolution, and the ``nav-audit pseudonymise`` command."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import random
import re
import stat

import openpyxl
import polars as pl
import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.errors import ConfigError, InputError
from audit.kostra import read_kostra
from audit.inputs.pseudonymise import pseudonymise_file
from audit.pseudonym import (
    ENV_KEY,
    ENV_KEY_FILE,
    Pseudonymiser,
    default_key_path,
    resolve_key,
)
from sample_data.kostra import identity_number, kvp_records, write_kostra

KEY = bytes(range(32))


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    """No developer's own key: every test starts with an empty config directory."""
    monkeypatch.delenv(ENV_KEY, raising=False)
    monkeypatch.delenv(ENV_KEY_FILE, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def _numbers(n: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    return [identity_number(dt.date(1960, 1, 1) + dt.timedelta(days=97 * i), rng) for i in range(n)]


# ---------------------------------------------------------------------------------------
# Pseudonyms
# ---------------------------------------------------------------------------------------


def test_pseudonym_is_keyed_hmac_sha256():
    p = Pseudonymiser(KEY)
    value = _numbers(1)[0]
    expected = "P-" + hmac.new(KEY, value.encode(), hashlib.sha256).hexdigest()[:16]
    assert p.pseudonym(value) == expected
    assert re.fullmatch(r"P-[0-9a-f]{16}", expected)
    assert p.pseudonym(f"  {value} ") == expected
    assert p.pseudonym(None) is None and p.pseudonym("   ") is None


def test_same_value_same_pseudonym_other_key_other_pseudonym():
    numbers = _numbers(50)
    a, b = Pseudonymiser(KEY), Pseudonymiser(b"x" * 32)
    pa = [a.pseudonym(n) for n in numbers]
    assert pa == [Pseudonymiser(KEY).pseudonym(n) for n in numbers]
    assert len(set(pa)) == 50
    assert set(pa).isdisjoint(b.pseudonym(n) for n in numbers)


def test_spreadsheet_damage_is_repaired():
    p = Pseudonymiser(KEY)
    number = identity_number(dt.date(1985, 6, 1), random.Random(2))  # starts with 0
    assert number.startswith("0")
    as_int = int(number)
    assert p.pseudonym(as_int) == p.pseudonym(number)
    assert p.pseudonym(float(as_int)) == p.pseudonym(number)
    assert p.pseudonym(f"{as_int}.0") == p.pseudonym(number)
    assert p.pseudonym("1234567890") == "P-" + hmac.new(KEY, b"1234567890", hashlib.sha256).hexdigest()[:16]


def test_key_never_shown():
    p = Pseudonymiser(KEY)
    assert KEY.hex() not in repr(p) and KEY.hex() not in str(p)
    assert "skjult" in repr(p)


def test_short_key_is_refused():
    with pytest.raises(ConfigError, match="for kort"):
        Pseudonymiser(b"short")


# ---------------------------------------------------------------------------------------
# Key resolution
# ---------------------------------------------------------------------------------------


def test_key_from_environment_hex_or_text(monkeypatch):
    monkeypatch.setenv(ENV_KEY, KEY.hex())
    assert resolve_key().key == KEY
    monkeypatch.setenv(ENV_KEY, "a passphrase of some length")
    assert resolve_key().key == b"a passphrase of some length"
    monkeypatch.setenv(ENV_KEY, "too short")
    with pytest.raises(ConfigError):
        resolve_key()


def test_key_file_option_and_env(monkeypatch, tmp_path):
    f1, f2 = tmp_path / "one.key", tmp_path / "two.key"
    f1.write_text(KEY.hex() + "\n")
    f2.write_bytes(b"\x01" * 20)
    monkeypatch.setenv(ENV_KEY_FILE, str(f2))
    assert resolve_key().key == b"\x01" * 20
    assert resolve_key(key_file=f1).key == KEY  # the explicit option wins
    monkeypatch.setenv(ENV_KEY, "z" * 40)
    assert resolve_key().key == b"z" * 40  # the key itself beats a key file from the environment
    assert resolve_key(key_file=f1).key == KEY
    with pytest.raises(ConfigError, match="nøkkelfilen"):
        resolve_key(key_file=tmp_path / "missing.key")
    assert not (tmp_path / "missing.key").exists()


def test_default_key_file_created_0600_with_note(tmp_path):
    path = default_key_path()
    assert path == tmp_path / "config" / "nav-audit" / "pseudonym.key"
    first = Pseudonymiser.from_environment()
    assert path.exists()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert first.created_key_file == path
    assert first.note and str(path) in str(first.note) and "Laget ny pseudonymnøkkel" in str(first.note)
    assert len(bytes.fromhex(path.read_text().strip())) == 32
    second = Pseudonymiser.from_environment()
    assert second.note is None and second.created_key_file is None
    value = _numbers(1)[0]
    assert first.pseudonym(value) == second.pseudonym(value)


def test_default_key_without_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_key_path() == tmp_path / "home" / ".config" / "nav-audit" / "pseudonym.key"


def test_readable_key_file_is_warned_about(tmp_path):
    Pseudonymiser.from_environment()
    default_key_path().chmod(0o644)
    assert "chmod 600" in str(Pseudonymiser.from_environment().note)


def test_kostra_reader_uses_the_default_key_and_says_so(tmp_path):
    recs = kvp_records(2025, 2, seed=1)
    path = write_kostra(tmp_path / "k.dat", "11CF", 2025, recs)
    t = read_kostra(path)
    assert any("Laget ny pseudonymnøkkel" in str(n) for n in t.notes)
    p = Pseudonymiser(bytes.fromhex(default_key_path().read_text().strip()))
    assert t.frame["person_pseudonym"].to_list() == [p.pseudonym(r["PERSON_FODSELSNR"]) for r in recs]
    assert not any("Laget ny" in str(n) for n in read_kostra(path).notes)


# ---------------------------------------------------------------------------------------
# Pseudonymised copies
# ---------------------------------------------------------------------------------------


def _csv(tmp_path, numbers, *, delimiter=";", encoding="cp1252", newline="\r\n", extra=None):
    rows = [f"Saksnummer{delimiter}Fødselsnummer{delimiter}Kontor{delimiter}Merknad"]
    for i, n in enumerate(numbers):
        rows.append(delimiter.join([f"K{i}", n, "NAV Lerkendal", extra[i] if extra else "ø"]))
    path = tmp_path / "saker.csv"
    path.write_bytes(newline.join(rows).encode(encoding) + newline.encode())
    return path


def test_csv_copy_same_columns_format_and_pseudonyms_as_kostra(tmp_path):
    p = Pseudonymiser(KEY)
    recs = kvp_records(2025, 3, seed=5)
    numbers = [r["PERSON_FODSELSNR"] for r in recs]
    src = _csv(tmp_path, numbers + [""])
    before = src.read_bytes()
    out = tmp_path / "ut" / "saker_p.csv"
    report = pseudonymise_file(src, out, ["Fødselsnummer"], p)
    assert src.read_bytes() == before
    assert (report.rows, report.values, report.format, report.suspicious_columns) == (4, 3, "csv", [])
    data = out.read_bytes()
    assert b"\r\n" in data
    text = data.decode("cp1252")
    assert text.splitlines()[0] == "Saksnummer;Fødselsnummer;Kontor;Merknad"
    kostra = read_kostra(write_kostra(tmp_path / "k.dat", "11CF", 2025, recs), pseudonymiser=p)
    body = [line.split(";") for line in text.splitlines()[1:]]
    assert [b[1] for b in body] == kostra.frame["person_pseudonym"].to_list() + [""]
    assert [b[0] for b in body] == ["K0", "K1", "K2", "K3"] and body[0][3] == "ø"
    for n in numbers:
        assert n not in text


def test_csv_copy_refuses_other_identity_columns(tmp_path):
    """A copy never holds an identity number: another column holding them stops it, naming column and count."""
    numbers = _numbers(2)
    src = _csv(tmp_path, numbers, extra=["ring " + numbers[0], _numbers(1, seed=9)[0]])
    with pytest.raises(InputError) as err:
        pseudonymise_file(src, tmp_path / "ut.csv", ["Fødselsnummer"], Pseudonymiser(KEY))
    assert err.value.column == "Merknad" and "2 av 2" in str(err.value) and "--column" in str(err.value)
    assert not (tmp_path / "ut.csv").exists()
    report = pseudonymise_file(src, tmp_path / "ut.csv", ["Fødselsnummer", "Merknad"], Pseudonymiser(KEY))
    assert report.values == 4 and not any(n in (tmp_path / "ut.csv").read_text("cp1252") for n in numbers)


def test_xlsx_copy_repairs_lost_leading_zero(tmp_path):
    p = Pseudonymiser(KEY)
    number = identity_number(dt.date(1985, 6, 1), random.Random(2))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Saker"
    ws.append(["Saksnummer", "Fnr", "Vedtaksdato"])
    ws.append(["K1", int(number), dt.datetime(2025, 3, 5)])
    ws.append(["K2", None, None])
    src = tmp_path / "saker.xlsx"
    wb.save(src)
    out = tmp_path / "saker_p.xlsx"
    report = pseudonymise_file(src, out, ["Fnr"], p)
    assert (report.rows, report.values) == (2, 1)
    ws2 = openpyxl.load_workbook(out).active
    assert ws2.title == "Saker"
    assert [[c.value for c in r] for r in ws2.iter_rows()] == [
        ["Saksnummer", "Fnr", "Vedtaksdato"],
        ["K1", p.pseudonym(number), "2025-03-05"],
        ["K2", None, None],
    ]


def test_parquet_copy(tmp_path):
    p = Pseudonymiser(KEY)
    numbers = _numbers(3)
    src = tmp_path / "s.parquet"
    pl.DataFrame({"id": ["A", "B", "C"], "fnr": numbers, "n": [1, 2, 3]}).write_parquet(src)
    pseudonymise_file(src, tmp_path / "o.parquet", ["fnr"], p)
    out = pl.read_parquet(tmp_path / "o.parquet")
    assert out.columns == ["id", "fnr", "n"]
    assert out["fnr"].to_list() == [p.pseudonym(n) for n in numbers]
    assert out["n"].to_list() == ["1", "2", "3"]  # read as text, written as text


def test_copy_errors(tmp_path):
    p = Pseudonymiser(KEY)
    src = _csv(tmp_path, _numbers(1))
    with pytest.raises(InputError) as err:
        pseudonymise_file(src, tmp_path / "o.csv", ["Fødselsnr"], p)
    assert err.value.column == "Fødselsnr" and "Fødselsnummer" in str(err.value)
    with pytest.raises(InputError, match="samme"):
        pseudonymise_file(src, src, ["Fødselsnummer"], p)
    with pytest.raises(InputError, match="filtype"):
        pseudonymise_file(src, tmp_path / "o.xlsx", ["Fødselsnummer"], p)
    with pytest.raises(InputError):
        pseudonymise_file(tmp_path / "nope.csv", tmp_path / "o.csv", ["Fødselsnummer"], p)
    assert not (tmp_path / "o.csv").exists() and not (tmp_path / "o.xlsx").exists()


# ---------------------------------------------------------------------------------------
# The command
# ---------------------------------------------------------------------------------------


def test_cli_pseudonymise(tmp_path):
    numbers = _numbers(3)
    src = _csv(tmp_path, numbers, encoding="utf-8", newline="\n")
    out = tmp_path / "ut.csv"
    runner = CliRunner()
    res = runner.invoke(main, ["pseudonymise", str(src), str(out), "--column", "Fødselsnummer"])
    assert res.exit_code == 0, res.output
    assert "3 rader" in res.stdout and "Fødselsnummer" in res.stdout
    assert "Laget ny pseudonymnøkkel" in res.stderr  # first use: the key was created
    key = bytes.fromhex(default_key_path().read_text().strip())
    text = out.read_text(encoding="utf-8")
    assert [line.split(";")[1] for line in text.splitlines()[1:]] == [Pseudonymiser(key).pseudonym(n) for n in numbers]
    for n in numbers:
        assert n not in res.output and n not in text
    again = runner.invoke(main, ["pseudonymise", str(src), str(tmp_path / "ut2.csv"), "-c", "Fødselsnummer"])
    assert again.exit_code == 0 and "Laget ny" not in again.stderr
    assert (tmp_path / "ut2.csv").read_text(encoding="utf-8") == text


def test_cli_pseudonymise_key_file_and_errors(tmp_path):
    numbers = _numbers(2)
    src = _csv(tmp_path, numbers, extra=[numbers[0], "x"])
    keyfile = tmp_path / "k.key"
    keyfile.write_text(KEY.hex())
    runner = CliRunner()
    res = runner.invoke(main, ["pseudonymise", str(src), str(tmp_path / "o.csv"), "-c", "Fødselsnummer",
                               "--key-file", str(keyfile)])
    assert res.exit_code == 2 and "Merknad" in res.stderr and "--column" in res.stderr  # left in another column
    assert numbers[0] not in res.output and not (tmp_path / "o.csv").exists()
    res = runner.invoke(main, ["pseudonymise", str(src), str(tmp_path / "o.csv"), "-c", "Fødselsnummer",
                               "-c", "Merknad", "--key-file", str(keyfile)])
    assert res.exit_code == 0, res.output
    assert numbers[0] not in res.output
    assert not default_key_path().exists()
    res = runner.invoke(main, ["pseudonymise", str(src), str(tmp_path / "o.csv"), "-c", "Fødselsnummer",
                               "-c", "Merknad", "--key-file", str(keyfile)])
    assert res.exit_code == 2 and "--overwrite" in res.stderr  # an existing output is never replaced silently
    res = runner.invoke(main, ["pseudonymise", str(src), str(tmp_path / "o.csv"), "-c", "Fødselsnummer",
                               "-c", "Merknad", "--key-file", str(keyfile), "--overwrite"])
    assert res.exit_code == 0, res.output
    lines = (tmp_path / "o.csv").read_bytes().decode("cp1252").splitlines()
    assert lines[1].split(";")[1] == Pseudonymiser(KEY).pseudonym(numbers[0])
    res = runner.invoke(main, ["pseudonymise", str(src), str(tmp_path / "o2.csv"), "-c", "Fnr",
                               "--key-file", str(keyfile)])
    assert res.exit_code == 2
    assert "Fnr" in res.stderr and "Saksnummer" in res.stderr
    res = runner.invoke(main, ["pseudonymise", "--help"])
    assert res.exit_code == 0 and "Eksempel" in res.output


def test_cli_pseudonymise_one_sheet_while_another_sheet_still_holds_numbers(tmp_path):
    """A workbook is pseudonymised one sheet at a time: the other sheet's identity numbers do not stop
    it (the run's search of a workbook's unread parts), and the copy holds the read sheet alone."""
    import zipfile

    first, second = _numbers(2)
    wb = openpyxl.Workbook()
    wb.active.title = "Saker"
    wb.active.append(["Saksnummer", "Fnr"])
    wb.active.append(["K1", first])
    vedtak = wb.create_sheet("Vedtak")
    vedtak.append(["Vedtak", "Fnr"])
    vedtak.append(["V1", second])
    src = tmp_path / "s.xlsx"
    wb.save(src)
    keyfile = tmp_path / "k.key"
    keyfile.write_text(KEY.hex())
    out = tmp_path / "o.xlsx"
    res = CliRunner().invoke(main, ["pseudonymise", str(src), str(out), "-c", "Fnr", "--sheet", "Saker",
                                    "--key-file", str(keyfile)])
    assert res.exit_code == 0, res.output
    with zipfile.ZipFile(out) as z:
        text = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    assert first not in text and second not in text and "Vedtak" not in text
    res = CliRunner().invoke(main, ["run", str(src), "--as-of", "2025-12-31", "--out", str(tmp_path / "r"),
                                    "--no-history"])
    assert res.exit_code == 2 and first not in res.output + res.stderr and second not in res.output + res.stderr


def test_cli_pseudonymise_xlsx_sheet(tmp_path):
    number = _numbers(1)[0]
    wb = openpyxl.Workbook()
    wb.active.title = "Forside"
    wb.active.append(["Tekst"])
    ws = wb.create_sheet("Saker")
    ws.append(["Saksnummer", "Fnr"])
    ws.append(["K1", number])
    src = tmp_path / "s.xlsx"
    wb.save(src)
    keyfile = tmp_path / "k.key"
    keyfile.write_text(KEY.hex())
    res = CliRunner().invoke(main, ["pseudonymise", str(src), str(tmp_path / "o.xlsx"), "-c", "Fnr",
                                    "--sheet", "2", "--key-file", str(keyfile)])
    assert res.exit_code == 0, res.output
    ws2 = openpyxl.load_workbook(tmp_path / "o.xlsx").active
    assert ws2.title == "Saker"
    assert [[c.value for c in r] for r in ws2.iter_rows()] == [["Saksnummer", "Fnr"], ["K1", Pseudonymiser(KEY).pseudonym(number)]]
    res = CliRunner().invoke(main, ["pseudonymise", str(src), str(tmp_path / "o2.xlsx"), "-c", "Fnr",
                                    "--key-file", str(keyfile)])
    assert res.exit_code == 2 and "Fnr" in res.stderr  # the first sheet has no such column
