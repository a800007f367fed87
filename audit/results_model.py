"""The typed model of results.json (docs/results.md), with one ``load`` and one ``dump``.

Every reader of a results file goes through :func:`load`: it reads the file, checks its
shape and returns a :class:`Results`. A file that is missing, not JSON, nested absurdly
deep, of the wrong shape or not a nav-audit results file is an
:class:`~audit.errors.InputError` (exit code 2) naming the file and, where it can, the
place in it — never an internal error in the code that reads it afterwards.

Dataclasses rather than pydantic: the shape is small and stable, results files of a
million cases must load without a validation layer per field, and older files (without
the keys added later: ``unit``, ``limit``, ``rule``, ``reason``, ``facts``, ``basis``,
``in_force_from``, ``legal_sources`` …) must load with those keys empty. Keys the model
does not know are kept in ``extra`` and written back unchanged (results.json allows
added keys, e.g. the history's annotations).

Readers that work on the JSON-shaped mapping call ``load(path).to_dict()``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from audit.errors import InputError

MAX_DEPTH = 32  # results.json nests about 8 levels; deeper is not a results file
MAX_BYTES = 4 << 30  # a results file of a million cases is well under 1 GB

Scalar = str | int | float | bool | None


class _Shape(Exception):
    """A value of the wrong type at a place in the document (becomes an InputError)."""

    def __init__(self, where: str, expected: str) -> None:
        super().__init__(where, expected)
        self.where, self.expected = where, expected


def _str(d: Mapping, name: str, where: str, *, required: bool = False) -> str | None:
    v = d.get(name)
    if v is None:
        if required:
            raise _Shape(f"{where}.{name}", "tekst")
        return None
    if isinstance(v, bool) or not isinstance(v, (str, int)):
        raise _Shape(f"{where}.{name}", "tekst")
    return str(v)


def _int(d: Mapping, name: str, where: str) -> int:
    v = d.get(name, 0)
    if v is None:
        return 0
    if isinstance(v, bool) or not isinstance(v, int):
        raise _Shape(f"{where}.{name}", "et heltall")
    return v


def _num(d: Mapping, name: str, where: str) -> int | float | None:
    v = d.get(name)
    if v is None:
        return None
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise _Shape(f"{where}.{name}", "et tall")
    return v


def _dict(d: Mapping, name: str, where: str) -> dict | None:
    v = d.get(name)
    if v is None:
        return None
    if not isinstance(v, dict):
        raise _Shape(f"{where}.{name}", "et objekt")
    _shallow(v, f"{where}.{name}")
    return v


def _list(d: Mapping, name: str, where: str) -> list:
    v = d.get(name)
    if v is None:
        return []
    if not isinstance(v, list):
        raise _Shape(f"{where}.{name}", "en liste")
    return v


def _scalars(d: Mapping, name: str, where: str) -> dict[str, Scalar]:
    """An object whose values are plain values (facts, details): no nesting."""
    v = _dict(d, name, where) or {}
    for k, x in v.items():
        if isinstance(x, (dict, list)):
            raise _Shape(f"{where}.{name}.{k}", "en enkel verdi")
    return v


def _shallow(value: Any, where: str, depth: int = 0) -> None:
    """Refuse absurd nesting before code further on recurses into it."""
    if depth > MAX_DEPTH:
        raise _Shape(where, f"høyst {MAX_DEPTH} nivåer nøsting")
    if isinstance(value, dict):
        for v in value.values():
            if isinstance(v, (dict, list)):
                _shallow(v, where, depth + 1)
    elif isinstance(value, list):
        for v in value:
            if isinstance(v, (dict, list)):
                _shallow(v, where, depth + 1)


def _extra(d: Mapping, known: tuple[str, ...], where: str) -> dict:
    out = {k: v for k, v in d.items() if k not in known}
    if out:
        _shallow(out, where)
    return out


# --------------------------------------------------------------------------- the model

CASE_KEYS = ("key", "level", "value", "unit", "limit", "rule", "reason", "facts", "office", "caseworker",
             "municipality", "details")


@dataclass
class Case:
    """One row at warning or deviation level, and why."""

    key: str
    level: str
    value: int | float | None = None
    unit: str | None = None
    limit: dict | None = None  # {"value": 30, "unit": "days"} or {"date": "YYYY-MM-DD"}
    rule: str | None = None  # the version of a dated rule ("before 2019-01-01")
    reason: dict | None = None  # {"code", "nb", "en"}
    facts: dict[str, Scalar] = field(default_factory=dict)
    office: str | None = None
    caseworker: str | None = None
    municipality: str | None = None
    details: dict[str, Scalar] = field(default_factory=dict)
    extra: dict = field(default_factory=dict)

    @classmethod
    def from_dict(cls, d: Any, where: str) -> "Case":
        if not isinstance(d, dict):
            raise _Shape(where, "et objekt")
        reason = _dict(d, "reason", where)
        if reason is not None and not isinstance(reason.get("code"), str):
            raise _Shape(f"{where}.reason.code", "tekst")
        return cls(
            key=_str(d, "key", where, required=True), level=_str(d, "level", where) or "deviation",
            value=_num(d, "value", where), unit=_str(d, "unit", where), limit=_dict(d, "limit", where),
            rule=_str(d, "rule", where), reason=reason, facts=_scalars(d, "facts", where),
            office=_str(d, "office", where), caseworker=_str(d, "caseworker", where),
            municipality=_str(d, "municipality", where), details=_scalars(d, "details", where),
            extra=_extra(d, CASE_KEYS, where),
        )

    def to_dict(self) -> dict:
        return {"key": self.key, "level": self.level, "value": self.value, "unit": self.unit, "limit": self.limit,
                "rule": self.rule, "reason": self.reason, "facts": self.facts, "office": self.office,
                "caseworker": self.caseworker, "municipality": self.municipality, "details": self.details,
                **self.extra}


CHECK_KEYS = ("id", "kind", "status", "title", "legal_basis", "basis", "in_force_from", "in_force_to",
              "legal_sources", "evaluated", "failed", "warned", "unknown", "missing_columns", "value", "cases")


@dataclass
class CheckResult:
    id: str
    kind: str | None = None
    status: str | None = None
    title: dict | None = None  # {"nb", "en"}
    legal_basis: str | None = None
    basis: str | None = None  # "law" | "practice" | None (older runs, data checks)
    in_force_from: str | None = None
    in_force_to: str | None = None
    legal_sources: list[dict] = field(default_factory=list)
    evaluated: int = 0
    failed: int = 0
    warned: int = 0
    unknown: int = 0
    missing_columns: list[str] = field(default_factory=list)
    value: int | float | None = None
    cases: list[Case] = field(default_factory=list)
    extra: dict = field(default_factory=dict)

    @classmethod
    def from_dict(cls, d: Any, where: str) -> "CheckResult":
        if not isinstance(d, dict):
            raise _Shape(where, "et objekt")
        cid = _str(d, "id", where, required=True)
        where = f"{where} ({cid})"
        sources = _list(d, "legal_sources", where)
        for i, s in enumerate(sources):
            if not isinstance(s, dict):
                raise _Shape(f"{where}.legal_sources[{i}]", "et objekt")
        missing = _list(d, "missing_columns", where)
        if not all(isinstance(m, str) for m in missing):
            raise _Shape(f"{where}.missing_columns", "en liste med kolonnenavn")
        return cls(
            id=cid, kind=_str(d, "kind", where), status=_str(d, "status", where), title=_dict(d, "title", where),
            legal_basis=_str(d, "legal_basis", where), basis=_str(d, "basis", where),
            in_force_from=_str(d, "in_force_from", where), in_force_to=_str(d, "in_force_to", where),
            legal_sources=sources, evaluated=_int(d, "evaluated", where), failed=_int(d, "failed", where),
            warned=_int(d, "warned", where), unknown=_int(d, "unknown", where), missing_columns=missing,
            value=_num(d, "value", where),
            cases=[Case.from_dict(c, f"{where}.cases[{i}]") for i, c in enumerate(_list(d, "cases", where))],
            extra=_extra(d, CHECK_KEYS, where),
        )

    def to_dict(self) -> dict:
        return {"id": self.id, "kind": self.kind, "status": self.status, "title": self.title,
                "legal_basis": self.legal_basis, "basis": self.basis, "in_force_from": self.in_force_from,
                "in_force_to": self.in_force_to, "legal_sources": self.legal_sources, "evaluated": self.evaluated,
                "failed": self.failed, "warned": self.warned, "unknown": self.unknown,
                "missing_columns": self.missing_columns, "value": self.value,
                **self.extra, "cases": [c.to_dict() for c in self.cases]}


RUN_KEYS = ("id", "as_of", "suite", "lang", "parameters", "inputs")


@dataclass
class RunInfo:
    id: str
    as_of: str
    suite: str
    lang: str | None = None
    parameters: dict = field(default_factory=dict)
    inputs: list[dict] = field(default_factory=list)
    extra: dict = field(default_factory=dict)

    @classmethod
    def from_dict(cls, d: Any, where: str = "run") -> "RunInfo":
        if not isinstance(d, dict):
            raise _Shape(where, "et objekt")
        return cls(id=_str(d, "id", where, required=True), as_of=_str(d, "as_of", where, required=True),
                   suite=_str(d, "suite", where, required=True), lang=_str(d, "lang", where),
                   parameters=_dict(d, "parameters", where) or {}, inputs=_list(d, "inputs", where),
                   extra=_extra(d, RUN_KEYS, where))

    def to_dict(self) -> dict:
        return {"id": self.id, "as_of": self.as_of, "suite": self.suite, "lang": self.lang,
                "parameters": self.parameters, "inputs": self.inputs, **self.extra}


RESULTS_KEYS = ("tool", "run", "dataset", "input_issues", "checks")


@dataclass
class Results:
    tool: dict
    run: RunInfo
    checks: list[CheckResult]
    dataset: dict | None = None
    input_issues: list[dict] = field(default_factory=list)
    extra: dict = field(default_factory=dict)

    @classmethod
    def from_dict(cls, d: Any, source: str | None = None) -> "Results":
        """Check ``d`` and build the model; an InputError naming ``source`` when it is not a results file."""
        if not isinstance(d, dict) or not isinstance(d.get("checks"), list) or not isinstance(d.get("run"), dict):
            raise InputError("filen er ikke en results.json fra nav-audit (mangler «run» eller «checks»)", file=source,
                             hint="Oppgi results.json fra en kjøring av nav-audit.")
        tool = d.get("tool")
        if tool is not None and (not isinstance(tool, dict) or tool.get("name") not in (None, "nav-audit")):
            raise InputError("filen er ikke en results.json fra nav-audit (et annet verktøy har skrevet den)",
                             file=source, hint="Oppgi results.json fra en kjøring av nav-audit.")
        try:
            issues = _list(d, "input_issues", "input_issues")
            for i, issue in enumerate(issues):
                if not isinstance(issue, dict):
                    raise _Shape(f"input_issues[{i}]", "et objekt")
            seen: set[str] = set()
            checks = []
            for i, c in enumerate(d["checks"]):
                check = CheckResult.from_dict(c, f"checks[{i}]")
                if check.id in seen:
                    raise _Shape(f"checks[{i}] ({check.id})", "en kontroll som står én gang")
                seen.add(check.id)
                checks.append(check)
            return cls(tool=dict(tool or {}), run=RunInfo.from_dict(d["run"]), checks=checks,
                       dataset=_dict(d, "dataset", "dataset"), input_issues=issues,
                       extra=_extra(d, RESULTS_KEYS, "results"))
        except _Shape as exc:
            raise InputError(f"resultatfilen har feil form: «{exc.where}» skal være {exc.expected}", file=source,
                             hint="Filen må være results.json fra nav-audit, uendret.") from None

    def to_dict(self) -> dict:
        return {"tool": self.tool, "run": self.run.to_dict(), "dataset": self.dataset,
                "input_issues": self.input_issues, **self.extra, "checks": [c.to_dict() for c in self.checks]}

    def check(self, check_id: str) -> CheckResult:
        for c in self.checks:
            if c.id == check_id:
                return c
        raise KeyError(check_id)


# --------------------------------------------------------------------------- load and dump


def resolve_path(path: str | os.PathLike) -> Path:
    """A results file, or the results.json inside a run's folder."""
    p = Path(path)
    return p / "results.json" if p.is_dir() else p


