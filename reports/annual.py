"""The annual internal-control report (årsrapport), rendered from :func:`audit.annual.annual_figures`.

Two files, like the run reports: ``arsrapport_<year>.xlsx`` (:mod:`reports.annual_excel`)
and ``arsrapport_<year>.html`` (this module, template ``reports/templates/annual.html.j2``).
Both print the view model of :mod:`reports.annual_model` (charts in
:mod:`reports.annual_charts`, the summary text in :mod:`reports.annual_text`); the figures
(which run counts for which period, what is open or overdue, whether a target is met) come
from :mod:`audit.annual` and are not decided again. Wording comes from
:mod:`audit.text.words.reports` (keys ``annual.*``), numbers and dates from
:class:`reports.values.Formatter`, styles from ``report.css``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from audit.text import DEFAULT_LANG, LANGS
from audit.text import t as text_t
from reports.annual_model import AnnualModel, build_annual_model

XLSX_TEMPLATE = "arsrapport_{year}.xlsx"
HTML_TEMPLATE = "arsrapport_{year}.html"

__all__ = ["render_annual", "render_annual_html"]


# --------------------------------------------------------------------------- HTML and entry point


def render_annual_html(m: AnnualModel) -> str:
    """The annual report page as one self-contained HTML string (inline CSS and SVG, no script)."""
    from reports.html import CSP, STATUS_ICONS, environment

    template = environment().get_template("annual.html.j2")
    return template.render(m=m, t=m.t, csp=CSP, icons=STATUS_ICONS,
                           w=lambda key, **kw: text_t(key, m.lang, **kw))


def render_annual(figures: dict[str, Any], out_dir: Path, *, lang: str = DEFAULT_LANG) -> list[Path]:
    """Write ``arsrapport_<year>.xlsx`` and ``arsrapport_<year>.html`` atomically; return their paths."""
    from audit.io import atomic_write_text
    from reports.annual_excel import write_annual_workbook

    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGS)}")
    model = build_annual_model(figures, lang)
    out_dir = Path(out_dir)
    xlsx = write_annual_workbook(model, out_dir / XLSX_TEMPLATE.format(year=figures["year"]))
    html = atomic_write_text(out_dir / HTML_TEMPLATE.format(year=figures["year"]), render_annual_html(model))
    return [xlsx, Path(html)]
