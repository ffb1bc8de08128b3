"""What the claimant hears when the store refuses a field: the limits are the store's own."""

from __future__ import annotations

from bot.rules.claims import OLDEST_LOSS_YEARS, OLDEST_PURCHASE_YEARS
from bot.wording.store_refusal import NOT_SUBMITTED, refusal_text


def test_a_date_too_far_back_is_explained_with_the_store_s_own_limit() -> None:
    assert f"more than {OLDEST_LOSS_YEARS} years ago" in refusal_text("loss_date", "too_old")
    assert f"more than {OLDEST_PURCHASE_YEARS} years ago" in refusal_text("purchase_date", "too_old")


def test_a_purchase_after_the_loss_is_explained_and_asked_again_with_an_example() -> None:
    text = refusal_text("purchase_date", "after_loss")
    assert "the date you bought it is after the date it happened" in text
    assert NOT_SUBMITTED in text and 'a date like "last June"' in text
