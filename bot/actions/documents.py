"""The intake's view of the proof documents uploaded in its conversation (POST /uploads).

Thin: reads the documents table, joins the uploaded kinds to the proof the claimant
named, lists the files in the summary, and links them to the claim once it is stored.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from bot.rules.documents import proof_from_uploads
from bot.store.claims import claim_store
from bot.store.documents import DocumentRecord, DocumentStore
from bot.wording.documents import files_line

logger = logging.getLogger(__name__)


def _pending(sender_id: str) -> list[DocumentRecord]:
    """Files this conversation sent for a claim not stored yet."""
    return [d for d in DocumentStore(claim_store().engine).for_sender(sender_id) if d.claim_reference is None]


async def pending_documents(sender_id: str) -> list[DocumentRecord]:
    try:
        return await asyncio.to_thread(_pending, sender_id)
    except (SQLAlchemyError, OSError) as error:
        # Without the list the claim still goes ahead on what was said (and a store that
        # cannot be opened is then reported truthfully by the save itself).
        logger.warning("uploaded documents not read: %s", type(error).__name__)
        return []


def files_text(documents: list[DocumentRecord]) -> str | None:
    """'Files you sent: receipt.pdf (receipt), ring.jpg (photo).' or None."""
    if not documents:
        return None
    return files_line([(d.filename, d.kind) for d in documents])


def with_uploaded_proof(slots: dict[str, Any], documents: list[DocumentRecord]) -> dict[str, Any]:
    """The slots with the uploaded kinds added to the proof the claimant named."""
    said = tuple(slots.get("proof_documents") or ())
    return {**slots, "proof_documents": list(proof_from_uploads(said, tuple(d.kind for d in documents)))}


def _link(sender_id: str, reference: str) -> None:
    DocumentStore(claim_store().engine).link_to_claim(sender_id, reference)


async def link_documents(sender_id: str, reference: str) -> None:
    try:
        await asyncio.to_thread(_link, sender_id, reference)
    except (SQLAlchemyError, OSError) as error:
        logger.warning("uploaded documents not linked to %s: %s", reference, type(error).__name__)
