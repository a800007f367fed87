"""Parameter values for a run: check defaults, a configuration file, then --set overrides."""

from __future__ import annotations

from pathlib import Path

from audit.errors import ConfigError
from audit.io import read_yaml
from audit.mapping import closest
from checks.base import Suite, Versioned


def _number(text: object, where: str, source: str | None) -> float | int:
    if isinstance(text, bool):
        raise ConfigError(f"verdien for {where} skal være et tall", file=source, value=str(text))
    if isinstance(text, (int, float)):
        return text
    s = str(text).strip().replace(",", ".")
    try:
        v = float(s)
    except ValueError:
        raise ConfigError(f"verdien for {where} skal være et tall", file=source, value=str(text)) from None
    return int(v) if v.is_integer() and "." not in s else v


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
            changes = tuple((str(v["from"]), _number(v["value"], f"{check_id}.{name}", source)) for v in value[1:])
        except (KeyError, TypeError, IndexError):
            raise ConfigError(f"{check_id}.{name}: forventet en liste med «from» og «value»", file=source) from None
        params.setdefault(check_id, {})[name] = Versioned(by=default.by, before=before, changes=changes)
        return
    params.setdefault(check_id, {})[name] = _number(value, f"{check_id}.{name}", source)


def load_parameters(suite: Suite, config: str | Path | None = None, overrides: list[str] | tuple[str, ...] = ()) -> dict[str, dict]:
    """Overrides per check id: {check_id: {param: value}} (defaults are not included)."""
    params: dict[str, dict] = {}
    if config:
        source = str(config)
        data = read_yaml(config, "konfigurasjonsfilen") or {}
        if not isinstance(data, dict) or not isinstance(data.get("parameters", {}), dict):
            raise ConfigError("konfigurasjonsfilen skal ha nøkkelen «parameters: {kontroll-id: {parameter: verdi}}»", file=source)
        unknown = set(data) - {"parameters"}
        if unknown:
            raise ConfigError(f"ukjent nøkkel «{sorted(unknown)[0]}» i konfigurasjonsfilen", file=source,
                              hint="Bare «parameters» er tillatt.")
        for check_id, values in (data.get("parameters") or {}).items():
            if not str(check_id).startswith(suite.name + "."):
                continue  # a shared configuration file may hold several suites
            if not isinstance(values, dict):
                raise ConfigError(f"«{check_id}» skal ha parameter: verdi", file=source)
            for name, value in values.items():
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
