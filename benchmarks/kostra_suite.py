"""Benchmark: a large synthetic 11F or 11CF file through the kostra suite (SSB's controls) or
the file's own suite (11CF: kvp, 11F: stonad, read by ``read_kostra``).

    python -m benchmarks.kostra_suite [--records 100000] [--form 11F] [--year 2025] [--suite kostra|own]
    python -m benchmarks.kostra_suite --records 1000000 --form 11CF --suite own --read-only

Writes N synthetic records (tests/kostra_records.py, varied so that some controls fail),
then times reading, deriving, validating with Great Expectations and building the results,
and prints each stage, the cases found and the peak memory (ru_maxrss of this process: the
file is written first, in this process, which takes little). ``--read-only`` reads the file
and stops (the reader's own peak).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import tempfile
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--form", default="11F", choices=["11F", "11CF"])
    ap.add_argument("--year", type=int, default=2025, choices=[2024, 2025, 2026])
    ap.add_argument("--suite", default="kostra", choices=["kostra", "own"],
                    help="kostra: SSB's controls; own: kvp (11CF) or stonad (11F)")
    ap.add_argument("--read-only", action="store_true", help="only read the file (the reader's peak memory)")
    args = ap.parse_args()
    import os

    from audit.pseudonym import ENV_KEY

    os.environ.setdefault(ENV_KEY, bytes(range(32)).hex())  # a benchmark creates no key file of the user's
    from tests.kostra_records import base_11cf, base_11f, fnr, record

    rnd = random.Random(1)
    base = base_11f(args.year) if args.form == "11F" else base_11cf(args.year)
    people = [fnr(rnd.randint(1, 28), rnd.randint(1, 12), rnd.randint(1940, 2006)) for _ in range(500)]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.dat"
        t = time.perf_counter()
        with open(path, "w", encoding="latin-1", newline="") as fh:
            for i in range(args.records):
                vals = {**base, "PERSON_JOURNALNR": f"J{i:07d}", "KJONN": rnd.choice("1112"),
                        "BU18": rnd.choice("12"), "ANTBU18": rnd.choice(["", "1", "2", "0"])}
                fh.write(record(args.form, args.year, vals, person=rnd.choice(people)) + "\r\n")
        print(f"wrote {args.records} {args.form} {args.year} records in {time.perf_counter() - t:.1f} s "
              f"({path.stat().st_size / 1e6:.0f} MB)")
        suite = args.suite if args.suite == "kostra" else ("kvp" if args.form == "11CF" else "stonad")
        t = time.perf_counter()
        if args.read_only:
            from audit.pseudonym import Pseudonymiser

            if suite == "kostra":
                from audit.kostra.ssb_reading import read_ssb

                frame = read_ssb(path, pseudonymiser=Pseudonymiser(bytes(range(32)))).table.frame
            else:
                from audit.kostra.reader import read_kostra

                frame = read_kostra(path, pseudonymiser=Pseudonymiser(bytes(range(32)))).frame
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"read for the {suite} suite: {time.perf_counter() - t:.1f} s, {frame.height} records, "
                  f"frame {frame.estimated_size() / 1e6:.0f} MB; peak {peak:.0f} MB")
            return
        from audit.pipeline import run_audit

        run = run_audit([path], suite=suite, as_of=dt.date(args.year + 1, 2, 1), formats=(), out_dir=None)
        total = time.perf_counter() - t
        stages = ", ".join(f"{k} {v:.1f} s" for k, v in run.timings.items())
        overview = run.overview()  # cases stay columnar, as in `nav-audit run` (run.results makes them dicts)
        cases = sum(len(c["cases"]) for c in overview["checks"])
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{suite} suite: {total:.1f} s ({stages}); {len(overview['checks'])} checks, {cases} cases; "
              f"peak {peak:.0f} MB")


if __name__ == "__main__":
    main()
