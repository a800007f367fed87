"""Read a KOSTRA 11CF / 11F file into a canonical ``kvp`` / ``stonad`` table.

Decisions (where the spec leaves a choice; see also docs/kostra.md):

* **Encoding**: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else
  cp1252 (latin-1 for the few bytes cp1252 leaves undefined). Positions count
  characters, so ``ø`` is one position in either encoding. ``\\r`` line ends are
  stripped; lines holding only blanks are skipped (line numbers still count them).
* **Form** from the record length (11CF 136/152, 11F 324/338 characters): the length
  most lines have decides. A ``form`` option must agree with it.
* **Reporting year** from ``VERSION`` (2-digit, the value most records have). A
  ``year`` option that contradicts ``VERSION`` stops the run (InputError, exit 2):
  one of the two is wrong and the layout decides every field, so guessing could
  audit garbage. A record whose own ``VERSION`` names another supported year and has
  that year's record length — or less, its trailing blanks stripped (missing trailing
  positions are blanks, below) — is read with that year's layout (a note says so);
  other records whose ``VERSION`` differs are read with the file's layout and get an
  input issue. Without a usable ``VERSION`` the
  record length decides when it fits one year only (2024), else the year must be given.
* **Wrong record length**: the line is read, not skipped, and gets one issue naming
  the first field that does not fit. Missing trailing positions are read as blanks
  (editors strip trailing blanks); positions beyond the record length are ignored.
  Every field is then validated as in any other line.
* **6-digit dates** (2024) get the century that puts them in the hundred years
  ending ten years after the reporting year (2024: ``00``–``34`` → 2000–2034,
  ``35``–``99`` → 1935–1999). Birth dates in 2024 come from the identity number's
  own century rule instead (:mod:`audit.kostra.identity`).
* **Mandatory fields** left blank get an issue ("mangler verdi") but stay empty, not
  unreadable: blank is what the file says.

``PERSON_FODSELSNR`` (and ``PERSON_DUF`` in 11F) is replaced by a keyed pseudonym,
``person_pseudonym``, inside the per-line function that reads it: the number is
never stored in the frame, an issue, an exception message or a repr.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections import Counter
from pathlib import Path

import polars as pl

from audit.datasets import get_dataset
from audit.errors import InputError
from audit.kostra.identity import birth_date_from_identity
from audit.kostra.layout import Layout
from audit.kostra.columns import FrameBuilder
from audit.kostra.own_digits import OwnDigits
from audit.privacy import contains_identity_number, is_identity_number, safe_value
from audit.pseudonym import Pseudonymiser
from audit.table import FILE, ROW, InputIssue, LoadedTable, SourceInfo, bad_column
from audit.text import Msg, msg

from audit.kostra.files import (
    IDENTITY_FIELDS, DATASET_OF_FORM, LAYOUTS, LENGTHS, SUPPORTED_YEARS, ascii_digits, choose_layout, decode,
    record_length_of, shortened_length, split_lines, starts_like_record,
)
from audit.kostra.records import (
    KVP_SOURCES, STONAD_FIELDS, kvp_row, RecordLine, read_fields, message_value, stonad_row,
)

# Never carried into the frame: identity numbers, and the birth date (-> birth_date).
_NOT_CARRIED = {"PERSON_FODSELSNR", "PERSON_DUF", "FODSELSDATO"}
PSEUDONYM_COLUMN = "person_pseudonym"

# --------------------------------------------------------------------------------------
# The reader
# --------------------------------------------------------------------------------------


def _secrets(lay: Layout, line: str) -> tuple[str, ...]:
    """Identity numbers of a line, for masking: what its identity fields hold and, in a
    line of the wrong length (fields may be shifted), any valid one anywhere in it."""
    found = [lay.field(name).cut(line).strip() for name in IDENTITY_FIELDS if lay.has(name)]
    if len(line) != lay.record_length:
        found += [m for m in re.findall(r"(?=([0-9]{11}))", line) if is_identity_number(m)]
    return tuple(s for s in found if len(s) >= 6)


def _identity(lay: Layout, line: str, p: Pseudonymiser, rec: RecordLine
              ) -> tuple[str | None, tuple[dt.date | None, bool], dt.date | None]:
    """Pseudonym, (birth date, unreadable) and the birth date the identity number holds, for one
    line; identity issues go to ``rec``.

    The only place the identity number is looked at; nothing of it is returned.
    """
    fnr = lay.field("PERSON_FODSELSNR").cut(line).strip()
    duf = lay.field("PERSON_DUF").cut(line).strip() if lay.has("PERSON_DUF") else ""
    pseudonym = p.pseudonym(fnr) if fnr else p.pseudonym(duf)
    valid = bool(fnr) and is_identity_number(fnr)
    derived = birth_date_from_identity(fnr) if valid else None
    if fnr and not valid:
        rec.issues.append(("PERSON_FODSELSNR", msg("error.kostra.issue.identity_invalid")))
    elif valid and derived is None:
        rec.issues.append(("PERSON_FODSELSNR", msg("error.kostra.issue.birth_date")))
    # 2025-: FODSELSDATO; blank there (or 2024, which has none): from the identity number.
    if "FODSELSDATO" in rec.bad:
        birth = (None, True)
    elif rec.values.get("FODSELSDATO") is not None:
        birth = (rec.values["FODSELSDATO"], False)
    else:
        birth = (derived, bool(fnr) and derived is None)
    return pseudonym, birth, derived


def _identity_in_place(lay: Layout, line: str) -> bool:
    """The identity field holds a valid identity number where the layout puts it."""
    return any(is_identity_number(lay.field(name).cut(line).strip()) for name in IDENTITY_FIELDS if lay.has(name))


def _length_issue(lay: Layout, line: str) -> tuple[str, Msg] | None:
    n, expected = len(line), lay.record_length
    if n == expected:
        return None
    if n < expected:
        first = next(f for f in lay.fields if f.end > n)
        return first.name, msg("error.kostra.issue.short", length=n, expected=expected)
    return lay.fields[-1].name, msg("error.kostra.issue.long", length=n, expected=expected)


def read_kostra(path: str | os.PathLike, *, form: str | None = None, year: int | None = None,
                pseudonymiser: Pseudonymiser | None = None, name: str | None = None) -> LoadedTable:
    """Read a KOSTRA 11CF (-> ``kvp``) or 11F (-> ``stonad``) file.

    ``form`` and ``year`` are detected when not given (see the module docstring);
    ``pseudonymiser`` defaults to :meth:`Pseudonymiser.from_environment`; ``name`` is
    the file name as the user gave it (default: ``path``).
    """
    display = name or str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(msg("error.kostra.not_found"), file=display) from None
    except IsADirectoryError:
        raise InputError(msg("error.kostra.is_folder"), file=display) from None
    except OSError as exc:
        raise InputError(msg("error.kostra.unreadable", reason=exc.strerror), file=display) from None
    sha256 = hashlib.sha256(data).hexdigest()
    text, encoding = decode(data)
    del data
    records = split_lines(text)
    del text
    if not records:
        raise InputError(msg("kostra.error.empty"), file=display)
    lay, notes = choose_layout(display, records, form, year)
    notes_out = list(notes)
    if pseudonymiser is None:
        pseudonymiser = Pseudonymiser.from_environment()
    if pseudonymiser.note:
        notes_out.append(pseudonymiser.note)
    dataset = get_dataset(DATASET_OF_FORM[lay.form])
    version = f"{lay.year % 100:02d}"
    make_row = kvp_row if lay.form == "11CF" else stonad_row
    extras = [f.name for f in lay.fields if f.name not in _NOT_CARRIED]

    builder = FrameBuilder(dataset, PSEUDONYM_COLUMN)
    issues: list[InputIssue] = []
    own_layout: list[tuple[int, int]] = []  # (line, year) read with the layout of their own VERSION
    for row_no, line in records:
        line_lay, line_version = _own_layout(lay, line), version
        if line_lay is not lay:
            own_layout.append((row_no, line_lay.year))
            line_version = f"{line_lay.year % 100:02d}"
        try:
            row, bad_cols, line_issues, extra_over = _read_line(line_lay, row_no, line, pseudonymiser, make_row,
                                                                line_version, extras, line_lay is not lay)
        except Exception as exc:  # noqa: BLE001 - never let the line (an identity number) into a message
            raise RuntimeError(
                f"intern feil ved lesing av {display}, linje {row_no} ({type(exc).__name__})"
            ) from None
        builder.add(row_no, row, bad_cols, extra_over)
        issues.extend(InputIssue(display, row_no, col, text.render("nb"), text) for col, text in line_issues)

    canonical = builder.canonical()
    _check_keys(display, dataset.key, canonical, builder.rows, issues)
    lines = pl.Series([line for _, line in records], dtype=pl.Utf8)
    del records
    frame = builder.frame(canonical, lay, lines, extras, display)
    del lines, canonical
    notes_out.insert(0, msg("error.kostra.note.read", file=display, form=lay.form, year=lay.year, records=frame.height,
                            encoding=encoding))
    if own_layout:
        notes_out.insert(1, msg("kostra.note.own_layout", file=display, count=len(own_layout), year=lay.year,
                                years=", ".join(sorted({str(y) for _, y in own_layout})),
                                lines=", ".join(str(n) for n, _ in own_layout[:10])))
    source = SourceInfo(
        path=display, sha256=sha256, rows=frame.height, format="kostra",
        details={"kostra_form": lay.form, "kostra_year": lay.year},
        headers={c: f for c, f in ({c: f[0] for c, f in KVP_SOURCES.items()} if lay.form == "11CF" else STONAD_FIELDS).items()
                 if c in frame.columns},  # the record field a canonical column is read from, for messages
    )
    return LoadedTable(dataset=dataset.name, frame=frame, issues=issues, sources=[source], notes=notes_out)


def _own_layout(lay: Layout, line: str) -> Layout:
    """The file's layout, or for a record whose VERSION names another supported year and whose length
    is that year's record length or less (trailing blanks stripped by an editor), that year's layout
    (case-data.md: the reporting year decides the layout). A record of the file's own length keeps the
    file's layout (its VERSION is the likelier typing error), and so does anything else; the record
    gets its issues."""
    v = line[4:6]
    if len(line) == lay.record_length or not ascii_digits(v) or int(v) == lay.year % 100:
        return lay
    other = LAYOUTS.get((lay.form, 2000 + int(v)))
    return other if other is not None and len(line) <= other.record_length else lay


def _check_keys(display: str, key: str, frame: pl.DataFrame, numbers: list[int],
                issues: list[InputIssue]) -> None:
    """Every record needs a journal number, and a different one (as for any input): the first
    record, in file order, without one or repeating an earlier one stops the run."""
    col = frame.get_column(key)
    missing = col.is_null()
    repeated = ~missing & ~col.is_first_distinct()
    problems = (missing | repeated).arg_true()
    if problems.is_empty():
        return
    i = problems[0]
    n = numbers[i]
    if missing[i]:
        why = next((x.text or x.message for x in issues if x.row == n and x.column == "PERSON_JOURNALNR"), None)
        raise InputError(
            msg("error.kostra.journal_unreadable", why=why) if why else msg("error.kostra.journal_missing"),
            file=display, row=n, column="PERSON_JOURNALNR", hint=msg("error.kostra.journal_missing_hint"),
        )
    value = col[i]
    first = numbers[(col == value).arg_true()[0]]
    raise InputError(
        msg("error.kostra.journal_duplicate", first=first, second=n), file=display, row=n,
        column="PERSON_JOURNALNR", value=value, hint=msg("error.kostra.journal_duplicate_hint"),
    )


def _read_line(lay: Layout, row_no: int, line: str, p: Pseudonymiser, make_row, version: str,
               extras: list[str], own_layout: bool = False
               ) -> tuple[dict, set, list[tuple[str, Msg]], dict[str, str | None]]:
    """The canonical row (with the pseudonym), its unreadable columns, its issues, and the carried
    fields whose value is not what the file's layout cuts from the line (all of them for a line read
    with its own year's layout: :mod:`audit.kostra.columns` cuts the rest)."""
    secrets = _secrets(lay, line)
    length_problem = _length_issue(lay, line)
    fitted = line[: lay.record_length].ljust(lay.record_length)
    rec = read_fields(lay, row_no, fitted, secrets)
    pseudonym, birth, derived = _identity(lay, fitted, p, rec)
    v = rec.raw.get("VERSION")
    if v and v != version:
        rec.issues.append(("VERSION", msg("error.kostra.issue.version", value=message_value(v, secrets), year=lay.year)))
    rec.issues.sort(key=lambda item: lay.field(item[0]).start)
    if length_problem:
        rec.issues.insert(0, length_problem)
    if "\t" in line:  # an editor's tab for blanks: the fields after it are shifted
        pos = line.index("\t") + 1
        at = next((f for f in lay.fields if f.start <= pos <= f.end), lay.fields[-1])
        rec.issues.insert(0, (at.name, msg("error.kostra.issue.tab", position=pos)))
    row, bad_cols = make_row(lay, rec, birth)
    row[PSEUDONYM_COLUMN] = pseudonym
    carried = {e: rec.raw.get(e) for e in extras}
    over: dict[str, str | None] = dict(carried) if own_layout else {}
    own = OwnDigits.of(secrets, (rec.values.get("FODSELSDATO"), derived))
    journal, key = rec.raw.get("PERSON_JOURNALNR"), None
    holds = own.in_key(journal) or (length_problem is not None and isinstance(journal, str)
                                    and message_value(journal, secrets) != safe_value(journal))
    if holds and (not length_problem or _identity_in_place(lay, fitted)):
        # the fnr, a part of it or the birth date typed as the journal number: the key becomes a keyed
        # pseudonym of it, the same in every output (results.json, workbook, review sheet, history).
        # In a line of the wrong length whose identity number stands in its place the journal number is
        # what the file says: a window over it and the fnr beside it can be a valid number by chance
        # (about 1 line in 100), which stopped the run. Elsewhere (shifted) it is dropped below: no key.
        key = p.pseudonym(journal)
        for column in ("case_id", "application_id"):
            if row.get(column) is not None:
                row[column] = key
        if carried.get("PERSON_JOURNALNR") is not None:
            over["PERSON_JOURNALNR"] = key
        rec.issues.append(("PERSON_JOURNALNR", msg("kostra.issue.journal_pseudonym")))
    # drop other text holding a part of the person (a shifted line's fields: the journal number too); a
    # whole identity number in a line of the right length is left to the identity guard, which stops the run
    def holds_person(value) -> bool:
        if not isinstance(value, str) or value == key:
            return False
        if length_problem:
            return message_value(value, secrets) != safe_value(value) or own.in_text(value)
        return own.in_text(value) and not contains_identity_number(value)

    for column, value in list(row.items()):
        if column != PSEUDONYM_COLUMN and holds_person(value):
            row[column] = None
            if column in _TEXT_COLUMNS:
                bad_cols.add(column)
                rec.issues.append((SOURCE_OF.get(column, column), msg("error.kostra.issue.identity_part")))
    for column, value in carried.items():
        if holds_person(value) and not (column == "PERSON_JOURNALNR" and key is not None):
            over[column] = None
    return row, bad_cols, rec.issues, over


