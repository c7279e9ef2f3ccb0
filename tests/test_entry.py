"""One executable, two faces: which arguments start the window, which the CLI; --version,
--help and mistyped commands never open a window; portable mode's data folder."""

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from feasibility_app import __main__ as entry
from feasibility_app import __version__, paths
from feasibility_app.cli import run

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--db", "x.db"],
        ["--db=x.db"],
        ["-style", "fusion"],
        ["--style=fusion", "--db", "x.db"],
        ["-platform", "offscreen", "-reverse"],
        ["-qwindowgeometry", "800x600+0+0"],
        ["-psn_0_1234567"],
    ],
)
def test_no_command_starts_the_window(args):
    assert entry.wants_gui(args)


@pytest.mark.parametrize(
    "args",
    [
        ["list"],
        ["--db", "x.db", "list"],
        ["lsit"],
        ["--version"],
        ["-v"],
        ["--help"],
        ["-h"],
        ["--db"],  # the CLI says the value is missing
        ["-style"],
        ["--frobnicate"],
        ["-"],
        ["notes.txt"],
    ],
)
def test_any_other_word_goes_to_the_cli(args):
    assert not entry.wants_gui(args)


def test_main_never_starts_the_window_for_a_command(monkeypatch, capsys):
    import feasibility_app.ui.window.app as gui

    monkeypatch.setattr(gui, "run_gui", lambda *a: pytest.fail("the window started"))
    assert entry.main(["--version"]) == 0
    assert capsys.readouterr().out == f"feasibility-app {__version__}\n"
    assert entry.main(["lsit"]) == 2


def test_version_and_help_print_and_exit_0(capsys):
    assert run(["-v"]) == 0
    assert capsys.readouterr().out.strip() == f"feasibility-app {__version__}"
    assert run(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: feasibility-app") and all(c in out for c in ("list", "report", "import"))


def test_mistyped_command_exits_2_with_a_usage_line_and_a_suggestion(capsys):
    assert run(["lsit"]) == 2
    usage, message = capsys.readouterr().err.rstrip("\n").split("\n", 1)
    assert usage.startswith("usage: feasibility-app")
    assert "invalid choice: 'lsit'" in message and "did you mean 'list'?" in message
    assert run(["zzzz"]) == 2
    assert "did you mean" not in capsys.readouterr().err


def test_version_subprocess_without_display_prints_and_creates_no_window(tmp_path):
    """No QT_QPA_PLATFORM and no DISPLAY: a window attempt would abort the process."""
    env = {"PATH": "", "HOME": str(tmp_path / "nohome"), "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-m", "feasibility_app", "--version"], env=env, capture_output=True, text=True
    )
    assert out.returncode == 0 and out.stdout == f"feasibility-app {__version__}\n", out.stderr
    assert "PySide6" not in out.stderr
    assert not (tmp_path / "nohome").exists()


def test_console_entry_point_for_commands_and_gui_entry_point_beside_it():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert config["scripts"]["feasibility-app"] == "feasibility_app.__main__:main"
    assert config["gui-scripts"]["feasibility-gui"] == "feasibility_app.__main__:main"
    assert "feasibility-app" not in config["gui-scripts"]  # a GUI launcher has no console on Windows
    extras = config["optional-dependencies"]
    assert any(d.lower().startswith("pyinstaller") for d in extras["bundle"])
    assert not any("pyinstaller" in d.lower() for d in config["dependencies"])


# --- portable mode ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["portable", "portable.txt", "PORTABLE.ini"])
def test_a_portable_file_beside_the_executable_keeps_data_beside_it(tmp_path, name):
    (tmp_path / name).write_bytes(b"")
    assert paths.portable_data_dir(tmp_path) == tmp_path / "data"


@pytest.mark.parametrize("name", ["portables", "not-portable.txt"])
def test_other_files_do_not_make_it_portable(tmp_path, name):
    (tmp_path / name).write_bytes(b"")
    (tmp_path / "portable").mkdir()  # a folder is not the marker
    assert paths.portable_data_dir(tmp_path) is None


def test_only_a_frozen_bundle_looks_for_the_marker(monkeypatch, tmp_path):
    (tmp_path / "portable").write_bytes(b"")
    exe = tmp_path / "Feasibility"
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert paths.portable_data_dir() is None
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert paths.portable_data_dir() == tmp_path / "data"
    monkeypatch.delenv("FEASIBILITY_HOME")
    assert paths.user_data_dir() == tmp_path / "data"
    assert paths.default_database_path() == tmp_path / "data" / "feasibility.db"


def test_portable_settings_go_to_data_not_home(tmp_path, monkeypatch):
    """QSettings (language, assessor names) land in data/settings as an .ini file."""
    code = (
        "import sys; from pathlib import Path;"
        "from PySide6.QtCore import QCoreApplication, QSettings;"
        "from feasibility_app.ui.window.app import use_portable_settings;"
        "use_portable_settings(Path(sys.argv[1]));"
        "app = QCoreApplication([]); app.setOrganizationName('Feasibility');"
        "app.setApplicationName('Feasibility');"
        "s = QSettings(); s.setValue('ui/language', 'es'); s.sync(); print(s.fileName())"
    )
    home = tmp_path / "home"
    home.mkdir()
    data = tmp_path / "data"
    env = {"PATH": "", "HOME": str(home), "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code, str(data)], env=env, capture_output=True, text=True, check=True
    )
    settings = Path(out.stdout.strip())
    assert settings.is_relative_to(data) and settings.suffix == ".ini"
    assert "language=es" in settings.read_text(encoding="utf-8")
    assert list(home.iterdir()) == []


def test_migrations_are_found_by_path_not_by_package():
    """A frozen bundle keeps modules in an archive; the migrations are found as a folder."""
    from feasibility_app.storage.migrate import SCRIPT_LOCATION

    folder = Path(SCRIPT_LOCATION)
    assert (folder / "env.py").is_file() and list((folder / "versions").glob("0*.py"))


@pytest.mark.parametrize("args", [["--db", ""], ["--db="], ["--db", "  "], ["--no-sample", "--db="]])
def test_the_window_refuses_an_empty_db_before_it_opens(args):
    """Issue 16: `--db ""` silently used the default database in the window (the CLI refused it).
    A Qt platform that does not exist would abort the process if a QApplication were made."""
    env = {**os.environ, "QT_QPA_PLATFORM": "no-such-platform"}
    done = subprocess.run(
        [sys.executable, "-m", "feasibility_app", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        "feasibility-app: --db was given an empty path (name a file, or omit --db)"
    ]
