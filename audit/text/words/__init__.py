"""One module per domain, each with ``TEXT: dict[str, dict[str, str]]`` (key -> nb/en)."""
