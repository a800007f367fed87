"""Benchmark: nav-audit run vs a plain polars computation of the same kvp checks.

    python -m benchmarks.run [--rows 1000000] [--seed 1] [--keep DIR]

Generates N canonical kvp rows, then in separate processes times (1) `nav-audit run`
end to end without reports (including Python start-up and the Great Expectations
import) with its stages, and (2) the plain polars reference (benchmarks/reference.py)
reading and judging the same file. Prints both, their ratio and each run's peak memory.
Targets (issue #2): ratio <= 5, peak memory < 2 GB at 1M rows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import shutil
import tempfile
import time
from pathlib import Path

AS_OF = "2025-12-31"

CHILD_AUDIT = """
import json, resource, sys, time, datetime as dt
t0 = time.perf_counter()
from audit.pipeline import run_audit
run = run_audit([sys.argv[1]], suite="kvp", as_of=dt.date.fromisoformat(sys.argv[2]), out_dir=sys.argv[3],
                formats=(), record_history=False)
print(json.dumps({"total": time.perf_counter() - t0, "stages": run.timings,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

CHILD_REFERENCE = """
import json, resource, sys, time, datetime as dt
t0 = time.perf_counter()
from benchmarks import reference
reference.summary(sys.argv[1], dt.date.fromisoformat(sys.argv[2]))
print(json.dumps({"total": time.perf_counter() - t0,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def child(code: str, *args: str) -> dict:
    wall = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parent.parent)
    if out.returncode != 0:
        sys.exit(out.stderr)
    data = json.loads(out.stdout.strip().splitlines()[-1])
    data["wall"] = time.perf_counter() - wall
    return data


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", help="keep the generated file and results in this folder")
    args = ap.parse_args()
    from benchmarks import synthetic

    work = Path(args.keep or tempfile.mkdtemp(prefix="nav-audit-bench-"))
    try:
        work.mkdir(parents=True, exist_ok=True)
        path = work / f"kvp_{args.rows}.csv"
        t = time.perf_counter()
        synthetic.write(str(path), args.rows, args.seed, dt.date.fromisoformat(AS_OF))
        print(f"generated {args.rows:,} rows ({path.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - t:.1f} s")
        audit = child(CHILD_AUDIT, str(path), AS_OF, str(work / "out"))
        ref = child(CHILD_REFERENCE, str(path), AS_OF)
        print(f"nav-audit run (no reports): {audit['wall']:.2f} s wall, peak {audit['peak_mb']:.0f} MB")
        for stage, secs in audit["stages"].items():
            print(f"  {stage:<9} {secs:6.2f} s")
        print(f"  startup+imports {audit['wall'] - sum(audit['stages'].values()):6.2f} s")
        print(f"plain polars reference:     {ref['wall']:.2f} s wall, peak {ref['peak_mb']:.0f} MB")
        print(f"ratio nav-audit / polars:   {audit['wall'] / ref['wall']:.2f}  (target <= 5)")
        print(f"peak memory nav-audit:      {audit['peak_mb'] / 1024:.2f} GB  (target < 2 GB at 1M rows)")
    finally:
        if not args.keep:  # the generated file is hundreds of MB: never leave it in the temporary folder
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
