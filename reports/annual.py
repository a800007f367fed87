"""The annual internal-control report (årsrapport), rendered from :func:`audit.annual.annual_figures`.

Two files, like the run reports: ``arsrapport_<year>.xlsx`` (:mod:`reports.annual_excel`)
and ``arsrapport_<year>.html`` (this module, template ``reports/templates/annual.html.j2``).
Both print the view model built here; the figures (which run counts for which
period, what is open or overdue, whether a target is met) come from
:mod:`audit.annual` and are not decided again. Wording comes from
:mod:`audit.text.words.reports` (keys ``annual.*``), numbers and dates from
:class:`reports.values.Formatter`, styles from ``report.css``.

:func:`summary_paragraphs` writes the short summary a leader can paste into the
yearly report to the municipal council: plain bokmål (or English), built from the
figures only, deterministic.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audit.history.follow_ups import STATUS_LABELS
from audit.text import DEFAULT_LANG, LANGS, Translator
from audit.text import t as text_t
from reports.values import EMPTY, INT, NUMBER, TEXT, Formatter, Val, count_words
from reports.views import KeyValue, Status

XLSX_TEMPLATE = "arsrapport_{year}.xlsx"
HTML_TEMPLATE = "arsrapport_{year}.html"

__all__ = ["AnnualModel", "build_annual_model", "render_annual", "summary_paragraphs"]


# --------------------------------------------------------------------------- small helpers


def _title(check: dict[str, Any], lang: str) -> str:
    title = check.get("title") or {}
    return str(title.get(lang) or title.get(DEFAULT_LANG) or check.get("id") or "")


def _last_index(points: list[dict | None], field_name: str = "rate") -> int | None:
    found = [i for i, p in enumerate(points) if p is not None and p.get(field_name) is not None]
    return found[-1] if found else None


def _first_index(points: list[dict | None], field_name: str = "rate") -> int | None:
    found = [i for i, p in enumerate(points) if p is not None and p.get(field_name) is not None]
    return found[0] if found else None


def _dataset_name(t: Translator, suite: str) -> str:
    name = t(f"dataset.{suite}") if t.has(f"dataset.{suite}") else suite
    if len(name) > 1 and name[0].isupper() and name[1].islower():
        name = name[0].lower() + name[1:]
    return name


def _join(t: Translator, items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {t('annual.text.and')} " + items[-1]


def _count_word(t: Translator, n: int) -> str:
    """Counts are digits throughout the text (one style: "4 kjøringer", "9 av 29")."""
    return Formatter(t).number_text(n)


def _plural(t: Translator, key: str, n: int, fmt: Formatter, **values: Any) -> str:
    """``key.0`` / ``key.1`` / ``key.n`` by the count (``key.0`` falls back to ``key.n``)."""
    variant = "0" if n == 0 and t.has(f"{key}.0") else "1" if n == 1 and t.has(f"{key}.1") else "n"
    return t(f"{key}.{variant}", n=fmt.number_text(n), **values)


def _quarter_name(t: Translator, index: int) -> str:
    return t("annual.quarter", n=index + 1)


def _when(t: Translator, fmt: Formatter, figures: dict[str, Any]) -> str:
    if figures.get("on") == f"{figures['year'] + 1}-01-01":
        return t("annual.text.when.year_end")
    return t("annual.text.when.date", date=fmt.date(figures.get("on")).text)


def _value_text(fmt: Formatter, value: Any, unit: str | None) -> str:
    return fmt.with_unit(value, unit)


def _target_text(t: Translator, fmt: Formatter, target: dict[str, Any] | None, unit: str | None) -> str:
    if not target or target.get("value") is None:
        return ""
    op = str(target.get("op"))
    word = t(f"annual.op.{op}") if t.has(f"annual.op.{op}") else op
    return f"{word} {_value_text(fmt, target['value'], unit)}"


# --------------------------------------------------------------------------- the summary text


def summary_paragraphs(figures: dict[str, Any], lang: str = DEFAULT_LANG) -> list[str]:
    """A few paragraphs for the yearly report to the municipal council, from the figures alone.

    1. the audits of the year and the overall deviation rate from the first to the
       last quarter (and the same quarter the year before);
    2. the check that improved most, those that got worse, the highest rate;
    3. findings opened, resolved and open at year end; open and overdue actions;
    4. each indicator against its target;
    5. checks that could not be assessed in every run.

    Numbers are formatted in the language's style (``1 234``, ``12,0 %``). The
    same figures always give the same text.
    """
    t = Translator(lang)
    fmt = Formatter(t)
    year = figures["year"]
    paragraphs: list[str] = []

    # 1. audits and the overall trend
    runs = len(figures.get("runs") or [])
    dataset = _join(t, [_dataset_name(t, s) for s in figures.get("suites") or []])
    cadence_key = f"annual.text.cadence.{figures.get('cadence')}"
    cadence = t(cadence_key) if t.has(cadence_key) else ""
    cases = figures.get("cases_checked")
    if runs == 1 and cases is not None:
        first = t("annual.text.runs_one", year=year, dataset=dataset, cases=fmt.number_text(cases))
    elif cases is not None:
        first = t("annual.text.runs", year=year, count=_count_word(t, runs), cadence=cadence, dataset=dataset,
                  cases=fmt.number_text(cases))
    else:
        first = t("annual.text.runs_no_cases", year=year, count=_count_word(t, runs), cadence=cadence,
                  dataset=dataset)
    sentences = [first]
    if figures.get("finding_cases"):
        sentences.append(text_t("reports.annual.finding_cases", lang,
                                cases=count_words(lang, "cases", figures["finding_cases"], fmt)))
    for line in figures.get("lines") or []:
        if not line.get("counted") and line.get("same_cases_as") is not None:
            sentences.append(text_t("reports.annual.line_skipped", lang, scope=line.get("scope") or "–",
                                    counted=line["same_cases_as"]))
    totals = figures["totals"]["quarters"]
    i_first, i_last = _first_index(totals), _last_index(totals)
    minimum = figures.get("headline_min_cases") or 0

    def enough(*points: dict | None) -> bool:
        """A change is headlined only when every point rests on at least ``minimum`` cases."""
        return all(p is not None and isinstance(p.get("evaluated"), int) and p["evaluated"] >= minimum for p in points)

    if i_last is not None:
        a, b = totals[i_first]["rate"], totals[i_last]["rate"]
        a_text, b_text = fmt.percent_text(a), fmt.percent_text(b)
        names = {"first": a_text, "last": b_text, "first_period": _quarter_name(t, i_first),
                 "last_period": _quarter_name(t, i_last)}
        if i_first != i_last and not enough(totals[i_first], totals[i_last]):
            sentences.append(t("annual.text.total_single", **names))
            sentences.append(text_t("reports.annual.too_few_total", lang, min=fmt.number_text(minimum)))
        elif i_first == i_last:
            sentences.append(t("annual.text.total_single", **names))
        elif a_text == b_text:
            sentences.append(t("annual.text.total_same", **names))
        else:
            sentences.append(t("annual.text.total_down" if b < a else "annual.text.total_up", **names))
        before = figures["totals"]["previous"]["quarters"][i_last]
        if before is not None and before.get("rate") is not None:
            sentences.append(t("annual.text.previous", period=_quarter_name(t, i_last),
                               year=figures["previous_year"], value=fmt.percent_text(before["rate"])))
    paragraphs.append(" ".join(sentences))

    # 2. which checks changed
    sentences = []
    moves = []
    few: list[str] = []
    for check in figures["checks"]:
        if check["kind"] == "indicator":
            continue
        q = check["quarters"]
        f, last = _first_index(q), _last_index(q)
        if f is None or f == last:
            continue
        a, b = q[f]["rate"], q[last]["rate"]
        if not enough(q[f], q[last]):
            few.append(_title(check, lang))
            continue
        if fmt.percent_text(a) != fmt.percent_text(b):
            moves.append((b - a, check["id"], _title(check, lang), a, b))
    better = sorted((m for m in moves if m[0] < 0), key=lambda m: (m[0], m[1]))
    worse = sorted((m for m in moves if m[0] > 0), key=lambda m: (-m[0], m[1]))
    if better:
        _, _, title, a, b = better[0]
        sentences.append(t("annual.text.best", check=title, first=fmt.percent_text(a), last=fmt.percent_text(b)))
    if worse:
        items = [t("annual.text.worse_item", check=title, first=fmt.percent_text(a), last=fmt.percent_text(b))
                 for _, _, title, a, b in worse[:3]]
        sentences.append(t("annual.text.worse", checks=_join(t, items)))
    if i_last is not None:
        candidates = [
            (c["quarters"][i_last]["rate"], c["id"], _title(c, lang))
            for c in figures["checks"]
            if c["kind"] != "indicator" and c["quarters"][i_last] is not None
            and c["quarters"][i_last].get("rate") and enough(c["quarters"][i_last])
        ]
        if candidates:
            rate, _, title = sorted(candidates, key=lambda c: (-c[0], c[1]))[0]
            sentences.append(t("annual.text.highest", period=_quarter_name(t, i_last), check=title,
                               rate=fmt.percent_text(rate)))
    if few:
        sentences.append(text_t("reports.annual.too_few_checks", lang, min=fmt.number_text(minimum),
                                checks=_join(t, [text_t("reports.quote", lang, text=x) for x in few])))
    if sentences:
        paragraphs.append(" ".join(sentences))

    # 3. findings and follow-up
    found = figures["totals"]["findings"]
    when = _when(t, fmt, figures)
    sentences = [t("annual.text.findings",
                   opened=_plural(t, "annual.text.new_findings", found["opened"], fmt),
                   resolved=_plural(t, "annual.text.resolved_findings", found["resolved"], fmt))]
    if found["open"] == 0:
        sentences.append(t("annual.text.open.0", when=when))
    elif found["open"] == 1:
        level = "deviation" if found["open_deviations"] else "warning"
        sentences.append(t(f"annual.text.open.1.{level}", when=when))
    else:
        sentences.append(t("annual.text.open.n", n=fmt.number_text(found["open"]), when=when,
                           deviations=_plural(t, "annual.text.of_them", found["open_deviations"], fmt)))
    follow = figures["totals"]["follow_ups"]
    if follow["open"] == 0:
        sentences.append(t("annual.text.follow_ups.0"))
    elif follow["open"] == 1:
        sentences.append(t(f"annual.text.follow_ups.1.{1 if follow['overdue'] else 0}"))
    else:
        sentences.append(t("annual.text.follow_ups.n", n=fmt.number_text(follow["open"]),
                           overdue=_plural(t, "annual.text.count", follow["overdue"], fmt)))
    paragraphs.append(" ".join(sentences))

    # 4. indicators
    sentences = []
    for check in figures["checks"]:
        if check["kind"] != "indicator":
            continue
        q = check["quarters"]
        last = _last_index(q, "value")
        if last is None:
            continue
        point = q[last]
        value = _value_text(fmt, point["value"], check.get("unit"))
        names = {"title": _title(check, lang), "value": value, "period": _quarter_name(t, last)}
        if check.get("target") and point.get("met") is not None:
            sentence = t("annual.text.indicator", **names,
                         target=_target_text(t, fmt, check["target"], check.get("unit")),
                         met=t("annual.text.met.yes" if point["met"] else "annual.text.met.no"))
        else:
            sentence = t("annual.text.indicator_no_target", **names)
        before = check["previous"]["quarters"][last]
        if before is not None and before.get("value") is not None:
            sentence += t("annual.text.indicator_previous", value=_value_text(fmt, before["value"], check.get("unit")))
        sentences.append(sentence)
    if sentences:
        paragraphs.append(" ".join(sentences))

    # 5. checks that could not be assessed in every run
    items = [
        t("annual.text.not_assessed_item", check=_title(c, lang),
          missing=fmt.number_text(c["runs"] - c["assessed_runs"]), runs=fmt.number_text(c["runs"]))
        for c in figures["checks"]
        if c.get("runs") and c.get("assessed_runs", c["runs"]) < c["runs"]
    ]
    if items:
        paragraphs.append(t("annual.text.not_assessed", checks=_join(t, items)))
    return paragraphs


# --------------------------------------------------------------------------- charts (inline SVG geometry)


@dataclass
class ChartPoint:
    x: float
    y: float
    title: str


@dataclass
class ChartSeries:
    css: str
    label: str
    path: str
    points: list[ChartPoint]


@dataclass
class ChartFrame:
    """An SVG chart's size and the plot area inside it (pixels from the top left)."""

    title: str
    desc: str
    width: int
    height: int
    left: int
    top: int
    plot_width: int
    plot_height: int

    @property
    def bottom(self) -> int:
        return self.top + self.plot_height

    @property
    def right(self) -> int:
        return self.left + self.plot_width


