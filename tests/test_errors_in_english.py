"""Errors about inputs in the reader's language (issues 11 and 15: `--lang en` everywhere).

Each test runs a failing command twice through the CLI: with `--lang en` the whole error is
English (where-words «file …, row …, column …, value …», the message and the hint) and the
exit code is 2; without `--lang` it is the bokmål it always was.
"""

from __future__ import annotations

import json

from click.testing import CliRunner

from audit.cli import main
from tests.helpers import write_csv

ROWS = [
    {"case_id": "K1", "decision": "granted", "decision_date": "2025-01-10", "program_start_date": "2025-01-20",
     "birth_date": "2001-03-02"},
    {"case_id": "K2", "decision": "granted", "decision_date": "2025-01-10", "program_start_date": "2025-01-30",
     "birth_date": "1970-06-15"},
]
NORWEGIAN = ("fil ", "rad ", "kolonne ", "verdi ", "Feil:", "filen", "finnes", "ikke", "og ")


def _run(*args: object, lang: str | None = None):
    argv = [str(a) for a in args] + (["--lang", lang] if lang else [])
    return CliRunner().invoke(main, argv)


def _both(*args: object) -> tuple[str, str]:
    """The error of a failing command without --lang (bokmål) and with --lang en; both exit 2."""
    nb, en = _run(*args), _run(*args, lang="en")
    assert nb.exit_code == 2, nb.output
    assert en.exit_code == 2, en.output
    assert "Traceback" not in nb.output + en.output
    assert nb.stderr.startswith("Feil: ") and en.stderr.startswith("Error: "), (nb.stderr, en.stderr)
    return nb.stderr, en.stderr


def _english(text: str) -> None:
    assert not any(word in text for word in NORWEGIAN), text


def _audit(tmp_path, *inputs: object, extra: tuple = ()) -> tuple:
    return ("run", *inputs, "--as-of", "2025-06-30", "--format", "none", "--no-history",
            "--out", tmp_path / "out", "--overwrite", *extra)


def test_csv_errors(tmp_path):
    wide = tmp_path / "wide.csv"
    wide.write_text('case_id;decision\nK1;granted\nK2;granted;"x"\n', encoding="utf-8")
    nb, en = _both(*_audit(tmp_path, wide))
    assert f"fil {wide}, rad 3: filen kan ikke leses som CSV med skilletegn semikolon «;»: raden har 3 felt, " \
           "men overskriften har 2. Sjekk at alle rader" in nb
    assert f"file {wide}, row 3: the file cannot be read as CSV with the delimiter semicolon «;»: the row has " \
           "3 fields, but the header has 2. Check that every row has as many fields as the header" in en
    _english(en)

    dup = write_csv(tmp_path / "dup.csv", [*ROWS, dict(ROWS[0])])
    nb, en = _both(*_audit(tmp_path, dup))
    assert f"fil {dup}, rad 4, kolonne «case_id», verdi «K1»: nøkkelen er ikke unik: den står i radene 2, 4. " \
           "Hver sak skal stå på én rad." in nb
    assert f"file {dup}, row 4, column «case_id», value «K1»: the key is not unique: it appears in rows 2, 4. " \
           "Each case belongs on one row." in en
    _english(en)

    pdf = tmp_path / "saker.csv"
    pdf.write_bytes(b"%PDF-1.7\n" + b"x" * 100)
    nb, en = _both(*_audit(tmp_path, pdf))
    assert "filen ser ut til å være en PDF-fil, ikke en tabell (CSV, XLSX eller Parquet)" in nb
    assert "the file seems to be a PDF file, not a table (CSV, XLSX or Parquet). Export the cases as CSV" in en


