"""KOSTRA sample files (11CF and 11F) with their ground truth.

Writes, for one reporting year (default 2025), with :mod:`sample_data.kostra`:

* ``kvp_11cf_<year>.dat``      11CF records (kvalifiseringsstønad), latin-1, CRLF;
* ``stonad_11f_<year>.dat``    11F records (økonomisk sosialhjelp, one per recipient);
* ``ground_truth_11cf_<year>.json`` / ``ground_truth_11f_<year>.json``: what the ``kvp``
  and ``stonad`` suites must find, computed by the independent oracles from the
  canonical rows of :mod:`sample_data.kostra_truth` (same shape as
  ``sample_data/kvp/ground_truth.json``), plus a ``generator`` section naming the
  boundary records and what each must get.

Besides the realistic records of :func:`sample_data.kostra.kvp_records` /
:func:`~sample_data.kostra.stonad_records`, fixed boundary records are added:
11CF processing at exactly one month (31 January + 1 month) and start 14/15/30/31
days after the decision; 11F age 29 vs 30 at UTBETDATO and at the last day of the
last month with assistance (no UTBETDATO), VILKARSOSLOV blank with and without a
documented § 20 a exception, an exception date without a reason and a reason
without a date.

Identity numbers are fictitious synthetic numbers (month + 80, valid check digits).

    python -m sample_data.generate_kostra --seed 11 --rows 60 --year 2025 --as-of 2025-12-31 \\
        --out sample_data/kostra
"""

from __future__ import annotations

import argparse
import calendar
import random
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sample_data.common import atomic_write, truth_json
from sample_data.kostra import MONTH_SUFFIXES, identity_number, kostra_text, kvp_records, stonad_records
from sample_data.kostra_truth import ground_truth_11cf, ground_truth_11f
from sample_data.oracle import DEVIATION, OK, UNKNOWN, WARNING
from sample_data.sample_cli import parse_date

DEFAULT_AS_OF = date(2025, 12, 31)
NOT_APPLICABLE = "not_applicable"


def _names(year: int) -> dict[str, str]:
    return {"11CF": f"kvp_11cf_{year}.dat", "11F": f"stonad_11f_{year}.dat",
            "truth_11CF": f"ground_truth_11cf_{year}.json", "truth_11F": f"ground_truth_11f_{year}.json"}


def _set_birth(rec: dict, birth: date, rng: random.Random, year: int) -> None:
    rec["_birth"] = birth
    rec["PERSON_FODSELSNR"] = identity_number(birth, rng, "synthetic")
    if year >= 2025:
        rec["FODSELSDATO"] = birth
    else:
        rec.pop("FODSELSDATO", None)


def _kvp_boundaries(year: int) -> list[tuple[str, dict[str, Any], dict[str, str]]]:
    """(name, fields to set, {check: expected level}) for 11CF."""
    out = []
    for reg, decided, level in ((date(year, 1, 31), date(year, 2, calendar.monthrange(year, 2)[1]), OK),
                                (date(year, 1, 31), date(year, 3, 1), DEVIATION)):
        out.append((f"registered_{reg.isoformat()}_decided_{decided.isoformat()}",
                    {"REG_DATO": reg, "VEDTAK_DATO": decided, "BEGYNT_DATO": decided + timedelta(days=3)},
                    {"kvp.processing_time": level}))
    decided = date(year, 3, 3)
    for delay, level in ((14, OK), (15, WARNING), (30, WARNING), (31, DEVIATION)):
        out.append((f"start_{delay}_days_after_decision",
                    {"REG_DATO": decided - timedelta(days=10), "VEDTAK_DATO": decided,
                     "BEGYNT_DATO": decided + timedelta(days=delay)},
                    {"kvp.start_delay": level}))
    return out


def _months(rec: dict, months: list[int], rng: random.Random) -> None:
    """Mark exactly ``months`` as months with assistance (amounts follow)."""
    for m in range(1, 13):
        rec.pop(f"STMND_{m}", None)
        rec.pop(f"BIDRAG_{MONTH_SUFFIXES[m - 1]}", None)
    amounts = {m: rng.randint(2000, 15000) for m in months}
    rec.update({f"STMND_{m}": f"{m:02d}" for m in months})
    rec.update({f"BIDRAG_{MONTH_SUFFIXES[m - 1]}": a for m, a in amounts.items()})
    rec["BIDRAG"] = sum(amounts.values())


