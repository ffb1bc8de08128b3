"""Flags from the kinds of wording blind sets 3 and 4 showed (session 7): people let in
(a cleaning service, a flat-warming, Friendsgiving), a piece left in a car or a
changing room. Every sentence here is written for the test."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.rules.claims import ClaimFacts, assess_claim, load_claim_knowledge

BASE = ClaimFacts(
    claim_type="theft",
    item_type="ring",
    item_value=2000.0,
    currency="USD",
    loss_description="",
    was_specified=True,
    proof_documents=("receipt", "valuation", "photo"),
)


def flags(claim_type: str, description: str) -> set[str]:
    facts = replace(BASE, claim_type=claim_type, loss_description=description)
    return {f.code for f in assess_claim(facts, load_claim_knowledge())}


@pytest.mark.parametrize(
    "description",
    [
        "the cleaning service sent a new girl and the earrings were gone after",
        "we had a flat-warming and somebody pocketed it",
        "friendsgiving at ours, about fifteen people, and it was gone by the end",
        "after everyone left the ring was no longer in the dish",
        "a few plus-ones we didn't know came to the party",
    ],
)
def test_people_let_in(description: str) -> None:
    assert "invited_guest_theft" in flags("theft", description)


@pytest.mark.parametrize(
    ("claim_type", "description"),
    [
        ("theft", "my ute was broken into outside the supermarket and my bag with the watch went"),
        ("theft", "someone broke into our car at the trailhead, the bracelet was in the glovebox"),
        ("theft", "the back window was smashed and my handbag taken from the back seat"),
        ("theft", "purse on the passenger seat, pendant inside"),
        ("lost", "I left it on a bench in the changing rooms at the pool"),
    ],
)
def test_left_in_a_car_or_a_changing_room(claim_type: str, description: str) -> None:
    assert "reasonable_care" in flags(claim_type, description)
