"""First messages and mid-form questions of the third routing tune set's kinds (and
fresh15's), in wordings of our own: where the actions send them."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.advisor import ActionGiveCoverageAdvice, ValidateCoverageAdviceForm
from bot.actions.claims import ValidateClaimIntakeForm
from bot.actions.faq import ActionAnswerFaq, ActionHandleUnclear
from tests.actions.conftest import slot_events
from tests.actions.trackers import built_tracker, selected


def opening(
    text: str,
    intent: str = "faq",
    faq_key: str = "faq/theft_by_guest",
    confidence: float = 0.9,
    entities: list[dict[str, Any]] | None = None,
    ranking: list[tuple[str, float]] | None = None,
    events: list[dict[str, Any]] | None = None,
    form: str | None = None,
) -> Tracker:
    return built_tracker(
        text,
        intent,
        entities=entities,
        selector=selected(faq_key, confidence),
        ranking=ranking or [(intent, 0.9)],
        events=[{"event": "user", "text": text}, *(events or [])],
        loop=form,
        sender="fixture-routing-tune3",
    )


def followups(events: list[dict[str, Any]]) -> list[str]:
    return [e["name"] for e in events if e.get("event") == "followup"]


def responses(dispatcher: CollectingDispatcher) -> list[str]:
    return [str(m.get("response")) for m in dispatcher.messages if m.get("response")]


@pytest.mark.parametrize(
    "text",
    [
        "hypothetically, if my bangle got pinched at the beach would contents insurance pay?",
        "just asking - would a homeowners policy cover my ring if it went down the sink?",
        "my cousin's watch got nicked at her flat party and they didn't pay. would we be covered if a guest took something at ours?",
    ],
)
async def test_a_supposed_case_is_answered_and_the_guide_only_offered(
    text: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ActionAnswerFaq().run(dispatcher, opening(text), domain)
    assert followups(events) == []
    assert dispatcher.messages  # answered


async def test_cover_for_ones_own_ring_if_it_travels_is_still_advice(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = "what's the best way to insure my ring if I travel a lot?"
    events = await ActionAnswerFaq().run(
        dispatcher, opening(text, entities=[{"entity": "item_type", "value": "ring"}]), domain
    )
    assert followups(events) == ["coverage_advice_form"]


@pytest.mark.parametrize(
    "text",
    [
        "hey does Tower cover jewellery lost on the ski fields? asking before our Queenstown trip",
        "quick q, are rings covered overseas on a floater? we're off to Cancun next month",
    ],
)
async def test_a_general_question_with_a_trip_as_context_is_only_answered(
    text: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = opening(
        text, faq_key="faq/scheduling_abroad", entities=[{"entity": "travels_often", "value": True}]
    )
    events = await ActionAnswerFaq().run(dispatcher, state, domain)
    assert followups(events) == []
    assert "travels_often" not in slot_events(events)


async def test_a_habit_told_with_usually_is_no_question_about_the_usual_case(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = (
        "I'm looking at separate cover for an Omega I bought for $7,200. I usually wear it when I fly "
        "for work, a dozen trips a year."
    )
    state = opening(
        text,
        faq_key="faq/how_much_to_insure",
        entities=[
            {"entity": "item_type", "value": "watch"},
            {"entity": "amount", "value": 7200},
            {"entity": "travels_often", "value": True},
        ],
    )
    events = await ActionAnswerFaq().run(dispatcher, state, domain)
    assert followups(events) == ["coverage_advice_form"]


async def test_the_event_alone_starts_the_claim(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = opening("stolen", intent="nlu_fallback", ranking=[("nlu_fallback", 0.4), ("inform", 0.3)])
    events = await ActionHandleUnclear().run(dispatcher, state, domain)
    assert followups(events) == ["claim_intake_form"]
    assert slot_events(events)["claim_type"] == "theft"


async def test_a_manager_asked_for_hands_over(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = opening("going round in circles here, fetch me a supervisor", intent="nlu_fallback")
    events = await ActionHandleUnclear().run(dispatcher, state, domain)
    assert slot_events(events)["handoff_requested"] is True


async def test_a_loss_told_of_someone_close_with_how_to_claim_is_taken_in(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = "my wife lost her wedding band at the lake on sunday, we've searched everywhere. how do we claim"
    state = opening(text, faq_key="faq/lost_item_claim", entities=[{"entity": "item_type", "value": "ring"}])
    events = await ActionAnswerFaq().run(dispatcher, state, domain)
    assert followups(events) == ["claim_intake_form"]
    assert slot_events(events)["claim_type"] == "lost"


@pytest.mark.parametrize(
    "text",
    [
        "quick question, does listing an item cost more each year or is it part of the contents cover",
        "hi is the excess different for specified things",
    ],
)
async def test_a_general_question_that_opened_the_guide_goes_to_the_faq(
    text: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = opening(
        text,
        intent="inform",
        entities=[{"entity": "current_coverage", "value": "homeowners"}],
        form="coverage_advice_form",
    )
    events = await ValidateCoverageAdviceForm().run(dispatcher, state, domain)
    assert followups(events) == ["action_answer_faq"]


async def test_the_faq_never_hands_a_question_back_to_the_guide(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = "quick question, does listing an item cost more each year or is it part of the contents cover"
    handed = [{"event": "action", "name": "coverage_advice_form"}]
    state = opening(text, intent="inform", faq_key="faq/what_is_scheduling", events=handed)
    events = await ActionAnswerFaq().run(dispatcher, state, domain)
    # Answered, and the turn ends there (a listen), never handed back to the guide.
    assert followups(events) in ([], ["action_listen"])
    assert dispatcher.messages


async def test_a_piece_named_in_the_guides_opening_stays_in_the_guide(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = opening(
        "do i need insurance on earrings", intent="ask_coverage_advice", form="coverage_advice_form"
    )
    events = await ValidateCoverageAdviceForm().run(dispatcher, state, domain)
    assert "action_answer_faq" not in followups(events)


async def test_no_advice_after_a_hand_over_this_turn(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = opening(
        "can somebody just ring me instead, my partner sorts the insurance",
        intent="nlu_fallback",
        events=[{"event": "slot", "name": "handoff_requested", "value": True}],
    )
    state.slots.update({"item_type": "necklace", "item_value": 2600.0})
    events = await ActionGiveCoverageAdvice().run(dispatcher, state, domain)
    assert events == []
    assert dispatcher.messages == []


def mid_claim(text: str, faq_key: str, confidence: float) -> Tracker:
    state = opening(
        text, intent="out_of_scope", faq_key=faq_key, confidence=confidence, form="claim_intake_form"
    )
    state.slots.update(
        {
            "claim_type": "lost",
            "item_type": "ring",
            "item_value": 3000.0,
            "loss_date": "2026-11-20",
            "requested_slot": "proof_documents",
        }
    )
    return state


async def test_a_question_about_the_claim_mid_form_is_answered_not_refused(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = mid_claim("is there an excess to pay on this kind of thing?", "faq/scheduled_deductible", 0.97)
    await ValidateClaimIntakeForm().run(dispatcher, state, domain)
    assert "utter_out_of_scope" not in responses(dispatcher)
    assert any("text" in m for m in dispatcher.messages)


async def test_a_question_about_the_claim_the_faq_does_not_know_is_said_so(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = mid_claim("do I lodge this with AMI myself as well?", "faq/how_to_make_a_claim", 0.1)
    await ValidateClaimIntakeForm().run(dispatcher, state, domain)
    assert "utter_out_of_scope" not in responses(dispatcher)
    assert "utter_faq_unknown" in responses(dispatcher)


async def test_a_doubted_question_the_faq_is_not_sure_of_is_not_guessed(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    # A pick at 0.77 for a question the classifier called out of scope: no guess.
    state = mid_claim("will mum's premium go up if we claim on this?", "faq/outdated_appraisal", 0.77)
    await ValidateClaimIntakeForm().run(dispatcher, state, domain)
    assert "utter_out_of_scope" not in responses(dispatcher)
    assert "utter_faq_unknown" in responses(dispatcher)


async def test_another_subject_mid_claim_still_gets_the_honest_reply(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = mid_claim("can you recommend a good plumber?", "faq/how_to_make_a_claim", 0.1)
    await ValidateClaimIntakeForm().run(dispatcher, state, domain)
    assert "utter_out_of_scope" in responses(dispatcher)


@pytest.mark.parametrize(
    ("text", "cover"),
    [
        ("dunno, my dad might have contents insurance?", "homeowners"),
        ("pretty sure it's already on a rider? not certain", "scheduled"),
    ],
)
async def test_a_hedged_answer_the_scope_guard_doubted_is_read(
    text: str, cover: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    state = opening(text, intent="out_of_scope", form="coverage_advice_form")
    state.slots.update({"item_type": "ring", "item_value": 3000.0, "requested_slot": "current_coverage"})
    events = await ValidateCoverageAdviceForm().run(dispatcher, state, domain)
    assert slot_events(events).get("current_coverage") == cover
    assert "utter_out_of_scope" not in responses(dispatcher)
