"""`nav-audit checks`: the check catalogue."""

from __future__ import annotations

import json

import click

from audit.cli.common import handle_errors, lang_option
from audit.text import LANGS, check_lang, t


def catalogue(suite: str | None = None, lang: str = "nb") -> list[dict]:
    from checks import SUITES
    from checks.base import need_columns

    i = LANGS.index(check_lang(lang))  # titles and texts are (bokmål, English) pairs
    rows = []
    for s in SUITES.values():
        if suite and s.name != suite:
            continue
        for c in s.checks:
            rows.append({
                "id": c.id, "suite": s.name, "kind": c.kind, "title": c.title[i],
                "legal_basis": c.legal_basis if c.legal_basis != "—" else (c.source or "—"),
                "applies_to": (c.applies_to.nb, c.applies_to.en)[i],
                "measure": (c.measure.nb, c.measure.en)[i],
                "needs": need_columns(c.needs), "optional": list(c.optional),
                "parameters": {p.name: p.to_json() for p in c.params},
            })
    return rows


def _param_text(params: dict, lang: str = "nb") -> str:
    parts = []
    for k, v in params.items():
        if isinstance(v, list):
            v = " / ".join(f"{p['value']} ({_since(p, v, lang)})" for p in v)
        parts.append(f"{k}={v}")
    return ", ".join(parts)


def _since(version: dict, versions: list[dict], lang: str) -> str:
    """«fra 2019-01-01» for a dated version, «før 2019-01-01» for the one before the first date."""
    if version["from"]:
        return t("checks.cli.from", lang, date=version["from"])
    return t("checks.cli.before", lang, date=versions[1]["from"])


@click.command("checks")
@click.option("--suite", "-s", help="Vis bare én suite (kvp, stonad eller kostra).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@lang_option()
@handle_errors
def checks(suite, fmt, lang):
    """List kontrollkatalogen: id, type, tittel, hjemmel og parametre med standardverdier.

    \b
    Eksempel:
      nav-audit checks --suite kvp
      nav-audit checks --format json > katalog.json
    """
    if suite:
        from checks import get_suite

        get_suite(suite)
    rows = catalogue(suite, lang)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    width = max(len(r["id"]) for r in rows)
    for r in rows:
        click.echo(f"{r['id']:<{width}}  {r['kind']:<9}  {r['title']}")
        click.echo(f"{'':<{width}}  {'':<9}  {r['legal_basis']}" + (f"  [{_param_text(r['parameters'], lang)}]" if r["parameters"] else ""))
