"""Compare audit results across municipalities, offices or runs, so county staff can choose where to inspect.

Input: several results.json documents (one per municipality, or several runs). For
every check of kind *deviation* or *data*, and every unit:

* ``rate = failed / evaluated`` (rows at deviation level among the rows judged);
* a Wilson score interval at 95 % (z = 1.959964), which stays inside [0, 1] and is
  honest for small numbers and for rates of 0 and 1;
* ``small_n`` when fewer than ``min_n`` rows were judged (default 20): the rate is
  shown, but it says little;
* ``rank``: 1 is the highest rate. Units with the same rate share a rank (1, 2, 2, 4);
  the order among them is by the lower confidence limit (higher first), then by the
  number judged (larger first), then by label. Units that judged no rows (or where the
  check was not evaluated) are listed last, without a rank.

Units are one per results file (``by="run"``, labelled with ``--label``, else the
run's scope, else the file's folder), or taken from the per-office figures inside
the files (``by="municipality"`` or ``by="office"``). Indicators have no rate of
failures and are left out. Different parameters or audit dates between the inputs are
listed as notes: the rates are then not strictly comparable.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Sequence

from audit.errors import InputError
from audit.text import Formatter, t

Z95 = 1.959963984540054
DEFAULT_MIN_N = 20
BY = ("run", "municipality", "office")
XLSX_NAME, HTML_NAME, JSON_NAME = "sammenligning.xlsx", "sammenligning.html", "sammenligning.json"


def wilson(failed: int, n: int, z: float = Z95) -> tuple[float, float] | None:
    """Wilson score interval for ``failed`` of ``n``; None when n = 0."""
    if n <= 0:
        return None
    p = failed / n
    z2 = z * z
    denom = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass
class Figure:
    unit: str
    evaluated: int = 0
    failed: int = 0
    warned: int = 0
    unknown: int = 0
    status: str = "ok"  # the check's status in that unit's input (not_evaluated when it could not be judged)
    rate: float | None = None
    low: float | None = None
    high: float | None = None
    small_n: bool = False
    rank: int | None = None

    def finish(self, min_n: int) -> "Figure":
        if self.evaluated > 0 and self.status != "not_evaluated":
            self.rate = self.failed / self.evaluated
            self.low, self.high = wilson(self.failed, self.evaluated)
        self.small_n = self.evaluated < min_n
        return self


@dataclass
class CheckComparison:
    id: str
    kind: str
    title: dict
    legal_basis: str
    figures: list[Figure]  # ranked
    total: Figure
    notes: list[str] = field(default_factory=list)


@dataclass
class Unit:
    label: str
    source: str
    scope: str | None = None
    as_of: str | None = None
    run_id: str | None = None
    municipality: str | None = None
    office: str | None = None


@dataclass
class Comparison:
    suite: str
    by: str
    min_n: int
    units: list[Unit]
    checks: list[CheckComparison]
    inputs: list[dict]
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "kind": "nav-audit-comparison",
            "suite": self.suite,
            "by": self.by,
            "min_n": self.min_n,
            "confidence": {"method": "wilson", "level": 0.95, "z": Z95},
            "units": [asdict(u) for u in self.units],
            "inputs": self.inputs,
            "notes": self.notes,
            "checks": [
                {"id": c.id, "kind": c.kind, "title": c.title, "legal_basis": c.legal_basis, "notes": c.notes,
                 "total": asdict(c.total), "figures": [asdict(f) for f in c.figures]}
                for c in self.checks
            ],
        }


# --------------------------------------------------------------------------- reading


def load_results(path: str | Path) -> dict:
    """A results.json (or a folder holding one), checked enough to compare."""
    p = Path(path)
    if p.is_dir():
        p = p / "results.json"
    if not p.exists():
        raise InputError("filen finnes ikke", file=str(p), hint="Oppgi results.json eller mappen den ligger i.")
    try:
        doc = json.loads(p.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise InputError("filen er ikke UTF-8-tekst", file=str(p)) from None
    except json.JSONDecodeError as exc:
        raise InputError(f"filen er ikke gyldig JSON ({exc.msg})", file=str(p), row=exc.lineno) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("checks"), list) or not isinstance(doc.get("run"), dict):
        raise InputError("filen er ikke en results.json fra nav-audit (mangler «run» eller «checks»)", file=str(p))
    return doc


def _unit_label(doc: dict, path: str) -> str:
    run = doc.get("run") or {}
    ds = doc.get("dataset") or {}
    if run.get("scope"):
        return str(run["scope"])
    if ds.get("municipalities"):
        return "+".join(ds["municipalities"])
    parent = Path(path).parent.name if Path(path).name == "results.json" else Path(path).stem
    return parent or str(path)


def _office_label(office: str | None, municipality: str | None) -> str:
    office = office or "(uten kontor)"
    return f"{office} ({municipality})" if municipality else office


# --------------------------------------------------------------------------- comparing


def compare_results(
    docs: Sequence[tuple[str, dict]],
    *,
    by: str = "run",
    labels: Sequence[str] | None = None,
    min_n: int = DEFAULT_MIN_N,
    lang: str = "nb",
) -> Comparison:
    """Compare ``docs`` ((path, results) pairs) per check; see the module docstring."""
    if by not in BY:
        raise InputError(f"ukjent inndeling «{by}»", hint=f"Bruk {', '.join(BY)}.")
    if not docs:
        raise InputError("ingen resultatfiler å sammenligne")
    if labels and len(labels) != len(docs):
        raise InputError(f"{len(docs)} resultatfiler men {len(labels)} --label",
                         hint="Gi én --label per fil, i samme rekkefølge, eller ingen.")
    suites = {d.get("run", {}).get("suite") for _, d in docs}
    if len(suites) > 1:
        raise InputError("resultatfilene gjelder ulike suiter: " + ", ".join(sorted(str(s) for s in suites)),
                         hint="Sammenlign bare kjøringer av samme suite.")
    suite = suites.pop()
    notes: list[str] = []

    # units
    units: list[Unit] = []
    if by == "run":
        raw_labels = list(labels) if labels else [_unit_label(d, p) for p, d in docs]
        seen: dict[str, int] = {}
        for (p, d), label in zip(docs, raw_labels):
            run = d.get("run", {})
            if label in seen and not labels:
                label = f"{label} ({run.get('as_of') or run.get('id')})"
            if label in seen:
                raise InputError(f"to resultatfiler har samme navn «{label}»", file=p,
                                 hint="Gi hver fil et eget navn med --label.")
            seen[label] = 1
            units.append(Unit(label=label, source=p, scope=run.get("scope"), as_of=run.get("as_of"), run_id=run.get("id")))
    else:
        owners: dict[str, str] = {}
        for p, d in docs:
            found: set[str] = set()
            for c in d["checks"]:
                for o in c.get("by_office") or []:
                    label = (o.get("municipality") or t("compare.no_municipality", lang)) if by == "municipality" else _office_label(o.get("office"), o.get("municipality"))
                    found.add(label)
                    if label not in owners:
                        owners[label] = p
                        units.append(Unit(label=label, source=p, scope=d["run"].get("scope"), as_of=d["run"].get("as_of"),
                                          run_id=d["run"].get("id"), municipality=o.get("municipality"),
                                          office=o.get("office") if by == "office" else None))
            for label in found:
                if owners[label] != p:
                    raise InputError(
                        f"«{label}» finnes i både {owners[label]} og {p}",
                        file=p, hint="Sammenlign kjøringer av samme enhet med --by run.",
                    )
        if not units:
            raise InputError("resultatfilene har ingen tall per kontor (by_office)",
                             hint="Bruk --by run, eller kjør revisjonen med kolonnene office og municipality.")
        units.sort(key=lambda u: u.label)

    as_ofs = sorted({u.as_of for u in units if u.as_of})
    if len(as_ofs) > 1:
        notes.append(t("compare.note.as_of_differ", lang, dates=", ".join(as_ofs)))

    # checks, in the order of the first file, then any others
    order: list[str] = []
    meta: dict[str, dict] = {}
    for _, d in docs:
        for c in d["checks"]:
            if c.get("kind") == "indicator":
                continue
            if c["id"] not in meta:
                order.append(c["id"])
                meta[c["id"]] = c
    checks: list[CheckComparison] = []
    for cid in order:
        figures: dict[str, Figure] = {u.label: Figure(unit=u.label, status="not_evaluated") for u in units}
        params: dict[str, str] = {}
        for i, (p, d) in enumerate(docs):
            c = next((x for x in d["checks"] if x["id"] == cid), None)
            if c is None:
                continue
            params[p] = json.dumps(c.get("parameters") or {}, sort_keys=True)
            evaluable = c.get("status") != "not_evaluated" and not c.get("error")
            if by == "run":
                f = figures[units[i].label]
                if evaluable:
                    _add(f, c, c.get("status", "ok"))
            else:
                for o in c.get("by_office") or []:
                    label = (o.get("municipality") or t("compare.no_municipality", lang)) if by == "municipality" else _office_label(o.get("office"), o.get("municipality"))
                    if label in figures and evaluable:
                        _add(figures[label], o, "ok")
        cnotes = []
        if len(set(params.values())) > 1:
            cnotes.append(t("compare.note.parameters_differ", lang))
        figs = [f.finish(min_n) for f in figures.values()]
        for f in figs:
            if by != "run" and f.status != "not_evaluated":
                f.status = "deviation" if f.failed else "warning" if f.warned else "ok"
        total = Figure(unit="alle", status="ok")
        for f in figs:
            if f.status != "not_evaluated":
                total.evaluated += f.evaluated
                total.failed += f.failed
                total.warned += f.warned
                total.unknown += f.unknown
        if all(f.status == "not_evaluated" for f in figs):
            total.status = "not_evaluated"
        total.finish(min_n)
        c = meta[cid]
        checks.append(CheckComparison(id=cid, kind=c.get("kind", "deviation"), title=c.get("title") or {"nb": cid, "en": cid},
                                      legal_basis=c.get("legal_basis") or "", figures=rank(figs), total=total, notes=cnotes))
    inputs = [{"path": p, "run_id": d["run"].get("id"), "as_of": d["run"].get("as_of"), "scope": d["run"].get("scope"),
               "rows": (d.get("dataset") or {}).get("rows")} for p, d in docs]
    return Comparison(suite=suite, by=by, min_n=min_n, units=units, checks=checks, inputs=inputs, notes=notes)


def _add(f: Figure, src: dict, status: str) -> None:
    if f.status == "not_evaluated":
        f.status = status
    for k in ("evaluated", "failed", "warned", "unknown"):
        setattr(f, k, getattr(f, k) + int(src.get(k) or 0))


def rank(figures: list[Figure]) -> list[Figure]:
    """Sort and rank (see the module docstring); figures without a rate go last, unranked."""
    rated = [f for f in figures if f.rate is not None]
    unrated = sorted((f for f in figures if f.rate is None), key=lambda f: f.unit)
    rated.sort(key=lambda f: (-f.rate, -(f.low or 0.0), -f.evaluated, f.unit))
    for f in rated:
        f.rank = 1 + sum(1 for g in rated if g.rate > f.rate)
    for f in unrated:
        f.rank = None
    return rated + unrated


# --------------------------------------------------------------------------- rendering

_WORDS = ("title", "unit", "rank", "rate", "failed", "evaluated", "warned", "unknown", "ci", "low", "high", "small",
          "small_note", "check", "legal", "all", "not_evaluated", "overview", "ranking", "about", "intro", "method",
          "inputs", "notes", "yes", "suite", "as_of", "source", "id")


def words(lang: str = "nb") -> dict:
    """The comparison's words in ``lang`` (keys ``compare.*`` of the catalogue), by short name."""
    out: dict = {name: t(f"compare.{name}", lang) for name in _WORDS}
    out["by"] = {by: t(f"compare.by.{by}", lang) for by in BY}
    return out


