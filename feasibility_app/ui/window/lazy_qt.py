"""`Qt.X` resolved on first use: materialising PySide6's Qt namespace costs ~60-100 ms,
which the first paint need not wait for."""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore


class _LazyQt:
    def __getattr__(self, name: str) -> Any:
        return getattr(QtCore.Qt, name)


Qt: Any = _LazyQt()

__all__ = ["Qt"]
