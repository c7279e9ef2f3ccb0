"""Guard against a Qt binding that leaks references to None/True (PySide6 6.12.0 on Python 3.11).

Such a binding aborts the app after a few thousand calls; CI must refuse it
rather than ship a window that dies in the middle of a negotiation.
"""

import sys

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

pytestmark = pytest.mark.gui


class _Emitter(QObject):
    fired = Signal(bool)


def test_void_calls_and_signals_keep_reference_counts(qapp):
    label, emitter = QLabel(), _Emitter()
    emitter.fired.connect(lambda _v: None)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        label.setObjectName("x")
        emitter.fired.emit(True)
    assert sys.getrefcount(None) >= none_before - 50
    assert sys.getrefcount(True) >= true_before - 50
