"""The FAQ actions: answer from knowledge when sure, say so when not, resolve follow-ups."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.faq import ActionAnswerFaq, ActionAnswerFollowUp, claim_in_question
from tests.actions.conftest import load_tracker, slot_events
from tests.actions.trackers import built_tracker, selected


def texts(dispatcher: CollectingDispatcher) -> list[str]:
    return [m.get("text") or m.get("response") or "" for m in dispatcher.messages]


async def test_a_confident_question_gets_the_answer_and_its_source(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ActionAnswerFaq().run(dispatcher, load_tracker("faq_confident"), domain)
    said = texts(dispatcher)
    assert "$1,500" in said[0]
    assert said[1].startswith("Source: ")
    assert slot_events(events) == {"faq_last": "homeowners_theft_limit"}


async def test_an_unsure_question_gets_i_dont_know_and_a_person(
    dispatcher: CollectingDispatcher, domain: dict[str, Any], full_domain: dict[str, Any]
) -> None:
    events = await ActionAnswerFaq().run(dispatcher, load_tracker("faq_unsure"), domain)
    assert texts(dispatcher) == ["utter_faq_unknown"]
    assert events == []
    buttons = full_domain["responses"]["utter_faq_unknown"][0]["buttons"]
    assert {"title": "Talk to a person", "payload": "/human_handoff"} in buttons


async def test_a_question_mid_claim_touches_no_claim_slot(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ActionAnswerFaq().run(dispatcher, load_tracker("faq_mid_claim"), domain)
    assert set(slot_events(events)) == {"faq_last"}
    assert "receipt" in texts(dispatcher)[0].lower()


async def test_and_for_watches_answers_the_watch_counterpart(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ActionAnswerFollowUp().run(dispatcher, load_tracker("faq_follow_up_watch"), domain)
    assert "crystal" in texts(dispatcher)[0].lower()
    assert slot_events(events) == {"faq_last": "care_plan_watch_cover"}


async def test_a_follow_up_with_nothing_before_it_is_not_guessed(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ActionAnswerFollowUp().run(dispatcher, load_tracker("faq_follow_up_no_context"), domain)
    assert texts(dispatcher) == ["utter_faq_unknown"]
    assert events == []


async def test_advice_asked_about_their_own_piece_starts_the_guide(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    """Whatever FAQ entry the selector picked: the person asks what to do with theirs."""
    tracker = load_tracker("faq_confident")
    tracker.latest_message["text"] = "should I add it to something or get separate coverage?"
    events = await ActionAnswerFaq().run(dispatcher, tracker, domain)
    assert events == [{"event": "followup", "name": "coverage_advice_form", "timestamp": None}]
    assert texts(dispatcher) == []


async def test_next_steps_on_ones_own_declined_claim_lead_on_to_the_explanation(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    """ "what are my options" about a claim of theirs: the FAQ answers, then the decline
    is explained, not advice on insuring the piece."""
    for text in (
        "the insurer said no to my claim for my bracelet, what are my options",
        "my claim for the watch was turned down. what can I do",
    ):
        tracker = load_tracker("faq_confident")
        tracker.latest_message["text"] = text
        events = await ActionAnswerFaq().run(dispatcher, tracker, domain)
        assert events[-1] == {"event": "followup", "name": "decline_explanation_form", "timestamp": None}
        assert "coverage_advice_form" not in str(events)
        assert any("why your claim was declined" in t for t in texts(dispatcher))


async def test_a_reason_told_at_the_reason_question_is_left_to_the_decline_form(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    """ "the plan only does repairs" filed as an FAQ, answering "what reason did they
    give?": the decline form reads it; no FAQ answer first."""

    def at_the_reason_question(text: str, confidence: float) -> Tracker:
        return built_tracker(
            text,
            "faq",
            confidence=0.8,
            selector=selected("decline/care_plan_no_loss_theft", confidence),
            slots={"requested_slot": "decline_reason"},
            loop="decline_explanation_form",
            sender="decline-reason",
        )

    told = at_the_reason_question("the shop's plan only does repairs, not theft", 0.99)
    assert await ActionAnswerFaq().run(dispatcher, told, domain) == []
    assert texts(dispatcher) == []
    # Words that state no reason of their own ("the shop's plan only does repairs, not
    # theft" is the care plan's, in so many words) leave it to the selector's confidence.
    unsure = at_the_reason_question("something to do with the shop's plan", 0.7)
    await ActionAnswerFaq().run(dispatcher, unsure, domain)
    assert texts(dispatcher) != []


def test_a_claim_told_in_a_question_is_dated_by_the_shop_s_day(monkeypatch: pytest.MonkeyPatch) -> None:
    # "this morning" is the shop's day (SHOP_TODAY, else its time zone), not the
    # server's: the intake reads it the same way.
    monkeypatch.setenv("SHOP_TODAY", "2026-11-29")
    tracker = built_tracker(
        "someone snatched my necklace on the train this morning, what do I need to do?",
        "faq",
        sender="faq-claim-day",
    )
    assert claim_in_question(tracker).get("loss_date") == "2026-11-29"


@pytest.mark.parametrize(
    "text",
    [
        "do I have to let the insurer know if I swap the stone in my ring for a bigger one?",
        "if I get my necklace shortened do I tell my insurance company",
    ],
)
async def test_a_sure_pick_about_another_subject_gets_i_dont_know_not_the_guide(
    text: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    """The damage-inspection answer picked for a question about changing one's own piece:
    no answer to another question, and not the guide (it doesn't answer it either)."""
    tracker = load_tracker("faq_confident")
    tracker.latest_message["text"] = text
    tracker.latest_message["response_selector"] = {
        "faq": {"response": {"intent_response_key": "faq/damage_claim_inspection", "confidence": 0.58}}
    }
    events = await ActionAnswerFaq().run(dispatcher, tracker, domain)
    assert texts(dispatcher) == ["utter_faq_unknown"]
    assert events == []


async def test_the_damage_answer_is_given_to_a_question_about_damage(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = load_tracker("faq_confident")
    tracker.latest_message["text"] = "will the insurer want to see the chipped stone before they pay?"
    tracker.latest_message["response_selector"] = {
        "faq": {"response": {"intent_response_key": "faq/damage_claim_inspection", "confidence": 0.58}}
    }
    events = await ActionAnswerFaq().run(dispatcher, tracker, domain)
    assert slot_events(events) == {"faq_last": "damage_claim_inspection"}
