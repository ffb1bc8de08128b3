"""A stone that falls out of its setting is wear to the piece, not the piece lost or
stolen (fresh21 kind, in wordings of our own): the wear-and-tear answer, in place of the
lost piece's or the theft limit's that the selector heard in it."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.faq import ActionAnswerFaq
from bot.language.stories import names_a_stone_coming_out
from tests.actions.conftest import load_tracker, slot_events


@pytest.mark.parametrize(
    ("text", "stone_out"),
    [
        ("would my contents pay if the opal pops out of my pendant one day?", True),
        ("does homeowners cover it when a diamond works loose and falls out?", True),
        ("if my engagement ring loses a stone is that covered?", True),
        ("is it covered if a pearl comes free from the strand, just wondering", True),
        # The piece itself gone, or a stone named with no falling out.
        ("does homeowners cover a ring if it falls off in the sea?", False),
        ("is a loose diamond I keep in a drawer covered?", False),
        ("what if the diamond ring gets stolen from my bag?", False),
    ],
)
def test_a_stone_coming_out_is_named(text: str, stone_out: bool) -> None:
    assert names_a_stone_coming_out(text) is stone_out


@pytest.mark.parametrize(
    ("text", "picked", "answered"),
    [
        (
            "would my contents pay if the opal pops out of my pendant one day?",
            "faq/homeowners_mysterious_disappearance",
            "wear_and_tear",
        ),
        (
            "does homeowners cover it when a diamond works loose and falls out?",
            "faq/homeowners_theft_limit",
            "wear_and_tear",
        ),
        # A piece that vanishes keeps the selector's answer; so does a stone out asked
        # about in a way the selector matched to another entry.
        (
            "does homeowners cover a ring if it falls off in the sea?",
            "faq/homeowners_mysterious_disappearance",
            "homeowners_mysterious_disappearance",
        ),
        (
            "if a stone falls out of my ring is that covered by my homeowners?",
            "faq/homeowners_what_is_covered",
            "homeowners_what_is_covered",
        ),
    ],
)
async def test_a_stone_out_gets_the_wear_and_tear_answer(
    text: str, picked: str, answered: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = load_tracker("faq_confident")
    tracker.latest_message["text"] = text
    tracker.latest_message["response_selector"] = {
        "faq": {"response": {"intent_response_key": picked, "confidence": 0.8}}
    }
    events = await ActionAnswerFaq().run(dispatcher, tracker, domain)
    assert slot_events(events).get("faq_last") == answered