def test_unreadable_values_strict_and_notes_follow_lang(tmp_path):
    rows = [dict(ROWS[0]), {**ROWS[1], "decision_date": "31.02.2025"}]
    src = write_csv(tmp_path / "k.csv", rows)
    nb, en = _both(*_audit(tmp_path, src, extra=("--strict",)))
    assert "rad 3, kolonne «decision_date»: ugyldig dato '31.02.2025' (forventet dato" in nb
    assert "--strict stopper kjøringen" in nb
    assert f"file {src}, row 3, column «decision_date»: invalid date '31.02.2025' (expected a date" in en
    assert "(1 value cannot be read; --strict stops the run)" in en
    _english(en)
    # without --strict the run goes on; results.json names the value in the run's language
    r = _run(*_audit(tmp_path, src), lang="en")
    assert r.exit_code == 0, r.output
    issues = json.loads((tmp_path / "out" / "results.json").read_text(encoding="utf-8"))["input_issues"]
    assert issues[0]["message"].startswith("invalid date '31.02.2025'")
    r = _run(*_audit(tmp_path, src))
    issues = json.loads((tmp_path / "out" / "results.json").read_text(encoding="utf-8"))["input_issues"]
    assert issues[0]["message"].startswith("ugyldig dato '31.02.2025'")

    cp = tmp_path / "cp.csv"
    cp.write_bytes("case_id;office\nK1;Nærøy\n".encode("cp1252"))
    r = _run(*_audit(tmp_path, cp), lang="en")
    assert f"{cp}: not valid UTF-8 (first on line 2); read as cp1252 (Windows)." in r.stderr
    r = _run(*_audit(tmp_path, cp))
    assert f"{cp}: ikke gyldig UTF-8 (første gang i linje 2); lest som cp1252 (Windows)." in r.stderr


