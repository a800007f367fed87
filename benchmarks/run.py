"""Benchmark: nav-audit run vs a plain polars computation of the same kvp checks.

    python -m benchmarks.run [--rows 1000000] [--seed 1] [--keep DIR] [--skip-large] [--join]
                             [--empty COLUMN=SHARE] [--unreadable COLUMN=SHARE] [--large-only]

Generates N canonical kvp rows, then in separate processes times (1) `nav-audit run`
end to end without reports (including Python start-up and the Great Expectations
import) with its stages, (2) the same with both reports (the workbook holds every
case), and (3) the plain polars reference (benchmarks/reference.py) reading and judging
the same file. Then the municipal case: the shipped 400-row XLSX sample through the
console command, the import of Great Expectations alone, and ten such exports in one
process with ``--each``. With ``--join`` also a join of two files on the key (the export with
its keys as zero-padded journal numbers, 00000001 …, and a second file of the same cases keyed
1 …): loading, the join, and of it the matching of keys written with and without leading zeros.
With ``--empty decision_date=0.3`` (or ``--unreadable``, a text that is no date) that share of the
rows has the column empty (unreadable): many rows several checks cannot judge, each named with
what it lacks — the worst case of that work. ``--large-only``: the large runs and the reference only.
Prints every figure; nothing here is asserted.
Targets: ratio <= 3 without reports and <= 5 with reports, peak memory < 1.5 GB at 1M
rows; the municipal run's time beyond importing Great Expectations <= 2 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AS_OF = "2025-12-31"

# Each child ends as the ``nav-audit`` console script does (audit.cli.entry): flush, then
# os._exit, without the interpreter's teardown of every imported module (about 0.5-0.9 s
# after a run that imported Great Expectations). The reference child ends the same way.
END = """
sys.stdout.flush()
import os
os._exit(0)
"""

CHILD_AUDIT = """
import json, resource, sys, time, datetime as dt
t0 = time.perf_counter()
from audit.pipeline import run_audit
formats = tuple(f for f in sys.argv[4].split(",") if f)
run = run_audit([sys.argv[1]], suite="kvp", as_of=dt.date.fromisoformat(sys.argv[2]), out_dir=sys.argv[3],
                formats=formats, record_history=False)
ru = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"total": time.perf_counter() - t0, "stages": run.timings, "cpu": ru.ru_utime + ru.ru_stime,
                  "peak_mb": ru.ru_maxrss / 1024,
                  "unknown": sum(c.get("unknown") or 0 for c in run._results["checks"])}))
"""

CHILD_REPORTS = CHILD_AUDIT + """
import os, zipfile
out = sys.argv[3]
rows = sum(c["cases"].frame.height if hasattr(c.get("cases"), "frame") else len(c.get("cases") or [])
           for c in run._results["checks"]) + sum(len(c.get("unknown_keys") or []) for c in run._results["checks"])
with zipfile.ZipFile(os.path.join(out, "rapport.xlsx")) as z:
    sheets = sum(1 for n in z.namelist() if n.startswith("xl/worksheets/sheet"))
ru = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"total": time.perf_counter() - t0, "stages": run.timings, "rows": rows,
                  "cpu": ru.ru_utime + ru.ru_stime,
                  "sheets_all": sheets, "sheets": -(-rows // 1_048_572) if rows else 1,
                  "xlsx_mb": os.path.getsize(os.path.join(out, "rapport.xlsx")) / 1e6,
                  "html_mb": os.path.getsize(os.path.join(out, "rapport.html")) / 1e6,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
""" + END

CHILD_GX_IMPORT = """
import json, time
t0 = time.perf_counter()
from audit.gx_import import import_great_expectations  # as nav-audit imports it (audit.engine)
import_great_expectations()
print(json.dumps({"total": time.perf_counter() - t0}))
"""

CHILD_REFERENCE = """
import json, resource, sys, time, datetime as dt
t0 = time.perf_counter()
from benchmarks import reference
reference.summary(sys.argv[1], dt.date.fromisoformat(sys.argv[2]))
ru = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"total": time.perf_counter() - t0, "cpu": ru.ru_utime + ru.ru_stime, "peak_mb": ru.ru_maxrss / 1024}))
""" + END

# Two files of one dataset joined on the key (sys.argv[1], sys.argv[2]); the leading-zero matching timed apart.
CHILD_JOIN = """
import json, sys, time
from audit.datasets import get_dataset
from audit.inputs import join as join_module
from audit.inputs.load import load_file
ds = get_dataset("kvp")
t = time.perf_counter()
tables = [load_file(p, ds.name, None) for p in sys.argv[1:3]]
loaded = time.perf_counter() - t
matching = []
same_number_keys = join_module._same_number_keys
def timed(*args):
    t = time.perf_counter()
    try:
        return same_number_keys(*args)
    finally:
        matching.append(time.perf_counter() - t)
