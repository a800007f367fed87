"""`nav-audit follow-up`: record and follow up what is done about findings."""

from __future__ import annotations

import datetime as dt

import click

from audit.cli.common import handle_errors
from audit.cli.history import echo_json, history_option, lang_option
from audit.text import msg, t

STATUS_HELP = "help.follow_up.status"


def _known_check_ids(store) -> set[str]:
    """Check ids in the catalogue and in recorded runs."""
    known: set[str] = set()
    try:
        from checks import SUITES

        known |= {c.id for s in SUITES.values() for c in s.checks}
    except ImportError:  # pragma: no cover - the catalogue ships with the tool
        pass
    known |= store.check_ids()
    return known


def _check_known(store, check_id: str) -> None:
    import difflib

    from audit.errors import InputError

    known = _known_check_ids(store)
    if check_id not in known:
        close = difflib.get_close_matches(check_id, sorted(known), n=3)
        raise InputError(msg("error.cli.unknown_check", check=check_id), column="--check",
                         hint=msg("error.cli.unknown_check_hint_close", names="», «".join(close)) if close
                         else msg("error.see_checks"))


@click.group("follow-up", help="help.follow_up")
def follow_up() -> None:
    """Follow-up of findings: add, list, show, update. Its --help is the catalogue's; a docstring here is not shown."""


@follow_up.command("add", help="help.follow_up.add")
@click.option("--check", "check_id", required=True, help="help.follow_up.add.check_id")
@click.option("--key", help="help.follow_up.add.key")
@click.option("--scope", help="help.follow_up.add.scope")
@click.option("--status", default="åpen", show_default=True, help=STATUS_HELP)
@click.option("--responsible", help="help.follow_up.add.responsible")
@click.option("--action", help="help.follow_up.add.action")
@click.option("--due", metavar="cli.help.metavar.date", help="help.follow_up.add.due")
@click.option("--note", help="help.follow_up.add.note")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@lang_option
@history_option
@handle_errors
def add(check_id, key, scope, status, responsible, action, due, note, fmt, lang, history):
    from audit.history import open_store
    from audit.history.text import follow_up_detail

    with open_store(history) as store:
        _check_known(store, check_id.strip())
        fu = store.add_follow_up(check_id.strip(), key, status=status, responsible=responsible, action=action,
                                 due_date=due, note=note, scope=scope)
        if fmt == "json":
            echo_json(fu)
        else:
            click.echo(t("follow_up.cli.recorded", lang, id=fu["id"]))
            click.echo(follow_up_detail(fu, lang))


@follow_up.command("list", help="help.follow_up.list")
@click.option("--check", "check_id", help="help.follow_up.list.check_id")
@click.option("--key", help="help.follow_up.list.key")
@click.option("--status", "statuses", multiple=True, help="help.follow_up.list.statuses")
@click.option("--overdue", is_flag=True, help="help.follow_up.list.overdue")
@click.option("--on", "on", metavar="cli.help.metavar.date", help="help.follow_up.list.on")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@lang_option
@history_option
@handle_errors
def list_follow_ups(check_id, key, statuses, overdue, on, fmt, lang, history):
    from audit.history import open_store, parse_date
    from audit.history.text import follow_ups_table

    day = parse_date(on, msg("error.cli.what.on_date")) or dt.date.today().isoformat()
    with open_store(history) as store:
        fus = store.list_follow_ups(check_id=check_id, key=key, status=list(statuses) or None,
                                    overdue_on=day if overdue else None, on=day)
        if fmt == "json":
            echo_json(fus)
        else:
            click.echo(follow_ups_table(fus, lang))


@follow_up.command("show", help="help.follow_up.show")
@click.argument("follow_up_id", metavar="cli.help.metavar.follow_up_id", type=int)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@lang_option
@history_option
@handle_errors
def show(follow_up_id, fmt, lang, history):
    from audit.errors import InputError
    from audit.history import open_store
    from audit.history.text import follow_up_detail

    with open_store(history) as store:
        fu = store.get_follow_up(follow_up_id)
        if fu is None:
            raise InputError(msg("error.cli.no_follow_up", id=follow_up_id), hint=msg("error.cli.no_follow_up_hint"))
        if fmt == "json":
            echo_json(fu)
        else:
            click.echo(follow_up_detail(fu, lang))


@follow_up.command("update", help="help.follow_up.update")
@click.argument("follow_up_id", metavar="cli.help.metavar.follow_up_id", type=int)
@click.option("--status", help=STATUS_HELP)
@click.option("--responsible", help="help.follow_up.update.responsible")
@click.option("--action", help="help.follow_up.update.action")
@click.option("--due", metavar="cli.help.metavar.date", help="help.follow_up.update.due")
@click.option("--note", help="help.follow_up.update.note")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@lang_option
@history_option
@handle_errors
def update(follow_up_id, status, responsible, action, due, note, fmt, lang, history):
    from audit.errors import InputError
    from audit.history import open_store
    from audit.history.text import follow_up_detail

    changes = {name: value for name, value in (("status", status), ("responsible", responsible),
                                               ("action", action), ("due_date", due), ("note", note))
               if value is not None}
    if not changes:
        raise InputError(msg("error.cli.nothing_to_change"), hint=msg("error.cli.nothing_to_change_hint"))
    with open_store(history) as store:
        fu = store.update_follow_up(follow_up_id, **changes)
        if fmt == "json":
            echo_json(fu)
        else:
            click.echo(t("follow_up.cli.updated", lang, id=fu["id"]))
            click.echo(follow_up_detail(fu, lang))
