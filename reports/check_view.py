"""One check of a results.json document as a :class:`reports.views.CheckView`: its cases
(sorted worst first, with facts, limit, reason, lifecycle and follow-ups), its figures per
office and its lifecycle against the previous run."""

from __future__ import annotations

import math
import re
from typing import Any, Iterable

from audit.results_model import judged_no_case
from audit.text import Translator
import reports.explain as explain
from reports.unknown_view import unknown_reasons
from reports.values import (
    DATE, EMPTY, HIDDEN_DETAILS, LEVEL_ORDER, TEXT, OPS, Formatter, Val, as_dict, as_list, localized, text_of, parse_date,
)
from reports.views import CaseRow, CheckView, EarlierFinding, FollowUpView, LifecycleView, OfficeFigure, Status

def _case_sort_key(case: dict) -> tuple:
    level = LEVEL_ORDER.get(case.get("level"), 2)
    value = case.get("value")
    has_number = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    return (level, 0 if has_number else 1, -value if has_number else 0, str(case.get("key", "")))


def sort_cases(cases: Iterable[dict]) -> list[dict]:
    """Worst first: deviation before warning, then the larger value, then the key."""
    return sorted((c for c in cases if isinstance(c, dict)), key=_case_sort_key)


def sorted_frame(frame: Any) -> Any:
    """A check's cases (a polars frame of results.md cases) in :func:`sort_cases` order."""
    import polars as pl

    if frame.height < 2:
        return frame
    order = pl.col("level").replace_strict(LEVEL_ORDER, default=2, return_dtype=pl.Int8).fill_null(2)
    value = pl.col("value")
    if frame.schema["value"].is_numeric():
        has = value.is_not_null() & value.cast(pl.Float64).is_finite()
        neg = pl.when(has).then(-value.cast(pl.Float64)).otherwise(0.0)
    else:
        has, neg = pl.lit(False), pl.lit(0.0)
    keys = [order, (~has).cast(pl.Int8), neg, pl.col("key").cast(pl.Utf8).fill_null("")]
    # the run builds its cases in this order already (audit/results.py): check, in one pass, before sorting
    cols = frame.select([k.alias(f"k{i}") for i, k in enumerate(keys)])
    later = pl.lit(False)  # row i sorts after row i-1 (strictly, on an earlier key)
    for name in reversed(cols.columns):
        x, prev = pl.col(name), pl.col(name).shift(1)
        later = (x > prev) | ((x == prev) & later) if name != cols.columns[-1] else (x >= prev)
    if cols.select(later.slice(1).all()).item():
        return frame
    return frame.sort(keys, maintain_order=True)


def is_case_frame(source: Any) -> bool:
    """The run's columnar cases (:class:`audit.case_frame.CaseFrame`) rather than a list of dicts."""
    return hasattr(source, "frame") and hasattr(source.frame, "height")


def detail_names(source: Any) -> list[str]:
    """The detail columns of a check's cases: their facts (less those the row shows in its own
    columns) and details, in order of first appearance, never a hidden one."""
    names: list[str] = []
    if is_case_frame(source):
        if not source.frame.height:
            return []
        for col in ("facts", "details"):
            dtype = source.frame.schema.get(col)
            for f in getattr(dtype, "fields", None) or []:
                if (col == "details" or f.name not in explain.SHOWN_ELSEWHERE) and f.name not in names:
                    names.append(f.name)
    else:
        seen: dict[str, None] = {}
        for c in as_list(source):
            if not isinstance(c, dict):
                continue
            facts, details = c.get("facts"), c.get("details")
            # cases share their keys: look at a case's facts only when it has one not seen yet
            if isinstance(facts, dict) and not facts.keys() <= seen.keys():
                seen.update(dict.fromkeys(explain.facts_items(facts)))
            if isinstance(details, dict) and not details.keys() <= seen.keys():
                seen.update(dict.fromkeys(details))
        names = list(seen)
    return [n for n in names if n not in HIDDEN_DETAILS]


def _case_dicts(source: Any, limit: int | None, t: Translator, fmt: Formatter) -> tuple[Any, list[dict], int, list[str], list]:
    """(every case sorted worst first — a CaseFrame stays one —, the first ``limit`` of them as
    dicts, how many there are, their detail columns, (key, follow-up) of every case with follow-ups)."""
    if is_case_frame(source):
        from audit.case_frame import CaseFrame

        every = CaseFrame(sorted_frame(source.frame))
        shown = CaseFrame(every.frame if limit is None else every.frame.head(limit)).rows()
        return every, shown, every.frame.height, detail_names(source), []
    every = sort_cases(as_list(source))
    follow = [(fmt.text(c.get("key")), fu) for c in every if c.get("follow_ups")
              for fu in _follow_ups(c.get("follow_ups"), t, fmt)]
    return every, (every if limit is None else every[:limit]), len(every), detail_names(every), follow


