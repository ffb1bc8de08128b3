"""The ring said to be the engagement ring, in the claim's opening (issue 12; session 20's
kind, from kept-aside codes: two writers' engagement rings stored as rings). Our own
phrasings, with two rings named apart, which must stay the first named."""

from __future__ import annotations

import pytest

from tests.language.claim.reading import read_reply


def piece(text: str) -> object:
    return read_reply(text, None, {}, "report_claim").slots.get("item_type")


@pytest.mark.parametrize(
    "text",
    [
        "I lost my ring. it's my engagement ring",
        "my diamond ring was stolen, it was my engagement ring",
        "my fiancée's ring was stolen from her bag",
        "lost my ring at the beach - engagement ring, 1.2ct",
        "My ring (engagement) slipped off in the sea",
    ],
)
def test_the_ring_glossed_as_the_engagement_ring(text: str) -> None:
    assert piece(text) == "engagement_ring"


@pytest.mark.parametrize(
    "text",
    [
        "my wedding ring and engagement ring were both stolen",
        "lost my ring, not my engagement ring, my eternity ring",
        "my ring was stolen",
    ],
)
def test_rings_named_apart_stay_the_first(text: str) -> None:
    assert piece(text) == "ring"


@pytest.mark.parametrize(
    "text",
    [
        "I've lost the ring my fiancé gave me",
        "a ring from my fiancée went missing",
        "we're engaged and I lost my ring",
    ],
)
def test_the_ring_from_a_fiance_is_the_engagement_ring(text: str) -> None:
    assert piece(text) == "engagement_ring"
