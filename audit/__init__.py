"""nav-audit: internal control and supervision of social services at NAV offices.

The flow: load -> map to canonical columns -> derive (polars) -> validate (Great
Expectations) -> results.json -> render (Excel, HTML) -> history.

This package must stay cheap to import: Great Expectations is imported only by
:mod:`audit.engine`, where validation runs.
"""

__version__ = "0.1.0"
TOOL_NAME = "nav-audit"
