"""File helpers: atomic writes, hashing and reading YAML files. Inputs are only ever opened read-only."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import Any, Iterable, Iterator

from audit.errors import ConfigError, InputError
from audit.limits import MAX_YAML_BYTES, MAX_YAML_NODES
from audit.text import Msg, msg


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike, *, overwrite: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it into place on success.

    On any exception the temporary file is removed and ``target`` is untouched, so a
    crash never leaves a half-written report. With ``overwrite=False`` an existing
    ``target`` (also one that appeared while writing) is never replaced:
    :class:`FileExistsError` is raised and the temporary file removed.
    """
    target = Path(target)
    _make_folder(target.parent)
    if not overwrite and os.path.lexists(target):
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise _write_error(target, exc) from None
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
                    raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target)) from None
                os.replace(tmp_path, target)
            else:
                tmp_path.unlink()
        _sync_dir(target.parent)
    except FileExistsError:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        raise
    except OSError as exc:  # a full disk, a read-only folder, /dev/full: the user's environment (exit 2)
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        raise _write_error(target, exc) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        raise


def _make_folder(folder: Path) -> None:
    """Create the output folder; a path that is a file, a device or a symlink loop is an InputError naming it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise InputError(msg("inputs.io.not_a_folder"), file=str(folder), hint=msg("inputs.io.not_a_folder_hint")) from None
    except OSError as exc:
        raise _write_error(folder, exc) from None
    if not folder.is_dir():
        raise InputError(msg("inputs.io.not_a_folder"), file=str(folder), hint=msg("inputs.io.not_a_folder_hint"))


def _write_error(path: Path, exc: OSError) -> InputError:
    reason = exc.strerror or type(exc).__name__
    return InputError(msg("inputs.io.cannot_write", reason=reason), file=str(path), hint=msg("inputs.io.cannot_write_hint"))


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


# --------------------------------------------------------------------------- formulas in written tables

# A cell whose text starts with one of these is a formula (or becomes one when edited) in Excel,
# LibreOffice and Google Sheets: «=cmd|' /C calc'!A0», «=HYPERLINK(…)», «@SUM(…)», «+1+1», tab/CR tricks.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(?:[.,][0-9]+)?")


def starts_formula(text: str) -> bool:
    """True when ``text`` starts with a formula trigger (= + - @ tab CR)."""
    return isinstance(text, str) and text.startswith(FORMULA_TRIGGERS)


def neutralise_formula(text: str | None) -> str | None:
    """Text as a CSV cell may hold it: a leading trigger gets a «'» before it (OWASP), so a
    spreadsheet shows the text instead of running it. Plain numbers («-500», «+47») stay as
    they are: they cannot be formulas, and a copy read back must keep them."""
    if text is None or not starts_formula(text) or _PLAIN_NUMBER.fullmatch(text):
        return text
    return "'" + text


def neutralise_frame(frame: Any) -> Any:
    """A polars frame for a CSV writer: every text column and header through :func:`neutralise_formula`."""
    import polars as pl

    text_cols = [c for c, d in frame.schema.items() if d == pl.Utf8]
    if text_cols:
        frame = frame.with_columns([pl.col(c).map_elements(neutralise_formula, return_dtype=pl.Utf8, skip_nulls=True)
                                    for c in text_cols])
    return frame.rename({c: neutralise_formula(c) for c in frame.columns if neutralise_formula(c) != c})


def protect_cell(cell: Any) -> Any:
    """An openpyxl cell holding text: always a string, never a formula; Excel's quote prefix when it
    starts with a trigger (the text itself is unchanged, also when read back)."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
        if starts_formula(cell.value):
            cell.quotePrefix = True
    return cell


# --------------------------------------------------------------------------- inputs and outputs


