"""Tools for supervision (tilsyn) and for controllers preparing for one.

Whether a decision gives grounds for each legal criterion can only be judged by
reading it. These modules support that manual part of an inspection:

* :mod:`audit.supervision.sampling` — a stratified, seeded, reproducible sample of cases;
* :mod:`audit.supervision.review` — the review workbook (XLSX) a reviewer fills in, and
  its reader, which turns a filled workbook into an ordinary input for ``nav-audit run``;
* :mod:`audit.supervision.compare` — rates per check across municipalities, offices or
  runs, ranked, with Wilson confidence intervals (Excel and HTML);
* draft findings in the county governor's form live in :mod:`audit.findings` (themes in
  ``checks/themes.py``; writers ``reports/findings_md.py`` and ``reports/findings_docx.py``).

Nothing here imports openpyxl or jinja2 at module level (the CLI's --help stays fast).
Developer documentation: docs/supervision.md.
"""
