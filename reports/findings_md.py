"""Draft findings (audit.findings.draft_report) as Markdown."""

from __future__ import annotations

from audit.text import Formatter

_SPECIAL = set("\\`*_{}[]<>#|")


def md_escape(text: object) -> str:
    """Text from the data or the user, safe inside Markdown (no markup, no HTML)."""
    return "".join("\\" + ch if ch in _SPECIAL else ch for ch in str(text))


def _code(text: object) -> str:
    return "`" + str(text).replace("`", "'") + "`"


def _section(lines: list[str], heading: str, paragraphs: list[str]) -> None:
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        return
    lines += [heading, ""]
    for p in paragraphs:
        lines += [md_escape(p), ""]


def _theme(lines: list[str], number: int | None, entry: dict, fmt: Formatter) -> None:
    title = fmt.t("findings.h.theme", n=number, title=entry["title"]) if number else entry["title"]
    lines += [f"## {md_escape(title)}", ""]
    _section(lines, f"### {fmt.t('findings.h.requirement')}", [entry["requirement"]])
    _section(lines, f"### {fmt.t('findings.h.facts')}", entry["facts"])
    _section(lines, f"### {fmt.t('findings.h.assessment')}", entry["assessment"])
    _section(lines, f"### {fmt.t('findings.h.conclusion')}", entry.get("conclusions") or [entry["conclusion"]])


def findings_markdown(report: dict) -> str:
    """The whole draft: conclusion, basis and method, one section per theme, internal control, appendix."""
    fmt = Formatter(report["lang"])
    lines = [f"# {md_escape(report['title'])}", "", f"**{md_escape(report['subtitle'])}**", "",
             f"*{md_escape(report['run_line'] + ' ' + report['draft_note'])}*", ""]
    _section(lines, f"## {fmt.t('findings.h.summary')}", [report["summary"]])
    _section(lines, f"## {fmt.t('findings.h.basis')}", [*report["basis"], report["units"]])
    for i, entry in enumerate(report["themes"], start=1):
        _theme(lines, i, entry, fmt)
    if report["internal_control"]:
        _theme(lines, None, report["internal_control"], fmt)
    if report["appendix"]:
        lines += [f"## {md_escape(fmt.t('findings.h.appendix'))}", "", md_escape(fmt.t("findings.appendix.note")), "",
                  f"| {fmt.t('findings.col.theme')} | {fmt.t('findings.col.check')} | {fmt.t('findings.col.cases')} |",
                  "|---|---|---|"]
        for row in report["appendix"]:
            lines.append(f"| {md_escape(row['theme'])} | {md_escape(row.get('title') or '')} ({_code(row['check'])}) | "
                         f"{md_escape(', '.join(row['keys']))} |")
        lines.append("")
    return "\n".join(lines)


SUFFIXES = {".md": "md", ".markdown": "md", ".txt": "md", ".docx": "docx"}


def write_findings(report: dict, out, *, overwrite: bool = True):
    """Write a draft (``draft_report``) as Markdown or Word, chosen by the suffix of ``out``."""
    from pathlib import Path

    from audit.errors import InputError
    from audit.io import atomic_write_bytes, atomic_write_text

    out = Path(out)
    kind = SUFFIXES.get(out.suffix.lower())
    if kind == "md":
        return atomic_write_text(out, findings_markdown(report), overwrite=overwrite)
    if kind == "docx":
        from reports.findings_docx import findings_docx

        return atomic_write_bytes(out, findings_docx(report), overwrite=overwrite)
    from audit.text import msg

    raise InputError(msg("findings.cli.bad_suffix"), file=str(out))
