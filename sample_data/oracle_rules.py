"""The engine every suite's independent oracle shares: the common rules of the check
catalogue (``docs/checks.md``, "Common rules"), verdicts, typed rows, the check registry
entry and the run that turns verdicts into a suite's ground truth.

Plain Python (``datetime`` only): it imports nothing from ``audit`` or ``checks`` and
uses no polars or Great Expectations, so that the suites' oracles
(:mod:`sample_data.oracle` for ``kvp``, :mod:`sample_data.oracle_stonad` for ``stonad``)
stay a second, independent reading of the law.
"""

from __future__ import annotations

import calendar
import copy
import statistics
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Callable, Iterable, Mapping

OK, WARNING, DEVIATION, UNKNOWN = "ok", "warning", "deviation", "unknown"
NOT_EVALUATED, BELOW_TARGET = "not_evaluated", "below_target"
_SEVERITY = {OK: 0, WARNING: 1, DEVIATION: 2}

KEY = "case_id"  # the key column of kvp rows; every suite passes its own

# --------------------------------------------------------------------------------------
# Common rules (checks.md, "Common rules")
# --------------------------------------------------------------------------------------


def add_months(d: date, months: int) -> date:
    """D + n months: the same day n months later, or that month's last day if it has none.

    31 January + 1 month = 28 February (29 in a leap year). Negative n goes back.
    """
    total = d.year * 12 + (d.month - 1) + months
    year, month = divmod(total, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(d.day, last))


def days_between(earlier: date, later: date) -> int:
    """Calendar days ``later − earlier`` (negative when ``later`` is before ``earlier``)."""
    return (later - earlier).days


def full_years(born: date, on: date) -> int:
    """Full years between ``born`` and ``on`` (age on ``on``).

    The birthday counts from its own date: born 29 February turns a year older on
    1 March in years without a 29 February.
    """
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def full_months(start: date, end: date) -> int:
    """Whole months from start to end: the largest n with start + n months ≤ end."""
    n = (end.year - start.year) * 12 + (end.month - start.month)
    while n > 0 and add_months(start, n) > end:
        n -= 1
    while add_months(start, n + 1) <= end:
        n += 1
    return n


def versioned(parameter: Any, on: date) -> Any:
    """The value of a parameter for an event on ``on``.

    A plain value applies always; a list of ``{"from", "until", "value"}`` picks the
    entry whose period (both ends inclusive, ``None`` = open) contains ``on``.
    """
    if not isinstance(parameter, list):
        return parameter
    for version in parameter:
        start = as_date(version.get("from"))
        until = as_date(version.get("until"))
        if (start is None or start <= on) and (until is None or on <= until):
            return version["value"]
    raise ValueError(f"no parameter version covers {on.isoformat()}: {parameter!r}")


