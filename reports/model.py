"""Turn a results.json document into a view model both renderers print as it is.

The view model holds every value twice: ``raw`` (a real ``int``/``float``/``date``,
for Excel) and ``text`` (formatted in Norwegian or English style, for HTML), plus
a ``kind`` telling a renderer how to show it. Renderers never decide a rule: the
levels, counts and statuses come from the results file; this module only looks
them up, translates them, formats them and sorts them.

The results file may be older than this module or partial (a check that was not
evaluated, an indicator without a value, no ``by_office``, no ``details``): every
key is optional here and a missing one is shown as "–".
"""


from __future__ import annotations

from pathlib import Path
from typing import Any

from audit.text import DEFAULT_LANG, Translator
from audit.text import t as text_t
import reports.explain as explain
from reports.check_view import build_check, history_summary_line, parameter_value
from reports.matrices import build_matrices
from reports.values import EMPTY, TEXT, Formatter, Val, as_dict, as_list, text_of, count_words
from reports.views import KeyValue, ReportModel


def _records(items: Any, fields: dict[str, Any]) -> list[dict[str, Val]]:
    """One row per item of the list ``items``: {field: shown(item[field])} for ``fields`` {field: shown}."""
    return [{name: shown(as_dict(item).get(name)) for name, shown in fields.items()} for item in as_list(items)]


# Up to this many unreadable values the reports list each on a row of its own (the method sheet all of
# them, the page its first ``case_limit``); above, the method sheet and the page show them grouped by file,
# column and message (:func:`issue_groups`) and results.json's ``input_issues`` is the list. A person does
# not read 300 000 rows of «ugyldig dato», and openpyxl wrote them at about 10 000 cells a second.
ISSUE_ROWS = 1_000
# Row numbers shown per group, and groups shown at most (the rest are counted in a line below them).
FIRST_ROWS, MAX_GROUPS = 5, 1_000


def issue_groups(issues: list, fmt: Formatter) -> tuple[list[dict[str, Val]], int]:
    """Unreadable values grouped by file, column and message, in the order each group first appears:
    the file, column and message, the number of values (``count``) and the first rows (``rows``,
    «2, 5, 9, 14, 20 …»); at most :data:`MAX_GROUPS`, with the number of groups left out."""
    groups: dict[tuple, list] = {}
    for item in issues:
        item = as_dict(item)
        file, column, message = item.get("file"), item.get("column"), item.get("message")
        key = (file, column, message) if all(isinstance(x, (str, type(None))) for x in (file, column, message)) \
            else (text_of(file), text_of(column), text_of(message))  # an odd results file: grouped by the shown text
        found = groups.get(key)
        if found is None:
            groups[key] = [item, 1, [item.get("row")]]
        else:
            found[1] += 1
            if len(found[2]) < FIRST_ROWS:
                found[2].append(item.get("row"))
    out = []
    for first, count, rows in list(groups.values())[:MAX_GROUPS]:
        shown = ", ".join(fmt.number(r).text for r in rows) + (" …" if count > len(rows) else "")
        out.append({"file": fmt.text(first.get("file")), "column": fmt.text(first.get("column")),
                    "message": fmt.text(first.get("message")), "count": fmt.number(count), "rows": fmt.text(shown)})
    return out, len(groups) - len(out)


