"""What the open commitment shows, derived from the workspace: the overall result (the
recorded consensus, else the suggested consensus of each assessor's newest assessment, with
the unsaved own edits counted), the verdict of the own scores, the radar's series, the
navigator row of the result and the wording findings. One place, so the verdict panel, the
navigator chip and the report agree."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from ..domain.assessing import EffectiveResult, effective_result
from ..domain.factors import Level, Role
from ..domain.model import Assessment
from ..domain.radar import series_colour
from ..domain.scoring import Verdict, evaluate

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..domain.wording import Finding
    from .workspace import Workspace

log = logging.getLogger(__name__)


def effective(ws: Workspace, include_own: bool = True) -> EffectiveResult:
    """The open commitment's overall result; `include_own`: with the unsaved own assessment."""
    cid = ws.current_id
    saved = ws.assessments(cid)
    plan = ws.current_plan()
    entry = ws.working_scores(cid) if include_own and ws.assessor.valid else None
    if entry is not None and any(s.level.assessed for s in entry.scores.values()):
        now = datetime.now(UTC)
        latest = max((a.created_at for a in saved), default=now)
        saved.append(
            Assessment(
                id="~unsaved",
                commitment_id=cid,
                revision_id=ws.opened_revision(cid),
                assessor=ws.assessor.name,
                role=Role(ws.assessor.role),
                created_at=max(latest + timedelta(microseconds=1), now),
                scores=dict(entry.scores),
                irm=entry.irm,
                party_id=entry.party_id or ws.assessor.party_id,
            )
        )
    parties = plan.parties if plan else ()
    return effective_result(saved, plan.weights if plan else None, parties, ws.texts(cid))


def own_verdict(ws: Workspace) -> Verdict:
    """The current assessor's own scores, evaluated with the plan's weights."""
    scores, _irm = ws.own_scores()
    plan = ws.current_plan()
    return evaluate(
        {k: s.level for k, s in scores.items()},
        plan.weights if plan else None,
        {k: s.evidence for k, s in scores.items()},
    )


def series(
    ws: Workspace, role_label: Callable[[Role], str] = str
) -> list[tuple[str, dict[str, Level], str]]:
    """Radar overlays: one per party (its members' median, the unsaved own scores counted), each
    in its party's colour, the same in Compare and in the report.

    `role_label` names a party known only by its role (the UI passes the translated role;
    the default is the role's key)."""
    from ..domain.forum import party_colour

    if not ws.current_id:
        return []
    plan = ws.current_plan()
    parties = plan.parties if plan else ()
    out: list[tuple[str, dict[str, Level], str]] = []
    for v in effective(ws).voices:
        name = v.name if v.party_id else (v.member_names[0] if len(v.members) == 1 else role_label(v.role))
        if len(v.members) > 1:
            name += f" ({len(v.members)})"
        out.append((name, dict(v.levels), party_colour(v.key, parties)))
    if not out and ws.assessor.valid:
        scores, _irm = ws.own_scores()
        out.append((ws.assessor.name, {k: s.level for k, s in scores.items()}, series_colour(0)))
    return out


def summary_row(overall: EffectiveResult) -> dict[str, Any]:
    """The navigator row's fields for an overall result (as the summary cache stores them)."""
    v = overall.verdict
    return {
        "overall_level": v.band.value,
        "overall_score": v.score,
        "complete": v.complete,
        "assessors": len(overall.assessments),
        "discuss": sum(1 for fs in overall.spread.values() if fs.discuss),
        "potential": overall.potential.value,
    }


def findings(ws: Workspace, reader: str | None = None) -> list[Finding] | None:
    """The wording findings of the open commitment (None when none is open; [] when the
    rules cannot be read: a broken rules file must not stop typing). They are checked in
    the draft's language at its lead agency's level of government; ``reader`` is the
    language their questions are shown in (the interface's)."""
    fields = ws.fields()
    if fields is None:
        return None
    from ..domain.government import lead_level
    from .findings import commitment_findings

    plan = ws.current_plan()
    try:
        return commitment_findings(
            fields,
            plan.start if plan else None,
            plan.end if plan else None,
            level=lead_level(fields, plan),
            reader=reader,
        )
    except Exception:
        log.exception("wording checks failed")
        return []


__all__ = ["effective", "findings", "own_verdict", "series", "summary_row"]
