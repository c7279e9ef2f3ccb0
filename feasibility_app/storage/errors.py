"""Lookup errors, and the one rule for resolving an id prefix, shared by the repository and
the SQLAlchemy-free reader."""

from __future__ import annotations

from collections.abc import Callable, Sequence


class NotFound(LookupError):
    """No record has that id (or id prefix)."""


class Ambiguous(LookupError):
    """An id prefix matches more than one record."""


def resolve_prefix(prefix: str, kind: str, matching: Callable[[str], Sequence[str]]) -> str:
    """A full id from a full UUID or a unique prefix (any case, spaces around ignored).

    `matching(like)` returns up to a few ids matching the SQL LIKE pattern `like` (escaped
    with a backslash); NotFound or Ambiguous say what the user should do otherwise.
    """
    prefix = prefix.strip().lower()
    if not prefix:
        raise NotFound(f"no {kind} id given")
    if len(prefix) > 36 or not prefix.isprintable():
        # no id is longer than a UUID; a huge one overflowed SQLite's LIKE (a "database problem")
        shown = prefix[:40].encode("unicode_escape").decode("ascii")
        raise NotFound(f"no {kind} has the id {shown!r}{'…' if len(prefix) > 40 else ''} (ids are UUIDs)")
    like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    ids = matching(like)
    if not ids:
        raise NotFound(f"no {kind} has the id {prefix!r}")
    if len(ids) > 1:
        raise Ambiguous(f"the id prefix {prefix!r} matches several {kind}s; give more characters")
    return ids[0]
