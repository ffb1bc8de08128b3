"""The value question answered with a range or a bound: asked once for one figure, then
the figure as stated, or the top (the bound) said back and marked as assumed. Never a
third ask: the form goes on after two range answers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.advisor import ValidateCoverageAdviceForm
from bot.actions.claims import ValidateClaimIntakeForm
from bot.actions.guided_form import answers_in_a_row
from tests.actions.conftest import slot_events, spoken
from tests.actions.test_guided_form import CLAIM_SO_FAR
from tests.actions.trackers import built_tracker

CLAIM_WITHOUT_VALUE = {k: v for k, v in CLAIM_SO_FAR.items() if k != "item_value"}


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    return tmp_path


def answered(
    form: str, answers: list[str], intent: str = "inform", slots: dict[str, Any] | None = None
) -> Tracker:
    """The value question asked once per answer, the last of `answers` the latest."""
    events: list[dict[str, Any]] = [
        {"event": "slot", "name": "requested_slot", "value": "item_type"},
        {"event": "user", "text": "a ring"},
    ]
    for text in answers:
        events += [{"event": "slot", "name": "requested_slot", "value": "item_value"}] * 2
        events.append({"event": "user", "text": text})
    return built_tracker(
        answers[-1],
        intent,
        slots={**(slots or {}), "requested_slot": "item_value"},
        events=events,
        loop=form,
        sender="fixture-value-ranges",
    )


async def next_question(
    form: ValidateCoverageAdviceForm | ValidateClaimIntakeForm,
    tracker: Tracker,
    events: list[dict[str, Any]],
    domain: dict[str, Any],
) -> str | None:
    """The question the form asks after these events: the first required slot still empty."""
    values = {**tracker.slots, **slot_events(events)}
    tracker.slots.update(values)
    names = list(domain["forms"][form.form_name()]["required_slots"])
    required = await form.required_slots(names, CollectingDispatcher(), tracker, domain)
    return next((name for name in required if values.get(name) is None), None)


def said(dispatcher: CollectingDispatcher) -> str:
    return " ".join(m.get("text") or "" for m in spoken(dispatcher))


def test_the_answers_in_a_row_are_those_to_the_question_asked() -> None:
    tracker = answered("coverage_advice_form", ["3-4k", "3,650"])
    assert answers_in_a_row(tracker, "item_value") == ["3-4k", "3,650"]
    assert answers_in_a_row(tracker, "wears_daily") == []


async def test_a_first_range_puts_nothing_down_and_asks_for_one_figure(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ValidateCoverageAdviceForm().run(
        dispatcher,
        answered("coverage_advice_form", ["somewhere around 3-4k"], slots={"item_type": "ring"}),
        domain,
    )
    slots = slot_events(events)
    assert "item_value" not in slots and "assumed_answers" not in slots
    assert "one figure" in said(dispatcher) and "$4,000, the top of what you said" in said(dispatcher)


@pytest.mark.parametrize(
    ("second", "value"), [("3,650", 3650), ("$875 I think", 875), ("call it 3.2k", 3200)]
)
async def test_a_figure_given_when_asked_is_stored_as_stated(
    second: str, value: float, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = answered(
        "coverage_advice_form", ["between three and four thousand", second], slots={"item_type": "ring"}
    )
    events = await ValidateCoverageAdviceForm().run(dispatcher, tracker, domain)
    slots = slot_events(events)
    assert slots["item_value"] == value and "assumed_answers" not in slots
    assert await next_question(ValidateCoverageAdviceForm(), tracker, events, domain) == "travels_often"


@pytest.mark.parametrize(
    ("first", "second", "intent", "value", "words"),
    [
        (
            "somewhere around 3-4k",
            "honestly 3 to 4 grand, can't be closer",
            "inform",
            4000,
            "top of what you said",
        ),
        ("2 or 3 hundred", "no idea sorry", "dont_know", 300, "top of what you said"),
        ("under a grand", "less than a thousand, that's all I know", "inform", 1000, "the most you said"),
        ("NZ$5-6k", "dunno", "dont_know", 6000, "top of what you said"),
    ],
)
async def test_a_second_answer_without_one_figure_takes_the_top_marked_and_goes_on(
    first: str,
    second: str,
    intent: str,
    value: float,
    words: str,
    dispatcher: CollectingDispatcher,
    domain: dict[str, Any],
) -> None:
    tracker = answered("coverage_advice_form", [first, second], intent, {"item_type": "ring"})
    events = await ValidateCoverageAdviceForm().run(dispatcher, tracker, domain)
    slots = slot_events(events)
    assert slots["item_value"] == value and slots["assumed_answers"] == ["item_value"]
    assert "handoff_requested" not in slots
    # No third ask: the guide goes on to its next question.
    assert await next_question(ValidateCoverageAdviceForm(), tracker, events, domain) == "travels_often"
    assert words in said(dispatcher) and "estimate" in said(dispatcher)


async def test_a_dont_know_with_no_range_before_still_leaves_the_value_not_known(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ValidateCoverageAdviceForm().run(
        dispatcher,
        answered("coverage_advice_form", ["no clue", "still no idea"], "dont_know", {"item_type": "ring"}),
        domain,
    )
    assert slot_events(events)["item_value"] is None


async def test_the_claim_asks_once_then_takes_the_top_marked_and_goes_on(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    first = await ValidateClaimIntakeForm().run(
        dispatcher,
        answered("claim_intake_form", ["between four and six thousand"], slots=CLAIM_WITHOUT_VALUE),
        domain,
    )
    assert "item_value" not in slot_events(first) and "$6,000" in said(dispatcher)
    second_dispatcher = CollectingDispatcher()
    events = await ValidateClaimIntakeForm().run(
        second_dispatcher,
        answered(
            "claim_intake_form",
            ["between four and six thousand", "4 to 6k, I can't say closer"],
            slots=CLAIM_WITHOUT_VALUE,
        ),
        domain,
    )
    slots = slot_events(events)
    assert slots["item_value"] == 6000 and "item_value" in slots["assumed_answers"]
    assert slots["requested_slot"] == "police_report_number"
    assert "estimate" in said(second_dispatcher)


async def test_the_claim_stores_a_figure_given_when_asked(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ValidateClaimIntakeForm().run(
        dispatcher,
        answered(
            "claim_intake_form", ["no more than $500", "$480 on the receipt"], slots=CLAIM_WITHOUT_VALUE
        ),
        domain,
    )
    slots = slot_events(events)
    assert slots["item_value"] == 480 and "assumed_answers" not in slots
