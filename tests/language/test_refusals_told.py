"""A refusal of one's own claim, told in any words, is a decline to explain; a question
about what insurers may do, or a new loss, is not."""

from __future__ import annotations

import pytest

from bot.language.decline_answers import asks_cover_for_next_time, tells_of_a_decline


@pytest.mark.parametrize(
    "text",
    [
        "got turned down by Tower on the bracelet claim, no idea what to do",
        "my insurer knocked it back last week. gutted",
        "insurance company denyed it, said I had no proof",
        "we got declinded for the earrings because they weren't specified",
        "the claim I put in for my watch got rejected, is that even allowed??",
        "they're saying no because I left it in the car",
        "State Farm only paid me $2,000 of the $6,500 ring",
        "our contents claim was only part paid, something about the jewellery limit",
        "why would they refuse my claim when I had the valuation?",
        "they won't pay for my necklace, apparently it was wear and tear",
    ],
)
def test_a_refusal_told_is_a_decline(text: str) -> None:
    assert tells_of_a_decline(text)


@pytest.mark.parametrize(
    "text",
    [
        "can my insurer refuse to pay if the ring wasn't in a safe?",
        "would they deny a claim without a receipt?",
        "what happens if my claim is declined?",
        "my ring was stolen yesterday, will my insurer pay?",
        "they only gave me a receipt, not a valuation",
        "I said no to the extended warranty when I bought it",
        "do insurers often reject claims for lost earrings",
    ],
)
def test_a_question_about_refusals_or_a_new_loss_is_not(text: str) -> None:
    assert not tells_of_a_decline(text)


def test_whose_claim_may_be_told_in_another_sentence() -> None:
    assert tells_of_a_decline("Insurer declined it. Reason: I had no receipt for the bangle.")
    assert not tells_of_a_decline("Insurers declined more claims last year. I read it in the paper?")


@pytest.mark.parametrize(
    ("text", "wants_advice"),
    [
        ("they only paid $900 for the last one. how do I insure my new bracelet properly?", True),
        ("insurer refused my claim because it wasn't specified, want to avoid that next time", True),
        ("the insurer only paid me $1,200 and said that's the jewellery limit, any options?", False),
    ],
)
def test_advice_wanted_beside_a_refusal_told_as_background(text: str, wants_advice: bool) -> None:
    assert tells_of_a_decline(text)
    assert asks_cover_for_next_time(text) is wants_advice


def test_the_insurers_no_in_the_present_tense() -> None:
    assert tells_of_a_decline("twenty years of premiums and the first time I claim, they say no")


@pytest.mark.parametrize(
    "text",
    [
        "insurer only paid $700 for my stolen chain because it wasn't listed. what insurance should I get for my watch?",
        "they refused my claim last year, so should I schedule my new earrings?",
        "got knocked back on a claim before; what's the best way to insure a $9k ring?",
        "after they said no to my claim I'm wondering, do I need separate cover for my pearls",
    ],
)
def test_cover_advice_asked_beside_a_refusal_is_advice(text: str) -> None:
    assert asks_cover_for_next_time(text)
