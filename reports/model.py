"""Turn a results.json document into a view model both renderers print as it is.

The view model holds every value twice: ``raw`` (a real ``int``/``float``/``date``,
for Excel) and ``text`` (formatted in Norwegian or English style, for HTML), plus
a ``kind`` telling a renderer how to show it. Renderers never decide a rule: the
levels, counts and statuses come from the results file; this module only looks
them up, translates them, formats them and sorts them.

The results file may be older than this module or partial (a check that was not
evaluated, an indicator without a value, no ``by_office``, no ``details``): every
key is optional here and a missing one is shown as "–".
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable

from audit.privacy import safe_value
from audit.text import DEFAULT_LANG, Translator
from audit.text import Formatter as TextFormatter
from audit.text import t as text_t
from reports import explain

# Value kinds: how a renderer shows a value (Excel number format, HTML alignment).
INT, NUMBER, PERCENT, DATE, DATETIME, TEXT, BOOL, EMPTY = (
    "int", "number", "percent", "date", "datetime", "text", "bool", "empty",
)
NUMERIC_KINDS = (INT, NUMBER, PERCENT)

STATUS_ORDER = {"deviation": 0, "below_target": 1, "warning": 2, "not_evaluated": 3, "error": 3, "ok": 4}
LEVEL_ORDER = {"deviation": 0, "warning": 1}
# Detail keys never shown even if a results file carries them: birth dates identify,
# free text may hold anything (architecture.md: "never birth dates or free text").
HIDDEN_DETAILS = frozenset({"birth_date", "birth_year", "extension_reason", "exception_20a_reason"})
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # never shown: invalid in XLSX, noise in HTML
_OPS = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "==": "=", "=": "="}
TEXT_LIMIT = 2000  # longest text from data shown in a cell


@dataclass(frozen=True)
class Val:
    """One value to show: ``raw`` for Excel, ``text`` for HTML, ``kind`` for both."""

    raw: Any
    text: str
    kind: str

    @property
    def numeric(self) -> bool:
        return self.kind in NUMERIC_KINDS


# --------------------------------------------------------------------------- formatting


class Formatter:
    """Numbers, percentages and dates in the style of one language.

    Bokmål: ``1 234,5``, ``12,3 %``, ``22.11.2026``. English: ``1,234.5``, ``12.3%``,
    ``22 Nov 2026``. The formatting itself is :class:`audit.text.Formatter` (Babel);
    this class wraps it into :class:`Val` (raw value, text, kind) for the renderers.
    """

    def __init__(self, t: Translator) -> None:
        self.t = t
        self.lang = t.lang
        self.dash = t("none")
        self.babel = TextFormatter(t.lang)
        self._numbers: dict[tuple, str] = {}

    # -- primitives (Babel, through audit.text.Formatter)
    def number_text(self, x: float | int, decimals: int = 2) -> str:
        if isinstance(x, bool):
            return self.t("yes") if x else self.t("no")
        key = (x, decimals)
        text = self._numbers.get(key)
        if text is None:  # Babel formats slowly (~0.2 ms); case values repeat a lot
            text = self._numbers[key] = self.babel.number(x, decimals)
        return text

    def percent_text(self, share: float) -> str:
        """Always one decimal (``0,7 %``, ``1,0 %``) so a column of rates reads evenly."""
        return self.babel.percent(share, 1, fixed=True)

    def date_text(self, d: date) -> str:
        return self.babel.date(d)

    # -- values
    def empty(self) -> Val:
        return Val(None, self.dash, EMPTY)

    def number(self, x: Any) -> Val:
        """A number: whole numbers as ``int`` (kind INT), others as ``float`` (kind NUMBER)."""
        if x is None:
            return self.empty()
        if isinstance(x, bool):
            return self.bool(x)
        if isinstance(x, (int, float)) and math.isfinite(x):
            if float(x).is_integer():
                return Val(int(x), self.number_text(x), INT)
            return Val(float(x), self.number_text(x), NUMBER)
        return self.text(x)


    def percent(self, share: Any) -> Val:
        if isinstance(share, (int, float)) and not isinstance(share, bool) and math.isfinite(share):
            return Val(float(share), self.percent_text(float(share)), PERCENT)
        return self.empty() if share is None else self.text(share)

    def date(self, x: Any) -> Val:
        d = parse_date(x)
        if d is None:
            return self.empty() if x in (None, "") else self.text(x)
        return Val(d, self.date_text(d), DATE)

    def datetime(self, x: Any) -> Val:
        if isinstance(x, str):
            try:
                dt = datetime.fromisoformat(x.replace("Z", "+00:00"))
            except ValueError:
                return self.text(x)
        elif isinstance(x, datetime):
            dt = x
        else:
            return self.empty() if x is None else self.text(x)
        naive = dt.replace(tzinfo=None, microsecond=0)
        return Val(naive, f"{self.date_text(naive.date())} {naive:%H:%M}", DATETIME)

    def bool(self, x: Any) -> Val:
        if x is None:
            return self.empty()
        return Val(self.t("yes") if x else self.t("no"), self.t("yes") if x else self.t("no"), BOOL)

    def text(self, x: Any) -> Val:
        if x is None or x == "":
            return self.empty()
        text = _CONTROL.sub("", safe_value(x, TEXT_LIMIT))
        return Val(text, text, TEXT)

    def measured(self, x: Any, unit: str | None) -> Val:
        """A measured value in the check's unit: shares as percent, the rest as numbers."""
        if unit == "share":
            return self.percent(x)
        return self.number(x)

    def with_unit(self, x: Any, unit: str | None) -> str:
        v = self.measured(x, unit)
        if v.kind == EMPTY or unit in (None, "share", "count") or not v.numeric:
            return v.text
        return explain.value_with_unit(self.babel, x, unit) or v.text

    def measured_unit(self, x: Any, unit: str | None) -> Val:
        """A measured value whose text carries its unit (``45 dager``); ``raw`` stays the number."""
        v = self.measured(x, unit)
        return Val(v.raw, self.with_unit(x, unit), v.kind) if v.numeric else v

    def detail(self, column: str, x: Any) -> Val:
        """A value from a case's ``details``: dates become dates, codes are translated."""
        if x == "":
            return self.empty()
        if isinstance(x, str):
            if _ISO_DATE.match(x) or (len(x) > 10 and _ISO_DATE.match(x[:10]) and x[10] in "T "):
                d = parse_date(x)
                if d is not None:
                    return Val(d, self.date_text(d), DATE)
            key = f"value.{column}.{x}"
            if self.t.has(key):
                word = self.t(key)
                return Val(word, word, TEXT)
            return self.text(x)
        return self.any(x)  # None, yes/no, numbers, anything else as JSON text

    def any(self, x: Any) -> Val:
        """A parameter or other value of unknown type."""
        if x is None:
            return self.empty()
        if isinstance(x, bool):
            return self.bool(x)
        if isinstance(x, (int, float)):
            return self.number(x)
        if isinstance(x, str):
            return self.date(x) if _ISO_DATE.match(x) else self.text(x)
        return self.text(json.dumps(x, ensure_ascii=False, default=str))


