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

from audit.schedule.due import STATUS_LABELS, DueItem
from audit.schedule.model import Schedule
from audit.schedule.periods import month_names

# Colour-blind friendly (Okabe–Ito, then Tol's muted), dark enough for white text.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#332288", "#882255",
           "#117733", "#AA4499", "#44AA99", "#999933")

TEXT = {
    "nb": {
        "year": "År", "file": "Fil", "scope": "Omfang", "activities": "Aktiviteter", "id": "Id",
        "title": "Tittel", "when": "Når", "covers": "Dekker", "runs": "Kjører", "responsible": "Ansvarlig",
        "inputs": "Inndata", "none": "ingen aktiviteter", "day": "dag", "last_day": "siste dag",
        "report": "rapport", "status": "Status", "scheduled": "Planlagt", "period": "Periode",
        "late": "Dager", "nothing_due": "Ingenting skal kjøres per {on}.", "due_on": "Per {on}",
        "generated": "Laget av nav-audit", "months_title": "Måned for måned", "warnings": "Merknader",
        "legend": "Forklaring", "today": "i dag", "folder": "Mappe", "checks": "Kontroller",
        "every_month": "hver måned", "rings": "Ringene i hjulet er aktivitetene, fra innerst til ytterst.",
    },
    "en": {
        "year": "Year", "file": "File", "scope": "Scope", "activities": "Activities", "id": "Id",
        "title": "Title", "when": "When", "covers": "Covers", "runs": "Runs", "responsible": "Responsible",
        "inputs": "Inputs", "none": "no activities", "day": "day", "last_day": "last day",
        "report": "report", "status": "Status", "scheduled": "Scheduled", "period": "Period",
        "late": "Days", "nothing_due": "Nothing is due on {on}.", "due_on": "On {on}",
        "generated": "Made by nav-audit", "months_title": "Month by month", "warnings": "Notes",
        "legend": "Legend", "today": "today", "folder": "Folder", "checks": "Checks",
        "every_month": "every month", "rings": "The wheel's rings are the activities, from the inside out.",
    },
}


def _t(lang: str) -> dict[str, str]:
    return TEXT["en" if lang == "en" else "nb"]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def when_text(activity, lang: str = "nb") -> str:
    """«10. i januar, april, juli, oktober», «siste dag hver måned»."""
    t, names = _t(lang), month_names(lang)
    day = t["last_day"] if activity.day == 31 else (f"{activity.day}." if lang != "en" else f"day {activity.day}")
    months = t["every_month"] if len(activity.months) == 12 else ", ".join(names[m - 1] for m in activity.months)
    if lang == "en":
        return f"{day}, {months}"
    return f"{day} {'i ' if len(activity.months) < 12 else ''}{months}"


def runs_text(activity, lang: str = "nb") -> str:
    if activity.suite:
        return activity.suite + (f" ({', '.join(activity.checks)})" if activity.checks else "")
    return f"{_t(lang)['report']}: {activity.report}"


def _table(rows: list[list[str]], header: list[str]) -> list[str]:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    fmt = lambda r: "  ".join(str(v).ljust(w) for v, w in zip(r, widths)).rstrip()  # noqa: E731
    return [fmt(header), fmt(["-" * w for w in widths]), *(fmt(r) for r in rows)]


# --------------------------------------------------------------------------- show: terminal


