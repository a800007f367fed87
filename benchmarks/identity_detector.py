"""How fast the identity-number detector runs on whole columns (prints figures; not a test).

    python -m benchmarks.identity_detector [rows]

Columns of a million values: case ids (no 10 digits: out at once), 11-digit account-like numbers
(every value examined in polars), free text with dates and amounts, and free text where every
hundredth value holds a number with separators.
"""

from __future__ import annotations

import random
import sys
import time

import polars as pl

from audit.privacy import contains_identity_series, redact_series
from tests.bad_inputs import fnrs, written_forms


def main(rows: int = 1_000_000) -> None:
    rng = random.Random(1)
    numbers = [f for n in fnrs(50) for f in written_forms(n)]
    columns = {
        "case ids": [f"K-{i:07d}" for i in range(rows)],
        "11-digit numbers": [f"{rng.randrange(10**10, 10**11)}" for _ in range(rows)],
        "text with dates": [f"Vedtak 12.03.2025, beløp {rng.randrange(10**6)} kr" for _ in range(rows)],
        "text, 1 % numbers": [f"ring {numbers[i % len(numbers)]}" if i % 100 == 0 else "ingen merknad"
                              for i in range(rows)],
    }
    for name, values in columns.items():
        s = pl.Series(name, values)
        t = time.perf_counter()
        hits = int(contains_identity_series(s, zero_dropped=True).sum())
        found = time.perf_counter() - t
        t = time.perf_counter()
        redact_series(s)
        print(f"{name:<20} {rows:>9} rows: find {found:5.2f} s ({hits} hits), redact {time.perf_counter() - t:5.2f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
