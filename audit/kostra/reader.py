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
  audit garbage. Records whose own ``VERSION`` differs from the file's year are read
  with the file's layout and get an input issue. Without a usable ``VERSION`` the
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

import calendar
import datetime as dt
import hashlib
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from audit.datasets import get_dataset
from audit.errors import ConfigError, InputError
from audit.kostra import codes as C
from audit.kostra import form_11cf, form_11f
from audit.kostra.identity import birth_date_from_identity
from audit.kostra.layout import DATE, DDMMYY, INTEGER, Field, Layout
from audit.privacy import is_identity_number, safe_value
from audit.pseudonym import Pseudonymiser
from audit.table import FILE, ROW, InputIssue, LoadedTable, SourceInfo, bad_column

LAYOUTS: dict[tuple[str, int], Layout] = {
    **{("11CF", y): lay for y, lay in form_11cf.LAYOUTS.items()},
    **{("11F", y): lay for y, lay in form_11f.LAYOUTS.items()},
}
SUPPORTED_YEARS = tuple(sorted({y for _, y in LAYOUTS}))
DATASET_OF_FORM = {"11CF": "kvp", "11F": "stonad"}
_FORM_ALIASES = {"11CF": "11CF", "KVP": "11CF", "11F": "11F", "STONAD": "11F"}

# record length -> (form, reporting years with that length)
LENGTHS: dict[int, tuple[str, tuple[int, ...]]] = {}
for (_form, _year), _lay in sorted(LAYOUTS.items()):
    LENGTHS.setdefault(_lay.record_length, (_form, ()))
    LENGTHS[_lay.record_length] = (_form, LENGTHS[_lay.record_length][1] + (_year,))

# Never carried into the frame: identity numbers, and the birth date (-> birth_date).
_NOT_CARRIED = {"PERSON_FODSELSNR", "PERSON_DUF", "FODSELSDATO"}
_IDENTITY_FIELDS = ("PERSON_FODSELSNR", "PERSON_DUF")
PSEUDONYM_COLUMN = "person_pseudonym"

# 11CF outcome: AVSL code -> canonical outcome; the order is the precedence used
# when several AVSL_* fields are ticked and AVSL_VIKTIGSTE_INNTEKT is empty.
OUTCOME_OF_CODE = {
    "01": "work",
    "11": "work_subsidised",
    "04": "education",
    "14": "aap",
    "13": "disability",
    "15": "social_assistance",
    "16": "social_assistance",
    "03": "other",
    "10": "other",
    "17": "unknown",
}
_OUTCOME_RANK = {code: i for i, code in enumerate(OUTCOME_OF_CODE)}


def _digits(text: str) -> bool:
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
    return f"20{v}" if _digits(v) and len(v) == 2 else v


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
    file_year = 2000 + int(version) if version and _digits(version) and len(version) == 2 else None
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


# --------------------------------------------------------------------------------------
# Fields
# --------------------------------------------------------------------------------------

_INT = re.compile(r"-?[0-9]+")
_RUN6 = re.compile(r"[0-9]{6,}")


def event_year(yy: int, reporting_year: int) -> int:
    """Century for a 6-digit event date: the 100 years ending reporting_year + 10."""
    year = 2000 + yy
    return year - 100 if year > reporting_year + 10 else year


def parse_date(value: str, mask: str, reporting_year: int) -> dt.date | None:
    """ddMMyy / ddMMyyyy to a date; None when it is not one."""
    if len(value) != len(mask) or not _digits(value):
        return None
    day, month = int(value[0:2]), int(value[2:4])
    year = event_year(int(value[4:6]), reporting_year) if mask == DDMMYY else int(value[4:8])
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _codes_text(codes: tuple[str, ...]) -> str:
    return ", ".join(codes) if len(codes) <= 12 else "se kodelisten"


