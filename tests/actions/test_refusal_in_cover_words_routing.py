"""A refusal told in the cover's own words reaches the decline explanation from the
unclear-message handler, while a loss with no decision told still starts the claim."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.faq import ActionHandleUnclear
from tests.actions.test_unclear import unclear


def followups(events: list[dict[str, Any]]) -> list[str]:
    return [e["name"] for e in events if e["event"] == "followup"]


@pytest.mark.parametrize(
    "text",
    [
        # Upset, the reason not known, what to do asked with an "if" that asks.
        "our claim for my nan's bangle got turned down on the phone and I was too upset to take in why. "
        "I'd just like to know if there is any way forward",
        "watch nicked from my ute at the pub. declined - keys left in it. AMI.",
        "the warranty I got with my bracelet wont pay now it's gone missing in Denver",
    ],
)
async def test_a_refusal_of_ones_own_piece_opens_the_decline_explanation(
    text: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    ranking = [("faq", 0.42), ("report_claim", 0.38)]
    events = await ActionHandleUnclear().run(dispatcher, unclear(text, ranking), domain)
    assert followups(events) == ["decline_explanation_form"]


async def test_a_loss_without_a_decision_still_starts_the_claim(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = "my bracelet got nicked from the ute at the pub on Friday and I'm worried the care plan won't cover it"
    ranking = [("report_claim", 0.44), ("faq", 0.40)]
    events = await ActionHandleUnclear().run(
        dispatcher, unclear(text, ranking, [{"entity": "item_type", "value": "bracelet"}]), domain
    )
    assert followups(events) == ["claim_intake_form"]
