"""Photos told in more words, and a picture of a paper, which is that paper (issue 12;
session 20, from a kept-aside code: a photo held went unread). Our own phrasings."""

from __future__ import annotations

import pytest

from tests.language.claim.reading import read_reply

KNOWN = {"claim_type": "lost", "item_type": "ring", "item_value": 3000}


def proof(text: str) -> object:
    return read_reply(text, "proof_documents", KNOWN).slots.get("proof_documents")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I have screenshots of it", ["photo"]),
        ("it's visible in our family portrait", ["photo"]),
        ("a screenshot of the receipt email", ["receipt"]),
        ("photo of the receipt", ["receipt"]),
        ("photos of the ring and the receipt", ["photo", "receipt"]),
        ("a couple selfies wearing it", ["photo"]),
    ],
)
def test_pictures(text: str, expected: list[str]) -> None:
    assert proof(text) == expected
