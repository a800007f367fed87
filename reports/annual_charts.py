"""The annual report's charts as inline SVG geometry: line charts per check and indicator,
the bar chart of the totals (printed by ``templates/annual_macros.html.j2``)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from reports.values import Formatter


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
