"""What the record says about the forum, as data and as English lines (the CLI's `show`).

One place builds the `show --json` forum fields (docs/design.md, "JSON contract")
and the sentences `show` prints, from the same snapshot the report reads, so the
CLI, the report and the window cannot tell different stories. No Qt.
"""

from __future__ import annotations

from typing import Any

from ..domain.assessing import CommitmentSnapshot
from ..domain.factors import FACTOR_KEYS
from ..domain.forum import accepted_names, newest_consensus_for, present_names, standing_lock
from ..domain.model import Assessment


def consensus_date(consensus: Assessment) -> str:
    """The day a consensus was recorded (UTC), as the record prints it: YYYY-MM-DD."""
    return consensus.created_at.date().isoformat()


def stale_consensus_sentence(consensus: Assessment) -> str:
    return f"the forum's consensus of {consensus_date(consensus)} scored an earlier text"


def forum_json(snap: CommitmentSnapshot) -> dict[str, Any]:
    """`parties`, `suggested`, `blocks`, `spread`, `consensus` and `source` of `show --json`."""
    result = snap.result
    voices = result.voices
    consensus, current = newest_consensus_for(snap.assessments, snap.current_texts)
    lock = standing_lock(snap.locks, snap.revision.id)
    data: dict[str, Any] = {
        "source": result.source,
        "parties": [
            {
                "party_id": v.party_id,
                "name": v.name,
                "role": v.role.value,
                "members": list(v.member_names),
                "levels": {k: v.levels[k].value for k in FACTOR_KEYS},
                "stale": v.stale,
            }
            for v in voices
        ],
        "suggested": {k: result.spread[k].suggested.value for k in FACTOR_KEYS},
        "blocks": {k: [voices[i].name for i in result.spread[k].blocks] for k in FACTOR_KEYS},
        "spread": {k: result.spread[k].spread for k in FACTOR_KEYS},
        "consensus": None,
    }
    if consensus is not None:
        data["consensus"] = {
            "revision_id": consensus.revision_id,
            "current": current,
            "facilitator": consensus.assessor,
            "levels": {k: consensus.levels()[k].value for k in FACTOR_KEYS},
            "locked": bool(current and lock is not None and lock.consensus_id == consensus.id),
            "recorded_at": consensus.created_at.isoformat().replace("+00:00", "Z"),
            "parties_present": list(present_names(consensus, snap.plan.parties)),
            "notes": {k: s.consensus_note for k, s in consensus.scores.items() if s.consensus_note},
            "accepted_by": {
                k: list(accepted_names(consensus, k, snap.plan.parties))
                for k in FACTOR_KEYS
                if consensus.scores[k].accepted_by
            },
        }
    return data


def forum_lines(snap: CommitmentSnapshot) -> list[str]:
    """What `show` prints about who scored, what was agreed and on which text."""
    result = snap.result
    lines: list[str] = []
    consensus, current = newest_consensus_for(snap.assessments, snap.current_texts)
    n = len(result.voices)
    parties = f"{n} part{'y' if n == 1 else 'ies'}"
    if result.source == "consensus" and consensus is not None:
        present = ", ".join(present_names(consensus, snap.plan.parties)) or "not recorded"
        lines.append(
            f"result: the forum's consensus of {consensus_date(consensus)}, facilitated by "
            f"{consensus.assessor or 'no one named'} (parties present: {present})"
        )
        lock = standing_lock(snap.locks, snap.revision.id)
        if lock is not None and lock.consensus_id == consensus.id:
            lines.append(f"locked for signing by {lock.locked_by}; fingerprint {lock.fingerprint}")
    elif result.source == "single":
        lines.append(f"result: the assessment of {result.assessments[0].assessor} (one assessor)")
    elif result.source == "suggested":
        lines.append(f"result: the suggested consensus of {parties} (each party counted once)")
    else:
        lines.append("result: not scored yet")
    if consensus is not None and not current:
        lines.append(f"note: {stale_consensus_sentence(consensus)}; it is not the result")
    superseded = [lk for lk in snap.locks if lk.superseded(snap.revision.id)]
    if superseded and standing_lock(snap.locks, snap.revision.id) is None:
        newest = max(superseded, key=lambda lk: (lk.created_at, lk.id))
        lines.append(
            f"note: the lock for signing of {newest.created_at.date().isoformat()} is superseded: "
            "the text changed since"
        )
    for v in result.voices:
        members = ", ".join(v.member_names)
        mark = "  (scored an earlier text)" if v.stale else ""
        lines.append(f"  party {v.name} [{v.role.value}]: {members}{mark}")
    return lines


__all__ = ["consensus_date", "forum_json", "forum_lines", "stale_consensus_sentence"]
