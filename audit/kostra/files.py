"""KOSTRA files as text: the record layouts per form and year, decoding, lines, and
choosing the layout from record lengths and ``VERSION`` (see :mod:`audit.kostra.reader`)."""

from __future__ import annotations

from collections import Counter


from audit.errors import ConfigError, InputError
from audit.kostra import form_11cf, form_11f
from audit.kostra.layout import Layout
from audit.privacy import safe_value

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

def ascii_digits(text: str) -> bool:
    """ASCII digits only (``str.isdigit`` also accepts ``²`` and other digits int() refuses)."""
    return text.isascii() and text.isdigit()


def normalise_form(form: str | None) -> str | None:
    if form is None:
        return None
    key = str(form).strip().upper().replace(" ", "")
    if key not in _FORM_ALIASES:
        raise ConfigError(f"ukjent KOSTRA-skjema «{safe_value(form)}»", hint="Gyldige skjema er 11CF og 11F.")
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
    """(line number, line) for every non-blank line; ``\\r\\n``, ``\\n`` or ``\\r`` ends."""
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
                  year: int | None = None) -> tuple[Layout, list[str]]:
    """The layout for these records, and notes on how it was chosen."""
    form = normalise_form(form)
    if year is not None:
        try:
            year = int(year)
        except (TypeError, ValueError):
            raise ConfigError(f"ugyldig rapporteringsår «{safe_value(year)}»") from None
        if year not in SUPPORTED_YEARS:
            raise ConfigError(
                f"rapporteringsår {year} støttes ikke",
                hint=f"Støttede år er {', '.join(map(str, SUPPORTED_YEARS))}.",
            )
    counts = Counter(len(line) for _, line in records)
    known = {n: c for n, c in counts.items() if n in LENGTHS and (form is None or LENGTHS[n][0] == form)}
    if not known:
        other = {LENGTHS[n][0] for n in counts if n in LENGTHS}
        if form and other:
            raise InputError(
                f"filen ser ut som en KOSTRA {other.pop()}-fil, ikke {form}", file=display,
                hint="Sjekk hvilket skjema filen er for.",
            )
        common = counts.most_common(1)[0][0]
        raise InputError(
            f"ingen poster har lengden til en KOSTRA-post (vanligste lengde er {common} tegn)",
            file=display,
            hint="11CF-poster har 136 (2024) eller 152 (2025–2026) tegn, 11F-poster 324 eller 338.",
        )
    length = max(known, key=lambda n: (known[n], -n))
    form_found, years = LENGTHS[length]
    versions = Counter(line[4:6].strip() for _, line in records if len(line) == length and line[4:6].strip())
    version = versions.most_common(1)[0][0] if versions else None
    file_year = 2000 + int(version) if version and ascii_digits(version) and len(version) == 2 else None
    notes: list[str] = []

    def first_row(v: str) -> int:
        return next(n for n, line in records if len(line) == length and line[4:6].strip() == v)

    if year is not None:
        if year not in years:
            expected = LAYOUTS[(form_found, year)].record_length
            raise InputError(
                f"postene har {length} tegn, men en {form_found}-post for rapporteringsår {year} har {expected}",
                file=display, hint="Sjekk rapporteringsåret som er oppgitt.",
            )
        if version is not None and file_year != year:
            raise InputError(
                f"VERSION i filen viser rapporteringsår {_year_text(version)}, men {year} er oppgitt",
                file=display, row=first_row(version), column="VERSION", value=version,
                hint="Rett oppgitt år, eller la være å oppgi det så brukes VERSION.",
            )
        chosen = year
    elif version is not None:
        if file_year is None:
            raise InputError(
                "VERSION er ikke et tosifret årstall", file=display, row=first_row(version),
                column="VERSION", value=version, hint="Oppgi rapporteringsåret.",
            )
        if file_year not in years:
            if file_year not in SUPPORTED_YEARS:
                raise InputError(
                    f"rapporteringsår {file_year} støttes ikke", file=display, row=first_row(version),
                    column="VERSION", value=version,
                    hint=f"Støttede år er {', '.join(map(str, SUPPORTED_YEARS))}.",
                )
            expected = LAYOUTS[(form_found, file_year)].record_length
            raise InputError(
                f"postene har {length} tegn, men en {form_found}-post for rapporteringsår {file_year} har {expected}",
                file=display, row=first_row(version), column="VERSION", value=version,
            )
        chosen = file_year
    elif len(years) == 1:
        chosen = years[0]
        notes.append(f"{display}: VERSION er tom; rapporteringsår {chosen} er utledet av postlengden {length}.")
    else:
        raise InputError(
            "kan ikke avgjøre rapporteringsåret: VERSION er tom i alle poster", file=display,
            hint=f"Oppgi rapporteringsåret ({', '.join(map(str, years))}).",
        )
    return LAYOUTS[(form_found, chosen)], notes
