"""Parameter values for a run: check defaults, a configuration file, then --set overrides."""

from __future__ import annotations

import math
from pathlib import Path

from audit.errors import ConfigError
from audit.io import read_yaml
from audit.inputs.mapping import YAML_LOADER, closest, safe_text
from checks.base import Suite, Versioned


def _number(text: object, where: str, source: str | None) -> float | int:
    if isinstance(text, bool) or not isinstance(text, (str, int, float)):
        raise ConfigError(f"verdien for {where} skal være et tall", file=source, value=safe_text(text))
    if isinstance(text, (int, float)):
        v = text
    else:
        s = text.strip().replace(",", ".").replace(" ", "")
        try:
            v = float(s)
        except ValueError:
            raise ConfigError(f"verdien for {where} skal være et tall", file=source, value=text,
                              hint="For eksempel 30 eller 37,5.") from None
        v = int(v) if v.is_integer() and "." not in s and abs(v) < 1e15 else v
    if not math.isfinite(v) or abs(v) > 1e9:
        raise ConfigError(f"verdien for {where} er utenfor det som gir mening", file=source, value=str(text),
                          hint="Bruk et vanlig tall, for eksempel 30.")
    return v


def _set(params: dict, suite: Suite, check_id: str, name: str, value: object, source: str | None) -> None:
    ids = [c.id for c in suite.checks]
    if check_id not in ids:
        sug = closest(check_id, ids)
        raise ConfigError(f"ukjent kontroll «{check_id}» i suite «{suite.name}»", file=source,
                          hint=f"Mente du «{sug[0]}»?" if sug else "Se «nav-audit checks».")
    check = suite.get(check_id)
    names = [p.name for p in check.params]
    if name not in names:
        raise ConfigError(
            f"kontrollen «{check_id}» har ingen parameter «{name}»", file=source,
            hint=f"Parametrene er: {', '.join(names)}." if names else "Kontrollen har ingen parametre.",
        )
    default = check.param(name).default
    if isinstance(value, list) and isinstance(default, Versioned):
        # [{from: null, value: 19}, {from: "2019-01-01", value: 18}]
        try:
            before = _number(value[0]["value"], f"{check_id}.{name}", source)
            changes = tuple((_from_date(v["from"], f"{check_id}.{name}", source),
                             _number(v["value"], f"{check_id}.{name}", source)) for v in value[1:])
        except (KeyError, TypeError, IndexError):
            raise ConfigError(f"{check_id}.{name}: forventet en liste med «from» og «value»", file=source,
                              hint="For eksempel [{from: null, value: 19}, {from: 2019-01-01, value: 18}].") from None
        params.setdefault(check_id, {})[name] = Versioned(by=default.by, before=before, changes=changes)
        return
    params.setdefault(check_id, {})[name] = _number(value, f"{check_id}.{name}", source)


def _from_date(value: object, where: str, source: str | None) -> str:
    import datetime as dt

    text = value.isoformat() if isinstance(value, dt.date) else value
    try:
        return dt.date.fromisoformat(str(text)).isoformat() if isinstance(text, str) else _bad_date(where, source, value)
    except ValueError:
        return _bad_date(where, source, value)


def _bad_date(where: str, source: str | None, value: object) -> str:
    raise ConfigError(f"{where}: «from» skal være en dato (åååå-mm-dd)", file=source, value=safe_text(value))


def load_parameters(suite: Suite, config: str | Path | None = None, overrides: list[str] | tuple[str, ...] = ()) -> dict[str, dict]:
    """Overrides per check id: {check_id: {param: value}} (defaults are not included)."""
    params: dict[str, dict] = {}
    if config:
        source = str(config)
        data = read_yaml(config, "konfigurasjonsfilen", loader=YAML_LOADER) or {}
        if not isinstance(data, dict) or not isinstance(data.get("parameters", {}) or {}, dict):
            raise ConfigError("konfigurasjonsfilen skal ha nøkkelen «parameters: {kontroll-id: {parameter: verdi}}»", file=source)
        unknown = set(map(str, data)) - {"parameters"}
        if unknown:
            raise ConfigError(f"ukjent nøkkel «{sorted(unknown)[0]}» i konfigurasjonsfilen", file=source,
                              hint="Bare «parameters» er tillatt.")
        for check_id, values in (data.get("parameters") or {}).items():
            if not str(check_id).startswith(suite.name + "."):
                continue  # a shared configuration file may hold several suites
            if not isinstance(values, dict):
                raise ConfigError(f"«{check_id}» skal ha parameter: verdi", file=source)
            for name, value in values.items():
                if isinstance(value, dict):
                    raise ConfigError(f"«{check_id}.{name}» skal være et tall", file=source, value=safe_text(value))
                _set(params, suite, str(check_id), str(name), value, source)
    for item in overrides:
        if "=" not in item:
            raise ConfigError(f"--set «{item}»: forventet kontroll.parameter=verdi",
                              hint="For eksempel --set kvp.start_delay.deviation_days=21.")
        lhs, value = item.split("=", 1)
        if "." not in lhs:
            raise ConfigError(f"--set «{item}»: forventet kontroll.parameter=verdi")
        check_id, name = lhs.strip().rsplit(".", 1)
        _set(params, suite, check_id, name, value, None)
    return params
