"""Keyed pseudonyms for identity numbers, and pseudonymised copies of tables.

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

import polars as pl

from audit.errors import ConfigError, InputError
from audit.privacy import is_identity_number

PREFIX = "P-"
HEX_CHARS = 16
MIN_KEY_BYTES = 16
ENV_KEY = "NAV_AUDIT_PSEUDONYM_KEY"
ENV_KEY_FILE = "NAV_AUDIT_KEY_FILE"
KEY_FILE_NAME = "pseudonym.key"


class Pseudonymiser:
    """Turns identifiers into keyed pseudonyms. The key never appears in its repr."""

    def __init__(self, key: bytes, *, source: str = "argument", note: str | None = None,
                 created_key_file: Path | None = None) -> None:
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key must be bytes")
        if len(key) < MIN_KEY_BYTES:
            raise ConfigError(
                f"pseudonymnøkkelen er for kort ({len(key)} byte, minst {MIN_KEY_BYTES})",
                hint="Bruk for eksempel 32 tilfeldige byte skrevet som heksadesimal.",
            )
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
    note: str | None = None


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


def _read_key_file(path: Path, what: str) -> bytes:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"finner ikke nøkkelfilen ({what})", file=str(path),
                          hint="Oppgi en eksisterende nøkkelfil, eller la være så brukes standardnøkkelen.") from None
    except OSError as exc:
        raise ConfigError(f"kan ikke lese nøkkelfilen: {exc.strerror}", file=str(path)) from None
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        return data
    key = _key_from_text(text)
    if len(key) < MIN_KEY_BYTES:
        raise ConfigError(f"nøkkelen i filen er for kort (minst {MIN_KEY_BYTES} byte)", file=str(path))
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
            raise ConfigError(f"nøkkelen i {ENV_KEY} er for kort (minst {MIN_KEY_BYTES} byte)")
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
            note = (
                f"Laget ny pseudonymnøkkel i {path} (kun lesbar for deg). Ta vare på den: "
                "de samme personene får bare de samme pseudonymene med samme nøkkel."
            )
    key = _read_key_file(path, "standard nøkkelfil")
    if created is None:
        with contextlib.suppress(OSError):
            mode = stat.S_IMODE(path.stat().st_mode)
            if mode & 0o077:
                note = (f"Advarsel: nøkkelfilen {path} kan leses av andre (rettigheter {mode:o}); "
                        f"kjør «chmod 600 {path}».")
    return KeyInfo(key, source=f"nøkkelfil {path}", created=created, note=note)


# --------------------------------------------------------------------------------------
# Pseudonymised copies of CSV / XLSX / Parquet files
# --------------------------------------------------------------------------------------


@dataclass
class PseudonymiseReport:
    source: str
    target: str
    format: str
    rows: int
    columns: list[str]
    values: int = 0  # cells replaced
    suspicious_columns: list[str] = field(default_factory=list)  # other columns holding identity numbers


def pseudonymise_file(source: str | os.PathLike, target: str | os.PathLike, columns: list[str],
                      pseudonymiser: Pseudonymiser, *, sheet: str | int | None = None) -> PseudonymiseReport:
    """Write a copy of ``source`` to ``target`` with ``columns`` replaced by pseudonyms.

    The file is read as text exactly as the audit reads it (:func:`audit.loading.read_raw`:
    same encoding and delimiter detection, same header rules, numbers and dates as
    text), and written in the same format with the same columns: a CSV with the same
    delimiter, encoding and line ends; a workbook with one sheet (``sheet``, default
    the first) of text cells; a Parquet file of text columns. Empty cells stay empty.
    The input is only read; the output is written atomically.
    """
    from audit.io import atomic_path, atomic_write_bytes
    from audit.loading import read_raw
    from audit.mapping import Mapping
    from audit.table import ROW

    src, dst = Path(source), Path(target)
    columns = list(dict.fromkeys(columns))
    if not columns:
        raise ConfigError("ingen kolonner å pseudonymisere", hint="Oppgi minst én --column.")
    if src.exists() and dst.exists() and src.resolve() == dst.resolve():
        raise InputError("utfilen kan ikke være den samme som innfilen", file=str(dst),
                         hint="Innfilen endres aldri; oppgi et annet filnavn.")
    raw = read_raw(src, Mapping(dataset="", sheet=sheet) if sheet is not None else None)
    if Path(dst).suffix.lower() != src.suffix.lower():
        raise InputError(f"utfilen må ha samme filtype som innfilen ({src.suffix or 'ingen'})", file=str(dst))
    missing = [c for c in columns if c not in raw.headers]
    if missing:
        shown = ", ".join(f"«{h}»" for h in raw.headers[:30])
        raise InputError("kolonnen finnes ikke", file=str(src), row=1, column=missing[0],
                         hint=f"Kolonnene i filen er: {shown}.")
    frame = raw.frame.drop(ROW)
    frame = frame.with_columns(
        [pl.col(c).map_elements(pseudonymiser.pseudonym, return_dtype=pl.Utf8, skip_nulls=True) for c in columns]
    )
    count = sum(frame.get_column(c).drop_nulls().len() for c in columns)
    suspicious = _identity_columns(frame, [h for h in raw.headers if h not in columns])
    if raw.format == "csv":
        data = src.read_bytes()[:65536]
        newline = "\r\n" if b"\r\n" in data else "\n"
        text = frame.write_csv(separator=raw.details.get("delimiter", ","), line_terminator=newline)
        encoding = raw.details.get("encoding", "utf-8")
        payload = (b"\xef\xbb\xbf" + text.encode("utf-8")) if encoding == "utf-8-sig" else text.encode(encoding, errors="replace")
        atomic_write_bytes(dst, payload)
    elif raw.format == "xlsx":
        import openpyxl
        from openpyxl.cell import WriteOnlyCell

        wb = openpyxl.Workbook(write_only=True)
        ws = wb.create_sheet(str(raw.details.get("sheet") or "Ark1"))

        def text_cell(value: str | None):  # text stays text: "=…" must not become a formula
            cell = WriteOnlyCell(ws, value=value)
            if value is not None:
                cell.data_type = "s"
            return cell

        ws.append([text_cell(h) for h in frame.columns])
        for row in frame.iter_rows():
            ws.append([text_cell(v) for v in row])
        with atomic_path(dst) as tmp:
            wb.save(tmp)
    else:
        with atomic_path(dst) as tmp:
            frame.write_parquet(tmp)
    return PseudonymiseReport(str(src), str(dst), raw.format, frame.height, columns, count, suspicious)


def _identity_columns(frame, headers: list[str]) -> list[str]:
    """Headers of columns where some value is a valid identity number."""
    from audit.privacy import identity_number_expr

    if not headers or frame.height == 0:
        return []
    counts = frame.select([identity_number_expr(pl.col(h)).any().alias(h) for h in headers]).row(0, named=True)
    return [h for h, hit in counts.items() if hit]
