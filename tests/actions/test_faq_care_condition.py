"""A question about the policy's reasonable-care condition gets the answer that says
what it is (fresh24 kind, in wordings of our own), not the complaint route or the list
of usual decline reasons the selector heard in "decline a claim"."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.faq import ActionAnswerFaq
from bot.language.stories import names_the_care_condition
from bot.rules.faq import load_faq_knowledge
from tests.actions.conftest import load_tracker, slot_events


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("what counts as 'reasonable care' for jewellery, my insurer keeps saying it", True),  # NZ
        ("can they deny my claim saying I was reckless?", True),  # US
        ("is leaving a ring in my car grossly careless?", True),  # US
        ("my policy has a reasonable precautions clause, what does it mean", True),  # NZ
        # Care named another way: the plan, or looking after a piece.
        ("what does the care plan cover?", False),
        ("how do I take care of a pearl necklace", False),
        ("my claim was declined, what can I do", False),
    ],
)
def test_the_care_condition_is_named(text: str, named: bool) -> None:
    assert names_the_care_condition(text) is named


@pytest.mark.parametrize(
    ("text", "picked", "answered"),
    [
        (
            "could my insurer turn down a claim because I didn't take reasonable care? what is that exactly",
            "faq/claim_declined",
            "unattended_or_luggage",
        ),  # US
        (
            "what do they mean by reckless, is that why claims get declined",
            "faq/common_decline_reasons",
            "unattended_or_luggage",
        ),  # NZ
        # A question without the condition keeps the selector's answer, and so does a
        # pick that is no decline's.
        ("my claim was declined, who do I complain to", "faq/claim_declined", "claim_declined"),
        (
            "is a ring in a safe required to be covered? reasonable care?",
            "faq/safe_storage_condition",
            "safe_storage_condition",
        ),
    ],
)
async def test_the_care_condition_gets_its_answer(
    text: str, picked: str, answered: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = load_tracker("faq_confident")
    tracker.latest_message["text"] = text
    tracker.latest_message["response_selector"] = {
        "faq": {"response": {"intent_response_key": picked, "confidence": 0.8}}
    }
    events = await ActionAnswerFaq().run(dispatcher, tracker, domain)
    assert slot_events(events).get("faq_last") == answered


def test_the_care_answer_says_what_reasonable_care_is() -> None:
    answer = load_faq_knowledge().entries["unattended_or_luggage"].answer.lower()
    assert all(word in answer for word in ("reasonable care", "reckless", "careless"))