def build_model(results: dict, lang: str = DEFAULT_LANG, case_limit: int | None = None) -> ReportModel:
    """The view model of one results.json document in one language.

    With ``case_limit`` each check's ``cases`` holds only its first (worst) cases as view
    objects — what the page shows; the workbook writes every case from ``case_source``, so
    a million cases need no Python object each."""
    t = Translator(lang)
    fmt = Formatter(t)
    results = as_dict(results)
    tool = as_dict(results.get("tool"))
    run = as_dict(results.get("run"))
    dataset = as_dict(results.get("dataset"))

    from concurrent.futures import ThreadPoolExecutor

    from reports.check_view import is_case_frame

    sources = [as_dict(c).get("cases") for c in as_list(results.get("checks"))]
    with ThreadPoolExecutor(1, thread_name_prefix="nav-audit-keys") as pool:
        # the run's columnar cases: polars counts the distinct keys (without the interpreter
        # lock) while the checks' views are built; case dicts are counted in this thread
        columnar = all(is_case_frame(x) or not x for x in sources)  # checks without cases: nothing to count
        counting = pool.submit(_distinct_over_cases, sources) if columnar else None
        checks = [build_check(as_dict(c), t, fmt, case_limit) for c in as_list(results.get("checks"))]
        distinct_cases, municipalities = counting.result() if counting else _distinct_over_cases(sources)
    from audit.municipalities import year_of

    office_matrix, municipality_matrix, indicator_matrix = build_matrices(checks, dataset, t, fmt, year_of(results))

    suite = text_of(run.get("suite") or dataset.get("name"))
    dataset_title = t(f"dataset.{suite}") if t.has(f"dataset.{suite}") else suite
    as_of = fmt.date(run.get("as_of"))
    period = as_dict(run.get("period"))
    period_val = fmt.empty()
    if period.get("from") or period.get("to"):
        text = t("report.period_value", start=fmt.date(period.get("from")).text, end=fmt.date(period.get("to")).text)
        period_val = Val(text, text, TEXT)

    case_total = sum(c.case_count for c in checks)  # findings: one case may be found by several checks
    facts = [
        KeyValue(t("report.dataset"), Val(dataset_title, dataset_title, TEXT) if dataset_title else fmt.empty()),
        KeyValue(t("report.as_of"), as_of),
        KeyValue(t("report.scope"), fmt.text(run.get("scope"))),
        KeyValue(t("report.period"), period_val),
        KeyValue(t("report.rows"), fmt.number(dataset.get("rows"))),
    ]
    facts = [f for f in facts if f.value.kind != EMPTY]

    run_facts = [
        KeyValue(t("method.tool"), fmt.text(" ".join(x for x in (text_of(tool.get("name")), text_of(tool.get("version"))) if x))),
        KeyValue(t("method.run_id"), fmt.text(run.get("id"))),
        KeyValue(t("report.as_of"), as_of),
        KeyValue(t("report.suite"), fmt.text(run.get("suite"))),
        KeyValue(t("report.scope"), fmt.text(run.get("scope"))),
        KeyValue(t("report.period"), period_val),
        KeyValue(t("method.started"), fmt.datetime(run.get("started_at"))),
        KeyValue(t("method.finished"), fmt.datetime(run.get("finished_at"))),
        KeyValue(t("method.strict"), fmt.bool(run.get("strict")) if "strict" in run else fmt.empty()),
    ]
    dataset_facts = [
        KeyValue(t("report.dataset"), Val(dataset_title, dataset_title, TEXT) if dataset_title else fmt.empty()),
        KeyValue(t("method.dataset_key"), fmt.text(dataset.get("key"))),
        KeyValue(t("report.rows"), fmt.number(dataset.get("rows"))),
        KeyValue(t("method.offices"), fmt.text(", ".join(text_of(o) for o in as_list(dataset.get("offices"))))),
        KeyValue(t("method.municipalities"), fmt.text(", ".join(text_of(m) for m in as_list(dataset.get("municipalities"))))),
        KeyValue(t("method.dataset_columns"), fmt.text(", ".join(text_of(c) for c in as_list(dataset.get("columns"))))),
    ]

    inputs = _records(run.get("inputs"), {"path": fmt.text, "format": fmt.text, "rows": fmt.number,
                                          "sha256": fmt.text, "mapping": fmt.text})

    mapping_columns, mapping_values, mapping_options = [], [], []
    for name, m in as_dict(run.get("mappings")).items():
        m = as_dict(m)
        for canonical, header in as_dict(m.get("columns")).items():
            mapping_columns.append({"mapping": fmt.text(name), "canonical": fmt.text(canonical), "header": fmt.text(header)})
        for column, values in as_dict(m.get("values")).items():
            for export_value, canonical_value in as_dict(values).items():
                mapping_values.append(
                    {
                        "mapping": fmt.text(name),
                        "column": fmt.text(column),
                        "export": fmt.text(export_value) if export_value != "" else Val('""', '""', TEXT),
                        "canonical": fmt.any(canonical_value),
                    }
                )
        for option, value in m.items():
            if option not in ("columns", "values"):
                mapping_options.append({"mapping": fmt.text(name), "option": fmt.text(option), "value": parameter_value(fmt, value)})

    parameters = []
    run_params = as_dict(run.get("parameters"))
    param_source = run_params or {c.id: c.parameters for c in checks if c.parameters}
    units = explain.declared_units(results.get("checks"))  # each value with its unit: «67 år», «50,0 %»
    for check_id, params in param_source.items():
        for name, value in as_dict(params).items():
            unit = explain.threshold_unit(str(name), units.get((str(check_id), str(name))))
            parameters.append({"check": fmt.text(check_id), "parameter": fmt.text(name),
                               "label": fmt.text(explain.param_label(lang, str(check_id), str(name))),
                               "value": parameter_value(fmt, value, unit), "unit": fmt.text(_unit_word(t, unit, value))})

    rule_versions = []
    for c in checks:
        for v in c.rule_versions:
            rule_versions.append(
                {
                    "check": fmt.text(c.id),
                    "parameter": fmt.text(v.get("parameter")),
                    "label": fmt.text(explain.param_label(lang, c.id, text_of(v.get("parameter")))),
                    "from": fmt.date(v.get("from")),
                    "until": fmt.date(v.get("until")),
                    "value": parameter_value(fmt, v.get("value"), explain.threshold_unit(
                        text_of(v.get("parameter")), units.get((c.id, text_of(v.get("parameter")))))),
                    "rows": fmt.number(v.get("rows")),
                }
            )
        if c.in_force_from or c.in_force_to:  # a rule judged only from the day it came into force (checks.md)
            words = t("method.rule_in_force")
            rule_versions.append({"check": fmt.text(c.id), "parameter": fmt.text(words), "label": fmt.text(words),
                                  "from": fmt.date(c.in_force_from), "until": fmt.date(c.in_force_to),
                                  "value": fmt.empty(), "rows": c.evaluated})

    all_issues = as_list(results.get("input_issues"))
    # each on a row of its own up to ISSUE_ROWS; above, grouped (and results.json lists every one)
    grouped = len(all_issues) > ISSUE_ROWS
    input_issues = [] if grouped else _records(all_issues, {"file": fmt.text, "row": fmt.number, "column": fmt.text,
                                                            "message": fmt.text})
    input_issue_groups, issue_groups_more = issue_groups(all_issues, fmt) if grouped else ([], 0)

    union: list[tuple[str, str]] = []
    for c in checks:
        for col in c.detail_columns:
            if col not in union:
                union.append(col)

    title = f"{t('report.title')}: {dataset_title}" if dataset_title else t("report.title")
    subtitle_parts = [f"{f.label}: {f.value.text}" for f in facts if f.label != t("report.dataset")]
    return ReportModel(
        lang=lang,
        t=t,
        fmt=fmt,
        title=title,
        subtitle=" · ".join(subtitle_parts),
        headline=_headline(t, lang, fmt, checks) if checks
        else t("report.no_checks"),
        headline_cases=text_t(
            "reports.findings_in_cases", lang,
            findings=count_words(lang, "findings", case_total, fmt), cases=count_words(lang, "cases", distinct_cases, fmt)),
        facts=facts,
        checks=checks,
        not_evaluated=[c for c in checks if c.not_evaluated],
        indicators=[c for c in checks if c.is_indicator],
        office_matrix=office_matrix,
        municipality_matrix=municipality_matrix,
        indicator_matrix=indicator_matrix,
        run_facts=[kv for kv in run_facts if kv.value.kind != EMPTY],
        dataset_facts=[kv for kv in dataset_facts if kv.value.kind != EMPTY],
        inputs=inputs,
        mapping_columns=mapping_columns,
        mapping_values=mapping_values,
        mapping_options=mapping_options,
        parameters=parameters,
        rule_versions=rule_versions,
        input_issues=input_issues,
        input_issue_total=len(all_issues),
        input_issue_groups=input_issue_groups,
        input_issue_groups_more=issue_groups_more,
        case_total=case_total,
        generated_by=t(
            "report.generated_by",
            tool=text_of(tool.get("name")) or "nav-audit",
            version=text_of(tool.get("version")),
        ).strip(),
        detail_columns=union,
        findings=_draft_findings(results, lang),
        distinct_cases=distinct_cases,
        case_municipalities=municipalities,
        history_line=history_summary_line(results.get("history"), t, fmt),
        history_on=fmt.date(as_dict(results.get("history")).get("on")) if isinstance(results.get("history"), dict) else None,
    )


