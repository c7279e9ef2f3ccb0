"""the paper a plan's reports print on (a4 / letter), chosen per plan

Revision ID: 0005_plan_paper
Revises: 0004_precedents_outcomes
Create Date: 2026-12-04 19:30:00

A nullable column: NULL means "not chosen", and the paper then follows the plan's country
(domain/paper.py). Adding a column is a plain ALTER TABLE on SQLite and PostgreSQL (no
table is recreated, so no cascade can fire).
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_plan_paper"
down_revision = "0004_precedents_outcomes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("action_plan", sa.Column("paper", sa.String(length=10), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("action_plan") as batch_op:
        batch_op.drop_column("paper")
