"""Units joined in a comparison: an office split, merged or renamed during the period.

``nav-audit compare --by office --join "NAV Lerkendal=NAV Trondheim sør"`` counts the
unit on the left as the unit on the right. An office split mid-year («NAV Trondheim sør»
into «NAV Lerkendal» and «NAV Heimdal») is one unit again with two joins; a renamed or
merged office with one join per old name. The same works for ``--by municipality``
(``--join 0723=3811``: Tjøme into Færder).

Names: a side matches a unit's label exactly (case and spacing aside), or, with
``--by office``, the office part of it («NAV Lerkendal» matches «NAV Lerkendal (5001)»).
A name on the left that matches no unit, or several, is an error (exit 2): a typo must
not leave a unit silently unjoined. The right side may name a unit that is not in the
files (a new name); with ``--by office`` it then gets the municipality its members share.

Joins chain (A=B and B=C put A and B in C). A unit joined into two different units, a
unit joined into itself and a circle are errors: every raw unit ends up in exactly one
unit, so no case is lost or counted twice.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from audit.errors import ConfigError
from audit.text import msg


@dataclass(frozen=True)
class Join:
    unit: str  # as the user wrote it
    into: str


def parse_joins(values: Sequence[str]) -> list[Join]:
    """``"A=B"`` strings (the CLI's repeatable ``--join``) as joins; a malformed one is an error."""
    out: list[Join] = []
    for v in values:
        unit, sep, into = str(v).partition("=")
        unit, into = _clean(unit), _clean(into)
        if not sep or not unit or not into:
            raise ConfigError(msg("error.compare.join_syntax", value=v), hint=msg("error.compare.join_syntax_hint"))
        out.append(Join(unit, into))
    return out


def _clean(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip()


def _fold(name: str) -> str:
    return _clean(name).casefold()


def office_part(label: str) -> str:
    """«NAV Lerkendal (5001)» -> «NAV Lerkendal»."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", label)


def _matches(name: str, labels: Iterable[str], by: str) -> list[str]:
    """The labels ``name`` stands for: the label itself, else (an office or a municipality by name)
    the part before «(…)», else (a municipality by number) the number in «Halden (3101)»."""
    labels = list(labels)
    exact = [lb for lb in labels if _fold(lb) == _fold(name)]
    if exact:
        return exact
    named = [lb for lb in labels if _fold(office_part(lb)) == _fold(name)]
    if named or by != "municipality":
        return named
    return [lb for lb in labels if re.search(r"\(" + re.escape(_clean(name)) + r"\)\s*$", lb)]


def resolve_joins(joins: Sequence[Join], labels: Sequence[str], by: str,
                  municipality_of: dict[str, str | None] | None = None) -> dict[str, str]:
    """Each raw unit label that is joined -> the label of the unit it is counted in.

    ``labels`` are the units found in the files; ``municipality_of`` their municipality
    (``--by office``), for naming a new unit on the right."""
    municipality_of = municipality_of or {}
    direct: dict[str, str] = {}  # raw label -> target label (one step)
    for j in joins:
        found = _matches(j.unit, labels, by)
        if not found:
            close = difflib.get_close_matches(j.unit, list(labels) + [office_part(lb) for lb in labels], n=3, cutoff=0.6)
            shown = ", ".join(f"«{c}»" for c in dict.fromkeys(close)) or ", ".join(f"«{lb}»" for lb in sorted(labels)[:8])
            raise ConfigError(msg("error.compare.join_unknown", unit=j.unit),
                              hint=msg("error.compare.join_unknown_hint", names=shown))
        if len(found) > 1:
            raise ConfigError(msg("error.compare.join_ambiguous", unit=j.unit, names=", ".join(f"«{f}»" for f in found)),
                              hint=msg("error.compare.join_ambiguous_hint"))
        raw = found[0]
        targets = _matches(j.into, labels, by)
        if len(targets) > 1:
            raise ConfigError(msg("error.compare.join_ambiguous", unit=j.into, names=", ".join(f"«{f}»" for f in targets)),
                              hint=msg("error.compare.join_ambiguous_hint"))
        if targets:
            into = targets[0]
        elif by == "office" and municipality_of.get(raw) and not re.search(r"\([^()]*\)\s*$", j.into):
            into = f"{j.into} ({municipality_of[raw]})"
        else:
            into = j.into
        if into == raw:
            raise ConfigError(msg("error.compare.join_self", unit=raw))
        if raw in direct and direct[raw] != into:
            raise ConfigError(msg("error.compare.join_twice", unit=raw, first=direct[raw], second=into),
                              hint=msg("error.compare.join_twice_hint"))
        direct[raw] = into
    out: dict[str, str] = {}
    for raw in direct:
        seen = [raw]
        into = direct[raw]
        while into in direct:
            if into in seen:
                raise ConfigError(msg("error.compare.join_circle", units=" → ".join([*seen, into])))
            seen.append(into)
            into = direct[into]
        out[raw] = into
    return out


def period_span(periods: Sequence[dict | None]) -> dict | None:
    """The period a joined unit covers: its members' earliest start to their latest end (None when one states none)."""
    if any(p is None for p in periods):
        return None
    return {"from": min(p["from"] for p in periods), "to": max(p["to"] for p in periods)}


def join_note(jmap: dict[str, str], lang: str) -> str:
    """«NAV Heimdal (5001) og NAV Lerkendal (5001) er telt som NAV Trondheim sør (5001)», one part per unit joined into."""
    from audit.text import Formatter, t

    fmt = Formatter(lang)
    into: dict[str, list[str]] = {}
    for unit, target in jmap.items():
        into.setdefault(target, []).append(unit)
    parts = [t("compare.note.joined_one", lang, units=fmt.items(sorted(units)), into=target)
             for target, units in sorted(into.items())]
    return t("compare.note.joined", lang, joins="; ".join(parts))
