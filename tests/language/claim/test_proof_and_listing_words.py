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
        (
            "the valuation was in the safe that got taken but I'd emailed a copy to myself, so I've got that",
            ["valuation"],
        ),
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


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        # The piece named as the claim's, among others (fresh30: the rings were taken).
        (
            "They took a fair bit of my wife's jewellery, about $12,000 worth all up. The rings were specified "
            "but the one I need to claim for here is her gold chain, valued at $3,400, which was not.",
            "necklace",
        ),
        ("they took my rings and my watch, I'm only claiming for the watch", "watch"),
        ("my ring and bracelet were stolen, this claim is about the bracelet", "bracelet"),
        # One piece: as before.
        ("my ring was stolen, can I claim for it?", "ring"),
    ],
)
def test_the_piece_named_as_the_claims_among_others(text: str, piece: str) -> None:
    assert read_reply(text, None, intent="report_claim").slots.get("item_type") == piece


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A policy's condition is no correction of the kind (fresh30: "Changed: the kind
        # of claim, now a theft" after a question about what homeowners covers).
        ("my agent said homeowners only covers jewelry if its stolen not if you lose it. is that true", None),
        ("they only pay when it's stolen, not when you lose it, right?", None),
        # The kind set right by the person stays a correction.
        ("actually it was stolen not lost", "theft"),
        ("stolen, not lost, sorry", "theft"),
    ],
)
def test_a_policys_condition_is_no_correction_of_the_kind(text: str, kind: str | None) -> None:
    known = {"claim_type": "lost", "item_type": "bracelet", "loss_description": "gone at the resort"}
    assert read_reply(text, "was_specified", known).slots.get("claim_type") == kind
