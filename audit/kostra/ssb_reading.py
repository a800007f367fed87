"""Read a KOSTRA 11CF / 11F file the way Statistics Norway's control programme reads it.

Used by the ``kostra`` suite only (the ``kvp`` / ``stonad`` suites keep
:func:`audit.kostra.reader.read_kostra`, which makes an impossible date unreadable).
What differs from ``read_kostra``, each because it decides a control's outcome in
SSB's programme (statisticsnorway/kostra-kontrollprogram, read per reporting year at
the tags in :data:`SSB_TAGS`):

* **Lines**: the text is split at ``\\n`` only, ``\\r`` is stripped from both ends of a
  line and empty lines are dropped. A CR-only file is therefore one long line, a
  UTF-8 BOM is one more character in line 1, and a line of blanks is a record of the
  wrong length: all of them fail control 001 (record length, also failing on a tab
  anywhere in the line), which stops every other control of the file.
* **Values stay text**: each field is kept exactly as it stands (untrimmed), because
  SSB compares codes against the untrimmed field (`` 1`` is not ``01``). Numbers,
  dates and sums are read inside the controls (:mod:`checks.kostra_common`): an
  integer may carry a sign (``+5000``), a date is resolved like Java's
  ``DateTimeFormatter`` in SMART mode (``31022025`` is 28.02.2025; ``010199`` is
  01.01.2099 in the 2024 layout), and only control 37 asks whether the date was real.
* **Duplicates and VERSION** are not reading errors: controls 05A/05B and 04 report
  them per record.
* **Identity numbers** (``PERSON_FODSELSNR``, ``PERSON_DUF``) and ``FODSELSDATO`` are
  read in :func:`_person_facts` only and never stored: the frame gets the facts the
  controls need (valid per SSB's rule for the year, check digits valid, age in the
  reporting year, a per-file group number for equal numbers, DUF valid, birth date
  readable), computed before the number is dropped. A journal number holding the record's own
  identity digits or birth date (:mod:`audit.kostra.own_digits`) is keyed by its pseudonym, as
  ``read_kostra`` keys it, with an input issue; other such fields are masked in the results.
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

from audit.datasets import BOOL, CATEGORY, DATASETS, INT, TEXT, Column, Dataset
from audit.errors import ConfigError, InputError
from audit.kostra.layout import Layout
from audit.kostra.own_digits import OwnDigits
from audit.kostra.files import (
    LAYOUTS, LENGTHS, SUPPORTED_YEARS, decode, lengths_found, normalise_form, record_length_of, split_lines,
)
from audit.privacy import is_identity_number, safe_value
from audit.pseudonym import Pseudonymiser, default_pseudonymiser
from audit.table import FILE, ROW, InputIssue, LoadedTable, SourceInfo
from audit.text import Msg, msg, t


# Which version of SSB's programme each reporting year's controls follow: the last tag
# that loads that year's file description (2026: the pre-release of 25.06.2026).
SSB_TAGS = {2024: "v2025.04.04", 2025: "v2026.03.30", 2026: "pre-release-v2026-06-25"}

# SSB's test numbers: these suffixes count as valid identity numbers from 2025.
TEST_SUFFIXES = ("00100", "00200", "99999")
# SSB's 2024 programme pivots a 6-digit birth date on the day it runs ("a birth date
# more than a year after today is a century earlier"). A fixed day inside the period
# the 2024 version was current keeps the outcome reproducible.
PIVOT_DAY_2024 = dt.date(2025, 6, 30)

_HIDDEN = ("PERSON_FODSELSNR", "PERSON_DUF", "FODSELSDATO")
KEY = "journal_id"
FACTS = (
    Column("line", INT, "linjenummer i filen"),
    Column("record", INT, "postnummer slik SSBs program teller (tomme linjer telles ikke)"),
    Column("has_tab", BOOL, "posten har en tabulator"),
    Column("record_length", INT, "postlengde (tegn)"),
    Column("length_ok", BOOL, "postlengden stemmer og posten har ingen tabulator"),
    Column("stopped", BOOL, "kontroll 001 stoppet filen"),
    Column("kostra_year", INT, "rapporteringsår"),
    Column("region", TEXT, "kommunenummeret filen rapporteres for"),
    Column("fnr_blank", BOOL, "fødselsnummer er blankt"),
    Column("fnr_valid", BOOL, "fødselsnummer gyldig etter SSBs regel for året"),
    Column("fnr_mod11", BOOL, "fødselsnummer har riktige kontrollsifre"),
    Column("fnr_group", INT, "gruppe av like fødselsnumre i filen"),
    Column("age", INT, "alder i rapporteringsåret (fra fødselsnummeret)"),
    Column("duf_valid", BOOL, "DUF-nummer gyldig"),
    Column("birth_date_ok", BOOL, "FODSELSDATO kan leses"),
)


def _dataset(form: str) -> Dataset:
    names: list[str] = []
    for (f, _y), lay in sorted(LAYOUTS.items()):
        if f == form:
            names += [n for n in lay.names if n not in _HIDDEN and n not in names]
    return Dataset(
        name=f"kostra_{form.lower()}",
        key=KEY,
        title_nb=t("kostra.dataset.title", "nb", form=form),
        title_en=t("kostra.dataset.title", "en", form=form),
        columns=(
            Column(KEY, TEXT, "journalnummer"),
            Column("municipality", TEXT, "kommunenummer"),
            Column("office", TEXT, "bydel"),
            Column("caseworker", TEXT, "saksbehandler"),
            *FACTS,
            *(Column(n, CATEGORY, "felt i KOSTRA-posten (uendret tekst)") for n in names),
        ),
    )


DATASET_OF_FORM = {form: _dataset(form) for form in ("11CF", "11F")}
for _ds in DATASET_OF_FORM.values():  # the kostra suite's datasets, beside kvp and stonad
    DATASETS.setdefault(_ds.name, _ds)


# --------------------------------------------------------------------------------------
# Lines
# --------------------------------------------------------------------------------------


def ssb_lines(text: str) -> list[tuple[int, str]]:
    """(physical line number, line) as SSB's programme sees the records."""
    out = []
    for i, line in enumerate(text.split("\n"), start=1):
        line = line.strip("\r")
        if line:
            out.append((i, line))
    return out


