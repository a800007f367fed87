"""``nav-audit grounds`` on hostile letters written by hand: odd encodings and formats, keys,
identity numbers in every corner of a letter, the table as a spreadsheet reads it, and the
table read back by ``run`` and ``review-sheet``. Every test drives the CLI."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

from click.testing import CliRunner

from audit.cli import main

LETTER = """Vedtak om kvalifiseringsprogram

Saksnr.: {key}

Vi viser til søknaden din om kvalifiseringsprogram, mottatt 02.02.2025. NAV Midtbyen har innvilget søknaden.

Du er 34 år gammel og er derfor i yrkesaktiv alder.

Arbeidsevnen din er vesentlig nedsatt fordi du har hatt langvarige ryggsmerter siden 2019 og ikke har vært i arbeid de siste fire årene.

Du har ingen rett til dagpenger eller arbeidsavklaringspenger. Søknaden din om arbeidsavklaringspenger ble avslått 12.01.2025, og du har levd av økonomisk sosialhjelp.

Vi mener programmet er nødvendig og hensiktsmessig for deg. Arbeidsevnevurderingen fra 20.01.2025 viser at du trenger tett oppfølging for å komme i arbeid.

Vi kan tilby deg et tilpasset program med arbeidspraksis i en butikk 20 timer i uken og norskkurs 10 timer i uken.

Du har rett til å klage

Med vennlig hilsen
NAV Midtbyen
"""
GROUNDS = ["ground_age", "ground_work_ability", "ground_benefits", "ground_necessity", "ground_program"]


def _fnr(birth: str) -> str:
    """A synthetic identity number with valid mod-11 check digits for the date part ``birth`` (ddmmyy)."""
    w1, w2 = (3, 7, 6, 1, 8, 9, 4, 5, 2), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    for n in range(100, 1000):
        d = [int(c) for c in birth + str(n)]
        k1 = (11 - sum(a * b for a, b in zip(w1, d)) % 11) % 11
        k2 = (11 - sum(a * b for a, b in zip(w2, d + [k1])) % 11) % 11
        if k1 < 10 and k2 < 10:
            return birth + str(n) + str(k1) + str(k2)
    raise AssertionError(birth)


FNR = _fnr("150875")


def _letter(key: str = "K-1", *replace: tuple[str, str]) -> str:
    text = LETTER.format(key=key)
    for old, new in replace:
        assert old in text
        text = text.replace(old, new)
    return text


def _grounds(*args, lang: str | None = None):
    extra = ["--lang", lang] if lang else []
    return CliRunner().invoke(main, ["grounds", *map(str, args), *extra])


def _rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=";"))


def _by_key(path: Path) -> dict[str, dict]:
    return {r["case_id"]: r for r in _rows(path)}


def _export(tmp_path: Path, keys: list[str]) -> Path:
    path = tmp_path / "uttrekk.csv"
    lines = ["case_id;decision;decision_date"] + [f"{k};granted;2025-03-{i + 1:02d}" for i, k in enumerate(keys)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --------------------------------------------------------------------------- the table read back


def test_run_reads_a_table_whose_evidence_has_more_commas_than_the_header_has_semicolons(tmp_path):
    # evidence such as «begrunnet i avsnitt 6: *sosialhjelp, arbeidsavklaringspenge*, dagpenger, dato, …»
    # made the CSV reader take the header for a title line (split by commas it is one field)
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "a.txt").write_text(_letter("K-1"), encoding="utf-8")
    (folder / "b.txt").write_text(_letter("K-2", ("Du er 34 år gammel og er derfor i yrkesaktiv alder.", "")),
                                  encoding="utf-8")
    table = tmp_path / "grounds.csv"
    assert _grounds(folder, "--out", table).exit_code == 0
    lines = table.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1].count(",") > lines[0].count(";")
    r = CliRunner().invoke(main, ["run", str(_export(tmp_path, ["K-1", "K-2"])), str(table), "--as-of", "2025-12-31",
                                  "--out", str(tmp_path / "ut"), "--format", "none", "--no-history"])
    assert r.exit_code == 0, r.output
    doc = json.loads((tmp_path / "ut" / "results.json").read_text(encoding="utf-8"))
    age = next(c for c in doc["checks"] if c["id"] == "kvp.grounds.age")
    assert age["evaluated"] == 2 and [c["key"] for c in age["cases"]] == ["K-2"]
