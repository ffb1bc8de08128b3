"""Uploaded documents in the intake: listed in the summary, counted as proof when the
claim is stored, and linked to its reference."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.claims import ActionAskClaimConfirmed, ActionSubmitClaim
from bot.store.claims import ClaimStore
from bot.store.documents import DocumentDraft, DocumentStore
from tests.actions.conftest import load_tracker, slot_events

SENDER = "fixture-claim-theft"


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DocumentStore:
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    store = ClaimStore(f"sqlite:///{tmp_path / 'claims.db'}")
    store.create_schema()
    documents = DocumentStore(store.engine)
    draft = DocumentDraft(
        sender_id=SENDER, filename="receipt.jpg", stored_name="a.jpg", public_id="doc1", kind="receipt",
        content_type="image/jpeg", size=10, sha256="0" * 64,
    )  # fmt: skip
    documents.save(draft, None)
    return documents


async def test_the_summary_lists_the_files_sent(
    documents: DocumentStore, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    await ActionAskClaimConfirmed().run(dispatcher, load_tracker("claim_confirmed_theft"), domain)
    assert "Files you sent: receipt.jpg (receipt)." in dispatcher.messages[0]["text"]


async def test_an_uploaded_receipt_counts_as_proof_and_joins_the_claim(
    documents: DocumentStore, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ActionSubmitClaim().run(dispatcher, load_tracker("claim_confirmed_theft"), domain)
    slots = slot_events(events)
    assert slots["missing_documents"] == ["valuation"]
    assert "proof_of_ownership" not in slots["claim_flags"]
    (document,) = documents.for_sender(SENDER)
    assert document.claim_reference == slots["claim_reference"]
