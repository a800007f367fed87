"""`nav-audit compare --join`: an office split, merged or renamed during the period is one unit again.

No case is lost or counted twice: the joined unit's counts are the sum of its parts and the «Alle»
figure is the same with and without joins. A join naming a unit not in the files is an error (exit 2).
"""

from __future__ import annotations

import json

from click.testing import CliRunner

from audit.cli import main


def _row(office, municipality, evaluated, failed, warned=0, unknown=0):
    return {"office": office, "municipality": municipality, "evaluated": evaluated, "failed": failed,
            "warned": warned, "unknown": unknown}


def _results(scope, rows, cid="kvp.start_delay", run_id=None):
    ev = sum(r["evaluated"] for r in rows)
    fa = sum(r["failed"] for r in rows)
    return {"run": {"id": run_id or f"run-{scope}", "as_of": "2025-12-31", "suite": "kvp", "scope": scope},
            "dataset": {"rows": ev, "municipalities": sorted({r["municipality"] for r in rows})},
            "checks": [{"id": cid, "kind": "deviation", "title": {"nb": "Oppstart", "en": "Start"},
                        "legal_basis": "sosialtjenesteloven § 29", "status": "deviation" if fa else "ok",
                        "evaluated": ev, "failed": fa, "warned": 0, "unknown": 0, "parameters": {},
                        "by_office": rows, "cases": []}]}


def _write(tmp_path, name, doc) -> str:
    f = tmp_path / name / "results.json"
    f.parent.mkdir(parents=True)
    f.write_text(json.dumps(doc), encoding="utf-8")
    return str(f)


TRONDHEIM = [_row("NAV Trondheim sør", "5001", 30, 6, warned=1), _row("NAV Lerkendal", "5001", 25, 5, unknown=2),
             _row("NAV Heimdal", "5001", 20, 1), _row("NAV Midtbyen", "5001", 40, 4)]
STEINKJER = [_row("NAV Steinkjer", "5006", 50, 5)]
SPLIT = ["--join", "NAV Lerkendal=NAV Trondheim sør", "--join", "nav heimdal = NAV Trondheim sør"]


def _compare(tmp_path, paths, *args, out="cmp"):
    r = CliRunner().invoke(main, ["compare", *paths, "--by", "office", *args, "--out", str(tmp_path / out)])
    data = json.loads((tmp_path / out / "sammenligning.json").read_text(encoding="utf-8")) if r.exit_code == 0 else None
    return r, data


def test_a_split_office_is_one_unit_again_and_no_case_is_lost_or_counted_twice(tmp_path):
    paths = [_write(tmp_path, "t", _results("5001", TRONDHEIM)), _write(tmp_path, "s", _results("5006", STEINKJER))]
    r, plain = _compare(tmp_path, paths, out="plain")
    assert r.exit_code == 0, r.output
    assert len(plain["units"]) == 5
    r, joined = _compare(tmp_path, paths, *SPLIT)
    assert r.exit_code == 0, r.output
    assert [u["label"] for u in joined["units"]] == ["NAV Midtbyen (5001)", "NAV Steinkjer (5006)",
                                                     "NAV Trondheim sør (5001)"]
    sor = next(u for u in joined["units"] if u["label"] == "NAV Trondheim sør (5001)")
    assert sor["joined"] == ["NAV Heimdal (5001)", "NAV Lerkendal (5001)"]
    assert sor["office"] == "NAV Trondheim sør" and sor["municipality"] == "5001"
    figs = {f["unit"]: f for f in joined["checks"][0]["figures"]}
    assert (figs["NAV Trondheim sør (5001)"]["failed"], figs["NAV Trondheim sør (5001)"]["evaluated"]) == (12, 75)
    assert (figs["NAV Trondheim sør (5001)"]["warned"], figs["NAV Trondheim sør (5001)"]["unknown"]) == (1, 2)
    assert (figs["NAV Midtbyen (5001)"]["failed"], figs["NAV Midtbyen (5001)"]["evaluated"]) == (4, 40)
    # every case once: the pooled figure is the same with and without the joins
    for key in ("evaluated", "failed", "warned", "unknown"):
        assert joined["checks"][0]["total"][key] == plain["checks"][0]["total"][key]
        assert sum(f[key] for f in joined["checks"][0]["figures"]) == joined["checks"][0]["total"][key]
    assert joined["joins"] == [{"unit": "NAV Lerkendal (5001)", "into": "NAV Trondheim sør (5001)"},
                               {"unit": "NAV Heimdal (5001)", "into": "NAV Trondheim sør (5001)"}]
    # the terminal line and every output say which units were joined
    assert "NAV Trondheim sør (5001) 16,0\u00a0% (12/75)" in r.output
    note = ("Enheter slått sammen (--join): NAV Heimdal (5001) og NAV Lerkendal (5001) telles som "
            "NAV Trondheim sør (5001).")
    assert note in r.output and note in " ".join(joined["notes"])
    assert "NAV Lerkendal" not in [f["unit"] for f in joined["checks"][0]["figures"]]
    html = (tmp_path / "cmp" / "sammenligning.html").read_text(encoding="utf-8")
    assert "Enheter slått sammen" in html and "NAV Heimdal (5001) og NAV Lerkendal (5001)" in html


