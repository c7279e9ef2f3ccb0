"""The bundle's build script (without running PyInstaller, which takes minutes): archive name,
archive layout, and the README's bundle command that CI runs."""

import importlib.util
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from feasibility_app import __version__

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("bundle_build", ROOT / "packaging" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_archive_is_named_by_version_os_and_arch(build, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(build.platform, "machine", lambda: "x86_64")
    assert build.archive_path(tmp_path).name == f"Feasibility-{__version__}-linux-x86_64.tar.gz"
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(build.platform, "machine", lambda: "AMD64")
    assert build.archive_path(tmp_path).name == f"Feasibility-{__version__}-windows-x86_64.zip"
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(build.platform, "machine", lambda: "arm64")
    assert build.archive_path(tmp_path).name == f"Feasibility-{__version__}-macos-arm64.zip"


@pytest.mark.parametrize("suffix", [".tar.gz", ".zip"])
def test_archive_unpacks_to_one_feasibility_folder(build, tmp_path, suffix):
    folder = tmp_path / "Feasibility"
    (folder / "_internal").mkdir(parents=True)
    (folder / "Feasibility").write_bytes(b"\x7fELF")
    (folder / "_internal" / "data.json").write_text("{}", encoding="utf-8")
    target = tmp_path / f"Feasibility-1-linux-x86_64{suffix}"
    build.pack(folder, target)
    assert not list(tmp_path.glob("*.partial"))
    if suffix == ".tar.gz":
        with tarfile.open(target) as tar:
            names = tar.getnames()
    else:
        with zipfile.ZipFile(target) as zf:
            names = [n.rstrip("/") for n in zf.namelist()]
    assert {n.split("/")[0] for n in names} == {"Feasibility"}
    assert "Feasibility/_internal/data.json" in names and "Feasibility/Feasibility" in names


def test_readme_shows_the_bundle_command_that_ci_runs():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    at = lines.index("<!-- bundle-command -->")
    assert lines[at + 1] == "```"
    command = lines[at + 2]
    assert '".[bundle]"' in command and command.endswith("packaging/build.py")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "<!-- bundle-command -->" in ci and "packaging/smoke_test.py" in ci

