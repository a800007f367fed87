"""The words of ``--help`` in the reader's language (``--lang``), like click's frame (click_words).

A command names catalogue keys instead of holding text: ``help="help.run"`` (its description and
example), ``help="help.run.mappings"`` (an option), ``metavar="cli.help.metavar.date"`` (a
placeholder); the texts, bokmål and English side by side, are in ``audit/text/words/help_*.py``.
:func:`prepare` notes every key once, at import; :func:`speak` puts their text in ``lang`` in place
for one command line (bokmål until then). An option without a placeholder of its own gets one
for its type («--out MAPPE»), and every command a ``-h/--help`` that shows the help.

A group (``nav-audit``, ``history``, ``follow-up``, ``schedule``) takes ``--lang`` too, so that
``nav-audit history --lang en --help`` is English. It is not listed in the help (the bokmål help
stays as docs/cli.md has it); a command under the group gets it as its default ``--lang``.
"""

from __future__ import annotations

import click

from audit.text import DEFAULT_LANG, LANGS, has, t

KEYS = "_help_keys"  # the attribute on a command or parameter that holds its keys


def _type_metavar(param: click.Parameter) -> str | None:
    key = f"cli.help.metavar.{param.type.name.replace(' ', '_')}"
    plain = isinstance(param, click.Option) and not param.is_flag and param.nargs == 1
    return key if plain and has(key) else None


def _show(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(ctx.get_help(), color=ctx.color)
        ctx.exit()


def _languages(command: click.Command, lang: str) -> dict:
    """``--lang`` as the default of every command under ``command`` (click's ``default_map``)."""
    return {"lang": lang, **{name: _languages(sub, lang) for name, sub in getattr(command, "commands", {}).items()}}


def _group_lang(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is not None and not ctx.resilient_parsing:
        ctx.default_map = {**(ctx.default_map or {}), **_languages(ctx.command, value)}  # the nearest --lang wins


def prepare(command: click.Command) -> None:
    """Note the keys of ``command`` and its subcommands, give each a ``-h/--help``, and speak bokmål."""
    _note(command)
    speak(command, DEFAULT_LANG)


def _note(command: click.Command) -> None:
    command.add_help_option = False
    command.params.append(click.Option(["-h", "--help"], is_flag=True, expose_value=False, is_eager=True,
                                       callback=_show, help="help.option.help"))
    if isinstance(command, click.Group):
        command.params.append(click.Option(["--lang"], type=click.Choice(list(LANGS)), hidden=True,
                                           expose_value=False, callback=_group_lang))
    setattr(command, KEYS, {"help": command.help})
    for param in command.params:
        setattr(param, KEYS, {"help": getattr(param, "help", None), "metavar": param.metavar or _type_metavar(param)})
    for sub in getattr(command, "commands", {}).values():
        _note(sub)


def speak(command: click.Command, lang: str) -> None:
    """The help of ``command`` and its subcommands in ``lang`` from now on (one command line)."""
    keys = getattr(command, KEYS)
    command.help = t(keys["help"], lang) if keys["help"] else None
    command.options_metavar = t("cli.help.options_metavar", lang)
    if isinstance(command, click.Group):
        command.subcommand_metavar = t("cli.help.subcommand_metavar", lang)
    for param in command.params:
        keys = getattr(param, KEYS)
        if keys["help"]:
            param.help = t(keys["help"], lang)
        if keys["metavar"]:
            param.metavar = t(keys["metavar"], lang)
    for sub in getattr(command, "commands", {}).values():
        speak(sub, lang)
