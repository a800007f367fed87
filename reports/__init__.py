"""Audit reports: an Excel workbook and a self-contained HTML page, rendered from results.json.

Typed entry point::

    from reports import render_reports
    paths = render_reports(results, Path("out"), lang="nb", html_case_limit=200)

``results`` is the parsed results.json document (docs/architecture.md). Rendering
reads nothing else: case details travel in ``checks[].cases[].details``, so
``nav-audit report results.json`` renders the same reports again without re-running
the checks. The layers are:

* :mod:`audit.text` — every user-facing word, bokmål and English (words in `audit/text/words/reports.py`);
* :mod:`reports.model` — results.json → view model (translated, formatted, sorted; values in
  :mod:`reports.values`, dataclasses in :mod:`reports.views`, checks in :mod:`reports.check_view`,
  matrices in :mod:`reports.matrices`);
* :mod:`reports.run_workbook` — the workbook (openpyxl), over the shared helpers of :mod:`reports.excel`;
* :mod:`reports.html` — the HTML page (jinja2 templates in ``reports/templates/``).

openpyxl and jinja2 are imported only when a report is rendered.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Iterable

from audit.text import DEFAULT_LANG, LANGS

XLSX_NAME = "rapport.xlsx"
HTML_NAME = "rapport.html"
FORMATS = ("xlsx", "html")
DEFAULT_HTML_CASE_LIMIT = 200

__all__ = [
    "DEFAULT_HTML_CASE_LIMIT",
    "FORMATS",
    "HTML_NAME",
    "LANGS",
    "XLSX_NAME",
    "load_results",
    "render_reports",
]


def render_reports(
    results: dict,
    out_dir: Path,
    *,
    lang: str = DEFAULT_LANG,
    html_case_limit: int = DEFAULT_HTML_CASE_LIMIT,
    formats: Iterable[str] = FORMATS,
) -> list[Path]:
    """Render the reports of one results document into ``out_dir``; return the files written.

    Files are ``rapport.xlsx`` and ``rapport.html`` (whatever the language), each
    written atomically. ``html_case_limit`` caps the cases listed per check in the
    HTML page (the workbook always lists all of them); ``formats`` picks the files.
    """
    from reports.model import build_model

    formats = tuple(dict.fromkeys(f.strip().lower() for f in formats if f.strip()))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown report format(s) {', '.join(unknown)}; expected {', '.join(FORMATS)}")
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGS)}")
    if html_case_limit < 0:
        raise ValueError("html_case_limit must be 0 or more")

    out_dir = Path(out_dir)
    # the page lists at most html_case_limit cases per check; the workbook writes every case
    # from the results themselves (reports.case_sheet), so no more become view objects
    model = build_model(results, lang, case_limit=html_case_limit if "html" in formats else 0)
    written: list[Path] = []
    page: Future | None = None

    def write_page(pool: ThreadPoolExecutor) -> None:
        nonlocal page
        if page is None and "html" in formats:
            from reports.html import write_html

            page = pool.submit(write_html, model, out_dir / HTML_NAME, case_limit=html_case_limit,
                               workbook_name=XLSX_NAME if "xlsx" in formats else None)

    # The page is rendered in a thread while the workbook's case rows are streamed (polars and
    # ISA-L do that without the interpreter lock); both read the finished view model only.
    with ThreadPoolExecutor(1, thread_name_prefix="nav-audit-page") as pool:
        if "xlsx" in formats:
            from reports.run_workbook import write_workbook

            written.append(write_workbook(model, out_dir / XLSX_NAME, before_rows=lambda: write_page(pool)))
        write_page(pool)
        if page is not None:
            written.append(page.result())
    return written


def load_results(path: str | Path) -> dict:
    """Read results.json; a missing or malformed file raises audit.errors.InputError."""
    from reports.model import load_results as _load

    return _load(path)
