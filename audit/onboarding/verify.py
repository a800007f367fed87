"""A mapping tried against an export (``nav-audit map EXPORT --check MAPPING``).

Says what ``run`` would do with the pair without running any check: headers the mapping
names that the file lacks, headers left unused (with a guess where one fits a missing
column), values the mapping and the loader cannot read, identity numbers not listed under
``pseudonymise``, and the checks that will be «not evaluated» for lack of a column.
"""

from __future__ import annotations

import unicodedata

from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from audit.datasets import BOOL, TEXT, get_dataset
from audit.errors import InputError
from audit.onboarding.draft import column_count
from audit.onboarding.inspect import inspect_column
from audit.onboarding.match import ACCEPT, MEDIUM, match_headers
from audit.onboarding.seams import clean_text, identity_guard, load_mapping, parse_column, read_raw, to_canonical
from audit.onboarding.suggest import SAMPLE_ROWS, Coverage, coverage
from audit.privacy import safe_value
from audit.text import t
from audit.text.message import render

PRIVATE = ("birth_date", "birth_year")  # never shown, not even unreadable values
FORMULA_LABEL = "\x00formula"  # a formula cell without a stored value, shown in the reader's language


@dataclass
class BadValues:
    column: str
    header: str
    rows: int
    values: dict[str, int]  # distinct unreadable value -> rows


@dataclass
class Verdict:
    export: str
    mapping: str
    dataset: str
    found: dict[str, str] = field(default_factory=dict)  # canonical -> header
    missing_headers: list[tuple[str, str]] = field(default_factory=list)  # (canonical, header named)
    no_key: bool = False
    identity: list[str] = field(default_factory=list)  # headers with identity numbers not pseudonymised
    unmapped: list[str] = field(default_factory=list)
    guesses: list[tuple[str, str, str]] = field(default_factory=list)  # (header, canonical, confidence)
    bad: list[BadValues] = field(default_factory=list)
    coverage: Coverage = field(default_factory=Coverage)
    notes: list = field(default_factory=list)  # the reader's notes, as run prints them (e.g. hidden rows)
    run_error: InputError | None = None  # what stops run in the export itself (a header twice, no rows, a key twice)

    @property
    def stops_run(self) -> bool:
        return bool(self.missing_headers or self.no_key or self.identity or self.run_error)


def _norm(h: str) -> str:
    """As run compares headers (audit.inputs.canonical): NFC, no invisible format characters, spaces, case."""
    h = "".join(c for c in unicodedata.normalize("NFC", str(h)) if unicodedata.category(c) != "Cf")
    return " ".join(h.replace("\u00a0", " ").split()).lower()


def unreadable(values: pl.Series, col, table: dict, date_format: str | None) -> dict[str, int]:
    """Distinct values of ``values`` that the mapping's ``values`` and the loader cannot read."""
    cleaned = pl.DataFrame({"v": values}).select(clean_text(pl.col("v")).alias("v"))["v"].drop_nulls()
    counts = cleaned.value_counts()
    lookup = {unicodedata.normalize("NFC", str(k)).strip().lower(): v for k, v in table.items() if str(k).strip() != ""}
    texts, mapped = [], []
    for raw in counts["v"].to_list():
        key = unicodedata.normalize("NFC", raw).lower()
        if key in lookup and lookup[key] is None:
            continue  # the mapping reads this value as empty: not unreadable
        texts.append(raw)
        target = lookup.get(key)
        if target is not None and col.type == BOOL:
            mapped.append("true" if target else "false")
        else:
            mapped.append(raw if target is None else str(target))
    if not texts:
        return {}
    frame = pl.DataFrame({"m": mapped}, schema={"m": pl.Utf8})
    parsed = frame.select(parse_column(pl.col("m"), col.type, categories=col.categories,
                                       date_format=date_format, digits=col.digits,
                                       bounds=col.bounds).bad.alias("bad"))["bad"].to_list()
    n = dict(zip(counts["v"].to_list(), counts["count"].to_list()))
    return {raw: n[raw] for raw, bad in zip(texts, parsed) if bad}


