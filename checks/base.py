"""The building blocks of a check declaration.

A check reads like the requirement it tests::

    Check(
        id="kvp.start_delay",
        kind=DEVIATION,
        title=("Oppstart i program etter vedtak", "Programme start after the decision"),
        legal_basis="sosialtjenesteloven §§ 29, 4",
        needs=("decision", "decision_date", "program_start_date"),
        applies_to=Rows("innvilgede søknader", "granted applications", granted),
        measure=Measure("dager fra vedtak til oppstart", "days from decision to start", DAYS,
                        lambda c: days(col("decision_date"), or_as_of("program_start_date", c))),
        bounds=(warning_above("warning_days"), deviation_above("deviation_days")),
        params=(Param("warning_days", 14, ...), Param("deviation_days", 30, ...)),
    )

* ``applies_to`` and ``measure`` are polars expressions of the canonical columns, the
  audit date (``c.as_of``) and the check's parameters (``c.p(name)``); they return null
  where a needed value is empty, and the row is then ``unknown``.
* ``bounds`` say when the measure is a warning or a deviation. A bound's limit is a
  parameter name, a number, or an expression (e.g. a date-dependent limit).
* Parameters that changed with the law are :class:`Versioned` by the date of the event
  they judge: the 2019 amendment is data in the declaration, not code.

The engine (:mod:`audit.engine`) turns every bound into one Great Expectations
expectation; nothing here imports Great Expectations.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable, Union

import polars as pl

DEVIATION, INDICATOR, DATA = "deviation", "indicator", "data"
DAYS, MONTHS, YEARS, HOURS, COUNT, SHARE, NONE = "days", "months", "years", "hours", "count", "share", None
WORKING_DAYS = "working_days"  # virkedager (checks.md, common rules)
LAW, PRACTICE = "law", "practice"  # is a threshold (or the check's requirement) set by law or by practice
# The unit a case's value is given in (results.md): the check-level unit names, except
# hours, which are hours per week wherever a check measures them.
CASE_UNITS = {DAYS: "days", WORKING_DAYS: "working_days", MONTHS: "months", YEARS: "years",
              HOURS: "hours_per_week", COUNT: "count"}
# A parameter's unit is declared as the bokmål word a lawyer reads in the catalogue; its code
# (the units of results.md and audit.text's ``unit.<code>`` words) follows from it.
UNIT_OF_WORD = {"dager": DAYS, "virkedager": WORKING_DAYS, "måneder": MONTHS, "år": YEARS, "timer": "hours_per_week",
                "antall": COUNT, "andel": SHARE}

Scalar = Union[int, float]


# --------------------------------------------------------------------------- parameters


@dataclass(frozen=True)
class Versioned:
    """A parameter value that depends on the date of the event it judges.

    ``by`` is the canonical date column of that event; ``before`` applies to events
    before the first change; ``changes`` are ``(first_day, value)`` in date order.
    """

    by: str
    before: Scalar
    changes: tuple[tuple[str, Scalar], ...]

    def periods(self) -> list[dict]:
        out = []
        start: str | None = None
        value = self.before
        for first_day, new in self.changes:
            until = (dt.date.fromisoformat(first_day) - dt.timedelta(days=1)).isoformat()
            out.append({"from": start, "until": until, "value": value})
            start, value = first_day, new
        out.append({"from": start, "until": None, "value": value})
        return out

    def expr(self) -> pl.Expr:
        event = pl.col(self.by)
        e = pl.lit(self.before)
        for first_day, new in self.changes:
            e = pl.when(event >= pl.lit(dt.date.fromisoformat(first_day))).then(pl.lit(new)).otherwise(e)
        return e

    def labels(self) -> list[str]:
        """The version labels of :meth:`periods` (results.md ``rule``): "before D", "from D"."""
        firsts = [d for d, _ in self.changes]
        return [f"before {firsts[0]}"] + [f"from {d}" for d in firsts]

    def version_expr(self) -> pl.Expr:
        """Which period (index into :meth:`periods`) applies to each row."""
        event = pl.col(self.by)
        e = pl.lit(0)
        for i, (first_day, _) in enumerate(self.changes, start=1):
            e = pl.when(event >= pl.lit(dt.date.fromisoformat(first_day))).then(pl.lit(i)).otherwise(e)
        return e


ParamValue = Union[Scalar, Versioned]


def param_unit(name: str) -> str | None:
    """The unit code of a parameter's value from its name, as the catalogue names parameters
    (``*_days``, ``*_months``, ``*_age`` …): for a parameter a reader knows only by name (older results)."""
    if name.endswith("working_days"):
        return "working_days"
    if name.endswith("days") or name == "days":
        return "days"
    if name.endswith("months") or name == "months":
        return "months"
    if name.endswith("age") or name == "age_limit":
        return "years"
    if name.endswith("hours"):
        return "hours_per_week"
    if "share" in name or name == "target":
        return "share"
    return None


@dataclass(frozen=True)
class Param:
    name: str
    default: ParamValue
    unit: str | None
    description: tuple[str, str]  # (bokmål, English)
    basis: str | None = None  # LAW or PRACTICE: does the law set this number (checks.md "Law or practice")

    def to_json(self, value: ParamValue | None = None) -> object:
        v = self.default if value is None else value
        return v.periods() if isinstance(v, Versioned) else v

    @property
    def unit_code(self) -> str | None:
        """The unit as a code (``days``, ``months`` …; :data:`UNIT_OF_WORD`), None without one."""
        return UNIT_OF_WORD.get(self.unit) if self.unit else None


@dataclass
class Ctx:
    """What a check's expressions may use: the audit date and the parameter values in force."""

    as_of: dt.date
    params: dict[str, ParamValue]

    def p(self, name: str) -> pl.Expr:
        v = self.params[name]
        return v.expr() if isinstance(v, Versioned) else pl.lit(v)

    def scalar(self, name: str) -> Scalar:
        v = self.params[name]
        if isinstance(v, Versioned):
            raise TypeError(f"parameter {name} is versioned; use p()")
        return v