def percent(x: float | None, lang: str = "nb") -> str:
    """A rate as a percent with one decimal: ``25,0 %`` (bokmål), ``25.0%`` (English)."""
    return Formatter(lang).percent(x, 1, fixed=True)


def write_comparison_xlsx(comp: Comparison, path: str | Path, lang: str = "nb") -> Path:
    import openpyxl
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from audit.io import atomic_path
    from audit.supervision.xlsx import autosize, set_text

    t = words(lang)
    wb = openpyxl.Workbook()
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="D9E1F2")
    small_font = Font(italic=True, color="7F7F7F")

    def fill_for(rate: float | None) -> PatternFill | None:
        if rate is None:
            return None
        if rate == 0:
            return PatternFill("solid", fgColor="E2EFDA")
        if rate < 0.1:
            return PatternFill("solid", fgColor="FFF2CC")
        if rate < 0.25:
            return PatternFill("solid", fgColor="F8CBAD")
        return PatternFill("solid", fgColor="F4B084")

    # Overview: checks x units
    ws = wb.active
    ws.title = t["overview"]
    headers = [t["id"], t["check"], *[u.label for u in comp.units], t["all"]]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=1, column=j)
        set_text(c, h)
        c.font, c.fill = bold, head_fill
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for i, chk in enumerate(comp.checks, start=2):
        set_text(ws.cell(row=i, column=1), chk.id)
        set_text(ws.cell(row=i, column=2), chk.title.get(lang) or chk.id)
        by_unit = {f.unit: f for f in chk.figures}
        for j, u in enumerate(comp.units, start=3):
            f = by_unit[u.label]
            cell = ws.cell(row=i, column=j)
            if f.rate is None:
                set_text(cell, t["not_evaluated"] if f.status == "not_evaluated" else "–")
                continue
            cell.value = f.rate
            cell.number_format = "0.0%"
            fill = fill_for(f.rate)
            if fill:
                cell.fill = fill
            if f.small_n:
                cell.font = small_font
            cell.comment = Comment(f"{f.failed}/{f.evaluated}; {t['ci']} {percent(f.low, lang)}–{percent(f.high, lang)}"
                                   + (f"; {t['small_note'].format(n=comp.min_n)}" if f.small_n else ""), "nav-audit")
        cell = ws.cell(row=i, column=len(headers))
        if chk.total.rate is not None:
            cell.value = chk.total.rate
            cell.number_format = "0.0%"
            cell.font = bold
    ws.freeze_panes = "C2"
    autosize(ws, widths={2: 48})

    # Ranking: one block per check
    ws = wb.create_sheet(t["ranking"])
    cols = [t["id"], t["check"], t["legal"], t["rank"], t["unit"], t["failed"], t["evaluated"], t["rate"],
            t["low"], t["high"], t["small"], t["warned"], t["unknown"]]
    for j, h in enumerate(cols, start=1):
        c = ws.cell(row=1, column=j)
        set_text(c, h)
        c.font, c.fill = bold, head_fill
    r = 2
    for chk in comp.checks:
        for f in [*chk.figures, chk.total]:
            is_total = f is chk.total
            values = [chk.id, chk.title.get(lang) or chk.id, chk.legal_basis, None if is_total else f.rank,
                      t["all"] if is_total else f.unit, f.failed, f.evaluated, f.rate, f.low, f.high,
                      t["yes"] if f.small_n else "", f.warned, f.unknown]
            for j, v in enumerate(values, start=1):
                cell = ws.cell(row=r, column=j)
                set_text(cell, v)
                if j in (8, 9, 10) and v is not None:
                    cell.number_format = "0.0%"
                if is_total:
                    cell.font = bold
            if f.rate is None and not is_total:
                set_text(ws.cell(row=r, column=8), t["not_evaluated"] if f.status == "not_evaluated" else "–")
            r += 1
    ws.freeze_panes = "F2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{max(r - 1, 1)}"
    autosize(ws, widths={2: 40, 3: 30})

    # About
    ws = wb.create_sheet(t["about"])
    lines = [(t["title"], True), (f"{t['suite']}: {comp.suite}", False),
             (t["intro"].format(by=t["by"][comp.by]), False), (t["method"], False),
             (t["small_note"].format(n=comp.min_n), False), ("", False), (t["inputs"], True)]
    lines += [(f"{i['path']}  ({t['as_of']} {i.get('as_of')}, {i.get('scope') or ''}, {i.get('run_id') or ''})", False)
              for i in comp.inputs]
    all_notes = comp.notes + [f"{c.id}: {n}" for c in comp.checks for n in c.notes]
    if all_notes:
        lines += [("", False), (t["notes"], True)] + [(n, False) for n in all_notes]
    for i, (text, strong) in enumerate(lines, start=1):
        cell = ws.cell(row=i, column=1)
        set_text(cell, text or None)
        cell.alignment = Alignment(wrap_text=True)
        if strong:
            cell.font = bold
    ws.column_dimensions["A"].width = 110
    path = Path(path)
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return path


