"""`nav-audit annual`: the annual internal-control report (årsrapport) from the history."""

from __future__ import annotations

from pathlib import Path

import click

from audit.cli.common import handle_errors, lang_option
from audit.cli.history import history_option
from audit.text import t


@click.command("annual")
@click.option("--year", "year", required=True, type=click.IntRange(1900, 2999), metavar="ÅÅÅÅ",
              help="Året rapporten gjelder.")
@click.option("--out", "-o", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Mappe for arsrapport_ÅÅÅÅ.xlsx og arsrapport_ÅÅÅÅ.html.")
@history_option
@click.option("--suite", help="Bare kjøringer av dette kontrollsettet (kvp, stonad). Standard: alle.")
@click.option("--scope", help="Bare kjøringer med dette omfanget (--scope i «nav-audit run»). Standard: alle.")
@lang_option("Språk i rapporten: nb (bokmål) eller en.")
@click.option("--overwrite", is_flag=True, help="Skriv over en eksisterende årsrapport i --out (aldri historikken).")
@handle_errors
def annual(year: int, out_dir: str, history: str | None, suite: str | None, scope: str | None, lang: str,
           overwrite: bool) -> None:
    """Årsrapport for internkontrollen: avvik per kvartal og måned, funn og tiltak, indikatorer.

    Bygger rapporten fra historikken (kjøringene som er lagret med «nav-audit run»):
    per kontroll avviksandel per kvartal og måned med utvikling gjennom året og
    samme periode året før, avvik per kontor, funn åpnet, løst og fortsatt åpne ved
    årets slutt, forfalte tiltak og indikatorene mot målene. Rapporten slutter med et
    kort sammendrag i klarspråk som kan limes inn i årsrapporten til kommunestyret.

    Skriver arsrapport_ÅÅÅÅ.xlsx og arsrapport_ÅÅÅÅ.html (atomisk). Kode 0 når
    rapporten er skrevet; 2 når historikken ikke har kjøringer det året.

    En historikk med åtte kvartaler å prøve rapporten på lages (i en klone, eller med Python-en
    nav-audit er installert i) med «python -m sample_data.history --out MAPPE».

    \b
    Eksempel (etter «nav-audit demo --out demo»; historikken i demo/, ikke din egen):
      nav-audit run demo/kvp_saker.csv -m demo/kvp_mapping.yaml --as-of 2025-12-31 \\
          --period 2025-10-01..2025-12-31 --out demo/rapporter/kvp-2025k4 --history demo/historikk.sqlite
      nav-audit annual --year 2025 --history demo/historikk.sqlite --out demo/rapporter/arsrapport
    """
    from audit.annual import write_annual_report
    from audit.io import guard_outputs

    names = (f"arsrapport_{year}.xlsx", f"arsrapport_{year}.html")
    guard_outputs([Path(out_dir) / n for n in names], [history], overwrite=overwrite)
    written = write_annual_report(year, Path(out_dir), history=history, lang=lang, suite=suite, scope=scope)
    for path in written:
        click.echo(t("cli.wrote", lang, files=path))
