"""`nav-audit schedule`: the annual control cycle (årshjul): show, due, run, ics."""

from __future__ import annotations

import click

from audit.text import msg, plural, t

from audit.cli.common import handle_errors
from audit.cli.common import lang_option as common_lang_option

FILE_HELP = "help.schedule.file"
HISTORY_HELP = "help.schedule.history"
OUT_HELP = "help.schedule.out"


def file_option(func):
    return click.option("--file", "-f", "schedule_file", envvar="NAV_AUDIT_SCHEDULE", default="arshjul.yaml",
                        show_default=True, type=click.Path(dir_okay=False), help=FILE_HELP)(func)


def lang_option(func):
    return common_lang_option("help.option.lang_output")(func)


def _load(path: str):
    from audit.schedule import catalogue_problems, load_schedule

    schedule = load_schedule(path)
    problems = catalogue_problems(schedule)
    return schedule, problems


def _warn(problems, lang: str = "nb") -> list[str]:
    texts = [p.render(lang) for errors in problems.values() for p in errors]
    for text in texts:
        click.echo(t("cli.warning", lang, text=text), err=True)
    return texts


def _date(value: str | None, option: str):
    import datetime as dt

    from audit.cli.run import parse_date_option

    return parse_date_option(value, option) if value else dt.date.today()


def _check_ids(schedule, ids) -> None:
    from audit.errors import ConfigError
    from audit.inputs.mapping import closest

    known = [a.id for a in schedule.activities]
    for aid in ids:
        if aid not in known:
            sug = closest(aid, known)
            raise ConfigError(msg("error.cli.unknown_activity", activity=aid), file=schedule.path,
                              hint=msg("error.did_you_mean", name=sug[0]) if sug
                              else msg("error.cli.activities_are", names=", ".join(known)))


@click.group("schedule", help="help.schedule")
def schedule() -> None:
    """The annual control cycle: show, due, run, ics. Its --help is the catalogue's; a docstring here is not shown."""


@schedule.command("show", help="help.schedule.show")
@file_option
@click.option("--year", type=click.IntRange(1900, 9999), help="help.schedule.show.year")
@click.option("--html", "html_path", type=click.Path(dir_okay=False), help="help.schedule.show.html_path")
@click.option("--overwrite", is_flag=True, help="help.schedule.show.overwrite")
@lang_option
@handle_errors
def show(schedule_file, year, html_path, overwrite, lang):
    import datetime as dt

    from audit.schedule.render import year_text
    from reports.schedule_page import year_html

    sched, problems = _load(schedule_file)
    warnings = _warn(problems, lang)
    today = dt.date.today()
    year = year or today.year
    if html_path:
        from audit.io import atomic_write_text, guard_outputs

        guard_outputs([html_path], [schedule_file], overwrite=overwrite)
        path = atomic_write_text(html_path, year_html(sched, year, lang, warnings, today=today))
        click.echo(t("cli.wrote", lang, files=path))
    else:
        click.echo(year_text(sched, year, lang))


@schedule.command("due", help="help.schedule.due")
@file_option
@click.option("--on", "on", metavar="cli.help.metavar.date", help="help.schedule.due.on")
@click.option("--all", "include_done", is_flag=True, help="help.schedule.due.include_done")
@click.option("--ahead", type=click.IntRange(min=0), default=0, show_default=True, metavar="cli.help.metavar.days",
              help="help.schedule.due.ahead")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), help=OUT_HELP)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="help.option.table_or_json")
@click.option("--history", "history", metavar="cli.help.metavar.path_or_url", help=HISTORY_HELP)
@lang_option
@handle_errors
def due(schedule_file, on, include_done, ahead, out_dir, fmt, history, lang):
    import json

    from audit.history import open_store
    from audit.schedule import DoneLookup, due_items
    from audit.schedule.render import due_text

    sched, problems = _load(schedule_file)
    _warn(problems, lang)
    day = _date(on, "--on")
    with open_store(history) as store:
        lookup = DoneLookup.from_store(store, sched, out_dir)
    items = due_items(sched, day, lookup, include_done=include_done, ahead_days=ahead)
    if fmt == "json":
        click.echo(json.dumps({"on": day.isoformat(), "schedule": sched.path,
                               "items": [i.to_json(sched, lookup.out_root, lang) for i in items]},
                              ensure_ascii=False, indent=2))
    else:
        click.echo(due_text(sched, items, day, lang))


@schedule.command("run", help="help.schedule.run")
@file_option
@click.option("--on", "on", metavar="cli.help.metavar.date", help="help.schedule.run.on")
@click.option("--activity", "-a", "activities", multiple=True, metavar="cli.help.metavar.activity_id",
              help="help.schedule.run.activities")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), help=OUT_HELP)
@click.option("--fail-on", type=click.Choice(["warning", "deviation"]), help="help.schedule.run.fail_on")
@click.option("--history", "history", metavar="cli.help.metavar.path_or_url", help=HISTORY_HELP)
@click.option("--verbose", "-v", is_flag=True, help="help.schedule.run.verbose")
@click.option("--overwrite", is_flag=True, help="help.schedule.run.overwrite")
@lang_option
@handle_errors
def run(schedule_file, on, activities, out_dir, fail_on, history, verbose, overwrite, lang):
    import sys

    from audit.cli.common import Progress
    from audit.schedule import run_due
    from audit.schedule.render import run_lines

    sched, problems = _load(schedule_file)
    _check_ids(sched, activities)
    day = _date(on, "--on")
    result = run_due(sched, day, history=history, out_root=out_dir, lang=lang, only=activities,
                     problems=problems, progress=Progress(enabled=verbose and sys.stderr.isatty()).stage,
                     overwrite=overwrite)
    for line, is_problem in run_lines(result, lang, verbose=verbose, fail_on=fail_on):
        click.echo(line, err=is_problem)
    code = result.exit_code(fail_on)
    if code:
        sys.exit(code)


@schedule.command("ics", help="help.schedule.ics")
@file_option
@click.option("--year", type=click.IntRange(1900, 9999), help="help.schedule.ics.year")
@click.option("--out", "out_path", type=click.Path(dir_okay=False), help="help.schedule.ics.out_path")
@click.option("--overwrite", is_flag=True, help="help.schedule.ics.overwrite")
@lang_option
@handle_errors
def ics(schedule_file, year, out_path, overwrite, lang):
    import datetime as dt

    from reports.calendar_ics import to_ical

    sched, problems = _load(schedule_file)
    _warn(problems, lang)
    year = year or dt.date.today().year
    data = to_ical(sched, year, lang=lang)
    if out_path == "-":
        click.echo(data.decode("utf-8"), nl=False)
        return
    from audit.io import atomic_write_bytes, guard_outputs

    guard_outputs([out_path or f"arshjul-{year}.ics"], [schedule_file], overwrite=overwrite)
    path = atomic_write_bytes(out_path or f"arshjul-{year}.ics", data)
    events = len(sched.occurrences(year))
    click.echo(t(plural("schedule.cli.wrote_events", events), lang, path=path, count=events))