# --------------------------------------------------------------------------- columns needed


@dataclass(frozen=True)
class AnyOf:
    """One of these columns is enough (e.g. birth_date or birth_year)."""

    columns: tuple[str, ...]

    def __init__(self, *columns: str) -> None:
        object.__setattr__(self, "columns", tuple(columns))


@dataclass(frozen=True)
class AtLeast:
    """At least ``n`` of these columns."""

    n: int
    columns: tuple[str, ...]


@dataclass(frozen=True)
class AllOfAny:
    """All columns of at least one group (e.g. received_date and decision_date, or
    period_start and period_end)."""

    groups: tuple[tuple[str, ...], ...]

    def __init__(self, *groups: tuple[str, ...]) -> None:
        object.__setattr__(self, "groups", tuple(tuple(g) for g in groups))

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c for g in self.groups for c in g))


Need = Union[str, AnyOf, AtLeast, AllOfAny]


def missing_columns(needs: tuple[Need, ...], present: set[str]) -> list[str]:
    missing: list[str] = []
    for need in needs:
        if isinstance(need, str):
            if need not in present:
                missing.append(need)
        elif isinstance(need, AnyOf):
            if not any(c in present for c in need.columns):
                missing.extend(need.columns)
        elif isinstance(need, AtLeast):
            if sum(c in present for c in need.columns) < need.n:
                missing.extend(c for c in need.columns if c not in present)
        elif isinstance(need, AllOfAny):
            if not any(all(c in present for c in g) for g in need.groups):
                missing.extend(c for c in need.columns if c not in present)
    return missing


def need_columns(needs: tuple[Need, ...]) -> list[str]:
    out: list[str] = []
    for need in needs:
        out.extend([need] if isinstance(need, str) else need.columns)
    return out


# --------------------------------------------------------------------------- rows, measures, bounds

ExprFn = Callable[[Ctx], pl.Expr]


@dataclass(frozen=True)
class Rows:
    """Which rows a check applies to: a description (nb, en), a boolean expression, and the
    columns that expression reads (an unreadable value there makes the row unknown)."""

    nb: str
    en: str
    expr: ExprFn
    uses: tuple[str, ...] = ()


@dataclass(frozen=True)
class Measure:
    """What is measured per row (null when a needed value is empty: the row is unknown)."""

    nb: str
    en: str
    unit: str | None
    expr: ExprFn
    reported: ExprFn | None = None  # the value shown in cases, when it differs from the compared one
    reported_unit: str | None = None  # the unit of ``reported`` when the measure itself has none


