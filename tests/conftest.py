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
