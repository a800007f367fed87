"""Great Expectations imported without altair and scipy.stats (audit/gx_import.py): they are
stand-ins until first used, and then work as the real modules, submodules included."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CODE = """
import sys
from audit.gx_import import import_great_expectations, _Deferred
import_great_expectations()
assert isinstance(sys.modules["scipy.stats"], _Deferred) and isinstance(sys.modules["altair"], _Deferred)
import great_expectations.expectations.core.expect_column_kl_divergence_to_be_less_than as kl
assert abs(kl.stats.entropy([0.5, 0.5]) - 0.6931471805599453) < 1e-12   # the stand-in answers as scipy.stats
assert not isinstance(sys.modules["scipy.stats"], _Deferred)             # and the real module took its place
import scipy.stats.distributions, scipy.optimize                         # submodules import as usual
assert kl.alt.Chart is sys.modules["altair"].Chart
print("ok")
"""


def test_stand_ins_are_imported_on_first_use():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parent.parent, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_a_module_already_imported_is_left_alone(monkeypatch):
    import types

    from audit import gx_import

    real = types.ModuleType("already_here")
    monkeypatch.setitem(sys.modules, "already_here", real)
    assert "not_here_yet" not in sys.modules
    try:
        assert gx_import.defer_unused_modules(("already_here", "not_here_yet")) == ["not_here_yet"]
        assert sys.modules["already_here"] is real
        assert isinstance(sys.modules["not_here_yet"], gx_import._Deferred)
    finally:
        sys.modules.pop("not_here_yet", None)  # a stand-in for a module that does not exist must not stay
