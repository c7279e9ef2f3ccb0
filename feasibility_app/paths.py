"""Where resources and user data live; one place, with overrides for tests."""

from __future__ import annotations

import os
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


def user_data_dir() -> Path:
    """The user's data folder; FEASIBILITY_HOME overrides it so tests never touch real folders."""
    override = os.environ.get("FEASIBILITY_HOME")
    if override:
        return Path(override)
    from platformdirs import user_data_dir as _udd

    return Path(_udd("Feasibility", appauthor=False))


def default_database_path() -> Path:
    return user_data_dir() / "feasibility.db"
