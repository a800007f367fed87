"""A run that records its history keeps its cases columnar (issue 18, history lane): the
lifecycle and follow-ups become columns of the CaseFrame, and everything written from them —
results.json, the history's rows, the workbook's cells, the page — is what the case dicts
(the path a results file takes, and the run took before) give. The lifecycle's rules themselves
are pinned in tests/test_history_lifecycle_rules.py.

The history has a first run with stricter limits (so the second run has resolved findings as
well as new and persisting ones), a follow-up on one persisting case, one on a resolved case
and one on a whole check.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from audit.case_frame import CaseFrame
from audit.history import annotate_results, apply_annotations, open_store
from audit.pipeline import run_audit
from audit.results_model import dump
from audit.text import t
from reports import render_reports

ROOT = Path(__file__).resolve().parents[1]
KVP_CSV = ROOT / "sample_data" / "kvp" / "kvp_saker.csv"
KVP_MAPPING = ROOT / "sample_data" / "kvp" / "kvp_mapping.yaml"
AS_OF = dt.date(2025, 12, 31)
STRICT = ("kvp.start_delay.deviation_days=10", "kvp.start_delay.warning_days=5",
          "kvp.early_information.deviation_days=100000", "kvp.early_information.warning_days=100000")


def _run(history: str, *, record: bool, overrides=()):
    return run_audit([str(KVP_CSV)], suite="kvp", mappings=[str(KVP_MAPPING)], as_of=AS_OF, out_dir=None,
                     formats=(), history=history, record_history=record, scope="5001", overrides=overrides)


def _as_dicts(results: dict) -> dict:
    """The same results with every check's cases as plain dicts (a results file's shape)."""
    return {**results, "checks": [
        {**c, "cases": CaseFrame(c["cases"].frame).rows()} if isinstance(c.get("cases"), CaseFrame) else c
        for c in results["checks"]]}


def _ordered(path: Path) -> str:
    """results.json parsed and dumped again: equal texts mean equal content and key order."""
    return json.dumps(json.loads(path.read_bytes()), ensure_ascii=False)


def _tables(path: Path) -> dict[str, list]:
    con = sqlite3.connect(path)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        out = {}
        for name in names:
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({name})") if r[1] != "recorded_at"]
            out[name] = sorted(map(repr, con.execute(f"SELECT {', '.join(cols)} FROM {name}")))
        return out
    finally:
        con.close()


def _cells(path: Path) -> dict[str, list]:
    wb = openpyxl.load_workbook(path)
    return {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in wb.worksheets}


@pytest.fixture(scope="module")
def annotated(tmp_path_factory):
    """The second run's results annotated both ways, and the history they were annotated from."""
    tmp = tmp_path_factory.mktemp("columnar")
    history = str(tmp / "history.sqlite")
    _run(history, record=True, overrides=STRICT)
    results = _run(history, record=False).overview()  # the cases as the run holds them: CaseFrames
    by_id = {c["id"]: c for c in results["checks"]}
    with open_store(history) as store:
        first = store.list_runs()[0]["id"]
        earlier = store.get_run(first)["checks"]
        delay_before = {f["key"] for c in earlier if c["id"] == "kvp.start_delay" for f in c["cases"]}
        delay_now = set(by_id["kvp.start_delay"]["cases"].frame["key"].to_list())
        resolved_key = sorted(delay_before - delay_now)[0]
        age_key = by_id["kvp.age"]["cases"].frame["key"][0]
        store.add_follow_up("kvp.age", age_key, responsible="Leder", action="Gå gjennom vedtaket",
                            due_date="2025-11-30", scope="5001")
        store.add_follow_up("kvp.start_delay", resolved_key, status="done", note="Rettet", scope="5001")
        store.add_follow_up("kvp.start_delay", None, action="Rutine for oppstart", scope="5001")
        notes = annotate_results(store, results, columnar=True)  # as the run annotates its own cases
        as_dicts = _as_dicts(results)
        dict_notes = annotate_results(store, as_dicts)  # as a results file is annotated (and runs were before)
    assert notes == dict_notes
    columnar = apply_annotations(results, notes)
    dicts = apply_annotations(as_dicts, dict_notes)
    return {"tmp": tmp, "history": history, "results": results, "columnar": columnar, "dicts": dicts,
            "resolved_key": resolved_key, "age_key": age_key}


