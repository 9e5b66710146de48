"""Issue #12: the direction of imports between lawref's layers is a test.

Lowest first: the foundation (errors, clock, atomic writes, the version), the statute book,
conduct, reading reports, cases, loading (which builds them all), the catalog (which composes
them), the views, and on top the command line and the package's face. A module imports only its
own layer and those below, counting every import — inside functions and under ``TYPE_CHECKING``
too (docs/design.md#layers). ``ALLOWED`` lists the imports that still run up a layer; it must end
empty.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.paths import PACKAGE

LAYERS = [
    "foundation",
    "statutes",
    "conduct",
    "analysis",
    "cases",
    "statistics",
    "standards",
    "loading",
    "catalog",
    "views",
    "top",
]
FOUNDATION = {
    "lawref._version",
    "lawref.errors",
    "lawref.clock",
    "lawref.atomic",
    "lawref._moved",
    "lawref.numbers",
}
TOP = {"lawref", "lawref.cli", "lawref.__main__", "lawref.batch", "lawref.inputs"}

ALLOWED: set[tuple[str, str]] = set()
"""(importer, imported) pairs that still run up a layer, to be removed one by one."""


def layer_of(module: str) -> str:
    """The layer a lawref module belongs to."""
    if module in FOUNDATION:
        return "foundation"
    if module in TOP:
        return "top"
    if module == "lawref.catalog":
        return "catalog"
    if module == "lawref.sphinxext":
        return "views"
    part = module.split(".")[1]
    assert part in LAYERS, module
    return part


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """Every lawref module *path* imports, wherever the import statement stands."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("lawref")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("lawref"):
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                is_module = (PACKAGE.parent / Path(*candidate.split("."))).with_suffix(".py")
                package = PACKAGE.parent / Path(*candidate.split(".")) / "__init__.py"
                found.add(candidate if is_module.exists() or package.exists() else node.module)
    return found


def violations() -> set[tuple[str, str]]:
    """(importer, imported) pairs where the imported module sits in a higher layer."""
    out = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        importer = module_name(path)
        for imported in imports(path):
            if imported in ("lawref._moved",):
                continue
            if LAYERS.index(layer_of(imported)) > LAYERS.index(layer_of(importer)):
                out.add((importer, imported))
    return out


def test_every_module_has_a_layer() -> None:
    for path in PACKAGE.rglob("*.py"):
        assert layer_of(module_name(path)) in LAYERS


def test_imports_run_down_the_layers() -> None:
    found = violations()
    new = found - ALLOWED
    assert not new, "imports that run up a layer: " + ", ".join(
        f"{a} -> {b}" for a, b in sorted(new)
    )
    stale = ALLOWED - found
    assert not stale, "no longer needed in ALLOWED: " + ", ".join(f"{a} -> {b}" for a, b in stale)


def cycles() -> list[list[str]]:
    """The groups of lawref modules that import one another in a circle, counting every import
    (deferred and type-checking ones too); the package ``lawref`` itself, which only re-exports,
    is left out. Tarjan's strongly connected components, iterated."""
    graph: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        importer = module_name(path)
        if importer != "lawref":
            graph[importer] = {m for m in imports(path) if m != "lawref"}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in graph:
                    continue
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_no_modules_import_each_other_in_a_circle() -> None:
    """Within a layer too: a circle hidden behind a deferred import is still a circle (issue
    #12; ``lawref.views.site`` and the page writers it imports shared ``slug`` that way until
    ``lawref.views.site_markup``)."""
    assert cycles() == []