@dataclass
class LineChart(ChartFrame):
    x_labels: list[tuple[float, str]]
    y_ticks: list[tuple[float, str]]
    series: list[ChartSeries]
    target: tuple[float, str] | None
    empty_text: str

    @property
    def empty(self) -> bool:
        return not any(s.points for s in self.series)


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    css: str
    title: str
    label: str


@dataclass
class BarChart(ChartFrame):
    bars: list[Bar]
    x_labels: list[tuple[float, str]]
    y_ticks: list[tuple[float, str]]
    legend: list[tuple[str, str]]  # (css, label)


def nice_ceiling(x: float) -> float:
    """The smallest of 1, 2, 2.5, 5 × 10^k that is at least ``x`` (x > 0)."""
    if x <= 0 or not math.isfinite(x):
        return 1.0
    power = 10 ** math.floor(math.log10(x))
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= x * (1 - 1e-9):
            return step * power
    return 10 * power


def _scale_max(values: list[float], share: bool) -> float:
    peak = max([v for v in values if v is not None] or [0])
    if peak <= 0:
        return 0.1 if share else 1.0
    top = nice_ceiling(peak * 1.05)
    return min(top, 1.0) if share and peak <= 1 else top


def _percent_tick(fmt: Formatter, share: float) -> str:
    """A share as an axis label, with as many decimals as it needs (1,25 %)."""
    return fmt.babel.percent(share, 2)  # Babel: "1,25 %" / "1.25%"