def verify(export: str | Path, mapping_path: str | Path, dataset: str | None = None) -> Verdict:
    m = load_mapping(mapping_path, dataset)
    ds = get_dataset(m.dataset)
    raw = read_raw(Path(export), m)
    # what run will make of it: a column, a pair of columns or a header holding identity numbers stops
    # run (exit 2), so it stops here with the same message; values weighed as chance are masked
    identity_guard(raw, set(m.pseudonymise))
    v = Verdict(export=str(export), mapping=str(mapping_path), dataset=ds.name, notes=list(raw.notes))
    by_norm = {}
    for h in raw.headers:
        by_norm.setdefault(_norm(h), h)
    for canon, header in m.columns.items():
        real = header if header in raw.headers else by_norm.get(_norm(header))
        if real is None:
            v.missing_headers.append((canon, header))
        else:
            v.found[canon] = real
    used = set(v.found.values())
    for col in ds.columns:
        h = by_norm.get(col.name.lower())
        if col.name not in v.found and h is not None and h not in used:
            v.found[col.name] = h
            used.add(h)
    v.no_key = ds.key not in v.found
    frame = raw.frame.head(SAMPLE_ROWS)
    facts = {h: inspect_column(h, frame[h].to_list()) for h in raw.headers}
    pseud = set(m.pseudonymise)
    v.identity = [h for h, f in facts.items() if f.kind == "identity" and h not in pseud]
    v.unmapped = [h for h in raw.headers if h not in used and h not in pseud]
    if v.unmapped:
        free = [c for c in ds.columns if c.name not in v.found]
        sub = type(ds)(ds.name, ds.key, tuple(free), ds.title_nb, ds.title_en)
        for canon, match in match_headers(sub, v.unmapped, facts).items():
            if match.score >= max(ACCEPT, MEDIUM - 5):
                v.guesses.append((match.header, canon, match.confidence))
    errors: dict[str, dict[str, int]] = {}  # XLSX error cells (#N/A …): run lists them whatever the column's type
    for _row, h, text in raw.details.get("error_cells", ()):
        errors.setdefault(h, {}).setdefault(text, 0)
        errors[h][text] += 1
    for _row, h in raw.details.get("formula_cells", ()):  # read as empty, but run lists them: so do we
        label = FORMULA_LABEL
        errors.setdefault(h, {}).setdefault(label, 0)
        errors[h][label] += 1
    for canon, header in v.found.items():
        col = ds.column(canon)
        if col.type == TEXT and not col.digits:
            bad = {}
        else:
            bad = unreadable(raw.frame[header], col, m.values.get(canon, {}), m.date_format)
            bad = {k: n for k, n in bad.items() if k not in errors.get(header, {})}
        bad.update(errors.get(header, {}))
        if bad:
            v.bad.append(BadValues(canon, header, sum(bad.values()), bad))
    v.coverage = coverage(ds.name, set(v.found))
    if not v.stops_run and not m.pseudonymise:  # (pseudonymising needs the key: run says what it lacks)
        try:  # the export as run reads it, whole: what stops run beyond the headers stops the check too
            to_canonical(raw, ds.name, m)
        except InputError as exc:
            v.run_error = exc
    return v


def report(v: Verdict, lang: str = "nb") -> list[str]:
    ds = get_dataset(v.dataset)
    found, total = column_count(ds, v.found)
    lines = [t("onboarding.check.ok_headers", lang, export=Path(v.export).name, mapping=Path(v.mapping).name,
               dataset=v.dataset, found=found, total=total)]
    lines += [str(render(note, lang)) for note in v.notes]
    for canon, header in v.missing_headers:
        lines.append(t("onboarding.check.missing_header", lang, column=canon, header=safe_value(header)))
    if v.no_key:
        lines.append(t("onboarding.check.no_key", lang, key=ds.key))
    for header in v.identity:
        lines.append(t("onboarding.check.identity", lang, header=safe_value(header)))
    if v.run_error is not None:
        lines.append(t("onboarding.check.run_error", lang, error=v.run_error.render(lang)))
    if v.unmapped:
        lines.append(t("onboarding.check.unmapped", lang, headers=", ".join(f"«{safe_value(h)}»" for h in v.unmapped)))
        for header, canon, conf in v.guesses:
            lines.append(t("onboarding.check.maybe", lang, header=safe_value(header), column=canon,
                           confidence=t(f"onboarding.confidence.{conf}", lang)))
    for b in v.bad:
        if b.column in PRIVATE:
            lines.append(t("onboarding.check.bad_values_hidden", lang, column=b.column, header=safe_value(b.header),
                           rows=b.rows, n=len(b.values)))
            continue
        top = sorted(b.values.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
        examples = ", ".join((t("onboarding.check.formula_cell", lang) if val == FORMULA_LABEL else f"«{safe_value(val, 40)}»")
                             + f" ({n})" for val, n in top) + (" …" if len(b.values) > 8 else "")
        lines.append(t("onboarding.check.bad_values", lang, column=b.column, header=safe_value(b.header), rows=b.rows,
                       n=len(b.values), examples=examples))
    if not v.bad:
        lines.append(t("onboarding.check.values_ok", lang))
    cov = v.coverage
    lines.append(t("onboarding.check.not_evaluated", lang, n=len(cov.blocked), total=len(cov.blocked) + len(cov.runnable)))
    for check_id, missing in cov.blocked:
        lines.append(f"  {check_id:<40} " + t("onboarding.map.missing", lang, columns=", ".join(missing)))
    lines.append(t("onboarding.check.stops" if v.stops_run else "onboarding.check.works", lang))
    return lines
