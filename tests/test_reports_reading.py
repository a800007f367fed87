"""What a reader sees in the run report, the review sheet and the drafts: words and units
where a reader expects them, not code names or bare numbers (lane reports2).

Each test builds its own input and drives the CLI."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from audit.cli import main
from tests.helpers import write_csv


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def page_text(path: Path) -> str:
    """The visible text of a page, tags and styles left out, whitespace collapsed."""
    html = path.read_text(encoding="utf-8")
    html = re.sub(r"<(style|script)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("\u00a0", " ")


def kvp_case(key: str, **values) -> dict:
    base = {"case_id": key, "municipality": "5001", "office": "NAV Lerkendal", "caseworker": "S1",
            "birth_date": "1990-01-01", "application_date": "2020-01-02", "decision_date": "2020-01-10",
            "decision": "granted", "work_ability_assessment_date": "2020-01-05", "appeal_info": True,
            "planned_end_date": "2021-01-10", "program_start_date": "2020-01-15", "first_activity_date": "2020-01-15",
            "evaluations_planned": 2, "hours_per_week": 37.5}
    return {**base, **values}


def run(tmp_path: Path, records: list[dict], *extra) -> Path:
    src = write_csv(tmp_path / "uttrekk.csv", records)
    out = tmp_path / "out"
    result = invoke("run", src, "--as-of", "2025-12-31", "--out", out, "--no-history", *extra)
    assert result.exit_code in (0, 1), result.output
    return out


def test_the_months_a_programme_may_last_are_named_with_their_unit(tmp_path):
    """kvp.max_duration lists the months in force for the case as a fact: «Frist: 24» beside
    «Grense: frist 15.01.2022» read as a second deadline without a unit."""
    out = run(tmp_path, [kvp_case("K-1", end_date=None), kvp_case("K-2")])
    text = page_text(out / "rapport.html")
    assert "Lengste varighet (måneder): 24" in text and "Frist: 24" not in text
    ws = openpyxl.load_workbook(out / "rapport.xlsx")["Saker"]
    head = {c.value: c.column for c in ws[4] if c.value}
    assert "Frist" not in head
    row = next(r for r in range(5, ws.max_row + 1) if ws.cell(r, 1).value == "kvp.max_duration")
    assert ws.cell(row, head["Lengste varighet (måneder)"]).value == 24  # a number, the unit in the header
    en = tmp_path / "en"
    assert invoke("report", out / "results.json", "--lang", "en", "--out", en).exit_code == 0
    assert "Longest duration (months): 24" in page_text(en / "rapport.html")


def test_unknown_keys_beyond_the_page_limit_say_where_the_rest_are(tmp_path):
    """The page lists the keys a check could not judge up to --html-case-limit; «… og 2 flere»
    left the reader guessing where the other two are (the workbook lists them all)."""
    records = [kvp_case(f"K-{i}", birth_date=None) for i in range(1, 5)]
    out = run(tmp_path, records, "--html-case-limit", "2")
    text = page_text(out / "rapport.html")
    assert "og 2 flere i arbeidsboka (rapport.xlsx)" in text
    ws = openpyxl.load_workbook(out / "rapport.xlsx")["Saker"]
    assert sum(1 for r in range(5, ws.max_row + 1) if ws.cell(r, 1).value == "kvp.age") == 4
    html_only = tmp_path / "html"
    result = invoke("report", out / "results.json", "--format", "html", "--html-case-limit", "2",
                    "--lang", "en", "--out", html_only)
    assert result.exit_code == 0, result.output
    assert "and 2 more in the results file (results.json)" in page_text(html_only / "rapport.html")


def test_the_method_section_gives_parameters_with_their_units(tmp_path):
    """«Mål: minste andel 0,5», «Høyeste alder 67», «Frist 1»: the method section's parameters
    and rule versions were bare numbers, a share as a fraction where the page says «50,0 %»."""
    out = run(tmp_path, [kvp_case("K-1")], "--set", "kvp.start_delay.deviation_days=21")
    text = page_text(out / "rapport.html")
    method = text[text.index("Parametere brukt"):]
    assert "Mål: minste andel target_share 50,0 %" in method
    assert "Høyeste alder max_age 67 år" in method and "Avvik over deviation_days 21 dager" in method
    assert "Frist months 1 måned" in method
    assert "Laveste alder min_age 19 år (til og med 31.12.2018); 18 år (fra 01.01.2019)" in method
    assert re.search(r"Lengste varighet months 01\.01\.2019 – 24 måneder \d", method)
    ws = openpyxl.load_workbook(out / "rapport.xlsx")["Metode"]
    rows = [r for r in ws.iter_rows() if r[0].value == "kvp.outcome_work_education"]
    assert [c.value for c in rows[0][:2]] == ["kvp.outcome_work_education", "Mål: minste andel"]
    share = rows[0][2]
    assert share.value == 0.5 and "%" in share.number_format  # a share stays a number, shown as a percentage
    assert rows[0][4].value == "target_share"  # the name --set takes, after the words
    age = next(r for r in ws.iter_rows() if r[0].value == "kvp.age" and r[1].value == "Høyeste alder")
    assert (age[2].value, age[3].value) == (67, "år")
    months = next(r for r in ws.iter_rows() if r[0].value == "kvp.processing_time" and r[1].value == "Frist")
    assert (months[2].value, months[3].value) == (1, "måned")
    en = tmp_path / "en"
    assert invoke("report", out / "results.json", "--lang", "en", "--out", en).exit_code == 0
    method_en = page_text(en / "rapport.html")
    assert "Target: minimum share target_share 50.0%" in method_en and "max_age 67 years" in method_en


def test_the_review_guide_names_its_strata_in_words_and_explains_the_hidden_sheet(tmp_path):
    """The review workbook's guide said «Strata: office, age_group» (code names) and kept quiet
    about its hidden sheet «nav-audit», which run needs to read the workbook back."""
    records = [kvp_case(f"K-{i}", office=("NAV Lerkendal" if i % 2 else "NAV Heimdal"),
                        birth_date=f"19{60 + i}-03-01") for i in range(1, 13)]
    src = write_csv(tmp_path / "uttrekk.csv", records)
    sample = tmp_path / "utvalg.csv"
    result = invoke("sample", src, "--strata", "office,age_group", "--total", "6", "--seed", "7", "--out", sample)
    assert result.exit_code == 0, result.output
    for lang, strata, hidden in (("nb", "Strata: kontor, aldersgruppe.", "skjult ark, «nav-audit»"),
                                 ("en", "Strata: office, age group.", "hidden sheet, «nav-audit»")):
        book = tmp_path / f"gjennomgang-{lang}.xlsx"
        result = invoke("review-sheet", src, "--sample", sample, "--out", book, "--lang", lang)
        assert result.exit_code == 0, result.output
        wb = openpyxl.load_workbook(book)
        guide = " ".join(str(c.value) for c in wb.worksheets[0]["A"] if c.value)
        assert strata in guide and "age_group" not in guide
        assert hidden in guide and wb["nav-audit"].sheet_state == "hidden"


def test_each_case_row_of_the_workbook_names_its_legal_basis_and_whether_law_or_practice(tmp_path):
    """Filtered by caseworker, the Saker sheet mixes checks: a row must say which law it rests on and
    whether its limit is law or practice without a look at the summary sheet."""
    late = kvp_case("K-9", application_date="2025-09-20", decision_date="2025-10-01", work_ability_assessment_date="2025-09-25",
                    planned_end_date="2026-10-01", program_start_date="2025-12-01", first_activity_date="2025-12-01")
    out = run(tmp_path, [kvp_case("K-1", end_date=None), late])
    ws = openpyxl.load_workbook(out / "rapport.xlsx")["Saker"]
    head = {c.value: c.column for c in ws[4] if c.value}
    assert head["Lovgrunnlag"] > head["Saksbehandler"] and head["Grunnlag"] == head["Lovgrunnlag"] + 1
    rows = {ws.cell(r, 1).value: r for r in range(5, ws.max_row + 1)}
    start, length = rows["kvp.start_delay"], rows["kvp.max_duration"]
    assert ws.cell(start, head["Grunnlag"]).value == "god praksis"
    assert ws.cell(start, head["Lovgrunnlag"]).value.startswith("sosialtjenesteloven §§ 29, 4")
    assert (ws.cell(length, head["Lovgrunnlag"]).value, ws.cell(length, head["Grunnlag"]).value) == \
        ("sosialtjenesteloven § 31", "lovkrav")
    assert ws.print_area.endswith(f"$L${ws.max_row}") or "L" in ws.print_area.split(":")[1]  # printed as before
    en = tmp_path / "en"
    assert invoke("report", out / "results.json", "--lang", "en", "--out", en).exit_code == 0
    ws = openpyxl.load_workbook(en / "rapport.xlsx")["Cases"]
    head = {c.value: c.column for c in ws[4] if c.value}
    row = next(r for r in range(5, ws.max_row + 1) if ws.cell(r, 1).value == "kvp.max_duration")
    assert (ws.cell(row, head["Legal basis"]).value, ws.cell(row, head["Basis"]).value) == \
        ("sosialtjenesteloven § 31", "statutory requirement")


def test_the_headline_accounts_for_every_check(tmp_path):
    """«19 av 21 kontroller med avvik, 0 til vurdering, 0 ikke vurdert.» left two checks unaccounted
    for (one in order, one indicator below target); the terminal's summary line names them."""
    records = [kvp_case(f"K-{i}") for i in range(1, 4)] + [kvp_case("K-9", birth_date="2010-01-01")]
    out = run(tmp_path, records)
    import json

    statuses = [c["status"] for c in json.loads((out / "results.json").read_text(encoding="utf-8"))["checks"]]
    for lang, html in (("nb", out / "rapport.html"), ("en", None)):
        if html is None:
            en = tmp_path / "en"
            assert invoke("report", out / "results.json", "--lang", "en", "--out", en).exit_code == 0
            html = en / "rapport.html"
        text = page_text(html)
        start = text.index("Sammendrag" if lang == "nb" else "Summary", text.index("Metode" if lang == "nb" else "Method"))
        sentence = text[start:].split(".")[0]
        numbers = [int(x) for x in re.findall(r"\d+", sentence)]
        assert numbers[1] == len(statuses) and sum(numbers) - numbers[1] == len(statuses), sentence
        assert ("i orden" if lang == "nb" else "OK") in sentence


