"""How often the piece travels, told in words, decides before the classifier's yes or no:
"every couple of months" is no "deny", whatever it heard."""

from __future__ import annotations

import pytest

from tests.language.readers import advice

INTENTS = ("inform", "deny", "affirm")


@pytest.mark.parametrize(
    "text",
    [
        "every couple of months",
        "we go to Fiji every winter and Aussie at Easter",
        "I fly for work most months",
        "we're grey nomads, always on the road",
        "my job has me in Sydney every other week",
        "quarterly work trips",
        "most school holidays we go away",
        "I'm away more than I'm home",
        "we winter in Arizona",
        "regularly, for conferences",
        "summers in Europe, Christmas in Hawaii",
        "monthly",
        "3-4 times a year",
    ],
)
def test_travels_often_told_in_words(text: str) -> None:
    for intent in INTENTS:
        assert advice(text, "travels_often", intent=intent).slots.get("travels_often") is True, intent


@pytest.mark.parametrize(
    "text",
    [
        "hardly ever",
        "once a year if that",
        "just the one trip at christmas",
        "nah we're homebodies",
        "only one trip a year to see mum",
        "maybe once every couple of years",
        "it stays in the safe when we travel",
        "we don't travel, summers in the garden",
    ],
)
def test_not_often_told_in_words(text: str) -> None:
    for intent in INTENTS:
        assert advice(text, "travels_often", intent=intent).slots.get("travels_often") in (
            False,
            None,
        ), intent
