"""A listing told with its own day, at any question: the day it was listed is never the
loss date, and a listing dated after the loss is a listing after the loss (session 14)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.language.claim.reading import read_reply

KNOWN: dict[str, Any] = {
    "claim_type": "theft",
    "item_type": "ring",
    "loss_date": "2026-11-20",
    "was_specified": False,
}


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("actually I just checked, it's scheduled, I added it on the 25th", "police_report_number"),
        ("actually we only got it scheduled on the 24th", "proof_documents"),
        ("actually turns out I listed it on Tuesday", "claimant_name"),
    ],
)
def test_a_listing_dated_after_the_loss_is_no_listing_and_no_new_loss_date(text: str, slot: str) -> None:
    reading = read_reply(text, slot, KNOWN)
    assert "loss_date" not in reading.slots
    assert reading.slots.get("listed_after_loss") is True
    assert reading.slots.get("was_specified") is False


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("actually it was the 14th not the 20th, and we had them scheduled in March", "2026-11-14"),
        ("sorry it was actually the 19th", "2026-11-19"),
        ("I had it listed but actually it was stolen on the 14th not the 20th", "2026-11-14"),
    ],
)
def test_a_date_corrected_beside_a_listing_is_still_read(text: str, date: str) -> None:
    assert read_reply(text, "police_report_number", KNOWN).slots.get("loss_date") == date


def test_a_listing_from_years_back_is_a_listing() -> None:
    reading = read_reply("actually I checked and it is scheduled, since 2019", "police_report_number", KNOWN)
    assert reading.slots.get("was_specified") is True
    assert "listed_after_loss" not in reading.slots


def test_at_the_listing_question_a_listing_dated_after_the_loss_is_said_so() -> None:
    known = {k: v for k, v in KNOWN.items() if k != "was_specified"}
    reading = read_reply("yes, I had it added to my policy on the 25th", "was_specified", known)
    assert reading.slots == {"was_specified": False, "listed_after_loss": True}