def parse_date(x: Any) -> date | None:
    if isinstance(x, datetime):
        return x.date()
    if isinstance(x, date):
        return x
    if isinstance(x, str) and len(x) >= 10 and _ISO_DATE.match(x[:10]):
        try:
            return date.fromisoformat(x[:10])
        except ValueError:
            return None
    return None


# --------------------------------------------------------------------------- view model


@dataclass
class Status:
    code: str  # ok | warning | deviation | not_evaluated | below_target | error | anything else
    label: str

    @property
    def order(self) -> int:
        return STATUS_ORDER.get(self.code, 3)


@dataclass
class FollowUpView:
    """One follow-up action from the history (results annotated by ``apply_annotations``)."""

    status: str  # open | in_progress | done | not_relevant | anything else
    status_label: str
    responsible: Val
    action: Val
    due: Val
    note: Val
    overdue: bool
    overdue_label: str  # the word ("FORFALT"/"OVERDUE") when overdue, else ""
    text: str  # one line: status, responsible, action, due date, the overdue word


@dataclass
class CaseRow:
    key: Val
    level: str
    level_label: str
    value: Val
    office: Val
    municipality: Val
    caseworker: Val
    details: dict[str, Val]
    lifecycle: Val | None = None  # "ny" / "vedvarende siden 30.06.2025"; None without history
    lifecycle_state: str = ""
    follow_ups: list[FollowUpView] = field(default_factory=list)
    follow_ups_text: Val | None = None  # the follow-ups on one line each; None without history
    limit: Val | None = None  # the limit that applied ("30 dager", "frist 31.12.2025")
    reason: Val | None = None  # why the case is listed, in words
    rule: Val | None = None  # "regel fra 01.01.2019" for a dated rule
    unit: str | None = None  # the unit of value (the case's own, else the check's)

    @property
    def facts_text(self) -> str:
        """The case's facts on one line, for the page (the workbook has one column each)."""
        return " · ".join(f"{label}: {v.text}" for label, v in self.fact_labels if v.kind != EMPTY)

    fact_labels: list = field(default_factory=list)  # [(label, Val)] in the check's detail order


@dataclass
class EarlierFinding:
    """A finding of an earlier run not among this run's cases: resolved, or its check not assessed now."""

    state: str  # resolved | not_assessed
    state_label: str
    key: Val
    level: str
    level_label: str
    value: Val
    office: Val
    municipality: Val
    last_seen: Val
    since: Val
    follow_ups: list[FollowUpView]
    follow_ups_text: Val


@dataclass
class LifecycleView:
    """A check's lifecycle counts against the previous run (results annotated by the history)."""

    compared_with: Val  # the previous run's as_of, "–" for the first run
    new: Val
    persisting: Val
    resolved: Val
    not_assessed: Val
    overdue: Val
    line: str  # "Sammenlignet med 30.06.2025: 2 nye, 3 vedvarende, 1 løst"
    earlier: list[EarlierFinding]  # resolved first, then not assessed


@dataclass
class OfficeFigure:
    office: str
    municipality: str
    evaluated: Val
    failed: Val
    warned: Val
    unknown: Val
    value: Val


