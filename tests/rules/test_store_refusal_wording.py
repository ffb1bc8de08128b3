"""What the claimant hears when the store refuses a field: what was wrong, and an example."""

from __future__ import annotations

from bot.rules.store_refusal_wording import refusal_text


def test_a_purchase_date_after_the_loss_is_said_plainly() -> None:
    text = refusal_text("purchase_date", "after_loss")
    assert "after the date it happened" in text and "NOT been submitted" in text
    assert "March" in text  # an example that works


def test_a_field_no_question_sets_offers_a_person() -> None:
    assert "talk to a person" in refusal_text("flag_facts", "not_a_mapping")
