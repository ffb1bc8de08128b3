"""When a handoff was taken (who took it was already kept): every change in the inbox
records who and when.

Revision ID: 0008_handoff_taken_at
Revises: 0007_claim_answers
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_handoff_taken_at"
down_revision = "0007_claim_answers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("handoffs") as batch:
        batch.add_column(sa.Column("taken_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("handoffs") as batch:
        batch.drop_column("taken_at")