def _distinct_over_cases(sources: list) -> tuple[int, int]:
    """How many different case keys, and different municipalities, the checks' cases (each a
    CaseFrame or a list of case dicts) hold (columnar)."""
    import polars as pl

    from reports.check_view import is_case_frame

    keys, towns = [], []
    for src in sources:
        if is_case_frame(src):
            keys.append(src.frame["key"].cast(pl.Utf8))
            if "municipality" in src.frame.columns:
                towns.append(src.frame["municipality"].cast(pl.Utf8))
        else:
            rows = [x for x in as_list(src) if isinstance(x, dict)]
            keys.append(_shown([x.get("key") for x in rows], none="None"))
            towns.append(_shown([x.get("municipality") for x in rows]))
    n_keys = pl.concat(keys).n_unique() if keys else 0
    every = pl.concat(towns).drop_nulls() if towns else pl.Series([], dtype=pl.Utf8)
    return n_keys, every.filter(every != "").n_unique()


def _shown(raw: list, none: str | None = None) -> "Any":
    """Values as the view shows them (:func:`fmt_key`), as text; only the few that hold something
    unusual (a long digit run, a control character, very long) go through it one by one."""
    import polars as pl

    from reports.values import UNUSUAL_TEXT

    text = pl.Series([None if x is None else (x if isinstance(x, str) else str(x)) for x in raw], dtype=pl.Utf8)
    odd = (text.str.contains(UNUSUAL_TEXT) | (text.str.len_chars() > 2000)).fill_null(False)
    if odd.any():
        text = text.scatter(odd.arg_true(), [fmt_key(raw[i]) for i in odd.arg_true().to_list()])
    text = text.replace("", None)
    return text.fill_null(none) if none is not None else text