@dataclass
class CheckView:
    id: str
    title: str
    kind: str
    kind_label: str
    status: Status
    legal_basis: Val
    applies_to: Val
    measure: Val
    unit: str | None
    unit_label: str
    evaluated: Val
    failed: Val
    warned: Val
    unknown: Val
    rate: Val
    value: Val
    target: Val
    missing_columns: list[str]
    error: str | None
    note: str
    cases: list[CaseRow]
    detail_columns: list[tuple[str, str]]  # (column, label)
    by_office: list[OfficeFigure]
    parameters: dict[str, Any]
    rule_versions: list[dict]
    unknown_keys: list[Val] = field(default_factory=list)  # rows the check could not judge
    lifecycle: LifecycleView | None = None  # None when the results carry no history
    follow_ups: list[FollowUpView] = field(default_factory=list)  # on the whole check
    thresholds: list[str] = field(default_factory=list)  # "Avvik over: 30 dager", in words
    basis: str = ""  # law | practice | "" (older results)
    basis_label: str = ""  # "lovkrav" / "god praksis"
    legal_sources: str = ""  # "sosialtjenesteloven § 29 1. ledd; …"
    in_force: str = ""  # "i kraft fra 01.01.2019"
    anchor: str = ""  # HTML id of the check's cases section
    requirement: Val | None = None  # the requirement in plain words (results with the rules' keys)

    @property
    def rate_value(self) -> float | None:
        return self.rate.raw if self.rate.kind == PERCENT else None

    @property
    def is_indicator(self) -> bool:
        return self.kind == "indicator"

    @property
    def not_evaluated(self) -> bool:
        return self.status.code in ("not_evaluated", "error") or bool(self.error)

    @property
    def counts_deviations(self) -> bool:
        """Deviation and data checks that were evaluated: the ones in the chart and the matrix."""
        return not self.is_indicator and not self.not_evaluated

    @property
    def failed_count(self) -> int:
        return self.failed.raw if isinstance(self.failed.raw, int) else 0

    @property
    def warned_count(self) -> int:
        return self.warned.raw if isinstance(self.warned.raw, int) else 0


@dataclass
class MatrixRow:
    label: str
    municipality: str
    cells: list[Val]  # deviations per check (counts)
    total: Val
    rates: list[Val] = field(default_factory=list)  # failed / evaluated per check ("–" where unknown)
    evaluated: list[Val] = field(default_factory=list)  # cases evaluated per check
    worst: list[bool] = field(default_factory=list)  # this row has the check's highest rate


@dataclass
class Matrix:
    columns: list[CheckView]
    rows: list[MatrixRow]
    totals: list[Val]
    grand_total: Val


@dataclass
class KeyValue:
    label: str
    value: Val


@dataclass
class ReportModel:
    lang: str
    t: Translator
    fmt: Formatter
    title: str
    subtitle: str
    headline: str
    headline_cases: str
    facts: list[KeyValue]
    checks: list[CheckView]
    not_evaluated: list[CheckView]
    indicators: list[CheckView]
    office_matrix: Matrix
    municipality_matrix: Matrix | None
    indicator_matrix: Matrix | None
    run_facts: list[KeyValue]
    dataset_facts: list[KeyValue]
    inputs: list[dict[str, Val]]
    mapping_columns: list[dict[str, Val]]
    mapping_values: list[dict[str, Val]]
    mapping_options: list[dict[str, Val]]
    parameters: list[dict[str, Val]]
    rule_versions: list[dict[str, Val]]
    input_issues: list[dict[str, Val]]
    case_total: int
    generated_by: str = ""
    detail_columns: list[tuple[str, str]] = field(default_factory=list)  # union over checks
    findings: list[dict] = field(default_factory=list)  # draft findings per theme (audit.findings)
    history_line: str = ""  # "Sammenlignet med kjøringen per …"; "" when the results carry no history
    history_on: Val | None = None  # the date overdue was judged on
    distinct_cases: int = 0  # different case keys among the findings (a case can fail several checks)

    @property
    def has_history(self) -> bool:
        """The results were annotated by the history (``nav-audit run`` without --no-history)."""
        return any(c.lifecycle is not None for c in self.checks)

    @property
    def earlier_findings(self) -> list[tuple["CheckView", "EarlierFinding"]]:
        return [(c, f) for c in self.checks if c.lifecycle for f in c.lifecycle.earlier]

    @property
    def all_follow_ups(self) -> list[tuple["CheckView", Val, FollowUpView]]:
        """Every follow-up attached to this run: (check, what it concerns, follow-up), check by check."""
        out = []
        for c in self.checks:
            for fu in c.follow_ups:
                whole = self.t("followup.whole_check")
                out.append((c, Val(whole, whole, TEXT), fu))
            for case in c.cases:
                out.extend((c, case.key, fu) for fu in case.follow_ups)
            if c.lifecycle:
                for f in c.lifecycle.earlier:
                    out.extend((c, f.key, fu) for fu in f.follow_ups)
        return out

    @property
    def case_checks(self) -> list[CheckView]:
        return [c for c in self.checks if c.cases]


# --------------------------------------------------------------------------- building


def _dict(x: Any) -> dict:
    return x if isinstance(x, dict) else {}


def _list(x: Any) -> list:
    return x if isinstance(x, list) else []


def _records(items: Any, fields: dict[str, Any]) -> list[dict[str, Val]]:
    """One row per item of the list ``items``: {field: shown(item[field])} for ``fields`` {field: shown}."""
    return [{name: shown(_dict(item).get(name)) for name, shown in fields.items()} for item in _list(items)]


def _str(x: Any) -> str:
    return "" if x is None else _CONTROL.sub("", safe_value(x, TEXT_LIMIT))


def _localized(x: Any, lang: str) -> str:
    if isinstance(x, dict):
        return _str(x.get(lang) or x.get(DEFAULT_LANG) or next((v for v in x.values() if v), ""))
    return _str(x)


def _case_sort_key(case: dict) -> tuple:
    level = LEVEL_ORDER.get(case.get("level"), 2)
    value = case.get("value")
    has_number = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    return (level, 0 if has_number else 1, -value if has_number else 0, str(case.get("key", "")))


def sort_cases(cases: Iterable[dict]) -> list[dict]:
    """Worst first: deviation before warning, then the larger value, then the key."""
    return sorted((c for c in cases if isinstance(c, dict)), key=_case_sort_key)