@dataclass
class _Line:
    """One record being read. Holds no identity number (only its secrets for masking)."""

    row: int
    values: dict = field(default_factory=dict)  # field name -> parsed value (None if blank/bad)
    raw: dict = field(default_factory=dict)  # field name -> trimmed text (identity fields excluded)
    bad: set = field(default_factory=set)  # fields whose value could not be read
    issues: list = field(default_factory=list)  # (field name, message)


def _shown(value: str, secrets: tuple[str, ...]) -> str:
    """A value as it may appear in a message: no identity number, not even a part of one."""
    text = safe_value(value)
    for run in _RUN6.findall(text):
        for s in secrets:
            if any(run[i : i + 6] in s for i in range(len(run) - 5)):
                return "•" * len(text)
    return text


def _read_fields(lay: Layout, row: int, line: str, secrets: tuple[str, ...]) -> _Line:
    rec = _Line(row)
    for f in lay.fields:
        if f.name in _IDENTITY_FIELDS:
            continue
        text = f.cut(line).strip()
        rec.raw[f.name] = text or None
        if not text:
            rec.values[f.name] = None
            if f.mandatory:
                rec.issues.append((f.name, "mangler verdi (obligatorisk felt)"))
            continue
        value, problem = _parse_value(f, text, lay.year, secrets)
        rec.values[f.name] = value
        if problem:
            rec.bad.add(f.name)
            rec.issues.append((f.name, problem))
    return rec


def _parse_value(f: Field, text: str, year: int, secrets: tuple[str, ...]) -> tuple[object, str | None]:
    if f.type == DATE:
        d = parse_date(text, f.date_mask or "", year)
        if d is None:
            return None, f"ugyldig dato '{_shown(text, secrets)}' (forventet {f.date_mask})"
        return d, None
    if f.type == INTEGER:
        if not _INT.fullmatch(text):
            return None, f"ikke et heltall: '{_shown(text, secrets)}'"
        return int(text), None
    if f.codes and text not in f.codes:
        return None, f"ukjent kode '{_shown(text, secrets)}' (gyldige koder: {_codes_text(f.codes)})"
    return text, None


# --------------------------------------------------------------------------------------
# Canonical columns
# --------------------------------------------------------------------------------------


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _kvp_row(lay: Layout, rec: _Line, birth: tuple[dt.date | None, bool]) -> tuple[dict, set]:
    v, bad = rec.values, rec.bad
    out = {
        "case_id": v.get("PERSON_JOURNALNR"),
        "municipality": v.get("KOMMUNE_NR"),
        "office": v.get("BYDELSNR"),
        "caseworker": v.get("SAKSBEHANDLER"),
        "birth_date": birth[0],
        "application_date": v.get("REG_DATO"),
        "decision_date": v.get("VEDTAK_DATO"),
        "decision": "granted",
        "program_start_date": v.get("BEGYNT_DATO"),
        "end_date": v.get("AVSL_DATO"),
        "status": v.get("STATUS"),
        "outcome": None,
    }
    sources = {
        "case_id": ["PERSON_JOURNALNR"], "municipality": ["KOMMUNE_NR"], "office": ["BYDELSNR"],
        "caseworker": ["SAKSBEHANDLER"], "application_date": ["REG_DATO"], "decision_date": ["VEDTAK_DATO"],
        "program_start_date": ["BEGYNT_DATO"], "end_date": ["AVSL_DATO"], "status": ["STATUS"],
    }
    bad_cols = {col for col, fields in sources.items() if bad.intersection(fields)}
    if birth[1]:
        bad_cols.add("birth_date")
    # outcome: AVSL_VIKTIGSTE_INNTEKT when given; else the ticked AVSL_* field of
    # highest precedence (work first, unknown last, see OUTCOME_OF_CODE).
    if "AVSL_VIKTIGSTE_INNTEKT" in bad:
        bad_cols.add("outcome")
    elif v.get("AVSL_VIKTIGSTE_INNTEKT"):
        out["outcome"] = OUTCOME_OF_CODE[v["AVSL_VIKTIGSTE_INNTEKT"]]
    elif bad.intersection(form_11cf.AVSL_TICKS):
        bad_cols.add("outcome")
    else:
        ticked = [v[name] for name in form_11cf.AVSL_TICKS if v.get(name)]
        if ticked:
            out["outcome"] = OUTCOME_OF_CODE[min(ticked, key=_OUTCOME_RANK.__getitem__)]
    for col in bad_cols:
        out[col] = None
    return out, bad_cols


