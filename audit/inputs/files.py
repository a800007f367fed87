"""File-level checks shared by every reader: exists, regular, readable, not empty; first bytes."""

from __future__ import annotations

import os
from pathlib import Path

from audit.errors import InputError
from audit.privacy import contains_identity_number
from audit.text import DEFAULT_LANG, Msg, msg

SNIFF_BYTES = 1 << 16
CHUNK = 1 << 20
OFFICE_LOCK_BYTES = 4096  # Office's owner files («~$Saker.xlsx») are 162-165 bytes


def check_file(path: Path) -> None:
    """Stop unless ``path`` is a readable, non-empty regular file whose name holds no identity number."""
    if contains_identity_number(str(path)):
        raise InputError(msg("inputs.identity.name", what=msg("inputs.what.file_name")), file=str(path),
                         hint=msg("inputs.identity.name_hint"))
    try:
        if not path.exists():
            raise InputError(msg("error.file.missing"), file=str(path), hint=msg("error.file.missing_hint"))
        if path.is_dir():
            raise InputError(msg("error.file.is_folder"), file=str(path), hint=msg("error.file.give_export"))
        if not path.is_file():
            raise InputError(msg("error.file.not_regular"), file=str(path), hint=msg("error.file.give_export"))
        if not os.access(path, os.R_OK):
            raise InputError(msg("error.file.no_access"), file=str(path), hint=msg("error.file.no_access_hint"))
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(msg("error.file.cannot_open", reason=exc.strerror or type(exc).__name__), file=str(path)) from None
    if size == 0:
        raise InputError(msg("error.file.empty"), file=str(path), hint=msg("error.file.need_rows_hint"))
    if path.name.startswith("~$") and size <= OFFICE_LOCK_BYTES and not head_bytes(path, 2) == b"PK":
        # Excel and Word write «~$name» beside a document while it is open: a user name, no table
        raise InputError(msg("error.file.office_lock"), file=str(path), hint=msg("error.file.office_lock_hint"))


def head_bytes(path: Path, n: int = SNIFF_BYTES) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(n)
    except OSError as exc:
        raise InputError(msg("error.file.cannot_read", reason=exc.strerror or type(exc).__name__), file=str(path)) from None



class _Size(Msg):
    """A file size, written when it is shown: «1,2 MB» in bokmål, «1.2 MB» in English."""

    def render(self, lang: str = DEFAULT_LANG) -> str:
        from audit.text import Formatter

        n = self.values["bytes"]
        for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("kB", 1 << 10)):
            if n >= size:
                return f"{Formatter(lang).number(n / size, 1, fixed=True)} {unit}"
        return Formatter(lang).t("inputs.size.bytes", count=n)


def size_text(n: int) -> Msg:
    """The size of ``n`` bytes, in the reader's language when rendered."""
    return _Size("inputs.size.bytes", {"bytes": n})

