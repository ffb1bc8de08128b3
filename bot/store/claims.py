"""The claims store: save an intake in one transaction, look claims up, list them.

SQLite by default (a file under DATA_DIR), PostgreSQL with a `DATABASE_URL`; the same
code serves both. Nothing connects at import: `ClaimStore(url)` builds its engine when
made, and `claim_store()` makes one per URL on first use.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import create_engine, func, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from bot.config import load_settings
from bot.store.models import Base, Claim, ClaimDocument, Handoff

# No 0/O or 1/I: a reference is read out over the phone.
REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
REFERENCE_ATTEMPTS = 8


def new_reference() -> str:
    return "JC-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(6))


@dataclass(frozen=True)
class ClaimDraft:
    """Everything the intake collected, ready to store."""

    sender_id: str
    claim_type: str
    item_type: str
    item_value: float
    currency: str
    loss_date: date
    loss_description: str
    was_specified: bool
    claimant_name: str
    claimant_email: str
    claimant_phone: str
    proof_documents: tuple[str, ...] = ()
    missing_documents: tuple[str, ...] = ()
    claim_flags: tuple[str, ...] = ()
    flag_facts: dict[str, str] = field(default_factory=dict)
    police_report_number: str | None = None
    last_seen: str | None = None
    search_done: str | None = None
    care_plan: bool = False


@dataclass(frozen=True)
class ClaimRecord:
    reference: str
    created_at: datetime
    status: str
    sender_id: str
    claim_type: str
    item_type: str
    item_value: float
    currency: str
    loss_date: date
    loss_description: str
    was_specified: bool
    police_report_number: str | None
    claimant_name: str
    claimant_email: str
    claimant_phone: str
    proof_documents: tuple[str, ...]
    missing_documents: tuple[str, ...]
    claim_flags: tuple[str, ...]
    flag_facts: dict[str, str]


@dataclass(frozen=True)
class HandoffRecord:
    id: int
    created_at: datetime
    sender_id: str
    flow: str | None
    status: str


def _record(claim: Claim) -> ClaimRecord:
    return ClaimRecord(
        reference=claim.reference,
        created_at=claim.created_at,
        status=claim.status,
        sender_id=claim.sender_id,
        claim_type=claim.claim_type,
        item_type=claim.item_type,
        item_value=claim.item_value,
        currency=claim.currency,
        loss_date=claim.loss_date,
        loss_description=claim.loss_description,
        was_specified=claim.was_specified,
        police_report_number=claim.police_report_number,
        claimant_name=claim.claimant_name,
        claimant_email=claim.claimant_email,
        claimant_phone=claim.claimant_phone,
        proof_documents=tuple(d.code for d in claim.documents),
        missing_documents=tuple(claim.missing_documents or ()),
        claim_flags=tuple(claim.claim_flags or ()),
        flag_facts=dict(claim.flag_facts or {}),
    )


def make_engine(url: str) -> Engine:
    kwargs: dict[str, Any] = {"future": True, "pool_pre_ping": True}
    if url.startswith("sqlite"):
        # Writers wait for the file lock instead of failing at once.
        kwargs["connect_args"] = {"timeout": 30, "check_same_thread": False}
    return create_engine(url, **kwargs)


class ClaimStore:
    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)

    def create_schema(self) -> None:
        """Create missing tables; safe to run on every start."""
        Base.metadata.create_all(self.engine)

    def save_claim(self, draft: ClaimDraft) -> str:
        """Store the claim and its documents in one transaction; returns the reference.

        The reference is random; on the rare clash with an existing one the unique
        index refuses the insert and a new reference is tried.
        """
        for _ in range(REFERENCE_ATTEMPTS):
            reference = new_reference()
            try:
                with Session(self.engine) as session, session.begin():
                    session.add(self._claim(draft, reference))
                return reference
            except IntegrityError:
                continue
        raise RuntimeError("could not find a free claim reference")

    @staticmethod
    def _claim(draft: ClaimDraft, reference: str) -> Claim:
        return Claim(
            reference=reference,
            sender_id=draft.sender_id,
            claim_type=draft.claim_type,
            item_type=draft.item_type,
            item_value=draft.item_value,
            currency=draft.currency,
            loss_date=draft.loss_date,
            loss_description=draft.loss_description,
            was_specified=draft.was_specified,
            police_report_number=draft.police_report_number,
            last_seen=draft.last_seen,
            search_done=draft.search_done,
            care_plan=draft.care_plan,
            claimant_name=draft.claimant_name,
            claimant_email=draft.claimant_email,
            claimant_phone=draft.claimant_phone,
            missing_documents=list(draft.missing_documents),
            claim_flags=list(draft.claim_flags),
            flag_facts=dict(draft.flag_facts),
            documents=[ClaimDocument(code=code) for code in draft.proof_documents],
        )

    def find_claim(self, reference: str, email: str) -> ClaimRecord | None:
        """The claim, only when the email matches the one given at intake."""
        query = (
            select(Claim)
            .options(selectinload(Claim.documents))
            .where(Claim.reference == reference.strip().upper())
            .where(func.lower(Claim.claimant_email) == email.strip().lower())
        )
        with Session(self.engine) as session:
            claim = session.scalars(query).first()
            return _record(claim) if claim else None

    def get_claim(self, reference: str) -> ClaimRecord | None:
        """For staff: a claim by reference alone."""
        query = (
            select(Claim).options(selectinload(Claim.documents)).where(Claim.reference == reference.upper())
        )
        with Session(self.engine) as session:
            claim = session.scalars(query).first()
            return _record(claim) if claim else None

    def list_claims(self, status: str | None = None, claim_type: str | None = None) -> list[ClaimRecord]:
        query = (
            select(Claim)
            .options(selectinload(Claim.documents))
            .order_by(Claim.created_at.desc(), Claim.id.desc())
        )
        if status:
            query = query.where(Claim.status == status)
        if claim_type:
            query = query.where(Claim.claim_type == claim_type)
        with Session(self.engine) as session:
            return [_record(c) for c in session.scalars(query)]

    def mark_reviewed(self, reference: str) -> bool:
        with Session(self.engine) as session, session.begin():
            result = session.execute(
                update(Claim).where(Claim.reference == reference).values(status="reviewed")
            )
            return bool(result.rowcount)

    def save_handoff(self, sender_id: str, flow: str | None) -> int:
        with Session(self.engine) as session, session.begin():
            handoff = Handoff(sender_id=sender_id, flow=flow)
            session.add(handoff)
            session.flush()
            return int(handoff.id)

    def waiting_handoffs(self) -> list[HandoffRecord]:
        query = (
            select(Handoff)
            .where(Handoff.status == "waiting")
            .order_by(Handoff.created_at.desc(), Handoff.id.desc())
        )
        with Session(self.engine) as session:
            return [
                HandoffRecord(h.id, h.created_at, h.sender_id, h.flow, h.status)
                for h in session.scalars(query)
            ]


@lru_cache(maxsize=4)
def _store_for(url: str) -> ClaimStore:
    store = ClaimStore(url)
    store.create_schema()
    return store


def claim_store() -> ClaimStore:
    """The store for the configured URL, made (and its tables created) on first use."""
    settings = load_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return _store_for(settings.claims_database_url)
