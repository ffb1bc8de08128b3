"""A conversation that reached no end (fresh30's f30-advice-us-006), by kind:

- a care plan (or a warranty) on the person's own piece, taken for insurance ("I bought
  the protection plan with my band so I'm insured right?"): the FAQ answers that it is
  not insurance, then the guide works out the cover the piece lacks;
- a message another flow hands to the FAQ action in the same turn (the decline form,
  the intake, the guide's start, the unsure-intent handler): the answer ends the turn
  with a listen, never the dialogue model's fallback, which took the answer back.

Phrasings are our own (US and NZ)."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.faq import ActionAnswerFaq, ActionHandleUnclear
from bot.language.requests import takes_a_care_plan_for_insurance


def followups(events: list[dict[str, Any]]) -> list[str]:
    return [e["name"] for e in events if e.get("event") == "followup"]


def slots_set(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def asked(
    text: str,
    intent: str = "faq",
    key: str = "faq/care_plan_vs_insurance",
    handed_by: str | None = None,
    ranking: list[tuple[str, float]] | None = None,
) -> Tracker:
    parse = {
        "text": text,
        "intent": {"name": intent, "confidence": 0.6},
        "intent_ranking": [{"name": n, "confidence": c} for n, c in (ranking or [(intent, 0.6)])],
        "entities": [],
        "response_selector": {
            "all_retrieval_intents": ["decline", "faq"],
            "faq": {"response": {"confidence": 0.9, "intent_response_key": key}, "ranking": []},
        },
    }
    events: list[dict[str, Any]] = [
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": text, "parse_data": parse},
    ]
    if handed_by:
        events.append({"event": "action", "name": handed_by})
    return Tracker(
        sender_id="fixture-care-plan-insured",
        slots={},
        latest_message=parse,
        events=events,
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name=handed_by or "action_listen",
    )


TAKEN_FOR_INSURANCE = [
    "I bought the diamond protection plan when I got my anniversary band so I'm insured right?",
    "I got the care plan with my engagement ring, does that mean it's insured?",
    "the jeweller sold me a 3 year care plan with my pendant so I'm covered aren't I",  # NZ
    "my watch has the extended warranty so it's covered, yeah?",
    "got the jewellery care plan on my bracelet, that's basically insurance isn't it?",  # NZ
    "we paid for the lifetime protection plan on her ring so we're all covered right",
]


@pytest.mark.parametrize("text", TAKEN_FOR_INSURANCE)
def test_a_care_plan_taken_for_insurance_is_told(text: str) -> None:
    assert takes_a_care_plan_for_insurance(text)


@pytest.mark.parametrize(
    "text",
    [
        "does the care plan cover it if my ring gets stolen?",
        "what does a jewelry care plan actually cover? like does it cover loss?",
        "is a care plan the same as insurance?",
        "I have the care plan on my ring, does it cover theft?",
        "the care plan people said my lost earring isnt covered, is that normal?",
        "my ring is insured so I don't need the care plan right?",
    ],
)
def test_a_question_about_care_plans_is_not(text: str) -> None:
    assert not takes_a_care_plan_for_insurance(text)


@pytest.mark.parametrize("text", TAKEN_FOR_INSURANCE[:3])
async def test_answered_then_the_guide_starts(
    text: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ActionAnswerFaq().run(dispatcher, asked(text), domain)
    said = [m.get("text") or "" for m in dispatcher.messages]
    assert "not an insurance policy" in said[0]
    assert followups(events) == ["coverage_advice_form"]
    assert slots_set(events).get("item_type") in {"ring", "engagement_ring", "pendant"}


@pytest.mark.parametrize("flow", ["decline_explanation_form", "claim_intake_form", "action_handle_unclear"])
async def test_a_handed_over_answer_ends_the_turn_with_a_listen(
    flow: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = asked("what does a jewelry care plan cover?", handed_by=flow)
    events = await ActionAnswerFaq().run(dispatcher, tracker, domain)
    assert dispatcher.messages
    assert followups(events) == ["action_listen"]


async def test_a_question_asked_outright_has_no_listen_added(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ActionAnswerFaq().run(dispatcher, asked("what does a jewelry care plan cover?"), domain)
    assert dispatcher.messages
    assert followups(events) == []


async def test_a_handed_over_care_plan_taken_for_insurance_still_starts_the_guide(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = asked(TAKEN_FOR_INSURANCE[0], intent="decline", handed_by="decline_explanation_form")
    events = await ActionAnswerFaq().run(dispatcher, tracker, domain)
    assert followups(events) == ["coverage_advice_form"]


async def test_unsure_of_the_intent_it_is_answered_first(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = asked(TAKEN_FOR_INSURANCE[2], intent="nlu_fallback", ranking=[("inform", 0.4), ("faq", 0.3)])
    events = await ActionHandleUnclear().run(dispatcher, tracker, domain)
    assert dispatcher.messages
    assert followups(events) == ["coverage_advice_form"]


async def test_taken_for_insurance_it_is_told_what_a_care_plan_is_whatever_the_pick(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    """The selector heard passing the plan on in "sold me a care plan ... so I'm covered"."""
    tracker = asked(TAKEN_FOR_INSURANCE[2], key="faq/care_plan_transfer")
    events = await ActionAnswerFaq().run(dispatcher, tracker, domain)
    said = [m.get("text") or "" for m in dispatcher.messages]
    assert "not an insurance policy" in said[0]
    assert followups(events) == ["coverage_advice_form"]
