"""A choice between covers asked at a guide question (fresh26's kind, in wordings of our
own): the guide says its advice makes that choice and asks again; the FAQ stays quiet so
nothing is said twice. An answer that names the cover is still the answer."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.advisor import ValidateCoverageAdviceForm
from bot.actions.faq import asks_the_guides_choice
from bot.wording.advice import CHOICE_WEIGHED_IN_ADVICE
from tests.actions.conftest import slot_events, spoken
from tests.actions.test_advisor import tracker_answering


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("would we be better putting it on our Tower policy or taking out a separate jewellery one?", "faq"),
        (
            "is it better to add it to my renters or get something separate like BriteCo?",
            "ask_coverage_advice",
        ),
        ("homeowners or Jewelers Mutual?", "faq"),
    ],
)
async def test_a_choice_asked_mid_guide_is_said_to_be_the_advice(
    text: str, intent: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = tracker_answering(text, intent, requested="current_coverage")
    tracker.active_loop = {"name": "coverage_advice_form"}
    assert asks_the_guides_choice(tracker)
    events = await ValidateCoverageAdviceForm().run(dispatcher, tracker, domain)
    assert "current_coverage" not in slot_events(events)
    assert [m.get("text") for m in spoken(dispatcher)][:1] == [CHOICE_WEIGHED_IN_ADVICE]


@pytest.mark.parametrize(
    "text",
    [
        "AMI contents, nothing specified on it",
        "not sure, contents or maybe a separate one?",
        "blanket or scheduled, what's the difference?",
    ],
)
async def test_an_answer_or_another_question_is_no_choice(
    text: str, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = tracker_answering(text, "inform", requested="current_coverage")
    tracker.active_loop = {"name": "coverage_advice_form"}
    await ValidateCoverageAdviceForm().run(dispatcher, tracker, domain)
    assert CHOICE_WEIGHED_IN_ADVICE not in [m.get("text") for m in spoken(dispatcher)]
