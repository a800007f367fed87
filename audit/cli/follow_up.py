"""`nav-audit follow-up`: record and follow up what is done about findings."""

from __future__ import annotations

import datetime as dt

import click

from audit.cli.common import handle_errors
from audit.cli.history import echo_json, history_option, lang_option
from audit.text import msg, t

STATUS_HELP = "Status: åpen, «under arbeid», lukket eller «ikke relevant» (også open, in_progress, done, not_relevant)."


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


@click.group("follow-up")
def follow_up() -> None:
    """Oppfølging av funn: hvem gjør hva innen når, for én sak eller en hel kontroll.

    Oppfølgingen vises i senere rapporter og i «follow-up list», med forfalte tiltak
    merket. Alle endringer tas vare på. Skriv bare saksnøkler (pseudonymer) fra
    rapporten, aldri fødselsnummer.

    \b
    Eksempel (etter «nav-audit demo --out demo»; historikken i demo/, ikke din egen):
      nav-audit follow-up add --check kvp.start_delay --key K-0042 --status åpen \\
          --responsible "Leder NAV Lerkendal" --action "Start programmet" --due 2026-01-31 \\
          --history demo/historikk.sqlite
      nav-audit follow-up add --check kvp.start_delay --status "under arbeid" \\
          --action "Ny rutine for oppstart" --due 2026-03-31 --history demo/historikk.sqlite
      nav-audit follow-up list --overdue --history demo/historikk.sqlite
      nav-audit follow-up update 1 --status lukket --note "Startet 2026-01-15" --history demo/historikk.sqlite
    """


@follow_up.command("add")
@click.option("--check", "check_id", required=True, help="Kontroll-id, f.eks. kvp.start_delay.")
@click.option("--key", help="Saksnøkkel (pseudonym) fra rapporten. Uten: oppfølging av hele kontrollen.")
@click.option("--scope", help="Bare for kjøringer med dette omfanget (f.eks. kommunenummer). Standard: alle.")
@click.option("--status", default="åpen", show_default=True, help=STATUS_HELP)
@click.option("--responsible", help="Hvem som er ansvarlig (rolle eller navn).")
@click.option("--action", help="Tiltaket som skal gjøres.")
@click.option("--due", metavar="DATO", help="Frist (åååå-mm-dd eller dd.mm.åååå).")
@click.option("--note", help="Merknad.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@lang_option
@history_option
@handle_errors
def add(check_id, key, scope, status, responsible, action, due, note, fmt, lang, history):
    """Registrer oppfølging av et funn (--key) eller av en hel kontroll.

    \b
    Eksempel (etter «nav-audit demo --out demo»; historikken i demo/, ikke din egen):
      nav-audit follow-up add --check kvp.start_delay --key K-0042 --status åpen \\
          --responsible "Leder NAV Lerkendal" --action "Start programmet" --due 2026-01-31 \\
          --history demo/historikk.sqlite
    """
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


@follow_up.command("list")
@click.option("--check", "check_id", help="Bare oppfølginger av denne kontrollen.")
@click.option("--key", help="Bare oppfølginger av denne saken.")
@click.option("--status", "statuses", multiple=True, help="Bare denne statusen (kan gjentas). " + STATUS_HELP)
@click.option("--overdue", is_flag=True, help="Bare forfalte: åpen eller under arbeid med frist før --on.")
@click.option("--on", "on", metavar="DATO", help="Dagen forfall vurderes mot. Standard: i dag.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@lang_option
@history_option
@handle_errors
def list_follow_ups(check_id, key, statuses, overdue, on, fmt, lang, history):
    """Vis oppfølginger, med forfalte tiltak merket.

    \b
    Eksempel (etter «nav-audit demo --out demo»; historikken i demo/, ikke din egen):
      nav-audit follow-up add --check kvp.start_delay --key K-0042 --status åpen \\
          --responsible "Leder NAV Lerkendal" --action "Start programmet" --due 2026-01-31 \\
          --history demo/historikk.sqlite
      nav-audit follow-up list --overdue --history demo/historikk.sqlite
      nav-audit follow-up list --check kvp.start_delay --status åpen --status "under arbeid" --history demo/historikk.sqlite
    """
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


@follow_up.command("show")
@click.argument("follow_up_id", type=int)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@lang_option
@history_option
@handle_errors
def show(follow_up_id, fmt, lang, history):
    """Vis én oppfølging med alle endringer.

    \b
    Eksempel (etter «nav-audit demo --out demo»; historikken i demo/, ikke din egen):
      nav-audit follow-up add --check kvp.start_delay --key K-0042 --status åpen \\
          --responsible "Leder NAV Lerkendal" --action "Start programmet" --due 2026-01-31 \\
          --history demo/historikk.sqlite
      nav-audit follow-up show 1 --history demo/historikk.sqlite
    """
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


@follow_up.command("update")
@click.argument("follow_up_id", type=int)
@click.option("--status", help=STATUS_HELP)
@click.option("--responsible", help="Ny ansvarlig («» tømmer feltet).")
@click.option("--action", help="Nytt tiltak («» tømmer feltet).")
@click.option("--due", metavar="DATO", help="Ny frist («» fjerner fristen).")
@click.option("--note", help="Ny merknad («» tømmer feltet).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@lang_option
@history_option
@handle_errors
def update(follow_up_id, status, responsible, action, due, note, fmt, lang, history):
    """Endre en oppfølging; bare feltene du oppgir endres, og endringen lagres i loggen.

    \b
    Eksempel (etter «nav-audit demo --out demo»; historikken i demo/, ikke din egen):
      nav-audit follow-up add --check kvp.start_delay --key K-0042 --status åpen \\
          --responsible "Leder NAV Lerkendal" --action "Start programmet" --due 2026-01-31 \\
          --history demo/historikk.sqlite
      nav-audit follow-up update 1 --status lukket --note "Programmet startet 2026-01-15" --history demo/historikk.sqlite
    """
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
