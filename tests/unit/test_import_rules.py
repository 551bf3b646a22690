"""The import rules of the house (DESIGN.md §2, issue "The house for six capabilities"):

- the core `app` never imports Qt (PySide6, shiboken6), the window (`ui`) or the entry
  points (`smartdesk_entrypoints`), not even inside a function;
- the window `ui` never imports SQLAlchemy or the entry points;
- no two modules import each other, directly or round a longer loop.

The walker reads every module's source with `ast` (imports inside functions and
`if TYPE_CHECKING:` blocks count too: they are imports all the same) and resolves each
import to the modules of this repository it names, so the rules hold without starting Qt
or opening a database. `importlib.import_module("app.x")` with a literal name counts as
an import of `app.x`.
"""

from __future__ import annotations

import ast
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("app", "ui", "smartdesk_entrypoints")

#: (importing package, forbidden top-level package, why)
FORBIDDEN = (
    ("app", "PySide6", "the core has no Qt"),
    ("app", "shiboken6", "the core has no Qt"),
    ("app", "ui", "the core never reaches into the window"),
    ("app", "smartdesk_entrypoints", "the core never reaches into its entry points"),
    ("ui", "sqlalchemy", "the window talks to app.services, never to SQLAlchemy"),
    ("ui", "smartdesk_entrypoints", "the window never reaches into the entry points"),
)


@dataclass(frozen=True)
class Import:
    """One import statement: the module that holds it, what it names, and where."""

    module: str
    target: str
    line: int


def modules_under(root: Path, packages: tuple[str, ...]) -> dict[str, Path]:
    """Dotted module name -> source file, for every .py file of the packages."""
    found: dict[str, Path] = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _absolute(module: str, is_package: bool, level: int, name: str | None) -> str:
    """The absolute name of `from <level dots><name> import ...` written in `module`."""
    if level == 0:
        return name or ""
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join([*base, name] if name else base)


def imports_of(module: str, path: Path, modules: dict[str, Path]) -> list[Import]:
    """Every import the module's source makes, at any depth of its syntax tree, each
    resolved to the most specific module it names: `from app.db import models` names
    the module `app.db.models`, `from app.db.local import open_local` names
    `app.db.local`."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    found: list[Import] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend(Import(module, alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(module, is_package, node.level, node.module)
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                target = submodule if submodule in modules else base
                found.append(Import(module, target, node.lineno))
        elif _is_import_module_call(node):
            name = node.args[0]
            if isinstance(name, ast.Constant):
                found.append(Import(module, name.value, node.lineno))
            else:  # f"smartdesk_entrypoints.commands.{name}": any module the prefix can lead to
                prefix = name.values[0].value
                found.extend(
                    Import(module, other, node.lineno)
                    for other in modules
                    if other.startswith(prefix) and other != prefix.rstrip(".")
                )
    return found


def _is_import_module_call(node: ast.AST) -> bool:
    """`importlib.import_module(...)` with a literal name, or an f-string that starts
    with a literal prefix (`f"smartdesk_entrypoints.commands.{name}"`)."""
    if not isinstance(node, ast.Call) or not node.args:
        return False
    func = node.func
    called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    first = node.args[0]
    literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
    prefixed = (
        isinstance(first, ast.JoinedStr)
        and bool(first.values)
        and isinstance(first.values[0], ast.Constant)
    )
    return called == "import_module" and (literal or prefixed)


def forbidden_imports(root: Path, packages: tuple[str, ...] = PACKAGES) -> list[str]:
    """One line per import that breaks a layer rule, naming file, line and rule."""
    modules = modules_under(root, packages)
    broken = []
    for module, path in modules.items():
        package = module.split(".")[0]
        for found in imports_of(module, path, modules):
            top = found.target.split(".")[0]
            for importer, forbidden, why in FORBIDDEN:
                if package == importer and top == forbidden:
                    where = path.relative_to(root).as_posix()
                    broken.append(f"{where}:{found.line} imports {found.target}: {why}")
    return sorted(set(broken))


def module_graph(root: Path, packages: tuple[str, ...] = PACKAGES) -> dict[str, set[str]]:
    """Module -> the modules of the packages it imports (the edges the author wrote;
    the package `__init__`s Python runs on the way are not counted as edges)."""
    modules = modules_under(root, packages)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for module, path in modules.items():
        for found in imports_of(module, path, modules):
            if found.target in modules and found.target != module:
                graph[module].add(found.target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of two or more modules, each shown as one loop
    through it (a -> b -> ... -> a), found with Tarjan's algorithm."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [_loop_through(group, graph) for group in sorted(groups)]


def _loop_through(group: list[str], graph: dict[str, set[str]]) -> list[str]:
    """The shortest loop from the group's first module back to itself."""
    start = group[0]
    members = set(group)
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in sorted(graph[node] & members):
            if nxt == start:
                return [*paths[node], start]
            if nxt not in paths:
                paths[nxt] = [*paths[node], nxt]
                queue.append(nxt)
    raise AssertionError(f"no loop through {group}")  # a strongly connected group has one


