"""The advisor's actions on trackers from JSON fixtures, asserting the events returned."""

from __future__ import annotations

from typing import Any

from rasa_sdk.executor import CollectingDispatcher

from bot.actions.advisor import ActionGiveCoverageAdvice, ValidateCoverageAdviceForm
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
