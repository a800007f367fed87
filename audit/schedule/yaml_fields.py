"""Reading a schedule file's YAML so that every problem can name the file, the line and
the key: mappings and sequences that remember their lines, a loader that refuses
duplicate keys, and typed field readers that raise a ConfigError (``docs/schedule.md``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml

from audit.errors import ConfigError
from audit.inputs.mapping import closest
from audit.schedule.periods import MONTH_NAMES
from audit.text import Msg, msg

# --------------------------------------------------------------------------- YAML with line numbers


class YamlMap(dict):
    """A YAML mapping that remembers the line of itself and of each key."""

    line: int | None = None
    key_lines: dict


class YamlSeq(list):
    line: int | None = None
    item_lines: list


class LineLoader(yaml.SafeLoader):
    """SafeLoader that keeps line numbers and refuses duplicate keys."""


class KeyProblem(yaml.constructor.ConstructorError):
    """A key YAML cannot hold or holds twice; ``problem_msg`` is its message in the reader's language
    (:func:`audit.io.read_yaml` shows it), ``problem`` the same in bokmål for PyYAML's own str()."""

    def __init__(self, problem: Msg, mark: yaml.Mark) -> None:
        super().__init__(None, None, str(problem), mark)
        self.problem_msg = problem


def _construct_mapping(loader: LineLoader, node: yaml.MappingNode) -> YamlMap:
    loader.flatten_mapping(node)
    out = YamlMap()
    out.line = node.start_mark.line + 1
    out.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            raise KeyProblem(msg("error.schedule.bad_key"), key_node.start_mark)
        if key in out:
            raise KeyProblem(msg("error.schedule.key_twice", key=key), key_node.start_mark)
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_lines[key] = key_node.start_mark.line + 1
    return out


def _construct_sequence(loader: LineLoader, node: yaml.SequenceNode) -> YamlSeq:
    out = YamlSeq(loader.construct_object(child, deep=True) for child in node.value)
    out.line = node.start_mark.line + 1
    out.item_lines = [child.start_mark.line + 1 for child in node.value]
    return out


LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


# --------------------------------------------------------------------------- helpers


class FileContext:
    """The file being read, for error messages."""

    def __init__(self, path: str) -> None:
        self.path = path

    def fail(self, key: str, message: Msg, line: int | None, *, value: Any = None, hint: Msg | None = None):
        raise ConfigError(at_key(key, message), file=self.path, row=line, value=None if value is None else str(value),
                          hint=hint)

    def unknown_keys(self, data: YamlMap, allowed: tuple[str, ...], where: str) -> None:
        for key in data:
            if key not in allowed:
                sug = closest(str(key), list(allowed))
                self.fail(f"{where}{key}", msg("error.schedule.unknown_key"), line_at(data, key),
                          hint=msg("error.did_you_mean", name=sug[0]) if sug
                          else msg("error.schedule.valid_keys", names=", ".join(allowed)))


def at_key(key: str, message: Msg) -> Msg:
    """«nøkkel «activities[kvp].day»: <message>.» — a sentence (the full stop added unless it ends in one)."""
    text = msg("error.schedule.at_key", key=key, message=message) if key else message
    # bokmål and English messages end alike (both written in audit/text/words/errors_a.py)
    return text if str(message).endswith((".", "?")) else msg("error.schedule.sentence", text=text)


def line_at(data: Any, key: Any = None) -> int | None:
    if key is not None and isinstance(data, YamlMap):
        return data.key_lines.get(key, data.line)
    return getattr(data, "line", None)


def text_field(ctx: FileContext, data: YamlMap, key: str, where: str, *, required: bool = False) -> str | None:
    value = data.get(key)
    if value is None:
        if required:
            ctx.fail(f"{where}{key}", msg("error.schedule.missing"), line_at(data), hint=None)
        return None
    if isinstance(value, (dict, list, bool)):
        ctx.fail(f"{where}{key}", msg("error.schedule.text"), line_at(data, key), value=value)
    text = str(value).strip()
    if required and not text:
        ctx.fail(f"{where}{key}", msg("error.schedule.empty"), line_at(data, key))
    return text or None


def int_field(ctx: FileContext, data: YamlMap, key: str, where: str, default: int, low: int, high: int) -> int:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        ctx.fail(f"{where}{key}", msg("error.schedule.integer_range", low=low, high=high), line_at(data, key), value=value)
    return value


def date_field(ctx: FileContext, data: YamlMap, key: str, where: str) -> dt.date | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
    try:
        return dt.date(int(m[3]), int(m[2]), int(m[1])) if m else dt.date.fromisoformat(text)
    except ValueError:
        ctx.fail(f"{where}{key}", msg("error.schedule.bad_date"), line_at(data, key), value=value,
                 hint=msg("error.schedule.bad_date_hint"))


def month_number(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 1 <= value <= 12 else None
    if isinstance(value, str):
        text = value.strip().lower()
        if text.isdigit():
            return month_number(int(text))
        for names in MONTH_NAMES.values():
            lowered = [n.lower() for n in names]
            hits = [i for i, n in enumerate(lowered) if n == text or (len(text) >= 3 and n.startswith(text))]
            if len(hits) == 1:
                return hits[0] + 1
    return None