def test_the_history_annotates_columnar_cases_without_making_dicts(annotated):
    columnar, results = annotated["columnar"], annotated["results"]
    summary = columnar["history"]["summary"]
    assert summary["new"] and summary["persisting"] and summary["resolved"] and summary["follow_ups"] == 3
    checks = {c["id"]: c for c in columnar["checks"]}
    frames = [c for c in checks.values() if isinstance(c["cases"], CaseFrame)]
    assert frames and all(not c["cases"].materialised for c in frames)
    assert all("lifecycle" in c["cases"].frame.columns for c in frames if c["cases"])
    # the one check with a follow-up on a case keeps dicts (few), the others stay columnar
    assert isinstance(checks["kvp.age"]["cases"], list)
    assert isinstance(checks["kvp.start_delay"]["cases"], CaseFrame)
    resolved = [f["key"] for f in checks["kvp.start_delay"]["lifecycle"]["resolved"]]
    assert annotated["resolved_key"] in resolved
    # the input is unchanged: no lifecycle on its cases
    assert all("lifecycle" not in c["cases"].frame.columns for c in results["checks"]
               if isinstance(c["cases"], CaseFrame))
    assert "history" not in results


def test_columnar_and_dict_annotations_write_the_same_results_json(annotated):
    tmp = annotated["tmp"]
    a = dump(annotated["columnar"], tmp / "a" / "results.json")
    b = dump(annotated["dicts"], tmp / "b" / "results.json")
    assert _ordered(a) == _ordered(b)
    doc = json.loads(a.read_bytes())
    checks = {c["id"]: c for c in doc["checks"]}
    for cid, state in (("kvp.start_delay", "persisting"), ("kvp.early_information", "new")):
        cases = checks[cid]["cases"]
        assert cases and {c["lifecycle"]["state"] for c in cases} == {state}
        assert all(c["follow_ups"] == [] for c in cases)
    assert [fu["action"] for c in checks["kvp.age"]["cases"] if c["key"] == annotated["age_key"] for fu in c["follow_ups"]] \
        == ["Gå gjennom vedtaket"]


def test_columnar_and_dict_annotations_record_the_same_history_rows(annotated):
    tmp = annotated["tmp"]
    stores = []
    for name, results in (("a", annotated["columnar"]), ("b", annotated["dicts"])):
        copy = tmp / f"history-{name}.sqlite"
        shutil.copy(annotated["history"], copy)
        with open_store(str(copy)) as store:
            store.record_run(results)
        stores.append(_tables(copy))
    assert stores[0] == stores[1]
    assert len(stores[0]["findings"]) > len(_tables(Path(annotated["history"]))["findings"])


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_columnar_and_dict_annotations_render_the_same_reports(annotated, lang):
    tmp = annotated["tmp"]
    out = {}
    for name in ("columnar", "dicts"):
        files = render_reports(annotated[name], tmp / f"{name}-{lang}", lang=lang, html_case_limit=200,
                               formats=("xlsx", "html"))
        out[name] = {Path(f).suffix: Path(f) for f in files}
    a, b = _cells(out["columnar"][".xlsx"]), _cells(out["dicts"][".xlsx"])
    assert a == b
    cells = {x for title, rows in a.items() for row in rows for x in row if isinstance(x, str)}
    assert t("lifecycle.new", lang) in cells  # the lifecycle column is filled
    assert any(x.startswith(t("lifecycle.persisting", lang)) for x in cells)
    assert any("Rutine for oppstart" in x for x in cells) and any("Gå gjennom vedtaket" in x for x in cells)
    assert out["columnar"][".html"].read_bytes() == out["dicts"][".html"].read_bytes()


