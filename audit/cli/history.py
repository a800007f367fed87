"""`nav-audit history`: list, show and remove recorded runs."""

from __future__ import annotations

import json

import click

from audit.cli.common import handle_errors
from audit.cli.common import lang_option as common_lang_option
from audit.text import Formatter, msg, t

LOCATION_HELP = (
    "Historikk: SQLite-fil eller postgresql://-URL. Standard: miljøvariabelen NAV_AUDIT_HISTORY, "
    "ellers $XDG_DATA_HOME/nav-audit/history.sqlite (~/.local/share/nav-audit/history.sqlite)."
)


def history_option(func):
    """The ``--history PATH_OR_URL`` option shared by the commands that use the history."""
    return click.option("--history", "history", metavar="STI_ELLER_URL", help=LOCATION_HELP)(func)


def lang_option(func):
    return common_lang_option("Språk i tabellene.")(func)


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


@click.group("history")
def history() -> None:
    """Historikk over kjøringer: se, sammenlign og fjern lagrede revisjoner.

    Hver «nav-audit run» lagres i historikken (med mindre --no-history er gitt):
    kjørings-id, tid, versjon, suite, kontrolldato, periode, inndata (sti, sha256,
    rader), parametre, antall per kontroll og saksnøklene med varsel eller avvik.
    Ingen saksdata utover results.json lagres.

    \b
    Hvor historikken ligger (den første som er gitt):
      1. --history STI_ELLER_URL på kommandoen
      2. miljøvariabelen NAV_AUDIT_HISTORY
      3. $XDG_DATA_HOME/nav-audit/history.sqlite (~/.local/share/nav-audit/history.sqlite)
    En sti er en SQLite-fil; en postgresql://bruker:passord@vert/db-URL er en delt
    PostgreSQL-database for et team.

    \b
    Eksempel (etter «nav-audit demo --out demo»; historikken i demo/, ikke din egen):
      nav-audit run demo/kvp_saker.csv -m demo/kvp_mapping.yaml --as-of 2025-12-31 \\
          --out demo/rapporter/kvp-lagret --history demo/historikk.sqlite
      nav-audit history list --suite kvp --since 2025-01-01 --until 2025-12-31 --history demo/historikk.sqlite
      nav-audit history show siste --cases --history demo/historikk.sqlite
      nav-audit history remove siste --history demo/historikk.sqlite
    """


@history.command("list")
@click.option("--suite", "-s", help="Bare kjøringer av denne suiten (kvp eller stonad).")
@click.option("--since", metavar="DATO", help="Bare kjøringer med kontrolldato (as_of) fra og med denne datoen.")
@click.option("--until", metavar="DATO", help="Bare kjøringer med kontrolldato (as_of) til og med denne datoen.")
@click.option("--period", metavar="FRA..TIL|ÅR",
              help="Bare kjøringer der perioden de dekker (run --period) overlapper denne, f.eks. 2025.")
@click.option("--scope", help="Bare kjøringer med dette omfanget (f.eks. kommunenummer).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="Tabell i terminalen eller JSON.")
@lang_option
@history_option
@handle_errors
def list_runs(suite, since, until, period, scope, fmt, lang, history):
    """Vis lagrede kjøringer, eldste først.

    \b
    Eksempel (etter «nav-audit demo --out demo»; historikken i demo/, ikke din egen):
      nav-audit run demo/kvp_saker.csv -m demo/kvp_mapping.yaml --as-of 2025-12-31 \\
          --out demo/rapporter/kvp-2025 --period 2025-01-01..2025-12-31 --history demo/historikk.sqlite
      nav-audit history list --suite kvp --since 2025-01-01 --until 2025-12-31 --history demo/historikk.sqlite
      nav-audit history list --suite kvp --period 2025 --history demo/historikk.sqlite
    """
    from audit.history import open_store
    from audit.history.text import runs_table

    with open_store(history) as store:
        runs = store.list_runs(suite=suite, since=since, until=until, scope=scope, period=parse_period(period))
        if fmt == "json":
            echo_json(runs)
        else:
            click.echo(runs_table(runs, lang, where=store.describe()))


@history.command("show")
@click.argument("run_id")
@click.option("--cases", is_flag=True, help="Vis også hver sak med funn, med livsløp (ny, vedvarende, løst).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="Tabell i terminalen eller JSON.")
@lang_option
@history_option
@handle_errors
def show_run(run_id, cases, fmt, lang, history):
    """Vis én kjøring: inndata, kontroller, funn og hva som er nytt, vedvarende og løst
    siden forrige kjøring av samme suite og omfang. RUN_ID kan forkortes så lenge den er entydig;
    «siste» er den nyeste kjøringen.

    \b
    Eksempel (etter «nav-audit demo --out demo»; historikken i demo/, ikke din egen):
      nav-audit run demo/kvp_saker.csv -m demo/kvp_mapping.yaml --as-of 2025-12-31 \\
          --out demo/rapporter/kvp-lagret --history demo/historikk.sqlite
      nav-audit history show siste --cases --history demo/historikk.sqlite
    """
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


@history.command("remove")
@click.argument("run_id")
@click.option("--yes", "-y", is_flag=True, help="Ikke spør om bekreftelse.")
@history_option
@lang_option
@handle_errors
def remove_run(run_id, yes, history, lang):
    """Fjern én kjøring fra historikken (spør først). Oppfølginger beholdes.

    RUN_ID som i «history show»: hele id-en, en entydig begynnelse eller «siste».

    Senere kjøringer sammenlignes deretter med kjøringen før den fjernede.
    Kode 0 når kjøringen er fjernet, 1 når du svarer nei (ingenting fjernes).

    \b
    Eksempel (etter «nav-audit demo --out demo»; historikken i demo/, ikke din egen):
      nav-audit run demo/kvp_saker.csv -m demo/kvp_mapping.yaml --as-of 2025-12-31 \\
          --out demo/rapporter/kvp-lagret --history demo/historikk.sqlite
      nav-audit history remove siste --history demo/historikk.sqlite
    """
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