def detect(display: str, text: str, form: str | None, year: int | None) -> tuple[Layout, list[Msg]]:
    """Form and reporting year. Leniently (BOM dropped, any line end) so that a file
    SSB's programme would stop at control 001 still gets its form; VERSION never stops
    the run (control 04 reports it per record)."""
    form = normalise_form(form)
    if year is not None and year not in SUPPORTED_YEARS:
        raise ConfigError(msg("kostra.error.year_unsupported", year=year),
                          hint=msg("kostra.error.years_supported", years=", ".join(map(str, SUPPORTED_YEARS))))
    lines = split_lines(text.lstrip("\ufeff"))
    if not lines:
        raise InputError(msg("kostra.error.empty"), file=display, hint=msg("kostra.error.empty_hint"))
    counts = Counter(record_length_of(line) for _, line in lines)
    known, short, notes = lengths_found(display, lines, counts, form, year)  # short: SSB fails every line by 001
    if not known:
        raise InputError(msg("kostra.error.no_length", length=counts.most_common(1)[0][0]), file=display,
                         hint=msg("kostra.error.no_length_hint"))
    length = max(known, key=lambda n: (known[n], -n))
    form_found, years = LENGTHS[length]
    member = (lambda line: True) if short else (lambda line: record_length_of(line) == length)  # noqa: E731
    if year is None:
        versions = Counter(line[4:6] for _, line in lines if member(line))
        v = versions.most_common(1)[0][0]
        from_version = 2000 + int(v) if v.isascii() and v.isdigit() else None
        if from_version in years:
            year = from_version
        elif from_version is not None and from_version not in SUPPORTED_YEARS:
            # another reporting year's file (2023 has 2024's length): say so rather than audit it as 2024
            row = next(n for n, line in lines if member(line) and line[4:6] == v)
            raise InputError(msg("kostra.error.year_unsupported", year=from_version), file=display, row=row,
                             column="VERSION", value=v,
                             hint=msg("kostra.error.years_supported", years=", ".join(map(str, SUPPORTED_YEARS))))
        elif len(years) == 1:
            year = years[0]
        else:
            row = next(n for n, line in lines if member(line) and line[4:6] == v)
            where = {"file": display, "row": row, "column": "VERSION", "value": v}
            hint = msg("kostra.error.year_unknown_hint", years=", ".join(map(str, years)))
            if from_version in SUPPORTED_YEARS:  # another year's VERSION on this layout
                raise InputError(msg("kostra.error.year_length", length=length, form=form_found, year=from_version,
                                     expected=LAYOUTS[(form_found, from_version)].record_length), hint=hint, **where)
            raise InputError(msg("kostra.error.year_unknown"), hint=hint, **where)
    elif year not in years:
        raise InputError(msg("kostra.error.year_length", length=length, form=form_found, year=year,
                           expected=LAYOUTS[(form_found, year)].record_length),
                         file=display, hint=msg("kostra.error.year_length_hint"))
    return LAYOUTS[(form_found, year)], notes


