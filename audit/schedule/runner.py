"""Carry out what is due: run each due activity for its period and record it.

:func:`run_due` is what ``nav-audit schedule run`` calls (e.g. nightly from cron). Each
due occurrence runs on its own: a missing input file, an unreadable export or a report
that this installation cannot write fails that occurrence (with a message naming the
file) and the others still run. Every occurrence writes its files and an
``activity.json`` (what ran, for which period, with which outcome) into
``<output>/<period label>/<activity id>/``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from audit.errors import EXIT_FINDINGS, EXIT_OK, InputError
from audit.io import atomic_write_json
from audit.privacy import safe_value
from audit.schedule.due import MANIFEST, DoneLookup, DueItem, due_items, pending, read_manifest
from audit.schedule.model import Occurrence, Schedule
from audit.text import t

EXIT_ACTIVITY_FAILED = 4  # some activity could not be carried out (missing input, report not available …)

OK, FAILED = "ok", "failed"
LEVELS = {"warning": 1, "deviation": 2}


@dataclass
class ActivityOutcome:
    """What happened to one due occurrence."""

    item: DueItem
    status: str  # ok | failed
    folder: Path
    message: str | None = None
    run_id: str | None = None
    as_of: dt.date | None = None
    missing: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    worst: str | None = None  # worst finding level among the activity's checks: warning | deviation | None
    counts: dict[str, int] = field(default_factory=dict)
    by_other: bool = False  # another `schedule run` recorded this period meanwhile (its files stand)

    @property
    def occurrence(self) -> Occurrence:
        return self.item.occurrence

    def reached(self, level: str | None) -> bool:
        return bool(level) and self.worst is not None and LEVELS[self.worst] >= LEVELS[level]


@dataclass
class ScheduleRun:
    on: dt.date
    outcomes: list[ActivityOutcome]

    @property
    def failed(self) -> list[ActivityOutcome]:
        return [o for o in self.outcomes if o.status == FAILED]

    def exit_code(self, fail_on: str | None = None) -> int:
        """4 when an activity failed, else 1 when one reached ``fail_on``, else 0."""
        if self.failed:
            return EXIT_ACTIVITY_FAILED
        if fail_on and any(o.reached(fail_on) for o in self.outcomes):
            return EXIT_FINDINGS
        return EXIT_OK


def _worst(results: dict[str, Any], focus: tuple[str, ...]) -> tuple[str | None, dict[str, int]]:
    """Worst status among the focus checks (all checks when no focus) and counts by status."""
    worst, counts = None, {}
    for check in results.get("checks", []):
        if focus and check["id"] not in focus:
            continue
        status = check.get("status")
        counts[status] = counts.get(status, 0) + 1
        if status in LEVELS and (worst is None or LEVELS[status] > LEVELS[worst]):
            worst = status
    return worst, counts


def run_due(
    schedule: Schedule,
    on: dt.date,
    *,
    history: str | None = None,
    out_root: str | Path | None = None,
    lang: str = "nb",
    only: Iterable[str] = (),
    problems: dict[str, list[InputError]] | None = None,
    progress: Callable[[str], None] | None = None,
    now: Callable[[], dt.datetime] | None = None,
    overwrite: bool = False,
) -> ScheduleRun:
    """Run every activity due or overdue on ``on`` for its period; record suite runs in ``history``.

    ``problems`` are catalogue problems per activity id (:func:`catalogue_problems`): such
    an activity fails with them instead of running. A suite activity whose folder already
    holds a results.json (a run that was never recorded, e.g. killed) fails without
    touching it unless ``overwrite``.
    """
    from audit.history import open_store, resolve_location

    say = progress or (lambda _text: None)
    clock = now or (lambda: dt.datetime.now(dt.timezone.utc))
    out = Path(out_root) if out_root else schedule.output
    location = resolve_location(history)
    with open_store(location) as store:
        lookup = DoneLookup.from_store(store, schedule, out)
    items = pending(due_items(schedule, on, lookup, only=only))
    outcomes = []
    for item in items:
        occ = item.occurrence
        say(f"{occ.activity.id}: {occ.period.title(lang)}")
        outcome = _run_one(schedule, item, on, out, location, lang, (problems or {}).get(occ.activity.id), clock,
                           overwrite)
        outcomes.append(outcome)
    return ScheduleRun(on, outcomes)


def _run_one(schedule: Schedule, item: DueItem, on: dt.date, out: Path, history: str, lang: str,
             problems: list[InputError] | None, clock, overwrite: bool = False) -> ActivityOutcome:
    occ, act = item.occurrence, item.occurrence.activity
    folder = schedule.folder(occ, out)
    outcome = ActivityOutcome(item, FAILED, folder, as_of=occ.as_of(on))
    started = clock()
    try:
        if problems:
            outcome.message = " ".join(p.render(lang) for p in problems)  # file, line, key
        elif act.suite:
            _run_suite(schedule, occ, on, folder, history, lang, outcome, overwrite)
        else:
            _run_report(occ, folder, history, lang, outcome)
    except InputError as exc:
        outcome.status, outcome.message = FAILED, exc.render(lang)
    except Exception as exc:  # noqa: BLE001 - one broken activity must not stop the others
        outcome.status = FAILED
        outcome.message = t("schedule.run.internal_error", lang, error=f"{type(exc).__name__}: {safe_value(exc, 300)}")
    if not outcome.by_other:  # the run that did the period wrote its own activity.json
        _write_manifest(schedule, outcome, on, started, clock())
    return outcome


def _run_suite(schedule: Schedule, occ: Occurrence, on: dt.date, folder: Path, history: str, lang: str,
               outcome: ActivityOutcome, overwrite: bool = False) -> None:
    from audit.pipeline import run_audit

    act = occ.activity
    if not overwrite and (folder / "results.json").exists():
        outcome.message = t("schedule.run.exists", lang, folder=folder)
        return
    inputs = schedule.inputs(occ)
    missing = [str(i.path) for i in inputs if not i.path.is_file()]
    missing += [str(i.mapping) for i in inputs if i.mapping is not None and not i.mapping.is_file()]
    if missing:
        outcome.missing = missing
        files, n, period = ", ".join(missing), len(missing), occ.period.title(lang)
        key = "schedule.run.missing_one" if n == 1 else "schedule.run.missing_many"
        outcome.message = t(key, lang, count=n, period=period, files=files)
        return
    mappings = [str(i.mapping) if i.mapping else "-" for i in inputs] if any(i.mapping for i in inputs) else []
    config = str(schedule.resolve(act.config, occ.period)) if act.config else None
    from audit.history import AlreadyRecorded

    try:
        result = run_audit(
            [str(i.path) for i in inputs],
            suite=act.suite,
            mappings=mappings,
            as_of=occ.as_of(on),
            config=config,
            overrides=act.overrides(),
            out_dir=folder,
            scope=act.scope,
            period=(occ.period.start, occ.period.end),
            lang=lang,
            formats=act.formats,
            history=history,
            record_history=True,
            once_per_period=True,
            overwrite=overwrite,
        )
    except AlreadyRecorded as done:  # another `schedule run` did this period meanwhile: nothing to do
        outcome.status, outcome.run_id, outcome.message, outcome.by_other = OK, done.run_id, done.render(lang), True
        return
    outcome.status = OK
    outcome.run_id = result.results["run"]["id"]
    outcome.files = [str(f) for f in result.files]
    outcome.worst, outcome.counts = _worst(result.results, act.checks)


def annual_report_writer() -> Callable:
    """The annual report writer (looked up at call time, so tests can stand in for it)."""
    from audit.annual import write_annual_report

    return write_annual_report


def _run_report(occ: Occurrence, folder: Path, history: str, lang: str, outcome: ActivityOutcome) -> None:
    act = occ.activity
    if act.report == "annual":
        try:
            # a report activity's own scope picks the line it reports (docs/annual.md)
            written = annual_report_writer()(occ.period.year, folder, history=history, lang=lang, scope=act.scope)
        except InputError as exc:  # e.g. no runs in the history for that year: the activity failed
            outcome.message = exc.render(lang)
            return
        outcome.status = OK
        if isinstance(written, (str, Path)):
            outcome.files = [str(written)]
        elif isinstance(written, Iterable):
            outcome.files = [str(f) for f in written if isinstance(f, (str, Path))]
        return
    outcome.message = t("schedule.run.unknown_report", lang, report=act.report)


def _write_manifest(schedule: Schedule, outcome: ActivityOutcome, on: dt.date, started: dt.datetime,
                    finished: dt.datetime) -> None:
    """``activity.json`` in the occurrence's folder. A failed attempt never replaces an ok one."""
    occ, act = outcome.occurrence, outcome.occurrence.activity
    previous = read_manifest(outcome.folder)
    if outcome.status == FAILED and previous and previous.get("status") == "ok":
        return
    atomic_write_json(outcome.folder / MANIFEST, {
        "schedule": {"path": schedule.path, "title": schedule.title},
        "activity": {"id": act.id, "title": act.title, "suite": act.suite, "report": act.report,
                     "scope": act.scope, "checks": list(act.checks), "responsible": act.responsible},
        "scheduled": occ.scheduled.isoformat(),
        "period": {"from": occ.period.start.isoformat(), "to": occ.period.end.isoformat(), "label": occ.period.label},
        "run_on": on.isoformat(),
        "as_of": outcome.as_of.isoformat() if outcome.as_of else None,
        "started_at": started.isoformat(timespec="seconds"),
        "finished_at": finished.isoformat(timespec="seconds"),
        "status": outcome.status,
        "message": outcome.message,
        "missing_inputs": outcome.missing,
        "run_id": outcome.run_id,
        "worst": outcome.worst,
        "files": [Path(f).name for f in outcome.files],
    })
