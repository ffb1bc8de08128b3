"""The guide and a person or its own question (fresh28 kinds, phrasings of our own):

- a person asked for in the middle of the guide, beside a question of their own, is
  left to the handoff rule: the form answers no FAQ entry and takes nothing;
- a question that opens the guide and only asks whether or how to cover the piece gets
  no FAQ answer first, whatever entry the selector was sure of.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.advisor import ValidateCoverageAdviceForm
from tests.actions.conftest import slot_events, spoken
from tests.actions.trackers import built_tracker, selected


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    return tmp_path


def guide_tracker(
    text: str, intent: str, requested: str | None, slots: dict[str, Any] | None = None
) -> Tracker:
    """The guide open at `requested` (None: opened by this message), the selector sure of
    the wear-and-tear answer."""
    events: list[dict[str, Any]] = [
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": text, "parse_data": {"intent": {"name": intent}}},
        {"event": "action", "name": "coverage_advice_form"},
    ]
    return built_tracker(
        text,
        intent,
        selector=selected("faq/wear_and_tear", 0.93),
        slots={**(slots or {}), "requested_slot": requested},
        events=events,
        loop="coverage_advice_form",
        sender="fixture-fresh28",
    )


@pytest.mark.parametrize(
    "text",
    [
        "is there a human I could talk with instead? I've got a few questions",
        "can I just talk to a real person? there's heaps I want to ask",
    ],
)
async def test_a_person_asked_mid_guide_gets_no_faq_answer(
    text: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    slots = {"item_type": "ring", "item_value": 3000.0, "travels_often": False, "wears_daily": False}
    events = await ValidateCoverageAdviceForm().run(
        dispatcher, guide_tracker(text, "human_handoff", "area_type", slots), domain
    )
    said = " ".join(str(m.get("text") or "") for m in spoken(dispatcher))
    assert "maintenance" not in said
    assert "faq_last" not in slot_events(events)
    assert "area_type" not in slot_events(events)


@pytest.mark.parametrize(
    "text",
    [
        "should I insure my great-aunt's jade bangle?",
        "is it worth insuring my late grandad's pocket watch?",
        "we inherited nana's old pearl necklace. should we get it insured?",
    ],
)
async def test_the_guides_own_question_gets_no_faq_answer(
    text: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ValidateCoverageAdviceForm().run(
        dispatcher, guide_tracker(text, "ask_coverage_advice", None), domain
    )
    said = " ".join(str(m.get("text") or "") for m in spoken(dispatcher))
    assert "maintenance" not in said
    assert "faq_last" not in slot_events(events)


async def test_another_question_at_the_opening_is_still_answered(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text = "my grandad's old signet ring, should I insure it? and is wear on the band covered?"
    events = await ValidateCoverageAdviceForm().run(
        dispatcher, guide_tracker(text, "ask_coverage_advice", None), domain
    )
    assert slot_events(events).get("faq_last") == "wear_and_tear"
