"""`nav-audit run`: audit one dataset and write results.json and reports."""

from __future__ import annotations

import datetime as dt
import sys

import click

from audit.cli.common import Progress, handle_errors, lang_option
from audit.errors import EXIT_FINDINGS, EXIT_INPUT, ConfigError, InputError
from audit.text import Formatter, msg, plural, t


def parse_date_option(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
    raise ConfigError(msg("error.cli.bad_date", option=option), value=value, hint=msg("error.cli.bad_date_hint"))


def parse_period(value: str | None) -> tuple[dt.date, dt.date] | None:
    if not value:
        return None
    if ".." not in value:
        raise ConfigError(msg("error.cli.period_form"), value=value, hint=msg("error.cli.period_form_hint"))
    a, b = value.split("..", 1)
    start, end = parse_date_option(a, "--period"), parse_date_option(b, "--period")
    if start > end:
        raise ConfigError(msg("error.cli.period_reversed"), value=value)
    return start, end


@click.command("run", help="help.run")
@click.argument("inputs", nargs=-1, metavar="cli.help.metavar.files", required=True, type=click.Path(dir_okay=True, path_type=str))
@click.option("--suite", "-s", default="kvp", show_default=True, help="help.run.suite")
@click.option("--mapping", "-m", "mappings", multiple=True, metavar="cli.help.metavar.file", help="help.run.mappings")
@click.option("--as-of", "as_of", metavar="cli.help.metavar.date", help="help.run.as_of")
@click.option("--out", "-o", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="help.run.out_dir")
@click.option("--config", "-c", type=click.Path(dir_okay=False), help="help.run.config")
@click.option("--set", "overrides", multiple=True, metavar="cli.help.metavar.check_parameter_value",
              help="help.run.overrides")
@click.option("--fail-on", type=click.Choice(["warning", "deviation"]), help="help.run.fail_on")
@click.option("--strict", is_flag=True, help="help.run.strict")
@lang_option("help.option.lang_reports")
@click.option("--format", "formats", default="xlsx,html", show_default=True, help="help.run.formats")
@click.option("--html-case-limit", default=200, show_default=True, type=click.IntRange(min=0),
              help="help.option.html_case_limit")
@click.option("--scope", help="help.run.scope")
@click.option("--period", metavar="cli.help.metavar.from_to", help="help.run.period")
@click.option("--kostra-year", type=int, help="help.run.kostra_year")
@click.option("--overwrite", is_flag=True, help="help.run.overwrite")
@click.option("--history", "history", envvar="NAV_AUDIT_HISTORY", metavar="cli.help.metavar.path_or_url",
              help="help.run.history")
@click.option("--no-history", is_flag=True, help="help.run.no_history")
@click.option("--each", is_flag=True, help="help.run.each")
@handle_errors
def run(inputs, suite, mappings, as_of, out_dir, config, overrides, fail_on, strict, lang, formats,
        html_case_limit, scope, period, kostra_year, overwrite, history, no_history, each):
    from pathlib import Path

    from audit.pipeline import run_audit
    from reports import HTML_NAME, XLSX_NAME

    out = Path(out_dir)
    fmt = tuple(f.strip() for f in formats.split(",") if f.strip() and f.strip() != "none")
    bad = [f for f in fmt if f not in ("xlsx", "html")]
    if bad:
        raise ConfigError(msg("error.cli.unknown_format", format=bad[0]), hint=msg("error.cli.run_formats_hint"))
    if each:
        if len(mappings) > 1 and len(mappings) != len(inputs):
            raise ConfigError(msg("error.cli.each_mappings", files=len(inputs), mappings=len(mappings)),
                              hint=msg("error.cli.each_mappings_hint"))
        jobs = [([path], [mappings[i]] if len(mappings) > 1 else list(mappings), each_out_dir(out, path, i, inputs))
                for i, path in enumerate(inputs)]
    else:
        jobs = [(list(inputs), list(mappings), out)]
    if not each:  # a mistyped file name first, before what an earlier run left in --out
        from audit.inputs.files import check_file

        for path in inputs:
            if not Path(path).exists():
                check_file(Path(path))
    for _, _, folder in jobs:
        refuse_existing_results(folder, overwrite, (XLSX_NAME, HTML_NAME))
    progress = Progress()
    failed_inputs = 0
    reached = False
    for n, (job_inputs, job_mappings, folder) in enumerate(jobs, 1):
        if each:  # several municipalities' summaries in a row: each under the name of its file
            click.echo(t("run.cli.each_file", lang, n=n, files=len(jobs), path=job_inputs[0]))
        try:
            result = run_audit(
                job_inputs, suite=suite, mappings=job_mappings, as_of=parse_date_option(as_of, "--as-of"),
                config=config, overrides=overrides, out_dir=folder, strict=strict,
                scope=f"{scope}/{folder.name}" if (each and scope) else scope,
                period=parse_period(period), lang=lang, formats=fmt, html_case_limit=html_case_limit,
                kostra_year=kostra_year, progress=progress.stage, history=history, record_history=not no_history,
                overwrite=overwrite,
            )
        except InputError as exc:
            if not each:
                raise
            failed_inputs += 1
            click.echo(t("cli.error", lang, text=exc.render(lang)), err=True)
            continue
        report_run(result, folder, lang)
        reached = reached or bool(fail_on and result.reached(fail_on))
    if failed_inputs:
        click.echo(t("run.cli.each_failed", lang, failed=failed_inputs, files=len(jobs)), err=True)
        sys.exit(EXIT_INPUT)
    if reached:
        sys.exit(EXIT_FINDINGS)


def each_out_dir(out, path: str, index: int, inputs) -> "Path":
    """The results folder of one export under ``--each``: ``--out/<file name without suffix>``.

    Two exports with the same name (from different folders) get ``-2``, ``-3`` … in input order.
    """
    from pathlib import Path

    stem = Path(path).stem or f"input-{index + 1}"
    same = [i for i, p in enumerate(inputs) if (Path(p).stem or f"input-{i + 1}") == stem]
    n = same.index(index) + 1
    return out / (stem if n == 1 else f"{stem}-{n}")


def refuse_existing_results(folder, overwrite: bool, report_names: tuple[str, ...]) -> None:
    existing = [n for n in ("results.json", *report_names) if (folder / n).exists()] if folder.is_dir() else []
    if existing and not overwrite:
        raise ConfigError(msg("error.cli.results_exist", files=", ".join(existing)), file=str(folder),
                          hint=msg("error.cli.results_exist_hint"))


def report_run(result, out, lang: str = "nb") -> None:
    """What the terminal shows after one run: unreadable values, loader notes, the summary."""
    res = result.overview()  # counts only: the cases stay columnar (a million dicts would double the memory)
    issues = res["input_issues"]
    if issues:
        click.echo(t(plural("run.cli.unreadable", len(issues)), lang, count=len(issues)), err=True)
    for note in _notes(result.notes, res, lang):
        click.echo(note, err=True)
    summarise(res, out, lang, reports=[p for p in result.files if p.name != "results.json"])


def _notes(notes: list[str], res: dict, lang: str) -> list[str]:
    """The loaders' notes, with a review workbook's progress in ``lang`` (the reader writes it in bokmål)."""
    from pathlib import Path

    from audit.inputs.review import review_notes

    reviews = [(Path(i.get("path") or "").name, i["review"]) for i in res["run"].get("inputs") or [] if i.get("review")]
    bokmal = {n for name, summary in reviews for n in review_notes(name, summary)}
    return [n for n in notes if n not in bokmal] + [n for name, summary in reviews for n in review_notes(name, summary, lang)]


def summarise(res: dict, out, lang: str = "nb", reports=()) -> None:
    """The summary line, one line per check with findings, and where results.json and the reports are."""
    from audit.results_model import judged_no_case

    fmt = Formatter(lang)
    counts = {"deviation": 0, "warning": 0, "ok": 0, "not_evaluated": 0, "below_target": 0}
    none_judged = 0  # «ok» on no case judged: not «in order», as on the page
    for c in res["checks"]:
        if judged_no_case(c["status"], c.get("kind"), c.get("evaluated")):
            none_judged += 1
        else:
            counts[c["status"]] = counts.get(c["status"], 0) + 1
    from reports.model import history_line
    from reports.values import count_words

    below = counts.pop("below_target")
    summary = t("run.cli.summary", lang, rows=count_words(lang, "cases", res["dataset"]["rows"], fmt),
                as_of=fmt.date(res["run"]["as_of"]), checks=count_words(lang, "checks", len(res["checks"]), fmt),
                below_target=count_words(lang, "indicators", below, fmt), **counts)
    if none_judged:
        summary = f"{summary.rstrip('.')}, {t('report.headline.none_judged', lang, count=none_judged)}."
    click.echo(summary)
    if res.get("history"):  # recorded in the history: new / persisting / resolved against the previous run
        click.echo(history_line(res, lang))
    shown = []  # (level word, check, line): the checks with cases at deviation or warning level
    for c in res["checks"]:
        if c["status"] in ("deviation", "warning"):
            word = t(f"run.cli.level.{c['status']}", lang)
            if c.get("severity"):  # the kostra suite: SSB's severity (KRITISK / FEIL / ADVARSEL)
                word = t(f"kostra.severity.short.{c['severity']}", lang)
            line = t("run.cli.check_line", lang, failed=count_words(lang, "deviations", c["failed"], fmt),
                     warned=count_words(lang, "warnings", c["warned"], fmt), evaluated=fmt.number(c["evaluated"], 0))
            shown.append((word, c["id"], line))
    width = max([9] + [len(word) for word, _, _ in shown])  # «TIL VURDERING» is wider than «AVVIK» or «DEVIATION»
    for word, check_id, line in shown:
        click.echo(f"  {word:<{width}} {check_id:<38} {line}")
    lacking = [c for c in res["checks"] if c["status"] == "not_evaluated" and c.get("missing_columns")]
    if lacking:  # which checks the export could not feed, and the canonical columns they need
        click.echo(t("run.cli.not_evaluated", lang))
        for c in lacking:
            click.echo(f"  {c['id']:<38} {t('run.cli.lacks', lang, columns=fmt.items(c['missing_columns']))}")
    click.echo(t("run.cli.results", lang, path=out / "results.json"))
    if reports:
        click.echo(t("run.cli.reports", lang, paths=", ".join(str(p) for p in reports)))
