"""Supervision commands: ``sample``, ``review-sheet``, ``compare`` and ``findings``.

Thin click commands over :mod:`audit.supervision`; see docs/supervision.md.
"""

from __future__ import annotations

from pathlib import Path

import click

from audit.cli.common import handle_errors, lang_option
from audit.errors import ConfigError
from audit.io import guard_outputs
from audit.text import Formatter, Msg, msg, plural, t


def _refuse_overwrite(path: Path, overwrite: bool, what: Msg) -> None:
    if path.exists() and not overwrite:
        raise ConfigError(msg("error.cli.what_exists", what=what), file=str(path), hint=msg("error.cli.overwrite_hint"))


def _split(text: str | None) -> list[str]:
    return [x.strip() for x in (text or "").split(",") if x.strip()]


def _load(inputs, suite: str, mappings, kostra_year=None):
    from audit.datasets import get_dataset
    from audit.inputs import load_inputs
    from audit.pipeline import resolve_mappings

    ds = get_dataset(suite)
    maps = resolve_mappings(list(inputs), list(mappings), ds.name)
    return load_inputs(list(inputs), ds.name, maps, kostra_year=kostra_year)


@click.command("sample", help="help.sample")
@click.argument("inputs", nargs=-1, metavar="cli.help.metavar.files", required=True, type=click.Path(dir_okay=False, path_type=str))
@click.option("--suite", "-s", default="kvp", show_default=True, help="help.option.dataset")
@click.option("--mapping", "-m", "mappings", multiple=True, metavar="cli.help.metavar.file",
              help="help.option.mappings")
@click.option("--strata", default="", metavar="cli.help.metavar.columns", help="help.sample.strata")
@click.option("--total", "-n", type=click.IntRange(min=1), help="help.sample.total")
@click.option("--per-stratum", type=click.IntRange(min=1), help="help.sample.per_stratum")
@click.option("--min-per-stratum", type=click.IntRange(min=0), default=0, show_default=True,
              help="help.sample.min_per_stratum")
@click.option("--seed", type=int, help="help.sample.seed")
@click.option("--only", "filters", multiple=True, metavar="cli.help.metavar.column_value", help="help.sample.filters")
@click.option("--as-of", "as_of", metavar="cli.help.metavar.date", help="help.sample.as_of")
@click.option("--age-groups", default="25,30,40,50", show_default=True, metavar="cli.help.metavar.limits",
              help="help.sample.age_groups")
@click.option("--kostra-year", type=int, help="help.option.kostra_year")
@click.option("--out", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path), help="help.sample.out")
@click.option("--overwrite", is_flag=True, help="help.sample.overwrite")
@lang_option("help.sample.lang")
@handle_errors
def sample(inputs, suite, mappings, strata, total, per_stratum, min_per_stratum, seed, filters, as_of, age_groups,
           kostra_year, out, overwrite, lang):
    from audit.cli.run import parse_date_option
    from audit.supervision.sampling import draw_sample, parse_filters, sidecar_path
    from reports.sample_file import write_sample

    if total is None and per_stratum is None:
        raise ConfigError(msg("error.cli.sample_size"), hint=msg("error.cli.sample_size_hint"))
    if total is not None and per_stratum is not None:
        raise ConfigError(msg("error.cli.either_option", first="--total", second="--per-stratum"))
    guard_outputs([out, sidecar_path(out)], [*inputs, *mappings], overwrite=True)  # never an input
    _refuse_overwrite(out, overwrite, msg("error.cli.what.sample_file"))
    _refuse_overwrite(sidecar_path(out), overwrite, msg("error.cli.what.metadata_file"))
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise ConfigError(msg("error.sample.csv_or_xlsx"), file=str(out))
    table = _load(inputs, suite, mappings, kostra_year)
    if table.issues:
        click.echo(t(plural("sample.cli.unreadable", len(table.issues)), lang, count=len(table.issues)), err=True)
    result = draw_sample(
        table, strata=_split(strata), total=total, per_stratum=per_stratum, min_per_stratum=min_per_stratum,
        seed=seed, as_of=parse_date_option(as_of, "--as-of"), age_bounds=age_groups, filters=parse_filters(filters),
        lang=lang,
    )
    files = write_sample(result, out)
    if result.allocation.get("requested_total"):
        click.echo(t("sample.cli.whole_population", lang, population=result.population,
                     total=result.allocation["requested_total"]), err=True)
    click.echo(t("sample.cli.drawn", lang, size=result.size, population=result.population, seed=result.seed,
                 strata=len(result.strata)))
    width = max((len(s.label) for s in result.strata), default=5)
    for s in result.strata:
        click.echo(f"  {s.label:<{width}}  " + t("sample.cli.stratum", lang, sample=f"{s.sample:>4}", population=s.population))
    short = [s for s in result.strata if result.allocation["mode"] == "fixed" and s.sample < per_stratum]
    if short:
        click.echo(t("sample.cli.short", lang, count=len(short), per_stratum=per_stratum), err=True)
    click.echo(t("cli.wrote", lang, files=t("cli.and", lang).join(str(f) for f in files)))


