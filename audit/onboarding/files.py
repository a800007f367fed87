"""Files an office keeps and edits: the parameter file and the årshjul (annual control cycle).

Both are written as commented YAML in the formats ``run --config`` and ``schedule`` read,
from the check declarations, so that a new check or parameter appears in them by itself.
"""

from __future__ import annotations

import datetime as dt

from dataclasses import dataclass

from audit.onboarding.draft import q
from audit.text import t


def _pair(value, lang: str) -> str:
    """A (bokmål, English) pair or a {lang: text} table, in ``lang``."""
    if isinstance(value, dict):
        return value.get(lang) or value.get("nb") or ""
    if isinstance(value, (tuple, list)):
        by_lang = dict(zip(("nb", "en"), value))  # declarations give (bokmål, English)
        return by_lang.get(lang) or by_lang.get("nb") or ""
    return str(value or "")


def _legal_basis(check, lang: str) -> str:
    sources = getattr(check, "legal_sources", None)
    if sources:
        parts = []
        for s in sources:
            get = s.get if isinstance(s, dict) else (lambda k, s=s: getattr(s, k, None))
            text = " ".join(str(x) for x in (get("act"), get("section"), get("ledd")) if x)
            parts.append(text)
        if any(parts):
            return "; ".join(p for p in parts if p)
    return str(getattr(check, "legal_basis", "") or "")


def parameter_file(lang: str = "nb") -> str:
    """Every parameter of every check, at its default, with its meaning and legal basis as comments."""
    from checks import SUITES
    from checks.base import Versioned

    out = [f"# {line}" if line else "#" for line in t("onboarding.params.head", lang).splitlines()]
    out.append("parameters:")
    for suite in SUITES.values():
        if not any(check.params for check in suite.checks):
            continue
        out.append(f"  # --- {suite.name}: {_pair(suite.title, lang)}")
        for check in suite.checks:
            if not check.params:
                continue
            out.append(f"  # {_pair(check.title, lang)}")
            out.append(f"  # {t('onboarding.params.basis', lang, basis=_legal_basis(check, lang))}")
            out.append(f"  {check.id}:")
            for p in check.params:
                unit = f" ({p.unit})" if p.unit else ""
                out.append(f"    # {_pair(p.description, lang)}{unit}")
                if isinstance(p.default, Versioned):
                    out.append(f"    # {t('onboarding.params.versioned', lang, column=p.default.by)}")
                    items = [f"{{from: null, value: {p.default.before}}}"]
                    items += [f"{{from: {q(day)}, value: {v}}}" for day, v in p.default.changes]
                    out.append(f"    {p.name}: [{', '.join(items)}]")
                else:
                    out.append(f"    {p.name}: {p.default}")
    return "\n".join(out) + "\n"


@dataclass
class Inputs:
    """Where an activity's export and mapping are, relative to the årshjul file."""

    path: str
    mapping: str | None = None


def wheel(title: str, scope: str, kvp: Inputs | None, stonad: Inputs | None, kostra_11cf: Inputs | None,
          kostra_11f: Inputs | None, output: str, config: str | None, lang: str = "nb",
          start: dt.date | None = None) -> str:
    """An årshjul with the common activities of the year (schedule format version 1).

    ``start``: scheduled days before it are never due (``init`` gives the day the folder is made, so that a
    wheel begun in December does not call the year's earlier reviews late)."""
    from checks import SUITES
    from checks.base import DATA

    def data_checks(suite: str) -> list[str]:
        s = SUITES.get(suite)
        return [c.id for c in s.checks if c.kind == DATA] if s else []

    lines = [f"# {line}" if line else "#" for line in t("onboarding.wheel.head", lang).splitlines()]
    lines += [
        "version: 1",
        f"title: {q(title)}",
        f"scope: {q(scope)}",
        f"output: {q(output)}",
        "lookback_months: 12",
        "grace_days: 5",
    ]
    if start is not None:
        lines += [f"# {line}" for line in t("onboarding.wheel.start", lang).splitlines()]
        lines.append(f"start: {start.isoformat()}")
    lines += [
        "activities:",
    ]

    def activity(aid: str, key: str, suite: str | None, months: str, day: str, period: str,
                 inp: Inputs | None, checks: list[str] | None = None, report: str | None = None,
                 own_scope: str | None = None) -> None:
        lines.append("")
        lines.append(f"  - id: {aid}")
        lines.append(f"    title: {q(t(f'onboarding.wheel.{key}', lang))}")
        if suite:
            lines.append(f"    suite: {suite}")
        if report:
            lines.append(f"    report: {report}")
        if checks:
            lines.append(f"    checks: [{', '.join(checks)}]")
        lines.append(f"    months: {months}")
        lines.append(f"    day: {day}")
        lines.append(f"    period: {period}")
        if inp is not None:
            lines.append("    inputs:")
            lines.append(f"      - path: {q(inp.path)}")
            if inp.mapping:
                lines.append(f"        mapping: {q(inp.mapping)}")
        if own_scope:
            lines.append(f"    scope: {q(own_scope)}")
        if config and suite and suite != "kostra":
            lines.append(f"    config: {q(config)}")
        lines.append(f"    responsible: {q(t(f'onboarding.wheel.{key}.who', lang))}")

    if kvp is not None:
        activity("kvp-kvartal", "kvp_quarter", "kvp", "[1, 4, 7, 10]", "20", "quarter", kvp)
    if stonad is not None:
        activity("stonad-kvartal", "stonad_quarter", "stonad", "[1, 4, 7, 10]", "25", "quarter", stonad)
    if "kostra" in SUITES:  # SSB's own controls of the file, as SSB's programme runs them
        # The history tells runs apart by suite, scope and period: the 11F file gets a scope of its own
        # (the 11CF one keeps the office's, which SSB's control 03 reads as the municipality number).
        if kostra_11cf is not None:
            activity("kostra-11cf", "kostra_11cf", "kostra", "[2]", "1", "year", kostra_11cf)
        if kostra_11f is not None:
            activity("kostra-11f", "kostra_11f", "kostra", "[2]", "1", "year", kostra_11f, own_scope=f"{scope} 11F")
    else:
        if kostra_11cf is not None and data_checks("kvp"):
            activity("kostra-11cf", "kostra_11cf", "kvp", "[2]", "1", "year", kostra_11cf, data_checks("kvp"))
        if kostra_11f is not None and data_checks("stonad"):
            activity("kostra-11f", "kostra_11f", "stonad", "[2]", "1", "year", kostra_11f, data_checks("stonad"))
    activity("arsrapport", "annual", None, "[1]", "last", "year", None, report="annual")
    return "\n".join(lines) + "\n"
