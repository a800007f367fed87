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
import csv
import hashlib
import hmac
import io
import os
import secrets
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

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
        """``"P-"`` + 16 hex chars of HMAC-SHA256 over the value's text (stripped).

        Empty values (None, blank text) have no pseudonym: None.
        """
        if value is None:
            return None
        text = str(value).strip()
        if not text:
            return None
        digest = hmac.new(self._key, text.encode("utf-8"), hashlib.sha256).hexdigest()
        return PREFIX + digest[:HEX_CHARS]

    @classmethod
    def from_environment(cls, key_file: str | os.PathLike | None = None,
                         env: Mapping[str, str] | None = None) -> "Pseudonymiser":
        """The pseudonymiser for this user: see the module docstring for the order."""
        info = resolve_key(key_file=key_file, env=env)
        return cls(info.key, source=info.source, note=info.note, created_key_file=info.created)


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

FORMATS = {".csv": "csv", ".txt": "csv", ".tsv": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx", ".parquet": "parquet"}


@dataclass
class PseudonymiseReport:
    source: str
    target: str
    format: str
    rows: int
    columns: list[str]
    values: int = 0  # cells replaced
    suspicious_columns: list[str] = field(default_factory=list)  # other columns holding identity numbers


def identity_text(value: object) -> str | None:
    """A cell's identifier as text, repairing what spreadsheets do to identity numbers.

    Numbers lose their leading zero (``1010112345`` for ``01010112345``) and may come
    back as floats (``1010112345.0``); a 10-digit number that is a valid identity
    number once zero-padded is padded, so the pseudonym matches the KOSTRA reader's.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        text = str(value)
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    else:
        text = str(value).strip()
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    if len(text) == 10 and text.isdigit() and is_identity_number("0" + text):
        text = "0" + text
    return text or None


def _file_format(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(
            f"ukjent filtype «{path.suffix or '(ingen)'}»", file=str(path),
            hint="Støttede filtyper er .csv, .xlsx og .parquet.",
        )
    return fmt


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _missing_columns(path: Path, wanted: Iterable[str], header: list[str]) -> None:
    missing = [c for c in wanted if c not in header]
    if missing:
        shown = ", ".join(f"«{h}»" for h in header[:30]) or "(ingen)"
        raise InputError(
            "kolonnen finnes ikke", file=str(path), column=missing[0],
            hint=f"Kolonnene i filen er: {shown}.",
        )


def _suspicious(header: list[str], rows: Iterable[list[object]], skip: set[int]) -> list[str]:
    found: set[int] = set()
    for row in rows:
        for i, cell in enumerate(row):
            if i in skip or i in found or cell is None:
                continue
            text = identity_text(cell)
            if text and is_identity_number(text):
                found.add(i)
    return [header[i] for i in sorted(found) if i < len(header)]


def _pseudonymise_csv(src: Path, dst: Path, columns: list[str], p: Pseudonymiser) -> PseudonymiseReport:
    text, encoding = _decode(src.read_bytes())
    newline = "\r\n" if "\r\n" in text[:65536] else "\n"
    sample = text[:65536]
    try:
        dialect = csv.Sniffer().sniff(sample.split("\n", 1)[0] or sample, delimiters=";,\t|")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    if not rows:
        raise InputError("filen er tom", file=str(src))
    header = rows[0]
    _missing_columns(src, columns, header)
    idx = [header.index(c) for c in columns]
    count = 0
    for row in rows[1:]:
        for i in idx:
            if i < len(row) and row[i].strip():
                row[i] = p.pseudonym(identity_text(row[i])) or ""
                count += 1
    suspicious = _suspicious(header, rows[1:], set(idx))
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator=newline)
    writer.writerows(rows)
    from audit.io import atomic_write_bytes

    atomic_write_bytes(dst, out.getvalue().encode(encoding))
    return PseudonymiseReport(str(src), str(dst), "csv", len(rows) - 1, columns, count, suspicious)


def _pseudonymise_xlsx(src: Path, dst: Path, columns: list[str], p: Pseudonymiser) -> PseudonymiseReport:
    import openpyxl

    from audit.io import atomic_path

    try:
        wb = openpyxl.load_workbook(src)
    except Exception as exc:  # noqa: BLE001 - any parse failure means "not a workbook"
        raise InputError(f"kan ikke lese arbeidsboken ({type(exc).__name__})", file=str(src)) from None
    count = rows = 0
    found_any: set[str] = set()
    suspicious: list[str] = []
    all_headers: list[str] = []
    for ws in wb.worksheets:
        it = ws.iter_rows()
        first = next(it, None)
        if first is None:
            continue
        header = ["" if c.value is None else str(c.value).strip() for c in first]
        all_headers.extend(h for h in header if h and h not in all_headers)
        idx = [header.index(c) for c in columns if c in header]
        found_any.update(c for c in columns if c in header)
        if not idx:
            continue
        body = []
        for cells in it:
            rows += 1
            for i in idx:
                if i < len(cells):
                    cell = cells[i]
                    text = identity_text(cell.value)
                    if text:
                        cell.value = p.pseudonym(text)
                        cell.number_format = "@"
                        count += 1
            body.append([c.value for c in cells])
        suspicious += [f"{ws.title}!{h}" for h in _suspicious(header, body, set(idx))]
    _missing_columns(src, [c for c in columns if c not in found_any], all_headers)
    with atomic_path(dst) as tmp:
        wb.save(tmp)
    return PseudonymiseReport(str(src), str(dst), "xlsx", rows, columns, count, suspicious)


def _pseudonymise_parquet(src: Path, dst: Path, columns: list[str], p: Pseudonymiser) -> PseudonymiseReport:
    import polars as pl

    from audit.io import atomic_path

    try:
        df = pl.read_parquet(src)
    except Exception as exc:  # noqa: BLE001
        raise InputError(f"kan ikke lese Parquet-filen ({type(exc).__name__})", file=str(src)) from None
    _missing_columns(src, columns, df.columns)
    count = 0
    replaced = {}
    for c in columns:
        values = df.get_column(c).to_list()
        new = [p.pseudonym(identity_text(v)) for v in values]
        count += sum(1 for v in new if v is not None)
        replaced[c] = pl.Series(c, new, dtype=pl.Utf8)
    df = df.with_columns(list(replaced.values()))
    other = [c for c in df.columns if c not in columns]
    body = df.select(other).rows() if other else []
    suspicious = _suspicious(other, (list(r) for r in body), set())
    with atomic_path(dst) as tmp:
        df.write_parquet(tmp)
    return PseudonymiseReport(str(src), str(dst), "parquet", df.height, columns, count, suspicious)


def pseudonymise_file(source: str | os.PathLike, target: str | os.PathLike, columns: list[str],
                      pseudonymiser: Pseudonymiser) -> PseudonymiseReport:
    """Write a copy of ``source`` to ``target`` with ``columns`` replaced by pseudonyms.

    The copy keeps the input's format: a CSV keeps its delimiter, encoding and line
    ends (cells are otherwise rewritten only where quoting requires); a workbook keeps
    its sheets and formatting (every sheet whose first row names a column is
    changed); a Parquet file keeps its other columns' types. The input is only read;
    the output is written atomically. Empty cells stay empty.
    """
    src, dst = Path(source), Path(target)
    if not columns:
        raise ConfigError("ingen kolonner å pseudonymisere", hint="Oppgi minst én --column.")
    if not src.is_file():
        raise InputError("finner ikke filen", file=str(src))
    with contextlib.suppress(OSError):
        if dst.exists() and dst.resolve() == src.resolve():
            raise InputError("utfilen kan ikke være den samme som innfilen", file=str(dst),
                             hint="Innfilen endres aldri; oppgi et annet filnavn.")
    fmt = _file_format(src)
    out_fmt = _file_format(dst)
    if out_fmt != fmt:
        raise InputError(f"utfilen må ha samme filtype som innfilen ({src.suffix})", file=str(dst))
    handler = {"csv": _pseudonymise_csv, "xlsx": _pseudonymise_xlsx, "parquet": _pseudonymise_parquet}[fmt]
    return handler(src, dst, list(dict.fromkeys(columns)), pseudonymiser)
