"""What the case-export generators (:mod:`sample_data.generate` for KVP and
:mod:`sample_data.generate_stonad` for økonomisk stønad) have in common.

Both build every row as a compliant case, inject deviation *kinds* at their rates
without disturbing an earlier injection on the same row, add fixed boundary rows,
number the rows, and write the export (CSV, maybe XLSX), its mapping file and the
ground truth. The suite-specific parts (columns, labels, how a row is built, which
kinds exist, the boundary rows, how rows are numbered) stay in the generators; the
bookkeeping around them is here, once:

* date and random helpers (:func:`plus_days`, :func:`years_before`, :func:`random_date`,
  :func:`weighted`, :func:`latest_late_application`);
* the start of a row (:class:`Builder`: office, caseworker, fixed values) and its
  preliminary reply (:func:`preliminary_reply`);
* a row under construction (:class:`Case`), a deviation kind (:class:`Kind`), how a
  kind is applied (:func:`try_inject`, :func:`inject_kinds`);
* the whole flow (:func:`generate` for a :class:`Suite`): option checks, boundary
  rows, injection, numbering, the injections/boundaries sections of the ground
  truth and the records/export assembly;
* file content and writing (:class:`Export`, :func:`csv_bytes`, :func:`mapping_document`,
  :func:`mapping_yaml`, :func:`add_generator_section`, :func:`truth_json`,
  :func:`truth_document`, :func:`write_export`, :func:`atomic_write`);
* the command line (:func:`sample_parser`, :func:`run_sample_cli`).

Like the generators, nothing here imports from ``audit`` or ``checks``: the samples
and their ground truth stay independent of the tool they test.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Callable, NamedTuple

from sample_data.oracle_rules import DEVIATION, OK, add_months

# (municipality, office, caseworkers, weight): the offices both samples are drawn from.
OFFICES = (
    ("5001", "NAV Lerkendal", ("S11", "S12", "S14", "S17"), 24),
    ("5001", "NAV Heimdal", ("S21", "S22", "S25"), 20),
    ("5001", "NAV Falkenborg", ("S31", "S33", "S34"), 20),
    ("5001", "NAV Midtbyen", ("S41", "S42", "S43", "S46"), 24),
    ("5006", "NAV Steinkjer", ("S51", "S52"), 12),
)

# A boundary row: (name, fixed values, {check id: expected level}).
Boundary = tuple[str, dict[str, Any], dict[str, str]]

# Processing exactly at "D + 1 month" from 31 January and a day later, in a common and a
# leap year (checks.md, common rules): (start, decided, level). Boundary rows of both samples.
END_OF_JANUARY_PLUS_ONE_MONTH = (
    (date(2025, 1, 31), date(2025, 2, 28), OK),
    (date(2025, 1, 31), date(2025, 3, 1), DEVIATION),
    (date(2024, 1, 31), date(2024, 2, 29), OK),
    (date(2024, 1, 31), date(2024, 3, 1), DEVIATION),
)


# --------------------------------------------------------------------------------------
# Small date and random helpers
# --------------------------------------------------------------------------------------


def plus_days(d: date, n: int) -> date:
    return d + timedelta(days=n)


def years_before(d: date, years: int) -> date:
    """The date ``years`` years before ``d`` (29 February falls back to 28 February)."""
    return add_months(d, -12 * years)


def random_date(rng: random.Random, lo: date, hi: date) -> date:
    return plus_days(lo, rng.randint(0, max(0, (hi - lo).days)))


def weighted(rng: random.Random, options: tuple) -> Any:
    """Pick from ((value, weight), …)."""
    total = sum(w for _, w in options)
    x = rng.random() * total
    for value, weight in options:
        x -= weight
        if x < 0:
            return value
    return options[-1][0]


def latest_late_application(as_of: date) -> date:
    """The latest application (receipt) date whose one-month deadline is before as_of."""
    d = plus_days(as_of, -1)
    while add_months(d, 1) >= as_of:
        d = plus_days(d, -1)
    return d


def preliminary_reply(rng: random.Random, applied: date, decided: date | None, as_of: date,
                      unneeded_rate: float) -> date | None:
    """A preliminary reply 2–25 days after the application, within its one-month deadline.

    Always when the decision (or ``as_of``, while undecided) comes after the deadline,
    otherwise with probability ``unneeded_rate``; none when there was no room for it.
    """
    deadline = add_months(applied, 1)
    answered = decided or as_of
    if answered <= deadline and rng.random() > unneeded_rate:
        return None
    latest = min(answered, deadline, as_of)
    if (latest - applied).days < 2:
        return None
    return plus_days(applied, rng.randint(2, min(25, (latest - applied).days)))


# --------------------------------------------------------------------------------------
# Rows and deviation kinds
# --------------------------------------------------------------------------------------


class Builder:
    """Base of the generators' row builders: ``build(fix)`` makes one compliant row
    (``fix`` None for a random row, else the values a boundary row fixes) and
    ``extras(rec)`` its unmapped export columns."""

    def __init__(self, rng: random.Random, as_of: date):
        self.rng, self.as_of = rng, as_of

    def build(self, fix: dict[str, Any] | None = None) -> Case:
        raise NotImplementedError

    def extras(self, rec: dict[str, Any]) -> dict[str, str]:
        raise NotImplementedError

    def new_row(self, canonical: tuple[str, ...],
                fix: dict[str, Any]) -> tuple[dict[str, Any], Callable[[str, Callable[[], Any]], Any]]:
        """A row of ``canonical`` columns with its office and caseworker drawn, and
        ``pick(column, default)``, which sets the column to its value in ``fix`` or
        else to ``default()``, and returns it."""
        rec: dict[str, Any] = {c: None for c in canonical}

        def pick(column: str, default: Callable[[], Any]) -> Any:
            rec[column] = fix[column] if column in fix else default()
            return rec[column]

        municipality, office, workers, _ = weighted(self.rng, tuple((o, o[3]) for o in OFFICES))
        rec.update(municipality=municipality, office=office, caseworker=self.rng.choice(workers))
        return rec, pick


@dataclass
class Case:
    """One row under construction: canonical values and the export's unmapped columns."""

    rec: dict[str, Any]
    extra: dict[str, str]
    boundary: str | None = None
    checks: dict[str, str] = field(default_factory=dict)  # injected kind -> the check that must find it
    reads: set[str] = field(default_factory=set)  # columns injected findings depend on


