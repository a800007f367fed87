"""Compare audit results across municipalities, offices or runs, so county staff can choose where to inspect.

Input: several results.json documents (one per municipality, or several runs). For
every check of kind *deviation* or *data*, and every unit:

* ``rate = failed / evaluated`` (rows at deviation level among the rows judged);
* a Wilson score interval at 95 % (z = 1.959964), which stays inside [0, 1] and is
  honest for small numbers and for rates of 0 and 1;
* ``small_n`` when fewer than ``min_n`` rows were judged (default 20): the rate is
  shown, but it says little;
* ``rank``: 1 is the highest rate. Units with the same rate share a rank (1, 2, 2, 4);
  the order among them is by the lower confidence limit (higher first), then by the
  number judged (larger first), then by label. Units that judged no rows (or where the
  check was not evaluated) are listed last, without a rank.
* ``overlaps``: the units whose interval overlaps this one's (no detectable difference).
  A unit with few cases never hides a difference between units with enough cases: for
  those, only units with at least ``min_n`` judged rows count.

Units are one per results file (``by="run"``, labelled with ``--label``, else the
run's scope, else the file's folder), or taken from the per-office figures inside
the files (``by="municipality"`` or ``by="office"``). Indicators have no rate of
failures and are left out. Different parameters or audit dates between the inputs are
listed as notes: the rates are then not strictly comparable.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Sequence

from audit.errors import ConfigError, InputError
from audit.municipalities import municipality_label, year_of
from audit.findings.evidence import covered_period
from audit.supervision.joins import Join, join_note, office_part, period_span, resolve_joins
from audit.text import Formatter, msg, t

Z95 = 1.959963984540054
DEFAULT_MIN_N = 20
BY = ("run", "municipality", "office")
XLSX_NAME, HTML_NAME, JSON_NAME = "sammenligning.xlsx", "sammenligning.html", "sammenligning.json"


def wilson(failed: int, n: int, z: float = Z95) -> tuple[float, float] | None:
    """Wilson score interval for ``failed`` of ``n``; None when n = 0."""
    if n <= 0:
        return None
    p = failed / n
    z2 = z * z
    denom = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass
class Figure:
    unit: str
    evaluated: int = 0
    failed: int = 0
    warned: int = 0
    unknown: int = 0
    status: str = "ok"  # the check's status in that unit's input (not_evaluated when it could not be judged)
    rate: float | None = None
    low: float | None = None
    high: float | None = None
    small_n: bool = False
    rank: int | None = None
    # units whose 95 % interval overlaps this one's: the ranks among them are not a
    # detectable difference, and the reports say so instead of printing the rank. For a
    # unit with enough cases, only the other units with enough cases count: a unit with
    # 2 cases has an interval as wide as 0–66 % and would otherwise hide every difference.
    overlaps: list[str] = field(default_factory=list)

    @property
    def distinct(self) -> bool:
        """The rate differs detectably from every other unit's (no interval overlaps; see ``overlaps``).

        Never for a unit with few cases: 1 of 2 may lie clear of every other interval, but a
        municipality with two cases is not ranked among municipalities."""
        return self.rate is not None and not self.small_n and not self.overlaps

    def finish(self, min_n: int) -> "Figure":
        if self.evaluated > 0 and self.status != "not_evaluated":
            self.rate = self.failed / self.evaluated
            self.low, self.high = wilson(self.failed, self.evaluated)
        self.small_n = self.evaluated < min_n
        return self


@dataclass
class CheckComparison:
    id: str
    kind: str
    title: dict
    legal_basis: str
    figures: list[Figure]  # ranked
    total: Figure
    notes: list[str] = field(default_factory=list)


@dataclass
class Unit:
    label: str
    source: str
    scope: str | None = None
    as_of: str | None = None
    run_id: str | None = None
    municipality: str | None = None
    office: str | None = None
    period: dict | None = None  # {"from", "to"}: run --period, else a KOSTRA file's reporting year; None: not stated
    kostra_year: int | None = None  # the period is a KOSTRA file's reporting year
    joined: list[str] = field(default_factory=list)  # the units counted in this one (--join), itself not included


def _period_note(units: list[Unit], lang: str) -> list[str]:
    """A note when the units' figures cover different periods (or some state none)."""
    if len({json.dumps(u.period, sort_keys=True) for u in units}) < 2:
        return []
    fmt = Formatter(lang)
    groups: dict[str, list[str]] = {}  # period in words -> the units covering it, in unit order
    for u in units:
        if u.period is None:
            shown = t("compare.period.none", lang)
        else:
            shown = f"{fmt.date(u.period['from'])}–{fmt.date(u.period['to'])}"
            if u.kostra_year:
                shown += " " + t("compare.period.kostra", lang, year=u.kostra_year)
        groups.setdefault(shown, []).append(u.label)
    parts = [f"{fmt.items(labels)}: {shown}" for shown, labels in groups.items()]
    return [t("compare.note.periods_differ", lang, periods="; ".join(parts))]


