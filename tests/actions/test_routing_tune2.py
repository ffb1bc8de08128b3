"""First messages of the second routing tune set's kinds, in wordings of our own: where
the FAQ action sends them."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.faq import ActionAnswerFaq
from tests.actions.conftest import slot_events
from tests.actions.trackers import built_tracker, selected


def question(text: str, faq_key: str = "faq/after_theft", confidence: float = 0.9) -> Tracker:
    return built_tracker(text, "faq", selector=selected(faq_key, confidence), sender="fixture-routing-tune2")


def followups(events: list[dict[str, Any]]) -> list[str]:
    return [e["name"] for e in events if e.get("event") == "followup"]


async def test_a_loss_told_in_an_if_question_is_answered_then_taken_in(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = "can i claim if my bangle got nicked off the beach at Raglan yesterday? absolutely gutted"
    events = await ActionAnswerFaq().run(dispatcher, question(text), domain)
    assert followups(events) == ["claim_intake_form"]
    assert slot_events(events)["claim_type"] == "theft"


async def test_a_supposed_loss_is_only_answered(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = "if my necklace gets stolen on holiday do I need to report it to the local police?"
    events = await ActionAnswerFaq().run(dispatcher, question(text), domain)
    assert followups(events) == []


async def test_cover_asked_after_an_earlier_loss_starts_the_guide_on_the_new_piece(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = (
        "had a claim rejected a couple of years back for my mum's pendant, want to do it "
        "properly this time. how should I cover my new watch?"
    )
    events = await ActionAnswerFaq().run(dispatcher, question(text, "faq/claim_declined"), domain)
    assert followups(events) == ["coverage_advice_form"]
    assert slot_events(events).get("item_type") == "watch"


async def test_cover_for_an_unnamed_new_piece_leaves_the_piece_to_the_guide(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = "my watch was stolen a few years ago and the insurer paid up. got a new one now, anything I should do?"
    events = await ActionAnswerFaq().run(dispatcher, question(text, "faq/lost_item_claim", 0.2), domain)
    assert followups(events) == ["coverage_advice_form"]
    assert "item_type" not in slot_events(events)


async def test_what_a_kind_of_policy_covers_is_answered_and_the_guide_offered(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = "does homeowners insurance cover diamond earrings?"
    events = await ActionAnswerFaq().run(
        dispatcher, question(text, "faq/homeowners_what_is_covered", 0.1), domain
    )
    assert followups(events) == []
