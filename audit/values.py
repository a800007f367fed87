"""Reading single values: dates, booleans, numbers and category codes (docs/input.md).

Every parser takes a polars string expression (already trimmed, empty -> null) and
returns the typed expression. A value is *unreadable* when the raw text is not null but
the parsed value is; :func:`parse_column` returns both so the loader can report
unreadable values as input issues instead of treating them as empty.
"""

from __future__ import annotations

import datetime as dt
import re

from dataclasses import dataclass

import polars as pl

from audit.datasets import BOOL, CATEGORY, DATE, INT, NUM, TEXT

TRUE_WORDS = ("true", "ja", "yes", "1", "x")
FALSE_WORDS = ("false", "nei", "no", "0")
# Exactly the spec's words, in any letter case; blank = empty (unknown). Other words
# (e.g. "J"/"N") are unreadable unless the mapping's ``values`` names them.

EXCEL_EPOCH = pl.date(1899, 12, 30)  # Excel's day 0 (with its 1900 leap-year bug folded in)
# Only 5-digit serial numbers, 10000..99999 (18.05.1927..13.10.2173), are taken as dates: a
# 4-digit number in a date column is far more likely a year ("2025") than a date in 1902..1927.
_SERIAL = r"^[0-9]{5}(\.0+)?$"
_TIME = r"(?:[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)?"
_ISO = r"^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2})" + _TIME + "$"
# A time of day after a date in a mapping's own date_format (which then needs none): 10:15, 10:15:00.000, 12:00:00 AM
_TIME_TAIL = r"[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?: ?[AaPp]\.?[Mm]\.?)?$"
_HAS_TIME = re.compile(r"%[HIMSpTRXc]")
_NORWEGIAN = r"^([0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4})" + _TIME + "$"
# ISO 8601 with a time zone (2025-03-03T10:00:00Z, …+02:00): the calendar date in Norway, as a Parquet
# timestamp with a time zone is read (audit/inputs/parquet.py).
_ISO_ZONED = (r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})[ T]([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:\.[0-9]+)?)?"
              r" ?(Z|[+-][0-9]{2}:?[0-9]{2})$")
# Dates with the month as a word (docs/input.md): «1. mars 2025», «01.mar.2025», «1. Mar. 2025», «01-MAR-2025»,
# «1 March 2025» (day first) and «Mar 1, 2025», «March 1st 2025» (month first), in bokmål, nynorsk or English,
# full or abbreviated, with or without a dot, in any letter case; a four-digit year only. A word that is not one
# of these month names is no date (an input issue, as any other unreadable date).
MONTHS = {
    **{name: i for i, name in enumerate(("januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
                                          "september", "oktober", "november", "desember"), start=1)},
    **{name: i for i, name in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                          "september", "october", "november", "december"), start=1)},
    **{name: i for i, name in enumerate(("jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov",
                                          "des"), start=1)},
    "may": 5, "oct": 10, "dec": 12, "sept": 9,
}
_WORD = r"([^\W\d_]{3,9})"
_MONTH_DAY_FIRST = r"^([0-9]{1,2})[ \-.]+" + _WORD + r"[ \-.]+([0-9]{4})" + _TIME + "$"
_MONTH_FIRST = r"^" + _WORD + r"(?:\.? +|\.)([0-9]{1,2})(?:st|nd|rd|th)?,? +([0-9]{4})" + _TIME + "$"
# Dates outside these years are typing errors or placeholders (0001-01-01, 9999-12-31):
# they cannot be read. They would otherwise overflow month arithmetic and working-day counts.
MIN_YEAR, MAX_YEAR = 1900, 2199


def clean_text(expr: pl.Expr) -> pl.Expr:
    """Trim white space (incl. no-break space); empty text becomes null.

    Invisible format characters (Unicode category Cf: zero-width space, soft hyphen, word joiner,
    a stray BOM, direction marks) are left out and every kind of space (no-break, narrow, figure
    space) is a space: «Ja\u200b» is the «Ja» the user sees. The identity guard, which sees the
    raw text first, ignores them too (audit.privacy), so they never hide an identity number.
    """
    t = expr.cast(pl.Utf8)
    t = pl.when(t.str.contains(r"[^\x00-\x7F]")).then(
        t.str.replace_all(r"\p{Cf}", "").str.replace_all(r"\p{Zs}", " ")).otherwise(t).str.strip_chars()
    return t.replace("", None)


def _in_range(d: pl.Expr) -> pl.Expr:
    return pl.when(d.dt.year().is_between(MIN_YEAR, MAX_YEAR)).then(d)