def _refuse_identity_numbers(data: bytes, src: str) -> None:
    """A results.json read back holds no identity number in any written form (issue 14): count and line only."""
    from audit.privacy import check_json_bytes
    from audit.text import t

    count, line = check_json_bytes(data)
    if count:
        raise InputError(t("inputs.identity.results", count=count, where=f"linje {line}"), file=src, row=line,
                         hint=t("inputs.identity.results_hint"))


def load(path: str | os.PathLike) -> Results:
    """Read and check a results.json (or the one in a run folder); InputError (exit 2) when it is not one."""
    import orjson

    p = resolve_path(path)
    src = str(p)
    hint = "Oppgi results.json fra en kjøring av nav-audit, eller mappen den ligger i."
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"filen er for stor ({size >> 20} MB) til å være en results.json", file=src, hint=hint)
        from audit.io import check_regular_file

        check_regular_file(p, "resultatfilen")  # /dev/zero, a FIFO: refused before a byte is read
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError("filen finnes ikke", file=src, hint=hint) from None
    except IsADirectoryError:
        raise InputError("er en mappe uten results.json", file=src, hint=hint) from None
    except OSError as exc:
        raise InputError(f"filen kan ikke leses ({exc.strerror or type(exc).__name__})", file=src) from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    _refuse_identity_numbers(data, src)
    try:
        doc = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        if "recursion" in str(exc).lower():
            raise InputError(f"filen er for dypt nøstet til å være en results.json (over {MAX_DEPTH} nivåer)",
                             file=src, hint=hint) from None
        if isinstance(exc.__cause__, UnicodeDecodeError) or "utf-8" in str(exc).lower():
            raise InputError("filen er ikke UTF-8-tekst", file=src, hint=hint) from None
        raise InputError(f"filen er ikke gyldig JSON (ugyldig JSON: {exc.msg})", file=src,
                         row=getattr(exc, "lineno", None), hint=hint) from None
    return Results.from_dict(doc, src)


