"""KOSTRA files as text: the record layouts per form and year, decoding, lines, and
choosing the layout from record lengths and ``VERSION`` (see :mod:`audit.kostra.reader`)."""

from __future__ import annotations

from collections import Counter


from audit.errors import ConfigError, InputError
from audit.kostra import form_11cf, form_11f
from audit.kostra.layout import Layout
from audit.privacy import safe_value
from audit.text import Msg, msg

LAYOUTS: dict[tuple[str, int], Layout] = {
    **{("11CF", y): lay for y, lay in form_11cf.LAYOUTS.items()},
    **{("11F", y): lay for y, lay in form_11f.LAYOUTS.items()},
}
SUPPORTED_YEARS = tuple(sorted({y for _, y in LAYOUTS}))
DATASET_OF_FORM = {"11CF": "kvp", "11F": "stonad"}
IDENTITY_FIELDS = ("PERSON_FODSELSNR", "PERSON_DUF")  # replaced by a pseudonym, never stored
_FORM_ALIASES = {"11CF": "11CF", "KVP": "11CF", "11F": "11F", "STONAD": "11F"}

# record length -> (form, reporting years with that length)
LENGTHS: dict[int, tuple[str, tuple[int, ...]]] = {}
for (_form, _year), _lay in sorted(LAYOUTS.items()):
    LENGTHS.setdefault(_lay.record_length, (_form, ()))
    LENGTHS[_lay.record_length] = (_form, LENGTHS[_lay.record_length][1] + (_year,))

def record_length_of(line: str) -> int:
    """The KOSTRA record length a line holds: its length, or, for a longer line whose
    excess is blanks only (padded by an export or an editor), the longest record length
    it starts with. Used to choose the layout; the line itself keeps its length."""
    n = len(line)
    if n in LENGTHS:
        return n
    for length in sorted(LENGTHS, reverse=True):
        if length < n and not line[length:].strip(" "):
            return length
    return n


def shortened_length(lines: list[tuple[int, str]], form: str | None = None, year: int | None = None) -> int | None:
    """The record length of a file in which no line has one because every line lost its trailing
    blanks (an editor or an export strips them): most lines look like records (``KOMMUNE_NR`` four
    digits, ``VERSION`` two) and every line is shorter than the record length of ``form`` (if given)
    and of the year ``VERSION`` names (``year`` if given). The shortest such length, so a file whose
    longest line fits 11CF is read as 11CF (an 11F record stripped that short has no mandatory field
    after position 152 filled in); None when the lines are no KOSTRA records. SSB's programme reads
    such a file and fails every line by control 001; nav-audit then reads it with that length."""
    if not lines:
        return None
    heads = [line[4:6] for _, line in lines if starts_like_record(line)]
    if len(heads) * 2 < len(lines):
        return None
    if year is None:
        year = 2000 + int(Counter(heads).most_common(1)[0][0])
    longest = max(len(line) for _, line in lines)
    lengths = sorted(n for n, (f, years) in LENGTHS.items() if (form is None or f == form) and n > longest
                     and (year in years or year not in SUPPORTED_YEARS))  # an unsupported year is named later
    return lengths[0] if lengths else None


def lengths_found(display: str, lines: list[tuple[int, str]], counts: Counter, form: str | None,
                  year: int | None) -> tuple[dict[int, int], bool, list[Msg]]:
    """Per record length (of ``form``) the number of lines holding it (``counts``: per
    :func:`record_length_of`); when no line holds one, the :func:`shortened_length` for all lines,
    True, and the note that says so."""
    known = {n: c for n, c in counts.items() if n in LENGTHS and (form is None or LENGTHS[n][0] == form)}
    short = None if known else shortened_length(lines, form, year)
    if short is None:
        return known, False, []
    return {short: len(lines)}, True, [msg("kostra.note.shortened", file=display, length=short)]


def ascii_digits(text: str) -> bool:
    """ASCII digits only (``str.isdigit`` also accepts ``²`` and other digits int() refuses)."""
    return text.isascii() and text.isdigit()


# A record that lost its trailing blanks still reaches the end of its journal number (mandatory in every
# layout but 11F 2024's, where it lies earlier): a shorter line is no record («12345» is not one).
SHORTEST_RECORD = min(lay.field("PERSON_JOURNALNR").end for lay in LAYOUTS.values())


def starts_like_record(line: str) -> bool:
    """``KOMMUNE_NR`` four digits, ``VERSION`` two, and long enough to hold the journal number."""
    return len(line) >= SHORTEST_RECORD and ascii_digits(line[:4]) and ascii_digits(line[4:6])


