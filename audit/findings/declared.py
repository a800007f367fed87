"""What a draft finding reads of a check's declaration (``Check.finding``, :class:`checks.base.Finding`):
its finding words, the units of its parameters and whether law or practice sets its threshold;
for a deviation check no theme rests on, words built from its title and legal basis."""

from __future__ import annotations

from dataclasses import dataclass, field

from audit.findings.evidence import as_dict
from audit.text import Formatter
from checks import check_by_id
from checks.base import COUNT, Finding


@dataclass(frozen=True)
class Declared:
    """What a draft finding reads of a check's declaration: its finding words, the units of its
    parameters and whether law or practice sets its threshold (``Check.basis``)."""

    finding: Finding
    units: dict[str, str] = field(default_factory=dict)  # parameter -> unit code (audit.text unit.<code>)
    basis: str = "law"


def declared(check_id: str) -> Declared | None:
    """The finding words of a declared check (None when it has none: no theme rests on it)."""
    check = check_by_id(check_id)
    if check is None or check.finding is None:
        return None
    # a count reads as a bare number («minstekravet på 1»), as in the reports
    units = {p.name: p.unit_code for p in check.params if p.unit_code and p.unit_code != COUNT}
    return Declared(check.finding, units, check.basis if check.basis in ("law", "practice") else "law")


def fallback(check: dict) -> Declared:
    """Words for a deviation check that no theme rests on (a new rule): built from its title and basis."""
    def both(key: str, **kw) -> tuple[str, str]:
        return Formatter("nb").t(key, **kw), Formatter("en").t(key, **kw)

    title = as_dict(check.get("title"))
    law = str(check.get("legal_basis") or "—")
    nb_title, en_title = str(title.get("nb") or check["id"]), str(title.get("en") or check["id"])
    return Declared(
        Finding(
            requirement=(Formatter("nb").t("findings.other.requirement", title=nb_title, law=law),
                         Formatter("en").t("findings.other.requirement", title=en_title, law=law)),
            found=both("findings.other.found"),
            ensure=(Formatter("nb").t("findings.other.ensure", title=nb_title[:1].lower() + nb_title[1:]),
                    Formatter("en").t("findings.other.ensure", title=en_title[:1].lower() + en_title[1:])),
            breach_basis=(law, law),
        ),
        basis=check.get("basis") if check.get("basis") in ("law", "practice") else "law",
    )
