"""Errors follow --lang (issues 11 item 1, 15 item 7): a failing command says the whole error —
where (file, row, column, value), what and the hint — in English with `--lang en`, and stays
word for word the same in bokmål without it. One failing command per area of the code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.cli import main
from tests.helpers import write_csv

ROWS = [
    {"case_id": "K1", "decision": "granted", "decision_date": "2025-01-10", "program_start_date": "2025-01-20",
     "birth_date": "2001-03-02"},
    {"case_id": "K2", "decision": "granted", "decision_date": "2025-01-10", "program_start_date": "2025-01-30",
     "birth_date": "1970-06-15"},
]


def error_line(args: list[str]) -> str:
    """The error a command ends with (exit 2): the last line it writes on stderr."""
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 2, (r.exit_code, r.output, r.exception)
    return r.stderr.strip().splitlines()[-1]


def both(args: list[str], nb: str, en: str) -> None:
    """``args`` fail with ``nb`` by default and with ``en`` under --lang en; neither speaks the other's language."""
    assert error_line(args) == nb
    assert error_line([*args, "--lang", "en"]) == en


@pytest.fixture
def export(tmp_path) -> Path:
    return write_csv(tmp_path / "saker.csv", ROWS)


def results_file(path: Path, run_id: str = "20251231T000000-abc123") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"tool": {"name": "nav-audit"}, "checks": [],
                                "run": {"id": run_id, "as_of": "2025-12-31", "suite": "kvp"}}), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- audit/io.py, audit/params.py


def test_a_settings_file_that_is_no_text(tmp_path, export):
    config = tmp_path / "param.yaml"
    config.write_bytes(b"parameters:\x00\n")
    both(["run", str(export), "--config", str(config), "--no-history", "--format", "none", "--out", str(tmp_path / "o")],
         f"Feil: fil {config}: konfigurasjonsfilen er ikke en tekstfil. Er det riktig fil?",
         f"Error: file {config}: the configuration file is not a text file. Is it the right file?")


def test_an_output_that_exists(tmp_path, export):
    out = tmp_path / "utvalg.csv"
    out.write_text("x\n", encoding="utf-8")
    both(["sample", str(export), "--total", "1", "--out", str(out)],
         f"Feil: fil {out}: utvalgsfilen finnes allerede. Velg et annet filnavn, eller bruk --overwrite for å skrive over.",
         f"Error: file {out}: the sample file already exists. Choose another file name, or use --overwrite to write over it.")


def test_a_parameter_override_of_the_wrong_form(tmp_path, export):
    both(["run", str(export), "--set", "kvp.start_delay", "--no-history", "--format", "none", "--out", str(tmp_path / "o")],
         "Feil: --set «kvp.start_delay»: forventet kontroll.parameter=verdi. "
         "For eksempel --set kvp.start_delay.deviation_days=21.",
         "Error: --set «kvp.start_delay»: expected check.parameter=value. "
         "For example --set kvp.start_delay.deviation_days=21.")


def test_a_parameter_of_a_configuration_file(tmp_path, export):
    config = tmp_path / "param.yaml"
    config.write_text("parameters:\n  kvp.start_delay:\n    deviation_days: tretti\n", encoding="utf-8")
    both(["run", str(export), "--config", str(config), "--no-history", "--format", "none", "--out", str(tmp_path / "o")],
         f"Feil: fil {config}, verdi «tretti»: verdien for kvp.start_delay.deviation_days skal være et tall. "
         "For eksempel 30 eller 37,5.",
         f"Error: file {config}, value «tretti»: the value for kvp.start_delay.deviation_days must be a number. "
         "For example 30 or 37.5.")


# --------------------------------------------------------------------------- audit/results_model.py, audit/cli/report.py


def test_a_results_file_that_is_missing(tmp_path):
    missing = tmp_path / "results.json"
    both(["report", str(missing), "--out", str(tmp_path / "r")],
         f"Feil: fil {missing}: filen finnes ikke. Oppgi results.json fra en kjøring av nav-audit, eller mappen den ligger i.",
         f"Error: file {missing}: the file does not exist. Give the results.json of a nav-audit run, or the folder it is in.")


