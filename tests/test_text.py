"""The one text catalogue and formatter (audit.text): every word in both languages, keys
defined once, every key the code asks for present, no language branch outside audit/text."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest

from audit.text import LANGS, Formatter, Translator, catalogue, t

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("audit", "reports", "checks", "scripts")
WORDS_DIR = ROOT / "audit" / "text" / "words"

# A branch on the language: `lang == …`, `lang != …`, `… if lang in …` (not `for lang in …`).
BRANCH = re.compile(r"\blang\s*(==|!=)|(?<!for )\blang\s+in\b")

# Files another lane is rewriting onto audit.text right now (issue 11); each entry must
# still hold a branch, so the list shrinks as they land. Remove an entry when it fails.
PENDING: dict[str, str] = {}


def source_files(*suffixes: str) -> list[Path]:
    return sorted(p for d in SOURCES for p in (ROOT / d).rglob("*") if p.suffix in suffixes and p.is_file())


def rel(p: Path) -> str:
    return p.relative_to(ROOT).as_posix()


def test_no_language_branch_outside_audit_text():
    found: dict[str, list[str]] = {}
    for path in source_files(".py", ".j2", ".html"):
        if rel(path).startswith("audit/text/"):
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if BRANCH.search(line):
                found.setdefault(rel(path), []).append(f"{n}: {line.strip()}")
    unexpected = {p: lines for p, lines in found.items() if p not in PENDING}
    assert not unexpected, "language branches outside audit/text (ask audit.text.t or Formatter):\n" + "\n".join(
        f"{p}:{line}" for p, lines in unexpected.items() for line in lines)
    stale = [p for p in PENDING if p not in found]
    assert not stale, f"no language branch left in {stale}: remove them from PENDING in {__file__}"


def _text_keys(path: Path) -> list[str]:
    """The keys of the TEXT dict literal of a words module, in the order written (duplicates kept)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        target = node.target if isinstance(node, ast.AnnAssign) else (
            node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else None)
        if isinstance(target, ast.Name) and target.id == "TEXT" and isinstance(node.value, ast.Dict):
            return [k.value for k in node.value.keys if isinstance(k, ast.Constant)]
    return []


def test_every_key_is_defined_once_with_both_languages():
    seen: dict[str, str] = {}
    twice = []
    for path in sorted(WORDS_DIR.glob("*.py")):
        for key in _text_keys(path):
            if key in seen:
                twice.append(f"{key} ({seen[key]} and {path.name})")
            seen[key] = path.name
    assert not twice, "keys defined twice: " + ", ".join(twice)
    merged = catalogue()
    assert set(seen) <= set(merged)  # every literal key is in the merged catalogue (some modules add keys in loops)
    missing = [f"{key} [{lang}]" for key, entry in merged.items() for lang in LANGS
               if not isinstance(entry.get(lang), str) or not entry[lang]]
    assert not missing, "keys without text: " + ", ".join(missing)
    # the placeholders agree between the languages; a --help text (help.*) is shown as written, never
    # filled in (audit/cli/help_text.py), so its braces are words: «{verdi i uttrekket: kanonisk verdi}»
    fields = re.compile(r"{(\w*)[^}]*}")
    differ = [key for key, entry in merged.items() if not key.startswith("help.")
              and set(fields.findall(entry["nb"])) != set(fields.findall(entry["en"]))]
    assert not differ, "placeholders differ between nb and en: " + ", ".join(differ)


def test_lifecycle_and_status_words_are_defined_once():
    """The drift issue 11 found: the same label defined under several keys. One key each."""
    merged = catalogue()
    families = {
        **{f"lifecycle state {s}": rf"(^|\.)lifecycle\.{s}$" for s in ("new", "persisting", "resolved", "not_assessed")},
        **{f"follow-up status {s}": rf"(^|\.)(followup|follow_up|history)\.status\.{s}$"
           for s in ("open", "in_progress", "done", "not_relevant")},
        "check status ok": r"(^|\.)status\.ok$",
    }
    for family, pattern in families.items():
        keys = [k for k in merged if re.search(pattern, k)]
        assert len(keys) == 1, f"{family} is defined {len(keys)} times: {keys}"


