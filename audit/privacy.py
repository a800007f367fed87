"""Personal data guards: THE detector of Norwegian identity numbers, and masking.

One detector (the written forms' patterns and checks in :mod:`audit.identity_forms`), used everywhere a
value, a name or a text can come from (cells, headers,
file and sheet names, mapping files, options, KOSTRA fields, results.json read back).

What counts as an identity number (fødselsnummer, D-nummer, H-nummer):

* 11 digits with both mod-11 check digits valid and a possible birth date: day 1–31
  (D-nummer: day + 40), month 1–12 (H-nummer: month + 40; synthetic test numbers
  from Skatteetaten's test register: month + 80);
* written plain (``15837510047``), with separators between digit groups
  (``158375-10047``, ``158375 10047``, ``15.83.75.10047``, ``158 375 100 47``; one
  separator out of space, no-break space, ``-``, ``.``, ``/``, ``_`` between groups, or up
  to three blanks — spaces, tabs — with at most one dash among them: ``158375 - 10047``,
  or one line break, blanks around it: a number split over two lines of a cell),
  or inside longer text (``K-15837510047``, ``NAV 15837510047``), or as a birth date with a
  four-digit year and the personal number (``01.01.1990 10046``, ``1.1.1990-10046``,
  ``1990-01-01 10046``, ``01011990 10046``, ``01.01.1990, 10046``: the date's six-digit form and the five
  digits make a valid number, the individnummer fits the year's century), or «ddmmåå» and the five digits
  with a wider gap (``010190 / 10046``, ``010190, 10046``), or a birth date in any form near
  five digits labelled as the personal number, either order (``født 01.01.1990, pnr 10046``,
  ``pnr. 10046 (f. 1.1.90)``; fødselsnummer, D- or H-number: :func:`audit.identity_forms.labelled_spans`); invisible format
  characters (Unicode category Cf: zero-width space, soft hyphen, word joiner, BOM) are
  not there for the detector, wherever they stand (``158375\u200b10047``); every kind of
  space (thin, figure, punctuation space: Unicode Zs) is a space, every dash (U+2010 hyphen,
  en dash, minus sign, fullwidth hyphen) a ``-``, and digits of other scripts (fullwidth
  ``１５``) are digits (``150875–12345`` is ``150875-12345``; :func:`plain`);
* as the float a spreadsheet or an export writes for the number: ``1.5837510047E10``,
  ``1,5837510047E+10`` (decimal comma), trailing zeros dropped (``1,58375101E+10``: up to three
  zeros are put back), the leading zero dropped (``1.583751004E9``);
* zero-dropped: 10 digits that are a valid number once the leading 0 a spreadsheet
  dropped is put back (born on day 1–9). In text they are found like 11-digit
  numbers; the column guard weighs them against chance (see audit.inputs.identity).

Public API:

* :func:`find_identity_numbers` (spans), :func:`contains_identity_number`,
  :func:`redact` — for single texts;
* :func:`contains_identity_expr`, :func:`identity_number_expr`, :func:`redact_expr` —
  polars expressions for whole columns (vectorised: a million rows in well under a
  second when few values have ten digits or more);
* :func:`find_in_json` — (path, count) of strings in a JSON-like object that hold one;
* :func:`safe_value` — a value as it may appear in a message; :func:`shown_value` — a value from the
  data as a report shows it (a case key: ten-digit case numbers stay, what may be a mistyped
  identity number is masked, :func:`near_numbers`).

Whatever is found is never written or echoed: callers name the column, row and a count.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterator

from audit.identity_forms import (GROUP, LABEL_BYTES, LABELLED_PL, RUN, SEP, W1, W2, YEAR, DATED_PL, SCIENTIFIC_PL,
                                  extra_spans, near_spans, scientific_spans, valid11, is_identity_number)

MASK = "•••••••••••"


def _find(text: str, zero_dropped: bool) -> list[tuple[int, int]]:
    """Digit runs, floats and dates with the personal number; a float's or a date's own digits are not
    looked at again."""
    first = _merge(extra_spans(text), list(scientific_spans(text, zero_dropped)))
    return _merge(first, list(_candidates(text, zero_dropped)))


def _merge(first: list[tuple[int, int]], more: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``first`` and the spans of ``more`` that overlap none of them, in order."""
    return sorted(first + [(a, b) for a, b in more if not any(a < d and c < b for c, d in first)]) if first else more


