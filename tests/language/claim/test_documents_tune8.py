"""Proof not in hand (tune8 kinds): a receipt faded past reading is no proof; a copy
another can make ("the jeweler says they can reprint it") is not had yet."""

from __future__ import annotations

import pytest

from tests.language.claim.reading import read_reply


def _proof(text: str) -> object:
    return read_reply(text, "proof_documents", {"claim_type": "lost"}).slots.get("proof_documents")


@pytest.mark.parametrize(
    ("text", "proof"),
    [
        ("the valuation's completely faded, I've got photos though", ["photo"]),  # NZ
        ("receipt is illegible now, but the card statement shows it", ["bank_statement"]),  # US
        ("photos yes. the store said they'd reprint the receipt for me", ["photo"]),  # US
        ("I've a valuation, and the shop could make me a copy of the receipt", ["valuation"]),  # NZ
    ],
)
def test_proof_not_in_hand(text: str, proof: list[str]) -> None:
    assert _proof(text) == proof


@pytest.mark.parametrize(
    ("text", "proof"),
    [
        ("the receipt is a little faded but you can read it", ["receipt"]),
        ("I can email you the receipt tonight", ["receipt"]),
        ("I have the valuation and the receipt", ["valuation", "receipt"]),
    ],
)
def test_proof_in_hand_stays(text: str, proof: list[str]) -> None:
    assert _proof(text) == proof
