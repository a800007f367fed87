"""``nav-audit grounds``: read decision letters and suggest, per criterion, whether grounds are given.

Thin click command over :mod:`audit.grounds`; see docs/grounds.md. It decides with the learned reader
(``--method learned``, the default; audit/grounds/decide.py) or the hand rule alone (``--method rule``).
"""

from __future__ import annotations

from pathlib import Path

import click

from audit.cli.common import handle_errors, lang_option
from audit.errors import ConfigError


@click.command("grounds", help="help.grounds")
@click.argument("letters", nargs=-1, metavar="cli.help.metavar.letters", required=True, type=click.Path(path_type=str))
@click.option("--out", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path), help="help.grounds.out")
@click.option("--key-from", type=click.Choice(["auto", "text", "name"]), default="auto", show_default=True,
              help="help.grounds.key_from")
@click.option("--key-pattern", metavar="cli.help.metavar.regex", help="help.grounds.key_pattern")
@click.option("--method", type=click.Choice(["learned", "rule"]), default="learned", show_default=True,
              help="help.grounds.method")
@lang_option("help.grounds.lang")
@click.option("--overwrite", is_flag=True, help="help.grounds.overwrite")
@handle_errors
def grounds(letters, out, key_from, key_pattern, method, lang, overwrite):
    import os

    from audit.errors import InputError
    from audit.grounds.identity import count_identity_numbers, shown, shown_name
    from audit.grounds.judge import GroundsRun, judge_all
    from audit.grounds.keys import COMPILE_SECONDS, PATTERN_SECONDS, BadPattern, PatternTimeout, compile_pattern
    from audit.grounds.output import write_grounds_csv
    from audit.grounds.reading import SUFFIXES, NotAFile, collect_letters, copies
    from audit.grounds.vocabulary import COLUMNS
    from audit.privacy import safe_value, shown_value
    from audit.text import msg, t

    # the project's option guard, also for the forms a word processor gives a number (an en dash, a thin space)
    for option, values in (("LETTERS", letters), ("--out", [str(out)]), ("--key-pattern", [key_pattern or ""])):
        if any(count_identity_numbers(v) for v in values):
            raise ConfigError(msg("inputs.identity.option", option=option), hint=msg("inputs.identity.option_hint"))
    if any(not str(v).strip() for v in letters):  # «"$BREV"» unset: the empty name would be the current folder
        raise ConfigError(msg("error.grounds.empty_name"), hint=msg("error.grounds.empty_name_hint"))
    if out.suffix.lower() != ".csv":
        raise ConfigError(msg("error.grounds.csv_only"), file=shown(str(out), 1000))
    try:
        pattern = compile_pattern(key_pattern)
    except BadPattern as exc:  # the regex library's words for what is wrong with it
        problem = exc.detail or _seconds_msg("grounds.pattern.compile_timeout_detail", COMPILE_SECONDS)
        raise ConfigError(msg(exc.problem, pattern=safe_value(key_pattern, 200), problem=problem),
                          hint=msg("grounds.pattern.timeout_hint" if exc.problem == "grounds.pattern.compile_timeout"
                                   else "grounds.pattern.hint")) from None
    ignored: list[Path] = []
    broken: list[Path] = []
    special: list[Path] = []
    locked: list[Path] = []
    try:
        paths = collect_letters(list(letters), ignored, broken, special, locked)
    except FileNotFoundError as exc:
        raise ConfigError(msg("error.grounds.missing"), file=shown(str(exc), 1000)) from None
    except NotAFile as exc:  # a named pipe or a device: never opened (a pipe waits for ever, /dev/zero never ends)
        raise ConfigError(msg("error.grounds.not_a_file"), file=shown(str(exc), 1000),
                          hint=msg("error.grounds.not_a_letter_hint", suffixes=", ".join(SUFFIXES))) from None
    except ValueError as exc:
        raise ConfigError(msg("error.grounds.not_a_letter"), file=shown(str(exc), 1000),
                          hint=msg("error.grounds.not_a_letter_hint", suffixes=", ".join(SUFFIXES))) from None
    if not paths:
        raise ConfigError(msg("error.grounds.no_letters"), file=shown(", ".join(letters), 1000),
                          hint=msg("error.grounds.no_letters_hint", suffixes=", ".join(SUFFIXES)))
    try:  # a name the file system cannot hold (over 255 bytes) fails here, before any letter is read
        target = out.resolve()
        os.lstat(out)
        exists = True
    except (FileNotFoundError, NotADirectoryError):  # no table yet (a file in the path: said when writing)
        exists = False
    except OSError as exc:
        raise ConfigError(msg("inputs.io.cannot_write", reason=exc.strerror or type(exc).__name__),
                          file=shown(str(out), 1000), hint=msg("inputs.io.cannot_write_hint")) from None
    if any(p.resolve() == target for p in paths):
        raise ConfigError(msg("error.grounds.over_a_letter"), file=shown(str(out), 1000), hint=msg("error.grounds.over_a_letter_hint"))
    if exists and not overwrite:
        raise ConfigError(msg("error.grounds.exists"), file=shown(str(out), 1000), hint=msg("error.cli.overwrite_hint"))
    if ignored:
        click.echo(t(f"grounds.note.ignored.{_one_or_other(ignored)}", lang, count=len(ignored), suffixes=", ".join(SUFFIXES),
                     names=", ".join(shown_name(p) for p in ignored[:5]) + (", …" if len(ignored) > 5 else "")),
                   err=True)
    if broken:  # a link whose target was moved or deleted: the letter the user meant is not there
        click.echo(t(f"grounds.note.broken_links.{_one_or_other(broken)}", lang, count=len(broken),
                     names=", ".join(shown_name(p) for p in broken[:5]) + (", …" if len(broken) > 5 else "")), err=True)
    if locked:  # a folder without read rights: its letters would be missing from the table without a word
        click.echo(t(f"grounds.note.locked.{_one_or_other(locked)}", lang, count=len(locked),
                     names=", ".join(shown_name(p) for p in locked[:5]) + (", …" if len(locked) > 5 else "")), err=True)
    if special:  # a named pipe, a device, a socket: not read, and said, not passed over in silence
        click.echo(t(f"grounds.note.special.{_one_or_other(special)}", lang, count=len(special),
                     names=", ".join(shown_name(p) for p in special[:5]) + (", …" if len(special) > 5 else "")), err=True)
    try:
        run = GroundsRun(judge_all(paths, pattern=pattern, key_from=key_from, method=method))
    except PatternTimeout as exc:  # a pattern that backtracks without end would hold the command for hours
        raise ConfigError(_seconds_msg("grounds.pattern.timeout", PATTERN_SECONDS, pattern=safe_value(key_pattern, 200)),
                          file=shown(str(exc.path), 1000), hint=msg("grounds.pattern.timeout_hint")) from None
    copied = copies(run.rows)  # the same letter twice («K-1 (1).pdf»): read once
    copied.update({r.path: r.copy_of for r in run.results if r.copy_of})  # a part twice: read once
    for r in run.rows:
        if r.path in copied:
            r.skipped = "grounds.note.copy"
    seen: dict[str, Path] = {}
    for r in run.rows:  # two letters for one case: both named (by their paths when two folders hold «K-1.txt»)
        if r.key in seen:
            first, second = _two_names(seen[r.key], r.path)
            raise InputError(msg("grounds.error.duplicate_key", key=shown_value(r.key), first=first, second=second),
                             file=shown(str(r.path), 1000), hint=msg("grounds.error.duplicate_hint"))
        seen[r.key] = r.path
    for r in run.results:
        # a letter in a folder whose name holds an identity number is named by its path from there (masked)
        name = " + ".join(shown(str(p), 300) if count_identity_numbers(str(p.parent)) else shown_name(p) for p in r.files)
        if r.path in copied:  # by their paths when two folders hold «K-1.txt»
            copy, original = _two_names(r.path, copied[r.path])
            click.echo(t(r.skipped, lang, name=copy, original=original), err=True)
            if count_identity_numbers(str(r.path)):  # its text's numbers are the original's, but its name is its own
                click.echo(t("grounds.note.identity_skipped", lang, name=copy, count=count_identity_numbers(str(r.path))),
                           err=True)
            continue  # its identity numbers are those of the original, reported once
        if r.parts:  # «K-0042 del 1.pdf» and «K-0042 del 2.pdf»: one letter
            click.echo(t("grounds.note.parts", lang, names=", ".join(shown_name(p) for p in r.parts),
                         count=len(r.parts)), err=True)
        if r.missing_parts:
            click.echo(t("grounds.note.missing_parts", lang, name=name,
                         numbers=", ".join(map(str, r.missing_parts))), err=True)
        if r.skipped:
            click.echo(t(r.skipped, lang, name=name), err=True)
        elif r.problem:
            click.echo(t("grounds.note.unreadable", lang, name=name, why=t(r.problem, lang)), err=True)
        if r.identity_numbers:
            note = "grounds.note.identity_skipped" if r.skipped else "grounds.note.identity"
            click.echo(t(note, lang, name=name, count=r.identity_numbers), err=True)
    named = [r for r in run.rows if r.key_source == "name"]
    if named and key_from == "auto":  # «Vedtak K-0042.pdf» gives the key «Vedtak K-0042», which joins no export
        wordy = [r for r in named if _more_than_a_key(r.key)]
        note = t("grounds.note.keys_from_names", lang, count=len(named), total=len(run.rows),
                 example=shown_value((wordy or named)[0].key, 60))
        # the option helps only where a name holds more than the key («K-0042.pdf» is the key already)
        click.echo(note + (" " + t("grounds.note.keys_from_names_hint", lang) if wordy else ""), err=True)
    if not run.rows:  # every letter skipped: a table without rows is no input to run or review-sheet
        raise ConfigError(msg("grounds.error.no_rows"), file=shown(", ".join(letters), 1000),
                          hint=msg("grounds.error.no_rows_hint"))
    written = write_grounds_csv(run, out, lang=lang, overwrite=overwrite)
    judged = [r for r in run.rows if r.judgements is not None]
    click.echo(t("grounds.summary", lang, letters=len(run.results), judged=len(judged),
                 unreadable=sum(1 for r in run.rows if r.judgements is None),
                 skipped=sum(1 for r in run.results if r.skipped)))
    for c in COLUMNS:
        yes = sum(1 for r in judged if r.judgements[c].value == "ja")
        click.echo(t("grounds.summary.criterion", lang, column=c, yes=yes, no=len(judged) - yes))
    click.echo(t("grounds.written", lang, path=shown(str(written), 1000)))