def _stonad_row(lay: Layout, rec: _Line, birth: tuple[dt.date | None, bool]) -> tuple[dict, set]:
    v, bad = rec.values, rec.bad
    months = [f"STMND_{m}" for m in range(1, 13)]
    marked = [m for m in range(1, 13) if v.get(f"STMND_{m}")]
    out = {
        "application_id": v.get("PERSON_JOURNALNR"),
        "case_id": v.get("PERSON_JOURNALNR"),
        "municipality": v.get("KOMMUNE_NR"),
        "office": v.get("BYDELSNR"),
        "caseworker": v.get("SAKSBEHANDLER"),
        "birth_date": birth[0],
        "decision_date": None,
        "decision": "granted",
        "conditions_set": {"1": True, "2": False}.get(v.get("VILKARSOSLOV") or ""),
        "exception_20a_date": v.get("VEDTAKDATO"),
        "exception_20a_reason": None,
        "children_in_household": None,
        "months_on_assistance": len(marked),
    }
    sources = {
        "application_id": ["PERSON_JOURNALNR"], "case_id": ["PERSON_JOURNALNR"], "municipality": ["KOMMUNE_NR"],
        "office": ["BYDELSNR"], "caseworker": ["SAKSBEHANDLER"], "conditions_set": ["VILKARSOSLOV"],
        "exception_20a_date": ["VEDTAKDATO"], "exception_20a_reason": list(C.REASONS_20A),
        "months_on_assistance": months, "children_in_household": ["BU18", "ANTBU18"],
    }
    bad_cols = {col for col, fields in sources.items() if bad.intersection(fields)}
    if birth[1]:
        bad_cols.add("birth_date")
    # decision_date: UTBETDATO, else the last day of the last month with assistance.
    if "UTBETDATO" in bad:
        bad_cols.add("decision_date")
    elif v.get("UTBETDATO"):
        out["decision_date"] = v["UTBETDATO"]
    elif bad.intersection(months):
        bad_cols.add("decision_date")
    elif marked:
        out["decision_date"] = _last_day(lay.year, marked[-1])
    reasons = [f"{code} {label}" for name, (code, label) in C.REASONS_20A.items() if v.get(name)]
    out["exception_20a_reason"] = "; ".join(reasons) or None
    # children: BU18 = 2 (no children) gives 0, otherwise ANTBU18.
    out["children_in_household"] = 0 if v.get("BU18") == "2" else v.get("ANTBU18")
    if v.get("BU18") == "2" and "BU18" not in bad:
        bad_cols.discard("children_in_household")
    for col in bad_cols:
        out[col] = None
    return out, bad_cols


# --------------------------------------------------------------------------------------
# The reader
# --------------------------------------------------------------------------------------


def _secrets(lay: Layout, line: str) -> tuple[str, ...]:
    """Identity numbers of a line, for masking: what its identity fields hold and, in a
    line of the wrong length (fields may be shifted), any valid one anywhere in it."""
    found = [lay.field(name).cut(line).strip() for name in _IDENTITY_FIELDS if lay.has(name)]
    if len(line) != lay.record_length:
        found += [m for m in re.findall(r"(?=([0-9]{11}))", line) if is_identity_number(m)]
    return tuple(s for s in found if len(s) >= 6)


