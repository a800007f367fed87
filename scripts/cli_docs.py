"""Generate docs/cli.md from the commands' --help texts (the CLI reference).

    python scripts/cli_docs.py          # rewrite docs/cli.md
    python scripts/cli_docs.py --check  # exit 1 if docs/cli.md is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.cli import main  # noqa: E402


def _walk(cmd: click.Command, path: list[str]):
    yield path, cmd
    if isinstance(cmd, click.Group):
        for name in sorted(cmd.commands):
            yield from _walk(cmd.commands[name], [*path, name])


def render() -> str:
    out = ["# CLI reference", "", "Generated from `--help` by `python scripts/cli_docs.py`; do not edit by hand.", ""]
    runner = CliRunner()
    for path, _cmd in _walk(main, []):
        title = " ".join(["nav-audit", *path])
        result = runner.invoke(main, [*path, "--help"], prog_name="nav-audit", terminal_width=100)
        out += [f"## {title}", "", "```", result.output.rstrip(), "```", ""]
    return "\n".join(out)


if __name__ == "__main__":
    target = ROOT / "docs" / "cli.md"
    text = render()
    if "--check" in sys.argv:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        sys.exit(0 if current == text else 1)
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}")
