"""Where resources and user data live; one place, with overrides for tests."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The `resources/` folder: beside the package in a checkout, inside it in a wheel."""
    override = os.environ.get("FEASIBILITY_RESOURCES")
    if override:
        return Path(override)
    checkout = _PACKAGE_DIR.parent / "resources"
    if checkout.is_dir():
        return checkout
    return _PACKAGE_DIR / "_resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def portable_data_dir(executable_dir: Path | None = None) -> Path | None:
    """`data/` beside the executable when a file named `portable` (any extension, e.g. the
    `portable.txt` Windows Explorer makes) sits beside it, else None. Only a bundle (a frozen
    executable) looks: for a USB stick or a laptop without install rights, the database,
    settings and backups then travel with the folder and nothing is written to the home folder."""
    if executable_dir is None:
        if not getattr(sys, "frozen", False):
            return None
        executable_dir = Path(sys.executable).resolve().parent
    try:
        marked = any(p.stem.lower() == "portable" and p.is_file() for p in executable_dir.iterdir())
    except OSError:
        return None
    return executable_dir / "data" if marked else None


def use_portable_environment(data_dir: Path) -> None:
    """Point the XDG folders at `data_dir` (fontconfig's cache, Qt's own files), so a portable
    run leaves the home folder untouched. Call before the QApplication exists."""
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_DATA_HOME", "share"),
        ("XDG_STATE_HOME", "state"),
    ):
        os.environ[var] = str(data_dir / sub)


def user_data_dir() -> Path:
    """The user's data folder; FEASIBILITY_HOME overrides it so tests never touch real folders,
    then portable mode (`data/` beside the bundle's executable)."""
    override = os.environ.get("FEASIBILITY_HOME")
    if override:
        return Path(override)
    portable = portable_data_dir()
    if portable is not None:
        return portable
    from platformdirs import user_data_dir as _udd

    return Path(_udd("Feasibility", appauthor=False))


def default_database_path() -> Path:
    return user_data_dir() / "feasibility.db"
