"""Seeded generator of realistic KVP case exports, with their ground truth.

It writes what a Norwegian case system hands the county supervisor before an
inspection of the qualification programme (kvalifiseringsprogram, KVP): one row
per application, Norwegian headers and values, and the mapping file that tells
nav-audit how to read them.

Command line::

    python -m sample_data.generate --seed 2019 --rows 400 --as-of 2025-12-31 \\
        --out sample_data/kvp --formats csv,xlsx

writes into ``--out``:

* ``kvp_saker.csv``   semicolon separated, UTF-8 with BOM, CRLF (as Excel saves it),
  dates ``dd.mm.yyyy``, booleans ``Ja``/``Nei``, decisions ``Innvilget``/``Avslag``;
* ``kvp_saker.xlsx``  the same rows on sheet ``Saker`` with real date cells;
* ``kvp_mapping.yaml`` the mapping (case-data.md, "Mapping file") for both files;
* ``ground_truth.json`` what every ``kvp`` check must find, computed by the
  independent :mod:`sample_data.oracle` from the canonical records (before they
  were written with Norwegian headers), plus a ``generator`` section naming the
  injected deviations and boundary rows by case id.

Other options: ``--rate KIND=0.1`` (repeatable) changes how often a deviation kind
is injected (see ``KINDS``; ``--list-kinds`` prints them), ``--birth-year-only``
exports ``Fødselsår`` instead of ``Fødselsdato``, ``--omit COLUMN`` leaves a
canonical column out (its checks become ``not_evaluated``), ``--no-boundaries``
leaves out the fixed boundary rows. The same seed and options give byte-identical
files (XLSX included).

Library::

    from datetime import date
    from sample_data.generate import generate_kvp, write_kvp
    from sample_data.oracle import ground_truth

    sample = generate_kvp(seed=7, rows=300, as_of=date(2025, 12, 31))
    sample.records       # canonical dicts (audit.datasets.KVP column names)
    sample.export_rows   # the same rows as the export has them (Norwegian headers)
    truth = ground_truth(sample.records, date(2025, 12, 31))
    paths = write_kvp("out/", seed=7, rows=300, as_of=date(2025, 12, 31))

How rows come about: every row is first built as a compliant case with a
realistic sequence (first contact, information about KVP, application, maybe a
preliminary reply, work ability assessment, decision, programme start, first
activity, evaluations, maybe an extension, end, KOSTRA status, outcome). Then
deviation *kinds* are injected: each kind has a rate (probability per row where
it can apply; default ``DEFAULT_RATES``), a precondition and a mutation, and a
kind is never applied where it would change a value an earlier injection on the
same row depends on. Each kind appears at least once when some row can take it.
Finally a block of fixed boundary rows (``BOUNDARIES``: start exactly 14/15/30/31
days after the decision, processing at exactly one month, 31 January + 1 month,
age exactly 18/19/67/68 around 2018-12-31/2019-01-01, programmes started
2018-12-31 vs 2019-01-01, …) is added when there are at least twice as many rows.

Where each part lives: :mod:`sample_data.kvp_columns` (headers, labels),
:mod:`sample_data.kvp_rows` (the compliant case), :mod:`sample_data.kvp_kinds` (the
deviation kinds and their rates), :mod:`sample_data.kvp_boundaries` (the boundary
rows); the machinery shared with the other samples is :mod:`sample_data.common`.
This module assembles the sample and writes its files.

Case ids are ``K-`` and six digits: pseudonymous, never an identity number. Free
text holds no personal data. Nothing here imports from ``audit`` or ``checks``.
"""

from __future__ import annotations

import io
import os
import random
import re
import sys
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sample_data import common
from sample_data.common import OFFICES  # noqa: F401 (re-exported: where the sample's cases are handled)
from sample_data.common import (
    Case,
    Export,
    Sample,
    Suite,
    generate,
    run_sample_cli,
    sample_parser,
)
from sample_data.kvp_boundaries import boundaries
from sample_data.kvp_columns import (  # noqa: F401 (re-exported: the export's shape)
    BOOL_COLUMNS,
    CANONICAL,
    DATE_COLUMNS,
    EXTRA_HEADERS,
    HEADERS,
    LABELS,
)
from sample_data.kvp_kinds import DEFAULT_RATES, KIND_BY_NAME, KINDS, KvpInjector
from sample_data.kvp_rows import KvpBuilder
from sample_data.oracle import ground_truth

DEFAULT_AS_OF = date(2025, 12, 31)
CSV_NAME, XLSX_NAME, MAPPING_NAME, TRUTH_NAME = "kvp_saker.csv", "kvp_saker.xlsx", "kvp_mapping.yaml", "ground_truth.json"
SHEET = "Saker"
DATE_FORMAT = "%d.%m.%Y"


# --------------------------------------------------------------------------------------
# The whole sample
# --------------------------------------------------------------------------------------


KvpSample = Sample  # records sorted by case_id; see sample_data.common.Sample


def _number(rng: random.Random, cases: list[Case]) -> None:
    """Case numbers grow with the application date, with gaps, as in a journal."""
    cases.sort(key=lambda c: (c.rec["application_date"], c.rec["office"], rng.random()))
    number = rng.randint(100, 900)
    for case in cases:
        number += rng.randint(1, 40)
        case.rec["case_id"] = f"K-{number:06d}"


