"""The import graph of briefgen/: no cycles, and layers that point one way.

Built with ast from every ``import`` and ``from ... import`` statement of every
module, wherever it stands: at the top, inside a function, under
``if TYPE_CHECKING:``. ``from pkg import name`` counts as importing the module
``pkg.name`` when there is one, else ``pkg`` itself.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "briefgen"


def _modules(root: Path) -> dict[str, tuple[Path, bool]]:
    found: dict[str, tuple[Path, bool]] = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts = parts[:-1]
        found[".".join(parts)] = (path, is_package)
    return found


def _owner(name: str, modules: dict[str, tuple[Path, bool]]) -> str | None:
    """The module of briefgen that ``name`` (a dotted module name) resolves to, if any."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def import_graph(root: Path = PACKAGE) -> dict[str, set[str]]:
    """Each module of ``root`` and the modules of ``root`` it imports."""
    modules = _modules(root)
    graph: dict[str, set[str]] = {}
    for name, (path, is_package) in modules.items():
        package = name if is_package else name.rpartition(".")[0]
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")
                    if node.level > 1:
                        base = base[: -(node.level - 1)]
                    source = ".".join(base) + (f".{node.module}" if node.module else "")
                else:
                    source = node.module or ""
                targets = [f"{source}.{a.name}" if f"{source}.{a.name}" in modules else source for a in node.names]
            for target in targets:
                owner = _owner(target, modules)
                if owner is not None and owner != name:
                    deps.add(owner)
        graph[name] = deps
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of ``graph`` as a list of modules (first == last), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for dep in sorted(graph.get(node, ())):
            if state.get(dep) == 1:
                return path[path.index(dep) :] + [dep]
            if dep not in state:
                found = visit(dep)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state:
            found = visit(start)
            if found:
                return found
    return None


def _reachable(graph: dict[str, set[str]], start: set[str]) -> set[str]:
    seen: set[str] = set()
    todo = list(start)
    while todo:
        node = todo.pop()
        for dep in graph.get(node, ()):
            if dep not in seen:
                seen.add(dep)
                todo.append(dep)
    return seen


def _within(graph: dict[str, set[str]], package: str) -> set[str]:
    return {name for name in graph if name == package or name.startswith(package + ".")}


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return import_graph()


def test_the_graph_sees_imports_inside_functions_and_type_checking_blocks(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("def f():\n    from .sub import b\n")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "sub" / "b.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..a import f\n")
    (pkg / "c.py").write_text("import pkg.sub.b\nfrom pkg import a\n")
    small = import_graph(pkg)
    assert small["pkg.a"] == {"pkg.sub.b"}
    assert small["pkg.sub.b"] == {"pkg.a"}
    assert small["pkg.c"] == {"pkg.sub.b", "pkg.a"}
    assert find_cycle(small) == ["pkg.a", "pkg.sub.b", "pkg.a"]


def test_briefgen_has_no_import_cycle(graph: dict[str, set[str]]) -> None:
    assert len(graph) > 50  # the walk found the package
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_summary_does_not_import_ingest(graph: dict[str, set[str]]) -> None:
    summary = _within(graph, "briefgen.summary")
    reached = _reachable(graph, summary) | {dep for name in summary for dep in graph[name]}
    assert not {name for name in reached if name == "briefgen.ingest" or name.startswith("briefgen.ingest.")}


@pytest.mark.parametrize("package", ["briefgen.ingest", "briefgen.rendering", "briefgen.summary", "briefgen.config"])
def test_lower_layers_do_not_import_the_package_root(graph: dict[str, set[str]], package: str) -> None:
    offenders = sorted(name for name in _within(graph, package) if "briefgen" in graph[name])
    assert not offenders, f"{offenders} import the briefgen package root (read __version__ from briefgen._version)"


def test_configuration_is_a_leaf(graph: dict[str, set[str]]) -> None:
    config = _within(graph, "briefgen.config")
    assert config, "briefgen.config is missing"
    outside = {dep for name in config for dep in graph[name]} - config
    assert outside <= {"briefgen.errors", "briefgen.safe_yaml"}, outside
    for name in ("briefgen.project", "briefgen.digest.smtp", "briefgen.teams.loader", "briefgen.rendering.settings"):
        assert graph[name] & config, f"{name} should take its configuration from briefgen.config"
