"""Seeded generator of realistic økonomisk stønad case exports, with their ground truth.

It writes what a Norwegian case system hands the county supervisor before an
inspection of economic social assistance (økonomisk stønad): one row per
application and its decision, Norwegian headers and values, as the office's system
exports it (semicolon separated, Windows-1252, CRLF), and the mapping file that
tells nav-audit how to read it.

Command line::

    python -m sample_data.generate_stonad --seed 2025 --rows 400 --as-of 2025-12-31 \\
        --out sample_data/stonad

writes into ``--out``:

* ``stonad_saker.csv``   semicolon separated, cp1252, CRLF, dates ``dd.mm.yyyy``,
  booleans ``Ja``/``Nei``, decisions ``Innvilget``/``Delvis innvilget``/``Avslag``;
* ``stonad_mapping.yaml``   the mapping (with ``encoding: cp1252`` and ``delimiter: ";"``);
* ``ground_truth.json``     what every ``stonad`` check must find, computed by the
  independent :mod:`sample_data.oracle_stonad` from the canonical records, plus a
  ``generator`` section naming the injected deviations and boundary rows by key.

Options as :mod:`sample_data.generate`: ``--rate KIND=0.1``, ``--list-kinds``,
``--birth-year-only``, ``--omit COLUMN``, ``--no-boundaries``. The same seed and
options give byte-identical files.

How rows come about: each row is first built as a compliant application (receipt,
maybe emergency help decided the same day, maybe a preliminary reply, decision and
its period, activity conditions or a reasoned exception for those under 30, child
benefit kept out of the income, KVP information for long-term recipients, a
follow-up meeting). Then deviation *kinds* are injected at their rates (``KINDS``,
``DEFAULT_RATES``), never disturbing an earlier injection on the same row, each kind
at least once where some row can take it. Finally fixed boundary rows
(``boundaries``: emergency help decided the next calendar day vs the next working day
across Easter, 17 May, Ascension, Whit Monday and Christmas/New Year — calendar days
count; § 20 a on 31.12.2016 vs 01.01.2017 and for emergency help; child benefit on
31.08.2022 vs 01.09.2022; age 29
vs 30 at the decision; 5 vs 6 months on assistance; 17/18/67/68 years at receipt;
processing on exactly +1 month and 31 January + 1 month; …) are added when there are
at least twice as many rows.

Where each part lives: :mod:`sample_data.stonad_columns` (headers, labels, dates of
the law), :mod:`sample_data.stonad_rows` (the compliant application),
:mod:`sample_data.stonad_kinds` (the deviation kinds and their rates),
:mod:`sample_data.stonad_boundaries` (the boundary rows); the machinery shared with
the KVP sample is :mod:`sample_data.common`. This module assembles and writes.

Application ids are ``S-`` and six digits, person ids ``K-`` and six digits (a
person may have several applications): pseudonymous, never an identity number.
Nothing here imports from ``audit`` or ``checks``.
"""

from __future__ import annotations

import os
import random
import sys
from datetime import date
from pathlib import Path
from typing import Any

from sample_data import common
from sample_data.common import (
    Case,
    Export,
    Sample,
    Suite,
    generate,
    run_sample_cli,
    sample_parser,
)

from sample_data.stonad_boundaries import NOT_APPLICABLE, boundaries  # noqa: F401 (re-exported for tests)
from sample_data.stonad_columns import (  # noqa: F401 (re-exported: the export's shape)
    BOOL_COLUMNS,
    CANONICAL,
    DECISION_LABELS,
    EXTRA_HEADERS,
    HEADERS,
)
from sample_data.stonad_kinds import DEFAULT_RATES, KIND_BY_NAME, KINDS, StonadInjector
from sample_data.stonad_rows import StonadBuilder
from sample_data.oracle_stonad import ground_truth

DEFAULT_AS_OF = date(2025, 12, 31)
CSV_NAME, MAPPING_NAME, TRUTH_NAME = "stonad_saker.csv", "stonad_mapping.yaml", "ground_truth.json"
DATE_FORMAT = "%d.%m.%Y"
ENCODING = "cp1252"

# --------------------------------------------------------------------------------------
# The whole sample
# --------------------------------------------------------------------------------------


StonadSample = Sample  # records sorted by application_id; see sample_data.common.Sample


