"""``nav-audit pseudonymise``: a copy of a table with identity numbers replaced by pseudonyms."""

from __future__ import annotations

from pathlib import Path

import click

from audit.cli.common import handle_errors, lang_option
from audit.text import t


@click.command("pseudonymise")
@click.argument("source", metavar="INN", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("target", metavar="UT", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--column", "-c", "columns", multiple=True, required=True, metavar="KOLONNE",
              help="Kolonne som skal pseudonymiseres (kan gjentas).")
@click.option("--key-file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Fil med pseudonymnøkkelen. Standard: NAV_AUDIT_PSEUDONYM_KEY, NAV_AUDIT_KEY_FILE "
                   "eller ~/.config/nav-audit/pseudonym.key (lages ved første bruk).")
@click.option("--sheet", default=None, metavar="ARK", help="XLSX: arket som skal kopieres (navn eller nummer). Standard: det første synlige.")
@click.option("--overwrite", is_flag=True, help="Erstatt UT hvis den finnes fra før (aldri INN).")
@lang_option("Språk i utskriften.")
@handle_errors
def pseudonymise(source: Path, target: Path, columns: tuple[str, ...], key_file: Path | None,
                 sheet: str | None, overwrite: bool, lang: str) -> None:
    """Lag en kopi av INN der KOLONNE er byttet ut med pseudonymer.

    INN kan være CSV, XLSX eller Parquet; UT får samme filtype og de samme
    kolonnene, lest som tekst slik revisjonen leser dem. Pseudonymene er de samme som
    KOSTRA-leseren gir (HMAC-SHA256 med din nøkkel), så filer fra samme kontor kan
    kobles uten fødselsnumre. INN endres aldri. Har en annen kolonne også
    fødselsnumre, skrives ingenting: legg til --column for den.

    \b
    Eksempel (etter «nav-audit demo --out demo»; fødselsnumrene der er syntetiske):
      nav-audit pseudonymise demo/uttrekk_med_fodselsnummer.csv demo/uttrekk_pseudonymisert.csv \\
          --column Fødselsnummer
    """
    from audit.inputs.pseudonymise import pseudonymise_file
    from audit.pseudonym import Pseudonymiser

    pseudonymiser = Pseudonymiser.from_environment(key_file=key_file)
    if pseudonymiser.note:
        click.echo(pseudonymiser.note.render(lang), err=True)
    sheet_ref = int(sheet) if sheet and sheet.isascii() and sheet.isdigit() else sheet
    report = pseudonymise_file(source, target, list(columns), pseudonymiser, sheet=sheet_ref, overwrite=overwrite)
    names = ", ".join(f"«{c}»" for c in report.columns)
    click.echo(t("pseudonymise.cli.wrote", lang, target=report.target, rows=report.rows, values=report.values,
                 columns=names))
