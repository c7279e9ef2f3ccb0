"""the lead agency's level of government, on revisions and as a plan default

Revision ID: 0002_lead_level
Revises: 0001
Create Date: 2026-12-04 16:15:00

Adding a column is a plain ALTER TABLE on SQLite (no table is recreated, so no
cascade can fire). '' means "not recorded": a revision then takes its plan's
level, and a plan the one its country presets (domain/government.py).
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_lead_level"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "revision", sa.Column("lead_level", sa.String(length=20), nullable=False, server_default="")
    )
    op.add_column(
        "action_plan", sa.Column("lead_level", sa.String(length=20), nullable=False, server_default="")
    )


def downgrade() -> None:
    with op.batch_alter_table("revision") as batch_op:
        batch_op.drop_column("lead_level")
    with op.batch_alter_table("action_plan") as batch_op:
        batch_op.drop_column("lead_level")
