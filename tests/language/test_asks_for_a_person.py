"""A request for a person is heard in the words people use for it."""

from __future__ import annotations

import pytest

from bot.language.requests import asks_for_a_person


@pytest.mark.parametrize(
    "text",
    [
        "I'd rather talk to an actual person about this",
        "can you put me through to customer service",
        "could I chat with one of your team?",
        "ugh, this isn't working. human please",
        "I'd like to speak to a jeweller in the shop",
        "can someone from the store email me instead",
        "connect me with a real person",
        "speak with someone from your team please",
    ],
)
def test_a_request_for_a_person(text: str) -> None:
    assert asks_for_a_person(text)


@pytest.mark.parametrize(
    "text",
    [
        "do I need to talk to the police first?",
        "should I speak to my insurer before claiming",
        "my husband is a real person who lost his ring lol",
        "the support on the clasp broke",
    ],
)
def test_not_a_request_for_a_person(text: str) -> None:
    assert not asks_for_a_person(text)
