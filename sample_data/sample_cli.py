"""The command line the sample generators share: their common options
(:func:`sample_parser`, with ``--rate KIND=RATE`` checked against the suite's kinds) and
the run that lists the kinds or writes the files (:func:`run_sample_cli`)."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any, Callable

from sample_data.common import Kind


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date YYYY-MM-DD, got {text!r}") from None


def rate_parser(kinds: dict[str, Kind]) -> Callable[[str], tuple[str, float]]:
    """An argparse type for ``KIND=RATE`` with a kind of ``kinds`` and a rate from 0 to 1."""

    def parse_rate(text: str) -> tuple[str, float]:
        name, sep, value = text.partition("=")
        if not sep or name not in kinds:
            raise argparse.ArgumentTypeError(f"expected KIND=RATE with a known kind (see --list-kinds), got {text!r}")
        try:
            rate = float(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"rate must be a number, got {value!r}") from None
        if not 0 <= rate <= 1:
            raise argparse.ArgumentTypeError(f"rate must be between 0 and 1, got {rate}")
        return name, rate

    return parse_rate


def sample_parser(prog: str, description: str, example: str, *, seed: int, rows: int, rows_noun: str, as_of: date,
                  out: str, kinds: dict[str, Kind], formats: bool = False) -> argparse.ArgumentParser:
    """The generators' common options (``--formats`` only where there is a choice of formats)."""
    parser = argparse.ArgumentParser(prog=prog, description=description, epilog=f"Example: {example}")
    parser.add_argument("--seed", type=int, default=seed, help=f"random seed (default {seed})")
    parser.add_argument("--rows", type=int, default=rows, help=f"number of {rows_noun} (default {rows})")
    parser.add_argument("--as-of", type=parse_date, default=as_of, help=f"audit date (default {as_of.isoformat()})")
    parser.add_argument("--out", default=out, help=f"output directory (default {out})")
    if formats:
        parser.add_argument("--formats", default="csv,xlsx", help="csv, xlsx or csv,xlsx (default)")
    parser.add_argument("--rate", type=rate_parser(kinds), action="append", default=[], metavar="KIND=RATE",
                        help="injection rate of one deviation kind (repeatable)")
    parser.add_argument("--birth-year-only", action="store_true", help="export Fødselsår instead of Fødselsdato")
    parser.add_argument("--omit", action="append", default=[], metavar="COLUMN",
                        help="leave a canonical column out of the export (repeatable)")
    parser.add_argument("--no-boundaries", action="store_true", help="leave out the fixed boundary rows")
    parser.add_argument("--list-kinds", action="store_true", help="list the deviation kinds and exit")
    return parser


def run_sample_cli(parser: argparse.ArgumentParser, argv: list[str] | None, kinds: tuple[Kind, ...],
                   kind_line: Callable[[Kind], str],
                   write: Callable[[argparse.Namespace, dict[str, Any]], dict[str, Path]]) -> int:
    """Parse ``argv``; list the kinds, or ``write(args, generator options)`` and print the paths written.

    Bad options (also a ValueError from ``write``) end in a usage error (exit 2). A reader
    that stops early (``--list-kinds | head -1``) ends the listing quietly.
    """
    try:
        return _run(parser, argv, kinds, kind_line, write)
    except BrokenPipeError:
        # stdout was closed by the reader: say nothing more, and keep Python from
        # reporting the failed flush of stdout at exit (the recipe in the signal module's docs)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _run(parser: argparse.ArgumentParser, argv: list[str] | None, kinds: tuple[Kind, ...],
         kind_line: Callable[[Kind], str],
         write: Callable[[argparse.Namespace, dict[str, Any]], dict[str, Path]]) -> int:
    args = parser.parse_args(argv)
    if args.list_kinds:
        for kind in kinds:
            print(kind_line(kind))
        sys.stdout.flush()  # a closed pipe shows here, inside the try, not at exit
        return 0
    if args.rows < 1:
        parser.error("--rows must be at least 1")
    options = {"rates": dict(args.rate), "birth_year_only": args.birth_year_only, "omit": tuple(args.omit),
               "include_boundaries": not args.no_boundaries}
    try:
        paths = write(args, options)
    except ValueError as exc:
        parser.error(str(exc))
    for path in paths.values():
        print(path)
    sys.stdout.flush()
    return 0
