"""A loaded schedule checked against this installation's catalogue of suites, checks and
parameters (kept apart from loading, see :func:`catalogue_problems`)."""

from __future__ import annotations

from audit.errors import ConfigError
from audit.inputs.mapping import closest
from audit.schedule.model import Schedule


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
