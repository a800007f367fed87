"""The check catalogue (checks.md) read afresh, as a lawyer and a supervisor would test it.

Each test builds a small export with canonical headers, runs ``nav-audit run`` (and where the
words matter ``nav-audit findings`` or the workbook) through click's CliRunner and asserts what
the spec requires: "Reports and draft findings state, per case, the limit that was applied"
(checks.md, common rules, "Law in force"), and the threshold is named for what it is.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from audit.cli import main
from tests import spec_boundaries as boundaries


def _export(path: Path, rows: list[dict]) -> Path:
    headers: list[str] = []
    for r in rows:
        headers += [k for k in r if k not in headers]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, headers, restval="")
        w.writeheader()
        w.writerows(rows)
    return path


def _run(tmp_path: Path, rows: list[dict], suite: str, *options: str) -> tuple[Path, dict]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    export = _export(tmp_path / f"{suite}.csv", rows)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(export), "--suite", suite, "--as-of", "2025-12-31", "--out", str(out),
                                       "--no-history", *options])
    assert result.exit_code == 0, result.output
    return out, json.loads((out / "results.json").read_text("utf-8"))


def _draft(tmp_path: Path, out: Path, lang: str = "nb") -> str:
    md = tmp_path / f"funn-{lang}.md"
    result = CliRunner().invoke(main, ["findings", str(out / "results.json"), "--lang", lang, "--out", str(md)])
    assert result.exit_code == 0, result.output
    return md.read_text("utf-8")


def _check(results: dict, check_id: str) -> dict:
    return next(c for c in results["checks"] if c["id"] == check_id)


# ---------------------------------------------------------------- rules in force from a date, without a number

def _under_30(key: str, decision_date: str, **kw) -> dict:
    return {"application_id": key, "decision": "granted", "decision_date": decision_date,
            "birth_date": "2000-01-01", "conditions_set": "nei", **kw}


def test_a_dated_rule_without_a_number_is_not_drafted_with_a_dash_for_its_limit(tmp_path):
    """§ 20 a (in force 2017-01-01) and § 18 tredje ledd (2022-09-01) have a date, not a number: the
    draft must not say «Grensen som gjaldt …: – for vedtak fra 01.01.2017»; the requirement already
    names the day the rule came into force, and the cases before it were not judged."""
    rows = [_under_30(f"U{i}", "2017-01-01") for i in range(3)] + [_under_30("U-2016", "2016-12-31")]
    rows += [{"application_id": f"B{i}", "decision": "granted", "decision_date": "2022-09-01",
              "children_in_household": "2", "child_benefit_as_income": "ja"} for i in range(3)]
    out, results = _run(tmp_path, rows, "stonad", "--format", "none")
    activity = _check(results, "stonad.activity_conditions_under_30")
    assert activity["failed"] == 3 and {c["rule"] for c in activity["cases"]} == {"from 2017-01-01"}
    assert "U-2016" not in {c["key"] for c in activity["cases"]}
    for lang in ("nb", "en"):
        text = _draft(tmp_path, out, lang)
        assert ": – " not in text and "(–" not in text, text
        assert ("i kraft 01.01.2017" if lang == "nb" else "in force 1 January 2017") in text


# ---------------------------------------------------------------- kvp.max_duration: the limit each case was judged by

def _sentence(text: str, start: str) -> str:
    i = text.index(start)
    return text[i:text.index(").", i) + 2]


def test_the_draft_names_the_extended_limit_a_justified_extension_was_judged_by(tmp_path):
    """sotjl § 31: 24 months, or 36 with a decided, justified extension (12 / 24 before 2019). A programme
    extended with a reason is judged by 36 months; the draft's «Grensen som gjaldt» must say so, not 24."""
    rows = [{"case_id": f"K{i}", "program_start_date": "2022-01-15", "end_date": "2024-06-01"} for i in range(3)]
    rows.append({"case_id": "K-ext", "program_start_date": "2022-01-15", "end_date": "2025-06-01",
                 "extension_decision_date": "2023-12-01", "extension_reason": "særlige grunner: fullfører kurs"})
    rows.append({"case_id": "K-2018", "program_start_date": "2018-01-10", "end_date": "2019-06-01"})
    out, results = _run(tmp_path, rows, "kvp", "--format", "none")
    cases = {c["key"]: c for c in _check(results, "kvp.max_duration")["cases"]}
    assert cases["K-ext"]["facts"]["limit_months"] == 36 and cases["K-ext"]["limit"] == {"date": "2025-01-15"}
    assert cases["K0"]["facts"]["limit_months"] == 24 and cases["K-2018"]["facts"]["limit_months"] == 12
    nb = _sentence(_draft(tmp_path, out, "nb"), "Grensen som gjaldt")
    assert "36\u00a0måneder" in nb and "24\u00a0måneder" in nb and "12\u00a0måneder" in nb, nb
    en = _sentence(_draft(tmp_path, out, "en"), "The limit that applied")
    assert "36\u00a0months" in en and "24\u00a0months" in en and "12\u00a0months" in en, en


