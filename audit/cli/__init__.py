"""The ``nav-audit`` command line: thin click commands over the library.

Each command lives in its own module under ``audit.cli`` and is registered in
``COMMANDS`` below. Command modules import heavy libraries (Great Expectations,
openpyxl, jinja2) inside the command function, never at module level, so that
``nav-audit --help`` stays fast. A command's help texts are catalogue keys, in the
reader's language at run time (:mod:`audit.cli.help_text`).
"""

from __future__ import annotations

import importlib

import click

from audit import __version__
from audit.cli.common import guard_options, quiet_stdout
from audit.cli.help_text import prepare

# (module, attribute) of every command; a module may define one click command or group.
COMMANDS: list[tuple[str, str]] = [
    ("audit.cli.run", "run"),
    ("audit.cli.catalogue", "checks"),
    ("audit.cli.history", "history"),
    ("audit.cli.follow_up", "follow_up"),
    ("audit.cli.pseudonymise", "pseudonymise"),
    ("audit.cli.report", "report"),
    ("audit.cli.schedule", "schedule"),
    ("audit.cli.supervision", "sample"),
    ("audit.cli.supervision", "review_sheet"),
    ("audit.cli.supervision", "compare"),
    ("audit.cli.supervision", "findings"),
    ("audit.cli.annual", "annual"),
    ("audit.cli.onboarding", "demo"),
    ("audit.cli.onboarding", "map_"),
    ("audit.cli.onboarding", "init"),
    ("audit.cli.grounds", "grounds"),
]

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class Main(click.Group):
    """The ``nav-audit`` group: click's own messages (a missing argument, an unknown option) and
    every command's ``--help`` speak the language ``--lang`` asks for, read from the command line
    before click parses it."""

    def main(self, args=None, *rest, **kwargs):  # noqa: ANN001, ANN002, ANN003 - click's signature
        import sys

        from audit.cli.click_words import install, lang_of
        from audit.cli.help_text import speak

        lang = lang_of(sys.argv[1:] if args is None else args)
        install(lang)
        speak(self, lang)
        return super().main(args, *rest, **kwargs)


@click.group(cls=Main, context_settings=CONTEXT_SETTINGS, help="help.main")
@click.version_option(__version__, "--version", prog_name="nav-audit", help="help.main.version")
@click.option("--debug", is_flag=True, help="help.main.debug")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


for _module, _attr in COMMANDS:
    main.add_command(getattr(importlib.import_module(_module), _attr))


prepare(main)  # -h/--help on every command, its words from the catalogue (help_text)
guard_options(main)  # no option or argument may hold an identity number (issue 14)


def entry() -> None:
    """The ``nav-audit`` console script: run the command, flush, and end at once.

    Every output is written (atomically) and closed before a command returns, so nothing
    is left for the interpreter's teardown, which otherwise spends about a second
    finalising the modules Great Expectations imports. Library callers and tests use
    :func:`main`, which behaves as any click group.
    """
    import os
    import sys

    code = 0
    try:
        main(prog_name="nav-audit")
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        if exc.code is not None and not isinstance(exc.code, int):
            print(exc.code, file=sys.stderr)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # the reader went away (`nav-audit … | head`): nothing more to say
        quiet_stdout()
    os._exit(code)
