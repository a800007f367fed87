"""File helpers: atomic writes, hashing and reading YAML files. Inputs are only ever opened read-only."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any, Iterator

from audit.errors import ConfigError


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it into place on success.

    On any exception the temporary file is removed and ``target`` is untouched, so a
    crash never leaves a half-written report.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.replace(tmp_path, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp_path.unlink()
        raise


def atomic_write_bytes(target: str | os.PathLike, data: bytes) -> Path:
    with atomic_path(target) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    return Path(target)


def atomic_write_text(target: str | os.PathLike, text: str) -> Path:
    return atomic_write_bytes(target, text.encode("utf-8"))


def atomic_write_json(target: str | os.PathLike, obj: object) -> Path:
    """Indented UTF-8 JSON. orjson writes a 1M-row audit's results in about a second
    where the standard library needs over a minute."""
    import orjson

    data = orjson.dumps(obj, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE | orjson.OPT_NON_STR_KEYS,
                        default=str)
    return atomic_write_bytes(target, data)


def read_yaml(path: str | os.PathLike, what: str, *, loader: Any = None, missing_hint: str | None = None) -> Any:
    """The YAML document in the UTF-8 file ``path`` (a byte order mark is allowed).

    ``what`` names the file in messages («mappingfilen»); ``loader`` is a SafeLoader
    (sub)class, yaml.SafeLoader by default. A missing file, a folder, text that is not
    UTF-8 and YAML that does not parse are each a ConfigError naming the file (and, for
    bad YAML, the line).
    """
    import yaml

    p = str(path)
    try:
        with open(path, encoding="utf-8-sig") as fh:
            return yaml.load(fh, Loader=loader or yaml.SafeLoader)  # noqa: S506 - a SafeLoader
    except FileNotFoundError:
        raise ConfigError(f"{what} finnes ikke", file=p, hint=missing_hint) from None
    except IsADirectoryError:
        raise ConfigError(f"{what} er en mappe, ikke en fil", file=p) from None
    except UnicodeDecodeError:
        raise ConfigError(f"{what} er ikke UTF-8-tekst", file=p) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError(f"{what} er ikke gyldig YAML ({getattr(exc, 'problem', None) or exc})", file=p,
                          row=(mark.line + 1) if mark else None) from None


def sha256_file(path: str | os.PathLike, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()
