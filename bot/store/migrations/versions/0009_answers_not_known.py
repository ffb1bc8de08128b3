"""A claim's loss date and value may be not known, and one of email and phone not given:
some claimants cannot say when a piece went missing or what an inherited piece is worth,
or have no email, and the intake then leaves the answer for staff (named in assumed_answers) rather than make one up or hand the whole
claim over.

Revision ID: 0009_answers_not_known
Revises: 0008_handoff_taken_at
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# As the baseline made the column (a revision does not import the models, which move on).
MONEY = sa.Numeric(14, 2, asdecimal=False)

revision = "0009_answers_not_known"
down_revision = "0008_handoff_taken_at"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.alter_column("loss_date", existing_type=sa.Date(), nullable=True)
        batch.alter_column("item_value", existing_type=MONEY, nullable=True)
        batch.alter_column("claimant_email", existing_type=sa.String(254), nullable=True)
        batch.alter_column("claimant_phone", existing_type=sa.String(40), nullable=True)


def downgrade() -> None:
    # A claim without a date or value cannot go back to the old rule: it takes its
    # received day, and a value of 0.01 (still named in assumed_answers for staff).
    op.execute("UPDATE claims SET loss_date = date(created_at) WHERE loss_date IS NULL")
    op.execute("UPDATE claims SET item_value = 0.01 WHERE item_value IS NULL")
    op.execute("UPDATE claims SET claimant_email = '' WHERE claimant_email IS NULL")
    op.execute("UPDATE claims SET claimant_phone = '' WHERE claimant_phone IS NULL")
    with op.batch_alter_table("claims") as batch:
        batch.alter_column("loss_date", existing_type=sa.Date(), nullable=False)
        batch.alter_column("item_value", existing_type=MONEY, nullable=False)
        batch.alter_column("claimant_email", existing_type=sa.String(254), nullable=False)
        batch.alter_column("claimant_phone", existing_type=sa.String(40), nullable=False)
