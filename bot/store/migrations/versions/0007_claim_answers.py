"""What the intake knows about a claim, told apart from what it assumed: `was_specified`
may be unknown (NULL, not False), `assumed_answers` names the answers that were a stated
default, and `purchase_date` keeps when the piece was bought, when the claimant said.

Revision ID: 0007_claim_answers
Revises: 0006_uploaded_documents
Create Date: 2026-11-29

Existing claims keep their `was_specified` (it was asked of every one) and get no
assumed answers and no purchase date. Going back down, an unknown `was_specified`
becomes False, as the older code stored it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_claim_answers"
down_revision = "0006_uploaded_documents"
branch_labels = None
depends_on = None

CLAIMS = sa.table(
    "claims",
    sa.column("was_specified", sa.Boolean()),
    sa.column("assumed_answers", sa.JSON()),
)


def upgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.alter_column("was_specified", existing_type=sa.Boolean(), nullable=True)
        batch.add_column(sa.Column("assumed_answers", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("purchase_date", sa.Date(), nullable=True))
    op.execute(CLAIMS.update().values(assumed_answers=[]))
    with op.batch_alter_table("claims") as batch:
        batch.alter_column("assumed_answers", existing_type=sa.JSON(), nullable=False)


def downgrade() -> None:
    op.execute(CLAIMS.update().where(CLAIMS.c.was_specified.is_(None)).values(was_specified=False))
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("purchase_date")
        batch.drop_column("assumed_answers")
        batch.alter_column("was_specified", existing_type=sa.Boolean(), nullable=False)