# --------------------------------------------------------------------------------------
# Identity facts (SSB's rules, per reporting year)
# --------------------------------------------------------------------------------------


_W1, _W2 = (3, 7, 6, 1, 8, 9, 4, 5, 2, 1), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


def _mod11(s: str) -> bool:
    d = list(map(int, s))
    return sum(map(int.__mul__, d[:10], _W1)) % 11 == 0 and sum(map(int.__mul__, d, _W2)) % 11 == 0


def smart_date(day: int, month: int, year: int) -> dt.date | None:
    """Java's SMART resolution: month 1–12 and day 1–31 required, a day beyond the
    month's end becomes its last day."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _ddmmyy(s: str) -> dt.date | None:
    return smart_date(int(s[0:2]), int(s[2:4]), 2000 + int(s[4:6]))


def _birth_2025(s: str, year: int) -> dt.date | None:
    """SSB 2025–2026: test-number suffixes pivot on the reporting year; otherwise
    D-number day − 40, Tenor month − 80, century from the individnummer."""
    if s.endswith(TEST_SUFFIXES):
        d = _ddmmyy(s)
        if d is None:
            return None
        return d.replace(year=d.year - 100) if dt.date(year + 1, 12, 31) < d else d
    first = int(s[0])
    s = str(first - 4 if first > 3 else first) + s[1:]
    third = int(s[2])
    s = s[:2] + str(third - 8 if third >= 8 else third) + s[3:]
    d = _ddmmyy(s)
    if d is None:
        return None
    individ, yy = int(s[6:9]), int(s[4:6])
    if 500 <= individ <= 999 and yy <= 39:
        shift = 0
    elif 500 <= individ <= 749 and yy >= 54:
        shift = 200
    elif individ <= 499 or individ >= 900:
        shift = 100
    else:
        shift = 0
    return _minus_years(d, shift)


def _birth_2024(s: str) -> dt.date | None:
    """SSB 2024: D-number day − 40; the month's first digit 8/9 − 8 (2–7 gives no date);
    20yy unless that is more than a year after the run (:data:`PIVOT_DAY_2024`)."""
    first = int(s[0])
    head = str(first - 4 if first > 3 else first) + s[1:6]
    third = int(head[2])
    if 2 <= third <= 7:
        return None
    head = head[:2] + str(third - 8 if third > 1 else third) + head[3:]
    d = _ddmmyy(head)
    if d is None:
        return None
    limit = PIVOT_DAY_2024.replace(year=PIVOT_DAY_2024.year + 1)
    return _minus_years(d, 100) if d > limit else d


def _minus_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year - years)
    except ValueError:  # 29 February in a year that is not a leap year
        return d.replace(year=d.year - years, day=28)


def birth_from_number(s: str, year: int) -> dt.date | None:
    if not (len(s) == 11 and s.isascii() and s.isdigit()):
        return None
    return _birth_2024(s) if year <= 2024 else _birth_2025(s, year)


def valid_number(s: str, year: int) -> bool:
    """SSB's ``isValidSocialSecurityIdOrDnr``: 11 digits and check digits right, or a
    test number (suffix 00100/00200/99999) with a readable birth date."""
    if not (len(s) == 11 and s.isascii() and s.isdigit()):
        return False
    return _mod11(s) or (s.endswith(TEST_SUFFIXES) and birth_from_number(s, year) is not None)


def valid_duf(s: str) -> bool:
    if not (len(s) == 12 and s.isascii() and s.isdigit()):
        return False
    total = sum(int(c) * w for c, w in zip(s[:10], (4, 6, 3, 2, 4, 6, 3, 2, 7, 5)))
    return f"{total % 11:02d}" == s[10:]


def _person_facts(lay: Layout, line: str, groups: dict[str, int]) -> dict:
    """Facts from the identity fields of one record; the numbers themselves stay here."""
    fnr_raw = lay.field("PERSON_FODSELSNR").cut(line)
    fnr = fnr_raw.strip()
    year = lay.year
    birth = birth_from_number(fnr_raw, year)
    facts = {
        "fnr_blank": not fnr,
        "fnr_valid": valid_number(fnr, year),
        "fnr_mod11": len(fnr) == 11 and fnr.isascii() and fnr.isdigit() and _mod11(fnr),
        "fnr_group": groups.setdefault(fnr_raw, len(groups)) if len(fnr) == 11 else None,
        "age": None if birth is None else year - birth.year,
        "duf_valid": valid_duf(lay.field("PERSON_DUF").cut(line)) if lay.has("PERSON_DUF") else None,
        "birth_date_ok": None,
    }
    if lay.has("FODSELSDATO"):
        b = lay.field("FODSELSDATO").cut(line)
        facts["birth_date_ok"] = (len(b) == 8 and b.isascii() and b.isdigit()
                                  and smart_date(int(b[:2]), int(b[2:4]), int(b[4:])) is not None)
    return facts


_PLAN: dict[tuple[str, int], tuple[list[slice], list[tuple[int, int]], list[str | None]]] = {}


def _plan(lay: Layout) -> tuple[list[slice], list[tuple[int, int]], list[str | None]]:
    """Per layout: where the identity numbers stand, the identity fields' spans (0-based,
    in record order) and per position the field there (None inside an identity field)."""
    key = (lay.form, lay.year)
    if key not in _PLAN:
        secrets = [slice(lay.field(n).start - 1, lay.field(n).end) for n in ("PERSON_FODSELSNR", "PERSON_DUF")
                   if lay.has(n)]
        spans = sorted((lay.field(n).start - 1, lay.field(n).end) for n in _HIDDEN if lay.has(n))
        at: list[str | None] = [None] * lay.record_length
        for fd in lay.fields:
            if fd.name not in _HIDDEN:
                at[fd.start - 1:fd.end] = [fd.name] * fd.length
        _PLAN[key] = (secrets, spans, at)
    return _PLAN[key]


def _births(lay: Layout, line: str, numbers: list[str]) -> list[dt.date | None]:
    """The record's birth date as FODSELSDATO has it and as its identity number has it."""
    out = [birth_from_number(n, lay.year) for n in numbers[:1]]
    if lay.has("FODSELSDATO"):
        b = lay.field("FODSELSDATO").cut(line)
        if len(b) == 8 and b.isascii() and b.isdigit():
            try:
                out.append(dt.date(int(b[4:]), int(b[2:4]), int(b[:2])))
            except ValueError:
                pass
    return out