_TEXT_COLUMNS = {"case_id", "application_id", "municipality", "office", "caseworker"}
SOURCE_OF = {"case_id": "PERSON_JOURNALNR", "application_id": "PERSON_JOURNALNR", "municipality": "KOMMUNE_NR",
              "office": "BYDELSNR", "caseworker": "SAKSBEHANDLER"}


def sniff_kostra(path: str | os.PathLike) -> tuple[str, int | None] | None:
    """(form, year or None) if the file looks like a KOSTRA 11CF/11F file, else None.

    Reads at most 64 KiB: cheap enough for a loader to call on any text file.
    """
    limit = 1 << 16
    try:
        with open(path, "rb") as fh:
            head = fh.read(limit + 1)
    except OSError:
        return None
    text, _ = decode(head[:limit])
    lines = split_lines(text)
    if len(head) > limit:
        lines = lines[:-1]  # possibly cut
    if not lines:
        return None
    length, count = Counter(record_length_of(line) for _, line in lines).most_common(1)[0]
    if not any(record_length_of(line) in LENGTHS for _, line in lines):
        # every line lost its trailing blanks: a KOSTRA file only if every line starts as a record does
        # (KOMMUNE_NR, then a VERSION naming a supported year), so no other text file is taken for one
        if all(starts_like_record(line) and 2000 + int(line[4:6]) in SUPPORTED_YEARS
               for _, line in lines) and (short := shortened_length(lines)) is not None:
            form, years = LENGTHS[short]
            year = 2000 + int(Counter(line[4:6] for _, line in lines).most_common(1)[0][0])
            return form, year if year in years else None
        return None
    if length not in LENGTHS or count * 2 < len(lines):
        return None
    fitting = [line for _, line in lines if record_length_of(line) == length]
    if sum(1 for line in fitting if ascii_digits(line[:4])) * 2 < len(fitting):  # KOMMUNE_NR
        return None
    form, years = LENGTHS[length]
    v = Counter(line[4:6] for line in fitting).most_common(1)[0][0]
    year = 2000 + int(v) if ascii_digits(v) else None
    if year in years:
        return form, year
    return form, (years[0] if len(years) == 1 else None)
