"""Reading a column once per distinct text (audit/inputs/distinct.py) gives exactly what
reading every row gives: the same typed frame, the same unreadable values (row, column,
message), with and without a mapping's values and blank filler."""

from __future__ import annotations

import random
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

import audit.inputs.canonical as canonical
import audit.inputs.distinct as distinct
from audit.inputs import load_file
from audit.inputs.mapping import load_mapping

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data" / "kvp"
ROWS = 3 * distinct.SAMPLE  # enough for the distinct path

MESSY = {  # header -> texts slipped into the column (unreadable ones among them)
    "Vedtaksdato": [" 05.03.2025 ", "2025-03-05", "31.02.2025", "foo", "", "   ", "05.03.2025\u00a0", "45658"],
    "Klageadgang opplyst": ["ja", " NEI", "kanskje", "", "X", "1"],
    "Timer per uke": ["37,5", "37.5", "1\u00a0234", "tretti", "", "+3"],
    "Antall evalueringer": ["2", "2,0", "3.5", "to", ""],
    "Status KOSTRA": ["Fortsatt i program", "3", "3.0", "ukjent", ""],
    "NAV-kontor": ["NAV\u00a0Lerkendal", "  NAV Heimdal ", ""],
    "Vedtak": ["Innvilget", "innvilget", "AVSLAG", "Henlagt", ""],
}


def _export(tmp_path: Path, seed: int) -> Path:
    base = pl.read_csv(SAMPLE / "kvp_saker.csv", separator=";", infer_schema=False)
    rng = random.Random(seed)
    frame = pl.concat([base] * (ROWS // base.height + 1)).head(ROWS)
    frame = frame.with_columns(pl.format("K-{}", pl.int_range(pl.len())).alias("Saksnummer"))
    for header, texts in MESSY.items():
        col = frame[header].to_list()
        for i in rng.sample(range(ROWS), 300):
            col[i] = rng.choice(texts)
        frame = frame.with_columns(pl.Series(header, col, dtype=pl.Utf8))
    path = tmp_path / "saker.csv"
    frame.write_csv(path, separator=";")
    return path


def _load_both(path: Path, mapping, monkeypatch):
    calls = []
    real = distinct.encode

    def spy(frame, headers):
        out = real(frame, headers)
        calls.append((set(out), set(headers)))
        return out

    monkeypatch.setattr(canonical, "encode", spy)
    by_distinct = load_file(path, "kvp", mapping)
    (coded, asked), = calls
    assert coded and coded != asked  # repeated columns by distinct text, the key row by row
    monkeypatch.setattr(canonical, "encode", lambda frame, headers: {})
    by_row = load_file(path, "kvp", mapping)
    return by_distinct, by_row


@pytest.mark.parametrize("with_blank_filler", [False, True])
def test_distinct_texts_read_as_every_row(tmp_path, monkeypatch, with_blank_filler):
    text = (SAMPLE / "kvp_mapping.yaml").read_text(encoding="utf-8").replace("date_format: '%d.%m.%Y'\n", "")
    if with_blank_filler:
        text += "  appeal_info: {'': false}\n  hours_per_week: {'': '0'}\n"
    (tmp_path / "m.yaml").write_text(text, encoding="utf-8")
    mapping = load_mapping(tmp_path / "m.yaml")
    a, b = _load_both(_export(tmp_path, seed=int(with_blank_filler)), mapping, monkeypatch)
    assert_frame_equal(a.frame, b.frame)
    assert a.issues == b.issues
    columns = {i.column for i in a.issues}
    assert {"Vedtaksdato", "Klageadgang opplyst", "Timer per uke", "Antall evalueringer", "Status KOSTRA",
            "Vedtak"} <= columns  # unreadable values of every kind were found
    assert "NAV Lerkendal" in a.frame["office"].to_list() and "" not in a.frame["office"].to_list()


def test_distinct_path_without_mapping_canonical_headers(tmp_path, monkeypatch):
    rng = random.Random(3)
    frame = pl.DataFrame({
        "case_id": [f"K{i}" for i in range(ROWS)],
        "decision_date": [rng.choice(["2025-01-02", "2.1.2025", "2025-13-01", " ", "2025-01-02 10:00"])
                          for _ in range(ROWS)],
        "appeal_info": [rng.choice(["ja", "nei", "", "x", "?"]) for _ in range(ROWS)],
        "decision": [rng.choice(["granted", "GRANTED", "refused", "nope", ""]) for _ in range(ROWS)],
    })
    path = tmp_path / "a.csv"
    frame.write_csv(path)
    a, b = _load_both(path, None, monkeypatch)
    assert_frame_equal(a.frame, b.frame)
    assert a.issues == b.issues and a.issues


@pytest.mark.parametrize("form", ["plain", "inside text"])
def test_identity_guard_on_distinct_texts_stops_as_row_by_row(tmp_path, monkeypatch, form):
    """A repeated column is guarded by its distinct texts: an identity number in a few of its rows
    stops the run with the same column, first row and count as guarding every row."""
    from tests.bad_inputs import fnrs

    from audit.errors import InputError

    number = fnrs(1)[0]
    value = number if form == "plain" else f"ring {number[:6]} {number[6:]} i dag"
    rng = random.Random(5)
    offices = [rng.choice(["NAV Heimdal", "NAV Lerkendal", ""]) for _ in range(ROWS)]
    for i in (ROWS - 7, ROWS - 3):
        offices[i] = value
    pl.DataFrame({"case_id": [f"K{i}" for i in range(ROWS)], "office": offices,
                  "decision": [rng.choice(["granted", "refused"]) for _ in range(ROWS)]}).write_csv(
        tmp_path / "a.csv", separator=";")
    raw = pl.read_csv(tmp_path / "a.csv", separator=";", infer_schema=False)
    assert set(distinct.encode(raw, raw.columns)) == {"office", "decision"}  # guarded by their distinct texts
    errors = []
    for forced_rows in (False, True):
        if forced_rows:
            monkeypatch.setattr(canonical, "encode", lambda frame, headers: {})
        with pytest.raises(InputError) as e:
            load_file(tmp_path / "a.csv", "kvp")
        errors.append((e.value.column, e.value.row, str(e.value)))
    assert errors[0] == errors[1] and errors[0][:2] == ("office", ROWS - 7 + 2)
    assert number not in errors[0][2] and number[6:] not in errors[0][2]
