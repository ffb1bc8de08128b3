"""Readings behind routing_tune6's borders (issue 12): the story readers know every item
word (a locket, a signet, a pounamu tell a story as a ring does) and a piece that slipped
off; a loss behind the person (a season gone by, a replacement they are buying, new ones
bought) is background to a request for cover; a fear is no event; a refusal to pay for
one's own piece is a decision; "what cover avoids that problem" asks cover for next time.
Phrasings are new (US and NZ), not the set's sentences."""

from __future__ import annotations

import re

import pytest

from bot.actions.advisor import asks_about_a_loss_that_happened
from bot.language.claim.claim_type import tells_of_a_claim
from bot.language.decline_answers import asks_cover_for_next_time, tells_of_a_decline
from bot.language.facts import PIECES_NAMED_BY_STONE, item_words_pattern
from bot.language.stories import names_jewelry_in_general, tells_it_happened, tells_of_an_earlier_loss


@pytest.mark.parametrize(
    "text",
    [
        "my locket vanished off the hall table after the open home",  # NZ
        "her signet disappeared from the bathroom counter",  # US
        "my pounamu slipped off in the surf at Piha",  # NZ
        "the greenstone went missing from my pack on the track",  # NZ
        "my anklet slid off somewhere on the boardwalk",  # US
        "it slipped off my finger while I was washing the dishes",  # US
        "they must have fallen out of my pocket in the Uber",  # US
        "the cufflinks flew off when he threw his jacket down",  # NZ
    ],
)
def test_pieces_and_events_the_story_readers_now_know(text: str) -> None:
    assert tells_it_happened(text)


@pytest.mark.parametrize(
    "text",
    [
        "I have a locket worth $2,000, should I insure it?",  # US: no event
        "my pounamu is about $800, is it worth specifying?",  # NZ
        "the soap slipped off the edge of the bath",  # no piece
        "I slipped off the ladder but the ring's fine",  # the person, not the piece
    ],
)
def test_no_event_told(text: str) -> None:
    assert not tells_it_happened(text)


def test_the_item_words_are_one_list() -> None:
    pattern = re.compile(rf"\b{item_words_pattern()}\b", re.I)
    for word in ("locket", "lockets", "signet", "tiara", "cufflinks", "tag heuer", *PIECES_NAMED_BY_STONE):
        assert pattern.fullmatch(word), word
    assert names_jewelry_in_general("they took my greenstone")


@pytest.mark.parametrize(
    "text",
    [
        # A season or holiday gone by, a new piece asked about.
        "our flat got burgled last winter and my rings went. just bought a new eternity ring, how do I cover it this time?",  # NZ
        "lost a bracelet on a cruise last thanksgiving. I've just bought a new one for $1,700, what's the best way to insure it?",  # US
        # New ones bought, no article.
        "my studs got pinched at the gym back in 2023, got new ones for $900, should I specify these ones?",  # NZ
        # A replacement of the person's own buying, whenever the loss was.
        "picking up a replacement for the bangle that cracked when I fell on the ice. about $2k, how should I insure it?",  # US
        "we're replacing the chain that snapped at the pool, it's $1,300 - worth specifying on our contents?",  # NZ
    ],
)
def test_a_loss_behind_the_person_is_background(text: str) -> None:
    assert tells_of_an_earlier_loss(text)
    assert not asks_about_a_loss_that_happened(text)


@pytest.mark.parametrize(
    "text",
    [
        "my ring was stolen last night, will the insurer pay for a replacement?",  # US: the insurer's replacement
        "my bracelet got nicked on Saturday at the markets, can I claim?",  # NZ: recent, nothing new
        "lost my pendant last summer, can I still claim for it?",  # NZ: old, but a claim asked
    ],
)
def test_a_loss_still_to_claim_is_no_background(text: str) -> None:
    assert not tells_of_an_earlier_loss(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm a teacher, always taking my ring off, and I'm petrified I'll leave it somewhere. It's $4,000",  # US
        "after the burglary at my sister's place I'm paranoid about my own necklace, it's worth $3k",  # NZ
        "I'm anxious my watch will get stolen at the gym, it's a $6k Omega",  # US
    ],
)
def test_a_fear_is_no_claim(text: str) -> None:
    assert not tells_of_a_claim(text)


@pytest.mark.parametrize(
    "text",
    [
        "my ring was stolen from the gym locker yesterday",  # US
        "someone nicked my necklace off the bench at work on Friday",  # NZ
    ],
)
def test_a_claim_told_is_still_a_claim(text: str) -> None:
    assert tells_of_a_claim(text)


@pytest.mark.parametrize(
    "text",
    [
        "why won't Allstate pay for my bracelet? they say I can't prove I owned it",  # US
        "how come AMI won't pay out on my locket? they reckon it was unattended",  # NZ
        "the insurer only wants to pay $700 for my pendant, it was valued at $2,000",  # NZ
        "Geico is only willing to offer what I paid for my watch in 2012",  # US
    ],
)
def test_a_refusal_to_pay_for_ones_own_piece_is_a_decision(text: str) -> None:
    assert tells_of_a_decline(text)


@pytest.mark.parametrize(
    "text",
    [
        "will my insurer pay for my ring if it gets stolen?",  # supposed
        "why won't contents cover my bracelet if I lose it overseas?",  # supposed
        "the care plan won't replace my earring unless it goes back to the shop within 30 days?",  # a term
        "do insurers pay for a ring that's just lost?",  # general
    ],
)
def test_refusals_supposed_or_stated_as_terms_are_no_decision(text: str) -> None:
    assert not tells_of_a_decline(text)


@pytest.mark.parametrize(
    "text",
    [
        "AMI knocked back my mum's claim because her ring wasn't listed. what cover avoids that problem for me?",  # NZ
        "State Farm denied my brother's claim last year, which policy stops the same thing happening with my watch?",  # US
    ],
)
def test_cover_chosen_to_avoid_a_refusal_told(text: str) -> None:
    assert asks_cover_for_next_time(text)
