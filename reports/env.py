"""The one jinja environment of nav-audit: every page (run report, annual report,
comparison, schedule page) is rendered from ``reports/templates`` with these settings.

Autoescape is on for every template, whatever its extension (every value is text from
the data); an undefined name is an error, not an empty string.
"""

from __future__ import annotations

import functools
from pathlib import Path

import jinja2

TEMPLATES = Path(__file__).with_name("templates")


@functools.lru_cache(maxsize=8)
def environment(*extra: Path) -> jinja2.Environment:
    """The environment; ``extra`` folders are searched after ``reports/templates``. One per
    process (and per ``extra``): it keeps the compiled templates, so a process that renders
    many reports (``run --each``, the schedule) compiles each template once; rendering is
    thread-safe in jinja."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(TEMPLATES), *(str(p) for p in extra)]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
