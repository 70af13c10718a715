"""docs/architecture.md names real interfaces: every documented function has those parameters."""

import ast
import importlib
import inspect
import re

import pytest

from .conftest import ROOT

ARCHITECTURE = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
SECTION = re.compile(r"^### `(pipeline\.[\w.]+)`\n+```python\n(.*?)```", re.M | re.S)
DEFINITION = re.compile(r"^def (\w+)\((.*)\)(?: ->.*)?$", re.M)


def documented_functions() -> list[tuple[str, str, list[str]]]:
    """(module, function, parameter names) of each `def` line in the interface sections."""
    found = []
    for module, block in SECTION.findall(ARCHITECTURE):
        for name, params in DEFINITION.findall(block):
            signature = ast.parse(f"def {name}({params}): pass").body[0].args
            names = [arg.arg for arg in [*signature.posonlyargs, *signature.args]]
            names += [arg.arg for arg in signature.kwonlyargs]
            found.append((module, name, names))
    return found


def test_the_interface_sections_document_functions():
    modules = {module for module, _, _ in documented_functions()}
    assert {"pipeline.dates", "pipeline.extract", "pipeline.identity", "pipeline.record",
            "pipeline.relevance", "pipeline.citations"} <= modules


@pytest.mark.parametrize(("module", "name", "documented"), documented_functions(),
                         ids=lambda value: value if isinstance(value, str) else None)
def test_a_documented_function_has_the_documented_parameters(module, name, documented):
    function = getattr(importlib.import_module(module), name)
    assert list(inspect.signature(function).parameters) == documented
