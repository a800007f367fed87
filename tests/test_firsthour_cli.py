"""A new user's first hour: what the terminal says after each first command."""

from __future__ import annotations

from click.testing import CliRunner

from audit.cli import main
from tests.helpers import write_csv

ROWS = [
    {"case_id": "K1", "decision": "granted", "decision_date": "2025-01-10", "program_start_date": "2025-01-20",
     "birth_date": "2001-03-02"},
    {"case_id": "K2", "decision": "granted", "decision_date": "2025-01-10", "program_start_date": "2025-01-30",
     "birth_date": "1990-05-06"},
]


def test_run_names_the_reports_it_wrote(tmp_path):
    """After `run` the controller is told where the workbook and the page are, not only results.json."""
    src = write_csv(tmp_path / "k.csv", ROWS)
    run = ["run", str(src), "--as-of", "2025-06-30", "--no-history"]
    out = tmp_path / "nb"
    r = CliRunner().invoke(main, [*run, "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert f"Resultater: {out / 'results.json'}" in r.output
    assert f"Rapporter: {out / 'rapport.xlsx'}, {out / 'rapport.html'}" in r.output
    out = tmp_path / "en"
    r = CliRunner().invoke(main, [*run, "--out", str(out), "--lang", "en", "--format", "html"])
    assert r.exit_code == 0, r.output
    assert f"Reports: {out / 'rapport.html'}" in r.output and "rapport.xlsx" not in r.output
    r = CliRunner().invoke(main, [*run, "--out", str(tmp_path / "none"), "--format", "none"])
    assert r.exit_code == 0, r.output
    assert "Resultater:" in r.output and "Rapporter" not in r.output


def test_workbook_type_does_not_call_a_practice_check_a_legal_requirement(tmp_path):
    """The Sammendrag sheet said «Lovkrav» in Type and «god praksis» in Grunnlag on the same row."""
    from openpyxl import load_workbook

    src = write_csv(tmp_path / "k.csv", ROWS)
    out = tmp_path / "ut"
    r = CliRunner().invoke(main, ["run", str(src), "--as-of", "2025-06-30", "--no-history", "--format", "xlsx",
                                  "--out", str(out)])
    assert r.exit_code == 0, r.output
    sheet = load_workbook(out / "rapport.xlsx", read_only=True)["Sammendrag"]
    rows = [row for row in sheet.iter_rows(values_only=True) if row and row[0]]
    header = next(row for row in rows if row[0] == "Kontroll-id")
    kind, basis = header.index("Type"), header.index("Grunnlag")
    practice = [row for row in rows[rows.index(header) + 1:] if row[basis] == "god praksis"]
    assert practice, "the sample has checks grounded in practice"
    assert "Lovkrav" not in {row[kind] for row in practice} and "Krav" in {row[kind] for row in practice}


def test_checks_table_speaks_the_readers_language():
    """`nav-audit checks` showed the kind as a code (deviation, indicator, data) and «(—)» for no basis."""
    r = CliRunner().invoke(main, ["checks"])
    assert r.exit_code == 0, r.output
    words = r.output.split()
    assert not {"deviation", "indicator", "data"} & set(words)
    assert {"Krav", "Indikator", "Datakvalitet"} <= set(r.output.replace("  ", "\n").split("\n"))
    assert "(—)" not in r.output and "kostra.11cf.001" in r.output
    r = CliRunner().invoke(main, ["checks", "--lang", "en", "--suite", "kvp"])
    assert r.exit_code == 0, r.output
    assert "Requirement" in r.output and "Data quality" in r.output and "Krav" not in r.output


def test_help_frame_is_in_bokmal_too():
    """--help is bokmål, but its frame was click's English: «Usage:», «Options:», «[default: …; required]»."""
    r = CliRunner().invoke(main, ["--help"])
    assert r.exit_code == 0 and r.output.startswith("Bruk: ") and "\nValg:\n" in r.output
    assert "\nKommandoer:\n" in r.output and "Usage" not in r.output and "Commands" not in r.output
    r = CliRunner().invoke(main, ["grounds", "--help"])
    assert r.exit_code == 0 and "[standard: auto]" in r.output and "[påkrevd]" in r.output
    assert "default" not in r.output and "required" not in r.output
    r = CliRunner().invoke(main, ["grounds", "--help", "--lang", "en"])
    assert r.output.startswith("Usage: ") and "[default: auto]" in r.output


def test_help_placeholders_are_in_bokmal():
    """«[OPTIONS]», «COMMAND [ARGS]...», «--out DIRECTORY», «--suite TEXT» in a bokmål help."""
    r = CliRunner().invoke(main, ["--help"], prog_name="nav-audit")
    assert r.output.startswith("Bruk: nav-audit [VALG] KOMMANDO [ARGUMENTER]...")
    r = CliRunner().invoke(main, ["run", "--help"], prog_name="nav-audit")
    assert r.exit_code == 0 and r.output.startswith("Bruk: nav-audit run [VALG] FILER...")
    assert "--out MAPPE" in r.output and "--suite TEKST" in r.output and "--html-case-limit HELTALL" in r.output
    assert "--set KONTROLL.PARAMETER=VERDI" in r.output  # a command's own placeholder stays
    for word in ("OPTIONS", "DIRECTORY", "TEXT", "INTEGER"):
        assert word not in r.output


def _examples(command: str) -> list[list[str]]:
    """The command lines under «Eksempel:» in `nav-audit COMMAND --help`, continuation lines joined."""
    import shlex

    text = CliRunner().invoke(main, [command, "--help"], terminal_width=200).output
    block = text.split("Eksempel", 1)[1].split("\nValg:", 1)[0]
    lines, current = [], ""
    for line in block.splitlines():
        line = line.strip()
        if current or line.startswith("nav-audit "):
            current += " " + line.rstrip("\\").strip()
            if not line.endswith("\\"):
                lines.append(shlex.split(current)[1:])
                current = ""
    return lines


def test_compare_and_findings_examples_work_when_pasted(tmp_path, monkeypatch):
    """Their examples named ut/5001/results.json and ut/results.json, which nothing had made; after
    `nav-audit demo` and the run it suggests, the first example of each now works as pasted."""
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(main, ["demo", "--out", "demo"])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(main, ["run", "demo/kvp_saker.xlsx", "--mapping", "demo/kvp_mapping.yaml", "--as-of",
                                  "2025-12-31", "--out", "demo/rapporter/kvp", "--no-history", "--format", "none"])
    assert r.exit_code == 0, r.output
    for command in ("compare", "findings"):
        example = _examples(command)[0]
        assert example[0] == command
        r = CliRunner().invoke(main, example)
        assert r.exit_code == 0, (example, r.output)
    assert (tmp_path / "demo" / "rapporter" / "kontorer" / "sammenligning.html").is_file()
    assert (tmp_path / "demo" / "funn.md").is_file() and (tmp_path / "demo" / "funn.docx").is_file()


def test_grounds_note_counts_one_file_in_the_singular(tmp_path):
    """The sample letters (with their labels.csv) gave «Merk: 1 filer i mappene er ikke …»."""
    letters = tmp_path / "brev"
    letters.mkdir()
    (letters / "K-1.txt").write_text("Saksnr: K-1\n\nVedtak om kvalifiseringsprogram.\n", encoding="utf-8")
    (letters / "labels.csv").write_text("case_id\nK-1\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["grounds", str(letters), "--out", str(tmp_path / "g.csv")])
    assert r.exit_code == 0, r.output
    assert "Merk: 1 fil i mappene er ikke .txt" in r.output and "1 filer" not in r.output
    r = CliRunner().invoke(main, ["grounds", str(letters), "--out", str(tmp_path / "g-en.csv"), "--lang", "en"])
    assert "Note: 1 file in the folders is not .txt" in r.output


def test_run_says_which_checks_were_not_evaluated_and_what_they_lack(tmp_path):
    """A KOSTRA file audited as kvp gave «12 ikke vurdert» and no word on which or why."""
    src = write_csv(tmp_path / "k.csv", ROWS)
    run = ["run", str(src), "--as-of", "2025-06-30", "--no-history", "--format", "none"]
    r = CliRunner().invoke(main, [*run, "--out", str(tmp_path / "nb")])
    assert r.exit_code == 0, r.output
    assert "15 ikke vurdert" in r.output
    assert "Ikke vurdert, fordi uttrekket mangler kolonner:" in r.output
    line = next(x for x in r.output.splitlines() if "kvp.appeal_info" in x)
    assert line.split() == ["kvp.appeal_info", "mangler", "appeal_info"]
    line = next(x for x in r.output.splitlines() if "kvp.early_information" in x)
    assert line.split() == ["kvp.early_information", "mangler", "first_contact_date", "og", "kvp_informed_date"]
    r = CliRunner().invoke(main, [*run, "--out", str(tmp_path / "en"), "--lang", "en"])
    assert "Not evaluated, because the export lacks columns:" in r.output
    assert "kvp.appeal_info                        lacks appeal_info" in r.output


def test_run_names_a_mistyped_export_before_an_earlier_runs_folder(tmp_path):
    """A second run with a typo in the file name was told «mappen har allerede resultater …»; the
    user added --overwrite and only then learnt that the file does not exist."""
    src = write_csv(tmp_path / "k.csv", ROWS)
    run = ["run", "--as-of", "2025-06-30", "--no-history", "--format", "none", "--out", str(tmp_path / "ut")]
    assert CliRunner().invoke(main, [*run, str(src)]).exit_code == 0
    r = CliRunner().invoke(main, [*run, str(tmp_path / "kk.csv")])
    assert r.exit_code == 2 and "kk.csv: filen finnes ikke" in r.output and "allerede" not in r.output


def test_run_each_heads_every_summary_with_its_file(tmp_path):
    """With --each the three municipalities' summaries followed one another with no name on top."""
    files = [write_csv(tmp_path / f"{name}.csv", ROWS) for name in ("askvoll", "bremanger", "fjaler")]
    r = CliRunner().invoke(main, ["run", *map(str, files), "--each", "--as-of", "2025-06-30", "--no-history",
                                  "--format", "none", "--out", str(tmp_path / "ut")])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    heads = [i for i, line in enumerate(lines) if line.startswith("Fil ")]
    assert [lines[i] for i in heads] == [f"Fil {n} av 3: {f}" for n, f in enumerate(files, 1)]
    assert all("saker kontrollert" in lines[i + 1] for i in heads)


def test_no_help_text_names_the_libraries_underneath():
    """`run --help` told a controller that «Great Expectations lastes bare én gang»."""
    import click

    def walk(cmd: click.Command, path: list[str]):
        yield path
        for name, sub in getattr(cmd, "commands", {}).items():
            yield from walk(sub, [*path, name])

    for path in walk(main, []):
        text = CliRunner().invoke(main, [*path, "--help"]).output.lower()
        for library in ("great expectations", "polars", "openpyxl", "jinja"):
            assert library not in text, (path, library)


def test_init_into_a_full_folder_does_not_speak_of_sample_files(tmp_path):
    """`init` shares demo's refusal, whose hint offered to «skrive eksempelfilene på nytt»."""
    (tmp_path / "mappe").mkdir()
    (tmp_path / "mappe" / "notat.txt").write_text("x", encoding="utf-8")
    r = CliRunner().invoke(main, ["init", str(tmp_path / "mappe")])
    assert r.exit_code == 2 and "mappen finnes og er ikke tom" in r.output and "--overwrite" in r.output
    assert "eksempelfil" not in r.output
    r = CliRunner().invoke(main, ["init", str(tmp_path / "mappe"), "--lang", "en"])
    assert r.exit_code == 2 and "sample files" not in r.output


def test_history_and_follow_up_show_times_as_a_reader_writes_them(tmp_path):
    """«Startet: 2026-12-06T23:58:50.565627+00:00» in `history show`; «Opprettet: …+00:00» in follow-up."""
    import re

    src = write_csv(tmp_path / "k.csv", ROWS)
    hist = str(tmp_path / "h.sqlite")
    r = CliRunner().invoke(main, ["run", str(src), "--as-of", "2025-06-30", "--history", hist, "--format", "none",
                                  "--out", str(tmp_path / "ut")])
    assert r.exit_code == 0, r.output
    iso = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
    moment = re.compile(r"\d\d\.\d\d\.\d{4} \d\d:\d\d UTC")
    listed = CliRunner().invoke(main, ["history", "list", "--history", hist])
    shown = CliRunner().invoke(main, ["history", "show", "2", "--history", hist])
    assert listed.exit_code == 0 and shown.exit_code == 0, listed.output + shown.output
    for out in (listed.output, shown.output):
        assert moment.search(out) and not iso.search(out), out
    assert re.search(r"Startet: \d\d\.\d\d\.\d{4} \d\d:\d\d UTC    Lagret: \d\d\.\d\d\.\d{4} \d\d:\d\d UTC", shown.output)
    r = CliRunner().invoke(main, ["follow-up", "add", "--check", "kvp.start_delay", "--action", "Ny rutine",
                                  "--history", hist])
    assert r.exit_code == 0, r.output
    assert moment.search(r.output) and not iso.search(r.output), r.output
    en = CliRunner().invoke(main, ["history", "show", "2", "--history", hist, "--lang", "en"])
    assert re.search(r"Started: \d{1,2} \w{3} \d{4} \d\d:\d\d UTC", en.output), en.output


def test_findings_give_two_limits_of_one_rule_lowest_first(tmp_path, monkeypatch):
    """The demo's draft said «67 år / 18 år for vedtak fra 01.01.2019»: the upper limit before the lower."""
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["demo", "--out", "demo"]).exit_code == 0
    r = CliRunner().invoke(main, ["run", "demo/kvp_saker.xlsx", "--mapping", "demo/kvp_mapping.yaml", "--as-of",
                                  "2025-12-31", "--out", "ut", "--no-history", "--format", "none"])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(main, ["findings", "ut/results.json"])
    assert r.exit_code == 0, r.output
    assert "18\xa0år / 67\xa0år for vedtak fra 01.01.2019" in r.output and "67\xa0år / 18" not in r.output


def test_run_help_names_what_each_option_takes():
    """`run --help` had «--as-of TEKST», «--mapping TEKST», «--history TEKST»: other commands say DATO, FIL,
    STI_ELLER_URL for the same things."""
    r = CliRunner().invoke(main, ["run", "--help"], terminal_width=200)
    for option in ("--as-of DATO", "--period FRA..TIL", "--mapping FIL", "--history STI_ELLER_URL"):
        assert option in r.output, option
    for command in ("sample", "review-sheet"):
        r = CliRunner().invoke(main, [command, "--help"], terminal_width=200)
        assert "--mapping FIL" in r.output
    assert "--as-of DATO" in CliRunner().invoke(main, ["sample", "--help"], terminal_width=200).output
