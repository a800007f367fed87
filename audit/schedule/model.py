"""The annual control cycle (årshjul) as data: a schedule of control activities.

A :class:`Schedule` is read from a YAML file by :func:`audit.schedule.load_schedule`
(format: ``docs/schedule.md``). Each :class:`Activity` runs a check suite or writes a
report on given days of given months; each such day is an :class:`Occurrence` that
covers one :class:`~audit.schedule.periods.Period` (the last complete month, quarter,
tertial or year before the day).
"""

from __future__ import annotations

import datetime as dt
import string
from dataclasses import dataclass, field
from pathlib import Path

from audit.schedule.periods import Period, clamp_day, kind_label, previous_period

SUITE, REPORT = "suite", "report"
AS_OF_PERIOD_END, AS_OF_RUN_DATE = "period_end", "run_date"
DEFAULT_FORMATS = ("xlsx", "html")


@dataclass(frozen=True)
class InputSpec:
    """One input file of an activity: a path template and its optional mapping (template too)."""

    path: str
    mapping: str | None = None
    line: int | None = None


@dataclass(frozen=True)
class ResolvedInput:
    path: Path
    mapping: Path | None
    template: str


@dataclass
class Activity:
    """One control activity of the annual cycle."""

    id: str
    title: dict[str, str]
    months: tuple[int, ...]
    day: int
    period_kind: str
    suite: str | None = None
    report: str | None = None
    inputs: tuple[InputSpec, ...] = ()
    checks: tuple[str, ...] = ()
    parameters: dict[str, dict[str, object]] = field(default_factory=dict)
    config: str | None = None
    scope: str | None = None
    responsible: str | None = None
    description: str | None = None
    as_of: str = AS_OF_PERIOD_END
    formats: tuple[str, ...] = DEFAULT_FORMATS
    line: int | None = None
    key_lines: dict[str, int] = field(default_factory=dict)
    index: int = 0

    @property
    def kind(self) -> str:
        return SUITE if self.suite else REPORT

    @property
    def runs(self) -> str:
        """What it runs, for listings: «kvp» or «rapport: annual»."""
        return self.suite if self.suite else f"report:{self.report}"

    def line_of(self, key: str) -> int | None:
        """The line of ``key`` in the schedule file (the activity's first line when absent)."""
        return self.key_lines.get(key, self.line)

    def title_in(self, lang: str = "nb") -> str:
        return self.title.get(lang) or self.title.get("nb") or next(iter(self.title.values()), self.id)

    def period_label(self, lang: str = "nb") -> str:
        return kind_label(self.period_kind, lang)

    def scheduled_days(self, year: int) -> list[dt.date]:
        """The days in ``year`` this activity is scheduled (day clamped to the month's last day)."""
        return [clamp_day(year, m, self.day) for m in self.months]

    def occurrences(self, year: int) -> list["Occurrence"]:
        return [Occurrence(self, day, previous_period(self.period_kind, day)) for day in self.scheduled_days(year)]

    def overrides(self) -> list[str]:
        """``parameters`` as run_audit overrides: ``check.param=value``."""
        return [f"{cid}.{name}={value}" for cid, values in self.parameters.items() for name, value in values.items()]


@dataclass(frozen=True)
class Occurrence:
    """One scheduled day of an activity and the period it covers."""

    activity: Activity
    scheduled: dt.date
    period: Period

    @property
    def sort_key(self) -> tuple:
        return (self.scheduled, self.activity.index, self.period.start)

    def as_of(self, run_date: dt.date) -> dt.date:
        """The audit date of the run: the period's last day (default) or the day it is run."""
        return run_date if self.activity.as_of == AS_OF_RUN_DATE else self.period.end


@dataclass
class Schedule:
    """An annual control cycle read from ``path``."""

    path: str
    title: str
    activities: list[Activity]
    base_dir: Path
    output: Path
    scope: str | None = None
    start: dt.date | None = None
    lookback_months: int = 12
    grace_days: int = 0

    def get(self, activity_id: str) -> Activity:
        for a in self.activities:
            if a.id == activity_id:
                return a
        raise KeyError(activity_id)

    def occurrences(self, year: int) -> list[Occurrence]:
        """Every scheduled day of ``year``, in date order (then in the file's order)."""
        found = [o for a in self.activities for o in a.occurrences(year)]
        return sorted(found, key=lambda o: o.sort_key)

    def occurrences_between(self, first: dt.date, last: dt.date) -> list[Occurrence]:
        """Scheduled days from ``first`` to ``last`` (both inclusive), in date order."""
        found = [o for year in range(first.year, last.year + 1) for o in self.occurrences(year)]
        return [o for o in found if first <= o.scheduled <= last]

    def resolve(self, template: str, period: Period) -> Path:
        """A path template filled in for ``period``, relative paths against ``base_dir``."""
        p = Path(template.format(**period.template_fields())).expanduser()
        return p if p.is_absolute() else self.base_dir / p

    def inputs(self, occurrence: Occurrence) -> list[ResolvedInput]:
        return [
            ResolvedInput(
                self.resolve(spec.path, occurrence.period),
                self.resolve(spec.mapping, occurrence.period) if spec.mapping else None,
                spec.path,
            )
            for spec in occurrence.activity.inputs
        ]

    def folder(self, occurrence: Occurrence, out_root: Path | None = None) -> Path:
        """Where an occurrence writes: ``<output>/<period label>/<activity id>/``."""
        return Path(out_root or self.output) / occurrence.period.label / occurrence.activity.id


def template_fields(template: str) -> list[str]:
    """The field names a path template uses ({year}, {month} …)."""
    names = []
    for _text, name, _spec, _conv in string.Formatter().parse(template):
        if name is not None:
            names.append(name)
    return names
