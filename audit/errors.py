"""Errors that stop a run, and the exit codes the CLI maps them to.

Every error about input names the file, and where it can the row, the column and
the value, what was expected and how to fix it. Values are passed through
:func:`audit.privacy.safe_value` first, so an identity number is never echoed.
"""

from __future__ import annotations

from dataclasses import dataclass

from audit.text import DEFAULT_LANG, Msg, t
from audit.text.message import render

EXIT_OK = 0
EXIT_FINDINGS = 1  # --fail-on reached
EXIT_INPUT = 2  # bad input, bad usage, bad configuration


@dataclass
class InputError(Exception):
    """A problem with an input as a whole: the run stops with exit code 2.

    ``message`` and ``hint`` are :class:`audit.text.Msg` (a catalogue key and its values),
    rendered in the reader's language by :meth:`render`; ``str()`` gives bokmål.
    """

    message: Msg | str
    file: str | None = None
    row: int | None = None
    column: str | None = None
    value: Msg | str | None = None
    hint: Msg | str | None = None

    def __post_init__(self) -> None:
        super().__init__(self.message)

    def render(self, lang: str = DEFAULT_LANG) -> str:
        """One short paragraph in ``lang``: where (file, row, column, value), what, and how to fix it."""
        from audit.privacy import redact, safe_value

        where = []
        if self.file:
            where.append(t("error.where.file", lang, file=redact(str(self.file))))
        if self.row is not None:
            where.append(t("error.where.row", lang, row=self.row))
        if self.column:
            where.append(t("error.where.column", lang, column=safe_value(self.column, 80)))
        if self.value is not None:
            where.append(t("error.where.value", lang, value=safe_value(render(self.value, lang))))
        text = str(render(self.message, lang))
        if where:
            text = f"{', '.join(where)}: {text}"
        if self.hint:
            hint = str(render(self.hint, lang))
            text = f"{text}{'' if text.endswith(('.', '!', '?')) else '.'} {hint}"
        return redact(text)  # whatever the message quotes (a file name, a header), no identity number

    def __str__(self) -> str:
        return self.render(DEFAULT_LANG)


class ConfigError(InputError):
    """A broken mapping, configuration, schedule or parameter override."""
