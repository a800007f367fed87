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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from audit.case_frame import CaseFrame, materialise, write_frame
from audit.errors import InputError
from audit.text import Msg, msg


def judged_no_case(status: object, kind: object, evaluated: object) -> bool:
    """A check with results.md's status «ok» that judged no row (none applied, or every one unknown): not
    «in order». The terminal's summary, the report's headline and its check view all count it apart."""
    return status == "ok" and kind != "indicator" and evaluated in (0, None)

__all__ = ["Case", "CaseFrame", "CheckResult", "DumpInThread", "Results", "RunInfo", "dump", "load", "materialise"]

MAX_DEPTH = 32  # results.json nests about 8 levels; deeper is not a results file
MAX_BYTES = 4 << 30  # a results file of a million cases is well under 1 GB

Scalar = str | int | float | bool | None


class _Shape(Exception):
    """A value of the wrong type at a place in the document (becomes an InputError)."""

    def __init__(self, where: str, expected: Msg) -> None:
        super().__init__(where, expected)
        self.where, self.expected = where, expected


def _str(d: Mapping, name: str, where: str, *, required: bool = False) -> str | None:
    v = d.get(name)
    if v is None:
        if required:
            raise _Shape(f"{where}.{name}", msg("error.results.expected.text"))
        return None
    if isinstance(v, bool) or not isinstance(v, (str, int)):
        raise _Shape(f"{where}.{name}", msg("error.results.expected.text"))
    return str(v)


def _int(d: Mapping, name: str, where: str) -> int:
    v = d.get(name, 0)
    if v is None:
        return 0
    if isinstance(v, bool) or not isinstance(v, int):
        raise _Shape(f"{where}.{name}", msg("error.results.expected.integer"))
    return v


def _num(d: Mapping, name: str, where: str) -> int | float | None:
    v = d.get(name)
    if v is None:
        return None
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise _Shape(f"{where}.{name}", msg("error.results.expected.number"))
    return v


def _dict(d: Mapping, name: str, where: str) -> dict | None:
    v = d.get(name)
    if v is None:
        return None
    if not isinstance(v, dict):
        raise _Shape(f"{where}.{name}", msg("error.results.expected.object"))
    _shallow(v, f"{where}.{name}")
    return v


def _list(d: Mapping, name: str, where: str) -> list:
    v = d.get(name)
    if v is None:
        return []
    if not isinstance(v, list):
        raise _Shape(f"{where}.{name}", msg("error.results.expected.list"))
    return v


def _scalars(d: Mapping, name: str, where: str) -> dict[str, Scalar]:
    """An object whose values are plain values (facts, details): no nesting."""
    v = _dict(d, name, where) or {}
    for k, x in v.items():
        if isinstance(x, (dict, list)):
            raise _Shape(f"{where}.{name}.{k}", msg("error.results.expected.scalar"))
    return v


def _shallow(value: Any, where: str, depth: int = 0) -> None:
    """Refuse absurd nesting before code further on recurses into it."""
    if depth > MAX_DEPTH:
        raise _Shape(where, msg("error.results.expected.depth", limit=MAX_DEPTH))
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
            raise _Shape(where, msg("error.results.expected.object"))
        reason = _dict(d, "reason", where)
        if reason is not None and not isinstance(reason.get("code"), str):
            raise _Shape(f"{where}.reason.code", msg("error.results.expected.text"))
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
            raise _Shape(where, msg("error.results.expected.object"))
        cid = _str(d, "id", where, required=True)
        where = f"{where} ({cid})"
        sources = _list(d, "legal_sources", where)
        for i, s in enumerate(sources):
            if not isinstance(s, dict):
                raise _Shape(f"{where}.legal_sources[{i}]", msg("error.results.expected.object"))
        missing = _list(d, "missing_columns", where)
        if not all(isinstance(m, str) for m in missing):
            raise _Shape(f"{where}.missing_columns", msg("error.results.expected.column_list"))
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
            raise _Shape(where, msg("error.results.expected.object"))
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
            raise InputError(msg("error.results.not_ours_keys"), file=source, hint=msg("error.results.not_ours_hint"))
        tool = d.get("tool")
        if tool is not None and (not isinstance(tool, dict) or tool.get("name") not in (None, "nav-audit")):
            raise InputError(msg("error.results.not_ours_tool"), file=source, hint=msg("error.results.not_ours_hint"))
        try:
            issues = _list(d, "input_issues", "input_issues")
            for i, issue in enumerate(issues):
                if not isinstance(issue, dict):
                    raise _Shape(f"input_issues[{i}]", msg("error.results.expected.object"))
            seen: set[str] = set()
            checks = []
            for i, c in enumerate(d["checks"]):
                check = CheckResult.from_dict(c, f"checks[{i}]")
                if check.id in seen:
                    raise _Shape(f"checks[{i}] ({check.id})", msg("error.results.expected.unique_check"))
                seen.add(check.id)
                checks.append(check)
            run = RunInfo.from_dict(d["run"])
            for check in checks:  # results.md's own form: the values used only in run.parameters
                given = run.parameters.get(check.id)
                if "parameters" not in check.extra and isinstance(given, dict):
                    check.extra["parameters"] = given
            return cls(tool=dict(tool or {}), run=run, checks=checks,
                       dataset=_dict(d, "dataset", "dataset"), input_issues=issues,
                       extra=_extra(d, RESULTS_KEYS, "results"))
        except _Shape as exc:
            raise InputError(msg("error.results.shape", where=exc.where, expected=exc.expected), file=source,
                             hint=msg("error.results.shape_hint")) from None

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

    count, line = check_json_bytes(data)
    if count:
        raise InputError(msg("inputs.identity.results", count=count, where=msg("error.results.line", line=line)),
                         file=src, row=line, hint=msg("inputs.identity.results_hint"))


