"""Parameter values for a run: check defaults, a configuration file, then --set overrides."""

from __future__ import annotations

import math
from pathlib import Path

from audit.errors import ConfigError
from audit.io import read_yaml
from audit.inputs.mapping import YAML_LOADER, closest, safe_text
from audit.text import msg
from checks.base import Suite, Versioned


def _number(text: object, where: str, source: str | None, unit: str | None = None) -> float | int:
    """A parameter value as written: «37,5», «30»; for a share also a percentage, «80 %» = 0.8."""
    if unit == "share" and isinstance(text, str) and text.strip().endswith("%"):
        try:
            percent = float(text.strip()[:-1].replace(",", ".").replace(" ", ""))
        except ValueError:
            percent = None  # not a number before the sign: refused below, naming the whole value
        if percent is not None:
            return _number(round(percent / 100, 12), where, source)
    if isinstance(text, bool) or not isinstance(text, (str, int, float)):
        raise ConfigError(msg("error.params.not_a_number", where=where), file=source, value=safe_text(text))
    if isinstance(text, (int, float)):
        v = text
    else:
        s = text.strip().replace(",", ".").replace(" ", "")
        try:
            v = float(s)
        except ValueError:
            raise ConfigError(msg("error.params.not_a_number", where=where), file=source, value=text,
                              hint=msg("error.params.not_a_number_hint")) from None
        v = int(v) if v.is_integer() and "." not in s and abs(v) < 1e15 else v
    if not math.isfinite(v) or abs(v) > 1e9:
        raise ConfigError(msg("error.params.out_of_range", where=where), file=source, value=str(text),
                          hint=msg("error.params.out_of_range_hint"))
    return v


def _set(params: dict, suite: Suite, check_id: str, name: str, value: object, source: str | None) -> None:
    ids = [c.id for c in suite.checks]
    if check_id not in ids:
        sug = closest(check_id, ids)
        raise ConfigError(msg("error.params.unknown_check", check=check_id, suite=suite.name), file=source,
                          hint=msg("error.did_you_mean", name=sug[0]) if sug else msg("error.see_checks"))
    check = suite.get(check_id)
    names = [p.name for p in check.params]
    if name not in names:
        raise ConfigError(
            msg("error.params.unknown_parameter", check=check_id, name=name), file=source,
            hint=msg("error.params.parameters_are", names=", ".join(names)) if names else msg("error.params.no_parameters"),
        )
    default = check.param(name).default
    if isinstance(value, list) and isinstance(default, Versioned):
        # [{from: null, value: 19}, {from: "2019-01-01", value: 18}]
        try:
            unit = check.param(name).unit_code
            before = _number(value[0]["value"], f"{check_id}.{name}", source, unit)
            changes = tuple((_from_date(v["from"], f"{check_id}.{name}", source),
                             _number(v["value"], f"{check_id}.{name}", source, unit)) for v in value[1:])
        except (KeyError, TypeError, IndexError):
            raise ConfigError(msg("error.params.versioned_list", where=f"{check_id}.{name}"), file=source,
                              hint=msg("error.params.versioned_list_hint")) from None
        for v in (before, *(c[1] for c in changes)):
            _fits(check.param(name).unit_code, v, f"{check_id}.{name}", source)
        params.setdefault(check_id, {})[name] = Versioned(by=default.by, before=before, changes=changes)
        return
    number = _number(value, f"{check_id}.{name}", source, check.param(name).unit_code)
    _fits(check.param(name).unit_code, number, f"{check_id}.{name}", source)
    params.setdefault(check_id, {})[name] = number


def _fits(unit: str | None, value: float | int, where: str, source: str | None) -> None:
    """A value the checks apply exactly as the reports state it: months are whole and not negative
    (D + n months has no half months), a share lies between 0 and 1 (0,8 for 80 %)."""
    if unit == "months" and (value < 0 or not float(value).is_integer()):
        raise ConfigError(msg("params.value.whole_months", where=where), file=source, value=str(value))
    if unit == "share" and not 0 <= value <= 1:
        raise ConfigError(msg("params.value.share", where=where), file=source, value=str(value))


def _from_date(value: object, where: str, source: str | None) -> str:
    import datetime as dt

    text = value.isoformat() if isinstance(value, dt.date) else value
    try:
        return dt.date.fromisoformat(str(text)).isoformat() if isinstance(text, str) else _bad_date(where, source, value)
    except ValueError:
        return _bad_date(where, source, value)


def _bad_date(where: str, source: str | None, value: object) -> str:
    raise ConfigError(msg("error.params.from_date", where=where), file=source, value=safe_text(value))


def load_parameters(suite: Suite, config: str | Path | None = None, overrides: list[str] | tuple[str, ...] = ()) -> dict[str, dict]:
    """Overrides per check id: {check_id: {param: value}} (defaults are not included)."""
    params: dict[str, dict] = {}
    if config:
        source = str(config)
        data = read_yaml(config, msg("error.io.what.config_file"), loader=YAML_LOADER) or {}
        if not isinstance(data, dict) or not isinstance(data.get("parameters", {}) or {}, dict):
            raise ConfigError(msg("error.params.config_shape", key="parameters"), file=source)
        unknown = set(map(str, data)) - {"parameters"}
        if unknown:
            raise ConfigError(msg("error.params.config_unknown_key", key=sorted(unknown)[0]), file=source,
                              hint=msg("error.params.config_unknown_key_hint"))
        for check_id, values in (data.get("parameters") or {}).items():
            if not str(check_id).startswith(suite.name + "."):
                continue  # a shared configuration file may hold several suites
            if not isinstance(values, dict):
                raise ConfigError(msg("error.params.check_values", check=check_id), file=source)
            for name, value in values.items():
                if isinstance(value, dict):
                    raise ConfigError(msg("error.params.value_not_a_number", where=f"{check_id}.{name}"), file=source,
                                      value=safe_text(value))
                _set(params, suite, str(check_id), str(name), value, source)
    for item in overrides:
        if "=" not in item:
            raise ConfigError(msg("error.params.set_form", item=item), hint=msg("error.params.set_form_hint"))
        lhs, value = item.split("=", 1)
        if "." not in lhs:
            raise ConfigError(msg("error.params.set_form", item=item))
        check_id, name = lhs.strip().rsplit(".", 1)
        _set(params, suite, check_id, name, value, None)
    return params
