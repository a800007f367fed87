"""Hostile inputs and a hostile environment beyond ``nav-audit run`` (issue 14): formulas in written
tables, outputs that are inputs, existing outputs, limits on settings and JSON files, the user's
environment (read-only or odd --out, odd --history, edited review workbooks), a closed pipe, and the
identity-number detector itself."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import openpyxl
import polars as pl
import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.errors import InputError
from audit.inputs import read_table
from audit.io import neutralise_formula, same_file
from audit.privacy import (
    contains_identity_expr, contains_identity_number, find_identity_numbers, redact, redact_expr,
)
from tests.bad_inputs import deep_json, fnrs, text_file, written_forms, yaml_alias_bomb
from tests.helpers import cli

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data" / "kvp"
FORMULAS = ["=cmd|' /C calc'!A0", '=HYPERLINK("http://x","klikk")', "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]


pytestmark = pytest.mark.usefixtures("fixed_pseudonym_key")


def _cases(path: Path, offices: list[str]) -> Path:
    rows = "".join(f"K{i};{o};granted;2025-01-0{1 + i % 9}\n" for i, o in enumerate(offices))
    return text_file(path, "case_id;office;decision;decision_date\n" + rows)


# --------------------------------------------------------------------------- the detector


def test_detector_forms_spans_and_false_friends():
    n = fnrs(1)[0]
    for form in written_forms(n):
        text = f"Saken ({form}) er sendt."
        (a, b), = find_identity_numbers(text)
        assert text[a:b] == form.removeprefix("K-").removeprefix("NAV ") and redact(text) == text.replace(text[a:b], "•" * 11)
    d_number = f"{int(n[0]) + 4}{n[1:]}"  # D-number: first digit + 4 (check digits differ; found only if valid)
    assert contains_identity_number(d_number) == bool(find_identity_numbers(d_number))
    for ok in ("K-000153", "2025-01-31 12:00", "tlf 22 33 44 55", "konto 1234.56.78903", "P-0123456789abcdef",
               "12345678901", n[:-1] + str((int(n[-1]) + 1) % 10), n + "7"):
        assert not contains_identity_number(ok), ok


def test_detector_in_polars_agrees_with_the_text_form():
    n, low = fnrs(1)[0], fnrs(1, days=range(1, 10))[0]
    values = [*written_forms(n), *written_forms(low), "K-000153", None, "", "12 34 56 78 90 12", f"{n} og {low}"]
    frame = pl.DataFrame({"v": values})
    got = frame.select(contains_identity_expr(pl.col("v"), zero_dropped=True).alias("m"))["m"].to_list()
    assert got == [contains_identity_number(v) if v else False for v in values]
    red = frame.select(redact_expr(pl.col("v")))["v"].to_list()
    assert all(r is None or not contains_identity_number(r) for r in red) and red[len(values) - 5] == "K-000153"


# --------------------------------------------------------------------------- formulas


def test_sample_csv_and_xlsx_neutralise_formulas(tmp_path):
    src = _cases(tmp_path / "k.csv", FORMULAS * 3)
    r = cli("sample", src, "--total", "21", "--strata", "office", "--seed", "1", "--out", tmp_path / "u.csv")
    assert r.exit_code == 0, r.output
    lines = (tmp_path / "u.csv").read_text(encoding="utf-8-sig").splitlines()
    cells = [c.strip('"') for line in lines for c in line.split(";")]
    assert not any(c.startswith(("=", "+", "@", "\t")) for c in cells), cells
    assert any(c.startswith("'=cmd") for c in cells) and any(c.startswith("'=HYPERLINK") for c in cells)
    r = cli("sample", src, "--total", "21", "--strata", "office", "--seed", "1", "--out", tmp_path / "x" / "u.xlsx")
    assert r.exit_code == 0, r.output
    ws = openpyxl.load_workbook(tmp_path / "x" / "u.xlsx").active
    formula_cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value[:1] in "=+-@"]
    assert formula_cells and all(c.data_type == "s" and c.quotePrefix for c in formula_cells)


def test_neutralise_keeps_numbers_and_plain_text():
    assert [neutralise_formula(v) for v in ("-500", "+47", "3.5", "NAV A", None, "-", "=1")] == \
        ["-500", "+47", "3.5", "NAV A", None, "'-", "'=1"]


# --------------------------------------------------------------------------- outputs that are inputs


def test_no_command_writes_over_an_input(tmp_path):
    src = _cases(tmp_path / "k.csv", ["NAV A", "NAV B"])
    before = src.read_bytes()
    out = tmp_path / "ut"
    out.mkdir()
    os.link(src, out / "rapport.html")  # a hard link
    (out / "results.json").symlink_to(src)  # a symlink
    (tmp_path / "lenke.xlsx").symlink_to(src)
    for args in (("run", src, "--out", out, "--overwrite", "--no-history"),
                 ("sample", src, "--total", "1", "--out", src, "--overwrite"),
                 ("sample", src, "--total", "1", "--out", out / "rapport.html", "--overwrite"),
                 ("review-sheet", src, "--keys", "K0", "--out", tmp_path / "lenke.xlsx", "--overwrite")):
        r = cli(*args)
        assert r.exit_code == 2, (args[0], r.output)
    assert not (tmp_path / "k.xlsx").exists()
    link = tmp_path / "lenke.csv"
    link.symlink_to(src)
    r = cli("pseudonymise", src, link, "-c", "office", "--overwrite")
    assert r.exit_code == 2 and "innfilen" in r.output
    assert src.read_bytes() == before and same_file(src, out / "rapport.html")


def test_review_sheet_never_replaces_its_sample(tmp_path):
    src = _cases(tmp_path / "k.csv", ["NAV A", "NAV B"])
    wb = tmp_path / "utvalg.xlsx"
    assert cli("sample", src, "--total", "2", "--out", wb).exit_code == 0
    before = wb.read_bytes()
    r = cli("review-sheet", src, "--sample", wb, "--out", wb, "--overwrite")
    assert r.exit_code == 2 and wb.read_bytes() == before


def test_results_json_is_never_replaced_by_report_findings_or_compare(tmp_path):
    src = _cases(tmp_path / "k.csv", ["NAV A", "NAV B"])
    out = tmp_path / "ut"
    assert cli("run", src, "--out", out, "--no-history", "--format", "none", "--as-of", "2025-12-31").exit_code == 0
    res = out / "results.json"
    before = res.read_bytes()
    (out / "sammenligning.json").symlink_to(res)
    for args in (("findings", res, "--out", res.with_suffix(".md"), "--out", res, "--overwrite"),
                 ("compare", res, "--out", out, "--overwrite", "--format", "json")):
        r = cli(*args)
        assert r.exit_code == 2 and "innfilen" in r.output, r.output
    assert res.read_bytes() == before


def test_existing_outputs_need_overwrite(tmp_path):
    src = _cases(tmp_path / "k.csv", ["NAV A", "NAV B"])
    out = tmp_path / "ut"
    assert cli("run", src, "--out", out, "--no-history", "--as-of", "2025-12-31").exit_code == 0
    res = out / "results.json"
    for args in (("report", res), ("findings", res, "--out", tmp_path / "f.md"),
                 ("compare", res, "--out", tmp_path / "cmp")):
        first = cli(*args)
        if args[0] != "report":
            assert first.exit_code == 0, first.output
        again = cli(*args)
        assert again.exit_code == 2 and "--overwrite" in again.output, again.output
        assert cli(*args, "--overwrite").exit_code == 0
    existing = text_file(tmp_path / "finnes.csv", "x\n")
    r = cli("pseudonymise", src, existing, "-c", "office")
    assert r.exit_code == 2 and existing.read_text() == "x\n"


# --------------------------------------------------------------------------- limits on settings files and JSON


def test_key_file_from_dev_zero_is_refused_at_once(tmp_path):
    src = _cases(tmp_path / "k.csv", ["NAV A"])
    r = cli("pseudonymise", src, tmp_path / "o.csv", "-c", "office", "--key-file", "/dev/zero")
    assert r.exit_code == 2 and "/dev/zero" in r.output and not (tmp_path / "o.csv").exists()
    big = tmp_path / "stor.key"
    big.write_bytes(b"a" * 100_000)
    r = cli("pseudonymise", src, tmp_path / "o.csv", "-c", "office", "--key-file", big)
    assert r.exit_code == 2 and "for stor" in r.output


def test_schedule_file_with_an_alias_bomb(tmp_path):
    bomb = text_file(tmp_path / "arshjul.yaml", "aktiviteter:\n" + yaml_alias_bomb("  "))
    for args in (("schedule", "show", "-f", bomb), ("schedule", "due", "-f", bomb), ("schedule", "ics", "-f", bomb,
                                                                                      "--out", "-")):
        r = cli(*args)
        assert r.exit_code == 2 and "arshjul.yaml" in r.output and "YAML-aliaser" in r.output, r.output


def test_deeply_nested_or_odd_results_json(tmp_path):
    deep = deep_json(tmp_path / "dyp.json")
    for args in (("report", deep, "--out", tmp_path / "r"), ("findings", deep), ("compare", deep, "--out", tmp_path / "c")):
        r = cli(*args)
        assert r.exit_code == 2 and "dyp.json" in r.output, r.output
    r = cli("report", "/dev/zero", "--out", tmp_path / "r")
    assert r.exit_code == 2 and "vanlig fil" in r.output


# --------------------------------------------------------------------------- the user's environment


def test_symlink_loop_and_device_as_out(tmp_path):
    src = _cases(tmp_path / "k.csv", ["NAV A"])
    loop = tmp_path / "ring"
    loop.symlink_to(loop)
    for out in (loop, loop / "under", Path("/dev/full")):
        r = cli("run", src, "--out", out, "--no-history", "--as-of", "2025-12-31")
        assert r.exit_code == 2 and str(out) in r.output and "annen kjøring" not in r.output, r.output


def test_history_on_a_device_or_a_folder(tmp_path):
    src = _cases(tmp_path / "k.csv", ["NAV A"])
    for history in ("/dev/full", str(tmp_path)):
        r = cli("run", src, "--out", tmp_path / "ut", "--history", history, "--as-of", "2025-12-31")
        assert r.exit_code == 2 and history in r.output, r.output
        assert not (tmp_path / "ut" / "results.json").exists()


def test_review_workbook_with_an_edited_hidden_sheet(tmp_path):
    src = text_file(tmp_path / "k.csv", (SAMPLE / "kvp_saker.csv").read_text(encoding="utf-8-sig"))
    mapping = SAMPLE / "kvp_mapping.yaml"
    wb_path = tmp_path / "gjennomgang.xlsx"
    assert cli("review-sheet", src, "-m", mapping, "--keys", "K-000153,K-000173", "--out", wb_path).exit_code == 0
    wb = openpyxl.load_workbook(wb_path)
    meta = wb["nav-audit"]
    start = next(r for r in range(1, meta.max_row + 1) if meta.cell(r, 1).value == "columns")
    meta.cell(start + 2, 1).value = "ikke_en_kolonne"  # a canonical name edited by hand
    meta.cell(start + 3, 3).value = None
    wb.save(wb_path)
    r = cli("run", src, wb_path, "-m", mapping, "--out", tmp_path / "ut", "--no-history")
    assert r.exit_code == 2 and "gjennomgang.xlsx" in r.output, r.output


def test_a_closed_pipe_ends_quietly(tmp_path, monkeypatch):
    import click

    def closed(*_a, **_k):
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(click, "echo", closed)
    r = CliRunner().invoke(main, ["checks"])
    assert r.exit_code == 0 and "Intern feil" not in r.output
    assert r.exception is None or isinstance(r.exception, SystemExit)


def test_a_csv_of_many_columns_and_a_long_header_is_read(tmp_path):
    n = 12_000
    path = text_file(tmp_path / "bred.csv", "case_id;" + ";".join(f"kolonne_{i:06d}" for i in range(n)) + "\nK1;"
                     + ";".join(str(i % 7) for i in range(n)) + "\n")
    raw = read_table(path)
    assert len(raw.headers) == n + 1 and raw.frame.height == 1 and raw.details["delimiter"] == ";"


def test_xlsx_zip_directory_is_checked_before_decompressing(tmp_path):
    """The compression ratio comes from the zip directory: a bomb is refused without inflating it."""
    from tests.bad_inputs import zip_bomb_xlsx

    path = zip_bomb_xlsx(tmp_path, megabytes=4)
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
        assert info.file_size > 200 * info.compress_size
    with pytest.raises(InputError, match="zip-bombe"):
        read_table(path)


def test_review_workbook_and_pseudonymised_copies_neutralise_formulas(tmp_path):
    src = _cases(tmp_path / "k.csv", FORMULAS)
    r = cli("review-sheet", src, "--keys", ",".join(f"K{i}" for i in range(len(FORMULAS))), "--out", tmp_path / "g.xlsx")
    assert r.exit_code == 0, r.output
    cells = [c for row in openpyxl.load_workbook(tmp_path / "g.xlsx")["Gjennomgang"].iter_rows() for c in row
             if isinstance(c.value, str) and c.value[:1] in "=+-@\t\r"]
    assert len(cells) >= 5 and all(c.data_type == "s" and c.quotePrefix for c in cells)
    r = cli("pseudonymise", src, tmp_path / "p.csv", "-c", "case_id")
    assert r.exit_code == 0, r.output
    text = (tmp_path / "p.csv").read_text(encoding="utf-8")
    assert "'=cmd" in text and "\n=" not in text and ";=" not in text and ";@" not in text and ";+1+1" not in text
    xlsx_src = tmp_path / "k.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["case_id", "office"])
    for i, f in enumerate(FORMULAS):
        wb.active.append([f"K{i}", f])
    wb.save(xlsx_src)
    assert cli("pseudonymise", xlsx_src, tmp_path / "p.xlsx", "-c", "case_id").exit_code == 0
    cells = [c for row in openpyxl.load_workbook(tmp_path / "p.xlsx").active.iter_rows() for c in row
             if isinstance(c.value, str) and c.value[:1] in "=+-@"]
    assert len(cells) >= 3 and all(c.data_type == "s" and c.quotePrefix for c in cells)  # "=…" cells were formulas
