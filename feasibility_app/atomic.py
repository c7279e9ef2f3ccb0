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
import stat
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


# Files an export must never replace: the open databases (the CLI and the window register
# theirs), whatever their name; beside them SQLite keeps a -wal, -shm or -journal.
_PROTECTED: set[Path] = set()
_COMPANIONS = ("-wal", "-shm", "-journal")
_SQLITE_MAGIC = b"SQLite format 3\x00"
_WAL_MAGICS = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
_NAME_MAX = 255  # bytes in one file name on every file system we ship for


def protect(path: Path) -> None:
    """Mark a database file so that no export, report or spreadsheet is ever written over it."""
    with contextlib.suppress(OSError, RuntimeError):
        _PROTECTED.add(Path(path).expanduser().resolve())


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symlink loop: compare as given
        return path.absolute()


def _database_reason(out: Path) -> str | None:
    """Why `out` is (part of) a database, or None. Judged by the registry and by content, so a
    database the app does not know about (another copy, a backup) is safe as well."""
    real = _resolved(out)
    for db in _PROTECTED:
        if real == db or real in (db.with_name(db.name + c) for c in _COMPANIONS):
            return "that is the database itself (or its -wal/-shm); choose another file name"
    for companion in _COMPANIONS:
        if real.name.endswith(companion):
            main = real.with_name(real.name[: -len(companion)])
            if main.is_file() and _starts_with(main, (_SQLITE_MAGIC,)):
                return "that file belongs to the database beside it; choose another file name"
    if real.is_file() and _starts_with(real, (_SQLITE_MAGIC, *_WAL_MAGICS)):
        return "that file is a database; choose another file name"
    return None


def _starts_with(path: Path, magics: tuple[bytes, ...]) -> bool:
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        return False
    return any(head.startswith(m) for m in magics)


def check_target(out: Path) -> Path:
    """The absolute target path, or AtomicWriteError saying why it cannot be written.

    The one guard every writer passes: besides a missing folder it refuses the open database
    and its -wal/-shm (an export named like them replaced the database), any SQLite file,
    things that are not plain files (a FIFO would hang, a device would be replaced by a
    file) and names the file system cannot hold.
    """
    out = Path(out).expanduser()
    folder = out.parent if str(out.parent) else Path(".")
    if not out.name:
        raise AtomicWriteError(out, "no file name given")
    if "\x00" in str(out):
        raise AtomicWriteError(out, "the file name contains a NUL character")
    if len(os.fsencode(out.name)) > _NAME_MAX:
        raise AtomicWriteError(out, f"the file name is too long (at most {_NAME_MAX} bytes)")
    try:
        mode = out.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        if exc.errno not in (errno.ENOTDIR, errno.ENAMETOOLONG, errno.ELOOP):
            raise AtomicWriteError(out, os_reason(exc)) from None
        mode = None
    if mode is not None and stat.S_ISDIR(mode):
        raise AtomicWriteError(out, "that is a folder; give a file name")
    if mode is not None and not stat.S_ISREG(mode):
        raise AtomicWriteError(out, "that is not a plain file (a device, pipe or socket); give a file name")
    if not folder.exists():
        raise AtomicWriteError(out, f"the folder {folder} does not exist")
    if not folder.is_dir():
        raise AtomicWriteError(out, f"{folder} is not a folder")
    reason = _database_reason(out)
    if reason is not None:
        raise AtomicWriteError(out, reason)
    return out.absolute()


def os_reason(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied (choose another folder)"
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno == errno.ENAMETOOLONG:
        return "the file name is too long"
    return exc.strerror or str(exc)


def write_atomically(out: Path, build: Callable[[BinaryIO], None]) -> Path:
    """Run `build(stream)` into a temporary file beside `out`, fsync it, then rename it to `out`.

    Any failure (including an exception from `build`, such as a cancelled export) removes
    the temporary file and leaves `out` as it was. OS errors become AtomicWriteError.
    """
    target = check_target(out)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=_temp_prefix(target.name), suffix=".part", dir=target.parent)
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


def _temp_prefix(name: str) -> str:
    """`.name.` shortened so that the temporary name (plus mkstemp's 8 characters and `.part`)
    stays within the file system's limit when the target's own name is near it."""
    short = name
    while len(os.fsencode(f".{short}.")) > _NAME_MAX - 16:
        short = short[: len(short) // 2]
    return f".{short}."


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
