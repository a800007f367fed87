"""The case sheet(s) of the run workbook, streamed as SpreadsheetML (issue 18).

A million cases are too many for openpyxl (about 10 000 cells a second): the rows of the
Saker/Cases sheet are assembled as XML by polars, column by column, and streamed into the
workbook's zip. openpyxl still writes the rest of the workbook and the case sheet's frame
(title, header, column widths, frozen header, autofilter, print set-up, styles); this module
plans the rows (coding each check's columns with :mod:`reports.case_codes`),
:mod:`reports.case_xml` writes them and the hyperlinks into the zip.

How a cell is made:

* every column of a check's cases has few distinct values (levels, day counts, limits,
  reasons, offices, dates), except the case key. Each distinct value becomes a
  :class:`reports.values.Val` through the same functions the view model uses
  (``Formatter.measured_unit``, ``explain.limit_text``/``reason_text``/``rule_text``,
  ``Formatter.detail``), then a cell exactly as :func:`reports.excel.put` writes one:
  numbers and dates as numbers with a number format, text as a shared string, a text
  starting with ``= + - @`` (the formula guard, :data:`audit.io.FORMULA_TRIGGERS`) with
  Excel's quote prefix — and being a string it is never a formula anyway. The rows get
  the distinct cells by index (``gather``): no Python object per case.
* the case key is written vectorised as an inline string (XML-escaped); the few keys
  that hold something unusual (control characters, a digit run as long as an identity
  number, a formula trigger, edge spaces, more than 2 000 characters) go through
  ``Formatter.text`` (which masks identity numbers) one by one.
* every data cell is top-aligned; a row whose wrapped text (title, rule, reason,
  follow-ups) needs several lines gets its height, as the openpyxl writer gave it.

An Excel sheet holds 1 048 576 rows. Cases beyond that continue on «Saker (2)», «Saker (3)»
… with the same header, frozen panes, autofilter and print set-up (:data:`ROWS_PER_SHEET`).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Callable

import polars as pl

import reports.explain as explain
from audit.io import FORMULA_TRIGGERS
from audit.text import t as w
from reports.case_codes import components, case_source_frame
from reports.check_view import lifecycle_texts
from reports.unknown_view import reason_sentence
from reports.excel import MAX_WIDTH, MIN_WIDTH, safe_text
from reports.values import BOOL, DATE, DATETIME, EMPTY, INT, NUMBER, PERCENT, TEXT, UNUSUAL_TEXT, Val
from reports.views import CheckView, ReportModel

EXCEL_ROWS = 1_048_576  # rows in one Excel sheet
HEADER_ROW = 4  # the header row of every case sheet (title, subtitle, blank line above it)
ROWS_PER_SHEET = EXCEL_ROWS - HEADER_ROW  # cases per sheet (a module value: tests make it small)
CHUNK = 200_000  # rows assembled at a time (bounded memory)
REASON_COLUMN = 9  # an unknown key's row says why in it too
WRAP = {2: 20, 5: 12, 7: 14, 8: 12, 9: 26}  # column -> width at which its text wraps (title, value, limit, rule, reason)
LEVEL_STYLES = ("deviation", "warning", "not_evaluated")
_EPOCH = date(1899, 12, 30)
_UNUSUAL_KEY = UNUSUAL_TEXT + r"|^[=+\-@\s]|\s$"  # and keys a plain inline string would not keep

# A cell before its shared-string index and style id are known:
# ("s", text, style) shared string, ("n", number text, style) number, None empty.
Spec = tuple | None


def base_headers(m: ReportModel) -> list[str]:
    """The case sheet's columns before the detail columns (the ones a reader acts on and prints)."""
    t = m.t
    base = [t("col.check_id"), t("col.check"), t("col.level"), t("col.key"), t("col.measured"), t("col.unit"),
            w("reports.col.limit", m.lang), w("reports.col.rule", m.lang), w("reports.col.reason", m.lang),
            t("col.office"), t("col.municipality"), t("col.caseworker")]
    if m.has_history:  # the case's lifecycle and its follow-ups, before the detail columns
        base += [t("col.lifecycle"), t("col.follow_ups")]
    return base


