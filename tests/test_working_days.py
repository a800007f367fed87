"""Working days (virkedager): the polars building block and the oracle's own count,
against hand-counted expectations across Norwegian public holidays of several years."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.measures import norwegian_holidays, working_days_after
from sample_data.oracle_stonad import add_working_days
from sample_data.oracle_stonad import working_days_after as oracle_working_days

D = dt.date

# (start, end, working days after start up to and including end), counted by hand.
HAND_COUNTED = [
    # the same day, and weekends
    (D(2025, 3, 5), D(2025, 3, 5), 0),
    (D(2025, 3, 7), D(2025, 3, 9), 0),     # Friday -> Sunday
    (D(2025, 3, 7), D(2025, 3, 10), 1),    # Friday -> Monday
    (D(2025, 3, 8), D(2025, 3, 10), 1),    # Saturday -> Monday
    (D(2025, 3, 3), D(2025, 3, 14), 9),    # two working weeks
    # Easter 2024: skjærtorsdag 28.3., langfredag 29.3., 2. påskedag 1.4.
    (D(2024, 3, 27), D(2024, 3, 28), 0),
    (D(2024, 3, 27), D(2024, 4, 2), 1),
    (D(2024, 3, 27), D(2024, 4, 3), 2),
    (D(2024, 3, 26), D(2024, 4, 2), 2),
    # Easter 2025: 17.4., 18.4., 21.4.
    (D(2025, 4, 16), D(2025, 4, 22), 1),
    (D(2025, 4, 16), D(2025, 4, 23), 2),
    (D(2025, 4, 17), D(2025, 4, 22), 1),   # received on skjærtorsdag
    # Easter 2026: 2.4., 3.4., 6.4.
    (D(2026, 4, 1), D(2026, 4, 7), 1),
    (D(2026, 4, 1), D(2026, 4, 8), 2),
    # Kristi himmelfartsdag: 9.5.2024, 29.5.2025, 14.5.2026
    (D(2024, 5, 8), D(2024, 5, 10), 1),
    (D(2025, 5, 28), D(2025, 5, 30), 1),
    (D(2025, 5, 28), D(2025, 6, 2), 2),
    (D(2026, 5, 13), D(2026, 5, 15), 1),
    # 2. pinsedag: 20.5.2024, 9.6.2025, 25.5.2026
    (D(2025, 6, 6), D(2025, 6, 10), 1),
    (D(2026, 5, 22), D(2026, 5, 26), 1),
    # 17. mai: Friday 2024 (and 2. pinsedag the Monday after), Saturday 2025, Sunday 2026, Monday 2027
    (D(2024, 5, 16), D(2024, 5, 21), 1),
    (D(2024, 5, 16), D(2024, 5, 22), 2),
    (D(2025, 5, 16), D(2025, 5, 19), 1),
    (D(2026, 5, 15), D(2026, 5, 18), 1),
    (D(2027, 5, 14), D(2027, 5, 18), 1),   # 17.5.2027 is also 2. pinsedag
    # 1. mai: Thursday 2025, Friday 2026
    (D(2025, 4, 30), D(2025, 5, 2), 1),
    (D(2026, 4, 30), D(2026, 5, 4), 1),
    # Christmas (24 December is a working day), New Year
    (D(2024, 12, 23), D(2024, 12, 24), 1),
    (D(2024, 12, 24), D(2024, 12, 27), 1),
    (D(2024, 12, 24), D(2024, 12, 30), 2),
    (D(2025, 12, 24), D(2025, 12, 29), 1),
    (D(2026, 12, 24), D(2026, 12, 28), 1),
    (D(2024, 12, 31), D(2025, 1, 2), 1),
    (D(2025, 12, 31), D(2026, 1, 2), 1),
    # a whole year: 261 weekdays in 2025, 9 holidays on weekdays
    (D(2024, 12, 31), D(2025, 12, 31), 252),
    # end before start: minus the working days after end up to and including start
    (D(2025, 4, 23), D(2025, 4, 16), -2),
    (D(2025, 3, 10), D(2025, 3, 7), -1),
]


def tool_count(pairs: list[tuple[dt.date | None, dt.date | None]]) -> list[float | None]:
    frame = pl.DataFrame({"start": [p[0] for p in pairs], "end": [p[1] for p in pairs]},
                         schema={"start": pl.Date, "end": pl.Date})
    return frame.select(working_days_after(pl.col("start"), pl.col("end")).alias("n"))["n"].to_list()


def test_tool_matches_hand_counted_days_in_one_vectorised_call():
    got = tool_count([(s, e) for s, e, _ in HAND_COUNTED])
    assert got == [float(n) for _, _, n in HAND_COUNTED]


@pytest.mark.parametrize("start, end, expected", HAND_COUNTED)
def test_oracle_matches_hand_counted_days(start, end, expected):
    assert oracle_working_days(start, end) == expected


def test_empty_dates_give_null_and_an_empty_frame_works():
    assert tool_count([(None, D(2025, 1, 2)), (D(2025, 1, 2), None), (D(2025, 4, 16), D(2025, 4, 23))]) == [None, None, 2.0]
    assert tool_count([(None, None)]) == [None]
    assert tool_count([]) == []


def test_holidays_are_the_named_public_holidays_not_every_sunday():
    days = norwegian_holidays(2025, 2025)
    assert days == tuple(sorted([
        D(2025, 1, 1), D(2025, 4, 17), D(2025, 4, 18), D(2025, 4, 20), D(2025, 4, 21), D(2025, 5, 1),
        D(2025, 5, 17), D(2025, 5, 29), D(2025, 6, 8), D(2025, 6, 9), D(2025, 12, 25), D(2025, 12, 26)]))
    # Easter Sunday and Whit Sunday are public holidays; other Sundays are not listed.
    assert [d for d in days if d.weekday() == 6] == [D(2025, 4, 20), D(2025, 6, 8)]
    assert D(2025, 12, 24) not in days
    years = norwegian_holidays(2024, 2027)
    # 12 dates a year, but in 2027 17. mai is also 2. pinsedag: one date
    assert len(years) == 47 and years[0] == D(2024, 1, 1) and years[-1] == D(2027, 12, 26)
    assert D(2027, 5, 17) in years


def test_add_working_days_is_the_inverse_used_by_the_generator():
    assert add_working_days(D(2025, 4, 16), 1) == D(2025, 4, 22)
    assert add_working_days(D(2025, 4, 16), 2) == D(2025, 4, 23)
    assert add_working_days(D(2024, 12, 24), 1) == D(2024, 12, 27)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.dates(D(2018, 1, 1), D(2030, 12, 31)), st.integers(-40, 40)), min_size=1, max_size=40))
def test_tool_agrees_with_the_oracle_loop_on_random_dates(pairs):
    dates = [(s, s + dt.timedelta(days=k)) for s, k in pairs]
    assert tool_count(dates) == [float(oracle_working_days(s, e)) for s, e in dates]