def line_chart(
    fmt: Formatter, title: str, desc: str, x_labels: list[str],
    series: list[tuple[str, str, list[float | None]]], *, share: bool, unit: str | None = None,
    target: float | None = None, target_label: str = "", empty_text: str = "",
) -> LineChart:
    """A small line chart: one x position per label, lines joining the values present."""
    width, height, left, top, right_pad, bottom_pad = 330, 180, 50, 14, 12, 26
    plot_w, plot_h = width - left - right_pad, height - top - bottom_pad
    values = [v for _, _, vs in series for v in vs if v is not None] + ([target] if target is not None else [])
    y_max = _scale_max(values, share)
    step = plot_w / max(len(x_labels), 1)

    def xy(i: int, v: float) -> tuple[float, float]:
        return round(left + (i + 0.5) * step, 1), round(top + plot_h - v / y_max * plot_h, 1)

    def label(v: float) -> str:
        return fmt.percent_text(v) if share else fmt.with_unit(round(v, 2), unit)

    def tick(v: float) -> str:
        return _percent_tick(fmt, v) if share else fmt.with_unit(round(v, 2), unit)

    out_series = []
    for css, name, vals in series:
        points = [ChartPoint(*xy(i, v), f"{name}, {x_labels[i]}: {label(v)}") for i, v in enumerate(vals) if v is not None]
        path = " ".join(f"{'M' if k == 0 else 'L'}{p.x} {p.y}" for k, p in enumerate(points))
        out_series.append(ChartSeries(css, name, path, points))
    ticks = [(round(top + plot_h - f * plot_h, 1), tick(f * y_max)) for f in (0, 0.5, 1)]
    target_line = None
    if target is not None:
        target_line = (xy(0, target)[1], f"{target_label}: {label(target)}")
    return LineChart(title, desc, width, height, left, top, plot_w, plot_h,
                     [(round(left + (i + 0.5) * step, 1), x) for i, x in enumerate(x_labels)], ticks,
                     out_series, target_line, empty_text)


