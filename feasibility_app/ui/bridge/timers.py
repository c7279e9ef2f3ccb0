"""A small QTimer factory for the session's autosave, findings and poll timers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer


def make_timer(parent: QObject, slot: Callable[[], Any], interval: int = 0, single: bool = True) -> QTimer:
    """A QTimer owned by `parent`, calling `slot` on timeout."""
    timer = QTimer(parent)
    timer.setSingleShot(single)
    timer.setInterval(interval)
    timer.timeout.connect(slot)
    return timer
