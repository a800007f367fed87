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


def check_by_id(check_id: str) -> Check | None:
    """The declaration of a check id, in any suite (None for an id the catalogue does not know)."""
    return _BY_ID.get(check_id)


def value_words(column: str) -> dict[str, tuple[str, str]]:
    """The words for a coded column's codes, ``{code: (bokmål, English)}``, as the checks that read
    it declare them (``Check.values``; one set of words per column, tests/test_catalogue_doc.py)."""
    return dict(_WORDS.get(column, {}))


_BY_ID: dict[str, Check] = {c.id: c for c in all_checks()}


def _declared_words() -> dict[str, dict[str, tuple[str, str]]]:
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for check in all_checks():
        for column, codes in check.values.items():
            out.setdefault(column, {}).update(codes)
    return out


_WORDS = _declared_words()