# Calls whose first argument is a catalogue key, and the prefix each adds to it.
KEY_CALLS = {
    "t": "", "tr": "", "translate": "",  # audit.text.t and Translator instances
    "msg": "",  # audit.text.msg (errors rendered later in the reader's language)
    "word": "review.",  # audit.supervision.review.word
    "g": "review.guide.",  # the review workbook's guide
}
CALL = re.compile(r"(?<![\w.])(" + "|".join(KEY_CALLS) + r")\(\s*[\"']([a-z][\w]*(?:\.[\w]+)+|[a-z_]+)[\"']")


def test_every_key_used_in_code_exists():
    merged = catalogue()
    used: dict[str, str] = {}
    for path in source_files(".py", ".j2"):
        if rel(path).startswith("audit/text/"):
            continue
        for m in CALL.finditer(path.read_text(encoding="utf-8")):
            key = KEY_CALLS[m.group(1)] + m.group(2)
            used.setdefault(key, rel(path))
    # helpers that look up a fixed list of short names under a prefix
    from audit.schedule import render
    from reports import compare

    used.update({f"compare.{n}": "reports/compare.py" for n in compare._WORDS})
    used.update({f"schedule.{n}": "audit/schedule/render.py" for n in render._WORDS})
    assert len(used) > 100  # the scan finds the code's keys
    missing = {k: p for k, p in used.items() if k not in merged}
    assert not missing, "keys used in code but not in the catalogue: " + ", ".join(
        f"{k} ({p})" for k, p in sorted(missing.items()))


def test_lookup_fallbacks_and_placeholders():
    assert t("status.ok", "nb") == "I orden" and t("status.ok", "en") == "OK"
    assert t("cli.wrote", "en", files="a.xlsx") == "Wrote a.xlsx"
    assert t("no.such.key", "en") == "no.such.key"
    assert Translator("en")("review.answer.yes") == "Yes"
    with pytest.raises(ValueError):
        Translator("sv")


def test_formatter_numbers_percents_dates_units():
    nb, en = Formatter("nb"), Formatter("en")
    assert nb.number(1234.5) == "1\u00a0234,5" and en.number(1234.5) == "1,234.5"
    assert nb.number(3.0) == "3" and nb.number(3.0, 1, fixed=True) == "3,0"
    assert nb.percent(0.25, 1, fixed=True) == "25,0\u00a0%" and en.percent(0.25, 1, fixed=True) == "25.0%"
    assert nb.percent(0.205) == "20,5\u00a0%" and nb.percent(None) == "–"
    assert nb.date(dt.date(2026, 1, 5)) == "05.01.2026" and nb.date("2026-01-05") == "05.01.2026"
    assert en.date(dt.date(2026, 1, 5)) == "5 Jan 2026"
    assert nb.day_month(dt.date(2026, 1, 5)) == "05.01"
    assert nb.unit(10, "working_days") == "10\u00a0virkedager" and en.unit(1, "days") == "1\u00a0day"
    assert nb.month_names()[0] == "januar" and en.month_names()[11] == "December"


# --------------------------------------------------------------------------- --lang on the terminal

ROWS = [
    {"case_id": "K1", "decision": "granted", "decision_date": "2025-01-10", "program_start_date": "2025-01-20",
     "birth_date": "2001-03-02"},
    {"case_id": "K2", "decision": "granted", "decision_date": "2025-01-10", "program_start_date": "2025-01-30",
     "birth_date": "1970-06-15"},
]


def test_run_summary_and_errors_follow_lang(tmp_path):
    from click.testing import CliRunner

    from audit.cli import main
    from tests.helpers import write_csv

    src = write_csv(tmp_path / "k.csv", ROWS)
    run = ["run", str(src), "--as-of", "2025-06-30", "--format", "none", "--no-history"]
    r = CliRunner().invoke(main, [*run, "--out", str(tmp_path / "nb")])
    assert r.exit_code == 0, r.output
    assert "2 saker kontrollert per 30.06.2025" in r.output and "i orden" in r.output and "Resultater:" in r.output
    r = CliRunner().invoke(main, [*run, "--out", str(tmp_path / "en"), "--lang", "en"])
    assert r.exit_code == 0, r.output
    assert "2 cases audited as of 30 Jun 2025" in r.output and "Results:" in r.output
    assert "WARNING" in r.output and "saker" not in r.output and "avvik" not in r.output
    r = CliRunner().invoke(main, [*run, "--out", str(tmp_path / "en"), "--lang", "en"])
    assert r.exit_code == 2 and r.output.startswith("Error: ")