# ---------------------------------------------------------------- the threshold named for what it is

def _limits_cells(out: Path) -> dict[str, str]:
    """Check id -> its «Grenser» / «Limits» cell on the workbook's summary sheet."""
    sheet = openpyxl.load_workbook(out / "rapport.xlsx", read_only=True).worksheets[0]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    header = next(r for r in rows if r and r[0] in ("Kontroll-id", "Check id"))
    col = header.index("Grenser" if "Grenser" in header else "Limits")
    return {r[0]: r[col] or "" for r in rows[rows.index(header) + 1:] if r and isinstance(r[0], str) and "." in r[0]}


def test_thresholds_that_are_no_time_limit_are_not_called_one(tmp_path):
    """checks.md: 6 months is whom stonad.kvp_information_long_term applies to (months on assistance in the
    last 12), 2 months is what makes a decision short, 24 / 36 months is kvp.max_duration's longest duration,
    and 14 days is how soon the follow-up meeting comes. None is a deadline («Frist» / «Time limit») the
    office must meet; a report that says «Frist: 6 måneder» tells a lawyer of a deadline the law does not set."""
    stonad = [{"application_id": "S1", "decision": "granted", "decision_date": "2025-03-10",
               "received_date": "2025-03-03", "birth_date": "1990-01-01", "months_on_assistance": "8",
               "kvp_informed_date": "", "period_start": "2025-03-01", "period_end": "2025-03-31",
               "follow_up_meeting_date": "2025-03-20"}]
    kvp = [{"case_id": "K1", "program_start_date": "2022-01-15", "end_date": "2024-06-01"}]
    for lang, deadline, words in (("nb", "Frist", ("Gjelder mottakere med stønad i minst", "Kortvarig når perioden er under",
                                                   "Møte senest", "Lengste varighet")),
                                  ("en", "Time limit", ("Applies to recipients on assistance for at least",
                                                        "Short when the period is under", "Meeting at the latest",
                                                        "Maximum duration"))):
        cells = {}
        for suite, rows in (("stonad", stonad), ("kvp", kvp)):
            out, _ = _run(tmp_path / f"{suite}-{lang}", rows, suite, "--format", "xlsx", "--lang", lang)
            cells.update(_limits_cells(out))
        for check_id in ("stonad.kvp_information_long_term", "stonad.short_decisions",
                         "stonad.follow_up_after_decision", "kvp.max_duration"):
            assert deadline not in cells[check_id], (check_id, cells[check_id])
        got = " | ".join(cells[c] for c in ("stonad.kvp_information_long_term", "stonad.short_decisions",
                                           "stonad.follow_up_after_decision", "kvp.max_duration"))
        assert all(w in got for w in words), got
        assert deadline in cells["stonad.processing_time"]  # fvl § 11 a's one month is a time limit