def own_number_fields(lay: Layout, line: str) -> frozenset[str]:
    """The fields of a record (of the right length) that hold six or more digits in a row of
    the record's own identity or DUF number, or its birth date in any form (:mod:`audit.kostra.own_digits`):
    they are judged by the controls but never shown (as :func:`audit.kostra.records.message_value`
    masks such a value in read_kostra's messages). Six digits over adjacent fields mark each field they
    touch; the journal number is compared by its digits alone (``15.06.90``)."""
    where, spans, at = _plan(lay)
    numbers = [v for v in (line[w].strip() for w in where) if len(v) >= 6]
    own = OwnDigits.of(numbers, _births(lay, line, numbers))
    if not own:
        return frozenset()
    parts, pos = [], 0
    for a, b in spans:  # the identity fields blanked: only the other fields are searched
        parts += [line[pos:a], " " * (b - a)]
        pos = b
    shown = "".join(parts) + line[pos:]
    found: set[str] = set()
    if own.in_key(lay.field("PERSON_JOURNALNR").cut(line)):
        found.add("PERSON_JOURNALNR")
    if not (any(g in shown for g in own.grams) or any(b in shown for b in own.births)):
        return frozenset(found)  # nearly every record: nothing more to look at
    for start, end in own.runs(shown):
        found.update(name for name in at[start:end] if name is not None)
    return frozenset(found)


