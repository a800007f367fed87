"""Stratified random samples of cases: seeded, reproducible, documented.

A supervisor (or a controller preparing for one) reviews a sample of cases by hand.
:func:`draw_sample` draws it from a loaded table:

* **strata** are canonical columns (``office``, ``decision``, ``municipality``, …) and
  two derived ones: ``age_group`` (age at ``decision_date``, or at ``as_of`` when the
  case has no decision date; groups from ``age_bounds``) and ``decision_year``;
* **allocation** is either *proportional* to a total — largest-remainder rounding, so the
  sizes add up to exactly the total, optionally with a minimum per stratum — or *fixed*
  per stratum (all cases of a stratum smaller than that);
* **selection** within a stratum takes the cases whose ``sha256("<seed>:<key>")`` is
  lowest. That is a uniform random sample without replacement for any seed, and it
  depends only on the seed and the set of keys: not on the row order of the export,
  nor on the polars, numpy or Python version. Anyone can re-compute it.

:func:`reports.sample_file.write_sample` writes the sample (CSV or XLSX: key, strata,
stratum label) and a JSON sidecar with the seed, population, strata and their sizes
(:meth:`Sample.metadata`); the sample's labels are in the language it was drawn in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import polars as pl

from audit.datasets import BOOL, CATEGORY, INT, TEXT, Dataset, get_dataset
from audit.errors import InputError
from audit import TOOL_NAME, __version__
from audit.inputs import read_table as read_raw  # the identity guard included
from audit.table import ROW, LoadedTable
from checks.measures import age_at
from audit.text import msg, t

DEFAULT_AGE_BOUNDS: tuple[int, ...] = (25, 30, 40, 50)
DERIVED = ("age_group", "decision_year")
SAMPLE_KIND = "nav-audit-sample"
SAMPLE_VERSION = 1
METHOD = "sha256-rank"
STRATUM = "stratum"
STRATUM_SEPARATOR = " | "


@dataclass
class Stratum:
    values: dict[str, str]
    population: int
    sample: int
    quota: float | None = None  # proportional share before rounding (proportional mode)
    keys: list[str] = field(default_factory=list)
    lang: str = "nb"

    @property
    def label(self) -> str:
        return STRATUM_SEPARATOR.join(self.values.values()) if self.values else t("sample.all", self.lang)

    def to_json(self) -> dict:
        out: dict = {"stratum": self.label, "values": dict(self.values), "population": self.population,
                     "sample": self.sample}
        if self.quota is not None:
            out["quota"] = round(self.quota, 4)
        return out


@dataclass
class Sample:
    dataset: str
    key: str
    seed: int
    strata_columns: list[str]
    allocation: dict
    population: int
    strata: list[Stratum]
    frame: pl.DataFrame  # key, strata columns (labels), stratum
    as_of: dt.date
    age_bounds: tuple[int, ...] | None = None
    filters: dict[str, list[str]] = field(default_factory=dict)
    inputs: list[dict] = field(default_factory=list)
    input_issues: int = 0
    lang: str = "nb"

    @property
    def size(self) -> int:
        return self.frame.height

    @property
    def keys(self) -> list[str]:
        return self.frame[self.key].to_list()

    def metadata(self, files: dict[str, str] | None = None) -> dict:
        out: dict = {
            "kind": SAMPLE_KIND,
            "version": SAMPLE_VERSION,
            "tool": {"name": TOOL_NAME, "version": __version__},
            "created_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "dataset": self.dataset,
            "key": self.key,
            "inputs": self.inputs,
            "input_issues": self.input_issues,
            "as_of": self.as_of.isoformat(),
            "filters": self.filters,
            "seed": self.seed,
            "method": METHOD,
            "method_description": t("sample.method", self.lang),
            "lang": self.lang,
            "strata_columns": self.strata_columns,
            "allocation": self.allocation,
            "population": self.population,
            "sample_size": self.size,
            "strata": [s.to_json() for s in self.strata],
        }
        if self.age_bounds is not None:
            out["age_groups"] = {"bounds": list(self.age_bounds), "labels": age_labels(self.age_bounds, self.lang),
                                 "reference": "decision_date, else as_of"}
        if files:
            out["files"] = files
        return out


# --------------------------------------------------------------------------- allocation


def allocate_proportional(sizes: Sequence[int], total: int, minimum: int = 0) -> tuple[list[int], list[float | None]]:
    """Sizes per stratum adding up to ``total``, proportional to ``sizes``.

    Largest-remainder (Hamilton) rounding: every stratum gets the integer part of its
    quota ``total * N_h / N``; the units left over go to the largest fractional parts
    (ties: the larger stratum, then the earlier one). With ``minimum``, a stratum whose
    quota is below ``min(minimum, N_h)`` gets exactly that and the rest is re-allocated
    proportionally among the others, until no quota is below its minimum.

    Returns the sizes and the quotas (None for strata fixed at their minimum).
    """
    sizes = list(sizes)
    population = sum(sizes)
    if total < 0:
        raise ValueError("total must be 0 or more")
    if total > population:
        raise ValueError(f"total {total} is larger than the population {population}")
    floor_of = [min(minimum, s) for s in sizes]
    if sum(floor_of) > total:
        raise ValueError(f"the minimum per stratum needs {sum(floor_of)} cases, more than the total {total}")
    fixed: dict[int, int] = {}
    while True:
        free = [i for i in range(len(sizes)) if i not in fixed]
        rest = total - sum(fixed.values())
        weight = sum(sizes[i] for i in free)
        quotas = {i: (rest * sizes[i] / weight if weight else 0.0) for i in free}
        below = [i for i in free if quotas[i] < floor_of[i]]
        if not below:
            break
        for i in below:
            fixed[i] = floor_of[i]
    alloc = [0] * len(sizes)
    for i, n in fixed.items():
        alloc[i] = n
    for i in free:
        alloc[i] = math.floor(quotas[i])
    left = total - sum(alloc)
    order = sorted(free, key=lambda i: (-(quotas[i] - math.floor(quotas[i])), -sizes[i], i))
    for i in order[:left]:
        alloc[i] += 1
    return alloc, [quotas.get(i) for i in range(len(sizes))]


def allocate_fixed(sizes: Sequence[int], per_stratum: int) -> list[int]:
    """``per_stratum`` from every stratum, or all of a smaller stratum."""
    if per_stratum < 0:
        raise ValueError("per_stratum must be 0 or more")
    return [min(per_stratum, s) for s in sizes]


def rank(seed: int, key: str) -> str:
    """The selection order of a key: lower is drawn first (documented in the sidecar)."""
    return hashlib.sha256(f"{seed}:{key}".encode("utf-8")).hexdigest()


def new_seed() -> int:
    return secrets.randbelow(900_000) + 100_000


# --------------------------------------------------------------------------- strata


def age_labels(bounds: Sequence[int], lang: str = "nb") -> list[str]:
    b = list(bounds)
    labels = [t("sample.age.under", lang, age=b[0])]
    labels += [t("sample.age.between", lang, low=lo, high=hi - 1) for lo, hi in zip(b, b[1:])]
    labels.append(t("sample.age.over", lang, age=b[-1]))
    return labels


def _age_group_expr(bounds: Sequence[int], as_of: dt.date, lang: str = "nb") -> pl.Expr:
    ref = pl.col("decision_date").fill_null(pl.lit(as_of))
    age = age_at(ref)
    labels = age_labels(bounds, lang)
    e = pl.when(age.is_null()).then(pl.lit(t("sample.unknown_age", lang)))
    e = e.when(age < bounds[0]).then(pl.lit(labels[0]))
    for i, hi in enumerate(bounds[1:], start=1):
        e = e.when(age < hi).then(pl.lit(labels[i]))
    return e.otherwise(pl.lit(labels[-1]))


def _label_expr(name: str, type_: str, lang: str = "nb") -> pl.Expr:
    c = pl.col(name)
    if type_ == BOOL:
        text = pl.when(c).then(pl.lit(t("sample.yes", lang))).when(~c).then(pl.lit(t("sample.no", lang)))
    else:
        text = c.cast(pl.Utf8)
    return text.fill_null(pl.lit(t("sample.empty", lang)))


def parse_age_bounds(text: str | Sequence[int] | None) -> tuple[int, ...]:
    if text is None:
        return DEFAULT_AGE_BOUNDS
    if isinstance(text, str):
        try:
            values = [int(x) for x in text.replace(" ", "").split(",") if x]
        except ValueError:
            raise InputError(msg("error.sample.age_groups_integers"), value=text,
                             hint=msg("error.sample.age_groups_hint")) from None
    else:
        values = [int(x) for x in text]
    if not values or any(b <= a for a, b in zip(values, values[1:])) or values[0] <= 0:
        raise InputError(msg("error.sample.age_groups_rising"), value=",".join(map(str, values)),
                         hint=msg("error.sample.age_groups_hint"))
    return tuple(values)


def _stratum_frame(table: LoadedTable, ds: Dataset, columns: Sequence[str], as_of: dt.date,
                   age_bounds: Sequence[int], lang: str = "nb") -> pl.DataFrame:
    frame = table.frame
    exprs: list[pl.Expr] = []
    present = set(frame.columns)
    allowed = [c.name for c in ds.columns  # not the key, not free text (grounds for an extension …)
               if c.type in (TEXT, CATEGORY, BOOL, INT) and c.name != ds.key and not c.name.endswith("_reason")]
    for name in columns:
        if name == "age_group":
            if not {"birth_date", "birth_year"} & present:
                raise InputError(msg("error.sample.age_group_needs_birth"), column="age_group")
            exprs.append(_age_group_expr(age_bounds, as_of, lang).alias(name))
        elif name == "decision_year":
            if "decision_date" not in present:
                raise InputError(msg("error.sample.decision_year_needs_date"), column="decision_year")
            exprs.append(pl.col("decision_date").dt.year().cast(pl.Utf8).fill_null(pl.lit(t("sample.empty", lang)))
                         .alias(name))
        else:
            col = ds.column(name)
            if col is None or name not in allowed:
                usable = [c for c in allowed if c in present] + list(DERIVED)
                kind = msg("error.sample.kind.not_canonical" if col is None else "error.sample.kind.date_or_number")
                raise InputError(msg("error.sample.not_a_stratum", name=name, kind=kind), column=name,
                                 hint=msg("error.sample.strata_hint", names=", ".join(usable)))
            if name not in present:
                usable = [c for c in allowed if c in present] + list(DERIVED)
                raise InputError(msg("error.sample.stratum_missing", name=name), column=name,
                                 hint=msg("error.sample.strata_hint", names=", ".join(usable)))
            exprs.append(_label_expr(name, col.type, lang).alias(name))
    needed = [c for c in ("birth_date", "birth_year", "decision_date") if c not in present]
    base = frame.with_columns([pl.lit(None, dtype=ds.column(c).dtype).alias(c) for c in needed])
    return base.select([pl.col(ds.key), *exprs])


def _apply_filters(frame: pl.DataFrame, table: LoadedTable, ds: Dataset, filters: dict[str, list[str]],
                   lang: str = "nb") -> pl.DataFrame:
    if not filters:
        return frame
    mask = pl.lit(True)
    for name, wanted in filters.items():
        col = ds.column(name)
        if col is None or name not in table.frame.columns:
            raise InputError(msg("error.sample.filter_column_missing", name=name), column=name)
        labels = table.frame.select(_label_expr(name, col.type, lang).str.to_lowercase().alias("v"))["v"]
        frame = frame.with_columns(labels.alias(f"__filter_{name}"))
        mask = mask & pl.col(f"__filter_{name}").is_in([w.strip().lower() for w in wanted])
    return frame.filter(mask).select([c for c in frame.columns if not c.startswith("__filter_")])


def _stratum_order(row: dict, strata: Sequence[str], bounds: Sequence[int] | None, lang: str = "nb") -> tuple:
    """Strata in a readable order: values alphabetically, age groups youngest first, empty last."""
    labels = age_labels(bounds, lang) if bounds else []
    empty = t("sample.empty", lang)
    out = []
    for c in strata:
        v = str(row[c])
        if c == "age_group":
            out.append((labels.index(v) if v in labels else len(labels), ""))
        else:
            out.append((1 if v == empty else 0, v))
    return tuple(out)


def parse_filters(items: Sequence[str]) -> dict[str, list[str]]:
    """``["decision=granted", "office=NAV A,NAV B"]`` -> {"decision": ["granted"], …}."""
    out: dict[str, list[str]] = {}
    for item in items:
        if "=" not in item:
            raise InputError(msg("error.sample.filter_form"), value=item, hint=msg("error.sample.filter_form_hint"))
        name, values = item.split("=", 1)
        vals = [v.strip() for v in values.split(",") if v.strip()]
        if not name.strip() or not vals:
            raise InputError(msg("error.sample.filter_form"), value=item)
        out.setdefault(name.strip(), []).extend(vals)
    return out


# --------------------------------------------------------------------------- drawing


def draw_sample(
    table: LoadedTable,
    *,
    strata: Sequence[str] = (),
    total: int | None = None,
    per_stratum: int | None = None,
    min_per_stratum: int = 0,
    seed: int | None = None,
    as_of: dt.date | None = None,
    age_bounds: Sequence[int] | None = None,
    filters: dict[str, list[str]] | None = None,
    lang: str = "nb",
) -> Sample:
    """Draw a stratified sample from ``table``; exactly one of ``total`` and ``per_stratum``."""
    ds = get_dataset(table.dataset)
    if (total is None) == (per_stratum is None):
        raise InputError(msg("error.sample.total_or_per_stratum"))
    if total is not None and total <= 0 or per_stratum is not None and per_stratum <= 0:
        raise InputError(msg("error.sample.size_positive"))
    if min_per_stratum < 0:
        raise InputError(msg("error.sample.min_negative"))
    if per_stratum is not None and min_per_stratum:
        raise InputError(msg("error.sample.min_only_total"))
    strata = list(dict.fromkeys(strata))
    seed = new_seed() if seed is None else int(seed)
    as_of = as_of or dt.date.today()
    bounds = parse_age_bounds(age_bounds) if "age_group" in strata else None
    frame = _stratum_frame(table, ds, strata, as_of, bounds or DEFAULT_AGE_BOUNDS, lang)
    frame = _apply_filters(frame, table, ds, filters or {}, lang)
    population = frame.height
    if population == 0:
        raise InputError(msg("error.sample.empty_population"), hint=msg("error.sample.empty_population_hint"))
    key = ds.key
    frame = frame.with_columns(
        pl.col(key).map_elements(lambda k: rank(seed, k), return_dtype=pl.Utf8).alias("__rank")
    )
    if strata:
        groups = frame.group_by(strata).agg(pl.len().alias("n"))
        rows = sorted(groups.iter_rows(named=True), key=lambda r: _stratum_order(r, strata, bounds, lang))
        strata_values = [{c: str(r[c]) for c in strata} for r in rows]
        sizes = [int(r["n"]) for r in rows]
    else:
        strata_values, sizes = [{}], [population]
    quotas: list[float | None]
    requested = None
    if total is not None:
        if total > population:  # a small municipality: every case (the same --total over many municipalities)
            requested, total = total, population
        try:
            alloc, quotas = allocate_proportional(sizes, total, min_per_stratum)
        except ValueError:
            need = sum(min(min_per_stratum, s) for s in sizes)
            raise InputError(msg("error.sample.min_needs", min=min_per_stratum, need=need, total=total),
                             hint=msg("error.sample.min_needs_hint")) from None
        allocation = {"mode": "proportional", "total": total, "min_per_stratum": min_per_stratum,
                      "rounding": "largest remainder"}
        if requested is not None:
            allocation["requested_total"] = requested
    else:
        alloc, quotas = allocate_fixed(sizes, per_stratum), [None] * len(sizes)
        allocation = {"mode": "fixed", "per_stratum": per_stratum}
    out: list[Stratum] = []
    picked: list[pl.DataFrame] = []
    for values, n_pop, n, q in zip(strata_values, sizes, alloc, quotas):
        members = frame
        for c, v in values.items():
            members = members.filter(pl.col(c) == v)
        chosen = members.sort("__rank").head(n).sort(key)
        st = Stratum(values=values, population=n_pop, sample=n, quota=q, keys=chosen[key].to_list(), lang=lang)
        out.append(st)
        picked.append(chosen.with_columns(pl.lit(st.label).alias(STRATUM)))
    result = pl.concat(picked) if picked else frame.head(0).with_columns(pl.lit("").alias(STRATUM))
    result = result.select([key, *strata, STRATUM])
    return Sample(
        dataset=ds.name, key=key, seed=seed, strata_columns=strata, allocation=allocation, population=population,
        strata=out, frame=result, as_of=as_of, age_bounds=bounds, filters=dict(filters or {}),
        inputs=[s.to_json() for s in table.sources], input_issues=len(table.issues), lang=lang,
    )


# --------------------------------------------------------------------------- writing and reading


def sidecar_path(out: str | Path) -> Path:
    out = Path(out)
    return out.with_suffix(".json")


class SampleCases(list):
    """(key, stratum label) pairs, with ``rows``: each key's row in the sample file (for messages)."""

    def __init__(self, items=(), rows: dict[str, int] | None = None) -> None:
        super().__init__(items)
        self.rows = rows or {}


