"""Shared pieces of the CLI: error handling and exit codes, terminal progress."""

from __future__ import annotations

import functools
import os
import sys
from typing import Callable

import click

from audit.errors import EXIT_INPUT, InputError
from audit.text import DEFAULT_LANG, LANGS, t

EXIT_INTERNAL = 3


def check_options(params: dict, labels: dict[str, str] | None = None) -> None:
    """Every option and argument of a command goes through the identity-number detector (issue 14):
    a value holding one (in any written form, also inside a file name) stops the command with exit 2,
    naming the option but never the value."""
    from audit.privacy import contains_identity_number
    from audit.text import msg

    for name, value in params.items():
        values = value if isinstance(value, (list, tuple)) else (value,)
        for v in values:
            if isinstance(v, (tuple, list)):  # e.g. click's nargs=2 options inside multiple=True
                v = " ".join(map(str, v))
            if v is None or isinstance(v, bool) or not isinstance(v, (str, int, float, os.PathLike)):
                continue
            if contains_identity_number(os.fspath(v) if isinstance(v, os.PathLike) else str(v)):
                option = (labels or {}).get(name) or "--" + name.replace("_", "-")
                raise InputError(msg("inputs.identity.option", option=option), hint=msg("inputs.identity.option_hint"))


def guard_options(command: click.Command) -> None:
    """Wrap the callback of ``command`` and of every subcommand with :func:`check_options` (exit 2)."""
    callback = command.callback
    if callback is not None and not getattr(callback, "_options_guarded", False):
        @functools.wraps(callback)
        def checked(*args, **kwargs):
            try:
                ctx = click.get_current_context()
                # an argument by its placeholder in the reader's language («FILER», not «FILER...»)
                labels = {p.name: (p.opts[0] if isinstance(p, click.Option)
                                   else p.human_readable_name.removesuffix("..."))
                          for p in ctx.command.params if p.name}
                check_options(kwargs, labels)
            except InputError as exc:
                lang = kwargs.get("lang") if kwargs.get("lang") in LANGS else DEFAULT_LANG
                click.echo(t("cli.error", lang, text=exc.render(lang)), err=True)
                click.get_current_context().exit(EXIT_INPUT)
            return callback(*args, **kwargs)

        checked._options_guarded = True  # type: ignore[attr-defined]
        command.callback = checked
    for sub in getattr(command, "commands", {}).values():
        guard_options(sub)


def handle_errors(func: Callable) -> Callable:
    """Turn InputError into one short paragraph on stderr and exit 2; no traceback unless --debug."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        ctx = click.get_current_context()
        debug = bool((ctx.find_root().obj or {}).get("debug"))
        lang = ctx.params.get("lang") if ctx.params.get("lang") in LANGS else DEFAULT_LANG
        try:
            return func(*args, **kwargs)
        except InputError as exc:
            if debug:
                raise
            click.echo(t("cli.error", lang, text=exc.render(lang)), err=True)
            ctx.exit(EXIT_INPUT)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except BrokenPipeError:  # «nav-audit checks | head -1»: the reader has what it wanted
            quiet_stdout()
            ctx.exit(0)
        except KeyboardInterrupt:
            click.echo(t("cli.interrupted", lang), err=True)
            ctx.exit(130)
        except Exception as exc:  # noqa: BLE001 - last line of defence, no traceback for users
            if debug:
                raise
            from audit.privacy import safe_value

            click.echo(t("cli.internal_error", lang, error=f"{type(exc).__name__}: {safe_value(exc, 300)}"), err=True)
            ctx.exit(EXIT_INTERNAL)

    return wrapper


def quiet_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's final flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (tests): nothing to redirect
        pass


def lang_option(help: str = "help.option.lang") -> Callable:
    """The ``--lang nb|en`` option every command has (bokmål by default); ``help`` is a catalogue key."""
    return click.option("--lang", type=click.Choice(list(LANGS)), default=DEFAULT_LANG, show_default=True, help=help)


class Progress:
    """Stage progress on stderr when it is a terminal; silent otherwise."""

    def __init__(self, enabled: bool | None = None) -> None:
        self.enabled = sys.stderr.isatty() if enabled is None else enabled

    def stage(self, text: str) -> None:
        if self.enabled:
            click.echo(f"… {text}", err=True)
