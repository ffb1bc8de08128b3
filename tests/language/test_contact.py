"""Reading a claim reference out of what a claimant types."""

from __future__ import annotations

import pytest

from bot.claim_references import find_reference


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my reference is JC-7F3K9Q thanks", "JC-7F3K9Q"),
        ("it's jc-h4wx2p", "JC-H4WX2P"),
        ("JC-7F3K9Q, ana@example.com", "JC-7F3K9Q"),
        ("JC-7F3K90", None),  # a zero is never in a reference (read as the letter O)
        ("JC 7F3K9Q", None),
        ("I don't have it with me", None),
    ],
)
def test_a_claim_reference_is_read_in_any_case(text: str, expected: str | None) -> None:
    assert find_reference(text) == expected
