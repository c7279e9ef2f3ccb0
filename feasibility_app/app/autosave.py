"""When unsaved edits are written: 1 s after an edit, 2 s at most after the first unsaved
one however fast people type, 5 s after a failed save. Pure arithmetic on an injectable
clock, so it is tested without timers; the Qt bridge starts a QTimer for `edited()`'s delay."""

from __future__ import annotations

import time
from collections.abc import Callable

SAVE_DELAY_S = 1.0
SAVE_MAX_DELAY_S = 2.0
RETRY_DELAY_S = 5.0


class AutosavePolicy:
    """Tracks the first unsaved edit and the moment the next save is due."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        delay: float = SAVE_DELAY_S,
        max_delay: float = SAVE_MAX_DELAY_S,
        retry: float = RETRY_DELAY_S,
    ) -> None:
        self.clock, self.delay, self.max_delay, self.retry = clock, delay, max_delay, retry
        self.first_unsaved: float | None = None
        self.due_at: float | None = None

    def edited(self) -> float:
        """An edit was made: seconds from now until the save is due (never later than a save
        already due, never later than `max_delay` after the first unsaved edit)."""
        now = self.clock()
        if self.first_unsaved is None:
            self.first_unsaved = now
        due = now + max(0.0, min(self.delay, self.first_unsaved + self.max_delay - now))
        if self.due_at is None or due < self.due_at:
            self.due_at = due
        return max(0.0, self.due_at - now)

    def is_due(self) -> bool:
        return self.due_at is not None and self.clock() >= self.due_at

    def remaining(self) -> float | None:
        """Seconds until the save is due; None when nothing waits."""
        return None if self.due_at is None else max(0.0, self.due_at - self.clock())

    def saved(self) -> None:
        """Everything was written (or nothing was left to write)."""
        self.first_unsaved = None
        self.due_at = None

    def failed(self) -> float:
        """A save failed: the retry is due in `retry` seconds (returned)."""
        self.first_unsaved = None
        self.due_at = self.clock() + self.retry
        return self.retry


__all__ = ["RETRY_DELAY_S", "SAVE_DELAY_S", "SAVE_MAX_DELAY_S", "AutosavePolicy"]
