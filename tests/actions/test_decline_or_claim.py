"""A story of what happened to a piece, with no insurer's decision in it, is a claim."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.declines import (
    ValidateDeclineExplanationForm,
    a_claim_not_a_decline,
    a_question_not_a_decline,
    flow_without_a_decision,
)
from bot.language.answers import UserMessage
from tests.actions.trackers import built_tracker


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


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        # A loss told with a policy condition the person knows of: a claim to take in.
        (
            "my sapphire ring vanished from the hotel room in Queenstown. I know the policy says "
            "anything over $4,000 must be in a safe, and it wasn't",
            "claim_intake_form",
        ),
        (
            "thieves got my Omega out of the glovebox on Saturday. the wording states unlisted items are "
            "only covered up to $1,500. can I still claim?",
            "claim_intake_form",
        ),
        # Cover for one's own piece asked, the policy's terms told: the guide.
        (
            "I have a pearl necklace worth about $3k and our renters policy has a jewelry limit of $2,500. is that enough?",
            "coverage_advice_form",
        ),
        (
            "our contents policy has the jewellery cap raised to $8,000 in total. should I specify my bangle?",
            "coverage_advice_form",
        ),
        # Neither: the FAQ answers it.
        ("what does a sublimit mean on a contents policy?", "action_answer_faq"),
        # A decision told: the decline is explained.
        ("the insurer won't be paying for my ring, they say it wasn't locked up", None),
        ("the policy says it's covered but they denied my bracelet claim anyway", None),
        ("Tower declined my claim for the earrings", None),
    ],
)
def test_no_decision_told_is_no_decline_to_explain(text: str, flow: str | None) -> None:
    assert flow_without_a_decision(UserMessage(text, "decline")) == flow


def opening_tracker(text: str, earlier_actions: list[str]) -> Tracker:
    events = [
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": text},
        *({"event": "action", "name": name} for name in earlier_actions),
        {"event": "action", "name": "decline_explanation_form"},
    ]
    return built_tracker(
        text,
        "decline",
        confidence=0.8,
        events=events,
        loop="decline_explanation_form",
        last_action="decline_explanation_form",
        sender="fixture-decline-no-decision",
    )


async def test_the_decline_form_hands_a_loss_without_a_decision_to_the_claim_intake(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = "my bracelet went missing at the bach on Sunday; I know the policy says it should have been in the safe"
    events = await ValidateDeclineExplanationForm().run(dispatcher, opening_tracker(text, []), domain)
    assert [e["name"] for e in events if e.get("event") == "followup"] == ["claim_intake_form"]


async def test_the_decline_form_never_hands_back_what_the_claim_intake_sent(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = "my bracelet went missing at the bach on Sunday; I know the policy says it should have been in the safe"
    state = opening_tracker(text, ["claim_intake_form"])
    events = await ValidateDeclineExplanationForm().run(dispatcher, state, domain)
    assert not [e for e in events if e.get("event") == "followup"]