@dataclass
class Comparison:
    suite: str
    by: str
    min_n: int
    units: list[Unit]
    checks: list[CheckComparison]
    inputs: list[dict]
    notes: list[str] = field(default_factory=list)
    joins: dict[str, str] = field(default_factory=dict)  # unit as found in the files -> the unit it is counted in

    def to_json(self) -> dict:
        return {
            "kind": "nav-audit-comparison",
            "suite": self.suite,
            "by": self.by,
            "min_n": self.min_n,
            "joins": [{"unit": unit, "into": into} for unit, into in self.joins.items()],
            "confidence": {"method": "wilson", "level": 0.95, "z": Z95},
            "units": [asdict(u) for u in self.units],
            "inputs": self.inputs,
            "notes": self.notes,
            "checks": [
                {"id": c.id, "kind": c.kind, "title": c.title, "legal_basis": c.legal_basis, "notes": c.notes,
                 "total": asdict(c.total), "figures": [{**asdict(f), "distinct": f.distinct} for f in c.figures]}
                for c in self.checks
            ],
        }


# --------------------------------------------------------------------------- reading


def load_results(path: str | Path) -> dict:
    """A results.json (or a folder holding one), read and checked by audit.results_model.load."""
    from audit.results_model import load

    return load(path).to_dict()


def _unit_label(doc: dict, path: str) -> str:
    run = doc.get("run") or {}
    ds = doc.get("dataset") or {}
    if run.get("scope"):
        return str(run["scope"])
    if ds.get("municipalities"):
        return "+".join(ds["municipalities"])
    parent = Path(path).parent.name if Path(path).name == "results.json" else Path(path).stem
    return parent or str(path)


def _office_label(office: str | None, municipality: str | None, lang: str = "nb") -> str:
    if office and office.strip("0") == "" and municipality:
        # KOSTRA's BYDELSNR "00": no district, the whole municipality (not an office called "00")
        return t("reports.compare.whole_municipality", lang, municipality=municipality)
    office = office or t("reports.compare.no_office", lang)
    return f"{office} ({municipality})" if municipality else office


def _refuse_duplicates(docs: Sequence[tuple[str, dict]]) -> None:
    """The same results file (or the same run) given twice would be counted twice."""
    paths: dict[Path, str] = {}
    runs: dict[str, str] = {}
    for p, d in docs:
        real = Path(p).resolve()
        if real.is_dir():
            real = real / "results.json"
        if real in paths:
            raise InputError(msg("error.compare.file_twice"), file=p, hint=msg("error.compare.file_twice_hint", other=paths[real]))
        paths[real] = p
        run_id = str((d.get("run") or {}).get("id") or "")
        if run_id and run_id in runs:
            raise InputError(msg("error.compare.run_twice", run=run_id), file=p,
                             hint=msg("error.compare.run_twice_hint", other=runs[run_id]))
        if run_id:
            runs[run_id] = p


def _sources(d: dict) -> set[str]:
    """What a unit's figures rest on: ``kostra`` (a KOSTRA file), ``export`` (a case export), ``review`` (a sample)."""
    out = set()
    for i in (d.get("run") or {}).get("inputs") or []:
        fmt = str(i.get("format") or "")
        out.add("kostra" if fmt.startswith("kostra") else "review" if fmt == "review" or i.get("review") else "export")
    return out