def _target_text(fmt: Formatter, target: Any, unit: str | None) -> Val:
    target = _dict(target)
    if "value" not in target:
        return fmt.empty()
    op = _OPS.get(str(target.get("op", "")), str(target.get("op", "")))
    text = fmt.t("target.value", op=op, value=fmt.with_unit(target["value"], unit)).strip()
    return Val(text, text, TEXT)


def _versioned_text(fmt: Formatter, versions: list) -> str:
    parts = []
    for v in versions:
        v = _dict(v)
        value = fmt.any(v.get("value")).text
        start, until = parse_date(v.get("from")), parse_date(v.get("until"))
        if start and until:
            parts.append(fmt.t("method.versioned_between", value=value, start=fmt.date_text(start), until=fmt.date_text(until)))
        elif until:
            parts.append(fmt.t("method.versioned_until", value=value, until=fmt.date_text(until)))
        elif start:
            parts.append(fmt.t("method.versioned_from", value=value, start=fmt.date_text(start)))
        else:
            parts.append(fmt.t("method.versioned_always", value=value))
    return "; ".join(parts)


def _is_versioned(x: Any) -> bool:
    return isinstance(x, list) and bool(x) and all(isinstance(v, dict) and "value" in v for v in x)


def parameter_value(fmt: Formatter, x: Any) -> Val:
    if _is_versioned(x):
        text = _versioned_text(fmt, x)
        return Val(text, text, TEXT)
    if isinstance(x, list):
        text = ", ".join(fmt.any(v).text for v in x)
        return Val(text, text, TEXT)
    if isinstance(x, dict):
        text = ", ".join(f"{k}: {fmt.any(v).text}" for k, v in x.items())
        return Val(text, text, TEXT)
    return fmt.any(x)


def _column_label(t: Translator, column: str) -> str:
    """A column in words: the catalogue's column name, else a parameter's word, never the code name."""
    key = f"column.{column}"
    if t.has(key):
        return t(key)
    return explain.param_label(t.lang, "", column)


def _label(t: Translator, key: str, fallback: Any, code: str) -> str:
    """The word for a code from i18n, else the file's own label (nb/en), else the code."""
    if t.has(key):
        return t(key)
    return _localized(fallback, t.lang) or _str(code)


def _follow_up(fu: dict, t: Translator, fmt: Formatter) -> FollowUpView:
    status = _str(fu.get("status"))
    label = _label(t, f"followup.status.{status}", fu.get("status_label"), status)
    overdue = fu.get("overdue") is True
    due = fmt.date(fu.get("due_date"))
    responsible, action, note = fmt.text(fu.get("responsible")), fmt.text(fu.get("action")), fmt.text(fu.get("note"))
    parts = [label]
    parts += [v.text for v in (responsible, action) if v.kind != EMPTY]
    if due.kind != EMPTY:
        parts.append(t("followup.due", date=due.text))
    if note.kind != EMPTY:
        parts.append(f"({note.text})")
    overdue_label = t("followup.overdue") if overdue else ""
    if overdue:
        parts.append(overdue_label)
    return FollowUpView(status, label, responsible, action, due, note, overdue, overdue_label, " – ".join(parts))


def _follow_ups(items: Any, t: Translator, fmt: Formatter) -> list[FollowUpView]:
    return [_follow_up(_dict(fu), t, fmt) for fu in _list(items)]


def _follow_ups_text(fus: list[FollowUpView], fmt: Formatter) -> Val:
    if not fus:
        return fmt.empty()
    text = "\n".join(fu.text for fu in fus)
    return Val(text, text, TEXT)


def _case_lifecycle(raw: Any, t: Translator, fmt: Formatter) -> tuple[Val, str]:
    """The state word of a case, with "siden dd.mm.yyyy" for a persisting one."""
    life = _dict(raw)
    state = _str(life.get("state"))
    word = _label(t, f"lifecycle.{state}", life.get("state_label"), state)
    since = fmt.date(_dict(life.get("since")).get("as_of"))
    if state == "persisting" and since.kind == DATE:
        word = t("lifecycle.since", state=word, date=since.text)
    return (Val(word, word, TEXT) if word else fmt.empty()), state


def _earlier(f: dict, state: str, unit: str | None, t: Translator, fmt: Formatter) -> EarlierFinding:
    level = _str(f.get("level"))
    fus = _follow_ups(f.get("follow_ups"), t, fmt)
    return EarlierFinding(
        state=state,
        state_label=t(f"lifecycle.{state}"),
        key=fmt.text(f.get("key")),
        level=level,
        level_label=t(f"level.{level}") if t.has(f"level.{level}") else _str(level),
        value=fmt.measured(f.get("value"), unit),
        office=fmt.text(f.get("office")),
        municipality=fmt.text(f.get("municipality")),
        last_seen=fmt.date(_dict(f.get("last_seen")).get("as_of")),
        since=fmt.date(_dict(f.get("since")).get("as_of")),
        follow_ups=fus,
        follow_ups_text=_follow_ups_text(fus, fmt),
    )