def as_date(value: Any) -> date | None:
    """A date from a ``date``, ``datetime`` or ISO string; ``None`` for an empty value."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return date.fromisoformat(value)
    raise TypeError(f"not a date: {value!r}")


@dataclass(frozen=True)
class Verdict:
    level: str
    value: Any = None


def unknown() -> Verdict:
    return Verdict(UNKNOWN)


def graded(value: float, warning_above: float, deviation_above: float) -> Verdict:
    """Deviation when ``value`` is above ``deviation_above``, else warning when above
    ``warning_above``, else ok; the verdict carries ``value``."""
    if value > deviation_above:
        return Verdict(DEVIATION, value)
    if value > warning_above:
        return Verdict(WARNING, value)
    return Verdict(OK, value)


class Row:
    """One case row with typed accessors; an absent key, ``None`` or ``""`` is empty.

    ``key`` names the dataset's key column (``case_id`` for kvp, ``application_id``
    for stonad).
    """

    def __init__(self, values: Mapping[str, Any], key: str = KEY):
        self.values = values
        self.key_column = key

    def _raw(self, column: str) -> Any:
        value = self.values.get(column)
        if isinstance(value, str) and value.strip() == "":
            return None
        return value

    def date(self, column: str) -> date | None:
        return as_date(self._raw(column))

    def bool(self, column: str) -> bool | None:
        value = self._raw(column)
        if value is None or isinstance(value, bool):
            return value
        raise TypeError(f"{column}: not a canonical boolean: {value!r}")

    def number(self, column: str) -> float | None:
        value = self._raw(column)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"{column}: not a number: {value!r}")
        return value

    def text(self, column: str) -> str | None:
        value = self._raw(column)
        return None if value is None else str(value).strip() or None

    @property
    def key(self) -> str:
        return str(self.values[self.key_column])

    @property
    def decision(self) -> str | None:
        return self.text("decision")

    @property
    def decided(self) -> bool:
        """checks.md: "Decided" = decision is granted or refused."""
        return self.decision in ("granted", "refused")

    @property
    def granted(self) -> bool:
        return self.decision == "granted"

    @property
    def started(self) -> bool:
        """checks.md: "Started" = program_start_date present."""
        return self.date("program_start_date") is not None

    def age_on(self, on: date) -> int | None:
        """Full years on ``on`` from birth_date; with only birth_year: on.year − birth_year."""
        born = self.date("birth_date")
        if born is not None:
            return full_years(born, on)
        year = self.number("birth_year")
        if year is not None:
            return on.year - int(year)
        return None


# --------------------------------------------------------------------------------------
# Registry: needed columns per check (each inner tuple: any one of them will do)
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OracleCheck:
    id: str
    kind: str  # deviation | indicator | data
    needs: tuple[tuple[str, ...], ...]
    judge: Callable[[Row, date, dict], Verdict | None]
    aggregate: str | None = None  # indicators: "share" | "median"
    target_op: str | None = None  # indicators: ">=" | "<="
    missing_rule: Callable[[set], list[str]] | None = None  # needs that are not "each of these groups"

    def missing_columns(self, columns: Iterable[str]) -> list[str]:
        have = set(columns)
        if self.missing_rule is not None:
            return sorted(self.missing_rule(have))
        missing: list[str] = []
        for alternatives in self.needs:
            if not any(c in have for c in alternatives):
                missing.extend(alternatives)
        return sorted(missing)




def parameters(overrides: Mapping[str, Mapping[str, Any]] | None,
               defaults: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """``defaults`` (one suite's parameters as checks.md gives them) with ``overrides``
    ({check_id: {name: value}}) applied; unknown ids or names raise ``ValueError``."""
    merged = copy.deepcopy(dict(defaults))
    for check_id, values in overrides.items() if overrides else ():
        if check_id not in merged:
            raise ValueError(f"unknown check with parameters: {check_id!r}")
        for name, value in values.items():
            if name not in merged[check_id]:
                raise ValueError(f"{check_id}: unknown parameter {name!r}")
            merged[check_id][name] = copy.deepcopy(value)
    return merged

# --------------------------------------------------------------------------------------
# Running all checks over the rows
# --------------------------------------------------------------------------------------


def judge_rows(check: OracleCheck, records: Iterable[Mapping[str, Any]], as_of: date,
               params: Mapping[str, Any] | None = None, key: str = KEY) -> dict[str, Verdict]:
    """Verdicts of one check for every row it applies to: {key: Verdict}."""
    p = dict((params or {}).get(check.id, {}))
    out: dict[str, Verdict] = {}
    for values in records:
        row = Row(values, key)
        verdict = check.judge(row, as_of, p)
        if verdict is not None:
            out[row.key] = verdict
    return out


def evaluate_check(check: OracleCheck, records: list[Mapping[str, Any]], as_of: date,
                   params: Mapping[str, Any], columns: Iterable[str], key: str = KEY) -> dict[str, Any]:
    """One check's ground truth: status, counts, sorted keys per level, indicator value."""
    result: dict[str, Any] = {
        "kind": check.kind, "status": OK, "evaluated": 0, "failed": 0, "warned": 0, "unknown": 0,
        "deviation": [], "warning": [], "unknown_keys": [], "value": None, "measures": {},
        "missing_columns": check.missing_columns(columns),
    }
    if result["missing_columns"]:
        result["status"] = NOT_EVALUATED
        return result
    verdicts = judge_rows(check, records, as_of, params, key)
    by_level: dict[str, list[str]] = {OK: [], WARNING: [], DEVIATION: [], UNKNOWN: []}
    for key, verdict in verdicts.items():
        by_level[verdict.level].append(key)
    result["evaluated"] = len(by_level[OK]) + len(by_level[WARNING]) + len(by_level[DEVIATION])
    result["unknown"] = len(by_level[UNKNOWN])
    result["unknown_keys"] = sorted(by_level[UNKNOWN])
    if check.kind == "indicator":
        measures = [verdicts[k].value for k in by_level[OK]]
        if measures:
            value = sum(measures) / len(measures) if check.aggregate == "share" else statistics.median(measures)
            result["value"] = value
            target = params[check.id]["target_share" if check.aggregate == "share" else "target_days"]
            met = value >= target if check.target_op == ">=" else value <= target
            result["status"] = OK if met else BELOW_TARGET
        return result
    result["failed"] = len(by_level[DEVIATION])
    result["warned"] = len(by_level[WARNING])
    result["deviation"] = sorted(by_level[DEVIATION])
    result["warning"] = sorted(by_level[WARNING])
    result["measures"] = {k: verdicts[k].value for k in sorted(by_level[DEVIATION] + by_level[WARNING])}
    worst = max((_SEVERITY[v.level] for v in verdicts.values() if v.level != UNKNOWN), default=0)
    result["status"] = {0: OK, 1: WARNING, 2: DEVIATION}[worst]
    return result


def suite_ground_truth(checks: Iterable[OracleCheck], defaults: Mapping[str, Mapping[str, Any]], key: str,
                       records: Iterable[Mapping[str, Any]], as_of: date,
                       params: Mapping[str, Mapping[str, Any]] | None = None,
                       columns: Iterable[str] | None = None) -> dict[str, Any]:
    """Ground truth of ``checks`` (one suite) for canonical ``records`` on ``as_of``.

    Returns ``{"as_of", "parameters", "checks": {check_id: {...}}}``; per check:
    ``status`` (ok / warning / deviation / not_evaluated; indicators ok /
    below_target), ``evaluated``, ``failed``, ``warned``, ``unknown``, sorted key
    lists ``deviation``, ``warning``, ``unknown_keys``, indicator ``value``,
    ``missing_columns``, ``kind`` and ``measures`` ({key: measured value} of the
    rows at warning or deviation).
    """
    records = list(records)
    as_of = as_date(as_of)
    used = parameters(params, defaults)
    if columns is None:
        seen: set[str] = set()
        for r in records:
            seen.update(r.keys())
        columns = seen
    columns = set(columns)
    keys = [str(r.get(key)) for r in records]
    if len(set(keys)) != len(keys) or any(r.get(key) in (None, "") for r in records):
        raise ValueError(f"{key} must be present and unique in every row")
    return {
        "as_of": as_of.isoformat(),
        "parameters": used,
        "checks": {c.id: evaluate_check(c, records, as_of, used, columns, key) for c in checks},
    }