def _source_notes(docs: Sequence[tuple[str, dict]], units: list["Unit"], by: str, lang: str,
                  files_of: dict[str, list[str]] | None = None) -> list[str]:
    """Notes when the units' figures rest on different kinds of input (KOSTRA against case
    exports, a reviewed sample against whole populations)."""
    # each unit rests on the file it came from (with --by municipality/office: the files holding its figures)
    by_path = {p: d for p, d in docs}
    files_of = files_of or {u.label: [u.source] for u in units}
    kinds = ({u.label: _sources(d) for u, (_, d) in zip(units, docs)} if by == "run"
             else {u.label: set().union(*(_sources(by_path[p]) for p in files_of[u.label] if p in by_path))
                   for u in units})
    notes = []
    kostra = sorted(label for label, k in kinds.items() if "kostra" in k)
    export = sorted(label for label, k in kinds.items() if "export" in k and "kostra" not in k)
    names = Formatter(lang).items  # "A, B og C"
    if kostra and export:
        notes.append(t("reports.compare.note.sources", lang, kostra=names(kostra), export=names(export)))
    sample = sorted(label for label, k in kinds.items() if "review" in k)
    whole = sorted(label for label, k in kinds.items() if "review" not in k)
    if sample and whole:
        notes.append(t("reports.compare.note.sample", lang, sample=names(sample), whole=names(whole)))
    return notes


def _column_notes(cid: str, per_unit: dict[str, dict], lang: str) -> list[str]:
    """A check that uses a column some units' data do not have (e.g. no preliminary-reply
    column in a KOSTRA file): their rate may be lower for that reason alone."""
    used: set[str] = set()
    for c in per_unit.values():
        used.update(c.get("missing_columns") or [])
        for case in c.get("cases") or []:
            used.update((case.get("details") or {}).keys())
            used.update((case.get("facts") or {}).keys())
    notes = []
    for col in sorted(used):
        lacking = sorted(label for label, c in per_unit.items()
                         if col in (c.get("missing_columns") or []) or (c.get("_columns") is not None
                                                                         and col not in c["_columns"]))
        if lacking and len(lacking) < len(per_unit):
            word = t(f"column.{col}", lang)
            notes.append(t("reports.compare.note.column", lang, units=", ".join(lacking),
                           column=word if word != f"column.{col}" else col))
    return notes


def _parameter_notes(cid: str, params: dict[str, dict], lang: str) -> list[str]:
    """Which parameter differs (in words, not its code name), with each unit's value."""
    from checks.base import param_unit
    from reports.explain import param_label, value_with_unit

    fmt = Formatter(lang)
    names = sorted({n for p in params.values() for n in p})
    notes = []
    for n in names:
        values = {label: json.dumps(p.get(n), sort_keys=True, ensure_ascii=False) for label, p in params.items()}
        if len(set(values.values())) > 1:
            shown = "; ".join(f"{label}: {value_with_unit(fmt, p.get(n), param_unit(n)) or values[label]}"
                              for label, p in params.items())
            notes.append(t("reports.compare.note.parameter", lang, name=param_label(lang, cid, n), values=shown))
    return notes


# --------------------------------------------------------------------------- comparing