def _candidates(text: str, zero_dropped: bool) -> Iterator[tuple[int, int]]:
    for run in RUN.finditer(text):
        groups = [(m.start() + run.start(), m.end() + run.start()) for m in GROUP.finditer(run.group())]
        i = 0
        while i < len(groups):
            n = 0
            hit = None
            for j in range(i, len(groups)):
                n += groups[j][1] - groups[j][0]
                if n > 11:
                    break
                if n == 11 or (zero_dropped and n == 10):
                    digits = "".join(text[a:b] for a, b in groups[i:j + 1])
                    if (n == 11 and valid11(digits)) or (n == 10 and valid11("0" + digits)):
                        hit = (groups[i][0], groups[j][1], j)
                        if n == 11:
                            break
            if hit:
                yield hit[0], hit[1]
                i = hit[2] + 1
            else:
                i += 1


_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")


def _plain_char(c: str) -> str:
    if c.isascii():
        return c
    if c in _DASHES:
        return "-"
    category = unicodedata.category(c)
    if category == "Zs":
        return " "
    if category == "Nd":
        return str(unicodedata.digit(c))
    return c


def plain(text: str) -> str:
    """``text`` with every space as a space, every dash as ``-`` and digits of every script as ASCII
    digits, one character for one (spans in the result are spans in ``text``)."""
    return text if text.isascii() else "".join(_plain_char(c) for c in text)


def find_identity_numbers(text: str, *, zero_dropped: bool = True) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of identity numbers in ``text``, in any written form.

    Digit groups joined by single separators are tried group-aligned (a number is never
    cut out of the middle of a longer digit group). ``zero_dropped`` also finds 10-digit
    numbers that are valid with a leading 0.
    """
    if not isinstance(text, str):
        return []
    if "_x" in text and _OOXML.search(text):
        return _find_ooxml(text, zero_dropped)
    return _find_shown(text, zero_dropped)


def _find_shown(text: str, zero_dropped: bool) -> list[tuple[int, int]]:
    return _visible_spans(text, lambda t: _find(t, zero_dropped))


def _visible_spans(text: str, find) -> list[tuple[int, int]]:  # noqa: ANN001 - a text's spans
    """``find``'s spans of ``text`` made plain (:func:`plain`), invisible format characters (category Cf) left
    out: they hide nothing; spans reach from the number's first to its last digit in ``text``."""
    if text.isascii():
        return find(text)
    text = plain(text)
    keep = [i for i, c in enumerate(text) if unicodedata.category(c) != "Cf"]
    if len(keep) == len(text):
        return find(text)
    visible = "".join(text[i] for i in keep)
    return [(keep[a], keep[b - 1] + 1) for a, b in find(visible)]


