"""Advice openings read for what they state: the piece asked about (not one covered already), and no travel habit from one trip."""

from __future__ import annotations

import pytest

from bot.language.answers import UserMessage, _entities_of, read_advice_answers
from bot.rules.knowledge import load_coverage_facts


def advice_opening(text: str) -> dict[str, object]:
    message = UserMessage(text, "ask_coverage_advice", _entities_of(text))
    return read_advice_answers(message, None, {}, load_coverage_facts()).slots


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        (
            "I already have my engagement ring on a jewelry floater. Just bought a $2,800 diamond necklace - "
            "should I add it to the floater or is homeowners fine?",
            "necklace",
        ),
        ("my wedding ring is already scheduled, what about the watch I got for my 50th?", "watch"),
        ("we've insured the engagement ring through Chubb, now how should we cover my earrings", "earrings"),
        ("the ring's on a rider already. should i do the same for a bracelet worth 3k", "bracelet"),
        (
            "my rolex is specified on our contents policy but my pearl necklace isn't, should it be?",
            "necklace",
        ),
        ("hubby's watch is already insured with AMI. what about my new pendant?", "pendant"),
        # One piece, or no piece told as covered: the first named, as before.
        ("should I insure my engagement ring or my watch first?", "engagement_ring"),
        ("my ring is already on my homeowners, is that enough?", "ring"),
        ("I have a bracelet and a necklace, what should I do", "bracelet"),
    ],
)
def test_the_piece_asked_about_is_not_the_one_covered_already(text: str, piece: str) -> None:
    assert advice_opening(text).get("item_type") == piece


@pytest.mark.parametrize(
    ("text", "travels"),
    [
        # One trip told in passing is no travel habit: the guide asks (kept-aside codes:
        # travel stored as often from an opening, twice).
        ("Hi, I just bought a $5,000 ring on our trip to Italy. Should I insure it?", None),
        ("I proposed on vacation in Mexico, ring cost $6,500, what coverage?", None),
        ("planning a trip to Fiji - is my $6k ring covered overseas?", None),
        ("heading to Europe for two weeks, should I get my $12k ring insured before I go?", None),
        # A habit beside the trip still counts.
        ("we travel a lot, I bought it on our trip to Italy, $5k", True),
        ("we take trips every couple of months, just booked a trip to Bali. $6k ring", True),
        ("my ring is $5000, I'm a flight attendant so I'm away constantly", True),
        ("we don't really travel but I'm taking my necklace to a wedding in Vegas next month, $2,500", False),
    ],
)
def test_one_trip_told_in_passing_is_no_travel_habit(text: str, travels: bool | None) -> None:
    assert advice_opening(text).get("travels_often") is travels
