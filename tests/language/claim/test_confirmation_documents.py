"""Documents named at the summary: added, not a new kind of claim, and not the whole list
unless said to be."""

from __future__ import annotations

import pytest

from tests.language.claim.reading import read_reply

KNOWN = {
    "claim_type": "theft",
    "item_type": "engagement_ring",
    "proof_documents": ["receipt"],
    "loss_description": "taken from my handbag at the markets",
    "claimant_name": "Mere Tane",
}


@pytest.mark.parametrize(
    ("text", "documents"),
    [
        # Left off the summary: added.
        ("the GIA report is missing from the list", ["receipt", "grading_report"]),
        ("you left off the appraisal", ["receipt", "valuation"]),
        ("you forgot the serial number, it's on the papers", ["receipt", "serial_number"]),
        ("also I've got photos of it on my phone", ["receipt", "photo"]),
        ("can you add the bank statement", ["receipt", "bank_statement"]),
        ("the valuation's missing, we definitely have it", ["receipt", "valuation"]),
        # Named as had beside another change: joins the list.
        ("it was taken from my car actually, and the photos are in my cloud", ["receipt", "photo"]),
        # Said to be the whole list, or lacking: replaces.
        ("the documents are wrong, it's just the valuation", ["valuation"]),
        ("no receipt after all, only photos", ["photo"]),
    ],
)
def test_documents_at_the_summary(text: str, documents: list[str]) -> None:
    reading = read_reply(text, "claim_confirmed", KNOWN)
    assert reading.slots.get("proof_documents") == documents
    assert "claim_type" not in reading.slots
    assert reading.slots.get("claim_confirmed") is False


@pytest.mark.parametrize("text", ["it was lost not stolen", "sorry, it went missing, nobody took it"])
def test_the_kind_of_claim_still_changes_at_the_summary(text: str) -> None:
    assert read_reply(text, "claim_confirmed", KNOWN).slots.get("claim_type") == "lost"
