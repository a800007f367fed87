"""Running the ``kostra`` suite: load the file as SSB reads it, pick the controls of its
form and year, and add SSB's facts (severity, version, stop at 001) to the results."""

from __future__ import annotations

import polars as pl

from audit.case_frame import CaseFrame
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


# the characters ``str.strip()`` removes (polars' own default leaves out \x1c-\x1f)
WHITESPACE = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
              "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


def finish_results(results: dict, f: SsbFile, suite) -> dict:
    """SSB's severity and version on every check and case; a stopped file says so. The cases stay
    a :class:`CaseFrame` (one polars frame per check, written to results.json without a Python
    object per case): a dict per failing case took 3.5 kB, 11 GB for a million records."""
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
        cases = entry["cases"]
        if isinstance(cases, CaseFrame):  # a check without cases to build has a plain empty list
            entry["cases"] = CaseFrame(_ssb_cases(cases.frame, f, c, tag, reason, entry.get("unit")))
    return results


def _ssb_cases(frame: pl.DataFrame, f: SsbFile, c, tag: str, reason: dict, unit: str | None) -> pl.DataFrame:
    """A check's cases with SSB's facts: ``facts`` and ``details`` both become the record's line and
    number, then the check's fields and facts (text trimmed), fields holding part of the record's own
    identity number shown as bullets, a journal number shown as its pseudonym; the check's unit, SSB's
    limit, rule, reason and severity on every case."""
    schema = frame.schema
    fields: dict[str, tuple[str, pl.DataType]] = {}
    for column in ("facts", "details"):  # {**facts, **details}: facts' order, details' values
        if isinstance(schema[column], pl.Struct):
            for fd in schema[column].fields:
                fields[fd.name] = (column, fd.dtype)

    def field(name: str) -> pl.Expr:
        column, _ = fields[name]
        return pl.col(column).struct.field(name)

    line = field("line") if "line" in fields else pl.lit(None, dtype=pl.Int64)
    record = field("record") if "record" in fields else pl.lit(None, dtype=pl.Int64)
    shown = [line.alias("line"), record.alias("record")]
    for name, (_, dtype) in fields.items():
        if name in ("line", "record"):
            continue
        e = field(name)
        if isinstance(dtype, (pl.Categorical, pl.Enum)):
            e, dtype = e.cast(pl.Utf8), pl.Utf8
        if dtype == pl.Utf8:
            e = e.str.strip_chars(WHITESPACE)
            hidden = [n for n, names in f.masked.items() if name in names]
            if hidden:  # part of the record's own identity number: judged, never shown
                e = pl.when(line.is_in(hidden) & e.is_not_null()).then(e.str.replace_all(r"(?s).", "•")).otherwise(e)
        if name == "PERSON_JOURNALNR" and f.pseudonyms:  # shown as its key shows it
            known = pl.DataFrame({"line": list(f.pseudonyms), "p": list(f.pseudonyms.values())},
                                 schema={"line": pl.Int64, "p": pl.Utf8})
            e = pl.when(line.is_in(list(f.pseudonyms))).then(
                line.replace_strict(known["line"], known["p"], default=None, return_dtype=pl.Utf8)).otherwise(e)
        shown.append(e.alias(name))
    # a measured value read from a field holding part of the identity number is not shown
    blind = [n for n, names in f.masked.items() if set(names) & set(c.details)]
    if blind:
        gone = line.is_in(blind)
        shown = [pl.when(gone).then(None).otherwise(e).alias("measured") if e.meta.output_name() == "measured" else e
                 for e in shown]
    facts = pl.struct(shown)
    value = pl.col("value")
    if blind:
        value = pl.when(line.is_in(blind)).then(None).otherwise(value)
    limit = (pl.lit(None) if c.limit is None else
             pl.struct(pl.lit(c.limit).alias("value"), pl.lit(unit, dtype=pl.Utf8).alias("unit")))
    replace = {
        "value": value.alias("value"),
        "unit": pl.lit(unit, dtype=pl.Utf8).alias("unit"),
        "limit": limit.alias("limit"),
        "rule": pl.lit(tag, dtype=pl.Utf8).alias("rule"),
        "reason": pl.struct(*(pl.lit(v, dtype=pl.Utf8).alias(k) for k, v in reason.items())).alias("reason"),
        "facts": pl.col("_facts").alias("facts"),
        "details": pl.col("_facts").alias("details"),  # the same column: made once, shared
    }
    return frame.with_columns(facts.alias("_facts")).select(
        *(replace.get(name, pl.col(name)) for name in frame.columns), pl.lit(c.severity, dtype=pl.Utf8).alias("severity"))
