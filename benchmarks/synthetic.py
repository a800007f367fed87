"""Fast vectorised generator of large canonical kvp CSV files for the benchmark.

(sample_data/generate.py writes realistic, smaller exports with Norwegian headers and a
ground truth; this one only needs to be big, varied and quick.)
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import polars as pl


def generate(rows: int, seed: int = 1, as_of: dt.date = dt.date(2025, 12, 31),
             empty: dict[str, float] | None = None, unreadable: dict[str, float] | None = None) -> pl.DataFrame:
    """``rows`` canonical kvp rows. ``empty`` / ``unreadable``: column -> share of the rows whose value is
    made empty / an unreadable text («ukjent»), drawn apart from the rest (the other values stay the same):
    many rows the checks cannot judge, the worst case of naming what an unknown row lacks."""
    rng = np.random.default_rng(seed)
    base = np.datetime64(as_of.isoformat()) - np.timedelta64(800, "D")

    def day(offset):
        return base + offset.astype("timedelta64[D]")

    def maybe(values, p_null):
        v = values.astype(object)
        v[rng.random(rows) < p_null] = None
        return v

    def spread(good_lo, good_hi, bad_lo, bad_hi, p_bad):
        """Mostly within the rule, a realistic tail (p_bad) outside it."""
        bad = rng.random(rows) < p_bad
        return np.where(bad, rng.integers(bad_lo, bad_hi, rows), rng.integers(good_lo, good_hi, rows))

    contact = rng.integers(0, 700, rows)
    informed = contact + spread(0, 30, 31, 150, 0.10)
    application = informed + rng.integers(0, 60, rows)
    prelim = application + rng.integers(10, 40, rows)
    decision = application + spread(5, 29, 29, 60, 0.08)
    wa = decision - spread(1, 30, -10, 0, 0.05)
    start = decision + spread(0, 14, -3, 45, 0.12)
    activity = start + spread(0, 10, -5, 0, 0.04)
    planned = start + rng.integers(300, 800, rows)
    ended = start + rng.integers(-20, 900, rows)  # a few end before start: data errors
    ext = planned + rng.integers(-60, 10, rows)
    dec = rng.choice(np.array(["granted", "refused", None], dtype=object), rows, p=[0.75, 0.15, 0.10])
    granted = dec == "granted"
    yesno = np.array(["ja", "nei"], dtype=object)

    def flag(p_yes):
        return maybe(yesno[(rng.random(rows) >= p_yes).astype(int)], 0.03)

    def iso(days_, p_null, mask=None):
        v = np.datetime_as_string(day(days_), unit="D").astype(object)
        if mask is not None:
            v[~mask] = None
        return maybe(v, p_null)

    has_end = rng.random(rows) < 0.4
    status = np.where(has_end, rng.choice(np.array(list("3457")), rows), rng.choice(np.array(list("12")), rows)).astype(object)
    odd = rng.random(rows) < 0.03  # status that disagrees with the end date (SSB control 37)
    status[odd] = rng.choice(np.array(list("1234567")), int(odd.sum()))
    columns = {
        "case_id": np.char.add("K-", np.char.zfill(np.arange(rows).astype(str), 7)),
        "municipality": rng.choice(np.array(["5001", "5006", "3201"]), rows),
        "office": rng.choice(np.array(["NAV Lerkendal", "NAV Heimdal", "NAV Falkenborg", "NAV Midtbyen"]), rows),
        "caseworker": np.char.add("S", rng.integers(1, 60, rows).astype(str)),
        "birth_date": iso(-rng.integers(17 * 365, 70 * 365, rows), 0.02),
        "first_contact_date": iso(contact, 0.02),
        "kvp_informed_date": iso(informed, 0.15),
        "application_date": iso(application, 0.01),
        "preliminary_reply_date": iso(prelim, 0.5),
        "work_ability_assessment_date": iso(wa, 0.05),
        "decision_date": iso(decision, 0.02, dec != None),  # noqa: E711 - numpy elementwise
        "decision": dec,
        **{f"ground_{g}": flag(0.93) for g in ("age", "work_ability", "benefits", "necessity", "program")},
        "appeal_info": flag(0.95),
        "planned_end_date": iso(planned, 0.05, granted),
        "first_activity_date": iso(activity, 0.3, granted),
        "program_start_date": iso(start, 0.08, granted),
        "evaluations_planned": maybe(spread(1, 4, 0, 1, 0.05).astype(str), 0.03),
        "hours_per_week": maybe(rng.choice(np.array(["37.5", "30", "20"]), rows, p=[0.92, 0.05, 0.03]), 0.03),
        "extension_decision_date": iso(ext, 0.0, rng.random(rows) < 0.1),
        "extension_reason": np.where(rng.random(rows) < 0.07, "særlige grunner", None),
        "end_date": iso(ended, 0.0, has_end),
        "status": status,
        "outcome": maybe(rng.choice(np.array(["work", "work_subsidised", "education", "aap", "disability",
                                              "social_assistance", "other", "unknown"]), rows).astype(object), 0.3),
    }
    frame = pl.DataFrame([pl.Series(k, np.asarray(v, dtype=object).tolist(), dtype=pl.Utf8)
                          for k, v in columns.items()])
    holes = np.random.default_rng(seed + 1)
    for value, shares in ((None, empty or {}), ("ukjent", unreadable or {})):
        for column, share in shares.items():
            hit = pl.Series(holes.random(rows) < share)
            frame = frame.with_columns(pl.when(hit).then(pl.lit(value, dtype=pl.Utf8)).otherwise(pl.col(column))
                                       .alias(column))
    return frame


def write(path: str, rows: int, seed: int = 1, as_of: dt.date = dt.date(2025, 12, 31),
          empty: dict[str, float] | None = None, unreadable: dict[str, float] | None = None) -> str:
    generate(rows, seed, as_of, empty, unreadable).write_csv(path, separator=";")
    return path
