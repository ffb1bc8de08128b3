"""Proof and listing told in other words. A document said to be gone is not proof held (kept-aside code: no proof-of-ownership
flag where the writer expected one; 4 of my 15 phrasings were read as held)."""

from __future__ import annotations

import pytest

from tests.language.claim.reading import read_reply


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("the appraisal was in the same box that got stolen", []),
        ("I used to have a valuation but can't find it", []),
        ("there was a certificate but I lost it years ago", []),
        ("receipt? lol no. it was 20 years ago", []),
        ("the receipt got taken too, it was in my handbag", []),
        # Held, whatever else is said beside it.
        ("I have the receipt and the valuation, the ring was stolen too", ["receipt", "valuation"]),
        ("the receipt was in my purse, luckily not the bag that got stolen", ["receipt"]),
        ("I can't find the photos but I have the receipt", ["receipt"]),
        ("the valuation? yes I've got it right here", ["valuation"]),
        ("a receipt? yes, somewhere in my email", ["receipt"]),
    ],
)
def test_a_document_said_to_be_gone_is_not_held(text: str, held: list[str]) -> None:
    assert sorted(read_reply(text, "proof_documents").slots.get("proof_documents") or []) == held


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        # The home policy had is no listing (kept-aside codes: listed read both ways).
        ("I think it was covered, we have AMI contents", False),
        ("it was insured with the house stuff", False),
        ("we've got State Farm homeowners, it's covered by that", False),
        # A value of its own on the policy is a listing.
        ("under the valuables section with its own value", True),
        ("the ring is on our contents, with its valuation attached", True),
        ("yes it's specified on our contents, we have AMI contents", True),
        ("we have homeowners and it's scheduled on it", True),
    ],
)
def test_the_home_policy_had_is_no_listing_a_value_of_its_own_is(text: str, listed: bool) -> None:
    assert read_reply(text, "was_specified").slots.get("was_specified") is listed
