"""A person asked for in more of the words people use; the same words in passing are not."""

from __future__ import annotations

import pytest

from bot.language.requests import asks_for_a_person


@pytest.mark.parametrize(
    "text",
    [
        "I'd rather deal with a human",
        "honestly just want a human",
        "transfer me",
        "this is too complicated, can a person help me with my ring insurance",
        "Can I get someone from your team to look at my claim?",
        "can you get Sarah from the store to call me",
        "I'd prefer to email someone",
        "i dont want to talk to a bot",
        "can a real person check this for me pls",  # NZ/US alike
        "I don't wanna chat with a robot, sorry",
    ],
)
def test_a_person_asked_for(text: str) -> None:
    assert asks_for_a_person(text)


@pytest.mark.parametrize(
    "text",
    [
        "can someone help me work out the value?",
        "I want a human-readable summary",
        "do I need to email someone the receipt?",
        "we had to call somebody to fix the clasp",
        "I live with a human and a dog",
        "Can I get the receipt from the store to prove it?",
        "how do I transfer my policy",
    ],
)
def test_the_words_in_passing(text: str) -> None:
    assert not asks_for_a_person(text)
