"""Kinds of wording behind fresh9's guide failures and the tune3 answer bank (session 9).
Each sentence is written for the test, in the tests' own words."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bot.language.answers import UserMessage, read_advice_answers
from bot.language.dates import read_loss_date
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


# Dates (loss and purchase), "today" Sunday 2026-11-29.
@pytest.mark.parametrize(
    ("text", "region", "day"),
    [
        # A night or day "before last": two days back.
        ("it was the evening before last", "NZ", "2026-11-27"),
        ("day before last, after work", "US", "2026-11-27"),
        # Election day is the US one: the Tuesday after the first Monday in November.
        ("on election day when I went to vote", "US", "2026-11-03"),
        ("election day 2024", "US", "2024-11-05"),
        # Matariki, New Zealand's Friday holiday, and its long weekend.
        ("at Matariki", "NZ", "2026-07-10"),
        ("the Saturday of Matariki weekend", "NZ", "2026-07-11"),
        ("Matariki last year", "NZ", "2025-06-20"),
        # A fixed holiday or a day and month with "last year": last year's.
        ("christmas eve last year", "US", "2025-12-24"),
        ("valentine's day last year", "NZ", "2025-02-14"),
        ("the 2nd of March last year", "NZ", "2025-03-02"),
        # An exact date, then a rough count back that only glosses it.
        ("October 3rd last year, so about a year ago now", "US", "2025-10-03"),
        ("14 August, so roughly three months back", "NZ", "2026-08-14"),
        # A month, then its day after a comma.
        ("back in March, on the 3rd", "NZ", "2026-03-03"),
        ("this past February, the 9th", "US", "2026-02-09"),
    ],
)
def test_a_day_said_in_these_words_is_read_exactly(text: str, region: str, day: str) -> None:
    reading = read_loss_date(text, TODAY, region)
    assert reading.value is not None and reading.value.isoformat() == day
    assert not reading.approximate


def test_election_day_names_no_date_in_new_zealand() -> None:
    assert read_loss_date("election day", TODAY, "NZ").value is None


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # A span between two days, or two days either way: the first, said back.
        ("somewhere between the 4th and the 9th", "2026-11-04"),
        ("between tues and thurs I think", "2026-11-24"),
        ("sat or sun night", "2026-11-28"),
        ("must have been wed or thurs last week", "2026-11-18"),
        # Noticed one day, but it could have gone any time before: the span, said back.
        ("we only saw it was missing this morning but it could have been any time last week", "2026-11-18"),
        ("found out friday, might've gone anytime in the last two weeks", "2026-11-15"),
        ("spotted it was gone on saturday, could have happened any time", "2026-11-28"),
    ],
)
def test_a_span_or_either_of_two_days_is_approximate_and_said_back(text: str, first: str) -> None:
    reading = read_loss_date(text, TODAY, "NZ")
    assert reading.value is not None and reading.value.isoformat() == first
    assert reading.approximate and reading.note


def test_two_dates_joined_by_and_without_between_are_not_a_span() -> None:
    reading = read_loss_date("the 10th and the 12th", TODAY, "NZ")
    assert not reading.approximate
