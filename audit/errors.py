"""Errors that stop a run, and the exit codes the CLI maps them to.

Every error about input names the file, and where it can the row, the column and
the value, what was expected and how to fix it. Values are passed through
:func:`audit.privacy.safe_value` first, so an identity number is never echoed.
"""

from __future__ import annotations

from dataclasses import dataclass

EXIT_OK = 0
EXIT_FINDINGS = 1  # --fail-on reached
EXIT_INPUT = 2  # bad input, bad usage, bad configuration


@dataclass
class InputError(Exception):
    """A problem with an input as a whole: the run stops with exit code 2."""

    message: str
    file: str | None = None
    row: int | None = None
    column: str | None = None
    value: str | None = None
    hint: str | None = None

    def __post_init__(self) -> None:
        super().__init__(self.message)

    def __str__(self) -> str:  # one short paragraph, bokmål
        from audit.privacy import redact, safe_value

        where = []
        if self.file:
            where.append(f"fil {redact(str(self.file))}")
        if self.row is not None:
            where.append(f"rad {self.row}")
        if self.column:
            where.append(f"kolonne «{safe_value(self.column, 80)}»")
        if self.value is not None:
            where.append(f"verdi «{safe_value(self.value)}»")
        text = self.message
        if where:
            text = f"{', '.join(where)}: {text}"
        if self.hint:
            text = f"{text}{'' if text.endswith(('.', '!', '?')) else '.'} {self.hint}"
        return redact(text)  # whatever the message quotes (a file name, a header), no identity number


class ConfigError(InputError):
    """A broken mapping, configuration, schedule or parameter override."""
