"""What a story about a piece tells: it happened, to which part, to how many, and what the insurer did."""

from __future__ import annotations

import pytest

from bot.language.stories import (
    names_a_piece_part,
    speaks_of_an_insurer,
    speaks_of_several_pieces,
    tells_it_happened,
    tells_of_a_decision,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cracked the face of my watch on the car door", True),
        ("we've lost an earring somewhere at the wedding", True),
        ("my chain got snapped at the concert", True),
        ("the cleaner took my ring off the sink", True),
        ("burglars took our jewellery box", True),
        ("I keep my rings in a safe when we travel", False),
        ("can the insurer refuse a claim for a missing-stone setting", False),
        # Taking one's own piece off is no event; what follows may tell one.
        ("I took my ring off to swim, is that a problem for cover?", False),
        ("took it off for the gym, does that matter", False),
        ("I took it off and lost it at the pool", True),
        ("i took it off to wash up and now it's gone", True),
    ],
)
def test_it_happened(text: str, expected: bool) -> None:
    assert tells_it_happened(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("one of the claws is bent", True),
        ("a sapphire came loose", True),
        ("the whole bracelet is gone", False),
    ],
)
def test_a_part_of_a_piece(text: str, expected: bool) -> None:
    assert names_a_piece_part(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the assessor says the wear was gradual", True),
        ("they knocked back the whole thing", True),
        ("I thought my policy would pay", True),
        ("the stone fell out while I was gardening", False),
    ],
)
def test_any_word_of_an_insurer(text: str, expected: bool) -> None:
    assert speaks_of_an_insurer(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("they only paid half of what the ring cost", True),
        ("why did they say it was not covered", True),
        ("our claim was turned down last week", True),
        ("does a policy cover a stone that falls out", False),
    ],
)
def test_a_decision_already_made(text: str, expected: bool) -> None:
    assert tells_of_a_decision(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("all my bangles were in that drawer", True),
        ("they capped the payout for my jewelry at $2,500", True),
        ("two rings and a pendant", True),
        ("my engagement ring was taken", False),
    ],
)
def test_several_pieces(text: str, expected: bool) -> None:
    assert speaks_of_several_pieces(text) is expected
