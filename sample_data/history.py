"""A sample history: eight quarterly KVP audits over two years, for the annual report.

Command line::

    python -m sample_data.history --out out/sample-history
    nav-audit annual --year 2025 --history out/sample-history/history.sqlite --out out/sample-history/annual

For each quarter of ``--first-year`` and the year after (2024Q1 … 2025Q4) this
generates a KVP case export with :func:`sample_data.generate.generate_kvp` (as of the
quarter's last day), audits it with :func:`audit.pipeline.run_audit` (period = the
quarter) and records the run in ``<out>/history.sqlite``. Deviations are injected
less often each quarter, so the annual report shows an improving trend. About half
of each quarter's findings are carried into the next quarter's export under the same
case number (the cases are still not fixed), so the history has findings that
persist, are resolved and are new. Finally a few follow-up actions are recorded,
two of them overdue at the end of the last year.

Written into ``--out``: ``history.sqlite``, ``data/<YYYY>Q<n>/`` (the export and its
mapping) and ``runs/<YYYY>Q<n>/results.json``. The same options give the same
exports and findings (run ids and timestamps differ).

Unlike :mod:`sample_data.generate` and :mod:`sample_data.oracle`, this module uses
the tool itself (it builds a history *with* nav-audit); it is not a ground truth.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import sys
from pathlib import Path
from typing import Any

from sample_data.generate import DEFAULT_RATES, csv_bytes, generate_kvp, mapping_yaml

CASE_HEADER = "Saksnummer"
HISTORY_NAME = "history.sqlite"
QUARTERS = 8
# Deviations are injected FACTOR times the default rate: from 1.6 in the first quarter to 0.5 in the last.
FIRST_FACTOR, LAST_FACTOR = 1.6, 0.5
CARRY_OVER = 0.5  # share of a check's findings carried into the next quarter under the same case number


def quarter_bounds(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, 3 * quarter - 2, 1)
    end = (dt.date(year + (quarter == 4), (3 * quarter) % 12 + 1, 1)) - dt.timedelta(days=1)
    return start, end


def _rates(factor: float) -> dict[str, float]:
    return {kind: min(1.0, round(rate * factor, 4)) for kind, rate in DEFAULT_RATES.items()}


def _carry_over(sample, previous: dict[str, list[str]]) -> int:
    """Give some of this sample's injected cases the case numbers of last quarter's findings
    of the same check, by swapping case numbers between rows; return how many were carried."""
    rows = sample.export_rows
    index = {row[CASE_HEADER]: i for i, row in enumerate(rows)}
    injected: dict[str, list[str]] = {}
    for info in sample.injections.values():
        for key in info["keys"]:
            injected.setdefault(info["checks"].get(key, info["check"]), []).append(key)
    used: set[int] = set()
    carried = 0
    for check_id in sorted(previous):
        candidates = sorted(set(injected.get(check_id, [])))
        old_keys = sorted(previous[check_id])[: math.ceil(len(previous[check_id]) * CARRY_OVER)]
        for old_key in old_keys:
            while candidates and (candidates[0] not in index or index[candidates[0]] in used):
                candidates.pop(0)
            if not candidates:
                break
            i = index[candidates.pop(0)]
            j = index.get(old_key)
            if j is not None and j in used:
                continue
            new_key = rows[i][CASE_HEADER]
            rows[i][CASE_HEADER] = old_key
            index[old_key] = i
            used.add(i)
            if j is not None:
                rows[j][CASE_HEADER] = new_key
                index[new_key] = j
                used.add(j)
            else:
                del index[new_key]
            carried += 1
    return carried


def _findings(results: dict[str, Any]) -> dict[str, list[str]]:
    return {c["id"]: [case["key"] for case in c.get("cases") or []] for c in results["checks"] if c.get("cases")}


def build_history(out: str | Path, *, seed: int = 2024, rows: int = 300, first_year: int = 2024,
                  quarters: int = QUARTERS, force: bool = False, say=print) -> Path:
    """Generate the exports, audit them into ``<out>/history.sqlite`` and add follow-ups; return the history path."""
    from audit.history import open_store
    from audit.io import atomic_write_bytes
    from audit.pipeline import run_audit

    out = Path(out)
    history = out / HISTORY_NAME
    if history.exists():
        if not force:
            raise FileExistsError(f"{history} exists; use --force to replace it")
        history.unlink()
    previous: dict[str, list[str]] = {}
    last_results: dict[str, Any] = {}
    for n in range(quarters):
        year, quarter = first_year + n // 4, n % 4 + 1
        start, end = quarter_bounds(year, quarter)
        label = f"{year}Q{quarter}"
        factor = FIRST_FACTOR + (LAST_FACTOR - FIRST_FACTOR) * n / max(quarters - 1, 1)
        sample = generate_kvp(seed + n, rows, end, rates=_rates(factor))
        carried = _carry_over(sample, previous) if previous else 0
        data = out / "data" / label
        csv_path = atomic_write_bytes(data / "kvp_saker.csv", csv_bytes(sample))
        mapping_path = atomic_write_bytes(data / "kvp_mapping.yaml", mapping_yaml(sample.headers).encode("utf-8"))
        run = run_audit([csv_path], suite="kvp", mappings=[str(mapping_path)], as_of=end, period=(start, end),
                        out_dir=out / "runs" / label, formats=(), history=str(history), record_history=True)
        last_results = run.results
        previous = _findings(run.results)
        deviations = sum(c.get("failed") or 0 for c in run.results["checks"] if c.get("kind") != "indicator")
        say(f"{label}: {rows} saker, {deviations} avvik, {carried} funn videreført, kjøring {run.results['run']['id']}")

    # Follow-up actions on findings of the last run: two overdue at year end, one not yet due,
    # one closed, and one on a whole check.
    year_end = dt.date(first_year + (quarters - 1) // 4, 12, 31)
    cases = {c["id"]: sorted(case["key"] for case in c.get("cases") or []
                             if case.get("level") == "deviation")
             for c in last_results.get("checks") or []}
    plans = [
        ("kvp.start_delay", 0, "open", "Teamleder KVP", "Starte programmet; avklare ventelisten", year_end.replace(month=11, day=30)),
        ("kvp.processing_time", 0, "in_progress", "Fagkoordinator", "Sende vedtak eller foreløpig svar", year_end.replace(month=10, day=31)),
        ("kvp.full_time", 0, "open", "Veileder", "Utvide programmet til heltid", dt.date(year_end.year + 1, 2, 28)),
        ("kvp.appeal_info", 0, "done", "Fagkoordinator", "Rette vedtaksmalen med klageadgang", year_end.replace(month=9, day=30)),
    ]
    with open_store(history) as store:
        for check_id, pick, status, responsible, action, due in plans:
            keys = cases.get(check_id) or []
            if not keys:
                continue
            store.add_follow_up(check_id, keys[pick], status=status, responsible=responsible, action=action,
                                due_date=due, scope=last_results["run"].get("scope"))
        store.add_follow_up("kvp.early_information", None, status="in_progress", responsible="NAV-leder",
                            action="Rutine: informere om KVP i første samtale", due_date=dt.date(year_end.year + 1, 3, 31))
    return history


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m sample_data.history",
        description="Build a sample history of eight quarterly KVP audits over two years (for nav-audit annual).",
        epilog="Example: python -m sample_data.history --out out/sample-history && nav-audit annual --year 2025 "
               "--history out/sample-history/history.sqlite --out out/sample-history/annual",
    )
    parser.add_argument("--out", required=True, help="output directory (history.sqlite, data/, runs/)")
    parser.add_argument("--seed", type=int, default=2024, help="random seed of the first quarter (default 2024)")
    parser.add_argument("--rows", type=int, default=300, help="cases per quarterly export (default 300)")
    parser.add_argument("--first-year", type=int, default=2024, help="first of the two years (default 2024)")
    parser.add_argument("--force", action="store_true", help="replace an existing history.sqlite in --out")
    args = parser.parse_args(argv)
    if args.rows < 1:
        parser.error("--rows must be at least 1")
    try:
        history = build_history(args.out, seed=args.seed, rows=args.rows, first_year=args.first_year, force=args.force)
    except FileExistsError as exc:
        parser.error(str(exc))
    year = args.first_year + 1
    print(f"Historikk: {history}")
    print(f"Neste steg: nav-audit annual --year {year} --history {history} --out {Path(args.out) / 'annual'}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
