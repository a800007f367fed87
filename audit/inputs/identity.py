"""The identity guard: a column holding Norwegian identity numbers stops the run (exit 2).

Detection is :mod:`audit.privacy`'s one detector; this module decides what stops a
run and words the message (column, row, count — never a value).

* Names (file names, sheet names, headers, mapping keys): any identity number in any
  written form stops at once (:func:`check_name`).
* Columns (:func:`guard_columns`): a column stops the run when one of its values holds an
  11-digit identity number in any written form (plain, with separators, inside text).
  Values that are exactly 10 digits and valid with the leading zero a spreadsheet dropped
  are weighed against chance (about 0.3 % of random 10-digit ids pass): the column stops
  when at least half of its 10-digit values pass, or when two or more pass and they are
  over 2 % of them. In a column not stopped, every value that holds such a number is masked
  before anything reads it (:func:`mask_chance`): it never reaches an output.
* Two columns of a row (a birth date and the five digits of the personal number) that make a valid
  number in many rows, or in one when the header names a personal number, stop it too
  (:mod:`audit.inputs.identity_split`).
* Raw tables are guarded before the mapping (:func:`identity_guard`), canonical text
  columns again after it (mapping ``values`` can write text), KOSTRA fields other than the
  fnr field after reading. Columns the mapping lists under ``pseudonymise`` are skipped.
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from audit.errors import InputError
from audit.inputs.identity_split import guard_split
from audit.inputs.raw import RawTable
from audit.privacy import (LABELLED_PL, MASK, SCIENTIFIC_PL, contains_identity_number, contains_identity_series,
                           identity_number_expr, identity_text_expr, redact, safe_value)
from audit.table import ROW
from audit.text import Msg, msg


# a value holding at least ten digits, anywhere in it, or a float that may be one (audit.privacy)
TEN_DIGITS = r"(?:[0-9][^0-9]*){10}|" + SCIENTIFIC_PL + "|" + LABELLED_PL


def check_name(text: object, what: Msg | str, *, file: str | None = None) -> None:
    """Stop when a name (``what``: «filnavnet», «arknavnet», «overskriften i kolonne 3») holds an identity number."""
    if text is not None and contains_identity_number(str(text)):
        raise InputError(msg("inputs.identity.name", what=what), file=file, hint=msg("inputs.identity.name_hint"))


def _count(frame: pl.DataFrame, h: str) -> tuple[int, int, int | None, int, pl.Series]:
    """(hits of 11-digit forms, hits of 10-digit zero-dropped values, first row, 10-digit values, and per row
    whether the value holds a zero-dropped number anywhere: what is masked when the column is not stopped)."""
    col = frame[h]
    every = contains_identity_series(col, zero_dropped=True)  # one pass over the column; 11 digits among these
    hit = every.clone()
    if every.any():
        idx = every.arg_true()
        hit = hit.scatter(idx, contains_identity_series(col.gather(idx), zero_dropped=False))
    n11 = int(hit.sum())
    first = None
    if n11:
        first = int(frame.filter(hit)[ROW][0]) if ROW in frame.columns else None
        return n11, 0, first, 0, every
    t10 = frame.select(identity_text_expr(pl.col(h)).alias("t")).to_series()
    ten = t10.str.len_chars() == 10
    n10 = int(ten.sum() or 0)
    if not n10:
        return 0, 0, None, 0, every
    valid = pl.DataFrame({"t": t10}).select(identity_number_expr(pl.col("t"))).to_series() & ten.fill_null(False)
    nz = int(valid.sum())
    if nz and ROW in frame.columns:
        first = int(frame.filter(valid)[ROW][0])
    return 0, nz, first, n10, (every | valid).fill_null(False)


def guard_columns(frame: pl.DataFrame, columns: list[str], *, file: str | None, pseudonymise_hint: bool = True,
                  hint: str | None = None, distinct: Mapping[str, pl.Series] | None = None) -> dict[str, pl.Series]:
    """Stop when one of ``columns`` (text) holds identity numbers; names column, first row and count.

    Returns, per column that is not stopped but holds zero-dropped numbers the guard weighed as chance (one
    valid 10-digit value among hundreds of random ids), which rows hold one: :func:`mask_chance` masks them.

    ``hint`` is a catalogue key whose text may name the ``{column}``. ``distinct``: per column,
    its distinct texts (audit.inputs.distinct.encode), which the first pass looks at instead of
    every row (a value holds ten digits or not whichever row it stands in); a column they flag
    is counted row by row as any other."""
    if frame.height == 0:
        return {}
    schema = frame.schema  # once: it is rebuilt on every access (slow for 100 000 columns)
    kinds = (pl.Utf8, pl.Int64, pl.Int32, pl.UInt64, pl.Float64, pl.Categorical)
    cols = [h for h in columns if h in schema and schema[h] in kinds]
    if not cols:
        return {}
    # Cheap pass first: only columns with ten digits in some value get a closer look. One regex
    # match per value (a DFA, linear in the text) rather than counting every digit as a match.
    distinct = distinct or {}
    every_row = [h for h in cols if h not in distinct]
    ten_digits = frame.lazy().select([pl.col(h).cast(pl.Utf8).str.contains(TEN_DIGITS).any().alias(h)
                                      for h in every_row]).collect().row(0, named=True) if every_row else {}
    for h in cols:
        if h in distinct:
            ten_digits[h] = bool(distinct[h].cast(pl.Utf8).str.contains(TEN_DIGITS).any())
    chance: dict[str, pl.Series] = {}
    for h in [h for h in cols if ten_digits[h]]:
        n11, nz, first, n10, every = _count(frame, h)
        stop = n11 > 0 or (nz > 0 and (2 * nz >= n10 or (nz >= 2 and 50 * nz > n10)))
        if not stop:
            if every.any():
                chance[h] = every
            continue
        n_all = n11 + nz
        n = frame.select(pl.col(h).cast(pl.Utf8).str.strip_chars().replace("", None).is_not_null().sum()).item()
        raise InputError(
            msg("error.identity.column", count=n_all, values=n),
            file=file,
            row=first,
            column=h,
            hint=msg(hint, column=h) if hint else (msg("error.identity.column_hint", column=h)
                                                   if pseudonymise_hint else msg("inputs.identity.column_hint")),
        )
    return chance


def identity_guard(raw: RawTable, skip: set[str], *, hint: str | None = None,
                   distinct: Mapping[str, pl.Series] | None = None) -> list[str]:
    """Stop when a header or a column of a raw table holds identity numbers (see the module doc);
    ``distinct`` as for :func:`guard_columns`. Values the guard weighed as chance are masked in
    ``raw.frame`` (:func:`mask_chance`); returns the columns changed."""
    position = header_with_number(raw.headers)
    if position:
        raise InputError(msg("error.identity.header", position=position), file=raw.path, row=1,
                         hint=msg("error.identity.header_hint"))
    columns = [h for h in raw.headers if h not in skip]
    chance = guard_columns(raw.frame, columns, file=raw.path, hint=hint, distinct=distinct)
    guard_split(raw.frame, columns, file=raw.path)
    return mask_chance(raw, chance)


def header_with_number(headers: list[str]) -> int | None:
    """The position (from 1) of the first header that holds an identity number, or of the first of two
    headers side by side that hold one between them («Fødselsnummer 010190» and «10046»: a merged header
    cell's text spread over two columns, a number typed over two cells), or None."""
    texts = ["" if h is None else str(h) for h in headers]
    for i, h in enumerate(texts, start=1):
        if contains_identity_number(h):
            return i
    digits = [any(c.isdigit() for c in h) for h in texts]
    for i in range(1, len(texts)):
        if digits[i - 1] and digits[i] and contains_identity_number(texts[i - 1] + " " + texts[i]):
            return i
    return None


def mask_chance(raw: RawTable, chance: Mapping[str, pl.Series]) -> list[str]:
    """Mask the values that hold a number the column guard let pass as chance (a 10-digit value valid with
    the leading zero a spreadsheet dropped, among hundreds of random ids that validate one in a few hundred).

    The column is ordinary ids, but the value may still be a person's number: it never reaches an output.
    The number becomes ``•••••••••••``; a value that was the number alone (a key) becomes
    ``••••••••••• #<row>`` (the export's row), so keys stay distinct and the case can be found in the export.
    A note names the file, the column and the rows, never the value."""
    changed = []
    for h, hits in chance.items():
        idx = hits.arg_true()
        values = raw.frame[h].cast(pl.Utf8)
        rows = raw.frame[ROW].gather(idx).to_list() if ROW in raw.frame.columns else [None] * len(idx)
        masked = []
        for v, r in zip(values.gather(idx).to_list(), rows):
            m = redact(v) if v is not None else v
            if m is not None and m.strip() == MASK and r is not None:
                m = f"{MASK} #{r}"
            masked.append(m)
        raw.frame = raw.frame.with_columns(values.scatter(idx, pl.Series(masked, dtype=pl.Utf8)).alias(h))
        shown = ", ".join(str(r) for r in rows[:10] if r is not None) + (" …" if len(rows) > 10 else "")
        raw.notes.append(msg("inputs.identity.masked" + (".one" if len(rows) == 1 else ""), file=raw.path,
                             column=safe_value(h, 80), count=len(rows), rows=shown))
        changed.append(h)
    return changed
