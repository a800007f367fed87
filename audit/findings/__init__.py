"""Draft findings in the county governor's form: themes, materiality, what the data show.

The themes are declared in ``checks/themes.py`` (title, the checks each rests on), the legal
wording with each check (``Check.finding``, read through :mod:`audit.findings.declared`);
this package decides which conclusion each theme reaches (:mod:`audit.findings.draft`) from
what a results.json can show (:mod:`audit.findings.evidence`). The Markdown and Word writers
are ``reports/findings_md.py`` and ``reports/findings_docx.py``.
"""

from audit.findings.draft import BREACH, NONE, NOT_ASSESSED, REMARK, Thresholds, draft_report, findings_for_report

__all__ = ["BREACH", "NONE", "NOT_ASSESSED", "REMARK", "Thresholds", "draft_report", "findings_for_report"]
