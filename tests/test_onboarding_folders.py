"""`nav-audit demo` and `nav-audit init`: the folders they write work with `run` and `schedule`."""

from __future__ import annotations

import json
import os
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.onboarding.demo import SAMPLES
from checks import SUITES


@pytest.fixture()
def in_folder(tmp_path):
    """Run from a folder of its own, as a user who is not in the repository."""
    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(old)


def test_demo_writes_the_samples_and_commands_that_work_from_here(in_folder):
    r = CliRunner().invoke(main, ["demo", "--out", "demo"])
    assert r.exit_code == 0, r.output
    for name in [*SAMPLES, "parametre.yaml", "arshjul.yaml", "uttrekk_med_fodselsnummer.csv"]:
        assert (in_folder / "demo" / name).is_file(), name
    letters = sorted(p.name for p in (in_folder / "demo" / "vedtaksbrev").iterdir())
    assert len(letters) == 24 and {p.rsplit(".", 1)[1] for p in letters} == {"txt", "docx", "pdf"}
    commands = [line.strip() for line in r.output.splitlines() if line.strip().startswith("nav-audit ")]
    assert commands and all("demo/" in c for c in commands)
    assert not any("sample_data" in c or "docs/" in c for c in commands)
    first = shlex.split(commands[0])
    assert first[:2] == ["nav-audit", "run"] and "--no-history" in first
    run = CliRunner().invoke(main, first[1:] + ["--format", "none"])
    assert run.exit_code == 0, run.output
    assert (in_folder / "demo" / "rapporter" / "kvp" / "results.json").is_file()
    for c in commands:  # the light ones: map, check, schedule show, pseudonymise
        args = shlex.split(c)[1:]
        if args[0] in ("map", "schedule", "grounds", "pseudonymise"):
            res = CliRunner().invoke(main, args)
            assert res.exit_code == 0, (c, res.output)
    written = (in_folder / "demo" / "uttrekk_pseudonymisert.csv").read_text(encoding="utf-8")
    source = (in_folder / "demo" / "uttrekk_med_fodselsnummer.csv").read_text(encoding="utf-8")
    assert written.count("\n") == source.count("\n") == 21
    assert not {line.split(";")[1] for line in source.splitlines()[1:]} & set(written.replace("\n", ";").split(";"))



def test_demo_letters_are_cases_of_the_demo_export_and_run_judges_their_grounds(in_folder):
    """The demo's letters carried keys K-0001 … that no export row has: `run export begrunnelser.csv` (the help's
    example) added 24 cases without a decision and judged no grounds check on the export's cases."""
    import csv

    assert CliRunner().invoke(main, ["demo", "--out", "demo"]).exit_code == 0
    r = CliRunner().invoke(main, ["grounds", "demo/vedtaksbrev", "--out", "demo/begrunnelser.csv"])
    assert r.exit_code == 0, r.output
    with open("demo/begrunnelser.csv", encoding="utf-8-sig", newline="") as f:
        letters = {row["case_id"]: row for row in csv.DictReader(f, delimiter=";")}
    with open("demo/kvp_saker.csv", encoding="utf-8-sig", newline="") as f:
        export = {row["Saksnummer"]: row for row in csv.DictReader(f, delimiter=";")}
    assert len(letters) == 24 and set(letters) <= set(export), sorted(set(letters) - set(export))
    assert {export[k]["Vedtak"] for k in letters} == {"Innvilget"}
    assert {"K-000153", "K-000173"} <= set(letters)  # the review-sheet example's two cases
    run = CliRunner().invoke(main, ["run", "demo/kvp_saker.xlsx", "demo/begrunnelser.csv",
                                    "-m", "demo/kvp_mapping_uten_begrunnelser.yaml", "-m", "-", "--as-of", "2025-12-31",
                                    "--out", "demo/r", "--no-history", "--format", "none"])
    assert run.exit_code == 0, run.output
    results = json.loads(Path("demo/r/results.json").read_text(encoding="utf-8"))
    assert results["run"]["inputs"][0]["rows"] == 400
    for criterion in ("age", "work_ability", "benefits", "necessity", "program"):
        check = next(c for c in results["checks"] if c["id"] == f"kvp.grounds.{criterion}")
        said_no = sum(1 for row in letters.values() if row[f"ground_{criterion}"] == "nei")
        assert (check["evaluated"], check["failed"]) == (24, said_no), criterion
    # the export's own «Begrunnet: …» columns disagree with the letters: mapped from both, the run stops
    both = CliRunner().invoke(main, ["run", "demo/kvp_saker.xlsx", "demo/begrunnelser.csv", "-m", "demo/kvp_mapping.yaml",
                                     "-m", "-", "--as-of", "2025-12-31", "--out", "demo/r2", "--no-history"])
    assert both.exit_code == 2 and "K-000" in both.output

def _state(path: Path):
    return (path.stat().st_mtime_ns, path.stat().st_size) if path.exists() else None


