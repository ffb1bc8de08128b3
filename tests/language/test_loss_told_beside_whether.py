"""Two kinds from fresh19 (session 12), in phrasings of our own:
- an "if" that means whether ("I don't even know if insurance does this") imagines
  nothing, so a loss told beside it is a loss that happened;
- a thief who cut a piece off ("somebody cut my chain off my neck") is a theft, while a
  ring cut off by a jeweller or at the hospital is none."""

from __future__ import annotations

import pytest

from bot.language.claim.claim_type import claim_type_from_text
from bot.language.requests import is_hypothetical
from bot.language.stories import tells_it_happened


@pytest.mark.parametrize(
    "text",
    [
        "my bangle came off at the races on saturday and it's gone. not sure if this is something you deal with",
        "I have no idea if I'm even covered but my nana's ring went missing at the hospital last week",
        "can you check if I can claim, our place was burgled on Tuesday and they took my watch",
        "wondering if you can help, I lost my earring at the pool this morning",
    ],
)
def test_a_loss_told_beside_an_if_that_means_whether_is_no_supposing(text: str) -> None:
    assert not is_hypothetical(text)


@pytest.mark.parametrize(
    "text",
    [
        "what if I lose my ring overseas?",
        "I wonder if I'm covered if it gets stolen at a festival",
        "would my contents cover it if the cleaner took it?",
        "can you tell me if a ring would be covered if it fell down the drain",
    ],
)
def test_an_if_that_supposes_is_still_a_supposed_case(text: str) -> None:
    assert is_hypothetical(text)


@pytest.mark.parametrize(
    "text",
    [
        "somebody cut my gold chain off my neck on the tram",
        "a man snipped the bracelet from my wrist at the night market",
        "someone cut the strap of my watch off my wrist and ran",
    ],
)
def test_a_piece_cut_off_by_a_thief_is_a_theft_that_happened(text: str) -> None:
    assert claim_type_from_text(text) == "theft"
    assert tells_it_happened(text)


@pytest.mark.parametrize(
    "text",
    [
        "the jeweller had to cut my ring off my finger when it got stuck",
        "they had to cut the ring off at A&E after I broke my hand",
        "I cut my hand on the clasp",
    ],
)
def test_a_ring_cut_off_for_the_wearer_is_no_theft(text: str) -> None:
    assert claim_type_from_text(text) != "theft"
