"""Read and check a schedule file (YAML). Every problem is a ConfigError naming the file,
the line and the key (``activities[2].months``). Format: ``docs/schedule.md``."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from audit.io import read_yaml
from audit.text import msg
from audit.schedule.model import (
    AS_OF_PERIOD_END,
    AS_OF_RUN_DATE,
    DEFAULT_FORMATS,
    Activity,
    InputSpec,
    Schedule,
    template_fields,
)
from audit.schedule.periods import (
    KINDS,
    QUARTER,
    TERTIAL,
    YEAR,
    Period,
    parse_kind,
    period_containing,
    previous_period,
)
from audit.schedule.yaml_fields import (
    FileContext,
    LineLoader,
    YamlMap,
    YamlSeq,
    date_field,
    int_field,
    line_at,
    month_number,
    text_field,
)

TOP_KEYS = ("version", "title", "scope", "base_dir", "output", "start", "lookback_months", "grace_days", "activities")
ACTIVITY_KEYS = ("id", "title", "description", "suite", "report", "checks", "months", "day", "period", "inputs",
                 "mapping", "responsible", "parameters", "config", "scope", "as_of", "formats")
INPUT_KEYS = ("path", "mapping")
REPORTS = ("annual",)  # report activities nav-audit knows: audit.annual.write_annual_report
FORMATS = ("xlsx", "html")
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
ALL_MONTHS = ("all", "alle", "every", "hver", "monthly", "månedlig")
LAST_DAY = ("last", "siste")

# A sample period of each kind, to try templates with.
_SAMPLE = {kind: period_containing(kind, dt.date(2025, 1, 1)) for kind in KINDS}


# --------------------------------------------------------------------------- the file


def load_schedule(path: str | Path) -> Schedule:
    """Read and check the schedule file at ``path``.

    Checks what the file alone can tell (keys, types, months, days, periods, templates,
    ids, one activity per suite, scope and period kind). Whether its suites, check ids and
    parameters exist in this version's catalogue is :func:`catalogue_problems`.
    """
    p = str(path)
    ctx = FileContext(p)
    data = read_yaml(path, msg("error.io.what.schedule_file"), loader=LineLoader,
                     missing_hint=msg("error.schedule.missing_file_hint"))
    if not isinstance(data, YamlMap):
        ctx.fail("", msg("error.schedule.top_keys"), line_at(data) or 1)
    ctx.unknown_keys(data, TOP_KEYS, "")
    version = data.get("version", 1)
    if version != 1:
        ctx.fail("version", msg("error.schedule.version"), line_at(data, "version"), value=version)

    file_dir = Path(p).resolve().parent
    base = text_field(ctx, data, "base_dir", "")
    base_dir = (file_dir / Path(base).expanduser()).resolve() if base else file_dir
    output_text = text_field(ctx, data, "output", "") or "nav-audit-rapporter"
    output = Path(output_text).expanduser()
    output = output if output.is_absolute() else base_dir / output

    schedule = Schedule(
        path=p,
        title=text_field(ctx, data, "title", "") or "Årshjul for internkontroll",
        activities=[],
        base_dir=base_dir,
        output=output,
        scope=text_field(ctx, data, "scope", ""),
        start=date_field(ctx, data, "start", ""),
        lookback_months=int_field(ctx, data, "lookback_months", "", 12, 1, 60),
        grace_days=int_field(ctx, data, "grace_days", "", 0, 0, 365),
    )

    acts = data.get("activities")
    if not isinstance(acts, YamlSeq) or not acts:
        ctx.fail("activities", msg("error.schedule.activities_list"), line_at(data, "activities") or 1)
    seen_ids: dict[str, int | None] = {}
    seen_lines: dict[tuple, tuple[str, int | None]] = {}
    for i, item in enumerate(acts):
        where = f"activities[{i + 1}]."
        line = acts.item_lines[i]
        if not isinstance(item, YamlMap):
            ctx.fail(f"activities[{i + 1}]", msg("error.schedule.activity_table"), line)
        act = _activity(ctx, item, where, schedule, i)
        if act.id in seen_ids:
            ctx.fail(f"{where}id", msg("error.schedule.id_twice", id=act.id, line=seen_ids[act.id]), line_at(item, "id"),
                     hint=msg("error.schedule.id_twice_hint"))
        seen_ids[act.id] = line_at(item, "id")
        if act.suite:
            line_key = (act.suite, act.scope, act.period_kind)
            if line_key in seen_lines:
                other, other_line = seen_lines[line_key]
                ctx.fail(
                    f"{where}period",
                    msg("error.schedule.same_line", other=other, line=other_line, suite=act.suite, scope=act.scope,
                        period=msg(f"schedule.kind.{act.period_kind}")),
                    line_at(item, "period"),
                    hint=msg("error.schedule.same_line_hint"),
                )
            seen_lines[line_key] = (act.id, act.line)
        schedule.activities.append(act)
    return schedule


def _activity(ctx: FileContext, item: YamlMap, where: str, schedule: Schedule, index: int) -> Activity:
    aid = text_field(ctx, item, "id", where, required=True)
    if not ID_PATTERN.fullmatch(aid):
        ctx.fail(f"{where}id", msg("error.schedule.id_form"), line_at(item, "id"), value=aid,
                 hint=msg("error.schedule.id_form_hint"))
    where = f"activities[{aid}]."
    ctx.unknown_keys(item, ACTIVITY_KEYS, where)
    title = _title(ctx, item, where) or {"nb": aid}

    suite, report = text_field(ctx, item, "suite", where), text_field(ctx, item, "report", where)
    if bool(suite) == bool(report):
        ctx.fail(f"{where}suite", msg("error.schedule.suite_or_report"), item.line)
    if report and report not in REPORTS:
        ctx.fail(f"{where}report", msg("error.schedule.unknown_report"), line_at(item, "report"), value=report,
                 hint=msg("error.schedule.unknown_report_hint", names=", ".join(REPORTS)))

    kind = _kind(ctx, item, where)
    if report == "annual" and kind != YEAR:
        ctx.fail(f"{where}period", msg("error.schedule.annual_year"), line_at(item, "period"),
                 hint=msg("error.schedule.annual_year_hint"))
    months = _months(ctx, item, where)
    day = _day(ctx, item, where)
    _check_distinct_periods(ctx, item, where, months, day, kind)

    inputs = _inputs(ctx, item, where, kind)
    if suite and not inputs:
        ctx.fail(f"{where}inputs", msg("error.schedule.inputs_needed"), line_at(item, "inputs") or item.line)
    if report:
        for key in ("inputs", "mapping", "checks", "parameters", "config", "formats"):
            if key in item:
                ctx.fail(f"{where}{key}", msg("error.schedule.suite_only"), line_at(item, key))

    # a report covers every line unless it names its own scope (the schedule's scope is for the runs)
    scope = text_field(ctx, item, "scope", where) or (None if report else schedule.scope)
    if suite and not scope:
        ctx.fail(f"{where}scope", msg("error.schedule.scope_needed"), item.line, hint=msg("error.schedule.scope_needed_hint"))

    as_of = text_field(ctx, item, "as_of", where) or AS_OF_PERIOD_END
    if as_of not in (AS_OF_PERIOD_END, AS_OF_RUN_DATE):
        ctx.fail(f"{where}as_of", msg("error.schedule.bad_value"), line_at(item, "as_of"), value=as_of,
                 hint=msg("error.schedule.as_of_hint"))

    return Activity(
        id=aid,
        title=title,
        months=months,
        day=day,
        period_kind=kind,
        suite=suite,
        report=report,
        inputs=inputs,
        checks=_checks(ctx, item, where),
        parameters=_parameters(ctx, item, where),
        config=text_field(ctx, item, "config", where),
        scope=scope,  # a report activity keeps its own scope (None: every line)
        responsible=text_field(ctx, item, "responsible", where),
        description=text_field(ctx, item, "description", where),
        as_of=as_of,
        formats=_formats(ctx, item, where),
        line=item.line,
        key_lines={str(k): v for k, v in item.key_lines.items()},
        index=index,
    )


def _title(ctx: FileContext, item: YamlMap, where: str) -> dict[str, str] | None:
    value = item.get("title")
    if value is None:
        return None
    if isinstance(value, YamlMap):
        bad = [k for k in value if k not in ("nb", "en")]
        if bad or not value or not all(isinstance(v, str) and v.strip() for v in value.values()):
            ctx.fail(f"{where}title", msg("error.schedule.title_form"), line_at(item, "title"))
        return {k: v.strip() for k, v in value.items()}
    return {"nb": text_field(ctx, item, "title", where)}


def _kind(ctx: FileContext, item: YamlMap, where: str) -> str:
    value = item.get("period")
    if value is None:
        ctx.fail(f"{where}period", msg("error.schedule.missing"), item.line, hint=msg("error.schedule.period_missing_hint"))
    kind = parse_kind(value)
    if kind is None:
        ctx.fail(f"{where}period", msg("error.schedule.unknown_period"), line_at(item, "period"), value=value,
                 hint=msg("error.schedule.unknown_period_hint"))
    return kind


def _months(ctx: FileContext, item: YamlMap, where: str) -> tuple[int, ...]:
    value = item.get("months")
    line = line_at(item, "months")
    if value is None:
        ctx.fail(f"{where}months", msg("error.schedule.missing"), item.line, hint=msg("error.schedule.months_missing_hint"))
    if isinstance(value, str) and value.strip().lower() in ALL_MONTHS:
        return tuple(range(1, 13))
    values = value if isinstance(value, list) else [value]
    out = []
    for j, v in enumerate(values):
        m = month_number(v)
        if m is None:
            ctx.fail(f"{where}months", msg("error.schedule.bad_month"),
                     (value.item_lines[j] if isinstance(value, YamlSeq) else line),
                     value=v, hint=msg("error.schedule.bad_month_hint"))
        if m in out:
            ctx.fail(f"{where}months", msg("error.schedule.month_twice"), line, value=v)
        out.append(m)
    if not out:
        ctx.fail(f"{where}months", msg("error.schedule.empty"), line)
    return tuple(sorted(out))


def _day(ctx: FileContext, item: YamlMap, where: str) -> int:
    value = item.get("day", 1)
    if isinstance(value, str) and value.strip().lower() in LAST_DAY:
        return 31
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 31:
        ctx.fail(f"{where}day", msg("error.schedule.day"), line_at(item, "day"), value=value)
    return value


def _check_distinct_periods(ctx: FileContext, item: YamlMap, where: str, months, day, kind) -> None:
    """Two scheduled days of one activity may not cover the same period (the second would never be due)."""
    covered: dict[Period, int] = {}
    for m in months:
        period = previous_period(kind, dt.date(2025, m, min(day, 28)))
        if period in covered:
            # two months of a monthly activity never share a period: no month name is needed in the title
            title = msg(f"schedule.period.{period.kind}", name=period.start.month, number=period.number,
                        year=period.year)
            ctx.fail(
                f"{where}months",
                msg("error.schedule.same_period", first=covered[period], second=m, period=title),
                line_at(item, "months"),
                hint={QUARTER: msg("error.schedule.same_period_hint.quarter"),
                      TERTIAL: msg("error.schedule.same_period_hint.tertial"),
                      YEAR: msg("error.schedule.same_period_hint.year")}.get(kind),
            )
        covered[period] = m


def _template(ctx: FileContext, text: str, key: str, line: int | None, kind: str) -> str:
    allowed = _SAMPLE[kind].template_fields()
    for name in template_fields(text):
        if name not in allowed:
            known = ("year", "month", "quarter", "tertial", "period", "from", "to")
            why = (msg("error.schedule.template_field_of_period", kind=kind, name=name) if name in known
                   else msg("error.schedule.template_unknown_field", name=name))
            ctx.fail(key, why, line, value=text,
                     hint=msg("error.schedule.template_fields_hint", names=", ".join("{" + n + "}" for n in allowed)))
    try:
        text.format(**allowed)
    except (ValueError, IndexError, KeyError) as exc:
        ctx.fail(key, msg("error.schedule.template_invalid", problem=exc), line, value=text)  # Python's words
    return text


def _inputs(ctx: FileContext, item: YamlMap, where: str, kind: str) -> tuple[InputSpec, ...]:
    default_mapping = text_field(ctx, item, "mapping", where)
    if default_mapping:
        _template(ctx, default_mapping, f"{where}mapping", line_at(item, "mapping"), kind)
    value = item.get("inputs")
    if value is None:
        return ()
    values = value if isinstance(value, YamlSeq) else YamlSeq([value])
    if not isinstance(value, YamlSeq):
        values.item_lines = [line_at(item, "inputs")]
    out = []
    for j, v in enumerate(values):
        key = f"{where}inputs[{j + 1}]"
        line = values.item_lines[j] if j < len(values.item_lines) else line_at(item, "inputs")
        if isinstance(v, str) and v.strip():
            spec = InputSpec(_template(ctx, v.strip(), key, line, kind), default_mapping, line)
        elif isinstance(v, YamlMap):
            ctx.unknown_keys(v, INPUT_KEYS, key + ".")
            path = text_field(ctx, v, "path", key + ".", required=True)
            mapping = text_field(ctx, v, "mapping", key + ".") or default_mapping
            spec = InputSpec(
                _template(ctx, path, f"{key}.path", line_at(v, "path"), kind),
                _template(ctx, mapping, f"{key}.mapping", line_at(v, "mapping"), kind) if mapping else None,
                line,
            )
        else:
            ctx.fail(key, msg("error.schedule.input_form"), line, value=v)
        out.append(spec)
    return tuple(out)


def _checks(ctx: FileContext, item: YamlMap, where: str) -> tuple[str, ...]:
    value = item.get("checks")
    if value is None:
        return ()
    values = value if isinstance(value, list) else [value]
    if not values or not all(isinstance(v, str) and v.strip() for v in values):
        ctx.fail(f"{where}checks", msg("error.schedule.checks_list"), line_at(item, "checks"),
                 hint=msg("error.schedule.checks_list_hint"))
    return tuple(v.strip() for v in values)


def _parameters(ctx: FileContext, item: YamlMap, where: str) -> dict[str, dict[str, object]]:
    value = item.get("parameters")
    if value is None:
        return {}
    if not isinstance(value, YamlMap):
        ctx.fail(f"{where}parameters", msg("error.schedule.parameters_table", key="parameters"), line_at(item, "parameters"))
    out: dict[str, dict[str, object]] = {}
    for cid, params in value.items():
        key = f"{where}parameters.{cid}"
        if not isinstance(params, YamlMap) or not params:
            ctx.fail(key, msg("error.schedule.parameter_values", check=cid), line_at(value, cid))
        for name, v in params.items():
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                ctx.fail(f"{key}.{name}", msg("error.schedule.number"), line_at(params, name), value=v,
                         hint=msg("error.schedule.number_hint"))
        out[str(cid)] = {str(k): v for k, v in params.items()}
    return out


def _formats(ctx: FileContext, item: YamlMap, where: str) -> tuple[str, ...]:
    value = item.get("formats")
    if value is None:
        return DEFAULT_FORMATS
    if isinstance(value, str):
        values = [] if value.strip() == "none" else [v.strip() for v in value.split(",") if v.strip()]
    elif isinstance(value, list):
        values = value
    else:
        values = [value]
    for v in values:
        if v not in FORMATS:
            ctx.fail(f"{where}formats", msg("error.schedule.unknown_format"), line_at(item, "formats"), value=v,
                     hint=msg("error.schedule.unknown_format_hint"))
    return tuple(values)
