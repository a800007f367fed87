"""The mapping file (docs/input.md, "The mapping file"): audit an export with its own headers."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from audit.datasets import BOOL, CATEGORY, Dataset, get_dataset
from audit.errors import ConfigError
from audit.io import read_yaml
from audit.text import Msg, msg

ALLOWED_KEYS = {"dataset", "sheet", "delimiter", "encoding", "date_format", "columns", "values", "pseudonymise"}


@dataclass
class Mapping:
    dataset: str
    path: str | None = None
    sheet: str | int | None = None
    delimiter: str | None = None
    encoding: str | None = None
    date_format: str | None = None
    columns: dict[str, str] = field(default_factory=dict)  # canonical -> export header
    values: dict[str, dict[str, object]] = field(default_factory=dict)  # canonical -> {export value: canonical}
    pseudonymise: list[str] = field(default_factory=list)  # export headers holding identity numbers

    def to_json(self) -> dict:
        out: dict = {"dataset": self.dataset}
        for k in ("sheet", "delimiter", "encoding", "date_format"):
            if getattr(self, k) is not None:
                out[k] = getattr(self, k)
        if self.columns:
            out["columns"] = dict(self.columns)
        if self.values:
            out["values"] = {c: {str(k): v for k, v in m.items()} for c, m in self.values.items()}
        if self.pseudonymise:
            out["pseudonymise"] = list(self.pseudonymise)
        return out


def closest(name: str, choices: list[str], n: int = 3) -> list[str]:
    lowered = {c.lower(): c for c in choices}
    hits = difflib.get_close_matches(name.lower(), list(lowered), n=n, cutoff=0.5)
    return [lowered[h] for h in hits]


def _fail(path: str, message: Msg | str, hint: Msg | str | None = None, column: str | None = None,
          value: str | None = None):
    raise ConfigError(msg("error.mapping.invalid", what=message), file=path, column=column, value=value, hint=hint)


class _Loader(yaml.SafeLoader):
    """YAML 1.2 booleans: only true/false. ``ja``, ``nei``, ``yes``, ``no``, ``on``, ``off`` stay text,
    so ``values: {appeal_info: {yes: true}}`` maps the word «yes» (YAML 1.1 would make it a boolean)."""


class KeyTwice(yaml.constructor.ConstructorError):
    """A key written twice in one YAML mapping; ``problem_msg`` is the message :func:`audit.io.read_yaml` shows."""

    def __init__(self, key: object, mark: yaml.Mark) -> None:
        self.problem_msg = msg("error.yaml.key_twice", key=safe_text(key))
        super().__init__(None, None, str(self.problem_msg), mark)


def _refuse_keys_twice(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    """YAML keeps the last of two equal keys without a word, so the user's first line would silently not count:
    a key written twice is an error naming its line. A key after a merge (``<<: *base``) overrides, as YAML says."""
    seen: set = set()
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            continue
        key = loader.construct_object(key_node, deep=True)
        try:
            twice = key in seen
        except TypeError:  # an unhashable key: PyYAML's own message follows
            break
        if twice:
            raise KeyTwice(key, key_node.start_mark)
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
                        lambda loader, node: _refuse_keys_twice(loader, node, deep=True))

_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))


YAML_LOADER = _Loader  # for mapping and parameter files


def _scalar(v: object) -> bool:
    return v is None or isinstance(v, (str, int, float, bool))


def check_date_format(fmt: str) -> bool:
    """True when ``fmt`` (strftime) writes and reads back a whole date (day, month and year)."""
    import datetime as dt

    probe = dt.date(2031, 11, 27)
    try:
        return dt.datetime.strptime(probe.strftime(fmt), fmt).date() == probe
    except (ValueError, TypeError, OverflowError):
        return False


def load_mapping(path: str | Path, dataset: str | None = None) -> Mapping:
    """Read and validate a mapping file; every problem is a ConfigError naming the key."""
    p = str(path)
    data = read_yaml(path, msg("error.mapping.file"), loader=YAML_LOADER, missing_hint=msg("error.file.missing_hint"))
    if data is None:
        data = {}
    if not isinstance(data, dict):
        _fail(p, msg("error.mapping.not_keys"), hint=msg("error.mapping.not_keys_hint"))
    unknown = set(map(str, data)) - ALLOWED_KEYS
    if unknown:
        key = sorted(unknown)[0]
        sug = closest(key, sorted(ALLOWED_KEYS))
        _fail(p, msg("error.mapping.unknown_key", key=key), hint=msg("error.did_you_mean", name=sug[0]) if sug
              else msg("error.mapping.valid_keys", keys=", ".join(sorted(ALLOWED_KEYS))))
    ds_name = data.get("dataset")  # case-data.md: everything is optional except ``dataset``
    if ds_name is None:
        _fail(p, msg("error.mapping.no_dataset"), hint=msg("error.mapping.dataset_hint"))
    if not isinstance(ds_name, str):
        _fail(p, msg("error.mapping.dataset_name"), value=safe_text(ds_name), hint=msg("error.mapping.dataset_hint"))
    try:
        ds = get_dataset(ds_name)
    except ConfigError as exc:
        _fail(p, exc.message, hint=exc.hint)
    if dataset is not None and ds_name != dataset:
        _fail(p, msg("error.mapping.other_dataset", found=ds_name, dataset=dataset),
              hint=msg("error.mapping.other_dataset_hint"))
    m = Mapping(dataset=ds.name, path=p)
    for key in ("delimiter", "encoding", "date_format"):
        v = data.get(key)
        if v is not None and not isinstance(v, str):
            _fail(p, msg("error.mapping.not_text", key=key), value=safe_text(v))
        setattr(m, key, v)
    if m.delimiter == "\\t":
        m.delimiter = "\t"
    if m.delimiter is not None and (len(m.delimiter) != 1 or m.delimiter in "\"\r\n"):
        _fail(p, msg("error.mapping.delimiter"), value=m.delimiter, hint=msg("error.mapping.delimiter_hint"))
    if m.encoding:
        import codecs

        try:
            codecs.lookup(m.encoding)
            "a".encode(m.encoding)
        except (LookupError, TypeError, ValueError):
            _fail(p, msg("error.mapping.encoding"), value=m.encoding, hint=msg("error.mapping.encoding_hint"))
    if m.date_format is not None and not check_date_format(m.date_format):
        _fail(p, msg("error.mapping.date_format"), value=m.date_format, hint=msg("error.mapping.date_format_hint"))
    sheet = data.get("sheet")
    if sheet is not None and (isinstance(sheet, bool) or not isinstance(sheet, (str, int)) or (isinstance(sheet, int) and sheet < 1)):
        _fail(p, msg("error.mapping.sheet"), value=safe_text(sheet))
    m.sheet = sheet
    m.columns = _columns(p, ds, data.get("columns") or {})
    m.values = _values(p, ds, data.get("values") or {})
    pseud = data.get("pseudonymise") or []
    if isinstance(pseud, str):
        pseud = [pseud]
    if not isinstance(pseud, list) or not all(isinstance(x, (str, int)) and not isinstance(x, bool) for x in pseud):
        _fail(p, msg("error.mapping.pseudonymise"))
    m.pseudonymise = [str(x) for x in pseud]
    return m


def safe_text(v: object) -> str:
    """A YAML value for a message: scalars as text, anything else by its kind (aliases can nest deeply)."""
    from audit.privacy import safe_value

    if _scalar(v):
        return safe_value(v)
    kind = {"list": "error.mapping.a_list", "dict": "error.mapping.a_table"}.get(type(v).__name__)
    return msg(kind) if kind else type(v).__name__


def _columns(p: str, ds: Dataset, cols: object) -> dict[str, str]:
    if not isinstance(cols, dict):
        _fail(p, msg("error.mapping.columns"))
    out: dict[str, str] = {}
    for canon, header in cols.items():
        canon = str(canon)
        if ds.column(canon) is None:
            sug = closest(canon, ds.names)
            _fail(p, msg("error.mapping.not_canonical", column=canon, dataset=ds.name),
                  hint=msg("error.did_you_mean", name=sug[0]) if sug else None, column=canon)
        if header is None or isinstance(header, bool) or not _scalar(header) or str(header).strip() == "":
            _fail(p, msg("error.mapping.header_missing", column=canon), column=canon,
                  hint=msg("error.mapping.header_missing_hint", column=canon))
        out[canon] = str(header)
    seen: dict[str, str] = {}
    for canon, header in out.items():
        if header in seen:
            _fail(p, msg("error.mapping.header_twice", header=header, first=seen[header], second=canon), column=header)
        seen[header] = canon
    return out


def _values(p: str, ds: Dataset, vals: object) -> dict[str, dict[str, object]]:
    if not isinstance(vals, dict):
        _fail(p, msg("error.mapping.values", key="values"))
    out: dict[str, dict[str, object]] = {}
    for canon, table in vals.items():
        canon = str(canon)
        col = ds.column(canon)
        if col is None:
            _fail(p, msg("error.mapping.values_not_canonical", column=canon), column=canon)
        if not isinstance(table, dict):
            _fail(p, msg("error.mapping.values_table", column=canon), column=canon)
        clean: dict[str, object] = {}
        for raw, target in table.items():
            if not _scalar(raw) or not _scalar(target):
                _fail(p, msg("error.mapping.values_scalar", column=canon), column=canon,
                      value=safe_text(raw if not _scalar(raw) else target))
            raw_key = "" if raw is None else (str(raw).lower() if isinstance(raw, bool) else str(raw))
            if target is None or (isinstance(target, str) and target.strip() == ""):
                target = None  # the export's word for an empty value (e.g. «Ikke dokumentert»)
            elif col.type == CATEGORY:
                if str(target) not in col.categories:
                    _fail(p, msg("error.mapping.bad_value", value=safe_text(target), column=canon),
                          hint=msg("error.mapping.valid_values", values=", ".join(col.categories)),
                          column=canon, value=str(target))
                target = str(target)
            elif col.type == BOOL:
                if isinstance(target, str) and target.strip().lower() in ("true", "ja", "yes", "1", "x"):
                    target = True
                elif isinstance(target, str) and target.strip().lower() in ("false", "nei", "no", "0"):
                    target = False
                if not isinstance(target, bool) and target is not None:
                    _fail(p, msg("error.mapping.values_bool", column=canon), column=canon, value=str(target))
            clean[raw_key.strip()] = target
        out[canon] = clean
    return out
