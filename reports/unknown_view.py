"""What an unknown row lacks, in words (audit.unknown_rows): «mangler Vedtaksdato (decision_date)».

A run's ``unknown_keys`` carry, in memory, the reason of each key (:class:`audit.unknown_rows.
UnknownKeys`); results.json holds the keys only, so a report made again from it
(``nav-audit report``) has no reasons and says the general one («en verdi kontrollen trenger,
mangler eller kan ikke leses»). Every header and input issue goes through the formatter's text,
which masks identity numbers (a header holding one stops the run before this, audit.inputs).
"""

from __future__ import annotations

from typing import Any

from audit.text import t
from audit.text.message import render


def _name(fmt, lack: Any) -> str:
    """The column as the export calls it and its canonical name: «Vedtaksdato (decision_date)»."""
    column = _text(fmt, getattr(lack, "column", None))
    header = _text(fmt, getattr(lack, "header", None))
    return f"{header} ({column})" if header and header != column else column


def _text(fmt, x: Any) -> str:
    """A text from the run through the formatter (identity numbers masked); "" for none."""
    return "" if x is None or x == "" else fmt.text(x).text


def _join(lang: str, names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {t('reports.reason.unknown_and', lang)} " + names[-1]


def lacks_text(lang: str, fmt, reason: Any) -> str:
    """The values one reason names, in words («mangler A og B; C kan ikke leses: …»); "" for none."""
    missing = [_name(fmt, x) for x in reason if not getattr(x, "unreadable", False)]
    parts = [t("reports.reason.unknown_missing", lang, names=_join(lang, missing))] if missing else []
    for x in reason:
        if getattr(x, "unreadable", False):
            issue = getattr(x, "issue", None)
            said = _text(fmt, render(issue, lang))
            parts.append(t("reports.reason.unknown_unreadable_issue" if said else "reports.reason.unknown_unreadable",
                           lang, name=_name(fmt, x), issue=said))
    return "; ".join(parts)


def reason_sentence(lang: str, lacks: str) -> str:
    """The reason an unknown row gives in the workbook: what it lacks, else the general reason."""
    return t("reports.reason.unknown_lacks", lang, lacks=lacks) if lacks else t("reports.reason.unknown", lang)


def unknown_reasons(raw: Any, keys: list, lang: str, fmt) -> tuple[list[str], list[int]]:
    """(the lacks of each distinct reason in words, each key's index into them) for the keys
    ``keys`` kept of the run's ``raw`` unknown keys; ([""], zeros) when the results carry no reasons."""
    reasons, codes = getattr(raw, "reasons", None), getattr(raw, "codes", None)
    if not reasons or codes is None or len(codes) != len(raw):
        return [""], [0] * len(keys)
    if len(keys) != len(raw):  # empty keys were left out: their codes go too
        codes = [c for k, c in zip(raw, codes) if k not in (None, "")]
    return [lacks_text(lang, fmt, r) for r in reasons], list(codes)