def test_the_english_internal_control_conclusion_does_not_capitalise_the_subject_mid_sentence(tmp_path):
    """A breach in a theme concludes on internal control too (sotjl § 5, jf. kommuneloven § 25-1); in English
    the subject stood mid-sentence with a capital: «The internal control of The municipality is not …»."""
    rows = [{"case_id": f"K{i}", "application_date": "2025-01-31", "preliminary_reply_date": "",
             "decision_date": "2025-03-01"} for i in range(3)]
    out, _ = _run(tmp_path, rows, "kvp", "--format", "none")
    en = _draft(tmp_path, out, "en")
    assert "of The municipality" not in en
    assert "The municipality's internal control is not adequate" in en, en
    assert "Kommunen sin internkontroll er ikke tilstrekkelig" in _draft(tmp_path, out, "nb")


def test_the_method_sheet_names_the_rules_in_force_from_a_date_it_applied(tmp_path):
    """checks.md: § 20 a applies from 2017-01-01 and § 18 tredje ledd from 2022-09-01; rows before are not
    judged, and «a report names the version it applied». The method sheet said «Ingen kontroll med regler som
    endret seg over tid» although two rules were applied only from the day they came into force."""
    rows = [_under_30("U1", "2017-01-01"), _under_30("U2", "2016-12-31"),
            {"application_id": "B1", "decision": "granted", "decision_date": "2022-09-01",
             "children_in_household": "2", "child_benefit_as_income": "nei"}]
    out, results = _run(tmp_path, rows, "stonad", "--format", "xlsx,html")
    assert _check(results, "stonad.activity_conditions_under_30")["in_force_from"] == "2017-01-01"
    sheet = openpyxl.load_workbook(out / "rapport.xlsx", read_only=True).worksheets[-1]
    cells = [[c for c in r if c is not None] for r in sheet.iter_rows(values_only=True)]
    text = " | ".join(str(c) for r in cells for c in r)
    assert "Ingen kontroll med regler som endret seg over tid" not in text
    rules = {r[0]: r for r in cells if r and r[0] in ("stonad.activity_conditions_under_30",
                                                     "stonad.child_benefit_excluded") and len(r) > 2}
    assert set(rules) == {"stonad.activity_conditions_under_30", "stonad.child_benefit_excluded"}, cells
    assert any(str(c).startswith("2017-01-01") for c in rules["stonad.activity_conditions_under_30"])
    assert any(str(c).startswith("2022-09-01") for c in rules["stonad.child_benefit_excluded"])
    html = (out / "rapport.html").read_text("utf-8")
    assert "Ingen kontroll med regler som endret seg over tid" not in html and "01.01.2017" in html


def test_the_draft_does_not_say_a_justified_extension_was_missing_when_the_programme_outran_it(tmp_path):
    """sotjl § 31: a programme extended by a reasoned decision may last 36 months. One that outran those 36
    had its extension; the draft must not find of every case that it lasted too long «uten et begrunnet
    vedtak om forlengelse» (without a reasoned extension decision)."""
    ext = {"extension_decision_date": "2023-12-01", "extension_reason": "særlige grunner: fullfører kurs"}
    rows = [{"case_id": f"E{i}", "program_start_date": "2022-01-15", "end_date": "2025-06-01", **ext} for i in range(3)]
    out, results = _run(tmp_path, rows, "kvp", "--format", "none")
    assert {c["reason"]["code"] for c in _check(results, "kvp.max_duration")["cases"]} == {"over_extended_limit"}
    for lang, found in (("nb", "varte programmet lenger enn loven tillater"),
                        ("en", "the programme lasted longer than the law allows")):
        text = _draft(tmp_path, out, lang)
        sentence = text[text.index(found):text.index(" (", text.index(found))]
        assert not sentence.endswith(("uten et begrunnet vedtak om forlengelse",
                                      "without a reasoned extension decision")), sentence
        assert ("forlengelse" if lang == "nb" else "extension") in sentence


# ---------------------------------------------------------------- every boundary the spec names, CSV and XLSX

def _typed(column: str, value: str):
    """A cell as Excel holds it: dates as dates, yes/no as booleans, numbers as numbers."""
    if value == "":
        return None
    if column.endswith("_date") or column in ("period_start", "period_end"):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value  # an unreadable date stays the text it was
    if value in ("true", "false"):
        return value == "true"
    if column in ("birth_year", "evaluations_planned", "children_in_household", "months_on_assistance") \
            and value.isdigit():
        return int(value)
    if column == "hours_per_week" and "," not in value:
        return float(value)
    return value


