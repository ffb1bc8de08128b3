"""A pendant told beside its chain or the necklace it hung on (bot/language/claim/piece.py,
bot/language/facts.py): the piece is the pendant when the words make it the head of the
story ("my pendant on its chain", "the pendant off my necklace", "the chain snapped and
my pendant is gone", "my pounamu"); a necklace named as the piece, with a pendant on it,
stays the necklace ("my necklace with a pendant", "a heart pendant necklace").

Phrasings are our own (US and NZ); the negatives must not change."""

from __future__ import annotations

import pytest

from tests.language.claim.reading import read_reply


@pytest.mark.parametrize(
    "text",
    [
        "my pendant on its chain was stolen from the gym locker",
        "I lost my locket last week",
        "a little cross on a chain went missing at the beach",
        "my greenstone pendant was stolen",
        "I lost my pounamu at the river",  # NZ
        "Nana's greenstone went missing from the bach",  # NZ
        "the pendant off my necklace fell off somewhere on the walk home",
        "my diamond pendant and chain were stolen on friday",
        "someone stole my gold locket and chain",
        "lost my St Christopher on its chain while swimming",
        "the chain snapped and my pendant is gone",
        "my necklace broke and the pendant fell off, can't find it",
        "I lost the pendant from my necklace",
        "the locket came off her chain at the park and we cant find it",
        "pounamu toki on a cord, lost it tramping",  # NZ
        "my opal pendant got damaged, the chain is fine",
    ],
)
def test_a_pendant_named_is_the_pendant(text: str) -> None:
    assert read_reply(text, None, intent="report_claim").slots.get("item_type") == "pendant"


@pytest.mark.parametrize(
    "text",
    [
        "my necklace with a pendant was stolen",
        "my heart pendant necklace is missing",
        "the necklace, which has a small pendant on it, was stolen",
        "I lost my necklace, it had a heart pendant on it",
        "my gold chain was stolen",
        "my pearl necklace broke",
        "the pendant is fine but the chain snapped",
    ],
)
def test_a_necklace_named_as_the_piece_stays_the_necklace(text: str) -> None:
    assert read_reply(text, None, intent="report_claim").slots.get("item_type") == "necklace"


@pytest.mark.parametrize("text", ["a pendant on a gold chain", "the locket, on its chain", "my pounamu"])
def test_the_piece_question_answered_with_a_pendant(text: str) -> None:
    assert read_reply(text, "item_type", {"claim_type": "lost"}).slots.get("item_type") == "pendant"


def test_a_greenstone_set_in_another_piece_is_that_piece() -> None:
    assert (
        read_reply("my greenstone bangle was stolen", None, intent="report_claim").slots.get("item_type")
        == "bracelet"
    )


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        # The pendant said fine, the chain damaged or gone: the chain is claimed (fresh23).
        (
            "The chain on my pendant snapped while I was gardening Thursday. Pendant's fine, chain's stuffed.",
            "necklace",
        ),
        ("the pendant is fine but the chain is gone", "necklace"),
        ("the chain snapped and my pendant is gone", "pendant"),
    ],
)
def test_the_chain_is_claimed_when_the_pendant_is_said_fine(text: str, piece: str) -> None:
    assert read_reply(text, None, intent="report_claim").slots.get("item_type") == piece
