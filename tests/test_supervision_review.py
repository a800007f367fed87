"""The review workbook: written, filled programmatically, read back and audited with the export."""

from __future__ import annotations

import csv
import datetime as dt
import json

import openpyxl
import polars as pl
import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.errors import InputError
from audit.inputs import join_tables, load_file, load_inputs
from audit.pipeline import run_audit
from audit.inputs.review import is_review_workbook
from reports.review_workbook import write_review_workbook
from audit.table import LoadedTable
from tests.helpers import check, levels, write_csv

AS_OF = dt.date(2025, 6, 30)
H = {  # workbook headers of the default kvp judgements
    "ground_age": "Begrunnet: alder",
    "ground_work_ability": "Begrunnet: nedsatt arbeids- og inntektsevne",
    "ground_benefits": "Begrunnet: ingen/begrensede ytelser",
    "ground_necessity": "Begrunnet: nødvendig og hensiktsmessig",
    "ground_program": "Begrunnet: tilpasset program",
    "appeal_info": "Opplyst om klageadgang",
    "evaluations_planned": "Antall planlagte evalueringer",
    "kvp_informed_date": "Dato informert om KVP",
}
ALL_YES = {"ground_age": "Ja", "ground_work_ability": "Ja", "ground_benefits": "Ja", "ground_necessity": "Ja",
           "ground_program": "Ja", "appeal_info": "Ja", "evaluations_planned": 2,
           "kvp_informed_date": dt.date(2024, 11, 15)}


def export_rows() -> list[dict]:
    rows = []
    for i in range(1, 13):
        granted = i <= 10
        rows.append({
            "case_id": f"K-{i:02d}", "municipality": "5001", "office": "NAV Lerkendal" if i % 2 else "NAV Heimdal",
            "caseworker": f"S{i % 3}", "first_contact_date": "2024-11-01", "application_date": "2025-01-10",
            "decision_date": "2025-02-01", "decision": "granted" if granted else "refused",
            "program_start_date": "2025-02-10" if granted else None,
        })
    return rows


@pytest.fixture
def export(tmp_path):
    return write_csv(tmp_path / "uttrekk.csv", export_rows())


def make_workbook(tmp_path, export, keys=("K-01", "K-02", "K-03", "K-04", "K-05", "K-06"), name="gjennomgang.xlsx"):
    table = load_inputs([export], "kvp")
    out = tmp_path / name
    write_review_workbook(table, out, cases=[(k, "NAV Lerkendal" if int(k[2:]) % 2 else "NAV Heimdal") for k in keys])
    return out


