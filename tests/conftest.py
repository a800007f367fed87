"""Test session set-up: never touch the user's own history store or pseudonym key."""

from __future__ import annotations

import os
import tempfile

_home = tempfile.mkdtemp(prefix="nav-audit-tests-")
os.environ["XDG_DATA_HOME"] = os.path.join(_home, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_home, "config")
os.environ.pop("NAV_AUDIT_HISTORY", None)
os.environ.pop("NAV_AUDIT_PSEUDONYM_KEY", None)
os.environ.pop("NAV_AUDIT_KEY_FILE", None)
