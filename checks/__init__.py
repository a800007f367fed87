"""The check catalogue: every suite and check nav-audit knows (docs/checks.md)."""

from __future__ import annotations

from checks.base import Check, Suite
from checks.kostra import SUITE as KOSTRA_SUITE
from checks.kvp import SUITE as KVP_SUITE
from checks.stonad import SUITE as STONAD_SUITE

SUITES: dict[str, Suite] = {s.name: s for s in (KVP_SUITE, STONAD_SUITE, KOSTRA_SUITE)}


def get_suite(name: str) -> Suite:
    from audit.errors import ConfigError
    from audit.text import msg

    try:
        return SUITES[name]
    except KeyError:
        raise ConfigError(msg("error.checks.unknown_suite", name=name),
                          hint=msg("error.checks.unknown_suite_hint", names=", ".join(SUITES))) from None


def all_checks() -> list[Check]:
    return [c for s in SUITES.values() for c in s.checks]
