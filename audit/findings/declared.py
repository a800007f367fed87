"""What a draft finding reads of a check's declaration (``Check.finding``, :class:`checks.base.Finding`):
its finding words, the units of its parameters and whether law or practice sets its threshold;
for a deviation check no theme rests on, words built from its title and legal basis."""

from __future__ import annotations

from dataclasses import dataclass, field

from audit.findings.evidence import applied_periods, as_dict, is_number, is_periods, period_text
from audit.text import LANGS, Formatter
from checks import check_by_id
from checks.base import COUNT, Check, Finding, Versioned, param_unit


@dataclass(frozen=True)
class Declared:
    """What a draft finding reads of a check's declaration: its finding words, the units of its
    parameters and whether law or practice sets its threshold (``Check.basis``)."""

    finding: Finding
    units: dict[str, str] = field(default_factory=dict)  # parameter -> unit code (audit.text unit.<code>)
    basis: str = "law"
    practice_threshold: bool = False  # a parameter is practice though the requirement is law (kvp.full_time)


def declared(check_id: str) -> Declared | None:
    """The finding words of a declared check (None when it has none: no theme rests on it)."""
    check = check_by_id(check_id)
    if check is None or check.finding is None:
        return None
    # a count reads as a bare number («minstekravet på 1»), as in the reports
    units = {p.name: p.unit_code for p in check.params if p.unit_code and p.unit_code != COUNT}
    return Declared(check.finding, units, check.basis if check.basis in ("law", "practice") else "law",
                    practice_threshold=any(p.basis == "practice" for p in check.params))


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


def words_in(pair, lang: str) -> str:
    return pair[LANGS.index(lang)]  # a (bokmål, English) pair of a declaration


def unit_of(name: str, declared: dict[str, str]) -> str | None:
    """A parameter's unit: as declared, else from how the catalogue names parameters (older results)."""
    return declared[name] if name in declared else param_unit(name)


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return "–"


def param_texts(check: dict, units: dict[str, str], event, fmt: Formatter) -> dict[str, str]:
    """The check's parameters as text; a dated one by its latest value, with the older values that applied."""
    out = _Params()
    params = as_dict(check.get("parameters"))
    event_words = words_in(event, fmt.lang) if event else fmt.t("findings.event.cases")
    for name, value in params.items():
        unit = unit_of(name, units)
        if is_periods(value):
            current = fmt.unit(value[-1]["value"], unit) if is_number(value[-1]["value"]) else str(value[-1]["value"])
            older = [i for i in sorted(applied_periods(check, name, value)) if i != len(value) - 1]
            notes = [fmt.t("findings.version_note", value=fmt.unit(value[i]["value"], unit), event=event_words,
                           period=period_text(value[i], fmt)) for i in older if is_number(value[i].get("value"))]
            out[name] = current + (f" ({'; '.join(notes)})" if notes else "")
        elif is_number(value):
            out[name] = fmt.unit(value, unit)
        else:
            out[name] = str(value)
        for prefix in ("deviation", "warning"):  # aliases: whichever deviation_*/warning_* the check has
            if name.startswith(prefix + "_") and prefix not in out:
                out[prefix] = out[name]
    return out


def catalogue_words(check: Check, lang: str) -> dict | None:
    """A check's finding words as the check catalogue prints them (docs/checks.md): each ``{name}``
    filled with the default parameter, a dated one with every period; None without finding words."""
    decl = declared(check.id)
    if decl is None:
        return None
    fmt = Formatter(lang)
    as_run = {"id": check.id, "parameters": {p.name: p.to_json() for p in check.params},
              "rule_versions": [{"parameter": p.name, **period, "rows": 1} for p in check.params
                                if isinstance(p.default, Versioned) for period in p.default.periods()]}
    params = param_texts(as_run, decl.units, decl.finding.event, fmt)
    f = decl.finding

    def text(pair) -> str:
        return words_in(pair, lang).format_map(params) if pair else ""

    basis = "practice" if decl.practice_threshold else decl.basis  # a practice threshold: a merknad at most
    return {"basis": basis, "requirement": text(f.requirement), "found": text(f.found), "ensure": text(f.ensure),
            "breach_basis": text(f.breach_basis), "practice": text(f.practice),
            "clears": [(column, words_in(what, lang)) for column, what in f.clears]}
