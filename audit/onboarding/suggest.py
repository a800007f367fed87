"""A mapping proposed for an export nobody has described yet (``nav-audit map``).

:func:`propose` reads the export with the same readers ``run`` uses, looks at every
column's values, guesses the dataset when it is not given, matches headers to canonical
columns and values to canonical codes, and says which checks the result lets run.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from audit.datasets import BOOL, CATEGORY, DATASETS, Dataset, get_dataset
from audit.errors import InputError
from audit.text import msg
from audit.onboarding.inspect import DATE_TWINS, ColumnFacts, inspect_column
from audit.onboarding.match import Match, ValueMap, match_headers, value_map
from audit.onboarding.seams import detect_format, read_raw

SAMPLE_ROWS = 5000
MAPPABLE = ("kvp", "stonad")  # the datasets a case-system export is mapped to (KOSTRA files are read as they are)
LONG_DIGITS = re.compile(r"(?<!\d)(?:\d{6}[ \u00a0]\d{5}|\d{10,11})(?!\d)")  # could be an identity number


@dataclass
class Coverage:
    """Which checks of the suite can run with the columns at hand."""

    runnable: list[str] = field(default_factory=list)
    blocked: list[tuple[str, list[str]]] = field(default_factory=list)  # (check id, missing columns)


@dataclass
class Proposal:
    path: str
    format: str
    dataset: Dataset
    headers: list[str]
    facts: dict[str, ColumnFacts]
    matches: dict[str, Match]
    values: dict[str, ValueMap]
    details: dict
    date_format: str | None = None
    date_formats: Counter = field(default_factory=Counter)  # non-native formats found (several = a problem)
    ambiguous_dates: list[str] = field(default_factory=list)  # headers whose day/month order is a guess
    pseudonymise: list[str] = field(default_factory=list)
    coverage: Coverage = field(default_factory=Coverage)
    duplicates: dict = field(default_factory=dict)  # «Merknad (2)» -> (header, first column, this column)

    @property
    def unused_headers(self) -> list[str]:
        used = {m.header for m in self.matches.values()} | set(self.pseudonymise)
        return [h for h in self.headers if h not in used]

    @property
    def missing_columns(self) -> list[str]:
        return [c.name for c in self.dataset.columns if c.name not in self.matches]


def coverage(dataset: str, present: set[str]) -> Coverage:
    """The checks of every suite of ``dataset``: runnable, or blocked by missing columns."""
    from checks import SUITES
    from checks.base import missing_columns

    cov = Coverage()
    for suite in SUITES.values():
        if suite.dataset != dataset:
            continue
        for check in suite.checks:
            missing = missing_columns(check.needs, present)
            if missing:
                cov.blocked.append((check.id, missing))
            else:
                cov.runnable.append(check.id)
    return cov


def read_columns(path: str | Path, sheet: str | int | None = None) -> tuple[object, dict[str, ColumnFacts]]:
    """The export read as text, and the facts of each of its columns (first SAMPLE_ROWS rows)."""
    from audit.inputs.identity import header_with_number
    from audit.privacy import contains_identity_number

    p = Path(path)
    if p.is_file() and detect_format(p) == "kostra":
        raise InputError(msg("error.onboarding.kostra_file"), file=str(p), hint=msg("error.onboarding.kostra_file_hint"))
    mapping = None
    if sheet is not None:
        from audit.onboarding.seams import Mapping

        mapping = Mapping(dataset="kvp", sheet=sheet)
    raw = read_raw(p, mapping)
    bad = [h for h in raw.headers if contains_identity_number(str(h)) or LONG_DIGITS.search(str(h))]
    if bad or header_with_number(raw.headers):
        raise InputError(msg("error.onboarding.header_numbers"), file=str(p), row=1,
                         hint=msg("error.onboarding.header_numbers_hint"))
    frame = raw.frame.head(SAMPLE_ROWS)
    facts = {h: inspect_column(h, frame[h].to_list()) for h in raw.headers}
    return raw, facts


def _dataset_score(ds: Dataset, matches: dict[str, Match]) -> float:
    """How well the export fits ``ds``, counted on the columns only ``ds`` has."""
    others = {c.name for name in MAPPABLE if name != ds.name for c in DATASETS[name].columns}
    own = [m.score for c, m in matches.items() if c not in others or c == ds.key]
    return sum(own)


def propose(path: str | Path, dataset: str | None = None, sheet: str | int | None = None) -> Proposal:
    raw, facts = read_columns(path, sheet)
    candidates = [get_dataset(dataset)] if dataset else [DATASETS[name] for name in MAPPABLE]
    scored = []
    for ds in candidates:
        matches = match_headers(ds, raw.headers, facts)
        scored.append((_dataset_score(ds, matches), ds, matches))
    scored.sort(key=lambda x: -x[0])  # stable: kvp first on a tie
    _, ds, matches = scored[0]
    prop = Proposal(path=str(path), format=raw.format, dataset=ds, headers=list(raw.headers), facts=facts,
                    matches=matches, values={}, details=dict(raw.details), duplicates=dict(raw.duplicates))
    prop.pseudonymise = [h for h, f in facts.items() if f.kind == "identity"]
    refresh(prop)
    return prop


def choose(prop: Proposal, column: str, header: str | None) -> None:
    """A person's choice for ``column``: this header (score 100), or none; the rest follows."""
    prop.matches = {c: m for c, m in prop.matches.items() if c != column and (header is None or m.header != header)}
    if header is not None:
        prop.matches[column] = Match(column, header, 100.0, 100.0, 0.0, 0.0)
    refresh(prop)


def refresh(prop: Proposal) -> None:
    """Value maps, date format and the checks that can run, from the matches."""
    ds, facts = prop.dataset, prop.facts
    prop.values, prop.date_formats, prop.ambiguous_dates = {}, Counter(), []
    clear: Counter = Counter()  # formats of columns whose day and month can be told apart
    for canon, m in prop.matches.items():
        col = ds.column(canon)
        f = facts[m.header]
        if col.type in (CATEGORY, BOOL) and f.distinct:
            prop.values[canon] = value_map(col, f)
        if f.needs_date_format and col.type == "date":
            prop.date_formats[f.date_format] += 1
            if not f.ambiguous_date:
                clear[f.date_format] += 1
        if f.ambiguous_date and col.type == "date":
            prop.ambiguous_dates.append(m.header)
    # A column such as 12/1/2025 fits %d/%m and %m/%d alike: a column that tells them apart (12/31/2025) decides.
    for fmt in list(prop.date_formats):
        if fmt not in clear and DATE_TWINS.get(fmt) in clear:
            prop.date_formats[DATE_TWINS[fmt]] += prop.date_formats.pop(fmt)
    prop.date_format = prop.date_formats.most_common(1)[0][0] if prop.date_formats else None
    prop.coverage = coverage(ds.name, set(prop.matches))
