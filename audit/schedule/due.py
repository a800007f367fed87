"""What is due on a date, judged against what has been carried out.

Rules (``docs/schedule.md``, "Due and overdue"):

* Every scheduled day of an activity covers one period (the last complete one before it).
* On ``on``, the scheduled days considered are those after ``on`` minus
  ``lookback_months`` months, up to and including ``on``, and not before the schedule's
  ``start``. Older ones are no longer chased.
* An occurrence is **done** when it has been carried out for its period:

  - an activity that runs a suite: the history holds a run of that suite, with the
    activity's scope, whose recorded period is exactly the occurrence's period (a run
    made by hand with ``nav-audit run --suite … --scope … --period FROM..TO`` counts);
  - a report activity (``report: annual``): the report is not a run in the history, so
    its folder ``<output>/<period>/<activity id>/activity.json`` must say ``"status": "ok"``.

* Not done: **due** from its scheduled day through ``grace_days`` days after it
  (default 0: only on the day), **overdue** after that.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from audit.schedule.model import Occurrence, Schedule
from audit.schedule.periods import add_months
from audit.text import t

DUE, OVERDUE, DONE, UPCOMING = "due", "overdue", "done", "upcoming"


def status_label(status: str, lang: str = "nb") -> str:
    """«skal kjøres», «forsinket», «utført», «kommende» (catalogue ``schedule.status.*``)."""
    return t(f"schedule.status.{status}", lang)

MANIFEST = "activity.json"


@dataclass(frozen=True)
class DoneRecord:
    """How an occurrence was carried out: a run in the history, or a report folder."""

    source: str  # "history" | "folder"
    run_id: str | None = None
    as_of: str | None = None
    at: str | None = None  # when it was recorded or written
    where: str | None = None
    older_than: tuple[str, ...] = ()  # a report: runs of its period recorded after it was written

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "run_id": self.run_id, "as_of": self.as_of, "at": self.at, "where": self.where,
                "older_than": list(self.older_than)}


@dataclass(frozen=True)
class DueItem:
    occurrence: Occurrence
    status: str
    days_late: int  # days since the scheduled day (negative: days until it)
    done: DoneRecord | None = None

    def to_json(self, schedule: Schedule, out_root: Path | None = None, lang: str = "nb") -> dict[str, Any]:
        occ, act = self.occurrence, self.occurrence.activity
        return {
            "activity": act.id,
            "title": act.title_in(lang),
            "runs": act.suite or None,
            "report": act.report,
            "scope": act.scope,
            "scheduled": occ.scheduled.isoformat(),
            "period": {"from": occ.period.start.isoformat(), "to": occ.period.end.isoformat(),
                       "label": occ.period.label, "title": occ.period.title(lang)},
            "status": self.status,
            "status_label": status_label(self.status, lang),
            "days_late": self.days_late,
            "responsible": act.responsible,
            "folder": str(schedule.folder(occ, out_root)),
            "done": self.done.to_json() if self.done else None,
        }


def read_manifest(folder: Path) -> dict[str, Any] | None:
    """The ``activity.json`` the runner wrote in an occurrence's folder, if readable."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


class DoneLookup:
    """What has been carried out: history runs by (suite, scope, period) and report folders."""

    def __init__(self, schedule: Schedule, runs: Iterable[dict[str, Any]] = (), out_root: Path | None = None) -> None:
        self.schedule = schedule
        self.out_root = Path(out_root) if out_root else schedule.output
        self._runs: dict[tuple, dict[str, Any]] = {}
        self._all = list(runs)
        for run in self._all:
            period = run.get("period") or {}
            key = (run.get("suite"), run.get("scope"), period.get("from"), period.get("to"))
            # keep the first run recorded for a period: it is the one that made it done
            self._runs.setdefault(key, run)

    @classmethod
    def from_store(cls, store, schedule: Schedule, out_root: Path | None = None) -> "DoneLookup":
        """Read the runs of the schedule's suites from an open history store."""
        runs: list[dict[str, Any]] = []
        for suite in sorted({a.suite for a in schedule.activities if a.suite}):
            runs.extend(store.list_runs(suite=suite))
        return cls(schedule, runs, out_root)

    def find(self, occurrence: Occurrence) -> DoneRecord | None:
        act, period = occurrence.activity, occurrence.period
        if act.suite:
            run = self._runs.get((act.suite, act.scope, period.start.isoformat(), period.end.isoformat()))
            if run is None:
                return None
            return DoneRecord("history", run_id=run.get("id"), as_of=run.get("as_of"),
                              at=run.get("recorded_at") or run.get("created_at"))
        folder = self.schedule.folder(occurrence, self.out_root)
        manifest = read_manifest(folder)
        if not manifest or manifest.get("status") != "ok":
            return None
        if manifest.get("period", {}).get("from") != period.start.isoformat():
            return None
        return DoneRecord("folder", as_of=manifest.get("as_of"), at=manifest.get("finished_at"), where=str(folder),
                          older_than=self._recorded_after(period, manifest.get("finished_at")))

    def _recorded_after(self, period, written: Any) -> tuple[str, ...]:
        """Runs whose period ends in ``period`` and that were recorded after ``written`` (an ISO time): a report
        written before them lacks them (a quarter made up late)."""
        try:
            at = dt.datetime.fromisoformat(str(written))
        except ValueError:
            return ()
        out = []
        for run in self._all:
            end, recorded = (run.get("period") or {}).get("to"), run.get("recorded_at")
            if not end or not recorded or not period.start.isoformat() <= str(end)[:10] <= period.end.isoformat():
                continue
            try:
                later = dt.datetime.fromisoformat(str(recorded)) > at
            except (ValueError, TypeError):  # a time without a zone beside one with: not comparable
                continue
            if later:
                out.append(str(run.get("id")))
        return tuple(out)


def window_start(schedule: Schedule, on: dt.date) -> dt.date:
    """The first scheduled day still chased on ``on`` (the day after ``on`` − lookback, not before ``start``)."""
    first = add_months(on, -schedule.lookback_months) + dt.timedelta(days=1)
    return max(first, schedule.start) if schedule.start else first


def due_items(
    schedule: Schedule,
    on: dt.date,
    done: DoneLookup,
    *,
    include_done: bool = False,
    ahead_days: int = 0,
    only: Iterable[str] = (),
) -> list[DueItem]:
    """Occurrences due or overdue on ``on`` (and done ones, and upcoming ones within ``ahead_days``).

    Sorted by scheduled day, then by the order of the activities in the file.
    """
    wanted = set(only)
    items: list[DueItem] = []
    last = on + dt.timedelta(days=max(ahead_days, 0))
    for occ in schedule.occurrences_between(window_start(schedule, on), last):
        if wanted and occ.activity.id not in wanted:
            continue
        late = (on - occ.scheduled).days
        if late < 0:
            items.append(DueItem(occ, UPCOMING, late))
            continue
        record = done.find(occ)
        if record is not None:
            if include_done:
                items.append(DueItem(occ, DONE, late, record))
            continue
        items.append(DueItem(occ, OVERDUE if late > schedule.grace_days else DUE, late))
    return items


def pending(items: Iterable[DueItem]) -> list[DueItem]:
    """The items that should be run now: due or overdue."""
    return [i for i in items if i.status in (DUE, OVERDUE)]
