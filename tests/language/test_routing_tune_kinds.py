"""Kinds of wording behind the routing tune set's failures, in wordings of our own."""

import pytest

from bot.language.facts import names_a_grading_report
from bot.language.requests import asks_in_general, asks_of_the_usual_case
from bot.language.stories import names_jewelry_in_general, tells_it_happened


@pytest.mark.parametrize(
    "text",
    [
        # The subject left out at the start of a sentence.
        "Is it covered? Dropped it off the ferry on Friday",
        "gutted. Lost it at the beach yesterday",
        # A piece or a part of it as the subject.
        "the clasp on her bracelet broke this morning, can I claim?",
        "my chain just snapped at work",
        "the stone in my ring came loose and now it's wobbly",
        "the prongs on my mum's ring are bent, does the plan cover that",
        # Asking to report an event.
        "I want to report a stolen watch please",
        "need to report my damaged pendant",
    ],
)
def test_an_event_told_in_these_words_happened(text: str) -> None:
    assert tells_it_happened(text)


@pytest.mark.parametrize(
    "text",
    [
        "what does a care plan cover?",
        "does insurance pay for a ring with a broken setting",
        "how do I report a claim?",
        "my ring has a solitaire setting, should I insure it?",
    ],
)
def test_no_event_is_read_into_these(text: str) -> None:
    assert not tells_it_happened(text)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("they took all our jewellery from the bedroom", True),
        ("my grandmother's jewels were in the bag", True),
        ("a burglar took the tv", False),
        ("is jewellery that gets stolen on holiday covered?", False),
    ],
)
def test_jewelry_named_without_a_piece(text: str, named: bool) -> None:
    assert names_jewelry_in_general(text) is named


@pytest.mark.parametrize(
    ("text", "usual"),
    [
        ("what does it typically cost to cover a $2,000 bracelet?", True),
        ("do most insurers pay out the full value of a $4k watch?", True),
        ("on average what is the premium for a necklace worth 7k", True),
        # The person's own piece, or advice on covering one, is theirs.
        ("my ring is usually in the safe, how much is it to insure?", False),
        ("how should I insure a $3,000 ring I usually wear?", False),
        ("what's the cheapest way to cover a $900 pendant", False),
    ],
)
def test_a_question_of_the_usual_case(text: str, usual: bool) -> None:
    assert asks_of_the_usual_case(text) is usual


@pytest.mark.parametrize(
    "text",
    [
        "quick question: are pearls covered by contents insurance?",
        "hey, does a rider cover a watch?",
        "just wondering - can a vintage brooch be insured?",
    ],
)
def test_a_lead_in_leaves_a_yes_no_question_general(text: str) -> None:
    assert asks_in_general(text)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("is an IGI report as good as a GIA one for insurance?", True),
        ("do I need a lab certificate for my sapphire", True),
        ("what should my grading report say", True),
        ("does the insurer need a valuation", False),
        ("my car's service report", False),
    ],
)
def test_a_diamonds_papers_are_named(text: str, named: bool) -> None:
    assert names_a_grading_report(text) is named
