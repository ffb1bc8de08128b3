"""A message the classifier was unsure of: the runner-up intents and its facts decide."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.faq import ActionHandleUnclear
from tests.actions.conftest import slot_events
from tests.actions.trackers import built_tracker


def unclear(
    text: str, ranking: list[tuple[str, float]], entities: list[dict[str, Any]] | None = None
) -> Tracker:
    return built_tracker(
        text,
        "nlu_fallback",
        confidence=0.45,
        entities=entities,
        ranking=[("nlu_fallback", 0.45), *ranking],
        sender="fixture-unclear",
    )


async def test_other_subjects_get_the_out_of_scope_reply(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ActionHandleUnclear().run(
        dispatcher, unclear("text emily", [("inform", 0.51), ("out_of_scope", 0.47)]), domain
    )
    assert events == []
    assert dispatcher.messages[0]["response"] == "utter_out_of_scope"


async def test_a_loss_that_happened_starts_the_claim_with_its_facts(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = "watch went overboard on a fishing trip Nov 21. gone for good, 60 ft of water"
    events = await ActionHandleUnclear().run(
        dispatcher,
        unclear(
            text, [("report_claim", 0.48), ("inform", 0.44)], [{"entity": "item_type", "value": "watch"}]
        ),
        domain,
    )
    assert slot_events(events)["claim_type"] == "lost"
    assert [e["name"] for e in events if e["event"] == "followup"] == ["claim_intake_form"]


async def test_asking_for_someone_at_the_store_hands_over(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = "kia ora, can I please speak to someone from the Newmarket store?"
    events = await ActionHandleUnclear().run(dispatcher, unclear(text, [("human_handoff", 0.44)]), domain)
    assert slot_events(events)["handoff_requested"] is True


async def test_a_refusal_split_between_its_two_intents_is_explained(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    # The refusal told ("report_decline") and its reason ("decline/...") share the score:
    # both are the decline's, so the story of the loss in it does not make it a new claim.
    text = "lost my bracelet at the races in march and Tower turned the claim down, said no valuation"
    ranking = [("report_decline", 0.41), ("decline", 0.39), ("report_claim", 0.12)]
    events = await ActionHandleUnclear().run(dispatcher, unclear(text, ranking), domain)
    assert [e["name"] for e in events if e["event"] == "followup"] == ["decline_explanation_form"]


async def test_one_decline_intent_beside_a_claim_is_still_decided_by_the_story(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = "my ring was stolen from the gym locker yesterday"
    ranking = [("report_claim", 0.44), ("report_decline", 0.41)]
    events = await ActionHandleUnclear().run(dispatcher, unclear(text, ranking), domain)
    assert [e["name"] for e in events if e["event"] == "followup"] == ["claim_intake_form"]


async def test_in_a_form_nothing_is_said_before_the_form_reads_the_message(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    # The form runs next and reads it ("actually they already turned it down" goes on to
    # the decline); a "say it another way" before that would contradict what follows.
    tracker = unclear("actually they already turned it down", [("decline", 0.4), ("inform", 0.3)])
    tracker.active_loop = {"name": "claim_intake_form"}
    events = await ActionHandleUnclear().run(dispatcher, tracker, domain)
    assert events == []
    assert dispatcher.messages == []


FEARED = [
    "I'm terrified of losing my engagement ring, it's worth NZ$9k",
    "my biggest fear is it getting stolen, the ring cost 6 grand",
    "I'm paranoid about my ring being nicked at the gym",
    "scared of dropping it down the sink, it's a $3k ring",
    "I'd be gutted if I lost it, my ring is $7,500",
    "my mum lost her ring years ago and never got a cent, I don't want that to happen with mine",
]


@pytest.mark.parametrize("text", FEARED)
async def test_a_loss_feared_not_had_is_no_claim(
    dispatcher: CollectingDispatcher, domain: dict[str, Any], text: str
) -> None:
    # Kept-aside code: an advice opening the classifier was unsure of took the claim intake.
    events = await ActionHandleUnclear().run(
        dispatcher,
        unclear(
            text,
            [("report_claim", 0.44), ("ask_coverage_advice", 0.42)],
            [{"entity": "item_type", "value": "ring"}],
        ),
        domain,
    )
    assert "claim_intake_form" not in [e.get("name") for e in events if e["event"] == "followup"]


@pytest.mark.parametrize(
    "text",
    [
        "I was so worried when I lost my ring yesterday",
        "my ring got stolen and I am so worried about what the insurer will say",
    ],
)
async def test_a_loss_had_beside_a_worry_is_still_a_claim(
    dispatcher: CollectingDispatcher, domain: dict[str, Any], text: str
) -> None:
    events = await ActionHandleUnclear().run(
        dispatcher,
        unclear(text, [("report_claim", 0.44), ("inform", 0.42)], [{"entity": "item_type", "value": "ring"}]),
        domain,
    )
    assert [e["name"] for e in events if e["event"] == "followup"] == ["claim_intake_form"]