# OOXML's escape of a character in a workbook's text (``_x0030_`` is «0», ``_x005F_`` a literal «_»): Excel
# shows the character, in the workbook read and in any workbook the text is written into.
_OOXML = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _find_ooxml(text: str, zero_dropped: bool) -> list[tuple[int, int]]:
    """Spans in ``text`` of the numbers in the text Excel shows for it (escapes decoded once: «_x005F_x0030_»
    shows «_x0030_»), and of those in ``text`` itself."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    last = 0
    for m in [*_OOXML.finditer(text), None]:
        stop = m.start() if m else len(text)
        chars += text[last:stop]
        starts += range(last, stop)
        ends += range(last + 1, stop + 1)
        if m:
            chars.append(_shown_char(m.group(1)))
            starts.append(m.start())
            ends.append(last := m.end())
    return _merge([(starts[a], ends[b - 1]) for a, b in _find_shown("".join(chars), zero_dropped)],
                  _find_shown(text, zero_dropped))


def _shown_char(code: str) -> str:
    """The character an escape (hex ``code``) stands for; a control character as a line break that is not
    «\\n» (U+2028: a text's line count stays)."""
    c = chr(int(code, 16))
    return "\u2028" if (ord(c) < 32 and c != "\t") or 0xD800 <= ord(c) <= 0xDFFF else c


def contains_identity_number(text: object, *, zero_dropped: bool = True) -> bool:
    """True when ``text`` holds an identity number in any written form."""
    if text is None:
        return False
    if not isinstance(text, str):
        text = str(text)
    return bool(find_identity_numbers(text, zero_dropped=zero_dropped))


def redact(text: str, *, zero_dropped: bool = True) -> str:
    """``text`` with every identity number replaced by ``•••••••••••``."""
    return _masked(text, find_identity_numbers(text, zero_dropped=zero_dropped))


def _masked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span (overlapping ones joined) replaced by ``•••••••••••``."""
    if not spans:
        return text
    out, last = [], 0
    for a, b in sorted(spans):
        if a < last:  # overlaps the span just masked
            if b > last:
                last = b
            continue
        out.append(text[last:a])
        out.append(MASK)
        last = b
    out.append(text[last:])
    return "".join(out)


def check_json_text(text: str) -> tuple[int, int | None]:
    """(count, first line) of identity numbers in a JSON document's text (keys, strings, numbers)."""
    text = _json_blanks(text)
    spans = find_identity_numbers(text, zero_dropped=False)
    if not spans:
        return 0, None
    return len(spans), text.count("\n", 0, spans[0][0]) + 1


def _json_blanks(text: str) -> str:
    """A JSON text with the escapes a digit or a separator can be written as made characters again: a tab
    «\\t», a line break «\\n», «\\r», «\\r\\n» (as U+2028, a break that keeps the file's line count), and
    «\\uXXXX» (a digit «\\u0031», a dash, a space; a control character as U+2028)."""
    if "\\" not in text:
        return text
    if "\\u" in text:
        text = _JSON_U.sub(lambda m: m.group(1) + _shown_char(m.group(2)), text)
    return (text.replace("\\t", "\t").replace("\\r\\n", "\u2028").replace("\\n", "\u2028")
            .replace("\\r", "\u2028"))


_JSON_U = re.compile(r"(?<!\\)((?:\\\\)*)\\u([0-9a-fA-F]{4})")


# A digit: ASCII or fullwidth (U+FF10–FF19); between digits ASCII separators (SEP's blanks and dash) or
# one two- or three-byte character (no-break and thin spaces, dashes, zero-width characters).
_D_BYTES = rb"(?:[0-9]|\xef\xbc[\x90-\x99])"
_RUN_BYTES = re.compile(rb"(?<![0-9])(?:[0-9][.,][0-9]{6,10}[eE]\+?0?(?:9|10)(?![0-9])|" + _D_BYTES + rb"(?:(?:(?:[ \t\r\n\-./_]|\\[tnr]){1,9}|[\xc2-\xef][\x80-\xbf]{1,2})?" + _D_BYTES
                        + rb"){9,}(?![0-9]))")


_OOXML_BYTES = re.compile(rb"_x([0-9A-Fa-f]{4})_")


def check_json_bytes(data: bytes) -> tuple[int, int | None]:
    """(count, first line) of identity numbers in UTF-8 bytes (a results.json), without decoding the
    whole file: only runs of ten digits or more are decoded and looked at."""
    count, first = 0, None
    if b"\\u" in data:  # «\u0031»: a digit spelled as an escape (no line breaks are added)
        data = _json_blanks(data.decode("utf-8", "replace")).encode("utf-8")
    if b"_x" in data and _OOXML_BYTES.search(data):  # «_x0031_»: as Excel shows it
        data = _OOXML_BYTES.sub(lambda m: _shown_char(m.group(1).decode()).encode("utf-8"), data)
    for m in _RUN_BYTES.finditer(data):
        # a tab is «\t» in JSON, a line break «\n»
        n = len(find_identity_numbers(_json_blanks(m.group().decode("utf-8", "replace")), zero_dropped=False))
        if n:
            count += n
            if first is None:
                first = data.count(b"\n", 0, m.start()) + 1
    # a personal number's label with a birth date near it (identity_forms.labelled_spans), a date's year, a
    # comma and five digits: no run of ten digits; the text around each is looked at
    for m in LABEL_BYTES.finditer(data):
        start = max(0, m.start() - 40)
        at = len(data[start:m.start()].decode("utf-8", "replace"))  # the hint's place in the window
        window = data[start:m.end() + 40].decode("utf-8", "replace")
        if any(a <= at < b for a, b in find_identity_numbers(window, zero_dropped=False)):
            count += 1
            if first is None:
                first = data.count(b"\n", 0, m.start()) + 1
    return count, first



def find_in_json(obj: object, *, limit: int = 100_000) -> tuple[list[str], int]:
    """Where a JSON-like object holds identity numbers: (the first few paths, the count).

    Keys and string values are searched; numbers too (an 11-digit integer, a float). ``limit``
    bounds the work (strings visited).
    """
    paths: list[str] = []
    count = 0
    stack: list[tuple[str, object]] = [("$", obj)]
    seen = 0
    while stack and seen < limit:
        path, o = stack.pop()
        seen += 1
        if isinstance(o, dict):
            for k, v in o.items():
                if contains_identity_number(str(k)):
                    count += 1
                    if len(paths) < 5:
                        paths.append(path)
                stack.append((f"{path}.{_json_key(k)}", v))
        elif isinstance(o, list):
            stack.extend((f"{path}[{i}]", v) for i, v in enumerate(o))
        elif isinstance(o, (str, int, float)) and not isinstance(o, bool):
            if contains_identity_number(str(o)):
                count += 1
                if len(paths) < 5:
                    paths.append(path)
    return paths, count


def _json_key(k: object) -> str:
    return redact(str(k))[:40]


# In messages, anything that could be (part of) an identity number is masked as well: runs of
# 10 or 11 digits (a spreadsheet drops the leading zero) and the written forms "ddmmåå nnnnn" and
# "dd.mm.åååå nnnnn" / "åååå-mm-dd nnnnn", even without valid check digits (a message must not even show a mistyped one).
_MASK = re.compile(r"(?<!\d)(?:\d{6}" + SEP + r"\d{5}|\d{10,11}|\d{1,2}([./\- ])\d{1,2}\1" + YEAR + r"(?:" + SEP
                   + r")?\d{5}|" + YEAR + r"([./\- ])\d{1,2}\2\d{1,2}(?:" + SEP + r")?\d{5})(?!\d)")


def safe_value(value: object, limit: int = 60) -> str:
    """A value as it may appear in a message: identity numbers (any form) and identity-number-like
    digit runs masked (:func:`near_numbers`, and every run of ten or eleven digits: a message about a
    value must not show even a mistyped number), long text cut, line breaks and tabs shown as spaces
    (a message stays one line), other control characters dropped."""
    return _shown(value, limit, strict=True)


def shown_value(value: object, limit: int = 60) -> str:
    """A value from the data as a report shows it (a case key, an office, a cell), as :func:`safe_value`
    but masking only identity numbers in any written form (:func:`redact`) and what may be one typed
    with a wrong digit (:func:`near_numbers`). A ten-digit case number («2025001234») is shown unless
    its check digits make it a number whose leading zero a spreadsheet dropped."""
    return _shown(value, limit, strict=False)


def _shown(value: object, limit: int, strict: bool) -> str:
    if value is not None and not isinstance(value, (str, int, float, bool)):
        value = repr(value) if isinstance(value, bytes) else (str(value) if _small(value) else f"<{type(value).__name__}>")
    text = "" if value is None else str(value)
    if len(text) > 4 * limit:
        text = text[: 4 * limit]
    near = near_numbers(text) if sum(c.isdigit() for c in text) >= 10 else []  # fewer digits: none
    text = _masked(text, find_identity_numbers(text) + near)
    if strict:
        text = _MASK.sub(MASK, text)
    if any(ord(c) < 32 or ord(c) == 127 for c in text):
        text = "".join(" " if c in "\t\n\r" else c for c in text if c in "\t\n\r" or not (ord(c) < 32 or ord(c) == 127))
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def near_numbers(text: str) -> list[tuple[int, int]]:
    """Spans of what may be an identity number typed with a wrong digit (:func:`audit.identity_forms.near_spans`:
    11 digits whose first four are a possible birth date, a birth date with a four-digit year before a
    personal number), in any script's digits and spaces, invisible characters left out (as the detector
    reads a text)."""
    return _visible_spans(text, lambda t: list(near_spans(t)))


def _small(value: object) -> bool:
    """Exceptions, paths and other objects print briefly; containers might not (YAML aliases)."""
    return not isinstance(value, (list, tuple, dict, set, frozenset))


# --------------------------------------------------------------------------- polars forms


def identity_text_expr(expr: "pl.Expr") -> "pl.Expr":
    """Polars: a value's text in the form an identity number would have, or null.

    Trimmed; "ddmmåå nnnnn" (space between birth date and personal number) joined;
    a trailing ".0" (a number that went through a spreadsheet) dropped. The result is
    11 or 10 digits (10: a spreadsheet dropped the leading zero), else null.
    """
    import polars as pl

    s = expr.cast(pl.Utf8).str.replace_all(INVISIBLE_PL, "").str.strip_chars()
    s = s.str.replace(r"^([0-9]{6})" + SEP + r"([0-9]{5})$", "${1}${2}").str.replace(r"^([0-9]{10,11})\.0$", "$1")
    # a float in scientific notation (see _SCI): its whole number
    sci = s.str.contains(r"^[0-9][.,]([0-9]{7,10}[eE]\+?0?10|[0-9]{6,9}[eE]\+?0?9)$")
    whole = s.str.replace(",", ".", literal=True).cast(pl.Float64, strict=False).round(0).cast(pl.Int64, strict=False)
    s = pl.when(sci).then(whole.cast(pl.Utf8)).otherwise(s)
    return pl.when(s.str.contains(r"^[0-9]{10,11}$")).then(s)


def valid_int_expr(x: "pl.Expr") -> "pl.Expr":
    """Polars: true where the integer ``x`` (an 11-digit number; a leading zero is simply a smaller
    number) has valid check digits and birth date. Digits by integer arithmetic: fast."""
    import polars as pl

    d = [(x // (10 ** (10 - i))) % 10 for i in range(11)]
    k1 = (11 - sum(w * v for w, v in zip(W1, d[:9])) % 11) % 11
    k2 = (11 - sum(w * v for w, v in zip(W2, d[:10])) % 11) % 11
    day = x // 10**9
    day = pl.when(day > 40).then(day - 40).otherwise(day)
    month = (x // 10**7) % 100
    month = pl.when(month > 80).then(month - 80).when(month > 40).then(month - 40).otherwise(month)
    ok = (k1 != 10) & (k1 == d[9]) & (k2 != 10) & (k2 == d[10]) & day.is_between(1, 31) & month.is_between(1, 12)
    return ok.fill_null(False)


def _valid_digits_expr(s: "pl.Expr") -> "pl.Expr":
    """Polars: true where the text ``s`` is 11 digits with valid check digits and birth date."""
    import polars as pl

    return valid_int_expr(pl.when(s.str.contains(r"^[0-9]{11}$")).then(s).cast(pl.Int64, strict=False))


def identity_number_expr(expr: "pl.Expr", *, padded: bool = True) -> "pl.Expr":
    """Polars: true where a whole value IS a plausible fødselsnummer/D-nummer/H-nummer.

    11 digits (also written "ddmmåå nnnnn", or with a trailing ".0"), a possible day
    (D-nummer: +40) and month (H-nummer: +40; synthetic test numbers: +80), and both
    check digits valid. With ``padded``, 10 digits also match when the number is
    valid with the leading zero a spreadsheet dropped (born on day 1–9).
    """
    import polars as pl

    t = identity_text_expr(expr)
    s = pl.when(t.str.len_chars() == 10).then(pl.lit("0") + t).otherwise(t) if padded else t
    return _valid_digits_expr(s)


INVISIBLE_PL = r"\p{Cf}"  # polars (Rust regex): the invisible format characters
_RUN_PL = r"[0-9]+(?:" + SEP + r"[0-9]+)*"


def contains_identity_series(series: "pl.Series", *, zero_dropped: bool = False) -> "pl.Series":
    """Boolean Series: which values hold an identity number in any written form (see module doc).

    Vectorised: values with fewer than ten digits are out at once; digit runs of 11
    digits (separators removed) are checked in polars; only the few values whose runs are
    longer (several numbers joined by separators) go through :func:`contains_identity_number`.
    ``zero_dropped`` also counts 10-digit runs valid with a leading 0.
    """
    import polars as pl

    s = series.cast(pl.Utf8)
    out = pl.Series(series.name, [False] * len(s), dtype=pl.Boolean)
    if len(s) == 0:
        return out
    frame = pl.DataFrame({"v": s}).with_row_index("i")
    sci = (pl.col("v").str.contains(SCIENTIFIC_PL) | pl.col("v").str.contains(_OOXML.pattern)
           | pl.col("v").str.contains(DATED_PL) | pl.col("v").str.contains(LABELLED_PL)).fill_null(False)
    cand = frame.filter((pl.col("v").str.count_matches(r"\p{Nd}").fill_null(0) >= 10) | sci)
    if cand.height == 0:
        return out
    # spaces, dashes and digits beyond ASCII (see plain), floats (see _SCI), OOXML escapes (_OOXML), dates with
    # a four-digit year before the personal number (_DATED): those
    # few values are checked one by one
    wide = cand.filter(pl.col("v").str.contains(r"[^\x00-\x7F]") | sci)
    wide_hits = {i for i, v in zip(wide["i"].to_list(), wide["v"].to_list())
                 if contains_identity_number(v, zero_dropped=zero_dropped)}
    cand = cand.with_columns(pl.col("v").str.replace_all(INVISIBLE_PL, ""))  # hides nothing (module doc)
    runs = (cand.select("i", pl.col("v").str.extract_all(_RUN_PL).alias("r")).explode("r")
            .with_columns(pl.col("r").str.replace_all(r"[^0-9]", "").alias("d"))
            .with_columns(pl.col("d").str.len_chars().alias("n")))
    lengths = (10, 11) if zero_dropped else (11,)
    numbers = runs.filter(pl.col("n").is_in(lengths)).with_columns(pl.col("d").cast(pl.Int64).alias("x"))
    hits = set(numbers.filter(valid_int_expr(pl.col("x")))["i"].to_list()) | wide_hits
    slow = runs.filter(pl.col("n") > 11)["i"].unique().to_list()
    if slow:
        values = dict(zip(cand["i"].to_list(), cand["v"].to_list()))
        hits.update(i for i in slow if i not in hits and contains_identity_number(values[i], zero_dropped=zero_dropped))
    if hits:
        out = frame.select(pl.col("i").is_in(list(hits)).alias(series.name)).to_series()
    return out


def contains_identity_expr(expr: "pl.Expr", *, zero_dropped: bool = False) -> "pl.Expr":
    """Polars expression form of :func:`contains_identity_series` (whole-column, vectorised)."""
    import polars as pl

    return expr.map_batches(lambda s: contains_identity_series(s, zero_dropped=zero_dropped), return_dtype=pl.Boolean)


def redact_series(series: "pl.Series") -> "pl.Series":
    """The texts with identity numbers masked; only values holding one are touched."""
    import polars as pl

    s = series.cast(pl.Utf8)
    hit = contains_identity_series(s, zero_dropped=True)
    if not hit.any():
        return s
    values = s.to_list()
    for i in hit.arg_true().to_list():
        values[i] = redact(values[i])
    return pl.Series(series.name, values, dtype=pl.Utf8)


def redact_expr(expr: "pl.Expr") -> "pl.Expr":
    """Polars expression form of :func:`redact_series`."""
    import polars as pl

    return expr.map_batches(redact_series, return_dtype=pl.Utf8)