def read_sample_file(path: str | Path, dataset: str) -> SampleCases:
    """(key, stratum label) per case of a sample file, in file order (``.rows``: each key's row).

    The file is the output of :func:`reports.sample_file.write_sample`, or any table with
    the dataset's key column (a plain list of keys; stratum is then None).
    """
    ds = get_dataset(dataset)
    raw = read_raw(path)
    header = next((h for h in raw.headers if h.strip().lower() == ds.key), None)
    if header is None:
        raise InputError(msg("error.sample.file_no_key", key=ds.key), file=str(path), row=1,
                         hint=msg("error.sample.file_no_key_hint"))
    label = next((h for h in raw.headers if h.strip().lower() == STRATUM), None)
    labels = raw.frame[label].to_list() if label else [None] * raw.frame.height
    out = SampleCases()
    seen: set[str] = set()
    for k, s, r in zip(raw.frame[header].to_list(), labels, raw.frame[ROW].to_list()):
        if k is None or not k.strip():
            continue
        k = k.strip()
        if k in seen:
            raise InputError(msg("error.sample.key_twice"), file=str(path), row=int(r), column=header, value=k)
        seen.add(k)
        out.rows[k] = int(r)
        out.append((k, s.strip() if s and s.strip() else None))
    if not out:
        raise InputError(msg("error.sample.file_empty"), file=str(path))
    return out


def read_sample_metadata(path: str | Path) -> dict | None:
    """The sidecar of a sample file, when it is there and is ours."""
    side = sidecar_path(path)
    if not side.exists():
        return None
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("kind") == SAMPLE_KIND else None