def _boundary_files(tmp_path: Path, suite: str, fmt: str) -> list[Path]:
    files = []
    for name, (s, _check_id, rows) in boundaries.G.items():
        if s != suite:
            continue
        key = "case_id" if suite == "kvp" else "application_id"
        columns = [key, "office"] + list(dict.fromkeys(c for _, r, _ in rows for c in r))
        records = [{key: k, "office": "NAV Test", **r} for k, r, _ in rows]
        if fmt == "csv":
            files.append(_export(tmp_path / f"{name}.csv", [{c: rec.get(c, "") for c in columns} for rec in records]))
            continue
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(columns)
        for rec in records:
            ws.append([_typed(c, rec.get(c, "")) for c in columns])
        wb.save(tmp_path / f"{name}.xlsx")
        files.append(tmp_path / f"{name}.xlsx")
    return files


def _what_went_wrong(name: str, check: dict, rows: list) -> list[str]:
    cases = {c["key"]: c for c in check["cases"]}
    unknown = set(check.get("unknown_keys") or [])
    wrong, counts = [], {"evaluated": 0, "failed": 0, "warned": 0, "unknown": 0}
    for key, _row, want in rows:
        level = want if isinstance(want, str) else want[0]
        counts["evaluated"] += level in ("ok", "warning", "deviation")
        counts["failed"] += level == "deviation"
        counts["warned"] += level == "warning"
        counts["unknown"] += level == "unk"
        got = cases.get(key)
        if isinstance(want, str):
            now = got["level"] if got else ("unk" if key in unknown else "ok/na")
            if (want == "unk") != (now == "unk") or got:
                wrong.append(f"{name} {key}: want {want}, got {now}")
            continue
        level, value, limit, rule, reason = want
        if not got:
            wrong.append(f"{name} {key}: want {level}, got {'unk' if key in unknown else 'ok/na'}")
            continue
        want_limit = None if limit is None else {"date": limit} if isinstance(limit, str) else limit
        got_limit = got["limit"] if got["limit"] is None or "date" in got["limit"] else got["limit"]["value"]
        have = (got["level"], got["value"], got_limit, got["rule"], got["reason"]["code"])
        if have != (level, value, want_limit, rule, reason):
            wrong.append(f"{name} {key}: want {(level, value, want_limit, rule, reason)}, got {have}")
    wrong += [f"{name}: {k} {check[k]}, want {v}" for k, v in counts.items() if check[k] != v]
    return wrong


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("suite", ["kvp", "stonad"])
def test_every_case_at_every_boundary_gets_the_level_value_limit_rule_and_reason_the_spec_gives(tmp_path, suite, fmt):
    """One export per check (spec_boundaries.py), all audited in one ``run --each``; each case's level, value,
    limit, rule version and reason, and the check's counts, as checks.md and results.md give them."""
    files = _boundary_files(tmp_path, suite, fmt)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", *map(str, files), "--suite", suite, "--each", "--as-of", "2025-12-31",
                                       "--out", str(out), "--no-history", "--format", "none"])
    assert result.exit_code == 0, result.output
    wrong = []
    for name, (s, check_id, rows) in boundaries.G.items():
        if s == suite:
            results = json.loads((out / name / "results.json").read_text("utf-8"))
            wrong += _what_went_wrong(name, _check(results, check_id), rows)
    assert not wrong, "\n".join(wrong)


