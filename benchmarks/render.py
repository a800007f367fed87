"""Benchmark of the reports alone: the run's columnar cases rendered again and again in one process.

    python -m benchmarks.render [--rows 1000000] [--csv FILE] [--repeat 3] [--profile FILE] [--keep DIR]
                                 [--cache FILE]

Runs ``nav-audit run`` once without reports (the cases stay columnar, as ``run_audit`` holds
them), then renders both reports ``--repeat`` times into a scratch folder, printing per
rendering the wall and CPU time of each part (view model, draft findings, planning the case
sheets, openpyxl's workbook and save, streaming the case rows, the HTML page; CPU time of the
part's own thread, so the deflate thread's is only in the total). With
``--profile`` the last rendering runs under cProfile and its statistics are written to FILE.
Wall times on a shared machine are noisy: compare the parts within one run, and CPU times.
Nothing here is asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gc
import pickle
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AS_OF = "2025-12-31"

PARTS = [  # (label, module, attribute): timed where they are looked up at render time
    ("view model", "reports.model", "build_model"),
    ("  draft findings", "reports.model", "_draft_findings"),
    ("plan case sheets", "reports.case_sheet", "plan"),
    ("openpyxl sheets", "reports.run_workbook", "build_workbook"),
    ("openpyxl save", "openpyxl.workbook.workbook", "Workbook.save"),
    ("case rows (splice)", "reports.case_xml", "splice"),
    ("HTML page", "reports.html", "write_html"),
]


def _timed(fn, label: str, spent: dict):
    @functools.wraps(fn)
    def wrapper(*a, **kw):
        wall, cpu = time.perf_counter(), time.thread_time()
        try:
            return fn(*a, **kw)
        finally:
            w, c = spent.get(label, (0.0, 0.0))
            spent[label] = (w + time.perf_counter() - wall, c + time.thread_time() - cpu)
    return wrapper


def instrument(spent: dict) -> None:
    import importlib

    for label, module, attr in PARTS:
        owner = importlib.import_module(module)
        *path, name = attr.split(".")
        for p in path:
            owner = getattr(owner, p)
        setattr(owner, name, _timed(getattr(owner, name), label, spent))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--csv", help="an existing canonical kvp CSV (else one of --rows rows is generated)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", help="write cProfile statistics of the last rendering to this file")
    ap.add_argument("--formats", default="xlsx,html")
    ap.add_argument("--keep", help="copy the last rendering's reports into this folder")
    ap.add_argument("--cache", help="the run's results pickled in this file: made once, then read (faster rounds)")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="nav-audit-render-"))
    try:
        from audit.pipeline import render_reports, run_audit

        if args.cache and Path(args.cache).exists():
            with open(args.cache, "rb") as fh:
                results = pickle.load(fh)
        else:
            path = Path(args.csv) if args.csv else work / f"kvp_{args.rows}.csv"
            if not args.csv:
                subprocess.run([sys.executable, "-c", "import sys, datetime as dt; from benchmarks import synthetic; "
                                "synthetic.write(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), "
                                "dt.date.fromisoformat(sys.argv[4]))", str(path), str(args.rows), str(args.seed),
                                AS_OF], check=True, cwd=Path(__file__).resolve().parent.parent)
            t = time.perf_counter()
            run = run_audit([str(path)], suite="kvp", as_of=dt.date.fromisoformat(AS_OF), out_dir=work / "run",
                            formats=(), record_history=False)
            results = run.overview()
            print(f"run without reports: {time.perf_counter() - t:.2f} s; peak "
                  f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
            if args.cache:
                with open(args.cache, "wb") as fh:
                    pickle.dump(results, fh)
        formats = tuple(f for f in args.formats.split(",") if f)
        spent: dict = {}
        instrument(spent)
        for i in range(args.repeat):
            spent.clear()
            out = work / f"r{i}"
            out.mkdir()
            gc.collect()
            profiler = None
            if args.profile and i == args.repeat - 1:
                import cProfile

                profiler = cProfile.Profile()
                profiler.enable()
            wall, cpu = time.perf_counter(), time.process_time()
            render_reports(results, out, lang="nb", formats=formats, html_case_limit=200)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            if profiler is not None:
                profiler.disable()
                profiler.dump_stats(args.profile)
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"render {i + 1}: {wall:.2f} s wall, {cpu:.2f} s CPU (peak so far {peak:.0f} MB)"
                  + (" [profiled]" if profiler else ""))
            for label, _, _ in PARTS:
                if label in spent:
                    w, c = spent[label]
                    print(f"  {label:<20} {w:6.2f} s wall {c:6.2f} s CPU of its thread")
            if args.keep and i == args.repeat - 1:
                shutil.copytree(out, args.keep, dirs_exist_ok=True)
            shutil.rmtree(out)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
