"""Why a case is listed and which limits a check applies, in words.

Results carry, per case, ``unit``, ``limit``, ``rule``, ``reason`` and
``facts`` and, per check, ``basis``, ``in_force_from``/``in_force_to`` and
``legal_sources`` (docs/architecture.md). This module turns them into text for one
language; every key may be missing (older results in the history), and then the
answer is ``""`` (shown as "–") — the renderer never decides a rule itself.

Parameter names become words from the catalogue (``reports.param.<name>``), so a
reader never sees ``min_age``; their values get a unit from the name's suffix
(``_days``, ``_months``, ``_age``, ``target_share``), which is how the check
catalogue names them.
"""

from __future__ import annotations

import re
from typing import Any

from audit.text import Formatter, bokmal_only, has, t
from checks.base import UNIT_OF_WORD, param_unit  # a parameter's unit (word, or its name) -> its code
from checks.law import NAV_PRACTICE, PRACTICE  # the practice sources' words as the declarations write them

_RULE = re.compile(r"^(before|from)\s+(\d{4}-\d{2}-\d{2})$")
_PRACTICE_WORDS = {PRACTICE: "reports.source.county_governor_practice", NAV_PRACTICE: "reports.source.nav_practice"}


def _words(key: str, lang: str, **kw: object) -> str:
    return t(key, lang, **kw)


_UNIT_CACHE: dict[tuple, str] = {}


def value_with_unit(fmt: Formatter, value: Any, unit: str | None) -> str:
    """``45`` with ``days`` -> ``45 dager``; shares as percent; counts and unitless as numbers."""
    if value is None or isinstance(value, bool) or not isinstance(value, (int, float)):
        return ""
    key = (fmt.lang, value, unit)
    text = _UNIT_CACHE.get(key)
    if text is None:  # Babel formats slowly; the same values recur across cases
        if len(_UNIT_CACHE) > 100_000:
            _UNIT_CACHE.clear()
        text = _UNIT_CACHE[key] = _value_with_unit(fmt, value, unit)
    return text


def _value_with_unit(fmt: Formatter, value: Any, unit: str | None) -> str:
    if unit == "share":
        return fmt.percent(value)
    if unit in (None, "count", ""):
        return fmt.number(value, 2)
    return fmt.unit(value, unit, 2)


def limit_text(fmt: Formatter, limit: Any, fallback_unit: str | None = None, comparison: Any = None) -> str:
    """The limit that applied: ``30 dager`` or ``frist 31.12.2025``; ``""`` when there is none.
    With the engine's ``comparison`` (the case failed because its value was ``>`` or ``<`` the
    limit) the limit says which way it binds: ``høyst 30 dager``, ``minst 1``."""
    if not isinstance(limit, dict):
        return ""
    if limit.get("date"):
        return _words("reports.limit.date", fmt.lang, date=fmt.date(str(limit["date"])))
    if "value" in limit:
        text = value_with_unit(fmt, limit.get("value"), limit.get("unit") or fallback_unit)
        way = {">": "reports.limit.at_most", "<": "reports.limit.at_least"}.get(comparison)
        return _words(way, fmt.lang, limit=text) if way and text else text
    return ""


def pass_fail_texts(lang: str) -> tuple[str, str]:
    """What a pass/fail finding (no measured number, no numeric limit) shows as its measured
    value and its limit: ``("ikke oppfylt", "skal være oppfylt")``, not two dashes."""
    return _words("reports.value.not_met", lang), _words("reports.limit.must_be_met", lang)


def value_and_limit(fmt: Formatter, value: Any, unit: str | None, limit: Any, comparison: Any,
                    reasoned: bool) -> tuple[Any, str | None, str]:
    """What a case row shows as its measured value, the unit of it and its limit.

    A pass/fail finding of a current results file (``reasoned``: it carries its reason) has
    words, not two dashes: ``("ikke oppfylt", None, "skal være oppfylt")``; one that reports a
    number beside its verdict (days after the decision) shows that number against
    «skal være oppfylt». ``value`` is returned as it is, for the caller to format with ``unit``.
    """
    text = limit_text(fmt, limit, unit, comparison)
    if not text and reasoned:
        not_met, must_be_met = pass_fail_texts(fmt.lang)
        if value is None:
            return not_met, None, must_be_met
        return value, unit, must_be_met
    return value, unit, text