def test_the_join_is_said_in_english(tmp_path):
    paths = [_write(tmp_path, "t", _results("5001", TRONDHEIM))]
    r, data = _compare(tmp_path, paths, *SPLIT, "--lang", "en")
    assert r.exit_code == 0, r.output
    assert ("Units joined (--join): NAV Heimdal (5001) and NAV Lerkendal (5001) counted as NAV Trondheim sør (5001). "
            "Each case counts once") in r.output


def test_a_renamed_office_joins_across_two_files_and_a_full_label_or_a_municipality_works(tmp_path):
    # the first half of the year in the old case system as «NAV Tjøme», the second as «NAV Færder»
    old = _write(tmp_path, "h1", _results("3811 H1", [_row("NAV Tjøme", "3811", 12, 3)]))
    new = _write(tmp_path, "h2", _results("3811 H2", [_row("NAV Færder", "3811", 18, 2), _row("NAV Sentrum", "3811", 9, 0)]))
    r, data = _compare(tmp_path, [old, new], "--join", "NAV Tjøme (3811)=NAV Færder")
    assert r.exit_code == 0, r.output
    fig = next(f for f in data["checks"][0]["figures"] if f["unit"] == "NAV Færder (3811)")
    assert (fig["failed"], fig["evaluated"]) == (5, 30)
    assert [u["label"] for u in data["units"]] == ["NAV Færder (3811)", "NAV Sentrum (3811)"]
    # municipalities: Nøtterøy (0722) and Tjøme (0723) became Færder (3811) in 2018
    a = _write(tmp_path, "a", _results("0722", [_row("NAV Nøtterøy", "0722", 10, 1)], run_id="a"))
    b = _write(tmp_path, "b", _results("0723", [_row("NAV Tjøme", "0723", 5, 1)], run_id="b"))
    r = CliRunner().invoke(main, ["compare", a, b, "--by", "municipality", "--join", "0723=0722",
                                  "--out", str(tmp_path / "m")])
    assert r.exit_code == 0, r.output
    data = json.loads((tmp_path / "m" / "sammenligning.json").read_text(encoding="utf-8"))
    assert [(f["unit"], f["failed"], f["evaluated"]) for f in data["checks"][0]["figures"]] == [("0722", 2, 15)]


def test_a_join_that_cannot_be_done_is_a_clear_error(tmp_path):
    paths = [_write(tmp_path, "t", _results("5001", TRONDHEIM)),
             _write(tmp_path, "x", _results("9999", [_row("NAV Lerkendal", "5006", 3, 0)]))]
    cases = [
        (["--join", "NAV Lerkendahl=NAV Trondheim sør"], "«NAV Lerkendahl» finnes ikke blant enhetene i dataene"),
        (["--join", "NAV Heimdal"], "ikke på formen ENHET=ENHET"),
        (["--join", "NAV Lerkendal=NAV Trondheim sør"], "passer til flere enheter"),
        (["--join", "NAV Heimdal=NAV Midtbyen", "--join", "NAV Heimdal=NAV Trondheim sør"], "telt to ganger"),
        (["--join", "NAV Heimdal=NAV Midtbyen", "--join", "NAV Midtbyen=NAV Heimdal"], "går i ring"),
        (["--join", "NAV Heimdal=NAV Heimdal (5001)"], "med seg selv"),
    ]
    for args, words in cases:
        r = CliRunner().invoke(main, ["compare", *paths, "--by", "office", *args, "--out", str(tmp_path / "no")])
        assert r.exit_code == 2, (args, r.output)
        assert words in r.output, (args, r.output)
        assert "Traceback" not in r.output
    assert "«NAV Lerkendal»" in CliRunner().invoke(main, ["compare", *paths, "--by", "office", "--join",
                                                         "NAV Lerkendahl=X", "--out", str(tmp_path / "no")]).output
    # --by run: each file is one unit; nothing to join
    r = CliRunner().invoke(main, ["compare", *paths, "--join", "a=b", "--out", str(tmp_path / "no")])
    assert r.exit_code == 2 and "--by office" in r.output
    assert not (tmp_path / "no").exists()
    # a chain is fine: Heimdal into Lerkendal (5001), Lerkendal (5001) into Trondheim sør
    r, data = _compare(tmp_path, paths, "--join", "NAV Heimdal=NAV Lerkendal (5001)",
                       "--join", "NAV Lerkendal (5001)=NAV Trondheim sør")
    assert r.exit_code == 0, r.output
    fig = next(f for f in data["checks"][0]["figures"] if f["unit"] == "NAV Trondheim sør (5001)")
    assert (fig["failed"], fig["evaluated"]) == (12, 75)
