"""The one catalogue of words: key -> {"nb": ..., "en": ...}.

Each module in :mod:`audit.text.words` defines ``TEXT`` in that shape for one domain
(reports, history, findings, …). Keys are unique across modules; a duplicate key is a
programming error and raises at first use. A key missing in the requested language
falls back to bokmål, then to the key itself, so a new check never breaks an output.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

LANGS = ("nb", "en")
DEFAULT_LANG = "nb"


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGS)}")
    return lang


@lru_cache(maxsize=1)
def catalogue() -> dict[str, dict[str, str]]:
    """The merged catalogue of every words module."""
    package = importlib.import_module("audit.text.words")
    merged: dict[str, dict[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for key, entry in getattr(module, "TEXT", {}).items():
            if key in merged:
                raise RuntimeError(f"text key {key!r} is defined twice (again in {module.__name__})")
            merged[key] = entry
    return merged


def bokmal_only(text: str, lang: str) -> str:
    """Free text that exists only in bokmål (a declaration's legal note): itself in bokmål,
    left out in another language rather than shown untranslated."""
    return text if check_lang(lang) == DEFAULT_LANG else ""


def has(key: str) -> bool:
    return key in catalogue()


def plural(key: str, n: int) -> str:
    """``key`` for a count ``n``: its singular sibling ``<key>.one`` when ``n`` is 1 and the catalogue has one
    («1 verdi kunne ikke leses», not «1 verdier»), else ``key`` itself."""
    return f"{key}.one" if n == 1 and has(f"{key}.one") else key


def t(key: str, lang: str = DEFAULT_LANG, /, **values: object) -> str:
    """The text of ``key`` in ``lang``, with ``{placeholders}`` filled from ``values``."""
    entry = catalogue().get(key)
    text = key if entry is None else (entry.get(lang) or entry.get(DEFAULT_LANG) or key)
    return text.format(**values) if values else text
