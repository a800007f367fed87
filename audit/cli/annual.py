"""`nav-audit annual`: the annual internal-control report (årsrapport) from the history."""

from __future__ import annotations

from pathlib import Path

import click

from audit.cli.common import handle_errors, lang_option
from audit.cli.history import history_option
from audit.text import t


@click.command("annual", help="help.annual")
@click.option("--year", "year", required=True, type=click.IntRange(1900, 2999), metavar="cli.help.metavar.year",
              help="help.annual.year")
@click.option("--out", "-o", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="help.annual.out_dir")
@history_option
@click.option("--suite", help="help.annual.suite")
@click.option("--scope", help="help.annual.scope")
@click.option("--join", "joins", multiple=True, metavar="cli.help.metavar.join", help="help.annual.join")
@lang_option("help.annual.lang")
@click.option("--overwrite", is_flag=True, help="help.annual.overwrite")
@handle_errors
def annual(year: int, out_dir: str, history: str | None, suite: str | None, scope: str | None, joins: tuple[str, ...],
           lang: str, overwrite: bool) -> None:
    from audit.annual import write_annual_report
    from audit.io import guard_outputs
    from audit.supervision.joins import parse_joins

    names = (f"arsrapport_{year}.xlsx", f"arsrapport_{year}.html")
    join_list = parse_joins(joins)
    guard_outputs([Path(out_dir) / n for n in names], [history], overwrite=overwrite)
    written = write_annual_report(year, Path(out_dir), history=history, lang=lang, suite=suite, scope=scope,
                                  joins=join_list)
    for path in written:
        click.echo(t("cli.wrote", lang, files=path))
