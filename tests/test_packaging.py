"""Packaging stays truthful: every sub-package and the resources reach the wheel."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_subpackage_is_listed_for_the_wheel():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "feasibility_app").rglob("__init__.py")
    }
    assert found <= listed
    assert config["tool"]["setuptools"]["package-dir"]["feasibility_app._resources"] == "resources"


def test_resource_files_match_the_wheel_globs():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["feasibility_app._resources"]
    shipped = {p for g in globs for p in (ROOT / "resources").glob(g) if p.is_file()}
    every = {p for p in (ROOT / "resources").rglob("*") if p.is_file()}
    assert every - shipped == set(), "add a glob to package-data for these resource files"