def parse_date(expr: pl.Expr, date_format: str | None = None, *, zoned: bool = True,
               epoch: dt.date | None = None) -> pl.Expr:
    """ISO (yyyy-mm-dd), dd.mm.yyyy (d.m.yyyy), either with a time of day, or Excel serial numbers
    (days after ``epoch``, the workbook's day 0: 1899-12-30 unless it uses the 1904 date system).

    Forms may be mixed in one column. A mapping's ``date_format`` (strftime) is tried
    first. Two-digit years, other separators and years outside 1900..2199 cannot be
    read (null): a two-digit year is ambiguous for birth dates, so it needs an explicit
    ``date_format`` such as ``%d.%m.%y``.
    """
    s = expr
    candidates = []
    if date_format:
        candidates.append(s.str.strptime(pl.Date, date_format, strict=False))
        if not _HAS_TIME.search(date_format):  # «12/1/2025 12:00:00 AM» with «%m/%d/%Y»: the time of day is dropped
            candidates.append(s.str.replace(_TIME_TAIL, "").str.strptime(pl.Date, date_format, strict=False))
    candidates += [
        s.str.extract(_ISO, 1).str.strptime(pl.Date, "%Y-%m-%d", strict=False),
        s.str.extract(_NORWEGIAN, 1).str.strptime(pl.Date, "%d.%m.%Y", strict=False),
        pl.when(s.str.contains(_SERIAL)).then(
            (EXCEL_EPOCH if epoch is None else pl.lit(epoch, dtype=pl.Date))
            + pl.duration(days=s.str.replace(r"\.0+$", "").cast(pl.Int64, strict=False))
        ),
    ]
    candidates.append(_month_name_date(s))
    if zoned:
        candidates.append(_zoned_date(s))
    return _in_range(pl.coalesce(candidates))


def _month_name_date(s: pl.Expr) -> pl.Expr:
    """A date with its month as a word (:data:`MONTHS`), day first or month first; null for anything else."""
    low = s.str.to_lowercase()
    first = low.str.extract_groups(_MONTH_DAY_FIRST)
    second = low.str.extract_groups(_MONTH_FIRST)
    day = pl.coalesce(first.struct.field("1"), second.struct.field("2"))
    word = pl.coalesce(first.struct.field("2"), second.struct.field("1"))
    year = pl.coalesce(first.struct.field("3"), second.struct.field("3"))
    month = word.replace_strict(MONTHS, default=None, return_dtype=pl.Int32).cast(pl.Utf8)
    return pl.format("{}-{}-{}", year, month.str.zfill(2), day.str.zfill(2)).str.strptime(pl.Date, "%Y-%m-%d",
                                                                                          strict=False)


def month_name_date(text: str) -> dt.date | None:
    """The date of one text with its month as a word, as :func:`parse_date` reads it (None: not such a date)."""
    low = text.strip().lower()
    m = re.match(_MONTH_DAY_FIRST, low)
    if m:
        day, word, year = m.group(1, 2, 3)
    else:
        m = re.match(_MONTH_FIRST, low)
        if not m:
            return None
        word, day, year = m.group(1, 2, 3)
    month = MONTHS.get(word)
    try:
        d = dt.date(int(year), month, int(day)) if month else None
    except ValueError:
        return None
    return d if d and MIN_YEAR <= d.year <= MAX_YEAR else None


def _zoned_date(s: pl.Expr) -> pl.Expr:
    """An ISO 8601 timestamp with ``Z`` or an offset as its date in Europe/Oslo; null for anything else."""
    g = s.str.extract_groups(_ISO_ZONED)  # one pass of the expression over the column, its parts as fields
    part = lambda i: g.struct.field(str(i))  # noqa: E731
    text = pl.format("{}-{}-{}T{}:{}:{}{}", part(1), part(2).str.zfill(2), part(3).str.zfill(2), part(4).str.zfill(2),
                     part(5), part(6).fill_null("00"), part(7).str.replace("^Z$", "+0000").str.replace(":", ""))
    stamp = text.str.strptime(pl.Datetime("us", "UTC"), "%Y-%m-%dT%H:%M:%S%z", strict=False)
    return stamp.dt.convert_time_zone("Europe/Oslo").dt.date()


def parse_date_series(values: pl.Series, date_format: str | None = None, epoch: dt.date | None = None) -> pl.Series:
    """The same result as :func:`parse_date`, faster on whole columns.

    An export writes nearly all its dates in one form, so that form (``date_format``, else
    ISO) is parsed first and only the values it cannot read go through every recognised
    form. tests/test_parsing_properties.py checks the two agree.
    """
    first = values.str.strptime(pl.Date, date_format or "%Y-%m-%d", strict=False)
    rest = first.is_null() & values.is_not_null()
    if rest.any():
        idx = rest.arg_true()
        others = pl.DataFrame({"v": values.gather(idx)}).select(parse_date(pl.col("v"), date_format, zoned=False,
                                                                                   epoch=epoch)).to_series()
        first = first.scatter(idx, others)
        # a timestamp with a time zone (rare): only the values still unread that end in «Z» or an offset
        rest = first.is_null() & values.str.contains(r"(?:Z|[+-][0-9]{2}:?[0-9]{2})$").fill_null(False)
        if rest.any():
            idx = rest.arg_true()
            first = first.scatter(idx, pl.DataFrame({"v": values.gather(idx)}).select(_zoned_date(pl.col("v"))).to_series())
    return pl.DataFrame({"d": first}).select(_in_range(pl.col("d"))).to_series().alias(values.name)


