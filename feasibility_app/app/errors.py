"""The kinds of failure an operation reports. The UI translates each kind into the user's
language (`ui/common/errors.py`); the CLI prints the English `detail`."""

from __future__ import annotations

from enum import Enum


class ErrorKind(Enum):
    NOT_FOUND = "not_found"  # the record is gone (deleted elsewhere, wrong id)
    READ_FAILED = "read_failed"  # the database could not be read
    SAVE_FAILED = "save_failed"  # a change could not be written
    READ_ONLY = "read_only"  # the database file is read-only
    DISK_FULL = "disk_full"  # the disk is full or cannot be written
    LOCKED = "locked"  # another program holds the database
    PLAN_CHANGED = "plan_changed"  # someone else saved the plan since it was read
    CONSENSUS_NOT_RESCORED = "consensus_not_rescored"
    ALREADY_CURRENT = "already_current"  # the assessment already scores the current text
    SUPERSEDED = "superseded"  # the assessor has a newer assessment


class AppError(Exception):
    """A failed operation: its kind (for the UI's translated message), the English detail, and
    the values a message may name (e.g. `assessor`, `title`)."""

    def __init__(self, kind: ErrorKind, detail: str = "", **values: str) -> None:
        super().__init__(detail or kind.value)
        self.kind = kind
        self.detail = detail
        self.values = values


def classify(exc: BaseException) -> tuple[ErrorKind | None, str]:
    """The kind of a storage failure, when it is one people can act on, and one readable line.

    (None, line) when the exception says nothing more specific than its own first line."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
    lowered = text.lower()
    if "readonly" in lowered or "read-only" in lowered:
        return ErrorKind.READ_ONLY, text
    if "disk" in lowered and ("full" in lowered or "i/o" in lowered):
        return ErrorKind.DISK_FULL, text
    if "locked" in lowered:
        return ErrorKind.LOCKED, text
    if len(text) > 200:
        text = text[:200] + "…"
    return None, text


__all__ = ["AppError", "ErrorKind", "classify"]
