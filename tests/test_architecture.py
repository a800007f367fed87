"""The house rules of the code base (issue 11): no import cycle among the project's own
modules — module-level or inside functions —, and no source file that grew beyond what a
person can hold in their head, apart from declaration tables."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("audit", "checks", "reports", "sample_data", "benchmarks")
MAX_LINES = 500
# Declaration tables: data a reviewer reads as a list (words, names, layouts, check
# declarations), not logic. Each entry says what it declares.
TABLES = {
    "audit/text/words/": "the catalogue of words, one module per domain",
    "audit/onboarding/names.py": "the names and abbreviations of every canonical column",
    "audit/kostra/form_11cf.py": "KOSTRA 11CF record layouts per year",
    "audit/kostra/form_11f.py": "KOSTRA 11F record layouts per year",
    "checks/kvp.py": "the KVP check declarations (the rule book)",
    "checks/stonad.py": "the stønad check declarations (the rule book)",
    "audit/grounds/vocabulary.py": "the vocabulary of the decision-letter reader",
    "sample_data/letters/phrasing_tuning12.py": "round 12's first held-out phrasing bank, a development bank since round 13 (data only)",
    "sample_data/letters/phrasing_heldout13.py": "round 12's second, independently written phrasing bank (data only)",
    "sample_data/letters/phrasing_heldout14.py": "round 13's independently written bank, since then the furniture's development bank (data only)",
    "sample_data/letters/phrasing_heldout15.py": "round 13's second independently written bank, round 14's development bank (data only)",
    "sample_data/letters/phrasing_heldout16.py": "round 14's nynorsk-municipality phrasing bank (data only)",
    "sample_data/letters/phrasing_heldout17.py": "round 14's independently written legal-method phrasing bank (data only)",
    "sample_data/letters/phrasing_heldout18.py": "round 15's independently written Trøndelag narrative phrasing bank (data only)",
    "sample_data/letters/phrasing_heldout19.py": "round 15's independently written case-management-template phrasing bank (data only)",
    "sample_data/letters/phrasing_heldout20.py": "round 16's independently written Northern Norway hand-written phrasing bank (data only)",
    "sample_data/letters/phrasing_heldout21.py": "round 16's independently written after-complaint (Innlandet) phrasing bank (data only)",
    "sample_data/letters/phrasing_heldout22.py": "round 17's independently written checklist (Vestfold og Telemark) phrasing bank (data only)",
    "sample_data/letters/phrasing_heldout23.py": "round 17's independently written Møre og Romsdal case-note phrasing bank (data only)",
    "sample_data/letters/phrasing_heldout24.py": "round 18's independently written Oslo phrase-library phrasing bank (data only)",
    "sample_data/letters/phrasing_heldout25.py": "round 18's independently written Bergen table-decision phrasing bank (data only)",
    "sample_data/letters/phrasing_heldout26.py": "round 19's independently written Trondheim question-and-answer phrasing bank, round 20's development bank (data only)",
    "sample_data/letters/phrasing_heldout27.py": "round 19's independently written Akershus easy-read phrasing bank (data only)",
    "sample_data/letters/phrasing_heldout28.py": "round 19's independently written Sogn og Fjordane simplified-decision phrasing bank (data only)",
    "sample_data/letters/phrasing_heldout30.py": "round 20's independently written Nord-Norge case-management-template phrasing bank (data only)",
    "sample_data/letters/phrasing_heldout31.py": "round 20's independently written Vestfold after-complaint phrasing bank (data only)",
    "sample_data/letters/phrasing_heldout29.py": "round 20's independently written Oslo district-office formal-decision phrasing bank, round 22's development bank (data only)",
    "sample_data/letters/phrasing_heldout32.py": "round 22's independently written Vestland nynorsk formal-decision phrasing bank (data only)",
    "sample_data/letters/phrasing_heldout33.py": "round 22's independently written Rogaland chronological-story phrasing bank (data only)",
    "sample_data/letters/phrasing_heldout34.py": "round 22's independently written Viken/Akershus youth-team phrasing bank (data only)",
}

# PENDING: known exceptions while a piece of work is under way (empty now). An import is
# (importing module, imported module), the edge whose removal breaks a cycle; a file is a
# path over the limit; each names who is working on it. The checks below ignore what is
# listed here and fail when an entry is no longer needed, so the lists can only shrink.
PENDING_IMPORTS: dict[tuple[str, str], str] = {}
PENDING_FILES: dict[str, str] = {}


def modules() -> dict[str, Path]:
    out = {}
    for pkg in PACKAGES:
        for path in (ROOT / pkg).rglob("*.py"):
            rel = path.relative_to(ROOT).with_suffix("")
            parts = list(rel.parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            out[".".join(parts)] = path
    return out


def _resolve(name: str, known: dict[str, Path]) -> str | None:
    """The most specific project module an imported name refers to."""
    while name:
        if name in known:
            return name
        name = name.rpartition(".")[0]
    return None


def _from_module(node: ast.ImportFrom, here: str) -> str:
    """The absolute module name of ``from … import``; ``here`` is the importing module's package."""
    base = node.module or ""
    if node.level:
        up = here
        for _ in range(node.level - 1):
            up = up.rpartition(".")[0]
        base = f"{up}.{base}" if base else up
    return base


def imports(module: str, path: Path, known: dict[str, Path]) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_pkg = path.name == "__init__.py"
    here = module if is_pkg else module.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(tree):  # also imports inside functions
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _from_module(node, here)
            # `from pkg import sub` depends on pkg.sub (as `import pkg.sub` does); `from pkg import name`
            # on pkg itself
            names = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        else:
            continue
        for name in names:
            target = _resolve(name, known)
            if target and target != module:
                out.add(target)
    return out


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def _without(graph: dict[str, set[str]], edges) -> dict[str, set[str]]:
    out = {m: set(targets) for m, targets in graph.items()}
    for source, target in edges:
        out.get(source, set()).discard(target)
    return out