def test_a_results_file_of_the_wrong_shape(tmp_path):
    path = tmp_path / "results.json"
    path.write_text(json.dumps({"run": {"id": 1, "as_of": "2025-12-31", "suite": "kvp"}, "checks": [{"id": []}]}),
                    encoding="utf-8")
    both(["report", str(path), "--out", str(tmp_path / "r")],
         f"Feil: fil {path}: resultatfilen har feil form: «checks[0].id» skal være tekst. "
         "Filen må være results.json fra nav-audit, uendret.",
         f"Error: file {path}: the results file has the wrong shape: «checks[0].id» must be text. "
         "The file must be a results.json from nav-audit, unchanged.")


def test_an_unknown_report_format(tmp_path):
    path = results_file(tmp_path / "results.json")
    both(["report", str(path), "--format", "pdf", "--out", str(tmp_path / "r")],
         "Feil: --format: ukjent format «pdf». Bruk xlsx, html eller xlsx,html.",
         "Error: --format: unknown format «pdf». Use xlsx, html or xlsx,html.")


# --------------------------------------------------------------------------- audit/cli/run.py


def test_run_options(tmp_path, export):
    run = ["run", str(export), "--no-history", "--format", "none", "--out", str(tmp_path / "o")]
    both([*run, "--period", "2025"],
         "Feil: verdi «2025»: --period: forventet FRA..TIL. For eksempel --period 2025-01-01..2025-12-31.",
         "Error: value «2025»: --period: expected FROM..TO. For example --period 2025-01-01..2025-12-31.")
    both([*run, "--as-of", "31.02.2025"],
         "Feil: verdi «31.02.2025»: --as-of: ugyldig dato. Bruk åååå-mm-dd, for eksempel 2025-12-31.",
         "Error: value «31.02.2025»: --as-of: not a valid date. Use yyyy-mm-dd, for example 2025-12-31.")
    (tmp_path / "o").mkdir()
    results_file(tmp_path / "o" / "results.json")
    both(run,
         f"Feil: fil {tmp_path / 'o'}: mappen har allerede resultater fra en kjøring (results.json). "
         "Velg en annen --out, eller bruk --overwrite for å skrive over.",
         f"Error: file {tmp_path / 'o'}: the folder already holds the results of a run (results.json). "
         "Choose another --out, or use --overwrite to write over them.")


# --------------------------------------------------------------------------- audit/supervision/, reports/


def test_sample_errors(tmp_path, export):
    out = str(tmp_path / "utvalg.csv")
    both(["sample", str(export), "--only", "decision", "--total", "1", "--out", out],
         "Feil: verdi «decision»: filteret skal skrives KOLONNE=VERDI[,VERDI]. For eksempel --only decision=granted.",
         "Error: value «decision»: the filter must be written COLUMN=VALUE[,VALUE]. For example --only decision=granted.")
    # a sample larger than the population is taken whole, with a note (eb01537): no error any more
    both(["sample", str(export), "--strata", "case_id", "--per-stratum", "1", "--out", out],
         "Feil: kolonne «case_id»: «case_id» kan ikke brukes som stratum: det er en dato eller et tall. "
         "Mulige strata i dette uttrekket: decision, age_group, decision_year.",
         "Error: column «case_id»: «case_id» cannot be used as a stratum: it is a date or a number. "
         "Possible strata in this export: decision, age_group, decision_year.")