def _lifecycle(raw: Any, unit: str | None, t: Translator, fmt: Formatter) -> LifecycleView | None:
    if not isinstance(raw, dict):
        return None
    counts = _dict(raw.get("counts"))
    compared = fmt.date(_dict(raw.get("compared_with")).get("as_of"))
    n = {k: counts.get(k) if isinstance(counts.get(k), int) else 0
         for k in ("new", "persisting", "resolved", "not_assessed", "overdue")}
    if raw.get("assessed") is False:
        line = t("history.check_not_assessed")
    elif compared.kind == DATE:
        line = t("history.check_line", as_of=compared.text, **{k: fmt.number_text(v) for k, v in n.items()})
    else:
        line = t("history.check_first", new=fmt.number_text(n["new"]))
    if n["not_assessed"]:
        line += ": " if raw.get("assessed") is False else ", "
        line += t("history.summary_not_assessed", count=fmt.number_text(n["not_assessed"]))
    if n["overdue"]:
        line += "; " + t("history.summary_overdue", count=fmt.number_text(n["overdue"]))
    earlier = [_earlier(_dict(f), "resolved", unit, t, fmt) for f in sort_cases(_list(raw.get("resolved")))]
    earlier += [_earlier(_dict(f), "not_assessed", unit, t, fmt) for f in sort_cases(_list(raw.get("not_assessed")))]
    return LifecycleView(
        compared_with=compared,
        new=fmt.number(n["new"]),
        persisting=fmt.number(n["persisting"]),
        resolved=fmt.number(n["resolved"]),
        not_assessed=fmt.number(n["not_assessed"]),
        overdue=fmt.number(n["overdue"]),
        line=line + ".",
        earlier=earlier,
    )


def _history_line(history: Any, t: Translator, fmt: Formatter) -> str:
    """The line at the top of the summary from ``history.summary``; "" without history."""
    if not isinstance(history, dict):
        return ""
    summary = _dict(history.get("summary"))
    n = {k: summary.get(k) if isinstance(summary.get(k), int) else 0
         for k in ("new", "persisting", "resolved", "not_assessed", "follow_ups_open", "follow_ups_overdue")}
    prev = fmt.date(_dict(history.get("previous_run")).get("as_of"))
    if prev.kind == DATE:
        line = t("history.summary", as_of=prev.text, new=fmt.number_text(n["new"]),
                 persisting=fmt.number_text(n["persisting"]), resolved=fmt.number_text(n["resolved"]))
    else:
        line = t("history.summary_first", new=fmt.number_text(n["new"]))
    if n["not_assessed"]:
        line += ", " + t("history.summary_not_assessed", count=fmt.number_text(n["not_assessed"]))
    extra = []
    if n["follow_ups_open"]:
        extra.append(t("history.summary_open", count=fmt.number_text(n["follow_ups_open"])))
    if n["follow_ups_overdue"] or n["follow_ups_open"]:
        extra.append(t("history.summary_overdue", count=fmt.number_text(n["follow_ups_overdue"])))
    return line + ("; " + ", ".join(extra) if extra else "") + "."


def _build_check(raw: dict, t: Translator, fmt: Formatter) -> CheckView:
    lang = t.lang
    cid = _str(raw.get("id")) or "?"
    kind = str(raw.get("kind") or "deviation")
    status_code = str(raw.get("status") or ("error" if raw.get("error") else "not_evaluated"))
    status_key = f"status.{status_code}"
    status = Status(status_code, t(status_key) if t.has(status_key) else _str(status_code))
    unit = raw.get("unit") if isinstance(raw.get("unit"), str) else None
    evaluated = raw.get("evaluated")
    failed = raw.get("failed")
    rate = None
    if kind != "indicator" and isinstance(evaluated, int) and evaluated > 0 and isinstance(failed, int):
        rate = failed / evaluated
    missing = [_str(c) for c in _list(raw.get("missing_columns"))]
    error = _str(raw.get("error")) or None
    notes = []
    if missing:
        notes.append(t("summary.missing", columns=", ".join(f"«{_column_label(t, c)}»" for c in missing)))
    if error:
        notes.append(t("summary.error", message=error))

    cases = []
    detail_columns: list[str] = []
    for c in sort_cases(_list(raw.get("cases"))):
        details = {}
        # details (older results) and facts (the rules lane's schema): one set of columns
        merged = {**explain.facts_items(c.get("facts")), **_dict(c.get("details"))}
        for k, v in merged.items():
            if k in HIDDEN_DETAILS:
                continue
            if k not in detail_columns:
                detail_columns.append(k)
            details[k] = fmt.detail(k, v)
        level = str(c.get("level") or "")
        case_unit = c.get("unit") if isinstance(c.get("unit"), str) else unit
        limit = explain.limit_text(fmt.babel, c.get("limit"), case_unit)
        rule = explain.rule_text(fmt.babel, c.get("rule"))
        reason = explain.reason_text(lang, c.get("reason"), value=c.get("value"), level=level)
        life, state = _case_lifecycle(c["lifecycle"], t, fmt) if "lifecycle" in c else (None, "")
        fus = _follow_ups(c.get("follow_ups"), t, fmt)
        cases.append(
            CaseRow(
                key=fmt.text(c.get("key")),
                level=level,
                level_label=t(f"level.{level}") if t.has(f"level.{level}") else _str(level),
                value=fmt.measured_unit(c.get("value"), case_unit),
                office=fmt.text(c.get("office")),
                municipality=fmt.text(c.get("municipality")),
                caseworker=fmt.text(c.get("caseworker")),
                details=details,
                limit=fmt.text(limit),
                reason=fmt.text(reason),
                rule=fmt.text(rule),
                unit=case_unit,
                lifecycle=life,
                lifecycle_state=state,
                follow_ups=fus,
                follow_ups_text=_follow_ups_text(fus, fmt) if "follow_ups" in c or life is not None else None,
            )
        )

    labels = [(col, _column_label(t, col)) for col in detail_columns]
    for row in cases:
        row.fact_labels = [(label, row.details[col]) for col, label in labels if col in row.details]

    by_office = []
    for o in _list(raw.get("by_office")):
        o = _dict(o)
        by_office.append(
            OfficeFigure(
                office=_str(o.get("office")),
                municipality=_str(o.get("municipality")),
                evaluated=fmt.number(o.get("evaluated")),
                failed=fmt.number(o.get("failed")),
                warned=fmt.number(o.get("warned")),
                unknown=fmt.number(o.get("unknown")),
                value=fmt.measured(o.get("value"), unit),
            )
        )

    if status_code in ("not_evaluated", "error") or error:
        # a check that was not evaluated has no counts: show "–", not zeros
        evaluated = failed = None
        raw = {**raw, "warned": None, "unknown": None}
    unit_label = t(f"unit.{unit}") if unit and t.has(f"unit.{unit}") else (unit or "")
    return CheckView(
        id=cid,
        title=_localized(raw.get("title"), lang) or cid,
        kind=kind,
        kind_label=t(f"kind.{kind}") if t.has(f"kind.{kind}") else _str(kind),
        status=status,
        legal_basis=fmt.text(raw.get("legal_basis")),
        applies_to=fmt.text(_localized(raw.get("applies_to"), lang)),
        measure=fmt.text(_localized(raw.get("measure"), lang)),
        unit=unit,
        unit_label=unit_label,
        evaluated=fmt.number(evaluated),
        failed=fmt.number(failed) if kind != "indicator" else fmt.empty(),
        warned=fmt.number(raw.get("warned")) if kind != "indicator" else fmt.empty(),
        unknown=fmt.number(raw.get("unknown")),
        rate=fmt.percent(rate),
        value=fmt.measured(raw.get("value"), unit) if kind == "indicator" else fmt.empty(),
        target=_target_text(fmt, raw.get("target"), unit),
        missing_columns=missing,
        error=error,
        note="; ".join(notes),
        cases=cases,
        detail_columns=[(c, _column_label(t, c)) for c in detail_columns],
        by_office=by_office,
        parameters=_dict(raw.get("parameters")),
        rule_versions=[_dict(v) for v in _list(raw.get("rule_versions"))],
        unknown_keys=[fmt.text(k) for k in _list(raw.get("unknown_keys")) if k not in (None, "")],
        lifecycle=_lifecycle(raw.get("lifecycle"), unit, t, fmt),
        follow_ups=_follow_ups(raw.get("follow_ups"), t, fmt),
        thresholds=explain.thresholds(fmt.babel, cid, raw.get("parameters"), raw.get("thresholds")),
        requirement=fmt.text(_localized(raw.get("requirement"), lang)),
        basis=_str(raw.get("basis")),
        basis_label=explain.basis_text(lang, raw.get("basis")),
        legal_sources=explain.sources_text(lang, raw.get("legal_sources")),
        in_force=explain.in_force_text(fmt.babel, raw.get("in_force_from"), raw.get("in_force_to")),
        anchor="check-" + re.sub(r"[^A-Za-z0-9_-]+", "-", cid).strip("-"),
    )