def bar_chart(
    fmt: Formatter, title: str, desc: str, groups: list[str], series: list[tuple[str, str, list[float | None]]],
) -> BarChart:
    """Grouped vertical bars of shares (one group per label, one bar per series)."""
    width, height, left, top, right_pad, bottom_pad = 560, 230, 56, 18, 12, 30
    plot_w, plot_h = width - left - right_pad, height - top - bottom_pad
    values = [v for _, _, vs in series for v in vs if v is not None]
    y_max = _scale_max(values, True)
    group_w = plot_w / max(len(groups), 1)
    bar_w = group_w * 0.7 / max(len(series), 1)
    bars = []
    for g, group in enumerate(groups):
        for s, (css, name, vals) in enumerate(series):
            v = vals[g]
            if v is None:
                continue
            h = round(v / y_max * plot_h, 1)
            x = round(left + g * group_w + group_w * 0.15 + s * bar_w, 1)
            bars.append(Bar(x, round(top + plot_h - h, 1), round(bar_w - 2, 1), h, css,
                            f"{name}, {group}: {fmt.percent_text(v)}", fmt.percent_text(v)))
    ticks = [(round(top + plot_h - f * plot_h, 1), _percent_tick(fmt, f * y_max)) for f in (0, 0.25, 0.5, 0.75, 1)]
    return BarChart(title, desc, width, height, left, top, plot_w, plot_h, bars,
                    [(round(left + (g + 0.5) * group_w, 1), label) for g, label in enumerate(groups)], ticks,
                    [(css, name) for css, name, _ in series])


# --------------------------------------------------------------------------- view model