def load(path: str | os.PathLike) -> Results:
    """Read and check a results.json (or the one in a run folder); InputError (exit 2) when it is not one."""
    import orjson

    p = resolve_path(path)
    src = str(p)
    hint = msg("error.results.give_results_hint")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(msg("error.results.too_large", size=size >> 20), file=src, hint=hint)
        from audit.io import check_regular_file

        check_regular_file(p, msg("error.io.what.results_file"))  # /dev/zero, a FIFO: refused before a byte is read
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(msg("error.results.missing"), file=src, hint=hint) from None
    except IsADirectoryError:
        raise InputError(msg("error.results.folder"), file=src, hint=hint) from None
    except OSError as exc:
        raise InputError(msg("error.results.unreadable", reason=exc.strerror or type(exc).__name__), file=src) from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    _refuse_identity_numbers(data, src)
    try:
        doc = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        if "recursion" in str(exc).lower():
            raise InputError(msg("error.results.too_deep", limit=MAX_DEPTH), file=src, hint=hint) from None
        if isinstance(exc.__cause__, UnicodeDecodeError) or "utf-8" in str(exc).lower():
            raise InputError(msg("error.results.not_utf8"), file=src, hint=hint) from None
        raise InputError(msg("error.results.invalid_json", problem=exc.msg), file=src,
                         row=getattr(exc, "lineno", None), hint=hint) from None
    return Results.from_dict(doc, src)


def _prepare(results: "Results | Mapping[str, Any]") -> tuple[bytes, list[tuple[bytes, Any]]]:
    """The document without its columnar cases (orjson), and per :class:`CaseFrame` the token
    that stands in its place: the frame is written there (polars), a materialised one as its
    dicts (orjson). Decided here, in the caller's thread, so a writer thread writes the same
    bytes whatever the caller does to the mapping meanwhile."""
    import secrets

    import orjson

    doc = results.to_dict() if isinstance(results, Results) else dict(results)
    frames: list[tuple[bytes, Any]] = []
    checks = doc.get("checks")
    if isinstance(checks, list) and any(isinstance(c, dict) and isinstance(c.get("cases"), CaseFrame) for c in checks):
        nonce = secrets.token_hex(8)
        out_checks = []
        for i, c in enumerate(checks):
            cases = c.get("cases") if isinstance(c, dict) else None
            if isinstance(cases, CaseFrame):
                token = f"nav-audit-cases-{nonce}-{i}"
                frames.append((f'"{token}"'.encode(), cases.rows() if cases.materialised else cases))
                c = {**c, "cases": token}
            out_checks.append(c)
        doc["checks"] = out_checks
    skeleton = orjson.dumps(doc, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE | orjson.OPT_NON_STR_KEYS,
                            default=str)
    return skeleton, frames


def _write(target: Path, skeleton: bytes, frames: list[tuple[bytes, Any]], overwrite: bool,
           cancelled: Any = None) -> Path:
    import orjson

    from audit.io import atomic_path

    with atomic_path(target, overwrite=overwrite) as tmp:
        with open(tmp, "wb") as fh:
            rest = skeleton
            for token, cases in frames:
                before, _, rest = rest.partition(token)
                fh.write(before)
                if isinstance(cases, CaseFrame):
                    write_frame(fh, cases.frame, cancelled=cancelled)
                else:
                    fh.write(orjson.dumps(cases, option=orjson.OPT_NON_STR_KEYS, default=str))
            fh.write(rest)
            fh.flush()
            os.fsync(fh.fileno())
    return target


def dump(results: "Results | Mapping[str, Any]", path: str | os.PathLike, *, overwrite: bool = True) -> Path:
    """Write ``results`` (the model or its JSON-shaped mapping) to ``path`` atomically, in one pass.

    Cases still held as a :class:`CaseFrame` are written by polars straight from the frame
    into their place in the document; everything else by orjson. Nothing is written
    until the whole document serialises (a failing value leaves no file).
    """
    skeleton, frames = _prepare(results)
    return _write(Path(path), skeleton, frames, overwrite)


class DumpInThread:
    """:func:`dump` in a thread, so the caller can render the reports meanwhile (they read the
    columnar cases, not the file). :meth:`result` waits and raises what the writer raised
    (the file is written atomically: a failed write leaves no results.json, and the
    temporary file is removed); :meth:`cancel` makes the writer stop at its next slice
    of cases, with the same clean-up. An existing target with ``overwrite=False`` is refused
    here, before the thread starts."""

    def __init__(self, results: "Results | Mapping[str, Any]", path: str | os.PathLike, *,
                 overwrite: bool = True) -> None:
        import threading

        self.path = Path(path)
        if not overwrite and os.path.lexists(self.path):
            import errno

            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(self.path))
        skeleton, frames = _prepare(results)
        self._error: BaseException | None = None
        self._cancelled = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(skeleton, frames, overwrite),
                                        name="nav-audit-results-json", daemon=True)
        self._thread.start()

    def _run(self, skeleton: bytes, frames: list, overwrite: bool) -> None:
        try:
            _write(self.path, skeleton, frames, overwrite, self._cancelled)
        except BaseException as exc:  # handed to the caller's thread by result()
            self._error = exc

    def cancel(self) -> None:
        self._cancelled.set()
        self._thread.join()

    def result(self) -> Path:
        try:
            self._thread.join()
        except BaseException:  # interrupted while waiting: stop the writer, leave no file behind
            self.cancel()
            raise
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        return self.path
