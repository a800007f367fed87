"""`nav-audit history`: list, show and remove recorded runs."""

from __future__ import annotations

import json

import click

from audit.cli.common import handle_errors
from audit.cli.common import lang_option as common_lang_option
from audit.text import Formatter, msg, t

LOCATION_HELP = "help.option.history"


def history_option(func):
    """The ``--history PATH_OR_URL`` option shared by the commands that use the history."""
    return click.option("--history", "history", metavar="cli.help.metavar.path_or_url", help=LOCATION_HELP)(func)


def lang_option(func):
    return common_lang_option("help.option.lang_tables")(func)


def confirm(text: str, lang: str = "nb") -> bool:
    """Ask yes/no; 'j', 'ja', 'y' and 'yes' mean yes. No answer (no terminal) means no."""
    try:
        answer = click.prompt(f"{text} {t('history.cli.yes_no', lang)}", default="", show_default=False)
    except click.Abort:
        click.echo("", err=True)
        return False
    return answer.strip().lower() in ("j", "ja", "y", "yes")


def parse_period(value: str | None) -> tuple[str, str] | None:
    """``FRA..TIL`` or a year ``ÅÅÅÅ`` as (from, to); dates are checked by the store."""
    from audit.errors import ConfigError

    if not value:
        return None
    value = value.strip()
    if value.isdigit() and len(value) == 4:
        return f"{value}-01-01", f"{value}-12-31"
    if ".." not in value:
        raise ConfigError(msg("error.cli.history_period_form"), value=value, hint=msg("error.cli.history_period_form_hint"))
    start, end = (part.strip() for part in value.split("..", 1))
    return start, end


def echo_json(obj) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=2, default=str))


@click.group("history", help="help.history")
def history() -> None:
    """The run history: list, show, remove. Its --help is the catalogue's; a docstring here is not shown."""


@history.command("list", help="help.history.list")
@click.option("--suite", "-s", help="help.history.list.suite")
@click.option("--since", metavar="cli.help.metavar.date", help="help.history.list.since")
@click.option("--until", metavar="cli.help.metavar.date", help="help.history.list.until")
@click.option("--period", metavar="cli.help.metavar.from_to_or_year", help="help.history.list.period")
@click.option("--scope", help="help.history.list.scope")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="help.option.table_or_json")
@lang_option
@history_option
@handle_errors
def list_runs(suite, since, until, period, scope, fmt, lang, history):
    from audit.history import open_store
    from audit.history.text import runs_table

    with open_store(history) as store:
        runs = store.list_runs(suite=suite, since=since, until=until, scope=scope, period=parse_period(period))
        if fmt == "json":
            echo_json(runs)
        else:
            click.echo(runs_table(runs, lang, where=store.describe()))


@history.command("show", help="help.history.show")
@click.argument("run_id", metavar="cli.help.metavar.run_id")
@click.option("--cases", is_flag=True, help="help.history.show.cases")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="help.option.table_or_json")
@lang_option
@history_option
@handle_errors
def show_run(run_id, cases, fmt, lang, history):
    from audit.history import open_store
    from audit.history.text import run_detail

    with open_store(history) as store:
        rid = store.resolve_run_id(run_id)
        run = store.get_run(rid)
        life = store.lifecycle(rid)
        if fmt == "json":
            echo_json({"run": run, "lifecycle": life})
        else:
            click.echo(run_detail(run, life, lang, cases=cases))


@history.command("remove", help="help.history.remove")
@click.argument("run_id", metavar="cli.help.metavar.run_id")
@click.option("--yes", "-y", is_flag=True, help="help.history.remove.yes")
@history_option
@lang_option
@handle_errors
def remove_run(run_id, yes, history, lang):
    from audit.history import open_store

    with open_store(history) as store:
        rid = store.resolve_run_id(run_id)
        run = store.get_run(rid)
        summary = t("history.cli.run_summary", lang, id=rid, suite=run["suite"], as_of=Formatter(lang).date(run["as_of"]),
                    scope=run.get("scope") or "–", deviations=run["deviations"], warnings=run["warnings"])
        if not yes and not confirm(t("history.cli.remove_ask", lang, run=summary, where=store.describe()), lang):
            click.echo(t("history.cli.nothing_removed", lang))
            raise click.exceptions.Exit(1)
        store.delete_run(rid)
        click.echo(t("history.cli.removed", lang, run=summary))
