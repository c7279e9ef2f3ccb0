"""The report's account of the forum: who scored (parties, not persons), what was agreed,
on which text, and the sign-off lines.

Every sentence here is built from the snapshot's forum record (domain.forum), the same
one `show` prints from (app.forum_record), so the paper and the CLI tell one story.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import white
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

from ..domain.assessing import CommitmentSnapshot
from ..domain.factors import FACTOR_KEYS, Level, Role
from ..domain.forum import (
    accepted_names,
    newest_consensus_for,
    newest_lock,
    party_colour,
    present_names,
    standing_lock,
)
from ..domain.radar import LEVEL_COLOURS, LEVEL_TEXT_COLOURS
from .context import Ctx
from .layout import (
    CONTENT_WIDTH,
    HEAD_BG,
    MUTED,
    RULE,
    callout,
    esc,
    grid_table,
    hexcolour,
    level_bg,
    para,
    text_para,
)

BLOCK_BG = hexcolour("#FDECEA")


def voice_name(ctx: Ctx, name: str) -> str:
    """A party's name; one known only by its role is named by the role, translated."""
    return ctx.rb.role_label(name) if name in {r.value for r in Role} else name


def source_text(ctx: Ctx, snapshot: CommitmentSnapshot) -> str:
    """Where the result comes from, in one sentence (page 1)."""
    r = snapshot.result
    if r.source == "consensus" and r.consensus is not None:
        c = r.consensus
        present = ", ".join(voice_name(ctx, n) for n in present_names(c, snapshot.plan.parties)) or "—"
        return ctx.tx.t(
            "source_consensus",
            date=ctx.tx.date(c.created_at),
            facilitator=c.assessor or "—",
            id=c.revision_id[:8],
            present=present,
        )
    if r.source == "single" and r.assessments:
        return ctx.tx.t("source_single", party=ctx.party(r.assessments[0]))
    if r.source == "suggested":
        return ctx.tx.t("source_suggested", n=len(r.voices))
    return ctx.tx.t("source_none")


def record_notes(ctx: Ctx, snapshot: CommitmentSnapshot) -> list[str]:
    """The visible warnings about the record: a consensus on an earlier text, a superseded lock,
    parties that scored an earlier text."""
    tx = ctx.tx
    notes = []
    consensus, current = newest_consensus_for(snapshot.assessments, snapshot.current_texts)
    if consensus is not None and not current:
        notes.append(
            tx.t("stale_consensus", date=tx.date(consensus.created_at), id=consensus.revision_id[:8])
        )
    lock = newest_lock(snapshot.locks)
    if lock is not None and standing_lock(snapshot.locks, snapshot.revision.id) is None:
        notes.append(tx.t("lock_superseded", date=tx.date(lock.created_at), fp=lock.fingerprint[:16]))
    stale = [voice_name(ctx, v.name) for v in snapshot.result.voices if v.stale]
    if stale:
        notes.append(tx.t("stale_list", parties=", ".join(stale)))
    return notes


def parties_section(ctx: Ctx, snapshot: CommitmentSnapshot) -> list[Any]:
    """One column per party (its members folded into one voice), blocks, and how the forum
    resolved any block it agreed below."""
    tx, st = ctx.tx, ctx.st
    r = snapshot.result
    voices = list(r.voices)
    if len(voices) < 2 and not any(len(v.members) > 1 for v in voices):
        return []
    story: list[Any] = [
        para(esc(tx.t("sec_parties")), st.h2),
        para(esc(tx.t("parties_intro")), st.small),
        Spacer(1, 3),
    ]
    for v in voices:
        colour = party_colour(v.key, snapshot.plan.parties)
        members = ", ".join(v.member_names)
        story.append(
            para(
                f'<font color="{colour}"><b>■</b></font> '
                + esc(tx.t("party_members", party=voice_name(ctx, v.name), members=members)),
                st.small,
            )
        )
    story.append(Spacer(1, 4))
    fixed = 88 + 48 + 62 + 46
    party_w = (CONTENT_WIDTH - fixed) / max(1, len(voices))
    head = [para(esc(tx.t("col_factor")), st.cell_head)]
    head += [para(esc(voice_name(ctx, v.name)), st.cell_head) for v in voices]
    head += [para(esc(tx.t(k)), st.cell_head) for k in ("col_spread", "col_suggested", "col_discuss")]
    rows: list[list[Any]] = [head]
    cmds: list[tuple] = []
    blocks: list[str] = []
    for i, key in enumerate(FACTOR_KEYS, start=1):
        fs = r.spread[key]
        row: list[Any] = [para(esc(ctx.factor(key)), st.cell)]
        for j, (v, level) in enumerate(zip(voices, fs.levels, strict=True), start=1):
            text = esc(ctx.level(level))
            spread = v.member_spread(key)
            if len(v.members) > 1 and spread:
                text += f'<br/><font size="6.5">{esc(tx.t("member_spread", n=spread))}</font>'
            if key in v.blocks:
                text = f"<b>{text}</b><br/>{esc(tx.t('block_mark'))}"
                blocks.append(tx.t("block_text", party=voice_name(ctx, v.name), factor=ctx.factor(key)))
            row.append(para(f'<font color="{LEVEL_TEXT_COLOURS[level.value]}">{text}</font>', st.cell_center))
            cmds.append(("BACKGROUND", (j, i), (j, i), level_bg(level)))
        row.append(para("–" if fs.spread is None else str(fs.spread), st.cell_center))
        row.append(para(esc(ctx.level(fs.suggested)), st.cell))
        row.append(
            para(
                f'<font color="{LEVEL_COLOURS["critical"]}"><b>{esc(tx.t("discuss_mark"))}</b></font>'
                if fs.discuss
                else "",
                st.cell,
            )
        )
        rows.append(row)
    widths = [88] + [party_w] * len(voices) + [48, 62, 46]
    story.append(
        grid_table(rows, widths, extra=[*cmds, ("LINEAFTER", (0, 0), (-1, -1), 0.6, white)], zebra=False)
    )
    blocks += resolved_blocks(ctx, snapshot)
    if blocks:
        story.append(Spacer(1, 5))
        story.append(
            callout(
                [para(esc(b), st.small) for b in blocks],
                background=BLOCK_BG,
                line=hexcolour(LEVEL_COLOURS["critical"]),
            )
        )
    return story


