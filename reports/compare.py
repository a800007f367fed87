"""The comparison across municipalities, offices or runs as a workbook and a page.

The statistics (rates, Wilson intervals, ranks, which intervals overlap, notes) come
from :mod:`audit.supervision.compare`; this module only shows them:

* an overview matrix check × unit (rate, a colour band that repeats a word-free
  figure, ``*`` for few cases, ``▲`` for a highest rate that differs detectably) with a
  legend, in the page and in the workbook;
* per check, the intervals drawn on an axis from 0 with ticks (inline SVG);
* a rank only where the unit's interval overlaps no other unit's; otherwise
  "ikke påvisbar forskjell";
* the notes (different dates, sources, samples, parameters, missing columns).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from audit.supervision.compare import BY, HTML_NAME, JSON_NAME, XLSX_NAME, Comparison, Figure, percent
from audit.text import Formatter, has, t
import reports.explain as explain

_WORDS = ("title", "unit", "rank", "rate", "failed", "evaluated", "warned", "unknown", "ci", "low", "high", "small",
          "small_note", "check", "legal", "all", "not_evaluated", "overview", "ranking", "about", "intro", "method",
          "inputs", "notes", "yes", "suite", "as_of", "source", "id")
# colour bands of the overview (fill, text): dark text on light fill, ≥ 4.5:1; the figure is always printed
BANDS = (("zero", 0.0, "E2EFDA", "1E4620"), ("low", 0.10, "FFF2CC", "5C4300"), ("mid", 0.25, "F8CBAD", "6B2A00"),
         ("high", 1.01, "F4B084", "5A1E00"))


def words(lang: str = "nb") -> dict:
    """The comparison's words in ``lang`` (keys ``compare.*`` of the catalogue), by short name."""
    out: dict = {name: t(f"compare.{name}", lang) for name in _WORDS}
    out["by"] = {by: t(f"compare.by.{by}", lang) for by in BY}
    return out


def band(rate: float | None) -> str:
    if rate is None:
        return "none"
    if rate == 0:
        return "zero"
    for name, top, _, _ in BANDS[1:]:
        if rate < top:
            return name
    return "high"


def rank_text(f: Figure, lang: str) -> str:
    """The rank where it means something; "ikke påvisbar forskjell" where intervals overlap."""
    if f.rate is None:
        return ""
    if f.distinct:
        return str(f.rank)
    if f.small_n:
        return t("reports.compare.few_cases", lang)
    return t("reports.compare.no_difference", lang)


@dataclass
class Row:
    rank: str
    overlaps: str
    unit: str
    failed: str
    evaluated: str
    warned: str
    unknown: str
    rate: str
    ci: str
    small: bool
    rated: bool
    not_evaluated: bool
    y: float = 0
    x_low: float = 0
    x_high: float = 0
    x_rate: float = 0


@dataclass
class Tick:
    x: float
    text: str


@dataclass
class CheckView:
    id: str
    anchor: str
    title: str
    legal: str
    notes: list[str]
    rows: list[Row]
    total_failed: str
    total_evaluated: str
    total_rate: str
    width: int = 0
    height: int = 0
    label_width: int = 0
    area: int = 0
    axis_y: float = 0
    ticks: list[Tick] = field(default_factory=list)


@dataclass
class Cell:
    text: str
    band: str
    mark: str  # "*" few cases, "▲" highest and distinct
    title: str


def _nice(top: float) -> tuple[float, float]:
    for limit, step in ((0.05, 0.01), (0.1, 0.02), (0.2, 0.05), (0.25, 0.05), (0.5, 0.1), (1.0, 0.2)):
        if top <= limit + 1e-12:
            return limit, step
    return 1.0, 0.2


def _check_view(c, comp: Comparison, lang: str, fmt: Formatter, index: int) -> CheckView:
    rows = []
    for f in c.figures:
        rated = f.rate is not None
        rows.append(Row(
            rank=rank_text(f, lang),
            overlaps=t("reports.compare.no_difference_from", lang, units=", ".join(f.overlaps)) if rated and f.overlaps else "",
            unit=f.unit, failed=fmt.integer(f.failed), evaluated=fmt.integer(f.evaluated),
            warned=fmt.integer(f.warned), unknown=fmt.integer(f.unknown), rate=percent(f.rate, lang),
            ci=f"{percent(f.low, lang)}–{percent(f.high, lang)}" if rated else "",
            small=f.small_n, rated=rated, not_evaluated=f.status == "not_evaluated"))
    view = CheckView(id=c.id, anchor=f"check-{index}", title=c.title.get(lang) or c.title.get("nb") or c.id,
                     legal=explain.legal_basis_without_notes(lang, c.legal_basis), notes=list(c.notes), rows=rows, total_failed=fmt.integer(c.total.failed),
                     total_evaluated=fmt.integer(c.total.evaluated), total_rate=percent(c.total.rate, lang))
    # the interval chart: one line per rated unit on an axis from 0 with ticks
    rated = [(r, f) for r, f in zip(rows, c.figures) if f.rate is not None]
    label_width, area, step_y, top = 220, 420, 22, 8
    peak, step = _nice(max((f.high or 0 for _, f in rated), default=0))
    for i, (r, f) in enumerate(rated):
        r.y = top + i * step_y + step_y / 2
        r.x_low = round(label_width + (f.low or 0) / peak * area, 1)
        r.x_high = round(label_width + (f.high or 0) / peak * area, 1)
        r.x_rate = round(label_width + f.rate / peak * area, 1)
    view.label_width, view.area = label_width, area
    view.axis_y = top + step_y * len(rated) + 4
    view.width, view.height = label_width + area + 40, int(view.axis_y + 36)
    view.ticks = [Tick(round(label_width + k * step / peak * area, 1), fmt.percent(k * step, 0))
                  for k in range(round(peak / step) + 1)]
    return view