@dataclass(frozen=True)
class Kind:
    """A deviation (or empty value) the generator injects, and what the oracle must find."""

    name: str
    check: str  # check id; "kvp.grounds.*" = the ground the mutation picked
    level: str  # what the oracle must give the row for that check
    reads: tuple[str, ...]  # columns the finding depends on (no later injection may write them)
    writes: tuple[str, ...]
    apply: Callable[[Any, dict], str | bool]  # (injector, row) -> False: cannot apply; str: the check id
    description: str


class Injector:
    """Base of the generators' injectors: a kind's ``apply`` is a method of one."""

    def __init__(self, rng: random.Random, as_of: date):
        self.rng, self.as_of = rng, as_of


def try_inject(injector: Injector, case: Case, kind: Kind) -> str | None:
    """Apply ``kind`` to the case unless it would disturb an earlier injection; return the check id."""
    if case.boundary is not None or any(c in case.reads for c in kind.writes):
        return None
    trial = dict(case.rec)
    outcome = kind.apply(injector, trial)
    if outcome is False:
        return None
    case.rec.clear()
    case.rec.update(trial)
    check = outcome if isinstance(outcome, str) else kind.check
    case.checks[kind.name] = check
    case.reads.update(kind.reads)
    return check


def inject_kinds(rng: random.Random, injector: Injector, cases: list[Case], kinds: tuple[Kind, ...],
                 rates: dict[str, float]) -> None:
    """Inject every kind at its rate, then each kind once more where none took it (rate > 0)."""
    for case in cases:
        for kind in kinds:
            if rng.random() < rates[kind.name]:
                try_inject(injector, case, kind)
    # Every kind at least once where some row can take it (rate > 0).
    order = list(range(len(cases)))
    rng.shuffle(order)
    for kind in kinds:
        if rates[kind.name] <= 0 or any(kind.name in c.checks for c in cases):
            continue
        for i in order:
            if try_inject(injector, cases[i], kind):
                break


# --------------------------------------------------------------------------------------
# The whole sample
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Export:
    """How one suite's case system writes its export, and the files written beside it."""

    csv_name: str
    mapping_name: str
    truth_name: str
    date_format: str  # of text dates in the CSV
    encoding: str  # of the CSV
    bom: bool  # the CSV starts with a byte order mark
    reading: tuple[tuple[str, str], ...]  # the mapping's format keys (sheet, encoding, delimiter, ...) in order
    mapping_head: str  # comment lines at the top of the mapping file
    oracle: Callable[..., dict[str, Any]]  # ground_truth(records, as_of, params) of the suite's oracle