def _target_text(fmt: Formatter, target: Any, unit: str | None) -> Val:
    target = as_dict(target)
    if "value" not in target:
        return fmt.empty()
    op = OPS.get(str(target.get("op", "")), str(target.get("op", "")))
    text = fmt.t("target.value", op=op, value=fmt.with_unit(target["value"], unit)).strip()
    return Val(text, text, TEXT)


def _versioned_text(fmt: Formatter, versions: list, unit: str | None = None) -> str:
    parts = []
    for v in versions:
        v = as_dict(v)
        value = _with_unit(fmt, v.get("value"), unit).text
        start, until = parse_date(v.get("from")), parse_date(v.get("until"))
        if start and until:
            parts.append(fmt.t("method.versioned_between", value=value, start=fmt.date_text(start), until=fmt.date_text(until)))
        elif until:
            parts.append(fmt.t("method.versioned_until", value=value, until=fmt.date_text(until)))
        elif start:
            parts.append(fmt.t("method.versioned_from", value=value, start=fmt.date_text(start)))
        else:
            parts.append(fmt.t("method.versioned_always", value=value))
    return "; ".join(parts)


def _is_versioned(x: Any) -> bool:
    return isinstance(x, list) and bool(x) and all(isinstance(v, dict) and "value" in v for v in x)


def _with_unit(fmt: Formatter, x: Any, unit: str | None) -> Val:
    """A parameter's number with its unit (``67 år``, a share as ``50,0 %``; ``raw`` stays the number)."""
    if unit and isinstance(x, (int, float)) and not isinstance(x, bool):
        return fmt.measured_unit(x, unit)
    return fmt.any(x)


def parameter_value(fmt: Formatter, x: Any, unit: str | None = None) -> Val:
    """A parameter's value as the method section shows it; ``unit`` (a unit code) gives its numbers their unit."""
    if _is_versioned(x):
        text = _versioned_text(fmt, x, unit)
        return Val(text, text, TEXT)
    if isinstance(x, list):
        text = ", ".join(fmt.any(v).text for v in x)
        return Val(text, text, TEXT)
    if isinstance(x, dict):
        text = ", ".join(f"{k}: {fmt.any(v).text}" for k, v in x.items())
        return Val(text, text, TEXT)
    return _with_unit(fmt, x, unit)


def _column_label(t: Translator, column: str) -> str:
    """A column in words: a case fact's own word (``reports.fact.*``), the catalogue's column name,
    else a parameter's word, never the code name."""
    for key in (f"reports.fact.{column}", f"column.{column}"):
        if t.has(key):
            return t(key)
    return explain.param_label(t.lang, "", column)


def _label(t: Translator, key: str, fallback: Any, code: str) -> str:
    """The word for a code from i18n, else the file's own label (nb/en), else the code."""
    if t.has(key):
        return t(key)
    return localized(fallback, t.lang) or text_of(code)


def _follow_up(fu: dict, t: Translator, fmt: Formatter) -> FollowUpView:
    status = text_of(fu.get("status"))
    label = _label(t, f"followup.status.{status}", fu.get("status_label"), status)
    overdue = fu.get("overdue") is True
    due = fmt.date(fu.get("due_date"))
    responsible, action, note = fmt.text(fu.get("responsible")), fmt.text(fu.get("action")), fmt.text(fu.get("note"))
    parts = [label]
    parts += [v.text for v in (responsible, action) if v.kind != EMPTY]
    if due.kind != EMPTY:
        parts.append(t("followup.due", date=due.text))
    if note.kind != EMPTY:
        parts.append(f"({note.text})")
    overdue_label = t("followup.overdue") if overdue else ""
    if overdue:
        parts.append(overdue_label)
    return FollowUpView(status, label, responsible, action, due, note, overdue, overdue_label, " – ".join(parts))


def _follow_ups(items: Any, t: Translator, fmt: Formatter) -> list[FollowUpView]:
    return [_follow_up(as_dict(fu), t, fmt) for fu in as_list(items)]