@dataclass
class CheckRow:
    id: str
    title: str
    kind_label: str
    quarters: list[Val]
    quarter_details: list[str]
    months: list[Val]
    month_details: list[str]
    previous_quarters: list[Val]
    previous_same: Val  # the year before, in this year's last quarter with a figure
    change: Val  # percentage points from the first to the last quarter with a figure
    opened: Val
    resolved: Val
    open: Val
    open_deviations: Val
    follow_ups_open: Val
    overdue: Val
    chart: LineChart


@dataclass
class IndicatorRow:
    id: str
    title: str
    unit_label: str
    target: Val
    quarters: list[Val]
    met: list[Status | None]
    previous_quarters: list[Val]
    last: Val
    last_met: Status | None
    chart: LineChart


@dataclass
class OfficeRow:
    office: str
    municipality: str
    failed: list[Val]
    rates: list[Val]
    details: list[str]
    by_check: dict[str, Val]
    open_findings: Val | None = None  # findings open at year end (each check's last assessed run)
    overdue: Val | None = None  # overdue follow-up actions on this office's findings


@dataclass
class AnnualModel:
    lang: str
    t: Translator
    fmt: Formatter
    figures: dict[str, Any]
    year: int
    previous_year: int
    title: str
    facts: list[KeyValue]
    summary: list[str]
    key_figures: list[KeyValue]
    quarter_labels: list[str]
    quarter_short: list[str]
    month_labels: list[str]
    last_quarter: int | None  # index of the last quarter with a figure
    checks: list[CheckRow]
    totals: CheckRow | None
    indicators: list[IndicatorRow]
    total_chart: BarChart
    follow_ups: list[dict[str, Val]]
    offices: list[OfficeRow]
    office_checks: list[tuple[str, str]]  # (id, title) of the checks in the office matrix
    runs: list[dict[str, Val]]
    previous_runs: list[dict[str, Val]]
    period_rows: list[dict[str, Val]]
    on: Val
    generated_by: str = ""
    notes: list[str] = field(default_factory=list)
    method_notes: list[str] = field(default_factory=list)  # which lines are counted, the headline minimum


def _rate_val(fmt: Formatter, point: dict | None) -> Val:
    return fmt.percent(point.get("rate")) if point else fmt.empty()


def _detail(t: Translator, fmt: Formatter, point: dict | None) -> str:
    if not point or point.get("evaluated") is None:
        return ""
    return t("annual.col.rate_of", failed=fmt.number_text(point.get("failed") or 0),
             evaluated=fmt.number_text(point["evaluated"]))


def _pp(fmt: Formatter, a: float | None, b: float | None) -> Val:
    if a is None or b is None:
        return fmt.empty()
    pp = round((b - a) * 100, 1) + 0.0  # + 0.0: no "-0.0"
    text = fmt.babel.number(abs(pp), 1, fixed=True)
    if pp:
        text = ("+" if pp > 0 else "−") + text
    return Val(pp, text, NUMBER)


def _with_unit(fmt: Formatter, value: Any, unit: str | None) -> Val:
    """A measured value whose text carries its unit ("7 dager"); raw stays the number (for Excel)."""
    v = fmt.measured(value, unit)
    return Val(v.raw, fmt.with_unit(value, unit), v.kind) if v.numeric else v


def _status(t: Translator, met: bool | None) -> Status | None:
    if met is None:
        return None
    return Status("ok", t("annual.met.yes")) if met else Status("below_target", t("annual.met.no"))


def _check_row(t: Translator, fmt: Formatter, check: dict[str, Any], month_labels: list[str],
               years: tuple[int, int], last_q: int | None) -> CheckRow:
    lang = t.lang
    q, m = check["quarters"], check["months"]
    prev_q = check["previous"]["quarters"]
    f, last = _first_index(q), _last_index(q)
    anchor = last if last is not None else last_q
    findings = check.get("findings") or {}
    follow = check.get("follow_ups") or {}
    chart = line_chart(
        fmt, _title(check, lang), t("annual.chart.check_desc", year=years[0], previous=years[1]), month_labels,
        [("series-previous", str(years[1]), [p["rate"] if p else None for p in check["previous"]["months"]]),
         ("series-current", str(years[0]), [p["rate"] if p else None for p in m])],
        share=True, empty_text=t("annual.chart.no_data", year=years[0]),
    )
    return CheckRow(
        id=check["id"],
        title=_title(check, lang),
        kind_label=t(f"kind.{check['kind']}") if t.has(f"kind.{check['kind']}") else check["kind"],
        quarters=[_rate_val(fmt, p) for p in q],
        quarter_details=[_detail(t, fmt, p) for p in q],
        months=[_rate_val(fmt, p) for p in m],
        month_details=[_detail(t, fmt, p) for p in m],
        previous_quarters=[_rate_val(fmt, p) for p in prev_q],
        previous_same=_rate_val(fmt, prev_q[anchor]) if anchor is not None else fmt.empty(),
        change=_pp(fmt, q[f]["rate"], q[last]["rate"]) if f is not None and last != f else fmt.empty(),
        opened=fmt.number(findings.get("opened")),
        resolved=fmt.number(findings.get("resolved")),
        open=fmt.number(findings.get("open")),
        open_deviations=fmt.number(findings.get("open_deviations")),
        follow_ups_open=fmt.number(follow.get("open")),
        overdue=fmt.number(follow.get("overdue")),
        chart=chart,
    )


