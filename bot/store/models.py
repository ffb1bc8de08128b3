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
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import declarative_base, relationship

from bot.rules.claims import LONGEST_ANSWER_CHARS
from bot.rules.regions import DEFAULT_CURRENCY

Base = declarative_base()

# Column sizes, shared with the checks in bot/store/validation.py so that what is
# accepted always fits (PostgreSQL enforces lengths; SQLite does not, so only the check
# would catch a mismatch there).
SENDER_ID_LENGTH = 255
CODE_LENGTH = 30
# "none: " and a reason of up to 300 characters, as the intake stores a missing report.
POLICE_REPORT_LENGTH = 320
NAME_LENGTH = 200
EMAIL_LENGTH = 254
PHONE_LENGTH = 40
# The intake keeps at most this much of a free-text answer.
FREE_TEXT_LENGTH = LONGEST_ANSWER_CHARS
FLOW_LENGTH = 40
# An uploaded file's name as the person gave it, cut to this (shown, never a path).
FILENAME_LENGTH = 200
STATUS_LENGTH = 30
ACTOR_LENGTH = 100
NOTE_LENGTH = 2000
# Money to the cent; 12 digits before the point hold the largest accepted value.
MONEY = Numeric(14, 2, asdecimal=False)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def aware(moment: datetime) -> datetime:
    """A stored moment with its zone: SQLite hands back naive datetimes, and everything
    stored is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


class Claim(Base):  # type: ignore[valid-type,misc]
    __tablename__ = "claims"

    id = Column(Integer, primary_key=True)
    reference = Column(String(12), nullable=False, unique=True, index=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    # new | in_review | waiting_for_documents | sent_to_insurer | closed (bot/store/workflow.py)
    status = Column(String(STATUS_LENGTH), nullable=False, default="new", index=True)
    sender_id = Column(String(SENDER_ID_LENGTH), nullable=False, index=True)

    claim_type = Column(String(20), nullable=False, index=True)  # theft | lost | damage
    item_type = Column(String(CODE_LENGTH), nullable=False)
    # NULL only where the claimant could not say: then "item_value" is in assumed_answers.
    item_value = Column(MONEY)
    currency = Column(String(3), nullable=False, default=DEFAULT_CURRENCY)
    # NULL only where the claimant could not say: then "loss_date" is in assumed_answers.
    loss_date = Column(Date)
    loss_description = Column(Text, nullable=False)
    # NULL: the claimant did not say whether the piece was on the schedule.
    was_specified = Column(Boolean)
    police_report_number = Column(String(POLICE_REPORT_LENGTH))
    last_seen = Column(Text)
    search_done = Column(Text)
    care_plan = Column(Boolean, nullable=False, default=False)
    # Which of the answers were a default the claimant was told of (field names).
    assumed_answers = Column(JSON, nullable=False, default=list)
    purchase_date = Column(Date)

    claimant_name = Column(String(NAME_LENGTH), nullable=False)
    # One of the two may be NULL, where the claimant would not give it (in assumed_answers).
    claimant_email = Column(String(EMAIL_LENGTH), index=True)
    claimant_phone = Column(String(PHONE_LENGTH))

    missing_documents = Column(JSON, nullable=False, default=list)
    claim_flags = Column(JSON, nullable=False, default=list)
    flag_facts = Column(JSON, nullable=False, default=dict)  # code -> the facts that raised it
    # The documents asked of the claimant while the status is waiting_for_documents.
    awaited_documents = Column(JSON, nullable=False, default=list)
    # The staff member looking after the claim (an account name), if any.
    assigned_to = Column(String(ACTOR_LENGTH), index=True)

    documents = relationship(
        "ClaimDocument", back_populates="claim", cascade="all, delete-orphan", order_by="ClaimDocument.id"
    )
    notes = relationship(
        "ClaimNote", back_populates="claim", cascade="all, delete-orphan", order_by="ClaimNote.id"
    )
    events = relationship(
        "ClaimEvent",
        back_populates="claim",
        cascade="all, delete-orphan",
        order_by="ClaimEvent.id",
    )


class ClaimDocument(Base):  # type: ignore[valid-type,misc]
    """A proof of ownership the claimant said they have."""

    __tablename__ = "claim_documents"

    id = Column(Integer, primary_key=True)
    claim_id = Column(Integer, ForeignKey("claims.id", ondelete="CASCADE"), nullable=False, index=True)
    code = Column(String(CODE_LENGTH), nullable=False)

    claim = relationship("Claim", back_populates="documents")


class ClaimEvent(Base):  # type: ignore[valid-type,misc]
    """One status change of a claim: to what, by whom, when, and why (the note)."""

    __tablename__ = "claim_events"

    id = Column(Integer, primary_key=True)
    claim_id = Column(Integer, ForeignKey("claims.id", ondelete="CASCADE"), nullable=False, index=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    status = Column(String(STATUS_LENGTH), nullable=False)
    note = Column(Text)
    actor = Column(String(ACTOR_LENGTH), nullable=False)
    documents = Column(JSON, nullable=False, default=list)

    claim = relationship("Claim", back_populates="events")


class ClaimNote(Base):  # type: ignore[valid-type,misc]
    """A staff member's note on a claim (also: who assigned it to whom)."""

    __tablename__ = "claim_notes"

    id = Column(Integer, primary_key=True)
    claim_id = Column(Integer, ForeignKey("claims.id", ondelete="CASCADE"), nullable=False, index=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    author = Column(String(ACTOR_LENGTH), nullable=False)
    text = Column(Text, nullable=False)

    claim = relationship("Claim", back_populates="notes")


class StaffAccount(Base):  # type: ignore[valid-type,misc]
    """A staff member who signs in with a name and a password (argon2 hash only)."""

    __tablename__ = "staff_accounts"

    id = Column(Integer, primary_key=True)
    name = Column(String(ACTOR_LENGTH), nullable=False, unique=True, index=True)
    password_hash = Column(String(255), nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class StaffSessionRow(Base):  # type: ignore[valid-type,misc]
    """A signed-in browser. Kept here so sessions survive a restart and every web process
    sees them. The id is stored as a digest: a copy of the table opens no session."""

    __tablename__ = "staff_sessions"

    id = Column(String(64), primary_key=True)
    account_id = Column(
        Integer, ForeignKey("staff_accounts.id", ondelete="CASCADE"), nullable=False, index=True
    )
    csrf_token = Column(String(64), nullable=False)
    # Seconds since the epoch on the web app's clock (a float: tests move that clock).
    expires_at = Column(Float, nullable=False, index=True)


class Handoff(Base):  # type: ignore[valid-type,misc]
    """A request to talk to a person; staff pick these up."""

    __tablename__ = "handoffs"

    id = Column(Integer, primary_key=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    sender_id = Column(String(SENDER_ID_LENGTH), nullable=False, index=True)
    flow = Column(String(FLOW_LENGTH))  # which form was active, if any
    status = Column(String(20), nullable=False, default="waiting", index=True)  # waiting | taken | resolved
    taken_by = Column(String(ACTOR_LENGTH))  # the staff member who took it
    taken_at = Column(DateTime(timezone=True))
    resolved_by = Column(String(ACTOR_LENGTH))
    resolved_at = Column(DateTime(timezone=True))


class StatusLookup(Base):  # type: ignore[valid-type,misc]
    """One claim status lookup, kept for the rate limit's window and then deleted.

    Counted here rather than in memory so that every action server process sees the
    same count. The conversation and the address are stored as digests: the table
    only needs to tell them apart.
    """

    __tablename__ = "status_lookups"

    id = Column(Integer, primary_key=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    conversation = Column(String(64), nullable=False, index=True)
    address = Column(String(64), index=True)


class UploadedDocument(Base):  # type: ignore[valid-type,misc]
    """A file a claimant uploaded as proof (POST /uploads), and what was read from it.

    Self-contained on purpose: it names its conversation (and the claim reference once
    stored) rather than a foreign key, because a file may arrive while the claim is still
    being taken in. The file itself lives under DATA_DIR/uploads/<stored_name>; the name
    the person gave is kept only as text to show, never used as a path.
    """

    __tablename__ = "documents"

    id = Column(Integer, primary_key=True)
    public_id = Column(String(32), nullable=False, unique=True, index=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    sender_id = Column(String(SENDER_ID_LENGTH), nullable=False, index=True)
    claim_reference = Column(String(12), index=True)
    filename = Column(String(FILENAME_LENGTH), nullable=False)
    stored_name = Column(String(80), nullable=False, unique=True)
    kind = Column(String(CODE_LENGTH))
    kind_confirmed = Column(Boolean, nullable=False, default=False)
    content_type = Column(String(40), nullable=False)
    size = Column(Integer, nullable=False)
    sha256 = Column(String(64), nullable=False)
    read_text = Column(Text, nullable=False, default="")
    read_amounts = Column(JSON, nullable=False, default=list)
    read_dates = Column(JSON, nullable=False, default=list)
    read_facts = Column(JSON, nullable=False, default=dict)  # seller, carat, colour, ...


__all__ = [
    "Base",
    "Claim",
    "ClaimDocument",
    "ClaimEvent",
    "ClaimNote",
    "StaffAccount",
    "StaffSessionRow",
    "Handoff",
    "StatusLookup",
    "UploadedDocument",
    "date",
]
