"""The Compare tab's summary line, apart from the view (kept under the CompareView context,
so its translations are the view's)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ...domain.consensus import Comparison, ComparisonRow, PartyColumn
from ...domain.factors import Level
from ...domain.model import SigningLock
from ...domain.rubric import Rubric


def summary_text(comparison: Comparison, party_name: Callable[[PartyColumn], str], rubric: Rubric) -> str:
    """How many parties (and people) scored, what to discuss, and who blocks what."""
    discuss = comparison.discuss_count
    people = sum(len(p.members) for p in comparison.parties)
    parts = [
        QCoreApplication.translate(
            "CompareView", "Parties that scored it: {n} ({people} people; each party counts once)."
        ).format(n=len(comparison.parties), people=people)
    ]
    if discuss:
        parts.append(QCoreApplication.translate("CompareView", "Factors to discuss: {n}.").format(n=discuss))
    else:
        parts.append(QCoreApplication.translate("CompareView", "No factor is two or more levels apart."))
    blockers: dict[str, list[str]] = {}
    for row in comparison.rows:
        for party in comparison.parties:
            if row.factor in party.voice.blocks:
                name = party_name(party)
                blockers.setdefault(name, []).append(rubric.short_label(row.factor))
    if blockers:
        listed = "; ".join(f"{name} ({', '.join(factors)})" for name, factors in blockers.items())
        parts.append(
            QCoreApplication.translate("CompareView", "Blocks (rated critical): {blocks}.").format(
                blocks=listed
            )
        )
    return " ".join(parts)


def auto_note(row: ComparisonRow, agreed: Level, rubric: Rubric, names: dict[str, str]) -> str:
    """How a level was agreed, when nobody wrote it: accepted or changed, and each party's level
    (`names`: party key -> shown name)."""
    label = rubric.level_label
    if agreed is row.suggested:
        how = QCoreApplication.translate("CompareView", "Suggested level accepted ({level}).").format(
            level=label(agreed)
        )
    else:
        how = QCoreApplication.translate(
            "CompareView", "Agreed {agreed}; the suggested level was {suggested}."
        ).format(agreed=label(agreed), suggested=label(row.suggested))
    levels = ", ".join(f"{names.get(name, name)} {label(level)}" for name, level in row.levels.items())
    return how + " " + QCoreApplication.translate("CompareView", "Parties: {levels}.").format(levels=levels)


def consensus_text(comparison: Comparison, lock: SigningLock | None, changed: bool) -> str:
    """The consensus in force: when and by whom it was recorded, locked, or stale; `changed`:
    the Agreed column or the notes differ from it."""
    c = comparison.consensus
    if c is None:
        return QCoreApplication.translate(
            "CompareView", "No consensus recorded yet: Agreed starts at the suggested level."
        )
    when = c.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    if comparison.consensus_stale:
        return QCoreApplication.translate(
            "CompareView",
            "The forum's consensus of {date} scored an earlier text: it is not the result. "
            "Agreed starts at the suggested level again.",
        ).format(date=c.created_at.date().isoformat())
    text = QCoreApplication.translate(
        "CompareView", "Consensus recorded on {when}, facilitated by {who}; Agreed shows it."
    ).format(when=when, who=c.assessor)
    if lock is not None:
        text += " " + QCoreApplication.translate(
            "CompareView", "Locked for signing on {when} by {who}."
        ).format(when=lock.created_at.astimezone().strftime("%Y-%m-%d %H:%M"), who=lock.locked_by)
    elif not changed:
        text += " " + QCoreApplication.translate(
            "CompareView", "Nothing changed since: change a level or a note to record again."
        )
    return text
