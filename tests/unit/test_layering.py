"""The layers stay apart: rules import no framework, use cases no UI."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "myecoach"


def imported_roots(folder: str) -> set[tuple[str, str]]:
    found = set()
    for path in (PACKAGE / folder).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                found |= {(path.name, alias.name.split(".")[0]) for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                found.add((path.name, node.module.split(".")[0]))
    return found


@pytest.mark.parametrize(
    ("folder", "forbidden"),
    [
        ("domain", {"reflex", "sqlmodel", "sqlalchemy"}),
        ("services", {"reflex"}),
    ],
)
def test_layers_import_nothing_above_them(folder, forbidden):
    assert not {(f, m) for f, m in imported_roots(folder) if m in forbidden}
