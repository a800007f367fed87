"""The ``kostra`` suite: Statistics Norway's controls of the 11CF and 11F files.

``SUITE`` lists every control of both forms and every reporting year (the catalogue);
a run audits one file with :func:`suite_for` its form and reporting year, which holds
exactly the controls SSB's programme runs for them (see docs/kostra.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from audit.text import t
from checks.base import Suite
from checks.kostra_11cf import CONTROLS as CONTROLS_11CF
from checks.kostra_11f import CONTROLS as CONTROLS_11F
from checks.kostra_common import KostraCheck

CONTROLS: dict[str, list[KostraCheck]] = {"11CF": CONTROLS_11CF, "11F": CONTROLS_11F}
TITLE = (t("kostra.suite.title", "nb"), t("kostra.suite.title", "en"))


@dataclass
class KostraSuite(Suite):
    """The controls of one form and year; ``finish`` completes the results (SSB's severity,
    version and the stop at 001), set by :func:`audit.kostra.ssb_suite.load_for_suite`."""

    finish: Callable[[dict], dict] | None = None


SUITE = Suite(name="kostra", dataset="kostra_11cf", title=TITLE, checks=[])


def suite_for(form: str, year: int) -> KostraSuite:
    """The controls SSB runs for ``form`` in reporting ``year``, in SSB's order."""
    checks = sorted((c for c in CONTROLS[form] if year in c.years), key=_order)
    ids = [c.id for c in checks]
    assert len(ids) == len(set(ids)), ids
    return KostraSuite(name="kostra", dataset=f"kostra_{form.lower()}", title=TITLE, checks=checks)


def _order(c: KostraCheck) -> tuple[int, str]:
    return int(re.match(r"[0-9]+", c.number).group()), c.id


SUITE.checks = sorted(CONTROLS_11CF, key=_order) + sorted(CONTROLS_11F, key=_order)
