"""`nav-audit report`: render the Excel and HTML reports again from a results.json."""

from __future__ import annotations

from pathlib import Path

import click

from audit.cli.common import handle_errors
from audit.errors import ConfigError
from audit.text import msg, t


def parse_formats(value: str) -> tuple[str, ...]:
    """``xlsx,html`` -> ("xlsx", "html"); an unknown format is a ConfigError (exit 2)."""
    formats = tuple(dict.fromkeys(f.strip().lower() for f in value.split(",") if f.strip()))
    bad = [f for f in formats if f not in ("xlsx", "html")]
    if bad or not formats:
        raise ConfigError(msg("error.cli.unknown_format", format=bad[0]) if bad else msg("error.cli.no_format"),
                          hint=msg("error.cli.report_formats_hint"))
    return formats


@click.command("report", help="help.report")
@click.argument("results_file", metavar="cli.help.metavar.results_json", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--out", "-o", "out_dir", type=click.Path(file_okay=False, path_type=Path), help="help.report.out_dir")
@click.option("--lang", type=click.Choice(["nb", "en"]), help="help.report.lang")
@click.option("--html-case-limit", default=200, show_default=True, type=click.IntRange(min=0),
              help="help.option.html_case_limit")
@click.option("--format", "formats", default="xlsx,html", show_default=True, help="help.report.formats")
@click.option("--overwrite", is_flag=True, help="help.report.overwrite")
@handle_errors
def report(results_file: Path, out_dir: Path | None, lang: str | None, html_case_limit: int, formats: str,
           overwrite: bool) -> None:
    from audit.io import guard_outputs
    from reports import HTML_NAME, LANGS, XLSX_NAME, load_results, render_reports

    chosen = parse_formats(formats)
    target = out_dir if out_dir is not None else results_file.parent
    names = {"xlsx": XLSX_NAME, "html": HTML_NAME}
    guard_outputs([target / names[f] for f in chosen if f in names], [results_file], overwrite=overwrite)
    results = load_results(results_file)
    if lang is None:
        run_lang = (results.get("run") or {}).get("lang") if isinstance(results.get("run"), dict) else None
        lang = run_lang if run_lang in LANGS else "nb"
    written = render_reports(results, target, lang=lang, html_case_limit=html_case_limit, formats=chosen)
    for path in written:
        click.echo(t("cli.wrote", lang, files=path))
