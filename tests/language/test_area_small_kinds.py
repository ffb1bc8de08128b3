"""Where the person lives, said as a town by its kind or land by its size."""

from __future__ import annotations

import pytest

from bot.language.facts import area_from_text
from tests.language.readers import advice


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("in a little beach town, no traffic lights", "rural"),
        ("small farming town in Kansas", "rural"),
        ("a wee seaside town on the Coromandel", "rural"),
        ("we're on 10 acres outside of Austin", "rural"),
        ("15 acres just out of Cambridge", "rural"),
        ("120 acres, mostly pasture", "rural"),
        # Not the country: a town's size unsaid, a yard measured.
        ("a beach house in Mount Maunganui", None),
        ("the city, small apartment", "urban"),
        ("1 acre section in the suburbs", "suburban"),
    ],
)
def test_the_area_told(text: str, area: str | None) -> None:
    assert area_from_text(text, asked=True) == area


@pytest.mark.parametrize(
    "text",
    ["we live on acreage outside Austin", "the back country of Otago", "backcountry Montana, off the grid"],
)
def test_acreage_and_back_country_are_the_countryside(text: str) -> None:
    assert advice(text, "area_type").slots.get("area_type") == "rural"