def compare_results(
    docs: Sequence[tuple[str, dict]],
    *,
    by: str = "run",
    labels: Sequence[str] | None = None,
    min_n: int = DEFAULT_MIN_N,
    lang: str = "nb",
    joins: Sequence[Join] | None = None,
) -> Comparison:
    """Compare ``docs`` ((path, results) pairs) per check; see the module docstring."""
    if by not in BY:
        raise InputError(msg("error.compare.unknown_by", by=by), hint=msg("error.compare.unknown_by_hint", names=", ".join(BY)))
    if joins and by == "run":
        raise ConfigError(msg("error.compare.join_by_run"), hint=msg("error.compare.join_by_run_hint"))
    if not docs:
        raise InputError(msg("error.compare.no_files"))
    if labels and len(labels) != len(docs):
        raise InputError(msg("error.compare.labels_count", files=len(docs), labels=len(labels)),
                         hint=msg("error.compare.labels_count_hint"))
    suites = {d.get("run", {}).get("suite") for _, d in docs}
    if len(suites) > 1:
        raise InputError(msg("error.compare.suites_differ", suites=", ".join(sorted(str(s) for s in suites))),
                         hint=msg("error.compare.suites_differ_hint"))
    suite = suites.pop()
    _refuse_duplicates(docs)
    notes: list[str] = []

    # units
    units: list[Unit] = []
    jmap: dict[str, str] = {}
    files_of: dict[str, list[str]] | None = None
    if by == "run":
        raw_labels = list(labels) if labels else [_unit_label(d, p) for p, d in docs]
        seen: dict[str, int] = {}
        for (p, d), label in zip(docs, raw_labels):
            run = d.get("run", {})
            if label in seen and not labels:
                label = f"{label} ({Formatter(lang).date(run['as_of']) if run.get('as_of') else run.get('id')})"
            if label in seen:
                raise InputError(msg("error.compare.same_label", label=label), file=p, hint=msg("error.compare.same_label_hint"))
            seen[label] = 1
            period, year = covered_period(d)
            units.append(Unit(label=label, source=p, scope=run.get("scope"), as_of=run.get("as_of"), run_id=run.get("id"),
                              period=period, kostra_year=year))
    else:
        units, jmap, files_of = _units_in_files(docs, by, joins or (), lang)
        if not units:
            raise InputError(msg("error.compare.no_by_office"), hint=msg("error.compare.no_by_office_hint"))
        if jmap:
            notes.append(join_note(jmap, lang))

    as_ofs = sorted({d["run"].get("as_of") for p, d in docs if d["run"].get("as_of")
                     and (files_of is None or any(p in fs for fs in files_of.values()))})
    if len(as_ofs) > 1:
        notes.append(t("compare.note.as_of_differ", lang, dates=", ".join(Formatter(lang).date(d) for d in as_ofs)))
    notes += _period_note(units, lang)
    notes += _source_notes(docs, units, by, lang, files_of)

    # checks, in the order of the first file, then any others
    order: list[str] = []
    meta: dict[str, dict] = {}
    for _, d in docs:
        for c in d["checks"]:
            if c.get("kind") == "indicator":
                continue
            if c["id"] not in meta:
                order.append(c["id"])
                meta[c["id"]] = c
    checks: list[CheckComparison] = []
    for cid in order:
        figures: dict[str, Figure] = {u.label: Figure(unit=u.label, status="not_evaluated") for u in units}
        params: dict[str, str] = {}
        param_values: dict[str, dict] = {}
        per_unit: dict[str, dict] = {}
        for i, (p, d) in enumerate(docs):
            c = next((x for x in d["checks"] if x["id"] == cid), None)
            if c is None:
                continue
            params[p] = json.dumps(c.get("parameters") or {}, sort_keys=True)
            label = units[i].label if by == "run" else p
            param_values[label] = c.get("parameters") or {}
            columns = (d.get("dataset") or {}).get("columns")
            per_unit[label] = {**c, "_columns": set(columns) if isinstance(columns, list) and columns else None}
            evaluable = c.get("status") != "not_evaluated" and not c.get("error")
            if by == "run":
                f = figures[units[i].label]
                if evaluable:
                    _add(f, c, c.get("status", "ok"))
            else:
                for o in c.get("by_office") or []:
                    label = _raw_label(o, by, lang, year_of(d))
                    label = jmap.get(label, label)
                    if label in figures and evaluable:
                        _add(figures[label], o, "ok")
        cnotes = []
        if len(set(params.values())) > 1:
            cnotes.append(t("compare.note.parameters_differ", lang))
            cnotes += _parameter_notes(cid, param_values, lang)
        if len(per_unit) > 1:
            cnotes += _column_notes(cid, per_unit, lang)
        figs = [f.finish(min_n) for f in figures.values()]
        for f in figs:
            if by != "run" and f.status != "not_evaluated":
                f.status = "deviation" if f.failed else "warning" if f.warned else "ok"
        total = Figure(unit="alle", status="ok")
        for f in figs:
            if f.status != "not_evaluated":
                total.evaluated += f.evaluated
                total.failed += f.failed
                total.warned += f.warned
                total.unknown += f.unknown
        if all(f.status == "not_evaluated" for f in figs):
            total.status = "not_evaluated"
        total.finish(min_n)
        c = meta[cid]
        checks.append(CheckComparison(id=cid, kind=c.get("kind", "deviation"), title=c.get("title") or {"nb": cid, "en": cid},
                                      legal_basis=c.get("legal_basis") or "", figures=rank(figs), total=total, notes=cnotes))
    inputs = [{"path": p, "run_id": d["run"].get("id"), "as_of": d["run"].get("as_of"), "scope": d["run"].get("scope"),
               "rows": (d.get("dataset") or {}).get("rows")} for p, d in docs]
    return Comparison(suite=suite, by=by, min_n=min_n, units=units, checks=checks, inputs=inputs, notes=notes,
                      joins=jmap)


