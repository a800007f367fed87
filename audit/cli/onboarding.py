"""`nav-audit demo`, `map` and `init`: the first hour with nav-audit (logic in audit.onboarding)."""

from __future__ import annotations

import sys

import click

from audit.cli.common import handle_errors, lang_option
from audit.errors import EXIT_INPUT, ConfigError
from audit.text import msg

LANG = lang_option("help.option.lang_output_files")


def _say_commands(title: str, commands: list[tuple[str, str]]) -> None:
    click.echo(title)
    for what, command in commands:
        click.echo(f"  # {what}")
        click.echo(f"  {command}")


@click.command("demo", help="help.demo")
@click.option("--out", "-o", "out_dir", required=True, type=click.Path(file_okay=False), help="help.demo.out_dir")
@click.option("--overwrite", is_flag=True, help="help.demo.overwrite")
@LANG
@handle_errors
def demo(out_dir, overwrite, lang):
    from audit.onboarding.demo import write_demo
    from audit.text import t

    written = write_demo(out_dir, overwrite=overwrite, lang=lang)
    click.echo(t("onboarding.demo.written", lang, folder=out_dir, files=", ".join(written.files)))
    _say_commands(t("onboarding.demo.next", lang), written.commands)


@click.command("map", help="help.map")
@click.argument("export", metavar="cli.help.metavar.export", type=click.Path(dir_okay=False))
@click.option("--suite", "-s", type=click.Choice(["kvp", "stonad"]), help="help.map.suite")
@click.option("--out", "-o", "out_file", type=click.Path(dir_okay=False), help="help.map.out_file")
@click.option("--check", "check_file", type=click.Path(dir_okay=False), metavar="cli.help.metavar.mapping",
              help="help.map.check_file")
@click.option("--sheet", help="help.map.sheet")
@click.option("--overwrite", is_flag=True, help="help.map.overwrite")
@click.option("--interactive", "-i", is_flag=True, help="help.map.interactive")
@LANG
@handle_errors
def map_(export, suite, out_file, check_file, sheet, overwrite, interactive, lang):
    from pathlib import Path

    from audit.text import t

    if check_file:
        from audit.onboarding.verify import report, verify

        verdict = verify(export, check_file, suite)
        for line in report(verdict, lang):
            click.echo(line)
        if verdict.stops_run:
            sys.exit(EXIT_INPUT)
        return
    from audit.onboarding.draft import render, summary
    from audit.onboarding.suggest import propose

    if out_file and Path(out_file).exists():
        if not overwrite:
            raise ConfigError(msg("error.cli.file_exists"), file=out_file, hint=msg("error.cli.file_exists_hint"))
        if Path(out_file).resolve() == Path(export).resolve():
            raise ConfigError(msg("error.cli.out_is_export"), file=out_file)
    proposal = propose(export, suite, sheet=sheet)
    if interactive:
        _confirm(proposal, lang)
    draft_name = out_file or "mapping.yaml"
    text = render(proposal, lang, draft_name=draft_name)
    lines = summary(proposal, lang)
    if out_file:
        from audit.io import atomic_write_text

        atomic_write_text(out_file, text)
        for line in lines:
            click.echo(line)
        click.echo(t("onboarding.map.written", lang, path=out_file))
        click.echo(t("onboarding.map.next", lang, export=export, draft=out_file))
    else:
        click.echo(text, nl=False)
        for line in lines:
            click.echo(line, err=True)


def _confirm(proposal, lang: str) -> None:
    """A prompt per uncertain column (on stderr, so that the draft on stdout stays clean)."""
    from audit.onboarding.suggest import choose
    from audit.text import t

    yes, no = t("onboarding.ask.yes", lang), t("onboarding.ask.no", lang)
    for column, m in sorted(proposal.matches.items(), key=lambda cm: cm[1].score):
        if m.confidence == "high" or proposal.matches.get(column) is not m:
            continue
        while True:
            answer = click.prompt(
                t("onboarding.ask.column", lang, column=column, header=m.header,
                  confidence=t(f"onboarding.confidence.{m.confidence}", lang), yes=yes, no=no),
                default=yes, show_default=False, err=True).strip()
            if answer.lower() in (yes.lower(), yes[:1].lower()):
                break
            if answer.lower() in (no.lower(), no[:1].lower()):
                choose(proposal, column, None)
                break
            if answer in proposal.headers:
                choose(proposal, column, answer)
                break
            click.echo(t("onboarding.ask.unknown_header", lang, header=answer), err=True)


@click.command("init", help="help.init")
@click.argument("folder", metavar="cli.help.metavar.folder", type=click.Path(file_okay=False))
@click.option("--export", "-e", type=click.Path(dir_okay=False), help="help.init.export")
@click.option("--suite", "-s", type=click.Choice(["kvp", "stonad"]), help="help.init.suite")
@click.option("--scope", help="help.init.scope")
@click.option("--title", help="help.init.title")
@click.option("--overwrite", is_flag=True, help="help.init.overwrite")
@LANG
@handle_errors
def init(folder, export, suite, scope, title, overwrite, lang):
    from audit.onboarding.init import init_folder
    from audit.text import t

    done = init_folder(folder, export=export, suite=suite, scope=scope, title=title, overwrite=overwrite, lang=lang)
    for line in done.summary:
        click.echo(line)
    click.echo(t("onboarding.init.written", lang, folder=folder, files=", ".join(done.files)))
    _say_commands(t("onboarding.init.next", lang), done.commands)
