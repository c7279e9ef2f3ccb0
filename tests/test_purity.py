"""The domain and application layers know no Qt, no SQL and no PDF library.

Checked twice: statically (every import statement, relative ones resolved to absolute
names, so `from feasibility_app.storage import x` is caught like `from ..storage import x`),
and by importing every module of both layers in a fresh interpreter and looking at what it
loaded (an import hidden behind a helper is caught too)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "feasibility_app"
LIBRARIES = ("PySide6", "shiboken6", "sqlalchemy", "alembic", "reportlab", "psycopg")
# What each layer may not import at all, anywhere (module level or inside a function).
NEVER = {
    "domain": ("feasibility_app.storage", "feasibility_app.ui", "feasibility_app.reports",
               "feasibility_app.exchange", "feasibility_app.app", "PySide6", "reportlab"),
    "app": ("feasibility_app.ui", "feasibility_app.reports", "PySide6", "reportlab"),
}  # fmt: skip


def package_of(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])


def resolve(package: str, node: ast.ImportFrom) -> str:
    """The absolute module name of a `from ... import` statement in `package`."""
    if not node.level:
        return node.module or ""
    base = package.split(".")[: len(package.split(".")) - node.level + 1]
    return ".".join([*base, node.module] if node.module else base)


def imported_names(path: Path) -> list[tuple[str, bool]]:
    """(absolute module name, at module level outside TYPE_CHECKING) of every import in a file."""
    package = package_of(path)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, bool]] = []

    def visit(node: ast.AST, top: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import):
                found.extend((a.name, top) for a in child.names)
            elif isinstance(child, ast.ImportFrom):
                found.append((resolve(package, child), top))
            elif isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                visit(child, False)
            elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                visit(child, False)
            else:
                visit(child, top)

    visit(tree, True)
    return found


def test_the_resolver_sees_relative_and_absolute_imports():
    names = dict(imported_names(PACKAGE / "app" / "workspace.py"))
    assert names["feasibility_app.domain.factors"] is True
    assert names["feasibility_app.storage.errors"] is False  # inside a function


def test_domain_and_app_import_no_other_layer_and_no_library():
    for layer, forbidden in NEVER.items():
        for path in (PACKAGE / layer).glob("*.py"):
            for name, _top in imported_names(path):
                assert not name.startswith(forbidden), f"{layer}/{path.name} imports {name}"


def test_app_reaches_storage_only_inside_functions():
    """Importing the app layer must not load SQLAlchemy: storage is imported where it is used."""
    for path in (PACKAGE / "app").glob("*.py"):
        for name, top in imported_names(path):
            if name.startswith(("feasibility_app.storage", "sqlalchemy", "alembic")):
                assert not top, f"app/{path.name} imports {name} at module level"


def test_importing_domain_and_app_loads_no_qt_sql_or_pdf_library():
    modules = [
        f"feasibility_app.{layer}.{p.stem}"
        for layer in ("domain", "app")
        for p in sorted((PACKAGE / layer).glob("*.py"))
        if p.stem != "__init__"
    ]
    assert "feasibility_app.app.workspace" in modules
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        f"print(sorted(n for n in sys.modules if n.split('.')[0] in {LIBRARIES!r}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "[]", out.stdout


def test_no_import_cycles_between_modules():
    """Module-level imports (outside TYPE_CHECKING and functions) form no cycle, so any module
    can be imported first and a layer can be lifted out whole."""
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        modules[name] = path
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        edges = set()
        for imported, top in imported_names(path):
            if top and imported in modules and imported != name:
                edges.add(imported)
        for node in ast.parse(path.read_text(encoding="utf-8")).body:  # `from pkg import module`
            if isinstance(node, ast.ImportFrom):
                source = resolve(package_of(path), node)
                edges.update(f"{source}.{a.name}" for a in node.names if f"{source}.{a.name}" in modules)
        graph[name] = edges
    state: dict[str, int] = {}
    path_stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path_stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycle = [*path_stack[path_stack.index(nxt) :], nxt]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt)
        path_stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    assert "feasibility_app.app.workspace" in graph