def _office_order(checks: list[CheckView], dataset: dict) -> list[tuple[str, str]]:
    """(office, municipality) pairs in the order the dataset lists them, then as found."""
    seen: dict[str, str] = {}
    for name in _list(dataset.get("offices")):
        seen.setdefault(_str(name), "")
    for c in checks:
        for o in c.by_office:
            if not seen.get(o.office):
                seen[o.office] = o.municipality
        for case in c.cases:
            office = case.office.raw or ""
            if not seen.get(office):
                seen[office] = case.municipality.raw or ""
    return list(seen.items())


def _deviations_by_office(c: CheckView) -> dict[str, int]:
    """Deviations per office: ``by_office`` when the file has it, else counted from the cases."""
    if c.by_office:
        return {o.office: o.failed.raw for o in c.by_office if isinstance(o.failed.raw, int)}
    counts: dict[str, int] = {}
    for case in c.cases:
        if case.level == "deviation":
            office = case.office.raw or ""
            counts[office] = counts.get(office, 0) + 1
    return counts


def _office_label(office: str, municipality: str, t: Translator) -> str:
    """KOSTRA's BYDELSNR "00" is no office but the whole municipality."""
    if office and office.strip("0") == "" and municipality:
        return text_t("reports.compare.whole_municipality", t.lang, municipality=municipality)
    return office or t("where.unknown_office")


def _evaluated_by_office(c: CheckView) -> dict[str, int]:
    return {o.office: o.evaluated.raw for o in c.by_office if isinstance(o.evaluated.raw, int)}


def _add_rates(rows: list[MatrixRow], fmt: Formatter) -> None:
    """Each cell's rate (failed / evaluated) and which row has the check's highest rate."""
    for r in rows:
        r.rates = [fmt.percent(v.raw / e.raw) if isinstance(e.raw, int) and e.raw > 0 and isinstance(v.raw, int)
                   else fmt.empty() for v, e in zip(r.cells, r.evaluated)]
    for i in range(len(rows[0].cells) if rows else 0):
        top = max((r.rates[i].raw for r in rows if r.rates[i].kind == PERCENT), default=None)
        for r in rows:
            r.worst.append(bool(top) and r.rates[i].kind == PERCENT and r.rates[i].raw == top)


