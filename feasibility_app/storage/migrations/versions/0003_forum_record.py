"""forum record: parties present, accepted blocks, editorial marks, signing locks

Revision ID: 0003_forum_record
Revises: 0002_lead_level
Create Date: 2026-12-04 16:10:00

Adds columns to two tables with a server default (SQLite's ALTER TABLE ADD COLUMN:
no table is recreated, so no ON DELETE CASCADE child can be lost) and two new
immutable tables. The facilitator of a consensus is its assessor (role facilitator).
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_forum_record"
down_revision = "0002_lead_level"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "assessment", sa.Column("parties_present", sa.JSON(), nullable=False, server_default="[]")
    )
    op.add_column("factor_score", sa.Column("accepted_by", sa.JSON(), nullable=False, server_default="[]"))
    op.create_table(
        "editorial_mark",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("commitment_id", sa.String(length=36), nullable=False),
        sa.Column("revision_id", sa.String(length=36), nullable=False),
        sa.Column("marked_by", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitment.id"],
            name=op.f("fk_editorial_mark_commitment_id_commitment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["revision_id"], ["revision.id"], name=op.f("fk_editorial_mark_revision_id_revision")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_editorial_mark")),
    )
    op.create_index(op.f("ix_editorial_mark_commitment_id"), "editorial_mark", ["commitment_id"])
    op.create_index(op.f("ix_editorial_mark_revision_id"), "editorial_mark", ["revision_id"])
    op.create_table(
        "signing_lock",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("commitment_id", sa.String(length=36), nullable=False),
        sa.Column("revision_id", sa.String(length=36), nullable=False),
        sa.Column("consensus_id", sa.String(length=36), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("locked_by", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitment.id"],
            name=op.f("fk_signing_lock_commitment_id_commitment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["revision_id"], ["revision.id"], name=op.f("fk_signing_lock_revision_id_revision")
        ),
        sa.ForeignKeyConstraint(
            ["consensus_id"], ["assessment.id"], name=op.f("fk_signing_lock_consensus_id_assessment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signing_lock")),
    )
    op.create_index(op.f("ix_signing_lock_commitment_id"), "signing_lock", ["commitment_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_signing_lock_commitment_id"), table_name="signing_lock")
    op.drop_table("signing_lock")
    op.drop_index(op.f("ix_editorial_mark_revision_id"), table_name="editorial_mark")
    op.drop_index(op.f("ix_editorial_mark_commitment_id"), table_name="editorial_mark")
    op.drop_table("editorial_mark")
    with op.batch_alter_table("factor_score") as batch:
        batch.drop_column("accepted_by")
    with op.batch_alter_table("assessment") as batch:
        batch.drop_column("parties_present")