def _stonad_boundaries(year: int) -> list[tuple[str, dict[str, Any], dict[str, str]]]:
    """(name, settings, {check: expected level}) for 11F (age at the decision date)."""
    check = "stonad.activity_conditions_under_30"
    paid = date(year, 6, 15)
    no_exception = {"VEDTAKDATO": None, "VEDTAKARB": None, "VEDTAKAKT": None, "VEDTAKHELSE": None, "VEDTAKGRUNN": None}
    out = [
        ("age_29_at_utbetdato_no_conditions",
         {"birth": date(year - 30, 6, 16), "UTBETDATO": paid, "VILKARSOSLOV": "2", **no_exception}, {check: DEVIATION}),
        ("age_30_at_utbetdato_no_conditions",
         {"birth": date(year - 30, 6, 15), "UTBETDATO": paid, "VILKARSOSLOV": "2", **no_exception},
         {check: NOT_APPLICABLE}),
        # no UTBETDATO: the decision date is the last day of the last month with assistance (31 May)
        ("age_29_at_last_month_no_conditions",
         {"birth": date(year - 30, 6, 1), "months": [1, 2, 3, 4, 5], "UTBETDATO": None, "VILKARSOSLOV": "2",
          **no_exception}, {check: DEVIATION}),
        ("age_30_at_last_month_no_conditions",
         {"birth": date(year - 30, 5, 31), "months": [1, 2, 3, 4, 5], "UTBETDATO": None, "VILKARSOSLOV": "2",
          **no_exception}, {check: NOT_APPLICABLE}),
        ("conditions_blank_with_exception",
         {"birth": date(year - 25, 1, 10), "UTBETDATO": paid, "VILKARSOSLOV": None,
          **no_exception, "VEDTAKDATO": date(year, 6, 1), "VEDTAKHELSE": "03"}, {check: OK}),
        ("conditions_blank_no_exception",
         {"birth": date(year - 25, 1, 10), "UTBETDATO": paid, "VILKARSOSLOV": None, **no_exception},
         {check: UNKNOWN}),
        ("exception_date_without_reason",
         {"birth": date(year - 22, 3, 3), "UTBETDATO": paid, "VILKARSOSLOV": "2",
          **no_exception, "VEDTAKDATO": date(year, 6, 1)}, {check: DEVIATION}),
        ("exception_reason_without_date",
         {"birth": date(year - 22, 3, 3), "UTBETDATO": paid, "VILKARSOSLOV": "2", **no_exception,
          "VEDTAKGRUNN": "04"}, {check: DEVIATION}),
        ("exception_with_reason",
         {"birth": date(year - 22, 3, 3), "UTBETDATO": paid, "VILKARSOSLOV": "2", **no_exception,
          "VEDTAKDATO": date(year, 6, 1), "VEDTAKARB": "01", "VEDTAKAKT": "02"}, {check: OK}),
    ]
    return out


def kostra_records(form: str, year: int, rows: int, seed: int) -> tuple[list[dict], dict[str, dict]]:
    """Records for one file (realistic ones, the last replaced by boundary records) and
    the boundary records' {name: {"key", "expect"}}."""
    rng = random.Random(f"boundaries-{form}-{year}-{seed}")
    if form == "11CF":
        records, fixed = kvp_records(year, rows, seed), _kvp_boundaries(year)
    else:
        records, fixed = stonad_records(year, rows, seed), _stonad_boundaries(year)
    if rows < 2 * len(fixed):
        return records, {}
    found: dict[str, dict] = {}
    for rec, (name, settings, expect) in zip(records[-len(fixed):], fixed):
        settings = dict(settings)
        if "birth" in settings:
            _set_birth(rec, settings.pop("birth"), rng, year)
        if "months" in settings:
            _months(rec, settings.pop("months"), rng)
        if form == "11CF":
            rec.update(STATUS="1", AVSL_DATO=None, AVSL_VIKTIGSTE_INNTEKT=None)
            for field in [f for f in rec if f.startswith("AVSL_")]:
                rec[field] = None
        for field, value in settings.items():
            if value is None:
                rec.pop(field, None)
            else:
                rec[field] = value
        found[name] = {"key": rec["PERSON_JOURNALNR"], "expect": expect}
    return records, found


def truth_document(form: str, year: int, rows: int, seed: int, as_of: date) -> tuple[list[dict], dict[str, Any]]:
    records, found = kostra_records(form, year, rows, seed)
    truth = ground_truth_11cf(records, as_of) if form == "11CF" else ground_truth_11f(records, year, as_of)
    truth["generator"] = {"module": "sample_data.generate_kostra", "form": form, "year": year, "seed": seed,
                          "rows": len(records), "boundaries": found}
    return records, truth


def write_kostra_samples(out: str | Path, seed: int, rows: int, year: int = 2025,
                         as_of: date = DEFAULT_AS_OF) -> dict[str, Path]:
    """Write both files and their ground truth into ``out``; returns {"11CF"|"11F"|"truth_11CF"|"truth_11F": path}."""
    out = Path(out)
    names = _names(year)
    paths: dict[str, Path] = {}
    for form in ("11CF", "11F"):
        records, truth = truth_document(form, year, rows, seed, as_of)
        paths[form] = out / names[form]
        atomic_write(paths[form], kostra_text(form, year, records).encode("latin-1"))
        paths[f"truth_{form}"] = out / names[f"truth_{form}"]
        atomic_write(paths[f"truth_{form}"], truth_json(truth))
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m sample_data.generate_kostra",
        description="Write seeded KOSTRA 11CF and 11F sample files with their ground truth.",
        epilog="Example: python -m sample_data.generate_kostra --seed 11 --rows 60 --year 2025 --out sample_data/kostra",
    )
    parser.add_argument("--seed", type=int, default=11, help="random seed (default 11)")
    parser.add_argument("--rows", type=int, default=60, help="records per file (default 60)")
    parser.add_argument("--year", type=int, choices=(2024, 2025, 2026), default=2025, help="reporting year (default 2025)")
    parser.add_argument("--as-of", type=parse_date, default=DEFAULT_AS_OF, help="audit date (default 2025-12-31)")
    parser.add_argument("--out", default="sample_data/kostra", help="output directory (default sample_data/kostra)")
    args = parser.parse_args(argv)
    if args.rows < 1:
        parser.error("--rows must be at least 1")
    for path in write_kostra_samples(args.out, args.seed, args.rows, args.year, args.as_of).values():
        print(path)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
