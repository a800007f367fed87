"""Every example in every command's --help runs as written after `nav-audit demo --out demo`.

A new user copies the lines under «Eksempel:» into a terminal. Each help's examples are run in order
in a fresh copy of a demo folder (with the KVP run the demo suggests first, when the example's heading
says so), as a shell would: `> FILE` receives the output. Each must exit 0 and write
every file it names (its --out, a redirect, a new path with a file suffix).
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from audit.cli import main

SUGGESTED_RUN = ["run", "demo/kvp_saker.xlsx", "--mapping", "demo/kvp_mapping.yaml", "--as-of", "2025-12-31",
                 "--out", "demo/rapporter/kvp", "--no-history"]
AFTER_RUN = "KVP-kjøringen den foreslår"
WRITTEN = re.compile(r"\.(csv|xlsx|json|md|docx|html|ics|yaml|sqlite|txt)$")
OUT_OPTIONS = {"--out", "-o", "--html"}


def _paths(cmd: click.Command, path: list[str]):
    yield path
    for name in sorted(getattr(cmd, "commands", {})):
        yield from _paths(cmd.commands[name], [*path, name])


def examples(help_text: str) -> tuple[str, list[list[str]]]:
    """The «Eksempel» heading («Example» in English) and its command lines (continuations joined), as a
    shell splits them."""
    block = re.split(r"\n  (?:Eksempel|Example)", help_text, maxsplit=1)[1]
    block = re.split(r"\n(?:Valg|Options|Kommandoer|Commands):", block, maxsplit=1)[0]
    heading, *lines = block.splitlines()
    commands, current = [], ""
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            assert not current, current
            continue
        if not current and not line.startswith("nav-audit "):
            commands.append(["<not a nav-audit command>", line])
            continue
        current += " " + line.removesuffix("\\").strip()
        if not line.endswith("\\"):
            commands.append(shlex.split(current)[1:])
            current = ""
    return heading, commands


def all_examples(lang: str) -> dict[str, tuple[str, list[list[str]]]]:
    found = {}
    heading = {"nb": "Eksempel", "en": "Example"}[lang]
    for path in _paths(main, []):
        args = [*path, "--help", *(["--lang", lang] if lang != "nb" else [])]
        r = CliRunner().invoke(main, args, prog_name="nav-audit", terminal_width=200)
        assert r.exit_code == 0, (path, r.output)
        assert f"\n  {heading}" in r.output, f"nav-audit {' '.join(path)} --help --lang {lang} has no example"
        found[" ".join(path)] = examples(r.output)
    return found


def _invoke(argv: list[str], folder: Path) -> None:
    """One example line as a shell runs it, in ``folder``."""
    if ">" in argv:
        argv, target = argv[:argv.index(">")], argv[argv.index(">") + 1]
    else:
        target = None
    expanded = list(argv)
    writes = [b for a, b in zip(expanded, expanded[1:]) if a in OUT_OPTIONS]
    writes += [a for a in expanded if WRITTEN.search(a) and not Path(a).exists()]
    # a confirmation («spør først») is answered yes, as the user who pasted it would
    r = CliRunner().invoke(main, expanded, input="j\n")
    assert r.exit_code == 0, (argv, r.output)
    if target:
        (folder / target).write_text(r.output, encoding="utf-8")
        writes.append(target)
    for written in writes:
        assert (folder / written).exists(), (argv, written, r.output)


@pytest.fixture(scope="module")
def demo_folders(tmp_path_factory):
    """Two folders holding `demo/`: as `nav-audit demo --out demo` leaves it, and after the run it suggests."""
    base = tmp_path_factory.mktemp("demo")
    here = os.getcwd()
    try:
        for name, commands in (("plain", []), ("after_run", [SUGGESTED_RUN])):
            (base / name).mkdir()
            os.chdir(base / name)
            for argv in [["demo", "--out", "demo"], *commands]:
                r = CliRunner().invoke(main, argv)
                assert r.exit_code == 0, r.output
    finally:
        os.chdir(here)
    return base


def test_help_examples_are_the_same_in_english():
    """With --lang en the help's words are English, the headings of its examples too; the command
    lines are the same (they are commands)."""
    english, bokmal = all_examples("en"), all_examples("nb")
    assert english.keys() == bokmal.keys()
    for command, (heading, lines) in bokmal.items():
        assert english[command][1] == lines, command
        if heading.strip(":"):  # «Eksempel (etter «nav-audit demo --out demo»):» is translated
            assert english[command][0] != heading, command


@pytest.mark.parametrize("command", [" ".join(path) for path in _paths(main, [])])
def test_every_help_example_runs_as_written(command, demo_folders, tmp_path, monkeypatch):
    heading, commands = all_examples("nb")[command]
    assert commands and not [c for c in commands if c[0] == "<not a nav-audit command>"], commands
    if commands[0] != ["demo", "--out", "demo"]:  # an example that makes the demo itself starts from nothing
        source = demo_folders / ("after_run" if AFTER_RUN in heading else "plain") / "demo"
        shutil.copytree(source, tmp_path / "demo")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # the pseudonym key made at first use
    # nothing an example does may reach the user's own run history
    monkeypatch.setenv("NAV_AUDIT_HISTORY", str(tmp_path / "brukerens-historikk.sqlite"))
    for argv in commands:
        _invoke(argv, tmp_path)
    assert not (tmp_path / "brukerens-historikk.sqlite").exists(), "an example wrote to the user's history"
