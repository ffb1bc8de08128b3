"""Where the decline form sends a first message whose words tell no decision: a refusal
only supposed is a question ("what happens if my claim gets denied?"), one asked about
is not ("why would they decline my claim for a brooch?"); a claim the person was told
to make is the intake's."""

from __future__ import annotations

import pytest

from bot.actions.declines import a_question_not_a_decline, flow_without_a_decision
from bot.language.answers import UserMessage


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("what happens if my claim gets denied?", True),
        ("what happens if they reject my claim for the ring?", True),  # NZ/US alike
        ("why would they decline my claim for a bangle? they just said exclusion", False),
        ("how come they turned down my claim for my watch?", False),
        # A supposed decision beside one told: the told one stands.
        ("is it normal they'd pay only half if it wasn't specified? they offered me $2k for my ring", False),
        ("what if they reject the appeal too? they already denied my claim", False),
    ],
)
def test_a_refusal_supposed_is_a_question(text: str, question: bool) -> None:
    assert a_question_not_a_decline(UserMessage(text, "decline"), True) is question


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        ("my insurer told me to file a claim with you", "claim_intake_form"),
        ("the broker said to lodge a claim through the shop", "claim_intake_form"),
        ("how do I lodge a claim?", "action_answer_faq"),
    ],
)
def test_a_claim_to_be_made_is_the_intakes(text: str, flow: str) -> None:
    assert flow_without_a_decision(UserMessage(text, "decline")) == flow