def _reaches(graph: dict[str, set[str]], start: str, goal: str) -> bool:
    seen, todo = {start}, [start]
    while todo:
        for nxt in graph.get(todo.pop(), ()):
            if nxt == goal:
                return True
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return False


def project_graph() -> dict[str, set[str]]:
    known = modules()
    return {m: imports(m, p, known) for m, p in known.items()}


def test_no_import_cycle_among_the_projects_modules():
    graph = project_graph()
    assert "audit.pipeline" in graph and graph["audit.pipeline"]  # the scan sees imports
    found = cycles(_without(graph, PENDING_IMPORTS))
    assert not found, "import cycles: " + "; ".join(" <-> ".join(c) for c in found)


def test_every_pending_import_still_closes_a_cycle():
    """An entry of PENDING_IMPORTS whose lane broke the cycle must go (the list only shrinks)."""
    graph = project_graph()
    stale = []
    for edge, lane in PENDING_IMPORTS.items():
        source, target = edge
        rest = _without(graph, [e for e in PENDING_IMPORTS if e != edge])
        if target not in graph.get(source, ()) or not _reaches(rest, target, source):
            stale.append(f"{source} -> {target} ({lane})")
    assert not stale, "PENDING_IMPORTS entries no longer needed, remove them: " + ", ".join(stale)


def test_the_cycle_finder_finds_a_cycle_through_a_function_level_import(tmp_path):
    a = tmp_path / "a.py"
    b = tmp_path / "b.py"
    a.write_text("import b\n", encoding="utf-8")
    b.write_text("def f():\n    from a import x\n", encoding="utf-8")
    known = {"a": a, "b": b}
    graph = {m: imports(m, p, known) for m, p in known.items()}
    assert cycles(graph) == [["a", "b"]]


def test_no_source_file_over_the_limit_but_declaration_tables():
    long = []
    for path in modules().values():
        rel = path.relative_to(ROOT).as_posix()
        if rel in PENDING_FILES or any(rel.startswith(prefix) for prefix in TABLES):
            continue
        n = sum(1 for _ in path.open(encoding="utf-8"))
        if n > MAX_LINES:
            long.append(f"{rel} ({n} lines)")
    assert not long, f"source files over {MAX_LINES} lines: " + ", ".join(sorted(long))


def test_every_pending_file_is_still_over_the_limit():
    """An entry of PENDING_FILES its lane split or removed must go (the list only shrinks)."""
    stale = []
    for rel, lane in PENDING_FILES.items():
        path = ROOT / rel
        if not path.exists() or sum(1 for _ in path.open(encoding="utf-8")) <= MAX_LINES:
            stale.append(f"{rel} ({lane})")
    assert not stale, "PENDING_FILES entries no longer needed, remove them: " + ", ".join(stale)


def test_the_pending_check_notices_an_import_that_no_longer_closes_a_cycle():
    graph = {"a": {"b"}, "b": {"a"}, "c": {"d"}, "d": set()}
    assert _reaches(_without(graph, []), "b", "a")  # a -> b is needed: b reaches a
    assert not _reaches(_without(graph, []), "d", "c")  # c -> d closes nothing
    assert cycles(_without(graph, [("a", "b")])) == []


def private_imports(module: str, path: Path, known: dict[str, Path]) -> list[str]:
    """The underscore names ``module`` takes from another project module: ``from m import _x`` and
    ``m._x`` on a module imported as a name (``import a.m as m``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = module if path.name == "__init__.py" else module.rpartition(".")[0]
    aliases: dict[str, str] = {}  # local name -> project module
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name in known:
                    aliases[a.asname or a.name] = a.name
        elif isinstance(node, ast.ImportFrom):
            base = _from_module(node, here)
            for a in node.names:
                if f"{base}.{a.name}" in known:
                    aliases[a.asname or a.name] = f"{base}.{a.name}"
                elif base in known and base != module and a.name.startswith("_") and not a.name.startswith("__"):
                    found.append(f"{module} imports {base}.{a.name}")
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in aliases
                and node.attr.startswith("_") and not node.attr.startswith("__") and aliases[node.value.id] != module):
            found.append(f"{module} uses {aliases[node.value.id]}.{node.attr}")
    return found


def test_no_module_imports_another_modules_private_names():
    """A name with a leading underscore belongs to its module: a helper another module needs is a
    public name of the module that owns it (issue 11: a module you can hold in your head)."""
    known = modules()
    found = [f for m, p in sorted(known.items()) for f in private_imports(m, p, known)]
    assert not found, "private names used across modules: " + "; ".join(found)


def test_the_private_name_check_sees_both_forms(tmp_path):
    a = tmp_path / "a.py"
    b = tmp_path / "b.py"
    c = tmp_path / "c.py"
    a.write_text("def _x():\n    pass\n", encoding="utf-8")
    b.write_text("from a import _x, __version__\n", encoding="utf-8")
    c.write_text("import a as m\n\n\ndef f():\n    return m._x()\n", encoding="utf-8")
    known = {"a": a, "b": b, "c": c}
    assert private_imports("b", b, known) == ["b imports a._x"]
    assert private_imports("c", c, known) == ["c uses a._x"]
    assert private_imports("a", a, known) == []


def test_every_declaration_table_is_there():
    """A TABLES entry whose file or folder is gone would exempt whatever later takes its name."""
    missing = [prefix for prefix in TABLES if not (ROOT / prefix).exists()]
    assert not missing, "TABLES entries that name nothing: " + ", ".join(missing)