def _overview(comp: Comparison, lang: str) -> list[tuple[str, str, list[Cell], str]]:
    """(anchor, title, cells per unit, total) per check."""
    out = []
    for i, c in enumerate(comp.checks, start=1):
        by_unit = {f.unit: f for f in c.figures}
        rated = [f for f in c.figures if f.rate is not None]
        top = max((f.rate for f in rated if not f.small_n), default=None)  # a unit with few cases is not «highest»
        cells = []
        for u in comp.units:
            f = by_unit[u.label]
            if f.rate is None:
                word = t("compare.not_evaluated", lang) if f.status == "not_evaluated" else "–"
                cells.append(Cell("–", "none", "", word))
                continue
            mark = "*" if f.small_n else ""
            if top and f.rate == top and f.distinct:
                mark += "▲"
            title = f"{f.failed}/{f.evaluated}; {t('compare.ci', lang)} {percent(f.low, lang)}–{percent(f.high, lang)}"
            cells.append(Cell(percent(f.rate, lang), band(f.rate), mark, title))
        out.append((f"check-{i}", c.title.get(lang) or c.id, cells, percent(c.total.rate, lang)))
    return out


def render_comparison_html(comp: Comparison, lang: str = "nb") -> str:
    from reports.html import CSP, environment

    w = words(lang)
    fmt = Formatter(lang)
    return environment().get_template("compare.html.j2").render(
        w=w, lang=lang, comp=comp, by=w["by"][comp.by], csp=CSP,
        # "Kvalifiseringsprogram (KVP) · 4 enheter (kjøring)": names, not codes
        suite_title=t(f"dataset.{comp.suite}", lang) if comp.suite and has(f"dataset.{comp.suite}") else (comp.suite or "–"),
        units_text=f'{fmt.count(len(comp.units), "units")} ({w["by"][comp.by]})',
        checks=[_check_view(c, comp, lang, fmt, i) for i, c in enumerate(comp.checks, start=1)],
        overview=_overview(comp, lang),
        small_note=w["small_note"].format(n=comp.min_n), intro=w["intro"].format(by=w["by"][comp.by]),
        x=lambda key, **kw: t(key, lang, **kw),
        inputs=[{**i, "as_of": fmt.date(i.get("as_of")) if i.get("as_of") else "–"} for i in comp.inputs],
    )


def write_comparison_html(comp: Comparison, path: str | Path, lang: str = "nb") -> Path:
    from audit.io import atomic_write_text

    return atomic_write_text(path, render_comparison_html(comp, lang))


