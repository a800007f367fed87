"""nav-audit grounds end to end: letters -> grounds.csv -> run and review-sheet; privacy; the generator and benchmark."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from audit.cli import main
from sample_data.letters import HELDOUT_BANK, generate, labels_csv, write_letter
from sample_data.letters.pdf import pdf_bytes

FNR = "01010012356"  # synthetic, valid check digits


def _rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=";"))


@pytest.fixture
def letters(tmp_path) -> tuple[Path, list]:
    folder = tmp_path / "brev"
    folder.mkdir()
    made = generate(9, seed=11, bank="dev")
    for i, x in enumerate(made):
        write_letter(x, folder, ("txt", "docx", "pdf")[i % 3])
    return folder, made


def _grounds(runner, *args):
    return runner.invoke(main, ["grounds", *map(str, args)])


def test_grounds_writes_the_table_with_evidence_and_no_letter_text(tmp_path, letters):
    folder, made = letters
    out = tmp_path / "grounds.csv"
    result = _grounds(CliRunner(), folder, "--out", out)
    assert result.exit_code == 0, result.output
    assert "Leste 9 brev: 9 vurdert" in result.output and "førsteutkast" in result.output
    rows = _rows(out)
    assert [r["case_id"] for r in rows] == [x.key for x in made]
    assert list(rows[0])[:6] == ["case_id", "ground_age", "ground_work_ability", "ground_benefits",
                                 "ground_necessity", "ground_program"]
    truth = {x.key: x.labels for x in made}
    for r in rows:
        for c, v in truth[r["case_id"]].items():
            assert r[c] == v  # the dev bank is what the vocabulary was developed on
            assert r[c + "_evidence"]
    text = out.read_text(encoding="utf-8-sig")
    for x in made:  # evidence names paragraphs and vocabulary terms, never the letter's sentences
        for p in x.paragraphs:
            if len(p) > 40:
                assert p not in text and p[:40] not in text


def test_grounds_refuses_existing_out_and_other_suffixes(tmp_path, letters):
    folder, _ = letters
    out = tmp_path / "grounds.csv"
    out.write_text("keep", encoding="utf-8")
    runner = CliRunner()
    r = _grounds(runner, folder, "--out", out)
    assert r.exit_code == 2 and "finnes allerede" in r.output and out.read_text(encoding="utf-8") == "keep"
    assert _grounds(runner, folder, "--out", out, "--overwrite").exit_code == 0
    assert _rows(out)
    r = _grounds(runner, folder, "--out", tmp_path / "grounds.xlsx")
    assert r.exit_code == 2
    r = _grounds(runner, tmp_path / "missing", "--out", tmp_path / "x.csv")
    assert r.exit_code == 2 and not (tmp_path / "x.csv").exists()
    r = _grounds(runner, folder, "--out", tmp_path / "y.csv", "--key-pattern", "(")
    assert r.exit_code == 2 and "--key-pattern" in r.output


def test_identity_numbers_are_counted_never_shown(tmp_path):
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "K-1.txt").write_text(f"Saksnr.: K-1\n\nFødselsnummer: {FNR}\n\nDu er 34 år gammel.\n", encoding="utf-8")
    (folder / f"{FNR}.txt").write_text("Du er 40 år gammel.\n", encoding="utf-8")  # the key would be the number
    out = tmp_path / "grounds.csv"
    r = _grounds(CliRunner(), folder, "--out", out)
    assert r.exit_code == 0, r.output
    assert FNR not in r.output and "010100" not in r.output
    assert "K-1.txt inneholder 1 fødselsnummer" in r.output
    assert "ser ut som et fødselsnummer" in r.output and "hoppet over" in r.output
    rows = _rows(out)
    assert [r["case_id"] for r in rows] == ["K-1"]  # still classified; the other letter has no row
    assert rows[0]["ground_age"] == "ja" and rows[0]["identity_numbers"] == "1"
    assert FNR not in out.read_text(encoding="utf-8-sig")


def test_unreadable_letter_gets_empty_values_and_duplicate_keys_stop(tmp_path):
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "K-2.pdf").write_bytes(pdf_bytes([]))
    (folder / "K-3.txt").write_text("Du er 50 år gammel.", encoding="utf-8")
    out = tmp_path / "grounds.csv"
    r = _grounds(CliRunner(), folder, "--out", out, "--lang", "en")
    assert r.exit_code == 0 and "no text layer" in r.output
    row = {x["case_id"]: x for x in _rows(out)}["K-2"]
    assert [row[c] for c in ("ground_age", "ground_program")] == ["", ""]
    assert row["ground_age_evidence"] == "the letter could not be read"
    (folder / "K-3b.txt").write_text("Saksnr.: K-3\n\nDu er 51 år.", encoding="utf-8")
    r = _grounds(CliRunner(), folder, "--out", tmp_path / "again.csv")
    assert r.exit_code == 2 and "samme saksnøkkel" in r.output and not (tmp_path / "again.csv").exists()


def _export(tmp_path: Path, keys: list[str]) -> Path:
    path = tmp_path / "uttrekk.csv"
    lines = ["case_id;decision;decision_date"] + [f"{k};granted;2025-03-{i + 1:02d}" for i, k in enumerate(keys)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_grounds_table_feeds_run_on_case_id(tmp_path, letters):
    folder, made = letters
    runner = CliRunner()
    grounds = tmp_path / "grounds.csv"
    assert _grounds(runner, folder, "--out", grounds).exit_code == 0
    export = _export(tmp_path, [x.key for x in made])
    r = runner.invoke(main, ["run", str(export), str(grounds), "--as-of", "2025-12-31", "--out", str(tmp_path / "ut"),
                             "--format", "none"])
    assert r.exit_code == 0, r.output
    doc = json.loads((tmp_path / "ut" / "results.json").read_text(encoding="utf-8"))
    checks = {c["id"]: c for c in doc["checks"]}
    for crit in ("age", "work_ability", "benefits", "necessity", "program"):
        c = checks[f"kvp.grounds.{crit}"]
        expected = sorted(x.key for x in made if x.labels[f"ground_{crit}"] == "nei")
        assert c["evaluated"] == len(made)
        assert sorted(case["key"] for case in c["cases"]) == expected


def test_review_sheet_suggestions_are_locked_beside_empty_judgements(tmp_path, letters):
    folder, made = letters
    runner = CliRunner()
    grounds = tmp_path / "grounds.csv"
    assert _grounds(runner, folder, "--out", grounds).exit_code == 0
    export = _export(tmp_path, [x.key for x in made])
    book = tmp_path / "gjennomgang.xlsx"
    r = runner.invoke(main, ["review-sheet", str(export), "--suggestions", str(grounds), "--out", str(book),
                             "--keys", ",".join(x.key for x in made[:-1])])
    assert r.exit_code == 0, r.output
    assert f"1 sak i forslagsfilen finnes ikke i arbeidsboka: «{made[-1].key}»" in r.output
    made = made[:-1]
    wb = openpyxl.load_workbook(book)
    ws = wb["Gjennomgang"]
    headers = [c.value for c in ws[1]]
    i_sug = headers.index("Forslag: Begrunnet: alder")
    assert headers[i_sug + 1] == "Begrunnet: alder"
    by_key = {ws.cell(row=i, column=1).value: i for i in range(2, ws.max_row + 1)}
    for x in made:
        row = by_key[x.key]
        sug = ws.cell(row=row, column=i_sug + 1)
        assert sug.value == {"ja": "Ja", "nei": "Nei"}[x.labels["ground_age"]]
        assert sug.comment is not None and "avsnitt" in sug.comment.text or x.kinds["age"] == "absent"
        assert sug.protection.locked
        assert ws.cell(row=row, column=i_sug + 2).value is None  # the reviewer's cell stays empty
    assert "Forslag" in " ".join(str(c.value) for c in wb["Veiledning"]["A"] if c.value)
    # read back: suggestions are not judgements, so the grounds checks stay unknown
    r = runner.invoke(main, ["run", str(export), str(book), "--as-of", "2025-12-31", "--out", str(tmp_path / "ut"),
                             "--format", "none"])
    assert r.exit_code == 0, r.output
    doc = json.loads((tmp_path / "ut" / "results.json").read_text(encoding="utf-8"))
    age = next(c for c in doc["checks"] if c["id"] == "kvp.grounds.age")
    assert age["failed"] == 0 and age["unknown"] == len(made) + 1  # + the case left out of the workbook


def test_generator_is_seeded_bilingual_and_labelled():
    a = generate(60, seed=3, bank="tuning12")
    assert [x.paragraphs for x in a] == [x.paragraphs for x in generate(60, seed=3, bank="tuning12")]
    assert [x.paragraphs for x in a] != [x.paragraphs for x in generate(60, seed=3, bank="dev")]
    assert {x.lang for x in a} == {"nb", "nn"} and {x.structure for x in a} == {"sections", "prose", "compact"}
    kinds = {k for x in a for k in x.kinds.values()}
    assert kinds == {"grounds", "named", "quoted", "negated", "absent"}
    assert all((x.labels[f"ground_{c}"] == "ja") == (k == "grounds") for x in a for c, k in x.kinds.items())
    assert labels_csv(a).splitlines()[0].startswith("case_id;ground_age;")


def test_benchmark_prints_precision_and_recall_per_criterion(capsys):
    from benchmarks.grounds import main as bench

    assert bench(["--n", "30", "--seed", "5"]) == 0
    out = capsys.readouterr().out
    assert "grounds benchmark (learned)" in out  # what the command decides with by default
    assert f"bank «{HELDOUT_BANK}»" in out and "precision" in out and "recall" in out
    for c in ("ground_age", "ground_work_ability", "ground_benefits", "ground_necessity", "ground_program"):
        assert sum(line.startswith(c) for line in out.splitlines()) == 3  # all, nb, nn
    assert bench(["--n", "6", "--seed", "5", "--bank", "dev", "--method", "rule"]) == 0
    assert "grounds benchmark (rule)" in capsys.readouterr().out


def test_sample_letters_are_byte_identical_when_made_again(tmp_path, monkeypatch):
    # python -m sample_data.letters twice, a day apart by the clock: .docx zip entries and core
    # properties must not carry the time of writing
    import time

    from sample_data.letters.__main__ import main as make_letters

    made = {}
    for name, clock in (("a", 1_700_000_000.0), ("b", 1_700_086_401.0)):
        monkeypatch.setattr(time, "time", lambda clock=clock: clock)
        assert make_letters(["--n", "6", "--seed", "4", "--out", str(tmp_path / name)]) == 0
        made[name] = {p.name: p.read_bytes() for p in sorted((tmp_path / name).iterdir())}
    assert sorted(made["a"]) == sorted(made["b"]) and any(n.endswith(".docx") for n in made["a"])
    assert made["a"] == made["b"]


def test_committed_sample_letters_are_what_the_generator_makes(tmp_path):
    from sample_data.letters.__main__ import main as make_letters

    sample = Path(__file__).resolve().parents[1] / "sample_data" / "letters" / "sample"
    assert make_letters(["--bank", "tuning11", "--n", "24", "--seed", "2019", "--kvp-keys", "--out", str(tmp_path)]) == 0
    committed = {p.name: p.read_bytes() for p in sorted(sample.iterdir())}
    assert committed == {p.name: p.read_bytes() for p in sorted(tmp_path.iterdir())}
