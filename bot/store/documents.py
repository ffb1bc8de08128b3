"""Uploaded proof documents: their rows in the `documents` table, by conversation or claim.

The files themselves are written by bot/web/uploads.py under DATA_DIR/uploads; this
module keeps only what describes them. Every call blocks on the database: async callers
run them in a worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bot.store.models import FILENAME_LENGTH, Claim, UploadedDocument


@dataclass(frozen=True)
class DocumentDraft:
    sender_id: str
    filename: str
    stored_name: str
    public_id: str
    kind: str | None
    content_type: str
    size: int
    sha256: str
    read_text: str = ""
    read_amounts: tuple[float, ...] = ()
    read_dates: tuple[str, ...] = ()
    read_facts: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class DocumentRecord:
    id: str
    created_at: datetime
    sender_id: str
    claim_reference: str | None
    filename: str
    stored_name: str
    kind: str | None
    kind_confirmed: bool
    content_type: str
    size: int
    sha256: str
    read_text: str
    read_amounts: tuple[float, ...]
    read_dates: tuple[str, ...]
    read_facts: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        """The contract's object (../shared/DESIGN.md, Uploads), plus what else was read."""
        return {
            "id": self.id,
            "filename": self.filename,
            "kind": self.kind,
            "kind_confirmed": self.kind_confirmed,
            "content_type": self.content_type,
            "size": self.size,
            "sha256": self.sha256,
            "created_at": self.created_at.isoformat(),
            "claim_reference": self.claim_reference,
            "read": {
                "text": self.read_text,
                "amounts": list(self.read_amounts),
                "dates": list(self.read_dates),
                **self.read_facts,
            },
        }


def _record(row: UploadedDocument) -> DocumentRecord:
    return DocumentRecord(
        id=row.public_id,
        created_at=row.created_at,
        sender_id=row.sender_id,
        claim_reference=row.claim_reference,
        filename=row.filename,
        stored_name=row.stored_name,
        kind=row.kind,
        kind_confirmed=bool(row.kind_confirmed),
        content_type=row.content_type,
        size=int(row.size),
        sha256=row.sha256,
        read_text=row.read_text or "",
        read_amounts=tuple(float(a) for a in row.read_amounts or ()),
        read_dates=tuple(str(d) for d in row.read_dates or ()),
        read_facts=dict(row.read_facts or {}),
    )


class DocumentStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def bytes_for(self, sender_id: str) -> int:
        """How much this conversation has uploaded so far (the per-claim limit counts it)."""
        with Session(self.engine) as session:
            total = session.execute(
                select(func.coalesce(func.sum(UploadedDocument.size), 0)).where(
                    UploadedDocument.sender_id == sender_id
                )
            ).scalar_one()
            return int(total)

    def save(self, draft: DocumentDraft, claim_reference: str | None) -> DocumentRecord:
        row = UploadedDocument(
            public_id=draft.public_id,
            sender_id=draft.sender_id,
            claim_reference=claim_reference,
            filename=draft.filename[:FILENAME_LENGTH],
            stored_name=draft.stored_name,
            kind=draft.kind,
            content_type=draft.content_type,
            size=draft.size,
            sha256=draft.sha256,
            read_text=draft.read_text,
            read_amounts=list(draft.read_amounts),
            read_dates=list(draft.read_dates),
            read_facts=dict(draft.read_facts),
        )
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            session.add(row)
        return _record(row)

    def for_sender(self, sender_id: str) -> list[DocumentRecord]:
        with Session(self.engine) as session:
            rows = session.execute(
                select(UploadedDocument)
                .where(UploadedDocument.sender_id == sender_id)
                .order_by(UploadedDocument.id)
            ).scalars()
            return [_record(r) for r in rows]

    def for_claim(self, reference: str, sender_id: str) -> list[DocumentRecord]:
        """A claim's documents: those sent with its reference, and those its conversation
        sent while the claim was being taken in."""
        with Session(self.engine) as session:
            rows = session.execute(
                select(UploadedDocument)
                .where(
                    or_(
                        UploadedDocument.claim_reference == reference,
                        (UploadedDocument.sender_id == sender_id)
                        & UploadedDocument.claim_reference.is_(None),
                    )
                )
                .order_by(UploadedDocument.id)
            ).scalars()
            return [_record(r) for r in rows]

    def get(self, public_id: str) -> DocumentRecord | None:
        with Session(self.engine) as session:
            row = session.execute(
                select(UploadedDocument).where(UploadedDocument.public_id == public_id)
            ).scalar_one_or_none()
            return _record(row) if row else None

    def confirm_kind(self, public_id: str, sender_id: str, kind: str) -> bool:
        """The person says what the document is; only its own conversation may."""
        with Session(self.engine) as session, session.begin():
            result = session.execute(
                update(UploadedDocument)
                .where(UploadedDocument.public_id == public_id, UploadedDocument.sender_id == sender_id)
                .values(kind=kind, kind_confirmed=True)
            )
            return bool(result.rowcount)

    def link_to_claim(self, sender_id: str, reference: str) -> None:
        """The files sent while the claim was taken in now belong to its reference."""
        with Session(self.engine) as session, session.begin():
            session.execute(
                update(UploadedDocument)
                .where(UploadedDocument.sender_id == sender_id, UploadedDocument.claim_reference.is_(None))
                .values(claim_reference=reference)
            )

    def remove(self, public_id: str, sender_id: str) -> str | None:
        """Deletes a document its own conversation takes back; returns its stored name."""
        with Session(self.engine) as session, session.begin():
            row = session.execute(
                select(UploadedDocument).where(
                    UploadedDocument.public_id == public_id, UploadedDocument.sender_id == sender_id
                )
            ).scalar_one_or_none()
            if row is None:
                return None
            stored_name = str(row.stored_name)
            session.delete(row)
            return stored_name

    def update_claim_lists(self, reference: str, missing: tuple[str, ...], flags: tuple[str, ...],
                           flag_facts: dict[str, str]) -> None:  # fmt: skip
        """A stored claim's missing documents and flags, redone after an upload."""
        with Session(self.engine) as session, session.begin():
            session.execute(
                update(Claim)
                .where(Claim.reference == reference)
                .values(missing_documents=list(missing), claim_flags=list(flags), flag_facts=flag_facts)
            )
