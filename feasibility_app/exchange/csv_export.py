"""A spreadsheet of who scored what, and how the forum agreed: one row per commitment × factor
× assessor, plus the forum's consensus.

Each assessor's newest assessment counts (the same rule as the app's result), with the
party it speaks for; the newest recorded consensus follows, marked as in force or as
having scored an earlier text. Every row carries how its level was agreed, the
mitigations, the commitment's overall result and the revision of the text. Labels
(factors, levels, evidence, roles, headers) are in the export's language, not internal
keys. Deleted commitments (and, when exporting everything, deleted plans) are left out.

CSV: UTF-8 with a byte-order mark so Excel shows accents; written atomically. An Excel
set to Spanish or Portuguese expects ";" between cells, so the .xlsx export
(``xlsx_export``) is the file for them: it has no separator at all.

A cell that starts with = + - @ (or a tab or carriage return) gets a leading
apostrophe, so a spreadsheet shows the text instead of running it as a formula
(text from an imported file is not trusted).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..domain.assessing import CommitmentSnapshot
from ..domain.factors import FACTOR_KEYS, Role
from ..domain.forum import accepted_names, newest_consensus_for, present_names
from ..domain.model import Assessment, FactorScore
from ..domain.rubric import load_rubric
from .export import write_atomically

# The columns' stable keys (the header is their label in the export's language).
KEYS = (
    "plan",
    "commitment",
    "revision",
    "party",
    "assessor",
    "factor",
    "level",
    "evidence",
    "rationale",
    "agreed",
    "mitigations",
    "overall",
)
CONSENSUS_ASSESSOR = "consensus"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


_ROLE_KEYS = frozenset(r.value for r in Role)


class Labels:
    """The export's words in one language: headers, rubric labels, the agreed column's sentences."""

    def __init__(self, lang: str = "en") -> None:
        from ..reports.texts import load_texts  # data files only: no reportlab

        self.lang = lang
        self.rubric = load_rubric(lang)
        self.texts = load_texts(lang)

    def t(self, key: str, **values: str) -> str:
        return self.texts.t(key, **values)

    def header(self) -> tuple[str, ...]:
        return tuple(self.t("sheet_col_" + k) for k in KEYS)

    def party_name(self, name: str) -> str:
        """A party's name; one known only by its role is named by the role, in this language."""
        return self.rubric.role_label(name) if name in _ROLE_KEYS else name


def columns(lang: str = "en") -> tuple[str, ...]:
    return Labels(lang).header()


COLUMNS = columns("en")


def _mitigations(score: FactorScore, lb: Labels) -> str:
    parts = []
    for m in score.mitigations:
        extra = ", ".join(x for x in (m.owner, lb.texts.date(m.due, "")) if x)
        parts.append(f"{m.action} ({extra})" if extra else m.action)
    return "; ".join(parts)


def _overall(snap: CommitmentSnapshot, lb: Labels) -> str:
    v = snap.result.verdict
    score = "–" if v.score is None else lb.texts.number(v.score)
    source = {
        "consensus": lb.t("src_short_consensus"),
        "single": lb.t("sheet_src_single"),
        "suggested": lb.t("src_short_suggested", n=str(len(snap.result.voices))),
        "none": lb.t("src_short_none"),
    }[snap.result.source]
    return f"{lb.rubric.level_label(v.band)} ({score}) · {source}"


def _agreed(snap: CommitmentSnapshot, c: Assessment, current: bool, key: str, lb: Labels) -> str:
    day = lb.texts.date(c.created_at)
    if not current:
        return lb.t("sheet_agreed_stale", date=day, id=c.revision_id[:8])
    text = lb.t(
        "sheet_agreed_consensus",
        date=day,
        facilitator=c.assessor or "—",
        present=", ".join(lb.party_name(n) for n in present_names(c, snap.plan.parties)) or "—",
    )
    score = c.scores[key]
    if score.consensus_note:
        text += " " + lb.t("sheet_agreed_note", note=score.consensus_note)
    accepted = accepted_names(c, key, snap.plan.parties)
    if accepted:
        text += " " + lb.t("sheet_agreed_accepted", parties=", ".join(lb.party_name(n) for n in accepted))
    return text


def commitment_rows(snap: CommitmentSnapshot, lb: Labels) -> list[tuple[str, ...]]:
    """One commitment's rows: each member's assessment (by party), then the consensus."""
    rb = lb.rubric
    rev = snap.revision
    revision = f"{rev.id[:8]} · {lb.texts.date(rev.created_at)}"
    overall = _overall(snap, lb)
    consensus, current = newest_consensus_for(snap.assessments, snap.current_texts)
    rows: list[tuple[str, ...]] = []
    for key in FACTOR_KEYS:
        for v in snap.result.voices:
            party = rb.role_label(v.name) if v.key.startswith("role:") else v.name
            for a in v.members:
                s = a.scores[key]
                stale = a.revision_id not in snap.current_texts
                agreed = lb.t("sheet_agreed_stale_member") if stale else lb.t("sheet_agreed_member")
                rows.append(
                    (
                        snap.plan.title,
                        rev.fields.title,
                        revision,
                        f"{party} ({rb.role_label(v.role)})",
                        a.assessor,
                        rb.factor_label(key),
                        rb.level_label(s.level),
                        rb.evidence_label(s.evidence) if s.level.assessed else "",
                        s.rationale,
                        agreed,
                        _mitigations(s, lb),
                        overall,
                    )
                )
        if consensus is not None:
            s = consensus.scores[key]
            rows.append(
                (
                    snap.plan.title,
                    rev.fields.title,
                    revision,
                    lb.t("sheet_forum"),
                    consensus.assessor or CONSENSUS_ASSESSOR,
                    rb.factor_label(key),
                    rb.level_label(s.level),
                    rb.evidence_label(s.evidence) if s.level.assessed else "",
                    s.rationale,
                    _agreed(snap, consensus, current, key, lb),
                    _mitigations(s, lb),
                    overall,
                )
            )
    return [tuple(_cell(x) for x in row) for row in rows]


def snapshots_to_export(repo, plan_id: str | None = None) -> list[CommitmentSnapshot]:
    """The commitments an export holds, in plan and title order (deleted ones left out)."""
    if plan_id is not None:
        summaries = [s for s in repo.summaries(plan_id, include_deleted=True) if not s.deleted]
    else:
        summaries = repo.summaries()
    return repo.snapshots([s.id for s in summaries])


def csv_rows(repo, plan_id: str | None = None, lang: str = "en") -> list[tuple[str, ...]]:
    """The data rows (without the header), in plan, commitment, factor, party order."""
    lb = Labels(lang)
    out: list[tuple[str, ...]] = []
    for snap in snapshots_to_export(repo, plan_id):
        out += commitment_rows(snap, lb)
    return out


def export_csv(repo, out: Path, plan_id: str | None = None, lang: str = "en") -> int:
    """Write the CSV of one plan (or all plans) atomically; returns the number of data rows."""
    rows = csv_rows(repo, plan_id, lang)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns(lang))
    writer.writerows(rows)
    write_atomically(Path(out), buf.getvalue().encode("utf-8-sig"))
    return len(rows)


__all__ = [
    "COLUMNS",
    "CONSENSUS_ASSESSOR",
    "KEYS",
    "Labels",
    "columns",
    "commitment_rows",
    "csv_rows",
    "export_csv",
    "snapshots_to_export",
]
