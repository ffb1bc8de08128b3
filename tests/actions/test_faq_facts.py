"""A question that carries the person's own facts: answered, then their own numbers."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.faq import ActionAnswerFaq
from tests.actions.conftest import slot_events
from tests.actions.trackers import built_tracker, selected


def question(text: str, entities: list[dict[str, Any]], slots: dict[str, Any] | None = None) -> Tracker:
    return built_tracker(
        text,
        "faq",
        entities=entities,
        selector=selected("faq/homeowners_theft_limit", 0.9),
        slots=slots,
        sender="fixture-faq-facts",
    )


def followups(events: list[dict[str, Any]]) -> list[str]:
    return [e["name"] for e in events if e.get("event") == "followup"]


async def test_facts_with_a_question_answer_it_then_open_the_guide_with_them(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = "I'm in Auckland and my ring is worth NZ$4,000. Do I need to specify it?"
    entities = [
        {"entity": "amount", "value": 4000.0},
        {"entity": "currency", "value": "NZD"},
        {"entity": "item_type", "value": "ring"},
    ]
    events = await ActionAnswerFaq().run(dispatcher, question(text, entities), domain)
    slots = slot_events(events)
    assert slots["faq_last"] == "homeowners_theft_limit"  # the question is answered first
    assert (slots["item_value"], slots["currency"], slots["item_type"]) == (4000.0, "NZD", "ring")
    assert followups(events) == ["coverage_advice_form"]


async def test_a_correction_after_the_advice_redoes_it_and_says_what_changed(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    advised = {
        "item_type": "ring",
        "item_value": 4800.0,
        "currency": "USD",
        "travels_often": False,
        "wears_daily": True,
        "area_type": "urban",
        "current_coverage": "homeowners",
        "coverage_recommendation": "blanket",
        "premium_low": 58.0,
        "premium_high": 115.0,
    }
    text = "actually we moved out to the countryside last month - does that change anything?"
    events = await ActionAnswerFaq().run(
        dispatcher, question(text, [{"entity": "area_type", "value": "rural"}], advised), domain
    )
    slots = slot_events(events)
    assert slots["area_type"] == "rural"
    said = [m.get("text") or "" for m in dispatcher.messages]
    assert "changed that from a city to the countryside" in said[0]
    assert any("expected cost moves from $58-$115" in line for line in said)
    assert slots["premium_low"] < 58.0


async def test_a_question_about_something_that_happened_leads_to_the_claim(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = "does a valuation count as proof? asking because my earrings were stolen at a party on Saturday"
    events = await ActionAnswerFaq().run(
        dispatcher, question(text, [{"entity": "item_type", "value": "earrings"}]), domain
    )
    slots = slot_events(events)
    assert slots["claim_type"] == "theft" and slots["item_type"] == "earrings"
    assert followups(events) == ["claim_intake_form"]


async def test_a_general_question_stays_a_question(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = "what's the most my home policy pays for a stolen ring?"
    events = await ActionAnswerFaq().run(
        dispatcher, question(text, [{"entity": "item_type", "value": "ring"}]), domain
    )
    assert followups(events) == []


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("does renters insurance cover my watch if it's stolen?", "watch"),
        ("is my engagement ring covered by homeowners if someone steals it?", "engagement_ring"),
    ],
)
async def test_a_general_question_naming_only_the_piece_offers_the_guide(
    text: str, item: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ActionAnswerFaq().run(
        dispatcher, question(text, [{"entity": "item_type", "value": item}]), domain
    )
    slots = slot_events(events)
    assert slots["faq_last"] == "homeowners_theft_limit"  # answered
    assert slots["item_type"] == item
    assert followups(events) == []  # offered, not started
    assert any(m.get("buttons") for m in dispatcher.messages)


async def test_a_question_told_with_a_theft_leads_to_the_claim_not_the_guide(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = (
        "My bracelet was stolen from our motel room. I've since put it on my insurance, what else do I need?"
    )
    events = await ActionAnswerFaq().run(
        dispatcher, question(text, [{"entity": "item_type", "value": "bracelet"}]), domain
    )
    slots = slot_events(events)
    assert slots["claim_type"] == "theft"
    assert followups(events) == ["claim_intake_form"]


async def test_advice_asked_for_a_piece_starts_the_guide(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = "how should I insure my bangle?"
    events = await ActionAnswerFaq().run(
        dispatcher, question(text, [{"entity": "item_type", "value": "bracelet"}]), domain
    )
    assert slot_events(events)["item_type"] == "bracelet"
    assert followups(events) == ["coverage_advice_form"]


def _entities(text: str) -> list[dict[str, Any]]:
    from bot.language.facts import read_message

    return [
        {"entity": m.entity, "value": m.value, "start": m.start, "end": m.end} for m in read_message(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "would my house insurance still cover my jewellery while I'm abroad?",
        "are my earrings insured when we go on holiday overseas?",
        "is the ring covered if I travel?",
    ],
)
async def test_a_habit_named_only_as_the_questions_condition_starts_no_guide(
    dispatcher: CollectingDispatcher, domain: dict[str, Any], text: str
) -> None:
    events = await ActionAnswerFaq().run(dispatcher, question(text, _entities(text)), domain)
    assert "travels_often" not in slot_events(events)
    assert "coverage_advice_form" not in followups(events)


async def test_a_habit_stated_before_the_question_is_theirs(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = "I fly for work every month, does my contents policy cover my watch overseas?"
    events = await ActionAnswerFaq().run(dispatcher, question(text, _entities(text)), domain)
    assert slot_events(events).get("travels_often") is True


@pytest.mark.parametrize(
    ("text", "entities", "claim_type"),
    [
        # Jewelry named without the piece: the intake asks which.
        ("thieves got into the house on Friday and took my jewellery, is that covered?", [], "theft"),
        # A part of the piece as the subject of what happened.
        (
            "the clasp on my bracelet broke yesterday, does the care plan fix that? want to claim",
            [{"entity": "item_type", "value": "bracelet"}],
            "damage",
        ),
        # The subject left out of the event's sentence, after the question.
        (
            "is my watch covered for loss? Lost it at the pool on Saturday",
            [{"entity": "item_type", "value": "watch"}],
            "lost",
        ),
    ],
)
async def test_a_question_told_with_an_event_goes_on_to_the_claim(
    text: str,
    entities: list[dict[str, Any]],
    claim_type: str,
    dispatcher: CollectingDispatcher,
    domain: dict[str, Any],
) -> None:
    events = await ActionAnswerFaq().run(dispatcher, question(text, entities), domain)
    slots = slot_events(events)
    assert slots["faq_last"] == "homeowners_theft_limit"  # answered first
    assert slots["claim_type"] == claim_type
    assert followups(events) == ["claim_intake_form"]


@pytest.mark.parametrize(
    "text",
    [
        "thieves got into the house on Friday and took my jewellery, how do I claim?",
        "my watch got nicked from the gym changing room yesterday, am I able to claim for it?",
    ],
)
async def test_an_event_told_with_only_a_request_to_claim_goes_straight_to_the_claim(
    text: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ActionAnswerFaq().run(dispatcher, question(text, []), domain)
    slots = slot_events(events)
    assert "faq_last" not in slots  # the intake is the answer
    assert slots["claim_type"] == "theft"
    assert followups(events) == ["claim_intake_form"]


@pytest.mark.parametrize(
    "text",
    [
        "what does it normally cost a year to insure a $6,000 necklace?",
        "if I lose a $2,500 watch, does a contents policy usually pay the whole lot?",
        "quick question - can an heirloom bracelet with no paperwork be insured?",
    ],
)
async def test_a_general_question_with_an_example_piece_starts_no_guide(
    text: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ActionAnswerFaq().run(dispatcher, question(text, []), domain)
    slots = slot_events(events)
    assert slots["faq_last"] == "homeowners_theft_limit"  # answered
    assert "item_value" not in slots  # the example's value is not theirs
    assert followups(events) == []


@pytest.mark.parametrize(
    "text",
    [
        "I'm terrified of losing my engagement ring, it's worth $9,000. what should I do?",
        "my ring is worth $9k and I travel a lot. any advice?",
    ],
)
async def test_facts_and_only_what_to_do_asked_go_straight_to_the_guide(
    text: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    # Probed over the stack: a confident pick answered another question (an outdated
    # appraisal) before the guide started.
    entities = [{"entity": "item_type", "value": "engagement_ring"}, {"entity": "amount", "value": 9000.0}]
    events = await ActionAnswerFaq().run(dispatcher, question(text, entities), domain)
    assert followups(events) == ["coverage_advice_form"]
    assert dispatcher.messages == []
    assert slot_events(events)["item_value"] == 9000.0
