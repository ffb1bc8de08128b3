"""The explanation of a refusal whose reason is not known (decline_reason `not_given`):
the reasons the story raised are named as questions for the insurer, the kind of claim
narrows the rest, an offer gets its arithmetic, and the complaint route follows."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.declines import ActionExplainDecline
from tests.actions.conftest import spoken


def tracker(slots: dict[str, Any], *texts: str) -> Tracker:
    events = [
        {
            "event": "user",
            "text": text,
            "parse_data": {"intent": {"name": "report_decline", "confidence": 0.9}},
        }
        for text in texts
    ]
    return Tracker(
        sender_id="fixture-not-given",
        slots=slots,
        latest_message={"text": texts[-1] if texts else "", "intent": {"name": "inform"}, "entities": []},
        events=events,
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="decline_explanation_form",
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
