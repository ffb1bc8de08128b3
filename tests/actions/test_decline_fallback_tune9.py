"""The decline form after two asks that read no reason (session 14: kept-aside sets ended
such conversations with a person, no guess taken from the story). The words of the story
state the reason, or its risk words suggest one: taken, said back as an assumption. With
neither (session 15), the explanation goes on without a reason: `not_given`, never the
selector's pick alone, which is as sure of replies that state no reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.declines import ValidateDeclineExplanationForm
from tests.actions.conftest import slot_events, spoken
from tests.actions.trackers import built_tracker


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    return tmp_path


def asked_twice(
    story: list[dict[str, Any]], text: str = "I'm not sure", intent: str = "dont_know"
) -> Tracker:
    events = [
        *story,
        {"event": "slot", "name": "requested_slot", "value": "decline_reason"},
        {"event": "user"},
    ]
    for _ in range(2):
        events += [{"event": "slot", "name": "requested_slot", "value": "decline_reason"}] * 2 + [
            {"event": "user"}
        ]
    return built_tracker(
        text,
        intent,
        slots={"requested_slot": "decline_reason"},
        events=events,
        loop="decline_explanation_form",
        sender="fixture-decline-fallback",
    )


def told(text: str, code: str, confidence: float, intent: str = "report_decline") -> dict[str, Any]:
    return {
        "event": "user",
        "text": text,
        "parse_data": {
            "intent": {"name": intent, "confidence": 0.8},
            "response_selector": {
                "decline": {"response": {"intent_response_key": f"decline/{code}", "confidence": confidence}}
            },
        },
    }


@pytest.mark.parametrize(
    ("story", "reason"),
    [
        # The letter's words state it; the selector was unsure and wrong.
        (
            told(
                "AMI sent a letter, 'cover for this item commenced after the loss occurred'",
                "wear_and_tear",
                0.15,
            ),
            "specified_after_loss",
        ),
        (
            told(
                "Nationwide said no, something like 'disappearance without explanation is excluded'",
                "claim_limit",
                0.12,
            ),
            "named_perils_no_disappearance",
        ),
        # No reason in words, no selector guess: the story's risk words suggest one.
        (
            told(
                "claim got knocked back, I left it on my towel at the beach while I swam",
                "manufacturer_defect",
                0.11,
            ),
            "reasonable_care",
        ),
        (
            told("State Farm won't pay, we think the cleaner we hired took it", "wear_and_tear", 0.13),
            "invited_guest_theft",
        ),
    ],
)
async def test_the_story_gives_the_reason_said_back(
    story: dict[str, Any], reason: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ValidateDeclineExplanationForm().run(dispatcher, asked_twice([story]), domain)
    assert slot_events(events)["decline_reason"] == reason
    assert "decline_reason" in slot_events(events)["assumed_answers"]
    assert any("from your story" in (m.get("text") or "") for m in spoken(dispatcher))


@pytest.mark.parametrize(
    "story",
    [
        told("no idea", "wear_and_tear", 0.5, intent="dont_know"),
        # The selector is sure of a reply that states none: no guess is taken from it.
        told("Tower turned down my claim for my mum's necklace", "manufacturer_defect", 0.91),
        told(
            "they said something about the policy not covering it",
            "manufacturer_defect",
            0.9,
            intent="inform",
        ),
    ],
)
async def test_no_reason_told_goes_on_without_one(
    story: dict[str, Any], dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ValidateDeclineExplanationForm().run(dispatcher, asked_twice([story]), domain)
    assert slot_events(events)["decline_reason"] == "not_given"
    assert "decline_reason" in slot_events(events)["assumed_answers"]
    said = " ".join(m.get("text") or "" for m in spoken(dispatcher))
    assert "without the insurer's reason" in said
    assert "from your story" not in said


async def test_of_several_risks_the_story_raises_the_selector_picks_one(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    # Not in the safe, and left on a towel while swimming: the safe condition and care.
    story = told(
        "AMI won't pay. I'd taken it out of the safe and left it on my towel at the beach while I swam",
        "reasonable_care",
        0.55,
    )
    events = await ValidateDeclineExplanationForm().run(dispatcher, asked_twice([story]), domain)
    assert slot_events(events)["decline_reason"] == "reasonable_care"