KVP = Suite(
    dataset="kvp", module="sample_data.generate", key="case_id", canonical=CANONICAL, headers=HEADERS,
    extra_headers=EXTRA_HEADERS, bool_columns=BOOL_COLUMNS, labels=LABELS, kinds=KINDS, default_rates=DEFAULT_RATES,
    builder=KvpBuilder, injector=KvpInjector, boundaries=boundaries, number=_number,
    export=Export(
        csv_name=CSV_NAME, mapping_name=MAPPING_NAME, truth_name=TRUTH_NAME, date_format=DATE_FORMAT,
        encoding="utf-8", bom=True, reading=(("sheet", SHEET), ("delimiter", ";"), ("date_format", DATE_FORMAT)),
        mapping_head=(
            "# Mapping for the KVP sample export (sample_data/generate.py).\n"
            "# One mapping for both files: `sheet` is used for XLSX only, `delimiter` for CSV only,\n"
            "# `date_format` for text dates (the CSV); XLSX has real date cells. The CSV is\n"
            "# UTF-8 with BOM, which is detected, so no `encoding` is given.\n"
            "# Ja/Nei need no entry under `values` (case-data.md).\n"
            "# Columns not named here (Oppfølgingsteam, Merknad) are carried along untouched.\n"
        ),
        oracle=ground_truth,
    ),
)


def generate_kvp(seed: int, rows: int, as_of: date = DEFAULT_AS_OF, *, rates: dict[str, float] | None = None,
                 birth_year_only: bool = False, omit: tuple[str, ...] = (),
                 include_boundaries: bool = True) -> KvpSample:
    """Generate ``rows`` KVP cases, deterministically from ``seed``.

    ``rates`` overrides ``DEFAULT_RATES`` per kind. ``birth_year_only`` exports the
    birth year instead of the date (canonical ``birth_year``). ``omit`` leaves
    canonical columns out of records and export. Boundary rows are included when
    ``include_boundaries`` and ``rows`` is at least twice their number.
    """
    return generate(KVP, seed, rows, as_of, rates=rates, birth_year_only=birth_year_only, omit=omit,
                    include_boundaries=include_boundaries)


# --------------------------------------------------------------------------------------
# Writing the files
# --------------------------------------------------------------------------------------


def mapping_yaml(headers: list[str]) -> str:
    """The mapping file for an export with ``headers`` (valid for the CSV and the XLSX)."""
    return common.export_mapping_yaml(KVP, headers)


def csv_bytes(sample: KvpSample) -> bytes:
    """The CSV export: UTF-8 with BOM, as Excel saves it."""
    return common.export_csv(KVP, sample)


def xlsx_bytes(sample: KvpSample, as_of: date) -> bytes:
    """The export as an Excel workbook, byte-identical for the same sample."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws.append(sample.headers)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    date_columns = {HEADERS[c] for c in DATE_COLUMNS}
    for row in sample.export_rows:
        ws.append([row.get(h) for h in sample.headers])
    for index, header in enumerate(sample.headers, start=1):
        letter = get_column_letter(index)
        ws.column_dimensions[letter].width = max(12, min(40, len(header) + 2))
        if header in date_columns:
            for cell in ws[letter][1:]:
                if cell.value is not None:
                    cell.number_format = "DD.MM.YYYY"
    ws.freeze_panes = "A2"
    stamp = datetime(as_of.year, as_of.month, as_of.day)
    wb.properties.created = wb.properties.modified = stamp
    wb.properties.creator = "sample_data.generate"
    raw = io.BytesIO()
    wb.save(raw)
    return _stable_zip(raw.getvalue(), stamp)


def _stable_zip(data: bytes, stamp: datetime) -> bytes:
    """Rewrite a zip with fixed entry timestamps so equal content gives equal bytes.

    openpyxl also sets the workbook's "modified" property to the time of saving;
    it is set to ``stamp`` like "created".
    """
    out = io.BytesIO()
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + iso + rb"\g<2>",
                                 content)
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, content)
    return out.getvalue()


def truth_document(sample: KvpSample, as_of: date, seed: int, params: dict | None = None) -> dict[str, Any]:
    """ground_truth.json: the oracle's verdicts plus what the generator put in."""
    return common.truth_document(KVP, sample, as_of, seed, params)


def write_kvp(out: str | os.PathLike, seed: int, rows: int, as_of: date = DEFAULT_AS_OF,
              formats: tuple[str, ...] = ("csv", "xlsx"), params: dict | None = None,
              **options: Any) -> dict[str, Path]:
    """Generate and write the sample files into ``out``; returns {"csv"|"xlsx"|"mapping"|"truth": path}.

    ``options`` are passed to :func:`generate_kvp` (rates, birth_year_only, omit,
    include_boundaries); ``params`` to the oracle.
    """
    bad = set(formats) - {"csv", "xlsx"}
    if bad or not formats:
        raise ValueError(f"formats must be csv and/or xlsx, got: {', '.join(formats) or 'nothing'}")
    sample = generate_kvp(seed, rows, as_of, **options)
    more = {"xlsx": (XLSX_NAME, xlsx_bytes(sample, as_of))} if "xlsx" in formats else {}
    return common.write_export(KVP, Path(out), sample, as_of, seed, params, csv="csv" in formats, more=more)


# --------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = sample_parser(
        "python -m sample_data.generate",
        "Generate a seeded KVP case export (CSV/XLSX), its mapping and ground truth.",
        "python -m sample_data.generate --seed 2019 --rows 400 --as-of 2025-12-31 --out sample_data/kvp",
        seed=2019, rows=400, rows_noun="cases", as_of=DEFAULT_AS_OF, out="sample_data/kvp", kinds=KIND_BY_NAME,
        formats=True)

    def write(args: Any, options: dict[str, Any]) -> dict[str, Path]:
        formats = tuple(f.strip() for f in args.formats.split(",") if f.strip())
        return write_kvp(args.out, args.seed, args.rows, args.as_of, formats, **options)

    return run_sample_cli(
        parser, argv, KINDS,
        lambda k: f"{k.name:30} {DEFAULT_RATES[k.name]:.2f}  {k.check:28} {k.level:9} {k.description}", write)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
