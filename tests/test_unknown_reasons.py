"""A row a check could not judge (results.md ``unknown``) names what it lacks, in the workbook's
case sheet and on the page: the header the mapping read and the canonical name, «mangler» for
an empty value, «kan ikke leses» with the input issue for an unreadable one; results.json keeps
only the keys."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from audit.cli import main

HEADERS = ["Saksnummer", "NAV-kontor", "Saksbehandler", "Fødselsdato", "Søknadsdato", "Vedtak", "Vedtaksdato"]
MAPPING = """dataset: kvp
columns:
  case_id: Saksnummer
  office: NAV-kontor
  caseworker: Saksbehandler
  birth_date: Fødselsdato
  application_date: Søknadsdato
  decision: Vedtak
  decision_date: Vedtaksdato
values:
  decision: {Innvilget: granted}
"""
ROWS = [
    ["K-1", "NAV A", "S1", "01.01.1990", "10.01.2025", "Innvilget", "01.02.2025"],  # judged
    ["K-2", "NAV A", "S1", "01.01.1990", "10.01.2025", "Innvilget", ""],  # no decision date
    ["K-3", "NAV A", "S1", "01.01.1990", "10.01.2025", "Innvilget", "31.02.2025"],  # no such day
    ["K-4", "NAV A", "S1", "", "10.01.2025", "Innvilget", ""],  # neither birth date nor decision date
]


def _run(tmp_path: Path, *args: str) -> tuple[Path, dict]:
    export = tmp_path / "saker.csv"
    export.write_text("\n".join(";".join(r) for r in [HEADERS, *ROWS]) + "\n", encoding="utf-8")
    (tmp_path / "mapping.yaml").write_text(MAPPING, encoding="utf-8")
    out = tmp_path / "ut"
    r = CliRunner().invoke(main, ["run", str(export), "-m", str(tmp_path / "mapping.yaml"), "--as-of", "2025-12-31",
                                  "--out", str(out), "--no-history", *args])
    assert r.exit_code == 0, r.output
    return out, json.loads((out / "results.json").read_text(encoding="utf-8"))


def _reasons(path: Path, check_id: str, level: str) -> dict[str, str]:
    """key -> the Reason cell of the check's rows at ``level`` on the case sheet (either language)."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Saker"] if "Saker" in wb.sheetnames else wb["Cases"]
    head = {c.value: c.column for c in ws[4] if c.value}
    col = {name: next(head[h] for h in heads if h in head) for name, heads in
           (("id", ("Kontroll-id", "Check id")), ("key", ("Nøkkel", "Key")), ("level", ("Nivå", "Level")),
            ("reason", ("Årsak", "Reason")))}
    return {ws.cell(r, col["key"]).value: ws.cell(r, col["reason"]).value for r in range(5, ws.max_row + 1)
            if ws.cell(r, col["id"]).value == check_id and ws.cell(r, col["level"]).value == level}


def test_unknown_rows_name_the_value_they_lack_in_workbook_and_page(tmp_path):
    out, results = _run(tmp_path)
    age = next(c for c in results["checks"] if c["id"] == "kvp.age")
    assert age["unknown"] == 3 and age["unknown_keys"] == ["K-2", "K-3", "K-4"]
    reasons = _reasons(out / "rapport.xlsx", "kvp.age", "Ukjent")
    assert reasons["K-2"] == "Kan ikke vurderes: mangler Vedtaksdato (decision_date)."
    assert reasons["K-3"].startswith("Kan ikke vurderes: Vedtaksdato (decision_date) kan ikke leses: ugyldig dato '31.02.2025'")
    assert reasons["K-4"] == "Kan ikke vurderes: mangler Fødselsdato (birth_date) og Vedtaksdato (decision_date)." \
        or reasons["K-4"] == "Kan ikke vurderes: mangler Vedtaksdato (decision_date) og Fødselsdato (birth_date)."
    page = re.sub(r"\s+", " ", (out / "rapport.html").read_text(encoding="utf-8"))
    section = page[page.index('id="check-kvp-age"'):]
    assert re.search(r'<span class="key">K-2</span>: mangler Vedtaksdato \(decision_date\)</li>', section)
    assert re.search(r"<span class=\"key\">K-3</span>: Vedtaksdato \(decision_date\) kan ikke leses: ugyldig dato "
                     r"&#39;31.02.2025&#39;", section)


def test_results_json_keeps_only_the_keys(tmp_path):
    out, results = _run(tmp_path, "--format", "none")
    text = (out / "results.json").read_text(encoding="utf-8")
    assert "mangler" not in text and "Kan ikke vurderes" not in text
    for c in results["checks"]:
        assert all(isinstance(k, str) for k in c["unknown_keys"])
    # the input issue is there, as results.md says, with the header and row
    assert [(Path(i["file"]).name, i["row"], i["column"]) for i in results["input_issues"]] == [("saker.csv", 4, "Vedtaksdato")]


