"""The Compare tab's summary line, apart from the view (kept under the CompareView context,
so its translations are the view's)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ...domain.consensus import Comparison, PartyColumn
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