# --------------------------------------------------------------------------------------
# The reader
# --------------------------------------------------------------------------------------


@dataclass
class SsbFile:
    table: LoadedTable
    layout: Layout
    stopped_lines: list[int]
    # line -> fields holding part of that record's own identity number (never shown)
    masked: dict[int, frozenset[str]] = field(default_factory=dict)
    # line -> the pseudonym its journal number is shown as (the key, and PERSON_JOURNALNR in details)
    pseudonyms: dict[int, str] = field(default_factory=dict)

    @property
    def tag(self) -> str:
        return SSB_TAGS[self.layout.year]


def _frame(lay: Layout, records: list[tuple[int, str]], expected: str | None, stopped: bool,
           file: str | None = None, masked: dict[int, frozenset[str]] | None = None,
           pseudonyms: dict[int, str] | None = None, pseudonymiser: Pseudonymiser | None = None) -> pl.DataFrame:
    """The records as text columns (cut in polars) plus the facts; a line of the wrong
    length may be shifted, so none of its fields is kept."""
    length = lay.record_length
    lines = [line for _, line in records]
    ok = [len(line) == length and "\t" not in line for line in lines]
    fitted = [line[:length].ljust(length) for line in lines]
    groups: dict[str, int] = {}
    empty = dict.fromkeys(("fnr_blank", "fnr_valid", "fnr_mod11", "fnr_group", "age", "duf_valid", "birth_date_ok"))
    facts: dict[str, list] = {k: [] for k in empty}  # per fact a column (a dict per record took 0.5 GB a million)
    for f, good in zip(fitted, ok):
        for k, v in (_person_facts(lay, f, groups) if good else empty).items():
            facts[k].append(v)
    ds = DATASET_OF_FORM[lay.form]
    base = {
        "line": [n for n, _ in records],
        "record": list(range(1, len(records) + 1)),
        "has_tab": ["\t" in line for line in lines],
        "record_length": [len(line) for line in lines],
        "length_ok": ok,
        **facts,
    }
    frame = pl.DataFrame({k: pl.Series(k, v, dtype=ds.column(k).dtype) for k, v in base.items()})
    del base, facts
    frame = frame.with_columns(pl.Series("__text", fitted, dtype=pl.Utf8), pl.lit(stopped).alias("stopped"),
                               pl.lit(lay.year, dtype=pl.Int64).alias("kostra_year"),
                               pl.lit(expected, dtype=pl.Utf8).alias("region"))
    text, good = pl.col("__text"), pl.col("length_ok")

    def cut(name: str) -> pl.Expr:
        fd = lay.field(name)
        return text.str.slice(fd.start - 1, fd.length)

    def trimmed(name: str) -> pl.Expr:
        v = cut(name).str.strip_chars()
        return pl.when(good & (v != "")).then(v)

    masked_lines = {n: names for (n, _), f, g in zip(records, fitted, ok) if g and (names := own_number_fields(lay, f))}
    if masked is not None:
        masked.update(masked_lines)
    hidden = {n for n, names in masked_lines.items() if "PERSON_JOURNALNR" in names}
    found: dict[int, str] = {}
    if hidden:
        # the fnr, a part of it or the birth date typed as the journal number: the key is its keyed
        # pseudonym, the same in every output and in every run with the same key (history, review sheet)
        journal_field = lay.field("PERSON_JOURNALNR")
        p = pseudonymiser or default_pseudonymiser()
        found = {n: p.pseudonym(journal_field.cut(f).strip()) for (n, _), f in zip(records, fitted) if n in hidden}
        if pseudonyms is not None:
            pseudonyms.update(found)
    hide_worker = pl.col("line").is_in([n for n, names in masked_lines.items() if "SAKSBEHANDLER" in names])
    journal = cut("PERSON_JOURNALNR")
    line = pl.col("line").cast(pl.Utf8)
    frame = frame.with_columns(pl.Series("__pseudo", [found.get(n) for n, _ in records],
                                         dtype=pl.Utf8))
    shown = pl.coalesce(pl.col("__pseudo"), journal.str.strip_chars())
    key = (pl.when(~good | (journal.str.strip_chars() == "")).then(pl.lit("(linje ") + line + pl.lit(")"))
           .when(pl.len().over(journal) > 1)  # keys stay unique; 05B reports the duplicates
           .then(shown + pl.lit(" (linje ") + line + pl.lit(")"))
           .otherwise(shown))
    caseworker = trimmed("SAKSBEHANDLER")
    worker = lay.field("SAKSBEHANDLER")
    hidden_lines = [n for (n, _), f in zip(records, fitted)
                    if (v := worker.cut(f).strip()).isdigit() and (is_identity_number(v) or is_identity_number("0" + v))]
    if hidden_lines:  # as every other column (audit.inputs.identity): stop, naming the line and a count, never the value
        raise InputError(
            msg("kostra.error.identity_field", count=len(hidden_lines)),
            file=file, row=hidden_lines[0], column="SAKSBEHANDLER",
        )
    frame = frame.with_columns(
        key.alias(KEY),
        trimmed("KOMMUNE_NR").alias("municipality"),
        trimmed("BYDELSNR").alias("office"),
        pl.when(hide_worker).then(None).otherwise(caseworker).alias("caseworker"),
        *(pl.when(good).then(cut(f.name)).alias(f.name) for f in lay.fields if f.name not in _HIDDEN),
    ).drop("__text", "__pseudo")
    return frame