def _follow_ups_text(fus: list[FollowUpView], fmt: Formatter) -> Val:
    if not fus:
        return fmt.empty()
    text = "\n".join(fu.text for fu in fus)
    return Val(text, text, TEXT)


def _case_lifecycle(raw: Any, t: Translator, fmt: Formatter) -> tuple[Val, str]:
    """The state word of a case, with "siden dd.mm.yyyy" for a persisting one."""
    life = as_dict(raw)
    state = text_of(life.get("state"))
    word = _label(t, f"lifecycle.{state}", life.get("state_label"), state)
    since = fmt.date(as_dict(life.get("since")).get("as_of"))
    if state == "persisting" and since.kind == DATE:
        word = t("lifecycle.since", state=word, date=since.text)
    return (Val(word, word, TEXT) if word else fmt.empty()), state


def lifecycle_texts(has_life: bool, life: Any, has_fu: bool, fus: Any, t: Translator,
                    fmt: Formatter) -> tuple[Val | None, Val | None]:
    """A case's lifecycle word and follow-ups text as its row shows them (None: no such column value)."""
    lifecycle = _case_lifecycle(life, t, fmt)[0] if has_life else None
    text = _follow_ups_text(_follow_ups(fus, t, fmt), fmt) if has_fu or has_life else None
    return lifecycle, text


def _earlier(f: dict, state: str, unit: str | None, t: Translator, fmt: Formatter) -> EarlierFinding:
    level = text_of(f.get("level"))
    fus = _follow_ups(f.get("follow_ups"), t, fmt)
    return EarlierFinding(
        state=state,
        state_label=t(f"lifecycle.{state}"),
        key=fmt.text(f.get("key")),
        level=level,
        level_label=t(f"level.{level}") if t.has(f"level.{level}") else text_of(level),
        value=fmt.measured(f.get("value"), unit),
        office=fmt.text(f.get("office")),
        municipality=fmt.text(f.get("municipality")),
        last_seen=fmt.date(as_dict(f.get("last_seen")).get("as_of")),
        since=fmt.date(as_dict(f.get("since")).get("as_of")),
        follow_ups=fus,
        follow_ups_text=_follow_ups_text(fus, fmt),
    )


def _lifecycle(raw: Any, unit: str | None, t: Translator, fmt: Formatter) -> LifecycleView | None:
    if not isinstance(raw, dict):
        return None
    counts = as_dict(raw.get("counts"))
    compared = fmt.date(as_dict(raw.get("compared_with")).get("as_of"))
    n = {k: counts.get(k) if isinstance(counts.get(k), int) else 0
         for k in ("new", "persisting", "resolved", "not_assessed", "overdue")}
    if raw.get("assessed") is False:
        line = t("history.check_not_assessed")
    elif compared.kind == DATE:
        line = t("history.check_line", as_of=compared.text, **{k: fmt.number_text(v) for k, v in n.items()})
    else:
        line = t("history.check_first", new=fmt.number_text(n["new"]))
    if n["not_assessed"]:
        line += ": " if raw.get("assessed") is False else ", "
        line += t("history.summary_not_assessed", count=fmt.number_text(n["not_assessed"]))
    if n["overdue"]:
        line += "; " + t("history.summary_overdue", count=fmt.number_text(n["overdue"]))
    earlier = [_earlier(as_dict(f), "resolved", unit, t, fmt) for f in sort_cases(as_list(raw.get("resolved")))]
    earlier += [_earlier(as_dict(f), "not_assessed", unit, t, fmt) for f in sort_cases(as_list(raw.get("not_assessed")))]
    return LifecycleView(
        compared_with=compared,
        new=fmt.number(n["new"]),
        persisting=fmt.number(n["persisting"]),
        resolved=fmt.number(n["resolved"]),
        not_assessed=fmt.number(n["not_assessed"]),
        overdue=fmt.number(n["overdue"]),
        line=line + ".",
        earlier=earlier,
    )


