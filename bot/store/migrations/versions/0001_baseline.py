"""Baseline: the claims schema as create_all made it before migrations existed.

Revision ID: 0001_baseline
Revises:
Create Date: 2026-11-29

Databases made before Alembic have these tables and no version: bot.store.migrate
stamps them at this revision instead of creating anything. Written out column by column
(not from the models) so that later model changes never change what this revision makes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_baseline"
down_revision = None
branch_labels = None
depends_on = None

MONEY = sa.Numeric(14, 2, asdecimal=False)


def upgrade() -> None:
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("reference", sa.String(12), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("sender_id", sa.String(255), nullable=False),
        sa.Column("claim_type", sa.String(20), nullable=False),
        sa.Column("item_type", sa.String(30), nullable=False),
        sa.Column("item_value", MONEY, nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("loss_date", sa.Date(), nullable=False),
        sa.Column("loss_description", sa.Text(), nullable=False),
        sa.Column("was_specified", sa.Boolean(), nullable=False),
        sa.Column("police_report_number", sa.String(320)),
        sa.Column("last_seen", sa.Text()),
        sa.Column("search_done", sa.Text()),
        sa.Column("care_plan", sa.Boolean(), nullable=False),
        sa.Column("claimant_name", sa.String(200), nullable=False),
        sa.Column("claimant_email", sa.String(254), nullable=False),
        sa.Column("claimant_phone", sa.String(40), nullable=False),
        sa.Column("missing_documents", sa.JSON(), nullable=False),
        sa.Column("claim_flags", sa.JSON(), nullable=False),
        sa.Column("flag_facts", sa.JSON(), nullable=False),
    )
    op.create_index("ix_claims_reference", "claims", ["reference"], unique=True)
    op.create_index("ix_claims_status", "claims", ["status"])
    op.create_index("ix_claims_sender_id", "claims", ["sender_id"])
    op.create_index("ix_claims_claim_type", "claims", ["claim_type"])
    op.create_index("ix_claims_claimant_email", "claims", ["claimant_email"])

    op.create_table(
        "claim_documents",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("claim_id", sa.Integer(), sa.ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
        sa.Column("code", sa.String(30), nullable=False),
    )
    op.create_index("ix_claim_documents_claim_id", "claim_documents", ["claim_id"])

    op.create_table(
        "handoffs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sender_id", sa.String(255), nullable=False),
        sa.Column("flow", sa.String(40)),
        sa.Column("status", sa.String(20), nullable=False),
    )
    op.create_index("ix_handoffs_sender_id", "handoffs", ["sender_id"])
    op.create_index("ix_handoffs_status", "handoffs", ["status"])

    op.create_table(
        "status_lookups",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("conversation", sa.String(64), nullable=False),
        sa.Column("address", sa.String(64)),
    )
    op.create_index("ix_status_lookups_created_at", "status_lookups", ["created_at"])
    op.create_index("ix_status_lookups_conversation", "status_lookups", ["conversation"])
    op.create_index("ix_status_lookups_address", "status_lookups", ["address"])


def downgrade() -> None:
    op.drop_table("status_lookups")
    op.drop_table("handoffs")
    op.drop_table("claim_documents")
    op.drop_table("claims")
