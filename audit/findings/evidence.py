"""What a results.json can and cannot show: its source, a review sample, and the rule versions.

Everything here reads a results dict defensively (older runs lack keys; foreign files
may hold anything) and formats with :class:`audit.text.Formatter`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from audit.text import Formatter
from checks import check_by_id

_RULE_LABEL = re.compile(r"^(before|from)\s+(\d{4}-\d{2}-\d{2})$")


def as_dict(x) -> dict:
    return x if isinstance(x, dict) else {}


def as_list(x) -> list:
    return x if isinstance(x, list) else []


def as_int(x) -> int:
    if isinstance(x, bool):
        return 0
    try:
        return int(x or 0)
    except (TypeError, ValueError):
        return 0


def is_number(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


# --------------------------------------------------------------------------- the catalogue


def check_columns(check_id: str) -> set[str]:
    """Every column the catalogue's check reads (empty for a check the catalogue lacks)."""
    check = check_by_id(check_id)
    try:
        return set(check.columns) if check is not None else set()
    except Exception:  # noqa: BLE001 - a declaration of another shape: no columns known
        return set()


def versioned_by(check_id: str) -> dict[str, str]:
    """{parameter: the date column a dated parameter is judged by} from the catalogue."""
    check = check_by_id(check_id)
    out: dict[str, str] = {}
    for param in getattr(check, "params", ()) or ():
        by = getattr(getattr(param, "default", None), "by", None)
        if isinstance(by, str):
            out[str(getattr(param, "name", ""))] = by
    return out


# --------------------------------------------------------------------------- the source


def covered_period(results: dict) -> tuple[dict | None, int | None]:
    """The period a results file covers, and the KOSTRA year when that is what it is: ``run.period``
    (run --period), else the reporting year of its KOSTRA file (one year's cases by definition),
    else (None, None): not stated, the whole export."""
    run = as_dict(results.get("run"))
    years = {i.get("kostra_year") for i in as_list(run.get("inputs")) if isinstance(i, dict) and i.get("kostra_year")}
    year = as_int(years.pop()) if len(years) == 1 else None
    whole_year = {"from": f"{year:04d}-01-01", "to": f"{year:04d}-12-31"} if year else None
    p = run.get("period")
    if isinstance(p, dict) and p.get("from") and p.get("to"):
        period = {"from": str(p["from"]), "to": str(p["to"])}
        return period, (year if period == whole_year else None)
    return whole_year, year


def column_word(column: str, fmt: Formatter, *, lower: bool = False) -> str:
    """A canonical column (or a derived stratum) in the reader's words: «Planlagt sluttdato» for
    ``planned_end_date``, «aldersgruppe» for ``age_group``; the code only where no word exists."""
    word = fmt.t(f"column.{column}")
    if word == f"column.{column}":
        word = fmt.t(f"findings.stratum.{column}")
        if word == f"findings.stratum.{column}":
            return column
    if lower and len(word) > 1 and word[1].islower():
        word = word[0].lower() + word[1:]
    return word


@dataclass
class Evidence:
    """The source of a run's cases and what it holds."""

    rows: int = 0
    columns: set[str] | None = None  # canonical columns present; None when the results do not say
    kostra: dict | None = None  # {"form", "year"} when every data input is a KOSTRA file
    review: dict | None = None  # the review workbook's summary (judgements, cases, not_started, sample)
    offices: list[str] = field(default_factory=list)
    municipalities: list[str] = field(default_factory=list)

    @classmethod
    def from_results(cls, results: dict) -> "Evidence":
        run, dataset = as_dict(results.get("run")), as_dict(results.get("dataset"))
        inputs = [i for i in as_list(run.get("inputs")) if isinstance(i, dict)]
        data_inputs = [i for i in inputs if i.get("format") != "review"]
        kostra = None
        if data_inputs and all(i.get("format") == "kostra" for i in data_inputs):
            first = data_inputs[0]
            kostra = {"form": str(first.get("kostra_form") or "KOSTRA"), "year": first.get("kostra_year")}
        review = next((as_dict(i.get("review")) for i in inputs if i.get("format") == "review"), None)
        columns = dataset.get("columns")
        return cls(
            rows=as_int(dataset.get("rows")),
            columns={str(c) for c in columns} if isinstance(columns, list) else None,
            kostra=kostra,
            review=review,
            offices=[str(o) for o in as_list(dataset.get("offices")) if o is not None],
            municipalities=[str(m) for m in as_list(dataset.get("municipalities")) if m is not None],
        )

    def source(self, lang: str) -> str:
        if self.kostra:
            year = self.kostra.get("year")
            return Formatter(lang).t("findings.source.kostra", form=self.kostra["form"], year=year if year else "–")
        return Formatter(lang).t("findings.source.export")

    def lacks(self, column: str) -> bool:
        """True when the source is known not to hold ``column``."""
        return self.columns is not None and column not in self.columns

    def on_review(self, check_id: str) -> bool:
        """True when the check reads a judgement made in the review workbook."""
        if not self.review:
            return False
        judged = {str(j) for j in as_list(self.review.get("judgements"))}
        return bool(judged & check_columns(check_id))

    def review_sentence(self, lang: str, what: str) -> str:
        """How the reviewed cases were chosen, and that cases outside them were not reviewed."""
        fmt = Formatter(lang)
        review = self.review or {}
        sample = as_dict(review.get("sample"))
        if sample.get("seed") is not None and sample.get("population") is not None:
            columns = [column_word(str(c), fmt, lower=True) for c in as_list(sample.get("strata_columns"))]
            strata = (fmt.t("findings.basis.strata", columns=fmt.items(columns)) if columns
                      else fmt.t("findings.basis.no_strata"))
            size = sample.get("sample_size", review.get("cases"))
            text = fmt.t("findings.basis.sample", checks=what, size=fmt.integer(as_int(size)),
                         population=fmt.integer(as_int(sample.get("population"))), strata=strata,
                         seed=sample.get("seed"))
        else:
            text = fmt.t("findings.basis.review", checks=what, size=fmt.integer(as_int(review.get("cases"))))
        waiting = as_int(review.get("not_started"))
        if waiting:
            text += " " + fmt.t(f"findings.basis.not_started.{'one' if waiting == 1 else 'other'}", n=waiting)
        return text