def _build_matrices(checks: list[CheckView], dataset: dict, t: Translator, fmt: Formatter):
    columns = [c for c in checks if c.counts_deviations]
    per_check = [_deviations_by_office(c) for c in columns]
    per_check_eval = [_evaluated_by_office(c) for c in columns]
    offices = _office_order(columns, dataset)
    rows = []
    for office, municipality in offices:
        if not any(office in counts for counts in per_check):
            continue
        cells = [fmt.number(counts.get(office, 0)) for counts in per_check]
        evaluated = [fmt.number(ev.get(office)) for ev in per_check_eval]
        total = sum(v.raw for v in cells if isinstance(v.raw, int))
        rows.append(MatrixRow(_office_label(office, municipality, t), municipality, cells, fmt.number(total),
                              evaluated=evaluated))
    rows.sort(key=lambda r: (-r.total.raw, r.municipality, r.label))
    _add_rates(rows, fmt)
    totals = [fmt.number(c.failed_count) for c in columns]
    office_matrix = Matrix(columns, rows, totals, fmt.number(sum(c.failed_count for c in columns)))

    municipalities = {r.municipality for r in rows if r.municipality}
    municipality_matrix = None
    listed = [_str(m) for m in _list(dataset.get("municipalities"))]
    if len(municipalities | set(listed)) > 1:
        agg: dict[str, list[int]] = {}
        agg_eval: dict[str, list[int | None]] = {}
        for r in rows:
            acc = agg.setdefault(r.municipality or t("none"), [0] * len(columns))
            ev = agg_eval.setdefault(r.municipality or t("none"), [0] * len(columns))
            for i, v in enumerate(r.cells):
                acc[i] += v.raw if isinstance(v.raw, int) else 0
                e = r.evaluated[i].raw
                ev[i] = ev[i] + e if isinstance(e, int) and ev[i] is not None else None
        mrows = [
            MatrixRow(m, m, [fmt.number(x) for x in acc], fmt.number(sum(acc)),
                      evaluated=[fmt.number(x) for x in agg_eval[m]])
            for m, acc in agg.items()
        ]
        mrows.sort(key=lambda r: (-r.total.raw, r.label))
        _add_rates(mrows, fmt)
        municipality_matrix = Matrix(columns, mrows, totals, office_matrix.grand_total)

    indicators = [c for c in checks if c.is_indicator and c.by_office]
    indicator_matrix = None
    if indicators:
        irows = []
        for office, municipality in _office_order(indicators, dataset):
            cells = []
            found = False
            for c in indicators:
                fig = next((o for o in c.by_office if o.office == office), None)
                found = found or fig is not None
                cells.append(fig.value if fig else fmt.empty())
            if found:
                irows.append(MatrixRow(office or t("where.unknown_office"), municipality, cells, fmt.empty()))
        indicator_matrix = Matrix(indicators, irows, [c.value for c in indicators], fmt.empty())
    return office_matrix, municipality_matrix, indicator_matrix


