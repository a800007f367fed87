"""The HTML report: one self-contained file (inline CSS, inline SVG), rendered with jinja2.

Autoescaping is on for everything: every value from the data reaches the page as
text. A Content-Security-Policy in the page forbids any request and any script, so
even a value that slipped through could not load or run anything. Templates live in
``reports/templates/``; this module only prepares what they show (which cases fit
under the limit, the bar geometry of the chart).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from audit.io import atomic_write_text
from audit.text import t
from reports.env import environment as template_environment
from reports.values import count_words
from reports.views import CheckView, ReportModel

TEMPLATES = Path(__file__).with_name("templates")
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

STATUS_ICONS = {"resolved": "✓", "not_assessed": "–", "ok": "✓", "warning": "!", "deviation": "✕", "below_target": "↓", "not_evaluated": "–", "error": "–"}


@dataclass
class Bar:
    label: str
    title: str
    value_text: str
    y: float
    width: float
    href: str = ""


@dataclass
class Tick:
    x: float
    text: str


@dataclass
class Chart:
    bars: list[Bar]
    width: int
    height: int
    label_width: int
    bar_height: int
    area: int = 0
    axis_y: float = 0
    ticks: list[Tick] = field(default_factory=list)


def nice_ceiling(share: float) -> tuple[float, float]:
    """The axis maximum and tick step for rates up to ``share`` (0..1): 5 %, 10 %, 20 %, 25 %, 50 %, 100 %."""
    for top, step in ((0.05, 0.01), (0.1, 0.02), (0.2, 0.05), (0.25, 0.05), (0.5, 0.1), (1.0, 0.2)):
        if share <= top + 1e-12:
            return top, step
    return 1.0, 0.2


@dataclass
class CaseSection:
    check: CheckView
    cases: list  # the cases shown, worst first
    more: int  # cases not shown in the page
    more_text: str
    shown_text: str
    count_text: str
    show_municipality: bool
    unknown_text: str
    unknown_keys: list
    unknown_more: str
    # the shown unknown keys by what they lack: (lacks in words, "" where not known; keys)
    unknown_groups: list = field(default_factory=list)
    with_history: bool = False  # the results carry lifecycle annotations: state and follow-up columns
    earlier: list = field(default_factory=list)  # earlier findings shown (resolved / not assessed), within the limit
    earlier_more_text: str = ""


def _chart(m: ReportModel) -> Chart:
    """Deviation RATE per check (failed / evaluated), on an axis from 0 with ticks: a count
    would give a large check a long bar for a small rate."""
    label_width, area, row, bar_height, top = 330, 360, 28, 18, 6
    checks = [c for c in m.checks if c.counts_deviations and c.rate_value is not None]
    peak, step = nice_ceiling(max((c.rate_value for c in checks), default=0.0))
    bars = []
    for i, c in enumerate(checks):
        label = c.title if len(c.title) <= 46 else c.title[:45].rstrip() + "…"
        width = round(c.rate_value / peak * area, 1)
        text = t("reports.chart.bar_value", m.lang, rate=c.rate.text, failed=c.failed.text, evaluated=c.evaluated.text)
        bars.append(Bar(label, f"{c.title} ({c.id})", text, top + i * row, width, f"#{c.anchor}"))
    axis_y = top + row * len(bars) + 2
    ticks = []
    n = round(peak / step)
    for k in range(n + 1):
        share = k * step
        ticks.append(Tick(round(label_width + share / peak * area, 1), m.fmt.babel.percent(share, 0)))
    return Chart(bars, label_width + area + 150, int(axis_y + 34), label_width, bar_height, area, axis_y, ticks)


def _unknown_groups(c, limit: int) -> list[tuple[str, list]]:
    """The first ``limit`` unknown keys grouped by what they lack, in the order the reasons first come."""
    groups: dict[str, list] = {}
    codes = c.unknown_codes if len(c.unknown_codes) >= len(c.unknown_keys) else [0] * len(c.unknown_keys)
    for key, code in zip(c.unknown_keys[:limit], codes):
        groups.setdefault(c.unknown_lacks[code] if code < len(c.unknown_lacks) else "", []).append(key)
    return list(groups.items())


def _case_sections(m: ReportModel, limit: int, workbook_name: str | None) -> list[CaseSection]:
    t = m.t
    several = m.case_municipalities > 1
    sections = []

    def more_text_of(more: int) -> str:
        return _more_text(m, more, workbook_name)

    for c in m.checks:
        shown = c.cases[:limit]
        more = c.case_count - len(shown)
        more_text = more_text_of(more)
        earlier = c.lifecycle.earlier if c.lifecycle else []
        sections.append(
            CaseSection(
                check=c,
                cases=shown,
                more=more,
                more_text=more_text,
                shown_text=t("cases.shown", shown=m.fmt.number_text(len(shown)), total=m.fmt.number_text(c.case_count)),
                count_text=t("cases.count", failed=count_words(m.lang, "deviations", c.failed_count, m.fmt),
                             warned=count_words(m.lang, "warnings", c.warned_count, m.fmt)),
                show_municipality=several,
                unknown_text=t("cases.unknown", count=count_words(m.lang, "cases", c.unknown_count, m.fmt)),
                unknown_keys=c.unknown_keys[:limit],
                unknown_groups=_unknown_groups(c, limit),
                unknown_more=_unknown_more_text(m, c.unknown_count - limit, workbook_name),
                with_history=m.has_history,
                earlier=earlier[:limit],
                earlier_more_text=more_text_of(len(earlier) - len(earlier[:limit])),
            )
        )
    return sections


def environment() -> jinja2.Environment:
    return template_environment()


def render_html(m: ReportModel, *, case_limit: int = 200, workbook_name: str | None = None) -> str:
    """The report page as one HTML string."""
    template = environment().get_template("report.html.j2")
    lang = m.lang

    def words(key: str, **kw: object) -> str:  # the words added for issue 15 (audit.text catalogue)
        return t(key, lang, **kw)

    return template.render(
        m=m,
        t=m.t,
        w=words,
        csp=CSP,
        icons=STATUS_ICONS,
        chart=_chart(m),
        case_sections=_case_sections(m, case_limit, workbook_name),
        input_issues=m.input_issues[:case_limit],
        input_issues_more=_more_text(m, len(m.input_issues) - case_limit, workbook_name),
    )


def _more_text(m: ReportModel, more: int, workbook_name: str | None) -> str:
    """Where the rows the page leaves out are: the workbook when one is written, else results.json."""
    if more <= 0:
        return ""
    one = ".one" if more == 1 else ""  # «1 til», not «1 flere»
    if workbook_name:
        return m.t(f"cases.more_workbook{one}", count=m.fmt.number_text(more), file=workbook_name)
    return m.t(f"cases.more_results{one}", count=m.fmt.number_text(more))


def _unknown_more_text(m: ReportModel, more: int, workbook_name: str | None) -> str:
    """Where the keys the page leaves out are («og 494 flere i arbeidsboka (rapport.xlsx)»): the
    workbook's case sheet lists every one, results.json its ``unknown_keys``."""
    if more <= 0:
        return ""
    one = ".one" if more == 1 else ""
    if workbook_name:
        return m.t(f"cases.unknown_more_workbook{one}", count=m.fmt.number_text(more), file=workbook_name)
    return m.t(f"cases.unknown_more_results{one}", count=m.fmt.number_text(more))


def write_html(m: ReportModel, target: Path, *, case_limit: int = 200, workbook_name: str | None = None) -> Path:
    """Render the page and write it atomically to ``target``."""
    return atomic_write_text(target, render_html(m, case_limit=case_limit, workbook_name=workbook_name))
