"""Proof of ownership uploaded in the chat (POST /uploads): one row a file, with what was
read from it. Linked by conversation and, once stored, by claim reference, not by a
foreign key: a file may arrive while the claim is still being taken in.

Revision ID: 0006_uploaded_documents
Revises: 0005_handoff_inbox
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_uploaded_documents"
down_revision = "0005_handoff_inbox"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("public_id", sa.String(32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sender_id", sa.String(255), nullable=False),
        sa.Column("claim_reference", sa.String(12), nullable=True),
        sa.Column("filename", sa.String(200), nullable=False),
        sa.Column("stored_name", sa.String(80), nullable=False),
        sa.Column("kind", sa.String(30), nullable=True),
        sa.Column("kind_confirmed", sa.Boolean(), nullable=False),
        sa.Column("content_type", sa.String(40), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("read_text", sa.Text(), nullable=False),
        sa.Column("read_amounts", sa.JSON(), nullable=False),
        sa.Column("read_dates", sa.JSON(), nullable=False),
        sa.Column("read_facts", sa.JSON(), nullable=False),
        sa.UniqueConstraint("stored_name"),
    )
    op.create_index("ix_documents_public_id", "documents", ["public_id"], unique=True)
    op.create_index("ix_documents_sender_id", "documents", ["sender_id"])
    op.create_index("ix_documents_claim_reference", "documents", ["claim_reference"])


def downgrade() -> None:
    op.drop_index("ix_documents_claim_reference", table_name="documents")
    op.drop_index("ix_documents_sender_id", table_name="documents")
    op.drop_index("ix_documents_public_id", table_name="documents")
    op.drop_table("documents")
