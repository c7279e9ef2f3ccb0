"""Parallel-edit watching: revisions of a commitment that someone else saved after the one
this editor is based on (another laptop's import, another user of a shared database).

Nothing is overwritten: the next save is still based on the revision that was opened, so the
two edits become two children of one parent (docs/design.md, "Identity, history and parallel edits")."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..domain.model import Revision
    from ..storage.repository import Repository

log = logging.getLogger(__name__)

POLL_INTERVAL_S = 3.0  # how often the window looks


class ParallelEditWatcher:
    """Reports each newer revision once per commitment."""

    def __init__(self) -> None:
        self._reported: dict[str, set[str]] = {}

    def check(self, repo: Repository | None, cid: str, base: str) -> list[Revision]:
        """Revisions of `cid` saved after `base` and not reported before, oldest first; [] when
        the database cannot be asked now (a lost server or a busy file: the next check retries)."""
        if not cid or not base or repo is None:
            return []
        from ..storage.bulk import changes_since

        try:
            newer = changes_since(repo.db, cid, base)
        except Exception as exc:
            log.info("checking for parallel edits failed: %s", exc)
            return []
        seen = self._reported.setdefault(cid, set())
        fresh = [rev for rev in newer if rev.id not in seen]
        seen.update(rev.id for rev in fresh)
        return fresh


__all__ = ["POLL_INTERVAL_S", "ParallelEditWatcher"]
