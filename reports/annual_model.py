"""The view model of the annual report (årsrapport), built from
:func:`audit.annual.annual_figures`: both the page (:mod:`reports.annual`) and the workbook
(:mod:`reports.annual_excel`) print it as it is. The figures (which run counts for which
period, what is open or overdue, whether a target is met) come from :mod:`audit.annual`
and are not decided again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from audit.history.follow_ups import STATUS_LABELS
from audit.text import DEFAULT_LANG, Translator
from audit.text import t as text_t
from reports.annual_charts import BarChart, LineChart, bar_chart, line_chart
from reports.annual_text import first_index, last_index, target_phrase, check_title, summary_paragraphs
from reports.values import EMPTY, INT, NUMBER, TEXT, Formatter, Val, count_words
from reports.views import KeyValue, Status

__all__ = ["AnnualModel", "CheckRow", "IndicatorRow", "OfficeRow", "build_annual_model"]


# --------------------------------------------------------------------------- view model


@dataclass
class CheckRow:
    id: str
    title: str
    kind_label: str
    quarters: list[Val]
    quarter_details: list[str]
    months: list[Val]
    month_details: list[str]
    previous_quarters: list[Val]
    previous_same: Val  # the year before, in this year's last quarter with a figure
    change: Val  # percentage points from the first to the last quarter with a figure
    opened: Val
    resolved: Val
    open: Val
    open_deviations: Val
    follow_ups_open: Val
    overdue: Val
    chart: LineChart


@dataclass
class IndicatorRow:
    id: str
    title: str
    unit_label: str
    target: Val
    quarters: list[Val]
    met: list[Status | None]
    previous_quarters: list[Val]
    last: Val
    last_met: Status | None
    chart: LineChart


@dataclass
class OfficeRow:
    office: str
    municipality: str
    failed: list[Val]
    rates: list[Val]
    details: list[str]
    by_check: dict[str, Val]
    open_findings: Val | None = None  # findings open at year end (each check's last assessed run)
    overdue: Val | None = None  # overdue follow-up actions on this office's findings


@dataclass
class AnnualModel:
    lang: str
    t: Translator
    fmt: Formatter
    figures: dict[str, Any]
    year: int
    previous_year: int
    title: str
    facts: list[KeyValue]
    summary: list[str]
    key_figures: list[KeyValue]
    quarter_labels: list[str]
    quarter_short: list[str]
    month_labels: list[str]
    last_quarter: int | None  # index of the last quarter with a figure
    checks: list[CheckRow]
    totals: CheckRow | None
    indicators: list[IndicatorRow]
    total_chart: BarChart
    follow_ups: list[dict[str, Val]]
    offices: list[OfficeRow]
    office_checks: list[tuple[str, str]]  # (id, title) of the checks in the office matrix
    runs: list[dict[str, Val]]
    previous_runs: list[dict[str, Val]]
    period_rows: list[dict[str, Val]]
    on: Val
    generated_by: str = ""
    notes: list[str] = field(default_factory=list)
    method_notes: list[str] = field(default_factory=list)  # which lines are counted, the headline minimum


def _rate_val(fmt: Formatter, point: dict | None) -> Val:
    return fmt.percent(point.get("rate")) if point else fmt.empty()


def _detail(t: Translator, fmt: Formatter, point: dict | None) -> str:
    if not point or point.get("evaluated") is None:
        return ""
    return t("annual.col.rate_of", failed=fmt.number_text(point.get("failed") or 0),
             evaluated=fmt.number_text(point["evaluated"]))


def _pp(fmt: Formatter, a: float | None, b: float | None) -> Val:
    if a is None or b is None:
        return fmt.empty()
    pp = round((b - a) * 100, 1) + 0.0  # + 0.0: no "-0.0"
    text = fmt.babel.number(abs(pp), 1, fixed=True)
    if pp:
        text = ("+" if pp > 0 else "−") + text
    return Val(pp, text, NUMBER)


def _with_unit(fmt: Formatter, value: Any, unit: str | None) -> Val:
    """A measured value whose text carries its unit ("7 dager"); raw stays the number (for Excel)."""
    v = fmt.measured(value, unit)
    return Val(v.raw, fmt.with_unit(value, unit), v.kind) if v.numeric else v


def _status(t: Translator, met: bool | None) -> Status | None:
    if met is None:
        return None
    return Status("ok", t("annual.met.yes")) if met else Status("below_target", t("annual.met.no"))


def _check_row(t: Translator, fmt: Formatter, check: dict[str, Any], month_labels: list[str],
               years: tuple[int, int], last_q: int | None) -> CheckRow:
    lang = t.lang
    q, m = check["quarters"], check["months"]
    prev_q = check["previous"]["quarters"]
    f, last = first_index(q), last_index(q)
    anchor = last if last is not None else last_q
    findings = check.get("findings") or {}
    follow = check.get("follow_ups") or {}
    chart = line_chart(
        fmt, check_title(check, lang), t("annual.chart.check_desc", year=years[0], previous=years[1]), month_labels,
        [("series-previous", str(years[1]), [p["rate"] if p else None for p in check["previous"]["months"]]),
         ("series-current", str(years[0]), [p["rate"] if p else None for p in m])],
        share=True, empty_text=t("annual.chart.no_data", year=years[0]),
    )
    return CheckRow(
        id=check["id"],
        title=check_title(check, lang),
        kind_label=t(f"kind.{check['kind']}") if t.has(f"kind.{check['kind']}") else check["kind"],
        quarters=[_rate_val(fmt, p) for p in q],
        quarter_details=[_detail(t, fmt, p) for p in q],
        months=[_rate_val(fmt, p) for p in m],
        month_details=[_detail(t, fmt, p) for p in m],
        previous_quarters=[_rate_val(fmt, p) for p in prev_q],
        previous_same=_rate_val(fmt, prev_q[anchor]) if anchor is not None else fmt.empty(),
        change=_pp(fmt, q[f]["rate"], q[last]["rate"]) if f is not None and last != f else fmt.empty(),
        opened=fmt.number(findings.get("opened")),
        resolved=fmt.number(findings.get("resolved")),
        open=fmt.number(findings.get("open")),
        open_deviations=fmt.number(findings.get("open_deviations")),
        follow_ups_open=fmt.number(follow.get("open")),
        overdue=fmt.number(follow.get("overdue")),
        chart=chart,
    )


def _indicator_row(t: Translator, fmt: Formatter, check: dict[str, Any], month_labels: list[str],
                   years: tuple[int, int]) -> IndicatorRow:
    unit = check.get("unit")
    q = check["quarters"]
    last = last_index(q, "value")
    target = check.get("target")
    target_text = target_phrase(t, fmt, target, unit)
    chart = line_chart(
        fmt, check_title(check, t.lang), t("annual.chart.indicator_desc", year=years[0], previous=years[1]), month_labels,
        [("series-previous", str(years[1]), [p["value"] if p else None for p in check["previous"]["months"]]),
         ("series-current", str(years[0]), [p["value"] if p else None for p in check["months"]])],
        share=unit == "share", unit=unit, target=(target or {}).get("value"), target_label=t("annual.chart.target"),
        empty_text=t("annual.chart.no_data", year=years[0]),
    )
    return IndicatorRow(
        id=check["id"],
        title=check_title(check, t.lang),
        unit_label=t(f"unit.{unit}") if unit and t.has(f"unit.{unit}") else (unit or ""),
        target=Val(target_text, target_text, TEXT) if target_text else fmt.empty(),
        quarters=[_with_unit(fmt, p.get("value") if p else None, unit) for p in q],
        met=[_status(t, p.get("met")) if p else None for p in q],
        previous_quarters=[_with_unit(fmt, p.get("value") if p else None, unit) for p in check["previous"]["quarters"]],
        last=_with_unit(fmt, q[last]["value"], unit) if last is not None else fmt.empty(),
        last_met=_status(t, q[last].get("met")) if last is not None else None,
        chart=chart,
    )


def build_annual_model(figures: dict[str, Any], lang: str = DEFAULT_LANG) -> AnnualModel:
    """The view model of the annual figures in one language."""
    from audit import __version__

    t = Translator(lang)
    fmt = Formatter(t)
    year, previous = figures["year"], figures["previous_year"]
    quarter_labels = [t("annual.quarter", n=i) for i in range(1, 5)]
    quarter_short = [t("annual.quarter_short", n=i) for i in range(1, 5)]
    month_labels = [t(f"annual.month.{i}") for i in range(1, 13)]
    suites = figures.get("suites") or []
    datasets = ", ".join(t(f"dataset.{s}") if t.has(f"dataset.{s}") else s for s in suites)
    title = t("annual.title", year=year) + (f": {datasets}" if datasets else "")
    last_q = last_index(figures["totals"]["quarters"])
    on = fmt.date(figures.get("on"))

    prev_runs = figures.get("previous_runs") or []
    compared = (t("annual.compared_value", year=previous, runs=fmt.number_text(len(prev_runs))) if prev_runs
                else t("annual.compared_none", year=previous))
    facts = [
        KeyValue(t("annual.year"), Val(year, str(year), TEXT)),
        KeyValue(t("report.suite"), fmt.text(datasets)),  # the suites' names, not their codes
        KeyValue(t("report.scope"), fmt.text(figures.get("scope") or ", ".join(
            sorted({str(line["scope"]) for line in figures.get("lines") or [] if line.get("scope")})))),
        KeyValue(t("annual.runs"), fmt.number(len(figures.get("runs") or []))),
        KeyValue(t("annual.cases_checked"), fmt.number(figures.get("cases_checked"))),
        KeyValue(t("annual.compared_with"), Val(compared, compared, TEXT)),
        KeyValue(t("annual.on"), on),
    ]
    facts = [f for f in facts if f.value.kind != EMPTY]

    checks_raw = figures.get("checks") or []
    checks = [_check_row(t, fmt, c, month_labels, (year, previous), last_q) for c in checks_raw
              if c["kind"] != "indicator"]
    indicators = [_indicator_row(t, fmt, c, month_labels, (year, previous)) for c in checks_raw
                  if c["kind"] == "indicator"]
    totals_check = {
        "id": "", "kind": "deviation", "title": {lang: t("col.total")},
        "quarters": figures["totals"]["quarters"], "months": figures["totals"]["months"],
        "previous": figures["totals"]["previous"], "findings": figures["totals"]["findings"],
        "follow_ups": figures["totals"]["follow_ups"],
    }
    totals = _check_row(t, fmt, totals_check, month_labels, (year, previous), last_q) if checks else None
    if totals is not None:  # over all checks a case is assessed once per check: assessments, not cases
        def assessed(p: dict | None) -> str:
            if not p or p.get("evaluated") is None:
                return ""
            return text_t("reports.annual.rate_of_assessments", lang, failed=fmt.number_text(p.get("failed") or 0),
                          evaluated=count_words(lang, "assessments", p["evaluated"], fmt))
        totals.quarter_details = [assessed(p) for p in figures["totals"]["quarters"]]
        # twelve months on a page: the month table says "vurderinger" once, under "Sum"
        totals.month_details = [_detail(t, fmt, p) for p in figures["totals"]["months"]]

    total_chart = bar_chart(
        fmt, t("annual.chart.total_title"), t("annual.chart.total_desc", year=year, previous=previous),
        quarter_labels,
        [("series-previous", str(previous), [p["rate"] if p else None for p in figures["totals"]["previous"]["quarters"]]),
         ("series-current", str(year), [p["rate"] if p else None for p in figures["totals"]["quarters"]])],
    )

    found = figures["totals"]["findings"]
    follow = figures["totals"]["follow_ups"]
    key_figures = [
        KeyValue(t("annual.col.opened"), fmt.number(found["opened"])),
        KeyValue(t("annual.col.resolved"), fmt.number(found["resolved"])),
        KeyValue(t("annual.col.open"), fmt.number(found["open"])),
        KeyValue(t("annual.col.open_deviations"), fmt.number(found["open_deviations"])),
        KeyValue(t("annual.col.follow_ups_open"), fmt.number(follow["open"])),
        KeyValue(t("annual.col.overdue"), fmt.number(follow["overdue"])),
    ]

    titles = {c["id"]: check_title(c, lang) for c in checks_raw}
    follow_ups = []
    for fu in figures.get("follow_ups") or []:
        status_label = STATUS_LABELS.get(fu["status"], {}).get(lang, fu["status"])
        follow_ups.append({
            "id": fmt.number(fu.get("id")),
            "check_id": fmt.text(fu.get("check_id")),
            "check": fmt.text(titles.get(fu.get("check_id"), fu.get("check_id"))),
            # never the case key: a pseudonym is still personal data, and this report goes to the council
            "key": fmt.text(t("annual.col.one_case" if fu.get("key") else "annual.col.whole_check")),
            "status": fmt.text(status_label),
            "status_code": "deviation" if fu.get("overdue") else "warning",
            "responsible": fmt.text(fu.get("responsible")),
            "action": fmt.text(fu.get("action")),
            "due": fmt.date(fu.get("due_date")),
            "overdue": fmt.text(t("annual.overdue")) if fu.get("overdue") else fmt.empty(),
        })

    office_checks = [(c["id"], check_title(c, lang)) for c in checks_raw if c["kind"] != "indicator"]
    offices = []
    for o in figures.get("offices") or []:
        by_check = {}
        if last_q is not None:
            for cid, series in (o.get("checks") or {}).items():
                point = series[last_q]
                by_check[cid] = fmt.number(point.get("failed")) if point else fmt.empty()
        offices.append(OfficeRow(
            office=str(o.get("office") or t("where.unknown_office")),
            municipality=str(o.get("municipality") or ""),
            failed=[fmt.number(p.get("failed")) if p else fmt.empty() for p in o["quarters"]],
            rates=[_rate_val(fmt, p) for p in o["quarters"]],
            details=[_detail(t, fmt, p) for p in o["quarters"]],
            by_check=by_check,
            open_findings=fmt.number(o.get("open_findings")),
            overdue=fmt.number(o.get("overdue_follow_ups")),
        ))
    used = {cid for o in offices for cid in o.by_check}
    office_checks = [(cid, title) for cid, title in office_checks if cid in used]

    def run_rows(runs: list[dict[str, Any]]) -> list[dict[str, Val]]:
        out = []
        for r in runs:
            period = r.get("period") or {}
            period_text = (t("report.period_value", start=fmt.date(period.get("from")).text,
                             end=fmt.date(period.get("to")).text) if period else "")
            out.append({
                "id": fmt.text(r.get("id")),
                "suite": fmt.text(r.get("suite")),
                "scope": fmt.text(r.get("scope")),
                "as_of": fmt.date(r.get("as_of")),
                "period": Val(period_text, period_text, TEXT) if period_text else fmt.empty(),
                "reference_date": fmt.date(r.get("reference_date")),
                "month": fmt.text(month_labels[r["month"] - 1]) if r.get("month") else fmt.empty(),
                "quarter": fmt.text(quarter_labels[r["quarter"] - 1]) if r.get("quarter") else fmt.empty(),
                "rows": fmt.number(r.get("dataset_rows")),
            })
        return out

    period_rows = []
    for c in checks_raw:
        unit = c.get("unit")
        for which, y, series in ((None, year, c), ("previous", previous, c["previous"])):
            for kind, labels, points in (("quarter", quarter_labels, series["quarters"]),
                                         ("month", month_labels, series["months"])):
                for i, p in enumerate(points):
                    if p is None:
                        continue
                    period_rows.append({
                        "check_id": fmt.text(c["id"]),
                        "check": fmt.text(check_title(c, lang)),
                        "year": Val(y, str(y), INT),
                        "kind": fmt.text(t(f"annual.kind.{kind}")),
                        "period": fmt.text(labels[i]),
                        "as_of": fmt.date(p.get("as_of")),
                        "runs": fmt.text(", ".join(p.get("runs") or [])),
                        "evaluated": fmt.number(p.get("evaluated")),
                        "failed": fmt.number(p.get("failed")) if c["kind"] != "indicator" else fmt.empty(),
                        "warned": fmt.number(p.get("warned")) if c["kind"] != "indicator" else fmt.empty(),
                        "unknown": fmt.number(p.get("unknown")),
                        "rate": fmt.percent(p.get("rate")),
                        "value": fmt.measured(p.get("value"), unit) if c["kind"] == "indicator" else fmt.empty(),
                    })

    return AnnualModel(
        lang=lang, t=t, fmt=fmt, figures=figures, year=year, previous_year=previous, title=title, facts=facts,
        summary=summary_paragraphs(figures, lang), key_figures=key_figures, quarter_labels=quarter_labels,
        quarter_short=quarter_short, month_labels=month_labels, last_quarter=last_q, checks=checks, totals=totals,
        indicators=indicators, total_chart=total_chart, follow_ups=follow_ups, offices=offices,
        office_checks=office_checks, runs=run_rows(figures.get("runs") or []),
        previous_runs=run_rows(prev_runs), period_rows=period_rows, on=on,
        generated_by=t("report.generated_by", tool="nav-audit", version=__version__).strip(),
        method_notes=_method_notes(figures, lang, fmt),
    )


def _method_notes(figures: dict[str, Any], lang: str, fmt: Formatter) -> list[str]:
    notes = []
    for line in figures.get("lines") or []:
        if not line.get("counted") and line.get("same_cases_as") is not None:
            notes.append(text_t("reports.annual.lines_method", lang, scope=line.get("scope") or "–",
                                counted=line["same_cases_as"], municipalities=", ".join(line.get("municipalities") or [])))
    if figures.get("headline_min_cases"):
        notes.append(text_t("reports.annual.min_cases_method", lang, min=fmt.number_text(figures["headline_min_cases"])))
    if figures.get("joins"):  # annual --join: offices split, merged or renamed during the year
        from audit.supervision.joins import join_note

        notes.append(join_note({j["unit"]: j["into"] for j in figures["joins"]}, lang))
    return notes
