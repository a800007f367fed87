"""Offices joined in the annual report (``nav-audit annual --join``; split from audit/annual.py).

An office split mid-year («NAV Trondheim sør» into «NAV Lerkendal» and «NAV Heimdal» from
July) has per-office counts under the old name in the first quarters and under the new names
after. ``--join "NAV Lerkendal=NAV Trondheim sør"`` reads the history as if the joined office's
counts and findings had been recorded under the office it is joined with: the same rules and
errors as ``compare --join`` (audit/supervision/joins.py). Counts of two offices that land in
one are added, so no case is lost or counted twice; an indicator's value per office (a median,
a share) cannot be added and is left empty where two offices were joined in one run.
"""

from __future__ import annotations

from typing import Any, Iterable, Sequence

from audit.supervision.joins import Join, office_part, resolve_joins

COUNTS = ("evaluated", "failed", "warned", "unknown")
Office = tuple[Any, Any]  # (office, municipality)


def _label(office: Office) -> str:
    name, municipality = office
    return f"{name} ({municipality})" if municipality else str(name or "")


class JoinedOffices:
    """A history store seen through the joins: ``office_rows`` and ``findings_of`` give each joined
    office as the office it is counted in; everything else is the store's own."""

    def __init__(self, store: Any, into: dict[Office, Office]):
        self._store = store
        self._into = into

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def _where(self, office: Any, municipality: Any) -> Office:
        return self._into.get((office, municipality), (office, municipality))

    def office_rows(self, run_ids: Iterable[str]) -> list[dict[str, Any]]:
        out: dict[tuple, dict[str, Any]] = {}
        for row in self._store.office_rows(run_ids):
            office, municipality = self._where(row["office"], row["municipality"])
            key = (row["run_id"], row["check_id"], office, municipality)
            if key not in out:
                out[key] = {**row, "office": office, "municipality": municipality}
                continue
            merged = out[key]
            for name in COUNTS:
                if isinstance(row.get(name), int):
                    merged[name] = (merged.get(name) or 0) + row[name]
            merged["value"] = None  # two offices' indicator values do not add up
        return list(out.values())

    def findings_of(self, run_id: str) -> dict[str, dict[str, dict[str, Any]]]:
        out = self._store.findings_of(run_id)
        for findings in out.values():
            for f in findings.values():
                f["office"], f["municipality"] = self._where(f.get("office"), f.get("municipality"))
        return out


def join_offices(store: Any, joins: Sequence[Join], run_ids: list[str]) -> tuple[JoinedOffices, dict[str, str]]:
    """The store seen through ``joins`` over the offices of ``run_ids``, and each joined office's label ->
    the label of the office it is counted in (for the report's note)."""
    offices: dict[str, Office] = {}
    for row in store.office_rows(run_ids):
        pair = (row["office"], row["municipality"])
        offices.setdefault(_label(pair), pair)
    for run_id in run_ids:
        for findings in store.findings_of(run_id).values():
            for f in findings.values():
                pair = (f.get("office"), f.get("municipality"))
                if pair[0]:
                    offices.setdefault(_label(pair), pair)
    jmap = resolve_joins(joins, sorted(offices), "office", {label: pair[1] for label, pair in offices.items()})
    into: dict[Office, Office] = {}
    for label, target in jmap.items():
        member = offices[label]
        into[member] = offices.get(target) or (office_part(target), member[1])
    return JoinedOffices(store, into), jmap
