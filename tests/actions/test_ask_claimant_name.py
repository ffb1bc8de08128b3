"""The name question: the privacy note with the first ask only, and never twice in a reply."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.chat_parts import ActionAskClaimantName
from bot.wording.claims import NAME_QUESTION


def _tracker(events: list[dict[str, Any]]) -> Tracker:
    return Tracker.from_dict(
        {
            "sender_id": "someone",
            "slots": {"requested_slot": "claimant_name"},
            "latest_message": {"text": events[-1].get("text", "") if events else "", "intent": {}},
            "events": events,
            "paused": False,
            "followup_action": None,
            "active_loop": {"name": "claim_intake_form"},
            "latest_action_name": "claim_intake_form",
        }
    )


async def _asked(events: list[dict[str, Any]]) -> list[str]:
    dispatcher = CollectingDispatcher()
    await ActionAskClaimantName().run(dispatcher, _tracker(events), {})
    return [str(m.get("text") or "") for m in dispatcher.messages]


USER = {"event": "user", "text": "photos and the receipt"}


@pytest.mark.asyncio
async def test_the_first_ask_has_the_privacy_note() -> None:
    said = await _asked([USER])
    assert len(said) == 1 and "Next I need your name" in said[0] and said[0].endswith(NAME_QUESTION)


@pytest.mark.asyncio
async def test_a_later_ask_is_the_question_alone() -> None:
    asked = {"event": "action", "name": "action_ask_claimant_name"}
    said = await _asked([USER, asked, {"event": "user", "text": "hmm"}])
    assert said == [NAME_QUESTION]


@pytest.mark.asyncio
async def test_no_second_question_when_the_reply_already_asked_it() -> None:
    problem = {"event": "bot", "text": f'{NAME_QUESTION} For example "Ana Ruiz".'}
    said = await _asked([{"event": "user", "text": "same as last time"}, problem])
    assert said == []


@pytest.mark.asyncio
async def test_something_else_said_this_turn_does_not_stop_the_question() -> None:
    note = {"event": "bot", "text": "I've put down what you named."}
    said = await _asked([USER, note])
    assert len(said) == 1 and said[0].endswith(NAME_QUESTION)
