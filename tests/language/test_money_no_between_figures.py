"""A figure set right with a bare "no" ("3200? no 3400") is the later figure; a "no" that
names a number ("report no 3400") is no figure (bot/language/money.py, session 20)."""

from __future__ import annotations

import pytest

from bot.language.money import find_amounts
from tests.language.claim.reading import read_reply


@pytest.mark.parametrize(
    "text",
    [
        "3200? no 3400",
        "3200 no 3400",
        "3,200? no, 3,400",
        "3.2k no 3.4k",
        "3200 - no 3400",
        "3200... nah 3400",
    ],
)
def test_the_later_figure(text: str) -> None:
    reading = read_reply(text, "item_value", {"claim_type": "lost", "item_type": "ring"})
    assert reading.slots.get("item_value") == 3400.0


@pytest.mark.parametrize(
    "text", ["no 3400", "report no 3400", "ref no. 55121", "the ref? no 3400", "gold, no 3400"]
)
def test_a_number_named_is_no_figure(text: str) -> None:
    assert find_amounts(text) == []
