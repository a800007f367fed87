"""Click's own messages — a missing argument, an unknown option, a path that does not exist, a
value that is not a number — and the frame of ``--help`` («Bruk:», «Valg», «[standard: …]»)
in the reader's language (``--lang``), like every other error.

Click writes these messages through :mod:`gettext` (``_("Missing argument")``). Their bokmål
lives in the catalogue under ``error.click.*``, whose ``en`` text is click's own message (its
msgid), so the lookup is by that text. Usage errors arise while the command line is parsed,
before ``--lang`` has a value, so the language is read from the arguments first
(:func:`lang_of`) and :func:`install` hands click the translations for this invocation.
"""

from __future__ import annotations

import importlib
from typing import Sequence

from audit.text import DEFAULT_LANG, LANGS, catalogue

PREFIX = "error.click."
WORDS = PREFIX + "word."  # words click puts into its messages: «File», «integer»
# click's modules that translate with ``_``/``ngettext`` (imported ``from gettext import …``)
MODULES = ("click.core", "click.exceptions", "click.formatting", "click.parser", "click.types")
FILLED = ("name", "number_type")  # the placeholders click fills with one of its own words


def lang_of(args: Sequence[str]) -> str:
    """The value of ``--lang`` among ``args`` (``--lang en`` or ``--lang=en``), else bokmål."""
    args = list(args)
    for i, arg in enumerate(args):
        if arg == "--":
            break
        value = args[i + 1] if arg == "--lang" and i + 1 < len(args) else arg[7:] if arg.startswith("--lang=") else None
        if value in LANGS:
            return value
    return DEFAULT_LANG


class _Template(str):
    """A translated message; the English words click fills in (``name="File"``) are translated too,
    and an identity number among the values it quotes is masked."""

    words: dict[str, str] = {}

    def format(self, *args: object, **values: object) -> str:  # noqa: A003 - str.format's name
        from audit.privacy import redact

        values = {k: self.words.get(v, v) if k in FILLED and isinstance(v, str) else v for k, v in values.items()}
        # click quotes what was typed («'--lang': '…' er ikke en av …», an unknown option or
        # command): an identity number typed there is never echoed
        return redact(str.format(self, *args, **values))


def translations(lang: str) -> tuple[dict[str, str], dict[str, str]]:
    """(click's message -> its text in ``lang``, click's word -> the word in ``lang``)."""
    messages, words = {}, {}
    for key, entry in catalogue().items():
        if key.startswith(PREFIX):
            (words if key.startswith(WORDS) else messages)[entry["en"]] = entry.get(lang) or entry["en"]
    return messages, words


def install(lang: str) -> None:
    """Click's messages in ``lang`` from now on (one command line: the process, or one test's invocation)."""
    messages, words = translations(lang)
    template = type("Template", (_Template,), {"words": words})

    def gettext(message: str) -> str:  # a message without a translation is still a template: it is redacted
        return template(messages.get(message, message))

    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)

    for name in MODULES:
        module = importlib.import_module(name)
        if hasattr(module, "_"):
            module._ = gettext
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext
