"""`nav-audit schedule`: the annual control cycle (årshjul): show, due, run, ics."""

from __future__ import annotations

import click

from audit.text import msg, t

from audit.cli.common import handle_errors
from audit.cli.common import lang_option as common_lang_option

FILE_HELP = ("Årshjulfilen (YAML, formatet: «nav-audit schedule --help»). Standard: miljøvariabelen NAV_AUDIT_SCHEDULE, "
             "ellers arshjul.yaml i gjeldende mappe.")
HISTORY_HELP = ("Historikk (SQLite-fil eller postgresql://-URL). Standard: miljøvariabelen NAV_AUDIT_HISTORY, "
                "ellers ~/.local/share/nav-audit/history.sqlite.")
OUT_HELP = "Rotmappe for rapportene (standard: «output» i årshjulfilen). Hver kjøring skriver i <rot>/<periode>/<aktivitet>/."


def file_option(func):
    return click.option("--file", "-f", "schedule_file", envvar="NAV_AUDIT_SCHEDULE", default="arshjul.yaml",
                        show_default=True, type=click.Path(dir_okay=False), help=FILE_HELP)(func)


def lang_option(func):
    return common_lang_option("Språk i utskriften.")(func)


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


@click.group("schedule")
def schedule() -> None:
    """Årshjul for internkontroll: planlagte kontroller måned for måned, hva som skal
    kjøres, kjøring (f.eks. fra cron) og kalenderfil.

    Årshjulfilen (YAML) lister kontrollaktivitetene: hvilken suite eller rapport de
    kjører, i hvilke måneder og på hvilken dag, hvilken periode hver kjøring dekker
    (forrige måned, kvartal, tertial eller år), inndatafiler og ansvarlig.
    «nav-audit init MAPPE» lager et årshjul for kontoret; «nav-audit demo --out demo»
    skriver et eksempel til demo/arshjul.yaml.

    \b
    Eksempel:
      nav-audit schedule show -f demo/arshjul.yaml --year 2026
      nav-audit schedule due -f demo/arshjul.yaml --on 2026-04-15 --history demo/historikk.sqlite
      nav-audit schedule run -f demo/arshjul.yaml --history demo/historikk.sqlite --out demo/rapporter
      nav-audit schedule ics -f demo/arshjul.yaml --year 2026 --out arshjul-2026.ics
    """


@schedule.command("show")
@file_option
@click.option("--year", type=click.IntRange(1900, 9999), help="Året som vises. Standard: i år.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False),
              help="Skriv året som en HTML-side med årshjulet tegnet (frittstående fil).")
@click.option("--overwrite", is_flag=True, help="Skriv over en eksisterende HTML-fil (aldri årshjulfilen).")
@lang_option
@handle_errors
def show(schedule_file, year, html_path, overwrite, lang):
    """Vis året måned for måned: hvilke kontroller som kjøres når, og hvilken periode de dekker.

    \b
    Eksempel:
      nav-audit schedule show -f demo/arshjul.yaml --year 2026
      nav-audit schedule show -f demo/arshjul.yaml --html arshjul-2026.html
    """
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