def _loops(root: Path, packages: tuple[str, ...] = PACKAGES) -> list[str]:
    return [" -> ".join(loop) for loop in cycles(module_graph(root, packages))]


# --- the rules, on this repository ------------------------------------------------------


@pytest.fixture(scope="module")
def broken_here() -> list[str]:
    """The forbidden imports of this repository (read once for all its tests)."""
    return forbidden_imports(ROOT)


@pytest.mark.parametrize(
    ("importer", "forbidden", "why"), FORBIDDEN, ids=[f"{a}-{b}" for a, b, _ in FORBIDDEN]
)
def test_a_layer_never_imports_what_it_must_not(broken_here, importer, forbidden, why):
    broken = [
        line
        for line in broken_here
        if line.startswith(f"{importer}/") and f" imports {forbidden}" in line
    ]
    assert broken == [], f"{why}:\n" + "\n".join(broken)


def test_no_module_imports_itself_round_a_loop():
    loops = _loops(ROOT)
    assert loops == [], "import cycles:\n" + "\n".join(loops)


def test_the_walker_sees_every_package_of_the_house():
    modules = modules_under(ROOT, PACKAGES)
    assert {"app.config", "ui.main_window", "smartdesk_entrypoints.cli"} <= set(modules)
    # the command line loads its sub-commands by name: the walker follows that too
    assert "smartdesk_entrypoints.commands.quote" in module_graph(ROOT)["smartdesk_entrypoints.cli"]


# --- the walker fails where it must: a small house with planted faults ---------------------


def _plant(root: Path, files: dict[str, str]) -> Path:
    for name, source in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source), encoding="utf-8")
    return root


@pytest.fixture
def faulty_house(tmp_path) -> Path:
    return _plant(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/core/__init__.py": "",
            # a loop of three through a relative import and one inside a function
            "app/core/a.py": "from app.core import b\n",
            "app/core/b.py": "def later():\n    from . import c\n",
            "app/core/c.py": "import app.core.a\n",
            # Qt inside a function, and the window reached by name at run time
            "app/lazy_qt.py": "def show():\n    from PySide6.QtWidgets import QLabel\n",
            "app/by_name.py": "import importlib\nimportlib.import_module('ui.window')\n",
            "app/clean.py": "from decimal import Decimal\nfrom app.core import a\n",
            "ui/__init__.py": "",
            "ui/window.py": "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    import sqlalchemy.orm\n",
            "smartdesk_entrypoints/__init__.py": "",
            "smartdesk_entrypoints/cli.py": "import app.clean\nimport ui.window\n",
        },
    )


def test_the_walker_finds_a_planted_cycle_with_its_path(faulty_house):
    assert _loops(faulty_house) == ["app.core.a -> app.core.b -> app.core.c -> app.core.a"]


def test_the_walker_finds_planted_forbidden_imports_even_inside_functions(faulty_house):
    assert forbidden_imports(faulty_house) == [
        "app/by_name.py:2 imports ui.window: the core never reaches into the window",
        "app/lazy_qt.py:2 imports PySide6.QtWidgets: the core has no Qt",
        "ui/window.py:3 imports sqlalchemy.orm: "
        "the window talks to app.services, never to SQLAlchemy",
    ]


def test_entry_points_may_import_both_layers(faulty_house):
    (faulty_house / "app" / "core" / "c.py").write_text("", encoding="utf-8")
    for name in ("lazy_qt.py", "by_name.py"):
        (faulty_house / "app" / name).unlink()
    (faulty_house / "ui" / "window.py").write_text("", encoding="utf-8")
    assert forbidden_imports(faulty_house) == []
    assert _loops(faulty_house) == []
    assert module_graph(faulty_house)["smartdesk_entrypoints.cli"] == {"app.clean", "ui.window"}
