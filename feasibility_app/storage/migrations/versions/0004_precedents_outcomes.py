"""precedents (OGP's IRM data, with a search index) and outcomes of our commitments

Revision ID: 0004_precedents_outcomes
Revises: 0003_forum_record
Create Date: 2026-12-04 16:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_precedents_outcomes"
down_revision = "0003_forum_record"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "precedent",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("full_text", sa.Text(), nullable=False),
        sa.Column("short_title", sa.Text(), nullable=False),
        sa.Column("country", sa.String(length=200), nullable=False),
        sa.Column("action_plan", sa.String(length=100), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("lead_institution", sa.Text(), nullable=False),
        sa.Column("supporting_institutions", sa.Text(), nullable=False),
        sa.Column("specificity", sa.String(length=100), nullable=False),
        sa.Column("verifiable", sa.String(length=100), nullable=False),
        sa.Column("potential_impact", sa.String(length=100), nullable=False),
        sa.Column("completion_midterm", sa.String(length=20), nullable=True),
        sa.Column("completion_end", sa.String(length=20), nullable=True),
        sa.Column("opened_government", sa.String(length=20), nullable=True),
        sa.Column("starred", sa.String(length=100), nullable=False),
        sa.Column("carried_forward", sa.String(length=100), nullable=False),
        sa.Column("policy_areas", sa.JSON(), nullable=False),
        sa.Column("length", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_precedent")),
    )
    op.create_table(
        "precedent_index",
        sa.Column("term", sa.String(length=80), nullable=False),
        sa.Column("postings", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("term", name=op.f("pk_precedent_index")),
    )

    op.create_table(
        "outcome",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("commitment_id", sa.String(length=36), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("completion", sa.String(length=20), nullable=False),
        sa.Column("opened_government", sa.String(length=20), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("author", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitment.id"],
            name=op.f("fk_outcome_commitment_id_commitment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outcome")),
    )
    with op.batch_alter_table("outcome", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outcome_commitment_id"), ["commitment_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outcome", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outcome_commitment_id"))
    op.drop_table("outcome")
    op.drop_table("precedent_index")
    op.drop_table("precedent")
