"""The text of the annual report: :func:`summary_paragraphs`, the short summary a leader
can paste into the yearly report to the municipal council: plain bokmål (or English),
built from the figures (:func:`audit.annual.annual_figures`) only, deterministic; and the
small helpers the view model (:mod:`reports.annual_model`) words its figures with.
"""

from __future__ import annotations

from typing import Any

from audit.text import DEFAULT_LANG, Translator
from audit.text import t as text_t
from reports.values import Formatter, count_words

__all__ = ["summary_paragraphs"]

# kommuneloven § 25-1 (internal control) and § 25-2 (the yearly report to the council) apply from 1 January 2021;
# before that, internal control of the social services in NAV had its own regulation.
LOCAL_GOVERNMENT_ACT_IC_YEAR = 2021


# --------------------------------------------------------------------------- small helpers


def check_title(check: dict[str, Any], lang: str) -> str:
    title = check.get("title") or {}
    return str(title.get(lang) or title.get(DEFAULT_LANG) or check.get("id") or "")


def last_index(points: list[dict | None], field_name: str = "rate") -> int | None:
    found = [i for i, p in enumerate(points) if p is not None and p.get(field_name) is not None]
    return found[-1] if found else None


def first_index(points: list[dict | None], field_name: str = "rate") -> int | None:
    found = [i for i, p in enumerate(points) if p is not None and p.get(field_name) is not None]
    return found[0] if found else None


def _dataset_name(t: Translator, suite: str) -> str:
    name = t(f"dataset.{suite}") if t.has(f"dataset.{suite}") else suite
    if len(name) > 1 and name[0].isupper() and name[1].islower():
        name = name[0].lower() + name[1:]
    return name


