"""docs/kostra.md lists every SSB control of the kostra suite with its years and severity."""

from __future__ import annotations

from pathlib import Path

from checks.kostra import CONTROLS

DOC = Path(__file__).resolve().parent.parent / "docs" / "kostra.md"


def test_every_control_and_year_is_documented():
    rows = [line for line in DOC.read_text(encoding="utf-8").splitlines() if line.startswith("| `kostra.")]
    documented = set()
    for line in rows:
        cells = [c.strip() for c in line.strip("|").split("|")]
        cid, number, severity, marks = cells[0].strip("`"), cells[1], cells[2], cells[3:6]
        years = tuple(y for y, m in zip((2024, 2025, 2026), marks) if m == "✓")
        documented.add((cid, number, severity, years))
    declared = {(c.id, c.number, c.severity, c.years) for form in CONTROLS.values() for c in form}
    assert documented == declared
