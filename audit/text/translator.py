"""A catalogue reader bound to one language, for code that passes ``t`` around."""

from __future__ import annotations

from audit.text.catalogue import DEFAULT_LANG, check_lang, has, t


class Translator:
    """Looks up wording for one language; ``tr("key", name=value)`` formats placeholders."""

    def __init__(self, lang: str = DEFAULT_LANG) -> None:
        self.lang = check_lang(lang)

    def has(self, key: str) -> bool:
        return has(key)

    def __call__(self, key: str, **values: object) -> str:
        return t(key, self.lang, **values)
