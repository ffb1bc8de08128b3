"""Kinds of wording behind fresh9's guide failures and the tune3 answer bank (session 9).
Each sentence is written for the test, in the tests' own words."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bot.language.answers import UserMessage, read_advice_answers
from bot.language.facts import habit_mentions, read_message, travel_frequency
from bot.rules.knowledge import load_coverage_facts

TODAY = date(2026, 11, 29)


def entities(text: str) -> tuple[dict[str, Any], ...]:
    return tuple(
        {"entity": m.entity, "value": m.value, "start": m.start, "end": m.end} for m in read_message(text)
    )


def advice(
    text: str, requested: str | None, known: dict[str, Any] | None = None, intent: str = "inform"
) -> Any:
    return read_advice_answers(
        UserMessage(text, intent, entities(text)), requested, known or {}, load_coverage_facts()
    )


def habits(text: str) -> dict[str, object]:
    return {m.entity: m.value for m in habit_mentions(text)}


@pytest.mark.parametrize(
    ("text", "worn"),
    [
        # An occasion being planned or paid for says nothing of how the piece is worn.
        ("we're putting money aside for the wedding", None),
        ("all our cash is going on paying for a wedding right now", None),
        ("busy planning the wedding so no", None),
        # An occasion the piece is worn to still reads as not most days.
        ("I only put it on for a wedding or a gala", False),
        ("she keeps it for weddings", False),
    ],
)
def test_a_planned_occasion_is_not_when_the_piece_is_worn(text: str, worn: bool | None) -> None:
    assert habits(text).get("wears_daily") is worn


def test_a_planned_wedding_in_the_travel_answer_leaves_the_wear_question_open() -> None:
    reading = advice("nah, every cent is going on the wedding deposit lol", "travels_often")
    assert reading.slots.get("travels_often") is False
    assert "wears_daily" not in reading.slots


@pytest.mark.parametrize(
    "text",
    [
        "only the Christmas trip to my parents",
        "just our annual ski holiday",
        "just the one cruise",
        "only spring break",
    ],
)
def test_one_trip_named_with_just_or_only_is_not_often(text: str) -> None:
    assert travel_frequency(text) is False
    assert advice(text, "travels_often").slots["travels_often"] is False


@pytest.mark.parametrize(
    ("text", "often"),
    [
        ("just work trips every month", True),
        ("only the summer vacation and a couple of ski trips", None),
    ],
)
def test_more_than_one_trip_is_not_one_trip(text: str, often: bool | None) -> None:
    assert travel_frequency(text) is often