def test_demo_stonad_command_keeps_its_history_in_the_demo_folder(in_folder):
    global_history = Path(os.environ["XDG_DATA_HOME"]) / "nav-audit" / "history.sqlite"
    before = _state(global_history)  # other tests in the session may have made it; this command must not touch it
    r = CliRunner().invoke(main, ["demo", "--out", "demo"])
    cmd = next(shlex.split(line.strip()) for line in r.output.splitlines() if "--suite stonad" in line)
    res = CliRunner().invoke(main, cmd[1:] + ["--format", "none"])
    assert res.exit_code == 0, res.output
    assert (in_folder / "demo" / "historikk.sqlite").is_file()
    assert _state(global_history) == before


def test_demo_commands_quote_a_folder_with_spaces(in_folder):
    r = CliRunner().invoke(main, ["demo", "--out", "mitt eksempel"])
    assert r.exit_code == 0, r.output
    check = next(shlex.split(line.strip()) for line in r.output.splitlines() if "--check" in line)
    assert check[2] == "mitt eksempel/kvp_saker.csv"
    res = CliRunner().invoke(main, check[1:])
    assert res.exit_code == 0, res.output


def test_demo_refuses_a_folder_with_files_unless_overwrite(in_folder):
    (in_folder / "full").mkdir()
    (in_folder / "full" / "mine.txt").write_text("keep me")
    r = CliRunner().invoke(main, ["demo", "--out", "full"])
    assert r.exit_code == 2 and "--overwrite" in r.output
    assert sorted(p.name for p in (in_folder / "full").iterdir()) == ["mine.txt"]
    r = CliRunner().invoke(main, ["demo", "--out", "full", "--overwrite"])
    assert r.exit_code == 0, r.output
    assert (in_folder / "full" / "mine.txt").read_text() == "keep me"
    assert (in_folder / "full" / "kvp_saker.xlsx").is_file()


def test_init_makes_a_working_folder_that_schedule_and_run_accept(in_folder):
    from audit.params import load_parameters
    from audit.schedule import catalogue_problems, load_schedule

    CliRunner().invoke(main, ["demo", "--out", "demo"])
    r = CliRunner().invoke(main, ["init", "kontor", "--export", "demo/stonad_saker.csv", "--scope", "5001"])
    assert r.exit_code == 0, r.output
    folder = in_folder / "kontor"
    assert {p.name for p in folder.iterdir()} >= {"arshjul.yaml", "parametre.yaml", "mapping_stonad.yaml", "LESMEG.md",
                                                  "uttrekk", "kostra"}
    readme = (folder / "LESMEG.md").read_text(encoding="utf-8")
    assert "Hver måned" in readme and "nav-audit schedule due" in readme and "docs/" not in readme
    schedule = load_schedule(folder / "arshjul.yaml")
    assert catalogue_problems(schedule) == {}
    ids = [a.id for a in schedule.activities]
    assert ids == ["kvp-kvartal", "stonad-kvartal", "kostra-11cf", "kostra-11f", "arsrapport"]
    stonad = next(a for a in schedule.activities if a.id == "stonad-kvartal")
    # each quarter's own export, in the given export's format: not the one export the draft was made from,
    # which every quarter would audit again
    assert stonad.inputs[0].path == "uttrekk/stonad_{year}-K{quarter}.csv"
    assert "uttrekk/stonad_{year}-K{quarter}.csv" in r.output and "stonad_saker.csv" not in stonad.inputs[0].path
    show = CliRunner().invoke(main, ["schedule", "show", "-f", "kontor/arshjul.yaml", "--year", "2026"])
    assert show.exit_code == 0, show.output
    params = folder / "parametre.yaml"
    for suite in SUITES.values():  # every parameter is in the file, at its default
        loaded = load_parameters(suite, params)
        assert {(c, p) for c, ps in loaded.items() for p in ps} == {(c.id, p.name) for c in suite.checks for p in c.params}
    text = params.read_text(encoding="utf-8")
    assert "sosialtjenesteloven § 29" in text and "forvaltningsloven § 11 a" in text
    kostra = next(a for a in schedule.activities if a.id == "kostra-11f")
    assert kostra.suite == ("kostra" if "kostra" in SUITES else "stonad") and kostra.inputs[0].path == "kostra/11F_{year}.dat"
    run = CliRunner().invoke(main, [
        "run", "demo/stonad_saker.csv", "--suite", "stonad", "--mapping", "kontor/mapping_stonad.yaml",
        "--config", "kontor/parametre.yaml", "--as-of", "2025-12-31", "--out", "ut", "--no-history", "--format", "none"])
    assert run.exit_code == 0, run.output
    assert json.loads((in_folder / "ut" / "results.json").read_text())["input_issues"] == []


def test_schedule_run_accepts_the_demo_wheel(in_folder):
    CliRunner().invoke(main, ["demo", "--out", "demo"])
    r = CliRunner().invoke(main, ["schedule", "run", "-f", "demo/arshjul.yaml", "--on", "2026-02-01", "--activity",
                                  "kostra-11f", "--history", "demo/historikk.sqlite"])
    assert r.exit_code == 0, r.output
    assert any((in_folder / "demo" / "rapporter").rglob("results.json"))


