"""File helpers: atomic writes, hashing and reading YAML files. Inputs are only ever opened read-only."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any, Iterator

from audit.errors import ConfigError


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike, *, overwrite: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it into place on success.

    On any exception the temporary file is removed and ``target`` is untouched, so a
    crash never leaves a half-written report. With ``overwrite=False`` an existing
    ``target`` (also one that appeared while writing) is never replaced:
    :class:`FileExistsError` is raised and the temporary file removed.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    if not overwrite and target.exists():
        raise FileExistsError(errno.EEXIST, "finnes allerede", str(target))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        # mkstemp creates 0600; a report should get the mode any new file gets (umask),
        # so colleagues on a shared drive can read it.
        os.chmod(tmp_path, 0o666 & ~_umask())
        if overwrite:
            os.replace(tmp_path, target)
        else:
            try:
                os.link(tmp_path, target)  # fails if target exists: no silent overwrite, even in a race
            except FileExistsError:
                raise
            except OSError:  # no hard links here (some network shares, FAT): check, then rename
                if target.exists():
                    raise FileExistsError(errno.EEXIST, "finnes allerede", str(target)) from None
                os.replace(tmp_path, target)
            else:
                tmp_path.unlink()
        _sync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp_path.unlink()
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _sync_dir(folder: Path) -> None:
    """Make the rename durable (best effort; not every platform can open a directory)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write_bytes(target: str | os.PathLike, data: bytes, *, overwrite: bool = True) -> Path:
    with atomic_path(target, overwrite=overwrite) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    return Path(target)


def atomic_write_text(target: str | os.PathLike, text: str, *, overwrite: bool = True) -> Path:
    return atomic_write_bytes(target, text.encode("utf-8"), overwrite=overwrite)


def atomic_write_json(target: str | os.PathLike, obj: object, *, overwrite: bool = True) -> Path:
    """Indented UTF-8 JSON. orjson writes a 1M-row audit's results in about a second
    where the standard library needs over a minute. Serialised completely before
    anything is written (a failing value leaves no file)."""
    import orjson

    data = orjson.dumps(obj, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE | orjson.OPT_NON_STR_KEYS,
                        default=str)
    return atomic_write_bytes(target, data, overwrite=overwrite)


MAX_YAML_BYTES = 1 << 20  # settings files are a few lines; 1 MB is surely the wrong file


def read_yaml(path: str | os.PathLike, what: str, *, loader: Any = None, missing_hint: str | None = None) -> Any:
    """The YAML document in the UTF-8 file ``path`` (a byte order mark is allowed).

    ``what`` names the file in messages («mappingfilen»); ``loader`` is a SafeLoader
    (sub)class, yaml.SafeLoader by default. A missing file, a folder, a file over 1 MB or
    with NUL bytes (the data file given by mistake), text that is not UTF-8, YAML that
    does not parse or nests absurdly deep are each a ConfigError naming the file (and,
    where known, the line).
    """
    import yaml

    p = str(path)
    data = b""
    try:
        if os.path.isdir(path):
            raise ConfigError(f"{what} er en mappe, ikke en fil", file=p)
        size = os.stat(path).st_size
        if size > MAX_YAML_BYTES:
            raise ConfigError(f"{what} er for stor ({size // 1024} kB) til å være en YAML-fil med innstillinger",
                              file=p, hint="Er det riktig fil? Sjekk rekkefølgen på argumentene.")
        with open(path, "rb") as fh:
            data = fh.read()
        if b"\x00" in data:
            raise ConfigError(f"{what} er ikke en tekstfil", file=p, hint="Er det riktig fil?")
        return yaml.load(data.decode("utf-8-sig"), Loader=loader or yaml.SafeLoader)  # noqa: S506 - a SafeLoader
    except ConfigError:
        raise
    except FileNotFoundError:
        raise ConfigError(f"{what} finnes ikke", file=p, hint=missing_hint) from None
    except IsADirectoryError:
        raise ConfigError(f"{what} er en mappe, ikke en fil", file=p) from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{what} er ikke UTF-8-tekst", file=p, row=data[: exc.start].count(b"\n") + 1,
                          hint="Lagre filen som UTF-8.") from None
    except OSError as exc:
        raise ConfigError(f"{what} kan ikke leses ({exc.strerror or type(exc).__name__})", file=p) from None
    except RecursionError:
        raise ConfigError(f"{what} er for dypt nøstet til å være en fil med innstillinger", file=p) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"{what} er ikke gyldig YAML ({problem})", file=p, row=(mark.line + 1) if mark else None,
                          hint="Sjekk innrykk og kolon på linjen; tekst med kolon eller # må stå i anførselstegn.") from None


def sha256_file(path: str | os.PathLike, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()
