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
PENDING = {
    "audit/supervision/findings.py": "findings lane (draft findings)",
}


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
    # the placeholders agree between the languages
    fields = re.compile(r"{(\w*)[^}]*}")
    differ = [key for key, entry in merged.items()
              if set(fields.findall(entry["nb"])) != set(fields.findall(entry["en"]))]
    assert not differ, "placeholders differ between nb and en: " + ", ".join(differ)


# Calls whose first argument is a catalogue key, and the prefix each adds to it.
KEY_CALLS = {
    "t": "", "tr": "", "translate": "",  # audit.text.t and Translator instances
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
