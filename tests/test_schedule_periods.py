"""Period arithmetic of the annual control cycle: month, quarter, tertial, year; year boundaries."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from audit.schedule.periods import (
    KINDS,
    MONTH,
    QUARTER,
    TERTIAL,
    YEAR,
    add_months,
    clamp_day,
    parse_kind,
    period_containing,
    previous_period,
)

D = dt.date


@pytest.mark.parametrize(
    "kind, on, start, end, label",
    [
        # the previous complete period, across the year boundary
        (MONTH, D(2026, 1, 10), D(2025, 12, 1), D(2025, 12, 31), "2025-12"),
        (MONTH, D(2026, 1, 1), D(2025, 12, 1), D(2025, 12, 31), "2025-12"),
        (MONTH, D(2025, 12, 31), D(2025, 11, 1), D(2025, 11, 30), "2025-11"),
        (MONTH, D(2024, 3, 1), D(2024, 2, 1), D(2024, 2, 29), "2024-02"),  # leap year
        (MONTH, D(2025, 3, 15), D(2025, 2, 1), D(2025, 2, 28), "2025-02"),
        (QUARTER, D(2026, 1, 20), D(2025, 10, 1), D(2025, 12, 31), "2025-K4"),
        (QUARTER, D(2025, 3, 31), D(2024, 10, 1), D(2024, 12, 31), "2024-K4"),
        (QUARTER, D(2025, 4, 1), D(2025, 1, 1), D(2025, 3, 31), "2025-K1"),
        (QUARTER, D(2025, 10, 20), D(2025, 7, 1), D(2025, 9, 30), "2025-K3"),
        (TERTIAL, D(2026, 1, 15), D(2025, 9, 1), D(2025, 12, 31), "2025-T3"),
        (TERTIAL, D(2025, 4, 30), D(2024, 9, 1), D(2024, 12, 31), "2024-T3"),
        (TERTIAL, D(2025, 5, 1), D(2025, 1, 1), D(2025, 4, 30), "2025-T1"),
        (TERTIAL, D(2025, 9, 30), D(2025, 5, 1), D(2025, 8, 31), "2025-T2"),
        (YEAR, D(2026, 1, 31), D(2025, 1, 1), D(2025, 12, 31), "2025"),
        (YEAR, D(2025, 12, 31), D(2024, 1, 1), D(2024, 12, 31), "2024"),
    ],
)
def test_previous_period(kind, on, start, end, label):
    p = previous_period(kind, on)
    assert (p.start, p.end, p.label, p.kind) == (start, end, label, kind)


def test_titles_in_bokmal_and_english():
    assert previous_period(MONTH, D(2025, 4, 10)).title() == "mars 2025"
    assert previous_period(MONTH, D(2025, 4, 10)).title("en") == "March 2025"
    assert previous_period(QUARTER, D(2025, 4, 10)).title() == "1. kvartal 2025"
    assert previous_period(TERTIAL, D(2025, 9, 10)).title() == "2. tertial 2025"
    assert previous_period(YEAR, D(2025, 1, 31)).title() == "året 2024"


def test_shift_across_year_boundaries():
    q4 = period_containing(QUARTER, D(2025, 11, 5))
    assert q4.shifted(1).label == "2026-K1" and q4.shifted(-4).label == "2024-K4"
    jan = period_containing(MONTH, D(2026, 1, 31))
    assert jan.shifted(-1).label == "2025-12" and jan.shifted(13).label == "2027-02"
    t1 = period_containing(TERTIAL, D(2026, 2, 1))
    assert t1.shifted(-1).label == "2025-T3" and t1.shifted(3).label == "2027-T1"
    assert period_containing(YEAR, D(2025, 6, 1)).shifted(-1).label == "2024"


def test_day_clamping_and_month_addition():
    assert clamp_day(2025, 2, 31) == D(2025, 2, 28)
    assert clamp_day(2024, 2, 31) == D(2024, 2, 29)
    assert clamp_day(2025, 4, 31) == D(2025, 4, 30)
    assert add_months(D(2025, 1, 31), 1) == D(2025, 2, 28)
    assert add_months(D(2026, 1, 10), -12) == D(2025, 1, 10)
    assert add_months(D(2025, 3, 31), -13) == D(2024, 2, 29)


def test_template_fields_only_what_the_period_defines():
    assert previous_period(MONTH, D(2026, 1, 10)).template_fields() == {
        "year": "2025", "month": "12", "quarter": "4", "tertial": "3", "period": "2025-12",
        "from": "2025-12-01", "to": "2025-12-31"}
    q = previous_period(QUARTER, D(2025, 7, 1)).template_fields()
    assert q["quarter"] == "2" and "month" not in q and "tertial" not in q
    t = previous_period(TERTIAL, D(2025, 5, 2)).template_fields()
    assert t["tertial"] == "1" and "month" not in t and "quarter" not in t
    assert set(previous_period(YEAR, D(2025, 1, 1)).template_fields()) == {"year", "period", "from", "to"}


def test_kind_words():
    assert parse_kind("kvartal") == QUARTER and parse_kind("previous_month") == MONTH
    assert parse_kind("År") == YEAR and parse_kind("Tertial") == TERTIAL
    assert parse_kind("fortnight") is None and parse_kind(3) is None


@given(st.dates(min_value=D(1901, 1, 1), max_value=D(2199, 12, 31)), st.sampled_from(KINDS))
def test_previous_period_is_complete_and_adjacent(day, kind):
    p = previous_period(kind, day)
    current = period_containing(kind, day)
    assert p.end < day <= current.end
    assert p.end + dt.timedelta(days=1) == current.start
    assert p.start.day == 1 and (p.end + dt.timedelta(days=1)).day == 1
    months = (p.end.year - p.start.year) * 12 + p.end.month - p.start.month + 1
    assert months == {MONTH: 1, QUARTER: 3, TERTIAL: 4, YEAR: 12}[kind]
    assert p.shifted(1) == current and current.shifted(-1) == p