def build_model(results: dict, lang: str = DEFAULT_LANG) -> ReportModel:
    """The view model of one results.json document in one language."""
    t = Translator(lang)
    fmt = Formatter(t)
    results = _dict(results)
    tool = _dict(results.get("tool"))
    run = _dict(results.get("run"))
    dataset = _dict(results.get("dataset"))

    checks = [_build_check(_dict(c), t, fmt) for c in _list(results.get("checks"))]
    office_matrix, municipality_matrix, indicator_matrix = _build_matrices(checks, dataset, t, fmt)

    suite = _str(run.get("suite") or dataset.get("name"))
    dataset_title = t(f"dataset.{suite}") if t.has(f"dataset.{suite}") else suite
    as_of = fmt.date(run.get("as_of"))
    period = _dict(run.get("period"))
    period_val = fmt.empty()
    if period.get("from") or period.get("to"):
        text = t("report.period_value", start=fmt.date(period.get("from")).text, end=fmt.date(period.get("to")).text)
        period_val = Val(text, text, TEXT)

    n_dev = sum(1 for c in checks if c.status.code == "deviation")
    n_warn = sum(1 for c in checks if c.status.code == "warning")
    n_ne = sum(1 for c in checks if c.not_evaluated)
    case_total = sum(len(c.cases) for c in checks)  # findings: one case may be found by several checks
    distinct_cases = len({str(case.key.raw) for c in checks for case in c.cases})
    facts = [
        KeyValue(t("report.dataset"), Val(dataset_title, dataset_title, TEXT) if dataset_title else fmt.empty()),
        KeyValue(t("report.as_of"), as_of),
        KeyValue(t("report.scope"), fmt.text(run.get("scope"))),
        KeyValue(t("report.period"), period_val),
        KeyValue(t("report.rows"), fmt.number(dataset.get("rows"))),
    ]
    facts = [f for f in facts if f.value.kind != EMPTY]

    run_facts = [
        KeyValue(t("method.tool"), fmt.text(" ".join(x for x in (_str(tool.get("name")), _str(tool.get("version"))) if x))),
        KeyValue(t("method.run_id"), fmt.text(run.get("id"))),
        KeyValue(t("report.as_of"), as_of),
        KeyValue(t("report.suite"), fmt.text(run.get("suite"))),
        KeyValue(t("report.scope"), fmt.text(run.get("scope"))),
        KeyValue(t("report.period"), period_val),
        KeyValue(t("method.started"), fmt.datetime(run.get("started_at"))),
        KeyValue(t("method.finished"), fmt.datetime(run.get("finished_at"))),
        KeyValue(t("method.strict"), fmt.bool(run.get("strict")) if "strict" in run else fmt.empty()),
    ]
    dataset_facts = [
        KeyValue(t("report.dataset"), Val(dataset_title, dataset_title, TEXT) if dataset_title else fmt.empty()),
        KeyValue(t("method.dataset_key"), fmt.text(dataset.get("key"))),
        KeyValue(t("report.rows"), fmt.number(dataset.get("rows"))),
        KeyValue(t("method.offices"), fmt.text(", ".join(_str(o) for o in _list(dataset.get("offices"))))),
        KeyValue(t("method.municipalities"), fmt.text(", ".join(_str(m) for m in _list(dataset.get("municipalities"))))),
        KeyValue(t("method.dataset_columns"), fmt.text(", ".join(_str(c) for c in _list(dataset.get("columns"))))),
    ]

    inputs = _records(run.get("inputs"), {"path": fmt.text, "format": fmt.text, "rows": fmt.number,
                                          "sha256": fmt.text, "mapping": fmt.text})

    mapping_columns, mapping_values, mapping_options = [], [], []
    for name, m in _dict(run.get("mappings")).items():
        m = _dict(m)
        for canonical, header in _dict(m.get("columns")).items():
            mapping_columns.append({"mapping": fmt.text(name), "canonical": fmt.text(canonical), "header": fmt.text(header)})
        for column, values in _dict(m.get("values")).items():
            for export_value, canonical_value in _dict(values).items():
                mapping_values.append(
                    {
                        "mapping": fmt.text(name),
                        "column": fmt.text(column),
                        "export": fmt.text(export_value) if export_value != "" else Val('""', '""', TEXT),
                        "canonical": fmt.any(canonical_value),
                    }
                )
        for option, value in m.items():
            if option not in ("columns", "values"):
                mapping_options.append({"mapping": fmt.text(name), "option": fmt.text(option), "value": parameter_value(fmt, value)})

    parameters = []
    run_params = _dict(run.get("parameters"))
    param_source = run_params or {c.id: c.parameters for c in checks if c.parameters}
    for check_id, params in param_source.items():
        for name, value in _dict(params).items():
            parameters.append({"check": fmt.text(check_id), "parameter": fmt.text(name),
                               "label": fmt.text(explain.param_label(lang, str(check_id), str(name))),
                               "value": parameter_value(fmt, value)})

    rule_versions = []
    for c in checks:
        for v in c.rule_versions:
            rule_versions.append(
                {
                    "check": fmt.text(c.id),
                    "parameter": fmt.text(v.get("parameter")),
                    "label": fmt.text(explain.param_label(lang, c.id, _str(v.get("parameter")))),
                    "from": fmt.date(v.get("from")),
                    "until": fmt.date(v.get("until")),
                    "value": fmt.any(v.get("value")),
                    "rows": fmt.number(v.get("rows")),
                }
            )

    input_issues = _records(results.get("input_issues"), {"file": fmt.text, "row": fmt.number, "column": fmt.text,
                                                          "message": fmt.text})

    union: list[tuple[str, str]] = []
    for c in checks:
        for col in c.detail_columns:
            if col not in union:
                union.append(col)

    title = f"{t('report.title')}: {dataset_title}" if dataset_title else t("report.title")
    subtitle_parts = [f"{f.label}: {f.value.text}" for f in facts if f.label != t("report.dataset")]
    return ReportModel(
        lang=lang,
        t=t,
        fmt=fmt,
        title=title,
        subtitle=" · ".join(subtitle_parts),
        headline=t("report.headline", deviation=n_dev, checks=count_words(lang, "checks", len(checks), fmt),
                   warning=n_warn, not_evaluated=n_ne)
        if checks
        else t("report.no_checks"),
        headline_cases=text_t(
            "reports.findings_in_cases", lang,
            findings=count_words(lang, "findings", case_total, fmt), cases=count_words(lang, "cases", distinct_cases, fmt)),
        facts=facts,
        checks=checks,
        not_evaluated=[c for c in checks if c.not_evaluated],
        indicators=[c for c in checks if c.is_indicator],
        office_matrix=office_matrix,
        municipality_matrix=municipality_matrix,
        indicator_matrix=indicator_matrix,
        run_facts=[kv for kv in run_facts if kv.value.kind != EMPTY],
        dataset_facts=[kv for kv in dataset_facts if kv.value.kind != EMPTY],
        inputs=inputs,
        mapping_columns=mapping_columns,
        mapping_values=mapping_values,
        mapping_options=mapping_options,
        parameters=parameters,
        rule_versions=rule_versions,
        input_issues=input_issues,
        case_total=case_total,
        generated_by=t(
            "report.generated_by",
            tool=_str(tool.get("name")) or "nav-audit",
            version=_str(tool.get("version")),
        ).strip(),
        detail_columns=union,
        findings=_draft_findings(results, lang),
        distinct_cases=distinct_cases,
        history_line=_history_line(results.get("history"), t, fmt),
        history_on=fmt.date(_dict(results.get("history")).get("on")) if isinstance(results.get("history"), dict) else None,
    )


def history_line(results: dict, lang: str = DEFAULT_LANG) -> str:
    """The history line of a run's results ("Sammenlignet med kjøringen per …: 2 nye funn, …"); "" without history."""
    t = Translator(lang)
    return _history_line(_dict(results).get("history"), t, Formatter(t))


def count_words(lang: str, what: str, n: int, fmt: "Formatter") -> str:
    """``3 saker`` / ``1 sak``: a count with the word for what it counts, singular or plural."""
    text = fmt.number_text(n) if hasattr(fmt, "number_text") else fmt.integer(n)
    return text_t(f"reports.count.{what}.{'one' if n == 1 else 'other'}", lang, n=text)


def _draft_findings(results: dict, lang: str) -> list[dict]:
    """The "Utkast til funn" paragraphs, one per theme; the wording is owned by audit.findings."""
    from audit.findings import findings_for_report

    return findings_for_report(results, lang)


def load_results(path: str | Path) -> dict:
    """Read a results.json file (audit.results_model.load); a missing or malformed file is an InputError naming it."""
    from audit.results_model import load

    return load(path).to_dict()
