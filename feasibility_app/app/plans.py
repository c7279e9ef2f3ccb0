"""Plan and commitment operations: new, delete (a tombstone), restore, and saving a plan's
settings under the optimistic version (someone else may have saved it meanwhile).

Each returns the `Changes` the views show; the window wraps them in undo commands, the CLI
may call them as they are. Failures raise: storage's own exceptions, or AppError
PLAN_CHANGED for a stale plan-settings save."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from ..domain.factors import Role
from ..domain.model import CommitmentFields, Plan
from .changes import Changes
from .errors import AppError, ErrorKind

if TYPE_CHECKING:
    from ..storage.repository import Repository


def create_plan(
    repo: Repository,
    title: str,
    country: str = "",
    start: date | None = None,
    end: date | None = None,
    parties: Iterable[tuple[str, Role | str]] = (),
) -> tuple[Plan, Changes]:
    plan = repo.create_plan(title, country, start, end, None, list(parties))
    return plan, Changes(plans=True, show_plan=plan.id)


def delete_plan(repo: Repository, plan_id: str, author: str = "") -> Changes:
    """Delete a plan with its commitments (a tombstone: restore_plan brings them back)."""
    repo.delete_plan(plan_id, author)
    return Changes(plans=True)


def restore_plan(repo: Repository, plan_id: str, author: str = "") -> Changes:
    repo.restore_plan(plan_id, author)
    return Changes(plans=True, show_plan=plan_id)


def create_commitment(
    repo: Repository, plan_id: str, fields: CommitmentFields, author: str = ""
) -> tuple[str, Changes]:
    rev = repo.create_commitment(plan_id, fields, author)
    return rev.commitment_id, Changes(commitments=True, select=rev.commitment_id)


def delete_commitment(repo: Repository, cid: str, author: str = "", select_after: str = "") -> Changes:
    repo.delete_commitment(cid, author)
    return Changes(commitments=True, select=select_after, closed={cid})


def restore_commitment(repo: Repository, cid: str, author: str = "") -> Changes:
    repo.restore_commitment(cid, author)
    return Changes(commitments=True, select=cid)


def save_plan_settings(repo: Repository, plan: Plan) -> tuple[Plan, Changes]:
    """Save a plan's title, period, weights and parties.

    Raises AppError PLAN_CHANGED (title named) when someone else saved the plan or one of
    its parties since `plan` was read: nothing is saved; read the plan again and offer
    `rebase_plan(mine, fresh)`. The navigator lists again (titles, overall scores follow
    the weights) and the open commitment's verdict follows the plan (`Changes.plan`)."""
    from ..storage.repository import ConcurrentEdit

    try:
        saved = repo.update_plan(plan)
    except ConcurrentEdit as exc:
        raise AppError(ErrorKind.PLAN_CHANGED, str(exc), title=plan.title) from exc
    return saved, Changes(plans=True, plan=saved)


def rebase_plan(mine: Plan, fresh: Plan) -> Plan:
    """The user's edited plan on the versions of the plan as saved now (to save it again)."""
    versions = {p.id: p.version for p in fresh.parties}
    parties = tuple(dataclasses.replace(p, version=versions.get(p.id, p.version)) for p in mine.parties)
    return dataclasses.replace(mine, version=fresh.version, parties=parties)


__all__ = [
    "create_commitment",
    "create_plan",
    "delete_commitment",
    "delete_plan",
    "rebase_plan",
    "restore_commitment",
    "restore_plan",
    "save_plan_settings",
]