def year_text(schedule: Schedule, year: int, lang: str = "nb", warnings: list[str] = ()) -> str:
    """The year month by month (bokmål month names by default), then the activities."""
    t, names = _t(lang), month_names(lang)
    out = [f"{schedule.title} – {year}", f"{t['file']}: {schedule.path}", ""]
    rows: dict[int, list[list[str]]] = {m: [] for m in range(1, 13)}
    for occ in schedule.occurrences(year):
        act = occ.activity
        rows[occ.scheduled.month].append([f"{occ.scheduled:%d.%m}", act.id, act.title_in(lang),
                                          occ.period.title(lang), runs_text(act, lang), act.responsible or ""])
    every = [r for m in rows.values() for r in m]
    widths = [max((len(r[i]) for r in every), default=0) for i in range(6)]
    for m in range(1, 13):
        out.append(_cap(names[m - 1]))
        if not rows[m]:
            out.append("  –")
        for r in rows[m]:
            out.append("  " + "  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip())
    out += ["", t["activities"]]
    rows = [[a.id, a.title_in(lang), when_text(a, lang), a.period_label(lang), runs_text(a, lang),
             a.scope or "", a.responsible or ""] for a in schedule.activities]
    out += ["  " + line for line in _table(rows, [t["id"], t["title"], t["when"], t["covers"], t["runs"], t["scope"],
                                                  t["responsible"]])]
    if warnings:
        out += ["", t["warnings"] + ":"] + [f"  {w}" for w in warnings]
    return "\n".join(out)


# --------------------------------------------------------------------------- due: terminal


def due_text(schedule: Schedule, items: list[DueItem], on: dt.date, lang: str = "nb") -> str:
    t = _t(lang)
    if not items:
        return t["nothing_due"].format(on=on.isoformat())
    rows = []
    for item in items:
        occ, act = item.occurrence, item.occurrence.activity
        rows.append([
            STATUS_LABELS[item.status]["en" if lang == "en" else "nb"],
            occ.scheduled.isoformat(),
            str(item.days_late) if item.days_late > 0 and item.status != "done" else "",
            act.id,
            act.title_in(lang),
            occ.period.title(lang),
            act.responsible or "",
            (item.done.run_id or item.done.where or "") if item.done else "",
        ])
    header = [t["status"], t["scheduled"], t["late"], t["id"], t["title"], t["period"], t["responsible"], ""]
    return "\n".join([f"{t['due_on'].format(on=on.isoformat())} ({schedule.title}):", *_table(rows, header)])


# --------------------------------------------------------------------------- run: terminal


def run_lines(run, lang: str = "nb", *, verbose: bool = False, fail_on: str | None = None) -> list[tuple[str, bool]]:
    """(line, is_problem) per outcome: failures always, findings at --fail-on, the rest when verbose."""
    en = lang == "en"
    out = []
    for o in run.outcomes:
        occ = o.occurrence
        head = f"{occ.activity.id} ({occ.period.title(lang)})"
        if o.status != "ok":
            out.append((f"{'FAILED' if en else 'FEILET'}: {head}: {o.message}", True))
        elif o.reached(fail_on):
            word = {"deviation": ("avvik", "deviations"), "warning": ("varsel", "warnings")}[o.worst][1 if en else 0]
            out.append((f"{'Findings' if en else 'Funn'} ({word}): {head}: {o.folder}", True))
        elif verbose:
            out.append((f"{'ran' if en else 'kjørt'}: {head}: {o.folder}", False))
    if verbose and not run.outcomes:
        out.append(((f"Nothing is due on {run.on}." if en else f"Ingenting skal kjøres per {run.on}."), False))
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
    names = month_names(lang)
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
            "tooltip": f"{occ.scheduled:%d.%m.%Y}: {occ.activity.title_in(lang)} ({occ.period.title(lang)})",
            "day": occ.scheduled.day, "x": mx, "y": my, "show_day": ring >= 14,
        })
    marker = None
    if today and today.year == year:
        days = (dt.date(year + 1, 1, 1) - dt.date(year, 1, 1)).days
        turn = (today - dt.date(year, 1, 1)).days / days
        x0, y0 = g.point(g.inner - 12, turn)
        x1, y1 = g.point(g.outer + 14, turn)
        marker = {"x0": x0, "y0": y0, "x1": x1, "y1": y1, "label": today.strftime("%d.%m")}
    return {"size": 2 * g.cx, "cx": g.cx, "cy": g.cy, "inner": g.inner, "outer": g.outer, "months": months,
            "rings": rings, "marks": marks, "marker": marker, "colours": colours}


def year_html(schedule: Schedule, year: int, lang: str = "nb", warnings: list[str] = (),
              today: dt.date | None = None) -> str:
    """The year as one self-contained HTML page (inline CSS and SVG, no external requests)."""
    import jinja2

    t, names = _t(lang), month_names(lang)
    wheel = wheel_model(schedule, year, lang, today)
    by_month = []
    for m in range(1, 13):
        entries = []
        for occ in schedule.occurrences(year):
            if occ.scheduled.month != m:
                continue
            act = occ.activity
            entries.append({"date": occ.scheduled.strftime("%d.%m"), "id": act.id, "title": act.title_in(lang),
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
        lang="en" if lang == "en" else "nb", t=t, title=schedule.title, year=year, source=Path(schedule.path).name,
        wheel=wheel, months=by_month, activities=activities, warnings=list(warnings),
    )
