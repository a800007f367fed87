"""Rows hidden in a workbook (by an autofilter or by hand) are read like any other row, and the user is told."""

from __future__ import annotations

import json

from click.testing import CliRunner
from openpyxl import Workbook

from audit.cli import main

MAPPING = """dataset: kvp
sheet: Saker
columns:
  case_id: Saksnummer
  decision: Vedtak
  decision_date: Vedtaksdato
values:
  decision: {Innvilget: granted, Avslag: refused}
"""


def _workbook(path, hidden_by_filter=(), hidden_by_hand=()):
    wb = Workbook()
    wb.active.title = "Forside"
    wb.active["A1"] = "Uttrekk fra fagsystemet"
    ws = wb.create_sheet("Saker")
    ws.append(["Saksnummer", "Vedtak", "Vedtaksdato"])
    for i in range(1, 9):
        ws.append([f"K-{i:04d}", "Avslag" if i % 4 == 0 else "Innvilget", f"0{i}.02.2025"])
    ws.auto_filter.ref = "A1:C9"  # an autofilter on Vedtak showing only «Innvilget»: rows 5 and 9 hidden
    ws.auto_filter.add_filter_column(1, ["Innvilget"])
    for row in (*hidden_by_filter, *hidden_by_hand):
        ws.row_dimensions[row].hidden = True
    wb.save(path)
    return path


def test_run_and_map_check_read_hidden_rows_and_say_so(tmp_path):
    src = _workbook(tmp_path / "saker.xlsx", hidden_by_filter=(5, 9), hidden_by_hand=(3,))
    mapping = tmp_path / "m.yaml"
    mapping.write_text(MAPPING, encoding="utf-8")
    out = tmp_path / "ut"
    args = ["run", str(src), "--mapping", str(mapping), "--as-of", "2025-06-30", "--no-history", "--format", "none"]
    r = CliRunner().invoke(main, [*args, "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert f"{src}, arket «Saker»: 3 rader er skjult (av et filter eller for hånd); de er lest som de andre radene." \
        in r.output, r.output
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert results["run"]["inputs"][0]["rows"] == 8  # nothing lost: the hidden rows are read
    r = CliRunner().invoke(main, [*args, "--out", str(tmp_path / "en"), "--lang", "en"])
    assert f"{src}, sheet «Saker»: 3 rows are hidden (by a filter or by hand); they were read like the other rows." \
        in r.output, r.output
    r = CliRunner().invoke(main, ["map", str(src), "--check", str(mapping)])
    assert r.exit_code == 0, r.output
    assert "«Saker»: 3 rader er skjult" in r.output, r.output
    r = CliRunner().invoke(main, ["map", str(src), "--check", str(mapping), "--lang", "en"])
    assert "«Saker»: 3 rows are hidden" in r.output, r.output


def test_one_hidden_row_is_said_in_the_singular_and_none_says_nothing(tmp_path):
    mapping = tmp_path / "m.yaml"
    mapping.write_text(MAPPING, encoding="utf-8")
    one = _workbook(tmp_path / "en.xlsx", hidden_by_hand=(2,))
    r = CliRunner().invoke(main, ["map", str(one), "--check", str(mapping)])
    assert "«Saker»: 1 rad er skjult (av et filter eller for hånd); den er lest" in r.output, r.output
    none = _workbook(tmp_path / "ingen.xlsx")
    r = CliRunner().invoke(main, ["map", str(none), "--check", str(mapping)])
    assert r.exit_code == 0 and "skjult" not in r.output, r.output