def _raw_label(o: dict, by: str, lang: str, year: int | None) -> str:
    """The unit of one ``by_office`` row, as the files have it (before any --join); a municipality
    by its name in ``year`` where known: «Halden (3101)»."""
    if by == "municipality":
        return municipality_label(o["municipality"], year) if o.get("municipality") else t("compare.no_municipality", lang)
    return _office_label(o.get("office"), o.get("municipality"), lang)


def _units_in_files(docs: Sequence[tuple[str, dict]], by: str, joins: Sequence[Join], lang: str
                    ) -> tuple[list[Unit], dict[str, str], dict[str, list[str]]]:
    """The units inside the files' per-office figures, joined as ``joins`` say: the units (sorted by
    label), each joined unit -> the unit it is counted in, and per unit the files its figures come from.

    A unit as found in the files must be in one file only (it would count twice); a joined unit may
    gather units from several files (an office renamed between two exports)."""
    owners: dict[str, str] = {}
    raw: dict[str, Unit] = {}
    for p, d in docs:
        found: set[str] = set()
        year = year_of(d)
        for c in d["checks"]:
            for o in c.get("by_office") or []:
                label = _raw_label(o, by, lang, year)
                found.add(label)
                if label not in owners:
                    owners[label] = p
                    period, kostra_year = covered_period(d)
                    raw[label] = Unit(label=label, source=p, scope=d["run"].get("scope"), as_of=d["run"].get("as_of"),
                                      run_id=d["run"].get("id"), municipality=o.get("municipality"),
                                      office=o.get("office") if by == "office" else None,
                                      period=period, kostra_year=kostra_year)
        for label in found:
            if owners[label] != p:
                raise InputError(msg("error.compare.unit_in_both", label=label, first=owners[label], second=p),
                                 file=p, hint=msg("error.compare.unit_in_both_hint"))
    jmap = resolve_joins(joins, list(raw), by, {k: u.municipality for k, u in raw.items()}) if joins else {}
    members: dict[str, list[str]] = {}
    for label in raw:
        members.setdefault(jmap.get(label, label), []).append(label)
    units: list[Unit] = []
    files_of: dict[str, list[str]] = {}
    for label, parts in members.items():
        us = [raw[m] for m in parts]
        head = raw.get(label) or us[0]
        unit = Unit(**{**asdict(head), "label": label, "joined": sorted(m for m in parts if m != label)})
        if label not in raw:  # a new name: the office (and municipality) of the name, not of a member
            unit.office = office_part(label) if by == "office" else None
            munis = {u.municipality for u in us}
            unit.municipality = munis.pop() if len(munis) == 1 else None
            if by == "municipality":
                unit.municipality = label
        if len({json.dumps(u.period, sort_keys=True) for u in us}) > 1:
            unit.period, unit.kostra_year = period_span([u.period for u in us]), None
        files_of[label] = list(dict.fromkeys(u.source for u in us))
        units.append(unit)
    units.sort(key=lambda u: u.label)
    return units, jmap, files_of


def _add(f: Figure, src: dict, status: str) -> None:
    if f.status == "not_evaluated":
        f.status = status
    for k in ("evaluated", "failed", "warned", "unknown"):
        setattr(f, k, getattr(f, k) + int(src.get(k) or 0))


def rank(figures: list[Figure]) -> list[Figure]:
    """Sort and rank (see the module docstring); figures without a rate go last, unranked."""
    rated = [f for f in figures if f.rate is not None]
    unrated = sorted((f for f in figures if f.rate is None), key=lambda f: f.unit)
    rated.sort(key=lambda f: (-f.rate, -(f.low or 0.0), -f.evaluated, f.unit))
    for f in rated:
        f.rank = 1 + sum(1 for g in rated if g.rate > f.rate)
        # units with few cases count only for a unit with few cases, or when no other unit has enough
        enough = any(g is not f and not g.small_n for g in rated)
        f.overlaps = [g.unit for g in rated if g is not f and g.low is not None and f.low is not None
                      and g.low <= f.high and f.low <= g.high and (f.small_n or not g.small_n or not enough)]
    for f in unrated:
        f.rank = None
        f.overlaps = []
    return rated + unrated


# --------------------------------------------------------------------------- formatting


def percent(x: float | None, lang: str = "nb") -> str:
    """A rate as a percent with one decimal: ``25,0 %`` (bokmål), ``25.0%`` (English)."""
    return Formatter(lang).percent(x, 1, fixed=True)
