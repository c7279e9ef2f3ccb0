"""Pieces of the History tree's rows: the forum record's badges and an action button's holder."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ...domain.model import EditorialMark, SigningLock


def record_badges(
    revision_id: str,
    marks: Sequence[EditorialMark],
    locks: Sequence[SigningLock],
    current_id: str | None,
    when: Callable[[datetime], str],
) -> tuple[list[str], list[str]]:
    """A revision's editorial mark (with who marked it) and locks for signing: (badges, tooltips)."""
    badges, tips = [], []
    for m in (m for m in marks if m.revision_id == revision_id):
        badges.append(
            QCoreApplication.translate("HistoryView", "editorial, marked by {who}").format(who=m.marked_by)
        )
        tips.append(
            QCoreApplication.translate(
                "HistoryView", "Marked as an editorial edit on {when}: the earlier text's scores still count."
            ).format(when=when(m.created_at))
        )
    for lock in (lk for lk in locks if lk.revision_id == revision_id):
        if lock.superseded(current_id or ""):
            state = QCoreApplication.translate("HistoryView", "lock superseded")
        else:
            state = QCoreApplication.translate("HistoryView", "locked for signing")
        badges.append(f"{state} ({lock.locked_by})")
        tip = QCoreApplication.translate("HistoryView", "Locked for signing on {when}; fingerprint {fp}")
        tips.append(tip.format(when=when(lock.created_at), fp=lock.fingerprint[:16]))
    return badges, tips


def in_holder(button: QPushButton) -> QWidget:
    """The button in a widget that keeps its natural size in a stretching column."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(2, 0, 2, 0)
    layout.addWidget(button)
    layout.addStretch(1)
    return holder


__all__ = ["in_holder", "record_badges"]