def fmt_key(x) -> str | None:
    """A key or municipality as the view shows it (Formatter.text): None for none."""
    from reports.values import text_of

    return None if x is None or x == "" else text_of(x)


def history_line(results: dict, lang: str = DEFAULT_LANG) -> str:
    """The history line of a run's results ("Sammenlignet med kjøringen per …: 2 nye funn, …"); "" without history."""
    t = Translator(lang)
    return history_summary_line(as_dict(results).get("history"), t, Formatter(t))


def _draft_findings(results: dict, lang: str) -> list[dict]:
    """The "Utkast til funn" paragraphs, one per theme; the wording is owned by audit.findings."""
    from audit.findings import findings_for_report

    checks = results.get("checks")
    if isinstance(checks, list):  # the run's columnar cases: what the drafts read, without a dict per case
        results = {**results, "checks": [_findings_view(c) for c in checks]}
    return [{**f, "parts": _finding_parts(f, lang)} for f in findings_for_report(results, lang)]


def _finding_parts(f: dict, lang: str) -> list[tuple[str, str]]:
    """A theme as the supervisor writes it: («Krav», requirement), («Funn», facts), («Vurdering», …),
    («Konklusjon», …); empty parts left out, the words of the drafts' own headings."""
    def joined(x: Any) -> str:
        return " ".join(str(p) for p in x if p) if isinstance(x, list) else str(x or "")

    conclusion = joined(f.get("conclusions")) or joined(f.get("conclusion"))
    parts = [("requirement", joined(f.get("requirement"))), ("facts", joined(f.get("facts"))),
             ("assessment", joined(f.get("assessment"))), ("conclusion", conclusion)]
    return [(text_t(f"findings.h.{name}", lang), text.strip()) for name, text in parts if text.strip()]


