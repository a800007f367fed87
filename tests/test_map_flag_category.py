"""`nav-audit map`: a boolean column exported as a category («Søknadstype»: Nødhjelp / Ordinær / Supplerende)."""

from __future__ import annotations

import json

import yaml
from click.testing import CliRunner

from audit.cli import main
from tests.helpers import write_csv

KINDS = ["Nødhjelp", "Ordinær", "Supplerende", "Ordinær", "Nødhjelp", "Ordinær", "Supplerende", "Ordinær"]


def _export(tmp_path, kinds=KINDS):
    rows = []
    for i, kind in enumerate(kinds, 1):
        decided = "02.03.2025" if i == 1 else "10.03.2025"  # S-0001 (nødhjelp) the same day, S-0005 eight days on
        rows.append({"Søknadsnr": f"S-{i:04d}", "NAV-kontor": "NAV Lerkendal", "Mottatt dato": "02.03.2025",
                     "Søknadstype": kind, "Vedtaksdato": decided, "Vedtak": "Innvilget"})
    rows.append({"Søknadsnr": "S-0999", "NAV-kontor": "NAV Lerkendal", "Mottatt dato": "02.03.2025",
                 "Søknadstype": "", "Vedtaksdato": "10.03.2025", "Vedtak": "Innvilget"})
    return write_csv(tmp_path / "søknader.csv", rows)


def test_map_reads_an_emergency_flag_from_a_category_column(tmp_path):
    """Nothing mapped «Søknadstype» to `emergency`: its header names no emergency and its values are not yes/no."""
    src = _export(tmp_path)
    mapping = tmp_path / "mapping.yaml"
    r = CliRunner().invoke(main, ["map", str(src), "--out", str(mapping)])
    assert r.exit_code == 0, r.output
    draft = yaml.safe_load(mapping.read_text(encoding="utf-8"))
    assert draft["dataset"] == "stonad"
    assert draft["columns"]["emergency"] == "Søknadstype"
    assert draft["values"]["emergency"] == {"Nødhjelp": True, "Ordinær": False, "Supplerende": False}
    line = next(x for x in mapping.read_text(encoding="utf-8").splitlines() if x.startswith("  emergency: "))
    assert line.split("#")[0].split() == ["emergency:", "Søknadstype"]
    assert "trolig" in line and "kategori: «Nødhjelp» betyr ja, de andre verdiene nei" in line, line

    r = CliRunner().invoke(main, ["map", str(src), "--check", str(mapping)])
    assert r.exit_code == 0, r.output
    assert "Alle verdier i de knyttede kolonnene kan leses." in r.output, r.output
    assert "mangler emergency" not in r.output and "«Søknadstype»" not in r.output, r.output

    out = tmp_path / "ut"
    r = CliRunner().invoke(main, ["run", str(src), "--suite", "stonad", "--mapping", str(mapping), "--as-of",
                                  "2025-06-30", "--no-history", "--format", "none", "--out", str(out)])
    assert r.exit_code == 0, r.output
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert not [i for i in results["input_issues"] if i.get("column") in ("emergency", "Søknadstype")]
    check = next(c for c in results["checks"] if c["id"] == "stonad.emergency_same_day")
    assert check["status"] != "not_evaluated", check
    # the two emergency applications: one decided the same day, one eight days later; the blank row is not known
    assert check["evaluated"] == 2 and check["failed"] + check.get("warned", 0) >= 1, check


def test_map_check_names_a_category_value_the_flag_mapping_does_not_know(tmp_path):
    """After the draft, a new kind in the export («Akutt krise») is one the mapping does not say: --check names it."""
    src = _export(tmp_path)
    mapping = tmp_path / "mapping.yaml"
    assert CliRunner().invoke(main, ["map", str(src), "--out", str(mapping)]).exit_code == 0
    newer = _export(tmp_path, [*KINDS, "Akutt krise"])
    r = CliRunner().invoke(main, ["map", str(newer), "--check", str(mapping)])
    assert "Akutt krise" in r.output, r.output


def test_a_category_column_without_an_emergency_word_is_not_the_flag(tmp_path):
    src = _export(tmp_path, ["Ordinær", "Supplerende", "Ordinær", "Forskudd"])
    mapping = tmp_path / "mapping.yaml"
    r = CliRunner().invoke(main, ["map", str(src), "--out", str(mapping)])
    assert r.exit_code == 0, r.output
    assert "emergency" not in (yaml.safe_load(mapping.read_text(encoding="utf-8")).get("columns") or {})