def basis_headers(m: ReportModel) -> list[str]:
    """The columns after those printed: the check's legal basis and whether it is law or practice, on
    every row, so a sheet filtered by caseworker (its rows from many checks) needs no look-up."""
    return [m.t("col.legal_basis"), w("reports.col.basis", m.lang)]


def _basis_group(m: ReportModel, c: CheckView, first: int, wrap: dict[int, int], widths: dict[int, float]) -> Group:
    """One value for every row of a check: its legal basis without the notes (the summary sheet has them)
    and «lovkrav» / «god praksis» (a data-quality check: its kind, «Datakvalitet»)."""
    basis = c.legal_basis.text if c.legal_basis.kind == TEXT else ""
    return _group([first, first + 1], None, [()],
                  lambda: [m.fmt.text(explain.basis_without_notes(basis)) if basis else None,
                           m.fmt.text(c.basis_label or c.kind_label)], wrap, widths)


def wrap_columns(m: ReportModel) -> dict[int, int]:
    wrap = dict(WRAP)
    if m.has_history:  # "vedvarende siden 30.09.2025" on two lines; the follow-ups beside it
        wrap.update({13: 18, 14: 30})
    return wrap


def unit_word(lang: str, unit: str | None, value=None) -> str | None:
    """The unit of a measured value as a word ("dager"), None for counts, shares and no unit."""
    if not unit or unit in ("count", "share"):
        return None
    form = "one" if value == 1 else "other"
    word = w(f"unit.{unit}.{form}", lang)
    return None if word.startswith("unit.") else word


# --------------------------------------------------------------------------- one value -> one cell


