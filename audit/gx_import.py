"""Importing Great Expectations without the parts of its import nav-audit never runs.

``import great_expectations`` imports every expectation class, among them
``ExpectColumnKlDivergenceToBeLessThan``, whose module imports ``altair`` (charts) and
``scipy.stats`` at its top, as do two metrics for Kolmogorov–Smirnov tests. nav-audit's
expectations (values between, pair A > B, mean, median) use neither, yet importing them
took about a third of the whole GX import (measured with ``python -X importtime``).

:func:`import_great_expectations` puts a stand-in module for each of those into
``sys.modules`` before GX is imported: the import statements bind the stand-in, and the
first attribute anyone reads from it imports the real module and answers from it. So
nothing changes for code that does use them (it just pays the import then); a module
already imported is left alone. Only the import of GX goes through here
(``audit.engine``); GX decides every row's level exactly as before.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import sys
import types

# Imported by GX's KL-divergence expectation and KS-test metrics only (at their module top).
# Their parent packages (scipy) are imported for real: a stand-in parent would hide its other
# submodules from whoever imports them later.
DEFERRED = ("scipy.stats", "altair")


class _Deferred(types.ModuleType):
    """A module imported on the first read of one of its attributes. Only ``__spec__`` (which
    the import system reads when the module is imported again) is set, so that alone does not
    trigger it; ``__path__`` is not, so importing a submodule imports the real module first."""

    def __getattr__(self, attr: str):
        name = self.__name__
        if sys.modules.get(name) is self:
            del sys.modules[name]
        real = importlib.import_module(name)
        return getattr(real, attr)


def defer_unused_modules(names: tuple[str, ...] = DEFERRED) -> list[str]:
    """Stand-ins for ``names`` that are not imported yet; returns the names deferred."""
    deferred = []
    for name in names:
        if name in sys.modules:
            continue
        module = _Deferred(name)
        module.__spec__ = importlib.machinery.ModuleSpec(name, None)
        sys.modules[name] = module
        deferred.append(name)
    return deferred


def import_in_background() -> None:
    """Start importing GX in a thread (the caller goes on loading the input, mostly inside
    polars, which releases the interpreter lock); the first use waits for it to finish."""
    import threading

    if "great_expectations" not in sys.modules:
        threading.Thread(target=import_great_expectations, name="import-great-expectations", daemon=True).start()


def import_great_expectations() -> types.ModuleType:
    """``great_expectations``, imported without the modules it never needs here (see the module doc)."""
    if "great_expectations" not in sys.modules:
        defer_unused_modules()
    import great_expectations

    return great_expectations
