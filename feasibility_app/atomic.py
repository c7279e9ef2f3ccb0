"""Writing a file all or nothing: the one way every export (PDF, exchange, CSV) writes.

The content goes to a temporary file beside the target (same folder, so the final
rename cannot cross file systems), is flushed to disk, then renamed over the target
in one step, and the folder entry is synced. An interrupted or failed export leaves
the previous file (or none), never a half-written one someone might print and sign.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


class AtomicWriteError(Exception):
    """The file could not be written; `reason` is one short line for the user."""

    def __init__(self, target: Path, reason: str) -> None:
        super().__init__(f"{target}: {reason}")
        self.target = target
        self.reason = reason


def check_target(out: Path) -> Path:
    """The absolute target path, or AtomicWriteError saying why it cannot be written."""
    out = Path(out).expanduser()
    folder = out.parent if str(out.parent) else Path(".")
    if not out.name:
        raise AtomicWriteError(out, "no file name given")
    if out.is_dir():
        raise AtomicWriteError(out, "that is a folder; give a file name")
    if not folder.exists():
        raise AtomicWriteError(out, f"the folder {folder} does not exist")
    if not folder.is_dir():
        raise AtomicWriteError(out, f"{folder} is not a folder")
    return out.absolute()


def os_reason(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied (choose another folder)"
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    return exc.strerror or str(exc)


def write_atomically(out: Path, build: Callable[[BinaryIO], None]) -> Path:
    """Run `build(stream)` into a temporary file beside `out`, fsync it, then rename it to `out`.

    Any failure (including an exception from `build`, such as a cancelled export) removes
    the temporary file and leaves `out` as it was. OS errors become AtomicWriteError.
    """
    target = check_target(out)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise AtomicWriteError(target, os_reason(exc)) from None
    tmp = Path(tmp_name)
    try:
        _shareable_mode(fd, target)
        with os.fdopen(fd, "wb") as stream:
            build(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        _remove(tmp)
        raise AtomicWriteError(target, os_reason(exc)) from None
    except BaseException:
        _remove(tmp)
        raise
    _sync_folder(target.parent)
    return target


def write_bytes_atomically(out: Path, data: bytes) -> Path:
    return write_atomically(out, lambda stream: stream.write(data))


def _shareable_mode(fd: int, target: Path) -> None:
    """mkstemp makes the file private (0600); an export is a document to share, like any other file."""
    if not hasattr(os, "fchmod"):
        return
    try:
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o644
        os.fchmod(fd, mode)
    except OSError:
        pass


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the OS allows it (POSIX); harmless elsewhere."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
