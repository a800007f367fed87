"""``nav-audit init``: a working folder for an office's internal control.

The folder holds an årshjul with the common activities of the year, a parameter file with
every parameter and its legal basis, a mapping draft for the office's export when one is
given, a short README (LESMEG.md) saying what to do each month, and empty folders for the
exports (``uttrekk/``) and KOSTRA files (``kostra/``). Paths in the files are relative to
the folder, so it can be moved or shared as a whole.
"""

from __future__ import annotations

import datetime as dt

import shlex
from dataclasses import dataclass, field
from pathlib import Path

from audit.io import atomic_write_text
from audit.onboarding.demo import HISTORY, OUT, PARAMS, WHEEL, ready_folder
from audit.onboarding.files import Inputs, parameter_file, wheel
from audit.text import t

README = "LESMEG.md"
EXPORTS = "uttrekk"
KOSTRA = "kostra"


def mapping_name(dataset: str) -> str:
    return f"mapping_{dataset}.yaml"


@dataclass
class Initialised:
    folder: str
    files: list[str] = field(default_factory=list)
    dataset: str | None = None  # of the export given
    summary: list[str] = field(default_factory=list)  # what map found, for the terminal
    commands: list[tuple[str, str]] = field(default_factory=list)


def init_folder(folder: str, export: str | None = None, suite: str | None = None, scope: str | None = None,
                title: str | None = None, overwrite: bool = False, lang: str = "nb",
                start: dt.date | None = None) -> Initialised:
    """A working folder (årshjul, parameters, a draft mapping of ``export``, LESMEG.md). The årshjul starts on
    ``start`` (default: today): what was scheduled before the folder existed is not due."""
    target = Path(folder)
    proposal = None
    if export is not None:  # read the export first: a bad export leaves no half-made folder
        from audit.onboarding.suggest import propose

        proposal = propose(export, suite)
    ready_folder(target, overwrite)
    done = Initialised(folder=folder)
    for sub in (EXPORTS, KOSTRA):
        (target / sub).mkdir(exist_ok=True)
    inputs = {
        "kvp": Inputs(f"{EXPORTS}/kvp_{{year}}-K{{quarter}}.csv", mapping_name("kvp")),
        "stonad": Inputs(f"{EXPORTS}/stonad_{{year}}-K{{quarter}}.csv", mapping_name("stonad")),
    }
    if proposal is not None:
        from audit.onboarding.draft import render, summary

        ds = proposal.dataset.name
        name = mapping_name(ds)
        atomic_write_text(target / name, render(proposal, lang, draft_name=name))
        done.files.append(name)
        done.dataset = ds
        done.summary = summary(proposal, lang)
        # every quarter brings a new export: the årshjul names the quarter's file (in the given export's format),
        # not the export the draft was made from, which would be audited again every quarter
        pattern = f"{EXPORTS}/{ds}_{{year}}-K{{quarter}}{Path(export).suffix.lower() or '.csv'}"
        inputs[ds] = Inputs(pattern, name)
        done.summary.append(t("onboarding.init.exports_named", lang, pattern=pattern,
                              example=pattern.format(year=(start or dt.date.today()).year, quarter=1)))
    atomic_write_text(target / PARAMS, parameter_file(lang))
    done.files.append(PARAMS)
    office_title = title or t("onboarding.init.wheel_title", lang)
    atomic_write_text(target / WHEEL, wheel(
        office_title, scope or "kontoret", kvp=inputs["kvp"], stonad=inputs["stonad"],
        kostra_11cf=Inputs(f"{KOSTRA}/11CF_{{year}}.dat"), kostra_11f=Inputs(f"{KOSTRA}/11F_{{year}}.dat"),
        output=OUT, config=PARAMS, lang=lang, start=start or dt.date.today()))
    done.files.append(WHEEL)
    atomic_write_text(target / README, t(
        "onboarding.init.readme", lang, title=office_title, wheel=WHEEL, params=PARAMS, history=HISTORY,
        exports=EXPORTS, kostra=KOSTRA, out=OUT, kvp_input=inputs["kvp"].path, stonad_input=inputs["stonad"].path,
        kvp_mapping=mapping_name("kvp"), stonad_mapping=mapping_name("stonad"),
    ))
    done.files.append(README)
    q = lambda name: shlex.quote(str(Path(folder) / name))  # noqa: E731
    done.commands = [
        (t("onboarding.init.cmd.read", lang), f"less {q(README)}"),
        (t("onboarding.init.cmd.wheel", lang), f"nav-audit schedule show -f {q(WHEEL)}"),
        (t("onboarding.init.cmd.due", lang), f"nav-audit schedule due -f {q(WHEEL)} --history {q(HISTORY)}"),
    ]
    if proposal is not None:
        m = mapping_name(proposal.dataset.name)
        done.commands.insert(1, (t("onboarding.init.cmd.check", lang),
                                 f"nav-audit map {shlex.quote(str(export))} --check {q(m)}"))
    return done
