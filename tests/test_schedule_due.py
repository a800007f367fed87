"""Due and overdue, judged against the run history (and report folders)."""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from pathlib import Path

from click.testing import CliRunner

from audit.cli import main
from audit.history import open_store
from audit.schedule import DONE, DUE, OVERDUE, UPCOMING, DoneLookup, due_items, load_schedule
from tests.conftest_history import make_results, pg_server, pg_url, store_location  # noqa: F401

D = dt.date

SCHEDULE = """\
title: Test
scope: "5001"
activities:
  - id: mnd
    suite: kvp
    months: all
    day: 10
    period: month
    inputs: [k.csv]
  - id: kvartal
    suite: kvp
    scope: kvartal
    months: [1, 4, 7, 10]
    day: 20
    period: quarter
    inputs: [k.csv]
  - id: arsrapport
    report: annual
    months: [1]
    day: 31
    period: year
"""


def schedule(tmp_path: Path, text: str = SCHEDULE, **top):
    extra = "".join(f"{k}: {v}\n" for k, v in top.items())
    p = tmp_path / "arshjul.yaml"
    p.write_text(extra + textwrap.dedent(text), encoding="utf-8")
    return load_schedule(p)


def items_of(sched, on, store=None, **kw):
    lookup = DoneLookup.from_store(store, sched) if store is not None else DoneLookup(sched)
    return due_items(sched, on, lookup, **kw)


def brief(items):
    return [(i.occurrence.activity.id, i.occurrence.scheduled.isoformat(), i.occurrence.period.label, i.status)
            for i in items]


def test_empty_history_everything_in_the_last_12_months(tmp_path):
    s = schedule(tmp_path)
    items = items_of(s, D(2026, 1, 10))
    got = brief(items)
    monthly = [g for g in got if g[0] == "mnd"]
    # the day itself is due; the 11 before it overdue; 2025-01-10 is 12 months back and no longer chased
    assert monthly[-1] == ("mnd", "2026-01-10", "2025-12", DUE)
    assert [g[1] for g in monthly[:-1]] == [f"2025-{m:02d}-10" for m in range(2, 13)]
    assert {g[3] for g in monthly[:-1]} == {OVERDUE}
    assert monthly[0][2] == "2025-01"
    quarterly = [g for g in got if g[0] == "kvartal"]
    assert [(g[1], g[2]) for g in quarterly] == [("2025-01-20", "2024-K4"), ("2025-04-20", "2025-K1"),
                                                  ("2025-07-20", "2025-K2"), ("2025-10-20", "2025-K3")]
    assert ("arsrapport", "2025-01-31", "2024", OVERDUE) in got
    assert got == sorted(got, key=lambda g: g[1])  # in date order
    overdue = next(i for i in items if i.occurrence.scheduled == D(2025, 12, 10))
    assert overdue.days_late == 31


def test_runs_in_the_history_make_occurrences_done(tmp_path, store_location):
    s = schedule(tmp_path)
    with open_store(store_location) as store:
        # exactly the period and scope: done
        store.record_run(make_results("r-dec", "2025-12-31", scope="5001", period=("2025-12-01", "2025-12-31")))
        # a run by hand for the 3rd quarter with the quarterly activity's scope: done
        store.record_run(make_results("r-q3", "2025-09-30", scope="kvartal", period=("2025-07-01", "2025-09-30")))
        # not done by: another scope, another suite, an overlapping period, no period
        store.record_run(make_results("r-nov-other", "2025-11-30", scope="5006", period=("2025-11-01", "2025-11-30")))
        store.record_run(make_results("r-nov-stonad", "2025-11-30", suite="stonad", scope="5001",
                                      period=("2025-11-01", "2025-11-30")))
        store.record_run(make_results("r-q4", "2025-12-31", scope="5001", period=("2025-10-01", "2025-12-31")))
        store.record_run(make_results("r-none", "2025-10-31", scope="5001", period=None))
        items = items_of(s, D(2026, 1, 10), store, include_done=True)
    status = {(i.occurrence.activity.id, i.occurrence.period.label): i for i in items}
    assert status[("mnd", "2025-12")].status == DONE
    assert status[("mnd", "2025-12")].done.run_id == "r-dec"
    assert status[("kvartal", "2025-K3")].status == DONE
    assert status[("mnd", "2025-11")].status == OVERDUE
    assert status[("mnd", "2025-10")].status == OVERDUE
    assert status[("kvartal", "2025-K2")].status == OVERDUE
    # without include_done the done ones are left out
    with open_store(store_location) as store:
        pending = brief(items_of(s, D(2026, 1, 10), store))
    assert ("mnd", "2026-01-10", "2025-12", DUE) not in pending and ("mnd", "2025-12-10", "2025-11", OVERDUE) in pending


