"""``nav-audit pseudonymise``: a copy of a table with identity numbers replaced by pseudonyms."""

from __future__ import annotations

from pathlib import Path

import click

from audit.cli.common import handle_errors, lang_option
from audit.text import t
from audit.text.message import render


@click.command("pseudonymise", help="help.pseudonymise")
@click.argument("source", metavar="cli.help.metavar.source", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("target", metavar="cli.help.metavar.target", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--column", "-c", "columns", multiple=True, required=True, metavar="cli.help.metavar.column",
              help="help.pseudonymise.columns")
@click.option("--key-file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="help.pseudonymise.key_file")
@click.option("--sheet", default=None, metavar="cli.help.metavar.sheet", help="help.pseudonymise.sheet")
@click.option("--overwrite", is_flag=True, help="help.pseudonymise.overwrite")
@lang_option("help.option.lang_output")
@handle_errors
def pseudonymise(source: Path, target: Path, columns: tuple[str, ...], key_file: Path | None,
                 sheet: str | None, overwrite: bool, lang: str) -> None:
    from audit.inputs.pseudonymise import pseudonymise_file
    from audit.pseudonym import Pseudonymiser

    pseudonymiser = Pseudonymiser.from_environment(key_file=key_file)
    if pseudonymiser.note:
        click.echo(pseudonymiser.note.render(lang), err=True)
    sheet_ref = int(sheet) if sheet and sheet.isascii() and sheet.isdigit() else sheet
    report = pseudonymise_file(source, target, list(columns), pseudonymiser, sheet=sheet_ref, overwrite=overwrite)
    for note in report.notes:  # e.g. values masked as chance (audit.inputs.identity.mask_chance)
        click.echo(render(note, lang), err=True)
    names = ", ".join(f"«{c}»" for c in report.columns)
    click.echo(t("pseudonymise.cli.wrote", lang, target=report.target, rows=report.rows, values=report.values,
                 columns=names))