def _identity(lay: Layout, line: str, p: Pseudonymiser, rec: _Line) -> tuple[str | None, tuple[dt.date | None, bool]]:
    """Pseudonym and (birth date, unreadable) for one line; identity issues go to ``rec``.

    The only place the identity number is looked at; nothing of it is returned.
    """
    fnr = lay.field("PERSON_FODSELSNR").cut(line).strip()
    duf = lay.field("PERSON_DUF").cut(line).strip() if lay.has("PERSON_DUF") else ""
    pseudonym = p.pseudonym(fnr) if fnr else p.pseudonym(duf)
    valid = bool(fnr) and is_identity_number(fnr)
    derived = birth_date_from_identity(fnr) if valid else None
    if fnr and not valid:
        rec.issues.append(("PERSON_FODSELSNR", "ugyldig fødselsnummer (ikke 11 sifre med riktige kontrollsifre)"))
    elif valid and derived is None:
        rec.issues.append(("PERSON_FODSELSNR", "fødselsdatoen kan ikke utledes av fødselsnummeret"))
    # 2025-: FODSELSDATO; blank there (or 2024, which has none): from the identity number.
    if "FODSELSDATO" in rec.bad:
        birth = (None, True)
    elif rec.values.get("FODSELSDATO") is not None:
        birth = (rec.values["FODSELSDATO"], False)
    else:
        birth = (derived, bool(fnr) and derived is None)
    return pseudonym, birth


def _length_issue(lay: Layout, line: str) -> tuple[str, str] | None:
    n, expected = len(line), lay.record_length
    if n == expected:
        return None
    if n < expected:
        first = next(f for f in lay.fields if f.end > n)
        return first.name, f"feil postlengde: {n} tegn, forventet {expected} (manglende tegn er lest som blanke)"
    return lay.fields[-1].name, f"feil postlengde: {n} tegn, forventet {expected} (tegn etter posisjon {expected} er ikke lest)"


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
        raise InputError("finner ikke filen", file=display) from None
    except IsADirectoryError:
        raise InputError("er en mappe, ikke en fil", file=display) from None
    except OSError as exc:
        raise InputError(f"kan ikke lese filen: {exc.strerror}", file=display) from None
    text, encoding = decode(data)
    records = split_lines(text)
    if not records:
        raise InputError("filen har ingen poster", file=display)
    lay, notes = choose_layout(display, records, form, year)
    notes_out = list(notes)
    if pseudonymiser is None:
        pseudonymiser = Pseudonymiser.from_environment()
    if pseudonymiser.note:
        notes_out.append(pseudonymiser.note)
    dataset = get_dataset(DATASET_OF_FORM[lay.form])
    version = f"{lay.year % 100:02d}"
    make_row = _kvp_row if lay.form == "11CF" else _stonad_row
    extras = [f.name for f in lay.fields if f.name not in _NOT_CARRIED]

    rows: list[dict] = []
    bad_rows: list[set] = []
    issues: list[InputIssue] = []
    for row_no, line in records:
        try:
            row, bad_cols, line_issues = _read_line(lay, row_no, line, pseudonymiser, make_row, version, extras)
        except Exception as exc:  # noqa: BLE001 - never let the line (an identity number) into a message
            raise RuntimeError(
                f"intern feil ved lesing av {display}, linje {row_no} ({type(exc).__name__})"
            ) from None
        rows.append(row)
        bad_rows.append(bad_cols)
        issues.extend(InputIssue(display, row_no, col, msg) for col, msg in line_issues)

    _check_keys(display, dataset.key, rows, [n for n, _ in records], issues)
    canonical = [c for c in dataset.names if rows and c in rows[0]]
    columns: dict[str, pl.Series] = {}
    for c in canonical:
        columns[c] = pl.Series(c, [r[c] for r in rows], dtype=dataset.column(c).dtype)
    columns[PSEUDONYM_COLUMN] = pl.Series(PSEUDONYM_COLUMN, [r[PSEUDONYM_COLUMN] for r in rows], dtype=pl.Utf8)
    for e in extras:
        columns[e] = pl.Series(e, [r[e] for r in rows], dtype=pl.Utf8)
    columns[FILE] = pl.Series(FILE, [display] * len(rows), dtype=pl.Utf8)
    columns[ROW] = pl.Series(ROW, [n for n, _ in records], dtype=pl.Int64)
    for c in canonical:
        flags = [c in b for b in bad_rows]
        if any(flags):
            columns[bad_column(c)] = pl.Series(bad_column(c), flags, dtype=pl.Boolean)
    frame = pl.DataFrame(list(columns.values()))
    notes_out.insert(0, f"{display}: KOSTRA {lay.form} for rapporteringsår {lay.year}, {len(rows)} poster (tegnsett {encoding}).")
    source = SourceInfo(
        path=display, sha256=hashlib.sha256(data).hexdigest(), rows=len(rows), format="kostra",
        details={"kostra_form": lay.form, "kostra_year": lay.year},
    )
    return LoadedTable(dataset=dataset.name, frame=frame, issues=issues, sources=[source], notes=notes_out)


