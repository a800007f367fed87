"""The check catalogue as a document a lawyer can review in one sitting (``nav-audit checks --format md``).

Per check: the requirement in plain words, its legal sources, whom it applies to, what
is measured, the thresholds and whether each is set by law or is practice, the date the
rule is in force from, one example case that passes and one that fails, the words for its
coded values and its words in a draft finding (filled with the default parameters, as the
draft writes them). Everything comes from the check declarations (checks/kvp.py,
checks/stonad.py; the theme from checks/themes.py); the examples are
run through the real pipeline by tests/test_catalogue_doc.py, so the document cannot
claim a result the tool does not give. docs/checks.md is this document in bokmål.
"""

from __future__ import annotations

from audit.findings.declared import catalogue_words
from audit.text import Formatter
from checks.base import AllOfAny, AnyOf, AtLeast, Check, Suite, Versioned
from checks.law import NAV_PRACTICE
from checks.themes import theme_of

KIND_KEYS = {"deviation": "checks.md.kind.deviation", "indicator": "checks.md.kind.indicator",
             "data": "checks.md.kind.data"}
POSITION = {"nb": 0, "en": 1}  # the declarations hold (bokmål, English) pairs
LEVEL_KEYS = {"ok": "checks.md.level.ok", "warning": "checks.md.level.warning", "deviation": "checks.md.level.deviation"}


def _value(fmt: Formatter, v: object) -> str:
    if isinstance(v, bool):
        return fmt.t("checks.md.yes" if v else "checks.md.no")
    if v is None:
        return fmt.t("checks.md.empty")
    if isinstance(v, str) and len(v) == 10 and v[4] == "-" and v[7] == "-":
        return fmt.date(v)
    if isinstance(v, int):
        return str(v)  # years, counts: no digit grouping
    if isinstance(v, float):
        return fmt.number(v, 2)
    return str(v)


def _param_value(fmt: Formatter, value: object, unit: str | None) -> str:
    u = f" {unit}" if unit else ""
    if isinstance(value, Versioned):
        parts = []
        for period, label in zip(value.periods(), value.labels()):
            when = (fmt.t("checks.md.before", date=fmt.date(label.split()[-1])) if label.startswith("before")
                    else fmt.t("checks.md.from", date=fmt.date(label.split()[-1])))
            parts.append(f"{_value(fmt, period['value'])}{u} {when}")
        return "; ".join(parts)
    return f"{_value(fmt, value)}{u}"


def _sources(fmt: Formatter, check: Check) -> list[str]:
    out = []
    for s in check.sources:
        text = s.text()
        if s.kind == "practice":
            text = fmt.t("checks.md.nav_practice_source" if s.act == NAV_PRACTICE else "checks.md.practice_source")
        elif s.kind == "regulation":
            text = f"{text} ({fmt.t('checks.md.regulation')})"
        if s.note:
            text = f"{text} – {s.note}"
        out.append(text)
    return out


def _needs(fmt: Formatter, check: Check) -> str:
    parts = []
    for n in check.needs:
        if isinstance(n, str):
            parts.append(f"`{n}`")
        elif isinstance(n, AnyOf):
            parts.append(fmt.t("checks.md.any_of", columns=", ".join(f"`{c}`" for c in n.columns)))
        elif isinstance(n, AtLeast):
            parts.append(fmt.t("checks.md.at_least", n=n.n, columns=", ".join(f"`{c}`" for c in n.columns)))
        elif isinstance(n, AllOfAny):
            groups = [" + ".join(f"`{c}`" for c in g) for g in n.groups]
            parts.append(fmt.t("checks.md.any_of", columns=", ".join(groups)))
    return ", ".join(parts)


def _bounds(fmt: Formatter, check: Check) -> str:
    if check.kind == "indicator" and check.target:
        op = fmt.t("checks.md.target_at_least" if check.target.op == ">=" else "checks.md.target_at_most")
        return f"{op} {check.target.param}"
    parts = []
    for b in check.bounds:
        level = fmt.t(LEVEL_KEYS[b.level])
        if check.measure.unit is None:
            parts.append(fmt.t("checks.md.fails_when_not_met", level=level))
            continue
        if b.date is not None:
            parts.append(fmt.t("checks.md.fails_after_date", level=level))
            continue
        limit = b.limit if isinstance(b.limit, (str, int, float)) else fmt.t("checks.md.computed_limit")
        key = "checks.md.fails_above" if b.fails == "above" else "checks.md.fails_below"
        parts.append(fmt.t(key, level=level, limit=limit))
    return "; ".join(parts)


def _example(fmt: Formatter, check: Check, ex) -> str:
    values = ", ".join(f"`{k}` = {_value(fmt, v)}" for k, v in ex.row.items())
    level = fmt.t(LEVEL_KEYS[ex.level])
    text = fmt.t("checks.md.example_line", values=values, as_of=fmt.date(ex.as_of), level=level)
    if ex.reason:
        reason = next((r for r in check.reasons if r.code == ex.reason), None)
        if reason is not None:
            text += f" {(reason.nb, reason.en)[POSITION[fmt.lang]]} (`{ex.reason}`)"
    return text


def _values(fmt: Formatter, check: Check) -> list[str]:
    i = POSITION[fmt.lang]
    return [f"- `{column}`: " + "; ".join(f"`{code}` = {pair[i]}" for code, pair in codes.items())
            for column, codes in check.values.items()]