def _findings_view(check: Any) -> Any:
    """A check whose cases are a CaseFrame, with its cases as the drafts read them: per distinct
    level, rule and limit (in the order they first appear) one dict with its smallest value and,
    where the values differ, a second with its largest, ``_n`` the number of cases each stands
    for. The drafts count cases per rule version and limit and take the smallest and largest
    value of the deviations (audit.findings.draft), so this gives the same words as one dict per
    case, without a dict per distinct value and limit."""
    import polars as pl

    from reports.check_view import is_case_frame

    if not isinstance(check, dict) or not is_case_frame(check.get("cases")):
        return check
    frame = check["cases"].frame
    keys = [c for c in ("level", "rule", "limit") if c in frame.columns]
    # a limit that is a date carries the rule's number as a fact (``limit_months``: extended or not): the
    # drafts name it (audit.findings.draft), so it groups the cases too
    schema = frame.schema.get("facts")
    numbers = [f.name for f in schema.fields if f.name.startswith("limit_")] if isinstance(schema, pl.Struct) else []
    if numbers:
        frame = frame.with_columns(pl.struct([pl.col("facts").struct.field(f) for f in numbers]).alias("_facts"))
        keys.append("_facts")
    has_value = "value" in frame.columns
    if not frame.height or not (keys or has_value):
        return {**check, "cases": []}
    agg = [pl.len().alias("_n")]
    if has_value:
        agg += [pl.col("value").min().alias("_lo"), pl.col("value").max().alias("_hi")]
    grouped = frame.group_by(keys, maintain_order=True).agg(agg) if keys else frame.select(agg)
    cases = []
    for g in grouped.to_dicts():
        n = g.pop("_n")
        lo, hi = g.pop("_lo", None), g.pop("_hi", None)
        if "_facts" in g:
            g["facts"] = g.pop("_facts")
        if lo is None or lo == hi or n == 1:
            cases.append({**g, **({"value": lo} if has_value else {}), "_n": n})
        else:
            cases += [{**g, "value": lo, "_n": n - 1}, {**g, "value": hi, "_n": 1}]
    return {**check, "cases": cases}


def _headline(t, lang: str, fmt, checks: list) -> str:
    """«19 av 21 kontroller med avvik, 0 til vurdering, 1 i orden, 0 ikke vurdert, 1 indikator under mål.»:
    every check counted once, as the terminal's summary line counts them; a check that judged no case
    (status «ok», shown as «Ingen saker vurdert») is counted apart, never as in order."""
    n = {"deviation": 0, "warning": 0, "ok": 0, "below_target": 0}
    none, not_evaluated = 0, 0
    for c in checks:
        if c.not_evaluated:
            not_evaluated += 1
        elif c.judged_no_case:
            none += 1
        elif c.status.code in n:
            n[c.status.code] += 1
        else:  # a status this version does not know: not judged as far as the reader can tell
            not_evaluated += 1
    text = t("report.headline", deviation=n["deviation"], checks=count_words(lang, "checks", len(checks), fmt),
             warning=n["warning"], ok=n["ok"], not_evaluated=not_evaluated)
    extra = []
    if none:
        extra.append(t("report.headline.none_judged", count=none))
    if n["below_target"] or any(c.is_indicator for c in checks):
        extra.append(t("report.headline.below_target", indicators=count_words(lang, "indicators", n["below_target"], fmt)))
    return text + "".join(f", {x}" for x in extra) + "."


def _unit_word(t, unit: str | None, value: Any = None) -> str:
    """A parameter's unit as the workbook's unit column names it («dager», «måned» for 1); none for
    shares (shown as percentages) and counts."""
    if not unit or unit in ("share", "count"):
        return ""
    for key in ((f"unit.{unit}.one",) if value == 1 and not isinstance(value, bool) else ()) + (
            f"unit.{unit}", f"unit.{unit}.other"):
        if t.has(key):
            return t(key)
    return ""


def load_results(path: str | Path) -> dict:
    """Read a results.json file (audit.results_model.load); a missing or malformed file is an InputError naming it."""
    from audit.results_model import load

    return load(path).to_dict()
