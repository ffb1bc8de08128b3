"""Notes on a claim and the staff member it is assigned to.

Revision ID: 0004_notes_and_assignment
Revises: 0003_staff_accounts
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_notes_and_assignment"
down_revision = "0003_staff_accounts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("assigned_to", sa.String(100), nullable=True))
        batch.create_index("ix_claims_assigned_to", ["assigned_to"])
    op.create_table(
        "claim_notes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("claim_id", sa.Integer(), sa.ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("author", sa.String(100), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
    )
    op.create_index("ix_claim_notes_claim_id", "claim_notes", ["claim_id"])


def downgrade() -> None:
    op.drop_table("claim_notes")
    with op.batch_alter_table("claims") as batch:
        batch.drop_index("ix_claims_assigned_to")
        batch.drop_column("assigned_to")