def _indicator_row(t: Translator, fmt: Formatter, check: dict[str, Any], month_labels: list[str],
                   years: tuple[int, int]) -> IndicatorRow:
    unit = check.get("unit")
    q = check["quarters"]
    last = _last_index(q, "value")
    target = check.get("target")
    target_text = _target_text(t, fmt, target, unit)
    chart = line_chart(
        fmt, _title(check, t.lang), t("annual.chart.indicator_desc", year=years[0], previous=years[1]), month_labels,
        [("series-previous", str(years[1]), [p["value"] if p else None for p in check["previous"]["months"]]),
         ("series-current", str(years[0]), [p["value"] if p else None for p in check["months"]])],
        share=unit == "share", unit=unit, target=(target or {}).get("value"), target_label=t("annual.chart.target"),
        empty_text=t("annual.chart.no_data", year=years[0]),
    )
    return IndicatorRow(
        id=check["id"],
        title=_title(check, t.lang),
        unit_label=t(f"unit.{unit}") if unit and t.has(f"unit.{unit}") else (unit or ""),
        target=Val(target_text, target_text, TEXT) if target_text else fmt.empty(),
        quarters=[_with_unit(fmt, p.get("value") if p else None, unit) for p in q],
        met=[_status(t, p.get("met")) if p else None for p in q],
        previous_quarters=[_with_unit(fmt, p.get("value") if p else None, unit) for p in check["previous"]["quarters"]],
        last=_with_unit(fmt, q[last]["value"], unit) if last is not None else fmt.empty(),
        last_met=_status(t, q[last].get("met")) if last is not None else None,
        chart=chart,
    )


