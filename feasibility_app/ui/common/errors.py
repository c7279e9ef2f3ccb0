"""The user's-language text of each failure kind the application layer reports
(`app/errors.py`): storage and app code never put an English sentence on a Spanish screen.

The texts keep the "Session" translation context they had when the session wrote them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ...app.errors import AppError, ErrorKind, classify
from ...app.forum_actions import ForumRefusal, ForumRefused
from ...domain.forum import ConsensusProblem


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


def _same(text: str) -> str:
    return text


def problem_text(
    p: ConsensusProblem, factor_label: Callable[[str], str] = _same, party_label: Callable[[str], str] = _same
) -> str:
    """One translated line for a rule that stops a consensus (factor and parties as labelled)."""
    if p.kind == "no_facilitator":
        return QCoreApplication.translate("ForumRefused", "Name the person who facilitated the agreement.")
    if p.kind == "no_parties":
        return QCoreApplication.translate("ForumRefused", "Mark the parties present.")
    values = {"factor": factor_label(p.factor), "parties": ", ".join(party_label(n) for n in p.parties)}
    if p.kind == "note_needed":
        return QCoreApplication.translate(
            "ForumRefused", "{factor}: write how the block by {parties} was resolved."
        ).format(**values)
    text = QCoreApplication.translate(
        "ForumRefused", "{factor}: {parties} must be present and accept a level below critical."
    )
    return text.format(**values)


def refusal_text(
    exc: ForumRefused, factor_label: Callable[[str], str] = _same, party_label: Callable[[str], str] = _same
) -> str:
    """The translated reason a forum step was refused (`app/forum_actions.py`)."""
    if exc.refusal is ForumRefusal.CONSENSUS_PROBLEMS:
        return " ".join(problem_text(p, factor_label, party_label) for p in exc.problems)
    texts = {
        ForumRefusal.TEXT_LOCKED: QCoreApplication.translate(
            "ForumRefused", "The current text is locked for signing; edit it to record a new consensus."
        ),
        ForumRefusal.ALREADY_RECORDED: QCoreApplication.translate(
            "ForumRefused", "This consensus is already recorded; change something first."
        ),
        ForumRefusal.NO_CONSENSUS: QCoreApplication.translate(
            "ForumRefused", "Record the forum's consensus on the current text before locking it for signing."
        ),
        ForumRefusal.ALREADY_LOCKED: QCoreApplication.translate(
            "ForumRefused", "The current text is already locked for signing."
        ),
        ForumRefusal.NO_LOCKER: QCoreApplication.translate(
            "ForumRefused", "Name who locks the text for signing."
        ),
        ForumRefusal.NO_MARKER: QCoreApplication.translate(
            "ForumRefused", "Name who marks the edit as editorial."
        ),
        ForumRefusal.ALREADY_EDITORIAL: QCoreApplication.translate(
            "ForumRefused", "This edit is already marked as editorial."
        ),
        ForumRefusal.FIRST_REVISION: QCoreApplication.translate(
            "ForumRefused", "The first text of a commitment has no earlier text to be editorial to."
        ),
    }
    return texts.get(exc.refusal, str(exc))


def describe(exc: BaseException) -> str:
    """One readable, translated line about a failure (the exception's own first line when it
    is of no kind the user can act on: a database's message, a file name)."""
    if isinstance(exc, ForumRefused):  # before classify: "locked for signing" is no database lock
        return refusal_text(exc)
    if isinstance(exc, AppError):
        return kind_text(exc.kind, **exc.values) or exc.detail
    kind, line = classify(exc)
    return kind_text(kind) if kind is not None else line


__all__ = ["describe", "kind_text", "problem_text", "refusal_text"]
