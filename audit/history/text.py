"""Plain-text tables of the history for the terminal (bokmål by default, English on request).

The CLI prints what these functions return; they decide no rules, only layout and words.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping, Sequence

from audit.history.follow_ups import STATUS_LABELS
from audit.history.lifecycle import LIFECYCLE_LABELS
from audit.text import t

# The words of these tables are catalogue keys ``history.w.<name>`` (audit/text/words/history.py).
_NAMES = (
    "run",
    "as_of",
    "suite",
    "scope",
    "period",
    "checks",
    "deviations",
    "warnings",
    "version",
    "recorded",
    "started",
    "inputs",
    "rows",
    "input_issues",
    "check",
    "status",
    "evaluated",
    "unknown",
    "new",
    "persisting",
    "resolved",
    "not_assessed",
    "compared_with",
    "previous",
    "none",
    "no_runs",
    "no_follow_ups",
    "id",
    "key",
    "whole_check",
    "responsible",
    "action",
    "due",
    "note",
    "overdue",
    "created",
    "updated",
    "changes",
    "level",
    "value",
    "office",
    "state",
    "since",
    "history",
    "cases",
    "resolved_cases",
    "deviation",
    "warning",
    "ok",
    "not_evaluated",
    "below_target",
    "error",
    "runs",
    "follow_ups",
    "overdue_count",
)


def words(lang: str) -> dict[str, str]:
    """The table words in ``lang``, by name."""
    return {name: t(f"history.w.{name}", lang) for name in _NAMES}  # t() falls back to bokmål


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], max_width: int = 40) -> str:
    """Left-aligned columns separated by two spaces; long cells cut with '…'."""
    def cell(v: Any) -> str:
        text = "" if v is None else str(v).replace("\n", " ")
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    body = [[cell(v) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in body]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in body]
    return "\n".join(lines)


def _period(p: Mapping[str, Any] | None) -> str:
    return f"{p.get('from') or ''}..{p.get('to') or ''}" if p else ""


def runs_table(runs: Sequence[Mapping[str, Any]], lang: str = "nb", where: str = "") -> str:
    w = words(lang)
    if not runs:
        return w["no_runs"].format(where=where).replace("  ", " ")
    rows = [
        (r["id"], day(r["as_of"], lang), r["suite"], r.get("scope") or "", _period(r.get("period")),
         r.get("checks", ""), r.get("deviations", ""), r.get("warnings", ""), moment(r.get("recorded_at"), lang))
        for r in runs
    ]
    head = [w["run"], w["as_of"], w["suite"], w["scope"], w["period"], w["checks"], w["deviations"],
            w["warnings"], w["recorded"]]
    return table(head, rows) + f"\n\n{w['runs'].capitalize()}: {len(runs)}."


def run_detail(run: Mapping[str, Any], lifecycle: Mapping[str, Any], lang: str = "nb", cases: bool = False) -> str:
    """One run: metadata, inputs, checks with counts and lifecycle; with ``cases`` each finding too."""
    w = words(lang)
    prev = lifecycle.get("previous_run")
    lines = [
        f"{w['run']}: {run['id']}",
        f"{w['suite']}: {run['suite']}    {w['as_of']}: {day(run['as_of'], lang)}    {w['scope']}: {run.get('scope') or '–'}"
        f"    {w['period']}: {_period(run.get('period')) or '–'}",
        f"{w['version']}: {run.get('tool_name') or 'nav-audit'} {run.get('tool_version') or ''}    "
        f"{w['started']}: {moment(run.get('created_at'), lang)}    {w['recorded']}: {moment(run.get('recorded_at'), lang)}",
        f"{w['previous']}: {prev['id'] + ' (' + day(prev['as_of'], lang) + ')' if prev else w['none']}",
        f"{w['inputs']}:",
    ]
    for inp in run.get("inputs") or []:
        lines.append(f"  {inp.get('path')}  ({inp.get('rows')} {w['rows']}, sha256 {str(inp.get('sha256') or '')[:12]}…)")
    if run.get("input_issues"):
        lines.append(f"{w['input_issues']}: {run['input_issues']}")
    lines.append("")
    life_checks = lifecycle.get("checks") or {}
    rows = []
    for c in run.get("checks") or []:
        life = life_checks.get(c["id"], {})
        counts = life.get("counts") or {}
        status = w.get(c["status"], c["status"]) + (f" ({w['error']})" if c.get("error") else "")
        rows.append((c["id"], status, c.get("evaluated"), c.get("failed"), c.get("warned"), c.get("unknown"),
                     counts.get("new", 0), counts.get("persisting", 0), counts.get("resolved", 0)))
    lines.append(table([w["check"], w["status"], w["evaluated"], w["deviations"], w["warnings"], w["unknown"],
                        w["new"], w["persisting"], w["resolved"]], rows))
    if cases:
        for c in run.get("checks") or []:
            life = life_checks.get(c["id"], {})
            if not c.get("cases") and not life.get("resolved") and not life.get("not_assessed"):
                continue
            lines += ["", f"{c['id']}:"]
            if c.get("cases"):
                case_rows = []
                for f in c["cases"]:
                    info = (life.get("cases") or {}).get(f["key"], {})
                    state = LIFECYCLE_LABELS.get(info.get("state"), {}).get(lang, "")
                    since = day((info.get("since") or {}).get("as_of"), lang)
                    case_rows.append((f["key"], w.get(f["level"], f["level"]), f.get("value"), f.get("office"),
                                      state, since))
                lines.append(_indent(table([w["key"], w["level"], w["value"], w["office"], w["state"], w["since"]],
                                           case_rows)))
            for name in ("resolved", "not_assessed"):
                gone = life.get(name) or []
                if gone:
                    label = w["resolved_cases"] if name == "resolved" else w["not_assessed"]
                    lines.append(f"  {label}: " + ", ".join(f["key"] for f in gone))
    return "\n".join(lines)


def day(value: str | None, lang: str = "nb") -> str:
    """A stored date as the reader writes it: ``2025-12-31`` -> ``31.12.2025`` (``31 Dec 2025`` in English); empty
    stays empty, unreadable text as it is."""
    import datetime as dt

    from audit.text import Formatter

    if not value:
        return ""
    try:
        return Formatter(lang).date(dt.date.fromisoformat(str(value)[:10]))
    except ValueError:
        return str(value)


def moment(value: str | None, lang: str = "nb") -> str:
    """A stored time as the reader writes it: ``2026-12-06T23:58:50.5+00:00`` -> ``06.12.2026 23:58 UTC``
    (``6 Dec 2026 23:58 UTC`` in English); a time without an offset has no «UTC»; unreadable text as it is."""
    import datetime as dt

    from audit.text import Formatter

    if not value:
        return ""
    try:
        when = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    zone = ""
    if when.tzinfo is not None:
        when, zone = when.astimezone(dt.timezone.utc), " UTC"
    return f"{Formatter(lang).date(when.date())} {when:%H:%M}{zone}"


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def status_label(code: str, lang: str) -> str:
    return STATUS_LABELS.get(code, {}).get(lang, code)


def follow_ups_table(follow_ups: Sequence[Mapping[str, Any]], lang: str = "nb") -> str:
    w = words(lang)
    if not follow_ups:
        return w["no_follow_ups"]
    rows = [
        (f["id"], f["check_id"], f["key"] or w["whole_check"], status_label(f["status"], lang),
         f.get("responsible"), f.get("action"), day(f.get("due_date"), lang) + (f"  {w['overdue']}" if f.get("overdue") else ""))
        for f in follow_ups
    ]
    overdue = sum(1 for f in follow_ups if f.get("overdue"))
    text = table([w["id"], w["check"], w["key"], w["status"], w["responsible"], w["action"], w["due"]], rows, 30)
    return text + f"\n\n{w['follow_ups'].capitalize()}: {len(follow_ups)}, {w['overdue_count']}: {overdue}."


def follow_up_detail(fu: Mapping[str, Any], lang: str = "nb") -> str:
    w = words(lang)
    lines = [
        f"{w['id']} {fu['id']}: {fu['check_id']}  {fu['key'] or w['whole_check']}"
        + (f"  ({w['scope']}: {fu['scope']})" if fu.get("scope") else ""),
        f"{w['status']}: {status_label(fu['status'], lang)}" + (f"  {w['overdue']}" if fu.get("overdue") else ""),
        f"{w['responsible']}: {fu.get('responsible') or '–'}",
        f"{w['action']}: {fu.get('action') or '–'}",
        f"{w['due']}: {day(fu.get('due_date'), lang) or '–'}",
        f"{w['note']}: {fu.get('note') or '–'}",
        f"{w['created']}: {moment(fu['created_at'], lang)}    {w['updated']}: {moment(fu['updated_at'], lang)}",
    ]
    changes = fu.get("changes") or []
    if changes:
        lines += ["", f"{w['changes']}:"]
        lines.append(table(
            [w["updated"], w["status"], w["responsible"], w["action"], w["due"], w["note"]],
            [(moment(c["changed_at"], lang), status_label(c["status"], lang), c.get("responsible"), c.get("action"),
              day(c.get("due_date"), lang), c.get("note")) for c in changes],
            30,
        ))
    return "\n".join(lines)