def build_annual_model(figures: dict[str, Any], lang: str = DEFAULT_LANG) -> AnnualModel:
    """The view model of the annual figures in one language."""
    from audit import __version__

    t = Translator(lang)
    fmt = Formatter(t)
    year, previous = figures["year"], figures["previous_year"]
    quarter_labels = [t("annual.quarter", n=i) for i in range(1, 5)]
    quarter_short = [t("annual.quarter_short", n=i) for i in range(1, 5)]
    month_labels = [t(f"annual.month.{i}") for i in range(1, 13)]
    suites = figures.get("suites") or []
    datasets = ", ".join(t(f"dataset.{s}") if t.has(f"dataset.{s}") else s for s in suites)
    title = t("annual.title", year=year) + (f": {datasets}" if datasets else "")
    last_q = _last_index(figures["totals"]["quarters"])
    on = fmt.date(figures.get("on"))

    prev_runs = figures.get("previous_runs") or []
    compared = (t("annual.compared_value", year=previous, runs=fmt.number_text(len(prev_runs))) if prev_runs
                else t("annual.compared_none", year=previous))
    facts = [
        KeyValue(t("annual.year"), Val(year, str(year), TEXT)),
        KeyValue(t("report.suite"), fmt.text(", ".join(suites))),
        KeyValue(t("report.scope"), fmt.text(figures.get("scope") or ", ".join(
            sorted({str(line["scope"]) for line in figures.get("lines") or [] if line.get("scope")})))),
        KeyValue(t("annual.runs"), fmt.number(len(figures.get("runs") or []))),
        KeyValue(t("annual.cases_checked"), fmt.number(figures.get("cases_checked"))),
        KeyValue(t("annual.compared_with"), Val(compared, compared, TEXT)),
        KeyValue(t("annual.on"), on),
    ]
    facts = [f for f in facts if f.value.kind != EMPTY]

    checks_raw = figures.get("checks") or []
    checks = [_check_row(t, fmt, c, month_labels, (year, previous), last_q) for c in checks_raw
              if c["kind"] != "indicator"]
    indicators = [_indicator_row(t, fmt, c, month_labels, (year, previous)) for c in checks_raw
                  if c["kind"] == "indicator"]
    totals_check = {
        "id": "", "kind": "deviation", "title": {lang: t("col.total")},
        "quarters": figures["totals"]["quarters"], "months": figures["totals"]["months"],
        "previous": figures["totals"]["previous"], "findings": figures["totals"]["findings"],
        "follow_ups": figures["totals"]["follow_ups"],
    }
    totals = _check_row(t, fmt, totals_check, month_labels, (year, previous), last_q) if checks else None
    if totals is not None:  # over all checks a case is assessed once per check: assessments, not cases
        def assessed(p: dict | None) -> str:
            if not p or p.get("evaluated") is None:
                return ""
            return text_t("reports.annual.rate_of_assessments", lang, failed=fmt.number_text(p.get("failed") or 0),
                          evaluated=count_words(lang, "assessments", p["evaluated"], fmt))
        totals.quarter_details = [assessed(p) for p in figures["totals"]["quarters"]]
        totals.month_details = [assessed(p) for p in figures["totals"]["months"]]

    total_chart = bar_chart(
        fmt, t("annual.chart.total_title"), t("annual.chart.total_desc", year=year, previous=previous),
        quarter_labels,
        [("series-previous", str(previous), [p["rate"] if p else None for p in figures["totals"]["previous"]["quarters"]]),
         ("series-current", str(year), [p["rate"] if p else None for p in figures["totals"]["quarters"]])],
    )

    found = figures["totals"]["findings"]
    follow = figures["totals"]["follow_ups"]
    key_figures = [
        KeyValue(t("annual.col.opened"), fmt.number(found["opened"])),
        KeyValue(t("annual.col.resolved"), fmt.number(found["resolved"])),
        KeyValue(t("annual.col.open"), fmt.number(found["open"])),
        KeyValue(t("annual.col.open_deviations"), fmt.number(found["open_deviations"])),
        KeyValue(t("annual.col.follow_ups_open"), fmt.number(follow["open"])),
        KeyValue(t("annual.col.overdue"), fmt.number(follow["overdue"])),
    ]

    titles = {c["id"]: _title(c, lang) for c in checks_raw}
    follow_ups = []
    for fu in figures.get("follow_ups") or []:
        status_label = STATUS_LABELS.get(fu["status"], {}).get(lang, fu["status"])
        follow_ups.append({
            "id": fmt.number(fu.get("id")),
            "check_id": fmt.text(fu.get("check_id")),
            "check": fmt.text(titles.get(fu.get("check_id"), fu.get("check_id"))),
            "key": fmt.text(fu.get("key")) if fu.get("key") else fmt.text(t("annual.col.whole_check")),
            "status": fmt.text(status_label),
            "status_code": "deviation" if fu.get("overdue") else "warning",
            "responsible": fmt.text(fu.get("responsible")),
            "action": fmt.text(fu.get("action")),
            "due": fmt.date(fu.get("due_date")),
            "overdue": fmt.text(t("annual.overdue")) if fu.get("overdue") else fmt.empty(),
        })

    office_checks = [(c["id"], _title(c, lang)) for c in checks_raw if c["kind"] != "indicator"]
    offices = []
    for o in figures.get("offices") or []:
        by_check = {}
        if last_q is not None:
            for cid, series in (o.get("checks") or {}).items():
                point = series[last_q]
                by_check[cid] = fmt.number(point.get("failed")) if point else fmt.empty()
        offices.append(OfficeRow(
            office=str(o.get("office") or t("where.unknown_office")),
            municipality=str(o.get("municipality") or ""),
            failed=[fmt.number(p.get("failed")) if p else fmt.empty() for p in o["quarters"]],
            rates=[_rate_val(fmt, p) for p in o["quarters"]],
            details=[_detail(t, fmt, p) for p in o["quarters"]],
            by_check=by_check,
            open_findings=fmt.number(o.get("open_findings")),
            overdue=fmt.number(o.get("overdue_follow_ups")),
        ))
    used = {cid for o in offices for cid in o.by_check}
    office_checks = [(cid, title) for cid, title in office_checks if cid in used]

    def run_rows(runs: list[dict[str, Any]]) -> list[dict[str, Val]]:
        out = []
        for r in runs:
            period = r.get("period") or {}
            period_text = (t("report.period_value", start=fmt.date(period.get("from")).text,
                             end=fmt.date(period.get("to")).text) if period else "")
            out.append({
                "id": fmt.text(r.get("id")),
                "suite": fmt.text(r.get("suite")),
                "scope": fmt.text(r.get("scope")),
                "as_of": fmt.date(r.get("as_of")),
                "period": Val(period_text, period_text, TEXT) if period_text else fmt.empty(),
                "reference_date": fmt.date(r.get("reference_date")),
                "month": fmt.text(month_labels[r["month"] - 1]) if r.get("month") else fmt.empty(),
                "quarter": fmt.text(quarter_labels[r["quarter"] - 1]) if r.get("quarter") else fmt.empty(),
                "rows": fmt.number(r.get("dataset_rows")),
            })
        return out

    period_rows = []
    for c in checks_raw:
        unit = c.get("unit")
        for which, y, series in ((None, year, c), ("previous", previous, c["previous"])):
            for kind, labels, points in (("quarter", quarter_labels, series["quarters"]),
                                         ("month", month_labels, series["months"])):
                for i, p in enumerate(points):
                    if p is None:
                        continue
                    period_rows.append({
                        "check_id": fmt.text(c["id"]),
                        "check": fmt.text(_title(c, lang)),
                        "year": Val(y, str(y), INT),
                        "kind": fmt.text(t(f"annual.kind.{kind}")),
                        "period": fmt.text(labels[i]),
                        "as_of": fmt.date(p.get("as_of")),
                        "runs": fmt.text(", ".join(p.get("runs") or [])),
                        "evaluated": fmt.number(p.get("evaluated")),
                        "failed": fmt.number(p.get("failed")) if c["kind"] != "indicator" else fmt.empty(),
                        "warned": fmt.number(p.get("warned")) if c["kind"] != "indicator" else fmt.empty(),
                        "unknown": fmt.number(p.get("unknown")),
                        "rate": fmt.percent(p.get("rate")),
                        "value": fmt.measured(p.get("value"), unit) if c["kind"] == "indicator" else fmt.empty(),
                    })

    return AnnualModel(
        lang=lang, t=t, fmt=fmt, figures=figures, year=year, previous_year=previous, title=title, facts=facts,
        summary=summary_paragraphs(figures, lang), key_figures=key_figures, quarter_labels=quarter_labels,
        quarter_short=quarter_short, month_labels=month_labels, last_quarter=last_q, checks=checks, totals=totals,
        indicators=indicators, total_chart=total_chart, follow_ups=follow_ups, offices=offices,
        office_checks=office_checks, runs=run_rows(figures.get("runs") or []),
        previous_runs=run_rows(prev_runs), period_rows=period_rows, on=on,
        generated_by=t("report.generated_by", tool="nav-audit", version=__version__).strip(),
        method_notes=_method_notes(figures, lang, fmt),
    )


