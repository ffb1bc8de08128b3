"""The advisor's actions on trackers from JSON fixtures, asserting the events returned."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from bot.actions import advisor
from bot.actions.advisor import ActionGiveCoverageAdvice, ValidateCoverageAdviceForm
from bot.rules.knowledge import load_coverage_facts
from tests.actions.conftest import load_tracker, slot_events, spoken


async def test_advice_sets_the_contract_slots(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ActionGiveCoverageAdvice().run(dispatcher, load_tracker("advice_form_complete"), domain)
    assert slot_events(events) == {
        "coverage_recommendation": "scheduled",
        "premium_low": 120.0,
        "premium_high": 240.0,
        "care_plan_suggested": False,
    }
    text = " ".join(m.get("text") or "" for m in dispatcher.messages)
    assert "$1,500" in text and "$6,500" in text
    assert dispatcher.messages[-1]["response"] == "utter_after_advice"


async def test_unusable_value_is_explained_counted_and_a_person_offered(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ValidateCoverageAdviceForm().run(dispatcher, load_tracker("advice_form_bad_value"), domain)
    slots = slot_events(events)
    assert slots["validation_failures"] == 2.0
    assert "item_value" not in slots
    assert "for example" in dispatcher.messages[0]["text"]
    assert dispatcher.messages[1]["response"] == "utter_offer_person"


async def test_rich_first_message_fills_several_slots(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ValidateCoverageAdviceForm().run(
        dispatcher, load_tracker("advice_form_rich_first_message"), domain
    )
    slots = slot_events(events)
    assert slots["item_type"] == "engagement_ring"
    assert slots["item_value"] == 8500.0
    assert slots["travels_often"] is True
    assert slots["new_purchase"] is True
    assert slots["area_type"] == "urban"
    assert "validation_failures" not in slots
    assert spoken(dispatcher) == []


async def test_a_question_mid_form_is_not_an_answer(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ValidateCoverageAdviceForm().run(
        dispatcher, load_tracker("advice_form_faq_question"), domain
    )
    # Nothing but the form's own bookkeeping: Rasa then rejects the form and the FAQ rule answers.
    assert {k for k in slot_events(events) if k != "requested_slot"} == set()
    assert spoken(dispatcher) == []


def test_an_unknown_area_or_cover_takes_the_defaults_of_the_coverage_knowledge(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tracker = load_tracker("advice_form_complete")
    tracker.slots.update(area_type=None, current_coverage=None)
    facts = replace(load_coverage_facts(), default_area="rural", default_coverage="renters")
    monkeypatch.setattr(advisor, "load_coverage_facts", lambda: facts)
    profile = advisor.profile_from(tracker)
    assert (profile.area_type, profile.current_coverage) == ("rural", "renters")


async def test_advice_without_a_value_gives_a_contract_cover_and_no_premium_range(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = load_tracker("advice_form_complete")
    tracker.slots.update(item_value=None, assumed_answers=["item_value"])
    events = await ActionGiveCoverageAdvice().run(dispatcher, tracker, domain)
    assert slot_events(events) == {
        "coverage_recommendation": "scheduled",  # travels, has a homeowners policy
        "premium_low": None,
        "premium_high": None,
        "care_plan_suggested": False,
    }
    advice = dispatcher.messages[0]
    assert "First step: get an appraisal" in advice["text"]
    assert "for every $1,000 of its value" in advice["custom"]["cost"]
    assert dispatcher.messages[-1]["response"] == "utter_after_advice"


async def test_no_value_and_none_left_not_known_is_no_advice(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    # The guide ended early (handed over): nothing to advise on.
    tracker = load_tracker("advice_form_complete")
    tracker.slots.update(item_value=None)
    assert await ActionGiveCoverageAdvice().run(dispatcher, tracker, domain) == []


async def test_a_value_given_after_advice_without_one_says_the_cost_it_now_has(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = load_tracker("advice_form_complete")
    tracker.slots.update(
        item_value=3000.0,
        assumed_answers=["item_value"],
        coverage_recommendation="scheduled",
        premium_low=None,
        premium_high=None,
    )
    events = await ActionGiveCoverageAdvice().run(dispatcher, tracker, domain)
    slots = slot_events(events)
    assert slots["premium_low"] and slots["premium_high"]
    change = dispatcher.messages[0]["text"]
    assert "with the value, the expected cost is" in change and "None" not in change


def tracker_answering(text: str, intent: str, requested: str = "item_value") -> Any:
    """The guide asking `requested`, and the person's answer filed under `intent`."""
    tracker = load_tracker("advice_form_bad_value")
    tracker.latest_message = {"text": text, "intent": {"name": intent, "confidence": 0.7}, "entities": []}
    tracker.slots.update({"validation_failures": 0.0, "requested_slot": requested})
    return tracker


@pytest.mark.parametrize(
    "answer",
    [
        "Well I paid $4,200 for it in a sale, though the tag said more, but 4,200 came off my card",
        "my daughter says it was $1,900, she kept the receipt though I wasn't meant to see it",
        "the valuer reckoned NZ$3,300 back in March",
    ],
)
async def test_an_answer_heard_as_a_decline_is_still_the_answer(
    answer: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ValidateCoverageAdviceForm().run(dispatcher, tracker_answering(answer, "decline"), domain)
    assert slot_events(events).get("item_value") is not None


async def test_a_refusal_told_mid_guide_is_not_read_as_an_answer(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    refusal = "the insurer declined my claim and only paid $1,500 of it"
    events = await ValidateCoverageAdviceForm().run(dispatcher, tracker_answering(refusal, "decline"), domain)
    # Nothing read: Rasa rejects the form and the decline rule takes the story.
    assert "item_value" not in slot_events(events)
