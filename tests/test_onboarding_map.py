"""`nav-audit map`: proposals for exports it has never seen, measured; `map --check`."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.onboarding.inspect import bool_word, normalise
from audit.onboarding.names import names_for
from audit.onboarding.seams import load_mapping
from audit.onboarding.suggest import propose
from tests.bad_inputs import fnrs
from tests.onboarding_exports import SETS, HeaderSet

NATIVE_DATES = ("%Y-%m-%d", "%d.%m.%Y")


def _predicted_value(prop, canon: str, word: str):
    vm = prop.values.get(canon)
    if vm is None:
        return None
    if word in vm.entries:
        return vm.entries[word]
    if word in vm.native:
        return bool_word(word) if prop.dataset.column(canon).type == "boolean" else word.strip().lower()
    return None


def measure(hs: HeaderSet, folder: Path) -> dict:
    prop = propose(hs.write(folder), None)
    predicted = {m.header: c for c, m in prop.matches.items()}
    truth = hs.truth_columns()
    columns_right = sum(predicted.get(h) == c for h, c in truth.items())
    values_right = values_total = 0
    for canon, words in hs.truth_values().items():
        header_right = predicted.get(hs.headers[canon]) == canon
        for word, value in words.items():
            values_total += 1
            values_right += header_right and _predicted_value(prop, canon, word) == value
    return {"set": hs.name, "dataset": prop.dataset.name, "columns": (columns_right, len(truth)),
            "values": (values_right, values_total), "date_format": prop.date_format, "proposal": prop}


@pytest.fixture(scope="module")
def measured(tmp_path_factory):
    folder = tmp_path_factory.mktemp("exports")
    return [measure(hs, folder) for hs in SETS]


def test_test_headers_are_not_in_the_table_verbatim():
    for hs in SETS:
        table = {p for n in names_for(hs.dataset).values() for p in n.phrases}
        verbatim = [h for h in hs.headers.values() if h in table]
        assert verbatim == [], (hs.name, verbatim)


def test_share_of_columns_and_values_mapped_right(measured, capsys):
    cols = [m["columns"] for m in measured]
    vals = [m["values"] for m in measured]
    col_share = sum(a for a, _ in cols) / sum(b for _, b in cols)
    val_share = sum(a for a, _ in vals) / sum(b for _, b in vals)
    with capsys.disabled():
        for m in measured:
            print(f"\n  map {m['set']:<24} columns {m['columns'][0]}/{m['columns'][1]}  values {m['values'][0]}/{m['values'][1]}")
        print(f"  map overall: columns {col_share:.1%}, values {val_share:.1%}")
    assert col_share >= 0.95 and val_share >= 0.95
    for m in measured:
        assert m["columns"][0] / m["columns"][1] >= 0.85, m["set"]


def test_dataset_and_date_format_are_recognised(measured):
    for hs, m in zip(SETS, measured):
        assert m["dataset"] == hs.dataset, hs.name
        expected = None if hs.date_format in NATIVE_DATES else hs.date_format
        assert m["date_format"] == expected, hs.name


def test_headers_that_match_nothing_are_left_out(measured):
    for hs, m in zip(SETS, measured):
        used = {x.header for x in m["proposal"].matches.values()}
        assert not used & set(hs.noise), hs.name


def test_draft_is_a_mapping_run_reads_and_run_accepts_it(tmp_path):
    hs = next(s for s in SETS if s.name == "kvp_english")
    export = hs.write(tmp_path)
    draft = tmp_path / "draft.yaml"
    r = CliRunner().invoke(main, ["map", str(export), "--out", str(draft)])
    assert r.exit_code == 0, r.output
    assert "Kontroller som kan kjøres: 21 av 21" in r.output
    m = load_mapping(draft)
    assert m.dataset == "kvp" and m.date_format == "%d/%m/%Y"
    assert m.columns["decision_date"] == "Decision made on"
    assert m.values["decision"] == {"Rejected": "refused"}  # «Granted» is read as granted without an entry
    again = CliRunner().invoke(main, ["map", str(export), "--out", str(draft)])
    assert again.exit_code == 2 and "--overwrite" in again.output
    out = tmp_path / "run"
    r = CliRunner().invoke(main, ["run", str(export), "--mapping", str(draft), "--as-of", "2025-12-31", "--out", str(out),
                                  "--no-history", "--format", "none"])
    assert r.exit_code == 0, r.output
    results = json.loads((out / "results.json").read_text())
    assert results["input_issues"] == []
    assert all(c["status"] != "not_evaluated" for c in results["checks"])


def test_draft_goes_to_stdout_and_the_summary_to_stderr(tmp_path):
    export = next(s for s in SETS if s.name == "kvp_kostra_wording").write(tmp_path)
    r = CliRunner().invoke(main, ["map", str(export)])
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("# ") and "dataset: kvp" in r.stdout and "date_format: \"%d%m%Y\"" in r.stdout
    assert "Kontroller som kan kjøres" not in r.stdout
    assert "Kontroller som kan kjøres" in r.stderr and "kan ikke kjøres, mangler" in r.stderr
    assert "kvp.grounds.age" in r.stderr  # no ground_* columns in a KOSTRA-worded export


def _with_identity_numbers(folder: Path) -> tuple[Path, list[str]]:
    numbers = fnrs(30, seed=7)
    path = folder / "with_fnr.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["Saksnr", "Fødselsnummer", "Vedtaksdato", "Vedtak", "Notat"])
        for i, n in enumerate(numbers):
            w.writerow([f"K-{i}", n, "03.02.2025", n if i % 10 == 0 else "Innvilget", f"ringt {n[:6]} {n[6:]}"])
    return path, numbers


def test_identity_numbers_are_never_echoed_and_are_listed_for_pseudonymising(tmp_path):
    path, numbers = _with_identity_numbers(tmp_path)
    r = CliRunner().invoke(main, ["map", str(path)])
    assert r.exit_code == 0, r.output
    text = r.stdout + r.stderr
    for n in numbers:
        assert n not in text and f"{n[:6]} {n[6:]}" not in text
    m = load_mapping_text(tmp_path, r.stdout)
    assert m.pseudonymise == ["Fødselsnummer"]
    chk = CliRunner().invoke(main, ["map", str(path), "--check", str(tmp_path / "draft.yaml")])
    for n in numbers:
        assert n not in chk.output


def load_mapping_text(folder: Path, text: str):
    p = folder / "draft.yaml"
    p.write_text(text, encoding="utf-8")
    return load_mapping(p)


def test_check_reports_missing_headers_unknown_values_and_blocked_checks(tmp_path):
    hs = next(s for s in SETS if s.name == "kvp_extra_words")
    export = hs.write(tmp_path)
    mapping = tmp_path / "m.yaml"
    mapping.write_text(
        "dataset: kvp\ncolumns:\n  case_id: SAKSNUMMER (pseudonymisert)\n  decision: Vedtak (innvilget/avslag)\n"
        "  decision_date: Dato for vedtaket\n  status: Finnes ikke\nvalues:\n  decision: {INNVILGET: granted}\n",
        encoding="utf-8")
    r = CliRunner().invoke(main, ["map", str(export), "--check", str(mapping)])
    assert r.exit_code == 2, r.output
    assert "«status» er knyttet til overskriften «Finnes ikke»" in r.output
    assert "«AVSLAG»" in r.output  # a value the mapping does not know
    assert "kvp.start_delay" in r.output and "program_start_date" in r.output  # not evaluated, for lack of a column
    assert "«Dato programstart (iverksatt)» kan være program_start_date" in r.output
    assert "«nav-audit run» vil stoppe" in r.output


def test_check_passes_a_good_mapping(tmp_path):
    hs = next(s for s in SETS if s.name == "stonad_english")
    export = hs.write(tmp_path)
    draft = tmp_path / "d.yaml"
    assert CliRunner().invoke(main, ["map", str(export), "--out", str(draft)]).exit_code == 0
    r = CliRunner().invoke(main, ["map", str(export), "--check", str(draft)])
    assert r.exit_code == 0, r.output
    assert "Alle verdier i de knyttede kolonnene kan leses." in r.output
    assert "Mappingen kan brukes" in r.output


def test_kostra_file_needs_no_mapping(tmp_path):
    from audit.onboarding.demo import sample_bytes

    dat = tmp_path / "k.dat"
    dat.write_bytes(sample_bytes("kostra", "kvp_11cf_2025.dat"))
    r = CliRunner().invoke(main, ["map", str(dat)])
    assert r.exit_code == 2 and "KOSTRA" in r.output


def test_value_words_in_both_languages_and_codes():
    from audit.onboarding.match import value_for

    cats = ("granted", "partly", "refused")
    assert value_for("decision", "Delvis innvilget", cats)[0] == "partly"
    assert value_for("decision", "Ikke innvilget", cats)[0] == "refused"
    assert value_for("decision", "Approved", cats)[0] == "granted"
    st = tuple("1234567")
    assert value_for("status", "03", st)[0] == "3"
    assert value_for("status", "Program ble avbrutt på grunn av flytting til annen kommune", st)[0] == "5"
    assert value_for("status", "Kun for Oslos bydeler: Flyttet til annen bydel før programperioden var over", st)[0] == "6"
    out = ("work", "work_subsidised", "education", "aap", "disability", "social_assistance", "other", "unknown")
    assert value_for("outcome", "11", out)[0] == "work_subsidised"
    assert value_for("outcome", "Ordinært arbeid (heltid/deltid) med midlertidig lønnstilskudd", out)[0] == "work_subsidised"
    assert value_for("outcome", "Reiste til Spania", out)[0] is None
    assert value_for("outcome", "Noe annet", out)[0] == "other"
    assert normalise("VEDTAK_DATO") == "vedtak dato" and normalise("DecisionDate") == "decision date"


def test_interactive_asks_about_uncertain_columns_only(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("Saksnr;Vedtaksdato;Dato 2;Utfallet\nK-1;03.02.2025;05.02.2025;Innvilget\n"
                    "K-2;04.02.2025;06.02.2025;Avslag\n", encoding="utf-8")
    prop = propose(path, "kvp")
    uncertain = [c for c, m in prop.matches.items() if m.confidence != "high"]
    assert uncertain  # «Utfallet» is a guess
    answers = "\n".join("nei" if c == "decision" else "ja" for c in sorted(uncertain, key=lambda c: prop.matches[c].score))
    r = CliRunner().invoke(main, ["map", str(path), "--suite", "kvp", "--interactive"], input=answers + "\n")
    assert r.exit_code == 0, r.output
    assert r.stderr.count("Godta [ja]") == len(uncertain)
    assert "  decision:" not in r.stdout and "# decision:" in r.stdout


@pytest.mark.parametrize("number", ["3201", "1103", "4204", "1151"])
def test_municipality_number_is_not_read_as_a_compact_date(tmp_path, number):
    # «3201» fits strptime's %d%m%y (3.2.2001, one-digit day and month): every municipality
    # number of that shape made the column «dates» and the municipality was never found
    f = tmp_path / "uttrekk.csv"
    rows = ["Saksnummer;Kommunenr;NAV-kontor;Vedtaksdato;Vedtak"]
    rows += [f"K-{i:03d};{number};NAV Test;0{1 + i % 9}.03.2025;Innvilget" for i in range(30)]
    f.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "mapping.yaml"
    r = CliRunner().invoke(main, ["map", str(f), "--out", str(out)])
    assert r.exit_code == 0, r.output
    text = out.read_text(encoding="utf-8")
    assert "  municipality: Kommunenr" in text
    assert "date_format" not in text


def test_map_finds_saksref_and_says_when_the_key_is_not_found(tmp_path):
    rows = ["Saksref;Kommunenr;Enhet;Dato vedtak;Vedtak"] + [f"BA-{i:03d};5001;NAV Test;0{1 + i % 9}.03.2025;Innvilget"
                                                           for i in range(20)]
    f = tmp_path / "uttrekk.csv"
    f.write_text("\n".join(rows) + "\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["map", str(f), "--out", str(tmp_path / "m.yaml")])
    assert r.exit_code == 0, r.output
    assert "  case_id: Saksref" in (tmp_path / "m.yaml").read_text(encoding="utf-8")
    # a key header nothing matches: the summary must not say every check can run
    g = tmp_path / "uttrekk2.csv"
    g.write_text("\n".join(["Xq7;Kommunenr;Enhet;Dato vedtak;Vedtak"] + rows[1:]) + "\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["map", str(g), "--out", str(tmp_path / "m2.yaml")])
    assert r.exit_code == 0, r.output
    assert "Nøkkelkolonnen «case_id» ble ikke funnet" in r.output
    assert "Kontroller som kan kjøres: 0 av" in r.output