def parse_bool(expr: pl.Expr) -> pl.Expr:
    low = expr.str.to_lowercase()
    return pl.when(low.is_in(TRUE_WORDS)).then(True).when(low.is_in(FALSE_WORDS)).then(False).otherwise(None)


def _decimal_text(expr: pl.Expr) -> pl.Expr:
    """'37,5' -> '37.5'; '1 234' -> '1234'. A comma is a decimal comma when there is no dot."""
    s = expr.str.replace_all(r"[ \u00a0\u202f]", "")
    return pl.when(s.str.contains(r"\.")).then(s).otherwise(s.str.replace(",", "."))


def parse_number(expr: pl.Expr) -> pl.Expr:
    """Decimal numbers with a point or a comma; no exponents, no thousands separators but spaces."""
    s = _decimal_text(expr)
    ok = s.str.contains(r"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)$")
    num = pl.when(ok).then(s.cast(pl.Float64, strict=False))
    return pl.when(num.is_finite()).then(num)


def parse_int(expr: pl.Expr) -> pl.Expr:
    """Whole numbers ('3', '+3', '3.0', '3,00'); others (3.5, 10^19) cannot be read."""
    s = _decimal_text(expr).str.replace(r"^([+-]?[0-9]+)\.0*$", "$1")
    return pl.when(s.str.contains(r"^[+-]?[0-9]+$")).then(s.str.strip_prefix("+").cast(pl.Int64, strict=False))


def parse_code(expr: pl.Expr, digits: int) -> pl.Expr:
    """A number code of ``digits`` digits (kommunenummer 0301): a workbook's number 301 (or 301.0) lost
    its leading zero and gets it back; anything else (more digits, letters) cannot be read."""
    s = expr.str.replace(r"^([0-9]+)\.0+$", "$1")
    return pl.when(s.str.contains(rf"^[0-9]{{1,{digits}}}$")).then(s.str.zfill(digits))


def parse_category(expr: pl.Expr, categories: tuple[str, ...]) -> pl.Expr:
    """Canonical codes, in any letter case; KOSTRA-style numeric codes also as '3.0'."""
    low = expr.str.to_lowercase().str.replace(r"^([0-9]+)\.0+$", "$1")
    lookup = {c.lower(): c for c in categories}
    return low.replace_strict(lookup, default=None, return_dtype=pl.Utf8)


@dataclass(frozen=True)
class Parsed:
    value: pl.Expr
    bad: pl.Expr  # true where the raw value is present but could not be read


def parse_column(raw: pl.Expr, kind: str, *, categories: tuple[str, ...] = (), date_format: str | None = None,
                 digits: int = 0, bounds: tuple[float, float] | None = None, epoch: dt.date | None = None) -> Parsed:
    """Parse a cleaned string expression into the canonical type of ``kind`` (``digits``: a text code;
    ``bounds``: the range of a number outside which no case can be, e.g. a birth year 1900–2199;
    ``epoch``: a workbook's day 0 for serial numbers in a date column)."""
    if kind == DATE:
        value = parse_date(raw, date_format, epoch=epoch)
    elif kind == BOOL:
        value = parse_bool(raw)
    elif kind == INT:
        value = parse_int(raw)
    elif kind == NUM:
        value = parse_number(raw)
    elif kind == CATEGORY:
        value = parse_category(raw, categories)
    elif kind == TEXT and digits:
        value = parse_code(raw, digits)
    elif kind == TEXT:
        value = raw
    else:  # pragma: no cover - datasets only use the kinds above
        raise ValueError(kind)
    if bounds is not None and kind in (INT, NUM):
        value = pl.when(value.is_between(bounds[0], bounds[1])).then(value)
    return Parsed(value=value, bad=raw.is_not_null() & value.is_null())


def issue_msg(kind: str, raw_value: str, categories: tuple[str, ...] = (), digits: int = 0,
              bounds: tuple[float, float] | None = None):
    """An unreadable value of a column of ``kind`` as a catalogue message (``error.value.<kind>``)."""
    from audit.privacy import safe_value
    from audit.text import msg

    if kind == INT and not re.fullmatch(r"\s*[+-]?[0-9]+(?:[.,]0*)?\s*", str(raw_value).replace(" ", "")):
        return msg("error.value.integer", value=safe_value(raw_value))  # 1.5: no whole number, in range or not
    if bounds is not None and kind in (INT, NUM):
        low, high = (int(b) if float(b).is_integer() else b for b in bounds)
        return msg("inputs.value.out_of_bounds" if high < 1e9 else "inputs.value.negative", value=safe_value(raw_value),
                   low=low, high=high)
    if kind == TEXT and digits:
        return msg("inputs.value.code_digits", value=safe_value(raw_value), digits=digits)
    return msg(f"error.value.{kind}", value=safe_value(raw_value), choices=", ".join(categories))


def issue_message(kind: str, raw_value: str, categories: tuple[str, ...] = ()) -> str:
    """The same in bokmål."""
    return issue_msg(kind, raw_value, categories).render("nb")
