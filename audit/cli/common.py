"""Shared pieces of the CLI: error handling and exit codes, terminal progress."""

from __future__ import annotations

import functools
import sys
from typing import Callable

import click

from audit.errors import EXIT_INPUT, InputError
from audit.text import DEFAULT_LANG, LANGS, t

EXIT_INTERNAL = 3


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
            click.echo(t("cli.error", lang, text=exc), err=True)
            ctx.exit(EXIT_INPUT)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
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


def lang_option(help: str = "Språk.") -> Callable:
    """The ``--lang nb|en`` option every command has (bokmål by default)."""
    return click.option("--lang", type=click.Choice(list(LANGS)), default=DEFAULT_LANG, show_default=True, help=help)


class Progress:
    """Stage progress on stderr when it is a terminal; silent otherwise."""

    def __init__(self, enabled: bool | None = None) -> None:
        self.enabled = sys.stderr.isatty() if enabled is None else enabled

    def stage(self, text: str) -> None:
        if self.enabled:
            click.echo(f"… {text}", err=True)
