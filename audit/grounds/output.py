"""The grounds table (CSV) and reading it back as suggestions for the review workbook.

Columns (canonical names, so ``nav-audit run export.xlsx grounds.csv`` reads it with no
mapping and joins it on ``case_id``):

``case_id``; ``ground_age`` … ``ground_program`` (``ja`` / ``nei`` / empty when the
letter cannot be read); ``ground_age_evidence`` … (paragraph numbers and what decided, in words:
the learned reader's features — a word, two words, a class of fact, a role — and the hand rule's
second opinion where it disagrees; with ``--method rule`` the rule's declared terms; never the
letter's text: audit/grounds/evidence.py); ``letter`` (file name; of a letter in parts,
their names with «+» between), ``letter_problem`` (why it could not be read) and
``identity_numbers`` (how many the letter holds).
Semicolon-separated UTF-8 with BOM, as Excel in Norway opens it.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from audit.grounds.evidence import evidence_text
from audit.grounds.identity import shown_name
from audit.grounds.judge import GroundsRun, LetterResult
from audit.grounds.vocabulary import COLUMNS
from audit.io import neutralise_formula, starts_formula
from audit.text import t

KEY = "case_id"
EVIDENCE_SUFFIX = "_evidence"
EXTRA = ("letter", "letter_problem", "identity_numbers")
HEADERS = (KEY, *COLUMNS, *(c + EVIDENCE_SUFFIX for c in COLUMNS), *EXTRA)


def row(r: LetterResult, lang: str = "nb") -> dict[str, str]:
    out = {KEY: r.key or "", "letter": " + ".join(shown_name(p) for p in r.files), "letter_problem": t(r.problem, lang) if r.problem else "",
           "identity_numbers": str(r.identity_numbers) if r.identity_numbers else ""}
    for c in COLUMNS:
        if r.judgements is None:
            out[c] = ""
            out[c + EVIDENCE_SUFFIX] = t("grounds.evidence.unreadable", lang)
        else:
            j = r.judgements[c]
            out[c] = j.value
            out[c + EVIDENCE_SUFFIX] = evidence_text(j, lang)
    return out


def grounds_csv(run: GroundsRun, lang: str = "nb") -> bytes:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(HEADERS), delimiter=";", lineterminator="\r\n")
    w.writeheader()
    for r in sorted(run.rows, key=lambda r: r.key or ""):
        # a key or file name starting with = + - @ is a formula to a spreadsheet: written with a «'» before it
        w.writerow({k: neutralise_formula(v) for k, v in row(r, lang).items()})
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


def write_grounds_csv(run: GroundsRun, out: str | Path, *, lang: str = "nb", overwrite: bool = False) -> Path:
    from audit.io import atomic_write_bytes

    return atomic_write_bytes(out, grounds_csv(run, lang), overwrite=overwrite)


def read_suggestions(path: str | Path) -> dict[str, dict[str, tuple[str, str]]]:
    """case key -> {ground column: (value "ja"/"nei"/"", evidence)} from a grounds table.

    Read with the project's loader (so any CSV/XLSX the loader accepts, with the same
    errors); only the key, the ground columns and their evidence columns are used.
    """
    import polars as pl

    from audit.inputs import load_file

    table = load_file(path, "kvp")
    frame = table.frame
    cols = [c for c in COLUMNS if c in frame.columns]
    bad = [i for i in table.issues if i.column in (KEY, *cols)]
    if bad:  # «kanskje» in a ground column: a suggestion a reviewer would never see, so the input is refused
        from audit.errors import InputError
        from audit.text import msg

        first = bad[0]
        raise InputError(first.text or first.message, file=first.file, row=first.row, column=first.column,
                         hint=msg("grounds.error.bad_suggestion_hint"))
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for rec in frame.select([KEY, *cols, *[pl.col(c + EVIDENCE_SUFFIX) for c in cols
                                           if c + EVIDENCE_SUFFIX in frame.columns]]).iter_rows(named=True):
        key = rec[KEY]
        if isinstance(key, str) and key.startswith("'") and starts_formula(key[1:]):
            key = key[1:]  # written with a «'» before a formula character (grounds_csv)
        out[key] = {
            c: ("" if rec[c] is None else ("ja" if rec[c] else "nei"), rec.get(c + EVIDENCE_SUFFIX) or "")
            for c in cols
        }
    return out


def same_number_keys(suggestions: dict[str, dict], keys) -> tuple[dict[str, dict], list[tuple[str, str]]]:
    """``suggestions`` with a key of digits that matches none of ``keys`` as written renamed to the one key of
    ``keys`` that is the same number written without (or with other) leading zeros: «Saksnr.: 04712» in a letter,
    4712 in a workbook's number cell (Excel drops the zero) — as ``run`` joins two inputs. Only where the number
    names exactly one such key on each side; also the pairs renamed, (workbook's key, suggestions' key)."""
    known = {str(k) for k in keys if k is not None}

    def by_number(items) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for k in items:
            if k.isascii() and k.isdigit():
                out.setdefault(k.lstrip("0") or "0", []).append(k)
        return out

    ours = by_number(k for k in suggestions if k not in known)
    theirs = by_number(k for k in known if k not in suggestions)
    pairs = sorted((theirs[n][0], ours[n][0]) for n in ours if len(ours[n]) == 1 and len(theirs.get(n, [])) == 1)
    renamed = dict(suggestions)
    for workbook_key, key in pairs:
        renamed[workbook_key] = renamed.pop(key)
    return renamed, pairs


__all__ = ["EVIDENCE_SUFFIX", "HEADERS", "KEY", "evidence_text", "grounds_csv", "read_suggestions", "row",
           "same_number_keys", "write_grounds_csv"]