def history_summary_line(history: Any, t: Translator, fmt: Formatter) -> str:
    """The line at the top of the summary from ``history.summary``; "" without history."""
    if not isinstance(history, dict):
        return ""
    summary = as_dict(history.get("summary"))
    n = {k: summary.get(k) if isinstance(summary.get(k), int) else 0
         for k in ("new", "persisting", "resolved", "not_assessed", "follow_ups_open", "follow_ups_overdue")}
    prev = fmt.date(as_dict(history.get("previous_run")).get("as_of"))
    if prev.kind == DATE:
        line = t("history.summary", as_of=prev.text, new=fmt.number_text(n["new"]),
                 persisting=fmt.number_text(n["persisting"]), resolved=fmt.number_text(n["resolved"]))
    else:
        line = t("history.summary_first", new=fmt.number_text(n["new"]))
    if n["not_assessed"]:
        line += ", " + t("history.summary_not_assessed", count=fmt.number_text(n["not_assessed"]))
    extra = []
    if n["follow_ups_open"]:
        extra.append(t("history.summary_open", count=fmt.number_text(n["follow_ups_open"])))
    if n["follow_ups_overdue"] or n["follow_ups_open"]:
        extra.append(t("history.summary_overdue", count=fmt.number_text(n["follow_ups_overdue"])))
    return line + ("; " + ", ".join(extra) if extra else "") + "."