def test_unknown_reasons_in_english(tmp_path):
    out, _ = _run(tmp_path, "--lang", "en")
    reasons = _reasons(out / "rapport.xlsx", "kvp.age", "Unknown")
    assert reasons["K-2"] == "Cannot be judged: no value for Vedtaksdato (decision_date)."
    assert reasons["K-3"].startswith("Cannot be judged: Vedtaksdato (decision_date) cannot be read: invalid date '31.02.2025'")
    assert "og" not in reasons["K-4"].split() and " and " in reasons["K-4"]


def test_a_report_made_again_from_results_json_gives_the_general_reason(tmp_path):
    out, _ = _run(tmp_path, "--format", "none")
    again = tmp_path / "igjen"
    r = CliRunner().invoke(main, ["report", str(out / "results.json"), "--out", str(again)])
    assert r.exit_code == 0, r.output
    reasons = _reasons(again / "rapport.xlsx", "kvp.age", "Ukjent")
    assert set(reasons) == {"K-2", "K-3", "K-4"}
    assert set(reasons.values()) == {"Kan ikke vurderes: en verdi kontrollen trenger, mangler eller kan ikke leses."}


def test_what_a_row_lacks_never_shows_an_identity_number():
    # the loader refuses a header holding one (tests/test_bad_inputs.py); the words mask it anyway
    from audit.text import Translator
    from audit.unknown_rows import Lack
    from reports.unknown_view import lacks_text
    from reports.values import Formatter
    from tests.bad_inputs import fnrs

    fnr = fnrs(1)[0]
    fmt = Formatter(Translator("nb"))
    text = lacks_text("nb", fmt, (Lack("birth_date", f"Født {fnr}"), Lack("decision_date", "Vedtak", True,
                                                                        f"ugyldig dato '{fnr}'")))
    assert fnr not in text and "(birth_date)" in text and "Vedtak (decision_date) kan ikke leses: ugyldig dato" in text


def test_a_kostra_record_names_the_field_the_value_is_read_from(tmp_path):
    from tests.kostra_records import base_11cf, record

    lines = []
    for i in range(3):
        v = {**base_11cf(2025), "PERSON_JOURNALNR": f"J000000{i}"}
        if i == 1:
            v["VEDTAK_DATO"] = "31022025"  # no such day
        lines.append(record("11CF", 2025, v))
    export = tmp_path / "kvp.dat"
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "ut"
    r = CliRunner().invoke(main, ["run", str(export), "--suite", "kvp", "--as-of", "2025-12-31", "--out", str(out),
                                  "--no-history", "--format", "xlsx", "--kostra-year", "2025"])
    assert r.exit_code == 0, r.output
    reasons = _reasons(out / "rapport.xlsx", "kvp.start_delay", "Ukjent")
    assert reasons == {"J0000001": "Kan ikke vurderes: VEDTAK_DATO (decision_date) kan ikke leses: ugyldig dato "
                                   "'31022025' (forventet ddMMyyyy)."}


def test_rows_whose_unreadable_values_say_the_same_share_one_reason(tmp_path):
    # many rows with the same unreadable text (an export's «ukjent» in a million rows) are named by one
    # reason in memory, each row still with its own value's input issue in the workbook
    from audit.pipeline import run_audit

    rows = [*ROWS, ["K-5", "NAV A", "S1", "01.01.1990", "10.01.2025", "Innvilget", "31.02.2025"],
            ["K-6", "NAV A", "S1", "01.01.1990", "10.01.2025", "Innvilget", "ukjent"],
            ["K-7", "NAV A", "S1", "", "10.01.2025", "Innvilget", "ukjent"]]
    export = tmp_path / "saker.csv"
    export.write_text("\n".join(";".join(r) for r in [HEADERS, *rows]) + "\n", encoding="utf-8")
    (tmp_path / "mapping.yaml").write_text(MAPPING, encoding="utf-8")
    out = tmp_path / "ut"
    run = run_audit([export], suite="kvp", mappings=[str(tmp_path / "mapping.yaml")], as_of=dt.date(2025, 12, 31),
                    out_dir=out, formats=("xlsx",), record_history=False)
    age = next(c for c in run._results["checks"] if c["id"] == "kvp.age")
    keys = age["unknown_keys"]
    assert list(keys) == ["K-2", "K-3", "K-4", "K-5", "K-6", "K-7"]
    code = dict(zip(keys, keys.codes))
    assert code["K-3"] == code["K-5"] and len({code["K-3"], code["K-6"], code["K-7"], code["K-2"]}) == 4
    reasons = _reasons(out / "rapport.xlsx", "kvp.age", "Ukjent")
    assert reasons["K-3"] == reasons["K-5"] and "'31.02.2025'" in reasons["K-5"]
    assert reasons["K-6"].startswith("Kan ikke vurderes: Vedtaksdato (decision_date) kan ikke leses: ugyldig dato 'ukjent'")
    assert "Fødselsdato" not in reasons["K-6"] and reasons["K-7"].startswith("Kan ikke vurderes: mangler Fødselsdato")
    assert "'ukjent'" in reasons["K-7"]