def _identity(path: str | os.PathLike) -> tuple[int, int] | None:
    """(device, inode) of the file ``path`` names after following symlinks, or None when it does not exist."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def same_file(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    """True when ``a`` and ``b`` are the same file: same path, a symlink to it or a hard link (device+inode)."""
    ia = _identity(a)
    return ia is not None and ia == _identity(b)


def refuse_overwriting_inputs(targets: "Iterable[str | os.PathLike]", inputs: "Iterable[str | os.PathLike]") -> None:
    """InputError (exit 2) when a file about to be written is one of the inputs (path, symlink, hard link)."""
    ids = {i: str(p) for p in inputs if p is not None and (i := _identity(p)) is not None}
    for target in targets:
        i = _identity(target)
        if i is not None and i in ids:
            raise InputError(msg("inputs.io.output_is_input", input=ids[i]), file=str(target),
                             hint=msg("inputs.io.output_is_input_hint"))


def refuse_existing(target: str | os.PathLike, overwrite: bool) -> None:
    """InputError (exit 2) when ``target`` exists (also as a dangling symlink) and ``overwrite`` is not set."""
    if not overwrite and (os.path.lexists(target)):
        raise InputError(msg("inputs.io.exists"), file=str(target), hint=msg("inputs.io.exists_hint"))


def guard_outputs(targets: "Iterable[str | os.PathLike]", inputs: "Iterable[str | os.PathLike | None]" = (),
                  *, overwrite: bool = False) -> None:
    """Before a command writes: no target is one of its inputs (always, also with --overwrite), and no
    target exists unless ``overwrite``. Both are InputError (exit 2) naming the file."""
    targets = [Path(t) for t in targets]
    refuse_overwriting_inputs(targets, [i for i in inputs if i is not None])
    for target in targets:
        refuse_existing(target, overwrite)


def check_regular_file(path: str | os.PathLike, what: Msg | str, max_bytes: int | None = None) -> int:
    """The size of ``path`` when it is a regular file of at most ``max_bytes``; else ConfigError (exit 2).

    ``/dev/zero``, ``/dev/urandom``, FIFOs and sockets are refused before anything is read. ``what``
    names the file in messages (a catalogue message such as ``msg("error.io.what.config_file")``).
    """
    import stat as _stat

    p = str(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise ConfigError(msg("inputs.file.missing", what=what), file=p) from None
    except OSError as exc:
        raise ConfigError(msg("inputs.file.unreadable", what=what, reason=exc.strerror or type(exc).__name__),
                          file=p) from None
    if _stat.S_ISDIR(st.st_mode):
        raise ConfigError(msg("error.io.is_folder", what=what), file=p)
    if not _stat.S_ISREG(st.st_mode):
        raise ConfigError(msg("inputs.file.not_regular", what=what), file=p, hint=msg("inputs.file.not_regular_hint"))
    if max_bytes is not None and st.st_size > max_bytes:
        raise ConfigError(msg("inputs.file.too_large", what=what, size=st.st_size // 1024, limit=max_bytes // 1024),
                          file=p, hint=msg("error.io.right_file_order_hint"))
    return st.st_size


def read_limited(path: str | os.PathLike, what: Msg | str, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes`` (read bounded even if it grows meanwhile)."""
    check_regular_file(path, what, max_bytes)
    with open(path, "rb") as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ConfigError(msg("inputs.file.too_large", what=what, size=len(data) // 1024, limit=max_bytes // 1024),
                          file=str(path))
    return data


def bounded_loader(loader: Any) -> Any:
    """A subclass of the SafeLoader ``loader`` that refuses documents of more than MAX_YAML_NODES nodes.

    Nodes are counted while composing, aliases included, so an alias bomb ("billion laughs")
    stops after a hundred thousand nodes instead of expanding into gigabytes.
    """

    class Bounded(loader):  # type: ignore[misc, valid-type]
        _nodes = 0

        def compose_node(self, parent, index):  # noqa: ANN001 - PyYAML's signature
            self._nodes += 1
            if self._nodes > MAX_YAML_NODES:
                import yaml

                raise yaml.YAMLError(f"more than {MAX_YAML_NODES} nodes")
            return super().compose_node(parent, index)

        def construct_document(self, node):  # noqa: ANN001
            _check_expansion(node)
            return super().construct_document(node)

    return Bounded


class YamlBomb(Exception):
    """A YAML document whose aliases expand to more than MAX_YAML_NODES values; ``where`` is a dotted path."""

    def __init__(self, where: str) -> None:
        super().__init__(where)
        self.where = where


def _check_expansion(node: Any) -> None:
    """Count the values a document expands to (aliases share nodes; readers that walk it would not)."""
    import yaml

    memo: dict[int, int] = {}

    def size(n: Any, depth: int = 0) -> int:
        if depth > 200:
            raise RecursionError
        key = id(n)
        if key in memo:
            return memo[key]
        if isinstance(n, yaml.MappingNode):
            s = 1 + sum(size(k, depth + 1) + size(v, depth + 1) for k, v in n.value)
        elif isinstance(n, yaml.SequenceNode):
            s = 1 + sum(size(v, depth + 1) for v in n.value)
        else:
            s = 1
        memo[key] = s
        return s

    if size(node) <= MAX_YAML_NODES:
        return
    path, n = [], node
    while len(path) < 6:  # where it explodes: follow the largest child
        if isinstance(n, yaml.MappingNode) and n.value:
            k, v = max(n.value, key=lambda kv: memo.get(id(kv[1]), 1))
            path.append(str(getattr(k, "value", "?"))[:40])
            n = v
        elif isinstance(n, yaml.SequenceNode) and n.value:
            i, v = max(enumerate(n.value), key=lambda iv: memo.get(id(iv[1]), 1))
            path.append(str(i))
            n = v
        else:
            break
    raise YamlBomb(".".join(path) or "$")


def read_yaml(path: str | os.PathLike, what: Msg | str, *, loader: Any = None,
              missing_hint: Msg | str | None = None) -> Any:
    """The YAML document in the UTF-8 file ``path`` (a byte order mark is allowed).

    ``what`` names the file in messages (``msg("error.io.what.config_file")``: «konfigurasjonsfilen»); ``loader`` is a SafeLoader
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
            raise ConfigError(msg("error.io.is_folder", what=what), file=p)
        if os.path.exists(path):
            check_regular_file(path, what)
        size = os.stat(path).st_size
        if size > MAX_YAML_BYTES:
            raise ConfigError(msg("error.io.yaml_too_large_size", what=what, size=size // 1024),
                              file=p, hint=msg("error.io.right_file_order_hint"))
        with open(path, "rb") as fh:
            data = fh.read(MAX_YAML_BYTES + 1)
        if len(data) > MAX_YAML_BYTES:
            raise ConfigError(msg("error.io.yaml_too_large", what=what), file=p)
        if b"\x00" in data:
            raise ConfigError(msg("error.io.not_text", what=what), file=p, hint=msg("error.io.right_file_hint"))
        text = data.decode("utf-8-sig")
        from audit.privacy import contains_identity_number, find_in_json

        if contains_identity_number(text) or contains_identity_number(os.path.basename(p)):
            raise ConfigError(msg("inputs.identity.name", what=what), file=_shown_path(p),
                              hint=msg("inputs.identity.yaml_hint"))
        doc = yaml.load(text, Loader=bounded_loader(loader or yaml.SafeLoader))  # noqa: S506 - a SafeLoader
        # and what the parser made of it: escapes («\u0030», «\x31», «\n») and folded lines spell digits
        # and separators the file's text does not show
        if find_in_json(doc, limit=MAX_YAML_NODES + 1)[1]:
            raise ConfigError(msg("inputs.identity.name", what=what), file=_shown_path(p),
                              hint=msg("inputs.identity.yaml_hint"))
        return doc
    except ConfigError:
        raise
    except FileNotFoundError:
        raise ConfigError(msg("inputs.file.missing", what=what), file=p, hint=missing_hint) from None
    except IsADirectoryError:
        raise ConfigError(msg("error.io.is_folder", what=what), file=p) from None
    except UnicodeDecodeError as exc:
        raise ConfigError(msg("error.io.not_utf8", what=what), file=p, row=data[: exc.start].count(b"\n") + 1,
                          hint=msg("error.io.save_utf8_hint")) from None
    except OSError as exc:
        raise ConfigError(msg("inputs.file.unreadable", what=what, reason=exc.strerror or type(exc).__name__),
                          file=p) from None
    except RecursionError:
        raise ConfigError(msg("error.io.yaml_too_deep", what=what), file=p) from None
    except YamlBomb as exc:
        from audit.privacy import safe_value

        raise ConfigError(msg("inputs.yaml.bomb", what=what, where=safe_value(exc.where, 120), limit=MAX_YAML_NODES),
                          file=p, hint=msg("inputs.yaml.bomb_hint")) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        # our loaders' own problems carry a message (problem_msg); PyYAML's are its own words (English)
        problem = getattr(exc, "problem_msg", None) or getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(msg("error.io.yaml_invalid", what=what, problem=problem), file=p,
                          row=(mark.line + 1) if mark else None, hint=msg("error.io.yaml_invalid_hint")) from None


def sha256_file(path: str | os.PathLike, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def _shown_path(p: str) -> str:
    from audit.privacy import redact

    return redact(p)