def cell_spec(value: Val | str | None, col: int, wrap: dict[int, int]) -> tuple[Spec, str, int]:
    """(cell, text its width is fitted to, lines it needs) of one value, as :func:`reports.excel.put` writes it."""
    if value is None or isinstance(value, str):
        value = Val(value, value or "", TEXT if value else EMPTY)
    kind, raw, shown = value.kind, value.raw, value.text
    if kind == EMPTY or raw is None:
        return None, "", 1
    if kind in (INT, NUMBER, PERCENT):
        return ("n", repr(raw) if isinstance(raw, float) else str(int(raw)), kind), shown, 1
    if kind == DATE:
        return ("n", str((raw - _EPOCH).days), DATE), "00.00.0000", 1
    if kind == DATETIME:
        days = (raw - datetime(1899, 12, 30)).total_seconds() / 86400
        return ("n", repr(days), DATETIME), "00.00.0000 00:00", 1
    text = safe_text(str(raw if kind in (TEXT, BOOL) else shown))
    cap = wrap.get(col)
    wrapped = bool(cap) and len(text) > cap
    lines = -(-len(text) // cap) if wrapped else 1
    return ("s", text, ("text", text.startswith(FORMULA_TRIGGERS), wrapped)), text, lines


def _width(text: str) -> int:
    return min(max((len(line) for line in text.splitlines()), default=0) + 2, MAX_WIDTH)


# --------------------------------------------------------------------------- a check's columns


@dataclass
class Group:
    """Columns filled from one per-row key: the distinct keys' cells, and each row's index into them."""

    cols: list[int]
    codes: pl.Series | None  # per row: index into cells (None: one value for every row)
    cells: list[list[Spec]]  # per distinct key: one cell per column of cols
    lines: list[int]  # per distinct key: lines its wrapped text needs


@dataclass
class CheckRows:
    check: CheckView
    n_cases: int
    groups: list[Group]
    keys: pl.Series  # the case keys (Utf8), then the unknown keys
    key_cells: dict[int, Spec]  # row -> cell of the unusual keys (through Formatter.text)
    ncols: int  # columns this check fills (its last used column)
    summary_row: int
    # the reason cell of each unknown key's row (what it lacks): per distinct reason its cell and
    # the lines it needs, and per unknown key its index into them (reports.unknown_view)
    unknown_reasons: list[tuple[Spec, int]] = field(default_factory=list)
    unknown_codes: pl.Series | None = None

    @property
    def rows(self) -> int:
        return self.keys.len()


@dataclass
class CasePlan:
    """Everything about the case sheets known before the XML is written."""

    sheets: list[str]  # sheet names: Saker, Saker (2), …
    sheet_rows: list[int]  # data rows per sheet
    headers: list[str]
    print_columns: int
    checks: list[CheckRows]
    widths: dict[int, float] = field(default_factory=dict)
    first_rows: dict[str, tuple[str, int]] = field(default_factory=dict)  # check id -> (sheet, row)
    styles: dict[Any, int] = field(default_factory=dict)  # style key -> cellXfs index (set by the workbook)
    strings: dict[str, int] = field(default_factory=dict)  # shared strings of the case sheets
    total: int = 0
    wrap: dict[int, int] = field(default_factory=dict)
    offset: int = 0  # shared strings openpyxl wrote before those of the case sheets
    unknown_label: str = ""  # the level word of an unknown key's row
    unknown_reason: str = ""  # the reason an unknown key's row gives (a value the check needs is missing)


def _group(cols: list[int], codes: pl.Series, distinct: list[tuple], fn: Callable[..., list],
           wrap: dict[int, int], widths: dict[int, float]) -> Group:
    cells, lines = [], []
    for comp in distinct:
        row_cells, n = [], 1
        for col, value in zip(cols, fn(*comp)):
            spec, shown, k = cell_spec(value, col, wrap) if not isinstance(value, tuple) else value
            row_cells.append(spec)
            n = max(n, k)
            if spec is not None:
                widths[col] = max(widths.get(col, MIN_WIDTH), _width(shown))
        cells.append(row_cells)
        lines.append(n)
    if len(cells) == 1:
        codes = None
    return Group(cols, codes, cells, lines)


def _level_cell(m: ReportModel, level: str) -> tuple[Spec, str, int]:
    t = m.t
    label = t(f"level.{level}") if t.has(f"level.{level}") else str(level or "")
    code = level if level in LEVEL_STYLES else "not_evaluated"
    return (("s", safe_text(label), ("level", code)) if label else None), label, 1


def _check_rows(m: ReportModel, c: CheckView, detail_index: dict[str, int], summary_row: int,
                widths: dict[int, float]) -> CheckRows:
    """The columns of one check's cases (and its unknown keys) as groups of distinct cells."""
    lang, fmt = m.lang, m.fmt
    wrap = wrap_columns(m)
    text = _text_cache(fmt)
    history = m.has_history
    unit = c.unit
    names = [d for d, _ in c.detail_columns]
    frame, coders = case_source_frame(c.case_source, c.unit, names)
    is_json = bool(coders)
    n = frame.height
    groups: list[Group] = []

    def add(cols, exprs, fn, json_col=None):
        """One group of columns; returns its row codes (None: one value for every row)."""
        if n == 0:
            return None
        if is_json:
            coder = coders[json_col]
            codes, distinct = pl.Series(coder.codes, dtype=pl.UInt32), coder.distinct
        else:
            codes, distinct = components(frame, exprs)
        groups.append(_group(cols, codes, distinct, fn, wrap, widths))
        return codes

    def value_unit_limit(value, case_unit, limit, comparison, reasoned):
        """Value, unit and limit as the page shows them (explain.value_and_limit)."""
        shown, shown_unit, limit_words = explain.value_and_limit(fmt.babel, value, case_unit, limit, comparison,
                                                                 bool(reasoned))
        if value is None and isinstance(shown, str):  # a pass/fail finding: "ikke oppfylt", no unit
            return [text(shown), None, text(limit_words)]
        v = fmt.measured_unit(value, case_unit)
        return [v, unit_word(lang, case_unit, v.raw), text(limit_words)]

    if is_json:
        add([3], None, lambda lv: [_level_cell(m, lv)], "level")
        add([5, 6, 7], None, value_unit_limit, "value_unit")
        add([8], None, lambda r: [text(explain.rule_text(fmt.babel, r))], "rule")
        add([9], None, lambda r, none, lv: [text(explain.reason_text(lang, r, value=None if none else 0, level=lv))],
            "reason")
        for col, name in ((10, "office"), (11, "municipality"), (12, "caseworker")):
            add([col], None, lambda x: [text(x)], name)
        if history:
            add([13, 14], None, lambda *x: _lifecycle_cells(m, *x), "life")
        for name, col in detail_index.items():
            if f"d:{name}" in coders:
                add([col], None, lambda x, name=name: [fmt.detail(name, x, c.value_words.get(name))], f"d:{name}")
    else:
        cu = pl.col("unit").fill_null(pl.lit(unit, dtype=pl.Utf8)) if "unit" in frame.columns else pl.lit(unit)
        lim = _struct_fields(frame, "limit")
        rsn = _struct_fields(frame, "reason")
        comparison = (pl.col("facts").struct.field("comparison") if "comparison" in _struct_fields(frame, "facts")
                      else pl.lit(None, pl.Utf8))
        reasoned = pl.col("reason").is_not_null() if rsn else pl.lit(False)

        # The limit's words do not depend on the value; the value's cells depend on the limit only for
        # a pass/fail finding (no value, no limit words, a reason: «ikke oppfylt»). So the limit is one
        # group and the value and unit another, as explain.value_and_limit decides for each distinct
        # limit: a few thousand values and a few thousand limit dates instead of their combinations.
        pass_fail: list[bool] = []  # per distinct limit: a case without a value shows «ikke oppfylt»

        def limit_cell(case_unit, *x):
            limit, (comp, has_reason) = x[:len(lim)], x[len(lim):]
            shown, _, limit_words = explain.value_and_limit(fmt.babel, None, case_unit, dict(zip(lim, limit))
                                                            if lim else None, comp, bool(has_reason))
            pass_fail.append(isinstance(shown, str))
            return [text(limit_words)]

        limit_codes = add([7], [cu, *[pl.col("limit").struct.field(f) for f in lim], comparison, reasoned],
                          limit_cell)
        if n and any(pass_fail):
            flags = pl.Series(pass_fail, dtype=pl.Boolean)
            frame = frame.with_columns(_pass_fail=pl.col("value").is_null() & (
                pl.lit(flags[0]) if limit_codes is None else flags.gather(limit_codes)))
        else:
            frame = frame.with_columns(_pass_fail=pl.lit(False))

        def value_cells(value, case_unit, failed):
            if failed:  # a pass/fail finding: "ikke oppfylt", no unit
                return [text(explain.pass_fail_texts(lang)[0]), None]
            v = fmt.measured_unit(value, case_unit)
            return [v, unit_word(lang, case_unit, v.raw)]

        add([5, 6], [pl.col("value"), cu, pl.col("_pass_fail")], value_cells)
        # level, rule and reason: few combinations, coded together
        said = [x for x in dict.fromkeys((lang, "nb")) if x in rsn]  # reason_text reads these fields only
        exprs = [pl.col("level"), pl.col("rule") if "rule" in frame.columns else pl.lit(None, pl.Utf8),
                 *([pl.col("reason").struct.field(f) for f in said] if rsn else [pl.col("reason").cast(pl.Utf8)]),
                 pl.col("value").is_null()]

        def verdict(level, rule, *x):
            reason, none = x[:-1], x[-1]
            why = dict(zip(said, reason)) if rsn else reason[0]
            return [_level_cell(m, level), text(explain.rule_text(fmt.babel, rule)),
                    text(explain.reason_text(lang, why, value=None if none else 0, level=level))]

        add([3, 8, 9], exprs, verdict)
        for col, name in ((10, "office"), (11, "municipality"), (12, "caseworker")):
            if name in frame.columns:
                add([col], [pl.col(name)], lambda x: [text(x)])
        if history:
            add([13, 14], *_lifecycle_group(m, frame))
        for name, col in detail_index.items():
            if f"d:{name}" in frame.columns:
                add([col], [pl.col(f"d:{name}")], lambda x, name=name: [fmt.detail(name, x, c.value_words.get(name))])

    if n:
        groups.append(_basis_group(m, c, len(base_headers(m)) + 1, wrap, widths))
    # the keys: the cases', then the unknown keys (rows the check could not judge)
    unknown = c.unknown_source
    keys = pl.concat([frame["key"].cast(pl.Utf8) if n else pl.Series("key", [], pl.Utf8),
                      pl.Series("key", [str(k) for k in unknown], pl.Utf8)])
    key_cells: dict[int, Spec] = {}
    unusual = keys.str.contains(_UNUSUAL_KEY) | (keys.str.len_chars() > 2000)
    for i in unusual.fill_null(False).arg_true().to_list():
        spec, shown, _ = cell_spec(text(keys[i]), 4, wrap)
        key_cells[i] = spec
        widths[4] = max(widths.get(4, MIN_WIDTH), _width(shown))
    plain = keys.filter(~unusual.fill_null(True))
    if plain.len():
        widths[4] = max(widths.get(4, MIN_WIDTH), min(int(plain.str.len_chars().max()) + 2, MAX_WIDTH))
    used = [col for g in groups for col, cell in zip(g.cols, zip(*g.cells)) if any(x is not None for x in cell)]
    ncols = max([4, *used, *([REASON_COLUMN] if unknown else [])])
    for col, text in ((1, c.id), (2, c.title)):
        if keys.len():
            _, shown, _ = cell_spec(text, col, wrap)
            widths[col] = max(widths.get(col, MIN_WIDTH), _width(shown))
    reasons: list[tuple[Spec, int]] = []
    if unknown:
        widths[3] = max(widths.get(3, MIN_WIDTH), _width(m.t("level.unknown")))
        for lacks in c.unknown_lacks:
            spec, shown, lines = cell_spec(_text_cache(fmt)(reason_sentence(lang, lacks)), REASON_COLUMN, wrap)
            reasons.append((spec, lines))
            widths[REASON_COLUMN] = max(widths.get(REASON_COLUMN, MIN_WIDTH), _width(shown))
    codes = pl.Series(c.unknown_codes, dtype=pl.UInt32) if unknown and len(c.unknown_codes) == len(unknown) else None
    return CheckRows(c, n, groups, keys, key_cells, ncols, summary_row, reasons, codes)


def _text_cache(fmt) -> Callable[[Any], Val]:
    """``fmt.text`` remembered per value (it masks identity numbers, slowly; texts repeat across
    checks: reasons, limits, offices)."""
    cache = getattr(fmt, "_case_sheet_texts", None)
    if cache is None:
        cache = fmt._case_sheet_texts = {}  # noqa: SLF001 - the formatter of one report

    def text(x: Any) -> Val:
        try:
            v = cache.get(x)
        except TypeError:  # not hashable: not remembered
            return fmt.text(x)
        if v is None:
            v = cache[x] = fmt.text(x)
        return v
    return text


def _struct_fields(frame: pl.DataFrame, name: str) -> list[str]:
    dtype = frame.schema.get(name)
    return [f.name for f in dtype.fields] if isinstance(dtype, pl.Struct) else []


def _lifecycle_cells(m: ReportModel, has_life: bool, life: Any, has_fu: bool, fus: Any) -> list:
    return list(lifecycle_texts(has_life, life, has_fu, fus, m.t, m.fmt))


def _lifecycle_group(m: ReportModel, frame: pl.DataFrame) -> tuple[list[pl.Expr], Callable[..., list]]:
    """The lifecycle and follow-up cells of columnar cases (the history's ``lifecycle`` struct and
    ``follow_ups`` list, audit.history.annotate): per distinct state, label and since, as
    :func:`_lifecycle_cells` makes them from a case dict."""
    life_fields = _struct_fields(frame, "lifecycle")
    has_fu = "follow_ups" in frame.columns
    if not life_fields:  # a check the history did not annotate (not assessed): no lifecycle, no follow-ups
        return [pl.lit(False)], lambda _: _lifecycle_cells(m, False, None, has_fu, [] if has_fu else None)
    label_fields = _struct_fields(frame.select(pl.col("lifecycle").struct.field("state_label")), "state_label") \
        if "state_label" in life_fields else []
    since_fields = _struct_fields(frame.select(pl.col("lifecycle").struct.field("since")), "since") \
        if "since" in life_fields else []
    life = pl.col("lifecycle")
    exprs = [life.is_not_null(), *[life.struct.field(f) for f in life_fields if f not in ("state_label", "since")],
             *[life.struct.field("state_label").struct.field(f) for f in label_fields],
             *[life.struct.field("since").struct.field(f) for f in since_fields]]
    if has_fu:
        exprs.append(pl.col("follow_ups").list.len())  # empty on every columnar case (annotate keeps dicts else)
    plain = [f for f in life_fields if f not in ("state_label", "since")]

    def cells(present, *x):
        x = list(x)
        d = dict(zip(plain, x[:len(plain)]))
        x = x[len(plain):]
        if "state_label" in life_fields:
            d["state_label"] = dict(zip(label_fields, x[:len(label_fields)]))
            x = x[len(label_fields):]
        if "since" in life_fields:
            d["since"] = dict(zip(since_fields, x[:len(since_fields)]))
        return _lifecycle_cells(m, bool(present), d if present else None, has_fu, [] if has_fu else None)
    return exprs, cells


def plan(m: ReportModel) -> CasePlan:
    """The case sheets of ``m``: their rows, widths, names and where each check's cases start."""
    headers = base_headers(m)
    print_columns = len(headers)
    headers += basis_headers(m)  # for the screen and the filter; the A4 page keeps the columns a reader acts on
    detail_index = {name: i for i, (name, _) in enumerate(m.detail_columns, start=len(headers) + 1)}
    headers += [label for _, label in m.detail_columns]
    widths: dict[int, float] = {}
    _text_cache(m.fmt)  # made once, before the threads share it

    def check_rows(item: tuple[int, CheckView]) -> tuple[CheckRows, dict[int, float]]:
        own: dict[int, float] = {}
        return _check_rows(m, item[1], detail_index, item[0], own), own

    # Two checks at a time: polars codes one check's columns (without the interpreter lock)
    # while Python makes the other's distinct cells. Each check fits its own widths; the sheet
    # takes the widest, as one pass over the checks did.
    with ThreadPoolExecutor(2, thread_name_prefix="nav-audit-plan") as pool:
        planned = list(pool.map(check_rows, enumerate(m.checks, start=HEADER_ROW + 1)))
    checks = [cr for cr, _ in planned]
    for _, own in planned:
        for col, width in own.items():
            widths[col] = max(widths.get(col, MIN_WIDTH), width)
    total = sum(c.rows for c in checks)
    per = max(1, ROWS_PER_SHEET)
    count = max(1, -(-total // per))
    first = m.t("section.cases")
    names = [first] + [f"{first} ({i})" for i in range(2, count + 1)]
    sheet_rows = [min(per, total - i * per) for i in range(count)] if total else [0]
    p = CasePlan(names, sheet_rows, headers, print_columns, checks, widths, total=total, wrap=wrap_columns(m),
                 unknown_label=safe_text(m.t("level.unknown")),
                 unknown_reason=safe_text(w("reports.reason.unknown", m.lang)))
    row = 0
    for c in checks:
        if c.n_cases:
            p.first_rows[c.check.id] = (names[row // per], HEADER_ROW + 1 + row % per)
        row += c.rows
    return p


def continued_text(m: ReportModel, p: CasePlan, i: int) -> str:
    per = max(1, ROWS_PER_SHEET)
    fmt = m.fmt
    return w("reports.cases.continued", m.lang, first=p.sheets[0], start=fmt.number_text(i * per + 1),
             end=fmt.number_text(i * per + p.sheet_rows[i]), total=fmt.number_text(p.total))


STYLE_KEYS = ([("text", q, wr) for q in (False, True) for wr in (False, True)] + [INT, NUMBER, PERCENT, DATE, DATETIME]
              + [("level", code) for code in LEVEL_STYLES] + [("link",)])
