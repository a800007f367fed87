"""Draft findings in the county governor's form, from a results.json.

Per theme (``checks/themes.py``): the requirement (krav) with its legal basis, the
facts, the assessment and a conclusion, in the words each check declares
(``Check.finding``, :class:`checks.base.Finding`). Which conclusion (materiality):

* a check that could not be run, or that found nothing, concludes nothing;
* a check whose threshold is practice (checks.md "Law or practice"), or whose source
  lacks a column that could have cleared its cases (a KOSTRA 11CF file has no
  preliminary reply date), gives at most a **merknad**: the number alone is no breach;
* otherwise a check gives a **lovbrudd** when its deviations are systematic by
  :class:`Thresholds` (at least ``min_cases`` cases and at least ``min_share`` of the
  cases assessed), else a **merknad**.

A theme concludes lovbrudd when one of its checks does, naming the municipality
(«Trondheim - Tråante kommune (5001) sikrer ikke at … Dette er lovbrudd på …»); a report with a lovbrudd
also concludes on internal control (sosialtjenesteloven § 5, jf. kommuneloven § 25-1).
Case keys appear only in the appendix, which ``case_list=False`` leaves out.

:func:`draft_report` returns plain, JSON-able dicts; the writers are
``reports/findings_md.py`` and ``reports/findings_docx.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

from audit.findings.declared import Declared, declared, fallback, param_texts, unit_of, words_in
from audit.findings.evidence import (
    Evidence, as_dict, column_word, covered_period, as_int, as_list, is_number, is_periods, period_of_date, period_of_label, period_text,
    rule_text, versioned_by,
)
from audit.privacy import shown_value
from audit.text import Formatter, check_lang
from checks import SUITES
from checks.themes import INTERNAL_CONTROL, INTERNAL_CONTROL_FROM, theme_of, themes_for

BREACH, REMARK, NONE, NOT_ASSESSED = "breach", "remark", "none", "not_assessed"
_RANK = {BREACH: 3, REMARK: 2, NONE: 1, NOT_ASSESSED: 0}


@dataclass(frozen=True)
class Thresholds:
    """When deviations are systematic: at least ``min_cases`` cases and ``min_share`` of those assessed.

    Defaults: 3 cases and 5 %. One or two cases are what the county governor calls
    isolated errors («enkeltstående feil»); a handful among hundreds of cases is not, by
    itself, a failure of the municipality's management either.
    """

    min_cases: int = 3
    min_share: float = 0.05

    def __post_init__(self) -> None:
        if self.min_cases < 1 or not 0 <= self.min_share <= 1:
            raise ValueError("min_cases must be at least 1 and min_share between 0 and 1")

    def systematic(self, n: int, total: int) -> bool:
        return n >= self.min_cases and total > 0 and n / total >= self.min_share


def _join(items: list[str], fmt: Formatter) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {fmt.t('findings.and')} " + items[-1]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _limit_text(limit, fmt: Formatter) -> str:
    limit = as_dict(limit)
    if is_number(limit.get("value")):
        return fmt.unit(limit["value"], limit.get("unit"))
    if isinstance(limit.get("date"), str):
        return fmt.date(limit["date"])
    return ""


def _case_version(case: dict, dated: list, by: dict[str, str]) -> tuple[str | None, int | None, object]:
    """(rule label, period index, raw limit) of the rule version one case was judged by; label None if unknown."""
    label = case.get("rule") if isinstance(case.get("rule"), str) else None
    limit = case.get("limit")
    limit = tuple(sorted(limit.items())) if isinstance(limit, dict) else None
    if dated:
        name, periods = dated[0]
        i = period_of_label(label, periods) if label else None
        if i is None and by.get(name):
            day = as_dict(case.get("details")).get(by[name]) or as_dict(case.get("facts")).get(by[name])
            i = period_of_date(day, periods)
        if i is not None:
            return label or f"#{i}", i, limit
    return label, None, limit


def _rule_limit(case: dict, limit):
    """The number of the rule a case was judged by, where its limit is a date computed from it (start +
    the months in force, extended or not) and the case carries that number as a fact (``limit_months``)."""
    if limit and "date" in dict(limit):
        for name, value in as_dict(case.get("facts")).items():
            if name.startswith("limit_") and is_number(value):
                return (("unit", name[len("limit_"):]), ("value", value))
    return limit


def _lowest_first(limit) -> tuple:
    """Sort key of a raw limit (``(("unit", "years"), ("value", 18))``): its value, lowest first; others after."""
    value = dict(limit or ()).get("value")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (0, value)
    return (1, 0)


class _Limits:
    """Limit words per (period, raw limit), formatted once."""

    def __init__(self, dated: list, units: dict[str, str], fmt: Formatter) -> None:
        self.dated, self.units, self.fmt, self.cache = dated, units, fmt, {}

    def __call__(self, index: int | None, limit, *, rule_value: bool = False) -> str:
        """The limit in words; ``rule_value``: the dated parameter's value where the case's limit is a date."""
        if rule_value and index is not None and self.dated and limit and "date" in dict(limit):
            limit = None  # a date computed per case (start + months): the rule's value says more
        key = (index, limit)
        if key not in self.cache:
            text = _limit_text(dict(limit), self.fmt) if limit else ""
            if not text and index is not None and self.dated:
                name, periods = self.dated[0]
                text = self.fmt.unit(periods[index]["value"], unit_of(name, self.units))
            self.cache[key] = text
        return self.cache[key]


def _dated(check: dict) -> list:
    return [(n, v) for n, v in as_dict(check.get("parameters")).items() if is_periods(v)]


def case_keys(check: dict, cases: list[dict], units: dict[str, str], fmt: Formatter) -> list[str]:
    """The keys of the cases with deviations, each with the limit it was judged by where the rule is dated."""
    dated, by = _dated(check), versioned_by(str(check.get("id")))
    limits = _Limits(dated, units, fmt)
    out = []
    for case in cases:
        if case.get("key") is None:
            continue
        label, index, limit = _case_version(case, dated, by)
        # a pass/fail case (no value, no limit) failed no number: a dated parameter of whom the check applies to
        # (stonad.kvp_information_long_term's KVP age) is not its limit
        judged = limit is not None or case.get("value") is not None
        words = limits(index, limit) if label is not None and judged else ""
        # «(grense 67 år)»: the limit the case was judged by, not its own value
        key = shown_value(case["key"], 200)  # as the reports show it: never what may be a person's number
        out.append(f"{key} ({fmt.t('findings.appendix.limit', limit=words)})" if words else key)
    return out


def _version_sentence(check: dict, cases: list[dict], units: dict[str, str], event, fmt: Formatter) -> str:
    """Which limit applied to the cases with deviations, per rule version, when more than one applied."""
    dated, by = _dated(check), versioned_by(str(check.get("id")))
    counts: dict[tuple, int] = {}
    for case in cases:
        label, index, limit = _case_version(case, dated, by)
        limit = _rule_limit(case, limit)
        if label is not None:
            # "_n": one dict standing for that many equal cases (the reports' columnar cases, reports.model)
            counts[(label, index, limit)] = counts.get((label, index, limit), 0) + case.get("_n", 1)
    if not counts:
        return ""
    limits = _Limits(dated, units, fmt)
    groups: dict[str, dict] = {}
    for (label, index, limit), n in counts.items():
        period = period_text(dated[0][1][index], fmt) if index is not None else rule_text(label, fmt)
        g = groups.setdefault(label, {"order": index or 0, "period": period, "limits": {}, "n": 0})
        g["n"] += n
        words = limits(index, limit, rule_value=True)
        if words and words not in g["limits"]:
            g["limits"][words] = _lowest_first(limit)
    if not any(g["limits"] for g in groups.values()):
        return ""  # a rule dated by when it came into force, with no number: the requirement names the day
    latest = max((len(v) - 1 for _, v in dated), default=0)
    if len(groups) == 1 and next(iter(groups.values()))["order"] == latest and dated:
        return ""  # every case judged by the rule in force now: the requirement already says it
    event_words = words_in(event, fmt.lang) if event else fmt.t("findings.event.cases")
    parts = []
    for g in sorted(groups.values(), key=lambda g: g["order"]):
        form = "one" if g["n"] == 1 else "other"
        limit = " / ".join(sorted(g["limits"], key=g["limits"].get)) or "–"  # 18 år / 67 år, not 67 / 18
        key = "findings.fact.version_part" if g["period"] else "findings.fact.version_plain"
        parts.append(fmt.t(f"{key}.{form}", limit=limit, event=event_words, period=g["period"], n=g["n"]))
    return fmt.t("findings.fact.versions", parts=_join(parts, fmt))


def _extent(check: dict, cases: list[dict], fmt: Formatter) -> str:
    unit = check.get("unit") if isinstance(check.get("unit"), str) else None
    values = [c["value"] for c in cases if is_number(c.get("value"))]
    if not unit or not values:
        return ""
    lo, hi = min(values), max(values)
    if lo == hi:
        return f" ({fmt.unit(hi, unit)})"
    return f" ({fmt.number(lo)}–{fmt.unit(hi, unit)})"


def judge_check(check: dict, decl: Declared, evidence: Evidence, thresholds: Thresholds, fmt: Formatter,
                with_keys: bool = True) -> dict:
    """Facts, assessment and verdict of one check of a theme."""
    lang = fmt.lang
    title = str(as_dict(check.get("title")).get(lang) or check.get("id"))
    units, words = dict(decl.units), decl.finding
    params = param_texts(check, units, words.event, fmt)
    basis = check.get("basis") if check.get("basis") in ("law", "practice") else decl.basis
    # a practice threshold under a requirement of law (kvp.full_time's 37.5 hours): the number alone is no breach
    check_thresholds = [as_dict(t) for t in as_list(check.get("thresholds"))]
    by_practice = basis == "practice" or (any(t.get("basis") == "practice" for t in check_thresholds)
                                          if check_thresholds else decl.practice_threshold)
    status = check.get("status")
    n, total = as_int(check.get("failed")), as_int(check.get("evaluated"))
    cases = [c for c in as_list(check.get("cases")) if isinstance(c, dict)]
    deviations = [c for c in cases if c.get("level") == "deviation"]
    keys = case_keys(check, deviations, units, fmt) if with_keys else []
    on_review = evidence.on_review(str(check["id"]))
    out = {"id": check["id"], "title": title, "basis": basis, "failed": n, "evaluated": total, "keys": keys,
           "facts": [], "assessment": "", "verdict": NONE, "sample": on_review}
    if check.get("error"):
        out.update(verdict=NOT_ASSESSED, facts=[fmt.t("findings.fact.error", title=title)])
        return out
    if status == "not_evaluated":
        missing = [str(c) for c in as_list(check.get("missing_columns"))]
        form = "one" if len(missing) == 1 else "other"
        out.update(verdict=NOT_ASSESSED, facts=[fmt.t(f"findings.fact.not_evaluated.{form}", title=title,
                                                      source=_upper_first(evidence.source(lang)),
                                                      columns=fmt.items([fmt.t("findings.quote", text=column_word(c, fmt))
                                                                         for c in missing]) or "–")])
        return out
    if n == 0:
        form = "one" if total == 1 else "other"
        out["facts"] = [fmt.t(f"findings.fact.ok.{'sample.' if on_review else ''}{form}", title=title,
                              total=fmt.integer(total))]
        warned = as_int(check.get("warned"))
        if warned and "warning" in params:
            out["facts"].append(fmt.t(f"findings.fact.warned_only.{'one' if warned == 1 else 'other'}",
                                      n=fmt.integer(warned), limit=params["warning"]))
        return out
    found = words_in(words.found, lang).format_map(params)
    extent = _extent(check, deviations, fmt) if words.extent else ""
    form = "one" if total == 1 else "other"
    key = f"findings.fact.sample.{form}" if on_review else f"findings.fact.{form}"
    facts = [fmt.t(key, n=fmt.integer(n), total=fmt.integer(total), found=found, extent=extent)]
    version = _version_sentence(check, deviations, units, words.event, fmt)
    if version:
        facts.append(version)
    warned = as_int(check.get("warned"))
    if warned and "warning" in params:
        facts.append(fmt.t(f"findings.fact.warned.{'one' if warned == 1 else 'other'}", n=fmt.integer(warned),
                           limit=params["warning"]))
    unknown = as_int(check.get("unknown"))
    if unknown and not on_review:  # outside a review, unknown means the information was missing
        facts.append(fmt.t(f"findings.fact.unknown.{'one' if unknown == 1 else 'other'}", n=fmt.integer(unknown)))
    lacking = [words_in(what, lang) for column, what in words.clears if evidence.lacks(column)]
    if lacking:
        facts.append(fmt.t("findings.fact.cannot_clear", source=_upper_first(evidence.source(lang)),
                           what=_join(lacking, fmt)))
    if by_practice and words.practice:
        out["practice"] = fmt.t("findings.fact.practice", practice=words_in(words.practice, lang).format_map(params))
    share = fmt.percent(n / total if total else None)
    figures = {"lead": "", "n": fmt.integer(n), "total": fmt.integer(total), "share": share,
               "min_cases": fmt.integer(thresholds.min_cases), "min_share": fmt.percent(thresholds.min_share)}
    if lacking:
        out.update(verdict=REMARK, assessment=fmt.t("findings.assess.cannot_clear", lead=""))
    elif by_practice:
        out.update(verdict=REMARK, assessment=fmt.t("findings.assess.practice", lead="",
                                                    basis=words_in(words.breach_basis, lang)))
    elif thresholds.systematic(n, total):
        out.update(verdict=BREACH, assessment=fmt.t("findings.assess.systematic", **figures))
    else:
        out.update(verdict=REMARK, assessment=fmt.t("findings.assess.isolated", **figures))
    out["facts"] = facts
    out["ensure"] = words_in(words.ensure, lang).format_map(params)
    out["breach"] = words_in(words.breach_basis, lang).format_map(params)
    return out


def _theme_entry(theme_id: str, title: str, pairs: list[tuple[dict, Declared]], evidence: Evidence,
                 thresholds: Thresholds, subject: str, fmt: Formatter, with_keys: bool = True) -> dict:
    lang = fmt.lang
    judged = [judge_check(check, decl, evidence, thresholds, fmt, with_keys) for check, decl in pairs]
    requirement = " ".join(words_in(decl.finding.requirement, lang).format_map(
        param_texts(check, decl.units, decl.finding.event, fmt)) for check, decl in pairs
        if words_in(decl.finding.requirement, lang))
    facts: list[str] = []
    on_sample = [j for j in judged if j["sample"]]
    if on_sample:
        what = ([j["title"] for j in on_sample] if len(on_sample) < len(judged) else [title])
        facts.append(evidence.review_sentence(lang, _join([fmt.t("findings.quote", text=w) for w in what], fmt)))
    for j in judged:
        facts.append(" ".join(j["facts"]))
    facts += list(dict.fromkeys(j["practice"] for j in judged if j.get("practice")))  # once per theme
    verdict = max((j["verdict"] for j in judged), key=_RANK.__getitem__, default=NOT_ASSESSED)
    same: dict[str, list[str]] = {}  # one assessment for the checks it fits, named when there are several
    for j in judged:
        if j["assessment"]:
            same.setdefault(j["assessment"], []).append(fmt.t("findings.quote", text=j["title"]))
    assessment = [(fmt.t("findings.assess.lead", titles=_join(titles, fmt)) if len(same) > 1 else "") + body
                  for body, titles in same.items()]
    who = _upper_first(subject)
    conclusion = []
    breaches = [j for j in judged if j["verdict"] == BREACH]
    remarks = [j for j in judged if j["verdict"] == REMARK]
    # one conclusion per requirement, each with its own legal basis (checks that share a
    # requirement sentence share its conclusion): «X sikrer ikke at A. Dette er lovbrudd på …»
    by_ensure: dict[str, list[str]] = {}
    for j in breaches:
        bases = by_ensure.setdefault(j["ensure"], [])
        if j["breach"] not in bases:
            bases.append(j["breach"])
    for ensure, bases in by_ensure.items():
        conclusion.append(fmt.t("findings.conclusion.breach", subject=who, ensure=ensure, basis="; ".join(bases)))
    for ensure in dict.fromkeys(j["ensure"] for j in remarks):
        conclusion.append(fmt.t("findings.conclusion.remark", subject=who, ensure=ensure))
    if not conclusion:
        assessment = [fmt.t("findings.assess.none" if verdict == NONE else "findings.assess.not_assessed")]
        conclusion.append(fmt.t("findings.conclusion.none" if verdict == NONE else "findings.conclusion.not_assessed"))
    entry = {
        "id": theme_id,
        "title": title,
        "verdict": verdict,
        "verdict_label": fmt.t(f"findings.kind.{verdict}"),
        "requirement": requirement,
        "facts": [f for f in facts if f],
        "assessment": assessment,
        "conclusion": " ".join(conclusion),
        "conclusions": conclusion,  # the same, one paragraph per requirement
        "checks": [{k: j[k] for k in ("id", "title", "verdict", "failed", "evaluated", "keys", "basis", "sample")}
                   for j in judged],
    }
    entry["text"] = " ".join([entry["requirement"], *entry["facts"], *entry["assessment"], entry["conclusion"]]).strip()
    return entry


def default_subject(evidence: Evidence, lang: str, year: int | None = None) -> str:
    """The municipality named from the data, by its name in ``year`` where the table has it
    (audit.municipalities): «Halden kommune (3101)», else «kommune 3101»; several:
    «kommunene Halden (3101) og 3999»."""
    from audit.municipalities import municipality_label, municipality_name

    fmt = Formatter(lang)
    numbers = list(dict.fromkeys(evidence.municipalities))
    if len(numbers) == 1:
        name = municipality_name(numbers[0], year)
        if name:
            return fmt.t("findings.subject.one_named", name=name, number=numbers[0])
        return fmt.t("findings.subject.one", number=numbers[0])
    if numbers:
        return fmt.t("findings.subject.many", numbers=_join([municipality_label(n, year) for n in numbers], fmt))
    return fmt.t("findings.subject.none")


def _internal_control(themes: list[dict], subject: str, as_of: str | None, fmt: Formatter) -> dict | None:
    with_breach = [t for t in themes if t["verdict"] == BREACH]
    if not with_breach:
        return None
    lang = fmt.lang
    titles = [fmt.t("findings.quote", text=t["title"]) for t in with_breach]
    which = (fmt.t("findings.ic.theme", title=titles[0]) if len(titles) == 1
             else fmt.t("findings.ic.themes", titles=_join(titles, fmt)))
    before = isinstance(as_of, str) and as_of[:10] < INTERNAL_CONTROL_FROM
    basis = words_in(INTERNAL_CONTROL["breach_before" if before else "breach"], lang)
    entry = {
        "id": "internal_control",
        "title": words_in(INTERNAL_CONTROL["title"], lang),
        "verdict": BREACH,
        "verdict_label": fmt.t("findings.kind.breach"),
        # the requirement in force on the audit date (kommuneloven § 25-1 only from 01.01.2021)
        "requirement": (fmt.t("findings.ic.requirement_before") if before
                        else words_in(INTERNAL_CONTROL["requirement"], lang)),
        "facts": [fmt.t("findings.ic.facts", themes=which)],
        "assessment": [],
        "conclusion": fmt.t("findings.ic.conclusion", subject=_upper_first(subject), themes=which, basis=basis),
        "checks": [],
    }
    entry["text"] = " ".join([entry["requirement"], *entry["facts"], entry["conclusion"]])
    return entry


def draft_report(results: dict, lang: str = "nb", *, subject: str | None = None,
                 thresholds: Thresholds | None = None, case_list: bool = True) -> dict:
    """The draft findings of one results.json, per theme, as plain dicts (see the module docstring)."""
    check_lang(lang)
    fmt = Formatter(lang)
    thresholds = thresholds or Thresholds()
    results = as_dict(results)
    run, dataset = as_dict(results.get("run")), as_dict(results.get("dataset"))
    evidence = Evidence.from_results(results)
    from audit.municipalities import year_of

    subject = (subject or "").strip() or default_subject(evidence, lang, year_of(results))
    checks = [c for c in as_list(results.get("checks"))
              if isinstance(c, dict) and isinstance(c.get("id"), str) and c.get("kind") == "deviation"]
    by_id = {c["id"]: c for c in checks}
    suite = run.get("suite") if isinstance(run.get("suite"), str) else None
    themes: list[dict] = []
    seen: set[str] = set()
    for theme in themes_for(suite) + [t for t in themes_for(None) if t.suite != suite]:
        pairs = [(by_id[cid], decl) for cid in theme.checks if cid in by_id
                 for decl in [declared(cid)] if decl is not None]
        if not pairs:
            continue
        seen.update(check["id"] for check, _ in pairs)
        themes.append(_theme_entry(theme.id, words_in(theme.title, lang), pairs, evidence, thresholds, subject, fmt,
                                   case_list))
    others = [(c, fallback(c)) for c in checks if c["id"] not in seen and theme_of(c["id"]) is None]
    if others:
        themes.append(_theme_entry(f"{suite or 'other'}.other", fmt.t("findings.h.other"), others, evidence,
                                   thresholds, subject, fmt, case_list))
    counts = {BREACH: sum(t["verdict"] == BREACH for t in themes), REMARK: sum(t["verdict"] == REMARK for t in themes)}
    internal = _internal_control(themes, subject, run.get("as_of"), fmt)
    if internal:
        counts[BREACH] += 1
    if counts[REMARK] and not counts[BREACH]:  # «konkluderer ikke med lovbrudd», not «med 0 lovbrudd»
        summary = fmt.t("findings.summary.remarks_only",
                        remarks=fmt.t(f"findings.count.remark.{'one' if counts[REMARK] == 1 else 'other'}",
                                      n=counts[REMARK]))
    elif counts[BREACH] or counts[REMARK]:
        summary = fmt.t("findings.summary",
                        breaches=fmt.t(f"findings.count.breach.{'one' if counts[BREACH] == 1 else 'other'}",
                                       n=counts[BREACH]),
                        remarks=fmt.t(f"findings.count.remark.{'one' if counts[REMARK] == 1 else 'other'}",
                                      n=counts[REMARK]))
        titles = [fmt.t("findings.quote", text=t["title"]) for t in themes if t["verdict"] == BREACH]
        titles += [fmt.t("findings.quote", text=internal["title"])] if internal else []
        if titles:
            summary += " " + fmt.t("findings.summary.themes", themes=_join(titles, fmt))
    else:
        summary = fmt.t("findings.summary.none")
    basis = []
    if evidence.rows:
        period, _ = covered_period(results)  # a KOSTRA source already names its year
        if period is None:
            basis.append(fmt.t("findings.basis.population", rows=fmt.integer(evidence.rows), source=evidence.source(lang))
                         + " " + fmt.t("findings.basis.no_period"))
        else:
            shown = f"{fmt.date(period['from'])}–{fmt.date(period['to'])}"
            basis.append(fmt.t("findings.basis.population_period", rows=fmt.integer(evidence.rows),
                               source=evidence.source(lang), period=shown))
    sampled = [fmt.t("findings.quote", text=t["title"]) for t in themes if any(c["sample"] for c in t["checks"])]
    if sampled:
        basis.append(evidence.review_sentence(lang, _join(sampled, fmt)))
    basis.append(fmt.t("findings.materiality", min_cases=fmt.integer(thresholds.min_cases),
                       min_share=fmt.percent(thresholds.min_share)))
    offices = [o for o in evidence.offices if not o.strip().isdigit()]
    suite_title = as_dict(dataset.get("title")).get(lang) if isinstance(dataset.get("title"), dict) else None
    appendix = []
    if case_list:
        for t in themes:
            for c in t["checks"]:
                if c["keys"]:
                    appendix.append({"theme": t["title"], "check": c["id"], "title": c["title"], "keys": c["keys"]})
    return {
        "lang": lang,
        "title": fmt.t("findings.title"),
        "subtitle": fmt.t("findings.subtitle", suite=suite_title or _suite_title(suite, lang), subject=_upper_first(subject)),
        "subject": subject,
        "run_line": fmt.t("findings.run", id=run.get("id", "–"), as_of=fmt.date(run.get("as_of"))),
        "draft_note": fmt.t("findings.draft_note"),
        "units": fmt.t(f"findings.units{'.one' if len(offices) == 1 else ''}", offices=_join(offices, fmt),
                       subject=subject) if offices else "",
        "summary": summary,
        "basis": basis,
        "themes": themes,
        "internal_control": internal,
        "appendix": appendix,
        "counts": counts,
        "thresholds": {"min_cases": thresholds.min_cases, "min_share": thresholds.min_share},
    }


def _suite_title(suite: str | None, lang: str) -> str:
    st = SUITES.get(suite or "")
    return words_in(st.title, lang) if st is not None else (suite or "–")


def findings_for_report(results: dict, lang: str = "nb") -> list[dict]:
    """The "Utkast til funn" entries of the run reports: each theme with a conclusion, then internal control.

    Each dict has ``id``, ``title`` and ``text`` (requirement, facts, assessment and
    conclusion as one paragraph) plus the parts; no case keys.
    """
    report = draft_report(results, lang, case_list=False)
    out = [t for t in report["themes"] if t["verdict"] in (BREACH, REMARK)]
    if report["internal_control"]:
        out.append(report["internal_control"])
    return out
