"""A story of what happened to a piece, with no insurer's decision in it, is a claim."""

from __future__ import annotations

import pytest

from bot.actions.declines import a_claim_not_a_decline, a_question_not_a_decline
from bot.language.answers import UserMessage


@pytest.mark.parametrize(
    "text",
    [
        "a stone fell out of my wedding band on monday, the jeweller says the claws are worn thin",
        "my bracelet clasp wore through and it fell off somewhere in town",
        # The policy's terms told beside the story: what it covers, not what was decided.
        "my watch went missing at the airport, I know my contents policy only covers $1,500 unless listed and it wasn't",
        "someone took my chain at the gym. heads up, the homeowners has a jewelry limit of about 2k",
        "I lost an earring at the beach; the policy covers theft and fire only I think",
    ],
)
def test_a_story_without_a_decision_is_a_claim(text: str) -> None:
    assert a_claim_not_a_decline(UserMessage(text, "decline"))


@pytest.mark.parametrize(
    "text",
    [
        "the insurer declined my ring claim, they said the claws were worn",
        "they only offered $16,000 for the jewellery that was stolen",
        "my homeowners won't pay anything for the ring that vanished",
        "they said wear and tear",
        "I lost my ring on holiday and the insurer says that isn't covered",
        "my necklace was stolen from the car and the assessor reckons I left it unattended",
        "lost my bracelet, not listed on the policy, and they're paying nothing",
    ],
)
def test_a_decision_stays_a_decline(text: str) -> None:
    assert not a_claim_not_a_decline(UserMessage(text, "decline"))


@pytest.mark.parametrize(
    "text",
    [
        "my bracelet was stolen and when I tried the care plan they told me no",
        "my ring was taken in a burglary, renters paid $1,500 and said that's the max",
    ],
)
def test_a_claim_already_made_stays_a_decline(text: str) -> None:
    assert not a_claim_not_a_decline(UserMessage(text, "decline"))


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("could an insurer turn down a claim if my rings were in a drawer and not the safe", True),
        ("why did my insurer only pay $1,500 for my ring?", False),
        ("Burglars took most of my jewellery and the insurer only offered a third. Why?", False),
        ("they declined my claim, can they do that?", False),
    ],
)
def test_a_general_question_about_declines_is_not_a_decline_story(text: str, question: bool) -> None:
    assert a_question_not_a_decline(UserMessage(text, "decline"), faq_confident=True) is question
    assert not a_question_not_a_decline(UserMessage(text, "decline"), faq_confident=False)
