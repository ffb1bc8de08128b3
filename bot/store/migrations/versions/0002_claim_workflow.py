"""The claim workflow: statuses past new/reviewed, each change kept with who and why.

Revision ID: 0002_claim_workflow
Revises: 0001_baseline
Create Date: 2026-11-29

Old 'reviewed' claims become 'in_review' (someone had looked at them; nobody had sent
them on), with an event saying so.
"""

from __future__ import annotations

from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

revision = "0002_claim_workflow"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.alter_column(
            "status", type_=sa.String(30), existing_type=sa.String(20), existing_nullable=False
        )
        batch.add_column(sa.Column("awaited_documents", sa.JSON(), nullable=True))
    claims = sa.table(
        "claims",
        sa.column("id", sa.Integer()),
        sa.column("status"),
        sa.column("awaited_documents", sa.JSON()),
    )
    op.execute(claims.update().values(awaited_documents=[]))
    with op.batch_alter_table("claims") as batch:
        batch.alter_column("awaited_documents", existing_type=sa.JSON(), nullable=False)

    op.create_table(
        "claim_events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("claim_id", sa.Integer(), sa.ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(30), nullable=False),
        sa.Column("note", sa.Text()),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("documents", sa.JSON(), nullable=False),
    )
    op.create_index("ix_claim_events_claim_id", "claim_events", ["claim_id"])

    connection = op.get_bind()
    reviewed = [
        row.id for row in connection.execute(sa.select(claims.c.id).where(claims.c.status == "reviewed"))
    ]
    if reviewed:
        events = sa.table(
            "claim_events",
            sa.column("claim_id", sa.Integer()),
            sa.column("created_at", sa.DateTime(timezone=True)),
            sa.column("status", sa.String()),
            sa.column("note", sa.Text()),
            sa.column("actor", sa.String()),
            sa.column("documents", sa.JSON()),
        )
        moment = datetime.now(timezone.utc)
        note = "Marked reviewed before the claim workflow existed."
        op.bulk_insert(
            events,
            [
                {
                    "claim_id": i,
                    "created_at": moment,
                    "status": "in_review",
                    "note": note,
                    "actor": "migration",
                    "documents": [],
                }
                for i in reviewed
            ],
        )
        op.execute(claims.update().where(claims.c.status == "reviewed").values(status="in_review"))


def downgrade() -> None:
    op.drop_table("claim_events")
    claims = sa.table("claims", sa.column("status", sa.String()))
    op.execute(claims.update().where(claims.c.status != "new").values(status="reviewed"))
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("awaited_documents")
        batch.alter_column(
            "status", type_=sa.String(20), existing_type=sa.String(30), existing_nullable=False
        )
