"""The view model's dataclasses: one report, its checks, cases, follow-ups, lifecycle and
matrices, every value a :class:`reports.values.Val` (built by :mod:`reports.model`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from audit.results_model import judged_no_case
from audit.text import Translator
from reports.values import EMPTY, PERCENT, STATUS_ORDER, TEXT, Formatter, Val



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
    unknown_keys: list[Val] = field(default_factory=list)  # rows the check could not judge (the first, see case_count)
    unknown_count: int = 0  # how many rows the check could not judge
    unknown_source: list = field(default_factory=list)  # their keys as the results hold them
    # what each unknown row lacks, in words (reports.unknown_view): per distinct reason ("" = not known:
    # a report made from results.json), and per key of unknown_source its index into them
    unknown_lacks: list[str] = field(default_factory=lambda: [""])
    unknown_codes: list[int] = field(default_factory=list)
    lifecycle: LifecycleView | None = None  # None when the results carry no history
    follow_ups: list[FollowUpView] = field(default_factory=list)  # on the whole check
    thresholds: list[str] = field(default_factory=list)  # "Avvik over: 30 dager", in words
    basis: str = ""  # law | practice | "" (older results)
    basis_label: str = ""  # "lovkrav" / "god praksis"
    legal_sources: str = ""  # "sosialtjenesteloven § 29 1. ledd; …"
    in_force: str = ""  # "i kraft fra 01.01.2019"
    in_force_from: str | None = None  # ISO dates of the rule in force (results.json), for the method sheet
    in_force_to: str | None = None
    anchor: str = ""  # HTML id of the check's cases section
    requirement: Val | None = None  # the requirement in plain words (results with the rules' keys)
    case_source: Any = None  # every case as results.json holds them (list of dicts, or the run's CaseFrame)
    case_count: int = 0  # how many cases (``cases`` may hold only the first of them: build_model's case_limit)
    case_follow_ups: list = field(default_factory=list)  # (key, FollowUpView) of every case with follow-ups
    value_words: dict = field(default_factory=dict)  # the check's words for coded columns' codes (results' values)

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
    def judged_no_case(self) -> bool:
        """Status «ok» on no case judged (:func:`audit.results_model.judged_no_case`)."""
        return not self.not_evaluated and judged_no_case(self.status.code, self.kind, self.evaluated.raw)

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
    input_issues: list[dict[str, Val]]  # each unreadable value; empty when they are grouped (reports.model)
    case_total: int
    generated_by: str = ""
    detail_columns: list[tuple[str, str]] = field(default_factory=list)  # union over checks
    findings: list[dict] = field(default_factory=list)  # draft findings per theme (audit.findings)
    history_line: str = ""  # "Sammenlignet med kjøringen per …"; "" when the results carry no history
    history_on: Val | None = None  # the date overdue was judged on
    distinct_cases: int = 0  # different case keys among the findings (a case can fail several checks)
    case_municipalities: int = 0  # different municipalities among the cases
    input_issue_total: int = 0  # every unreadable value (results.json's input_issues)
    input_issue_groups: list[dict[str, Val]] = field(default_factory=list)  # above ISSUE_ROWS: grouped
    input_issue_groups_more: int = 0  # groups beyond reports.model.MAX_GROUPS, left out

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
            out.extend((c, key, fu) for key, fu in c.case_follow_ups)
            if c.lifecycle:
                for f in c.lifecycle.earlier:
                    out.extend((c, f.key, fu) for fu in f.follow_ups)
        return out

    @property
    def case_checks(self) -> list[CheckView]:
        return [c for c in self.checks if c.case_count]