@dataclass(frozen=True)
class Bound:
    """The measure fails at ``level`` when it is ``above`` / ``below`` the limit."""

    level: str  # "warning" | "deviation"
    fails: str  # "above" | "below"
    limit: str | Scalar | ExprFn  # parameter name, number, or expression of Ctx
    # Where the limit a reader needs is a date (one month after receipt, the programme's last
    # lawful day), that date per row; the case then shows {"date": ...} as its limit.
    date: ExprFn | None = None

    def limit_expr(self, c: Ctx) -> pl.Expr:
        if isinstance(self.limit, str):
            return c.p(self.limit)
        if callable(self.limit):
            return self.limit(c)
        return pl.lit(self.limit)

    def constant(self, c: Ctx) -> Scalar | None:
        """The limit as a number when it is the same for every row, else None."""
        if isinstance(self.limit, str):
            v = c.params[self.limit]
            return None if isinstance(v, Versioned) else v
        if callable(self.limit):
            return None
        return self.limit


def deviation_above(limit) -> Bound:
    return Bound("deviation", "above", limit)


def deviation_below(limit) -> Bound:
    return Bound("deviation", "below", limit)


def warning_above(limit) -> Bound:
    return Bound("warning", "above", limit)


def must_hold() -> Bound:
    """For a measure that is 1 where the requirement is met and 0 where it is not."""
    return Bound("deviation", "below", 1)


@dataclass(frozen=True)
class Target:
    """An indicator's target: the aggregate must be ``>=`` or ``<=`` the parameter."""

    op: str  # ">=" | "<="
    param: str


# --------------------------------------------------------------------------- law as data


@dataclass(frozen=True)
class Source:
    """One legal source of a check: an act's section and ledd, a regulation, or the county
    governor's (statsforvalteren's) practice. ``kind`` is "act", "regulation" or "practice"."""

    act: str
    section: str | None = None
    ledd: str | None = None
    note: str | None = None
    kind: str = "act"

    def text(self) -> str:
        return " ".join(x for x in (self.act, self.section, self.ledd) if x)

    def to_json(self) -> dict:
        return {"act": self.act, "section": self.section, "ledd": self.ledd, "note": self.note, "kind": self.kind}


@dataclass(frozen=True)
class Reason:
    """Why a case is at its level: a stable code with its text in bokmål and English.

    A check's reasons are tried in order for each row at warning or deviation level; the
    first whose ``level`` matches (None: any) and whose ``when`` holds (None: always)
    names the row's reason. The last reason of a check should have no ``when``.
    """

    code: str
    nb: str
    en: str
    when: ExprFn | None = None
    level: str | None = None


@dataclass(frozen=True)
class Example:
    """An example case for the catalogue: canonical column values of one row, and the level
    it must get (``ok`` for the passing example, ``deviation``/``warning`` for the failing
    one). tests/test_catalogue_doc.py runs every example through the real pipeline."""

    level: str
    row: dict
    as_of: str = "2025-12-31"
    reason: str | None = None  # the reason code the failing example must get


@dataclass(frozen=True)
class Question:
    """What a reviewer answers about a canonical column when reading the case file
    (the review workbook asks it)."""

    column: str
    header: str  # the workbook's column header (bokmål)
    nb: str
    en: str
    header_en: str = ""  # the header in English (the bokmål one when empty)

    def text(self, lang: str) -> tuple[str, str]:
        """(header, question) in ``lang``."""
        return {"nb": (self.header, self.nb), "en": (self.header_en or self.header, self.en)}[lang]


Words = tuple[str, str]  # (bokmål, English)


