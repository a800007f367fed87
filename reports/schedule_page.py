"""The year of a schedule as a self-contained HTML page with the wheel (årshjul) drawn as
inline SVG.

Rendering only: what is scheduled is decided in :mod:`audit.schedule.model`. The
template (``reports/templates/wheel.html.j2``) gets ready values: SVG paths and
coordinates are computed here.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from pathlib import Path

from audit.schedule.model import Schedule
from audit.schedule.periods import month_names
from audit.schedule.render import capitalised, runs_text, when_text, words
from audit.text import Formatter
from reports.env import environment

# Colour-blind friendly (Okabe–Ito, then Tol's muted), dark enough for white text.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#332288", "#882255",
           "#117733", "#AA4499", "#44AA99", "#999933")


@dataclass
class _Geometry:
    cx: float = 300.0
    cy: float = 300.0
    inner: float = 70.0
    outer: float = 220.0
    label: float = 252.0

    def point(self, r: float, turn: float) -> tuple[float, float]:
        """Point at radius r and ``turn`` (0 = top, clockwise, 1 = full circle)."""
        a = 2 * math.pi * turn
        return round(self.cx + r * math.sin(a), 2), round(self.cy - r * math.cos(a), 2)

    def sector(self, r0: float, r1: float, t0: float, t1: float) -> str:
        x0, y0 = self.point(r1, t0)
        x1, y1 = self.point(r1, t1)
        x2, y2 = self.point(r0, t1)
        x3, y3 = self.point(r0, t0)
        large = 1 if (t1 - t0) > 0.5 else 0
        return (f"M{x0},{y0} A{r1},{r1} 0 {large} 1 {x1},{y1} L{x2},{y2} "
                f"A{r0},{r0} 0 {large} 0 {x3},{y3} Z")


def wheel_model(schedule: Schedule, year: int, lang: str = "nb", today: dt.date | None = None) -> dict:
    """Ready values for the SVG wheel: month sectors, one ring per activity, labels, today's marker."""
    g = _Geometry()
    names, fmt = month_names(lang), Formatter(lang)
    acts = schedule.activities
    n = max(len(acts), 1)
    ring = (g.outer - g.inner) / n
    colours = {a.id: PALETTE[i % len(PALETTE)] for i, a in enumerate(acts)}
    months = []
    for m in range(12):
        t0, t1 = m / 12, (m + 1) / 12
        lx, ly = g.point(g.label, (t0 + t1) / 2)
        sx, sy = g.point(g.outer + 8, t0)
        ix, iy = g.point(g.inner, t0)
        months.append({"name": capitalised(names[m]), "x": lx, "y": ly, "band": g.sector(g.inner, g.outer, t0, t1),
                       "even": m % 2 == 0, "line": (ix, iy, sx, sy)})
    rings = [{"r": round(g.inner + i * ring, 2)} for i in range(n + 1)]
    marks = []
    for occ in schedule.occurrences(year):
        i = occ.activity.index
        r0, r1 = g.inner + i * ring + 1.5, g.inner + (i + 1) * ring - 1.5
        m = occ.scheduled.month - 1
        t0, t1 = (m + 0.08) / 12, (m + 0.92) / 12
        mx, my = g.point((r0 + r1) / 2, (t0 + t1) / 2)
        marks.append({
            "path": g.sector(r0, r1, t0, t1),
            "colour": colours[occ.activity.id],
            "tooltip": f"{fmt.date(occ.scheduled)}: {occ.activity.title_in(lang)} ({occ.period.title(lang)})",
            "day": occ.scheduled.day, "x": mx, "y": my, "show_day": ring >= 14,
        })
    marker = None
    if today and today.year == year:
        days = (dt.date(year + 1, 1, 1) - dt.date(year, 1, 1)).days
        turn = (today - dt.date(year, 1, 1)).days / days
        x0, y0 = g.point(g.inner - 12, turn)
        x1, y1 = g.point(g.outer + 14, turn)
        marker = {"x0": x0, "y0": y0, "x1": x1, "y1": y1, "label": fmt.day_month(today)}
    return {"size": 2 * g.cx, "cx": g.cx, "cy": g.cy, "inner": g.inner, "outer": g.outer, "months": months,
            "rings": rings, "marks": marks, "marker": marker, "colours": colours}


def year_html(schedule: Schedule, year: int, lang: str = "nb", warnings: list[str] = (),
              today: dt.date | None = None) -> str:
    """The year as one self-contained HTML page (inline CSS and SVG, no external requests)."""
    w, names, fmt = words(lang), month_names(lang), Formatter(lang)
    wheel = wheel_model(schedule, year, lang, today)
    by_month = []
    for m in range(1, 13):
        entries = []
        for occ in schedule.occurrences(year):
            if occ.scheduled.month != m:
                continue
            act = occ.activity
            entries.append({"date": fmt.day_month(occ.scheduled), "id": act.id, "title": act.title_in(lang),
                            "period": occ.period.title(lang), "runs": runs_text(act, lang),
                            "responsible": act.responsible or "", "colour": wheel["colours"][act.id]})
        by_month.append({"name": capitalised(names[m - 1]), "entries": entries})
    activities = [{"id": a.id, "title": a.title_in(lang), "when": when_text(a, lang), "covers": a.period_label(lang),
                   "runs": runs_text(a, lang), "scope": a.scope or "", "responsible": a.responsible or "",
                   "inputs": [s.path for s in a.inputs], "description": a.description or "",
                   "colour": wheel["colours"][a.id]} for a in schedule.activities]
    return environment().get_template("wheel.html.j2").render(
        lang=lang, t=w, title=schedule.title, year=year, source=Path(schedule.path).name,
        wheel=wheel, months=by_month, activities=activities, warnings=list(warnings),
    )