@dataclass(frozen=True)
class Suite:
    """What one generator is: its columns and labels, how it builds, spoils and numbers rows."""

    dataset: str  # the mapping's dataset
    module: str  # named in the ground truth's generator section
    key: str  # the row key (never omitted)
    canonical: tuple[str, ...]  # canonical columns in export order (birth_date; birth_year replaces it on request)
    headers: dict[str, str]  # canonical column -> export header
    extra_headers: tuple[str, ...]  # unmapped export columns (from ``builder.extras``)
    bool_columns: tuple[str, ...]  # exported as Ja/Nei
    labels: dict[str, dict[str, str]]  # coded column -> {code: label in the export}
    kinds: tuple[Kind, ...]  # in the order they are applied
    default_rates: dict[str, float]
    builder: Callable[[random.Random, date], Builder]
    injector: Callable[[random.Random, date], Injector]
    boundaries: Callable[[date], list[Boundary]]
    number: Callable[[random.Random, list[Case]], None]  # sort the cases and set their key (and ids)
    export: Export  # how the case system writes the files and nav-audit is told to read them

    @property
    def kind_by_name(self) -> dict[str, Kind]:
        return {k.name: k for k in self.kinds}

    def export_value(self, column: str, value: Any) -> Any:
        """A canonical value as the case system writes it (dates stay dates here)."""
        if value is None:
            return None
        if column in self.bool_columns:
            return "Ja" if value else "Nei"
        if column in self.labels:
            return self.labels[column][value]
        return value


class Sample(NamedTuple):
    records: list[dict[str, Any]]  # canonical values, one dict per row, sorted by the key
    export_rows: list[dict[str, Any]]  # header -> value as the export holds it (dates as date)
    injections: dict[str, dict[str, Any]]  # kind -> {"check", "level", "keys": [...], "checks": {key: id}}
    boundaries: dict[str, dict[str, Any]]  # name -> {"key", "expect": {check: level}}
    headers: list[str]  # export headers in order


def generate(suite: Suite, seed: int, rows: int, as_of: date, *, rates: dict[str, float] | None = None,
             birth_year_only: bool = False, omit: tuple[str, ...] = (), include_boundaries: bool = True) -> Sample:
    """Generate ``rows`` rows of ``suite``, deterministically from ``seed``.

    Every row is built compliant; the boundary rows come first, when
    ``include_boundaries`` and ``rows`` is at least twice their number. Then the
    kinds are injected at their rates (``rates`` overrides ``suite.default_rates``),
    the extra columns drawn and the rows numbered. ``birth_year_only`` replaces
    ``birth_date`` by ``birth_year``; ``omit`` leaves canonical columns out.
    """
    if rows < 1:
        raise ValueError("rows must be at least 1")
    unknown_kinds = set(rates or {}) - set(suite.kind_by_name)
    if unknown_kinds:
        raise ValueError(f"unknown deviation kinds: {', '.join(sorted(unknown_kinds))}")
    unknown_columns = set(omit) - set(suite.canonical)
    if unknown_columns or suite.key in omit:
        raise ValueError(f"cannot omit: {', '.join(sorted(unknown_columns | ({suite.key} & set(omit))))}")
    rng = random.Random(seed)
    builder = suite.builder(rng, as_of)
    fixed = suite.boundaries(as_of) if include_boundaries else []
    if rows < 2 * len(fixed):
        fixed = []
    cases: list[Case] = []
    for name, fix, _expect in fixed:
        case = builder.build(fix)
        case.boundary = name
        cases.append(case)
    while len(cases) < rows:
        cases.append(builder.build())
    inject_kinds(rng, suite.injector(rng, as_of), cases, suite.kinds, {**suite.default_rates, **(rates or {})})
    for case in cases:
        case.extra = builder.extras(case.rec)
    suite.number(rng, cases)
    return _assemble(suite, cases, fixed, birth_year_only, omit)


