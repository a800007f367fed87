"""The columnar case writer (audit/case_frame.py: write_frame) against polars' own NDJSON
writer and against the cases as dicts: the same JSON, however the frame is sliced."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import orjson
import polars as pl
import pytest

from audit.case_frame import CaseFrame, write_frame
from audit.results_model import load

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data" / "kvp"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    from audit.pipeline import run_audit

    out = tmp_path_factory.mktemp("run")
    return run_audit([SAMPLE / "kvp_saker.csv"], suite="kvp", mappings=[str(SAMPLE / "kvp_mapping.yaml")],
                     as_of=dt.date(2025, 12, 31), formats=(), out_dir=out, record_history=False), out


def _ndjson_array(frame: pl.DataFrame) -> bytes:
    """The array as polars' NDJSON writer gives it, its lines joined with commas."""
    if not frame.height:
        return b"[]"
    buf = io.BytesIO()
    frame.write_ndjson(buf)
    return b"[\n" + buf.getvalue().rstrip(b"\n").replace(b"\n", b",\n") + b"]"


def _frames(results: dict) -> list[pl.DataFrame]:
    return [c["cases"].frame for c in results["checks"] if isinstance(c["cases"], CaseFrame)]


@pytest.mark.parametrize("chunk", [1, 2, 7, 200_000])
def test_written_bytes_equal_polars_ndjson_for_any_slicing(run, chunk):
    frames = _frames(run[0].overview())
    assert chunk > 100 or any(f.height > chunk for f in frames)  # slicing is exercised
    for frame in [*frames, frames[0].head(0), frames[0].head(1)]:
        buf = io.BytesIO()
        write_frame(buf, frame, chunk=chunk)
        assert buf.getvalue() == _ndjson_array(frame)


def test_written_cases_load_as_their_dicts(run):
    results, out = run
    frames = [c for c in results.overview()["checks"] if isinstance(c["cases"], CaseFrame)]
    as_dicts = [json.loads(orjson.dumps(CaseFrame(c["cases"].frame).rows())) for c in frames]
    loaded = {c.id: [case.to_dict() for case in c.cases] for c in load(out).checks}
    assert sum(map(len, as_dicts)) > 0
    for check, dicts in zip(frames, as_dicts):
        assert loaded[check["id"]] == dicts


def test_text_with_quotes_newlines_and_letters_is_escaped():
    frame = pl.DataFrame({"key": ['K-"1"', "K\n2", "Ø\\å", "K\t\x01"], "value": [1.5, None, 0.1234, 2.0],
                          "flag": [True, None, False, True]})
    buf = io.BytesIO()
    write_frame(buf, frame, chunk=3)
    assert json.loads(buf.getvalue()) == frame.to_dicts()
    assert buf.getvalue() == _ndjson_array(frame)


def test_a_real_file_released_to_disk_in_steps_gets_the_same_bytes(run, tmp_path, monkeypatch):
    import audit.case_frame as cf

    monkeypatch.setattr(cf, "SYNC_BYTES", 4096)  # every slice hands its text to the disk
    frames = _frames(run[0].overview())
    path = tmp_path / "cases.json"
    with open(path, "wb") as fh:
        fh.write(b"{")
        for frame in frames:
            write_frame(fh, frame, chunk=50)
        fh.write(b"}")
    assert path.read_bytes() == b"{" + b"".join(_ndjson_array(f) for f in frames) + b"}"
