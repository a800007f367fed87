"""`nav-audit demo`, `map` and `init`: the first hour with nav-audit (logic in audit.onboarding)."""

from __future__ import annotations

import sys

import click

from audit.cli.common import handle_errors, lang_option
from audit.errors import EXIT_INPUT, ConfigError
from audit.text import msg

LANG = lang_option("Språk i utskriften og i filene som skrives.")


def _say_commands(title: str, commands: list[tuple[str, str]]) -> None:
    click.echo(title)
    for what, command in commands:
        click.echo(f"  # {what}")
        click.echo(f"  {command}")


@click.command("demo")
@click.option("--out", "-o", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Mappen eksempelfilene skrives til (lages; en mappe med innhold avvises uten --overwrite).")
@click.option("--overwrite", is_flag=True, help="Skriv eksempelfilene på nytt i en mappe som ikke er tom.")
@LANG
@handle_errors
def demo(out_dir, overwrite, lang):
    """Skriv eksempeluttrekk å prøve nav-audit på, og vis kommandoene å prøve dem med.

    Mappen får to eksempeluttrekk fra fagsystemet (KVP som xlsx og csv, økonomisk stønad
    som csv) med mappingfilene sine, to KOSTRA-filer (11CF og 11F), en parameterfil med
    alle terskler og rettsgrunnlag, et årshjul, 24 vedtaksbrev (mappen vedtaksbrev) og et
    lite uttrekk med syntetiske fødselsnumre å prøve «pseudonymise» på. Kommandoene som
    skrives ut virker fra mappen du står i.

    \b
    Eksempel:
      nav-audit demo --out demo
      nav-audit run demo/kvp_saker.xlsx --mapping demo/kvp_mapping.yaml \\
          --as-of 2025-12-31 --out demo/rapporter/kvp --no-history
    """
    from audit.onboarding.demo import write_demo
    from audit.text import t

    written = write_demo(out_dir, overwrite=overwrite, lang=lang)
    click.echo(t("onboarding.demo.written", lang, folder=out_dir, files=", ".join(written.files)))
    _say_commands(t("onboarding.demo.next", lang), written.commands)


@click.command("map")
@click.argument("export", type=click.Path(dir_okay=False))
@click.option("--suite", "-s", type=click.Choice(["kvp", "stonad"]),
              help="Datasettet uttrekket gjelder. Standard: det som passer best.")
@click.option("--out", "-o", "out_file", type=click.Path(dir_okay=False),
              help="Skriv utkastet til denne filen (finnes den, kreves --overwrite). Standard: skjermen.")
@click.option("--check", "check_file", type=click.Path(dir_okay=False), metavar="MAPPING",
              help="Prøv en ferdig mappingfil mot uttrekket i stedet for å foreslå en.")
@click.option("--sheet", help="Arket i en xlsx-fil (navn). Standard: det første synlige.")
@click.option("--overwrite", is_flag=True, help="Skriv over en eksisterende fil i --out.")
@click.option("--interactive", "-i", is_flag=True,
              help="Spør om hver kolonne som ikke er sikker: godta, avvis eller oppgi overskriften selv.")
@LANG
@handle_errors
def map_(export, suite, out_file, check_file, sheet, overwrite, interactive, lang):
    """Foreslå en mappingfil for et uttrekk med egne overskrifter, eller prøv en (--check).

    Hver kanonisk kolonne knyttes til en overskrift etter en tabell med norske og engelske
    navn og forkortelser og etter likhet, og verdiene i kolonnen sjekkes (datoer og
    datoformat, ja/nei, tall). For vedtak, KOSTRA-status og situasjon etter program lages
    en oversettelse av verdiene som finnes. Utkastet er en kommentert YAML-fil i formatet
    «run» leser, med sikkerhet per kolonne; det skrives ut (eller til --out), og under
    står hvilke kontroller som kan kjøres og hva som mangler for de andre. Identitetsnumre
    vises aldri; kolonner med slike føres opp under «pseudonymise».

    \b
    Mappingfilens nøkler:
      dataset      kvp eller stonad
      columns      kanonisk kolonne: overskrift i uttrekket («nav-audit checks» viser hva
                   kontrollene trenger)
      values       kanonisk kolonne: {verdi i uttrekket: kanonisk verdi}, f.eks.
                   decision: {Innvilget: granted, Avslag: refused}; status: KOSTRA-kode 1–7
      date_format  f.eks. "%d/%m/%Y" (ISO-datoer og dd.mm.åååå leses uten)
      sheet, delimiter, encoding, pseudonymise

    Med --check: overskrifter som mangler eller ikke brukes, verdier mappingen ikke
    kjenner, og kontroller som blir «ikke vurdert». Kode 0 når «run» kan bruke
    mappingen, 2 når «run» ville stoppe.

    \b
    Eksempel:
      nav-audit demo --out demo
      nav-audit map demo/kvp_saker.csv --out demo/min_mapping.yaml
      nav-audit map demo/kvp_saker.csv --check demo/min_mapping.yaml
    """
    from pathlib import Path

    from audit.text import t

    if check_file:
        from audit.onboarding.verify import report, verify

        verdict = verify(export, check_file, suite)
        for line in report(verdict, lang):
            click.echo(line)
        if verdict.stops_run:
            sys.exit(EXIT_INPUT)
        return
    from audit.onboarding.draft import render, summary
    from audit.onboarding.suggest import propose

    if out_file and Path(out_file).exists():
        if not overwrite:
            raise ConfigError(msg("error.cli.file_exists"), file=out_file, hint=msg("error.cli.file_exists_hint"))
        if Path(out_file).resolve() == Path(export).resolve():
            raise ConfigError(msg("error.cli.out_is_export"), file=out_file)
    proposal = propose(export, suite, sheet=sheet)
    if interactive:
        _confirm(proposal, lang)
    draft_name = out_file or "mapping.yaml"
    text = render(proposal, lang, draft_name=draft_name)
    lines = summary(proposal, lang)
    if out_file:
        from audit.io import atomic_write_text

        atomic_write_text(out_file, text)
        for line in lines:
            click.echo(line)
        click.echo(t("onboarding.map.written", lang, path=out_file))
        click.echo(t("onboarding.map.next", lang, export=export, draft=out_file))
    else:
        click.echo(text, nl=False)
        for line in lines:
            click.echo(line, err=True)


def _confirm(proposal, lang: str) -> None:
    """A prompt per uncertain column (on stderr, so that the draft on stdout stays clean)."""
    from audit.onboarding.suggest import choose
    from audit.text import t

    yes, no = t("onboarding.ask.yes", lang), t("onboarding.ask.no", lang)
    for column, m in sorted(proposal.matches.items(), key=lambda cm: cm[1].score):
        if m.confidence == "high" or proposal.matches.get(column) is not m:
            continue
        while True:
            answer = click.prompt(
                t("onboarding.ask.column", lang, column=column, header=m.header,
                  confidence=t(f"onboarding.confidence.{m.confidence}", lang), yes=yes, no=no),
                default=yes, show_default=False, err=True).strip()
            if answer.lower() in (yes.lower(), yes[:1].lower()):
                break
            if answer.lower() in (no.lower(), no[:1].lower()):
                choose(proposal, column, None)
                break
            if answer in proposal.headers:
                choose(proposal, column, answer)
                break
            click.echo(t("onboarding.ask.unknown_header", lang, header=answer), err=True)


@click.command("init")
@click.argument("folder", type=click.Path(file_okay=False))
@click.option("--export", "-e", type=click.Path(dir_okay=False), help="Et uttrekk å lage mappingutkast for.")
@click.option("--suite", "-s", type=click.Choice(["kvp", "stonad"]), help="Datasettet uttrekket gjelder (standard: gjettes).")
@click.option("--scope", help="Omfanget kjøringene lagres med, f.eks. kommunenummer eller kontor.")
@click.option("--title", help="Tittel på årshjulet, f.eks. «Årshjul – NAV Lerkendal».")
@click.option("--overwrite", is_flag=True, help="Skriv filene på nytt i en mappe som ikke er tom.")
@LANG
@handle_errors
def init(folder, export, suite, scope, title, overwrite, lang):
    """Lag en arbeidsmappe for internkontrollen på et kontor.

    Mappen får et årshjul (kvartalsvis gjennomgang av KVP og økonomisk stønad,
    KOSTRA-kontroll i februar, årsrapport i januar), en parameterfil med alle terskler og
    rettsgrunnlag, et mappingutkast når et uttrekk er gitt (--export), mapper for uttrekk
    og KOSTRA-filer, og LESMEG.md som sier hva som skal gjøres hver måned.

    \b
    Eksempel:
      nav-audit demo --out demo
      nav-audit init internkontroll --export demo/kvp_saker.csv --scope 5001
      nav-audit schedule show -f internkontroll/arshjul.yaml
    """
    from audit.onboarding.init import init_folder
    from audit.text import t

    done = init_folder(folder, export=export, suite=suite, scope=scope, title=title, overwrite=overwrite, lang=lang)
    for line in done.summary:
        click.echo(line)
    click.echo(t("onboarding.init.written", lang, folder=folder, files=", ".join(done.files)))
    _say_commands(t("onboarding.init.next", lang), done.commands)
