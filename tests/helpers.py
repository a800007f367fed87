"""Test helpers: audit a handful of canonical records through the real pipeline."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
import zipfile
from pathlib import Path

from audit.pipeline import run_audit


def cli(*args: object):
    """``nav-audit ARGS`` through CliRunner, asserting it ended without a crash (no traceback, no internal error):
    a hostile input gets an error message, never exit 3."""
    from click.testing import CliRunner

    from audit.cli import main

    result = CliRunner().invoke(main, [str(a) for a in args])
    assert "Traceback" not in result.output and "Intern feil" not in result.output, result.output
    return result


def run_cli(tmp_path: Path, files: list[Path], *options: str, as_of: str = "2025-12-31", out: str = "out"):
    """``nav-audit run FILES --no-history --format none`` through CliRunner: (result, results.json or None)."""
    import json

    from click.testing import CliRunner

    from audit.cli import main

    folder = tmp_path / out
    result = CliRunner().invoke(main, ["run", *map(str, files), "--as-of", as_of, "--out", str(folder),
                                       "--no-history", "--format", "none", *options])
    results = json.loads((folder / "results.json").read_text("utf-8")) if result.exit_code == 0 else None
    return result, results


def write_csv(path: Path, records: list[dict], delimiter: str = ";", encoding: str = "utf-8") -> Path:
    headers: list[str] = []
    for r in records:
        for k in r:
            if k not in headers:
                headers.append(k)
    with open(path, "w", newline="", encoding=encoding) as fh:
        w = csv.writer(fh, delimiter=delimiter)
        w.writerow(headers)
        for r in records:
            w.writerow(["" if r.get(h) is None else _text(r.get(h)) for h in headers])
    return path


def _text(v) -> str:
    if isinstance(v, bool):
        return "ja" if v else "nei"
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


def audit_records(tmp_path: Path, records: list[dict], *, as_of: str | dt.date, suite: str = "kvp",
                  overrides: tuple[str, ...] = (), name: str = "input.csv") -> dict:
    path = write_csv(tmp_path / name, records)
    as_of = dt.date.fromisoformat(as_of) if isinstance(as_of, str) else as_of
    return run_audit([path], suite=suite, as_of=as_of, overrides=overrides, formats=(), out_dir=None).results


def check(results: dict, check_id: str) -> dict:
    for c in results["checks"]:
        if c["id"] == check_id:
            return c
    raise KeyError(check_id)


def levels(results: dict, check_id: str) -> dict[str, str]:
    """key -> warning / deviation / unknown for one check (rows not listed are ok or n/a)."""
    c = check(results, check_id)
    out = {case["key"]: case["level"] for case in c["cases"]}
    out.update({k: "unknown" for k in c.get("unknown_keys", [])})
    return out


def file_texts(path: Path) -> list[tuple[str, str]]:
    """(where, text) of an output file, to grep for what must not be in it: a zip's parts (xlsx, docx) one
    by one, a SQLite file raw and dumped, anything else as UTF-8 text."""
    data = path.read_bytes()
    if data[:2] == b"PK":
        with zipfile.ZipFile(path) as z:
            return [(f"{path.name}:{n}", z.read(n).decode("utf-8", "ignore")) for n in z.namelist()]
    if data.startswith(b"SQLite format 3"):
        con = sqlite3.connect(path)
        try:
            dump = "\n".join(con.iterdump())
        finally:
            con.close()
        return [(path.name, data.decode("latin-1")), (f"{path.name} (dump)", dump)]
    return [(path.name, data.decode("utf-8", "ignore"))]


def folder_texts(folder: Path, skip: set[Path] = frozenset()) -> list[tuple[str, str]]:
    """:func:`file_texts` of every file under ``folder`` but ``skip``."""
    return [t for p in sorted(folder.rglob("*")) if p.is_file() and p not in skip for t in file_texts(p)]


def folder_text(folder: Path) -> str:
    """Every output under ``folder`` as one text (:func:`folder_texts`)."""
    return "\n".join(text for _, text in folder_texts(folder))