def _shared_list(series: Any) -> list:
    """The values as a list with one object per distinct value (offices, levels, dates and
    codes repeat; separate copies cost hundreds of MB at a million cases)."""
    seen: dict = {}
    return [seen.setdefault(v, v) for v in series.to_list()]


def _dicts(frame: Any) -> list[dict]:
    """The rows as dicts, built column by column with shared values; ``limit`` and ``reason``
    repeat, so each distinct one is one dict shared by its cases (replace a case's key rather
    than changing such a dict in place)."""
    import polars as pl

    n = frame.height
    columns: list[tuple[str, list]] = []
    for name in frame.columns:
        s = frame[name]
        if isinstance(s.dtype, pl.Struct):
            fields = s.struct.unnest()
            parts = [(f, _shared_list(fields[f])) for f in fields.columns]
            nulls = s.is_null().to_list()
            values: list = []
            cache: dict = {}
            few = name in ("limit", "reason")  # the same few values over and over
            for i in range(n):
                if nulls[i]:
                    values.append(None)
                    continue
                row = tuple(p[i] for _, p in parts)
                if few:
                    d = cache.get(row)
                    if d is None:
                        d = cache[row] = dict(zip((f for f, _ in parts), row))
                    values.append(d)
                else:
                    values.append(dict(zip((f for f, _ in parts), row)))
            columns.append((name, values))
        else:
            columns.append((name, _shared_list(s)))
    names = [c for c, _ in columns]
    return [dict(zip(names, row)) for row in zip(*(v for _, v in columns))] if n else []


