"""Issue 13, finding 7: status lookups had no rate limit (50 guesses in 5.5 s). Now a
conversation, and a client address across conversations, get 5 lookups in 10 minutes,
counted in the store so every action server process sees the same count."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.claims import ActionClaimStatus

pytestmark = pytest.mark.security


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    for name in ("DATABASE_URL", "STATUS_LOOKUPS_PER_WINDOW", "STATUS_LOOKUP_WINDOW_MINUTES"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


async def guess(sender: str, n: int, address: str | None = None) -> str:
    tracker = Tracker.from_dict(
        {
            "sender_id": sender,
            "slots": {"status_reference": f"JC-AAAA{n % 10}{n // 10 + 2}", "status_email": "ana@example.com"},
            "latest_message": {
                "text": "ana@example.com",
                "intent": {"name": "inform"},
                "entities": [],
                "metadata": {"client_address": address} if address else {},
            },
            "events": [],
            "paused": False,
            "followup_action": None,
            "active_loop": {},
            "latest_action_name": "claim_status_form",
        }
    )
    dispatcher = CollectingDispatcher()
    domain: dict[str, Any] = {}
    await ActionClaimStatus().run(dispatcher, tracker, domain)
    return str(dispatcher.messages[0]["text"])


async def test_fifty_guesses_from_one_conversation_get_five_answers() -> None:
    answers = [await guess("guesser", n) for n in range(50)]
    looked_up = [a for a in answers if "couldn't find" in a]
    assert len(looked_up) == 5
    assert "try again" in answers[-1] and "person" in answers[-1]


async def test_new_conversations_from_one_address_share_its_limit() -> None:
    answers = [await guess(f"fresh-{n}", n, address="203.0.113.7") for n in range(20)]
    assert sum("couldn't find" in a for a in answers) == 5
