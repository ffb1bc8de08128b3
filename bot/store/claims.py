"""The claims store: save an intake in one transaction, look claims up, list them.

SQLite by default (a file under DATA_DIR), PostgreSQL with a `DATABASE_URL`; the same
code serves both. Nothing connects at import: `ClaimStore(url)` builds its engine when
made, and `claim_store()` makes one per URL on first use.

Every call blocks on the database: async callers (the actions) run them in a worker
thread. Every claim and handoff is checked field by field before it is written
(bot/store/validation.py); a refused one raises `ClaimRejected`.
"""

from __future__ import annotations

import hashlib
import math
import os
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import create_engine, delete, func, or_, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from bot.claim_references import new_reference
from bot.config import load_settings, shop_today
from bot.store import migrate
from bot.store.models import (
    NOTE_LENGTH,
    Claim,
    ClaimDocument,
    ClaimEvent,
    ClaimNote,
    Handoff,
    StatusLookup,
    aware,
    utcnow,
)
from bot.store.staff import StaffDirectory
from bot.store.validation import ClaimRejected, check_claim, check_handoff
from bot.store.workflow import StatusChange, StatusChangeRefused, awaited, check_status_change

# How long a SQLite writer waits for another's lock before giving up (seconds): long
# enough for a busy moment, short enough that the claimant hears "not saved, try again"
# rather than waiting on a stuck file.
DEFAULT_SQLITE_BUSY_SECONDS = 10.0

REFERENCE_ATTEMPTS = 8


@dataclass(frozen=True)
class ClaimDraft:
    """Everything the intake collected, ready to store: the one list of a claim's fields.

    `ClaimRecord` extends it with what the store adds, and `_claim`/`_record` copy every
    field by name, so a field added here is saved and read back without another listing
    (tests/store/test_claims.py checks that each one round-trips).
    """

    sender_id: str
    claim_type: str
    item_type: str
    item_value: float | None  # None: not known, and named in assumed_answers
    currency: str
    loss_date: date | None  # None: not known, and named in assumed_answers
    loss_description: str
    # None: the claimant did not say (unknown is not "no").
    was_specified: bool | None
    claimant_name: str
    claimant_email: str | None  # one of the two may be not given (named in assumed_answers)
    claimant_phone: str | None
    proof_documents: tuple[str, ...] = ()
    missing_documents: tuple[str, ...] = ()
    claim_flags: tuple[str, ...] = ()
    flag_facts: dict[str, str] = field(default_factory=dict)
    police_report_number: str | None = None
    last_seen: str | None = None
    search_done: str | None = None
    care_plan: bool = False
    # The names of the fields above whose value is a default the claimant was told of
    # ("I'll take the currency as USD"), not an answer they gave.
    assumed_answers: tuple[str, ...] = ()
    purchase_date: date | None = None


@dataclass(frozen=True)
class ClaimEventRecord:
    """One status change: to what, when, by whom, with what note."""

    created_at: datetime
    status: str
    note: str | None
    actor: str
    documents: tuple[str, ...]


@dataclass(frozen=True)
class ClaimNoteRecord:
    created_at: datetime
    author: str
    text: str


@dataclass(frozen=True, kw_only=True)
class ClaimRecord(ClaimDraft):
    """A stored claim: every field of its draft, and what the store and staff added."""

    reference: str
    created_at: datetime
    status: str
    # Asked of the claimant while the status is waiting_for_documents.
    awaited_documents: tuple[str, ...] = ()
    events: tuple[ClaimEventRecord, ...] = ()
    assigned_to: str | None = None
    notes: tuple[ClaimNoteRecord, ...] = ()

    def draft(self) -> ClaimDraft:
        """The claim as it was taken in."""
        return ClaimDraft(**{name: getattr(self, name) for name in DRAFT_FIELDS})


# The draft's fields, in order. proof_documents are rows of their own (claim_documents);
# every other one is a column of the same name on `Claim`.
DRAFT_FIELDS = tuple(f.name for f in fields(ClaimDraft))


# The orders the staff list offers, by name: newest first unless asked otherwise.
SORTS = ("newest", "oldest", "value_high", "value_low", "reference")
MAX_PAGE_SIZE = 200
# Characters a phone number is written with besides its digits.
PHONE_PUNCTUATION = (" ", "-", "+", "(", ")", ".")


