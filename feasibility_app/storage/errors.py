"""Lookup errors shared by the repository and the SQLAlchemy-free reader."""

from __future__ import annotations


class NotFound(LookupError):
    """No record has that id (or id prefix)."""


class Ambiguous(LookupError):
    """An id prefix matches more than one record."""
