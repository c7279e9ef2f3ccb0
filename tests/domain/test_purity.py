"""The domain layer knows no Qt, no SQL and no reportlab."""

import ast
from pathlib import Path

import feasibility_app.domain as domain

FORBIDDEN = ("PySide6", "sqlalchemy", "alembic", "reportlab")


def test_domain_imports_nothing_from_other_layers():
    for path in Path(domain.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
                if node.level:
                    assert not node.module.startswith(("storage", "ui", "reports", "exchange")), path
            for name in names:
                assert not name.startswith(FORBIDDEN), f"{path.name} imports {name}"
