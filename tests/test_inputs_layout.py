"""The input side's structure (issue 11 item 3): audit/loading.py is gone, one reader per format behind
a registry, and no module of the input side is imported by something it imports (also inside functions)."""

from __future__ import annotations

import ast
from pathlib import Path

from audit.inputs import registry

ROOT = Path(__file__).resolve().parent.parent
INPUT_SIDE = ("audit.inputs", "audit.privacy", "audit.pseudonym", "audit.kostra", "audit.supervision.review",
              "audit.io", "audit.limits")


def _modules() -> dict[str, Path]:
    out = {}
    for base in ("audit", "reports", "checks"):
        for p in (ROOT / base).rglob("*.py"):
            name = ".".join(p.relative_to(ROOT).with_suffix("").parts)
            out[name.removesuffix(".__init__")] = p
    return out


def _graph(mods: dict[str, Path]) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {m: set() for m in mods}
    for m, p in mods.items():
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                subs = [f"{node.module}.{a.name}" for a in node.names if f"{node.module}.{a.name}" in mods]
                names = subs if len(subs) == len(node.names) else [node.module, *subs]
            graph[m].update(n for n in names if n in mods and n != m)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[set[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = set()
            while True:
                w = stack.pop()
                on.discard(w)
                comp.add(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(comp)

    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_no_import_cycle_through_the_input_side():
    cycles = [c for c in _cycles(_graph(_modules())) if any(m.startswith(INPUT_SIDE) for m in c)]
    assert cycles == []


def test_the_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [{"a", "b", "c"}]


def test_loading_is_split_and_gone():
    assert not (ROOT / "audit" / "loading.py").exists() and not (ROOT / "audit" / "mapping.py").exists()
    for name in ("csvfile", "xlsx", "parquet", "kostra", "review", "registry", "identity", "mapping", "join"):
        assert (ROOT / "audit" / "inputs" / f"{name}.py").exists(), name
    assert all(len(p.read_text(encoding="utf-8").splitlines()) <= 500 for p in (ROOT / "audit" / "inputs").glob("*.py"))


def test_the_registry_goes_by_content_not_by_suffix(tmp_path):
    import polars as pl

    from tests.bad_inputs import xlsx

    pl.DataFrame({"case_id": ["K1"]}).write_parquet(tmp_path / "a.csv")
    xlsx(tmp_path / "b.txt", [["case_id"], ["K1"]])
    (tmp_path / "c.xlsx").write_text("case_id;office\nK1;A\n", encoding="utf-8")
    assert registry.detect_format(tmp_path / "a.csv") == "parquet"
    assert registry.detect_format(tmp_path / "b.txt") == "xlsx"
    assert registry.read_raw(tmp_path / "a.csv").format == "parquet"
    assert registry.read_raw(tmp_path / "b.txt").format == "xlsx"