def office_text(lang: str, office: Any, municipality: Any) -> Any:
    """A case's office as a reader names it: KOSTRA's BYDELSNR "00" is no office but the
    whole municipality ("Hele kommunen (5001)"); other offices as they are."""
    if isinstance(office, str) and office and office.strip("0") == "" and municipality:
        return t("reports.compare.whole_municipality", lang, municipality=municipality)
    return office


def legal_basis_text(lang: str, check: dict) -> Any:
    """The check's legal basis: its one string (bokmål, with notes) in bokmål; in another
    language the acts and sections of its legal sources, without the bokmål notes."""
    basis = check.get("legal_basis")
    sources = sources_text(lang, check.get("legal_sources"))
    if bokmal_only("x", lang):
        return basis
    return sources or legal_basis_without_notes(lang, basis)


def legal_basis_without_notes(lang: str, basis: Any) -> Any:
    """The one-string legal basis without its parenthesised notes outside bokmål (they are
    written in bokmål): ``"§ 4 (statsforvalterens praksis …)"`` -> ``"§ 4"``."""
    if not isinstance(basis, str) or bokmal_only("x", lang):
        return basis
    return basis_without_notes(basis)


def basis_without_notes(basis: str) -> str:
    """The acts and sections of a one-string legal basis, its parenthesised notes left out (a case row
    names the law; the summary keeps the notes)."""
    return re.sub(r"\s*\([^()]*(\([^()]*\)[^()]*)*\)", "", basis).strip() or basis


def rule_text(fmt: Formatter, rule: Any) -> str:
    """``from 2019-01-01`` -> ``regel fra 01.01.2019``; other labels as they are."""
    if not isinstance(rule, str) or not rule.strip():
        return ""
    m = _RULE.match(rule.strip())
    if not m:
        return rule.strip()
    return _words(f"reports.rule.{m.group(1)}", fmt.lang, date=fmt.date(m.group(2)))


def reason_text(lang: str, reason: Any, *, value: Any = None, level: str = "") -> str:
    """The reason in the language asked for; a pass/fail finding without one says the requirement is not met."""
    if isinstance(reason, dict):
        text = reason.get(lang) or reason.get("nb") or ""
        if isinstance(text, str) and text.strip():
            return text.strip()
    elif isinstance(reason, str) and reason.strip() and " " in reason.strip():
        return reason.strip()  # a sentence, not a code
    if value is None and level == "deviation":
        return _words("reports.reason.not_met", lang)
    return ""


def basis_text(lang: str, basis: Any) -> str:
    if isinstance(basis, str) and has(f"reports.basis.{basis}"):
        return _words(f"reports.basis.{basis}", lang)
    return ""


def sources_text(lang: str, sources: Any) -> str:
    """``[{"act": "sosialtjenesteloven", "section": "29", "ledd": 1}]`` -> ``sosialtjenesteloven § 29 1. ledd``."""
    parts = []
    for s in sources if isinstance(sources, list) else []:
        if not isinstance(s, dict):
            continue
        act = str(s.get("act") or "").strip()
        if s.get("kind") == "practice" and act in _PRACTICE_WORDS:  # a word, not an act's name: in the reader's language
            act = _words(_PRACTICE_WORDS[act], lang)
        section = str(s.get("section") or "").strip()
        if section and not section.startswith("§"):
            section = f"§ {section}"
        text = " ".join(x for x in (act, section) if x)
        ledd = s.get("ledd")
        if isinstance(ledd, int) or (isinstance(ledd, str) and ledd.strip().isdigit()):
            text += " " + _words("reports.ledd", lang, ledd=str(ledd).strip())
        elif isinstance(ledd, str) and ledd.strip():
            text += " " + ledd.strip()  # already in words ("tredje ledd")
        note = bokmal_only(str(s.get("note") or "").strip(), lang)  # the notes are written in bokmål
        if note:
            text += f" ({note})"
        if text:
            parts.append(text)
    return "; ".join(parts)


