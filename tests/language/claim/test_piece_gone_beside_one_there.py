"""Two pieces named, one said there (or found) and the other gone: the claim is for
the one gone (fresh21: "the wedding band was there but the engagement ring wasn't",
"found the chain, the pendant's nowhere")."""

from __future__ import annotations

import pytest

from tests.language.claim.reading import read_reply


def _piece(text: str) -> object:
    return read_reply(text, None, intent="report_claim").slots.get("item_type")


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        # US
        (
            "took both rings off at the pool, my wedding band was there after but my engagement ring wasn't",
            "engagement_ring",
        ),
        ("I found the chain under the seat but the pendant is gone", "pendant"),
        # NZ
        (
            "put my rings in my togs pocket, the band was still there, the engagement ring was gone",
            "engagement_ring",
        ),
        ("my necklace broke at the gig and I picked up the chain, the pendant never turned up", "pendant"),
    ],
)
def test_the_piece_said_gone_is_claimed(text: str, piece: str) -> None:
    assert _piece(text) == piece


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        # Both gone: the first named stays (no piece is said there).
        ("my ring and my necklace are both gone", "ring"),
        # Where a piece was kept is no piece "there": "was on the dresser".
        ("my engagement ring was on the dresser and now it's missing", "engagement_ring"),
        ("my necklace is missing, the pendant was on it", "necklace"),
    ],
)
def test_without_a_piece_said_there_nothing_changes(text: str, piece: str) -> None:
    assert _piece(text) == piece
