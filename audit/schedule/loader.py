"""Read and check a schedule file (YAML). Every problem is a ConfigError naming the file,
the line and the key (``activities[2].months``). Format: ``docs/schedule.md``."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from audit.errors import ConfigError
from audit.io import read_yaml
from audit.mapping import closest
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
    MONTH,
    MONTH_NAMES,
    QUARTER,
    TERTIAL,
    YEAR,
    Period,
    parse_kind,
    period_containing,
    previous_period,
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


# --------------------------------------------------------------------------- YAML with line numbers


class _Map(dict):
    """A YAML mapping that remembers the line of itself and of each key."""

    line: int | None = None
    key_lines: dict


class _Seq(list):
    line: int | None = None
    item_lines: list


class _Loader(yaml.SafeLoader):
    """SafeLoader that keeps line numbers and refuses duplicate keys."""


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> _Map:
    loader.flatten_mapping(node)
    out = _Map()
    out.line = node.start_mark.line + 1
    out.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            raise yaml.constructor.ConstructorError(None, None, "ugyldig nøkkel", key_node.start_mark)
        if key in out:
            raise yaml.constructor.ConstructorError(
                None, None, f"nøkkelen «{key}» står to ganger", key_node.start_mark)
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_lines[key] = key_node.start_mark.line + 1
    return out


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> _Seq:
    out = _Seq(loader.construct_object(child, deep=True) for child in node.value)
    out.line = node.start_mark.line + 1
    out.item_lines = [child.start_mark.line + 1 for child in node.value]
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


# --------------------------------------------------------------------------- helpers


class _Ctx:
    """The file being read, for error messages."""

    def __init__(self, path: str) -> None:
        self.path = path

    def fail(self, key: str, message: str, line: int | None, *, value: Any = None, hint: str | None = None):
        raise ConfigError(
            (f"nøkkel «{key}»: {message}" if key else message) + ("" if message.endswith((".", "?")) else "."),
            file=self.path, row=line, value=None if value is None else str(value), hint=hint,
        )

    def unknown_keys(self, data: _Map, allowed: tuple[str, ...], where: str) -> None:
        for key in data:
            if key not in allowed:
                sug = closest(str(key), list(allowed))
                self.fail(f"{where}{key}", "ukjent nøkkel", _line(data, key),
                          hint=f"Mente du «{sug[0]}»?" if sug else f"Gyldige nøkler: {', '.join(allowed)}.")


def _line(data: Any, key: Any = None) -> int | None:
    if key is not None and isinstance(data, _Map):
        return data.key_lines.get(key, data.line)
    return getattr(data, "line", None)


def _text(ctx: _Ctx, data: _Map, key: str, where: str, *, required: bool = False) -> str | None:
    value = data.get(key)
    if value is None:
        if required:
            ctx.fail(f"{where}{key}", "mangler", _line(data), hint=None)
        return None
    if isinstance(value, (dict, list, bool)):
        ctx.fail(f"{where}{key}", "skal være tekst", _line(data, key), value=value)
    text = str(value).strip()
    if required and not text:
        ctx.fail(f"{where}{key}", "er tom", _line(data, key))
    return text or None


def _int(ctx: _Ctx, data: _Map, key: str, where: str, default: int, low: int, high: int) -> int:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        ctx.fail(f"{where}{key}", f"skal være et heltall fra {low} til {high}", _line(data, key), value=value)
    return value


def _date(ctx: _Ctx, data: _Map, key: str, where: str) -> dt.date | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
    try:
        return dt.date(int(m[3]), int(m[2]), int(m[1])) if m else dt.date.fromisoformat(text)
    except ValueError:
        ctx.fail(f"{where}{key}", "ugyldig dato", _line(data, key), value=value,
                 hint="Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2025-01-01.")


def _month(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 1 <= value <= 12 else None
    if isinstance(value, str):
        text = value.strip().lower()
        if text.isdigit():
            return _month(int(text))
        for names in MONTH_NAMES.values():
            lowered = [n.lower() for n in names]
            hits = [i for i, n in enumerate(lowered) if n == text or (len(text) >= 3 and n.startswith(text))]
            if len(hits) == 1:
                return hits[0] + 1
    return None


# --------------------------------------------------------------------------- the file


def load_schedule(path: str | Path) -> Schedule:
    """Read and check the schedule file at ``path``.

    Checks what the file alone can tell (keys, types, months, days, periods, templates,
    ids, one activity per suite, scope and period kind). Whether its suites, check ids and
    parameters exist in this version's catalogue is :func:`catalogue_problems`.
    """
    p = str(path)
    ctx = _Ctx(p)
    data = read_yaml(path, "årshjulfilen", loader=_Loader,
                     missing_hint="Lag et med «nav-audit init MAPPE», eller se «nav-audit schedule --help».")
    if not isinstance(data, _Map):
        ctx.fail("", "forventet nøkler som title, scope og activities på øverste nivå", _line(data) or 1)
    ctx.unknown_keys(data, TOP_KEYS, "")
    version = data.get("version", 1)
    if version != 1:
        ctx.fail("version", "denne versjonen av nav-audit leser bare årshjulfiler av versjon 1",
                 _line(data, "version"), value=version)

    file_dir = Path(p).resolve().parent
    base = _text(ctx, data, "base_dir", "")
    base_dir = (file_dir / Path(base).expanduser()).resolve() if base else file_dir
    output_text = _text(ctx, data, "output", "") or "nav-audit-rapporter"
    output = Path(output_text).expanduser()
    output = output if output.is_absolute() else base_dir / output

    schedule = Schedule(
        path=p,
        title=_text(ctx, data, "title", "") or "Årshjul for internkontroll",
        activities=[],
        base_dir=base_dir,
        output=output,
        scope=_text(ctx, data, "scope", ""),
        start=_date(ctx, data, "start", ""),
        lookback_months=_int(ctx, data, "lookback_months", "", 12, 1, 60),
        grace_days=_int(ctx, data, "grace_days", "", 0, 0, 365),
    )

    acts = data.get("activities")
    if not isinstance(acts, _Seq) or not acts:
        ctx.fail("activities", "skal være en liste med minst én kontrollaktivitet", _line(data, "activities") or 1)
    seen_ids: dict[str, int | None] = {}
    seen_lines: dict[tuple, tuple[str, int | None]] = {}
    for i, item in enumerate(acts):
        where = f"activities[{i + 1}]."
        line = acts.item_lines[i]
        if not isinstance(item, _Map):
            ctx.fail(f"activities[{i + 1}]", "skal være en tabell med id, title, months, day, period …", line)
        act = _activity(ctx, item, where, schedule, i)
        if act.id in seen_ids:
            ctx.fail(f"{where}id", f"id «{act.id}» er brukt før (linje {seen_ids[act.id]})", _line(item, "id"),
                     hint="Hver aktivitet trenger sin egen id.")
        seen_ids[act.id] = _line(item, "id")
        if act.suite:
            line_key = (act.suite, act.scope, act.period_kind)
            if line_key in seen_lines:
                other, other_line = seen_lines[line_key]
                ctx.fail(
                    f"{where}period",
                    f"«{other}» (linje {other_line}) kjører også suite «{act.suite}» med omfang «{act.scope}» "
                    f"for {act.period_label()}; historikken kan ikke skille dem",
                    _line(item, "period"),
                    hint="Gi en av dem et eget «scope», eller slå dem sammen.",
                )
            seen_lines[line_key] = (act.id, act.line)
        schedule.activities.append(act)
    return schedule


def _activity(ctx: _Ctx, item: _Map, where: str, schedule: Schedule, index: int) -> Activity:
    aid = _text(ctx, item, "id", where, required=True)
    if not ID_PATTERN.fullmatch(aid):
        ctx.fail(f"{where}id", "skal bestå av små bokstaver a–z, sifre, - og _ (den blir et mappenavn)",
                 _line(item, "id"), value=aid, hint="For eksempel «kvp-oppstart».")
    where = f"activities[{aid}]."
    ctx.unknown_keys(item, ACTIVITY_KEYS, where)
    title = _title(ctx, item, where) or {"nb": aid}

    suite, report = _text(ctx, item, "suite", where), _text(ctx, item, "report", where)
    if bool(suite) == bool(report):
        ctx.fail(f"{where}suite", "en aktivitet kjører enten en suite («suite: kvp») eller en rapport "
                 "(«report: annual»)", item.line)
    if report and report not in REPORTS:
        ctx.fail(f"{where}report", "ukjent rapport", _line(item, "report"), value=report,
                 hint=f"Gyldige rapporter: {', '.join(REPORTS)}.")

    kind = _kind(ctx, item, where)
    if report == "annual" and kind != YEAR:
        ctx.fail(f"{where}period", "årsrapporten dekker et år", _line(item, "period"), hint="Skriv «period: year».")
    months = _months(ctx, item, where)
    day = _day(ctx, item, where)
    _check_distinct_periods(ctx, item, where, months, day, kind)

    inputs = _inputs(ctx, item, where, kind)
    if suite and not inputs:
        ctx.fail(f"{where}inputs", "en aktivitet som kjører en suite trenger minst én inndatafil",
                 _line(item, "inputs") or item.line)
    if report:
        for key in ("inputs", "mapping", "checks", "parameters", "config", "formats"):
            if key in item:
                ctx.fail(f"{where}{key}", "gjelder bare aktiviteter som kjører en suite", _line(item, key))

    # a report covers every line unless it names its own scope (the schedule's scope is for the runs)
    scope = _text(ctx, item, "scope", where) or (None if report else schedule.scope)
    if suite and not scope:
        ctx.fail(f"{where}scope", "mangler: en aktivitet som kjører en suite trenger et omfang (scope), "
                 "som historikken kjenner kjøringene igjen på", item.line,
                 hint="Skriv «scope: 5001» (f.eks. kommunenummer eller kontor) her eller øverst i filen.")

    as_of = _text(ctx, item, "as_of", where) or AS_OF_PERIOD_END
    if as_of not in (AS_OF_PERIOD_END, AS_OF_RUN_DATE):
        ctx.fail(f"{where}as_of", "ugyldig verdi", _line(item, "as_of"), value=as_of,
                 hint="Bruk «period_end» (periodens siste dag, standard) eller «run_date» (dagen det kjøres).")

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
        config=_text(ctx, item, "config", where),
        scope=scope if suite else None,
        responsible=_text(ctx, item, "responsible", where),
        description=_text(ctx, item, "description", where),
        as_of=as_of,
        formats=_formats(ctx, item, where),
        line=item.line,
        key_lines={str(k): v for k, v in item.key_lines.items()},
        index=index,
    )


def _title(ctx: _Ctx, item: _Map, where: str) -> dict[str, str] | None:
    value = item.get("title")
    if value is None:
        return None
    if isinstance(value, _Map):
        bad = [k for k in value if k not in ("nb", "en")]
        if bad or not value or not all(isinstance(v, str) and v.strip() for v in value.values()):
            ctx.fail(f"{where}title", "skal være tekst, eller {nb: …, en: …}", _line(item, "title"))
        return {k: v.strip() for k, v in value.items()}
    return {"nb": _text(ctx, item, "title", where)}


def _kind(ctx: _Ctx, item: _Map, where: str) -> str:
    value = item.get("period")
    if value is None:
        ctx.fail(f"{where}period", "mangler", item.line,
                 hint="Skriv hvilken periode kjøringen dekker: month, quarter, tertial eller year.")
    kind = parse_kind(value)
    if kind is None:
        ctx.fail(f"{where}period", "ukjent periode", _line(item, "period"), value=value,
                 hint="Bruk month, quarter, tertial eller year (eller måned, kvartal, tertial, år): "
                      "den siste hele perioden før den planlagte dagen.")
    return kind


def _months(ctx: _Ctx, item: _Map, where: str) -> tuple[int, ...]:
    value = item.get("months")
    line = _line(item, "months")
    if value is None:
        ctx.fail(f"{where}months", "mangler", item.line, hint="For eksempel «months: [1, 4, 7, 10]» eller «months: all».")
    if isinstance(value, str) and value.strip().lower() in ALL_MONTHS:
        return tuple(range(1, 13))
    values = value if isinstance(value, list) else [value]
    out = []
    for j, v in enumerate(values):
        m = _month(v)
        if m is None:
            ctx.fail(f"{where}months", "ugyldig måned", (value.item_lines[j] if isinstance(value, _Seq) else line),
                     value=v, hint="Bruk månedsnummer 1–12, månedsnavn (januar …) eller «all».")
        if m in out:
            ctx.fail(f"{where}months", "måneden står to ganger", line, value=v)
        out.append(m)
    if not out:
        ctx.fail(f"{where}months", "er tom", line)
    return tuple(sorted(out))


def _day(ctx: _Ctx, item: _Map, where: str) -> int:
    value = item.get("day", 1)
    if isinstance(value, str) and value.strip().lower() in LAST_DAY:
        return 31
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 31:
        ctx.fail(f"{where}day", "skal være en dag i måneden, 1–31 (eller «last»)", _line(item, "day"), value=value)
    return value


def _check_distinct_periods(ctx: _Ctx, item: _Map, where: str, months, day, kind) -> None:
    """Two scheduled days of one activity may not cover the same period (the second would never be due)."""
    covered: dict[Period, int] = {}
    for m in months:
        period = previous_period(kind, dt.date(2025, m, min(day, 28)))
        if period in covered:
            ctx.fail(
                f"{where}months",
                f"månedene {covered[period]} og {m} dekker begge samme periode ({period.title()} i 2025-eksempelet)",
                _line(item, "months"),
                hint={MONTH: "", QUARTER: "Kvartalsvise kontroller: «months: [1, 4, 7, 10]».",
                      TERTIAL: "Tertialvise kontroller: «months: [1, 5, 9]».",
                      YEAR: "En årlig kontroll har én måned."}[kind] or None,
            )
        covered[period] = m


def _template(ctx: _Ctx, text: str, key: str, line: int | None, kind: str) -> str:
    allowed = _SAMPLE[kind].template_fields()
    for name in template_fields(text):
        if name not in allowed:
            known = ("year", "month", "quarter", "tertial", "period", "from", "to")
            why = (f"perioden «{kind}» har ikke feltet {{{name}}}" if name in known
                   else f"ukjent felt {{{name}}} i stimalen")
            ctx.fail(key, why, line, value=text, hint=f"Tillatte felt her: {', '.join('{' + n + '}' for n in allowed)}.")
    try:
        text.format(**allowed)
    except (ValueError, IndexError, KeyError) as exc:
        ctx.fail(key, f"ugyldig stimal ({exc})", line, value=text)
    return text


def _inputs(ctx: _Ctx, item: _Map, where: str, kind: str) -> tuple[InputSpec, ...]:
    default_mapping = _text(ctx, item, "mapping", where)
    if default_mapping:
        _template(ctx, default_mapping, f"{where}mapping", _line(item, "mapping"), kind)
    value = item.get("inputs")
    if value is None:
        return ()
    values = value if isinstance(value, _Seq) else _Seq([value])
    if not isinstance(value, _Seq):
        values.item_lines = [_line(item, "inputs")]
    out = []
    for j, v in enumerate(values):
        key = f"{where}inputs[{j + 1}]"
        line = values.item_lines[j] if j < len(values.item_lines) else _line(item, "inputs")
        if isinstance(v, str) and v.strip():
            spec = InputSpec(_template(ctx, v.strip(), key, line, kind), default_mapping, line)
        elif isinstance(v, _Map):
            ctx.unknown_keys(v, INPUT_KEYS, key + ".")
            path = _text(ctx, v, "path", key + ".", required=True)
            mapping = _text(ctx, v, "mapping", key + ".") or default_mapping
            spec = InputSpec(
                _template(ctx, path, f"{key}.path", _line(v, "path"), kind),
                _template(ctx, mapping, f"{key}.mapping", _line(v, "mapping"), kind) if mapping else None,
                line,
            )
        else:
            ctx.fail(key, "skal være en sti, eller {path: …, mapping: …}", line, value=v)
        out.append(spec)
    return tuple(out)


def _checks(ctx: _Ctx, item: _Map, where: str) -> tuple[str, ...]:
    value = item.get("checks")
    if value is None:
        return ()
    values = value if isinstance(value, list) else [value]
    if not values or not all(isinstance(v, str) and v.strip() for v in values):
        ctx.fail(f"{where}checks", "skal være en liste med kontroll-id-er", _line(item, "checks"),
                 hint="For eksempel «checks: [kvp.start_delay]».")
    return tuple(v.strip() for v in values)


def _parameters(ctx: _Ctx, item: _Map, where: str) -> dict[str, dict[str, object]]:
    value = item.get("parameters")
    if value is None:
        return {}
    if not isinstance(value, _Map):
        ctx.fail(f"{where}parameters", "skal være en tabell {kontroll-id: {parameter: verdi}}",
                 _line(item, "parameters"))
    out: dict[str, dict[str, object]] = {}
    for cid, params in value.items():
        key = f"{where}parameters.{cid}"
        if not isinstance(params, _Map) or not params:
            ctx.fail(key, "skal være en tabell {parameter: verdi}", _line(value, cid))
        for name, v in params.items():
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                ctx.fail(f"{key}.{name}", "skal være et tall", _line(params, name), value=v,
                         hint="Datoavhengige parametre settes i en konfigurasjonsfil (config: …).")
        out[str(cid)] = {str(k): v for k, v in params.items()}
    return out


def _formats(ctx: _Ctx, item: _Map, where: str) -> tuple[str, ...]:
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
            ctx.fail(f"{where}formats", "ukjent rapportformat", _line(item, "formats"), value=v,
                     hint="Bruk xlsx, html, begge, eller «none».")
    return tuple(values)


# --------------------------------------------------------------------------- against the catalogue


def catalogue_problems(schedule: Schedule) -> dict[str, list[ConfigError]]:
    """Per activity id: its suite, check ids and parameters that this version does not know.

    Kept apart from loading so that a schedule naming a suite this installation lacks can
    still be shown, exported and run for its other activities; the runner fails such an
    activity with these messages.
    """
    from checks import SUITES
    from audit.params import load_parameters

    problems: dict[str, list[ConfigError]] = {}
    for act in schedule.activities:
        if not act.suite:
            continue
        found: list[ConfigError] = []
        where = f"nøkkel «activities[{act.id}]."
        suite = SUITES.get(act.suite)
        if suite is None:
            sug = closest(act.suite, list(SUITES))
            found.append(ConfigError(
                f"{where}suite»: suiten «{act.suite}» finnes ikke i denne versjonen av nav-audit.",
                file=schedule.path, row=act.line_of("suite"),
                hint=f"Mente du «{sug[0]}»?" if sug else f"Suiter: {', '.join(SUITES)}."))
        else:
            ids = [c.id for c in suite.checks]
            for cid in act.checks:
                if cid not in ids:
                    sug = closest(cid, ids)
                    found.append(ConfigError(
                        f"{where}checks»: kontrollen «{cid}» finnes ikke i suite «{act.suite}».",
                        file=schedule.path, row=act.line_of("checks"),
                        hint=f"Mente du «{sug[0]}»?" if sug else "Se «nav-audit checks»."))
            try:
                load_parameters(suite, None, act.overrides())
            except ConfigError as exc:
                found.append(ConfigError(f"{where}parameters»: {exc.message}.", file=schedule.path,
                                         row=act.line_of("parameters"),
                                         hint=exc.hint))
        if found:
            problems[act.id] = found
    return problems
