"""The stønad sample generator, its oracle, and the KOSTRA samples' ground truth.

The oracle tests state the level of hand-made rows at every threshold of checks.md;
the generator tests check determinism, the export format (read back through the
mapping by a reader written here), that every injected kind is present and found,
and that the boundary rows carry what they promise. The KOSTRA tests check the
independent canonical mapping of sample_data.kostra_truth on hand-built records.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
import yaml

from sample_data import generate_kostra, kostra_truth, oracle_stonad
from sample_data.generate_stonad import (
    CSV_NAME,
    HEADERS,
    KINDS,
    MAPPING_NAME,
    NOT_APPLICABLE,
    TRUTH_NAME,
    csv_bytes,
    generate_stonad,
    main,
    truth_document,
    write_stonad,
)
from sample_data.oracle import DEVIATION, OK, UNKNOWN, WARNING

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIR = ROOT / "sample_data" / "stonad"
KOSTRA_DIR = ROOT / "sample_data" / "kostra"
A = date(2025, 12, 31)
D = date.fromisoformat


def lvl(check_id: str, as_of: date = A, **values) -> str | None:
    values = {k: (D(v) if isinstance(v, str) and len(v) == 10 and v[4] == "-" else v) for k, v in values.items()}
    verdict = oracle_stonad.judge(check_id, {"application_id": "S-1", **values}, as_of)
    return None if verdict is None else verdict.level


def level_of(truth: dict, check_id: str, key: str, records: dict) -> str:
    c = truth["checks"][check_id]
    for level, keys in ((DEVIATION, c["deviation"]), (WARNING, c["warning"]), (UNKNOWN, c["unknown_keys"])):
        if key in keys:
            return level
    verdict = oracle_stonad.judge(check_id, records[key], D(truth["as_of"]))
    return NOT_APPLICABLE if verdict is None else verdict.level


# ======================================================================================
# Oracle
# ======================================================================================


@pytest.mark.parametrize("received, decided, reply, expected", [
    ("2025-01-31", "2025-02-28", None, OK), ("2025-01-31", "2025-03-01", None, DEVIATION),
    ("2024-01-31", "2024-02-29", None, OK), ("2025-03-15", "2025-04-15", None, OK),
    ("2025-03-15", "2025-04-16", None, DEVIATION), ("2025-03-15", "2025-05-20", "2025-04-15", OK),
    ("2025-03-15", None, None, DEVIATION), ("2025-12-01", None, None, OK), (None, "2025-01-01", None, None)])
def test_oracle_processing_time(received, decided, reply, expected):
    assert lvl("stonad.processing_time", received_date=received, decision_date=decided,
               preliminary_reply_date=reply) == expected


@pytest.mark.parametrize("emergency, received, decided, expected", [
    # calendar days (checks.md): Wednesday before Easter decided the next Tuesday is 6 days, a deviation
    (True, "2025-04-16", "2025-04-16", OK), (True, "2025-04-16", "2025-04-17", WARNING),
    (True, "2025-04-16", "2025-04-22", DEVIATION), (True, "2025-04-17", "2025-04-18", WARNING),
    (True, "2025-04-16", "2025-04-23", DEVIATION), (True, "2025-12-30", None, WARNING),
    (True, "2025-12-29", None, DEVIATION), (True, "2025-12-31", None, OK), (False, "2025-01-01", None, None),
    (None, "2025-04-16", "2025-04-16", UNKNOWN), (True, None, "2025-04-16", UNKNOWN)])
def test_oracle_emergency(emergency, received, decided, expected):
    assert lvl("stonad.emergency_same_day", emergency=emergency, received_date=received,
               decision_date=decided) == expected


@pytest.mark.parametrize("values, expected", [
    (dict(birth_date="1995-03-11", conditions_set=False), DEVIATION),
    (dict(birth_date="1995-03-10", conditions_set=False), None),
    (dict(birth_date="1995-03-11", conditions_set=True), OK),
    (dict(birth_date="1995-03-11", conditions_set=False, exception_20a_date="2025-03-01",
          exception_20a_reason="Mottaker er i arbeid"), OK),
    (dict(birth_date="1995-03-11", conditions_set=False, exception_20a_date="2025-03-01",
          exception_20a_reason=" "), DEVIATION),
    (dict(birth_date="1995-03-11", conditions_set=None, exception_20a_date="2025-03-01",
          exception_20a_reason="Mottaker er i arbeid"), OK),
    (dict(birth_date="1995-03-11", conditions_set=None), UNKNOWN),
    (dict(birth_date=None, conditions_set=False), UNKNOWN),
    (dict(birth_year=1996, conditions_set=False), DEVIATION),
    (dict(birth_year=1995, conditions_set=False), None),
    (dict(birth_date="1995-03-11", conditions_set=False, decision="refused"), None),
    (dict(birth_date="1995-03-11", conditions_set=False, decision=None), None),
    (dict(birth_date="1995-03-11", conditions_set=False, decision="partly"), DEVIATION)])
def test_oracle_activity_conditions(values, expected):
    values = {"decision": "granted", "decision_date": "2025-03-10", **values}
    assert lvl("stonad.activity_conditions_under_30", **values) == expected


def test_oracle_rules_in_force_at_their_boundary_dates():
    # § 20 a from 2017-01-01, not for emergency help
    ac = "stonad.activity_conditions_under_30"
    young = dict(decision="granted", birth_year=1995, conditions_set=False)
    assert lvl(ac, decision_date="2016-12-31", **young) is None
    assert lvl(ac, decision_date="2017-01-01", **young) == DEVIATION
    assert lvl(ac, decision_date="2017-01-01", emergency=True, **young) is None
    assert lvl(ac, decision_date="2017-01-01", emergency=False, **young) == DEVIATION
    # § 18 tredje ledd from 2022-09-01; an empty decision date is unknown
    cb = "stonad.child_benefit_excluded"
    assert lvl(cb, decision_date="2022-08-31", children_in_household=2, child_benefit_as_income=True) is None
    assert lvl(cb, decision_date="2022-09-01", children_in_household=2, child_benefit_as_income=True) == DEVIATION
    assert lvl(cb, decision_date=None, children_in_household=2, child_benefit_as_income=True) == UNKNOWN


def test_oracle_child_benefit_and_kvp_information():
    cb = "stonad.child_benefit_excluded"
    on = {"decision_date": "2025-03-10"}
    assert lvl(cb, children_in_household=0, child_benefit_as_income=True, **on) is None
    assert lvl(cb, children_in_household=2, child_benefit_as_income=True, **on) == DEVIATION
    assert lvl(cb, children_in_household=2, child_benefit_as_income=False, **on) == OK
    assert lvl(cb, children_in_household=2, child_benefit_as_income=None, **on) == UNKNOWN
    assert lvl(cb, children_in_household=None, child_benefit_as_income=False, **on) == UNKNOWN
    info = "stonad.kvp_information_long_term"
    base = dict(received_date="2025-06-10", birth_date="1985-01-01")
    assert lvl(info, months_on_assistance=5, **base) is None
    assert lvl(info, months_on_assistance=6, **base) == DEVIATION
    assert lvl(info, months_on_assistance=6, kvp_informed_date="2025-01-01", **base) == OK
    assert lvl(info, months_on_assistance=None, **base) == UNKNOWN
    assert lvl(info, months_on_assistance=6, received_date="2025-06-10", birth_date="2007-06-11") is None  # 17
    assert lvl(info, months_on_assistance=6, received_date="2025-06-10", birth_date="2007-06-10") == DEVIATION
    assert lvl(info, months_on_assistance=6, received_date="2025-06-10", birth_date="1957-06-11") == DEVIATION  # 67
    assert lvl(info, months_on_assistance=6, received_date="2025-06-10", birth_date="1957-06-10") is None  # 68
    assert lvl(info, months_on_assistance=3, received_date=None, birth_date=None) is None


def test_oracle_data_and_indicators():
    order = "stonad.data.dates_in_order"
    assert lvl(order) == OK
    assert lvl(order, received_date="2025-05-05", decision_date="2025-05-05") == OK
    assert lvl(order, received_date="2025-05-06", decision_date="2025-05-05") == DEVIATION
    assert lvl(order, period_start="2025-05-06", period_end="2025-05-05") == DEVIATION
    short = "stonad.short_decisions"
    verdict = oracle_stonad.judge(short, {"application_id": "S", "decision": "granted", "period_start": D("2025-01-31"),
                                          "period_end": D("2025-03-30")}, A)
    assert verdict.value == 1
    verdict = oracle_stonad.judge(short, {"application_id": "S", "decision": "granted", "period_start": D("2025-01-31"),
                                          "period_end": D("2025-03-31")}, A)
    assert verdict.value == 0
    follow = "stonad.follow_up_after_decision"
    for meeting, value in (("2025-03-03", 1), ("2025-03-17", 1), ("2025-03-18", 0), ("2025-03-02", 0), (None, 0)):
        verdict = oracle_stonad.judge(follow, {"application_id": "S", "decision": "granted",
                                               "decision_date": D("2025-03-03"),
                                               "follow_up_meeting_date": meeting and D(meeting)}, A)
        assert verdict.value == value, meeting


def test_oracle_whole_suite_counts_and_missing_columns():
    records = [
        {"application_id": "S-1", "decision": "granted", "period_start": D("2025-01-01"), "period_end": D("2025-01-31")},
        {"application_id": "S-2", "decision": "granted", "period_start": D("2025-01-01"), "period_end": D("2025-04-30")},
    ]
    truth = oracle_stonad.ground_truth(records, A)
    assert truth["checks"]["stonad.short_decisions"]["value"] == 0.5
    assert truth["checks"]["stonad.short_decisions"]["status"] == "below_target"
    assert truth["checks"]["stonad.data.dates_in_order"]["evaluated"] == 2
    assert truth["checks"]["stonad.data.dates_in_order"]["missing_columns"] == []
    assert truth["checks"]["stonad.processing_time"]["missing_columns"] == ["decision_date", "received_date"]
    truth = oracle_stonad.ground_truth([{"application_id": "S-1", "received_date": D("2025-01-01")}], A)
    assert truth["checks"]["stonad.data.dates_in_order"]["missing_columns"] == [
        "decision_date", "period_end", "period_start"]
    with pytest.raises(ValueError):
        oracle_stonad.ground_truth([{"application_id": "S-1"}, {"application_id": "S-1"}], A)


# ======================================================================================
# Generator
# ======================================================================================


@pytest.fixture(scope="module")
def sample():
    return generate_stonad(2025, 400, A)


@pytest.fixture(scope="module")
def truth(sample):
    return truth_document(sample, A, 2025)


def test_same_seed_same_bytes_different_seed_different_data(tmp_path):
    a = write_stonad(tmp_path / "a", seed=5, rows=150, as_of=A)
    b = write_stonad(tmp_path / "b", seed=5, rows=150, as_of=A)
    for name in ("csv", "mapping", "truth"):
        assert a[name].read_bytes() == b[name].read_bytes(), name
    assert csv_bytes(generate_stonad(5, 150, A)) != csv_bytes(generate_stonad(6, 150, A))


def test_committed_samples_are_what_the_generators_make(tmp_path):
    paths = write_stonad(tmp_path / "s", seed=2025, rows=400, as_of=A)
    for name, key in ((CSV_NAME, "csv"), (MAPPING_NAME, "mapping"), (TRUTH_NAME, "truth")):
        assert (SAMPLE_DIR / name).read_bytes() == paths[key].read_bytes(), name
        assert (SAMPLE_DIR / name).stat().st_size < 300_000
    paths = generate_kostra.write_kostra_samples(tmp_path / "k", seed=11, rows=60, year=2025, as_of=A)
    for key, path in paths.items():
        assert (KOSTRA_DIR / path.name).read_bytes() == path.read_bytes(), path.name
        assert (KOSTRA_DIR / path.name).stat().st_size < 300_000


def _read_back(raw: bytes, mapping: dict) -> list[dict]:
    """Canonical records from the export, read with the csv module and the mapping only."""
    text = raw.decode(mapping["encoding"])
    rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=mapping["delimiter"]))
    bools = {"Ja": True, "Nei": False}
    out = []
    for row in rows:
        rec = {}
        for canon, header in mapping["columns"].items():
            v = row[header]
            if v == "":
                rec[canon] = None
            elif canon in mapping["values"]:
                rec[canon] = mapping["values"][canon][v]
            elif v in bools:
                rec[canon] = bools[v]
            elif canon.endswith("_date") or canon.startswith("period_"):
                rec[canon] = datetime.strptime(v, mapping["date_format"]).date()
            elif canon in ("children_in_household", "months_on_assistance"):
                rec[canon] = int(v)
            else:
                rec[canon] = v
        out.append(rec)
    return out


def test_csv_is_cp1252_semicolons_crlf_norwegian_and_pseudonymous(sample):
    raw = (SAMPLE_DIR / CSV_NAME).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # æøå as single cp1252 bytes, no BOM
    text = raw.decode("cp1252")
    assert text.count("\r\n") == 401 and "\n" not in text.replace("\r\n", "")
    header = text.split("\r\n")[0].split(";")
    assert header[:3] == ["Søknadsnr", "Person-ID", "Kommunenr"] and "Vilkår om aktivitet (§ 20 a)" in header
    assert {"Innvilget", "Delvis innvilget", "Avslag", "Ja", "Nei"} <= set(text.replace("\r\n", ";").split(";"))
    import re

    assert not re.search(r"(?<!\d)\d{11}(?!\d)", text)  # no identity numbers
    assert re.search(r";\d\d\.\d\d\.\d{4};", text)
    mapping = yaml.safe_load((SAMPLE_DIR / MAPPING_NAME).read_text(encoding="utf-8"))
    assert mapping["encoding"] == "cp1252" and mapping["delimiter"] == ";" and mapping["dataset"] == "stonad"
    assert _read_back(csv_bytes(sample), mapping) == sample.records


@pytest.mark.parametrize("seed", [2025, 3, 77])
def test_every_injected_kind_is_present_and_found_by_the_oracle(seed):
    s = generate_stonad(seed, 400, A)
    truth = truth_document(s, A, seed)
    records = {r["application_id"]: r for r in s.records}
    for kind in KINDS:
        injected = truth["generator"]["injections"][kind.name]
        assert injected["keys"], kind.name
        for key, check_id in injected["checks"].items():
            assert level_of(truth, check_id, key, records) == kind.level, (kind.name, key)


def test_injection_rates_are_configurable():
    none = generate_stonad(9, 300, A, rates={k.name: 0.0 for k in KINDS}, include_boundaries=False)
    assert all(not v["keys"] for v in none.injections.values())
    truth = oracle_stonad.ground_truth(none.records, A)
    # compliant by construction: no deviations or unknowns without injections, except that an
    # application not yet decided has no decision date for stonad.child_benefit_excluded (unknown, checks.md)
    undecided = {r["application_id"] for r in none.records if r["decision_date"] is None}
    for check_id, c in truth["checks"].items():
        unknown = [k for k in c["unknown_keys"] if not (check_id == "stonad.child_benefit_excluded" and k in undecided)]
        assert c["failed"] == 0 and not unknown, (check_id, c["deviation"], unknown)
    many = generate_stonad(9, 300, A, rates={"child_benefit_counted": 1.0}, include_boundaries=False)
    assert len(many.injections["child_benefit_counted"]["keys"]) > 50
    with pytest.raises(ValueError):
        generate_stonad(9, 300, A, rates={"nope": 0.1})


def test_boundary_rows_are_present_with_their_levels(sample, truth):
    bounds = truth["generator"]["boundaries"]
    names = set(bounds)
    for holiday in ("easter_2024", "easter_2025", "17_may_2024_friday_whit_monday", "christmas_2024", "new_year_2025"):
        for suffix in ("same_day", "next_working_day", "two_working_days"):
            assert f"emergency_{holiday}_{suffix}" in names
    assert {"age_29_at_decision_no_conditions", "age_30_at_decision_no_conditions", "months_5_not_informed",
            "months_6_not_informed", "decision_exactly_one_month", "decision_one_month_and_one_day",
            "received_2025-01-31_decided_2025-02-28", "received_2025-01-31_decided_2025-03-01",
            "age_29_conditions_empty_with_exception"} <= names
    records = {r["application_id"]: r for r in sample.records}
    for name, b in bounds.items():
        for check_id, expected in b["expect"].items():
            assert level_of(truth, check_id, b["key"], records) == expected, name
    r = records[bounds["emergency_easter_2025_next_working_day"]["key"]]
    assert (r["received_date"], r["decision_date"], r["emergency"]) == (D("2025-04-16"), D("2025-04-22"), True)
    assert bounds["emergency_easter_2025_next_working_day"]["expect"] == {"stonad.emergency_same_day": "deviation"}
    assert bounds["child_benefit_counted_decided_2022-09-01"]["expect"] == {"stonad.child_benefit_excluded": "deviation"}
    r = records[bounds["age_29_at_decision_no_conditions"]["key"]]
    assert (r["birth_date"], r["decision_date"], r["conditions_set"]) == (D("1995-03-11"), D("2025-03-10"), False)
    r = records[bounds["months_6_not_informed"]["key"]]
    assert (r["months_on_assistance"], r["kvp_informed_date"]) == (6, None)


def test_realistic_spread(sample, truth):
    decisions = [r["decision"] for r in sample.records]
    assert decisions.count("granted") > decisions.count("partly") > 10 and decisions.count(None) > 0
    assert 0.08 < sum(1 for r in sample.records if r["emergency"]) / len(sample.records) < 0.35
    assert len({r["case_id"] for r in sample.records}) < len(sample.records)  # some persons apply more than once
    assert len({r["office"] for r in sample.records}) == 5
    for check_id, c in truth["checks"].items():
        assert c["status"] != "not_evaluated", check_id
        if c["kind"] != "indicator":
            assert c["failed"] > 0, check_id
    assert 0.7 < truth["checks"]["stonad.short_decisions"]["value"] < 1


def test_birth_year_only_and_omitted_columns():
    s = generate_stonad(3, 200, A, birth_year_only=True, omit=("follow_up_meeting_date",))
    assert "birth_year" in s.records[0] and "birth_date" not in s.records[0]
    assert "Fødselsår" in s.headers and HEADERS["follow_up_meeting_date"] not in s.headers
    truth = oracle_stonad.ground_truth(s.records, A)
    assert truth["checks"]["stonad.follow_up_after_decision"]["status"] == "not_evaluated"
    with pytest.raises(ValueError):
        generate_stonad(3, 200, A, omit=("application_id",))


def test_ground_truth_file_shape():
    doc = json.loads((SAMPLE_DIR / TRUTH_NAME).read_text(encoding="utf-8"))
    assert doc["as_of"] == "2025-12-31" and set(doc["checks"]) == set(oracle_stonad.CHECK_IDS)
    for c in doc["checks"].values():
        for name in ("deviation", "warning", "unknown_keys"):
            assert c[name] == sorted(c[name])
        assert (c["failed"], c["warned"], c["unknown"]) == (len(c["deviation"]), len(c["warning"]),
                                                            len(c["unknown_keys"]))
    assert doc["parameters"]["stonad.emergency_same_day"] == {"warning_days": 0, "deviation_days": 1}
    assert doc["generator"]["seed"] == 2025 and doc["generator"]["rows"] == 400


def test_clis_write_files_and_reject_bad_options(tmp_path, capsys):
    assert main(["--seed", "4", "--rows", "150", "--out", str(tmp_path / "s")]) == 0
    assert sorted(p.name for p in (tmp_path / "s").iterdir()) == sorted([CSV_NAME, MAPPING_NAME, TRUTH_NAME])
    assert main(["--list-kinds"]) == 0 and "emergency_next_day" in capsys.readouterr().out
    for bad in (["--rate", "nope=0.1"], ["--rate", "period_reversed=2"], ["--rows", "0"]):
        with pytest.raises(SystemExit) as exc:
            main(bad)
        assert exc.value.code == 2
    assert generate_kostra.main(["--seed", "2", "--rows", "30", "--out", str(tmp_path / "k")]) == 0
    assert sorted(p.name for p in (tmp_path / "k").iterdir()) == [
        "ground_truth_11cf_2025.json", "ground_truth_11f_2025.json", "kvp_11cf_2025.dat", "stonad_11f_2025.dat"]


# ======================================================================================
# KOSTRA samples
# ======================================================================================


def test_11f_canonical_rows_follow_the_documented_mapping():
    base = {"KOMMUNE_NR": "5001", "BYDELSNR": "00", "PERSON_JOURNALNR": "25000007", "SAKSBEHANDLER": "S03",
            "FODSELSDATO": D("1999-05-05"), "BU18": "2", "ANTBU18": None, "STMND_2": "02", "STMND_7": "07",
            "VILKARSOSLOV": None, "VEDTAKDATO": D("2025-03-01"), "VEDTAKHELSE": "03", "VEDTAKARB": "01"}
    row = kostra_truth.canonical_11f(base, 2025)
    assert row["application_id"] == row["case_id"] == "25000007"
    assert row["decision_date"] == D("2025-07-31")  # no UTBETDATO: last day of the last month
    assert row["months_on_assistance"] == 2 and row["children_in_household"] == 0
    assert row["conditions_set"] is None and row["decision"] == "granted"
    assert row["exception_20a_reason"] == (
        "01 Mottaker er i arbeid; 03 Mottakers helsemessige eller sosiale situasjon hindrer deltakelse i aktivitet")
    row = kostra_truth.canonical_11f({**base, "UTBETDATO": D("2025-02-10"), "BU18": "1", "ANTBU18": 3,
                                      "VILKARSOSLOV": "1"}, 2025)
    assert (row["decision_date"], row["children_in_household"], row["conditions_set"]) == (D("2025-02-10"), 3, True)


def test_11cf_outcome_rule():
    base = {"PERSON_JOURNALNR": "25000001", "STATUS": "3", "AVSL_DATO": D("2025-05-01")}
    assert kostra_truth.canonical_11cf({**base, "AVSL_VIKTIGSTE_INNTEKT": "14", "AVSL_ORDINAERTARB": "01"})["outcome"] == "aap"
    assert kostra_truth.canonical_11cf({**base, "AVSL_UKJENT": "17", "AVSL_SKOLE": "04"})["outcome"] == "education"
    assert kostra_truth.canonical_11cf(base)["outcome"] is None


@pytest.mark.parametrize("year", [2024, 2025])
def test_kostra_boundaries_get_their_levels(year):
    for form in ("11CF", "11F"):
        records, truth = generate_kostra.truth_document(form, year, 60, 11, A)
        bounds = truth["generator"]["boundaries"]
        assert bounds, form
        for name, b in bounds.items():
            for check_id, expected in b["expect"].items():
                c = truth["checks"][check_id]
                got = (DEVIATION if b["key"] in c["deviation"] else WARNING if b["key"] in c["warning"]
                       else UNKNOWN if b["key"] in c["unknown_keys"] else None)
                if expected in (OK, NOT_APPLICABLE):
                    assert got is None, (form, name)
                else:
                    assert got == expected, (form, name)
    truth = json.loads((KOSTRA_DIR / "ground_truth_11f_2025.json").read_text())
    c = truth["checks"]["stonad.activity_conditions_under_30"]
    assert c["failed"] > 0 and c["unknown"] > 0
    assert truth["checks"]["stonad.emergency_same_day"]["status"] == "not_evaluated"


def test_oracles_and_kostra_truth_are_independent_of_the_tool():
    code = ("import sys, sample_data.oracle_stonad, sample_data.generate_stonad, sample_data.kostra_truth; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & "
            "{'audit', 'checks', 'polars', 'great_expectations', 'pandas'}))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip() == "[]"