def test_sample_labels_and_lines_follow_lang(tmp_path):
    from click.testing import CliRunner

    from audit.cli import main
    from tests.helpers import write_csv

    src = write_csv(tmp_path / "k.csv", ROWS)
    out = tmp_path / "sample.csv"
    r = CliRunner().invoke(main, ["sample", str(src), "--strata", "age_group", "--per-stratum", "1", "--seed", "3",
                                  "--as-of", "2025-06-30", "--lang", "en", "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert r.output.startswith("Drew 2 of 2 cases with seed 3") and "Wrote" in r.output
    assert "under 25" in r.output and "50 and older" in r.output
    assert "and older" in out.read_text(encoding="utf-8-sig")


def test_run_prints_a_review_workbooks_progress_in_the_run_language(tmp_path):
    from click.testing import CliRunner

    from audit.cli import main
    from audit.inputs import load_inputs
    from reports.review_workbook import write_review_workbook
    from tests.helpers import write_csv

    src = write_csv(tmp_path / "k.csv", ROWS)
    wb = tmp_path / "review.xlsx"
    write_review_workbook(load_inputs([src], "kvp"), wb, lang="en")
    run = ["run", str(src), str(wb), "--as-of", "2025-06-30", "--format", "none", "--no-history"]
    r = CliRunner().invoke(main, [*run, "--out", str(tmp_path / "en"), "--lang", "en"])
    assert r.exit_code == 0, r.output
    assert "Review review.xlsx: 2 cases, 0 fully reviewed, 0 partly, 2 not reviewed." in r.stderr
    assert "Gjennomgang" not in r.stderr
    r = CliRunner().invoke(main, [*run, "--out", str(tmp_path / "nb")])
    assert "Gjennomgang review.xlsx: 2 saker" in r.stderr and r.stderr.count("Gjennomgang review.xlsx") == 1


# --------------------------------------------------------------- errors in the reader's language
ERROR_CLASSES = {"InputError", "ConfigError"}

# Files whose errors still carry bokmål strings instead of catalogue messages (issue 11/15:
# `--lang en` for error messages). Each entry must still hold one; the list shrinks to empty.
ERRORS_PENDING: set[str] = set()


def _literal_text(node: ast.AST | None) -> bool:
    """A message written in place (a string, an f-string, a text already rendered with t())."""
    if node is None:
        return False
    if isinstance(node, (ast.JoinedStr, ast.BinOp)) or (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return True
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "t"


def _error_literals(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
        if name not in ERROR_CLASSES:
            continue
        message = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "message"), None)
        hint = next((k.value for k in node.keywords if k.arg == "hint"), None)
        if _literal_text(message) or _literal_text(hint):
            found.append(f"{rel(path)}:{node.lineno}")
    return found


def test_errors_are_catalogue_messages_rendered_in_the_readers_language():
    """An InputError/ConfigError carries msg(key, …), never text written in one language,
    so that `--lang en` gives the whole error in English."""
    found: dict[str, list[str]] = {}
    for path in source_files(".py"):
        hits = _error_literals(path)
        if hits:
            found[rel(path)] = hits
    unexpected = {p: h for p, h in found.items() if p not in ERRORS_PENDING}
    assert not unexpected, "errors written in one language (use audit.text.msg):\n" + "\n".join(
        h for hits in unexpected.values() for h in hits)
    stale = sorted(ERRORS_PENDING - set(found))
    assert not stale, f"no literal error text left in {stale}: remove them from ERRORS_PENDING"


def test_an_error_renders_where_what_and_hint_in_either_language():
    from audit.errors import InputError
    from audit.text import msg

    exc = InputError(msg("inputs.identity.option", option="--out"), file="saker.csv", row=7, column="dato",
                     value="31.02.2024", hint=msg("inputs.identity.option_hint"))
    nb, en = exc.render("nb"), exc.render("en")
    assert str(exc) == nb
    assert nb.startswith("fil saker.csv, rad 7, kolonne «dato», verdi «31.02.2024»: ")
    assert en.startswith("file saker.csv, row 7, column «dato», value «31.02.2024»: ")
    assert t("inputs.identity.option", "en", option="--out") in en
    assert t("inputs.identity.option_hint", "nb") in nb and t("inputs.identity.option_hint", "en") in en
