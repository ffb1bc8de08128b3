"""A claim opened after another flow talked about a piece (the guide's advice, a decline
explained, a question): the claim's piece and value come from its own words
(bot/language/claim/piece.py `earlier_piece_at_the_opening`).

- a piece of another kind named replaces the earlier one, its value cleared unless told
  again ("I lost my diamond earrings last week, about $900" after advice on a $3,800
  engagement ring);
- no piece named: the earlier piece is taken and said back, so another can be named;
- the same kind named ("my ring was stolen", "the ring I asked about"): the same piece,
  its value kept (said back unless the words say it is the same one).

Inside the claim, an item word in a description still never changes the piece unasked.
Phrasings are our own (US and NZ, typos); the negatives must not change."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bot.language.answers import FormReading, UserMessage
from bot.language.claim.answers import read_claim_answers
from tests.language.readers import entities

TODAY = date(2026, 11, 29)
ENGAGEMENT_RING = {
    "claim_type": None,
    "item_type": "engagement_ring",
    "item_value": 3800.0,
    "currency": "USD",
}
WATCH = {"claim_type": None, "item_type": "watch", "item_value": 6000.0, "currency": "NZD"}
RING = {"claim_type": None, "item_type": "ring", "item_value": 2500.0, "currency": "USD"}


def opening(text: str, known: dict[str, Any]) -> FormReading:
    return read_claim_answers(UserMessage(text, "report_claim", entities(text)), None, dict(known), TODAY)


@pytest.mark.parametrize(
    ("known", "text", "item", "value"),
    [
        (ENGAGEMENT_RING, "I lost my diamond earrings last week, about $900", "earrings", 900.0),
        (
            ENGAGEMENT_RING,
            "my earings got stolen at the gym yesterday, they were worth 1200",
            "earrings",
            1200.0,
        ),
        (
            ENGAGEMENT_RING,
            "different thing - my mum's pearl necklace went missing, maybe $2k?",
            "necklace",
            2000.0,
        ),
        (ENGAGEMENT_RING, "oh also, my bracelet was stolen from my car on friday", "bracelet", None),
        (WATCH, "my necklace got stolen out of the car on saturday", "necklace", None),  # NZ
        (
            WATCH,
            "I need to claim for my wife's bracelet, it was nicked at the beach on sunday, NZ$900",
            "bracelet",
            900.0,
        ),
        (WATCH, "my pendant was pinched at the pools yesterday", "pendant", None),  # NZ
        (RING, "my watch stopped working after I dropped it", "watch", None),
        (ENGAGEMENT_RING, "my other ring, the sapphire one, got damaged yesterday", "ring", None),
        (
            ENGAGEMENT_RING,
            "thanks for the ring advice! sadly my necklace got stolen yesterday",
            "necklace",
            None,
        ),
        (
            WATCH,
            "cheers for the help with the watch. my bracelet got pinched at the pub on friday",
            "bracelet",
            None,
        ),
        (
            ENGAGEMENT_RING,
            "cool thanks. unrelated but my earrings went missing at the gym last week, about $600",
            "earrings",
            600.0,
        ),
    ],
)
def test_a_piece_of_another_kind_named_is_the_claims(
    known: dict[str, Any], text: str, item: str, value: float | None
) -> None:
    slots = opening(text, known).slots
    assert slots.get("item_type") == item
    assert slots.get("item_value") == value


@pytest.mark.parametrize(
    "text",
    [
        "it got stolen at the gym yesterday",
        "I need to make a claim",
        "it's gone, I think someone took it last night",
    ],
)
def test_no_piece_named_takes_the_earlier_one_and_says_so(text: str) -> None:
    reading = opening(text, ENGAGEMENT_RING)
    assert "item_type" not in reading.slots and "item_value" not in reading.slots
    assert any("engagement ring you told me about ($3,800)" in note for note in reading.notes)


@pytest.mark.parametrize(
    ("known", "text"),
    [
        (ENGAGEMENT_RING, "the ring I asked about was stolen last night"),
        (ENGAGEMENT_RING, "that ring got stolen yesterday"),
        (WATCH, "the same watch was stolen yesterday"),
        (ENGAGEMENT_RING, "the one we were just talking about got stolen at the gym"),
    ],
)
def test_the_earlier_piece_named_as_the_same_is_kept_quietly(known: dict[str, Any], text: str) -> None:
    reading = opening(text, known)
    assert "item_type" not in reading.slots and "item_value" not in reading.slots
    assert not any("you told me about" in note or "kept the value" in note for note in reading.notes)


@pytest.mark.parametrize(
    ("known", "text", "item"),
    [
        (ENGAGEMENT_RING, "my ring was stolen at the gym yesterday", None),
        (WATCH, "my watch was nicked at the gym on monday", None),  # NZ
        (RING, "my engagement ring went missing yesterday", "engagement_ring"),
    ],
)
def test_the_same_kind_named_keeps_the_value_and_says_so(
    known: dict[str, Any], text: str, item: str | None
) -> None:
    reading = opening(text, known)
    assert reading.slots.get("item_type") == item
    assert "item_value" not in reading.slots
    assert any("kept the value" in note for note in reading.notes)


def test_the_same_kind_with_a_new_value_takes_it() -> None:
    reading = opening("my engagement ring was stolen last night, it was actually $4,200", ENGAGEMENT_RING)
    assert reading.slots.get("item_value") == 4200.0
    assert not any("kept the value" in note for note in reading.notes)


def test_nothing_earlier_reads_the_opening_as_before() -> None:
    reading = opening("I lost my diamond earrings last week, about $900", {"claim_type": None})
    assert reading.slots.get("item_type") == "earrings" and reading.slots.get("item_value") == 900.0
    assert not reading.notes


@pytest.mark.parametrize(
    "text",
    [
        "I had my necklace on too but the ring was in the dish by the sink",
        "she was wearing the earrings I gave her, the ring was on the bench",
    ],
)
def test_inside_the_claim_an_item_word_in_the_story_changes_nothing(text: str) -> None:
    known = {"claim_type": "lost", "item_type": "engagement_ring", "item_value": 3800.0}
    reading = read_claim_answers(
        UserMessage(text, "inform", entities(text)), "loss_description", known, TODAY
    )
    assert "item_type" not in reading.slots
