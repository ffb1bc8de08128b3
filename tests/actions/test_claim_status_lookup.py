"""The claimant's status lookup shows what staff set: the status and the awaited documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.claims import ActionClaimStatus
from bot.store.claims import ClaimStore, StatusChange
from tests.store.test_claims import DRAFT


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ClaimStore:
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    store = ClaimStore(f"sqlite:///{tmp_path / 'claims.db'}")
    store.create_schema()
    return store


def asking(reference: str) -> Tracker:
    return Tracker.from_dict(
        {
            "sender_id": "chat-status",
            "slots": {"status_reference": reference, "status_email": DRAFT.claimant_email},
            "latest_message": {"text": DRAFT.claimant_email, "intent": {"name": "inform"}, "entities": []},
            "events": [],
            "paused": False,
            "followup_action": None,
            "active_loop": {},
            "latest_action_name": "claim_status_form",
        }
    )


async def answer(reference: str, domain: dict[str, Any]) -> str:
    dispatcher = CollectingDispatcher()
    await ActionClaimStatus().run(dispatcher, asking(reference), domain)
    return str(dispatcher.messages[0]["text"])


async def test_the_lookup_shows_each_status_staff_set(store: ClaimStore, domain: dict[str, Any]) -> None:
    reference = store.save_claim(DRAFT)
    assert "received and waiting for review" in await answer(reference, domain)
    store.change_status(reference, StatusChange("waiting_for_documents", None, "ana", ("bank_statement",)))
    waiting = await answer(reference, domain)
    assert "waiting for documents from you" in waiting and "We need: bank statement." in waiting
    store.change_status(reference, StatusChange("sent_to_insurer", "Sent", "ana"))
    sent = await answer(reference, domain)
    assert "sent to the insurer" in sent and "We need" not in sent and "missing" not in sent
    store.change_status(reference, StatusChange("closed", None, "ana"))
    closed = await answer(reference, domain)
    assert f"Claim {reference}" in closed and "is closed." in closed