def _join(t: Translator, items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {t('annual.text.and')} " + items[-1]


def _count_word(t: Translator, n: int) -> str:
    """Counts are digits throughout the text (one style: "4 kjøringer", "9 av 29")."""
    return Formatter(t).number_text(n)


def _plural(t: Translator, key: str, n: int, fmt: Formatter, **values: Any) -> str:
    """``key.0`` / ``key.1`` / ``key.n`` by the count (``key.0`` falls back to ``key.n``)."""
    variant = "0" if n == 0 and t.has(f"{key}.0") else "1" if n == 1 and t.has(f"{key}.1") else "n"
    return t(f"{key}.{variant}", n=fmt.number_text(n), **values)


def _quarter_name(t: Translator, index: int) -> str:
    return t("annual.quarter", n=index + 1)


def _when(t: Translator, fmt: Formatter, figures: dict[str, Any]) -> str:
    if figures.get("on") == f"{figures['year'] + 1}-01-01":
        return t("annual.text.when.year_end")
    return t("annual.text.when.date", date=fmt.date(figures.get("on")).text)


def _value_text(fmt: Formatter, value: Any, unit: str | None) -> str:
    return fmt.with_unit(value, unit)


def target_phrase(t: Translator, fmt: Formatter, target: dict[str, Any] | None, unit: str | None) -> str:
    if not target or target.get("value") is None:
        return ""
    op = str(target.get("op"))
    word = t(f"annual.op.{op}") if t.has(f"annual.op.{op}") else op
    return f"{word} {_value_text(fmt, target['value'], unit)}"


def _quoted(lang: str, titles: list[str]) -> list[str]:
    return [text_t("reports.quote", lang, text=x) for x in titles]


def _assessed_in(figures: dict[str, Any], index: int, year: str | None = None) -> dict[str, Any]:
    """The checks (id: check) with cases evaluated in a quarter's total: this year's, or ``year`` = "previous" /
    "earlier" (two years back)."""
    out = {}
    for c in figures["checks"]:
        if c["kind"] == "indicator":
            continue
        point = ((c.get(year) or {}).get("quarters") or [None] * 4 if year else c["quarters"])[index]
        if point is not None and (point.get("evaluated") or 0) > 0:
            out[c["id"]] = c
    return out


def _uncovered_sentence(t: Translator, lang: str, figures: dict[str, Any]) -> str | None:
    """Quarters of the year no run covered (the årshjul missed them): the figures are not a full year."""
    gaps = figures.get("uncovered_quarters") or []
    if not gaps:
        return None
    several_lines = sum(1 for ln in figures.get("lines") or [] if ln.get("counted", True)) > 1
    scopes = sorted({s for g in gaps for s in g["scopes"] if s is not None}) if several_lines else []
    scope_text = t("annual.text.uncovered_scopes", scopes=_join(t, _quoted(lang, scopes))) if scopes else ""
    quarters = _join(t, [_quarter_name(t, g["quarter"] - 1) for g in gaps])
    return t(f"annual.text.uncovered.{1 if len(gaps) == 1 else 'n'}", quarters=quarters, year=figures["year"],
             scopes=scope_text)


def _parameter_sentences(t: Translator, lang: str, figures: dict[str, Any]) -> list[str]:
    """Thresholds changed during the year: a change in the measure, not necessarily in practice."""
    from audit.text import Formatter as TextFormatter
    from reports.explain import thresholds

    titles = {c["id"]: check_title(c, lang) for c in figures["checks"]}
    text_fmt, out = TextFormatter(lang), []
    for change in figures.get("parameter_changes") or []:
        cid = change["check_id"]
        parts = []
        for name in change["after"]:
            old = thresholds(text_fmt, cid, {name: change["before"].get(name)})
            new = thresholds(text_fmt, cid, {name: change["after"].get(name)})
            if old and new:
                label, _, old_value = old[0].partition(": ")
                parts.append(f"{label}: {old_value} → {new[0].partition(': ')[2]}")
            else:  # not a number (codes, a flag): the name alone
                parts.append(name)
        out.append(t("annual.text.parameters_changed", check=text_t("reports.quote", lang, text=titles.get(cid, cid)),
                     period=_quarter_name(t, change["quarter"] - 1), changes=", ".join(parts)))
    return list(dict.fromkeys(out))


def _in_force_sentences(t: Translator, fmt: Formatter, lang: str, figures: dict[str, Any]) -> list[str]:
    """Checks whose rule came into force during the year: their first figures are not a worsening."""
    out = []
    for c in figures["checks"]:
        date = c.get("in_force_from")
        first = first_index(c["quarters"], "rate" if c["kind"] != "indicator" else "value")
        if not date or first is None or not f"{figures['year']}-01-01" < date <= f"{figures['year']}-12-31":
            continue
        out.append(t("annual.text.in_force", check=text_t("reports.quote", lang, text=check_title(c, lang)),
                     date=fmt.date(date).text, period=_quarter_name(t, first)))
    return out


# --------------------------------------------------------------------------- the summary text


def summary_paragraphs(figures: dict[str, Any], lang: str = DEFAULT_LANG) -> list[str]:
    """A few paragraphs for the yearly report to the municipal council, from the figures alone.

    0. the law the report answers to (from 2021): kommuneloven § 25-2, sosialtjenesteloven § 5
       jf. kommuneloven § 25-1, and that the results of state supervision are not in these figures;
    1. the audits of the year and the overall deviation rate from the first to the
       last quarter (and the same quarter the year before);
    2. the check that improved most, those that got worse, the highest rate;
    3. findings opened, resolved and open at year end; open and overdue actions;
    4. each indicator against its target;
    5. checks that could not be assessed in every run.

    Numbers are formatted in the language's style (``1 234``, ``12,0 %``). The
    same figures always give the same text.
    """
    t = Translator(lang)
    fmt = Formatter(t)
    year = figures["year"]
    # 0. the law the report answers to (kommuneloven §§ 25-1 and 25-2 are in force from 2021)
    paragraphs: list[str] = [t("annual.text.law")] if year >= LOCAL_GOVERNMENT_ACT_IC_YEAR else []

    # 1. audits and the overall trend
    runs = len(figures.get("runs") or [])
    dataset = _join(t, [_dataset_name(t, s) for s in figures.get("suites") or []])
    cadence_key = f"annual.text.cadence.{figures.get('cadence')}"
    cadence = t(cadence_key) if t.has(cadence_key) else ""
    cases = figures.get("cases_checked")
    if runs == 1 and cases is not None:
        first = t("annual.text.runs_one", year=year, dataset=dataset, cases=fmt.number_text(cases))
    elif cases is not None:
        first = t("annual.text.runs", year=year, count=_count_word(t, runs), cadence=cadence, dataset=dataset,
                  cases=fmt.number_text(cases))
    else:
        first = t("annual.text.runs_no_cases", year=year, count=_count_word(t, runs), cadence=cadence,
                  dataset=dataset)
    sentences = [first]
    gap = _uncovered_sentence(t, lang, figures)
    if gap:
        sentences.append(gap)
    if figures.get("finding_cases"):
        sentences.append(text_t("reports.annual.finding_cases", lang,
                                cases=count_words(lang, "cases", figures["finding_cases"], fmt)))
    for line in figures.get("lines") or []:
        if not line.get("counted") and line.get("same_cases_as") is not None:
            sentences.append(text_t("reports.annual.line_skipped", lang, scope=line.get("scope") or "–",
                                    counted=line["same_cases_as"]))
    totals = figures["totals"]["quarters"]
    i_first, i_last = first_index(totals), last_index(totals)
    minimum = figures.get("headline_min_cases") or 0

    def enough(*points: dict | None) -> bool:
        """A change is headlined only when every point rests on at least ``minimum`` cases."""
        return all(p is not None and isinstance(p.get("evaluated"), int) and p["evaluated"] >= minimum for p in points)

    if i_last is not None:
        a, b = totals[i_first]["rate"], totals[i_last]["rate"]
        a_text, b_text = fmt.percent_text(a), fmt.percent_text(b)
        names = {"first": a_text, "last": b_text, "first_period": _quarter_name(t, i_first),
                 "last_period": _quarter_name(t, i_last)}
        if i_first != i_last and not enough(totals[i_first], totals[i_last]):
            sentences.append(t("annual.text.total_single", **names))
            sentences.append(text_t("reports.annual.too_few_total", lang, min=fmt.number_text(minimum)))
        elif i_first == i_last:
            sentences.append(t("annual.text.total_single", **names))
        elif a_text == b_text:
            sentences.append(t("annual.text.total_same", **names))
        else:
            sentences.append(t("annual.text.total_down" if b < a else "annual.text.total_up", **names))
        in_last = _assessed_in(figures, i_last)
        if i_first != i_last:
            # a total over other checks is another measure: say so, or a new check reads as a worsening
            in_first = _assessed_in(figures, i_first)
            for key, ids in (("added", [c for c in in_last if c not in in_first]),
                             ("dropped", [c for c in in_first if c not in in_last])):
                if ids:
                    titles = [check_title((in_last if key == "added" else in_first)[c], lang) for c in ids]
                    sentences.append(t(f"annual.text.checks_{key}", checks=_join(t, _quoted(lang, titles)), **names))
        before = figures["totals"]["previous"]["quarters"][i_last]
        if before is not None and before.get("rate") is not None:
            earlier = ((figures["totals"].get("earlier") or {}).get("quarters") or [None] * 4)[i_last]
            if earlier is not None and earlier.get("rate") is not None:  # three years: a trend, not one step
                sentences.append(t("annual.text.previous_two", period=_quarter_name(t, i_last),
                                   year=figures["previous_year"], value=fmt.percent_text(before["rate"]),
                                   earlier_year=year - 2, earlier=fmt.percent_text(earlier["rate"])))
            else:
                sentences.append(t("annual.text.previous", period=_quarter_name(t, i_last),
                                   year=figures["previous_year"], value=fmt.percent_text(before["rate"])))
            for which, then in (("previous", figures["previous_year"]), ("earlier", year - 2)):
                if which == "earlier" and (earlier is None or earlier.get("rate") is None):
                    continue
                missing = [check_title(c, lang) for cid, c in in_last.items()
                           if cid not in _assessed_in(figures, i_last, which)]
                if missing:
                    sentences.append(t("annual.text.previous_without", period=_quarter_name(t, i_last),
                                       year=then, checks=_join(t, _quoted(lang, missing))))
            if figures.get("new_offices"):
                offices = figures["new_offices"]
                sentences.append(t(f"annual.text.new_offices.{1 if len(offices) == 1 else 'n'}", year=year,
                                   offices=_join(t, _quoted(lang, offices)), previous=figures["previous_year"]))
    paragraphs.append(" ".join(sentences))

    # 2. which checks changed
    sentences = []
    moves = []
    few: list[str] = []
    for check in figures["checks"]:
        if check["kind"] == "indicator":
            continue
        q = check["quarters"]
        f, last = first_index(q), last_index(q)
        if f is None or f == last:
            continue
        a, b = q[f]["rate"], q[last]["rate"]
        if not enough(q[f], q[last]):
            few.append(check_title(check, lang))
            continue
        if fmt.percent_text(a) != fmt.percent_text(b):
            moves.append((b - a, check["id"], check_title(check, lang), a, b))
    better = sorted((m for m in moves if m[0] < 0), key=lambda m: (m[0], m[1]))
    worse = sorted((m for m in moves if m[0] > 0), key=lambda m: (-m[0], m[1]))
    if better:
        _, _, title, a, b = better[0]
        sentences.append(t("annual.text.best", check=title, first=fmt.percent_text(a), last=fmt.percent_text(b)))
    if worse:
        items = [t("annual.text.worse_item", check=title, first=fmt.percent_text(a), last=fmt.percent_text(b))
                 for _, _, title, a, b in worse[:3]]
        sentences.append(t("annual.text.worse", checks=_join(t, items)))
    if i_last is not None:
        candidates = [
            (c["quarters"][i_last]["rate"], c["id"], check_title(c, lang))
            for c in figures["checks"]
            if c["kind"] != "indicator" and c["quarters"][i_last] is not None
            and c["quarters"][i_last].get("rate") and enough(c["quarters"][i_last])
        ]
        if candidates:
            rate, _, title = sorted(candidates, key=lambda c: (-c[0], c[1]))[0]
            sentences.append(t("annual.text.highest", period=_quarter_name(t, i_last), check=title,
                               rate=fmt.percent_text(rate)))
    sentences += _in_force_sentences(t, fmt, lang, figures) + _parameter_sentences(t, lang, figures)
    if few:
        sentences.append(text_t("reports.annual.too_few_checks", lang, min=fmt.number_text(minimum),
                                checks=_join(t, [text_t("reports.quote", lang, text=x) for x in few])))
    if sentences:
        paragraphs.append(" ".join(sentences))

    # 3. findings and follow-up
    found = figures["totals"]["findings"]
    when = _when(t, fmt, figures)
    sentences = [t("annual.text.findings",
                   opened=_plural(t, "annual.text.new_findings", found["opened"], fmt),
                   resolved=_plural(t, "annual.text.resolved_findings", found["resolved"], fmt))]
    if found["resolved"]:  # the history keeps findings only: a case gone from the export is "resolved" too
        sentences.append(t("annual.text.resolved_meaning"))
    if found["open"] == 0:
        sentences.append(t("annual.text.open.0", when=when))
    elif found["open"] == 1:
        level = "deviation" if found["open_deviations"] else "warning"
        sentences.append(t(f"annual.text.open.1.{level}", when=when))
    else:
        sentences.append(t("annual.text.open.n", n=fmt.number_text(found["open"]), when=when,
                           deviations=_plural(t, "annual.text.of_them", found["open_deviations"], fmt)))
    # "none was open before the year" only when the history reaches back before it
    if found["open"] and "open_before_year" in found and (found["open_before_year"] or figures.get("previous_runs")):
        n = found["open_before_year"]
        sentences.append(t(f"annual.text.open_before.{min(n, 1) if n < 2 else 'n'}", n=fmt.number_text(n), year=year,
                           date=fmt.date(found.get("oldest_since")).text if n else ""))
    follow = figures["totals"]["follow_ups"]
    if follow["open"] == 0:
        sentences.append(t("annual.text.follow_ups.0"))
    elif follow["open"] == 1:
        sentences.append(t(f"annual.text.follow_ups.1.{1 if follow['overdue'] else 0}"))
    else:
        sentences.append(t("annual.text.follow_ups.n", n=fmt.number_text(follow["open"]),
                           overdue=_plural(t, "annual.text.count", follow["overdue"], fmt)))
    paragraphs.append(" ".join(sentences))

    # 4. indicators
    sentences = []
    for check in figures["checks"]:
        if check["kind"] != "indicator":
            continue
        q = check["quarters"]
        last = last_index(q, "value")
        if last is None:
            continue
        point = q[last]
        value = _value_text(fmt, point["value"], check.get("unit"))
        names = {"title": check_title(check, lang), "value": value, "period": _quarter_name(t, last)}
        if check.get("target") and point.get("met") is not None:
            sentence = t("annual.text.indicator", **names,
                         target=target_phrase(t, fmt, check["target"], check.get("unit")),
                         met=t("annual.text.met.yes" if point["met"] else "annual.text.met.no"))
        else:
            sentence = t("annual.text.indicator_no_target", **names)
        before = check["previous"]["quarters"][last]
        if before is not None and before.get("value") is not None:
            sentence += t("annual.text.indicator_previous", value=_value_text(fmt, before["value"], check.get("unit")))
        sentences.append(sentence)
    if sentences:
        paragraphs.append(" ".join(sentences))

    # 5. checks that could not be assessed in every run
    items = [
        t("annual.text.not_assessed_item", check=check_title(c, lang),
          missing=fmt.number_text(c["runs"] - c["assessed_runs"]), runs=fmt.number_text(c["runs"]))
        for c in figures["checks"]
        if c.get("runs") and c.get("assessed_runs", c["runs"]) < c["runs"]
    ]
    if items:
        paragraphs.append(t("annual.text.not_assessed", checks=_join(t, items)))
    return paragraphs