def read_ssb(path: str | os.PathLike, *, form: str | None = None, year: int | None = None,
             region: str | None = None, name: str | None = None, pseudonymiser: Pseudonymiser | None = None) -> SsbFile:
    """The records of ``path`` as SSB's control programme reads them (module docstring)."""
    p = Path(path)
    display = name or str(path)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InputError(msg("kostra.error.unreadable", reason=e.strerror or e), file=display) from None
    sha256 = hashlib.sha256(data).hexdigest()
    text, _encoding = decode(data)
    if data.startswith(b"\xef\xbb\xbf"):  # decode() drops a BOM; SSB sees it as part of line 1
        text = "\ufeff" + text
    del data
    lay, notes = detect(display, text, form, year)
    records = ssb_lines(text)
    bom = text.startswith("\ufeff")
    del text
    length = lay.record_length
    bad_lines = [n for n, line in records if len(line) != length or "\t" in line]
    stopped = bool(bad_lines)
    kommune = Counter(lay.field("KOMMUNE_NR").cut(line) for _, line in records if record_length_of(line) == length)
    kommune = kommune or Counter(lay.field("KOMMUNE_NR").cut(line) for _, line in records)  # every line shortened
    expected = (region or "")[:4] if region and region[:4].isdigit() and len(region) in (4, 6) else None
    expected = expected or (kommune.most_common(1)[0][0] if kommune else None)
    masked: dict[int, frozenset[str]] = {}
    pseudonyms: dict[int, str] = {}
    frame = _frame(lay, records, expected, stopped, file=display, masked=masked, pseudonyms=pseudonyms,
                   pseudonymiser=pseudonymiser)
    issue = msg("kostra.issue.journal_pseudonym")
    issues = [InputIssue(display, n, "PERSON_JOURNALNR", issue.render("nb"), issue) for n in sorted(pseudonyms)]
    frame = frame.with_columns(pl.lit(display).alias(FILE), pl.col("line").alias(ROW))
    notes.insert(0, msg("kostra.note.read", file=display, form=lay.form, year=lay.year, records=len(records),
                      version=SSB_TAGS[lay.year]))
    if stopped and bom and 1 in bad_lines[:1]:
        notes.append(msg("kostra.note.bom", file=display))
    if stopped:
        shown_lines = ", ".join(map(str, bad_lines[:20])) + (f" … (+{len(bad_lines) - 20})" if len(bad_lines) > 20 else "")
        notes.append(msg("kostra.note.stopped", file=display, lines=shown_lines))
    source = SourceInfo(path=display, sha256=sha256, rows=len(records), format="kostra",
                        details={"kostra_form": lay.form, "kostra_year": lay.year, "ssb_version": SSB_TAGS[lay.year],
                                 "region": safe_value(expected) if expected else None})
    table = LoadedTable(dataset=DATASET_OF_FORM[lay.form].name, frame=frame, issues=issues, sources=[source], notes=notes)
    return SsbFile(table=table, layout=lay, stopped_lines=bad_lines, masked=masked, pseudonyms=pseudonyms)