def build_check(raw: dict, t: Translator, fmt: Formatter, case_limit: int | None = None) -> CheckView:
    """One check's view; with ``case_limit`` only its first (worst) cases become :class:`CaseRow`
    objects (the page lists no more; the workbook writes every case from ``case_source``)."""
    lang = t.lang
    cid = text_of(raw.get("id")) or "?"
    kind = str(raw.get("kind") or "deviation")
    status_code = str(raw.get("status") or ("error" if raw.get("error") else "not_evaluated"))
    status_key = f"status.{status_code}"
    status = Status(status_code, t(status_key) if t.has(status_key) else text_of(status_code))
    unit = raw.get("unit") if isinstance(raw.get("unit"), str) else None
    evaluated = raw.get("evaluated")
    failed = raw.get("failed")
    rate = None
    if kind != "indicator" and isinstance(evaluated, int) and evaluated > 0 and isinstance(failed, int):
        rate = failed / evaluated
    missing = [text_of(c) for c in as_list(raw.get("missing_columns"))]
    error = text_of(raw.get("error")) or None
    notes = []
    if missing:
        notes.append(t("summary.missing", columns=", ".join(f"«{_column_label(t, c)}»" for c in missing)))
    if judged_no_case(status_code, kind, evaluated):
        # results.md's status is «ok» when no row was judged; the reader must not take that for «in order»
        unknown_n = raw.get("unknown") if isinstance(raw.get("unknown"), int) else 0
        status = Status(status_code, t("status.none_judged"))
        notes.append(t("summary.none_unknown", count=fmt.number_text(unknown_n)) if unknown_n
                     else t("summary.none_apply"))
    if error:
        notes.append(t("summary.error", message=error))

    source = raw.get("cases")
    unknown = [k for k in as_list(raw.get("unknown_keys")) if k not in (None, "")]
    unknown_lacks, unknown_codes = unknown_reasons(raw.get("unknown_keys"), unknown, lang, fmt)
    # without figures per office the matrices count the cases themselves: then build them all
    limit = case_limit if raw.get("by_office") else None
    source, shown, count, detail_columns, case_follow_ups = _case_dicts(source, limit, t, fmt)
    cases = []
    words = as_dict(raw.get("values"))  # words for the coded columns' codes (older results: none)
    for c in shown:
        details = {}
        # details (older results) and facts (results.md): one set of columns
        merged = {**explain.facts_items(c.get("facts")), **as_dict(c.get("details"))}
        for k, v in merged.items():
            if k in HIDDEN_DETAILS:
                continue
            details[k] = fmt.detail(k, v, words.get(k))
        level = str(c.get("level") or "")
        case_unit = c.get("unit") if isinstance(c.get("unit"), str) else unit
        shown, shown_unit, limit = explain.value_and_limit(
            fmt.babel, c.get("value"), case_unit, c.get("limit"), as_dict(c.get("facts")).get("comparison"),
            isinstance(c.get("reason"), dict))
        pass_fail = shown_unit is None and c.get("value") is None and isinstance(shown, str)
        rule = explain.rule_text(fmt.babel, c.get("rule"))
        reason = explain.reason_text(lang, c.get("reason"), value=c.get("value"), level=level)
        life, state = _case_lifecycle(c["lifecycle"], t, fmt) if "lifecycle" in c else (None, "")
        fus = _follow_ups(c.get("follow_ups"), t, fmt)
        cases.append(
            CaseRow(
                key=fmt.text(c.get("key")),
                level=level,
                level_label=t(f"level.{level}") if t.has(f"level.{level}") else text_of(level),
                value=fmt.text(shown) if pass_fail else fmt.measured_unit(c.get("value"), case_unit),
                office=fmt.text(explain.office_text(lang, c.get("office"), c.get("municipality"))),
                municipality=fmt.text(c.get("municipality")),
                caseworker=fmt.text(c.get("caseworker")),
                details=details,
                limit=fmt.text(limit),
                reason=fmt.text(reason),
                rule=fmt.text(rule),
                unit=None if pass_fail else case_unit,
                lifecycle=life,
                lifecycle_state=state,
                follow_ups=fus,
                follow_ups_text=_follow_ups_text(fus, fmt) if "follow_ups" in c or life is not None else None,
            )
        )

    labels = [(col, _column_label(t, col)) for col in detail_columns]
    for row in cases:
        row.fact_labels = [(label, row.details[col]) for col, label in labels if col in row.details]

    by_office = []
    for o in as_list(raw.get("by_office")):
        o = as_dict(o)
        by_office.append(
            OfficeFigure(
                office=text_of(o.get("office")),
                municipality=text_of(o.get("municipality")),
                evaluated=fmt.number(o.get("evaluated")),
                failed=fmt.number(o.get("failed")),
                warned=fmt.number(o.get("warned")),
                unknown=fmt.number(o.get("unknown")),
                value=fmt.measured(o.get("value"), unit),
            )
        )

    if status_code in ("not_evaluated", "error") or error:
        # a check that was not evaluated has no counts: show "–", not zeros
        evaluated = failed = None
        raw = {**raw, "warned": None, "unknown": None}
    unit_label = t(f"unit.{unit}") if unit and t.has(f"unit.{unit}") else (unit or "")
    return CheckView(
        id=cid,
        title=localized(raw.get("title"), lang) or cid,
        kind=kind,
        kind_label=t(f"kind.{kind}") if t.has(f"kind.{kind}") else text_of(kind),
        status=status,
        legal_basis=fmt.text(explain.legal_basis_text(lang, raw)),
        applies_to=fmt.text(localized(raw.get("applies_to"), lang)),
        measure=fmt.text(localized(raw.get("measure"), lang)),
        unit=unit,
        unit_label=unit_label,
        evaluated=fmt.number(evaluated),
        failed=fmt.number(failed) if kind != "indicator" else fmt.empty(),
        warned=fmt.number(raw.get("warned")) if kind != "indicator" else fmt.empty(),
        unknown=fmt.number(raw.get("unknown")),
        rate=fmt.percent(rate),
        value=fmt.measured(raw.get("value"), unit) if kind == "indicator" else fmt.empty(),
        target=_target_text(fmt, raw.get("target"), unit),
        missing_columns=missing,
        error=error,
        note="; ".join(notes),
        cases=cases,
        case_source=source,  # sorted worst first
        case_count=count,
        case_follow_ups=case_follow_ups,
        value_words=words,
        detail_columns=[(c, _column_label(t, c)) for c in detail_columns],
        by_office=by_office,
        parameters=as_dict(raw.get("parameters")),
        rule_versions=[as_dict(v) for v in as_list(raw.get("rule_versions"))],
        unknown_keys=[fmt.text(k) for k in unknown[:case_limit if limit is not None else None]],
        unknown_count=len(unknown),
        unknown_source=unknown,
        unknown_lacks=unknown_lacks,
        unknown_codes=unknown_codes,
        lifecycle=_lifecycle(raw.get("lifecycle"), unit, t, fmt),
        follow_ups=_follow_ups(raw.get("follow_ups"), t, fmt),
        thresholds=explain.thresholds(fmt.babel, cid, raw.get("parameters"), raw.get("thresholds")),
        requirement=fmt.text(localized(raw.get("requirement"), lang)),
        basis=text_of(raw.get("basis")),
        basis_label=explain.basis_text(lang, raw.get("basis")),
        legal_sources=explain.sources_text(lang, raw.get("legal_sources")),
        in_force=explain.in_force_text(fmt.babel, raw.get("in_force_from"), raw.get("in_force_to")),
        in_force_from=_iso_or_none(raw.get("in_force_from")), in_force_to=_iso_or_none(raw.get("in_force_to")),
        anchor="check-" + re.sub(r"[^A-Za-z0-9_-]+", "-", cid).strip("-"),
    )


def _iso_or_none(x: Any) -> str | None:
    return x if isinstance(x, str) and x.strip() else None