def _finding(fmt: Formatter, check: Check) -> list[str]:
    """The check's words in a draft finding, as the draft writes them (``findings.*`` sentences)."""
    words, theme = catalogue_words(check, fmt.lang), theme_of(check.id)
    if words is None or theme is None:
        return []
    subject = fmt.t("findings.subject.none")
    subject = subject[:1].upper() + subject[1:]

    def item(key: str, text: str) -> str:
        return f"- **{fmt.t(key)}:** {text}"

    first = theme.checks[0]
    lines = ["", f"**{fmt.t('checks.md.finding', theme=theme.title[POSITION[fmt.lang]])}:**", ""]
    lines.append(item("checks.md.finding.requirement", words["requirement"] or
                      fmt.t("checks.md.finding.requirement_in_theme", check=first)))
    lines.append(item("checks.md.finding.found", fmt.t("findings.fact.other", n="n", total="N",
                                                       found=words["found"], extent="")))
    remark = fmt.t("findings.conclusion.remark", subject=subject, ensure=words["ensure"])
    if words["basis"] == "practice":
        lines.append(item("checks.md.finding.remark_only", remark))
        lines.append(item("checks.md.finding.practice", fmt.t("findings.fact.practice", practice=words["practice"])))
    else:
        lines.append(item("checks.md.finding.breach", fmt.t("findings.conclusion.breach", subject=subject,
                                                            ensure=words["ensure"], basis=words["breach_basis"])))
        lines.append(item("checks.md.finding.remark", remark))
    lines += [f"- {fmt.t('checks.md.finding.clears', column=column, what=what)}." for column, what in words["clears"]]
    return lines


def check_section(fmt: Formatter, check: Check) -> list[str]:
    i = POSITION[fmt.lang]
    lines = [f"### `{check.id}` – {check.title[i]}", ""]
    if check.requirement:
        lines += [f"**{fmt.t('checks.md.requirement')}:** {check.requirement[i]}", ""]
    kind = fmt.t(KIND_KEYS[check.kind])
    basis = fmt.t(f"checks.basis.{check.basis or 'none'}")
    rows = [
        (fmt.t("checks.md.kind"), kind),
        (fmt.t("checks.md.basis"), basis),
        (fmt.t("checks.md.legal_basis"), check.legal_basis if check.legal_basis != "—"
         else check.source or fmt.t("checks.md.none")),
        (fmt.t("checks.md.applies_to"), (check.applies_to.nb, check.applies_to.en)[i]),
        (fmt.t("checks.md.measure"), (check.measure.nb, check.measure.en)[i]),
        (fmt.t("checks.md.levels"), _bounds(fmt, check)),
        (fmt.t("checks.md.in_force_from"), fmt.date(check.in_force_from) if check.in_force_from
         else fmt.t("checks.md.always")),
        (fmt.t("checks.md.needs"), _needs(fmt, check)
         + (f" ({fmt.t('checks.md.optional')}: " + ", ".join(f"`{c}`" for c in check.optional) + ")"
            if check.optional else "")),
    ]
    if check.in_force_to:
        rows.append((fmt.t("checks.md.in_force_to"), fmt.date(check.in_force_to)))
    lines += [f"- **{k}:** {v}" for k, v in rows if v]
    sources = _sources(fmt, check)
    if sources:
        lines += [f"- **{fmt.t('checks.md.sources')}:**"] + [f"  - {s}" for s in sources]
    if check.params:
        lines += ["", f"| {fmt.t('checks.md.parameter')} | {fmt.t('checks.md.value')} | "
                      f"{fmt.t('checks.md.threshold_basis')} | {fmt.t('checks.md.description')} |", "|---|---|---|---|"]
        for p in check.params:
            lines.append(f"| `{p.name}` | {_param_value(fmt, p.default, p.unit)} | "
                         f"{fmt.t('checks.basis.' + (p.basis or 'none'))} | "
                         f"{p.description[i]} |")
    if check.reasons:
        lines += ["", f"**{fmt.t('checks.md.reasons')}:**", ""]
        lines += [f"- `{r.code}`: {(r.nb, r.en)[i]}" for r in check.reasons]
    if check.values:
        lines += ["", f"**{fmt.t('checks.md.values')}:**", ""] + _values(fmt, check)
    passing = [e for e in check.examples if e.level == "ok"]
    failing = [e for e in check.examples if e.level != "ok"]
    if passing or failing:
        lines += ["", f"**{fmt.t('checks.md.examples')}:**", ""]
        for e in passing[:1]:
            lines.append(f"- {fmt.t('checks.md.passes')}: {_example(fmt, check, e)}")
        for e in failing[:1]:
            lines.append(f"- {fmt.t('checks.md.fails')}: {_example(fmt, check, e)}")
    return lines + _finding(fmt, check) + [""]


def catalogue_markdown(suites: list[Suite], lang: str = "nb") -> str:
    """The whole catalogue (or the given suites) as one Markdown document."""
    fmt = Formatter(lang)
    i = POSITION[lang]
    lines = [f"# {fmt.t('checks.md.title')}", "", fmt.t("checks.md.intro"), "",
             f"## {fmt.t('checks.md.common_rules')}", ""]
    lines += [f"- {fmt.t(f'checks.md.rule.{k}')}" for k in ("as_of", "days", "months", "age", "empty", "in_force",
                                                           "law_or_practice", "kinds")]
    lines.append("")
    for suite in suites:
        lines += [f"## {fmt.t('checks.md.suite')} `{suite.name}` – {suite.title[i]}", ""]
        for check in suite.checks:
            lines += check_section(fmt, check)
    return "\n".join(lines).rstrip() + "\n"
