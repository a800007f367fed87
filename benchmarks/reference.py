"""A plain polars computation of the kvp suite, written straight from checks.md.

It shares no code with ``audit`` or ``checks``: tests use it as an independent second
opinion on nav-audit's results, and the benchmark uses it as the speed reference.
Input: a CSV with canonical headers, ISO dates, booleans as ja/nei, numbers with a dot.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

DATES = ["birth_date", "first_contact_date", "kvp_informed_date", "application_date", "preliminary_reply_date",
         "work_ability_assessment_date", "decision_date", "planned_end_date", "first_activity_date",
         "program_start_date", "extension_decision_date", "end_date"]
BOOLS = ["ground_age", "ground_work_ability", "ground_benefits", "ground_necessity", "ground_program", "appeal_info"]
CHANGE = dt.date(2019, 1, 1)


def read(path: str) -> pl.DataFrame:
    df = pl.read_csv(path, separator=";", infer_schema=False)
    conv = []
    for c in df.columns:
        s = pl.col(c).str.strip_chars()
        s = pl.when(s == "").then(None).otherwise(s)
        if c in DATES:
            conv.append(s.str.strptime(pl.Date, "%Y-%m-%d", strict=False).alias(c))
        elif c in BOOLS:
            conv.append(s.str.to_lowercase().replace_strict({"ja": True, "nei": False}, default=None,
                                                             return_dtype=pl.Boolean).alias(c))
        elif c in ("hours_per_week",):
            conv.append(s.cast(pl.Float64, strict=False).alias(c))
        elif c in ("evaluations_planned", "birth_year"):
            conv.append(s.cast(pl.Int64, strict=False).alias(c))
        else:
            conv.append(s.alias(c))
    return df.select(conv)


def _days(a: pl.Expr, b: pl.Expr) -> pl.Expr:
    return (b - a).dt.total_days()


def _plus_months(d: pl.Expr, n: pl.Expr) -> pl.Expr:
    return d.dt.offset_by(pl.format("{}mo", n))


def _level(applies: pl.Expr, value_known: pl.Expr, deviation: pl.Expr, warning: pl.Expr | None = None) -> pl.Expr:
    lvl = pl.when(~applies.fill_null(False)).then(None)
    lvl = lvl.when(~value_known.fill_null(False)).then(pl.lit("unknown"))
    lvl = lvl.when(deviation.fill_null(False)).then(pl.lit("deviation"))
    if warning is not None:
        lvl = lvl.when(warning.fill_null(False)).then(pl.lit("warning"))
    return lvl.otherwise(pl.lit("ok"))


def levels(df: pl.DataFrame, as_of: dt.date) -> pl.DataFrame:
    """One column per deviation/data check id with ok / warning / deviation / unknown / null."""
    c = pl.col
    a = pl.lit(as_of)
    decided = c("decision").is_in(["granted", "refused"])
    granted = c("decision") == "granted"
    started = c("program_start_date").is_not_null()
    dd = c("decision_date")
    age = (dd.dt.year() - c("birth_date").dt.year()
           - ((dd.dt.month() < c("birth_date").dt.month())
              | ((dd.dt.month() == c("birth_date").dt.month()) & (dd.dt.day() < c("birth_date").dt.day()))).cast(pl.Int32))
    if "birth_year" in df.columns:
        age = pl.coalesce(age, dd.dt.year() - c("birth_year"))
    min_age = pl.when(dd < CHANGE).then(19).otherwise(18)
    out = {
        # checks.md: both apply to granted decisions only (refusing outside the ages is lawful)
        "kvp.age": _level(granted, age.is_not_null(), (age < min_age) | (age > 67)),
        "kvp.work_ability_assessment": _level(
            granted, c("work_ability_assessment_date").is_null() | dd.is_not_null(),
            c("work_ability_assessment_date").is_null() | (c("work_ability_assessment_date") > dd)),
    }
    for g in ("age", "work_ability", "benefits", "necessity", "program"):
        out[f"kvp.grounds.{g}"] = _level(granted, c(f"ground_{g}").is_not_null(), ~c(f"ground_{g}"))
    first = pl.min_horizontal(c("program_start_date"), c("first_activity_date"))
    out["kvp.before_decision"] = _level(granted, first.is_not_null() & dd.is_not_null(), first < dd)
    delay = _days(dd, c("program_start_date").fill_null(a))
    out["kvp.start_delay"] = _level(granted, dd.is_not_null(), delay > 30, delay > 14)
    reply = pl.min_horizontal(dd.fill_null(a), c("preliminary_reply_date").fill_null(a))
    out["kvp.processing_time"] = _level(c("application_date").is_not_null(), pl.lit(True),
                                        reply > _plus_months(c("application_date"), pl.lit(1)))
    out["kvp.duration_stated"] = _level(granted, pl.lit(True), c("planned_end_date").is_null())
    # a non-empty extension_reason (checks.md): blanks are stripped to null by read()
    ext = c("extension_decision_date").is_not_null() & c("extension_reason").is_not_null()
    old = c("program_start_date") < CHANGE
    months = pl.when(ext).then(pl.when(old).then(24).otherwise(36)).otherwise(pl.when(old).then(12).otherwise(24))
    out["kvp.max_duration"] = _level(started, pl.lit(True),
                                     c("end_date").fill_null(a) > _plus_months(c("program_start_date"), months))
    out["kvp.extension_in_time"] = _level(c("extension_decision_date").is_not_null(), c("planned_end_date").is_not_null(),
                                          c("extension_decision_date") > c("planned_end_date"))
    out["kvp.evaluation_planned"] = _level(started, c("evaluations_planned").is_not_null(), c("evaluations_planned") < 1)
    out["kvp.full_time"] = _level(started, c("hours_per_week").is_not_null(), c("hours_per_week") < 37.5)
    info = _days(c("first_contact_date"), c("kvp_informed_date").fill_null(a))
    out["kvp.early_information"] = _level(c("first_contact_date").is_not_null(), pl.lit(True), info > 90, info > 30)
    out["kvp.appeal_info"] = _level(decided, c("appeal_info").is_not_null(), ~c("appeal_info"))
    out["kvp.data.dates_in_order"] = _level(pl.lit(True), pl.lit(True),
                                            (c("application_date") > dd) | (dd > c("end_date"))
                                            | (c("program_start_date") > c("end_date")))
    out["kvp.data.status_end_date"] = _level(
        c("status").is_not_null(), pl.lit(True),
        (c("status").is_in(["3", "4", "5", "7"]) & c("end_date").is_null()) | ((c("status") == "1") & c("end_date").is_not_null()))
    return df.select(c("case_id"), *[e.alias(k) for k, e in out.items()])


def indicators(df: pl.DataFrame) -> dict[str, float | None]:
    c = pl.col
    ended = df.filter(c("end_date").is_not_null() & c("outcome").is_not_null())
    share = ended.select(c("outcome").is_in(["work", "work_subsidised", "education"]).mean()).item() if ended.height else None
    started = df.filter((c("decision") == "granted") & c("program_start_date").is_not_null() & c("decision_date").is_not_null())
    median = started.select(_days(c("decision_date"), c("program_start_date")).median()).item() if started.height else None
    return {"kvp.outcome_work_education": share, "kvp.median_start_delay": median}


def summary(path: str, as_of: dt.date) -> dict[str, dict]:
    """{check_id: {"deviation": [...], "warning": [...], "unknown": [...], "evaluated": n}} plus indicator values."""
    df = read(path)
    lv = levels(df, as_of)
    out: dict[str, dict] = {}
    for check_id in lv.columns[1:]:
        col = lv[check_id]
        keys = lv["case_id"]
        out[check_id] = {
            lvl: sorted(keys.filter(col == lvl).to_list()) for lvl in ("deviation", "warning", "unknown")
        }
        out[check_id]["evaluated"] = int(col.is_in(["ok", "warning", "deviation"]).sum())
    for k, v in indicators(df).items():
        out[k] = {"value": v}
    return out