@click.command("review-sheet", help="help.review_sheet")
@click.argument("inputs", nargs=-1, metavar="cli.help.metavar.files", required=True, type=click.Path(dir_okay=False, path_type=str))
@click.option("--suite", "-s", default="kvp", show_default=True, help="help.option.dataset")
@click.option("--mapping", "-m", "mappings", multiple=True, metavar="cli.help.metavar.file",
              help="help.option.mappings")
@click.option("--sample", "sample_file", type=click.Path(dir_okay=False, path_type=Path),
              help="help.review_sheet.sample_file")
@click.option("--keys", help="help.review_sheet.keys")
@click.option("--judgements", metavar="cli.help.metavar.columns", help="help.review_sheet.judgements")
@click.option("--kostra-year", type=int, help="help.option.kostra_year")
@click.option("--suggestions", "suggestions_file", type=click.Path(dir_okay=False, path_type=Path),
              help="help.review_sheet.suggestions_file")
@click.option("--out", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="help.review_sheet.out")
@click.option("--overwrite", is_flag=True, help="help.review_sheet.overwrite")
@lang_option("help.review_sheet.lang")
@handle_errors
def review_sheet(inputs, suite, mappings, sample_file, keys, judgements, kostra_year, suggestions_file, out, overwrite,
                 lang):
    from reports.review_workbook import write_review_workbook
    from audit.supervision.sampling import read_sample_file, read_sample_metadata

    if sample_file and keys:
        raise ConfigError(msg("error.cli.either_option", first="--sample", second="--keys"))
    if out.suffix.lower() != ".xlsx":
        raise ConfigError(msg("error.cli.workbook_xlsx"), file=str(out))
    guard_outputs([out], [*inputs, *mappings, sample_file], overwrite=True)  # never an input
    _refuse_overwrite(out, overwrite, msg("error.cli.what.workbook"))
    table = _load(inputs, suite, mappings, kostra_year)
    cases = None
    meta = None
    if sample_file:
        cases = read_sample_file(sample_file, table.dataset)
        meta = read_sample_metadata(sample_file)
    elif keys:
        cases = [(k, None) for k in dict.fromkeys(_split(keys))]
    suggestions = None
    if suggestions_file:
        from audit.datasets import get_dataset
        from audit.grounds.output import read_suggestions, same_number_keys
        from audit.privacy import safe_value, shown_value

        suggestions = read_suggestions(suggestions_file)
        # a letter's «04712» is the workbook's 4712 (a number cell drops the zero), as run joins them
        suggestions, renamed = same_number_keys(suggestions, table.frame[get_dataset(suite).key].to_list())
        if renamed:
            click.echo(t("cli.note", lang, text=t("inputs.join.leading_zeros", lang, count=len(renamed),
                                                    left=safe_value(renamed[0][0]), right=safe_value(renamed[0][1]),
                                                    left_file=inputs[0], right_file=suggestions_file)), err=True)
        wanted = {k for k, _ in cases} if cases is not None else set(table.frame[get_dataset(suite).key].to_list())
        unknown = sorted(set(suggestions) - wanted)
        if unknown:
            click.echo(t("cli.note", lang, text=t(plural("grounds.suggestion.note_unknown", len(unknown)), lang,
                                                  n=len(unknown), key=shown_value(unknown[0]))), err=True)
    sheet = write_review_workbook(table, out, cases=cases, judgements=_split(judgements) or None, sample=meta,
                                  sample_file=str(sample_file) if sample_file else None, lang=lang,
                                  suggestions=suggestions)
    for note in sheet.notes:
        click.echo(t("cli.note", lang, text=note), err=True)
    fmt = Formatter(lang)  # "1 sak", "8 vurderinger"
    click.echo(t("review.cli.wrote", lang, path=sheet.path, cases=fmt.count(sheet.cases, "cases"),
                 count=fmt.count(len(sheet.judgements), "assessments"),
                 judgements=", ".join(sheet.judgements)))


@click.command("compare", help="help.compare")
@click.argument("results", nargs=-1, metavar="cli.help.metavar.results_files", required=True, type=click.Path(path_type=str))
@click.option("--by", type=click.Choice(["run", "municipality", "office"]), default="run", show_default=True,
              help="help.compare.by")