def _number(rng: random.Random, cases: list[Case]) -> None:
    """Application numbers grow with the date of receipt; persons keep one number."""
    cases.sort(key=lambda c: (c.rec["received_date"], c.rec["office"], rng.random()))
    number, person_number = rng.randint(100, 900), rng.randint(1000, 3000)
    persons: dict[date | None, str] = {}
    for case in cases:
        number += rng.randint(1, 30)
        case.rec["application_id"] = f"S-{number:06d}"
        born = case.rec["birth_date"]
        if born is None or born not in persons:
            person_number += rng.randint(1, 25)
            person = f"K-{person_number:06d}"
            if born is not None:
                persons[born] = person
        case.rec["case_id"] = persons.get(born) or person


STONAD = Suite(
    dataset="stonad", module="sample_data.generate_stonad", key="application_id", canonical=CANONICAL,
    headers=HEADERS, extra_headers=EXTRA_HEADERS, bool_columns=BOOL_COLUMNS, labels={"decision": DECISION_LABELS},
    kinds=KINDS, default_rates=DEFAULT_RATES, builder=StonadBuilder, injector=StonadInjector, boundaries=boundaries,
    number=_number,
    export=Export(
        csv_name=CSV_NAME, mapping_name=MAPPING_NAME, truth_name=TRUTH_NAME, date_format=DATE_FORMAT,
        encoding=ENCODING, bom=False, reading=(("encoding", ENCODING), ("delimiter", ";"), ("date_format", DATE_FORMAT)),
        mapping_head=(
            "# Mapping for the økonomisk stønad sample export (sample_data/generate_stonad.py).\n"
            "# The case system writes Windows-1252 (cp1252), semicolon separated, dates dd.mm.yyyy.\n"
            "# Ja/Nei need no entry under `values` (case-data.md); a blank cell is not known.\n"
            "# Columns not named here (Stønadsform, Merknad) are carried along untouched.\n"
        ),
        oracle=ground_truth,
    ),
)


def generate_stonad(seed: int, rows: int, as_of: date = DEFAULT_AS_OF, *, rates: dict[str, float] | None = None,
                    birth_year_only: bool = False, omit: tuple[str, ...] = (),
                    include_boundaries: bool = True) -> StonadSample:
    """Generate ``rows`` stønad applications, deterministically from ``seed``."""
    return generate(STONAD, seed, rows, as_of, rates=rates, birth_year_only=birth_year_only, omit=omit,
                    include_boundaries=include_boundaries)


# --------------------------------------------------------------------------------------
# Writing the files
# --------------------------------------------------------------------------------------


def csv_bytes(sample: StonadSample) -> bytes:
    """The CSV export: cp1252, as the office's case system writes it."""
    return common.export_csv(STONAD, sample)


def truth_document(sample: StonadSample, as_of: date, seed: int, params: dict | None = None) -> dict[str, Any]:
    """ground_truth.json: the oracle's verdicts plus what the generator put in."""
    return common.truth_document(STONAD, sample, as_of, seed, params)


def write_stonad(out: str | os.PathLike, seed: int, rows: int, as_of: date = DEFAULT_AS_OF,
                 params: dict | None = None, **options: Any) -> dict[str, Path]:
    """Generate and write the sample into ``out``; returns {"csv"|"mapping"|"truth": path}."""
    sample = generate_stonad(seed, rows, as_of, **options)
    return common.write_export(STONAD, Path(out), sample, as_of, seed, params)


# --------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = sample_parser(
        "python -m sample_data.generate_stonad",
        "Generate a seeded økonomisk stønad case export (CSV, cp1252), its mapping and ground truth.",
        "python -m sample_data.generate_stonad --seed 2025 --rows 400 --as-of 2025-12-31 --out sample_data/stonad",
        seed=2025, rows=400, rows_noun="applications", as_of=DEFAULT_AS_OF, out="sample_data/stonad",
        kinds=KIND_BY_NAME)
    return run_sample_cli(
        parser, argv, KINDS,
        lambda k: f"{k.name:28} {DEFAULT_RATES[k.name]:.3f}  {k.check:36} {k.level:9} {k.description}",
        lambda args, options: write_stonad(args.out, args.seed, args.rows, args.as_of, **options))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
