"""A claim opening that carries facts and a real question (bot/actions/guided_form.py,
bot/language/stories.py): the question is answered when the FAQ is sure of an answer,
owned up to ("I don't know that one") when it is not, and the intake goes on with every
fact of the opening, asking only what is missing.

Phrasings are our own (US and NZ); the negatives (a claim asked for, no question of
cover) get no such line."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.claims import ValidateClaimIntakeForm
from bot.language.stories import tells_it_happened
from tests.actions.conftest import slot_events, spoken
from tests.actions.trackers import built_tracker
from tests.language.readers import entities


def opening(text: str, key: str | None, confidence: float) -> Tracker:
    state = built_tracker(
        text, "report_claim", slots={}, events=[], loop="claim_intake_form", sender="fixture-c31"
    )
    listened = [
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": text},
        {"event": "action", "name": "claim_intake_form"},
    ]
    tracker = Tracker.from_dict({**state.current_state(), "slots": {}, "events": listened})
    tracker.latest_message["intent"] = {"name": "report_claim", "confidence": 0.9}
    tracker.latest_message["entities"] = list(entities(text))
    tracker.latest_message["response_selector"] = (
        {"faq": {"response": {"intent_response_key": key, "confidence": confidence}}} if key else {}
    )
    return tracker


UNSURE = [
    ("lost my watch at the beach yesterday ($5k), is there a deductible?", "watch", 5000.0),
    (
        "I lost my engagement ring on Tuesday, it's worth $7,500, will my premium go up if I claim?",
        "engagement_ring",
        7500.0,
    ),
    ("Hi, my watch was stolen on Monday, value $4,000 - do I have to pay an excess?", "watch", 4000.0),
    (
        "my bracelet got nicked at the pub on saturday, about NZ$1,200. will my contents insurance pay for it?",
        "bracelet",
        1200.0,
    ),
]


@pytest.mark.parametrize(("text", "item", "value"), UNSURE)
async def test_a_question_with_no_sure_answer_is_owned_up_to_and_the_facts_kept(
    text: str, item: str, value: float, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ValidateClaimIntakeForm().run(dispatcher, opening(text, "faq/insurance_cost", 0.2), domain)
    slots = slot_events(events)
    assert slots["item_type"] == item and slots["item_value"] == value and slots["claim_type"]
    assert any(said.get("response") == "utter_faq_unknown" for said in spoken(dispatcher))


async def test_a_sure_answer_is_given_and_no_unknown_line(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = "my ring was stolen at the gym on friday, it was $2,400 - will my renters cover it?"
    events = await ValidateClaimIntakeForm().run(
        dispatcher, opening(text, "faq/homeowners_theft_limit", 0.8), domain
    )
    assert slot_events(events)["faq_last"] == "homeowners_theft_limit"
    assert slot_events(events)["item_value"] == 2400.0
    assert not any(said.get("response") == "utter_faq_unknown" for said in spoken(dispatcher))


@pytest.mark.parametrize(
    "text",
    [
        "my necklace was stolen yesterday, can I claim?",
        "my ring was stolen, what do I do?",
        "my necklace is gone, can you help?",
        "someone nicked my bracelet, what do i need to do?",
        "my ring got stolen, can I make a claim here?",
    ],
)
async def test_a_claim_asked_for_gets_no_unknown_line(
    text: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    await ValidateClaimIntakeForm().run(dispatcher, opening(text, None, 0.0), domain)
    assert not any(said.get("response") == "utter_faq_unknown" for said in spoken(dispatcher))


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("earrings stolen from hotel room 2 days ago, 1500 bucks, do i need a police report?", True),
        ("ring nicked at the gym yesterday - what do I do?", True),
        ("hey, watch got stolen on monday, do I need a police report?", True),
        ("bracelet lost at the beach last weekend, NZ$900, is that covered?", True),
        ("necklace snatched this morning on queen st, what now", True),
        ("is a ring stolen 2 days ago still claimable?", False),
        ("how long do I have to report a ring stolen last week?", False),
        ("does a ring stolen from a car get covered?", False),
    ],
)
def test_a_piece_named_by_its_loss_with_a_day_tells_it_happened(text: str, told: bool) -> None:
    assert tells_it_happened(text) is told
