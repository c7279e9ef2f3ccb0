"""Writing a report file safely: all or nothing.

A report is built into a temporary file beside the target (same folder, so the final
rename cannot cross file systems), flushed to disk, then renamed over the target in one
step. An interrupted or failed export leaves the previous file (or none) and never a
half-written PDF someone might print and sign. Pure Python: no reportlab.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from .. import atomic
from . import ReportError


def check_target(out: Path) -> Path:
    """The absolute target path, or ReportError naming the problem in one line."""
    try:
        return atomic.check_target(out)
    except atomic.AtomicWriteError as exc:
        raise ReportError(f"cannot write the report to {out}: {exc.reason}") from None


def write_atomically(out: Path, build: Callable[[BinaryIO], None]) -> Path:
    """Build the report all or nothing (feasibility_app.atomic); failures become one-line ReportErrors."""
    try:
        return atomic.write_atomically(out, build)
    except atomic.AtomicWriteError as exc:
        raise ReportError(f"cannot write the report to {out}: {exc.reason}") from None
