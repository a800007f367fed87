"""Ten-digit case numbers are shown in every report; identity numbers, and what may be one typed with a wrong
digit, never are.

An office numbers its cases «2025001234» (the year and a serial). The reports used to mask every run of ten or
eleven digits, so every key read «•••••••••••». Now a report value is masked only where it could be a person's
number (:func:`audit.privacy.shown_value`): the detector's forms (valid check digits, any written form, a
spreadsheet's dropped leading zero) and 11 digits whose first four are a possible birth date (fødselsnummer, D-
and H-number forms) even with wrong check digits. A message about a value (:func:`audit.privacy.safe_value`)
stays strict.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from audit.identity_forms import valid11
from audit.privacy import MASK, safe_value, shown_value
from tests.bad_inputs import fnrs
from tests.helpers import cli, file_texts

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data" / "kvp"
MAPPING = SAMPLE / "kvp_mapping.yaml"

pytestmark = pytest.mark.usefixtures("fixed_pseudonym_key")


def ten_digit_keys(n: int) -> list[str]:
    """``n`` case numbers «2025nnnnnn» none of which is a number whose leading zero a spreadsheet dropped."""
    keys, i = [], 0
    while len(keys) < n:
        key = f"2025{i:06d}"
        i += 7
        if not valid11("0" + key):
            keys.append(key)
    return keys


def export(tmp_path: Path, keys: dict[int, str] | None = None) -> tuple[Path, list[str]]:
    """The sample export with ten-digit case numbers (``keys``: data row -> another key)."""
    lines = (SAMPLE / "kvp_saker.csv").read_text(encoding="utf-8-sig").splitlines()
    new = ten_digit_keys(len(lines) - 1)
    for row, key in (keys or {}).items():
        new[row - 1] = key
    out = [lines[0]] + [k + line[line.index(";"):] for k, line in zip(new, lines[1:])]
    src = tmp_path / "inn" / "saker.csv"
    src.parent.mkdir(exist_ok=True)
    src.write_text("\n".join(out) + "\n", encoding="utf-8")
    return src, new


def outputs(tmp_path: Path, src: Path, keys: list[str]) -> tuple[dict, dict[str, str]]:
    """results.json and the text of every report: the run's workbook and page, the same in English from
    ``report``, the review sheet, the draft findings (md and docx)."""
    out = tmp_path / "ut"
    r = cli("run", src, "-m", MAPPING, "--as-of", "2025-12-31", "--out", out / "kjoring", "--no-history")
    assert r.exit_code == 0, r.output
    results_path = out / "kjoring" / "results.json"
    results = json.loads(results_path.read_text(encoding="utf-8"))
    for args in (("report", results_path, "--out", out / "en", "--lang", "en"),
                 ("findings", results_path, "--out", out / "funn.md", "--out", out / "funn.docx"),
                 ("review-sheet", src, "-m", MAPPING, "--keys", ",".join(keys), "--out", out / "gjennomgang.xlsx")):
        r = cli(*args)
        assert r.exit_code == 0, r.output
    texts = {}
    for p in [out / "kjoring" / "rapport.xlsx", out / "kjoring" / "rapport.html", out / "en" / "rapport.xlsx",
              out / "en" / "rapport.html", out / "funn.md", out / "funn.docx", out / "gjennomgang.xlsx"]:
        texts[str(p.relative_to(out))] = "\n".join(t for _, t in file_texts(p))
    return results, texts


def reported_keys(results: dict) -> set[str]:
    return {c["key"] for check in results["checks"] for c in check.get("cases") or []}


def test_ten_digit_case_numbers_are_shown_in_every_report(tmp_path):
    src, keys = export(tmp_path)
    results, texts = outputs(tmp_path, src, keys[:5])
    reported = reported_keys(results)
    assert len(reported) > 100 and reported <= set(keys)
    for where, text in texts.items():
        assert MASK not in text, where
    assert reported <= set(re.findall(r"2025\d{6}", texts["kjoring/rapport.xlsx"]))
    assert reported <= set(re.findall(r"2025\d{6}", texts["en/rapport.xlsx"]))
    for where in ("kjoring/rapport.html", "en/rapport.html", "funn.md", "funn.docx"):
        shown = set(re.findall(r"2025\d{6}", texts[where]))
        assert len(shown) > 20 and shown <= set(keys), where
    assert set(keys[:5]) <= set(re.findall(r"2025\d{6}", texts["gjennomgang.xlsx"]))


def test_a_key_that_could_be_a_persons_number_is_never_shown(tmp_path):
    """One key a zero-dropped fødselsnummer (valid check digits), one a fødselsnummer, a D-number and an
    H-number each typed with a wrong check digit: results.json keeps what the export had (the guard lets
    invalid numbers and one chance-valid ten-digit id pass), the reports show none of them."""
    zero = next(n for n in fnrs(40, seed=5) if n.startswith("0"))[1:]
    wrong = ["01019010047", "41019010047", "01419010047"]  # fnr, D (day + 40), H (month + 40); check digits wrong
    assert not any(valid11(w) for w in wrong) and valid11("0" + zero)
    src, keys = export(tmp_path, {1: zero, 2: wrong[0], 3: wrong[1], 4: wrong[2]})
    results, texts = outputs(tmp_path, src, keys[1:8])
    assert set(wrong) <= reported_keys(results)
    for where, text in texts.items():
        if where == "gjennomgang.xlsx":  # the export's keys as they are, to be read back with it by run
            assert zero not in text and set(wrong) <= set(re.findall(r"\d{11}", text))
            continue
        assert not any(k in text for k in [zero, *wrong]) and MASK in text, where


@pytest.mark.parametrize("value,shown", [
    ("2025001234", True), ("K-2025001234", True), ("12345678901", True), ("20250012345", True),
    ("12.03.2024 12500 kr", True), ("01019010047", False), ("010190 10047", False), ("010 190 100 47", False),
    ("01.01.1990 10047", False), ("41019010047", False), ("01819010047", False), ("1019010046", False),
    ("０１０１９０１００４７", False), ("0101\u200b9010047", False),
])
def test_what_a_report_value_masks(value, shown):
    assert (shown_value(value) == value) is shown
    assert MASK in safe_value(value)  # a message about a value masks every such run


def test_a_message_naming_a_case_by_its_ten_digit_key_shows_it(tmp_path):
    """Two files disagreeing on a case name it by its key, as the reports show it: the ten-digit case
    number, not «•••••••••••»; a key that may be a mistyped fødselsnummer stays masked."""
    from tests.helpers import write_csv

    for key, shown in (("2025001234", True), ("01019010047", False)):
        row = {"case_id": key, "decision": "granted", "decision_date": "2025-01-10", "birth_date": "2001-03-02"}
        a = write_csv(tmp_path / f"a{key}.csv", [row])
        b = write_csv(tmp_path / f"b{key}.csv", [{"case_id": key, "decision_date": "2025-01-11"}])
        r = cli("run", a, b, "--as-of", "2025-06-30", "--format", "none", "--no-history", "--out", tmp_path / "ut")
        assert r.exit_code == 2 and "uenige om «decision_date»" in r.output, r.output
        assert (f"nøkkel «{key}»" in r.output) is shown and (f"nøkkel «{MASK}»" in r.output) is not shown, r.output


def test_a_run_id_never_reads_as_a_number_to_mask():
    """«20261207T125040-96747f» joined the time and the random part into «125040-96747», a mistyped H-number to
    the mask, so a report's run id was «20261207T•••••••••••f» at some hours (CI met one). The random part now
    starts with a letter."""
    import datetime as dt

    from audit.pipeline import new_run_id
    from audit.privacy import safe_value, shown_value

    ids = [new_run_id(dt.datetime(2026, 12, 7, h, m, s)) for h in range(24) for m in (0, 50) for s in range(0, 60, 3)]
    assert [r for r in ids if shown_value(r) != r or safe_value(r) != r] == []
    assert all(re.fullmatch(r"\d{8}T\d{6}-[a-f][0-9a-f]{5}", r) for r in ids)
