"""`nav-audit checks`: the check catalogue (table, JSON, or the Markdown document of docs/checks.md)."""

from __future__ import annotations

import json

import click

from audit.cli.common import handle_errors, lang_option
from audit.text import LANGS, check_lang, has, t


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
                "basis": c.basis,
                "in_force_from": c.in_force_from,
                "in_force_to": c.in_force_to,
                "legal_sources": c.legal_sources,
                "requirement": c.requirement[i] if c.requirement else None,
                "applies_to": (c.applies_to.nb, c.applies_to.en)[i],
                "measure": (c.measure.nb, c.measure.en)[i],
                "needs": need_columns(c.needs), "optional": list(c.optional),
                "parameters": {p.name: p.to_json() for p in c.params},
                "thresholds": {p.name: p.basis for p in c.params},
                "reasons": {r.code: (r.nb, r.en)[i] for r in c.reasons},
                "values": {col: {code: pair[i] for code, pair in codes.items()} for col, codes in c.values.items()},
                "finding": _finding(c, i),
            })
    return rows


def _finding(check, i: int) -> dict | None:
    """A check's words in a draft finding as declared (``{name}``: a parameter), with its theme."""
    from checks.themes import theme_of

    f, theme = check.finding, theme_of(check.id)
    if f is None:
        return None
    words = {k: (v[i] if v else None) for k, v in (("requirement", f.requirement), ("found", f.found),
                                                  ("ensure", f.ensure), ("breach_basis", f.breach_basis),
                                                  ("practice", f.practice))}
    return {"theme": theme.id if theme else None, **words, "clears": {col: what[i] for col, what in f.clears}}


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


def _kind_label(kind: str, lang: str) -> str:
    """The kind in the reader's words (Krav, Indikator, Datakvalitet), as in the reports' Type column."""
    return t(f"kind.{kind}", lang) if has(f"kind.{kind}") else kind


def _basis_note(row: dict, lang: str) -> str:
    """« (lov, gjelder fra …)»; nothing when the check has neither a basis nor a start date."""
    parts = [t(f"checks.basis.{row['basis']}", lang)] if row["basis"] else []
    if row["in_force_from"]:
        parts.append(f"{t('checks.md.in_force_from', lang).lower()} {row['in_force_from']}")
    return f" ({', '.join(parts)})" if parts else ""


def _params_note(row: dict, lang: str) -> str:
    return f"  [{_param_text(row['parameters'], lang)}]" if row["parameters"] else ""


@click.command("checks", help="help.checks")
@click.option("--suite", "-s", help="help.checks.suite")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "md"]), default="table", show_default=True,
              help="help.checks.fmt")
@click.option("--out", "-o", "out", type=click.Path(dir_okay=False), default=None, help="help.checks.out")
@lang_option()
@handle_errors
def checks(suite, fmt, out, lang):
    if suite:
        from checks import get_suite

        get_suite(suite)
    if fmt == "md":
        from checks import SUITES
        from reports.catalogue_md import catalogue_markdown

        text = catalogue_markdown([s for s in SUITES.values() if not suite or s.name == suite], lang)
    elif fmt == "json":
        text = json.dumps(catalogue(suite, lang), ensure_ascii=False, indent=2) + "\n"
    else:
        rows = catalogue(suite, lang)
        width = max(len(r["id"]) for r in rows)
        kinds = {r["kind"]: _kind_label(r["kind"], lang) for r in rows}
        kind_width = max(len(k) for k in kinds.values())
        lines = []
        for r in rows:
            lines.append(f"{r['id']:<{width}}  {kinds[r['kind']]:<{kind_width}}  {r['title']}")
            lines.append(f"{'':<{width}}  {'':<{kind_width}}  {r['legal_basis']}{_basis_note(r, lang)}{_params_note(r, lang)}")
        text = "\n".join(lines) + "\n"
    if out:
        from audit.io import atomic_write_text

        atomic_write_text(out, text)
        click.echo(out)
    else:
        click.echo(text, nl=False)
