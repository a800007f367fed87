"""The year of a schedule, due lists and run summaries as terminal text.

Rendering only: what is scheduled, due or done is decided in :mod:`audit.schedule.model`
and :mod:`audit.schedule.due`. The HTML page with the wheel is
:mod:`reports.schedule_page`, the calendar file :mod:`reports.calendar_ics`.
"""

from __future__ import annotations

import datetime as dt

from audit.schedule.due import DueItem, status_label
from audit.schedule.model import Schedule
from audit.schedule.periods import month_names
from audit.text import Formatter, has, t

_WORDS = ("year", "file", "scope", "activities", "id", "title", "when", "covers", "runs", "responsible", "inputs",
          "none", "day", "last_day", "report", "status", "scheduled", "period", "late", "nothing_due", "due_on",
          "generated", "months_title", "warnings", "legend", "today", "folder", "checks", "every_month", "rings",
          "done_by")


def words(lang: str) -> dict[str, str]:
    """The schedule's words in ``lang`` (catalogue ``schedule.*``), by short name."""
    return {name: t(f"schedule.{name}", lang) for name in _WORDS}


def capitalised(text: str) -> str:
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
    return f"{words(lang)['report']}: {activity.report}"


def _table(rows: list[list[str]], header: list[str]) -> list[str]:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    fmt = lambda r: "  ".join(str(v).ljust(w) for v, w in zip(r, widths)).rstrip()  # noqa: E731
    return [fmt(header), fmt(["-" * w for w in widths]), *(fmt(r) for r in rows)]


# --------------------------------------------------------------------------- show: terminal


def year_text(schedule: Schedule, year: int, lang: str = "nb", warnings: list[str] = ()) -> str:
    """The year month by month (bokmål month names by default), then the activities."""
    w, names, fmt = words(lang), month_names(lang), Formatter(lang)
    out = [f"{schedule.title} – {year}", f"{w['file']}: {schedule.path}", ""]
    rows: dict[int, list[list[str]]] = {m: [] for m in range(1, 13)}
    for occ in schedule.occurrences(year):
        act = occ.activity
        rows[occ.scheduled.month].append([fmt.day_month(occ.scheduled), act.id, act.title_in(lang),
                                          occ.period.title(lang), runs_text(act, lang), act.responsible or ""])
    every = [r for m in rows.values() for r in m]
    widths = [max((len(r[i]) for r in every), default=0) for i in range(6)]
    for m in range(1, 13):
        out.append(capitalised(names[m - 1]))
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


def _done_text(done, lang: str) -> str:
    """The run or folder that carried an item out, and for a report the runs recorded after it was written."""
    if done is None:
        return ""
    text = done.run_id or done.where or ""
    if done.older_than:
        text += " " + t("schedule.older_than", lang, runs=", ".join(done.older_than))
    return text


def due_text(schedule: Schedule, items: list[DueItem], on: dt.date, lang: str = "nb") -> str:
    w, fmt = words(lang), Formatter(lang)
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
            _done_text(item.done, lang),
        ])
    header = [w["status"], w["scheduled"], w["late"], w["id"], w["title"], w["period"], w["responsible"], w["done_by"]]
    if not any(row[-1] for row in rows):  # nothing done among the items (no --all): no empty column
        header, rows = header[:-1], [row[:-1] for row in rows]
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