join_module._same_number_keys = timed
t = time.perf_counter()
table = join_module.join_tables(tables, ds)
joined = time.perf_counter() - t
notes = [n for n in table.notes if getattr(n, "key", "") == "inputs.join.leading_zeros"]
print(json.dumps({"load": loaded, "join": joined, "matching": sum(matching), "rows": table.frame.height,
                  "rows_in": [t.frame.height for t in tables],
                  "matched": notes[0].values["count"] if notes else 0}))
""" + END

# The same run recording its history (sys.argv[5]); run twice, the second is compared with the first.
CHILD_HISTORY = CHILD_AUDIT.replace("record_history=False", "history=sys.argv[5], record_history=True")


def child(code: str, *args: str) -> dict:
    wall = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parent.parent)
    if out.returncode != 0:
        sys.exit(out.stderr)
    data = json.loads(out.stdout.strip().splitlines()[-1])
    data["wall"] = time.perf_counter() - wall
    return data


def command(*args: str) -> float:
    """Wall time of one console command (``python -m audit …``, the path ``nav-audit`` takes)."""
    wall = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "audit", *args], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parent.parent)
    if out.returncode not in (0, 1):
        sys.exit(out.stderr)
    return time.perf_counter() - wall


def generate(work: Path, rows: int, seed: int, holes: dict | None = None) -> Path:
    """The synthetic export; ``holes``: {"empty": {column: share}, "unreadable": {column: share}}."""
    holes = holes or {"empty": {}, "unreadable": {}}
    tag = "".join(f"_{kind}-{c}-{s:g}" for kind, cols in holes.items() for c, s in sorted(cols.items()))
    path = work / f"kvp_{rows}{tag}.csv"
    if path.exists():
        return path
    t = time.perf_counter()
    # In a process of its own: Linux keeps ru_maxrss across fork and exec, so a parent that
    # built the file itself would lend its peak to every child measured after it.
    subprocess.run([sys.executable, "-c", "import sys, json, datetime as dt; from benchmarks import synthetic; "
                    "h = json.loads(sys.argv[5]); synthetic.write(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), "
                    "dt.date.fromisoformat(sys.argv[4]), h['empty'], h['unreadable'])",
                    str(path), str(rows), str(seed), AS_OF, json.dumps(holes)], check=True,
                   cwd=Path(__file__).resolve().parent.parent)
    print(f"generated {rows:,} rows ({path.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - t:.1f} s")
    return path


def join(work: Path, rows: int, seed: int) -> None:
    """The export keyed by zero-padded journal numbers joined with a second file keyed by the plain
    numbers (office and caseworker, as a review workbook or a grounds table carries them)."""
    path = generate(work, rows, seed)
    padded, plain = work / f"kvp_{rows}_journal.csv", work / f"kvp_{rows}_second.csv"
    subprocess.run([sys.executable, "-c", "import sys, polars as pl; "
                    "f = pl.read_csv(sys.argv[1], separator=';', infer_schema=False); "
                    "n = pl.int_range(1, f.height + 1, eager=True).cast(pl.String); "
                    "f.with_columns(case_id=n.str.zfill(8)).write_csv(sys.argv[2], separator=';'); "
                    "f.select('office', 'caseworker').with_columns(case_id=n).select('case_id', 'office', 'caseworker')"
                    ".write_csv(sys.argv[3], separator=';')",
                    str(path), str(padded), str(plain)], check=True, cwd=Path(__file__).resolve().parent.parent)
    res = child(CHILD_JOIN, str(padded), str(plain))
    print(f"join of two files ({res['rows_in'][0]:,} rows keyed 00000001 … and {res['rows_in'][1]:,} keyed 1 …):"
          f" {res['rows']:,} rows; loading both {res['load']:.2f} s, the join {res['join']:.2f} s, of it matching"
          f" keys with and without leading zeros {res['matching']:.2f} s ({res['matched']:,} keys matched)")


def large(work: Path, rows: int, seed: int, with_reports: bool = True, holes: dict | None = None,
          history: bool = True) -> None:
    path = generate(work, rows, seed, holes)
    audit = child(CHILD_AUDIT + END, str(path), AS_OF, str(work / "out"), "")
    full = child(CHILD_REPORTS, str(path), AS_OF, str(work / "out-reports"), "xlsx,html") if with_reports else None
    ref = child(CHILD_REFERENCE, str(path), AS_OF)
    print(f"nav-audit run (no reports):   {audit['wall']:.2f} s wall, CPU {audit['cpu']:.2f} s, peak "
          f"{audit['peak_mb']:.0f} MB; {audit['unknown']:,} unknown rows over all checks")
    for stage, secs in audit["stages"].items():
        print(f"  {stage:<9} {secs:6.2f} s")
    print(f"  startup+imports {audit['wall'] - sum(audit['stages'].values()):6.2f} s")
    if full:
        print(f"nav-audit run (with reports): {full['wall']:.2f} s wall, CPU {full['cpu']:.2f} s, peak "
              f"{full['peak_mb']:.0f} MB"
              f" (render {full['stages'].get('render', 0):.2f} s)")
        print(f"  workbook: {full['rows']:,} case rows on {full['sheets']} sheet(s), {full['xlsx_mb']:.0f} MB;"
              f" page {full['html_mb']:.1f} MB; with reports minus without: {full['wall'] - audit['wall']:.2f} s")
    print(f"plain polars reference:       {ref['wall']:.2f} s wall, peak {ref['peak_mb']:.0f} MB")
    print(f"ratio without reports:        {audit['wall'] / ref['wall']:.2f}  (target <= 3)")
    # CPU time (user + system, all threads) is steadier than wall time on a machine shared with other work
    print(f"CPU time without reports:     {audit['cpu']:.2f} s against {ref['cpu']:.2f} s for the reference"
          f" (ratio {audit['cpu'] / ref['cpu']:.2f})")
    if full:
        print(f"ratio with reports:           {full['wall'] / ref['wall']:.2f}  (target <= 5; rendering alone "
              f"{full['stages'].get('render', 0) / ref['wall']:.2f}x the reference)")
    if full:
        print(f"CPU time with reports:        {full['cpu']:.2f} s (ratio {full['cpu'] / ref['cpu']:.2f})")
    print(f"peak memory without reports:  {audit['peak_mb'] / 1024:.2f} GB  (target < 1.5 GB)")
    if not history:
        return
    hist = [child(CHILD_HISTORY, str(path), AS_OF, str(work / f"out-history-{i}"), "", str(work / "history.sqlite"))
            for i in (1, 2)][-1]
    # The run's rows go into the history while results.json is written (audit.pipeline): compare
    # history + write with the run without history's write, not the history stage alone.
    print(f"run recording history, no reports (the second into one history): {hist['wall']:.2f} s wall, history "
          f"{hist['stages'].get('history', 0):.2f} s + write {hist['stages'].get('write', 0):.2f} s"
          f" (without history: write {audit['stages'].get('write', 0):.2f} s), peak {hist['peak_mb']:.0f} MB,"
          f" CPU {hist['cpu']:.2f} s (without history {audit['wall']:.2f} s wall, CPU {audit['cpu']:.2f} s)")


def municipal(work: Path) -> None:
    import shutil

    root = Path(__file__).resolve().parent.parent / "sample_data" / "kvp"
    export, mapping = root / "kvp_saker.xlsx", root / "kvp_mapping.yaml"
    gx = min(child(CHILD_GX_IMPORT)["total"] for _ in range(2))
    one = min(command("run", str(export), "-m", str(mapping), "--as-of", AS_OF, "--out", str(work / f"m{i}"),
                      "--no-history") for i in range(2))
    print(f"municipal export (400 rows, XLSX, both reports): {one:.2f} s wall; importing Great Expectations "
          f"{gx:.2f} s; beyond that {one - gx:.2f} s (target <= 2 s)")
    many = work / "kommuner"
    many.mkdir()
    for i in range(10):
        shutil.copy(export, many / f"kommune_{i:02d}.xlsx")
    ten = command("run", *sorted(str(p) for p in many.iterdir()), "-m", str(mapping), "--each", "--as-of", AS_OF,
                  "--out", str(work / "each"), "--no-history")
    print(f"ten exports with --each (one process, both reports): {ten:.2f} s wall, {ten / 10:.2f} s per export "
          f"(ten separate runs: about {10 * one:.1f} s)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", help="keep the generated file and results in this folder")
    ap.add_argument("--skip-large", action="store_true", help="only the municipal figures")
    ap.add_argument("--skip-reports", action="store_true", help="the large run without its with-reports variant")
    ap.add_argument("--join", action="store_true", help="also a join of two files of --rows rows on zero-padded keys")
    ap.add_argument("--only-join", action="store_true", help="only the join (no large run, no municipal figures)")
    ap.add_argument("--empty", action="append", default=[], metavar="COLUMN=SHARE",
                    help="that share of the rows with the column empty (e.g. decision_date=0.3); repeatable")
    ap.add_argument("--unreadable", action="append", default=[], metavar="COLUMN=SHARE",
                    help="that share of the rows with a text in the column that cannot be read; repeatable")
    ap.add_argument("--large-only", action="store_true",
                    help="the large runs and the reference only (no history runs, no municipal figures)")
    args = ap.parse_args()
    holes = {kind: {c: float(s) for c, s in (x.split("=", 1) for x in getattr(args, kind))}
             for kind in ("empty", "unreadable")}
    import shutil

    work = Path(args.keep or tempfile.mkdtemp(prefix="nav-audit-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        if args.only_join:
            join(work, args.rows, args.seed)
            return
        if not args.skip_large:
            large(work, args.rows, args.seed, with_reports=not args.skip_reports, holes=holes,
                  history=not args.large_only)
        if args.large_only:
            return
        if args.join:
            join(work, args.rows, args.seed)
        municipal(work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
