"""Running the ``kostra`` suite: load the file as SSB reads it, pick the controls of its
form and year, and add SSB's facts (severity, version, stop at 001) to the results."""

from __future__ import annotations

from audit.errors import ConfigError, InputError
from audit.kostra.ssb_reading import SsbFile, read_ssb
from audit.text import msg, t


def refuse_mappings(paths: list[str], mappings: list[str] | None) -> None:
    """``--suite kostra`` audits one KOSTRA file read by SSB's description: no mapping."""
    if mappings:
        raise ConfigError(msg("kostra.error.mapping"), hint=msg("kostra.error.mapping_hint"))
    if len(paths) != 1:
        raise InputError(msg("kostra.error.one_file", count=len(paths)), hint=msg("kostra.error.one_file_hint"))


def load_for_suite(paths: list[str], *, mappings: list[str] | None = None, kostra_year: int | None = None,
                   scope: str | None = None):
    """(table, suite) for ``--suite kostra``: the file read as SSB reads it, and the controls of
    its form and year; the suite's ``finish`` adds SSB's facts to the results."""
    from checks.kostra import suite_for

    refuse_mappings(paths, mappings)
    f = read_ssb(paths[0], year=kostra_year, region=scope)
    suite = suite_for(f.layout.form, f.layout.year)
    suite.finish = lambda results: finish_results(results, f, suite)
    return f.table, suite


def _lines_text(lines: list[int], limit: int = 20) -> str:
    shown = ", ".join(map(str, lines[:limit]))
    return shown + (f" … (+{len(lines) - limit})" if len(lines) > limit else "")


def finish_results(results: dict, f: SsbFile, suite) -> dict:
    """SSB's severity and version on every check and case; a stopped file says so."""
    tag = f.tag
    stopped = bool(f.stopped_lines)
    lines = _lines_text(f.stopped_lines)
    results["run"]["kostra"] = {"form": f.layout.form, "year": f.layout.year, "ssb_version": tag,
                                "stopped_by": "001" if stopped else None, "stopped_lines": f.stopped_lines}
    for entry in results["checks"]:
        c = suite.get(entry["id"])
        entry["severity"] = entry["level"] = c.severity  # the check's level is SSB's severity
        entry["ssb"] = {"form": c.form, "number": c.number, "severity": c.severity, "version": tag,
                        "years": list(c.years)}
        entry["rule"] = tag
        entry["limit"] = c.limit
        if stopped and c.number != "001":
            entry["status"] = "not_evaluated"
            entry["note"] = {lang: t("kostra.stopped", lang, lines=lines) for lang in ("nb", "en")}
        reason = {"code": f"ssb_{c.form.lower()}_{c.number.lower()}",
                  **{lang: t("kostra.reason", lang, number=c.number, form=c.form,
                             severity=t(f"kostra.severity.{c.severity}", lang),
                             checks={"nb": c.measure.nb, "en": c.measure.en}[lang])
                     for lang in ("nb", "en")}}
        cases = [dict(case) for case in entry["cases"]]  # a plain list, whatever form the cases came in
        entry["cases"] = cases
        for case in cases:
            details = {**(case.get("facts") or {}), **(case.get("details") or {})}
            facts = {"line": details.get("line"), "record": details.get("record")}
            for k, v in details.items():
                if k not in facts:
                    facts[k] = v.strip() if isinstance(v, str) else v
            hide = f.masked.get(facts["line"], ())
            for k in hide:  # part of the record's own identity number: judged, never shown
                if isinstance(facts.get(k), str):
                    facts[k] = "•" * len(facts[k])
            if facts["line"] in f.pseudonyms and "PERSON_JOURNALNR" in facts:  # shown as its key shows it
                facts["PERSON_JOURNALNR"] = f.pseudonyms[facts["line"]]
            if hide and set(hide) & set(c.details):  # a measured value read from such a field
                case["value"] = None
                if "measured" in facts:
                    facts["measured"] = None
            case["details"] = facts
            case["facts"] = facts
            case["unit"] = entry.get("unit")
            case["limit"] = None if c.limit is None else {"value": c.limit, "unit": entry.get("unit")}
            case["rule"] = tag
            case["reason"] = reason
            case["severity"] = c.severity
    return results
