"""One lane: the GUI reaches core only through public names, never a decoder; bench/ never
imports the GUI. Read from the source (AST), so nothing is imported or run."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUI = ROOT / "viralml_desktop" / "gui"
BENCH = ROOT / "bench"
CORE = "viralml_desktop.core"
# Media decoding stays behind the core jobs: a tab shows what they return.
DECODERS = {f"{CORE}.media", f"{CORE}.virality.video", f"{CORE}.virality.audio"}


def _is_core(module: str) -> bool:
    return module == CORE or module.startswith(CORE + ".")


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _relative_base(path: Path, level: int, module: str | None) -> str:
    """The absolute module a ``from .x import y`` in ``path`` names."""
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    base = parts[:-level] if level <= len(parts) else []
    return ".".join(base + ([module] if module else []))


def violations(path: Path, source: str | None = None) -> list[str]:
    """Every private core name and every decoder module the file imports or touches."""
    source = path.read_text(encoding="utf-8") if source is None else source
    tree = ast.parse(source, filename=str(path))
    out: list[str] = []
    core_aliases: set[str] = set()  # local names bound to a core module (or a name taken from one)

    def where(node) -> str:
        return f"{path.relative_to(ROOT)}:{node.lineno}"

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if _is_core(a.name):
                    core_aliases.add(a.asname or a.name.split(".")[0])
                    if a.name in DECODERS:
                        out.append(f"{where(node)} imports the decoder {a.name}")
                    if any(_private(p) for p in a.name.split(".")):
                        out.append(f"{where(node)} imports private module {a.name}")
        elif isinstance(node, ast.ImportFrom):
            module = (_relative_base(path, node.level, node.module) if node.level else node.module) or ""
            if not _is_core(module):
                continue
            if any(_private(p) for p in module.split(".")):
                out.append(f"{where(node)} imports from private module {module}")
            if module in DECODERS:
                out.append(f"{where(node)} imports from the decoder {module}")
            for a in node.names:
                full = f"{module}.{a.name}"
                if full in DECODERS:
                    out.append(f"{where(node)} imports the decoder {full}")
                if _private(a.name):
                    out.append(f"{where(node)} imports private name {a.name} from {module}")
                core_aliases.add(a.asname or a.name)
    for node in ast.walk(tree):  # second pass: every alias is known, wherever it was imported
        if isinstance(node, ast.Attribute) and _private(node.attr):
            base = node.value
            while isinstance(base, ast.Attribute):
                base = base.value
            if isinstance(base, ast.Name) and base.id in core_aliases:
                out.append(f"{where(node)} uses private core name {ast.unparse(node)}")
    return out


def _gui_files() -> list[Path]:
    files = sorted(GUI.rglob("*.py"))
    assert len(files) >= 10, "the GUI package was not found"
    return files


def test_gui_imports_no_private_core_name_and_no_decoder():
    found = [v for f in _gui_files() for v in violations(f)]
    assert not found, "GUI reaches past the core jobs:\n" + "\n".join(found)


def test_the_scan_catches_what_it_forbids():
    probe = GUI / "tabs" / "probe.py"  # not written: the source is given
    src = ("from viralml_desktop.core.thumbnails import score as thumbnail\n"
           "from viralml_desktop.core.thumbnails.score import _appeal\n"
           "from viralml_desktop.core import media\n"
           "from ...core._private import x\n"
           "from viralml_desktop.core.virality import video as va\n"
           "import viralml_desktop.core.virality.audio\n"
           "def f():\n"
           "    from viralml_desktop.core import store as st\n"
           "    return thumbnail.resolve_path('x'), st._lock, va.frames, thumbnail._checks\n")
    found = violations(probe, src)
    assert any("private name _appeal" in v for v in found)
    assert any("decoder viralml_desktop.core.media" in v for v in found)
    assert any("decoder viralml_desktop.core.virality.video" in v for v in found)
    assert any("decoder viralml_desktop.core.virality.audio" in v for v in found)
    assert any("st._lock" in v for v in found) and any("thumbnail._checks" in v for v in found)
    assert any("private module viralml_desktop.core._private" in v for v in found)
    assert not any("resolve_path" in v for v in found)


# Benches time core jobs, so a figure says what core costs, not what a tab adds. The exceptions
# measure a tab's own painting, which only the GUI does (issue 19: the thumbnail score painted
# before the improvement search ends); each is named here, so a new one is a decision, not a slip.
GUI_BENCHES = {"thumbnail_first_paint.py"}


def test_bench_imports_no_gui_module():
    scripts = sorted(BENCH.glob("*.py"))
    assert scripts, "bench/ was not found"
    names = {f.name for f in scripts}
    assert GUI_BENCHES <= names, f"GUI_BENCHES names a missing script: {sorted(GUI_BENCHES - names)}"
    found = []
    for f in scripts:
        if f.name in GUI_BENCHES:
            continue
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] + [f"{node.module}.{a.name}" for a in node.names]
                     if isinstance(node, ast.ImportFrom) else [])
            if any(n == "viralml_desktop.gui" or n.startswith("viralml_desktop.gui.") for n in names):
                found.append(f"{f.name}:{node.lineno}")
    assert not found, "bench/ imports the GUI: " + ", ".join(found)
