"""What an export or an import did, as the one line the CLI prints and the window shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

_KIND_LABELS = {
    # kind -> (singular, plural) for summaries
    "plans": ("plan", "plans"),
    "parties": ("forum party", "forum parties"),
    "commitments": ("commitment", "commitments"),
    "revisions": ("revision", "revisions"),
    "assessments": ("assessment", "assessments"),
    "consensus": ("consensus record", "consensus records"),
    "tombstones": ("delete/restore record", "delete/restore records"),
    "editorial_marks": ("editorial mark", "editorial marks"),
    "locks": ("signing lock", "signing locks"),
    "outcomes": ("outcome", "outcomes"),
    "precedents": ("precedent", "precedents"),
    "precedents_updated": ("precedent", "precedents"),
}


def _plural(n: int, kind: str) -> str:
    one, many = _KIND_LABELS[kind]
    return f"{n} {one if n == 1 else many}"


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    counts: dict[str, int]  # plans, parties, commitments, revisions, assessments, consensus, tombstones
    size: int  # bytes written

    def __str__(self) -> str:
        parts = [_plural(self.counts.get(k, 0), k) for k in ("plans", "commitments", "revisions")]
        parts.append(_plural(self.counts.get("assessments", 0), "assessments"))
        for k in ("consensus", "tombstones", "editorial_marks", "locks", "outcomes", "precedents"):
            if self.counts.get(k):
                parts.append(_plural(self.counts[k], k))
        return f"{', '.join(parts)} ({size_text(self.size)})"


@dataclass(frozen=True)
class ImportSummary:
    added: dict[str, int]  # per record list (plans, parties, ...) plus "consensus" (a subset of assessments)
    already_present: int  # records (of any list) that were already in the database, unchanged
    kept_local: tuple[str, ...] = ()  # titles of plans whose local settings differ from the file's
    commitment_ids: tuple[str, ...] = ()  # commitments that gained something (their summaries were rebuilt)
    dry_run: bool = False
    counts_in_file: dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return any(self.added.values())

    def __str__(self) -> str:
        kinds = (
            "plans",
            "parties",
            "commitments",
            "revisions",
            "assessments",
            "consensus",
            "tombstones",
            "editorial_marks",
            "locks",
            "outcomes",
            "precedents",
        )
        added = []
        for k in kinds:
            n = self.added.get(k, 0)
            if k == "assessments":
                n -= self.added.get("consensus", 0)
            if n:
                added.append(_plural(n, k))
        verb = "would add" if self.dry_run else "added"
        parts = [f"{verb} {', '.join(added)}" if added else "nothing new"]
        if self.added.get("precedents_updated"):
            n = self.added["precedents_updated"]
            verb_updated = "would update" if self.dry_run else "updated"
            parts.append(f"{verb_updated} {_plural(n, 'precedents_updated')}")
        if self.already_present:
            n = self.already_present
            parts.append(f"{n} record{'' if n == 1 else 's'} already present")
        parts.extend(f"kept local settings for plan “{title}”" for title in self.kept_local)
        return "; ".join(parts)


def size_text(n: int) -> str:
    """A file size as people read it: bytes, KB, MB or GB."""
    if n < 1024:
        return f"{n} bytes"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    if n < 1024 * 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    return f"{n / (1024 * 1024 * 1024):.1f} GB"