def _check_keys(display: str, key: str, rows: list[dict], numbers: list[int],
                issues: list[InputIssue]) -> None:
    """Every record needs a journal number, and a different one (as for any input)."""
    seen: dict[str, int] = {}
    for row, n in zip(rows, numbers):
        value = row[key]
        if value is None:
            why = next((i.message for i in issues if i.row == n and i.column == "PERSON_JOURNALNR"), "mangler")
            raise InputError(
                f"journalnummeret {why}; posten kan ikke kobles", file=display, row=n, column="PERSON_JOURNALNR",
                hint="Hver post må ha et journalnummer (posisjon 9–16 i 2024, 17–24 fra 2025).",
            )
        if value in seen:
            raise InputError(
                f"journalnummeret er ikke unikt: det står i linje {seen[value]} og {n}", file=display, row=n,
                column="PERSON_JOURNALNR", value=value, hint="Hver person skal stå i én post.",
            )
        seen[value] = n


def _read_line(lay: Layout, row_no: int, line: str, p: Pseudonymiser, make_row, version: str,
               extras: list[str]) -> tuple[dict, set, list[tuple[str, str]]]:
    secrets = _secrets(lay, line)
    length_problem = _length_issue(lay, line)
    fitted = line[: lay.record_length].ljust(lay.record_length)
    rec = _read_fields(lay, row_no, fitted, secrets)
    pseudonym, birth = _identity(lay, fitted, p, rec)
    v = rec.raw.get("VERSION")
    if v and v != version:
        rec.issues.append(("VERSION", f"VERSION '{_shown(v, secrets)}' stemmer ikke med rapporteringsåret {lay.year}"))
    rec.issues.sort(key=lambda item: lay.field(item[0]).start)
    if length_problem:
        rec.issues.insert(0, length_problem)
    row, bad_cols = make_row(lay, rec, birth)
    row[PSEUDONYM_COLUMN] = pseudonym
    for e in extras:
        row[e] = rec.raw.get(e)
    if length_problem:  # fields may be shifted: drop text holding a part of an identity number
        for key, value in list(row.items()):
            if key != PSEUDONYM_COLUMN and isinstance(value, str) and _shown(value, secrets) != safe_value(value):
                row[key] = None
                if key in _TEXT_COLUMNS:
                    bad_cols.add(key)
                    rec.issues.append((_SOURCE_OF.get(key, key),
                                       "ser ut til å inneholde deler av et fødselsnummer og er utelatt"))
    return row, bad_cols, rec.issues


_TEXT_COLUMNS = {"case_id", "application_id", "municipality", "office", "caseworker"}
_SOURCE_OF = {"case_id": "PERSON_JOURNALNR", "application_id": "PERSON_JOURNALNR", "municipality": "KOMMUNE_NR",
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
    length, count = Counter(len(line) for _, line in lines).most_common(1)[0]
    if length not in LENGTHS or count * 2 < len(lines):
        return None
    fitting = [line for _, line in lines if len(line) == length]
    if sum(1 for line in fitting if _digits(line[:4])) * 2 < len(fitting):  # KOMMUNE_NR
        return None
    form, years = LENGTHS[length]
    v = Counter(line[4:6] for line in fitting).most_common(1)[0][0]
    year = 2000 + int(v) if _digits(v) else None
    if year in years:
        return form, year
    return form, (years[0] if len(years) == 1 else None)