def resolved_blocks(ctx: Ctx, snapshot: CommitmentSnapshot) -> list[str]:
    """For each factor the consensus in force agreed below a party's block: the note and who accepted."""
    r = snapshot.result
    c = r.consensus
    if c is None:
        return []
    out = []
    for key in FACTOR_KEYS:
        blockers = [voice_name(ctx, r.voices[i].name) for i in r.spread[key].blocks]
        level = c.scores[key].level
        if blockers and level is not Level.CRITICAL:
            accepted = (
                ", ".join(voice_name(ctx, n) for n in accepted_names(c, key, snapshot.plan.parties))
                or ctx.tx.t("nobody")
            )
            out.append(
                ctx.tx.t(
                    "block_resolved",
                    factor=ctx.factor(key),
                    level=ctx.level(level),
                    parties=", ".join(blockers),
                    note=c.scores[key].consensus_note or "—",
                    accepted=accepted,
                )
            )
    return out


def signoff_section(ctx: Ctx, snapshot: CommitmentSnapshot, fp: str) -> list[Any]:
    """The fingerprint, the lock for signing (or why there is none), and per party the lines
    its signatory fills in: name, position, date, signature."""
    tx, st = ctx.tx, ctx.st
    names = [p.name for p in snapshot.plan.parties]
    names = names or [voice_name(ctx, v.name) for v in snapshot.result.voices] or ["", "", ""]
    head = ("col_party", "col_name", "col_position", "col_date", "col_signature")
    rows: list[list[Any]] = [[para(esc(tx.t(k)), st.cell_head) for k in head]]
    for name in names:
        rows.append([text_para(name, st.cell, empty=""), "", "", "", ""])
    w_party = 130
    rest = (CONTENT_WIDTH - w_party) / 4
    t = Table(
        rows,
        colWidths=[w_party, rest * 1.15, rest * 1.05, rest * 0.6, rest * 1.2],
        rowHeights=[None] + [38] * len(names),  # tall enough to write and sign in
        repeatRows=1,
    )
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("LINEBELOW", (0, 0), (-1, -1), 0.6, MUTED),
                ("LINEAFTER", (0, 1), (-2, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    lock = standing_lock(snapshot.locks, snapshot.revision.id)
    block: list[Any] = [para(esc(tx.t("sec_signoff")), st.h2)]
    if lock is not None:
        block.append(
            para(
                "<b>"
                + esc(
                    tx.t(
                        "signoff_locked",
                        date=tx.date(lock.created_at),
                        who=lock.locked_by,
                        id=lock.revision_id[:8],
                    )
                )
                + "</b>",
                st.small,
            )
        )
    else:
        block.append(para(esc(tx.t("signoff_not_locked")), st.small))
    block += [
        para(esc(tx.t("signoff_intro", date=tx.date(ctx.today))), st.small),
        para(esc(tx.t("prompts_note")), st.muted),
        Spacer(1, 6),
        para(f"<b>{esc(tx.t('fingerprint_label'))}</b>", st.small),
        para(fp, st.mono),
    ]
    if lock is not None and lock.fingerprint != fp:
        block.append(para(esc(tx.t("signoff_fp_changed")), st.small))
        block.append(para(lock.fingerprint, st.mono))
    block += [para(esc(tx.t("fingerprint_help")), st.muted), Spacer(1, 8), t]
    if not snapshot.plan.parties:
        block.append(para(esc(tx.t("signoff_no_parties")), st.muted))
    return [CondPageBreak(300), KeepTogether(block)]


__all__ = ["parties_section", "record_notes", "resolved_blocks", "signoff_section", "source_text"]
