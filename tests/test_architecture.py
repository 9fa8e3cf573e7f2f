"""The shape of core/: no import circle anywhere in it, and the capability packages cost no
heavy import until one of their functions is used.

The import graph is read from the source with ``ast`` (every ``import`` and ``from … import``,
at module level and inside functions), so an edge that only runs on some path still counts.
``importlib.import_module("…")`` with a string (the engine's capability table, the model
table's loaders) is not an edge: it is resolved when called, never at import.
"""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = "viralml_desktop"
CORE = Path(__file__).resolve().parents[1] / PACKAGE / "core"
ROOT = CORE.parents[1]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def core_modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(CORE.rglob("*.py"))}


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The core modules ``name`` imports anywhere in its source (``from pkg import mod`` is an
    edge to ``pkg.mod`` when ``mod`` is a module, else to ``pkg``)."""
    is_package = path.name == "__init__.py"
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: from the module's own package upwards
                base = name.split(".")[: len(name.split(".")) - node.level + (1 if is_package else 0)]
                origin = ".".join(base + ([node.module] if node.module else []))
            else:
                origin = node.module or ""
            targets = [f"{origin}.{a.name}" if f"{origin}.{a.name}" in known else origin for a in node.names]
        else:
            continue
        for t in targets:
            while t and t not in known:  # import a.b.c also runs a.b and a; keep the deepest core module
                t = t.rpartition(".")[0]
            if t and t != name:
                out.add(t)
    return out


def import_graph() -> dict[str, set[str]]:
    mods = core_modules()
    known = set(mods)
    return {m: imports_of(m, p, known) for m, p in mods.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One cycle as [a, b, …, a], or [] when the graph has none (iterative depth-first search)."""
    colour = {n: 0 for n in graph}  # 0 new, 1 on the stack, 2 done
    for start in sorted(graph):
        if colour[start]:
            continue
        stack = [(start, iter(sorted(graph[start])))]
        colour[start] = 1
        path = [start]
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                colour[node] = 2
                stack.pop()
                path.pop()
            elif colour.get(child, 2) == 1:
                return path[path.index(child):] + [child]
            elif colour.get(child, 2) == 0:
                colour[child] = 1
                path.append(child)
                stack.append((child, iter(sorted(graph[child]))))
    return []


def test_the_cycle_finder_sees_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) == []


def test_the_graph_resolves_submodule_imports():
    graph = import_graph()
    assert "viralml_desktop.core.registry" in graph["viralml_desktop.core.health"]
    assert "viralml_desktop.core.paths" in graph["viralml_desktop.core.registry"]


def test_core_has_no_import_cycle():
    cycle = find_cycle(import_graph())
    assert not cycle, "import cycle in core: " + " -> ".join(cycle)


def test_health_does_not_import_engine():
    assert "viralml_desktop.core.engine" not in import_graph()["viralml_desktop.core.health"]


HEAVY = ("cv2", "torch", "onnxruntime")
FAMILIES = ("thumbnails", "virality", "captions", "account_health", "affinity")


def test_capability_packages_import_nothing_heavy():
    """A package face (``__init__.py``) stays lazy: cv2, torch and onnxruntime load on first use."""
    code = ("import sys\n"
            + "".join(f"import {PACKAGE}.core.{f}\n" for f in FAMILIES)
            + f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", f"heavy modules loaded on import: {out.stdout.strip()}"
