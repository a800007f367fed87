"""A proposal written as the mapping file ``nav-audit run`` reads, with a comment on every line.

Only values of category and yes/no columns are written (never one that could hold an
identity number), and no sample values of other columns.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from audit.datasets import BOOL, CATEGORY
from audit.onboarding.match import holds_flag
from audit.onboarding.suggest import LONG_DIGITS, Proposal
from audit.text import Formatter, t
from audit.privacy import safe_value

ALTERNATIVES = {"birth_year": "birth_date", "birth_date": "birth_year"}
_PLAIN = re.compile(r"^[A-Za-zÆØÅæøå_][\wÆØÅæøå .()/-]*$")


def q(value: object) -> str:
    """One YAML scalar, quoted when YAML would read it as something else."""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if _PLAIN.match(text) and text.strip() == text and text.lower() not in ("true", "false", "null", "yes", "no", "on", "off", "y", "n", "~"):
        return text
    dumped = yaml.safe_dump(text, allow_unicode=True, default_style='"', width=10**6)
    return dumped.strip().removesuffix("...").strip()


def safe_to_write(value: str) -> bool:
    return not LONG_DIGITS.search(value.replace(" ", "")) and not LONG_DIGITS.search(value)


def _kind_text(prop: Proposal, header: str, lang: str) -> str:
    f = prop.facts[header]
    if f.kind == "date":
        return t(f"onboarding.kind.date.{'native' if not f.needs_date_format else 'format'}", lang,
                 format=f.date_format or "")
    return t(f"onboarding.kind.{f.kind}", lang)


def _line(key: str, value: str, comment: str, indent: int = 2, width: int = 44) -> str:
    body = f"{' ' * indent}{key}: {value}"
    return f"{body:<{width}} # {comment}" if comment else body


def render(prop: Proposal, lang: str = "nb", draft_name: str | None = None) -> str:
    """The draft mapping file as text."""
    ds = prop.dataset
    fmt = Formatter(lang)
    name = Path(prop.path).name
    this = draft_name or t("onboarding.draft.this_file", lang)
    out = [f"# {line}" if line else "#" for line in t("onboarding.draft.head", lang, export=name, draft=this,
                                                        dataset=ds.name).splitlines()]
    out.append(f"dataset: {ds.name}")
    d = prop.details
    if prop.format == "csv":
        if d.get("delimiter"):
            out.append(_line("delimiter", q(d["delimiter"]), t("onboarding.draft.delimiter", lang), indent=0))
        enc = str(d.get("encoding") or "")
        if enc and not enc.lower().startswith("utf"):
            out.append(_line("encoding", q(enc), t("onboarding.draft.encoding", lang), indent=0))
    if prop.format == "xlsx" and d.get("sheet"):
        out.append(_line("sheet", q(d["sheet"]), t("onboarding.draft.sheet", lang), indent=0))
    if prop.date_format:
        note = t("onboarding.draft.date_format", lang)
        if len(prop.date_formats) > 1:
            note += " " + t("onboarding.draft.date_formats_mixed", lang,
                            formats=", ".join(sorted(prop.date_formats)))
        out.append(_line("date_format", q(prop.date_format), note, indent=0))
    out.append("columns:")
    for col in ds.columns:
        m = prop.matches.get(col.name)
        if m is None and col.name in ALTERNATIVES and ALTERNATIVES[col.name] in prop.matches:
            continue  # birth_year is not needed when birth_date is there, and the other way round
        if m is None:
            out.append(_line(f"# {col.name}", "", "", indent=2).rstrip()
                       + f"  # {t('onboarding.draft.not_found', lang, meaning=col.meaning)}")
            continue
        conf = t(f"onboarding.confidence.{m.confidence}", lang)
        comment = f"{conf} ({fmt.number(min(100, round(m.score)))}) · {_kind_text(prop, m.header, lang)}"
        if m.header in prop.ambiguous_dates:
            comment += " · " + t("onboarding.draft.ambiguous_date", lang)
        if col.type == BOOL and holds_flag(col.name, prop.facts.get(m.header)):  # «Søknadstype»: Nødhjelp / Ordinær
            yes = [f"«{v}»" for v, b in prop.values[col.name].entries.items() if b and safe_to_write(v)]
            comment += " · " + t("onboarding.draft.flag", lang, values=", ".join(yes))
        out.append(_line(col.name, q(m.header), comment))
    value_lines = _values(prop, lang)
    if value_lines:
        out.append("values:")
        out.extend(value_lines)
    if prop.pseudonymise:
        out.append(f"pseudonymise:  # {t('onboarding.draft.pseudonymise', lang)}")
        out.extend(f"  - {q(h)}" for h in prop.pseudonymise)
    unused = [h for h in prop.unused_headers if h not in prop.pseudonymise]
    if unused:
        out.append("#")
        out.append("# " + t("onboarding.draft.unused", lang, headers=", ".join(f"«{h}»" for h in unused)))
    return "\n".join(out) + "\n"


def _values(prop: Proposal, lang: str) -> list[str]:
    lines: list[str] = []
    for col in prop.dataset.columns:
        vm = prop.values.get(col.name)
        if vm is None:
            continue
        body: list[str] = []
        for raw, target in vm.entries.items():
            if safe_to_write(raw):
                body.append(_line(q(raw), q(target), "", indent=4))
        if vm.blank_false:
            body.append(_line('""', "false", t("onboarding.draft.blank_false", lang), indent=4))
        choices = ", ".join(col.categories) if col.type == CATEGORY else "true, false"
        for raw, meaning in vm.outside.items():
            if safe_to_write(raw):
                body.append(_line(f"# {q(raw)}", "", "", indent=4).rstrip() + "  # "
                            + t("onboarding.draft.outside", lang, meaning=meaning, dataset=prop.dataset.name,
                                choices=choices))
        for raw in vm.unknown:
            if safe_to_write(raw):
                body.append(_line(f"# {q(raw)}", "", "", indent=4).rstrip() + "  # "
                            + t("onboarding.draft.unknown_value", lang, choices=choices))
        if body:
            lines.append(f"  {col.name}:")
            lines.extend(body)
    return lines


def column_count(ds, found) -> tuple[int, int]:
    """(columns found, columns in all) as a user counts them, in ``map`` and ``map --check`` alike: birth_date and
    birth_year are one column (either will do)."""
    pair = all(ds.column(c) is not None for c in ALTERNATIVES)
    both = pair and set(ALTERNATIVES) <= set(found)
    return len(set(found)) - both, len(ds.columns) - pair


def summary(prop: Proposal, lang: str = "nb") -> list[str]:
    """What the proposal found and which checks it allows, as lines for the terminal."""
    ds = prop.dataset
    conf = {"high": 0, "medium": 0, "low": 0}
    for m in prop.matches.values():
        conf[m.confidence] += 1
    found, total = column_count(ds, prop.matches)
    lines = [t("onboarding.map.found", lang, export=Path(prop.path).name, dataset=ds.name, found=found, total=total,
               **conf)]
    cov = prop.coverage
    total_checks = len(cov.runnable) + len(cov.blocked)
    if ds.key not in prop.matches:  # without the key «run» stops: no check can run
        lines.append(t("onboarding.map.no_key", lang, key=ds.key))
        lines.append(t("onboarding.map.runnable", lang, n=0, total=total_checks))
    else:
        lines.append(t("onboarding.map.runnable", lang, n=len(cov.runnable), total=total_checks))
        for check_id, missing in cov.blocked:
            lines.append(f"  {check_id:<40} " + t("onboarding.map.missing", lang, columns=", ".join(missing)))
    for col in ds.columns:
        vm = prop.values.get(col.name)
        if vm and (vm.unknown or vm.outside):
            lines.append(t("onboarding.map.unknown_values", lang, column=col.name,
                           n=len(vm.unknown) + len(vm.outside)))
    if prop.pseudonymise:
        lines.append(t("onboarding.map.identity", lang, headers=", ".join(f"«{h}»" for h in prop.pseudonymise)))
    if len(prop.date_formats) > 1:
        lines.append(t("onboarding.map.mixed_dates", lang, formats=", ".join(sorted(prop.date_formats))))
    used = {m.header for m in prop.matches.values()}
    for new, (header, first, second) in prop.duplicates.items():  # run stops when such a header is used
        if new in used or prop.headers[first - 1] in used:
            lines.append(t("onboarding.map.header_twice", lang, header=safe_value(header), first=first, second=second))
    return lines