def test_the_terminal_does_not_count_a_check_that_judged_no_case_as_in_order(tmp_path):
    """With «Klageadgang» empty in every case the check judged none of them (all unknown); the terminal
    counted it «i orden» while the page counts it apart."""
    src = write_csv(tmp_path / "uttrekk.csv", [kvp_case(f"K-{i}", appeal_info=None) for i in range(1, 4)])
    for lang, words in (("nb", "uten saker å vurdere"), ("en", "with no cases to judge")):
        result = invoke("run", src, "--as-of", "2025-12-31", "--out", tmp_path / lang, "--no-history",
                        "--format", "none", "--lang", lang)
        assert result.exit_code in (0, 1), result.output
        import json

        checks = json.loads((tmp_path / lang / "results.json").read_text(encoding="utf-8"))["checks"]
        appeal = next(c for c in checks if c["id"] == "kvp.appeal_info")
        assert (appeal["status"], appeal["evaluated"], appeal["unknown"]) == ("ok", 0, 3)
        line = next(x for x in result.output.splitlines() if words in x)
        numbers = [int(x) for x in re.findall(r"\d+", line.split(":", 1)[1])]
        assert sum(numbers) == len(checks), line


def test_the_draft_findings_read_in_the_supervisors_parts(tmp_path):
    """The lead promises «krav, funn, vurdering og konklusjon», but each theme was one paragraph
    (2 700 characters for a theme of four checks), in the workbook one cell taller than the
    409 points Excel shows of a row."""
    records = [kvp_case(f"K-{i}", appeal_info=False, work_ability_assessment_date=None,
                        birth_date="1950-01-01" if i % 2 else "1990-01-01") for i in range(1, 9)]
    out = run(tmp_path, records)
    html = (out / "rapport.html").read_text(encoding="utf-8")
    section = html[html.index('id="findings"'):html.index('id="method"')]
    for part in ("Krav", "Funn", "Vurdering", "Konklusjon"):
        assert f"<strong>{part}:</strong>" in section
    ws = openpyxl.load_workbook(out / "rapport.xlsx")["Utkast til funn"]
    texts = [str(c.value) for c in ws["A"] if c.value]
    assert any(x.startswith("Krav: ") for x in texts) and any(x.startswith("Konklusjon: ") for x in texts)
    assert all((ws.row_dimensions[r].height or 15) <= 409 for r in range(1, ws.max_row + 1))
    en = tmp_path / "en"
    assert invoke("report", out / "results.json", "--lang", "en", "--out", en).exit_code == 0
    assert "<strong>Requirement:</strong>" in (en / "rapport.html").read_text(encoding="utf-8")