@dataclass(frozen=True)
class Finding:
    """The check's words in a draft finding in the county governor's form (``nav-audit findings``).

    The supervisor's report is written per theme (``checks/themes.py`` names the checks a theme
    rests on); for each of its checks the draft says the requirement (krav), what was found
    («I 3 av 40 vurderte saker …»), and concludes «Kommunen sikrer ikke at …» with «Dette er
    lovbrudd på …» — or only a merknad, when the check's ``basis`` is practice or the
    deviations are not systematic (:mod:`audit.findings` decides; nothing here computes).

    ``{name}`` in the texts is the check's parameter as it was used in the run, with the
    unit its :class:`Param` declares; a parameter that changed with the law is written with
    the older value where cases were judged by it: «18 år (19 år for vedtak før 01.01.2019)».
    """

    requirement: Words  # the krav, starting with its legal basis ("" where the theme's first check states it)
    found: Words  # the predicate after «I n av N vurderte saker …»
    ensure: Words  # what the municipality must ensure, after «Kommunen sikrer ikke at …»
    breach_basis: Words  # the legal basis of a breach, after «Dette er lovbrudd på …»
    practice: Words | None = None  # for a practice threshold: the practice and the requirement behind it
    event: Words | None = None  # what a dated rule's date is of: «vedtak» / «decisions»
    clears: tuple[tuple[str, Words], ...] = ()  # (column, what it records): a source without it concludes no breach
    extent: bool = False  # show the range of measured values («31–45 dager»)


# --------------------------------------------------------------------------- the check


@dataclass(frozen=True, eq=False)
class Check:
    id: str
    kind: str
    title: tuple[str, str]  # (bokmål, English)
    legal_basis: str
    needs: tuple[Need, ...]
    applies_to: Rows
    measure: Measure
    bounds: tuple[Bound, ...] = ()
    params: tuple[Param, ...] = ()
    optional: tuple[str, ...] = ()  # counted as empty when absent from the input
    details: tuple[str, ...] = ()  # columns shown beside each case in reports
    aggregate: str | None = None  # indicators: "share" (mean of 0/1) or "median"
    target: Target | None = None
    source: str | None = None  # e.g. "SSB control 37"
    # Law as data (checks.md "Law in force", "Law or practice"); all optional so that
    # declarations elsewhere (e.g. the kostra suite) keep working unchanged.
    basis: str | None = None  # LAW or PRACTICE: the check's requirement and thresholds
    sources: tuple[Source, ...] = ()
    in_force_from: str | None = None  # ISO date: events before it are not judged
    in_force_to: str | None = None  # ISO date: events after it are not judged
    in_force_by: str | None = None  # the canonical date column of the event the dates apply to
    requirement: tuple[str, str] | None = None  # the requirement in plain words (bokmål, English)
    reasons: tuple[Reason, ...] = ()
    facts: tuple[tuple[str, ExprFn], ...] = ()  # computed facts beside the detail columns
    questions: tuple[Question, ...] = ()  # what a reviewer answers for this check
    # words for the codes of each coded column the check reads: {column: {code: (nb, en)}}; results.json
    # carries them (``values``) for the reports. A yes/no column reads «ja»/«nei» everywhere: no words here.
    values: dict = field(default_factory=dict)
    examples: tuple[Example, ...] = ()
    finding: Finding | None = None  # its words in a draft finding (deviation checks a theme rests on)

    def __post_init__(self) -> None:
        if self.kind == INDICATOR:
            assert self.aggregate in ("share", "median") and self.target is not None, self.id
        else:
            assert self.bounds, self.id
        names = {p.name for p in self.params}
        for b in self.bounds:
            if isinstance(b.limit, str):
                assert b.limit in names, (self.id, b.limit)
        if self.target:
            assert self.target.param in names, (self.id, self.target.param)
        if self.in_force_from or self.in_force_to:
            assert self.in_force_by, (self.id, "in_force_by names the event date")
        assert self.basis in (None, LAW, PRACTICE), self.id

    @property
    def legal_sources(self) -> list[dict]:
        return [s.to_json() for s in self.sources]

    def rule_label(self) -> str | None:
        """The version label of a rule in force from a date (results.md ``rule``)."""
        if self.in_force_from and self.in_force_to:
            return f"{self.in_force_from} to {self.in_force_to}"
        return f"from {self.in_force_from}" if self.in_force_from else None

    @property
    def columns(self) -> list[str]:
        """Every column the check reads (needed and optional)."""
        return need_columns(self.needs) + list(self.optional)

    def defaults(self) -> dict[str, ParamValue]:
        return {p.name: p.default for p in self.params}

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)


@dataclass
class Suite:
    name: str
    dataset: str
    title: tuple[str, str]
    checks: list[Check] = field(default_factory=list)

    def get(self, check_id: str) -> Check:
        for c in self.checks:
            if c.id == check_id:
                return c
        raise KeyError(check_id)
