"""Keyboard-only work: Ctrl+Tab leaves a table, and the workspace's focus order.

The documented order (docs/keyboard.md): navigator → commitment page (title, draft text, …,
milestones) → factor cards (levels, evidence, rationale, mitigations) → IRM pre-check →
verdict (overall risk, then what would lower it). Tables move between cells with the arrows;
Tab, and Ctrl+Tab from inside a cell editor, go on to the next control.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QWidget


class TableExit(QObject):
    """Ctrl+Tab / Ctrl+Shift+Tab in a table (or its cell editor) move the focus out of it."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        if event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        table = obj if isinstance(obj, QAbstractItemView) else None
        if table is None:
            return False
        if table.state() == QAbstractItemView.State.EditingState:
            table.setFocus(Qt.FocusReason.OtherFocusReason)  # commit the edit first
        target = next_focus(table, forward)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
        return True


def next_focus(widget: QWidget, forward: bool = True) -> QWidget | None:
    """The next (or previous) widget in the focus chain outside `widget` that takes Tab focus."""
    step = QWidget.nextInFocusChain if forward else QWidget.previousInFocusChain
    candidate = step(widget)
    for _ in range(2000):  # a chain is finite, but never loop for ever on a broken one
        if candidate is None or candidate is widget:
            return None
        if (
            not widget.isAncestorOf(candidate)
            and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            and candidate.isVisible()
            and candidate.isEnabled()
        ):
            return candidate
        candidate = step(candidate)
    return None


def install_table_exits(root: QWidget, owner: QObject) -> TableExit:
    """Ctrl+Tab leaves every table under `root`; tables made later call `watch(table)` themselves."""
    exits = TableExit(owner)
    for table in root.findChildren(QAbstractItemView):
        table.installEventFilter(exits)
    return exits


def last_focusable_inside(container: QWidget, start: QWidget) -> QWidget:
    """The last widget of `container` in the focus chain, walking on from `start`."""
    last, w = start, start.nextInFocusChain()
    for _ in range(2000):
        if w is None or not container.isAncestorOf(w):
            break
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            last = w
        w = w.nextInFocusChain()
    return last
