"""File-level checks shared by every reader: exists, regular, readable, not empty; first bytes."""

from __future__ import annotations

import os
from pathlib import Path

from audit.errors import InputError
from audit.privacy import contains_identity_number
from audit.text import t

SNIFF_BYTES = 1 << 16
CHUNK = 1 << 20


def check_file(path: Path) -> None:
    """Stop unless ``path`` is a readable, non-empty regular file whose name holds no identity number."""
    if contains_identity_number(str(path)):
        raise InputError(t("inputs.identity.name", what=t("inputs.what.file_name")), file=str(path),
                         hint=t("inputs.identity.name_hint"))
    try:
        if not path.exists():
            raise InputError("filen finnes ikke", file=str(path), hint="Sjekk stien og filnavnet.")
        if path.is_dir():
            raise InputError("dette er en mappe, ikke en fil", file=str(path), hint="Oppgi selve uttrekksfilen.")
        if not path.is_file():
            raise InputError("dette er ikke en vanlig fil", file=str(path), hint="Oppgi selve uttrekksfilen.")
        if not os.access(path, os.R_OK):
            raise InputError("filen kan ikke leses (mangler tilgang)", file=str(path),
                             hint="Sjekk filrettighetene; nav-audit trenger bare lesetilgang.")
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"filen kan ikke åpnes ({exc.strerror or type(exc).__name__})", file=str(path)) from None
    if size == 0:
        raise InputError("filen er tom (0 byte)", file=str(path),
                         hint="Uttrekket må ha en overskriftsrad og minst én rad med saker.")


def head_bytes(path: Path, n: int = SNIFF_BYTES) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(n)
    except OSError as exc:
        raise InputError(f"filen kan ikke leses ({exc.strerror or type(exc).__name__})", file=str(path)) from None



def size_text(n: int) -> str:
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("kB", 1 << 10)):
        if n >= size:
            return f"{n / size:.1f} {unit}".replace(".", ",")
    return f"{n} byte"

