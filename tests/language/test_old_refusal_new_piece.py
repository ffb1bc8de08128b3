"""An old refusal told as background to advice on a new piece: the guide's, not the
decline explanation's. A refusal told alone (recent or not) stays a decline."""

from __future__ import annotations

import pytest

from bot.language.decline_answers import asks_cover_for_next_time
from bot.language.stories import tells_of_an_earlier_loss


@pytest.mark.parametrize(
    "text",
    [
        "My insurer refused my last claim because the ring wasn't scheduled. How should I insure my new $6k ring?",
        "Tower declined a claim of mine a few years back for wear and tear so I want to get my new engagement ring covered properly",
        "after my last insurer denied my watch claim, I want advice on covering my replacement Omega, about 9k",
        "previous claim got rejected (not specified). now we have a 7k ring, should we specify it?",
        "Had a claim knocked back in 2021 because the earrings weren't in a safe. Want to avoid that with my new diamond studs worth NZ$5,000",
        "my old insurer wouldnt pay out for my lost ring last year. whats the best cover for the new one",
        "our previous insurance company underpaid us on a bracelet, we'd like help with insuring my new $3,500 necklace",
    ],
)
def test_an_old_refusal_beside_advice_for_a_new_piece(text: str) -> None:
    assert tells_of_an_earlier_loss(text) and asks_cover_for_next_time(text)


@pytest.mark.parametrize(
    "text",
    [
        "State Farm denied my last claim, they said it wasnt scheduled",
        "my old insurer wouldnt pay out for my lost ring last year. why?",
        "Tower declined my claim yesterday, they said it wasnt specified",
        "the previous owner had it insured, do I need to do anything?",
    ],
)
def test_no_advice_for_a_new_piece_asked(text: str) -> None:
    assert not (tells_of_an_earlier_loss(text) and asks_cover_for_next_time(text))