class CaseFrame(Sequence):
    """A check's cases as one polars DataFrame (one row per case, the columns of
    :data:`CASE_KEYS`), as the run builds them: no Python object per case exists until
    something iterates them (reports, the history). :func:`dump` writes the frame as JSON
    directly. Iterating gives the cases as dicts (made once); a deep copy is a plain list."""

    def __init__(self, frame: Any) -> None:
        self.frame = frame
        self._rows: list[dict] | None = None

    @property
    def materialised(self) -> bool:
        return self._rows is not None

    def rows(self) -> list[dict]:
        if self._rows is None:
            self._rows = _dicts(self.frame)
        return self._rows

    def __len__(self) -> int:
        return len(self._rows) if self._rows is not None else self.frame.height

    def __getitem__(self, i):  # type: ignore[override]
        return self.rows()[i]

    def __iter__(self):
        return iter(self.rows())

    def __bool__(self) -> bool:
        return len(self) > 0

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, (list, tuple, CaseFrame)) else NotImplemented

    def __deepcopy__(self, memo: dict) -> list:
        import copy

        return copy.deepcopy(self.rows(), memo)

    def __repr__(self) -> str:
        return f"CaseFrame({len(self)} cases)"


def materialise(results: Mapping[str, Any]) -> Mapping[str, Any]:
    """Turn every check's :class:`CaseFrame` into a plain list of case dicts (in place), for
    code that works on the JSON-shaped mapping (reports, the history); returns ``results``."""
    for c in results.get("checks") or []:
        if isinstance(c, dict) and isinstance(c.get("cases"), CaseFrame):
            c["cases"] = c["cases"].rows()
    return results


