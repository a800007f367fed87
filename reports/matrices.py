"""The matrices of the report: deviations per office (and per municipality) and check, and
the indicators' values per office."""

from __future__ import annotations

from audit.text import Translator
from audit.text import t as text_t
from reports.values import PERCENT, Formatter, as_list, text_of
from reports.views import CheckView, Matrix, MatrixRow

def _office_order(checks: list[CheckView], dataset: dict) -> list[tuple[str, str]]:
    """(office, municipality) pairs in the order the dataset lists them, then as found."""
    seen: dict[str, str] = {}
    for name in as_list(dataset.get("offices")):
        seen.setdefault(text_of(name), "")
    for c in checks:
        for o in c.by_office:
            if not seen.get(o.office):
                seen[o.office] = o.municipality
        for case in c.cases:
            office = case.office.raw or ""
            if not seen.get(office):
                seen[office] = case.municipality.raw or ""
    return list(seen.items())


def _deviations_by_office(c: CheckView) -> dict[str, int]:
    """Deviations per office: ``by_office`` when the file has it, else counted from the cases."""
    if c.by_office:
        return {o.office: o.failed.raw for o in c.by_office if isinstance(o.failed.raw, int)}
    counts: dict[str, int] = {}
    for case in c.cases:
        if case.level == "deviation":
            office = case.office.raw or ""
            counts[office] = counts.get(office, 0) + 1
    return counts


def _office_label(office: str, municipality: str, t: Translator) -> str:
    """KOSTRA's BYDELSNR "00" is no office but the whole municipality."""
    if office and office.strip("0") == "" and municipality:
        return text_t("reports.compare.whole_municipality", t.lang, municipality=municipality)
    return office or t("where.unknown_office")


def _evaluated_by_office(c: CheckView) -> dict[str, int]:
    return {o.office: o.evaluated.raw for o in c.by_office if isinstance(o.evaluated.raw, int)}


def _add_rates(rows: list[MatrixRow], fmt: Formatter) -> None:
    """Each cell's rate (failed / evaluated) and which row has the check's highest rate."""
    for r in rows:
        r.rates = [fmt.percent(v.raw / e.raw) if isinstance(e.raw, int) and e.raw > 0 and isinstance(v.raw, int)
                   else fmt.empty() for v, e in zip(r.cells, r.evaluated)]
    for i in range(len(rows[0].cells) if rows else 0):
        top = max((r.rates[i].raw for r in rows if r.rates[i].kind == PERCENT), default=None)
        for r in rows:
            r.worst.append(bool(top) and r.rates[i].kind == PERCENT and r.rates[i].raw == top)


def build_matrices(checks: list[CheckView], dataset: dict, t: Translator, fmt: Formatter, year: int | None = None):
    """The office, municipality and indicator matrices; a municipality row is named by its number's
    name in ``year`` where known («Halden (3101)», audit.municipalities), else the number."""
    from audit.municipalities import municipality_label

    columns = [c for c in checks if c.counts_deviations]
    per_check = [_deviations_by_office(c) for c in columns]
    per_check_eval = [_evaluated_by_office(c) for c in columns]
    offices = _office_order(columns, dataset)
    rows = []
    for office, municipality in offices:
        if not any(office in counts for counts in per_check):
            continue
        cells = [fmt.number(counts.get(office, 0)) for counts in per_check]
        evaluated = [fmt.number(ev.get(office)) for ev in per_check_eval]
        total = sum(v.raw for v in cells if isinstance(v.raw, int))
        rows.append(MatrixRow(_office_label(office, municipality, t), municipality, cells, fmt.number(total),
                              evaluated=evaluated))
    rows.sort(key=lambda r: (-r.total.raw, r.municipality, r.label))
    _add_rates(rows, fmt)
    totals = [fmt.number(c.failed_count) for c in columns]
    office_matrix = Matrix(columns, rows, totals, fmt.number(sum(c.failed_count for c in columns)))

    municipalities = {r.municipality for r in rows if r.municipality}
    municipality_matrix = None
    listed = [text_of(m) for m in as_list(dataset.get("municipalities"))]
    if len(municipalities | set(listed)) > 1:
        agg: dict[str, list[int]] = {}
        agg_eval: dict[str, list[int | None]] = {}
        for r in rows:
            acc = agg.setdefault(r.municipality or t("none"), [0] * len(columns))
            ev = agg_eval.setdefault(r.municipality or t("none"), [0] * len(columns))
            for i, v in enumerate(r.cells):
                acc[i] += v.raw if isinstance(v.raw, int) else 0
                e = r.evaluated[i].raw
                ev[i] = ev[i] + e if isinstance(e, int) and ev[i] is not None else None
        mrows = [
            MatrixRow(municipality_label(m, year) if m != t("none") else m, m, [fmt.number(x) for x in acc],
                      fmt.number(sum(acc)),
                      evaluated=[fmt.number(x) for x in agg_eval[m]])
            for m, acc in agg.items()
        ]
        mrows.sort(key=lambda r: (-r.total.raw, r.label))
        _add_rates(mrows, fmt)
        municipality_matrix = Matrix(columns, mrows, totals, office_matrix.grand_total)

    indicators = [c for c in checks if c.is_indicator and c.by_office]
    indicator_matrix = None
    if indicators:
        irows = []
        for office, municipality in _office_order(indicators, dataset):
            cells = []
            found = False
            for c in indicators:
                fig = next((o for o in c.by_office if o.office == office), None)
                found = found or fig is not None
                cells.append(fig.value if fig else fmt.empty())
            if found:
                irows.append(MatrixRow(_office_label(office, municipality, t), municipality, cells, fmt.empty()))
        indicator_matrix = Matrix(indicators, irows, [c.value for c in indicators], fmt.empty())
    return office_matrix, municipality_matrix, indicator_matrix
