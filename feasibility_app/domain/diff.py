"""Word-level differences between two versions of a commitment's text.

Pure Python (no Qt): the history view, reports and tests share it. Texts are cut
into words, runs of whitespace and single punctuation marks, so nothing is lost:
joining the `equal` and `delete` pieces gives the old text back exactly, and the
`equal` and `insert` pieces the new one. Accented words ("publicará") are one
word, also when the accent is a separate combining mark (NFD text).
"""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from .model import MILESTONES, TEXT_FIELDS, CommitmentFields, Milestone

# A word may carry combining marks (decomposed accents: "a" + U+0301), which \w alone does not match.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
TOKEN_RE = re.compile(rf"\w[\w{_MARKS}]*|\s+|[{_MARKS}]+|[^\w\s]", re.UNICODE)

DiffKind = Literal["equal", "insert", "delete"]


@dataclass(frozen=True)
class DiffOp:
    kind: DiffKind
    text: str


def tokenize(text: str) -> list[str]:
    """Words, whitespace runs and single other characters; `"".join(tokenize(t)) == t`."""
    return TOKEN_RE.findall(text)


def word_diff(old: str, new: str) -> list[DiffOp]:
    """The word-level changes from `old` to `new`, in reading order.

    Within a changed stretch the deleted text comes before the inserted text, and
    small unchanged gaps (a space, a comma) between two changes are folded into
    the change, so a rewritten phrase reads as one deletion and one insertion.
    """
    a, b = tokenize(old), tokenize(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    raw: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            raw.append(DiffOp("equal", "".join(a[i1:i2])))
            continue
        if tag in ("replace", "delete"):
            raw.append(DiffOp("delete", "".join(a[i1:i2])))
        if tag in ("replace", "insert"):
            raw.append(DiffOp("insert", "".join(b[j1:j2])))
    return _regroup(_absorb_gaps(raw))


def _is_gap(text: str) -> bool:
    """An unchanged piece too small to stand alone between two changes."""
    return not any(tok[0].isalnum() or tok[0] == "_" for tok in tokenize(text))


def _absorb_gaps(ops: list[DiffOp]) -> list[DiffOp]:
    out: list[DiffOp] = []
    for i, op in enumerate(ops):
        between_changes = 0 < i < len(ops) - 1 and ops[i - 1].kind != "equal" and ops[i + 1].kind != "equal"
        if op.kind == "equal" and between_changes and _is_gap(op.text):
            out.extend((DiffOp("delete", op.text), DiffOp("insert", op.text)))
        else:
            out.append(op)
    return out


def _regroup(ops: list[DiffOp]) -> list[DiffOp]:
    """Each run of changes as one deletion then one insertion; empty pieces dropped."""
    out: list[DiffOp] = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush() -> None:
        if deleted:
            out.append(DiffOp("delete", "".join(deleted)))
        if inserted:
            out.append(DiffOp("insert", "".join(inserted)))
        deleted.clear()
        inserted.clear()

    for op in ops:
        if not op.text:
            continue
        if op.kind == "delete":
            deleted.append(op.text)
        elif op.kind == "insert":
            inserted.append(op.text)
        else:
            flush()
            if out and out[-1].kind == "equal":
                out[-1] = DiffOp("equal", out[-1].text + op.text)
            else:
                out.append(op)
    flush()
    return out


def old_text(ops: Sequence[DiffOp]) -> str:
    return "".join(op.text for op in ops if op.kind != "insert")


def new_text(ops: Sequence[DiffOp]) -> str:
    return "".join(op.text for op in ops if op.kind != "delete")


def has_changes(ops: Sequence[DiffOp]) -> bool:
    return any(op.kind != "equal" for op in ops)


# --- HTML for a text browser -----------------------------------------------------

# Shown (not part of either text) between a deletion and the insertion that replaces it.
CHANGE_SEPARATOR = "\u2009"
INSERT_STYLE = "color:#1B5E20; background-color:#C8E6C9; text-decoration:underline;"
DELETE_STYLE = "color:#B71C1C; background-color:#FFCDD2; text-decoration:line-through;"


def _visible(text: str, kind: DiffKind) -> str:
    """Escaped text; a changed line break gets a ¶ so it can be seen."""
    escaped = html.escape(text, quote=False)
    if kind != "equal" and "\n" in text:
        escaped = escaped.replace("\n", "¶\n")
    return escaped


def ops_to_html(ops: Sequence[DiffOp]) -> str:
    """The diff as HTML: insertions green and underlined, deletions red and struck through.

    Every piece of text is HTML-escaped; line breaks and runs of spaces are kept
    (white-space: pre-wrap). A thin space separates a deletion from the insertion
    replacing it, so "create" → "publish" does not read as "createpublish".
    """
    parts = []
    previous = "equal"
    for op in ops:
        text = _visible(op.text, op.kind)
        if previous == "delete" and op.kind == "insert":
            parts.append(CHANGE_SEPARATOR)
        previous = op.kind
        if op.kind == "insert":
            parts.append(f'<ins><span style="{INSERT_STYLE}">{text}</span></ins>')
        elif op.kind == "delete":
            parts.append(f'<del><span style="{DELETE_STYLE}">{text}</span></del>')
        else:
            parts.append(text)
    return '<div style="white-space:pre-wrap;">' + "".join(parts) + "</div>"


# --- whole revisions -----------------------------------------------------------------

# Other fields, compared as short texts (stable keys and ISO dates, not translated).
VALUE_FIELDS: tuple[str, ...] = ("og_values", "start", "end", "status", "language")
ALL_FIELDS: tuple[str, ...] = (*TEXT_FIELDS, *VALUE_FIELDS, MILESTONES)


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


def _value_text(fields: CommitmentFields, name: str) -> str:
    value = getattr(fields, name)
    if name == "og_values":
        return ", ".join(value)
    if name in ("start", "end"):
        return _iso(value)
    return getattr(value, "value", str(value))


def milestone_line(m: Milestone) -> str:
    """One milestone as a line of text: "output (start – end)"."""
    dates = f"{_iso(m.start) or '?'} – {_iso(m.end) or '?'}"
    return f"{m.output} ({dates})"


def milestones_text(milestones: Sequence[Milestone]) -> str:
    return "\n".join(milestone_line(m) for m in milestones)


@dataclass(frozen=True)
class MilestoneChanges:
    """Milestones matched by their output text."""

    added: tuple[Milestone, ...] = ()
    removed: tuple[Milestone, ...] = ()
    redated: tuple[tuple[Milestone, Milestone], ...] = ()  # (old, new): same output, other dates

    @property
    def any(self) -> bool:
        return bool(self.added or self.removed or self.redated)


def milestone_changes(old: Sequence[Milestone], new: Sequence[Milestone]) -> MilestoneChanges:
    """Added, removed and re-dated milestones (a reworded one counts as removed + added)."""
    unmatched_new = list(new)
    removed: list[Milestone] = []
    redated: list[tuple[Milestone, Milestone]] = []
    for m in old:
        exact = next((n for n in unmatched_new if n == m), None)
        if exact is not None:
            unmatched_new.remove(exact)
            continue
        same_output = next((n for n in unmatched_new if n.output == m.output), None)
        if same_output is not None:
            unmatched_new.remove(same_output)
            redated.append((m, same_output))
        else:
            removed.append(m)
    return MilestoneChanges(tuple(unmatched_new), tuple(removed), tuple(redated))


def fields_diff(old: CommitmentFields, new: CommitmentFields) -> dict[str, list[DiffOp]]:
    """Word diffs of the fields that changed, in template order (unchanged fields are left out).

    Milestones appear under "milestones" as a diff of one line per milestone;
    `milestone_changes` summarises them as added / removed / re-dated.
    """
    result: dict[str, list[DiffOp]] = {}
    for name in TEXT_FIELDS:
        a, b = getattr(old, name), getattr(new, name)
        if a != b:
            result[name] = word_diff(a, b)
    for name in VALUE_FIELDS:
        a, b = _value_text(old, name), _value_text(new, name)
        if a != b:
            result[name] = word_diff(a, b)
    if old.milestones != new.milestones:
        result[MILESTONES] = word_diff(milestones_text(old.milestones), milestones_text(new.milestones))
    return result


__all__ = [
    "ALL_FIELDS",
    "MILESTONES",
    "TEXT_FIELDS",
    "VALUE_FIELDS",
    "DiffOp",
    "MilestoneChanges",
    "fields_diff",
    "has_changes",
    "milestone_changes",
    "milestone_line",
    "milestones_text",
    "new_text",
    "old_text",
    "ops_to_html",
    "tokenize",
    "word_diff",
]