def test_due_through_grace_days_then_overdue(tmp_path):
    s = schedule(tmp_path, grace_days=3)
    assert ("mnd", "2026-01-10", "2025-12", DUE) in brief(items_of(s, D(2026, 1, 13)))
    assert ("mnd", "2026-01-10", "2025-12", OVERDUE) in brief(items_of(s, D(2026, 1, 14)))
    s0 = schedule(tmp_path)
    assert ("mnd", "2026-01-10", "2025-12", OVERDUE) in brief(items_of(s0, D(2026, 1, 11)))
    assert not [g for g in brief(items_of(s0, D(2026, 1, 9))) if g[1] == "2026-01-10"]  # not before its day


def test_start_and_lookback_limit_what_is_chased(tmp_path):
    s = schedule(tmp_path, start="2025-12-01")
    assert brief(items_of(s, D(2026, 1, 10))) == [("mnd", "2025-12-10", "2025-11", OVERDUE),
                                                 ("mnd", "2026-01-10", "2025-12", DUE)]
    s3 = schedule(tmp_path, lookback_months=3)
    got = brief(items_of(s3, D(2026, 1, 10)))
    assert [g[1] for g in got] == ["2025-10-20", "2025-11-10", "2025-12-10", "2026-01-10"]


def test_upcoming_within_ahead_days(tmp_path):
    s = schedule(tmp_path, start="2026-01-01")
    got = brief(items_of(s, D(2026, 1, 5), ahead_days=15))
    assert got == [("mnd", "2026-01-10", "2025-12", UPCOMING), ("kvartal", "2026-01-20", "2025-K4", UPCOMING)]
    assert items_of(s, D(2026, 1, 5)) == []