def write_comparison_xlsx(comp: Comparison, path: str | Path, lang: str = "nb") -> Path:
    import openpyxl
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from audit.io import atomic_path
    from reports.excel import autosize, set_text
    from reports.excel import page_setup

    w = words(lang)
    wb = openpyxl.Workbook()
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="D9E1F2")
    fills = {name: (PatternFill("solid", fgColor=fill), Font(color=ink)) for name, _, fill, ink in BANDS}

    # Overview: checks x units, with a legend under it
    ws = wb.active
    ws.title = w["overview"]
    headers = [w["id"], w["check"], *[u.label for u in comp.units], w["all"]]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=1, column=j)
        set_text(c, h)
        c.font, c.fill = bold, head_fill
        c.alignment = Alignment(wrap_text=True, vertical="top")
    overview = _overview(comp, lang)
    for i, (chk, (_, _, cells, _)) in enumerate(zip(comp.checks, overview), start=2):
        set_text(ws.cell(row=i, column=1), chk.id)
        set_text(ws.cell(row=i, column=2), chk.title.get(lang) or chk.id)
        by_unit = {f.unit: f for f in chk.figures}
        for j, (u, shown) in enumerate(zip(comp.units, cells), start=3):
            f = by_unit[u.label]
            cell = ws.cell(row=i, column=j)
            if f.rate is None:
                set_text(cell, shown.title)
                continue
            cell.value = f.rate
            # the marks are text beside the figure: the colour band only repeats what the figure says
            cell.number_format = f'0.0 %" {shown.mark}"' if shown.mark else "0.0 %"
            fill, font = fills[shown.band]
            cell.fill, cell.font = fill, font
            cell.comment = Comment(shown.title + (f"; {w['small_note'].format(n=comp.min_n)}" if f.small_n else ""),
                                   "nav-audit")
        cell = ws.cell(row=i, column=len(headers))
        if chk.total.rate is not None:
            cell.value = chk.total.rate
            cell.number_format = "0.0 %"
            cell.font = bold
    legend_row = len(comp.checks) + 3
    set_text(ws.cell(row=legend_row, column=1), t("reports.compare.legend", lang, n=comp.min_n))
    ws.cell(row=legend_row, column=1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=legend_row, start_column=1, end_row=legend_row, end_column=max(4, len(headers)))
    ws.row_dimensions[legend_row].height = 60
    for k, (name, _, fill, ink) in enumerate(BANDS):
        sample = ws.cell(row=legend_row + 1, column=3 + k)
        set_text(sample, {"zero": "0 %", "low": "< 10 %", "mid": "10–25 %", "high": "≥ 25 %"}[name])
        sample.fill, sample.font = fills[name]
    ws.freeze_panes = "C2"
    autosize(ws, widths={1: 24, 2: 48})
    ws.column_dimensions["A"].width = 24
    page_setup(ws, 1, title_columns="A:B")

    # Ranking: one block per check
    ws = wb.create_sheet(w["ranking"])
    cols = [w["id"], w["check"], w["legal"], w["rank"], w["unit"], w["failed"], w["evaluated"], w["rate"],
            w["low"], w["high"], w["small"], w["warned"], w["unknown"]]
    for j, h in enumerate(cols, start=1):
        c = ws.cell(row=1, column=j)
        set_text(c, h)
        c.font, c.fill = bold, head_fill
    r = 2
    for chk in comp.checks:
        for f in [*chk.figures, chk.total]:
            is_total = f is chk.total
            values = [chk.id, chk.title.get(lang) or chk.id, explain.legal_basis_without_notes(lang, chk.legal_basis), None if is_total else rank_text(f, lang),
                      w["all"] if is_total else f.unit, f.failed, f.evaluated, f.rate, f.low, f.high,
                      w["yes"] if f.small_n else "", f.warned, f.unknown]
            for j, v in enumerate(values, start=1):
                cell = ws.cell(row=r, column=j)
                set_text(cell, v if not (j == 4 and v and v.isdigit()) else int(v))
                if j in (8, 9, 10) and v is not None:
                    cell.number_format = "0.0 %"
                if is_total:
                    cell.font = bold
            if f.rate is None and not is_total:
                set_text(ws.cell(row=r, column=8), w["not_evaluated"] if f.status == "not_evaluated" else "–")
            r += 1
    ws.freeze_panes = "F2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{max(r - 1, 1)}"
    autosize(ws, widths={2: 40, 3: 30})
    page_setup(ws, 1)

    # About
    ws = wb.create_sheet(w["about"])
    fmt = Formatter(lang)
    lines = [(w["title"], True), (f"{w['suite']}: {comp.suite}", False),
             (w["intro"].format(by=w["by"][comp.by]), False), (w["method"], False),
             (t("reports.compare.rank_note", lang), False),
             (w["small_note"].format(n=comp.min_n), False), ("", False), (w["inputs"], True)]
    lines += [(f"{i['path']}  ({w['as_of']} {fmt.date(i.get('as_of')) if i.get('as_of') else '–'}"
               f"{', ' + str(i['scope']) if i.get('scope') else ''}{', ' + str(i['run_id']) if i.get('run_id') else ''})",
               False) for i in comp.inputs]
    all_notes = comp.notes + [f"{c.id}: {n}" for c in comp.checks for n in c.notes]
    if all_notes:
        lines += [("", False), (w["notes"], True)] + [(n, False) for n in all_notes]
    for i, (text, strong) in enumerate(lines, start=1):
        cell = ws.cell(row=i, column=1)
        set_text(cell, text or None)
        cell.alignment = Alignment(wrap_text=True)
        if strong:
            cell.font = bold
    ws.column_dimensions["A"].width = 110
    page_setup(ws, orientation="portrait")
    path = Path(path)
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return path


def write_comparison(comp: Comparison, out_dir: str | Path, lang: str = "nb",
                     formats: Sequence[str] = ("xlsx", "html", "json")) -> list[Path]:
    from audit.io import atomic_write_json

    out = Path(out_dir)
    files = []
    if "xlsx" in formats:
        files.append(write_comparison_xlsx(comp, out / XLSX_NAME, lang))
    if "html" in formats:
        files.append(write_comparison_html(comp, out / HTML_NAME, lang))
    if "json" in formats:
        files.append(atomic_write_json(out / JSON_NAME, comp.to_json()))
    return files
