"""Keyed pseudonyms for identity numbers (copies of tables: :mod:`audit.inputs.pseudonymise`).

A pseudonym is ``"P-"`` followed by the first 16 hex characters (64 bits) of
HMAC-SHA256(key, value). The same key gives the same pseudonym for the same person in
every file and every year, so files can be joined; without the key a pseudonym cannot
be recomputed from a guessed identity number (there are only ~10^8 valid ones, so a
plain hash would be reversible by trying them all: the secret key is what protects).

Collisions: with 64 bits, the chance that any two of n different persons share a
pseudonym is about n²/2^65. For one million persons (far more than all recipients of
social assistance in Norway in a year) that is about 3·10^-8; for a municipality's
few thousand it is below 10^-12. 16 hex characters keep the ids short enough to read
in a report while making a collision practically impossible.

Where the key comes from (first match wins, see :func:`resolve_key`):

1. an explicit key file (``--key-file`` / ``key_file=``): the command line is the
   most explicit statement of intent, so it beats the environment;
2. ``NAV_AUDIT_PSEUDONYM_KEY``: the key itself, hex (even length) or any text;
3. ``NAV_AUDIT_KEY_FILE``: path of a key file;
4. the user's key file ``$XDG_CONFIG_HOME/nav-audit/pseudonym.key`` (else
   ``~/.config/nav-audit/pseudonym.key``), created with 32 random bytes and mode 0600
   when missing. A created key is reported in :attr:`Pseudonymiser.note` so that the
   CLI can say so on stderr: pseudonyms only match between runs with the same key.

A key must be at least 16 bytes; a key file holds the key as hex (what nav-audit
writes) or as raw bytes.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from audit.errors import ConfigError
from audit.privacy import is_identity_number
from audit.text import Msg, msg

PREFIX = "P-"
HEX_CHARS = 16
MIN_KEY_BYTES = 16
ENV_KEY = "NAV_AUDIT_PSEUDONYM_KEY"
ENV_KEY_FILE = "NAV_AUDIT_KEY_FILE"
KEY_FILE_NAME = "pseudonym.key"


class Pseudonymiser:
    """Turns identifiers into keyed pseudonyms. The key never appears in its repr."""

    def __init__(self, key: bytes, *, source: str = "argument", note: Msg | None = None,
                 created_key_file: Path | None = None) -> None:
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key must be bytes")
        if len(key) < MIN_KEY_BYTES:
            raise ConfigError(msg("error.key.too_short", size=len(key), min=MIN_KEY_BYTES),
                              hint=msg("error.key.too_short_hint"))
        self._key = bytes(key)
        self.source = source
        self.note = note
        self.created_key_file = created_key_file

    def __repr__(self) -> str:
        return f"Pseudonymiser(source={self.source!r}, key=<skjult>)"

    __str__ = __repr__

    def pseudonym(self, value: object) -> str | None:
        """``"P-"`` + 16 hex chars of HMAC-SHA256 over the value's text.

        The text is normalised first (:func:`identity_text`) so that an identity
        number gets the same pseudonym whether it comes from a KOSTRA file, a CSV or
        a spreadsheet that dropped its leading zero. Empty values have none: None.
        """
        text = identity_text(value)
        if text is None:
            return None
        digest = hmac.new(self._key, text.encode("utf-8"), hashlib.sha256).hexdigest()
        return PREFIX + digest[:HEX_CHARS]

    @classmethod
    def from_environment(cls, key_file: str | os.PathLike | None = None,
                         env: Mapping[str, str] | None = None) -> "Pseudonymiser":
        """The pseudonymiser for this user: see the module docstring for the order."""
        info = resolve_key(key_file=key_file, env=env)
        return cls(info.key, source=info.source, note=info.note, created_key_file=info.created)


def identity_text(value: object) -> str | None:
    """A value's text for pseudonymisation: trimmed, spreadsheet damage repaired.

    Spreadsheets turn identity numbers into numbers: the leading zero goes
    (``1010112345`` for ``01010112345``) and a float may come back
    (``1010112345.0``). A digit string ending in ``.0`` loses it, and a 10-digit
    string that is a valid identity number once zero-padded is padded.
    """
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if text.endswith(".0") and text[:-2].isascii() and text[:-2].isdigit():
        text = text[:-2]
    if len(text) == 10 and text.isascii() and text.isdigit() and is_identity_number("0" + text):
        text = "0" + text
    return text or None


_DEFAULT: dict[tuple, Pseudonymiser] = {}


def default_pseudonymiser(key_file: str | os.PathLike | None = None) -> Pseudonymiser:
    """This process's pseudonymiser (:meth:`Pseudonymiser.from_environment`), resolved once
    per key setting. A key created on the way is noted on the first instance only."""
    marker = (str(key_file) if key_file else None, os.environ.get(ENV_KEY), os.environ.get(ENV_KEY_FILE),
              str(default_key_path()))
    if marker not in _DEFAULT:
        _DEFAULT[marker] = Pseudonymiser.from_environment(key_file=key_file)
        return _DEFAULT[marker]
    cached = _DEFAULT[marker]
    return Pseudonymiser(cached._key, source=cached.source)


@dataclass
class KeyInfo:
    key: bytes = field(repr=False)
    source: str
    created: Path | None = None
    note: Msg | None = None  # what the user must be told (a new key file, a key others can read)


def default_key_path(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    base = env.get("XDG_CONFIG_HOME") or ""
    root = Path(base) if base.strip() else Path(env.get("HOME") or Path.home()) / ".config"
    return root / "nav-audit" / KEY_FILE_NAME


def _key_from_text(text: str) -> bytes:
    s = text.strip()
    if len(s) >= 2 * MIN_KEY_BYTES and len(s) % 2 == 0:
        with contextlib.suppress(ValueError):
            return bytes.fromhex(s)
    return s.encode("utf-8")


def _read_key_file(path: Path, what: Msg | str) -> bytes:
    from audit.io import read_limited
    from audit.limits import MAX_KEY_FILE_BYTES

    if not path.exists():
        raise ConfigError(msg("error.key.missing", what=what), file=str(path), hint=msg("error.key.missing_hint"))
    try:
        data = read_limited(path, msg("error.key.file"), MAX_KEY_FILE_BYTES)  # /dev/zero, a FIFO: refused at once
    except FileNotFoundError:
        raise ConfigError(msg("error.key.missing", what=what), file=str(path),
                          hint=msg("error.key.missing_hint")) from None
    except OSError as exc:
        raise ConfigError(msg("error.key.unreadable", reason=exc.strerror), file=str(path)) from None
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        return data
    key = _key_from_text(text)
    if len(key) < MIN_KEY_BYTES:
        raise ConfigError(msg("error.key.file_too_short", min=MIN_KEY_BYTES), file=str(path))
    return key


def _create_key_file(path: Path) -> bool:
    """Write a new random key to ``path`` (0600) unless one appears there first.

    The key is written to a temporary file and hard-linked into place, so a
    concurrent run never sees a half-written key and never overwrites another's.
    Returns True when this call created the file.
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=".pseudonym.", suffix=".tmp", dir=path.parent)  # mode 0600
    try:
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(secrets.token_hex(32) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        return True
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def resolve_key(key_file: str | os.PathLike | None = None,
                env: Mapping[str, str] | None = None) -> KeyInfo:
    env = os.environ if env is None else env
    if key_file:
        path = Path(key_file)
        return KeyInfo(_read_key_file(path, "--key-file"), source=f"nøkkelfil {path}")
    text = env.get(ENV_KEY)
    if text and text.strip():
        key = _key_from_text(text)
        if len(key) < MIN_KEY_BYTES:
            raise ConfigError(msg("error.key.env_too_short", name=ENV_KEY, min=MIN_KEY_BYTES))
        return KeyInfo(key, source=ENV_KEY)
    file_env = env.get(ENV_KEY_FILE)
    if file_env and file_env.strip():
        path = Path(file_env.strip())
        return KeyInfo(_read_key_file(path, ENV_KEY_FILE), source=f"nøkkelfil {path}")
    path = default_key_path(env)
    created = None
    note = None
    if not path.exists():
        if _create_key_file(path):
            created = path
            note = msg("error.key.note.created", path=str(path))
    key = _read_key_file(path, msg("error.key.default"))
    if created is None:
        with contextlib.suppress(OSError):
            mode = stat.S_IMODE(path.stat().st_mode)
            if mode & 0o077:
                note = msg("error.key.note.readable", path=str(path), mode=f"{mode:o}")
    return KeyInfo(key, source=f"nøkkelfil {path}", created=created, note=note)
