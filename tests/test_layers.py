"""The package's import structure: no import circle anywhere in src/relgraph, no import from a
lower layer to a higher one, and an extraction layer of small modules.

Imports are read from the source (every ``import`` statement, also inside functions), so a lazy
import cannot hide a circle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "relgraph"
MAX_LINES = 350

# Each prefix may import only the prefixes listed for it (besides itself and the stdlib).
BASE = ("relgraph.errors", "relgraph.records", "relgraph.paths", "relgraph.vocab", "relgraph.namespace",
        "relgraph")
ALLOWED = {
    "relgraph.resources": BASE,
    "relgraph.extract.syntax": (),
    "relgraph.extract.arguments": ("relgraph.extract.syntax",),
    "relgraph.extract.clause": BASE + ("relgraph.resources", "relgraph.extract.syntax"),
    "relgraph.extract.resolve": BASE + ("relgraph.resources", "relgraph.extract.syntax"),
    "relgraph.extract.boilerplate": (),
    "relgraph.extract.dates": (),
    "relgraph.extract.context": BASE + ("relgraph.resources", "relgraph.extract.resolve",
                                        "relgraph.extract.syntax", "relgraph.extract.arguments", "relgraph.extract.boilerplate",
                                        "relgraph.extract.dates"),
    "relgraph.extract.objects": BASE + ("relgraph.resources", "relgraph.extract.context", "relgraph.extract.resolve",
                                        "relgraph.extract.syntax"),
    "relgraph.extract.emit": BASE + ("relgraph.resources", "relgraph.extract.context", "relgraph.extract.clause",
                                     "relgraph.extract.resolve", "relgraph.extract.syntax", "relgraph.extract.objects"),
    "relgraph.extract.rules": BASE + ("relgraph.resources", "relgraph.extract.context", "relgraph.extract.clause",
                                      "relgraph.extract.resolve", "relgraph.extract.syntax",
                                      "relgraph.extract.emit", "relgraph.extract.rules"),
    "relgraph.nlp": BASE + ("relgraph.resources", "relgraph.extract"),
    "relgraph.verify.features": BASE + ("relgraph.resources",),
    "relgraph.verify.model": BASE + ("relgraph.resources", "relgraph.verify.features"),
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """The relgraph modules a source file imports (relative imports resolved)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("relgraph")}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            if not base.startswith("relgraph"):
                continue
            for alias in node.names:  # "from . import rules" imports the module relgraph.x.rules
                candidate = f"{base}.{alias.name}"
                found.add(candidate if _exists(candidate) else base)
    return found


def _exists(module: str) -> bool:
    path = SRC.joinpath(*module.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


GRAPH = {_module_name(p): _imports(p) for p in PACKAGE.rglob("*.py")}


def _cycles() -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in GRAPH.get(v, ()):
            if w not in GRAPH:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(GRAPH):
        if v not in index:
            visit(v)
    return found


def test_layers_no_import_circle():
    assert _cycles() == []


def _layer(module: str) -> str | None:
    matches = [p for p in ALLOWED if module == p or module.startswith(p + ".")]
    return max(matches, key=len) if matches else None


@pytest.mark.parametrize("module", sorted(m for m in GRAPH if _layer(m)))
def test_layers_imports_only_from_below(module):
    layer = _layer(module)
    allowed = ALLOWED[layer] + (layer,)
    bad = [m for m in GRAPH[module] if not any(m == a or m.startswith(a + ".") for a in allowed if a != "relgraph")
           and m != "relgraph"]
    assert bad == [], f"{module} ({layer}) imports {bad}"


@pytest.mark.parametrize("path", sorted(p for d in ("extract", "resources", "nlp")
                                        for p in (PACKAGE / d).rglob("*.py")), ids=lambda p: p.name)
def test_layers_extraction_modules_are_small(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_LINES
