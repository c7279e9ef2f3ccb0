"""Issue 16: `--db ""` and garbage or mistyped paths are refused clearly; nothing is created."""

from __future__ import annotations

import pytest

from feasibility_app.cli import run


def _tree(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize("value", ["", "   "])
def test_an_empty_db_is_a_usage_error_not_the_default(capsys, _isolated_home, value):
    assert run(["--db", value, "list"]) == 2
    err = capsys.readouterr().err
    assert "empty path" in err and err.count("\n") == 1
    assert not (_isolated_home / "feasibility.db").exists()


@pytest.mark.parametrize(
    "typed",
    ["no/such/folder/work.db", "lsit", "work.txt", "db\x1b[2Jx.db"],
)
@pytest.mark.parametrize("how", ["--db", "env"])
def test_a_mistyped_or_garbage_path_creates_nothing(capsys, tmp_path, monkeypatch, typed, how):
    monkeypatch.chdir(tmp_path)
    before = _tree(tmp_path)
    if how == "env":
        monkeypatch.setenv("FEASIBILITY_DB", typed)
        argv = ["list"]
    else:
        argv = ["--db", typed, "list"]
    assert run(argv) == 4
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert _tree(tmp_path) == before


def test_a_new_database_in_an_existing_folder_is_still_made(capsys, tmp_path):
    assert run(["--db", str(tmp_path / "fresh.db"), "list"]) == 0
    assert (tmp_path / "fresh.db").is_file()


def test_the_default_location_is_still_made_on_first_start(capsys, _isolated_home, monkeypatch):
    target = _isolated_home / "deeper"
    monkeypatch.setenv("FEASIBILITY_HOME", str(target))
    assert run(["list"]) == 0
    assert (target / "feasibility.db").is_file()