def write_comparison_html(comp: Comparison, path: str | Path, lang: str = "nb") -> Path:
    import jinja2

    from audit.io import atomic_write_text

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(Path(__file__).parent / "templates")),
        autoescape=True, trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined,
    )
    t = words(lang)
    checks = []
    for c in comp.checks:
        rows = []
        for f in c.figures:
            rows.append({
                "rank": f.rank, "unit": f.unit, "failed": f.failed, "evaluated": f.evaluated, "warned": f.warned,
                "unknown": f.unknown, "rate": percent(f.rate, lang), "low": percent(f.low, lang), "high": percent(f.high, lang),
                "small": f.small_n, "rated": f.rate is not None, "not_evaluated": f.status == "not_evaluated",
                # bar geometry in percent of the width
                "bar": round((f.rate or 0) * 100, 2), "ci_left": round((f.low or 0) * 100, 2),
                "ci_width": round(((f.high or 0) - (f.low or 0)) * 100, 2),
            })
        checks.append({"id": c.id, "title": c.title.get(lang) or c.id, "legal": c.legal_basis, "rows": rows,
                       "notes": c.notes, "total": {"failed": c.total.failed, "evaluated": c.total.evaluated,
                                                   "rate": percent(c.total.rate, lang)}})
    html = env.get_template("compare.html.j2").render(
        t=t, lang=lang, comp=comp, by=t["by"][comp.by], checks=checks,
        small_note=t["small_note"].format(n=comp.min_n), intro=t["intro"].format(by=t["by"][comp.by]),
    )
    return atomic_write_text(path, html)


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
