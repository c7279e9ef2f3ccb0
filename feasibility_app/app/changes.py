"""What an operation changed, so the views refresh from one signal instead of each caller
reloading by hand."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Changes:
    """`plans`: the plan list must be read again; `show_plan`: the plan to show after it
    ("" = keep). `commitments`: the commitment list must be read again; `select`: the
    commitment to select after it ("" = keep). `rows`: navigator row fields to replace, per
    commitment id. `closed`: commitment ids no longer open (deleted). `plan`: a plan whose
    settings changed (the open commitment's verdict and findings follow)."""

    plans: bool = False
    show_plan: str = ""
    commitments: bool = False
    select: str = ""
    rows: dict[str, dict[str, Any]] = field(default_factory=dict)
    closed: set[str] = field(default_factory=set)
    plan: Any = None

    def __bool__(self) -> bool:
        return bool(self.plans or self.commitments or self.rows or self.closed or self.plan is not None)

    def merge(self, other: Changes) -> Changes:
        """Both sets of changes (the later selection wins)."""
        self.plans |= other.plans
        self.show_plan = other.show_plan or self.show_plan
        self.commitments |= other.commitments
        self.select = other.select or self.select
        for cid, fields in other.rows.items():
            self.rows.setdefault(cid, {}).update(fields)
        self.closed |= other.closed
        if other.plan is not None:
            self.plan = other.plan
        return self


__all__ = ["Changes"]