@dataclass(frozen=True)
class ClaimQuery:
    """What the staff list asks for: a search, filters, an order and a page (from 1)."""

    q: str = ""
    status: str | None = None
    claim_type: str | None = None
    sort: str = "newest"
    page: int = 1
    per_page: int = 25


@dataclass(frozen=True)
class ClaimPage:
    claims: tuple[ClaimRecord, ...]
    page: int
    pages: int
    total: int


@dataclass(frozen=True)
class HandoffRecord:
    id: int
    created_at: datetime
    sender_id: str
    flow: str | None
    status: str
    taken_by: str | None = None
    # From the conversation's claim, when it made one.
    claim_reference: str | None = None
    claimant_name: str | None = None
    claimant_email: str | None = None
    taken_at: datetime | None = None


OPEN_HANDOFF = ("waiting", "taken")


@dataclass(frozen=True)
class LookupLimit:
    """How many status lookups a conversation, or an address, may make in a window."""

    lookups: int = 5
    window: timedelta = timedelta(minutes=10)

    @classmethod
    def from_environment(cls) -> LookupLimit:
        return cls(
            lookups=int(os.environ.get("STATUS_LOOKUPS_PER_WINDOW", "5")),
            window=timedelta(minutes=float(os.environ.get("STATUS_LOOKUP_WINDOW_MINUTES", "10"))),
        )


@dataclass(frozen=True)
class LookupAllowance:
    allowed: bool
    retry_after_minutes: int = 0


def _digest(value: str) -> str:
    """The rate-limit table tells conversations and addresses apart without keeping them."""
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()


def _stored(value: Any) -> Any:
    """A draft's value as its column keeps it: JSON lists and objects, not tuples."""
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    return value


def _read(value: Any) -> Any:
    """A column's value as the frozen record holds it: tuples, not lists."""
    if isinstance(value, list):
        return tuple(value)
    if isinstance(value, dict):
        return dict(value)
    return value


def _record(claim: Claim) -> ClaimRecord:
    answers = {name: _read(getattr(claim, name)) for name in DRAFT_FIELDS if name != "proof_documents"}
    return ClaimRecord(
        **answers,
        proof_documents=tuple(d.code for d in claim.documents),
        reference=claim.reference,
        created_at=claim.created_at,
        status=claim.status,
        awaited_documents=tuple(claim.awaited_documents or ()),
        events=tuple(
            ClaimEventRecord(e.created_at, e.status, e.note, e.actor, tuple(e.documents or ()))
            for e in claim.events
        ),
        assigned_to=claim.assigned_to,
        notes=tuple(ClaimNoteRecord(n.created_at, n.author, n.text) for n in claim.notes),
    )