def test_review_sheet_errors(tmp_path, export):
    both(["review-sheet", str(export), "--keys", "K1", "--judgements", "case_id", "--out", str(tmp_path / "g.xlsx")],
         "Feil: kolonne «case_id»: «case_id» er ikke en kolonne som kan vurderes i datasett «kvp». "
         "Mulige vurderinger: work_ability_assessment_date, ground_age, ground_work_ability, ground_benefits, "
         "ground_necessity, ground_program, planned_end_date, evaluations_planned, hours_per_week, kvp_informed_date, "
         "appeal_info.",
         "Error: column «case_id»: «case_id» is not a column that can be judged in the dataset «kvp». "
         "Possible judgements: work_ability_assessment_date, ground_age, ground_work_ability, ground_benefits, "
         "ground_necessity, ground_program, planned_end_date, evaluations_planned, hours_per_week, kvp_informed_date, "
         "appeal_info.")


def test_compare_errors(tmp_path):
    a = results_file(tmp_path / "a" / "results.json", "run-a")
    b = results_file(tmp_path / "b" / "results.json", "run-a")
    out = str(tmp_path / "cmp")
    both(["compare", str(a), str(a), "--out", out],
         f"Feil: fil {a}: resultatfilen er gitt to ganger. Samme fil som {a}; gi hver fil bare én gang.",
         f"Error: file {a}: the results file is given twice. The same file as {a}; give each file only once.")
    both(["compare", str(a), str(b), "--out", out],
         f"Feil: fil {b}: kjøringen run-a er gitt to ganger. Samme kjøring som {a}; gi hver kjøring bare én gang.",
         f"Error: file {b}: the run run-a is given twice. The same run as {a}; give each run only once.")


# --------------------------------------------------------------------------- audit/cli/ (other commands)


def test_follow_up_and_grounds(tmp_path):
    both(["follow-up", "update", "3", "--history", str(tmp_path / "h.sqlite")],
         "Feil: ingenting å endre. Oppgi minst én av --status, --responsible, --action, --due, --note.",
         "Error: nothing to change. Give at least one of --status, --responsible, --action, --due, --note.")
    letters = tmp_path / "brev"
    letters.mkdir()
    (letters / "K1.txt").write_text("Vedtak.\n", encoding="utf-8")
    out = tmp_path / "grunner.txt"
    both(["grounds", str(letters), "--out", str(out)],
         f"Feil: fil {out}: tabellen skrives som .csv",
         f"Error: file {out}: the table is written as .csv")


# --------------------------------------------------------------------------- audit/schedule/


SCHEDULE = """\
title: Test
scope: "5001"
activities:
  - id: kvp-mnd
    title: Månedlig
    suite: kvp
    months: all
    dag: 10
    period: month
    inputs:
      - path: "data/kvp_{year}-{month}.csv"
"""


def test_a_broken_schedule(tmp_path):
    path = tmp_path / "arshjul.yaml"
    path.write_text(SCHEDULE, encoding="utf-8")
    both(["schedule", "show", "-f", str(path), "--year", "2026"],
         f"Feil: fil {path}, rad 8: nøkkel «activities[kvp-mnd].dag»: ukjent nøkkel. Mente du «day»?",
         f"Error: file {path}, row 8: key «activities[kvp-mnd].dag»: unknown key. Did you mean «day»?")
    path.write_text(SCHEDULE.replace("    dag: 10\n", "    day: 10\n    day: 11\n"), encoding="utf-8")
    both(["schedule", "show", "-f", str(path), "--year", "2026"],
         f"Feil: fil {path}, rad 9: årshjulfilen er ikke gyldig YAML (nøkkelen «day» står to ganger). "
         "Sjekk innrykk og kolon på linjen; tekst med kolon eller # må stå i anførselstegn.",
         f"Error: file {path}, row 9: the årshjul file is not valid YAML (the key «day» appears twice). "
         "Check the indentation and colons on the line; text with a colon or # must be in quotes.")


