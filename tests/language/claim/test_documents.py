"""Proof told as lists and with what became of it: a list shares what is said of it."""

from __future__ import annotations

import pytest

from tests.language.claim.reading import read_reply

THEFT = {"claim_type": "theft"}


@pytest.mark.parametrize(
    ("text", "documents"),
    [
        # What the list's last document is said to be, the whole list is.
        ("receipt, valuation, photos all gone in the fire", []),
        ("the valuation and the photos were both lost when the basement flooded", []),
        ("receipt and certificate burnt with the house", []),
        ("the receipt & the photos went up in smoke", []),
        # An "or" list carries its "no".
        ("no receipt, valuation or photos sorry", []),
        ("I don't have the receipt or the valuation, only photos", ["photo"]),
        # Said of one, after a list of others: only that one.
        ("the valuation and photos, the receipt is gone though", ["valuation", "photo"]),
        # Said of it in the next clause.
        ("I had the receipt but it got thrown out, photos are still on my phone", ["photo"]),
        ("photos, but they're gone with my old phone", []),
        ("there was a valuation, which was destroyed in the flood", []),
        ("got the receipt, it's in the drawer", ["receipt"]),
        # Everything told as one.
        ("all the paperwork burned with the house", []),
        ("every document we had went in the flood", []),
        # A plain list is held.
        ("receipt and photos", ["receipt", "photo"]),
        ("no receipt but I have photos and the valuation", ["photo", "valuation"]),
    ],
)
def test_proof_told_as_a_list(text: str, documents: list[str]) -> None:
    reading = read_reply(text, "proof_documents", THEFT)
    assert reading.slots.get("proof_documents") == documents
    assert "claim_type" not in reading.slots