def _assemble(suite: Suite, cases: list[Case], fixed: list[Boundary], birth_year_only: bool,
              omit: tuple[str, ...]) -> Sample:
    """The sample from numbered cases: records, export rows, and what was injected where."""
    injections: dict[str, dict[str, Any]] = {
        k.name: {"check": k.check, "level": k.level, "description": k.description, "keys": [], "checks": {}}
        for k in suite.kinds}
    boundary_rows: dict[str, dict[str, Any]] = {}
    expectations = {name: expect for name, _fix, expect in fixed}
    for case in cases:
        row_key = case.rec[suite.key]
        for kind_name, check in case.checks.items():
            injections[kind_name]["keys"].append(row_key)
            injections[kind_name]["checks"][row_key] = check
        if case.boundary:
            boundary_rows[case.boundary] = {"key": row_key, "expect": expectations[case.boundary]}

    columns = [c for c in suite.canonical if c not in omit]
    if birth_year_only:
        columns = [("birth_year" if c == "birth_date" else c) for c in columns]
    records: list[dict[str, Any]] = []
    export_rows: list[dict[str, Any]] = []
    for case in cases:
        rec = dict(case.rec)
        if birth_year_only:
            rec["birth_year"] = rec["birth_date"].year if rec["birth_date"] else None
        record = {c: rec[c] for c in columns}
        records.append(record)
        export = {suite.headers[c]: suite.export_value(c, record[c]) for c in columns}
        export.update(case.extra)
        export_rows.append(export)
    export_headers = [suite.headers[c] for c in columns] + list(suite.extra_headers)
    return Sample(records, export_rows, injections, boundary_rows, export_headers)


# --------------------------------------------------------------------------------------
# File content
# --------------------------------------------------------------------------------------


def csv_text(value: Any, date_format: str) -> str:
    """A cell of the CSV export: blank for no value, dates as ``date_format``, numbers plain."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime(date_format)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def csv_bytes(sample: Sample, date_format: str, encoding: str, bom: bool = False) -> bytes:
    """The export as the case system writes it: semicolons, CRLF, minimal quoting."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(sample.headers)
    for row in sample.export_rows:
        writer.writerow([csv_text(row.get(h), date_format) for h in sample.headers])
    return (("\ufeff" if bom else "") + buffer.getvalue()).encode(encoding)


def mapping_document(suite: Suite, present: list[str], **reading: str) -> dict[str, Any]:
    """The mapping file's content for an export of ``suite`` with the headers ``present``.

    ``reading`` gives the format keys (sheet, encoding, delimiter, date_format) in
    the order they are written.
    """
    present_set = set(present)
    columns = {c: h for c, h in suite.headers.items() if h in present_set}
    values = {c: {label: code for code, label in by_code.items()} for c, by_code in suite.labels.items()}
    return {
        "dataset": suite.dataset,
        **reading,
        "columns": columns,
        "values": {c: v for c, v in values.items() if c in columns},
    }


def mapping_yaml(head: str, document: dict[str, Any]) -> str:
    """The mapping file: the comment lines ``head``, then the document as YAML."""
    import yaml

    return head + yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=120)


def export_csv(suite: Suite, sample: Sample) -> bytes:
    """The suite's CSV export as its case system writes it (:func:`csv_bytes`)."""
    return csv_bytes(sample, suite.export.date_format, suite.export.encoding, bom=suite.export.bom)


def export_mapping_yaml(suite: Suite, headers: list[str]) -> str:
    """The suite's mapping file for an export with ``headers``."""
    return mapping_yaml(suite.export.mapping_head, mapping_document(suite, headers, **dict(suite.export.reading)))


def truth_document(suite: Suite, sample: Sample, as_of: date, seed: int, params: dict | None = None) -> dict[str, Any]:
    """ground_truth.json: the suite oracle's verdicts plus what the generator put in."""
    return add_generator_section(suite.export.oracle(sample.records, as_of, params), sample, suite, seed)


def write_export(suite: Suite, out: Path, sample: Sample, as_of: date, seed: int, params: dict | None = None, *,
                 csv: bool = True, more: dict[str, tuple[str, bytes]] | None = None) -> dict[str, Path]:
    """Write the CSV (when ``csv``), ``more`` ({what: (file name, content)}), the mapping and
    the ground truth into ``out``; returns {"csv", *more, "mapping", "truth": path} in that order."""
    files: dict[str, tuple[str, bytes]] = {}
    if csv:
        files["csv"] = (suite.export.csv_name, export_csv(suite, sample))
    files.update(more or {})
    files["mapping"] = (suite.export.mapping_name, export_mapping_yaml(suite, sample.headers).encode("utf-8"))
    files["truth"] = (suite.export.truth_name, truth_json(truth_document(suite, sample, as_of, seed, params)))
    paths: dict[str, Path] = {}
    for what, (name, data) in files.items():
        paths[what] = out / name
        atomic_write(paths[what], data)
    return paths