def test_a_schedule_naming_an_unknown_suite_warns_in_the_readers_language(tmp_path):
    path = tmp_path / "arshjul.yaml"
    path.write_text(SCHEDULE.replace("dag: 10", "day: 10").replace("suite: kvp", "suite: kpv"), encoding="utf-8")
    show = ["schedule", "show", "-f", str(path), "--year", "2026"]
    r = CliRunner().invoke(main, show)
    assert r.exit_code == 0, r.output
    assert (f"Advarsel: fil {path}, rad 6: nøkkel «activities[kvp-mnd].suite»: suiten «kpv» finnes ikke i denne "
            "versjonen av nav-audit. Mente du «kvp»?") in r.stderr
    r = CliRunner().invoke(main, [*show, "--lang", "en"])
    assert r.exit_code == 0, r.output
    assert (f"Warning: file {path}, row 6: key «activities[kvp-mnd].suite»: the suite «kpv» does not exist in this "
            "version of nav-audit. Did you mean «kvp»?") in r.stderr


def test_an_unknown_activity(tmp_path):
    path = tmp_path / "arshjul.yaml"
    path.write_text(SCHEDULE.replace("dag: 10", "day: 10"), encoding="utf-8")
    both(["schedule", "run", "-f", str(path), "--activity", "kvp-mnn", "--history", str(tmp_path / "h.sqlite")],
         f"Feil: fil {path}: --activity: aktiviteten «kvp-mnn» finnes ikke i årshjulet. Mente du «kvp-mnd»?",
         f"Error: file {path}: --activity: the activity «kvp-mnn» is not in the årshjul. Did you mean «kvp-mnd»?")


# --------------------------------------------------------------------------- audit/onboarding/, audit/annual.py


def test_demo_into_a_folder_in_use(tmp_path):
    target = tmp_path / "demo"
    target.mkdir()
    (target / "notat.txt").write_text("x\n", encoding="utf-8")
    both(["demo", "--out", str(target)],
         f"Feil: fil {target}: mappen finnes og er ikke tom. Velg en ny mappe, eller bruk --overwrite for å skrive "
         "filene på nytt (andre filer røres ikke).",
         f"Error: file {target}: the folder exists and is not empty. Choose a new folder, or use --overwrite to write "
         "the files again (other files are left alone).")


def test_map_a_kostra_file(tmp_path):
    kostra = Path(__file__).resolve().parents[1] / "sample_data" / "kostra" / "kvp_11cf_2025.dat"
    assert kostra.is_file()
    both(["map", str(kostra), "--out", str(tmp_path / "m.yaml")],
         f"Feil: fil {kostra}: dette er en KOSTRA-fil (11CF/11F); den trenger ingen mappingfil. "
         "«nav-audit run FIL» leser KOSTRA-filer direkte: 11CF som kvp, 11F med --suite stonad.",
         f"Error: file {kostra}: this is a KOSTRA file (11CF/11F); it needs no mapping file. "
         "«nav-audit run FILE» reads KOSTRA files directly: 11CF as kvp, 11F with --suite stonad.")


def test_annual_report_of_an_empty_history(tmp_path):
    history = tmp_path / "h.sqlite"
    both(["annual", "--year", "2025", "--history", str(history), "--scope", "5001", "--out", str(tmp_path / "a")],
         f"Feil: historikken {history} har ingen kjøringer i 2025 (omfang 5001). "
         "Se «nav-audit history list» for årene som finnes, eller oppgi en annen --history.",
         f"Error: the history {history} has no runs in 2025 (scope 5001). "
         "See «nav-audit history list» for the years there are, or give another --history.")


# --------------------------------------------------------------------------- no command at hand


def test_unknown_suite_and_dataset_render_in_either_language():
    from audit.datasets import get_dataset
    from audit.errors import ConfigError
    from checks import get_suite

    with pytest.raises(ConfigError) as suite:
        get_suite("kpv")
    assert suite.value.render("nb") == "ukjent suite «kpv». Gyldige suiter er: kvp, stonad, kostra."
    assert suite.value.render("en") == "unknown suite «kpv». The valid suites are: kvp, stonad, kostra."
    with pytest.raises(ConfigError) as dataset:
        get_dataset("kpv")
    assert dataset.value.render("en") == "unknown dataset «kpv». The valid datasets are: kvp, stonad, kostra_11cf, kostra_11f."


