"""The user's-language text of each failure kind the application layer reports
(`app/errors.py`): storage and app code never put an English sentence on a Spanish screen.

The texts keep the "Session" translation context they had when the session wrote them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...app.errors import AppError, ErrorKind, classify


def kind_text(kind: ErrorKind, **values: str) -> str:
    """One translated sentence for a failure kind ("" for a kind without its own text)."""
    texts = {
        ErrorKind.READ_ONLY: QCoreApplication.translate("Session", "The database file is read-only."),
        ErrorKind.DISK_FULL: QCoreApplication.translate("Session", "The disk is full or cannot be written."),
        ErrorKind.LOCKED: QCoreApplication.translate(
            "Session", "The database is busy (locked by another program)."
        ),
        ErrorKind.NOT_FOUND: QCoreApplication.translate(
            "Session", "It was deleted or cannot be found any more."
        ),
        ErrorKind.PLAN_CHANGED: QCoreApplication.translate(
            "Session",
            "Someone else saved the action plan “{title}” since you opened it.",
        ),
        ErrorKind.CONSENSUS_NOT_RESCORED: QCoreApplication.translate(
            "Session", "A consensus is not re-scored: record a new agreed consensus instead."
        ),
        ErrorKind.ALREADY_CURRENT: QCoreApplication.translate(
            "Session", "The assessment by {assessor} already scores the current text."
        ),
        ErrorKind.SUPERSEDED: QCoreApplication.translate(
            "Session", "{assessor} has a newer assessment; re-score that one."
        ),
    }
    text = texts.get(kind, "")
    return text.format(**{"title": "", "assessor": "", **values}) if text else ""


def describe(exc: BaseException) -> str:
    """One readable, translated line about a failure (the exception's own first line when it
    is of no kind the user can act on: a database's message, a file name)."""
    if isinstance(exc, AppError):
        return kind_text(exc.kind, **exc.values) or exc.detail
    kind, line = classify(exc)
    return kind_text(kind) if kind is not None else line


__all__ = ["describe", "kind_text"]
