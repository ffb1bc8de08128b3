"""A claim's loss date may be not known: some claimants cannot say when a piece went
missing, and the intake then leaves the date for staff (named in assumed_answers)
rather than make one up or hand the whole claim over.

Revision ID: 0009_loss_date_not_known
Revises: 0008_handoff_taken_at
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_loss_date_not_known"
down_revision = "0008_handoff_taken_at"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.alter_column("loss_date", existing_type=sa.Date(), nullable=True)


def downgrade() -> None:
    # A claim without a date cannot go back to the old rule: it takes its received day.
    op.execute("UPDATE claims SET loss_date = date(created_at) WHERE loss_date IS NULL")
    with op.batch_alter_table("claims") as batch:
        batch.alter_column("loss_date", existing_type=sa.Date(), nullable=False)