def _write_frame(fh, frame, chunk: int = 100_000) -> None:
    """A frame as a JSON array of objects, one per line. polars' NDJSON writer is several times
    faster than its JSON writer; JSON text never holds a raw newline, so joining the lines
    with commas gives the array. Written in slices to keep memory bounded."""
    import io

    fh.write(b"[")
    for start in range(0, frame.height, chunk):
        buf = io.BytesIO()
        frame.slice(start, chunk).write_ndjson(buf)
        lines = buf.getvalue().rstrip(b"\n")
        fh.write((b"\n" if start == 0 else b",\n") + lines.replace(b"\n", b",\n"))
    fh.write(b"]")


def dump(results: "Results | Mapping[str, Any]", path: str | os.PathLike, *, overwrite: bool = True) -> Path:
    """Write ``results`` (the model or its JSON-shaped mapping) to ``path`` atomically, in one pass.

    Cases still held as a :class:`CaseFrame` are written by polars straight from the frame
    into their place in the document; everything else by orjson. Nothing is written
    until the whole document serialises (a failing value leaves no file).
    """
    import secrets

    import orjson

    from audit.io import atomic_path

    doc = results.to_dict() if isinstance(results, Results) else dict(results)
    frames: dict[bytes, Any] = {}
    checks = doc.get("checks")
    if isinstance(checks, list) and any(isinstance(c, dict) and isinstance(c.get("cases"), CaseFrame) for c in checks):
        nonce = secrets.token_hex(8)
        out_checks = []
        for i, c in enumerate(checks):
            cases = c.get("cases") if isinstance(c, dict) else None
            if isinstance(cases, CaseFrame):
                token = f"nav-audit-cases-{nonce}-{i}"
                frames[f'"{token}"'.encode()] = cases
                c = {**c, "cases": token}
            out_checks.append(c)
        doc["checks"] = out_checks
    skeleton = orjson.dumps(doc, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE | orjson.OPT_NON_STR_KEYS,
                            default=str)
    target = Path(path)
    with atomic_path(target, overwrite=overwrite) as tmp:
        with open(tmp, "wb") as fh:
            rest = skeleton
            for token, cases in frames.items():
                before, _, rest = rest.partition(token)
                fh.write(before)
                if cases.materialised:
                    fh.write(orjson.dumps(cases.rows(), option=orjson.OPT_NON_STR_KEYS, default=str))
                else:
                    _write_frame(fh, cases.frame)
            fh.write(rest)
            fh.flush()
            os.fsync(fh.fileno())
    return target