def _method_notes(figures: dict[str, Any], lang: str, fmt: Formatter) -> list[str]:
    notes = []
    for line in figures.get("lines") or []:
        if not line.get("counted") and line.get("same_cases_as") is not None:
            notes.append(text_t("reports.annual.lines_method", lang, scope=line.get("scope") or "–",
                                counted=line["same_cases_as"], municipalities=", ".join(line.get("municipalities") or [])))
    if figures.get("headline_min_cases"):
        notes.append(text_t("reports.annual.min_cases_method", lang, min=fmt.number_text(figures["headline_min_cases"])))
    return notes


# --------------------------------------------------------------------------- HTML and entry point


def render_annual_html(m: AnnualModel) -> str:
    """The annual report page as one self-contained HTML string (inline CSS and SVG, no script)."""
    from reports.html import CSP, STATUS_ICONS, environment

    template = environment().get_template("annual.html.j2")
    return template.render(m=m, t=m.t, csp=CSP, icons=STATUS_ICONS,
                           w=lambda key, **kw: text_t(key, m.lang, **kw))


def render_annual(figures: dict[str, Any], out_dir: Path, *, lang: str = DEFAULT_LANG) -> list[Path]:
    """Write ``arsrapport_<year>.xlsx`` and ``arsrapport_<year>.html`` atomically; return their paths."""
    from audit.io import atomic_write_text
    from reports.annual_excel import write_annual_workbook

    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGS)}")
    model = build_annual_model(figures, lang)
    out_dir = Path(out_dir)
    xlsx = write_annual_workbook(model, out_dir / XLSX_TEMPLATE.format(year=figures["year"]))
    html = atomic_write_text(out_dir / HTML_TEMPLATE.format(year=figures["year"]), render_annual_html(model))
    return [xlsx, Path(html)]
