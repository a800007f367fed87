"""The year's control activities as an iCalendar file (RFC 5545) for Outlook and other calendars.

Built with the maintained ``icalendar`` library (it folds lines, escapes text and
writes CRLF line ends). Each scheduled day is one all-day event with a stable UID, so
importing the file again after a change updates the events instead of doubling them.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from audit.schedule.model import Occurrence, Schedule
from audit.text import Formatter, t

PRODID = "-//nav-audit//Årshjul for internkontroll//NB"


def _uid_salt(schedule: Schedule) -> str:
    return hashlib.sha256(f"{schedule.title}\x00{schedule.scope or ''}".encode()).hexdigest()[:10]


def event_uid(schedule: Schedule, occurrence: Occurrence) -> str:
    """Stable across exports of the same schedule: activity id, scheduled day, schedule title and scope."""
    return f"{occurrence.activity.id}-{occurrence.scheduled:%Y%m%d}-{_uid_salt(schedule)}@nav-audit"


def describe(schedule: Schedule, occ: Occurrence, lang: str = "nb") -> str:
    """The event's description: what it covers and runs, who is responsible, which files it reads."""
    act, p, fmt = occ.activity, occ.period, Formatter(lang)
    lines = [t("schedule.ics.covers", lang, period=p.title(lang), start=fmt.date(p.start), end=fmt.date(p.end))]
    if act.suite:
        lines.append(t("schedule.ics.suite", lang, suite=act.suite) + (f" ({', '.join(act.checks)})" if act.checks else ""))
        lines.append(t("schedule.ics.scope", lang, scope=act.scope))
        for spec in schedule.inputs(occ):
            lines.append(t("schedule.ics.input", lang, path=spec.template))
    else:
        lines.append(t("schedule.ics.report", lang, report=act.report))
    if act.responsible:
        lines.append(t("schedule.ics.responsible", lang, who=act.responsible))
    if act.description:
        lines.append(act.description)
    lines.append(f"nav-audit schedule run --on {occ.scheduled.isoformat()}")
    return "\n".join(lines)


def to_ical(schedule: Schedule, year: int, *, lang: str = "nb", stamp: dt.datetime | None = None) -> bytes:
    """The iCalendar file (bytes, UTF-8, CRLF) with every scheduled day of ``year``."""
    from icalendar import Calendar, Event

    stamp = (stamp or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")  # Outlook imports a PUBLISH calendar as plain appointments
    cal.add("x-wr-calname", " ".join(f"{schedule.title} {year}".split()))  # one line: icalendar does not escape it
    for occ in schedule.occurrences(year):
        act = occ.activity
        ev = Event()
        ev.add("uid", event_uid(schedule, occ))
        ev.add("dtstamp", stamp)
        ev.add("dtstart", occ.scheduled)  # a date: an all-day event (VALUE=DATE)
        ev.add("dtend", occ.scheduled + dt.timedelta(days=1))
        ev.add("summary", f"{act.title_in(lang)} ({occ.period.title(lang)})")
        ev.add("description", describe(schedule, occ, lang))
        ev.add("categories", [t("schedule.ics.category", lang), act.suite or act.report])
        ev.add("transp", "TRANSPARENT")
        ev.add("x-microsoft-cdo-busystatus", "FREE")
        ev.add("x-microsoft-cdo-alldayevent", "TRUE")
        cal.add_component(ev)
    return cal.to_ical()
