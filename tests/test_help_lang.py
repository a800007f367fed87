"""`--help` in English with `--lang en`, bokmål by default, for every command and group.

The commands name catalogue keys (audit/cli/help_text.py, audit/text/words/help_*.py); these tests
read the bokmål text of each key a command names and look for it in the command's English help.
Whitespace is ignored in the comparison, since click wraps (and splits «åååå-mm-dd» at a hyphen).
"""

from __future__ import annotations

import re
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.cli.help_text import KEYS
from audit.text import catalogue

# lines of a bokmål help text that are the same in English because they are names or paths, not words
NAMES = {
    "3. $XDG_DATA_HOME/nav-audit/history.sqlite (~/.local/share/nav-audit/history.sqlite)",
    "sheet, delimiter, encoding, pseudonymise",
}
CRONTAB = re.compile(r"^\d+ \d+ \* \* \* ")


def _paths(cmd: click.Command, path: list[str]):
    yield path, cmd
    for name in sorted(getattr(cmd, "commands", {})):
        yield from _paths(cmd.commands[name], [*path, name])


PATHS = list(_paths(main, []))
IDS = [" ".join(path) or "nav-audit" for path, _cmd in PATHS]


def _help(path: list[str], *lang: str) -> str:
    r = CliRunner().invoke(main, [*path, "--help", *lang], prog_name="nav-audit", terminal_width=100)
    assert r.exit_code == 0, (path, lang, r.output)
    return r.output


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _is_command_line(line: str) -> bool:
    """An example's command line or its continuation, or a crontab line: the same in both languages."""
    return line.startswith(("nav-audit ", "--")) or bool(CRONTAB.match(line))


def _texts(cmd: click.Command) -> list[str]:
    """The catalogue keys of the help texts ``cmd`` names: its description and every option's help."""
    keys = [getattr(cmd, KEYS)["help"]] + [getattr(p, KEYS)["help"] for p in cmd.params]
    return [key for key in keys if key]


def _metavars(cmd: click.Command) -> list[str]:
    return [getattr(p, KEYS)["metavar"] for p in cmd.params if getattr(p, KEYS)["metavar"]]


@pytest.mark.parametrize(("path", "cmd"), PATHS, ids=IDS)
def test_english_help_has_no_bokmal_words(path, cmd):
    bokmal, english = _help(path), _help(path, "--lang", "en")
    assert english != bokmal
    words = catalogue()
    lines = [line.strip() for key in _texts(cmd) for line in words[key]["nb"].split("\n")]
    lines = [line for line in lines if line.strip("\b") and line not in NAMES and not _is_command_line(line)]
    assert lines, path
    for line in lines:
        assert _squeeze(line) in _squeeze(bokmal), (path, line)  # the comparison can fail
        assert _squeeze(line) not in _squeeze(english), (path, line)
    for key in _metavars(cmd):
        nb, en = words[key]["nb"], words[key]["en"]
        if nb != en:  # «REGEX», «MAPPING» are the same words in both
            pattern = rf"(?<![\w.]){re.escape(nb)}(?![\w.])"
            assert re.search(pattern, bokmal) and not re.search(pattern, english), (path, nb)
    for frame in ("Bruk:", "Valg:", "Kommandoer:", "[VALG]", "KOMMANDO", "Eksempel", "standard:"):
        assert frame not in english, (path, frame)
    assert "Example" in english and "Options:" in english


@pytest.mark.parametrize(("path", "cmd"), PATHS, ids=IDS)
def test_bokmal_help_is_the_default_and_stays_after_english(path, cmd):
    before = _help(path)
    assert "Eksempel" in before and "Valg:" in before
    assert _help(path, "--lang", "en") != before
    assert _help(path) == before == _help(path, "--lang", "nb") == _help(path, "--lang=nb")


def test_every_help_key_has_both_languages_and_english_differs():
    words = catalogue()
    for path, cmd in PATHS:
        for key in _texts(cmd) + _metavars(cmd):
            assert key in words, (path, key)
            assert words[key].get("nb") and words[key].get("en"), (path, key)
            if key.startswith("help."):
                assert words[key]["nb"] != words[key]["en"], (path, key)


ARGUMENTS = [(path, cmd, p) for path, cmd in PATHS for p in cmd.params if isinstance(p, click.Argument)]


@pytest.mark.parametrize(("path", "cmd", "arg"), ARGUMENTS, ids=[f"{' '.join(p)} {a.name}" for p, _c, a in ARGUMENTS])
def test_every_argument_has_a_placeholder_in_both_languages(path, cmd, arg):
    """An argument is shown by a catalogue placeholder («FILER...» / «FILES...»), never by click's
    parameter name («INPUTS...»), in the usage line of either language."""
    key = getattr(arg, KEYS)["metavar"]
    assert key and key.startswith("cli.help.metavar."), (path, arg.name)
    words = catalogue()[key]
    for lang, word in (("nb", words["nb"]), ("en", words["en"])):
        usage = _help(path, "--lang", lang).splitlines()[0]
        assert usage.endswith(word) or f" {word} " in usage, (path, lang, usage)
        if arg.nargs != 1:  # click adds no «...» to a placeholder of its own
            assert word.endswith("..."), (path, key)
    if words["nb"] != words["en"] and arg.name.upper() != words["en"]:
        assert arg.name.upper() not in _help(path).splitlines()[0], path


def test_a_group_lang_is_the_default_of_its_commands():
    """`nav-audit --lang en checks` speaks English as `nav-audit checks --lang en` does; the nearest wins."""
    english = CliRunner().invoke(main, ["checks", "--suite", "kvp", "--lang", "en"]).output
    bokmal = CliRunner().invoke(main, ["checks", "--suite", "kvp"]).output
    assert english != bokmal
    assert CliRunner().invoke(main, ["--lang", "en", "checks", "--suite", "kvp"]).output == english
    assert CliRunner().invoke(main, ["--lang", "en", "checks", "--suite", "kvp", "--lang", "nb"]).output == bokmal


def test_english_help_does_not_import_heavy_libraries():
    code = ("import sys; from audit.cli import main\n"
            f"for path in {[path for path, _cmd in PATHS]!r}:\n"
            "    try:\n        main([*path, '--help', '--lang', 'en'])\n    except SystemExit:\n        pass\n"
            "print(sorted(m for m in ('great_expectations', 'polars', 'pandas') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("[]"), out[-500:]
