"""A move told at another question of the guide: the piece will live there, so that is
the area priced, said back as a change in words ("from a city to the countryside")."""

from __future__ import annotations

import pytest

from bot.language.answers import UserMessage, area_moved_to, read_advice_answers
from bot.rules.knowledge import load_coverage_facts

KNOWN = {"item_type": "ring", "item_value": 6000, "area_type": "urban"}


@pytest.mark.parametrize(
    ("text", "slot", "area"),
    [
        ("actually we're moving to a lifestyle block next month", "travels_often", "rural"),
        ("no. we're relocating to the suburbs in jan though", "travels_often", "suburban"),
        ("yes daily - oh and we're gonna move out to the country in the new year", "wears_daily", "rural"),
        ("nah. about to move to a farm near Gore btw", "travels_often", "rural"),
    ],
)
def test_the_area_moved_to_is_priced(text: str, slot: str, area: str) -> None:
    reading = read_advice_answers(UserMessage(text, "inform", ()), slot, KNOWN, load_coverage_facts())
    assert reading.slots["area_type"] == area
    assert any("from a city to" in note for note in reading.notes)


@pytest.mark.parametrize(
    "text",
    [
        "not moving anywhere, we love the city",
        "we moved here from a farm years ago",
        "no",
        "I move it to the safe at night",
    ],
)
def test_no_move_to_a_place_told(text: str) -> None:
    reading = read_advice_answers(
        UserMessage(text, "inform", ()), "travels_often", KNOWN, load_coverage_facts()
    )
    assert reading.slots.get("area_type") in (None, "urban")
    assert area_moved_to(text) in (None, "urban")
