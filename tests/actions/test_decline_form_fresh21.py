"""The decline form's first message (fresh21 kinds, in wordings of our own): an earlier
refusal told as background to cover for a new piece goes to the guide; a care plan the
seller said does not cover the loss stays a decline to explain."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.declines import ValidateDeclineExplanationForm
from tests.actions.trackers import built_tracker


def opening_tracker(text: str) -> Tracker:
    return built_tracker(
        text,
        "decline",
        confidence=0.8,
        events=[
            {"event": "action", "name": "action_listen"},
            {"event": "user", "text": text},
            {"event": "action", "name": "decline_explanation_form"},
        ],
        loop="decline_explanation_form",
        last_action="decline_explanation_form",
        sender="fixture-decline-fresh21",
    )


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        (
            "A couple of years ago my contents only paid $2,500 for my stolen bangle because it wasn't "
            "specified, and I'm not making that mistake again. Just been given my grandmother's emerald "
            "ring, valued at $9,000. What should I do?",
            "ring",
        ),
        (
            "Back in 2022 our homeowners paid $1,500 on a $6k watch thanks to the limit. I recently "
            "bought a diamond tennis bracelet, how do I make sure it doesn't happen again?",
            "bracelet",
        ),
    ],
)
async def test_an_earlier_refusal_as_background_goes_to_the_guide(
    text: str, piece: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ValidateDeclineExplanationForm().run(dispatcher, opening_tracker(text), domain)
    assert [e["name"] for e in events if e.get("event") == "followup"] == ["coverage_advice_form"]
    assert {"event": "slot", "name": "item_type", "value": piece} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A refusal told as recent: explained, not background.
        "my homeowners only paid $1,500 for my stolen bracelet last week, what should I do next time?",
        # The seller's word that the plan does not cover the loss: a decline.
        "my watch was nicked at the pool and the shop told me the care plan won't cover theft. what did I pay for?",
        "when my ring went missing the jeweller said the warranty doesn't cover loss",
    ],
)
async def test_a_refusal_told_stays_a_decline(
    text: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ValidateDeclineExplanationForm().run(dispatcher, opening_tracker(text), domain)
    assert not [e for e in events if e.get("event") == "followup"]