def _seconds_msg(key: str, seconds: float, **values):
    """Message ``key`` with ``{seconds} {unit}`` filled in («1 sekund», «3 sekunder»)."""
    from audit.text import msg

    n = int(seconds) if float(seconds).is_integer() else seconds
    return msg(key, seconds=n, unit=msg("unit.seconds.one" if n == 1 else "unit.seconds.other"), **values)


def _more_than_a_key(key: str) -> bool:
    """A key from a file name that looks like a name around the key («Vedtak K-0042», «vedtak_K-0042», a long
    name), not like a key alone («K-0042», «2024-117»)."""
    return any(c.isspace() or c == "_" for c in key) or len(key) > 20

def _two_names(a: Path, b: Path) -> tuple[str, str]:
    """Two letters as a message names them: their file names, or their paths below the folder they share
    when the names are the same (two folders each holding «K-1.txt»); identity numbers masked."""
    import os

    from audit.grounds.identity import shown

    if a.name != b.name:
        return shown(a.name, 300), shown(b.name, 300)
    common = os.path.commonpath([a.absolute(), b.absolute()])
    return tuple(shown(os.path.relpath(p.absolute(), common), 300) for p in (a, b))  # type: ignore[return-value]


def _one_or_other(items) -> str:
    """The catalogue's plural form for a count of ``items``: ``one`` for exactly one, else ``other``."""
    return "one" if len(items) == 1 else "other"