def test_xlsx_errors(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Saker"
    ws.append(["case_id", "decision"])
    ws.append(["K1", "granted", "stray"])
    path = tmp_path / "saker.xlsx"
    wb.save(path)
    nb, en = _both(*_audit(tmp_path, path))
    assert f"fil {path}, rad 2, verdi «stray»: cellen i kolonne 3 har en verdi, men kolonnen har ingen overskrift. " \
           "Gi kolonnen en overskrift" in nb
    assert f"file {path}, row 2, value «stray»: the cell in column 3 has a value, but the column has no header. " \
           "Give the column a header in the header row, or delete the value." in en
    _english(en)

    mapping = tmp_path / "m.yaml"
    mapping.write_text("dataset: kvp\nsheet: Sakker\n", encoding="utf-8")
    nb, en = _both(*_audit(tmp_path, path, extra=("--mapping", mapping)))
    assert "arbeidsboka har ikke arket «Sakker». Mente du «Saker»? Arkene er: Saker." in nb
    assert f"file {path}: the workbook has no sheet «Sakker». Did you mean «Saker»? The sheets are: Saker." in en


def test_parquet_errors(tmp_path):
    path = tmp_path / "saker.parquet"
    path.write_bytes(b"PAR1" + b"\x00" * 64)
    nb, en = _both(*_audit(tmp_path, path))
    assert f"fil {path}: filen er ikke en gyldig Parquet-fil (" in nb and "Skriv filen på nytt" in nb
    assert f"file {path}: the file is not a valid Parquet file (" in en
    assert en.rstrip().endswith("Write the file again, or export to CSV.")


def test_kostra_errors(tmp_path):
    from tests.kostra_records import base_11cf, record

    line = record("11CF", 2025, base_11cf(2025))
    path = tmp_path / "kvp.dat"
    path.write_text(line + "\n" + line + "\n", encoding="latin-1")
    nb, en = _both(*_audit(tmp_path, path))
    assert f"fil {path}, rad 2, kolonne «PERSON_JOURNALNR», verdi «J0000000»: journalnummeret er ikke unikt: " \
           "det står i linje 1 og 2. Hver person skal stå i én post." in nb
    assert f"file {path}, row 2, column «PERSON_JOURNALNR», value «J0000000»: the journal number is not unique: " \
           "it appears on lines 1 and 2. Each person belongs in one record." in en
    _english(en)

    junk = tmp_path / "junk.dat"
    junk.write_text("12345\n12345\n", encoding="utf-8")
    nb, en = _both(*_audit(tmp_path, junk, extra=("--suite", "kostra")))
    assert "ingen poster har lengden til en KOSTRA-post (vanligste lengde er 5 tegn)" in nb
    assert f"file {junk}: no record has the length of a KOSTRA record (the most common length is 5 characters)" in en
    _english(en)
    nb, en = _both(*_audit(tmp_path, path, extra=("--suite", "kostra", "--mapping", tmp_path / "m.yaml")))
    assert "--mapping brukes ikke med --suite kostra" in nb
    assert "--mapping is not used with --suite kostra" in en


def test_review_workbook_errors(tmp_path):
    from audit.inputs import load_inputs
    from reports.review_workbook import write_review_workbook

    src = write_csv(tmp_path / "k.csv", ROWS)
    wb = tmp_path / "review.xlsx"
    write_review_workbook(load_inputs([src], "kvp"), wb, lang="en")
    nb, en = _both(*_audit(tmp_path, wb, src, extra=("--suite", "stonad")))
    assert f"fil {wb}: gjennomgangsarbeidsboka gjelder datasett «kvp», men kjøringen gjelder «stonad». " \
           "Bruk --suite kvp." in nb
    assert f"file {wb}: the review workbook is for the dataset «kvp», but the run is for «stonad». " \
           "Use --suite kvp." in en


def test_mapping_errors(tmp_path):
    src = write_csv(tmp_path / "k.csv", ROWS)
    mapping = tmp_path / "m.yaml"
    mapping.write_text("dataset: kvp\ncolums:\n  case_id: Saksnr\n", encoding="utf-8")
    nb, en = _both(*_audit(tmp_path, src, extra=("--mapping", mapping)))
    assert f"fil {mapping}: mappingfilen er ugyldig: ukjent nøkkel «colums». Mente du «columns»?" in nb
    assert f"file {mapping}: the mapping file is invalid: unknown key «colums». Did you mean «columns»?" in en

    mapping.write_text("dataset: kvp\nvalues:\n  decision:\n    innvilget: granteed\n", encoding="utf-8")
    nb, en = _both(*_audit(tmp_path, src, extra=("--mapping", mapping)))
    assert "kolonne «decision», verdi «granteed»: mappingfilen er ugyldig: «granteed» er ikke en gyldig verdi" in nb
    assert f"file {mapping}, column «decision», value «granteed»: the mapping file is invalid: «granteed» is not " \
           "a valid value for «decision». Valid values: " in en
    _english(en)

    mapping.write_text("dataset: kvp\ncolumns:\n  case_id: Saksnr\n", encoding="utf-8")
    nb, en = _both(*_audit(tmp_path, src, extra=("--mapping", mapping)))
    assert "mappingen knytter «case_id» til overskriften «Saksnr», men den finnes ikke i filen" in nb
    assert "Nærmeste overskrifter som finnes" in nb or "Overskriftene i filen er" in nb
    assert f"file {src}, row 1, column «Saksnr»: the mapping links «case_id» to the header «Saksnr», but the file " \
           "has no such header." in en
    assert "The closest headers there are" in en or "The headers in the file are" in en


def test_one_column_hint_names_the_delimiters_in_the_readers_language(tmp_path):
    src = tmp_path / "k.csv"
    src.write_text("case_id|decision\nK1|granted\n", encoding="utf-8")
    mapping = tmp_path / "m.yaml"
    mapping.write_text('dataset: kvp\ndelimiter: ","\ncolumns:\n  case_id: Saksnr\n', encoding="utf-8")
    nb, en = _both(*_audit(tmp_path, src, extra=("--mapping", mapping)))
    assert "Filen ble lest med skilletegnet komma «,» fra mappingfilen og ga bare én kolonne " \
           "(med loddrett strek «|» blir det 2). Er skilletegnet riktig?" in nb
    assert "The file was read with the delimiter comma «,» from the mapping file and gave only one column " \
           "(with vertical bar «|» there are 2). Is the delimiter right? Give «delimiter» in the mapping file." in en


def test_join_errors(tmp_path):
    a = write_csv(tmp_path / "a.csv", ROWS)
    b = write_csv(tmp_path / "b.csv", [{"case_id": "K1", "decision_date": "2025-01-11"}])
    nb, en = _both(*_audit(tmp_path, a, b))
    assert f"fil {b}, rad 2, kolonne «decision_date», verdi «2025-01-11»: filene er uenige om «decision_date» for " \
           f"nøkkel «K1»: «2025-01-10» i {a} og «2025-01-11» i {b}. Rett verdien i den ene filen" in nb
    assert f"file {b}, row 2, column «decision_date», value «2025-01-11»: the files disagree on «decision_date» for " \
           f"key «K1»: «2025-01-10» in {a} and «2025-01-11» in {b}. Correct the value in one of the files, or leave " \
           "the field empty there." in en
    _english(en)


def test_history_errors(tmp_path):
    history = tmp_path / "h.sqlite"
    nb, en = _both("history", "show", "20250101", "--history", history)
    assert f"fant ingen kjøring «20250101» i historikken {history}. Se «nav-audit history list»." in nb
    assert f"found no run «20250101» in the history {history}. See «nav-audit history list»." in en
    _english(en)

    folder = tmp_path / "mappe"
    folder.mkdir()
    nb, en = _both("history", "list", "--history", folder)
    assert f"fil {folder}: historikken må være en vanlig fil (SQLite). Oppgi en annen fil med --history" in nb
    assert f"file {folder}: the history must be a regular file (SQLite). Give another file with --history or " \
           "NAV_AUDIT_HISTORY." in en


def test_pseudonymise_errors(tmp_path):
    src = write_csv(tmp_path / "k.csv", ROWS)
    nb, en = _both("pseudonymise", src, tmp_path / "p.csv", "--column", "Fnr")
    assert f"fil {src}, rad 1, kolonne «Fnr»: kolonnen finnes ikke. Kolonnene i filen er: «case_id»" in nb
    assert f"file {src}, row 1, column «Fnr»: the column does not exist. The columns in the file are: «case_id»" in en
    _english(en)

    nb, en = _both("pseudonymise", src, tmp_path / "p.xlsx", "--column", "case_id")
    assert "utfilen må ha samme filtype som innfilen (.csv)" in nb
    assert f"file {tmp_path / 'p.xlsx'}: the output file must have the same file type as the input (.csv)" in en
    # a new key file is announced in the command's language
    argv = ["pseudonymise", str(src), str(tmp_path / "p.csv"), "--column", "case_id", "--lang", "en"]
    r = CliRunner().invoke(main, argv, env={"XDG_CONFIG_HOME": str(tmp_path / "config")})
    assert r.exit_code == 0, r.output
    assert f"Made a new pseudonym key in {tmp_path / 'config'}" in r.stderr and "Laget ny" not in r.stderr


def test_grounds_errors(tmp_path):
    folder = tmp_path / "brev"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):  # two different letters (the same letter twice is read once)
        (folder / name).write_text(f"Saksnr.: K-0001\n\nVedtak om kvalifiseringsprogram ({name}).\n", encoding="utf-8")
    nb, en = _both("grounds", folder, "--out", tmp_path / "grounds.csv")
    assert "to brev har samme saksnøkkel «K-0001»: a.txt og b.txt. Ett brev per sak" in nb
    assert "two letters have the same case key «K-0001»: a.txt and b.txt. One letter per case: remove one, " \
           "or give the key with --key-pattern." in en


def test_the_run_refuses_mismatched_mappings_in_the_readers_language(tmp_path):
    a = write_csv(tmp_path / "a.csv", ROWS)
    b = write_csv(tmp_path / "b.csv", ROWS)
    m = tmp_path / "m.yaml"
    m.write_text("dataset: kvp\n", encoding="utf-8")
    nb, en = _both(*_audit(tmp_path, a, b, extra=("--mapping", m, "--mapping", m, "--mapping", m)))
    assert "2 inndatafiler men 3 mappingfiler. Gi én --mapping per fil" in nb
    assert "2 input files but 3 mapping files. Give one --mapping per file in the same order, or one that applies " \
           "to all." in en


def test_progress_lines_follow_lang(tmp_path):
    import datetime as dt

    from audit.pipeline import run_audit

    src = write_csv(tmp_path / "k.csv", ROWS)
    lines: list[str] = []
    run_audit([src], suite="kvp", as_of=dt.date(2025, 6, 30), out_dir=None, lang="en", progress=lines.append)
    assert any(line.startswith("reading k.csv (") for line in lines), lines
    assert any(line.startswith("read 2 rows and ") for line in lines), lines
    assert not any(line.startswith(("leser", "leste")) for line in lines), lines