def in_force_text(fmt: Formatter, start: Any, end: Any) -> str:
    if start and end:
        return _words("reports.in_force_between", fmt.lang, start=fmt.date(str(start)), end=fmt.date(str(end)))
    if start:
        return _words("reports.in_force_from", fmt.lang, date=fmt.date(str(start)))
    return ""


KNOWN_UNITS = frozenset({"days", "working_days", "months", "years", "hours", "hours_per_week", "share", "count"})


def param_label(lang: str, check_id: str, name: str) -> str:
    for key in (f"reports.param.{check_id}.{name}", f"reports.param.{name}"):
        if has(key):
            return _words(key, lang)
    return name.replace("_", " ").capitalize()  # a name the catalogue lacks: readable, if not translated


def _versioned(fmt: Formatter, versions: list, unit: str | None) -> str:
    parts = []
    for v in versions:
        value = value_with_unit(fmt, v.get("value"), unit) or str(v.get("value"))
        if v.get("from"):
            parts.append(_words("reports.threshold.value_from", fmt.lang, value=value, date=fmt.date(str(v["from"]))))
        elif v.get("until"):
            parts.append(_words("reports.threshold.value_until", fmt.lang, value=value, date=fmt.date(str(v["until"]))))
        else:
            parts.append(value)
    return ", ".join(parts)


def threshold_unit(name: str, declared_unit: Any = None) -> str | None:
    """The unit code of a parameter's value: its declared unit (``thresholds[].unit``, a word such as
    «dager» or a code) when known, else the one its name implies (``*_days``, ``target_share`` …)."""
    unit = UNIT_OF_WORD.get(declared_unit, declared_unit) if isinstance(declared_unit, str) and declared_unit else None
    return unit if unit in KNOWN_UNITS else param_unit(name)


def declared_units(checks: Any) -> dict[tuple[str, str], Any]:
    """(check id, parameter) -> the unit its declared threshold gives, over a results file's checks."""
    out: dict[tuple[str, str], Any] = {}
    for c in checks if isinstance(checks, list) else []:
        for d in (c.get("thresholds") if isinstance(c, dict) and isinstance(c.get("thresholds"), list) else []):
            if isinstance(d, dict) and d.get("parameter"):
                out[(str(c.get("id")), str(d["parameter"]))] = d.get("unit")
    return out


def thresholds(fmt: Formatter, check_id: str, parameters: Any, declared: Any = None) -> list[str]:
    """Each threshold of a check as ``Avvik over: 30 dager`` (dated values with their dates).

    ``declared`` is the check's ``thresholds`` list when the results carry it
    (``[{"parameter", "value", "unit", "basis"}]``): its unit and whether law or practice
    sets it ("(lovkrav)") are then used; else the ``parameters`` dict, with the unit
    taken from the parameter's name."""
    if isinstance(declared, list) and declared:
        items = [(str(d.get("parameter") or ""), d.get("value"), d.get("unit"), d.get("basis"))
                 for d in declared if isinstance(d, dict) and d.get("parameter")]
    else:
        items = [(str(n), v, None, None) for n, v in (parameters.items() if isinstance(parameters, dict) else [])]
    out = []
    for name, value, declared_unit, basis in items:
        unit = threshold_unit(name, declared_unit)
        if isinstance(value, list) and value and all(isinstance(v, dict) and "value" in v for v in value):
            shown = _versioned(fmt, value, unit)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            shown = value_with_unit(fmt, value, unit)
        else:
            continue  # not a threshold (a list of codes, a flag): the method section lists it
        word = basis_text(fmt.lang, basis)
        out.append(f"{param_label(fmt.lang, check_id, name)}: {shown}" + (f" ({word})" if word else ""))
    return out


# facts the case row already shows (value, unit, limit) or that are the engine's own bookkeeping
SHOWN_ELSEWHERE = frozenset({"measured", "unit", "comparison", "limit", "measured_to"})


def facts_items(facts: Any) -> dict[str, Any]:
    """The case's facts as a plain dict (dates stay ISO strings for the model to format),
    without those the row shows in its own columns."""
    if not isinstance(facts, dict):
        return {}
    return {str(k): v for k, v in facts.items()
            if k not in SHOWN_ELSEWHERE and (isinstance(v, (str, int, float, bool)) or v is None)}
