"""A loss date set right with the old date first (fresh21): "it wasn't Thanksgiving,
it was the Friday" at the summary, "sorry, I said Thursday, it was Wednesday" at a
later question. The date said not to be it is set aside; the new one is stored."""

from __future__ import annotations

import pytest

from tests.language.claim.reading import read_reply

SUMMARY = {
    "claim_type": "damage",
    "item_type": "ring",
    "item_value": 900,
    "currency": "USD",
    "loss_date": "2026-11-26",  # a Thursday, Thanksgiving
    "was_specified": False,
    "proof_documents": ["receipt"],
    "claimant_name": "Ana Ruiz",
    "claimant_email": "ana@example.com",
    "claimant_phone": "2125550188",
}


@pytest.mark.parametrize(
    ("text", "loss_date"),
    [
        ("hang on, it wasn't Thanksgiving, it was the Saturday after", None),  # no day: asked, not guessed
        ("my mistake, it wasn't Thanksgiving, it was Wednesday night", "2026-11-25"),  # US
        ("Sorry - it wasn't the Thursday, it was Friday", "2026-11-27"),  # NZ
        ("oops it was not Thursday, it was Tuesday", "2026-11-24"),  # NZ
    ],
)
def test_old_date_first_at_the_summary(text: str, loss_date: str | None) -> None:
    reading = read_reply(text, "claim_confirmed", dict(SUMMARY))
    if loss_date is None:
        assert reading.slots.get("loss_date") in (None, "2026-11-28")
    else:
        assert reading.slots.get("loss_date") == loss_date


@pytest.mark.parametrize(
    ("text", "loss_date"),
    [
        ("sorry, I said Thursday, it was Tuesday arvo", "2026-11-24"),  # NZ
        ("oh, I told you Thursday, it was really Wednesday", "2026-11-25"),  # US
    ],
)
def test_i_said_then_the_new_day_at_a_later_question(text: str, loss_date: str) -> None:
    known = {k: v for k, v in SUMMARY.items() if k in {"claim_type", "item_type", "loss_date", "currency"}}
    assert read_reply(text, "proof_documents", known).slots.get("loss_date") == loss_date


@pytest.mark.parametrize(
    "text",
    [
        "it wasn't there on Friday when I looked",  # "wasn't" before no date
        "I said that to the jeweller, and the receipt is in my email",
    ],
)
def test_no_date_set_aside_changes_nothing(text: str) -> None:
    known = {k: v for k, v in SUMMARY.items() if k in {"claim_type", "item_type", "loss_date", "currency"}}
    assert "loss_date" not in read_reply(text, "proof_documents", known).slots
