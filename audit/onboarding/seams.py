"""The one place where onboarding reaches into the rest of nav-audit's input side.

The mapping format is the one ``nav-audit run`` reads; exports are read by the same
readers ``run`` uses. When those modules move, only these imports change.
"""

from __future__ import annotations

from audit.inputs import detect_format, identity_guard, read_raw  # noqa: F401  (re-exported)
from audit.inputs.canonical import to_canonical  # noqa: F401  (re-exported)
from audit.inputs.mapping import Mapping, load_mapping  # noqa: F401  (re-exported)
from audit.values import clean_text, parse_column  # noqa: F401  (re-exported)