def test_long_term_recipients_are_judged_by_the_kvp_age_limit_in_force_when_they_applied(tmp_path):
    """stonad.kvp_information_long_term applies to those of KVP age (18–67) at receipt. The lower limit is the
    programme's own, 19 before the 2019 amendment (checks.md, Law in force: a dated limit judges each row by the
    limit in force on its event date). An 18-year-old in 2018 could not be offered KVP, so the office had no
    duty to tell them of it; one who applied on 1 January 2019 could."""
    base = {"months_on_assistance": "8", "kvp_informed_date": ""}
    rows = [{"application_id": "L18-2018", "received_date": "2018-12-31", "birth_date": "2000-06-01", **base},
            {"application_id": "L19-2018", "received_date": "2018-12-31", "birth_date": "1999-06-01", **base},
            {"application_id": "L18-2019", "received_date": "2019-01-01", "birth_date": "2000-06-01", **base}]
    _, results = _run(tmp_path, rows, "stonad", "--format", "none")
    check = _check(results, "stonad.kvp_information_long_term")
    cases = {c["key"]: c for c in check["cases"]}
    assert set(cases) == {"L19-2018", "L18-2019"} and check["evaluated"] == 2
    assert cases["L19-2018"]["rule"] == "before 2019-01-01" and cases["L18-2019"]["rule"] == "from 2019-01-01"
    # the draft names the age limit per version; the appendix does not hang «(18 år)» on a key as if that
    # were the limit a case failed: the requirement (information documented) is met or not
    out = tmp_path / "out"
    text = _draft(tmp_path, out, "nb")
    assert "19\u00a0år for søknader mottatt før 01.01.2019 (1 sak)" in text, text
    row = next(line for line in text.splitlines() if "`stonad.kvp_information_long_term`" in line)
    assert row.endswith("| L19-2018, L18-2019 |") or row.endswith("| L18-2019, L19-2018 |"), row


def test_an_english_report_names_a_practice_source_in_english(tmp_path):
    """checks.md «Law or practice»: the reports say whether a rule rests on law or practice. Acts keep their
    Norwegian names, but «statsforvalterens praksis» and «NAVs praksis» are words, not names: an English
    report wrote them untranslated beside «Legal sources»."""
    rows = [{"case_id": "K1", "decision": "granted", "ground_necessity": "nei", "program_start_date": "2025-03-10",
             "hours_per_week": "30"}]
    for lang, county, nav, other in (("en", "the county governor's practice", "NAV's practice", "praksis"),
                                     ("nb", "statsforvalterens praksis", "NAVs praksis", "practice")):
        out, _ = _run(tmp_path / lang, rows, "kvp", "--format", "xlsx,html", "--lang", lang)
        sheet = openpyxl.load_workbook(out / "rapport.xlsx", read_only=True).worksheets[0]
        rows_ = [list(r) for r in sheet.iter_rows(values_only=True)]
        header = next(r for r in rows_ if r and r[0] in ("Kontroll-id", "Check id"))
        col = header.index("Rettskilder" if lang == "nb" else "Legal sources")
        sources = {r[0]: r[col] or "" for r in rows_[rows_.index(header) + 1:] if r and r[0]}
        assert nav in sources["kvp.full_time"] and county in sources["kvp.grounds.necessity"], sources
        assert other not in sources["kvp.full_time"] + sources["kvp.grounds.necessity"]
        page = (out / "rapport.html").read_text("utf-8").replace("&#39;", "'").replace("&#x27;", "'")
        assert nav in page and county in page
        if lang == "en":
            assert "NAVs praksis" not in page and "statsforvalterens praksis" not in page


def test_a_check_that_judged_no_case_is_not_shown_as_in_order(tmp_path):
    """results.md gives such a check status «ok» with evaluated 0; a supervisor reading «I orden» would take it
    for practice in order. The reports say no case was judged, and why (none applies / none had the values)."""
    rows = [{"application_id": "S1", "received_date": "2025-03-01", "birth_date": "1990-06-01",
             "months_on_assistance": "2", "kvp_informed_date": ""}]
    out, results = _run(tmp_path, rows, "stonad", "--format", "xlsx,html")
    check = _check(results, "stonad.kvp_information_long_term")
    assert check["status"] == "ok" and check["evaluated"] == 0  # the results file keeps the spec's status
    sheet = openpyxl.load_workbook(out / "rapport.xlsx", read_only=True).worksheets[0]
    row = next(r for r in sheet.iter_rows(values_only=True) if r and r[0] == "stonad.kvp_information_long_term")
    assert "Ingen saker vurdert" in row and "I orden" not in row, row
    page = (out / "rapport.html").read_text("utf-8")
    assert "ingen sak i uttrekket er omfattet av kontrollen" in page