@pytest.mark.parametrize("few", [10_000, 2])
def test_the_fingerprint_of_frames_is_the_json_of_dicts(monkeypatch, few):
    """The run's fingerprint over findings held as a frame hashes the bytes json.dumps gives the dicts
    (level, office and municipality encoded by their distinct values, and, with few=2, quoted row by
    row because they hold more distinct texts than that)."""
    import hashlib

    import polars as pl

    from audit.history import bulk
    from audit.history.bulk import fingerprint

    monkeypatch.setattr(bulk, "_FEW", few)

    keys = ["A1", 'qu"ote', "back\\slash", "tab\there", "Tromsø", "emoji \U0001f600", "ctl\x01", "", "x" * 300]
    n = len(keys)
    values = [12.0, 0.1, 1e-7, 1e16, float("nan"), -0.0, None, 37.5, 3.0]
    frame = pl.DataFrame({
        "key": keys,
        "level": ["deviation", "warning"] * (n // 2) + ["deviation"],
        "office": ["NAV Tromsø", None, 'NAV "Sentrum"', "NAV Lerkendal"] * (n // 4) + [None],
        "municipality": pl.Series([5001, None, 1902] * (n // 3), dtype=pl.Int64),
        "value": pl.Series(values, dtype=pl.Float64),
    })
    empty = frame.head(0)
    frame_nulls = frame.with_columns(office=pl.lit(None))
    run = {"id": "r1", "as_of": "2025-12-31", "note": "Bodø"}
    checks = [{"id": "kvp.a", "status": "deviation", "cases": frame},
              {"id": "kvp.b", "status": "ok", "cases": empty},
              {"id": "kvp.c", "status": "deviation", "cases": frame_nulls},
              {"id": "kvp.d", "status": "deviation", "cases": [{"key": "K", "level": "deviation", "office": None,
                                                               "municipality": None, "value": 1.0}]}]
    as_dicts = [{**c, "cases": c["cases"].to_dicts() if isinstance(c["cases"], pl.DataFrame) else c["cases"]}
                for c in checks]
    expected = hashlib.sha256(json.dumps({"run": run, "checks": as_dicts}, sort_keys=True, default=str)
                              .encode("utf-8")).hexdigest()
    assert fingerprint(run, checks) == expected


@pytest.mark.parametrize("keys, says", [(["K-2", "K-1", "K-3"], None), (["K-2", "K-1", "K-2", "K-1"], "«K-2»"),
                                        ([None, "K-1", None], "«None»")])
def test_a_key_twice_in_columnar_cases_is_the_error_of_the_dicts(keys, says):
    """The columnar path counts the distinct keys first and marks first occurrences only when one repeats:
    the same keys and the same error (the first key met twice) as the case dicts."""
    import polars as pl

    from audit.errors import InputError
    from audit.history.records import check_keys, current_checks

    frame = pl.DataFrame({"key": keys, "level": ["deviation"] * len(keys), "office": ["NAV A"] * len(keys),
                          "municipality": ["5001"] * len(keys), "value": [1.0] * len(keys)})
    results = {"checks": [{"id": "kvp.age", "status": "deviation", "cases": CaseFrame(frame)}]}
    as_dicts = {"checks": [{"id": "kvp.age", "status": "deviation", "cases": frame.to_dicts()}]}
    outcomes = []
    def keys_of(cases):
        return cases["key"].to_list() if isinstance(cases, pl.DataFrame) else [c["key"] for c in cases]

    for read in (lambda r: check_keys(r, "r.json")[0]["keys"].to_list(),
                 lambda r: keys_of(current_checks(r, "r.json", frames=True)[0]["cases"]),
                 lambda r: keys_of(current_checks(r, "r.json")[0]["cases"])):
        for given in (results, as_dicts):
            try:
                outcomes.append(read(given))
            except InputError as exc:
                outcomes.append(str(exc))
    assert len(set(map(str, outcomes))) == 1, outcomes
    assert outcomes[0] == keys if says is None else says in outcomes[0] and "to ganger" in outcomes[0]
