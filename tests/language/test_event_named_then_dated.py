"""An event named in a question, then told as the person's own by when it happened."""

from __future__ import annotations

import pytest

from bot.language.stories import tells_it_happened


@pytest.mark.parametrize(
    "text",
    [
        "How long do I have to report a stolen ring? It happened about 3 weeks ago at a wedding",
        "how soon do I need to claim for a lost earring? this was two days ago",
        "how long do insurers take to pay out for a stolen watch? it happened to me last month",
        "is there a time limit on claiming a lost bracelet, it went missing a few weeks ago",
    ],
)
def test_the_event_is_theirs(text: str) -> None:
    assert tells_it_happened(text)


@pytest.mark.parametrize(
    "text",
    [
        "how long do I have to report a stolen ring?",
        "is a stolen ring covered if it happened at a hotel?",
        "what if a lost necklace turns up after the claim? it happened to a friend",
        "how long does a claim for a stolen watch usually take, roughly three weeks?",
    ],
)
def test_a_question_alone_tells_no_event(text: str) -> None:
    assert not tells_it_happened(text)