def test_init_without_an_export_and_in_english(in_folder):
    r = CliRunner().invoke(main, ["init", "office", "--lang", "en"])
    assert r.exit_code == 0, r.output
    readme = (in_folder / "office" / "LESMEG.md").read_text(encoding="utf-8")
    assert "Every month" in readme
    assert not list((in_folder / "office").glob("mapping_*.yaml"))
    again = CliRunner().invoke(main, ["init", "office"])
    assert again.exit_code == 2


def test_no_help_text_points_to_repository_paths():
    """After a pip install there is no docs/ or sample_data/ folder beside the user."""
    import click

    def walk(cmd: click.Command, ctx_name: str):
        ctx = click.Context(cmd, info_name=ctx_name)
        yield ctx_name, cmd.get_help(ctx)
        for name, sub in getattr(cmd, "commands", {}).items():
            yield from walk(sub, f"{ctx_name} {name}")

    for name, text in walk(main, "nav-audit"):
        assert "docs/" not in text and "sample_data/" not in text, name


def _examples() -> list[str]:
    """Every example line of every --help text (continuation lines joined), in command order."""
    import click

    def walk(cmd: click.Command, name: str):
        yield cmd.get_help(click.Context(cmd, info_name=name))
        for sub_name, sub in getattr(cmd, "commands", {}).items():
            yield from walk(sub, f"{name} {sub_name}")

    out: list[str] = []
    for text in walk(main, "nav-audit"):
        lines = text.splitlines()
        i = 0
        while i < len(lines):
            line = lines[i].strip()
            if line.startswith("nav-audit "):
                while line.endswith("\\") and i + 1 < len(lines):
                    i += 1
                    line = line[:-1].strip() + " " + lines[i].strip()
                if line not in out:
                    out.append(line)
            i += 1
    return out


@pytest.mark.slow  # seven audits: minutes
def test_every_help_example_on_the_demo_folder_works_from_another_folder(in_folder):
    """After the README's first commands, the examples that use the demo folder run as written,
    in the order the help shows them."""
    from tests.test_install import readme_first_commands

    readme = readme_first_commands()
    for cmd in readme:
        assert CliRunner().invoke(main, cmd[1:]).exit_code == 0, cmd
    done = {shlex.join(c) for c in readme}
    examples = [e for e in _examples() if "demo/" in e and shlex.join(shlex.split(e)) not in done]
    assert len(examples) >= 15
    for example in examples:
        args = shlex.split(example)[1:]
        if args[0] == "run":
            assert "--history" in args or "--no-history" in args, example  # examples never fill the user's history
        r = CliRunner().invoke(main, args, input="j\n")  # «history remove» asks first; the user says yes
        assert r.exit_code == 0, (example, r.output[-500:])


def test_a_new_wheel_calls_nothing_late_that_was_scheduled_before_it_existed(in_folder):
    """A wheel made on 6 December: the year's earlier quarterly reviews are not «forsinket» (they were scheduled
    before the office used nav-audit); the next ones are still due when their day comes."""
    import datetime as dt

    from audit.onboarding.init import init_folder

    init_folder("kontor", start=dt.date(2026, 12, 6))
    assert "\nstart: 2026-12-06\n" in (in_folder / "kontor" / "arshjul.yaml").read_text(encoding="utf-8")
    args = ["schedule", "due", "-f", "kontor/arshjul.yaml", "--history", "h.sqlite", "--format", "json"]
    now = CliRunner().invoke(main, [*args, "--on", "2026-12-06"])
    assert now.exit_code == 0, now.output
    assert json.loads(now.output)["items"] == []
    later = CliRunner().invoke(main, [*args, "--on", "2027-02-03"])
    due = {(i["activity"], i["status"]) for i in json.loads(later.output)["items"]}
    assert ("kvp-kvartal", "overdue") in due and ("kostra-11cf", "due") in due
    today = CliRunner().invoke(main, ["init", "idag"])  # the command starts the wheel on the day it is run
    assert today.exit_code == 0, today.output
    assert f"\nstart: {dt.date.today().isoformat()}\n" in (in_folder / "idag" / "arshjul.yaml").read_text(encoding="utf-8")


def test_map_and_map_check_count_the_columns_alike(in_folder):
    """The draft said «28 av 28 kolonner» and --check of that very draft «28 av 29»: birth_date and birth_year are
    one column (either will do) in both."""
    import re

    CliRunner().invoke(main, ["demo", "--out", "demo"])
    drafted = CliRunner().invoke(main, ["map", "demo/kvp_saker.csv", "--out", "m.yaml"])
    checked = CliRunner().invoke(main, ["map", "demo/kvp_saker.csv", "--check", "m.yaml"])
    assert drafted.exit_code == 0 and checked.exit_code == 0, drafted.output + checked.output
    counts = [re.search(r"(\d+) av (\d+) kolonner", r.output).groups() for r in (drafted, checked)]
    assert counts[0] == counts[1] and counts[0][0] == counts[0][1], counts
