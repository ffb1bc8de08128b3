"""The decline form, opened by a story of a refused claim, keeps it (never hands it to the
claim intake) whatever words the refusal is said in; a loss with a claim still to make, or
with a refusal only feared, is handed to the claim intake."""

from __future__ import annotations

import pytest

from bot.actions.declines import a_claim_not_a_decline, flow_without_a_decision
from bot.language.answers import UserMessage
from tests.language.test_refusals_said_plainly import REFUSALS


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_stays_in_the_decline_form(text: str) -> None:
    message = UserMessage(text, "decline")
    assert not a_claim_not_a_decline(message)
    assert flow_without_a_decision(message) is None


@pytest.mark.parametrize(
    "text",
    [
        "My engagement ring was stolen last night, I need to make a claim",
        "my insurer told me to file a claim with you, my bracelet was stolen",
        "Someone broke in and took my watch, I want to claim",
        "my ring was stolen from the gym locker, hoping the insurance will pay",
        "I'm scared the insurer will knock it back because it wasn't in the safe, my earrings were taken",
    ],
)
def test_a_loss_with_a_claim_to_make_goes_to_the_intake(text: str) -> None:
    message = UserMessage(text, "decline")
    assert a_claim_not_a_decline(message) or flow_without_a_decision(message) == "claim_intake_form"