def normalise_form(form: str | None) -> str | None:
    if form is None:
        return None
    key = str(form).strip().upper().replace(" ", "")
    if key not in _FORM_ALIASES:
        raise ConfigError(msg("error.kostra.form", form=safe_value(form)), hint=msg("error.kostra.form_hint"))
    return _FORM_ALIASES[key]


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name: UTF-8 (BOM or not) if valid, else cp1252, else latin-1."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def split_lines(text: str) -> list[tuple[int, str]]:
    """(line number, line) for every non-blank line; ``\\r\\n``, ``\\n`` or ``\\r`` ends. A Ctrl-Z (SUB)
    at the very end is DOS's end-of-file mark, not a record."""
    tail = text.rstrip("\r\n")
    if tail.endswith("\x1a"):
        text = tail[:-1]
    if "\n" in text:
        raw = text.split("\n")
    else:
        raw = text.split("\r")
    out = []
    for i, line in enumerate(raw, start=1):
        line = line.rstrip("\r")
        if line.strip():
            out.append((i, line))
    return out


# --------------------------------------------------------------------------------------
# Choosing the layout
# --------------------------------------------------------------------------------------


def _year_text(v: str) -> str:
    return f"20{v}" if ascii_digits(v) and len(v) == 2 else v


def choose_layout(display: str, records: list[tuple[int, str]], form: str | None = None,
                  year: int | None = None) -> tuple[Layout, list[Msg]]:
    """The layout for these records, and notes on how it was chosen."""
    form = normalise_form(form)
    if year is not None:
        try:
            year = int(year)
        except (TypeError, ValueError):
            raise ConfigError(msg("error.kostra.year_invalid", year=safe_value(year))) from None
        if year not in SUPPORTED_YEARS:
            raise ConfigError(msg("kostra.error.year_unsupported", year=year),
                              hint=msg("kostra.error.years_supported", years=", ".join(map(str, SUPPORTED_YEARS))))
    counts = Counter(record_length_of(line) for _, line in records)
    known, short, notes = lengths_found(display, records, counts, form, year)  # short: every line lost its blanks
    if not known:
        other = {LENGTHS[n][0] for n in counts if n in LENGTHS}
        if form and other:
            raise InputError(msg("error.kostra.other_form", found=other.pop(), form=form), file=display,
                             hint=msg("error.kostra.other_form_hint"))
        common = counts.most_common(1)[0][0]
        raise InputError(msg("kostra.error.no_length", length=common), file=display,
                         hint=msg("kostra.error.no_length_hint"))
    length = max(known, key=lambda n: (known[n], -n))
    form_found, years = LENGTHS[length]

    def member(line: str) -> bool:  # a line of the file's record length (all of them in a shortened file)
        return short or record_length_of(line) == length

    versions = Counter(line[4:6].strip() for _, line in records if member(line) and line[4:6].strip())
    version = versions.most_common(1)[0][0] if versions else None
    file_year = 2000 + int(version) if version and ascii_digits(version) and len(version) == 2 else None

    def first_row(v: str) -> int:
        return next(n for n, line in records if member(line) and line[4:6].strip() == v)

    if year is not None:
        if year not in years:
            expected = LAYOUTS[(form_found, year)].record_length
            raise InputError(msg("kostra.error.year_length", length=length, form=form_found, year=year, expected=expected),
                             file=display, hint=msg("kostra.error.year_length_hint"))
        if version is not None and file_year != year:
            raise InputError(
                msg("error.kostra.version_differs", found=_year_text(version), year=year),
                file=display, row=first_row(version), column="VERSION", value=version,
                hint=msg("error.kostra.version_differs_hint"),
            )
        chosen = year
    elif version is not None:
        if file_year is None:
            raise InputError(
                msg("error.kostra.version_not_year"), file=display, row=first_row(version),
                column="VERSION", value=version, hint=msg("error.kostra.give_year"),
            )
        if file_year not in years:
            if file_year not in SUPPORTED_YEARS:
                raise InputError(
                    msg("kostra.error.year_unsupported", year=file_year), file=display, row=first_row(version),
                    column="VERSION", value=version,
                    hint=msg("kostra.error.years_supported", years=", ".join(map(str, SUPPORTED_YEARS))),
                )
            expected = LAYOUTS[(form_found, file_year)].record_length
            raise InputError(
                msg("kostra.error.year_length", length=length, form=form_found, year=file_year, expected=expected),
                file=display, row=first_row(version), column="VERSION", value=version,
            )
        chosen = file_year
    elif len(years) == 1:
        chosen = years[0]
        notes.append(msg("error.kostra.note.year_from_length", file=display, year=chosen, length=length))
    else:
        raise InputError(msg("error.kostra.version_empty"), file=display,
                         hint=msg("error.kostra.version_empty_hint", years=", ".join(map(str, years))))
    return LAYOUTS[(form_found, chosen)], notes