def fill(path, answers: dict[str, dict], save_as=None):
    """Fill judgement cells by case key and canonical column, as a reviewer would."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Gjennomgang"]
    col = {c.value: c.column for c in ws[1]}
    row = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    for key, values in answers.items():
        for canon, value in values.items():
            header = H.get(canon, canon)
            ws.cell(row[key], col[header]).value = value
    wb.save(save_as or path)
    return save_as or path


def half_filled(tmp_path, export):
    wb = make_workbook(tmp_path, export)
    return fill(wb, {
        "K-01": ALL_YES,
        "K-02": {**ALL_YES, "ground_age": "Nei", "appeal_info": "Nei", "evaluations_planned": 0,
                 "kvp_informed_date": "Ikke dokumentert"},
        "K-03": {**ALL_YES, "ground_work_ability": "Ikke relevant", "evaluations_planned": "Ikke relevant",
                 "kvp_informed_date": "Ikke relevant"},
        "K-04": {"ground_age": "Ja", "Kommentar fra gjennomgangen": "Vedtaket mangler side 2"},
    })


# --------------------------------------------------------------------------- the workbook


def test_workbook_layout_protection_and_validation(tmp_path, export):
    path = make_workbook(tmp_path, export)
    assert is_review_workbook(path) and not is_review_workbook(export)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Veiledning", "Gjennomgang", "nav-audit"]
    assert wb["nav-audit"].sheet_state == "hidden"
    ws = wb["Gjennomgang"]
    headers = [c.value for c in ws[1]]
    assert headers[:2] == ["Saks-id", "Kommune"]
    assert "NAV-kontor" in headers and "Vedtak" in headers and "Utvalgsgruppe" in headers
    assert [h for h in headers if h in H.values()] == list(H.values())
    assert headers[-1] == "Kommentar fra gjennomgangen"
    assert ws.max_row == 7  # header + 6 cases
    col = {h: i + 1 for i, h in enumerate(headers)}
    assert ws.cell(2, 1).value == "K-01" and ws.cell(2, col["Vedtak"]).value == "Innvilget"
    assert ws.cell(2, col["Vedtaksdato"]).value == dt.datetime(2025, 2, 1)
    # facts locked, judgements and comment open; the sheet is protected
    assert ws.protection.sheet
    assert ws.cell(2, col["NAV-kontor"]).protection.locked
    assert not ws.cell(2, col[H["ground_age"]]).protection.locked
    assert not ws.cell(7, col["Kommentar fra gjennomgangen"]).protection.locked
    # dropdowns Ja / Nei / Ikke relevant on the boolean judgements
    letter = openpyxl.utils.get_column_letter(col[H["ground_age"]])
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert lists and all(dv.formula1 == '"Ja,Nei,Ikke relevant"' for dv in lists)
    covered = " ".join(str(dv.sqref) for dv in lists)
    assert f"{letter}2:{letter}7" in covered
    dates = [dv for dv in ws.data_validations.dataValidation if dv.type == "custom" and "Ikke dokumentert" in dv.formula1]
    assert len(dates) == 1
    guide = "\n".join(str(c.value) for c in wb["Veiledning"]["A"] if c.value)
    assert "Ikke relevant" in guide and "nav-audit run" in guide and "ikke gjennomgått" in guide
    assert "Begrunnet: alder" in guide


def test_unknown_sample_key_is_an_error(tmp_path, export):
    table = load_inputs([export], "kvp")
    with pytest.raises(InputError, match="finnes ikke i uttrekket") as e:
        write_review_workbook(table, tmp_path / "x.xlsx", cases=[("K-01", None), ("K-99", None)])
    assert e.value.value == "K-99"
    assert not (tmp_path / "x.xlsx").exists()


# --------------------------------------------------------------------------- round trip


def test_round_trip_full_review_judges_the_grounds(tmp_path, export):
    wb = make_workbook(tmp_path, export)
    answers = {k: dict(ALL_YES) for k in ("K-01", "K-02", "K-03", "K-04", "K-05", "K-06")}
    answers["K-03"]["ground_necessity"] = "Nei"
    answers["K-05"]["ground_necessity"] = "Nei"
    answers["K-06"]["ground_program"] = "Nei"
    fill(wb, answers)
    res = run_audit([export, wb], suite="kvp", as_of=AS_OF, formats=()).results
    necessity = check(res, "kvp.grounds.necessity")
    assert (necessity["evaluated"], necessity["failed"]) == (6, 2)
    assert [c["key"] for c in necessity["cases"]] == ["K-03", "K-05"]
    assert necessity["unknown"] == 4  # granted cases outside the sample: K-07..K-10
    assert necessity["unknown_keys"] == ["K-07", "K-08", "K-09", "K-10"]
    program = check(res, "kvp.grounds.program")
    assert program["failed"] == 1 and program["cases"][0]["key"] == "K-06"
    assert check(res, "kvp.grounds.age")["status"] == "ok"
    review = res["run"]["inputs"][1]["review"]
    assert res["run"]["inputs"][1]["format"] == "review"
    assert (review["cases"], review["complete"], review["partial"], review["not_started"]) == (6, 6, 0, 0)
    # the export's own checks still run on all rows
    assert check(res, "kvp.start_delay")["evaluated"] == 10


def test_half_filled_review_audits_what_was_filled(tmp_path, export):
    wb = half_filled(tmp_path, export)
    res = run_audit([export, wb], suite="kvp", as_of=AS_OF, formats=()).results
    age = check(res, "kvp.grounds.age")
    assert (age["evaluated"], age["failed"], age["unknown"]) == (4, 1, 6)
    assert "K-05" in age["unknown_keys"] and "K-06" in age["unknown_keys"]
    work = check(res, "kvp.grounds.work_ability")  # K-03 "Ikke relevant", K-04 blank: neither passed nor failed
    assert (work["evaluated"], work["failed"], work["unknown"]) == (2, 0, 8)
    appeal = check(res, "kvp.appeal_info")  # applies to all 12 decided
    assert (appeal["evaluated"], appeal["failed"], appeal["unknown"]) == (3, 1, 9)
    evaluation = check(res, "kvp.evaluation_planned")
    assert (evaluation["evaluated"], evaluation["failed"]) == (2, 1)
    # Dates: "Ikke dokumentert" is judged against as_of; everything nobody judged is unknown,
    # not a finding (the export has no kvp_informed_date at all).
    early = check(res, "kvp.early_information")
    assert levels(res, "kvp.early_information")["K-02"] == "deviation"
    assert early["cases"][0]["value"] == (AS_OF - dt.date(2024, 11, 1)).days
    assert (early["evaluated"], early["failed"], early["unknown"]) == (2, 1, 10)
    review = res["run"]["inputs"][1]["review"]
    assert (review["complete"], review["partial"], review["not_started"]) == (3, 1, 2)
    assert review["partial_keys"] == ["K-04"] and review["not_started_keys"] == ["K-05", "K-06"]
    assert review["not_applicable"] == {"ground_work_ability": ["K-03"], "evaluations_planned": ["K-03"],
                                        "kvp_informed_date": ["K-03"]}
    assert res["input_issues"] == []


def test_workbook_alone_is_a_valid_input(tmp_path, export):
    wb = half_filled(tmp_path, export)
    run = run_audit([wb], suite="kvp", as_of=AS_OF, formats=())
    res = run.results
    assert res["dataset"]["rows"] == 6
    age = check(res, "kvp.grounds.age")
    assert (age["evaluated"], age["failed"], age["unknown"]) == (4, 1, 2)
    assert check(res, "kvp.start_delay")["evaluated"] == 6  # facts (decision and start dates) came along
    assert any("2 ikke gjennomgått" in n for n in run.notes)
    assert any("K-05, K-06" in n for n in run.notes)


def test_review_cells_known_only_for_reviewed_rows_keep_an_export_value(tmp_path):
    """A review date nobody judged does not hide a date another input has."""
    rows = export_rows()
    rows[6]["kvp_informed_date"] = "2024-11-05"  # K-07: outside the sample, documented in the export
    rows[4]["kvp_informed_date"] = "2024-11-05"  # K-05: in the sample but not reviewed
    export = write_csv(tmp_path / "u.csv", rows)
    wb = fill(make_workbook(tmp_path, export), {"K-01": ALL_YES})
    res = run_audit([export, wb], suite="kvp", as_of=AS_OF, formats=()).results
    early = check(res, "kvp.early_information")
    assert early["evaluated"] == 3 and early["failed"] == 0  # K-01 (review), K-05 and K-07 (export)


def test_resolve_known_in_join():
    a = LoadedTable("kvp", pl.DataFrame({"case_id": ["A", "B", "C"], "first_contact_date": [dt.date(2025, 1, 1)] * 3,
                                         "__row": [2, 3, 4], "__file": ["a"] * 3}))
    b = LoadedTable("kvp", pl.DataFrame({"case_id": ["A", "B"], "kvp_informed_date": [dt.date(2025, 1, 5), None],
                                         "__known__kvp_informed_date": [True, True], "__row": [2, 3], "__file": ["b"] * 2}))
    from audit.datasets import get_dataset

    t = join_tables([a, b], get_dataset("kvp")).frame.sort("case_id")
    assert "__known__kvp_informed_date" not in t.columns
    assert t["__bad__kvp_informed_date"].to_list() == [False, False, True]  # C: nobody made a statement


def test_export_and_review_disagreeing_stops_the_run(tmp_path):
    rows = export_rows()
    rows[1]["ground_age"] = "ja"
    export = write_csv(tmp_path / "u.csv", rows)
    wb = fill(make_workbook(tmp_path, export), {"K-02": {"ground_age": "Nei"}})
    with pytest.raises(InputError) as e:
        load_inputs([export, wb], "kvp")
    assert "K-02" in str(e.value) and "ground_age" in str(e.value)
    # a yes/no column's values in the reader's words, never Python's True/False
    assert "«ja» i" in str(e.value) and "«nei» i" in str(e.value) and "verdi «nei»" in str(e.value)
    assert "«yes» in" in e.value.render("en") and "True" not in e.value.render("en") + str(e.value)


def test_unreadable_answer_is_an_input_issue(tmp_path, export):
    wb = fill(make_workbook(tmp_path, export), {"K-01": {**ALL_YES, "ground_age": "kanskje"}})
    res = run_audit([export, wb], suite="kvp", as_of=AS_OF, formats=()).results
    assert res["input_issues"] == [{"file": str(wb), "row": 2, "column": "Begrunnet: alder",
                                    "message": res["input_issues"][0]["message"]}]
    assert "kanskje" in res["input_issues"][0]["message"]
    assert "K-01" in check(res, "kvp.grounds.age")["unknown_keys"]


def test_broken_workbooks_are_clear_errors(tmp_path, export):
    wb = make_workbook(tmp_path, export)
    book = openpyxl.load_workbook(wb)
    book["Gjennomgang"].cell(1, 2).value = "Kommunenummer"
    book.save(tmp_path / "renamed.xlsx")
    with pytest.raises(InputError, match="«Kommune» mangler") as e:
        load_file(tmp_path / "renamed.xlsx", "kvp")
    assert e.value.file.endswith("renamed.xlsx") and e.value.row == 1
    with pytest.raises(InputError, match="gjelder datasett «kvp»"):
        load_file(wb, "stonad")


def test_any_mapping_given_for_the_workbook_is_ignored(tmp_path):
    export = tmp_path / "saker.csv"
    export.write_text("Saksnr;Vedtak;Vedtaksdato;Start\nK-01;Innvilget;01.02.2025;10.02.2025\n"
                      "K-02;Innvilget;01.02.2025;10.03.2025\n", encoding="utf-8")
    mapping = tmp_path / "m.yaml"
    mapping.write_text("dataset: kvp\nsheet: Saker\ncolumns: {case_id: Saksnr, decision: Vedtak, "
                       "decision_date: Vedtaksdato, program_start_date: Start}\n"
                       "values: {decision: {Innvilget: granted}}\n", encoding="utf-8")
    runner = CliRunner()
    wb = tmp_path / "g.xlsx"
    r = runner.invoke(main, ["review-sheet", str(export), "-m", str(mapping), "--keys", "K-02", "--out", str(wb),
                             "--judgements", "ground_age,appeal_info"])
    assert r.exit_code == 0, r.output
    assert "1 sak, 2 vurderinger (ground_age, appeal_info)" in r.output
    fill(wb, {"K-02": {"ground_age": "Nei"}})
    out = tmp_path / "ut"
    r = runner.invoke(main, ["run", str(export), str(wb), "-m", str(mapping), "--as-of", "2025-06-30", "--out", str(out),
                             "--format", "none", "--no-history"])
    assert r.exit_code == 0, r.output
    assert "1 sak, 0 ferdig gjennomgått, 1 delvis, 0 ikke gjennomgått" in r.output
    res = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert [c["key"] for c in check(res, "kvp.grounds.age")["cases"]] == ["K-02"]
    assert check(res, "kvp.appeal_info")["unknown_keys"] == ["K-01", "K-02"]


# --------------------------------------------------------------------------- CLI


def test_cli_sample_then_review_sheet(tmp_path, export):
    runner = CliRunner()
    sample = tmp_path / "utvalg.csv"
    r = runner.invoke(main, ["sample", str(export), "--only", "decision=granted", "--strata", "office", "--total", "4",
                             "--seed", "11", "--out", str(sample)])
    assert r.exit_code == 0, r.output
    wb = tmp_path / "g.xlsx"
    r = runner.invoke(main, ["review-sheet", str(export), "--sample", str(sample), "--out", str(wb)])
    assert r.exit_code == 0, r.output
    assert "Skrev" in r.output and "4 saker, 8 vurderinger" in r.output
    book = openpyxl.load_workbook(wb)
    ws = book["Gjennomgang"]
    sampled = [row.split(";")[0] for row in sample.read_text(encoding="utf-8-sig").splitlines()[1:]]
    assert [ws.cell(r_, 1).value for r_ in range(2, 6)] == sampled
    guide = "\n".join(str(c.value) for c in book["Veiledning"]["A"] if c.value)
    assert "frø 11" in guide
    # a filled workbook is never overwritten by accident
    r = runner.invoke(main, ["review-sheet", str(export), "--sample", str(sample), "--out", str(wb)])
    assert r.exit_code == 2 and "--overwrite" in r.output
    r = runner.invoke(main, ["review-sheet", str(export), "--keys", "K-01,K-77", "--out", str(tmp_path / "h.xlsx")])
    assert r.exit_code == 2 and "K-77" in r.output
    r = runner.invoke(main, ["review-sheet", str(export), "--judgements", "bogus", "--out", str(tmp_path / "h.xlsx")])
    assert r.exit_code == 2 and "bogus" in r.output


def test_english_workbook_says_yes_and_no_and_reads_back(tmp_path, export):
    runner = CliRunner()
    wb = tmp_path / "review.xlsx"
    r = runner.invoke(main, ["review-sheet", str(export), "--keys", "K-01,K-02,K-03", "--lang", "en", "--out", str(wb)])
    assert r.exit_code == 0, r.output
    assert "Wrote" in r.output and "3 cases, 8 assessments" in r.output
    book = openpyxl.load_workbook(wb)
    assert book.sheetnames == ["Guide", "Review", "nav-audit"]
    ws = book["Review"]
    headers = [c.value for c in ws[1]]
    assert headers[:2] == ["Case id", "Municipality"] and headers[-1] == "Reviewer's comment"
    assert "Grounds: age" in headers and "Decision" in headers
    col = {h: i + 1 for i, h in enumerate(headers)}
    assert ws.cell(2, col["Decision"]).value == "Granted"
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert lists and all(dv.formula1 == '"Yes,No,Not applicable"' for dv in lists)
    guide = "\n".join(str(c.value) for c in book["Guide"]["A"] if c.value)
    assert "Not applicable" in guide and "Ja" not in guide.split() and "Nei" not in guide.split()
    # the reviewer answers in English; the reader understands it
    ws.cell(2, col["Grounds: age"]).value = "Yes"
    ws.cell(3, col["Grounds: age"]).value = "No"
    ws.cell(4, col["Grounds: age"]).value = "Not applicable"
    ws.cell(3, col["Date informed of the QP"]).value = "Not documented"
    book.save(wb)
    run = run_audit([export, wb], suite="kvp", as_of=AS_OF, formats=())
    age = check(run.results, "kvp.grounds.age")
    assert (age["evaluated"], age["failed"]) == (2, 1) and age["cases"][0]["key"] == "K-02"
    assert run.results["run"]["inputs"][1]["review"]["not_applicable"] == {"ground_age": ["K-03"]}
    assert levels(run.results, "kvp.early_information")["K-02"] == "deviation"


def test_whole_supervision_flow_through_the_cli(tmp_path, export):
    """sample -> review-sheet -> reviewer fills -> run -> findings name the reviewed cases."""
    runner = CliRunner()
    sample, wb, out = tmp_path / "utvalg.xlsx", tmp_path / "g.xlsx", tmp_path / "ut"
    assert runner.invoke(main, ["sample", str(export), "--only", "decision=granted", "--total", "5", "--seed", "3",
                                "--out", str(sample)]).exit_code == 0
    assert runner.invoke(main, ["review-sheet", str(export), "--sample", str(sample), "--out", str(wb)]).exit_code == 0
    book = openpyxl.load_workbook(wb)
    keys = [book["Gjennomgang"].cell(r, 1).value for r in range(2, 7)]
    fill(wb, {k: {**ALL_YES, "ground_benefits": "Nei" if k == keys[0] else "Ja"} for k in keys[:4]})
    r = runner.invoke(main, ["run", str(export), str(wb), "--as-of", "2025-06-30", "--out", str(out), "--format", "none",
                             "--no-history"])
    assert r.exit_code == 0, r.output
    assert f"Ikke gjennomgått: {keys[4]}." in r.output
    r = runner.invoke(main, ["findings", str(out / "results.json")])
    assert r.exit_code == 0
    text = r.output.replace("\xa0", " ")
    assert ("Funnene om «Begrunnelse i vedtaket» bygger på et utvalg: 5 av 10 saker, trukket tilfeldig uten strata "
            "med frø 3. Saker utenfor utvalget er ikke gjennomgått, og funnene sier ikke noe om dem. 1 sak i utvalget "
            "er ennå ikke gjennomgått.") in text
    assert ("I 1 av 4 vurderte saker i utvalget manglet vedtaket en begrunnelse for vilkåret om ingen eller svært "
            "begrensede ytelser til livsopphold.") in text
    assert "kunne ikke vurderes fordi opplysninger manglet" not in text  # the cases outside the sample
    assert "Merknad: Trondheim - Tråante kommune (5001) bør sikre at vedtak om kvalifiseringsprogram begrunner hvert av vilkårene" in text
    assert (f"| Begrunnelse i vedtaket | Vedtaket begrunner vilkåret: ingen eller svært begrensede ytelser "
            f"(`kvp.grounds.benefits`) | {keys[0]} |") in text  # keys only in the appendix
    assert text.count(keys[0]) == 1


def test_cli_review_sheet_names_the_row_of_a_sample_key_not_in_the_export(tmp_path):
    export = tmp_path / "saker.csv"
    export.write_text("case_id;office;decision\nK-1;NAV A;granted\nK-2;NAV A;granted\n", encoding="utf-8")
    sample = tmp_path / "utvalg.csv"
    sample.write_text("case_id;stratum\nK-1;NAV A\nK-9;NAV A\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["review-sheet", str(export), "--sample", str(sample),
                                  "--out", str(tmp_path / "g.xlsx")])
    assert r.exit_code == 2, r.output
    assert "rad 3" in r.output and "«case_id»" in r.output and "«K-9»" in r.output
    assert "1 sak i utvalget finnes ikke i uttrekket" in r.output
    assert not (tmp_path / "g.xlsx").exists()


def test_cli_conflict_between_export_and_review_names_the_headers_the_user_sees(tmp_path):
    # the export says «Begrunnet alder: ja», the reviewer «Nei»: the message named the column
    # «ground_age», a code neither file has; it names the workbook's header (where the row is)
    rows = export_rows()
    rows[1]["ground_age"] = "ja"
    export = tmp_path / "u.csv"
    headers = {"case_id": "Saksnr", "ground_age": "Begrunnet alder"}
    with export.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        cols = list(rows[0].keys()) + ["ground_age"]
        w.writerow([headers.get(c, c) for c in cols])
        for r in rows:
            w.writerow([r.get(c) or "" for c in cols])
    mapping = tmp_path / "m.yaml"
    mapping.write_text("dataset: kvp\ncolumns:\n  case_id: Saksnr\n  ground_age: Begrunnet alder\n", encoding="utf-8")
    wb = tmp_path / "gjennomgang.xlsx"
    r = CliRunner().invoke(main, ["review-sheet", str(export), "-m", str(mapping), "--out", str(wb)])
    assert r.exit_code == 0, r.output
    fill(wb, {"K-02": {"ground_age": "Nei"}})
    r = CliRunner().invoke(main, ["run", str(export), str(wb), "-m", str(mapping), "--as-of", "2025-12-31",
                                  "--out", str(tmp_path / "ut"), "--no-history"])
    assert r.exit_code == 2, r.output
    assert "kolonne «Begrunnet: alder»" in r.output  # the workbook's header, on the workbook's row
    assert "filene er uenige om «Begrunnet alder» / «Begrunnet: alder»" in r.output
    assert "ground_age" not in r.output


def test_cli_unreadable_review_answer_names_the_workbook_s_own_answers(tmp_path, export):
    # a reviewer who typed «kanskje» past the dropdown was told «forventet ja/nei, true/false, yes/no,
    # 1/0 eller x», words the workbook never offers; the message now names the dropdown's answers
    wb = fill(make_workbook(tmp_path, export), {"K-01": {**ALL_YES, "ground_age": "kanskje",
                                                         "kvp_informed_date": "snart", "evaluations_planned": "to"}})
    r = CliRunner().invoke(main, ["run", str(export), str(wb), "--as-of", "2025-12-31", "--out", str(tmp_path / "ut"),
                                  "--no-history", "--strict"])
    assert r.exit_code == 2, r.output
    assert "kolonne «Begrunnet: alder»" in r.output
    assert "ugyldig svar 'kanskje' (velg Ja, Nei eller Ikke relevant)" in r.output
    assert "true/false" not in r.output
    r = CliRunner().invoke(main, ["run", str(export), str(wb), "--as-of", "2025-12-31", "--out", str(tmp_path / "ut"),
                                  "--no-history"])
    assert r.exit_code == 0, r.output
    issues = json.loads((tmp_path / "ut" / "results.json").read_text(encoding="utf-8"))["input_issues"]
    messages = {i["column"]: i["message"] for i in issues}
    assert messages["Dato informert om KVP"] == (
        "ugyldig svar 'snart' (skriv en dato, Ikke dokumentert eller Ikke relevant)")
    assert messages["Antall planlagte evalueringer"] == "ugyldig svar 'to' (skriv et tall, 0 eller mer, eller Ikke relevant)"
