"""An identity number split over two columns of a row: a birth date column and a personal-number column.

The birth date (``010190``, ``01.01.90``, ``01.01.1990``, ``1990-01-01`` — an Excel date cell as the
reader gives it —, an Excel serial ``32874``, ``1. januar 1990``, ``1 Jan 1990``) in its six-digit form
followed by the five digits of the other column (also fullwidth, or with a blank between the digit groups:
``100 46``) is the number. Any two columns of an ordinary export make a valid number in about one row
of a hundred by chance, so a pair of columns stops the run (:func:`guard_split`) when

* the personal-number column's header names a personal number («personnr», «pnr», «personnummer»,
  «individnr», «personal number») and one row makes a valid number; or
* three rows or more make one and they are at least half of the rows where both columns have a value,
  or far more than chance gives: the Poisson bound ``e^-λ (eλ/k)^k`` on ``k`` hits among ``n`` rows
  (``λ = 3n/100``: each of the three forms below validates about one row in a hundred by chance; 1.5 %
  of random birth dates and five digits validate in one of them) is below 10⁻⁹, which needs about 7 %
  of a thousand rows; or
* the two columns stand side by side and every row where both have a value makes one, in a file where
  only one or two rows do (``FEW``): chance cannot be weighed on so few rows, and a one-row file with a
  five-digit column beside a birth date that happens to validate (about one in seventy) is rarer than a
  person's number split in two.

The birth date may be the person's real one while the number is a D-number (day + 40) or an H-number
(month + 40): each row is tried in the three forms (``OFFSETS``).

The first rows (``HEAD``) are judged first; the whole file only when they do not already show chance
(500 rows with both values and at most 3 % valid). A personal-number column is one where at least half
of the values (of the first rows looked at) are
exactly five digits; a value of one to four digits there is a personal number whose leading zeros a
spreadsheet dropped. A date with a four-digit year gives the century, which the individnummer must fit.
A column listed under ``pseudonymise`` is not paired. The message names the two columns and the first
row, never a value.
"""

from __future__ import annotations

import math
import re

import polars as pl

from audit.errors import InputError
from audit.identity_forms import century_fits_expr
from audit.privacy import INVISIBLE_PL, safe_value, valid_int_expr
from audit.table import ROW
from audit.text import msg

HEAD = 2000  # rows looked at to find the candidate columns
FEW = 2  # rows too few to weigh against chance: a pair of columns side by side valid in each of them stops
_PERSONAL = re.compile(r"(?:^|[^a-zæøå])(?:pers(?:on)?\.?\s*(?:nr|nummer|no)|pnr|individ\s*(?:nr|nummer)|"
                       r"personal\s*(?:number|no)|personnummer)(?:[^a-zæøå]|$)")


_WIDE_DIGITS = [chr(0xFF10 + i) for i in range(10)]  # fullwidth digits, as a word processor may give them


def _text(col: str) -> pl.Expr:
    s = pl.col(col).cast(pl.Utf8).str.replace_all(INVISIBLE_PL, "").str.strip_chars()
    return s.str.replace_many(_WIDE_DIGITS, [str(i) for i in range(10)]).str.replace(r"\.0$", "")


def _joined(col: str) -> pl.Expr:
    """The value's text, a blank between its digit groups dropped («100 46», «10 046»)."""
    s = _text(col)
    return pl.when(s.str.contains(r"^[0-9]{1,3}[ \u00a0\u202f][0-9]{2,4}$")).then(s.str.replace(r"[ \u00a0\u202f]", "")).otherwise(s)


def _personal_digits(col: str) -> pl.Expr:
    """The value as five digits (one to four: leading zeros put back; a blank between them dropped), or null."""
    s = _joined(col)
    return pl.when(s.str.contains(r"^[0-9]{1,5}$")).then(s.str.zfill(5))