def add_generator_section(truth: dict[str, Any], sample: Sample, suite: Suite, seed: int) -> dict[str, Any]:
    """Add to the oracle's verdicts what the generator put in (injections, boundary rows)."""
    truth["generator"] = {
        "module": suite.module,
        "seed": seed,
        "rows": len(sample.records),
        "columns": sorted(sample.records[0].keys()) if sample.records else [],
        "injections": {k: {**v, "keys": sorted(v["keys"])} for k, v in sample.injections.items()},
        "boundaries": sample.boundaries,
    }
    return truth


def truth_json(truth: dict[str, Any]) -> bytes:
    return (json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True, default=_json_default) + "\n").encode()


def _json_default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {value!r}")


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path`` and rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


# --------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date YYYY-MM-DD, got {text!r}") from None


def rate_parser(kinds: dict[str, Kind]) -> Callable[[str], tuple[str, float]]:
    """An argparse type for ``KIND=RATE`` with a kind of ``kinds`` and a rate from 0 to 1."""

    def parse_rate(text: str) -> tuple[str, float]:
        name, sep, value = text.partition("=")
        if not sep or name not in kinds:
            raise argparse.ArgumentTypeError(f"expected KIND=RATE with a known kind (see --list-kinds), got {text!r}")
        try:
            rate = float(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"rate must be a number, got {value!r}") from None
        if not 0 <= rate <= 1:
            raise argparse.ArgumentTypeError(f"rate must be between 0 and 1, got {rate}")
        return name, rate

    return parse_rate


def sample_parser(prog: str, description: str, example: str, *, seed: int, rows: int, rows_noun: str, as_of: date,
                  out: str, kinds: dict[str, Kind], formats: bool = False) -> argparse.ArgumentParser:
    """The generators' common options (``--formats`` only where there is a choice of formats)."""
    parser = argparse.ArgumentParser(prog=prog, description=description, epilog=f"Example: {example}")
    parser.add_argument("--seed", type=int, default=seed, help=f"random seed (default {seed})")
    parser.add_argument("--rows", type=int, default=rows, help=f"number of {rows_noun} (default {rows})")
    parser.add_argument("--as-of", type=parse_date, default=as_of, help=f"audit date (default {as_of.isoformat()})")
    parser.add_argument("--out", default=out, help=f"output directory (default {out})")
    if formats:
        parser.add_argument("--formats", default="csv,xlsx", help="csv, xlsx or csv,xlsx (default)")
    parser.add_argument("--rate", type=rate_parser(kinds), action="append", default=[], metavar="KIND=RATE",
                        help="injection rate of one deviation kind (repeatable)")
    parser.add_argument("--birth-year-only", action="store_true", help="export Fødselsår instead of Fødselsdato")
    parser.add_argument("--omit", action="append", default=[], metavar="COLUMN",
                        help="leave a canonical column out of the export (repeatable)")
    parser.add_argument("--no-boundaries", action="store_true", help="leave out the fixed boundary rows")
    parser.add_argument("--list-kinds", action="store_true", help="list the deviation kinds and exit")
    return parser


def run_sample_cli(parser: argparse.ArgumentParser, argv: list[str] | None, kinds: tuple[Kind, ...],
                   kind_line: Callable[[Kind], str],
                   write: Callable[[argparse.Namespace, dict[str, Any]], dict[str, Path]]) -> int:
    """Parse ``argv``; list the kinds, or ``write(args, generator options)`` and print the paths written.

    Bad options (also a ValueError from ``write``) end in a usage error (exit 2).
    """
    args = parser.parse_args(argv)
    if args.list_kinds:
        for kind in kinds:
            print(kind_line(kind))
        return 0
    if args.rows < 1:
        parser.error("--rows must be at least 1")
    options = {"rates": dict(args.rate), "birth_year_only": args.birth_year_only, "omit": tuple(args.omit),
               "include_boundaries": not args.no_boundaries}
    try:
        paths = write(args, options)
    except ValueError as exc:
        parser.error(str(exc))
    for path in paths.values():
        print(path)
    return 0
