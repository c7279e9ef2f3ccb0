"""Shared fixtures: offscreen Qt, and a user data folder that is never the real one."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("FEASIBILITY_HOME", str(home))
    monkeypatch.delenv("FEASIBILITY_DB", raising=False)
    yield home


def pytest_collection_modifyitems(config, items):
    """Every test that drives Qt is a GUI test (`-m 'not gui'` deselects them): those under
    tests/ui/ and any using pytest-qt's fixtures. Marked here, so none is forgotten."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "tests/ui/" in item.nodeid.replace("\\", "/") or {"qtbot", "qapp"} & set(fixtures):
            item.add_marker(pytest.mark.gui)
