"""The explanation of a refusal whose reason is not known (decline_reason `not_given`):
the reasons the story raised are named as questions for the insurer, the kind of claim
narrows the rest, an offer gets its arithmetic, and the complaint route follows."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.declines import ActionExplainDecline
from tests.actions.conftest import spoken
from tests.actions.trackers import built_tracker, selected


def tracker(slots: dict[str, Any], *texts: str) -> Tracker:
    events = [
        {
            "event": "user",
            "text": text,
            "parse_data": {"intent": {"name": "report_decline", "confidence": 0.9}},
        }
        for text in texts
    ]
    return built_tracker(
        texts[-1] if texts else "",
        confidence=None,
        slots=slots,
        events=events,
        last_action="decline_explanation_form",
        sender="fixture-not-given",
    )


async def run(slots: dict[str, Any], *texts: str) -> str:
    dispatcher = CollectingDispatcher()
    await ActionExplainDecline().run(dispatcher, tracker(slots, *texts), {})
    return "\n".join(m.get("text") or m.get("response") or "" for m in spoken(dispatcher))


async def test_a_story_risk_is_a_question_to_ask_not_the_reason() -> None:
    said = await run(
        {"decline_reason": "not_given", "region": "NZ", "claim_type": "theft"},
        "AMI won't pay for the watch, it went from my gym bag in the car overnight, they didn't say why",
    )
    assert 'ask them first whether their reason is "reasonable care"' in said
    assert "a theft" in said and "- Theft by someone you let in" in said
    assert "IFSO" in said and "utter_after_decline" in said


async def test_an_offer_without_a_reason_gets_the_arithmetic() -> None:
    said = await run(
        {"decline_reason": "not_given", "region": "US", "claimed_amount": 7000.0, "offered_amount": 2000.0},
        "they only offered $2,000 for my $7,000 ring and didn't say why",
    )
    assert "$5,000 less" in said and "state insurance department" in said
    assert "From what you've told me" not in said


async def test_a_stated_reason_is_still_explained_as_before() -> None:
    said = await run({"decline_reason": "wear_and_tear", "region": "US"}, "the claws were worn they said")
    assert "The reason" in said and "Wear and tear" in said
    assert "won't guess" not in said


async def test_no_reason_at_all_asks_for_it() -> None:
    said = await run({"region": "US"}, "they refused")
    assert said == "utter_ask_decline_reason"


def after_an_explanation_without_a_reason(
    text: str, intent: str, selector: tuple[str, float] | None = None
) -> Tracker:
    return built_tracker(
        text,
        intent,
        confidence=0.8,
        selector=selected(f"decline/{selector[0]}", selector[1]) if selector else None,
        slots={"decline_reason": "not_given", "region": "NZ"},
        events=[{"event": "action", "name": "action_explain_decline"}, {"event": "user", "text": text}],
        sender="fixture-reason-later",
    )


@pytest.mark.parametrize(
    ("text", "intent", "selector", "reason"),
    [
        ("ok found the letter, it says the claws were worn", "faq", ("wear_and_tear", 0.98), "wear_and_tear"),
        ("found it, they wrote that it's wear and tear", "faq", None, "wear_and_tear"),
        (
            "they rang back, apparently it's because the earrings weren't in the safe",
            "inform",
            ("storage_condition", 0.97),
            "storage_condition",
        ),
        (
            "turns out it was never specified so they only pay up to the limit",
            "faq",
            ("claim_limit", 0.96),
            "claim_limit",
        ),
    ],
)
async def test_the_reason_given_later_is_explained_by_every_entry(
    text: str, intent: str, selector: tuple[str, float] | None, reason: str, domain: dict[str, Any]
) -> None:
    from bot.actions.advisor import ValidateCoverageAdviceForm
    from bot.actions.faq import ActionAnswerFaq, ActionHandleUnclear

    for action in (ActionAnswerFaq(), ActionHandleUnclear()):
        events = await action.run(
            CollectingDispatcher(), after_an_explanation_without_a_reason(text, intent, selector), domain
        )
        assert {"event": "slot", "name": "decline_reason", "value": reason} in [
            {k: e.get(k) for k in ("event", "name", "value")} for e in events
        ], action.name()
        assert any(e.get("name") == "action_explain_decline" for e in events if e.get("event") == "followup")
    events = await ValidateCoverageAdviceForm().get_extraction_events(
        CollectingDispatcher(), after_an_explanation_without_a_reason(text, intent, selector), domain
    )
    assert any(e.get("name") == "action_explain_decline" for e in events if e.get("event") == "followup")


@pytest.mark.parametrize(
    ("text", "intent", "selector"),
    [
        ("is it worth complaining?", "faq", ("wear_and_tear", 0.97)),
        ("thanks, that helps", "thank", None),
        ("should I insure my other ring separately?", "faq", ("claim_limit", 0.6)),
    ],
)
async def test_no_reason_given_later_is_no_new_explanation(
    text: str, intent: str, selector: tuple[str, float] | None
) -> None:
    from bot.actions.declines import reason_told_after_none

    assert reason_told_after_none(after_an_explanation_without_a_reason(text, intent, selector)) is None
