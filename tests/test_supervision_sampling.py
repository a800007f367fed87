"""Stratified sampling: allocation arithmetic, reproducibility, strata sizes, files and CLI."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from audit.cli import main
from audit.errors import InputError
from audit.inputs import load_inputs
from audit.supervision.sampling import (
    allocate_fixed, allocate_proportional, draw_sample, parse_filters, read_sample_file,
)
from reports.sample_file import write_sample
from tests.helpers import write_csv

OFFICES = {"NAV A": 50, "NAV B": 30, "NAV C": 20}


def population(n_refused_per_office: int = 0) -> list[dict]:
    rows = []
    i = 0
    for office, n in OFFICES.items():
        for j in range(n):
            i += 1
            rows.append({"case_id": f"K-{i:04d}", "municipality": "5001", "office": office,
                         "decision": "refused" if j < n_refused_per_office else "granted",
                         "decision_date": "2025-03-01", "birth_date": f"{1960 + (i % 40)}-06-15"})
    return rows


@pytest.fixture
def export(tmp_path):
    return write_csv(tmp_path / "saker.csv", population(n_refused_per_office=5))


def load(path):
    return load_inputs([path], "kvp")


# --------------------------------------------------------------------------- allocation by hand


def test_proportional_allocation_exact_quotas():
    alloc, quotas = allocate_proportional([50, 30, 20], 10)
    assert alloc == [5, 3, 2]
    assert quotas == [5.0, 3.0, 2.0]


def test_proportional_allocation_largest_remainder():
    # N = 15, n = 5: quotas 2.333, 1.667, 1.0 -> floors 2, 1, 1; the one left goes to .667
    alloc, quotas = allocate_proportional([7, 5, 3], 5)
    assert alloc == [2, 2, 1]
    assert [round(q, 3) for q in quotas] == [2.333, 1.667, 1.0]


def test_proportional_allocation_ties_go_to_larger_then_earlier_stratum():
    assert allocate_proportional([1, 1, 1], 2)[0] == [1, 1, 0]
    # equal fractions .5/.5: the larger stratum wins the single unit left
    assert allocate_proportional([3, 5], 4)[0] == [1, 3]  # quotas 1.5, 2.5 -> floors 1, 2; tie -> larger (5)


def test_minimum_per_stratum_is_fixed_and_rest_reallocated():
    # quotas 6, 3, .8, .2: the two small strata get 2 each, 6 are left for 60 + 30 -> 4 + 2
    alloc, quotas = allocate_proportional([60, 30, 8, 2], 10, minimum=2)
    assert alloc == [4, 2, 2, 2]
    assert quotas[2] is None and quotas[3] is None and quotas[:2] == [4.0, 2.0]
    # a stratum smaller than the minimum gives all it has
    assert allocate_proportional([100, 10, 1], 10, minimum=2)[0] == [7, 2, 1]


def test_allocation_errors():
    with pytest.raises(ValueError):
        allocate_proportional([3, 4], 8)
    with pytest.raises(ValueError):
        allocate_proportional([10, 10, 10], 2, minimum=1)


def test_fixed_allocation():
    assert allocate_fixed([50, 3, 10], 5) == [5, 3, 5]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=500), min_size=1, max_size=12), st.data())
def test_allocation_properties(sizes, data):
    total = data.draw(st.integers(min_value=0, max_value=sum(sizes)))
    alloc, quotas = allocate_proportional(sizes, total)
    assert sum(alloc) == total
    assert all(0 <= a <= s for a, s in zip(alloc, sizes))
    assert all(abs(a - q) < 1 for a, q in zip(alloc, quotas))  # never more than rounding away from the quota
    minimum = data.draw(st.integers(min_value=0, max_value=3))
    if sum(min(minimum, s) for s in sizes) <= total:
        alloc, _ = allocate_proportional(sizes, total, minimum)
        assert sum(alloc) == total
        assert all(min(minimum, s) <= a <= s for a, s in zip(alloc, sizes))


# --------------------------------------------------------------------------- drawing


def test_same_seed_same_sample_whatever_the_row_order(tmp_path, export):
    a = draw_sample(load(export), strata=["office"], total=10, seed=2024)
    rows = population(n_refused_per_office=5)
    random.Random(1).shuffle(rows)
    shuffled = write_csv(tmp_path / "stokket.csv", rows)
    b = draw_sample(load(shuffled), strata=["office"], total=10, seed=2024)
    assert a.keys == b.keys and len(a.keys) == 10
    c = draw_sample(load(export), strata=["office"], total=10, seed=2025)
    assert set(c.keys) != set(a.keys)


def test_selection_is_lowest_sha256_within_each_stratum(export):
    s = draw_sample(load(export), strata=["office"], total=10, seed=7)
    rows = population(n_refused_per_office=5)
    for office, n in {"NAV A": 5, "NAV B": 3, "NAV C": 2}.items():
        keys = [r["case_id"] for r in rows if r["office"] == office]
        expected = sorted(keys, key=lambda k: hashlib.sha256(f"7:{k}".encode()).hexdigest())[:n]
        got = s.frame.filter(s.frame["office"] == office)["case_id"].to_list()
        assert sorted(got) == sorted(expected)


def test_strata_sizes_sum_to_total_and_follow_the_allocation(export):
    s = draw_sample(load(export), strata=["office", "decision"], total=17, seed=1)
    assert s.population == 100 and s.size == 17
    sizes = {st_.label: (st_.population, st_.sample) for st_ in s.strata}
    # populations by hand: A 45+5, B 25+5, C 15+5
    assert {k: v[0] for k, v in sizes.items()} == {
        "NAV A | granted": 45, "NAV A | refused": 5, "NAV B | granted": 25, "NAV B | refused": 5,
        "NAV C | granted": 15, "NAV C | refused": 5}
    # quotas 17 * N_h / 100: 7.65 .85 4.25 .85 2.55 .85 -> floors 7 0 4 0 2 0 = 13;
    # the 4 left go to the largest fractions .85 .85 .85 .65 (not to .55 or .25)
    assert {k: v[1] for k, v in sizes.items()} == {
        "NAV A | granted": 8, "NAV A | refused": 1, "NAV B | granted": 4, "NAV B | refused": 1,
        "NAV C | granted": 2, "NAV C | refused": 1}
    counts = s.frame.group_by("stratum").len()
    assert dict(counts.iter_rows()) == {k: v[1] for k, v in sizes.items()}


def test_fixed_per_stratum_and_filter(export):
    s = draw_sample(load(export), strata=["office"], per_stratum=18, seed=3, filters={"decision": ["granted"]})
    assert s.population == 85
    assert [(x.label, x.population, x.sample) for x in s.strata] == [
        ("NAV A", 45, 18), ("NAV B", 25, 18), ("NAV C", 15, 15)]
    assert s.size == 51
    assert s.allocation == {"mode": "fixed", "per_stratum": 18}


def test_age_groups(tmp_path):
    rows = [
        {"case_id": "A", "birth_date": "2001-03-02", "decision_date": "2025-03-01"},  # 23
        {"case_id": "B", "birth_date": "2000-03-01", "decision_date": "2025-03-01"},  # 25 that day
        {"case_id": "C", "birth_date": "1995-03-02", "decision_date": "2025-03-01"},  # 29
        {"case_id": "D", "birth_year": "1970", "decision_date": "2025-03-01"},  # 55 from the year
        {"case_id": "E", "birth_date": "1990-01-01"},  # no decision: age at as_of (2025-12-31) = 35
        {"case_id": "F", "decision_date": "2025-03-01"},  # unknown
    ]
    t = load(write_csv(tmp_path / "a.csv", rows))
    s = draw_sample(t, strata=["age_group"], per_stratum=10, seed=1, as_of=dt.date(2025, 12, 31))
    groups = dict(s.frame.select("case_id", "age_group").iter_rows())
    assert groups == {"A": "under 25", "B": "25–29", "C": "25–29", "D": "50 og eldre", "E": "30–39", "F": "ukjent alder"}
    assert [x.label for x in s.strata] == ["under 25", "25–29", "30–39", "50 og eldre", "ukjent alder"]
    s = draw_sample(t, strata=["age_group"], per_stratum=10, seed=1, age_bounds="30", as_of=dt.date(2025, 12, 31))
    assert dict(s.frame.select("case_id", "age_group").iter_rows())["E"] == "30 og eldre"


def test_bad_requests(export):
    t = load(export)
    everything = draw_sample(t, total=101, seed=1)  # more than the population: every case, the request recorded
    assert everything.size == everything.population and everything.allocation["requested_total"] == 101
    with pytest.raises(InputError, match="kan ikke brukes som stratum"):
        draw_sample(t, strata=["decision_date"], total=5, seed=1)
    with pytest.raises(InputError, match="finnes ikke"):
        draw_sample(t, strata=["caseworker"], total=5, seed=1)
    with pytest.raises(InputError, match="populasjonen er tom"):
        draw_sample(t, total=5, seed=1, filters={"decision": ["avslag"]})
    with pytest.raises(InputError, match="krever 6 saker"):
        draw_sample(t, strata=["office", "decision"], total=5, min_per_stratum=1, seed=1)
    assert parse_filters(["decision=granted", "office=NAV A, NAV B"]) == {"decision": ["granted"], "office": ["NAV A", "NAV B"]}
    with pytest.raises(InputError):
        parse_filters(["decision"])


# --------------------------------------------------------------------------- files


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_write_sample_and_sidecar(tmp_path, export, suffix):
    s = draw_sample(load(export), strata=["office"], total=10, seed=99, as_of=dt.date(2025, 12, 31))
    out = tmp_path / f"utvalg{suffix}"
    files = write_sample(s, out)
    assert files == [out, tmp_path / "utvalg.json"]
    meta = json.loads((tmp_path / "utvalg.json").read_text(encoding="utf-8"))
    assert meta["seed"] == 99 and meta["population"] == 100 and meta["sample_size"] == 10
    assert meta["strata_columns"] == ["office"]
    assert meta["allocation"]["mode"] == "proportional" and meta["allocation"]["total"] == 10
    assert [(x["stratum"], x["population"], x["sample"]) for x in meta["strata"]] == [
        ("NAV A", 50, 5), ("NAV B", 30, 3), ("NAV C", 20, 2)]
    assert meta["inputs"][0]["rows"] == 100 and len(meta["inputs"][0]["sha256"]) == 64
    cases = read_sample_file(out, "kvp")
    assert [k for k, _ in cases] == s.keys
    assert {stratum for _, stratum in cases} == {"NAV A", "NAV B", "NAV C"}


def test_read_sample_file_rejects_duplicates_and_missing_key(tmp_path):
    p = tmp_path / "keys.csv"
    p.write_text("case_id\nK1\nK2\nK1\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        read_sample_file(p, "kvp")
    assert e.value.row == 4
    p.write_text("sak\nK1\n", encoding="utf-8")
    with pytest.raises(InputError, match="case_id"):
        read_sample_file(p, "kvp")


# --------------------------------------------------------------------------- CLI


def test_cli_sample_is_reproducible(tmp_path, export):
    runner = CliRunner()
    args = ["sample", str(export), "--strata", "office,decision", "--total", "12", "--seed", "5"]
    r1 = runner.invoke(main, [*args, "--out", str(tmp_path / "a.csv")])
    assert r1.exit_code == 0, r1.output
    assert "Trakk 12 av 100 saker med frø 5 (6 strata)" in r1.output
    assert "NAV A | granted" in r1.output
    r2 = runner.invoke(main, [*args, "--out", str(tmp_path / "b.csv")])
    assert r2.exit_code == 0
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    # the sample is not overwritten by accident
    r3 = runner.invoke(main, [*args, "--out", str(tmp_path / "a.csv")])
    assert r3.exit_code == 2 and "--overwrite" in r3.output
    # without a seed one is drawn and reported
    r4 = runner.invoke(main, ["sample", str(export), "--total", "3", "--out", str(tmp_path / "c.csv")])
    assert r4.exit_code == 0
    seed = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["seed"]
    assert f"med frø {seed}" in r4.output


def test_cli_sample_errors(tmp_path, export):
    runner = CliRunner()
    r = runner.invoke(main, ["sample", str(export), "--out", str(tmp_path / "x.csv")])
    assert r.exit_code == 2 and "--total" in r.output
    r = runner.invoke(main, ["sample", str(export), "--total", "5", "--strata", "bogus", "--out", str(tmp_path / "x.csv")])
    assert r.exit_code == 2 and "bogus" in r.output and "Mulige strata" in r.output
    r = runner.invoke(main, ["sample", str(export), "--total", "5", "--out", str(tmp_path / "x.txt")])
    assert r.exit_code == 2
    assert not (tmp_path / "x.csv").exists()


def test_cli_total_above_a_small_population_takes_every_case_and_says_so(tmp_path):
    # the same «--total 10» over many municipalities: one with 3 cases is reviewed in full, not refused
    f = write_csv(tmp_path / "utsira.csv", [{"case_id": f"U-{i}", "office": "NAV Utsira", "decision": "granted"}
                                             for i in range(3)])
    out = tmp_path / "utvalg.csv"
    r = CliRunner().invoke(main, ["sample", str(f), "--total", "10", "--seed", "1", "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert "Populasjonen har bare 3 saker, færre enn --total 10: alle sakene tas med." in r.output
    assert "Trakk 3 av 3 saker med frø 1" in r.output
    meta = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert meta["allocation"]["total"] == 3 and meta["allocation"]["requested_total"] == 10
    assert meta["sample_size"] == 3