@click.option("--label", "labels", multiple=True, help="help.compare.labels")
@click.option("--join", "joins", multiple=True, metavar="cli.help.metavar.join", help="help.compare.join")
@click.option("--min-n", type=click.IntRange(min=1), default=20, show_default=True, help="help.compare.min_n")
@lang_option()
@click.option("--format", "formats", default="xlsx,html,json", show_default=True, help="help.compare.formats")
@click.option("--out", "-o", "out_dir", default="sammenligning", show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="help.compare.out_dir")
@click.option("--overwrite", is_flag=True, help="help.compare.overwrite")
@handle_errors
def compare(results, by, labels, joins, min_n, lang, formats, out_dir, overwrite):
    from audit.supervision.compare import HTML_NAME, JSON_NAME, XLSX_NAME, compare_results, load_results, percent
    from audit.supervision.joins import parse_joins
    from reports.compare import write_comparison

    fmt = [f for f in _split(formats)]
    bad = [f for f in fmt if f not in ("xlsx", "html", "json")]
    if bad or not fmt:
        raise ConfigError(msg("error.cli.unknown_format", format=bad[0] if bad else formats),
                          hint=msg("error.cli.compare_formats_hint"))
    names = {"xlsx": XLSX_NAME, "html": HTML_NAME, "json": JSON_NAME}
    join_list = parse_joins(joins)
    guard_outputs([out_dir / names[f] for f in fmt], results, overwrite=overwrite)
    docs = [(p, load_results(p)) for p in results]
    comp = compare_results(docs, by=by, labels=list(labels) or None, min_n=min_n, lang=lang, joins=join_list)
    files = write_comparison(comp, out_dir, lang=lang, formats=fmt)
    from audit.text import Formatter
    from reports.values import count_words

    click.echo(t("compare.cli.summary", lang, units=count_words(lang, "units", len(comp.units), Formatter(lang)),
                 checks=count_words(lang, "checks", len(comp.checks), Formatter(lang))))
    for c in comp.checks:
        rated = [f for f in c.figures if f.rate is not None]  # 0 % included
        if not rated:
            continue
        # a rank, «≈» (no detectable difference), or nothing for a unit with few cases (marked *)
        text = ", ".join(f"{str(f.rank) + '. ' if f.distinct else '' if f.small_n else '≈ '}{f.unit} "
                         f"{percent(f.rate, lang)} ({f.failed}/{f.evaluated}{'*' if f.small_n else ''})" for f in rated)
        click.echo(f"  {c.id:<34} {text}")
    if any(f.rate is not None and not f.distinct and not f.small_n for c in comp.checks for f in c.figures):
        click.echo("  ≈ " + t("reports.compare.no_difference", lang))
    if any(f.small_n and f.rate is not None for c in comp.checks for f in c.figures):
        click.echo("  " + t("compare.cli.small", lang, n=min_n))
    for n in comp.notes:
        click.echo(t("cli.note", lang, text=n), err=True)
    click.echo(t("cli.wrote", lang, files=", ".join(str(f) for f in files)))


@click.command("findings", help="help.findings")
@click.argument("results", metavar="cli.help.metavar.results_json", type=click.Path(path_type=str))
@click.option("--out", "-o", "outs", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="help.findings.outs")
@click.option("--subject", help="help.findings.subject")
@click.option("--min-cases", type=click.IntRange(min=1), default=3, show_default=True, help="help.findings.min_cases")
@click.option("--min-share", type=click.FloatRange(min=0, max=100), default=5.0, show_default=True,
              help="help.findings.min_share")
@click.option("--no-case-list", is_flag=True, help="help.findings.no_case_list")
@click.option("--overwrite", is_flag=True, help="help.findings.overwrite")
@lang_option()
@handle_errors
def findings(results, outs, subject, min_cases, min_share, no_case_list, overwrite, lang):
    from audit.findings import Thresholds, draft_report
    from audit.supervision.compare import load_results
    from audit.text import Formatter
    from reports.findings_md import SUFFIXES, findings_markdown, write_findings

    fmt = Formatter(lang)
    guard_outputs(outs, [results, Path(results) / "results.json"], overwrite=overwrite)
    for o in outs:
        if o.suffix.lower() not in SUFFIXES:
            raise ConfigError(msg("findings.cli.bad_suffix"), file=str(o))
    doc = load_results(results)
    report = draft_report(doc, lang, subject=subject, thresholds=Thresholds(min_cases, min_share / 100),
                          case_list=not no_case_list)
    if not outs:
        click.echo(findings_markdown(report))
        return
    for o in outs:
        write_findings(report, o, overwrite=overwrite)
    n = len(report["themes"])
    click.echo(fmt.t(f"findings.cli.written.{'one' if n == 1 else 'other'}", themes=n,
                     files=", ".join(str(o) for o in outs)))
