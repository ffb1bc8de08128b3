"""fresh26's decline-routing kinds, in the actions:

- at the claim summary (or any question), the insurer's decision asked about ("no, I
  just want to understand the denial") goes to the decline explanation;
- a loss the insurer only said was not listed, then listed by the person, is a claim
  to take in, not a decline to explain;
- right after an explanation, where the person is ("I'm in Texas") is the region: the
  explanation again for another country, a word that it stands for the same one; never
  the start of the advice guide."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.advisor import ValidateCoverageAdviceForm
from bot.actions.claims import ValidateClaimIntakeForm
from bot.actions.declines import flow_without_a_decision, region_told_after_the_explanation
from bot.actions.faq import ActionAnswerFaq
from bot.language.answers import UserMessage
from bot.wording.declines import region_confirmed_line
from tests.actions.trackers import built_tracker


def followups(events: list[dict[str, Any]]) -> list[str]:
    return [e["name"] for e in events if e.get("event") == "followup"]


def slots_set(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def at_the_summary(text: str, intent: str = "deny") -> Tracker:
    story = "my late koro's gold watch was taken when my car got broken into"
    events = [
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": story, "parse_data": {"intent": {"name": "report_claim"}}},
        {"event": "action", "name": "claim_intake_form"},
        {"event": "active_loop", "name": "claim_intake_form"},
        {"event": "slot", "name": "item_type", "value": "watch"},
        {"event": "slot", "name": "claim_type", "value": "theft"},
        {"event": "slot", "name": "requested_slot", "value": "claim_confirmed"},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": text, "parse_data": {"intent": {"name": intent}}},
        {"event": "action", "name": "claim_intake_form"},
    ]
    return built_tracker(
        text,
        intent,
        confidence=0.8,
        slots={"item_type": "watch", "claim_type": "theft", "requested_slot": "claim_confirmed"},
        events=events,
        loop="claim_intake_form",
        last_action="claim_intake_form",
        sender="fixture-fresh26-summary",
    )


@pytest.mark.parametrize(
    "text",
    [
        "no, I just want to understand the denial",
        "no, I want to know about the decline",  # NZ
        "not quite, it's the refusal I wanted to ask about",
        "actually can you explain why Tower said no",  # NZ
    ],
)
async def test_the_decision_asked_about_at_the_summary_goes_to_the_explanation(
    text: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ValidateClaimIntakeForm().run(dispatcher, at_the_summary(text), domain)
    assert followups(events) == ["decline_explanation_form"]


@pytest.mark.parametrize("text", ["no, the date was 3 March", "no", "what happens if they deny it?"])
async def test_a_change_or_a_fear_at_the_summary_stays_in_the_intake(
    text: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ValidateClaimIntakeForm().run(dispatcher, at_the_summary(text), domain)
    assert "decline_explanation_form" not in followups(events)


@pytest.mark.parametrize(
    "text",
    [
        "my engagement ring fell out of my bag at airport security on Tuesday. when I rang Allstate they said "
        "it wasn't on my policy so I added it the same day. what now?",
        "lost my bracelet at the beach on Saturday and AMI told me it wasn't specified, so I've specified it now",  # NZ
    ],
)
def test_told_not_listed_then_listed_is_a_claim(text: str) -> None:
    assert flow_without_a_decision(UserMessage(text, "decline")) == "claim_intake_form"


@pytest.mark.parametrize(
    "text",
    [
        "I lost my necklace and rang Tower to put it on my policy, then claimed. they've said no.",  # NZ
        "my ring was stolen and they said it wasn't on my policy so they won't pay",
    ],
)
def test_a_decision_told_beside_the_listing_is_explained(text: str) -> None:
    assert flow_without_a_decision(UserMessage(text, "decline")) is None


def after_the_explanation(text: str, intent: str, region: str | None, last_action: str) -> Tracker:
    events = [
        {"event": "action", "name": "action_listen"},
        {
            "event": "user",
            "text": "my insurer denied my claim for my ring",
            "parse_data": {"intent": {"name": "decline"}},
        },
        {"event": "action", "name": "decline_explanation_form"},
        {"event": "action", "name": last_action},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": text, "parse_data": {"intent": {"name": intent}}},
    ]
    return built_tracker(
        text,
        intent,
        slots={"decline_reason": "wear_and_tear", "region": region},
        events=events,
        sender="fixture-fresh26-region",
    )


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("I'm in Texas", "US"),
        ("we're in Christchurch", "NZ"),
        ("Houston, TX", "US"),
        ("it's a NZ policy", "NZ"),
    ],
)
def test_a_place_right_after_the_explanation_is_the_region(text: str, region: str) -> None:
    tracker = after_the_explanation(text, "inform", "US", "action_explain_decline")
    assert region_told_after_the_explanation(tracker) == region


@pytest.mark.parametrize(
    ("text", "last_action"),
    [
        ("I'm in Texas", "action_answer_faq"),  # not right after the explanation
        ("I'm in Texas, what would it cost to insure my new ring?", "action_explain_decline"),
        ("thanks", "action_explain_decline"),
    ],
)
def test_no_region_told_after_the_explanation(text: str, last_action: str) -> None:
    tracker = after_the_explanation(text, "inform", "US", last_action)
    assert region_told_after_the_explanation(tracker) is None


async def test_another_country_explains_again_instead_of_starting_the_guide(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = after_the_explanation("we're in Wellington actually", "inform", "US", "action_explain_decline")
    events = await ValidateCoverageAdviceForm().get_extraction_events(dispatcher, tracker, domain)
    assert slots_set(events).get("region") == "NZ"
    assert followups(events) == ["action_explain_decline"]


async def test_the_same_country_is_confirmed_in_a_word(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = after_the_explanation("I'm in Texas", "faq", "US", "action_explain_decline")
    events = await ActionAnswerFaq().run(dispatcher, tracker, domain)
    assert followups(events) == ["action_listen"]
    assert [m.get("text") for m in dispatcher.messages] == [region_confirmed_line("US")]


async def test_an_unclear_decision_asked_at_the_summary_is_no_rephrase(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    from bot.actions.faq import ActionHandleUnclear

    tracker = at_the_summary("no, I just want to understand the denial", intent="nlu_fallback")
    events = await ActionHandleUnclear().run(dispatcher, tracker, domain)
    assert events == [] and dispatcher.messages == []


async def test_the_same_country_ends_the_guide_the_message_opened(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = after_the_explanation("the US", "inform", "US", "action_explain_decline")
    events = await ValidateCoverageAdviceForm().get_extraction_events(dispatcher, tracker, domain)
    assert followups(events) == ["action_listen"]
    assert any(e.get("event") == "active_loop" and e.get("name") is None for e in events)


def test_a_second_place_after_a_first_is_still_the_region() -> None:
    tracker = after_the_explanation(
        "we're in Christchurch actually", "inform", "US", "action_explain_decline"
    )
    events = list(tracker.events)
    # "the US" was said first (and confirmed), then the second place.
    first = [
        {"event": "user", "text": "the US", "parse_data": {"intent": {"name": "inform"}}},
        {"event": "action", "name": "coverage_advice_form"},
        {"event": "active_loop", "name": None},
        {"event": "action", "name": "action_listen"},
    ]
    tracker.events = events[:-1] + first + events[-1:]
    assert region_told_after_the_explanation(tracker) == "NZ"


def test_a_question_in_between_ends_it() -> None:
    tracker = after_the_explanation("I'm in Texas", "inform", "US", "action_explain_decline")
    events = list(tracker.events)
    between = [
        {"event": "user", "text": "what does scheduling mean?", "parse_data": {"intent": {"name": "faq"}}},
        {"event": "action", "name": "action_answer_faq"},
        {"event": "action", "name": "action_listen"},
    ]
    tracker.events = events[:-1] + between + events[-1:]
    assert region_told_after_the_explanation(tracker) is None