def _like(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with LIKE's own characters taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _digits_only(column: Any) -> Any:
    for mark in PHONE_PUNCTUATION:
        column = func.replace(column, mark, "")
    return column


def _conditions(query: ClaimQuery) -> list[Any]:
    conditions: list[Any] = []
    if query.status:
        conditions.append(Claim.status == query.status)
    if query.claim_type:
        conditions.append(Claim.claim_type == query.claim_type)
    text = query.q.strip()[:200]
    if text:
        pattern = _like(text.lower())
        matches = [
            func.lower(column).like(pattern, escape="\\")
            for column in (Claim.reference, Claim.claimant_name, Claim.claimant_email, Claim.claimant_phone)
        ]
        digits = "".join(ch for ch in text if ch.isdigit())
        if len(digits) >= 4 and len(digits) >= len(text.replace(" ", "")) - 4:
            matches.append(_digits_only(Claim.claimant_phone).like(f"%{digits}%"))
        conditions.append(or_(*matches))
    return conditions


def _order(sort: str) -> tuple[Any, ...]:
    return {
        "oldest": (Claim.created_at.asc(), Claim.id.asc()),
        "value_high": (Claim.item_value.desc(), Claim.id.desc()),
        "value_low": (Claim.item_value.asc(), Claim.id.asc()),
        "reference": (Claim.reference.asc(),),
    }.get(sort, (Claim.created_at.desc(), Claim.id.desc()))


def sqlite_busy_seconds() -> float:
    return float(os.environ.get("CLAIMS_DB_BUSY_SECONDS", DEFAULT_SQLITE_BUSY_SECONDS))


def make_engine(url: str) -> Engine:
    # hide_parameters: a failed statement's error (and so the log) never shows the
    # values, which are a claimant's personal data.
    kwargs: dict[str, Any] = {"future": True, "pool_pre_ping": True, "hide_parameters": True}
    if url.startswith("sqlite"):
        # Writers wait for the file lock (the busy timeout) instead of failing at once.
        kwargs["connect_args"] = {"timeout": sqlite_busy_seconds(), "check_same_thread": False}
    return create_engine(url, **kwargs)


class ClaimStore:
    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        self.staff = StaffDirectory(self.engine)

    def create_schema(self) -> None:
        """Bring the database to the newest schema (Alembic); safe to run on every start."""
        migrate.upgrade(self.engine)

    def save_claim(self, draft: ClaimDraft, today: date | None = None) -> str:
        """Store the claim and its documents in one transaction; returns the reference.

        Raises `ClaimRejected` (nothing written) when a field breaks the contract.
        The reference is random; on the rare clash with an existing one the unique
        index refuses the insert and a new reference is tried.
        """
        check_claim(draft, today or shop_today())
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
        answers = {name: _stored(getattr(draft, name)) for name in DRAFT_FIELDS if name != "proof_documents"}
        # To the cent on every database (SQLite would otherwise keep the float as given).
        if draft.item_value is not None:
            answers["item_value"] = round(float(draft.item_value), 2)
        return Claim(
            **answers,
            reference=reference,
            documents=[ClaimDocument(code=code) for code in draft.proof_documents],
            awaited_documents=[],
        )

    def find_claim(self, reference: str, email: str) -> ClaimRecord | None:
        """The claim, only when the email matches the one given at intake."""
        if len(reference) > 40 or len(email) > 254:
            return None  # nothing that long is stored: no need to ask the database
        query = (
            select(Claim)
            .options(selectinload(Claim.documents), selectinload(Claim.events), selectinload(Claim.notes))
            .where(Claim.reference == reference.strip().upper())
            .where(func.lower(Claim.claimant_email) == email.strip().lower())
        )
        with Session(self.engine) as session:
            claim = session.scalars(query).first()
            return _record(claim) if claim else None

    def get_claim(self, reference: str) -> ClaimRecord | None:
        """For staff: a claim by reference alone."""
        query = (
            select(Claim)
            .options(selectinload(Claim.documents), selectinload(Claim.events), selectinload(Claim.notes))
            .where(Claim.reference == reference.upper())
        )
        with Session(self.engine) as session:
            claim = session.scalars(query).first()
            return _record(claim) if claim else None

    def search_claims(self, query: ClaimQuery) -> ClaimPage:
        """One page of the claims matching the search and filters, in the order asked.

        `q` matches part of the reference, name or email (any case), or the phone's digits
        however it was written. A page past the last gives the last page.
        """
        conditions = _conditions(query)
        per_page = max(1, min(query.per_page, MAX_PAGE_SIZE))
        with Session(self.engine) as session:
            total = int(session.scalar(select(func.count(Claim.id)).where(*conditions)) or 0)
            pages = max(1, math.ceil(total / per_page))
            page = max(1, min(query.page, pages))
            rows = session.scalars(
                select(Claim)
                .options(selectinload(Claim.documents), selectinload(Claim.events), selectinload(Claim.notes))
                .where(*conditions)
                .order_by(*_order(query.sort))
                .offset((page - 1) * per_page)
                .limit(per_page)
            )
            return ClaimPage(tuple(_record(c) for c in rows), page, pages, total)

    def matching_claims(self, query: ClaimQuery, limit: int = 10_000) -> list[ClaimRecord]:
        """Every claim matching the search and filters, in the order asked (for the export)."""
        with Session(self.engine) as session:
            rows = session.scalars(
                select(Claim)
                .options(selectinload(Claim.documents), selectinload(Claim.events), selectinload(Claim.notes))
                .where(*_conditions(query))
                .order_by(*_order(query.sort))
                .limit(limit)
            )
            return [_record(c) for c in rows]

    def list_claims(self, status: str | None = None, claim_type: str | None = None) -> list[ClaimRecord]:
        query = (
            select(Claim)
            .options(selectinload(Claim.documents), selectinload(Claim.events), selectinload(Claim.notes))
            .order_by(Claim.created_at.desc(), Claim.id.desc())
        )
        if status:
            query = query.where(Claim.status == status)
        if claim_type:
            query = query.where(Claim.claim_type == claim_type)
        with Session(self.engine) as session:
            return [_record(c) for c in session.scalars(query)]

    def change_status(self, reference: str, change: StatusChange) -> ClaimRecord | None:
        """Move a claim along the workflow and record the change; None when no such claim.

        Raises `StatusChangeRefused` (nothing written) when the workflow does not allow it.
        The claim's row is locked while it changes, so two staff members changing one
        claim at once are applied one after the other, each checked against the other's.
        """
        query = select(Claim).where(Claim.reference == reference.upper()).with_for_update()
        with Session(self.engine) as session, session.begin():
            claim = session.scalars(query).first()
            if claim is None:
                return None
            check_status_change(claim.status, change)
            documents = awaited(change, claim.missing_documents or ())
            claim.status = change.status
            claim.awaited_documents = list(documents)
            claim.events.append(
                ClaimEvent(
                    status=change.status,
                    note=change.note or None,
                    actor=change.actor,
                    documents=list(documents),
                    created_at=utcnow(),
                )
            )
        return self.get_claim(reference)

    def add_note(self, reference: str, author: str, text: str) -> bool:
        """Add a note; False when there is no such claim. Raises ValueError for an empty or
        too long note."""
        text = text.strip()
        if not text or len(text) > NOTE_LENGTH:
            raise ValueError(f"A note is 1 to {NOTE_LENGTH} characters.")
        with Session(self.engine) as session, session.begin():
            claim = session.scalars(select(Claim).where(Claim.reference == reference.upper())).first()
            if claim is None:
                return False
            claim.notes.append(ClaimNote(author=author, text=text, created_at=utcnow()))
            return True

    def assign(self, reference: str, assignee: str | None, actor: str) -> bool:
        """Give the claim to a staff member (None: to nobody), noted under `actor`.
        Raises ValueError when there is no such account."""
        if assignee is not None and self.staff.account(assignee) is None:
            raise ValueError(f"There is no staff account named {assignee}.")
        with Session(self.engine) as session, session.begin():
            claim = session.scalars(select(Claim).where(Claim.reference == reference.upper())).first()
            if claim is None:
                return False
            if claim.assigned_to != assignee:
                claim.assigned_to = assignee
                text = f"Assigned to {assignee}." if assignee else "No longer assigned to anyone."
                claim.notes.append(ClaimNote(author=actor, text=text, created_at=utcnow()))
            return True

    def latest_claim_reference(self, sender_id: str) -> str | None:
        """The newest claim this conversation stored, if any (the highest id: two claims
        saved within one clock tick still have an order)."""
        with Session(self.engine) as session:
            return session.scalars(
                select(Claim.reference).where(Claim.sender_id == sender_id).order_by(Claim.id.desc()).limit(1)
            ).first()

    def open_handoff_id(self, sender_id: str) -> int | None:
        """The conversation's handoff still waiting or taken, if any."""
        with Session(self.engine) as session:
            return self._open_handoff_id(session, sender_id)

    @staticmethod
    def _open_handoff_id(session: Session, sender_id: str) -> int | None:
        found = session.scalars(
            select(Handoff.id)
            .where(Handoff.sender_id == sender_id)
            .where(Handoff.status.in_(OPEN_HANDOFF))
            .order_by(Handoff.id)
        ).first()
        return int(found) if found is not None else None

    def save_handoff(self, sender_id: str, flow: str | None) -> int:
        """Record a request for a person; the one already waiting when there is one.

        Staff see one entry per waiting conversation however often it asks. A
        conversation's turns run one at a time (Rasa's lock store), so two requests of
        the same conversation never race here.
        """
        check_handoff(sender_id, flow)
        with Session(self.engine) as session, session.begin():
            waiting = self._open_handoff_id(session, sender_id)
            if waiting is not None:
                return int(waiting)
            handoff = Handoff(sender_id=sender_id, flow=flow)
            session.add(handoff)
            session.flush()
            return int(handoff.id)

    def allow_status_lookup(
        self,
        conversation: str,
        address: str | None,
        limit: LookupLimit | None = None,
        now: datetime | None = None,
    ) -> LookupAllowance:
        """Count one status lookup, or refuse it when the conversation or the address
        has used up its lookups in the window (then nothing is counted).

        Kept in the database, so every action server process shares the count. Two
        processes at the same instant may both see the last free lookup: the limit can
        be passed by one, never more, which is enough against guessing.
        """
        limit = limit or LookupLimit.from_environment()
        now = now or utcnow()
        since = now - limit.window
        conversation_key = _digest(conversation)
        address_key = _digest(address) if address else None
        counted = [(StatusLookup.conversation, conversation_key)]
        if address_key:
            counted.append((StatusLookup.address, address_key))
        with Session(self.engine) as session, session.begin():
            session.execute(delete(StatusLookup).where(StatusLookup.created_at < since))
            for column, key in counted:
                recent = session.scalars(
                    select(StatusLookup.created_at)
                    .where(column == key)
                    .where(StatusLookup.created_at >= since)
                    .order_by(StatusLookup.created_at.desc())
                    .limit(limit.lookups)
                ).all()
                if len(recent) >= limit.lookups:
                    frees_at = aware(recent[-1]) + limit.window
                    minutes = math.ceil((frees_at - now).total_seconds() / 60)
                    return LookupAllowance(False, max(1, minutes))
            session.add(StatusLookup(created_at=now, conversation=conversation_key, address=address_key))
        return LookupAllowance(True)

    def open_handoffs(self, limit: int = 200) -> list[HandoffRecord]:
        """Waiting and taken handoffs, newest first, with the name, email and reference of
        the conversation's latest claim when it made one."""
        query = (
            select(Handoff)
            .where(Handoff.status.in_(OPEN_HANDOFF))
            .order_by(Handoff.created_at.desc(), Handoff.id.desc())
            .limit(limit)
        )
        with Session(self.engine) as session:
            handoffs = list(session.scalars(query))
            senders = {h.sender_id for h in handoffs}
            claims: dict[str, Claim] = {}
            if senders:
                for claim in session.scalars(
                    select(Claim).where(Claim.sender_id.in_(senders)).order_by(Claim.id)
                ):
                    claims[claim.sender_id] = claim  # the latest wins
            return [
                HandoffRecord(
                    h.id,
                    h.created_at,
                    h.sender_id,
                    h.flow,
                    h.status,
                    h.taken_by,
                    claims[h.sender_id].reference if h.sender_id in claims else None,
                    claims[h.sender_id].claimant_name if h.sender_id in claims else None,
                    claims[h.sender_id].claimant_email if h.sender_id in claims else None,
                    h.taken_at,
                )
                for h in handoffs
            ]

    def waiting_count(self) -> int:
        with Session(self.engine) as session:
            return int(session.scalar(select(func.count(Handoff.id)).where(Handoff.status == "waiting")) or 0)

    def take_handoff(self, handoff_id: int, actor: str) -> bool:
        """Someone takes a waiting handoff; False when it is not waiting (gone or taken)."""
        with Session(self.engine) as session, session.begin():
            result = session.execute(
                update(Handoff)
                .where(Handoff.id == handoff_id)
                .where(Handoff.status == "waiting")
                .values(status="taken", taken_by=actor, taken_at=utcnow())
            )
            return bool(result.rowcount)

    def resolve_handoff(self, handoff_id: int, actor: str) -> bool:
        with Session(self.engine) as session, session.begin():
            result = session.execute(
                update(Handoff)
                .where(Handoff.id == handoff_id)
                .where(Handoff.status.in_(OPEN_HANDOFF))
                .values(status="resolved", resolved_by=actor, resolved_at=utcnow())
            )
            return bool(result.rowcount)

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


__all__ = [
    "ClaimDraft",
    "ClaimEventRecord",
    "ClaimNoteRecord",
    "ClaimPage",
    "ClaimQuery",
    "ClaimRecord",
    "ClaimRejected",
    "ClaimStore",
    "HandoffRecord",
    "LookupAllowance",
    "LookupLimit",
    "StatusChange",
    "StatusChangeRefused",
    "claim_store",
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