# --------------------------------------------------------------------------- click's own messages (audit/cli/click_words.py)


def test_clicks_own_errors_follow_lang(tmp_path, export):
    """Errors click finds while parsing (an unknown option, a value of the wrong type, a path that is
    a file) are in bokmål by default and in English with --lang en, wherever --lang stands."""
    both(["run", str(export), "--bogus"],
         "Feil: Ukjent valg '--bogus'. Mente du '--out'?",
         "Error: No such option '--bogus'. Did you mean '--out'?")
    both(["schedule", "show", "-f", str(tmp_path / "arshjul.yaml"), "--year", "tjuefemten"],
         "Feil: Ugyldig verdi for '--year': 'tjuefemten' er ikke et gyldig heltall.",
         "Error: Invalid value for '--year': 'tjuefemten' is not a valid integer range.")  # click's words
    assert error_line(["demo", "--lang=en", "--out", str(export)]) == (
        f"Error: Invalid value for '--out' / '-o': Directory '{export}' is a file.")
    assert error_line(["demo", "--out", str(export)]) == (
        f"Feil: Ugyldig verdi for '--out' / '-o': Mappen '{export}' er en fil.")
    assert error_line(["sample", str(export), "--total"]) == "Feil: Valget '--total' trenger en verdi."


def test_the_language_is_read_before_click_parses():
    from audit.cli.click_words import lang_of

    assert lang_of(["run", "x.csv", "--lang", "en"]) == "en"
    assert lang_of(["run", "--lang=en", "x.csv"]) == "en"
    assert lang_of(["run", "x.csv", "--lang", "sv"]) == "nb"  # click refuses the value, in bokmål
    assert lang_of(["run", "--", "--lang", "en"]) == "nb"  # after «--» it is a file name
    assert lang_of([]) == "nb"


def test_schedule_run_reports_and_records_a_failed_activity_in_the_run_language(tmp_path):
    """The outcome line and activity.json say why an activity failed in the language of the run."""
    path = tmp_path / "arshjul.yaml"
    path.write_text(SCHEDULE.replace("dag: 10", "day: 10").replace("months: all", "months: [1]")
                    .replace("suite: kvp", "suite: kpv"), encoding="utf-8")
    why = {"nb": f"fil {path}, rad 6: nøkkel «activities[kvp-mnd].suite»: suiten «kpv» finnes ikke i denne versjonen "
                 "av nav-audit. Mente du «kvp»?",
           "en": f"file {path}, row 6: key «activities[kvp-mnd].suite»: the suite «kpv» does not exist in this version "
                 "of nav-audit. Did you mean «kvp»?"}
    for lang in ("nb", "en"):
        out = tmp_path / f"out-{lang}"
        r = CliRunner().invoke(main, ["schedule", "run", "-f", str(path), "--on", "2026-01-15", "--out", str(out),
                                      "--history", str(tmp_path / f"h-{lang}.sqlite"), "--lang", lang])
        assert r.exit_code != 0 and why[lang] in r.output, r.output
        (manifest,) = out.glob("*/kvp-mnd/activity.json")
        assert json.loads(manifest.read_text(encoding="utf-8"))["message"] == why[lang]


def test_clicks_own_errors_never_echo_an_identity_number(export):
    """Click quotes what was typed (a refused choice, an unknown option or command): an identity
    number typed there is masked like everywhere else, in both languages."""
    from tests.bad_inputs import fnrs

    fnr = fnrs(1, seed=7)[0]
    for args in (["run", str(export), "--lang", fnr], ["run", str(export), f"--x{fnr}"], [fnr],
                 ["run", str(export), "--lang", "en", f"--x{fnr}"], ["run", str(export), "--html-case-limit", f"a{fnr}"]):
        r = CliRunner().invoke(main, args)
        assert r.exit_code == 2, (args, r.output)
        assert fnr not in r.output and fnr not in r.stderr and "•" in r.stderr, (args, r.stderr)
