"""The year of a schedule as terminal text and as a self-contained HTML page with the
wheel (årshjul) drawn as inline SVG; due lists and run summaries as text.

Rendering only: what is scheduled, due or done is decided in :mod:`audit.schedule.model`
and :mod:`audit.schedule.due`. The HTML template gets ready values (SVG paths and
coordinates are computed here) and is rendered with autoescape.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from audit.schedule.due import DueItem, status_label
from audit.schedule.model import Schedule
from audit.schedule.periods import month_names
from audit.text import Formatter, has, t

# Colour-blind friendly (Okabe–Ito, then Tol's muted), dark enough for white text.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#332288", "#882255",
           "#117733", "#AA4499", "#44AA99", "#999933")

_WORDS = ("year", "file", "scope", "activities", "id", "title", "when", "covers", "runs", "responsible", "inputs",
          "none", "day", "last_day", "report", "status", "scheduled", "period", "late", "nothing_due", "due_on",
          "generated", "months_title", "warnings", "legend", "today", "folder", "checks", "every_month", "rings")


def _t(lang: str) -> dict[str, str]:
    """The schedule's words in ``lang`` (catalogue ``schedule.*``), by short name."""
    return {name: t(f"schedule.{name}", lang) for name in _WORDS}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def when_text(activity, lang: str = "nb") -> str:
    """«10. i januar, april, juli, oktober», «siste dag hver måned»."""
    names = month_names(lang)
    day = t("schedule.last_day", lang) if activity.day == 31 else t("schedule.when.day", lang, day=activity.day)
    if len(activity.months) == 12:
        return t("schedule.when.every_month", lang, day=day, months=t("schedule.every_month", lang))
    return t("schedule.when.months", lang, day=day, months=", ".join(names[m - 1] for m in activity.months))


def runs_text(activity, lang: str = "nb") -> str:
    if activity.suite:
        return activity.suite + (f" ({', '.join(activity.checks)})" if activity.checks else "")
    if has(f"reports.kind.{activity.report}"):  # "årsrapport", not the code name "annual"
        return t(f"reports.kind.{activity.report}", lang)
    return f"{_t(lang)['report']}: {activity.report}"


def _table(rows: list[list[str]], header: list[str]) -> list[str]:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    fmt = lambda r: "  ".join(str(v).ljust(w) for v, w in zip(r, widths)).rstrip()  # noqa: E731
    return [fmt(header), fmt(["-" * w for w in widths]), *(fmt(r) for r in rows)]


# --------------------------------------------------------------------------- show: terminal


def year_text(schedule: Schedule, year: int, lang: str = "nb", warnings: list[str] = ()) -> str:
    """The year month by month (bokmål month names by default), then the activities."""
    w, names, fmt = _t(lang), month_names(lang), Formatter(lang)
    out = [f"{schedule.title} – {year}", f"{w['file']}: {schedule.path}", ""]
    rows: dict[int, list[list[str]]] = {m: [] for m in range(1, 13)}
    for occ in schedule.occurrences(year):
        act = occ.activity
        rows[occ.scheduled.month].append([fmt.day_month(occ.scheduled), act.id, act.title_in(lang),
                                          occ.period.title(lang), runs_text(act, lang), act.responsible or ""])
    every = [r for m in rows.values() for r in m]
    widths = [max((len(r[i]) for r in every), default=0) for i in range(6)]
    for m in range(1, 13):
        out.append(_cap(names[m - 1]))
        if not rows[m]:
            out.append("  –")
        for r in rows[m]:
            out.append("  " + "  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip())
    out += ["", w["activities"]]
    rows = [[a.id, a.title_in(lang), when_text(a, lang), a.period_label(lang), runs_text(a, lang),
             a.scope or "", a.responsible or ""] for a in schedule.activities]
    out += ["  " + line for line in _table(rows, [w["id"], w["title"], w["when"], w["covers"], w["runs"], w["scope"],
                                                  w["responsible"]])]
    if warnings:
        out += ["", w["warnings"] + ":"] + [f"  {text}" for text in warnings]
    return "\n".join(out)


# --------------------------------------------------------------------------- due: terminal


def due_text(schedule: Schedule, items: list[DueItem], on: dt.date, lang: str = "nb") -> str:
    w, fmt = _t(lang), Formatter(lang)
    if not items:
        return t("schedule.nothing_due", lang, on=fmt.date(on))
    rows = []
    for item in items:
        occ, act = item.occurrence, item.occurrence.activity
        rows.append([
            status_label(item.status, lang),
            fmt.date(occ.scheduled),
            str(item.days_late) if item.days_late > 0 and item.status != "done" else "",
            act.id,
            act.title_in(lang),
            occ.period.title(lang),
            act.responsible or "",
            (item.done.run_id or item.done.where or "") if item.done else "",
        ])
    header = [w["status"], w["scheduled"], w["late"], w["id"], w["title"], w["period"], w["responsible"], ""]
    return "\n".join([f"{t('schedule.due_on', lang, on=fmt.date(on))} ({schedule.title}):", *_table(rows, header)])


# --------------------------------------------------------------------------- run: terminal


def run_lines(run, lang: str = "nb", *, verbose: bool = False, fail_on: str | None = None) -> list[tuple[str, bool]]:
    """(line, is_problem) per outcome: failures always, findings at --fail-on, the rest when verbose."""
    out = []
    for o in run.outcomes:
        occ = o.occurrence
        head = f"{occ.activity.id} ({occ.period.title(lang)})"
        if o.status != "ok":
            out.append((t("schedule.run.failed", lang, head=head, message=o.message), True))
        elif o.reached(fail_on):
            level = t(f"schedule.run.level.{o.worst}", lang)
            out.append((t("schedule.run.findings", lang, level=level, head=head, folder=o.folder), True))
        elif verbose:
            out.append((t("schedule.run.ran", lang, head=head, folder=o.folder), False))
    if verbose and not run.outcomes:
        out.append((t("schedule.nothing_due", lang, on=Formatter(lang).date(run.on)), False))
    return out


# --------------------------------------------------------------------------- show: HTML with the wheel


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
        months.append({"name": _cap(names[m]), "x": lx, "y": ly, "band": g.sector(g.inner, g.outer, t0, t1),
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
    import jinja2

    w, names, fmt = _t(lang), month_names(lang), Formatter(lang)
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
        by_month.append({"name": _cap(names[m - 1]), "entries": entries})
    activities = [{"id": a.id, "title": a.title_in(lang), "when": when_text(a, lang), "covers": a.period_label(lang),
                   "runs": runs_text(a, lang), "scope": a.scope or "", "responsible": a.responsible or "",
                   "inputs": [s.path for s in a.inputs], "description": a.description or "",
                   "colour": wheel["colours"][a.id]} for a in schedule.activities]
    template_text = resources.files("audit.schedule").joinpath("templates/wheel.html.j2").read_text(encoding="utf-8")
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    return env.from_string(template_text).render(
        lang=lang, t=w, title=schedule.title, year=year, source=Path(schedule.path).name,
        wheel=wheel, months=by_month, activities=activities, warnings=list(warnings),
    )