# a month's name (bokmål, nynorsk, English), by its first three letters: «1. januar 1990», «1 Jan 1990»
_MONTHS = {m: i for i, names in enumerate(("jan", "feb", "mar mars", "apr", "mai may", "jun", "jul", "aug", "sep",
                                           "okt oct", "nov", "des dec"), start=1) for m in names.split()}


def _date6(col: str) -> tuple[pl.Expr, pl.Expr]:
    """(ddmmåå as an integer, the four-digit year or null) of a value that is a date, else null."""
    s = _text(col)
    dmy = s.str.extract_groups(r"^([0-9]{1,2})[./\- ]([0-9]{1,2})[./\- ]([0-9]{4}|[0-9]{2})$")
    ymd = s.str.extract_groups(r"^((?:18|19|20)[0-9]{2})-([0-9]{1,2})-([0-9]{1,2})(?:[ T][0-9:.]+)?$")
    six = s.str.extract_groups(r"^([0-9]{2})([0-9]{2})([0-9]{2})$")
    eight = s.str.extract_groups(r"^([0-9]{2})([0-9]{2})((?:18|19|20)[0-9]{2})$")
    named = s.str.to_lowercase().str.extract_groups(r"^([0-9]{1,2})\.? ?([a-zæøå]{3})[a-zæøå]*\.? ([0-9]{4})$")
    month = named.struct.field("2").replace_strict(_MONTHS, default=None, return_dtype=pl.Int64)
    serial = pl.when(s.str.contains(r"^[0-9]{5}$")).then(s.cast(pl.Int64, strict=False))
    serial_date = pl.date(1899, 12, 30) + pl.duration(days=pl.when(serial.is_between(10000, 73050)).then(serial))

    def parts(d: pl.Expr, m: pl.Expr, y: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
        d, m, y = (e.cast(pl.Int64, strict=False) for e in (d, m, y))
        return d * 10000 + m * 100 + y % 100, pl.when(y >= 1000).then(y)

    forms = [parts(dmy.struct.field("1"), dmy.struct.field("2"), dmy.struct.field("3")),
             parts(ymd.struct.field("3"), ymd.struct.field("2"), ymd.struct.field("1")),
             parts(six.struct.field("1"), six.struct.field("2"), six.struct.field("3")),
             parts(eight.struct.field("1"), eight.struct.field("2"), eight.struct.field("3")),
             parts(named.struct.field("1"), month, named.struct.field("3")),
             parts(serial_date.dt.day(), serial_date.dt.month(), serial_date.dt.year())]
    return pl.coalesce([f[0] for f in forms]), pl.coalesce([f[1] for f in forms])


# the birth date as a fødselsnummer, a D-number (day + 40) and an H-number (month + 40) write it (ddmmåå)
OFFSETS = (0, 400000, 4000)


def _beyond_chance(hits: int, pairs: int) -> bool:
    if hits < 3:
        return False
    if 2 * hits >= pairs:
        return True
    lam = pairs * len(OFFSETS) / 100  # each form validates about one row in a hundred by chance
    return hits > lam and -lam + hits * (1 + math.log(lam) - math.log(hits)) < math.log(1e-9)


def split_columns(frame: pl.DataFrame, columns: list[str]) -> tuple[str, str, int, int, int | None] | None:
    """The first (date column, personal-number column, hits, rows with both, first row) that stops the run."""
    if frame.height == 0 or len(columns) < 2:
        return None
    head = frame.head(HEAD)
    filled = head.select([_text(h).replace("", None).is_not_null().sum().alias(h) for h in columns]).row(0, named=True)
    five = head.select([_joined(h).str.contains(r"^[0-9]{5}$").sum().alias(h) for h in columns]).row(0, named=True)
    personal = [h for h in columns if filled[h] and 2 * five[h] >= filled[h]]
    if not personal:
        return None
    dated = head.select([_date6(h)[0].is_not_null().sum().alias(h) for h in columns]).row(0, named=True)
    dates = [h for h in columns if filled[h] and 2 * dated[h] >= filled[h]]
    pairs = [(d, p) for p in personal for d in dates if d != p]
    if not pairs:
        return None
    named = {p for p in personal if _PERSONAL.search(p.casefold())}
    order = [c for c in frame.columns if c != ROW]
    beside = {(d, p) for d, p in pairs if abs(order.index(d) - order.index(p)) == 1}
    first = _hits(head, pairs, dates, personal)
    found = _judge(first, named, beside)
    # the whole file only for the pairs whose first rows do not already show chance (a real split makes a
    # valid number in most rows, wherever they stand): a million rows cost seconds
    again = [pair for pair, (k, n, _r) in first.items() if n < 500 or 100 * k > 3 * len(OFFSETS) * n]
    if found is None and again and frame.height > head.height:
        found = _judge(_hits(frame, again, dates, personal), named, beside)
    return found


def _judge(hits: dict, named: set[str], beside: set[tuple[str, str]]) -> tuple[str, str, int, int, int | None] | None:
    for (d, p), (k, n, r) in hits.items():
        if (p in named and k >= 1) or _beyond_chance(k, n) or ((d, p) in beside and 1 <= k == n <= FEW):
            return d, p, k, n, r
    return None


def _hits(frame: pl.DataFrame, pairs: list[tuple[str, str]], dates: list[str],
          personal: list[str]) -> dict[tuple[str, str], tuple[int, int, int | None]]:
    """Per pair (date column, personal-number column): (rows making a valid number, rows where both
    columns have a value, the first such row). One pass over the frame for every pair; the number's
    validity and the century rule are the detector's own (:func:`audit.privacy.valid_int_expr`,
    :func:`audit.identity_forms.century_fits_expr`)."""
    used_d = sorted({d for d, _ in pairs}, key=dates.index)
    used_p = sorted({p for _, p in pairs}, key=personal.index)
    # the parsed values first, as columns: the validity expression repeats its number a dozen times, and a
    # date's parse written into it each time made one row cost seconds
    parts = []
    for i, d in enumerate(used_d):
        six, year = _date6(d)
        parts += [six.alias(f"s{i}"), year.alias(f"y{i}")]
    parts += [_personal_digits(p).cast(pl.Int64, strict=False).alias(f"p{j}") for j, p in enumerate(used_p)]
    parts.append((pl.col(ROW) if ROW in frame.columns else pl.lit(None, dtype=pl.Int64)).alias("row"))
    frame = frame.select(parts)
    row = pl.col("row")
    exprs = []
    for i, (d, p) in enumerate(pairs):
        six, year = pl.col(f"s{used_d.index(d)}"), pl.col(f"y{used_d.index(d)}")
        n = pl.col(f"p{used_p.index(p)}")
        both = six.is_not_null() & n.is_not_null()
        # the person's real birth date: a D-number adds 40 to its day, an H-number 40 to its month
        number = pl.any_horizontal([valid_int_expr((six + offset) * 100000 + n) for offset in OFFSETS])
        valid = both & number & century_fits_expr(year, n // 100)
        exprs += [valid.sum().alias(f"k{i}"), both.sum().alias(f"n{i}"), row.filter(valid).first().alias(f"r{i}")]
    got = frame.select(exprs).row(0, named=True)
    return {pair: (int(got[f"k{i}"]), int(got[f"n{i}"]), None if got[f"r{i}"] is None else int(got[f"r{i}"]))
            for i, pair in enumerate(pairs)}


def guard_split(frame: pl.DataFrame, columns: list[str], *, file: str | None) -> None:
    """Stop (exit 2) when two of ``columns`` hold identity numbers split over them (see the module doc)."""
    found = split_columns(frame, columns)
    if found:
        d, p, k, n, row = found
        raise InputError(msg("error.identity.split", date=safe_value(d, 80), number=safe_value(p, 80), count=k, rows=n),
                         file=file, row=row,
                         hint=msg("error.identity.split_hint", column=p))
