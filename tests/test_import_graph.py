"""Invariants of the whole project's layout: its imports point one way, and the pipeline's own
modules need neither Scrapy nor Datasette (only the public site, pipeline/site/, serves)."""

import ast
from collections.abc import Iterator
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import pytest

from .conftest import ROOT

PACKAGES = ("pipeline", "scrapers")


def project_modules() -> dict[str, Path]:
    """Every module of the project's packages by dotted name; a package by its own name."""
    modules = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


def import_statements(tree: ast.Module, at_import_time: bool) -> Iterator[ast.stmt]:
    """The module's import statements; with `at_import_time`, only those that run when the
    module is imported (not in a function, not under `if TYPE_CHECKING:`)."""
    pending: list[ast.AST] = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
            continue
        if at_import_time and isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if at_import_time and isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(
            node.test
        ):
            pending.extend(node.orelse)
            continue
        pending.extend(ast.iter_child_nodes(node))


def prefixes(name: str) -> list[str]:
    """A dotted name and every package above it: importing a.b.c runs a, a.b and a.b.c."""
    parts = name.split(".")
    return [".".join(parts[:end]) for end in range(1, len(parts) + 1)]


def dependencies(module: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The project modules that importing `module` makes Python import first.

    The packages enclosing a module are already being imported when it runs, so they count
    only when the module reads names from one of them (`from . import FIELDS`).
    """
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    enclosing = set(prefixes(package))
    needed, reads = set(), set()
    for node in import_statements(ast.parse(path.read_text("utf-8")), at_import_time=True):
        if isinstance(node, ast.Import):
            needed.update(p for alias in node.names for p in prefixes(alias.name))
            continue
        base = node.module or ""
        if node.level:
            anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
            base = ".".join([*anchor, *([node.module] if node.module else [])])
        submodules = {f"{base}.{alias.name}" for alias in node.names} & modules.keys()
        needed.update(prefixes(base), submodules)
        if len(submodules) < len(node.names) and base in enclosing:
            reads.add(base)
    return ((needed - enclosing) | reads) & modules.keys() - {module}


def import_graph() -> dict[str, set[str]]:
    modules = project_modules()
    return {name: dependencies(name, path, modules) for name, path in modules.items()}


def test_the_import_graph_has_no_cycle():
    graph = import_graph()
    try:
        TopologicalSorter(graph).prepare()
    except CycleError as error:
        pytest.fail(f"import cycle: {' -> '.join(error.args[1])}")


def test_the_graph_sees_package_inits_and_relative_imports():
    graph = import_graph()

    # `from ..extract.blocks import ...` runs pipeline/extract/__init__.py first
    assert {"pipeline.extract", "pipeline.extract.blocks"} <= graph["pipeline.sites.prnews"]
    # `from . import FIELDS, ...` reads the package's own __init__
    assert "pipeline.extract" in graph["pipeline.extract.__main__"]
    # a module's own packages are already being imported when it runs
    assert "pipeline.extract" not in graph["pipeline.extract.body"]


def direct_imports(path: Path) -> set[str]:
    """The top-level names of every module the file imports, wherever the import stands."""
    names = set()
    for node in import_statements(ast.parse(path.read_text("utf-8")), at_import_time=False):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif not node.level:
            names.add(node.module.split(".")[0])
    return names


def test_only_the_public_site_imports_datasette_and_no_pipeline_module_imports_scrapy():
    pipeline = {name: path for name, path in project_modules().items()
                if name.split(".")[0] == "pipeline"}
    imports = {name: direct_imports(path) for name, path in pipeline.items()}

    datasette_users = {name for name, names in imports.items() if "datasette" in names}
    assert "pipeline.site.plugin" in datasette_users  # the check reads the real imports
    assert {name for name in datasette_users
            if name != "pipeline.site" and not name.startswith("pipeline.site.")} == set()
    assert {name for name, names in imports.items() if "scrapy" in names} == set()
