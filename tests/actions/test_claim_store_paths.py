"""The claim actions' store paths: submit, refusal, status lookup and handoff.

A real SQLite store in tmp_path; a slow stand-in store where the event loop is timed.
"""

from __future__ import annotations

import asyncio
import json
import math
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions import claims as claim_actions
from bot.actions import handoff as handoff_actions
from bot.actions.claims import INTAKE_SLOTS, ActionClaimStatus, ActionSubmitClaim, ValidateClaimIntakeForm
from bot.actions.handoff import ActionHandoff
from bot.store.claims import ClaimStore
from tests.actions.conftest import FIXTURES, slot_events

ANA = ("Ana Ruiz", "ana.ruiz@example.com", "+64 21 555 0199")


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    return tmp_path


def claims_in(data_dir: Path) -> ClaimStore:
    return ClaimStore(f"sqlite:///{data_dir / 'claims.db'}")


def tracker_with(fixture: str, **changes: Any) -> Tracker:
    state = json.loads((FIXTURES / f"{fixture}.json").read_text())
    for key, value in changes.items():
        if key in {"sender_id", "latest_message", "active_loop"}:
            state[key] = value
        else:
            state["slots"][key] = value
    return Tracker.from_dict(state)


async def test_a_stored_claim_clears_its_intake_and_keeps_the_reference(
    data_dir: Path, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ActionSubmitClaim().run(dispatcher, tracker_with("claim_confirmed_theft"), domain)
    slots = slot_events(events)
    assert all(slots[name] is None for name in INTAKE_SLOTS)
    assert slots["claim_reference"].startswith("JC-") and slots["validation_failures"] == 0.0
    assert claims_in(data_dir).get_claim(slots["claim_reference"]) is not None


async def test_a_new_claim_after_a_stored_one_starts_a_fresh_intake(
    data_dir: Path, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    first = tracker_with("claim_confirmed_theft")
    after = slot_events(await ActionSubmitClaim().run(dispatcher, first, domain))
    state = json.loads((FIXTURES / "claim_confirmed_theft.json").read_text())
    state["slots"].update(after)
    state["slots"]["requested_slot"] = None
    state["latest_message"] = {
        "text": "my gold necklace was stolen",
        "intent": {"name": "report_claim", "confidence": 0.98},
        "entities": [{"entity": "item_type", "value": "necklace"}],
    }
    state["active_loop"] = {"name": "claim_intake_form"}
    second = CollectingDispatcher()
    slots = slot_events(await ValidateClaimIntakeForm().run(second, Tracker.from_dict(state), domain))
    assert (slots.get("claim_type"), slots.get("item_type")) == ("theft", "necklace")
    # Nothing of the first claim: no confirmation, name, email or phone, no "Changed:" note.
    assert not {"claim_confirmed", "claimant_name", "claimant_email", "claimant_phone"} & {
        k for k, v in slots.items() if v is not None
    }
    assert not any("Changed" in (m.get("text") or "") for m in second.messages)
    assert len(claims_in(data_dir).list_claims()) == 1


def test_no_slot_carries_over_into_a_new_session(full_domain: dict[str, Any]) -> None:
    assert full_domain["session_config"]["carry_over_slots_to_new_session"] is False


@pytest.mark.parametrize(
    ("slot", "value", "asked_again"),
    [
        ("item_value", math.nan, "item_value"),
        ("item_value", -1e308, "item_value"),
        ("loss_date", "1900-01-01", "loss_date"),
        ("loss_date", "not a date", "loss_date"),
        ("claimant_phone", "not a phone", "claimant_phone"),
        ("police_report_number", "1" * 500, "police_report_number"),
        ("item_type", "<script>alert(1)</script>", "item_type"),
        ("currency", "XXXX", "item_value"),
        ("proof_documents", ["<b>forged</b>"], "proof_documents"),
    ],
)
async def test_a_refused_answer_is_asked_again_and_nothing_is_stored(
    data_dir: Path,
    dispatcher: CollectingDispatcher,
    domain: dict[str, Any],
    slot: str,
    value: Any,
    asked_again: str,
) -> None:
    events = await ActionSubmitClaim().run(
        dispatcher, tracker_with("claim_confirmed_theft", **{slot: value}), domain
    )
    slots = slot_events(events)
    assert slots[asked_again] is None and slots["claim_confirmed"] is None
    assert "claimant_name" not in slots  # every other answer is kept
    assert {"event": "followup", "name": "claim_intake_form"} in [
        {k: e.get(k) for k in ("event", "name")} for e in events
    ]
    text = dispatcher.messages[0]["text"]
    assert "NOT been submitted" in text and "again with" in text  # what was wrong, and an example
    store = claims_in(data_dir)
    store.create_schema()
    assert store.list_claims() == []


async def test_a_forged_conversation_id_is_refused_with_a_way_out(
    data_dir: Path, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    forged = tracker_with("claim_confirmed_theft", sender_id="<img src=x onerror=alert(1)>")
    events = await ActionSubmitClaim().run(dispatcher, forged, domain)
    assert slot_events(events) == {"claim_confirmed": None}
    assert "NOT been submitted" in dispatcher.messages[0]["text"]
    assert [b["payload"] for b in dispatcher.messages[0]["buttons"]] == ["/human_handoff", "/restart"]


def status_tracker(sender: str, address: str | None, email: str = "ana.ruiz@example.com") -> Tracker:
    metadata = {"client_address": address} if address else {}
    return Tracker.from_dict(
        {
            "sender_id": sender,
            "slots": {"status_reference": "JC-AAAAAA", "status_email": email},
            "latest_message": {
                "text": email,
                "intent": {"name": "inform"},
                "entities": [],
                "metadata": metadata,
            },
            "events": [],
            "paused": False,
            "followup_action": None,
            "active_loop": {},
            "latest_action_name": "claim_status_form",
        }
    )


async def lookup(sender: str, address: str | None, domain: dict[str, Any]) -> str:
    dispatcher = CollectingDispatcher()
    await ActionClaimStatus().run(dispatcher, status_tracker(sender, address), domain)
    return str(dispatcher.messages[0]["text"])


async def test_status_lookups_are_limited_per_conversation(data_dir: Path, domain: dict[str, Any]) -> None:
    answers = [await lookup("chat-guess", None, domain) for _ in range(6)]
    assert all("couldn't find" in a for a in answers[:5])
    assert "wait 10 minutes" in answers[5] and "person" in answers[5]
    assert "couldn't find" in await lookup("chat-other", None, domain)


async def test_status_lookups_are_limited_per_client_address(data_dir: Path, domain: dict[str, Any]) -> None:
    answers = [await lookup(f"chat-{n}", "203.0.113.7", domain) for n in range(6)]
    assert all("couldn't find" in a for a in answers[:5]) and "wait" in answers[5]
    assert "couldn't find" in await lookup("chat-9", "198.51.100.2", domain)


async def test_a_handoff_asked_twice_is_recorded_once(
    data_dir: Path, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = tracker_with("claim_asking_email")
    await ActionHandoff().run(dispatcher, tracker, domain)
    await ActionHandoff().run(dispatcher, tracker, domain)
    waiting = claims_in(data_dir).waiting_handoffs()
    assert [(h.sender_id, h.flow) for h in waiting] == [("fixture-claim-email", "claim_intake_form")]


class SlowStore:
    """A store whose every call blocks its thread, as a locked SQLite file does."""

    def __init__(self, seconds: float, real: ClaimStore) -> None:
        self.seconds = seconds
        self.real = real

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self.real, name)

        def slow(*args: Any, **kwargs: Any) -> Any:
            time.sleep(self.seconds)
            return method(*args, **kwargs)

        return slow


async def longest_stall(action: Awaitable[Any]) -> float:
    """The longest the event loop went without running a 10 ms ticker while `action` ran."""
    stalls: list[float] = []
    done = asyncio.Event()

    async def ticker() -> None:
        while not done.is_set():
            before = time.monotonic()
            await asyncio.sleep(0.01)
            stalls.append(time.monotonic() - before)

    tick = asyncio.create_task(ticker())
    await asyncio.sleep(0.03)  # the ticker is running before the action starts
    await action
    done.set()
    await tick
    return max(stalls)


@pytest.mark.parametrize("which", ["submit", "status", "handoff"])
async def test_a_slow_store_never_stalls_the_event_loop(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, domain: dict[str, Any], which: str
) -> None:
    slow = SlowStore(0.5, claims_in(data_dir))
    slow.real.create_schema()
    monkeypatch.setattr(claim_actions, "claim_store", lambda: slow)
    monkeypatch.setattr(handoff_actions, "claim_store", lambda: slow)
    dispatcher = CollectingDispatcher()
    action = {
        "submit": lambda: ActionSubmitClaim().run(dispatcher, tracker_with("claim_confirmed_theft"), domain),
        "status": lambda: ActionClaimStatus().run(dispatcher, status_tracker("chat-1", None), domain),
        "handoff": lambda: ActionHandoff().run(dispatcher, tracker_with("claim_asking_email"), domain),
    }[which]
    started = time.monotonic()
    stall = await longest_stall(action())
    assert time.monotonic() - started >= 0.5  # the store call did take its time...
    assert stall < 0.2  # ...but in a worker thread, not on the loop
