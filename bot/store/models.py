"""Tables for claims taken in, the proof documents offered, and handoffs to a person.

SQLAlchemy 1.4 (Rasa's pin) written in 2.0 style, so moving to 2.x is a version bump.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Claim(Base):  # type: ignore[valid-type,misc]
    __tablename__ = "claims"

    id = Column(Integer, primary_key=True)
    reference = Column(String(12), nullable=False, unique=True, index=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    status = Column(String(20), nullable=False, default="new", index=True)  # new | reviewed
    sender_id = Column(String(255), nullable=False, index=True)

    claim_type = Column(String(20), nullable=False, index=True)  # theft | lost | damage
    item_type = Column(String(30), nullable=False)
    item_value = Column(Float, nullable=False)
    currency = Column(String(3), nullable=False, default="USD")
    loss_date = Column(Date, nullable=False)
    loss_description = Column(Text, nullable=False)
    was_specified = Column(Boolean, nullable=False)
    police_report_number = Column(String(100))
    last_seen = Column(Text)
    search_done = Column(Text)
    care_plan = Column(Boolean, nullable=False, default=False)

    claimant_name = Column(String(200), nullable=False)
    claimant_email = Column(String(254), nullable=False, index=True)
    claimant_phone = Column(String(40), nullable=False)

    missing_documents = Column(JSON, nullable=False, default=list)
    claim_flags = Column(JSON, nullable=False, default=list)
    flag_facts = Column(JSON, nullable=False, default=dict)  # code -> the facts that raised it

    documents = relationship("ClaimDocument", back_populates="claim", cascade="all, delete-orphan")


class ClaimDocument(Base):  # type: ignore[valid-type,misc]
    """A proof of ownership the claimant said they have."""

    __tablename__ = "claim_documents"

    id = Column(Integer, primary_key=True)
    claim_id = Column(Integer, ForeignKey("claims.id", ondelete="CASCADE"), nullable=False, index=True)
    code = Column(String(30), nullable=False)

    claim = relationship("Claim", back_populates="documents")


class Handoff(Base):  # type: ignore[valid-type,misc]
    """A request to talk to a person; staff pick these up."""

    __tablename__ = "handoffs"

    id = Column(Integer, primary_key=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    sender_id = Column(String(255), nullable=False, index=True)
    flow = Column(String(40))  # which form was active, if any
    status = Column(String(20), nullable=False, default="waiting", index=True)


__all__ = ["Base", "Claim", "ClaimDocument", "Handoff", "date"]