@schedule.command("due")
@file_option
@click.option("--on", "on", metavar="DATO", help="Dagen det gjelder (åååå-mm-dd). Standard: i dag.")
@click.option("--all", "include_done", is_flag=True, help="Vis også det som allerede er utført.")
@click.option("--ahead", type=click.IntRange(min=0), default=0, show_default=True, metavar="DAGER",
              help="Vis også det som kommer de neste DAGER dagene.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), help=OUT_HELP)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="Tabell i terminalen eller JSON.")
@click.option("--history", "history", metavar="STI_ELLER_URL", help=HISTORY_HELP)
@lang_option
@handle_errors
def due(schedule_file, on, include_done, ahead, out_dir, fmt, history, lang):
    """Vis hva som skal kjøres eller er forsinket på en dag, vurdert mot historikken.

    En aktivitet er utført for en periode når historikken har en kjøring av samme suite
    og omfang for akkurat den perioden (årsrapporten: når mappen har en vellykket
    kjøring). Forsinket: planlagt dag (pluss grace_days) er passert. Aktiviteter
    planlagt mer enn lookback_months måneder tilbake (standard 12) tas ikke med.

    \b
    Eksempel:
      nav-audit schedule due -f demo/arshjul.yaml --on 2026-04-15 --all --history demo/historikk.sqlite
    """
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


@schedule.command("run")
@file_option
@click.option("--on", "on", metavar="DATO", help="Dagen det kjøres for (åååå-mm-dd). Standard: i dag.")
@click.option("--activity", "-a", "activities", multiple=True, metavar="ID",
              help="Kjør bare denne aktiviteten (kan gjentas).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), help=OUT_HELP)
@click.option("--fail-on", type=click.Choice(["warning", "deviation"]),
              help="Avslutt med kode 1 når en aktivitet har funn på dette nivået.")
@click.option("--history", "history", metavar="STI_ELLER_URL", help=HISTORY_HELP)
@click.option("--verbose", "-v", is_flag=True, help="Skriv én linje per aktivitet også når alt gikk bra.")
@click.option("--overwrite", is_flag=True,
              help="Skriv over resultater i en periodemappe fra en kjøring som ikke ble lagret i historikken.")
@lang_option
@handle_errors
def run(schedule_file, on, activities, out_dir, fail_on, history, verbose, overwrite, lang):
    """Kjør alt som skal kjøres eller er forsinket, hver aktivitet for sin periode.

    Kjøringene lagres i historikken, og rapportene skrives i <rot>/<periode>/<aktivitet>/
    med en activity.json som sier hva som ble kjørt og hvordan det gikk. Mangler en
    inndatafil, meldes det, og de andre aktivitetene kjøres likevel. Stille når alt går
    bra, så kommandoen kan kjøres fra cron.

    \b
    Kode 0: alt som skulle kjøres, er kjørt (eller ingenting skulle kjøres).
    Kode 1: med --fail-on, en aktivitet hadde funn på det nivået.
    Kode 2: feil i årshjulfilen eller i kommandoen; ingenting er kjørt.
    Kode 4: minst én aktivitet feilet (f.eks. manglende inndatafil); de andre er kjørt.

    \b
    I crontab, hver natt kl. 02.15 (med stiene til ditt årshjul og din historikk):
      15 2 * * *  nav-audit schedule run -f /srv/nav-audit/arshjul.yaml --history /srv/nav-audit/historikk.sqlite

    \b
    Eksempel (etter «nav-audit demo --out demo»; historikken i demo/, ikke din egen):
      nav-audit schedule run -f demo/arshjul.yaml --on 2026-04-20 --history demo/historikk.sqlite
      nav-audit schedule due -f demo/arshjul.yaml --on 2026-04-20 --all --history demo/historikk.sqlite
    """
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


@schedule.command("ics")
@file_option
@click.option("--year", type=click.IntRange(1900, 9999), help="Året som eksporteres. Standard: i år.")
@click.option("--out", "out_path", type=click.Path(dir_okay=False),
              help="Kalenderfilen som skrives. Standard: arshjul-ÅR.ics; «-» skriver til standard ut.")
@click.option("--overwrite", is_flag=True, help="Skriv over en eksisterende kalenderfil (aldri årshjulfilen).")
@lang_option
@handle_errors
def ics(schedule_file, year, out_path, overwrite, lang):
    """Lag en kalenderfil (iCalendar, .ics) med årets kontrollaktiviteter for Outlook og andre kalendere.

    Hver planlagt dag blir en heldagsavtale med periode, inndata og ansvarlig i
    beskrivelsen. Avtalene har faste id-er, så en ny import oppdaterer dem.

    \b
    Eksempel:
      nav-audit schedule ics -f demo/arshjul.yaml --year 2026 --out arshjul-2026.ics
    """
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
    click.echo(t("schedule.cli.wrote_events", lang, path=path, count=len(sched.occurrences(year))))