def test_report_activity_done_by_its_folder(tmp_path):
    s = schedule(tmp_path, start="2026-01-01")
    folder = s.folder(s.get("arsrapport").occurrences(2026)[0])
    assert folder == tmp_path / "nav-audit-rapporter" / "2025" / "arsrapport"
    on = D(2026, 2, 5)
    assert ("arsrapport", "2026-01-31", "2025", OVERDUE) in brief(items_of(s, on))
    folder.mkdir(parents=True)
    manifest = {"status": "failed", "period": {"from": "2025-01-01", "to": "2025-12-31"}}
    (folder / "activity.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert ("arsrapport", "2026-01-31", "2025", OVERDUE) in brief(items_of(s, on))
    manifest["status"] = "ok"
    (folder / "activity.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert ("arsrapport", "2026-01-31", "2025", DONE) in brief(items_of(s, on, include_done=True))


def test_cli_due_json_and_table(tmp_path):
    s = schedule(tmp_path, start="2026-01-01")
    history = str(tmp_path / "h.sqlite")
    with open_store(history) as store:
        store.record_run(make_results("r-dec", "2025-12-31", scope="5001", period=("2025-12-01", "2025-12-31")))
    r = CliRunner().invoke(main, ["schedule", "due", "-f", s.path, "--on", "2026-01-21", "--history", history,
                                  "--format", "json", "--all"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    got = {(i["activity"], i["period"]["label"]): (i["status"], i["days_late"]) for i in data["items"]}
    assert got == {("mnd", "2025-12"): ("done", 11), ("kvartal", "2025-K4"): ("overdue", 1)}
    assert data["items"][0]["done"]["run_id"] == "r-dec"
    r = CliRunner().invoke(main, ["schedule", "due", "-f", s.path, "--on", "21.01.2026", "--history", history])
    assert r.exit_code == 0 and "forsinket" in r.output and "4. kvartal 2025" in r.output
    assert "desember 2025" not in r.output
    r = CliRunner().invoke(main, ["schedule", "due", "-f", s.path, "--on", "2026-01-05", "--history", history])
    assert r.exit_code == 0 and "Ingenting skal kjøres per 05.01.2026" in r.output
    r = CliRunner().invoke(main, ["schedule", "due", "-f", s.path, "--on", "5. jan", "--history", history])
    assert r.exit_code == 2 and "--on" in r.output


def test_cli_due_table_names_the_column_of_what_did_it(tmp_path):
    """With --all, the last column holds the run (or the report folder) that carried the item out: it has a
    header like every other column."""
    s = schedule(tmp_path, start="2026-01-01")
    history = str(tmp_path / "h.sqlite")
    with open_store(history) as store:
        store.record_run(make_results("r-dec", "2025-12-31", scope="5001", period=("2025-12-01", "2025-12-31")))
    for lang, word in (("nb", "Utført med"), ("en", "Done by")):
        r = CliRunner().invoke(main, ["schedule", "due", "-f", s.path, "--on", "2026-01-21", "--history", history,
                                      "--all", "--lang", lang])
        assert r.exit_code == 0, r.output
        lines = r.output.splitlines()
        header = next(i for i, line in enumerate(lines) if line.startswith(("Status", "Status ")))
        assert lines[header].rstrip().endswith(word), lines[header]
        assert any(line.rstrip().endswith("r-dec") for line in lines[header + 2:])


def test_cli_due_says_when_a_written_annual_report_predates_a_run_of_its_year(tmp_path):
    """The 2025 report was written on 31 January; the second quarter's run failed then and was made up by hand
    in March. The report is still done (it may have gone to the council), but due says it is older than a run
    of its year, so the leader knows to make it again."""
    s = schedule(tmp_path, start="2026-01-01")
    folder = s.folder(s.get("arsrapport").occurrences(2026)[0])
    folder.mkdir(parents=True)
    manifest = {"status": "ok", "period": {"from": "2025-01-01", "to": "2025-12-31"}, "as_of": "2025-12-31",
                "finished_at": "2026-01-31T02:00:00+00:00"}
    (folder / "activity.json").write_text(json.dumps(manifest), encoding="utf-8")
    history = str(tmp_path / "h.sqlite")
    with open_store(history) as store:  # recorded now, i.e. after the report was written
        store.record_run(make_results("r-q2", "2025-06-30", scope="kvartal", period=("2025-04-01", "2025-06-30")))
    args = ["schedule", "due", "-f", s.path, "--on", "2026-02-05", "--history", history, "--all"]
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 0, r.output
    line = next(x for x in r.output.splitlines() if "arsrapport" in x)
    assert line.startswith("utført") and line.rstrip().endswith("(laget før kjøringen r-q2)"), line
    data = json.loads(CliRunner().invoke(main, args + ["--format", "json"]).output)
    report = next(i for i in data["items"] if i["activity"] == "arsrapport")
    assert report["done"]["older_than"] == ["r-q2"]
    # without a later run of its year it is plainly done
    assert "(laget før" not in CliRunner().invoke(
        main, ["schedule", "due", "-f", s.path, "--on", "2026-02-05", "--history", str(tmp_path / "empty.sqlite"),
               "--all"]).output