# --------------------------------------------------------------------------- rule versions


def period_text(period: dict, fmt: Formatter) -> str:
    """«før 01.01.2019» / «fra 01.01.2019» for one period of a dated parameter."""
    start, until = period.get("from"), period.get("until")
    if start is None and isinstance(until, str):
        try:
            first = dt.date.fromisoformat(until) + dt.timedelta(days=1)
        except ValueError:
            return ""
        return fmt.t("findings.period.before", date=fmt.date(first))
    if isinstance(start, str):
        return fmt.t("findings.period.from", date=fmt.date(start))
    return ""


def rule_text(label: str, fmt: Formatter) -> str:
    """A case's ``rule`` label («before 2019-01-01») in words («før 01.01.2019»)."""
    m = _RULE_LABEL.match(str(label).strip())
    if not m:
        return str(label)
    return fmt.t(f"findings.period.{m[1]}", date=fmt.date(m[2]))


def period_of_label(label: str, periods: list[dict]) -> int | None:
    """Which period a case's ``rule`` label names."""
    m = _RULE_LABEL.match(str(label).strip())
    if not m:
        return None
    day = m[2]
    for i, p in enumerate(periods):
        if m[1] == "from" and p.get("from") == day:
            return i
        if m[1] == "before" and p.get("from") is None and isinstance(p.get("until"), str):
            try:
                if (dt.date.fromisoformat(p["until"]) + dt.timedelta(days=1)).isoformat() == day:
                    return i
            except ValueError:
                return None
    return None


def period_of_date(day, periods: list[dict]) -> int | None:
    """Which period an event date falls in."""
    if not isinstance(day, str):
        return None
    day = day[:10]
    for i, p in enumerate(periods):
        if (p.get("from") is None or p["from"] <= day) and (p.get("until") is None or day <= p["until"]):
            return i
    return None


def is_periods(value) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(p, dict) and "value" in p for p in value)


def applied_periods(check: dict, name: str, periods: list[dict]) -> set[int]:
    """The periods of a dated parameter by which at least one row of the run was judged.

    From the check's ``rule_versions`` (rows per period) when it has them, else from its cases.
    """
    used: set[int] = set()
    versions = [rv for rv in as_list(check.get("rule_versions")) if isinstance(rv, dict) and rv.get("parameter") == name]
    for rv in versions:
        if as_int(rv.get("rows")) > 0:
            for i, p in enumerate(periods):
                if p.get("from") == rv.get("from") and p.get("until") == rv.get("until"):
                    used.add(i)
    if versions:
        return used
    by = versioned_by(str(check.get("id"))).get(name)
    for case in as_list(check.get("cases")):
        if len(used) == len(periods):
            break
        if not isinstance(case, dict):
            continue
        i = period_of_label(case["rule"], periods) if isinstance(case.get("rule"), str) else None
        if i is None and by:
            i = period_of_date(as_dict(case.get("details")).get(by) or as_dict(case.get("facts")).get(by), periods)
        if i is not None:
            used.add(i)
    return used
