"""The package's shape: stages import only from the stages above them, modules and functions
stay small enough to read."""

import ast
from pathlib import Path

import pytest
from radon.complexity import cc_visit

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "analysis"
MODULES = sorted(PACKAGE.rglob("*.py"))
MAX_MODULE_LINES = 500
MAX_COMPLEXITY = 20


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {name for name in names if name.startswith("analysis")}


@pytest.mark.parametrize("path", [p for p in MODULES if "extract" in p.parts],
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_extraction_never_imports_a_view(path):
    assert not {m for m in imported_modules(path) if m.startswith("analysis.views")}


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_modules_and_functions_stay_small(path):
    text = path.read_text("utf-8")
    assert text.count("\n") <= MAX_MODULE_LINES
    complex_ones = [f"{block.name} ({block.complexity})" for block in cc_visit(text)
                    if block.complexity > MAX_COMPLEXITY]
    assert not complex_ones
