"""The claim intake and a decision already made.

When the decline explanation hands the intake a message (the classifier heard a decline,
the words told none), the intake says how to reach the explanation; a decision told at
any later question goes there, with what the intake took in kept."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.claims import ValidateClaimIntakeForm, opened_by_the_decline_form
from bot.actions.declines import ValidateDeclineExplanationForm
from bot.wording.claims import DECIDED_ALREADY_OFFER
from tests.actions.trackers import built_tracker

STORY = "my sapphire ring vanished from the hotel room in Queenstown and the policy says over $4,000 must be in a safe"


def _tracker(
    events: list[dict[str, Any]], text: str, slots: dict[str, Any], loop: str, intent: str = "inform"
) -> Tracker:
    return built_tracker(
        text,
        intent,
        confidence=0.8,
        slots=slots,
        events=events,
        loop=loop,
        last_action=loop,
        sender="fixture-decided-already",
    )


def opening(handed_by_the_decline_form: bool) -> Tracker:
    events = [
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": STORY, "parse_data": {"intent": {"name": "decline"}}},
        *([{"event": "action", "name": "decline_explanation_form"}] if handed_by_the_decline_form else []),
        {"event": "action", "name": "claim_intake_form"},
    ]
    return _tracker(events, STORY, {}, "claim_intake_form", intent="decline")


def at_the_name_question(text: str, handed_by_the_decline_form: bool) -> Tracker:
    events = [
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": STORY, "parse_data": {"intent": {"name": "decline"}}},
        *([{"event": "action", "name": "decline_explanation_form"}] if handed_by_the_decline_form else []),
        {"event": "action", "name": "claim_intake_form"},
        {"event": "active_loop", "name": "claim_intake_form"},
        {"event": "slot", "name": "item_type", "value": "ring"},
        {"event": "slot", "name": "claim_type", "value": "lost"},
        {"event": "slot", "name": "requested_slot", "value": "claimant_name"},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": text, "parse_data": {"intent": {"name": "inform"}}},
        {"event": "action", "name": "claim_intake_form"},
    ]
    slots = {"item_type": "ring", "claim_type": "lost", "requested_slot": "claimant_name"}
    return _tracker(events, text, slots, "claim_intake_form")


def followups(events: list[dict[str, Any]]) -> list[str]:
    return [e["name"] for e in events if e.get("event") == "followup"]


def said(dispatcher: CollectingDispatcher) -> str:
    return "\n".join(m.get("text") or "" for m in dispatcher.messages)


async def test_handed_over_by_the_decline_form_the_intake_says_how_to_reach_the_explanation(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    await ValidateClaimIntakeForm().run(dispatcher, opening(handed_by_the_decline_form=True), domain)
    assert DECIDED_ALREADY_OFFER in said(dispatcher)


async def test_opened_by_the_person_the_intake_makes_no_such_offer(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    await ValidateClaimIntakeForm().run(dispatcher, opening(handed_by_the_decline_form=False), domain)
    assert DECIDED_ALREADY_OFFER not in said(dispatcher)


def test_which_run_of_the_intake_was_handed_over_is_read_from_the_events() -> None:
    assert opened_by_the_decline_form(at_the_name_question("x", handed_by_the_decline_form=True))
    assert not opened_by_the_decline_form(at_the_name_question("x", handed_by_the_decline_form=False))


async def test_after_the_offer_a_few_words_of_a_decision_go_to_the_explanation(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = at_the_name_question("oh they already turned it down", handed_by_the_decline_form=True)
    events = await ValidateClaimIntakeForm().run(dispatcher, tracker, domain)
    assert followups(events) == ["decline_explanation_form"]
    # What the intake took in is not cleared: the explanation uses the piece.
    assert not [e for e in events if e.get("event") == "slot" and e.get("name") == "item_type"]


async def test_not_yet_is_no_decision(dispatcher: CollectingDispatcher, domain: dict[str, Any]) -> None:
    tracker = at_the_name_question("not yet, we only reported it yesterday", handed_by_the_decline_form=True)
    events = await ValidateClaimIntakeForm().run(dispatcher, tracker, domain)
    assert followups(events) == []


async def test_without_the_offer_a_few_words_are_not_enough(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    # "Rejected" alone, never offered the way out, is no story of a decline.
    tracker = at_the_name_question("rejected", handed_by_the_decline_form=False)
    events = await ValidateClaimIntakeForm().run(dispatcher, tracker, domain)
    assert followups(events) == []


async def test_a_decline_story_at_any_question_goes_to_the_explanation(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = "sorry I should have said, the insurer has already declined my claim for the ring"
    events = await ValidateClaimIntakeForm().run(
        dispatcher, at_the_name_question(text, handed_by_the_decline_form=False), domain
    )
    assert followups(events) == ["decline_explanation_form"]


async def test_the_decline_form_keeps_what_the_intake_handed_it(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    # Read alone, "knocked it back" tells no decision (it would go to the FAQ).
    text = "they knocked it back"
    events = [
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": text, "parse_data": {"intent": {"name": "inform"}}},
        {"event": "action", "name": "claim_intake_form"},
        {"event": "active_loop", "name": None},
        {"event": "action", "name": "decline_explanation_form"},
    ]
    tracker = _tracker(events, text, {"item_type": "ring"}, "decline_explanation_form")
    result = await ValidateDeclineExplanationForm().run(dispatcher, tracker, domain)
    assert followups(result) == []
