"""After a non-editable install, the README's first commands work from any folder.

The package is built as a wheel from a copy of the sources, installed with
``pip install --no-deps --no-index --target`` (offline; the dependencies are the test
environment's own) and run through its console script from a folder that is not the
repository, so nothing can come from the clone: no ``sample_data/``, no ``docs/``.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("pyproject.toml", "README.md", "audit", "checks", "reports", "sample_data")


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> dict:
    work = tmp_path_factory.mktemp("install")
    src = work / "src"
    src.mkdir()
    for name in SOURCES:
        p = ROOT / name
        if p.is_dir():
            shutil.copytree(p, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(p, src / name)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", str(work / "dist"), str(src)],
                   check=True, capture_output=True, text=True, cwd=work)
    wheel = next((work / "dist").glob("nav_audit-*.whl"))
    site = work / "site"
    subprocess.run([*pip, "install", "--no-deps", "--no-index", "--target", str(site), str(wheel)],
                   check=True, capture_output=True, text=True, cwd=work)
    user = work / "user"
    user.mkdir()
    env = dict(os.environ, PYTHONPATH=str(site), XDG_DATA_HOME=str(work / "data"), XDG_CONFIG_HOME=str(work / "config"))
    return {"site": site, "user": user, "env": env, "script": site / "bin" / "nav-audit", "work": work}


def _run(inst: dict, args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(inst["script"]), *args], capture_output=True, text=True,
                          cwd=inst["user"], env=inst["env"], timeout=600)


def readme_first_commands() -> list[list[str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## The first commands[^\n]*\s+```sh\n(.*?)```", text, re.S).group(1)
    lines = [line.split("#")[0].strip() for line in block.splitlines()]
    return [shlex.split(line) for line in lines if line.startswith("nav-audit ")]


def test_the_installed_package_is_the_one_run(installed):
    proc = subprocess.run([sys.executable, "-c", "import audit, sample_data; print(audit.__file__); print(sample_data.__file__)"],
                          capture_output=True, text=True, cwd=installed["user"], env=installed["env"])
    assert proc.returncode == 0, proc.stderr
    assert all(line.startswith(str(installed["site"])) for line in proc.stdout.split())
    assert not (installed["site"] / "docs").exists()


def test_the_municipality_table_is_package_data(installed):
    """audit/data/municipalities.csv ships in the wheel: names are read offline, from the installed package."""
    code = "from audit.municipalities import TABLE, municipality_name; print(TABLE); print(municipality_name('3101', 2025))"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=installed["user"],
                          env=installed["env"])
    assert proc.returncode == 0, proc.stderr
    table, name = proc.stdout.split("\n")[:2]
    assert table.startswith(str(installed["site"])) and name == "Halden"


def test_readme_first_commands_work_from_another_folder(installed):
    commands = readme_first_commands()
    assert [c[1] for c in commands] == ["demo", "run"]
    for cmd in commands:
        proc = _run(installed, cmd[1:])
        assert proc.returncode == 0, (cmd, proc.stdout, proc.stderr)
        assert "docs/" not in proc.stdout + proc.stderr
    assert (installed["user"] / "demo" / "rapporter" / "kvp" / "results.json").is_file()
    assert not (installed["work"] / "data" / "nav-audit").exists()  # the user's history is untouched


def test_demo_commands_and_help_examples_work_after_install(installed):
    if not (installed["user"] / "demo").exists():
        assert _run(installed, ["demo", "--out", "demo"]).returncode == 0
    for args in (["map", "demo/kvp_saker.csv", "--check", "demo/kvp_mapping.yaml"],
                 ["schedule", "show", "-f", "demo/arshjul.yaml", "--year", "2026"],
                 ["init", "kontor", "--export", "demo/kvp_saker.csv"],
                 ["checks"]):
        proc = _run(installed, args)
        assert proc.returncode == 0, (args, proc.stdout, proc.stderr)
        assert "docs/" not in proc.stdout + proc.stderr


def test_the_learned_readers_weights_ship_and_decide_after_install(installed):
    """audit/grounds/learned_weights.json is package data: ``nav-audit grounds`` decides with the learned reader
    (its default) from an installed, non-editable package."""
    code = ("from audit.grounds.learned import WEIGHTS, shipped; from importlib.resources import files; "
            "print(WEIGHTS); print(files('audit.grounds').joinpath('learned_weights.json').is_file()); "
            "print(shipped().variant)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=installed["user"],
                          env=installed["env"])
    assert proc.returncode == 0, proc.stderr
    path, found, variant = proc.stdout.split("\n")[:3]
    assert path.startswith(str(installed["site"])) and found == "True" and variant == "text"
    if not (installed["user"] / "demo").exists():
        assert _run(installed, ["demo", "--out", "demo"]).returncode == 0
    proc = _run(installed, ["grounds", "demo/vedtaksbrev", "--out", "begrunnelser-installert.csv"])
    assert proc.returncode == 0, (proc.stdout, proc.stderr)
    table = (installed["user"] / "begrunnelser-installert.csv").read_text(encoding="utf-8-sig")
    assert "ground_age_evidence" in table.splitlines()[0] and len(table.splitlines()) > 1
