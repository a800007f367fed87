"""A loaded schedule checked against this installation's catalogue of suites, checks and
parameters (kept apart from loading, see :func:`catalogue_problems`)."""

from __future__ import annotations

from audit.errors import ConfigError
from audit.inputs.mapping import closest
from audit.schedule.model import Schedule
from audit.schedule.yaml_fields import at_key
from audit.text import msg


def catalogue_problems(schedule: Schedule) -> dict[str, list[ConfigError]]:
    """Per activity id: its suite, check ids and parameters that this version does not know.

    Kept apart from loading so that a schedule naming a suite this installation lacks can
    still be shown, exported and run for its other activities; the runner fails such an
    activity with these messages.
    """
    from audit.params import load_parameters
    from checks import SUITES

    problems: dict[str, list[ConfigError]] = {}
    for act in schedule.activities:
        if not act.suite:
            continue
        found: list[ConfigError] = []
        where = f"activities[{act.id}]."
        suite = SUITES.get(act.suite)
        if suite is None:
            sug = closest(act.suite, list(SUITES))
            found.append(ConfigError(
                at_key(f"{where}suite", msg("error.schedule.unknown_suite", suite=act.suite)),
                file=schedule.path, row=act.line_of("suite"),
                hint=msg("error.did_you_mean", name=sug[0]) if sug
                else msg("error.schedule.suites_are", names=", ".join(SUITES))))
        else:
            ids = [c.id for c in suite.checks]
            for cid in act.checks:
                if cid not in ids:
                    sug = closest(cid, ids)
                    found.append(ConfigError(
                        at_key(f"{where}checks", msg("error.schedule.unknown_check", check=cid, suite=act.suite)),
                        file=schedule.path, row=act.line_of("checks"),
                        hint=msg("error.did_you_mean", name=sug[0]) if sug else msg("error.see_checks")))
            try:
                load_parameters(suite, None, act.overrides())
            except ConfigError as exc:
                found.append(ConfigError(at_key(f"{where}parameters", exc.message),
                                         file=schedule.path, row=act.line_of("parameters"), hint=exc.hint))
        if found:
            problems[act.id] = found
    return problems
